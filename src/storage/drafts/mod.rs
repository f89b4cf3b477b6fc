//! The drafts: one versioned envelope per agenda, the index that lists them, and the rules
//! that keep every save from overwriting work it has not seen.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::store::KeyValueStore;
use super::{draft_id, draft_key, index_key, StorageError};
use crate::domain::format::SCHEMA_VERSION;
use crate::domain::model::{Agenda, AgendaId};
use crate::domain::orden::ordenar_por;

mod envelope;

use envelope::{leer_metadatos, Metadatos};
pub use envelope::{parse_draft, StoredDraft};

/// One line of the drafts page, also the entry of the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: AgendaId,
    #[serde(default)]
    pub nombre: String,
    pub dependencia: String,
    #[serde(default)]
    pub anio_cierre: Option<i32>,
    #[serde(deserialize_with = "crate::domain::calendar::de::instante")]
    pub guardado_en: DateTime<Utc>,
    pub revision: u64,
    pub completitud: u8,
    #[serde(default)]
    pub actividades: usize,
    #[serde(default)]
    #[serde(deserialize_with = "crate::domain::calendar::de::instante_opcional")]
    pub ultima_descarga: Option<DateTime<Utc>>,
}

/// A stored draft as the drafts page sees it: readable, or damaged with its text kept.
#[derive(Debug, Clone, PartialEq)]
pub enum ListedDraft {
    Ok(DraftSummary),
    Damaged {
        id: AgendaId,
        raw: String,
        detail: String,
    },
    /// Written by a newer version of the app: left alone, its text offered as a download.
    Newer {
        id: AgendaId,
        version: u64,
        raw: String,
    },
}

impl ListedDraft {
    pub fn id(&self) -> &AgendaId {
        match self {
            ListedDraft::Ok(r) => &r.id,
            ListedDraft::Damaged { id, .. } | ListedDraft::Newer { id, .. } => id,
        }
    }
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

    /// Revision, label and download date of a stored draft, without reading its agenda;
    /// `None` when there is no such draft.
    fn metadatos(&self, id: &AgendaId) -> Result<Option<Metadatos>, StorageError> {
        let key = draft_key(id);
        let Some(raw) = self.store.get(&key)? else {
            return Ok(None);
        };
        match leer_metadatos(&raw, id) {
            Some(m) => Ok(Some(m)),
            // An older version is migrated; a damaged or newer entry is an error, never 0.
            None => parse_draft(&key, &raw).map(|d| {
                Some(Metadatos {
                    revision: d.revision,
                    nombre: d.nombre,
                    ultima_descarga: d.ultima_descarga,
                })
            }),
        }
    }

    /// The revision stored for a draft (`None`: not stored), so a tab that missed another
    /// tab's write can still tell that its copy is behind.
    pub fn stored_revision(&self, id: &AgendaId) -> Result<Option<u64>, StorageError> {
        Ok(self.metadatos(id)?.map(|m| m.revision))
    }

    /// The raw text of a draft, whatever its state, to offer it as a download.
    pub fn raw(&self, id: &AgendaId) -> Result<Option<String>, StorageError> {
        self.store.get(&draft_key(id))
    }

    fn write(&self, draft: &StoredDraft) -> Result<(), StorageError> {
        self.store
            .set(&draft_key(&draft.agenda.id), &draft.to_json())?;
        // The index is a cache that `list` rebuilds; a full store must not fail the save itself.
        let _ = self.index_upsert(draft.resumen());
        Ok(())
    }

    /// Saves `agenda` as the revision after `expected_revision`, keeping the draft's label and
    /// download date. Refuses when the stored revision is not the one this tab last saw, so two
    /// tabs never overwrite each other, and never writes over a damaged entry.
    pub fn save(
        &self,
        agenda: &Agenda,
        expected_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<StoredDraft, StorageError> {
        let guardado = self.metadatos(&agenda.id)?.unwrap_or_default();
        let stored_revision = guardado.revision;
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
            nombre: guardado.nombre,
            ultima_descarga: guardado.ultima_descarga,
            agenda: agenda.clone(),
        };
        self.write(&draft)?;
        Ok(draft)
    }

    /// Stores a new draft; refuses an id that is already taken.
    pub fn create(
        &self,
        agenda: &Agenda,
        nombre: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredDraft, StorageError> {
        if self.store.get(&draft_key(&agenda.id))?.is_some() {
            return Err(StorageError::Exists);
        }
        let draft = StoredDraft {
            version_esquema: SCHEMA_VERSION,
            revision: 1,
            guardado_en: now,
            nombre: nombre.trim().to_string(),
            ultima_descarga: None,
            agenda: agenda.clone(),
        };
        self.write(&draft)?;
        Ok(draft)
    }

    /// Replaces a draft with another version of the same agenda (an imported file the official
    /// chose to keep), as the next revision, so other tabs see the change.
    pub fn replace(
        &self,
        agenda: &Agenda,
        now: DateTime<Utc>,
    ) -> Result<StoredDraft, StorageError> {
        let key = draft_key(&agenda.id);
        let anterior = match self.store.get(&key)? {
            Some(raw) => parse_draft(&key, &raw).ok(),
            None => None,
        };
        let draft = StoredDraft {
            version_esquema: SCHEMA_VERSION,
            revision: anterior.as_ref().map_or(1, |d| d.revision + 1),
            guardado_en: now,
            nombre: anterior
                .as_ref()
                .map(|d| d.nombre.clone())
                .unwrap_or_default(),
            ultima_descarga: anterior.and_then(|d| d.ultima_descarga),
            agenda: agenda.clone(),
        };
        self.write(&draft)?;
        Ok(draft)
    }

    /// Changes only the label. The revision counts changes to the agenda, and every save keeps
    /// the stored label, so a tab editing this draft (this one or another) goes on saving.
    pub fn rename(&self, id: &AgendaId, nombre: &str) -> Result<StoredDraft, StorageError> {
        let mut d = self.load(id)?;
        d.nombre = nombre.trim().to_string();
        self.write(&d)?;
        Ok(d)
    }

    /// Records that a file copy was downloaded, without touching the revision the editing tab holds.
    pub fn mark_downloaded(&self, id: &AgendaId, when: DateTime<Utc>) -> Result<(), StorageError> {
        let mut d = self.load(id)?;
        d.ultima_descarga = Some(when);
        self.write(&d)
    }

    /// Removes a draft and returns its stored text, so the removal can be undone.
    pub fn delete(&self, id: &AgendaId) -> Result<Option<String>, StorageError> {
        let raw = self.store.get(&draft_key(id))?;
        self.store.remove(&draft_key(id))?;
        let _ = self.index_remove(id);
        Ok(raw)
    }

    /// Puts back a draft's text exactly as it was (undo of a removal).
    pub fn restore(&self, id: &AgendaId, raw: &str) -> Result<(), StorageError> {
        self.store.set(&draft_key(id), raw)?;
        if let Ok(d) = parse_draft(&draft_key(id), raw) {
            let _ = self.index_upsert(d.resumen());
        }
        Ok(())
    }

    /// Ids of every stored draft, readable or not.
    pub fn ids(&self) -> Result<Vec<AgendaId>, StorageError> {
        Ok(self
            .store
            .keys()?
            .iter()
            .filter_map(|k| draft_id(k))
            .collect())
    }

    fn index(&self) -> Vec<DraftSummary> {
        self.store
            .get(&index_key())
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<Vec<DraftSummary>>(&raw).ok())
            .unwrap_or_default()
    }

    fn index_upsert(&self, resumen: DraftSummary) -> Result<(), StorageError> {
        let mut indice = self.index();
        indice.retain(|r| r.id != resumen.id);
        indice.push(resumen);
        self.store.set(
            &index_key(),
            &serde_json::to_string(&indice).expect("an index serialises"),
        )
    }

    fn index_remove(&self, id: &AgendaId) -> Result<(), StorageError> {
        let mut indice = self.index();
        indice.retain(|r| &r.id != id);
        self.store.set(
            &index_key(),
            &serde_json::to_string(&indice).expect("an index serialises"),
        )
    }

    /// Every stored draft, newest first. The index answers for drafts it knows at their
    /// current revision; the others are read (and a damaged one reported, never removed).
    pub fn list(&self) -> Result<Vec<ListedDraft>, StorageError> {
        let indice = self.index();
        let mut lista = Vec::new();
        for id in self.ids()? {
            let key = draft_key(&id);
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            let revision = serde_json::from_str::<Value>(&raw)
                .ok()
                .and_then(|v| v.get("revision")?.as_u64());
            if let Some(r) = indice
                .iter()
                .find(|r| r.id == id && Some(r.revision) == revision)
            {
                lista.push(ListedDraft::Ok(r.clone()));
                continue;
            }
            match parse_draft(&key, &raw) {
                Ok(d) => lista.push(ListedDraft::Ok(d.resumen())),
                Err(StorageError::Newer { version }) => {
                    lista.push(ListedDraft::Newer { id, version, raw })
                }
                Err(StorageError::Corrupt { raw, detail, .. }) => {
                    lista.push(ListedDraft::Damaged { id, raw, detail })
                }
                Err(e) => return Err(e),
            }
        }
        ordenar_por(&mut lista, |a, b| match (a, b) {
            (ListedDraft::Ok(x), ListedDraft::Ok(y)) => {
                y.guardado_en.cmp(&x.guardado_en).then(x.id.cmp(&y.id))
            }
            (ListedDraft::Ok(_), _) => std::cmp::Ordering::Greater,
            (_, ListedDraft::Ok(_)) => std::cmp::Ordering::Less,
            _ => a.id().cmp(b.id()),
        });
        Ok(lista)
    }
}
