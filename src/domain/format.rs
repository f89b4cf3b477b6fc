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

use super::config::ArchivoConfiguracion;
use super::model::{Agenda, Periodo};
use super::text::slug;
use super::vocab::EstadoAgenda;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

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

/// The agenda as a JSON value, for the checksum and for storage.
pub fn agenda_to_value(agenda: &Agenda) -> Value {
    serde_json::to_value(agenda).expect("an agenda always serialises")
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

/// Why a file cannot be imported. Its `Display` is the Spanish message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        truncated: bool,
    },
    NotThisFormat {
        found: Option<String>,
    },
    NewerVersion {
        version: u64,
    },
    UnknownVersion,
    InvalidValue {
        path: String,
        detail: String,
    },
    Migration {
        from: u32,
        detail: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "El archivo está vacío. Elija el archivo .json que descargó de esta aplicación."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "El archivo pesa {} MB y el máximo es {} MB. Una agenda exportada pesa mucho menos: revise que eligió el archivo correcto.",
                super::text::con_decimales(*bytes as f64 / (1024.0 * 1024.0), 1).replace('.', ","),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            ImportError::NotJson { line, column, truncated: true } => write!(
                f,
                "El archivo está incompleto: se corta en la línea {line}, columna {column}. Puede que la descarga o la copia no terminara; \
                 descargue o pida de nuevo el archivo."
            ),
            ImportError::NotJson { line, column, .. } => write!(
                f,
                "El archivo no es un JSON válido (error en la línea {line}, columna {column}). Elija el archivo .json que descargó de esta aplicación."
            ),
            ImportError::NotThisFormat { found: Some(formato) } => write!(
                f,
                "El archivo es de otro formato («{formato}»), no una agenda de rendición de cuentas."
            ),
            ImportError::NotThisFormat { found: None } => write!(
                f,
                "El archivo es JSON, pero no es una agenda de rendición de cuentas de esta aplicación."
            ),
            ImportError::NewerVersion { version } => write!(
                f,
                "El archivo usa la versión {version} del formato y esta aplicación solo conoce hasta la versión {SCHEMA_VERSION}. \
                 Abra el archivo con la versión más reciente de la aplicación."
            ),
            ImportError::UnknownVersion => write!(f, "El archivo no indica una versión de formato válida («version_esquema»)."),
            ImportError::InvalidValue { path, detail } => {
                write!(f, "El archivo tiene un valor no válido en «{path}»: {detail}.")
            }
            ImportError::Migration { from, detail } => {
                write!(f, "No se pudo actualizar el archivo desde la versión {from} del formato: {detail}.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// A step that turns a file of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    pub apply: fn(Value) -> Result<Value, String>,
}

/// Migrations of the export and storage formats, oldest first. Version 1 is the first
/// published format, so none exist yet; a change to the format adds one here with its test.
pub static MIGRATIONS: &[Migration] = &[];

/// Brings a document of version `from` up to `to` through `migrations`.
pub fn migrate(
    mut documento: Value,
    from: u32,
    to: u32,
    migrations: &[Migration],
) -> Result<Value, ImportError> {
    for version in from..to {
        let paso = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or(ImportError::Migration {
                from: version,
                detail: "no hay una migración para esta versión".into(),
            })?;
        documento = (paso.apply)(documento).map_err(|detail| ImportError::Migration {
            from: version,
            detail,
        })?;
    }
    Ok(documento)
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
        let documento = migrate(
            Value::Object(documento),
            version,
            version_actual,
            migrations,
        )?;
        let agenda = agenda_from_value(
            documento.get("agenda").cloned().unwrap_or(Value::Null),
            "agenda",
        )?;
        let copia_de_trabajo = raiz
            .get("copia_de_trabajo")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let generado_en = raiz
            .get("generado_en")
            .and_then(Value::as_str)
            .and_then(super::calendar::leer_instante);
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
                Some(c) => Some(desde_valor::<ArchivoConfiguracion>(c, "config")?),
                None => None,
            };
            (agenda, "agenda", configuracion)
        }
        Some(_) => return Err(ImportError::NotThisFormat { found: None }),
        None if raiz.contains_key("actividades") || raiz.contains_key("dependencia") => {
            (Value::Object(raiz), "", None)
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
/// leaving it out, and the rules, not the parser, should say it is missing.
fn sin_nulos(valor: Value) -> Value {
    match valor {
        Value::Object(mapa) => Value::Object(
            mapa.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, sin_nulos(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(sin_nulos).collect()),
        otro => otro,
    }
}

/// Reads an agenda value, naming the path (under `ruta`) of any invalid member.
pub fn agenda_from_value(valor: Value, ruta: &str) -> Result<Agenda, ImportError> {
    let valor = sin_nulos(valor);
    if !valor.is_object() {
        return Err(ImportError::InvalidValue {
            path: if ruta.is_empty() {
                "agenda".into()
            } else {
                ruta.into()
            },
            detail: "se esperaba un objeto con la agenda".into(),
        });
    }
    let agenda: Agenda = desde_valor(valor, ruta)?;
    identificadores_unicos(&agenda, ruta)?;
    Ok(agenda)
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

/// Deserialises from a JSON value, naming the path of the first invalid member. The path
/// tracking is for `agenda-check` and the native tests; the browser build leaves it out
/// (it would double the size of every deserialiser) and finds the activity and the member
/// that do not read instead (the same path, one level deep).
#[cfg(not(target_arch = "wasm32"))]
pub fn desde_valor<T: serde::de::DeserializeOwned>(
    valor: Value,
    prefijo: &str,
) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(valor).map_err(|e| {
        let interior = e.path().to_string();
        // "." is serde_path_to_error's name for the value itself.
        let path = match interior.as_str() {
            "." if !prefijo.is_empty() => prefijo.to_string(),
            _ => bajo(prefijo, &interior),
        };
        ImportError::InvalidValue {
            path,
            detail: traducir_error_serde(&e.inner().to_string()),
        }
    })
}

#[cfg(target_arch = "wasm32")]
pub fn desde_valor<T: serde::de::DeserializeOwned>(
    valor: Value,
    prefijo: &str,
) -> Result<T, ImportError> {
    use serde::Deserialize;
    T::deserialize(&valor).map_err(|e| {
        // Name the first activity that does not read and its member, the part a person can
        // find in the file; otherwise the member of the whole that does not read.
        let actividad_invalida =
            valor
                .get("actividades")
                .and_then(Value::as_array)
                .and_then(|actividades| {
                    actividades
                        .iter()
                        .enumerate()
                        .find(|(_, a)| super::model::Actividad::deserialize(*a).is_err())
                });
        let path = match actividad_invalida {
            Some((i, actividad)) => {
                let mut path = bajo(prefijo, &format!("actividades[{i}]"));
                if let Some(miembro) = miembro_invalido::<super::model::Actividad>(actividad) {
                    path = format!("{path}.{miembro}");
                }
                path
            }
            None => match miembro_invalido::<T>(&valor) {
                Some(miembro) => bajo(prefijo, &miembro),
                None if prefijo.is_empty() => "(raíz)".to_string(),
                None => prefijo.to_string(),
            },
        };
        ImportError::InvalidValue {
            path,
            detail: traducir_error_serde(&e.to_string()),
        }
    })
}

/// The member of an object without which it reads: the one that is wrong. Every member has a
/// default, so this names the field in the browser build, which carries no path tracking.
#[cfg(target_arch = "wasm32")]
fn miembro_invalido<T: serde::de::DeserializeOwned>(valor: &Value) -> Option<String> {
    let objeto = valor.as_object()?;
    objeto
        .keys()
        .find(|clave| {
            let mut sin = objeto.clone();
            sin.remove(clave.as_str());
            T::deserialize(&Value::Object(sin)).is_ok()
        })
        .cloned()
}

/// Turns serde's English messages into Spanish ones for users (the app's own readers, such as
/// dates and times, already speak Spanish).
pub fn traducir_error_serde(mensaje: &str) -> String {
    let sin_posicion = mensaje.split(" at line ").next().unwrap_or(mensaje);
    if sin_posicion.contains('«') {
        return sin_posicion.to_string();
    }
    if let Some(resto) = sin_posicion.strip_prefix("invalid type: ") {
        let (encontrado, esperado) = resto.split_once(", expected ").unwrap_or((resto, ""));
        return format!(
            "se encontró {} y se esperaba {}",
            describir_valor(encontrado),
            describir_tipo(esperado)
        );
    }
    if let Some(resto) = sin_posicion.strip_prefix("invalid value: ") {
        let (encontrado, esperado) = resto.split_once(", expected ").unwrap_or((resto, ""));
        return format!(
            "{} está fuera de rango; se esperaba {}",
            describir_valor(encontrado),
            describir_tipo(esperado)
        );
    }
    if let Some(campo) = sin_posicion.strip_prefix("missing field ") {
        return format!("falta el campo obligatorio «{}»", campo.trim_matches('`'));
    }
    if let Some(resto) = sin_posicion.strip_prefix("unknown field ") {
        let campo = resto.split(',').next().unwrap_or(resto).trim_matches('`');
        return format!("el campo «{campo}» no existe");
    }
    if let Some(resto) = sin_posicion.strip_prefix("unknown variant ") {
        let valor = resto.split(',').next().unwrap_or(resto).trim_matches('`');
        return format!("«{valor}» no es un valor válido");
    }
    format!("valor no válido ({sin_posicion})")
}

fn describir_valor(valor: &str) -> String {
    let sin_comillas = |s: &str| s.trim_matches('`').trim_matches('"').to_string();
    if let Some(v) = valor.strip_prefix("string ") {
        format!("el texto «{}»", sin_comillas(v))
    } else if let Some(v) = valor.strip_prefix("integer ") {
        format!("el número {}", sin_comillas(v))
    } else if let Some(v) = valor.strip_prefix("floating point ") {
        format!("el número {}", sin_comillas(v))
    } else if let Some(v) = valor.strip_prefix("boolean ") {
        format!("el valor {}", sin_comillas(v))
    } else {
        match valor {
            "null" => "un valor vacío (null)".into(),
            "map" => "un objeto".into(),
            "sequence" => "una lista".into(),
            otro => otro.to_string(),
        }
    }
}

fn describir_tipo(tipo: &str) -> String {
    let t = super::text::minusculas(tipo);
    // The app's own readers already say what they expect in Spanish.
    if tipo.starts_with("una ") || tipo.starts_with("un ") {
        tipo.to_string()
    } else if t.contains("string") || t.contains("char") {
        "un texto".into()
    } else if t.contains("bool") {
        "sí o no (true o false)".into()
    } else if t.starts_with('u') && t[1..].chars().all(|c| c.is_ascii_digit()) {
        "un número entero no negativo".into()
    } else if t.starts_with('i') && t[1..].chars().all(|c| c.is_ascii_digit()) {
        "un número entero".into()
    } else if t.starts_with('f') {
        "un número".into()
    } else if t.contains("sequence") || t.contains("vec") {
        "una lista".into()
    } else if t.contains("struct") || t.contains("map") {
        "un objeto".into()
    } else {
        format!("otro tipo de valor ({tipo})")
    }
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
    fn translated_messages_are_spanish() {
        assert_eq!(
            traducir_error_serde("invalid type: integer `3`, expected a string"),
            "se encontró el número 3 y se esperaba un texto"
        );
        assert_eq!(
            traducir_error_serde("missing field `inicio`"),
            "falta el campo obligatorio «inicio»"
        );
        assert!(
            traducir_error_serde("invalid value: integer `-1`, expected u32")
                .contains("fuera de rango")
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
