//! Agenda de Rendición de Cuentas sectorial.
//!
//! `domain` is the pure core, compiled natively for tests and the `agenda-check` tool and
//! into the browser app; `storage` and `ui` exist only in the wasm build.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
