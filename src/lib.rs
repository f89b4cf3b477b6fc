//! Agenda de Rendición de Cuentas sectorial.
//!
//! `domain` is the pure core, compiled natively for tests and the `agenda-check` tool and
//! into the browser app. `storage` keeps drafts; only its localStorage backend is
//! browser-only, so the drafts logic is tested natively too. `ui` exists only in the wasm build.

pub mod domain;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
