//! Where drafts are kept: the browser's localStorage (a tab's sessionStorage for what only that
//! tab has on screen), or memory.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::StorageError;

/// A string key-value store: the browser's localStorage or a memory stand-in.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// The browser's localStorage.
#[cfg(target_arch = "wasm32")]
pub struct BrowserStore {
    storage: web_sys::Storage,
}

#[cfg(target_arch = "wasm32")]
fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
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

    /// Opens this tab's sessionStorage, which outlives a reload but not the tab.
    pub fn sesion() -> Result<Self, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("sin ventana".into()))?;
        match window.session_storage() {
            Ok(Some(storage)) => Ok(BrowserStore { storage }),
            Ok(None) => Err(StorageError::Unavailable("sessionStorage no existe".into())),
            Err(e) => Err(StorageError::Unavailable(js_error_name(&e))),
        }
    }
}

#[cfg(target_arch = "wasm32")]
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

/// A store in memory with an optional quota in UTF-16 code units (as browsers count), for
/// tests and for running when the browser offers no storage.
#[derive(Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
    quota_units: Option<usize>,
}

impl MemoryStore {
    pub fn with_quota(quota_units: usize) -> Self {
        MemoryStore {
            items: RefCell::default(),
            quota_units: Some(quota_units),
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(cuota) = self.quota_units {
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
