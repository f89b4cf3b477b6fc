//! The drafts: one versioned envelope per agenda, the index that lists them, and the rules
//! that keep every save from overwriting work it has not seen.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::store::KeyValueStore;
use super::{draft_id, draft_key, index_key, StorageError};
use crate::domain::calendar::leer_instante;
use crate::domain::format::{
    agenda_from_value, agenda_to_value, migrate, ImportError, MIGRATIONS, SCHEMA_VERSION,
};
use crate::domain::model::{Agenda, AgendaId};
use crate::domain::orden::ordenar_por;
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
    /// The stored text. The agenda goes through the same serialisation as the checksum.
    pub fn to_json(&self) -> String {
        let mut sobre = serde_json::Map::new();
        sobre.insert("version_esquema".into(), self.version_esquema.into());
        sobre.insert("revision".into(), self.revision.into());
        sobre.insert("guardado_en".into(), fecha_rfc3339(self.guardado_en).into());
        if !self.nombre.is_empty() {
            sobre.insert("nombre".into(), self.nombre.clone().into());
        }
        if let Some(d) = self.ultima_descarga {
            sobre.insert("ultima_descarga".into(), fecha_rfc3339(d).into());
        }
        sobre.insert("agenda".into(), agenda_to_value(&self.agenda));
        Value::Object(sobre).to_string()
    }

    fn resumen(&self) -> DraftSummary {
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
        ImportError::InvalidValue { path, detail } => {
            format!("tiene un valor no válido en «{path}»: {detail}")
        }
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
struct Metadatos {
    revision: u64,
    nombre: String,
    ultima_descarga: Option<DateTime<Utc>>,
}

/// `None` when the text is not a current, sound draft of `id`: then the whole draft is read,
/// which migrates it or says what is wrong.
fn leer_metadatos(raw: &str, id: &AgendaId) -> Option<Metadatos> {
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
