//! The dialogue events as an iCalendar file (RFC 5545) that any calendar program imports:
//! times in America/Bogota, the address of in-person spaces, the link of virtual ones, and a
//! UID per activity that stays the same across downloads so re-importing updates events.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};

use super::calendar::fecha_compacta;
use super::config::Configuracion;
use super::model::{Actividad, Agenda};
use super::text::slug;
use super::vocab::{EstadoActividad, Modalidad, Vocabulario};

const ZONA: &str = "America/Bogota";
/// Colombia keeps UTC−5 all year, with no daylight saving.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:America/Bogota",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0500",
    "TZNAME:-05",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escapar(texto: &str) -> String {
    let mut salida = String::with_capacity(texto.len());
    for c in texto.chars() {
        match c {
            '\\' => salida.push_str("\\\\"),
            ';' => salida.push_str("\\;"),
            ',' => salida.push_str("\\,"),
            '\n' => salida.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => salida.push(c),
        }
    }
    salida
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
fn plegar(linea: &str, salida: &mut String) {
    let mut octetos = 0;
    for c in linea.chars() {
        let n = c.len_utf8();
        if octetos + n > 75 {
            salida.push_str("\r\n ");
            octetos = 1;
        }
        salida.push(c);
        octetos += n;
    }
    salida.push_str("\r\n");
}

fn fecha_ics(f: NaiveDate) -> String {
    fecha_compacta(f)
}

fn fecha_hora_ics(f: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        fecha_compacta(f.date()),
        f.hour(),
        f.minute(),
        f.second()
    )
}

/// A stable identifier for the activity's event: the agenda's and the activity's ids.
pub fn uid(agenda: &Agenda, actividad: &Actividad) -> String {
    let agenda_id = if agenda.id.0.trim().is_empty() {
        slug(&agenda.dependencia.nombre)
    } else {
        slug(&agenda.id.0)
    };
    format!("{agenda_id}-{}@agenda-rdc", slug(&actividad.id.0))
}

fn lugar_o_enlace(a: &Actividad) -> (Option<String>, Option<String>) {
    let evento = a.evento.as_ref();
    let enlace = evento
        .map(|e| e.enlace.trim().to_string())
        .filter(|e| !e.is_empty());
    let direccion = evento.and_then(|e| e.lugar.as_ref()).map(|l| {
        [l.nombre.trim(), l.direccion.trim(), l.sector.trim()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let direccion = direccion.filter(|d| !d.is_empty());
    match a.modalidad_efectiva() {
        Some(Modalidad::Virtual) => (enlace.clone(), enlace),
        _ => (direccion.or_else(|| enlace.clone()), enlace),
    }
}

fn descripcion(a: &Actividad) -> String {
    let mut partes = Vec::new();
    if let Some(espacio) = a.espacio_dialogo {
        partes.push(format!("Espacio: {}", espacio.etiqueta()));
    }
    if let Some(m) = a.modalidad_efectiva() {
        partes.push(format!("Modalidad: {}", m.etiqueta()));
    }
    if !a.descripcion.trim().is_empty() {
        partes.push(a.descripcion.trim().to_string());
    }
    if !a.grupos_valor.is_empty() {
        let grupos: Vec<&str> = a.grupos_valor.iter().map(|g| g.codigo.etiqueta()).collect();
        partes.push(format!("Dirigido a: {}", grupos.join("; ")));
    }
    if !a.temas.is_empty() {
        partes.push(format!("Temas: {}", a.temas.join("; ")));
    }
    if !a.responsable.nombre.trim().is_empty() {
        partes.push(format!(
            "Responsable: {} ({})",
            a.responsable.nombre.trim(),
            a.responsable.cargo.trim()
        ));
    }
    partes.join("\n")
}

/// The calendar of the agenda's dialogue events that have a date.
pub fn calendario_ics(agenda: &Agenda, generado_en: DateTime<Utc>) -> String {
    let nombre = format!(
        "Rendición de cuentas – {}",
        agenda.dependencia.nombre.trim()
    );
    calendario(&nombre, &[agenda], false, generado_en)
}

/// The municipal calendar's name: «Rendición de cuentas 2027 – San Rafael de la Sierra», or
/// «Rendición de cuentas» without the municipality's settings.
pub fn nombre_calendario_municipal(config: Option<&Configuracion>) -> String {
    match config {
        Some(c) if !c.municipio.trim().is_empty() => {
            format!(
                "Rendición de cuentas {} – {}",
                c.anio_cierre,
                c.municipio.trim()
            )
        }
        _ => "Rendición de cuentas".to_string(),
    }
}

/// One calendar with the dialogue events of every office, each titled with its office, for
/// the Planning Secretariat to publish the municipality's accountability calendar.
pub fn calendario_municipal_ics(
    nombre: &str,
    agendas: &[&Agenda],
    generado_en: DateTime<Utc>,
) -> String {
    calendario(nombre, agendas, true, generado_en)
}

fn calendario(
    nombre: &str,
    agendas: &[&Agenda],
    con_dependencia: bool,
    generado_en: DateTime<Utc>,
) -> String {
    let mut lineas: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Agenda de Rendicion de Cuentas//ES".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escapar(nombre)),
        format!("X-WR-TIMEZONE:{ZONA}"),
    ];
    lineas.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    let sello = format!("{}Z", fecha_hora_ics(generado_en.naive_utc()));
    for agenda in agendas {
        eventos(agenda, con_dependencia, &sello, &mut lineas);
    }
    lineas.push("END:VCALENDAR".into());
    let mut salida = String::new();
    for linea in &lineas {
        plegar(linea, &mut salida);
    }
    salida
}

fn eventos(agenda: &Agenda, con_dependencia: bool, sello: &str, lineas: &mut Vec<String>) {
    for a in agenda.actividades.iter().filter(|a| a.es_dialogo()) {
        let Some((inicio, fin)) = a.dias() else {
            continue;
        };
        lineas.push("BEGIN:VEVENT".into());
        lineas.push(format!("UID:{}", uid(agenda, a)));
        lineas.push(format!("DTSTAMP:{sello}"));
        let evento = a.evento.as_ref();
        match evento.and_then(|e| Some((e.hora_inicio?, e.duracion()))) {
            Some((hora, duracion)) => {
                let comienzo = inicio.and_time(hora);
                let termino = if fin > inicio {
                    fin.and_time(hora)
                } else {
                    comienzo
                } + duracion;
                lineas.push(format!("DTSTART;TZID={ZONA}:{}", fecha_hora_ics(comienzo)));
                lineas.push(format!("DTEND;TZID={ZONA}:{}", fecha_hora_ics(termino)));
            }
            None => {
                lineas.push(format!("DTSTART;VALUE=DATE:{}", fecha_ics(inicio)));
                lineas.push(format!(
                    "DTEND;VALUE=DATE:{}",
                    fecha_ics(fin + Duration::days(1))
                ));
            }
        }
        let mut nombre = a.nombre_o_id();
        if con_dependencia && !agenda.dependencia.nombre.trim().is_empty() {
            nombre = format!("{}: {nombre}", agenda.dependencia.nombre.trim());
        }
        lineas.push(format!("SUMMARY:{}", escapar(&nombre)));
        let (lugar, enlace) = lugar_o_enlace(a);
        if let Some(lugar) = lugar {
            lineas.push(format!("LOCATION:{}", escapar(&lugar)));
        }
        if let Some(enlace) =
            enlace.filter(|e| e.starts_with("http://") || e.starts_with("https://"))
        {
            lineas.push(format!("URL:{}", enlace.replace(['\r', '\n'], "")));
        }
        let texto = descripcion(a);
        if !texto.is_empty() {
            lineas.push(format!("DESCRIPTION:{}", escapar(&texto)));
        }
        lineas.push("CATEGORIES:Rendición de cuentas".into());
        let estado = if a.estado == Some(EstadoActividad::Cancelada) {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        lineas.push(format!("STATUS:{estado}"));
        lineas.push("END:VEVENT".into());
    }
}

/// "agenda-rdc-2027-secretaria-de-salud.ics".
pub fn nombre_archivo_ics(agenda: &Agenda, anio_cierre: i32) -> String {
    let dependencia = slug(&agenda.dependencia.nombre);
    let dependencia = if dependencia.is_empty() {
        "dependencia".to_string()
    } else {
        dependencia
    };
    format!("agenda-rdc-{anio_cierre}-{dependencia}.ics")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{ActividadId, AgendaId, Evento, Lugar};
    use crate::domain::vocab::{Elemento, EspacioDialogo};
    use chrono::{NaiveTime, TimeZone};

    fn foro() -> Agenda {
        let mut agenda = Agenda {
            id: AgendaId("AG-2027-SALUD".into()),
            ..Agenda::default()
        };
        agenda.dependencia.nombre = "Secretaría de Salud".into();
        agenda.actividades.push(Actividad {
            id: ActividadId("A05".into()),
            nombre: "Foro de salud mental; jóvenes, familias".into(),
            elemento: Some(Elemento::Dialogo),
            espacio_dialogo: Some(EspacioDialogo::Foro),
            modalidad: Some(Modalidad::Presencial),
            fecha_inicio: NaiveDate::from_ymd_opt(2027, 10, 14),
            fecha_fin: NaiveDate::from_ymd_opt(2027, 10, 14),
            evento: Some(Evento {
                lugar: Some(Lugar {
                    nombre: "Auditorio IE Técnica".into(),
                    direccion: "Cra 5 # 3-20".into(),
                    ..Lugar::default()
                }),
                hora_inicio: NaiveTime::from_hms_opt(8, 0, 0),
                duracion_min: Some(180),
                ..Evento::default()
            }),
            ..Actividad::default()
        });
        agenda
    }

    fn generar(agenda: &Agenda) -> String {
        calendario_ics(
            agenda,
            Utc.with_ymd_and_hms(2027, 10, 1, 14, 30, 5).unwrap(),
        )
    }

    #[test]
    fn an_in_person_event_has_bogota_times_its_address_and_a_stable_uid() {
        let ics = generar(&foro());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Bogota\r\n"));
        assert!(ics.contains("DTSTART;TZID=America/Bogota:20271014T080000\r\n"));
        assert!(ics.contains("DTEND;TZID=America/Bogota:20271014T110000\r\n"));
        assert!(ics.contains("UID:ag-2027-salud-a05@agenda-rdc\r\n"));
        assert!(ics.contains("SUMMARY:Foro de salud mental\\; jóvenes\\, familias\r\n"));
        assert!(ics.contains("LOCATION:Auditorio IE Técnica\\, Cra 5 # 3-20\r\n"));
        assert_eq!(generar(&foro()), ics, "the same agenda gives the same file");
    }

    #[test]
    fn a_virtual_event_carries_its_link_and_an_undated_time_is_all_day() {
        let mut agenda = foro();
        let a = &mut agenda.actividades[0];
        a.modalidad = Some(Modalidad::Virtual);
        let evento = a.evento.as_mut().unwrap();
        evento.enlace = "https://youtube.example/live/rdc".into();
        evento.hora_inicio = None;
        let ics = generar(&agenda);
        assert!(ics.contains("LOCATION:https://youtube.example/live/rdc\r\n"));
        assert!(ics.contains("URL:https://youtube.example/live/rdc\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20271014\r\nDTEND;VALUE=DATE:20271015\r\n"));
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
        let mut agenda = foro();
        agenda.actividades[0].descripcion = "ñ".repeat(200);
        let ics = generar(&agenda);
        for linea in ics.split("\r\n") {
            assert!(linea.len() <= 75, "{} octets: {linea}", linea.len());
        }
        let desplegado = ics.replace("\r\n ", "");
        assert!(desplegado.contains(&"ñ".repeat(200)));
    }

    #[test]
    fn only_dated_dialogue_events_are_exported() {
        let mut agenda = foro();
        agenda.actividades.push(Actividad {
            id: ActividadId("A06".into()),
            elemento: Some(Elemento::Dialogo),
            ..Actividad::default()
        });
        agenda.actividades.push(Actividad {
            id: ActividadId("A07".into()),
            elemento: Some(Elemento::Informacion),
            fecha_inicio: NaiveDate::from_ymd_opt(2027, 10, 1),
            ..Actividad::default()
        });
        assert_eq!(generar(&agenda).matches("BEGIN:VEVENT").count(), 1);
    }
}
