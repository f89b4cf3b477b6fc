//! Reads the municipality's `config.json`, published beside the app by Planeación. Without
//! one, every date is computed; a malformed one is reported and the computed dates are used.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use super::estado::Estado;
use crate::domain::config::Configuracion;

/// What fetching `config.json` gave.
enum Lectura {
    NoHay,
    Texto(String),
    Fallo(String),
}

async fn leer_archivo(ruta: &str) -> Lectura {
    let opciones = RequestInit::new();
    // Planeación may edit the file after publishing; never serve a stale copy.
    opciones.set_cache(RequestCache::NoCache);
    let promesa = window().fetch_with_str_and_init(ruta, &opciones);
    let respuesta = match JsFuture::from(promesa).await {
        Ok(r) => r,
        // Offline or blocked: the computed dates still work.
        Err(_) => return Lectura::NoHay,
    };
    let Ok(respuesta) = respuesta.dyn_into::<Response>() else {
        return Lectura::NoHay;
    };
    if respuesta.status() == 404 {
        return Lectura::NoHay;
    }
    if !respuesta.ok() {
        return Lectura::Fallo(format!("el servidor respondió {}", respuesta.status()));
    }
    let Ok(promesa) = respuesta.text() else {
        return Lectura::Fallo("no se pudo leer".into());
    };
    match JsFuture::from(promesa)
        .await
        .ok()
        .and_then(|t| t.as_string())
    {
        Some(texto) => Lectura::Texto(texto),
        None => Lectura::Fallo("no se pudo leer".into()),
    }
}

/// The municipality's settings at `ruta`: `Ok(None)` when there are none (no file, offline),
/// or why the file cannot be used, in Spanish.
pub async fn leer_configuracion(
    ruta: &str,
    hoy: NaiveDate,
) -> Result<Option<Configuracion>, String> {
    match leer_archivo(ruta).await {
        Lectura::NoHay => Ok(None),
        Lectura::Fallo(motivo) => Err(format!(
            "No se pudo leer el archivo config.json del sitio ({motivo}). Se usan las fechas calculadas para el año de cierre."
        )),
        // Some static hosts answer every path with the app's own page.
        Lectura::Texto(texto) if texto.trim_start().starts_with('<') => Ok(None),
        Lectura::Texto(texto) => Configuracion::desde_json(&texto, hoy).map(Some).map_err(|e| {
            format!("{e} Se usan las fechas calculadas para el año de cierre. Avise a la Secretaría de Planeación.")
        }),
    }
}

pub async fn cargar_configuracion(estado: Estado, hoy: NaiveDate) {
    match leer_configuracion("config.json", hoy).await {
        Ok(None) => {}
        Ok(Some(config)) => {
            estado.config.set(config);
            crate::ui::sesion::adoptar_periodo(estado);
        }
        Err(aviso) => estado.aviso_config.set(Some(aviso)),
    }
}
