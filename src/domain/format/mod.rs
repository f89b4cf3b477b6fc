//! The JSON file an office submits: a versioned envelope around the agenda with a SHA-256 of
//! the agenda, so Planeación can tell a file edited by hand or cut short.
//!
//! The checksum is computed over the `agenda` value written canonically: keys sorted at every
//! level, no spaces, UTF-8, numbers as written. In Python that is
//! `json.dumps(agenda, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::model::{Agenda, Periodo};
use super::text::slug;
use super::vocab::EstadoAgenda;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

mod codificacion;
mod import;
mod import_error;
pub mod lector;
mod migration;

pub use codificacion::*;
pub use import::*;
pub use import_error::*;
pub use migration::*;

/// The `formato` value of every file this app writes.
pub const FORMAT_NAME: &str = "agenda-rendicion-cuentas";
/// The schema version this build writes. Older files are migrated on import.
pub const SCHEMA_VERSION: u32 = 1;
/// Files above this size are refused before parsing.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
pub const GENERATOR_NAME: &str = "Agenda de Rendición de Cuentas";
pub const GENERATOR_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Generador {
    pub nombre: String,
    pub version: String,
}

/// The exported file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    schemars(
        title = "Agenda de Rendición de Cuentas sectorial",
        description = "Archivo que una dependencia envía a la Secretaría de Planeación."
    )
)]
pub struct Envelope {
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(extend("const" = FORMAT_NAME), description = "Siempre «agenda-rendicion-cuentas».")
    )]
    pub formato: String,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(
            range(min = 1),
            description = "Versión del formato; la aplicación migra las anteriores."
        )
    )]
    pub version_esquema: u32,
    pub generador: Generador,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(description = "Fecha y hora en que se generó el archivo (RFC 3339, UTC).")
    )]
    #[serde(deserialize_with = "crate::domain::calendar::de::instante")]
    pub generado_en: DateTime<Utc>,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(
            description = "true si es una copia de trabajo y no la versión para enviar a Planeación."
        )
    )]
    pub copia_de_trabajo: bool,
    pub agenda: Agenda,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(
            regex(pattern = r"^[0-9a-fA-F]{64}$"),
            description = "SHA-256 en hexadecimal del objeto «agenda» en forma canónica: claves ordenadas en todos los niveles, sin espacios, UTF-8."
        )
    )]
    pub sha256_agenda: String,
}

/// Writes `valor` with keys sorted at every level and no whitespace.
pub fn canonical_json(valor: &Value) -> String {
    let mut salida = String::new();
    escribir_canonico(valor, &mut salida);
    salida
}

fn escribir_canonico(valor: &Value, salida: &mut String) {
    match valor {
        Value::Object(mapa) => {
            let mut claves: Vec<&String> = mapa.keys().collect();
            super::orden::ordenar(&mut claves);
            salida.push('{');
            for (n, clave) in claves.into_iter().enumerate() {
                if n > 0 {
                    salida.push(',');
                }
                salida.push_str(&Value::String(clave.clone()).to_string());
                salida.push(':');
                escribir_canonico(&mapa[clave], salida);
            }
            salida.push('}');
        }
        Value::Array(items) => {
            salida.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    salida.push(',');
                }
                escribir_canonico(item, salida);
            }
            salida.push(']');
        }
        otro => salida.push_str(&otro.to_string()),
    }
}

pub fn sha256_hex(texto: &str) -> String {
    Sha256::digest(texto.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// SHA-256 of the canonical form of an agenda value.
pub fn checksum_of(agenda: &Value) -> String {
    sha256_hex(&canonical_json(agenda))
}

/// The agenda as a JSON value, for the file and its checksum. It is read back from the
/// agenda's text: the model has one serialisation, to text, which storage writes at every pause
/// in typing; a second one straight to a value doubled that code in the browser (+14 KB).
pub fn agenda_to_value(agenda: &Agenda) -> Value {
    serde_json::from_str(&serde_json::to_string(agenda).expect("an agenda always serialises"))
        .expect("an agenda's text is JSON")
}

/// The file's text, indented so a person can read it. The envelope is written in the order of
/// [`Envelope`]'s fields and the agenda in the model's order (JSON values keep insertion
/// order), all through the one `Value` serialisation that the checksum and storage use too.
pub fn export_agenda(
    agenda: &Agenda,
    generado_en: DateTime<Utc>,
    copia_de_trabajo: bool,
) -> String {
    let valor = agenda_to_value(agenda);
    let sha256 = checksum_of(&valor);
    let mut generador = serde_json::Map::new();
    generador.insert("nombre".into(), GENERATOR_NAME.into());
    generador.insert("version".into(), GENERATOR_VERSION.into());
    let mut sobre = serde_json::Map::new();
    sobre.insert("formato".into(), FORMAT_NAME.into());
    sobre.insert("version_esquema".into(), SCHEMA_VERSION.into());
    sobre.insert("generador".into(), Value::Object(generador));
    sobre.insert(
        "generado_en".into(),
        generado_en
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            .into(),
    );
    sobre.insert("copia_de_trabajo".into(), copia_de_trabajo.into());
    sobre.insert("agenda".into(), valor);
    sobre.insert("sha256_agenda".into(), sha256.into());
    serde_json::to_string_pretty(&Value::Object(sobre)).expect("a JSON value always serialises")
}

/// The agenda as a downloaded file carries it: marked sent or draft, and with `periodo` (the
/// term of the closing year the site prepares) when it names no term yet, so whoever reads the
/// file, Planeación's checker among them, never has to guess its year from the activities.
pub fn agenda_para_archivo(agenda: &Agenda, periodo: Periodo, copia_de_trabajo: bool) -> Agenda {
    let mut archivo = agenda.clone();
    archivo.estado = Some(if copia_de_trabajo {
        EstadoAgenda::Borrador
    } else {
        EstadoAgenda::Enviada
    });
    archivo.periodo_gobierno.get_or_insert(periodo);
    archivo
}

/// "agenda-rdc-2027-secretaria-de-salud.json"; working copies say so in the name.
pub fn export_file_name(agenda: &Agenda, anio_cierre: i32, copia_de_trabajo: bool) -> String {
    let dependencia = slug(&agenda.dependencia.nombre);
    let dependencia = if dependencia.is_empty() {
        "dependencia".to_string()
    } else {
        dependencia
    };
    let sufijo = if copia_de_trabajo {
        "-copia-de-trabajo"
    } else {
        ""
    };
    format!("agenda-rdc-{anio_cierre}-{dependencia}{sufijo}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_keys_at_every_level_and_drops_spaces() {
        let v = json!({"b": 1, "a": {"z": [3, {"y": "ñ", "x": null}], "c": true}});
        assert_eq!(
            canonical_json(&v),
            r#"{"a":{"c":true,"z":[3,{"x":null,"y":"ñ"}]},"b":1}"#
        );
    }

    #[test]
    fn sha256_of_a_known_text() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_file_name_carries_year_and_office() {
        let mut agenda = Agenda::default();
        agenda.dependencia.nombre = "Secretaría de Salud".into();
        assert_eq!(
            export_file_name(&agenda, 2027, false),
            "agenda-rdc-2027-secretaria-de-salud.json"
        );
        assert_eq!(
            export_file_name(&agenda, 2027, true),
            "agenda-rdc-2027-secretaria-de-salud-copia-de-trabajo.json"
        );
    }
}
