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

/// Why the municipality's settings could not be used.
pub enum FalloConfiguracion {
    /// The file is there but could not be read (a server error).
    NoSeLeyo(String),
    /// The file was read and has an error; the message says which field and why.
    Invalida(String),
}

impl FalloConfiguracion {
    /// The message, with what the reader can do: `que_hacer` follows a file with an error.
    pub fn mensaje(&self, que_hacer: &str) -> String {
        match self {
            FalloConfiguracion::NoSeLeyo(motivo) => format!(
                "No se pudo leer el archivo config.json del sitio ({motivo}). Se usan las fechas calculadas para el año de cierre."
            ),
            FalloConfiguracion::Invalida(error) => format!("{error} {que_hacer}"),
        }
    }
}

/// The text of the settings file at `ruta`: `Ok(None)` when there is none (no file, offline).
pub async fn leer_texto_configuracion(ruta: &str) -> Result<Option<String>, FalloConfiguracion> {
    match leer_archivo(ruta).await {
        Lectura::NoHay => Ok(None),
        Lectura::Fallo(motivo) => Err(FalloConfiguracion::NoSeLeyo(motivo)),
        // Some static hosts answer every path with the app's own page.
        Lectura::Texto(texto) if texto.trim_start().starts_with('<') => Ok(None),
        Lectura::Texto(texto) => Ok(Some(texto)),
    }
}

/// The municipality's settings at `ruta`: `Ok(None)` when there are none (no file, offline).
pub async fn leer_configuracion(
    ruta: &str,
    hoy: NaiveDate,
) -> Result<Option<Configuracion>, FalloConfiguracion> {
    leer_texto_configuracion(ruta)
        .await?
        .map(|t| Configuracion::desde_json(&t, hoy))
        .transpose()
        .map_err(|e| FalloConfiguracion::Invalida(e.to_string()))
}

pub async fn cargar_configuracion(estado: Estado, hoy: NaiveDate) {
    match leer_configuracion("config.json", hoy).await {
        Ok(None) => {}
        Ok(Some(config)) => {
            estado.config.set(config);
            crate::ui::sesion::adoptar_periodo(estado);
        }
        Err(fallo) => estado.aviso_config.set(Some(fallo.mensaje(
            "Se usan las fechas calculadas para el año de cierre. Avise a la Secretaría de Planeación.",
        ))),
    }
}
