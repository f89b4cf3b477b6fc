//! The JSON Schema of the exported file and of `config.json`, generated from the Rust types
//! and published by the app under `schema/`.

use super::config::ArchivoConfiguracion;
use super::format::{Envelope, SCHEMA_VERSION};

/// Where the app serves the agenda schema, relative to its root.
pub fn agenda_schema_path() -> String {
    format!("schema/agenda-rdc-v{SCHEMA_VERSION}.schema.json")
}

pub const CONFIG_SCHEMA_PATH: &str = "schema/config.schema.json";

pub fn agenda_schema_json() -> String {
    let mut schema = schemars::schema_for!(Envelope);
    schema.insert(
        "$id".into(),
        format!("https://agenda-rdc.invalid/{}", agenda_schema_path()).into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

pub fn config_schema_json() -> String {
    let mut schema = schemars::schema_for!(ArchivoConfiguracion);
    schema.insert(
        "title".into(),
        "Configuración del municipio (config.json)".into(),
    );
    schema.insert(
        "$id".into(),
        format!("https://agenda-rdc.invalid/{CONFIG_SCHEMA_PATH}").into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}
