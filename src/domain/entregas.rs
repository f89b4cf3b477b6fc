//! Handing in the agendas: where and by when the offices send theirs (`entrega` in
//! `config.json`), the offices Planeación expects (`dependencias`) with the name each should
//! write, and who has sent theirs.

use chrono::NaiveDate;

use super::calendar::fecha_larga;
use super::config::{nombre_limpio, Configuracion};
use super::model::Agenda;
use super::pasos::{es_correo_valido, Paso};
use super::revision::{
    Revision, Veredicto, ARCHIVO_ALTERADO_PARA_LA_DEPENDENCIA, CHEQUEO_COPIA_DE_TRABAJO,
    CHEQUEO_INTEGRIDAD, PIDA_A_LA_DEPENDENCIA, REGLA_ARCHIVO,
};
use super::rules::Severidad;
use super::text::{codificar_en_url, hoja_csv, mismo_nombre, primera_minuscula};

/// Where and by when to send the file, in a sentence or two; `None` when the settings do not
/// say, and the screens then name only the Secretaría de Planeación.
pub fn como_entregar(configuracion: &Configuracion, hoy: NaiveDate) -> Option<String> {
    let e = &configuracion.entrega;
    if e.es_vacia() {
        return None;
    }
    let destino = match &e.correo {
        Some(correo) => format!("a {correo}"),
        None => "a la Secretaría de Planeación".to_string(),
    };
    let mut texto = match e.fecha_limite {
        Some(limite) if hoy > limite => format!(
            "El plazo de entrega venció el {}: envíe el archivo cuanto antes {destino}.",
            fecha_larga(limite)
        ),
        Some(limite) => format!(
            "Envíe el archivo {destino} a más tardar el {}.",
            fecha_larga(limite)
        ),
        None => format!("Envíe el archivo {destino}."),
    };
    if let Some(indicaciones) = &e.indicaciones {
        texto.push(' ');
        texto.push_str(indicaciones);
    }
    Some(texto)
}

/// The deadline as Planeación reads it beside who has sent: how many days are left, or that it
/// passed; `None` without one.
pub fn plazo(configuracion: &Configuracion, hoy: NaiveDate) -> Option<String> {
    let limite = configuracion.entrega.fecha_limite?;
    let dias = (limite - hoy).num_days();
    let fecha = fecha_larga(limite);
    Some(match dias {
        d if d < 0 => format!("El plazo de entrega venció el {fecha}."),
        0 => format!("El plazo de entrega vence hoy, {fecha}."),
        1 => format!("El plazo de entrega vence mañana, {fecha}."),
        d => format!("El plazo de entrega vence el {fecha}, en {d} días."),
    })
}

/// A `mailto:` link to Planeación's address with the subject and a first text, for the official
/// to attach the downloaded `archivo`; `None` without an address.
pub fn enlace_correo(
    configuracion: &Configuracion,
    agenda: &Agenda,
    archivo: &str,
) -> Option<String> {
    let correo = configuracion.entrega.correo.as_deref()?;
    let dependencia = agenda.dependencia.nombre_o_sin_nombre();
    let anio = configuracion.anio_cierre;
    let asunto = format!("Agenda de rendición de cuentas {anio} – {dependencia}");
    let enlace = &agenda.dependencia.enlace_rdc;
    let cuerpo = format!(
        "Buen día:\n\nAdjunto la agenda de rendición de cuentas de {dependencia} para el cierre de gobierno {anio}, \
         en el archivo «{archivo}».\n\nEnlace para la rendición de cuentas: {}{}\n",
        enlace.nombre.trim(),
        [enlace.correo.trim(), enlace.telefono.trim()]
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!(", {t}"))
            .collect::<String>()
    );
    Some(enlace_mailto(correo, &asunto, &cuerpo))
}

/// A `mailto:` link to `correo` with its subject and text.
fn enlace_mailto(correo: &str, asunto: &str, cuerpo: &str) -> String {
    format!(
        "mailto:{correo}?subject={}&body={}",
        codificar_en_url(asunto),
        codificar_en_url(cuerpo)
    )
}

/// How many findings a mail to an office lists, to keep the link short enough for every mail
/// program: the wizard shows them all when it opens the file.
const HALLAZGOS_EN_CORREO: usize = 5;

/// What an office must fix before Planeación can publish its file, one line each: the errors and
/// the warnings it has not justified, each naming the activity it is about.
fn pendientes_de_la_dependencia(revision: &Revision) -> Vec<String> {
    let agenda = &revision.imported.agenda;
    revision
        .hallazgos
        .iter()
        .filter(|h| match h.severidad {
            Severidad::Error => true,
            Severidad::Advertencia => !h.esta_justificado(),
            Severidad::Info => false,
        })
        // The verdict already says it is a working copy.
        .filter(|h| !(h.regla_id == REGLA_ARCHIVO && h.chequeo == CHEQUEO_COPIA_DE_TRABAJO))
        .map(|h| {
            if h.regla_id == REGLA_ARCHIVO && h.chequeo == CHEQUEO_INTEGRIDAD {
                return format!("- {ARCHIVO_ALTERADO_PARA_LA_DEPENDENCIA}");
            }
            // The file's findings end telling Planeación what to ask for; the mail asks it.
            let mensaje = h
                .mensaje
                .split(&format!(" {PIDA_A_LA_DEPENDENCIA}"))
                .next()
                .unwrap_or_default();
            let actividad = h.actividad_id.as_ref().and_then(|id| agenda.actividad(id));
            // Most rules already name the activity in their message.
            match actividad.map(|a| a.nombre.trim()) {
                Some(nombre) if !nombre.is_empty() && !mensaje.contains(nombre) => {
                    format!("- «{nombre}»: {mensaje}")
                }
                _ => format!("- {mensaje}"),
            }
        })
        .collect()
}

/// A `mailto:` link to the office's contact for accountability (its `enlace_rdc`) that says what
/// its file «`archivo`» needs before Planeación can publish it and how to fix it in the wizard at
/// `url_asistente`. `None` when the file is ready or the agenda names no contact address.
pub fn correo_de_correcciones(
    revision: &Revision,
    archivo: &str,
    url_asistente: &str,
) -> Option<String> {
    if revision.veredicto() == Veredicto::Lista {
        return None;
    }
    let dependencia = &revision.imported.agenda.dependencia;
    let correo = dependencia.enlace_rdc.correo.trim();
    if !es_correo_valido(correo) {
        return None;
    }
    let nombre = dependencia.nombre_o_sin_nombre();
    let asunto = format!("Agenda de rendición de cuentas – {nombre}: lo que falta corregir");
    let saludo = match dependencia.enlace_rdc.nombre.trim() {
        "" => "Buen día:".to_string(),
        persona => format!("Buen día, {persona}:"),
    };
    let pendientes = pendientes_de_la_dependencia(revision);
    let mut lista: Vec<String> = pendientes
        .iter()
        .take(HALLAZGOS_EN_CORREO)
        .cloned()
        .collect();
    if pendientes.len() > HALLAZGOS_EN_CORREO {
        lista.push(format!(
            "- y {} más, que el asistente muestra al abrir el archivo.",
            pendientes.len() - HALLAZGOS_EN_CORREO
        ));
    }
    let lo_que_falta = if lista.is_empty() {
        String::new()
    } else {
        format!("Lo que falta:\n{}\n\n", lista.join("\n"))
    };
    let cuerpo = format!(
        "{saludo}\n\nLa Secretaría de Planeación revisó la agenda de rendición de cuentas de {nombre}, en el archivo «{archivo}»: \
         {}.\n\n{lo_que_falta}Para corregirla, abra ese archivo en el asistente ({url_asistente}) con «Abrir un archivo»; \
         el paso {}, «{}», muestra cada punto y lleva al campo que debe cambiar. \
         Después envíe de nuevo el archivo de «Descargar para enviar».\n",
        primera_minuscula(&revision.veredicto_en_palabras()),
        Paso::Revision.numero(),
        Paso::Revision.titulo(),
    );
    Some(enlace_mailto(correo, &asunto, &cuerpo))
}

/// The name on Planeación's list that `nombre` is, however it was capitalised, accented or
/// spaced.
pub fn dependencia_esperada<'a>(configuracion: &'a Configuracion, nombre: &str) -> Option<&'a str> {
    configuracion
        .dependencias
        .iter()
        .find(|esperada| mismo_nombre(esperada, nombre))
        .map(String::as_str)
}

/// How Planeación's list writes the office `nombre` names, when it writes it otherwise
/// («secretaria de salud» → «Secretaría de Salud»).
pub fn correccion_del_nombre<'a>(
    configuracion: &'a Configuracion,
    nombre: &str,
) -> Option<&'a str> {
    dependencia_esperada(configuracion, nombre).filter(|esperada| *esperada != nombre.trim())
}

/// The line under the office's name in the wizard, when Planeación lists the offices: whether
/// the name is one of them, so the agenda is counted as that office's.
pub fn nota_del_nombre(configuracion: &Configuracion, nombre: &str) -> Option<String> {
    if configuracion.dependencias.is_empty() || nombre.trim().is_empty() {
        return None;
    }
    match dependencia_esperada(configuracion, nombre) {
        Some(_) => correccion_del_nombre(configuracion, nombre)
            .map(|esperada| format!("En la lista de Planeación se escribe «{esperada}».")),
        None => Some(
            "Este nombre no está en la lista de dependencias de Planeación. Elija el de su dependencia entre las sugerencias, para que Planeación cuente su agenda; si no aparece, avísele a Planeación."
                .to_string(),
        ),
    }
}

/// Who has sent an agenda, against the offices Planeación expects (`dependencias` in
/// `config.json`).
#[derive(Debug)]
pub struct Entregas<'a> {
    /// How many offices Planeación expects.
    pub esperadas: usize,
    /// The expected offices with no agenda among the files, in the order of the list.
    pub faltan: Vec<&'a str>,
    /// Files whose office is not on the list: a name written another way, or an office the
    /// list does not expect.
    pub fuera_de_lista: Vec<&'a Revision>,
}

impl Entregas<'_> {
    /// «Han entregado 9 de 12 dependencias.»
    pub fn resumen(&self) -> String {
        let entregaron = self.esperadas - self.faltan.len();
        match (entregaron, self.esperadas) {
            (0, 1) => "La dependencia de la lista no ha entregado.".to_string(),
            (1, 1) => "La dependencia de la lista entregó.".to_string(),
            (0, t) => format!("Ninguna de las {t} dependencias de la lista ha entregado."),
            (e, t) if e == t => format!("Entregaron las {t} dependencias de la lista."),
            (1, t) => format!("Ha entregado 1 de {t} dependencias."),
            (e, t) => format!("Han entregado {e} de {t} dependencias."),
        }
    }
}

/// Matches the counted files ([`una_por_agenda`]) to the expected offices by name; `None` when
/// the settings list no offices.
pub fn entregas<'a>(
    configuracion: &'a Configuracion,
    contadas: &[&'a Revision],
) -> Option<Entregas<'a>> {
    if configuracion.dependencias.is_empty() {
        return None;
    }
    let faltan = configuracion
        .dependencias
        .iter()
        .filter(|d| !contadas.iter().any(|r| mismo_nombre(d, r.dependencia())))
        .map(String::as_str)
        .collect();
    let fuera_de_lista = contadas
        .iter()
        .copied()
        .filter(|r| dependencia_esperada(configuracion, r.dependencia()).is_none())
        .collect();
    Some(Entregas {
        esperadas: configuracion.dependencias.len(),
        faltan,
        fuera_de_lista,
    })
}

/// The offices the files name that `lista` does not have (however written there), each once,
/// in the order of the files: what Planeación can add to the list of offices it expects.
pub fn dependencias_por_agregar(lista: &[String], contadas: &[&Revision]) -> Vec<String> {
    let mut nuevas: Vec<String> = Vec::new();
    for revision in contadas {
        let nombre = nombre_limpio(revision.dependencia());
        let conocida = |otro: &String| mismo_nombre(otro, &nombre);
        if !nombre.is_empty() && !lista.iter().any(conocida) && !nuevas.iter().any(conocida) {
            nuevas.push(nombre);
        }
    }
    nuevas
}

/// Who has handed in what, as a spreadsheet ([`hoja_csv`]) for Planeación to report: each
/// office on the list with its file's verdict, or missing; then the files of offices not on the
/// list. `archivo_de` names the file each review came from.
pub fn hoja_de_entregas(
    configuracion: Option<&Configuracion>,
    contadas: &[&Revision],
    archivo_de: impl Fn(&Revision) -> String,
) -> String {
    let con_lista = configuracion.is_some_and(|c| !c.dependencias.is_empty());
    let fila = |r: &Revision, en_la_lista: &str| {
        let resumen = r.resumen();
        vec![
            r.imported
                .agenda
                .dependencia
                .nombre_o_sin_nombre()
                .to_string(),
            en_la_lista.to_string(),
            r.veredicto_en_palabras(),
            archivo_de(r),
            resumen.errores.to_string(),
            resumen.advertencias_sin_justificar.to_string(),
        ]
    };
    let mut filas = Vec::new();
    for esperada in configuracion.iter().flat_map(|c| &c.dependencias) {
        let suyas: Vec<&Revision> = contadas
            .iter()
            .copied()
            .filter(|r| mismo_nombre(esperada, r.dependencia()))
            .collect();
        if suyas.is_empty() {
            filas.push(vec![
                esperada.clone(),
                "Sí".to_string(),
                "Falta por entregar".to_string(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        filas.extend(suyas.into_iter().map(|r| fila(r, "Sí")));
    }
    let fuera = contadas.iter().copied().filter(|r| {
        configuracion.is_none_or(|c| dependencia_esperada(c, r.dependencia()).is_none())
    });
    filas.extend(fuera.map(|r| fila(r, if con_lista { "No" } else { "" })));
    hoja_csv(
        &[
            "Dependencia",
            "En la lista de Planeación",
            "Estado",
            "Archivo",
            "Errores",
            "Advertencias sin justificar",
        ],
        filas,
    )
}

/// Offices with more than one counted agenda: files of one name but different agenda ids, as
/// when an office starts over instead of opening its file. The calendar counts every agenda,
/// so each group is said, in the order the files came. Files without a name are left out.
pub fn dependencias_con_varias_agendas<'a>(contadas: &[&'a Revision]) -> Vec<Vec<&'a Revision>> {
    let mut grupos: Vec<Vec<&Revision>> = Vec::new();
    for &r in contadas
        .iter()
        .filter(|r| !r.dependencia().trim().is_empty())
    {
        match grupos
            .iter_mut()
            .find(|g| mismo_nombre(g[0].dependencia(), r.dependencia()))
        {
            Some(grupo) => grupo.push(r),
            None => grupos.push(vec![r]),
        }
    }
    grupos.retain(|g| g.len() > 1);
    grupos
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::revision::tests::archivo;

    #[test]
    fn a_name_on_the_list_is_recognised_however_typed() {
        let c = Configuracion::desde_json(
            r#"{"anio_cierre": 2027, "dependencias": [" Secretaría de  Salud", "IMDER"]}"#,
            d("2026-11-24"),
        )
        .unwrap();
        assert_eq!(c.dependencias, ["Secretaría de Salud", "IMDER"]);
        assert_eq!(
            dependencia_esperada(&c, "secretaria de salud"),
            Some("Secretaría de Salud")
        );
        assert_eq!(dependencia_esperada(&c, "Secretaría de Educación"), None);

        assert_eq!(
            correccion_del_nombre(&c, "secretaria de salud"),
            Some("Secretaría de Salud")
        );
        assert_eq!(
            correccion_del_nombre(&c, " IMDER "),
            None,
            "only spacing around it"
        );
        assert_eq!(correccion_del_nombre(&c, "Secretaría de Educación"), None);
        assert_eq!(nota_del_nombre(&c, "IMDER"), None);
        assert_eq!(nota_del_nombre(&c, "  "), None, "nothing typed yet");
        assert_eq!(
            nota_del_nombre(&c, "secretaria de salud").as_deref(),
            Some("En la lista de Planeación se escribe «Secretaría de Salud».")
        );
        assert!(nota_del_nombre(&c, "Secretaría de Educación")
            .is_some_and(|n| n.starts_with("Este nombre no está en la lista")));
        assert_eq!(
            nota_del_nombre(&Configuracion::para_anio(2027), "Cualquiera"),
            None,
            "without a list there is nothing to compare"
        );
    }

    #[test]
    fn the_offices_to_add_are_those_the_files_name_and_the_list_lacks_each_once() {
        let revisiones = [
            archivo("AG-1", "secretaria de  salud", false, 9),
            archivo("AG-2", "Secretaría de  Educación ", false, 9),
            archivo("AG-3", "SECRETARIA DE EDUCACION", true, 9),
            archivo("AG-4", "  ", true, 9),
            archivo("AG-5", "IMDER", true, 9),
        ];
        let contadas: Vec<&Revision> = revisiones.iter().collect();
        let lista = vec!["Secretaría de Salud".to_string()];
        assert_eq!(
            dependencias_por_agregar(&lista, &contadas),
            ["Secretaría de Educación", "IMDER"]
        );
        assert_eq!(
            dependencias_por_agregar(&[], &contadas[..1]),
            ["secretaria de salud"],
            "without a list, every office named is one to add, as written"
        );
    }

    #[test]
    fn offices_on_the_list_without_a_file_are_missing_and_unlisted_files_are_named() {
        let mut config = Configuracion::para_anio(2027);
        config.dependencias = vec![
            "Secretaría de Salud".into(),
            "Secretaría de Gobierno".into(),
            "Instituto de Deportes".into(),
        ];
        let revisiones = [
            archivo("AG-1", "secretaria de  salud", false, 9),
            archivo("AG-2", "Secretaría de Educación", false, 9),
            archivo("AG-3", "Secretaría de Gobierno", true, 9),
        ];
        let contadas: Vec<&Revision> = revisiones.iter().collect();
        let e = entregas(&config, &contadas).expect("the settings list offices");
        assert_eq!(e.faltan, ["Instituto de Deportes"]);
        assert_eq!(e.fuera_de_lista.len(), 1);
        assert_eq!(
            e.fuera_de_lista[0].imported.agenda.dependencia.nombre,
            "Secretaría de Educación"
        );
        assert_eq!(e.resumen(), "Han entregado 2 de 3 dependencias.");

        assert_eq!(
            entregas(&config, &[]).map(|e| e.resumen()),
            Some("Ninguna de las 3 dependencias de la lista ha entregado.".into())
        );
        config.dependencias.truncate(1);
        assert_eq!(
            entregas(&config, &contadas[..1]).map(|e| e.resumen()),
            Some("La dependencia de la lista entregó.".into())
        );
        assert!(entregas(&Configuracion::para_anio(2027), &contadas).is_none());
    }

    #[test]
    fn an_office_that_sent_two_different_agendas_is_said_once_with_both() {
        let revisiones = [
            archivo("AG-1", "Secretaría de Salud", false, 9),
            archivo("AG-2", "Secretaría de Gobierno", false, 9),
            archivo("AG-3", "secretaria de salud ", false, 10),
            archivo("AG-4", "", false, 9),
            archivo("AG-5", " ", false, 9),
        ];
        let contadas: Vec<&Revision> = revisiones.iter().collect();
        let grupos = dependencias_con_varias_agendas(&contadas);
        let ids: Vec<Vec<&str>> = grupos
            .iter()
            .map(|g| g.iter().map(|r| r.imported.agenda.id.0.as_str()).collect())
            .collect();
        assert_eq!(ids, [["AG-1", "AG-3"]]);
    }

    #[test]
    fn the_way_to_hand_in_is_said_with_its_address_and_deadline() {
        let mut c = Configuracion::para_anio(2027);
        assert_eq!(como_entregar(&c, d("2027-03-01")), None);
        c.entrega.fecha_limite = Some(d("2027-03-15"));
        assert_eq!(
            como_entregar(&c, d("2027-03-01")).as_deref(),
            Some("Envíe el archivo a la Secretaría de Planeación a más tardar el lunes 15 de marzo de 2027.")
        );
        c.entrega.correo = Some("planeacion@sanrafael.gov.co".into());
        c.entrega.indicaciones = Some("También puede dejarlo en la carpeta compartida RdC.".into());
        assert_eq!(
            como_entregar(&c, d("2027-03-15")).as_deref(),
            Some("Envíe el archivo a planeacion@sanrafael.gov.co a más tardar el lunes 15 de marzo de 2027. También puede dejarlo en la carpeta compartida RdC.")
        );
        assert!(como_entregar(&c, d("2027-03-16"))
            .is_some_and(|t| t.starts_with("El plazo de entrega venció el lunes 15 de marzo de 2027: envíe el archivo cuanto antes a planeacion@")));
        c.entrega.fecha_limite = None;
        c.entrega.indicaciones = None;
        assert_eq!(
            como_entregar(&c, d("2027-03-16")).as_deref(),
            Some("Envíe el archivo a planeacion@sanrafael.gov.co.")
        );
    }

    #[test]
    fn the_deadline_counts_the_days_left() {
        let mut c = Configuracion::para_anio(2027);
        assert_eq!(plazo(&c, d("2027-03-01")), None);
        c.entrega.fecha_limite = Some(d("2027-03-15"));
        let en = |hoy| plazo(&c, d(hoy)).unwrap();
        assert_eq!(
            en("2027-03-01"),
            "El plazo de entrega vence el lunes 15 de marzo de 2027, en 14 días."
        );
        assert_eq!(
            en("2027-03-14"),
            "El plazo de entrega vence mañana, lunes 15 de marzo de 2027."
        );
        assert_eq!(
            en("2027-03-15"),
            "El plazo de entrega vence hoy, lunes 15 de marzo de 2027."
        );
        assert_eq!(
            en("2027-03-16"),
            "El plazo de entrega venció el lunes 15 de marzo de 2027."
        );
    }

    #[test]
    fn the_mail_to_planeacion_names_the_office_and_the_file() {
        let mut c = Configuracion::para_anio(2027);
        let mut agenda = Agenda::default();
        agenda.dependencia.nombre = "Secretaría de Salud".into();
        agenda.dependencia.enlace_rdc.nombre = "Andrés Pérez".into();
        agenda.dependencia.enlace_rdc.correo = "rdc.salud@sanrafael.gov.co".into();
        assert_eq!(enlace_correo(&c, &agenda, "a.json"), None);
        c.entrega.correo = Some("planeacion@sanrafael.gov.co".into());
        let enlace =
            enlace_correo(&c, &agenda, "agenda-rdc-2027-secretaria-de-salud.json").unwrap();
        let (destino, consulta) = enlace.split_once('?').unwrap();
        assert_eq!(destino, "mailto:planeacion@sanrafael.gov.co");
        assert!(consulta.starts_with(
            "subject=Agenda%20de%20rendici%C3%B3n%20de%20cuentas%202027%20%E2%80%93%20Secretar%C3%ADa%20de%20Salud&body=Buen%20d%C3%ADa%3A%0A%0AAdjunto"
        ), "{consulta}");
        assert!(
            consulta.contains("%C2%ABagenda-rdc-2027-secretaria-de-salud.json%C2%BB"),
            "{consulta}"
        );
        assert!(
            consulta.ends_with("Andr%C3%A9s%20P%C3%A9rez%2C%20rdc.salud%40sanrafael.gov.co%0A"),
            "{consulta}"
        );
    }

    /// The text a `mailto:` link carries, decoded.
    fn decodificar(texto: &str) -> String {
        let mut bytes = Vec::new();
        let mut resto = texto.as_bytes();
        while let Some((&b, siguiente)) = resto.split_first() {
            if b == b'%' {
                let hex = std::str::from_utf8(&siguiente[..2]).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
                resto = &siguiente[2..];
            } else {
                bytes.push(b);
                resto = siguiente;
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    /// The sample agenda of Salud as «Descargar para enviar» writes it, changed by `cambiar`, reviewed.
    fn revision_de_salud(cambiar: impl FnOnce(&mut Agenda), copia: bool) -> Revision {
        let muestra = crate::domain::format::import_agenda(include_str!(
            "../../tests/fixtures/muestra_salud_2027.json"
        ))
        .unwrap();
        let mut agenda = muestra.agenda;
        cambiar(&mut agenda);
        let generado = chrono::Utc::now();
        let texto = crate::domain::format::export_agenda(&agenda, generado, copia);
        let config =
            Configuracion::desde_archivo(muestra.configuracion.unwrap(), d("2026-11-24")).unwrap();
        crate::domain::revision::revisar(&texto, Some(&config), d("2026-11-24")).unwrap()
    }

    fn correo(revision: &Revision) -> Option<(String, String, String)> {
        let enlace =
            correo_de_correcciones(revision, "salud.json", "https://rdc.sanrafael.gov.co/")?;
        let (destino, consulta) = enlace.split_once('?').unwrap();
        let (asunto, cuerpo) = consulta.split_once("&body=").unwrap();
        Some((
            destino.to_string(),
            decodificar(asunto.strip_prefix("subject=").unwrap()),
            decodificar(cuerpo),
        ))
    }

    #[test]
    fn a_file_ready_to_publish_needs_no_mail_to_its_office() {
        let lista = revision_de_salud(|_| {}, false);
        assert_eq!(lista.veredicto(), Veredicto::Lista);
        assert_eq!(correo(&lista), None);
    }

    #[test]
    fn the_mail_to_an_office_lists_what_to_fix_with_its_activity_and_how_to_fix_it() {
        let revision = revision_de_salud(
            |a| {
                a.dependencia.enlace_rdc.nombre = "Andrés Pérez".into();
                a.actividades[0].nombre = "Foro de salud mental juvenil".into();
                a.actividades[0].responsable.nombre.clear();
            },
            false,
        );
        let (destino, asunto, cuerpo) = correo(&revision).expect("a mail");
        assert_eq!(
            destino,
            format!(
                "mailto:{}",
                revision.imported.agenda.dependencia.enlace_rdc.correo
            )
        );
        assert_eq!(
            asunto,
            "Agenda de rendición de cuentas – Secretaría de Salud: lo que falta corregir"
        );
        assert!(cuerpo.starts_with("Buen día, Andrés Pérez:\n\nLa Secretaría de Planeación revisó la agenda de rendición de cuentas de Secretaría de Salud, en el archivo «salud.json»: con 1 error."), "{cuerpo}");
        // The activity is named once: the rule's message already says which.
        let linea = cuerpo
            .lines()
            .find(|l| l.starts_with("- "))
            .expect("a line of what to fix");
        assert!(cuerpo.contains("\nLo que falta:\n- "), "{cuerpo}");
        assert_eq!(
            linea.matches("«Foro de salud mental juvenil»").count(),
            1,
            "{linea}"
        );
        assert!(cuerpo.contains("abra ese archivo en el asistente (https://rdc.sanrafael.gov.co/) con «Abrir un archivo»; el paso 9, «Revise su agenda», muestra cada punto"), "{cuerpo}");
        assert!(
            cuerpo.ends_with("Después envíe de nuevo el archivo de «Descargar para enviar».\n"),
            "{cuerpo}"
        );
    }

    #[test]
    fn a_finding_whose_message_does_not_name_its_activity_is_preceded_by_it() {
        let mut revision = revision_de_salud(|_| {}, false);
        let primera = &revision.imported.agenda.actividades[0];
        let (id, nombre) = (primera.id.clone(), primera.nombre.clone());
        revision.hallazgos.push(crate::domain::rules::Hallazgo {
            regla_id: "V-PRUEBA".into(),
            chequeo: String::new(),
            severidad: Severidad::Error,
            ruta_campo: "actividades[0].lugar".into(),
            actividad_id: Some(id),
            campo: "lugar".into(),
            mensaje: "Falta el lugar.".into(),
            fuente: String::new(),
            justificacion: None,
        });
        assert_eq!(
            pendientes_de_la_dependencia(&revision),
            [format!("- «{nombre}»: Falta el lugar.")]
        );
    }

    #[test]
    fn a_working_copy_is_named_as_such_and_planeacions_own_advice_stays_out_of_the_mail() {
        let revision = revision_de_salud(|_| {}, true);
        let (_, _, cuerpo) = correo(&revision).expect("a mail");
        assert!(
            cuerpo.contains(
                "«salud.json»: copia de trabajo, no la versión para enviar.\n\nPara corregirla"
            ),
            "{cuerpo}"
        );
        assert!(!cuerpo.contains("Pida a la dependencia"), "{cuerpo}");
    }

    #[test]
    fn a_file_changed_after_download_is_told_to_the_office_without_the_checksums() {
        let muestra = crate::domain::format::import_agenda(include_str!(
            "../../tests/fixtures/muestra_salud_2027.json"
        ))
        .unwrap();
        let texto =
            crate::domain::format::export_agenda(&muestra.agenda, chrono::Utc::now(), false);
        let objetivo = &muestra.agenda.objetivo;
        let editado = texto.replacen(objetivo.as_str(), "Otro objetivo escrito a mano", 1);
        let config =
            Configuracion::desde_archivo(muestra.configuracion.unwrap(), d("2026-11-24")).unwrap();
        let revision =
            crate::domain::revision::revisar(&editado, Some(&config), d("2026-11-24")).unwrap();
        assert!(
            revision
                .hallazgos
                .iter()
                .any(|h| h.mensaje.contains("SHA-256")),
            "Planeación's finding keeps both sums"
        );
        let (_, _, cuerpo) = correo(&revision).expect("a mail");
        assert!(
            cuerpo.contains(&format!("\n- {ARCHIVO_ALTERADO_PARA_LA_DEPENDENCIA}\n")),
            "{cuerpo}"
        );
        assert!(!cuerpo.contains("SHA-256"), "{cuerpo}");
    }

    #[test]
    fn a_long_list_is_cut_and_an_agenda_without_a_contact_address_gets_no_mail() {
        let revision = revision_de_salud(
            |a| {
                for actividad in &mut a.actividades {
                    actividad.responsable.nombre.clear();
                    actividad.nombre.clear();
                }
            },
            false,
        );
        let (_, _, cuerpo) = correo(&revision).expect("a mail");
        let lineas: Vec<&str> = cuerpo.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(lineas.len(), HALLAZGOS_EN_CORREO + 1, "{cuerpo}");
        let pendientes = pendientes_de_la_dependencia(&revision).len();
        assert_eq!(
            lineas.last().unwrap(),
            &format!(
                "- y {} más, que el asistente muestra al abrir el archivo.",
                pendientes - HALLAZGOS_EN_CORREO
            )
        );

        let sin_correo = revision_de_salud(
            |a| a.dependencia.enlace_rdc.correo = "rdc.salud".into(),
            true,
        );
        assert_eq!(correo(&sin_correo), None);
    }

    #[test]
    fn the_sheet_of_deliveries_lists_every_office_then_the_unlisted_files() {
        let mut config = Configuracion::para_anio(2027);
        config.dependencias = vec!["Secretaría de Salud".into(), "Instituto de Deportes".into()];
        let revisiones = [
            archivo("AG-1", "secretaria de salud", false, 9),
            archivo("AG-2", "Secretaría de Cultura", true, 9),
        ];
        let contadas: Vec<&Revision> = revisiones.iter().collect();
        let hoja = hoja_de_entregas(Some(&config), &contadas, |r| {
            format!("{}.json", r.imported.agenda.id.0)
        });
        let filas: Vec<&str> = hoja.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            filas[0],
            "Dependencia;En la lista de Planeación;Estado;Archivo;Errores;Advertencias sin justificar"
        );
        assert!(
            filas[1].starts_with("secretaria de salud;Sí;Con "),
            "{}",
            filas[1]
        );
        assert!(filas[1].contains(";AG-1.json;"), "{}", filas[1]);
        assert_eq!(filas[2], "Instituto de Deportes;Sí;Falta por entregar;;;");
        assert!(
            filas[3].starts_with("Secretaría de Cultura;No;"),
            "{}",
            filas[3]
        );
        assert_eq!(filas.len(), 4);

        let sin_lista = hoja_de_entregas(None, &contadas, |_| "x.json".into());
        assert_eq!(sin_lista.lines().count(), 3, "a row per file, no list");
        assert!(sin_lista
            .lines()
            .nth(1)
            .is_some_and(|f| f.starts_with("secretaria de salud;;")));
    }
}
