//! Why a file cannot be imported, in Spanish for the person who chose it.

use super::{MAX_FILE_BYTES, SCHEMA_VERSION};

/// Why a file cannot be imported. Its `Display` is the Spanish message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    /// Bytes that are no text the app can read (a Word, Excel or PDF document).
    NotText,
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
    /// The site's `config.json`, not an agenda.
    EsConfiguracion,
    NewerVersion {
        version: u64,
    },
    UnknownVersion,
    InvalidValue {
        path: String,
        detail: String,
        /// The activity the member belongs to, as a person finds it ("la actividad A02
        /// «Mesa temática»"): the path counts activities from zero.
        actividad: Option<String>,
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
            ImportError::NotText => write!(
                f,
                "El archivo no es texto: puede ser un documento de Word, Excel o PDF. Elija el archivo .json que descargó de esta aplicación."
            ),
            ImportError::TooLarge { bytes } => write!(
                f,
                "El archivo pesa {} MB y el máximo es {} MB. Una agenda exportada pesa mucho menos: revise que eligió el archivo correcto.",
                crate::domain::text::con_decimales(*bytes as f64 / (1024.0 * 1024.0), 1).replace('.', ","),
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
            ImportError::EsConfiguracion => write!(
                f,
                "El archivo es la configuración del sitio (config.json), no una agenda de rendición de cuentas."
            ),
            ImportError::NewerVersion { version } => write!(
                f,
                "El archivo usa la versión {version} del formato y esta aplicación solo conoce hasta la versión {SCHEMA_VERSION}. \
                 Abra el archivo con la versión más reciente de la aplicación."
            ),
            ImportError::UnknownVersion => write!(f, "El archivo no indica una versión de formato válida («version_esquema»)."),
            ImportError::InvalidValue {
                path,
                detail,
                actividad,
            } => write!(
                f,
                "El archivo tiene un valor no válido en {}.",
                lugar_y_motivo(path, detail, actividad.as_deref())
            ),
            ImportError::Migration { from, detail } => {
                write!(f, "No se pudo actualizar el archivo desde la versión {from} del formato: {detail}.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Where an invalid value is and what is wrong with it: "«agenda.actividades[1].evento.aforo»,
/// de la actividad A02 «Mesa temática»: se encontró…".
pub fn lugar_y_motivo(path: &str, detail: &str, actividad: Option<&str>) -> String {
    match actividad {
        Some(actividad) => format!("«{path}», de {actividad}: {detail}"),
        None => format!("«{path}»: {detail}"),
    }
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
    let t = crate::domain::text::minusculas(tipo);
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
}
