//! Drafts in the browser's localStorage, the files Planeación received ([`Recibidos`]), the
//! `config.json` it is preparing ([`ConfigPreparada`]), and in a tab's sessionStorage the texts
//! the wizard could not read ([`Apartado`]).
//!
//! Each draft is a versioned envelope `{version_esquema, revision, guardado_en, nombre,
//! ultima_descarga, agenda}` under its own key, plus a small index for the drafts page. The
//! store is behind a trait so tests can use a memory store that fills up like a real one.
//! Errors are a typed enum whose `Display` is the Spanish message the UI shows; nothing here
//! panics on stored data, and nothing is overwritten or deleted without the caller asking.

mod config_preparada;
mod drafts;
mod recibidos;
mod sin_leer;
mod store;

pub use config_preparada::{
    clave_config_preparada, guardar_config_preparada, leer_config_preparada,
    quitar_config_preparada, ConfigPreparada, Preparada,
};
pub use drafts::{parse_draft, DraftSummary, Drafts, ListedDraft, StoredDraft};
pub use recibidos::{es_clave_de_recibido, ArchivoRecibido, Guardado, Guardar, Recibidos};
pub use sin_leer::{clave_sin_leer, guardar_sin_leer, tomar_sin_leer, Apartado};
#[cfg(target_arch = "wasm32")]
pub use store::BrowserStore;
pub use store::{KeyValueStore, MemoryStore};

use crate::domain::model::AgendaId;

/// Every key this app writes starts with this prefix.
pub const KEY_PREFIX: &str = "agenda-rdc.";

pub fn draft_key(id: &AgendaId) -> String {
    format!("{KEY_PREFIX}borrador.{}", id.0)
}

/// The draft a key holds, when it is a draft's key (the inverse of [`draft_key`]).
pub fn draft_id(key: &str) -> Option<AgendaId> {
    let id = key.strip_prefix(KEY_PREFIX)?.strip_prefix("borrador.")?;
    Some(AgendaId(id.to_string()))
}

/// The key of the drafts index.
pub fn index_key() -> String {
    format!("{KEY_PREFIX}indice")
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
    /// A draft with this id already exists.
    Exists,
    NotFound,
}

/// Why a tab must stop writing its draft: the stored copy is no longer the one it loaded,
/// so writing would destroy someone's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CausaConflicto {
    /// Another tab saved a newer revision.
    Cambiado,
    /// Another tab removed the draft.
    Eliminado,
    /// The stored copy no longer reads (damaged outside this tab): never written over.
    Danado,
    /// A newer version of the app, open in another tab, saved it.
    VersionNueva,
}

impl CausaConflicto {
    /// A few words for the header's status line ("No se pudo guardar: …").
    pub fn motivo_breve(self) -> &'static str {
        match self {
            CausaConflicto::Cambiado => "otra pestaña cambió este borrador",
            CausaConflicto::Eliminado => "otra pestaña eliminó este borrador",
            CausaConflicto::Danado => "la copia guardada está dañada",
            CausaConflicto::VersionNueva => "lo guardó una versión más reciente",
        }
    }
}

impl StorageError {
    /// When saving a draft fails this way, the stored copy is someone else's now.
    pub fn causa_conflicto(&self) -> Option<CausaConflicto> {
        match self {
            StorageError::Conflict {
                stored_revision: 0, ..
            }
            | StorageError::NotFound => Some(CausaConflicto::Eliminado),
            StorageError::Conflict { .. } => Some(CausaConflicto::Cambiado),
            StorageError::Corrupt { .. } => Some(CausaConflicto::Danado),
            StorageError::Newer { .. } => Some(CausaConflicto::VersionNueva),
            StorageError::Unavailable(_) | StorageError::QuotaExceeded | StorageError::Exists => {
                None
            }
        }
    }

    /// A few words for the header's status line ("No se pudo guardar: …").
    pub fn motivo_breve(&self) -> &'static str {
        match self {
            StorageError::Unavailable(_) => "el navegador no permite guardar",
            StorageError::QuotaExceeded => "el almacenamiento está lleno",
            StorageError::Exists => "ya existe un borrador con ese identificador",
            StorageError::Corrupt { .. }
            | StorageError::Conflict { .. }
            | StorageError::Newer { .. }
            | StorageError::NotFound => self
                .causa_conflicto()
                .map_or("no se pudo guardar", CausaConflicto::motivo_breve),
        }
    }
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
                "Un borrador guardado está dañado y no se puede abrir: {detail}. Su texto se conserva en «Sus agendas», donde puede descargarlo."
            ),
            StorageError::Conflict { .. } => write!(
                f,
                "Este borrador cambió en otra pestaña o ventana. Para no sobrescribir ese trabajo, aquí ya no se guarda."
            ),
            StorageError::Newer { version } => write!(
                f,
                "Este borrador lo guardó una versión más reciente de la aplicación (formato {version}). Recargue la página para usar la versión actual."
            ),
            StorageError::Exists => write!(f, "Ya existe un borrador con ese identificador."),
            StorageError::NotFound => write!(f, "No se encontró el borrador."),
        }
    }
}
