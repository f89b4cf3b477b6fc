//! The `config.json` Planeación is preparing on its page, kept in this browser as it is typed,
//! so a reload or a closed tab does not lose a long list of offices before it is downloaded.
//!
//! One entry `{version, guardada_en, texto}`; the text is the file as it would be downloaded.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::store::KeyValueStore;
use super::{StorageError, KEY_PREFIX};

/// The format of the entry; an entry with a higher one is a newer app's.
const VERSION_CONFIG_PREPARADA: u32 = 1;

/// The key of the settings being prepared.
pub fn clave_config_preparada() -> String {
    format!("{KEY_PREFIX}planeacion.config")
}

/// The settings being prepared, as last typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigPreparada {
    pub guardada_en: DateTime<Utc>,
    /// The text of `config.json` as it would be downloaded.
    pub texto: String,
}

#[derive(Serialize, Deserialize)]
struct Entrada {
    version: u32,
    #[serde(deserialize_with = "crate::domain::calendar::de::instante")]
    guardada_en: DateTime<Utc>,
    texto: String,
}

/// What the browser holds: nothing, the settings, or an entry that no longer reads (its raw
/// text, so the page can offer it before anything replaces it).
#[derive(Debug, Clone, PartialEq)]
pub enum Preparada {
    Nada,
    Lista(ConfigPreparada),
    Danada { texto: String, motivo: String },
}

pub fn leer_config_preparada(store: &impl KeyValueStore) -> Result<Preparada, StorageError> {
    let Some(texto) = store.get(&clave_config_preparada())? else {
        return Ok(Preparada::Nada);
    };
    Ok(match serde_json::from_str::<Entrada>(&texto) {
        Ok(e) if e.version > VERSION_CONFIG_PREPARADA => Preparada::Danada {
            texto,
            motivo: format!(
                "la guardó una versión más reciente de la aplicación (formato {})",
                e.version
            ),
        },
        Ok(e) => Preparada::Lista(ConfigPreparada {
            guardada_en: e.guardada_en,
            texto: e.texto,
        }),
        Err(_) => Preparada::Danada {
            texto,
            motivo: "el texto guardado está dañado".to_string(),
        },
    })
}

pub fn guardar_config_preparada(
    store: &impl KeyValueStore,
    preparada: &ConfigPreparada,
) -> Result<(), StorageError> {
    let entrada = Entrada {
        version: VERSION_CONFIG_PREPARADA,
        guardada_en: preparada.guardada_en,
        texto: preparada.texto.clone(),
    };
    let texto = serde_json::to_string(&entrada).expect("an entry serialises");
    store.set(&clave_config_preparada(), &texto)
}

pub fn quitar_config_preparada(store: &impl KeyValueStore) -> Result<(), StorageError> {
    store.remove(&clave_config_preparada())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn preparada(texto: &str) -> ConfigPreparada {
        ConfigPreparada {
            guardada_en: "2027-02-01T15:04:05Z".parse().unwrap(),
            texto: texto.into(),
        }
    }

    #[test]
    fn the_settings_read_back_as_typed_and_removing_them_leaves_nothing() {
        let store = MemoryStore::default();
        assert_eq!(leer_config_preparada(&store), Ok(Preparada::Nada));
        let uno = preparada("{\n  \"municipio\": \"San Rafael\"\n}\n");
        guardar_config_preparada(&store, &uno).unwrap();
        assert_eq!(leer_config_preparada(&store), Ok(Preparada::Lista(uno)));
        quitar_config_preparada(&store).unwrap();
        assert_eq!(leer_config_preparada(&store), Ok(Preparada::Nada));
    }

    #[test]
    fn a_damaged_or_newer_entry_is_returned_with_its_text_never_as_settings() {
        let store = MemoryStore::default();
        store.set(&clave_config_preparada(), "{roto").unwrap();
        let Ok(Preparada::Danada { texto, motivo }) = leer_config_preparada(&store) else {
            panic!("a damaged entry must say so");
        };
        assert_eq!(texto, "{roto");
        assert!(motivo.contains("dañado"), "{motivo}");

        let nueva = r#"{"version":2,"guardada_en":"2027-02-01T15:04:05Z","texto":"{}"}"#;
        store.set(&clave_config_preparada(), nueva).unwrap();
        let Ok(Preparada::Danada { texto, motivo }) = leer_config_preparada(&store) else {
            panic!("a newer entry must not be read as settings");
        };
        assert_eq!(texto, nueva);
        assert!(motivo.contains("más reciente"), "{motivo}");
    }

    #[test]
    fn a_full_store_refuses_with_the_quota_error() {
        let store = MemoryStore::with_quota(10);
        assert_eq!(
            guardar_config_preparada(&store, &preparada("{}")),
            Err(StorageError::QuotaExceeded)
        );
    }
}
