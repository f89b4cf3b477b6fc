//! Reading a file back: an exported envelope, a bare agenda or the reference layout
//! `{config, agenda}`, checked, migrated and refused with a Spanish reason when unusable.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{
    checksum_of, migrate, traducir_error_serde, ImportError, Migration, FORMAT_NAME,
    MAX_FILE_BYTES, MIGRATIONS, SCHEMA_VERSION,
};
use crate::domain::config::ArchivoConfiguracion;
use crate::domain::model::Agenda;

/// Whether the checksum in the file matches its agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    Verified,
    /// The agenda was changed after the file was written, or the checksum was.
    Altered {
        declared: String,
        computed: String,
    },
    /// A file without envelope or checksum (hand-written, or the reference layout `{config, agenda}`).
    NoChecksum,
}

/// What came out of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub agenda: Agenda,
    pub copia_de_trabajo: bool,
    pub generado_en: Option<DateTime<Utc>>,
    /// The schema version the file was written in, before migration.
    pub version_origen: u32,
    pub integrity: Integrity,
    /// Settings carried by a file in the reference layout `{ "config": …, "agenda": … }`.
    pub configuracion: Option<ArchivoConfiguracion>,
}

/// Reads an exported file (or a bare agenda, or the reference layout `{config, agenda}`),
/// refusing with a Spanish reason whatever is not a usable agenda.
pub fn import_agenda(texto: &str) -> Result<Imported, ImportError> {
    import_with(texto, SCHEMA_VERSION, MIGRATIONS)
}

/// [`import_agenda`] with an explicit current version and migration chain, for tests.
pub fn import_with(
    texto: &str,
    version_actual: u32,
    migrations: &[Migration],
) -> Result<Imported, ImportError> {
    if texto.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: texto.len() });
    }
    let texto = texto.trim_start_matches('\u{feff}');
    if texto.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let raiz: Value = serde_json::from_str(texto).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
    })?;
    let Value::Object(mut raiz) = raiz else {
        return Err(ImportError::NotThisFormat { found: None });
    };

    if let Some(formato) = raiz.get("formato") {
        if formato.as_str() != Some(FORMAT_NAME) {
            let found = formato
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| formato.to_string());
            return Err(ImportError::NotThisFormat { found: Some(found) });
        }
        let version = match raiz.get("version_esquema").and_then(Value::as_u64) {
            Some(v) if v > version_actual as u64 => {
                return Err(ImportError::NewerVersion { version: v })
            }
            Some(v) if v >= 1 => v as u32,
            _ => return Err(ImportError::UnknownVersion),
        };
        let agenda_original = raiz.remove("agenda").ok_or(ImportError::InvalidValue {
            path: "agenda".into(),
            detail: "falta la agenda".into(),
            actividad: None,
        })?;
        let integrity = match raiz.get("sha256_agenda").and_then(Value::as_str) {
            None => Integrity::NoChecksum,
            Some(declarada) => {
                let calculada = checksum_of(&agenda_original);
                if declarada.eq_ignore_ascii_case(&calculada) {
                    Integrity::Verified
                } else {
                    Integrity::Altered {
                        declared: declarada.to_string(),
                        computed: calculada,
                    }
                }
            }
        };
        let mut documento = serde_json::Map::new();
        documento.insert("agenda".into(), agenda_original);
        let mut documento = migrate(
            Value::Object(documento),
            version,
            version_actual,
            migrations,
        )?;
        let agenda = agenda_from_value(
            documento
                .get_mut("agenda")
                .map(Value::take)
                .unwrap_or(Value::Null),
            "agenda",
        )?;
        let copia_de_trabajo = raiz
            .get("copia_de_trabajo")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let generado_en = raiz
            .get("generado_en")
            .and_then(Value::as_str)
            .and_then(crate::domain::calendar::leer_instante);
        return Ok(Imported {
            agenda,
            copia_de_trabajo,
            generado_en,
            version_origen: version,
            integrity,
            configuracion: None,
        });
    }

    // The reference layout of domain.md §7, or a bare agenda.
    let (agenda_valor, ruta, configuracion) = match raiz.remove("agenda") {
        Some(agenda @ Value::Object(_)) => {
            let configuracion = match raiz.remove("config") {
                Some(c) => Some(desde_valor::<ArchivoConfiguracion>(&c, "config")?),
                None => None,
            };
            (agenda, "agenda", configuracion)
        }
        Some(_) => return Err(ImportError::NotThisFormat { found: None }),
        None if raiz.contains_key("actividades") || raiz.contains_key("dependencia") => {
            (Value::Object(raiz), "", None)
        }
        // The site's settings chosen by mistake: say what the file is, not only what it is not.
        None if !raiz.is_empty()
            && desde_valor::<ArchivoConfiguracion>(&Value::Object(raiz), "").is_ok() =>
        {
            return Err(ImportError::EsConfiguracion)
        }
        None => return Err(ImportError::NotThisFormat { found: None }),
    };
    let agenda = agenda_from_value(agenda_valor, ruta)?;
    Ok(Imported {
        agenda,
        copia_de_trabajo: false,
        generado_en: None,
        version_origen: version_actual,
        integrity: Integrity::NoChecksum,
        configuracion,
    })
}

/// Drops object members that are `null`: a hand-written "responsable": null means the same as
/// leaving it out, and the rules, not the parser, should say it is missing. In place: building
/// every object anew hashed each member's name again (~8 ms at CPU 4× for a 60-activity draft
/// read at start).
fn quitar_nulos(valor: &mut Value) {
    match valor {
        Value::Object(mapa) => {
            mapa.retain(|_, v| !v.is_null());
            mapa.values_mut().for_each(quitar_nulos);
        }
        Value::Array(items) => items.iter_mut().for_each(quitar_nulos),
        _ => {}
    }
}

/// Reads an agenda value, naming the path (under `ruta`) of any invalid member.
pub fn agenda_from_value(mut valor: Value, ruta: &str) -> Result<Agenda, ImportError> {
    quitar_nulos(&mut valor);
    if !valor.is_object() {
        return Err(ImportError::InvalidValue {
            path: if ruta.is_empty() {
                "agenda".into()
            } else {
                ruta.into()
            },
            detail: "se esperaba un objeto con la agenda".into(),
            actividad: None,
        });
    }
    let agenda: Agenda =
        desde_valor(&valor, ruta).map_err(|e| nombrar_actividad(e, &valor, ruta))?;
    identificadores_unicos(&agenda, ruta)?;
    Ok(agenda)
}

/// Adds the activity an invalid member belongs to, by its id and name: "actividades[4]" counts
/// from zero, and a person looks for an activity by what it is called.
fn nombrar_actividad(error: ImportError, agenda: &Value, ruta: &str) -> ImportError {
    let ImportError::InvalidValue {
        path,
        detail,
        actividad: None,
    } = error
    else {
        return error;
    };
    let prefijo = bajo(ruta, "actividades[");
    let indice = path
        .strip_prefix(&prefijo)
        .and_then(|resto| resto.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    let Some(i) = indice else {
        return ImportError::InvalidValue {
            path,
            detail,
            actividad: None,
        };
    };
    let texto = |clave: &str| {
        agenda["actividades"][i]
            .get(clave)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    let actividad = match (texto("id"), texto("nombre")) {
        (Some(id), Some(nombre)) => format!("la actividad {id} «{nombre}»"),
        (Some(id), None) => format!("la actividad {id}"),
        (None, Some(nombre)) => format!("la actividad «{nombre}»"),
        (None, None) => format!("la actividad n.º {} de la lista", i + 1),
    };
    ImportError::InvalidValue {
        path,
        detail,
        actividad: Some(actividad),
    }
}

/// Activities are edited, related and justified by id, so a file where two share one (or one
/// has none) would have an edit of one land on the other.
fn identificadores_unicos(agenda: &Agenda, ruta: &str) -> Result<(), ImportError> {
    let mut vistos = std::collections::HashMap::with_capacity(agenda.actividades.len());
    for (i, actividad) in agenda.actividades.iter().enumerate() {
        let id = actividad.id.0.trim();
        let detail = if id.is_empty() {
            "la actividad no tiene identificador".to_string()
        } else if let Some(primera) = vistos.insert(id, i) {
            format!("«{id}» ya es el identificador de actividades[{primera}]; cada actividad necesita uno propio")
        } else {
            continue;
        };
        return Err(ImportError::InvalidValue {
            path: bajo(ruta, &format!("actividades[{i}].id")),
            detail,
            actividad: None,
        });
    }
    Ok(())
}

/// `miembro` under `prefijo` ("agenda" + "actividades[2].id"), or alone at the root.
fn bajo(prefijo: &str, miembro: &str) -> String {
    if prefijo.is_empty() {
        miembro.to_string()
    } else {
        format!("{prefijo}.{miembro}")
    }
}

/// Deserialises from a JSON value, naming the path (under `prefijo`) of the first member that
/// does not read.
pub fn desde_valor<T: serde::de::DeserializeOwned>(
    valor: &Value,
    prefijo: &str,
) -> Result<T, ImportError> {
    super::lector::leer(valor).map_err(|e| {
        let interior = e.ruta.unwrap_or_default();
        ImportError::InvalidValue {
            path: match (interior.as_str(), prefijo) {
                ("", "") => "(raíz)".to_string(),
                ("", _) => prefijo.to_string(),
                _ => bajo(prefijo, &interior),
            },
            detail: traducir_error_serde(&e.mensaje),
            actividad: None,
        }
    })
}
