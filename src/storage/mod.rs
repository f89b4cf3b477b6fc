//! Drafts in the browser's localStorage.
//!
//! Each draft is a versioned envelope `{version_esquema, revision, guardado_en, agenda}` under
//! its own key, plus a small index for the drafts page. The store is behind a trait so tests
//! can use a memory store that fills up like a real one. Errors are a typed enum whose
//! `Display` is the Spanish message the UI shows; nothing here panics on stored data.

use chrono::{DateTime, Utc};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::domain::format::{
    agenda_from_value, agenda_to_value, migrate, MIGRATIONS, SCHEMA_VERSION,
};
use crate::domain::model::{Agenda, AgendaId};

/// Every key this app writes starts with this prefix.
pub const KEY_PREFIX: &str = "agenda-rdc.";

pub fn draft_key(id: &AgendaId) -> String {
    format!("{KEY_PREFIX}borrador.{}", id.0)
}

/// Why storage failed, in words the user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Private mode, disabled cookies and site data, or a browser without localStorage.
    Unavailable(String),
    /// The browser's quota for this site is full.
    QuotaExceeded,
    /// A stored draft no longer parses; its raw text is kept for the user.
    Corrupt {
        key: String,
        raw: String,
        detail: String,
    },
    /// Another tab saved this draft since this tab loaded it.
    Conflict {
        stored_revision: u64,
        expected_revision: u64,
    },
    /// Saved by a newer version of the app.
    Newer {
        version: u64,
    },
    NotFound,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(detalle) => write!(
                f,
                "Este navegador no permite guardar datos en el equipo ({detalle}). Su trabajo sigue en pantalla: descargue una copia para no perderlo."
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "El espacio de almacenamiento del navegador está lleno. Su trabajo sigue en pantalla: descargue una copia y borre borradores que ya no use."
            ),
            StorageError::Corrupt { detail, .. } => write!(
                f,
                "Un borrador guardado está dañado y no se puede abrir ({detail}). Su texto se conserva: puede descargarlo."
            ),
            StorageError::Conflict { .. } => write!(
                f,
                "Este borrador cambió en otra pestaña o ventana. Para no sobrescribir ese trabajo, aquí ya no se guarda."
            ),
            StorageError::Newer { version } => write!(
                f,
                "Este borrador lo guardó una versión más reciente de la aplicación (formato {version}). Recargue la página para usar la versión actual."
            ),
            StorageError::NotFound => write!(f, "No se encontró el borrador."),
        }
    }
}

/// A string key-value store: the browser's localStorage or a memory stand-in.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// The browser's localStorage.
pub struct BrowserStore {
    storage: web_sys::Storage,
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

impl BrowserStore {
    /// Opens localStorage, failing with a reason when the browser does not offer it.
    pub fn open() -> Result<Self, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("sin ventana".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => {
                // gloo hands out the same handle; it is safe to ask now that we know it exists.
                let storage = <gloo_storage::LocalStorage as gloo_storage::Storage>::raw();
                Ok(BrowserStore { storage })
            }
            Ok(None) => Err(StorageError::Unavailable("localStorage no existe".into())),
            Err(e) => Err(StorageError::Unavailable(format!(
                "acceso denegado: {}",
                js_error_name(&e)
            ))),
        }
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage
            .get_item(key)
            .map_err(|e| StorageError::Unavailable(js_error_name(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(|e| {
            let nombre = js_error_name(&e);
            if nombre == "QuotaExceededError" || nombre == "NS_ERROR_DOM_QUOTA_REACHED" {
                StorageError::QuotaExceeded
            } else {
                StorageError::Unavailable(nombre)
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage
            .remove_item(key)
            .map_err(|e| StorageError::Unavailable(js_error_name(&e)))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self
            .storage
            .length()
            .map_err(|e| StorageError::Unavailable(js_error_name(&e)))?;
        Ok((0..n)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}

/// A store in memory with an optional quota in bytes, for tests and for running without storage.
#[derive(Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
    quota_bytes: Option<usize>,
}

impl MemoryStore {
    pub fn with_quota(quota_bytes: usize) -> Self {
        MemoryStore {
            items: RefCell::default(),
            quota_bytes: Some(quota_bytes),
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(cuota) = self.quota_bytes {
            // Browsers count UTF-16 code units of keys and values.
            let usados: usize = self
                .items
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
                .sum();
            if usados + key.encode_utf16().count() + value.encode_utf16().count() > cuota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.items
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.items.borrow().keys().cloned().collect())
    }
}

/// One draft as stored: `{version_esquema, revision, guardado_en, agenda}`.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDraft {
    pub version_esquema: u32,
    /// Goes up by one on every save; a tab that sees a higher one knows another tab saved.
    pub revision: u64,
    pub guardado_en: DateTime<Utc>,
    pub agenda: Agenda,
}

impl StoredDraft {
    /// The stored text. The agenda goes through the same serialisation as an export.
    pub fn to_json(&self) -> String {
        let mut sobre = serde_json::Map::new();
        sobre.insert("version_esquema".into(), self.version_esquema.into());
        sobre.insert("revision".into(), self.revision.into());
        sobre.insert(
            "guardado_en".into(),
            self.guardado_en
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
                .into(),
        );
        sobre.insert("agenda".into(), agenda_to_value(&self.agenda));
        Value::Object(sobre).to_string()
    }
}

/// Reads a stored draft, migrating older versions with the same functions as imported files.
pub fn parse_draft(key: &str, raw: &str) -> Result<StoredDraft, StorageError> {
    let corrupt = |detail: String| StorageError::Corrupt {
        key: key.to_string(),
        raw: raw.to_string(),
        detail,
    };
    let mut valor: Value =
        serde_json::from_str(raw).map_err(|e| corrupt(format!("JSON inválido: {e}")))?;
    let version = valor
        .get("version_esquema")
        .and_then(Value::as_u64)
        .ok_or_else(|| corrupt("sin versión".into()))?;
    if version > SCHEMA_VERSION as u64 {
        return Err(StorageError::Newer { version });
    }
    if version < SCHEMA_VERSION as u64 {
        valor = migrate(valor, version as u32, SCHEMA_VERSION, MIGRATIONS)
            .map_err(|e| corrupt(e.to_string()))?;
    }
    let revision = valor
        .get("revision")
        .and_then(Value::as_u64)
        .ok_or_else(|| corrupt("sin revisión".into()))?;
    let guardado_en = valor
        .get("guardado_en")
        .and_then(Value::as_str)
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|d| d.with_timezone(&Utc))
        .ok_or_else(|| corrupt("sin fecha de guardado".into()))?;
    let agenda = match valor.get_mut("agenda").map(Value::take) {
        Some(agenda) => agenda_from_value(agenda, "agenda").map_err(|e| corrupt(e.to_string()))?,
        None => return Err(corrupt("sin agenda".into())),
    };
    Ok(StoredDraft {
        version_esquema: SCHEMA_VERSION,
        revision,
        guardado_en,
        agenda,
    })
}

/// The drafts kept in one store.
pub struct Drafts<S: KeyValueStore> {
    pub store: S,
}

impl<S: KeyValueStore> Drafts<S> {
    pub fn new(store: S) -> Self {
        Drafts { store }
    }

    pub fn load(&self, id: &AgendaId) -> Result<StoredDraft, StorageError> {
        let key = draft_key(id);
        let raw = self.store.get(&key)?.ok_or(StorageError::NotFound)?;
        parse_draft(&key, &raw)
    }

    /// Saves `agenda` as the revision after `expected_revision`. Refuses when the stored
    /// revision is not the one this tab last saw, so two tabs never overwrite each other.
    pub fn save(
        &self,
        agenda: &Agenda,
        expected_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<StoredDraft, StorageError> {
        let key = draft_key(&agenda.id);
        let stored_revision = match self.store.get(&key)? {
            None => 0,
            Some(raw) => match serde_json::from_str::<Value>(&raw)
                .ok()
                .and_then(|v| v.get("revision")?.as_u64())
            {
                Some(r) => r,
                // A corrupt entry is never overwritten silently: the caller keeps its raw text first.
                None => {
                    return Err(parse_draft(&key, &raw)
                        .err()
                        .unwrap_or(StorageError::NotFound))
                }
            },
        };
        if stored_revision != expected_revision {
            return Err(StorageError::Conflict {
                stored_revision,
                expected_revision,
            });
        }
        let draft = StoredDraft {
            version_esquema: SCHEMA_VERSION,
            revision: expected_revision + 1,
            guardado_en: now,
            agenda: agenda.clone(),
        };
        self.store.set(&key, &draft.to_json())?;
        Ok(draft)
    }

    pub fn delete(&self, id: &AgendaId) -> Result<(), StorageError> {
        self.store.remove(&draft_key(id))
    }

    /// Ids of every stored draft, readable or not.
    pub fn ids(&self) -> Result<Vec<AgendaId>, StorageError> {
        let prefijo = format!("{KEY_PREFIX}borrador.");
        Ok(self
            .store
            .keys()?
            .into_iter()
            .filter_map(|k| k.strip_prefix(&prefijo).map(|id| AgendaId(id.to_string())))
            .collect())
    }
}
