//! Migrations: each format version to the next, oldest first, for files and stored drafts.

use serde_json::Value;

use super::ImportError;

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
