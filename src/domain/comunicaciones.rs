//! What the agenda asks of the municipal Communications Office: every activity that uses a
//! channel the office runs (social networks, radio, TV, press, live broadcasts), with its dates
//! and what for. The memo asks offices to coordinate this with Comunicaciones; step 8 lists it
//! for the coordination meeting, and rule V-COO-01 checks that the office is named as
//! co-responsible in each of them.

use chrono::NaiveDate;

use super::calendar::dias_en_palabras;
use super::model::{Actividad, ActividadId, Agenda, Canal};
use super::orden::ordenar_por_clave;
use super::text::{normalizar, primera_minuscula};
use super::vocab::Vocabulario;

/// The office named when the agenda does not say which one it coordinates with.
pub const OFICINA_COMUNICACIONES: &str = "Oficina de Comunicaciones";

/// One activity that needs the Communications Office.
#[derive(Debug, Clone, PartialEq)]
pub struct PedidoComunicaciones {
    pub actividad_id: ActividadId,
    pub nombre: String,
    pub dias: Option<(NaiveDate, NaiveDate)>,
    /// Channels the office runs, by what they are used for, as labels.
    pub usos: Vec<(&'static str, Vec<&'static str>)>,
    /// The activity already names the office among its co-responsibles.
    pub corresponsable: bool,
}

impl PedidoComunicaciones {
    /// "14 de octubre de 2027", "4 al 30 de noviembre de 2027" or "sin fecha".
    pub fn cuando(&self) -> String {
        match self.dias {
            None => "sin fecha".to_string(),
            Some((inicio, fin)) => dias_en_palabras(inicio, fin),
        }
    }

    /// "Publicación: redes sociales, radio. Convocatoria: prensa."
    pub fn para_que(&self) -> String {
        self.usos
            .iter()
            .map(|(uso, canales)| {
                let canales: Vec<String> = canales.iter().map(|c| primera_minuscula(c)).collect();
                format!("{uso}: {}.", canales.join(", "))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The uses the list groups channels by, in the order it shows them.
const USOS: [&str; 3] = ["Publicación", "Participación en vivo", "Convocatoria"];

/// Every channel of `a` that the Communications Office runs, with its use (an index of
/// [`USOS`]): its information channels, its virtual dialogue and its convocatoria.
fn canales_de_la_oficina(a: &Actividad) -> impl Iterator<Item = (usize, Canal)> + '_ {
    let informacion = a
        .canales_informacion
        .iter()
        .map(|c| (0, Canal::Informacion(*c)));
    let en_vivo = a
        .canales_dialogo_virtual
        .iter()
        .map(|c| (1, Canal::DialogoVirtual(*c)));
    let convocatoria = a
        .evento
        .as_ref()
        .and_then(|e| e.convocatoria.as_ref())
        .into_iter()
        .flat_map(|c| c.canales.iter().map(|c| (2, *c)));
    informacion
        .chain(en_vivo)
        .chain(convocatoria)
        .filter(|(_, c)| c.lo_gestiona_comunicaciones())
}

/// The channels of `a` that the Communications Office runs, as labels grouped by use; empty
/// when the activity does not need the office.
fn usos(a: &Actividad) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut por_uso: [Vec<&'static str>; 3] = Default::default();
    for (uso, canal) in canales_de_la_oficina(a) {
        por_uso[uso].push(canal.etiqueta());
    }
    USOS.into_iter()
        .zip(por_uso)
        .filter(|(_, canales)| !canales.is_empty())
        .collect()
}

/// Whether the activity uses a channel the Communications Office runs.
pub fn necesita_comunicaciones(a: &Actividad) -> bool {
    canales_de_la_oficina(a).next().is_some()
}

/// Whether a co-responsible of `a` names the Communications Office, or the office the agenda
/// coordinates with when it has another name.
pub fn nombra_a_comunicaciones(agenda: &Agenda, a: &Actividad) -> bool {
    let oficina = normalizar(&agenda.coordinacion_comunicaciones.oficina);
    a.corresponsables
        .iter()
        .map(|c| normalizar(c))
        .any(|c| c.contains("comunicaciones") || (!oficina.is_empty() && c.contains(&oficina)))
}

/// Every activity that needs the office, by date (undated ones last, in agenda order).
pub fn pedidos_a_comunicaciones(agenda: &Agenda) -> Vec<PedidoComunicaciones> {
    let mut pedidos: Vec<PedidoComunicaciones> = agenda
        .actividades
        .iter()
        .filter_map(|a| {
            let usos = usos(a);
            (!usos.is_empty()).then(|| PedidoComunicaciones {
                actividad_id: a.id.clone(),
                nombre: a.nombre_o_id(),
                dias: a.dias(),
                usos,
                corresponsable: nombra_a_comunicaciones(agenda, a),
            })
        })
        .collect();
    ordenar_por_clave(&mut pedidos, |p| (p.dias.is_none(), p.dias));
    pedidos
}

/// The name to write among an activity's co-responsibles: the office the agenda coordinates
/// with, or the Communications Office.
pub fn nombre_oficina(agenda: &Agenda) -> String {
    let oficina = agenda.coordinacion_comunicaciones.oficina.trim();
    if oficina.is_empty() {
        OFICINA_COMUNICACIONES.to_string()
    } else {
        oficina.to_string()
    }
}

/// Names the office as co-responsible in every activity that needs it and does not name it
/// yet (or only in `solo`, when given). Returns how many activities changed.
pub fn nombrar_corresponsable(agenda: &mut Agenda, solo: Option<&ActividadId>) -> usize {
    let oficina = nombre_oficina(agenda);
    let faltan: Vec<ActividadId> = agenda
        .actividades
        .iter()
        .filter(|a| necesita_comunicaciones(a) && !nombra_a_comunicaciones(agenda, a))
        .filter(|a| solo.is_none_or(|id| *id == a.id))
        .map(|a| a.id.clone())
        .collect();
    for id in &faltan {
        if let Some(a) = agenda.actividades.iter_mut().find(|a| a.id == *id) {
            a.corresponsables.push(oficina.clone());
        }
    }
    faltan.len()
}

/// The list as plain text, to paste into a message to the office.
pub fn texto_para_comunicaciones(agenda: &Agenda) -> String {
    let dependencia = agenda.dependencia.nombre.trim();
    let mut texto = if dependencia.is_empty() {
        "Actividades de la agenda de rendición de cuentas que necesitan a Comunicaciones:\n"
            .to_string()
    } else {
        format!(
            "Actividades de la agenda de rendición de cuentas de {dependencia} que necesitan a Comunicaciones:\n"
        )
    };
    for p in pedidos_a_comunicaciones(agenda) {
        texto.push_str(&format!(
            "\n- {} ({}). {}",
            p.nombre,
            p.cuando(),
            p.para_que()
        ));
    }
    texto.push('\n');
    texto
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::model::{Convocatoria, Evento};
    use crate::domain::vocab::{CanalDialogoVirtual, CanalInformacion};

    fn actividad(id: &str, nombre: &str) -> Actividad {
        Actividad {
            id: ActividadId(id.into()),
            nombre: nombre.into(),
            ..Default::default()
        }
    }

    fn agenda() -> Agenda {
        let mut agenda = Agenda::default();
        agenda.dependencia.nombre = "Secretaría de Salud".into();
        let mut web = actividad("A01", "Informe en la web");
        web.canales_informacion = vec![CanalInformacion::SitioWeb];
        let mut foro = actividad("A02", "Foro juvenil");
        foro.fecha_inicio = Some(d("2027-10-14"));
        foro.fecha_fin = Some(d("2027-10-14"));
        foro.canales_dialogo_virtual =
            vec![CanalDialogoVirtual::Streaming, CanalDialogoVirtual::Chat];
        foro.evento = Some(Evento {
            convocatoria: Some(Convocatoria {
                fecha: None,
                canales: vec![
                    Canal::Informacion(CanalInformacion::Radio),
                    Canal::Informacion(CanalInformacion::Cartelera),
                ],
            }),
            ..Default::default()
        });
        let mut boletin = actividad("A03", "");
        boletin.canales_informacion =
            vec![CanalInformacion::RedesSociales, CanalInformacion::Prensa];
        boletin.fecha_inicio = Some(d("2027-09-01"));
        boletin.fecha_fin = Some(d("2027-09-30"));
        boletin.corresponsables = vec!["Oficina de Comunicaciones".into()];
        let mut sin_fecha = actividad("A04", "Cuña radial");
        sin_fecha.canales_informacion = vec![CanalInformacion::Radio];
        agenda.actividades = vec![sin_fecha, web, foro, boletin];
        agenda
    }

    #[test]
    fn only_activities_on_the_offices_channels_are_listed_by_date_with_what_for() {
        let pedidos = pedidos_a_comunicaciones(&agenda());
        let ids: Vec<&str> = pedidos.iter().map(|p| p.actividad_id.0.as_str()).collect();
        assert_eq!(ids, ["A03", "A02", "A04"]);
        assert_eq!(pedidos[0].nombre, "Actividad A03");
        assert_eq!(pedidos[0].cuando(), "1 al 30 de septiembre de 2027");
        assert_eq!(
            pedidos[0].para_que(),
            "Publicación: redes sociales (Facebook, X, Instagram, YouTube, TikTok), prensa local."
        );
        assert!(pedidos[0].corresponsable);
        assert_eq!(pedidos[1].cuando(), "14 de octubre de 2027");
        assert_eq!(
            pedidos[1].para_que(),
            "Participación en vivo: transmisión en vivo (Facebook Live, YouTube Live). Convocatoria: emisora comunitaria o local."
        );
        assert!(!pedidos[1].corresponsable);
        assert_eq!(pedidos[2].cuando(), "sin fecha");
    }

    #[test]
    fn the_office_is_named_as_co_responsible_where_missing_once() {
        let mut a = agenda();
        assert_eq!(
            nombrar_corresponsable(&mut a, Some(&ActividadId("A02".into()))),
            1
        );
        assert_eq!(
            a.actividades[2].corresponsables,
            ["Oficina de Comunicaciones"]
        );
        assert!(a.actividades[0].corresponsables.is_empty());
        assert_eq!(nombrar_corresponsable(&mut a, None), 1);
        assert_eq!(
            a.actividades[0].corresponsables,
            ["Oficina de Comunicaciones"]
        );
        // Nothing left: a second call changes nothing, and the web-only activity is untouched.
        assert_eq!(nombrar_corresponsable(&mut a, None), 0);
        assert!(a.actividades[1].corresponsables.is_empty());
        assert!(pedidos_a_comunicaciones(&a)
            .iter()
            .all(|p| p.corresponsable));
    }

    #[test]
    fn the_office_the_agenda_coordinates_with_is_the_name_written() {
        let mut a = agenda();
        a.coordinacion_comunicaciones.oficina = "Oficina Asesora de Prensa".into();
        nombrar_corresponsable(&mut a, None);
        assert_eq!(
            a.actividades[0].corresponsables,
            ["Oficina Asesora de Prensa"]
        );
        assert!(nombra_a_comunicaciones(&a, &a.actividades[0]));
    }

    #[test]
    fn the_text_for_the_office_names_the_agenda_and_each_activity() {
        assert_eq!(
            texto_para_comunicaciones(&agenda()),
            "Actividades de la agenda de rendición de cuentas de Secretaría de Salud que necesitan a Comunicaciones:\n\
             \n- Actividad A03 (1 al 30 de septiembre de 2027). Publicación: redes sociales \
             (Facebook, X, Instagram, YouTube, TikTok), prensa local.\
             \n- Foro juvenil (14 de octubre de 2027). Participación en vivo: transmisión en vivo (Facebook Live, \
             YouTube Live). Convocatoria: emisora comunitaria o local.\
             \n- Cuña radial (sin fecha). Publicación: emisora comunitaria o local.\n"
        );
    }
}
