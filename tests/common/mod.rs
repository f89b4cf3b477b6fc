//! Fixtures shared by the native test files.
#![allow(dead_code)]

use agenda_rdc::domain::config::Configuracion;
use agenda_rdc::domain::format::import_agenda;
use agenda_rdc::domain::model::{Actividad, Agenda};
use agenda_rdc::domain::rules::{validar, Hallazgo, Severidad};
use chrono::NaiveDate;

pub const MUESTRA: &str = include_str!("../fixtures/muestra_salud_2027.json");

/// The valid sample agenda of domain.md §7 and its municipality settings.
pub fn muestra() -> (Agenda, Configuracion) {
    let importado = import_agenda(MUESTRA).expect("the sample loads");
    let archivo = importado
        .configuracion
        .clone()
        .expect("the sample carries its settings");
    let config = Configuracion::desde_archivo(archivo, d("2026-11-24")).expect("valid settings");
    (importado.agenda, config)
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are ISO")
}

/// The activity with this id, to change it.
pub fn act<'a>(agenda: &'a mut Agenda, id: &str) -> &'a mut Actividad {
    agenda
        .actividades
        .iter_mut()
        .find(|a| a.id.0 == id)
        .unwrap_or_else(|| panic!("no activity {id}"))
}

/// Findings of one rule.
pub fn de_regla(agenda: &Agenda, config: &Configuracion, regla: &str) -> Vec<Hallazgo> {
    validar(agenda, config)
        .into_iter()
        .filter(|h| h.regla_id == regla)
        .collect()
}

/// (severity, path) of each finding of one rule, for compact assertions.
pub fn resumen(agenda: &Agenda, config: &Configuracion, regla: &str) -> Vec<(Severidad, String)> {
    de_regla(agenda, config, regla)
        .into_iter()
        .map(|h| (h.severidad, h.ruta_campo))
        .collect()
}
