//! `agenda-check` as Planeación runs it: files and folders in, Spanish findings and exit codes out.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::ffi::OsStr;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use agenda_rdc::domain::format::{export_agenda, texto_de_archivo};
use chrono::{Datelike, TimeZone, Utc};
use common::{act, muestra};

/// A folder of its own for one test, removed with everything in it when the test ends.
struct CarpetaTemporal(PathBuf);

impl Deref for CarpetaTemporal {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<OsStr> for CarpetaTemporal {
    fn as_ref(&self) -> &OsStr {
        self.0.as_os_str()
    }
}

impl Drop for CarpetaTemporal {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn carpeta_temporal() -> CarpetaTemporal {
    static N: AtomicUsize = AtomicUsize::new(0);
    let ruta = std::env::temp_dir().join(format!(
        "agenda-check-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&ruta).unwrap();
    CarpetaTemporal(ruta)
}

fn ejecutar(args: &[&Path]) -> (i32, String) {
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .args(args)
        .output()
        .unwrap();
    let texto =
        String::from_utf8(salida.stdout).unwrap() + &String::from_utf8(salida.stderr).unwrap();
    (salida.status.code().unwrap(), texto)
}

fn escribir(carpeta: &Path, nombre: &str, texto: &str) -> PathBuf {
    let ruta = carpeta.join(nombre);
    std::fs::write(&ruta, texto).unwrap();
    ruta
}

/// agenda-check on one file with the municipality's settings.
fn con_config(config: &Path, ruta: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--config")
        .arg(config)
        .arg(ruta)
        .output()
        .unwrap()
}

fn exportar_valida() -> String {
    let (agenda, _) = muestra();
    export_agenda(
        &agenda,
        Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap(),
        false,
    )
}

fn exportar_con_error() -> String {
    let (mut agenda, _) = muestra();
    act(&mut agenda, "A05").responsable.nombre.clear();
    export_agenda(
        &agenda,
        Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap(),
        false,
    )
}

#[test]
fn a_valid_export_passes_with_exit_code_zero() {
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "salud.json", &exportar_valida());
    let (codigo, salida) = ejecutar(&[&ruta]);
    assert_eq!(codigo, 0, "{salida}");
    assert!(
        salida.contains("Secretaría de Salud — 0 errores, 0 advertencias, 0 informativos"),
        "{salida}"
    );
}

#[test]
fn a_flawed_agenda_prints_the_rule_path_and_message_and_exits_one() {
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "salud.json", &exportar_con_error());
    let (codigo, salida) = ejecutar(&[&ruta]);
    assert_eq!(codigo, 1, "{salida}");
    assert!(
        salida.contains("[ERROR] V-EST-01 actividades[4].responsable.nombre"),
        "{salida}"
    );
    assert!(
        salida.contains("no tiene el nombre de la persona responsable"),
        "{salida}"
    );
    assert!(salida.contains("Fuente: MURC"), "{salida}");
}

#[test]
fn a_hand_edited_file_fails_its_checksum() {
    let dir = carpeta_temporal();
    let editado = exportar_valida().replacen("Foro de salud mental juvenil", "Foro cambiado", 1);
    let ruta = escribir(&dir, "editado.json", &editado);
    let (codigo, salida) = ejecutar(&[&ruta]);
    assert_eq!(codigo, 1, "{salida}");
    assert!(
        salida.contains("[ERROR] ARCHIVO") && salida.contains("SHA-256"),
        "{salida}"
    );
}

#[test]
fn an_export_saved_again_in_windows_1252_reads_as_written_and_says_so() {
    // As Notepad saves it in «ANSI»: each character as its one Windows-1252 byte (the table
    // read back from the decoder, whose own tests check it byte by byte).
    let tabla: Vec<char> = texto_de_archivo(&(1..=255).collect::<Vec<u8>>())
        .unwrap()
        .texto
        .chars()
        .collect();
    let ansi: Vec<u8> = exportar_valida()
        .chars()
        .map(|c| {
            let posicion = tabla.iter().position(|&t| t == c);
            u8::try_from(posicion.expect("a character Windows-1252 has") + 1).unwrap()
        })
        .collect();
    assert!(
        std::str::from_utf8(&ansi).is_err(),
        "the file must not be UTF-8"
    );
    let dir = carpeta_temporal();
    let ruta = dir.join("salud-ansi.json");
    std::fs::write(&ruta, ansi).unwrap();
    let (codigo, salida) = ejecutar(&[&ruta]);
    // The checksum matches: every accent came back as it was written.
    assert_eq!(codigo, 0, "{salida}");
    assert!(
        salida.contains("Secretaría de Salud — 0 errores"),
        "{salida}"
    );
    assert!(salida.contains("se leyó como Windows-1252"), "{salida}");

    // A document chosen by mistake is named as such.
    let ruta = dir.join("informe.json");
    std::fs::write(&ruta, b"PK\x03\x04\x14\x00\x06\x00").unwrap();
    let (codigo, salida) = ejecutar(&[&ruta]);
    assert_eq!(codigo, 2, "{salida}");
    assert!(salida.contains("no es texto"), "{salida}");
}

#[test]
fn a_folder_is_walked_and_an_unreadable_file_gives_exit_code_two() {
    let dir = carpeta_temporal();
    escribir(&dir, "a-valida.json", &exportar_valida());
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    escribir(&dir.join("sub"), "b-con-error.json", &exportar_con_error());
    escribir(&dir, "notas.txt", "no es json y no se revisa");
    let (codigo, salida) = ejecutar(&[&dir]);
    assert_eq!(codigo, 1, "{salida}");
    assert!(
        salida.contains("Resumen: 2 archivos revisados, 1 con errores, 0 sin leer."),
        "{salida}"
    );

    escribir(&dir, "c-rota.json", "{\"formato\": ");
    let (codigo, salida) = ejecutar(&[&dir]);
    assert_eq!(codigo, 2, "{salida}");
    assert!(
        salida.contains("NO SE PUDO LEER") && salida.contains("incompleto"),
        "{salida}"
    );

    let (codigo, salida) = ejecutar(&[&dir.join("no-existe.json")]);
    assert_eq!(codigo, 2, "{salida}");
}

/// A working copy (or a hand-made file) can leave empty what «Descargar para enviar» requires:
/// each such field is an error with its path and step; one a rule reports is listed once.
#[test]
fn fields_the_wizard_requires_left_empty_are_errors_with_their_path() {
    let (mut agenda, _) = muestra();
    agenda.dependencia.nombre.clear();
    agenda.coordinacion_comunicaciones.oficina = "  ".into();
    act(&mut agenda, "A02").nombre.clear();
    act(&mut agenda, "A05").responsable.nombre.clear();
    let texto = export_agenda(
        &agenda,
        Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap(),
        true,
    );
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "copia.json", &texto);
    let (codigo, salida) = ejecutar(&[&ruta]);
    assert_eq!(codigo, 1, "{salida}");
    assert!(
        salida.contains("[ERROR] DATOS dependencia.nombre"),
        "{salida}"
    );
    assert!(
        salida.contains("Escriba el nombre de la dependencia"),
        "{salida}"
    );
    assert!(
        salida.contains("Fuente: Dato obligatorio del asistente, paso 1 (La dependencia)"),
        "{salida}"
    );

    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--json")
        .arg(&ruta)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    let errores: Vec<(String, String)> = v[0]["hallazgos"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["severidad"] == "error")
        .map(|h| {
            (
                h["regla_id"].as_str().unwrap().to_string(),
                h["ruta_campo"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let par = |r: &str, c: &str| (r.to_string(), c.to_string());
    assert_eq!(
        errores,
        [
            par("DATOS", "dependencia.nombre"),
            par("DATOS", "actividades[1].nombre"),
            par("DATOS", "coordinacion_comunicaciones.oficina"),
            par("V-EST-01", "actividades[4].responsable.nombre"),
        ]
    );
    assert_eq!(v[0]["resumen"]["errores"], 4);
}

#[test]
fn json_output_lists_each_file_with_its_findings() {
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "salud.json", &exportar_con_error());
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--json")
        .arg(&ruta)
        .output()
        .unwrap();
    assert_eq!(salida.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    assert_eq!(v[0]["estado"], "con_errores");
    assert_eq!(v[0]["resumen"]["errores"], 1);
    assert_eq!(v[0]["hallazgos"][0]["regla_id"], "V-EST-01");
    assert_eq!(v[0]["hallazgos"][0]["severidad"], "error");
    assert_eq!(
        v[0]["hallazgos"][0]["ruta_campo"],
        "actividades[4].responsable.nombre"
    );
}

#[test]
fn the_municipality_configuration_changes_thresholds_and_severities() {
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "salud.json", &exportar_valida());
    // With a 40-day prior-report threshold the sample's audiencia (35 days) becomes an error.
    let config = escribir(
        &dir,
        "config.json",
        r#"{"anio_cierre": 2027, "umbrales": {"dias_publicacion_previa": 40}}"#,
    );
    let salida = con_config(&config, &ruta);
    let texto = String::from_utf8_lossy(&salida.stdout);
    assert_eq!(salida.status.code(), Some(1), "{texto}");
    assert!(texto.contains("V-TIM-03"), "{texto}");

    let mala = escribir(&dir, "mala.json", r#"{"anio_cierre": "dos mil"}"#);
    let salida = con_config(&mala, &ruta);
    assert_eq!(salida.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&salida.stderr).contains("config.json no se puede usar"));
}

/// With the offices listed in config.json, the report ends with who has not sent theirs and
/// which files name an office the list does not have.
#[test]
fn the_report_says_which_listed_offices_are_missing() {
    let dir = carpeta_temporal();
    escribir(&dir, "salud.json", &exportar_valida());
    let (mut otra, _) = muestra();
    otra.id = agenda_rdc::domain::model::AgendaId("AG-EDU".into());
    otra.dependencia.nombre = "Secretaria de Educacion Municipal".into();
    escribir(
        &dir,
        "educacion.json",
        &export_agenda(
            &otra,
            Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap(),
            false,
        ),
    );
    // Outside the folder of received files, which agenda-check reads whole.
    let fuera = carpeta_temporal();
    let config = escribir(
        &fuera,
        "config.json",
        r#"{"anio_cierre": 2027, "dependencias": ["secretaría de salud", "Secretaría de Educación", "IMDER"],
            "entrega": {"fecha_limite": "2020-03-16"}}"#,
    );
    let salida = con_config(&config, &dir);
    let texto = String::from_utf8_lossy(&salida.stdout);
    let entregas = texto
        .split_once("Entregas: ")
        .map(|(_, e)| e)
        .unwrap_or_else(|| panic!("no section of deliveries: {texto}"));
    assert!(
        entregas.starts_with(
            "Ha entregado 1 de 3 dependencias.\n  Faltan: Secretaría de Educación; IMDER.\n"
        ),
        "{entregas}"
    );
    assert!(
        entregas.contains("  El plazo de entrega venció el lunes 16 de marzo de 2020.\n")
            && entregas.contains("No está en la lista: Secretaria de Educacion Municipal (")
            && entregas.contains("educacion.json)"),
        "{entregas}"
    );

    // The same, for a program.
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--config")
        .arg(&config)
        .arg("--json")
        .arg(&dir)
        .output()
        .unwrap();
    let informe: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    assert_eq!(informe["revisiones"].as_array().map(Vec::len), Some(2));
    let e = &informe["entregas"];
    assert_eq!(e["resumen"], "Ha entregado 1 de 3 dependencias.");
    assert_eq!(
        (e["esperadas"].as_u64(), e["entregadas"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(
        e["faltan"],
        serde_json::json!(["Secretaría de Educación", "IMDER"])
    );
    assert_eq!(
        e["fuera_de_lista"][0]["dependencia"],
        "Secretaria de Educacion Municipal"
    );
    assert!(
        e["fuera_de_lista"][0]["archivo"]
            .as_str()
            .is_some_and(|a| a.ends_with("educacion.json")),
        "{e}"
    );
    assert_eq!(
        e["plazo"],
        "El plazo de entrega venció el lunes 16 de marzo de 2020."
    );
    // Without the list of offices, the bare list of reviews as before.
    let otra = carpeta_temporal();
    let sin_lista = escribir(&otra, "config.json", r#"{"anio_cierre": 2027}"#);
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--config")
        .arg(&sin_lista)
        .arg("--json")
        .arg(&dir)
        .output()
        .unwrap();
    let informe: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    assert_eq!(informe.as_array().map(Vec::len), Some(2), "{informe}");

    // Salud starts over on another computer and sends a second agenda: both count, and it is said.
    let (mut de_nuevo, _) = muestra();
    de_nuevo.id = agenda_rdc::domain::model::AgendaId("AG-SALUD-OTRA".into());
    escribir(
        &dir,
        "salud-nueva.json",
        &export_agenda(
            &de_nuevo,
            Utc.with_ymd_and_hms(2027, 10, 2, 12, 0, 0).unwrap(),
            false,
        ),
    );
    let texto = String::from_utf8_lossy(&con_config(&config, &dir).stdout).into_owned();
    let varias = texto
        .split_once("Dependencias con más de una agenda")
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no offices with several agendas: {texto}"));
    let linea = varias.lines().nth(1).unwrap_or_default();
    // The same state as a spreadsheet: every listed office, then the unlisted file.
    let para_la_hoja = carpeta_temporal();
    let hoja = para_la_hoja.join("entregas.csv");
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--config")
        .arg(&config)
        .arg("--entregas")
        .arg(&hoja)
        .arg(&dir)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&salida.stderr).contains("Estado de las entregas escrito en"));
    let hoja = std::fs::read_to_string(hoja).unwrap();
    let estados: Vec<String> = hoja
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .map(|f| f.split(';').take(3).collect::<Vec<_>>().join(";"))
        .collect();
    assert_eq!(
        estados,
        [
            "Secretaría de Salud;Sí;Lista para publicar",
            "Secretaría de Salud;Sí;Lista para publicar",
            "Secretaría de Educación;Sí;Falta por entregar",
            "IMDER;Sí;Falta por entregar",
            "Secretaria de Educacion Municipal;No;Lista para publicar",
        ]
    );
    assert!(
        linea.starts_with("  Secretaría de Salud: ")
            && linea.contains("salud.json")
            && linea.contains("salud-nueva.json"),
        "{varias}"
    );
}

/// Settings for another closing year than the file's term: said first, as an error of the file.
#[test]
fn a_file_of_another_term_than_the_settings_is_an_error() {
    let dir = carpeta_temporal();
    let ruta = escribir(&dir, "salud.json", &exportar_valida());
    let config = escribir(&dir, "config.json", r#"{"anio_cierre": 2031}"#);
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--json")
        .arg("--config")
        .arg(&config)
        .arg(&ruta)
        .output()
        .unwrap();
    assert_eq!(salida.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    let periodo = v[0]["hallazgos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["chequeo"] == "periodo")
        .expect("the term is reported");
    assert_eq!(periodo["regla_id"], "ARCHIVO");
    assert_eq!(periodo["severidad"], "error");
    assert!(periodo["mensaje"].as_str().unwrap().starts_with(
        "La agenda es del período de gobierno 2024–2027 y la configuración es del cierre de 2031"
    ));

    // The same file with the settings of its own year has no such finding.
    let config = escribir(&dir, "config.json", r#"{"anio_cierre": 2027}"#);
    let salida = con_config(&config, &ruta);
    assert_eq!(
        salida.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&salida.stdout)
    );
}

#[test]
fn without_arguments_it_explains_itself() {
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .output()
        .unwrap();
    assert_eq!(salida.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&salida.stderr).contains("indique al menos un archivo"));
    let ayuda = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(ayuda.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ayuda.stdout).contains("Código de salida"));
}

#[test]
fn without_term_or_settings_the_year_comes_from_the_activities() {
    // A 2023 agenda with no term: the 2023 windows apply, so an audiencia on 30 Nov 2023 is in time.
    let dir = carpeta_temporal();
    let (mut agenda, _) = muestra();
    agenda.periodo_gobierno = None;
    for a in agenda.actividades.iter_mut() {
        a.fecha_inicio = a.fecha_inicio.map(|f| f.with_year(2023).unwrap());
        a.fecha_fin = a.fecha_fin.map(|f| {
            f.with_year(if f.year() == 2028 { 2024 } else { 2023 })
                .unwrap()
        });
    }
    let texto = serde_json::to_string(&agenda).unwrap();
    let ruta = escribir(&dir, "2023.json", &texto);
    let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
        .arg("--json")
        .arg(&ruta)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&salida.stdout).unwrap();
    assert_eq!(v[0]["anio_cierre"], 2023);
    let reglas: Vec<&str> = v[0]["hallazgos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["regla_id"].as_str().unwrap())
        .collect();
    assert!(!reglas.contains(&"V-TIM-10"), "{reglas:?}");
    assert!(!reglas.contains(&"V-TIM-01"), "{reglas:?}");
}

/// The sample and a second office whose hearing shares the sample's room and morning.
fn dos_dependencias(dir: &Path) -> (PathBuf, PathBuf) {
    let hora = Utc.with_ymd_and_hms(2027, 10, 1, 12, 0, 0).unwrap();
    let salud = escribir(dir, "salud.json", &exportar_valida());
    let (mut cultura, _) = muestra();
    cultura.id.0 = "AG-2027-CULTURA".into();
    cultura.dependencia.nombre = "Secretaría de Cultura".into();
    let a08 = act(&mut cultura, "A08");
    a08.nombre = "Conversatorio de cultura".into();
    a08.evento.as_mut().unwrap().hora_inicio = chrono::NaiveTime::from_hms_opt(11, 0, 0);
    // A working copy of the same agenda sent earlier must not count twice.
    let copia = export_agenda(&cultura, hora - chrono::Duration::days(3), true);
    escribir(dir, "cultura-borrador.json", &copia);
    let cultura = escribir(dir, "cultura.json", &export_agenda(&cultura, hora, false));
    (salud, cultura)
}

#[test]
fn the_municipal_calendar_lists_every_space_and_the_ones_that_cross() {
    let dir = carpeta_temporal();
    dos_dependencias(&dir);
    let (_, salida) = ejecutar(&[Path::new("--consolidado"), &dir]);
    assert!(
        salida.contains("Calendario municipal: 10 espacios de diálogo de 2 dependencias."),
        "{salida}"
    );
    assert!(salida.contains(
        "  2027-11-19 11:00–14:30  Secretaría de Cultura — Conversatorio de cultura (Audiencia pública participativa, Mixta (presencial y virtual)) · Casa de la Cultura"
    ), "{salida}");
    assert!(salida.contains(
        "viernes 19 de noviembre de 2027: «Audiencia pública participativa sectorial de salud» (Secretaría de Salud, 09:00–12:30) \
         y «Conversatorio de cultura» (Secretaría de Cultura, 11:00–14:30), en el mismo lugar (Casa de la Cultura)."
    ), "{salida}");
}

#[test]
fn the_municipal_calendar_in_json_and_as_one_ics_file() {
    let dir = carpeta_temporal();
    let (salud, cultura) = dos_dependencias(&dir);
    let ics = dir.join("municipal.ics");
    let csv = dir.join("municipal.csv");
    let (codigo, salida) = {
        let salida = Command::new(env!("CARGO_BIN_EXE_agenda-check"))
            .args([
                Path::new("--json"),
                Path::new("--consolidado"),
                Path::new("--calendario"),
                &ics,
                Path::new("--csv"),
                &csv,
                &salud,
                &cultura,
            ])
            .output()
            .unwrap();
        (
            salida.status.code().unwrap(),
            String::from_utf8(salida.stdout).unwrap(),
        )
    };
    assert_eq!(codigo, 0, "{salida}");
    let v: serde_json::Value = serde_json::from_str(&salida).unwrap();
    assert_eq!(v["revisiones"].as_array().unwrap().len(), 2);
    let c = &v["consolidado"];
    assert_eq!(c["dependencias"], 2);
    let cruces: Vec<(String, String, bool)> = c["cruces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            let nombre = |i: &serde_json::Value| {
                c["espacios"][i.as_u64().unwrap() as usize]["nombre"]
                    .as_str()
                    .unwrap()
                    .to_string()
            };
            (
                nombre(&x["primero"]),
                nombre(&x["segundo"]),
                x["mismo_lugar"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        cruces.contains(&(
            "Audiencia pública participativa sectorial de salud".into(),
            "Conversatorio de cultura".into(),
            true
        )),
        "{cruces:?}"
    );
    let texto = std::fs::read_to_string(&ics).unwrap();
    assert_eq!(texto.matches("BEGIN:VEVENT").count(), 10);
    assert!(texto.contains("SUMMARY:Secretaría de Cultura: Conversatorio de cultura"));
    assert!(
        texto.contains("UID:ag-2027-cultura-a08@agenda-rdc"),
        "{texto}"
    );
    assert!(texto.ends_with("END:VCALENDAR\r\n"));
    let hoja = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(hoja.lines().count(), 11, "{hoja}");
    assert!(hoja.contains(
        "2027-11-19;11:00;14:30;Secretaría de Cultura;Conversatorio de cultura;Audiencia pública participativa;\
         Mixta (presencial y virtual);Casa de la Cultura;Audiencia pública participativa sectorial de salud (Secretaría de Salud)"
    ), "{hoja}");
}
