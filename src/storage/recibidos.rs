//! The files Planeación received, kept in this browser so that a reload, or coming back the
//! next week, does not mean choosing every office's file again.
//!
//! Each file is its own entry `{version, nombre, recibido_en, texto, codificacion}` under a key
//! made from its name and text: two tabs adding files never write over each other's, and the
//! same file chosen twice is kept once. The text is kept as read from the file (in its own
//! encoding, which the entry names), so it is reviewed again, with the site's settings of the
//! day, each time the page opens.
//!
//! ```
//! use agenda_rdc::storage::{ArchivoRecibido, Guardar, MemoryStore, Recibidos};
//! use chrono::Utc;
//!
//! let recibidos = Recibidos::new(MemoryStore::default());
//! let salud = ArchivoRecibido { nombre: "salud.json".into(), recibido_en: Utc::now(), texto: "{}".into(), codificacion: Default::default() };
//! assert!(matches!(recibidos.guardar(&salud), Ok(Guardar::Nuevo(_))));
//! assert!(matches!(recibidos.guardar(&salud), Ok(Guardar::YaEstaba(_))));
//! assert_eq!(recibidos.listar().unwrap().len(), 1);
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::store::KeyValueStore;
use super::{StorageError, KEY_PREFIX};
use crate::domain::format::{sha256_hex, Codificacion};
use crate::domain::orden::ordenar_por_clave;

/// The format of a stored file's entry; an entry with a higher one is a newer app's.
const VERSION_RECIBIDO: u32 = 1;

fn prefijo() -> String {
    format!("{KEY_PREFIX}recibido.")
}

/// Whether `key` holds one of Planeación's received files (a change another tab made there is
/// one this page must show).
pub fn es_clave_de_recibido(key: &str) -> bool {
    key.starts_with(&prefijo())
}

/// One file as Planeación received it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivoRecibido {
    pub nombre: String,
    pub recibido_en: DateTime<Utc>,
    /// The file's text as it arrived, readable or not.
    pub texto: String,
    /// The encoding the file's bytes were read in: one not the app's own is said beside it.
    pub codificacion: Codificacion,
}

/// The stored entry: the file with its format. (No `serde(flatten)`: it would compile a second
/// deserialiser into the wasm.)
#[derive(Serialize, Deserialize)]
struct Entrada {
    version: u32,
    nombre: String,
    // chrono's own parser would add some 15 KB to Planeación's page.
    #[serde(deserialize_with = "crate::domain::calendar::de::instante")]
    recibido_en: DateTime<Utc>,
    texto: String,
    // Entries kept before it was written were all read as UTF-8.
    #[serde(default)]
    codificacion: Codificacion,
}

/// What keeping a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guardar {
    /// Kept under this key.
    Nuevo(String),
    /// The same name with the same text was already kept, under this key.
    YaEstaba(String),
}

/// One stored entry, read back.
#[derive(Debug, Clone, PartialEq)]
pub enum Guardado {
    Archivo {
        clave: String,
        archivo: ArchivoRecibido,
    },
    /// The entry no longer reads (damaged outside this page, or a newer app's): listed so it can
    /// be removed, never rewritten.
    Danado { clave: String, motivo: String },
}

impl Guardado {
    pub fn clave(&self) -> &str {
        match self {
            Guardado::Archivo { clave, .. } | Guardado::Danado { clave, .. } => clave,
        }
    }
}

/// Planeación's received files in a [`KeyValueStore`].
pub struct Recibidos<S: KeyValueStore> {
    pub store: S,
}

impl<S: KeyValueStore> Recibidos<S> {
    pub fn new(store: S) -> Self {
        Recibidos { store }
    }

    /// The key a file is kept under: the same name and text always give the same key.
    pub fn clave_de(nombre: &str, texto: &str) -> String {
        // The name's length first, so no name and text can be split another way into the same key.
        let huella = sha256_hex(&format!("{}:{nombre}{texto}", nombre.len()));
        format!("{}{}", prefijo(), &huella[..32])
    }

    /// Keeps `archivo`, unless the same name with the same text is already kept.
    pub fn guardar(&self, archivo: &ArchivoRecibido) -> Result<Guardar, StorageError> {
        let clave = Self::clave_de(&archivo.nombre, &archivo.texto);
        if self.store.get(&clave)?.is_some() {
            return Ok(Guardar::YaEstaba(clave));
        }
        let entrada = Entrada {
            version: VERSION_RECIBIDO,
            nombre: archivo.nombre.clone(),
            recibido_en: archivo.recibido_en,
            texto: archivo.texto.clone(),
            codificacion: archivo.codificacion,
        };
        let texto = serde_json::to_string(&entrada).expect("an entry serialises");
        self.store.set(&clave, &texto)?;
        Ok(Guardar::Nuevo(clave))
    }

    /// Every kept file in the order received (then by name); the damaged ones last.
    pub fn listar(&self) -> Result<Vec<Guardado>, StorageError> {
        let mut lista = Vec::new();
        for clave in self.store.keys()? {
            if !es_clave_de_recibido(&clave) {
                continue;
            }
            let Some(texto) = self.store.get(&clave)? else {
                continue;
            };
            lista.push(leer_entrada(clave, &texto));
        }
        ordenar_por_clave(&mut lista, |g| match g {
            Guardado::Archivo { archivo, clave } => (
                0,
                Some(archivo.recibido_en),
                archivo.nombre.clone(),
                clave.clone(),
            ),
            Guardado::Danado { clave, .. } => (1, None, String::new(), clave.clone()),
        });
        Ok(lista)
    }

    /// Removes one entry and hands back its text, to put back with [`Recibidos::restaurar`].
    pub fn quitar(&self, clave: &str) -> Result<Option<String>, StorageError> {
        let texto = self.store.get(clave)?;
        self.store.remove(clave)?;
        Ok(texto)
    }

    /// Puts back an entry exactly as it was (undo of a removal).
    pub fn restaurar(&self, clave: &str, texto: &str) -> Result<(), StorageError> {
        self.store.set(clave, texto)
    }
}

fn leer_entrada(clave: String, texto: &str) -> Guardado {
    let danado = |motivo: &str| Guardado::Danado {
        clave: clave.clone(),
        motivo: motivo.to_string(),
    };
    let Ok(valor) = serde_json::from_str::<serde_json::Value>(texto) else {
        return danado("la copia guardada en este navegador está dañada");
    };
    match valor.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION_RECIBIDO) => {
            return danado("la guardó una versión más reciente de esta página; recárguela")
        }
        _ => {}
    }
    match Entrada::deserialize(&valor) {
        Ok(entrada) => Guardado::Archivo {
            clave,
            archivo: ArchivoRecibido {
                nombre: entrada.nombre,
                recibido_en: entrada.recibido_en,
                texto: entrada.texto,
                codificacion: entrada.codificacion,
            },
        },
        Err(_) => danado("la copia guardada en este navegador está dañada"),
    }
}
