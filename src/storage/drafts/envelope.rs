//! One draft as stored: the versioned envelope {schema_version, revision, saved_at, agenda}
//! around an agenda, read (migrating older versions) and written.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::super::{draft_id, StorageError};
use super::DraftSummary;
use crate::domain::calendar::leer_instante;
use crate::domain::format::{
    agenda_from_value, lugar_y_motivo, migrate, ImportError, MIGRATIONS, SCHEMA_VERSION,
};
use crate::domain::model::{Agenda, AgendaId};
use crate::domain::pasos::{paso_completo, Paso};

/// One draft as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDraft {
    pub version_esquema: u32,
    /// Goes up by one on every save; a tab that sees a higher one knows another tab saved.
    pub revision: u64,
    pub guardado_en: DateTime<Utc>,
    /// A label the official gives the draft ("versión para el comité"); empty by default.
    pub nombre: String,
    /// When a file copy of this draft was last downloaded.
    pub ultima_descarga: Option<DateTime<Utc>>,
    pub agenda: Agenda,
}

fn fecha_rfc3339(d: DateTime<Utc>) -> String {
    d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn leer_fecha(valor: Option<&Value>) -> Option<DateTime<Utc>> {
    valor.and_then(Value::as_str).and_then(leer_instante)
}

impl StoredDraft {
    /// The stored text: the envelope's members in this order, then the agenda written by the
    /// model's one serialisation (the file's and the checksum's), straight into the text. Built
    /// as a JSON value first, it cost a third more at every pause in typing.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Sobre<'a> {
            version_esquema: u32,
            revision: u64,
            guardado_en: String,
            #[serde(skip_serializing_if = "str::is_empty")]
            nombre: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            ultima_descarga: Option<String>,
            agenda: &'a Agenda,
        }
        serde_json::to_string(&Sobre {
            version_esquema: self.version_esquema,
            revision: self.revision,
            guardado_en: fecha_rfc3339(self.guardado_en),
            nombre: &self.nombre,
            ultima_descarga: self.ultima_descarga.map(fecha_rfc3339),
            agenda: &self.agenda,
        })
        .expect("a draft always serialises")
    }

    pub(super) fn resumen(&self) -> DraftSummary {
        DraftSummary {
            id: self.agenda.id.clone(),
            nombre: self.nombre.clone(),
            dependencia: self.agenda.dependencia.nombre.trim().to_string(),
            anio_cierre: self
                .agenda
                .periodo_gobierno
                .map(|p| chrono::Datelike::year(&p.fin)),
            guardado_en: self.guardado_en,
            revision: self.revision,
            completitud: completitud(&self.agenda),
            actividades: self.agenda.actividades.len(),
            ultima_descarga: self.ultima_descarga,
        }
    }
}

/// Share of the wizard's steps (review excluded) with nothing required missing, 0 to 100.
pub fn completitud(agenda: &Agenda) -> u8 {
    let pasos: Vec<Paso> = Paso::TODOS
        .into_iter()
        .filter(|p| *p != Paso::Revision)
        .collect();
    let completos = pasos.iter().filter(|p| paso_completo(**p, agenda)).count();
    (completos * 100 / pasos.len()) as u8
}

/// What is wrong with a stored text that is not JSON, to follow "está dañado:".
fn detalle_json(e: &serde_json::Error) -> String {
    let donde = format!("línea {}, columna {}", e.line(), e.column());
    if e.is_eof() {
        format!("el texto se corta antes de terminar ({donde})")
    } else {
        format!("el texto no es JSON válido ({donde})")
    }
}

/// An import error reworded for a stored draft (the import messages speak of "el archivo").
fn detalle_importacion(e: ImportError) -> String {
    match e {
        ImportError::InvalidValue {
            path,
            detail,
            actividad,
        } => format!(
            "tiene un valor no válido en {}",
            lugar_y_motivo(&path, &detail, actividad.as_deref())
        ),
        ImportError::Migration { from, detail } => {
            format!("no se pudo actualizar desde la versión {from} del formato: {detail}")
        }
        otro => otro.to_string().trim_end_matches('.').to_string(),
    }
}

/// Reads a stored draft, migrating older versions with the same functions as imported files.
pub fn parse_draft(key: &str, raw: &str) -> Result<StoredDraft, StorageError> {
    let corrupt = |detail: String| StorageError::Corrupt {
        key: key.to_string(),
        raw: raw.to_string(),
        detail,
    };
    let mut valor: Value = serde_json::from_str(raw).map_err(|e| corrupt(detalle_json(&e)))?;
    let version = valor
        .get("version_esquema")
        .and_then(Value::as_u64)
        .ok_or_else(|| corrupt("le falta la versión del formato".into()))?;
    if version > SCHEMA_VERSION as u64 {
        return Err(StorageError::Newer { version });
    }
    if version < SCHEMA_VERSION as u64 {
        valor = migrate(valor, version as u32, SCHEMA_VERSION, MIGRATIONS)
            .map_err(|e| corrupt(detalle_importacion(e)))?;
    }
    let revision = valor
        .get("revision")
        .and_then(Value::as_u64)
        .ok_or_else(|| corrupt("le falta el número de revisión".into()))?;
    let guardado_en = leer_fecha(valor.get("guardado_en"))
        .ok_or_else(|| corrupt("le falta la fecha en que se guardó".into()))?;
    let nombre = valor
        .get("nombre")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let ultima_descarga = leer_fecha(valor.get("ultima_descarga"));
    let agenda = match valor.get_mut("agenda").map(Value::take) {
        Some(agenda) => {
            agenda_from_value(agenda, "agenda").map_err(|e| corrupt(detalle_importacion(e)))?
        }
        None => return Err(corrupt("no contiene la agenda".into())),
    };
    // Every write goes under the agenda's own id, so another id (or none: any JSON object
    // reads as an empty agenda) means this is not this draft's agenda, and saving over it
    // would lose the stored text.
    if draft_id(key).is_some_and(|id| id != agenda.id) {
        return Err(corrupt(
            "la agenda que contiene no es la de este borrador".into(),
        ));
    }
    Ok(StoredDraft {
        version_esquema: SCHEMA_VERSION,
        revision,
        guardado_en,
        nombre,
        ultima_descarga,
        agenda,
    })
}

/// What a save keeps from the stored copy: its revision, label and last download. Read without
/// the agenda, because reading a whole agenda at every pause in typing would cost.
#[derive(Default)]
pub(super) struct Metadatos {
    pub(super) revision: u64,
    pub(super) nombre: String,
    pub(super) ultima_descarga: Option<DateTime<Utc>>,
}

/// `None` when the text is not a current, sound draft of `id`: then the whole draft is read,
/// which migrates it or says what is wrong.
pub(super) fn leer_metadatos(raw: &str, id: &AgendaId) -> Option<Metadatos> {
    /// Only the agenda's id; the rest of the agenda is skipped unread.
    #[derive(Deserialize)]
    struct SoloId {
        #[serde(default)]
        id: AgendaId,
    }
    #[derive(Deserialize)]
    struct Leidos {
        version_esquema: u64,
        revision: u64,
        #[serde(default)]
        nombre: String,
        #[serde(default)]
        ultima_descarga: Option<String>,
        agenda: SoloId,
    }
    let m: Leidos = serde_json::from_str(raw).ok()?;
    if m.version_esquema != SCHEMA_VERSION as u64 || m.agenda.id != *id {
        return None;
    }
    let descarga = m.ultima_descarga.and_then(|t| leer_instante(&t));
    Some(Metadatos {
        revision: m.revision,
        nombre: m.nombre,
        ultima_descarga: descarga,
    })
}
