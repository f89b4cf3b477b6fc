//! The municipality's accountability calendar, put together by the Planning Secretariat from
//! every office's agenda: each dialogue space in date order, and the spaces whose hours cross
//! (the same public cannot be in both; in the same place, the room is taken twice).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::calendar::{fecha_larga, hora_texto};
use super::model::{Actividad, Agenda};
use super::orden::{ordenar, ordenar_por_clave};
use super::text::{hoja_csv, minusculas};
use super::vocab::{Modalidad, Vocabulario};

/// One dialogue space of one office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EspacioMunicipal {
    pub dependencia: String,
    pub agenda_id: String,
    pub actividad_id: String,
    pub nombre: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub espacio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalidad: Option<String>,
    pub fecha: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hora_inicio: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hora_fin: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lugar: Option<String>,
}

/// Two spaces (indices into `espacios`) whose hours overlap on the same day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cruce {
    pub primero: usize,
    pub segundo: usize,
    /// Both meet people in the same place.
    pub mismo_lugar: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consolidado {
    pub dependencias: usize,
    pub espacios: Vec<EspacioMunicipal>,
    pub cruces: Vec<Cruce>,
}

impl EspacioMunicipal {
    /// "08:00–11:00", or "sin hora".
    pub fn horario(&self) -> String {
        match (self.hora_inicio, self.hora_fin) {
            (Some(i), Some(f)) => format!("{}–{}", hora_texto(i), hora_texto(f)),
            _ => "sin hora".to_string(),
        }
    }
}

impl Consolidado {
    /// A crossing in one sentence: «jueves 14 de octubre de 2027: «Foro» (Secretaría de Salud,
    /// 08:00–11:00) y «Mesa» (Secretaría de Gobierno, 09:00–10:00), en el mismo lugar (Casa de
    /// la Cultura).»
    pub fn describir_cruce(&self, cruce: &Cruce) -> String {
        let (a, b) = (&self.espacios[cruce.primero], &self.espacios[cruce.segundo]);
        let donde = if cruce.mismo_lugar {
            format!(
                ", en el mismo lugar ({})",
                a.lugar.as_deref().unwrap_or_default()
            )
        } else {
            String::new()
        };
        format!(
            "{}: «{}» ({}, {}) y «{}» ({}, {}){donde}.",
            fecha_larga(a.fecha),
            a.nombre,
            a.dependencia,
            a.horario(),
            b.nombre,
            b.dependencia,
            b.horario()
        )
    }

    /// The calendar as a spreadsheet ([`hoja_csv`]), one row per space.
    pub fn a_csv(&self) -> String {
        let encabezado = [
            "Fecha",
            "Hora de inicio",
            "Hora de fin",
            "Dependencia",
            "Espacio de diálogo",
            "Tipo de espacio",
            "Modalidad",
            "Lugar",
            "Se cruza con",
        ];
        let filas = self.espacios.iter().enumerate().map(|(i, e)| {
            let cruza: Vec<String> = self
                .cruces
                .iter()
                .filter_map(|c| match (c.primero == i, c.segundo == i) {
                    (true, _) => Some(c.segundo),
                    (_, true) => Some(c.primero),
                    _ => None,
                })
                .map(|j| {
                    let otro = &self.espacios[j];
                    format!("{} ({})", otro.nombre, otro.dependencia)
                })
                .collect();
            let hora = |h: Option<NaiveTime>| h.map(hora_texto).unwrap_or_default();
            vec![
                e.fecha.to_string(),
                hora(e.hora_inicio),
                hora(e.hora_fin),
                e.dependencia.clone(),
                e.nombre.clone(),
                e.espacio.clone().unwrap_or_default(),
                e.modalidad.clone().unwrap_or_default(),
                e.lugar.clone().unwrap_or_default(),
                cruza.join(" / "),
            ]
        });
        hoja_csv(&encabezado, filas)
    }
}

fn lugar_presencial(a: &Actividad) -> Option<String> {
    if a.modalidad_efectiva() == Some(Modalidad::Virtual) {
        return None;
    }
    let lugar = a.evento.as_ref()?.lugar.as_ref()?;
    let nombre = lugar.nombre.trim();
    (!nombre.is_empty()).then(|| nombre.to_string())
}

/// A space with its start and end as instants, to find crossings.
struct Fila {
    espacio: EspacioMunicipal,
    inicio: Option<NaiveDateTime>,
    fin: Option<NaiveDateTime>,
}

fn fila(agenda: &Agenda, a: &Actividad) -> Option<Fila> {
    let fecha = a.fecha_evento()?;
    let horario = a
        .evento
        .as_ref()
        .and_then(|e| Some((fecha.and_time(e.hora_inicio?), e.duracion())));
    let inicio = horario.map(|(i, _)| i);
    let fin = horario.map(|(i, duracion)| i + duracion);
    let espacio = EspacioMunicipal {
        dependencia: agenda.dependencia.nombre.trim().to_string(),
        agenda_id: agenda.id.0.clone(),
        actividad_id: a.id.0.clone(),
        nombre: a.nombre.trim().to_string(),
        espacio: a.espacio_dialogo.map(|e| e.etiqueta().to_string()),
        modalidad: a.modalidad_efectiva().map(|m| m.etiqueta().to_string()),
        fecha,
        hora_inicio: inicio.map(|i| i.time()),
        hora_fin: fin.map(|f| f.time()),
        lugar: lugar_presencial(a),
    };
    Some(Fila {
        espacio,
        inicio,
        fin,
    })
}

/// Every dated dialogue space of the agendas, by date, hour and office, with the crossings.
/// A space without an hour crosses nothing: with only a day, nothing can be said.
pub fn consolidar(agendas: &[&Agenda]) -> Consolidado {
    let mut filas: Vec<Fila> = agendas
        .iter()
        .flat_map(|agenda| {
            agenda
                .actividades
                .iter()
                .filter(|a| a.es_dialogo())
                .filter_map(move |a| fila(agenda, a))
        })
        .collect();
    let clave = |e: &EspacioMunicipal| {
        (
            e.fecha,
            e.hora_inicio,
            e.dependencia.clone(),
            e.actividad_id.clone(),
        )
    };
    ordenar_por_clave(&mut filas, |f| clave(&f.espacio));
    let mut cruces = Vec::new();
    for (i, f) in filas.iter().enumerate() {
        let (Some(inicio_a), Some(fin_a)) = (f.inicio, f.fin) else {
            continue;
        };
        let a = &f.espacio;
        // Sorted by start: only the following spaces that start before this one ends can cross.
        for (j, g) in filas.iter().enumerate().skip(i + 1) {
            let b = &g.espacio;
            let Some(inicio_b) = g.inicio else { continue };
            if b.fecha != a.fecha || inicio_b >= fin_a {
                break;
            }
            if inicio_b >= inicio_a {
                let mismo_lugar = match (&a.lugar, &b.lugar) {
                    (Some(x), Some(y)) => minusculas(x) == minusculas(y),
                    _ => false,
                };
                cruces.push(Cruce {
                    primero: i,
                    segundo: j,
                    mismo_lugar,
                });
            }
        }
    }
    let mut dependencias: Vec<&str> = agendas.iter().map(|a| a.id.0.as_str()).collect();
    ordenar(&mut dependencias);
    dependencias.dedup();
    Consolidado {
        dependencias: dependencias.len(),
        espacios: filas.into_iter().map(|f| f.espacio).collect(),
        cruces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::model::{ActividadId, AgendaId, Evento, Lugar};
    use crate::domain::vocab::{Elemento, EspacioDialogo};

    /// Name, date, hour, minutes and place ("" for a virtual space).
    type Datos<'a> = (&'a str, &'a str, Option<&'a str>, Option<u32>, &'a str);

    fn agenda(id: &str, dependencia: &str, espacios: &[Datos]) -> Agenda {
        let mut a = Agenda {
            id: AgendaId(id.into()),
            ..Agenda::default()
        };
        a.dependencia.nombre = dependencia.into();
        for (n, (nombre, fecha, hora, duracion, lugar)) in espacios.iter().enumerate() {
            a.actividades.push(Actividad {
                id: ActividadId(format!("A{:02}", n + 1)),
                nombre: nombre.to_string(),
                elemento: Some(Elemento::Dialogo),
                espacio_dialogo: Some(EspacioDialogo::Foro),
                modalidad: Some(if lugar.is_empty() {
                    Modalidad::Virtual
                } else {
                    Modalidad::Presencial
                }),
                fecha_inicio: Some(d(fecha)),
                fecha_fin: Some(d(fecha)),
                evento: Some(Evento {
                    hora_inicio: hora.map(|h| NaiveTime::parse_from_str(h, "%H:%M").unwrap()),
                    duracion_min: *duracion,
                    lugar: (!lugar.is_empty()).then(|| Lugar {
                        nombre: lugar.to_string(),
                        ..Lugar::default()
                    }),
                    ..Evento::default()
                }),
                ..Actividad::default()
            });
        }
        a
    }

    /// Salud's hearing, 19 Nov 2027 09:00–12:30 at the Casa de la Cultura.
    fn audiencia_de_salud() -> Agenda {
        agenda(
            "S",
            "Secretaría de Salud",
            &[(
                "Audiencia",
                "2027-11-19",
                Some("09:00"),
                Some(210),
                "Casa de la Cultura",
            )],
        )
    }

    #[test]
    fn spaces_of_every_office_come_in_date_and_hour_order() {
        let salud = audiencia_de_salud();
        let gobierno = agenda(
            "G",
            "Secretaría de Gobierno",
            &[
                (
                    "Foro veredal",
                    "2027-11-19",
                    Some("08:00"),
                    Some(60),
                    "Escuela El Carmen",
                ),
                ("Mesa", "2027-10-20", None, None, "Alcaldía"),
            ],
        );
        let c = consolidar(&[&salud, &gobierno]);
        assert_eq!(c.dependencias, 2);
        let orden: Vec<&str> = c.espacios.iter().map(|e| e.nombre.as_str()).collect();
        assert_eq!(orden, ["Mesa", "Foro veredal", "Audiencia"]);
        assert_eq!(c.espacios[2].hora_fin, NaiveTime::from_hms_opt(12, 30, 0));
        assert_eq!(c.espacios[2].dependencia, "Secretaría de Salud");
        // 08:00–09:00 ends as the hearing starts: no crossing.
        assert!(c.cruces.is_empty());
    }

    #[test]
    fn overlapping_hours_cross_and_the_same_place_is_said() {
        let salud = audiencia_de_salud();
        let cultura = agenda(
            "C",
            "Secretaría de Cultura",
            &[
                (
                    "Conversatorio",
                    "2027-11-19",
                    Some("10:00"),
                    None,
                    "casa de la cultura",
                ),
                ("Chat en vivo", "2027-11-19", Some("11:30"), Some(30), ""),
                ("Feria", "2027-11-19", None, None, "Casa de la Cultura"),
            ],
        );
        let c = consolidar(&[&salud, &cultura]);
        let nombres = |x: &Cruce| {
            (
                c.espacios[x.primero].nombre.as_str(),
                c.espacios[x.segundo].nombre.as_str(),
                x.mismo_lugar,
            )
        };
        let cruces: Vec<_> = c.cruces.iter().map(nombres).collect();
        assert_eq!(
            cruces,
            [
                ("Audiencia", "Conversatorio", true),
                ("Audiencia", "Chat en vivo", false),
                ("Conversatorio", "Chat en vivo", false),
            ]
        );
    }

    #[test]
    fn the_spreadsheet_has_one_row_per_space_and_names_what_each_crosses() {
        let salud = agenda(
            "S",
            "Secretaría de Salud",
            &[(
                "Audiencia; balance",
                "2027-11-19",
                Some("09:00"),
                Some(210),
                "Casa de la Cultura",
            )],
        );
        let cultura = agenda(
            "C",
            "Secretaría de Cultura",
            &[(
                "Conversatorio \"Arte\"",
                "2027-11-19",
                Some("10:00"),
                None,
                "Casa de la Cultura",
            )],
        );
        let csv = consolidar(&[&salud, &cultura]).a_csv();
        let filas: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            filas,
            [
                "Fecha;Hora de inicio;Hora de fin;Dependencia;Espacio de diálogo;Tipo de espacio;Modalidad;Lugar;Se cruza con",
                "2027-11-19;09:00;12:30;Secretaría de Salud;\"Audiencia; balance\";Foro ciudadano / foro participativo temático;Presencial;Casa de la Cultura;\"Conversatorio \"\"Arte\"\" (Secretaría de Cultura)\"",
                "2027-11-19;10:00;12:00;Secretaría de Cultura;\"Conversatorio \"\"Arte\"\"\";Foro ciudadano / foro participativo temático;Presencial;Casa de la Cultura;\"Audiencia; balance (Secretaría de Salud)\"",
                "",
            ]
        );
        assert!(csv.starts_with('\u{feff}'));
    }

    #[test]
    fn other_days_and_undated_or_non_dialogue_actions_stay_out() {
        let mut a = agenda(
            "S",
            "Salud",
            &[("Foro", "2027-11-19", Some("09:00"), Some(60), "Auditorio")],
        );
        a.actividades.push(Actividad {
            id: ActividadId("A09".into()),
            elemento: Some(Elemento::Dialogo),
            ..Actividad::default()
        });
        a.actividades.push(Actividad {
            id: ActividadId("A10".into()),
            elemento: Some(Elemento::Informacion),
            fecha_inicio: Some(d("2027-11-19")),
            ..Actividad::default()
        });
        let b = agenda(
            "G",
            "Gobierno",
            &[("Foro", "2027-11-20", Some("09:00"), Some(60), "Auditorio")],
        );
        let c = consolidar(&[&a, &b]);
        assert_eq!(c.espacios.len(), 2);
        assert!(c.cruces.is_empty());
    }
}
