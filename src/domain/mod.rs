//! The agenda itself, as pure Rust with no web dependency: model, vocabularies, calendar,
//! validation rules with their legal source, JSON format and migrations, and the consolidation
//! of every office's agenda into the municipal calendar.

#[macro_use]
pub mod vocab;
pub mod calendar;
pub mod cantidad;
pub mod comparar;
pub mod comunicaciones;
pub mod config;
pub mod consolidado;
pub mod cronograma;
pub mod dia_del_cierre;
pub mod edicion;
pub mod entregas;
pub mod format;
pub mod ics;
pub mod model;
pub mod orden;
pub mod pasos;
pub mod revision;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod text;
