//! Reads the municipality's `config.json`, published beside the app by Planeación. Without
//! one, every date is computed; a malformed one is reported and the computed dates are used.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
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

/// A server's answer: its status (0 when there was none: offline, blocked) and its text.
struct Respuesta {
    estado: u16,
    texto: Option<String>,
}

impl Respuesta {
    /// No answer at all (offline, blocked).
    const NINGUNA: Respuesta = Respuesta {
        estado: 0,
        texto: None,
    };

    fn lectura(self) -> Lectura {
        match self {
            // Offline or blocked: the computed dates still work.
            Respuesta {
                estado: 0 | 404, ..
            } => Lectura::NoHay,
            Respuesta { estado, .. } if !(200..300).contains(&estado) => {
                Lectura::Fallo(format!("el servidor respondió {estado}"))
            }
            Respuesta {
                texto: Some(texto), ..
            } => Lectura::Texto(texto),
            Respuesta { texto: None, .. } => Lectura::Fallo("no se pudo leer".into()),
        }
    }

    /// `{estado, texto}` as the page's own fetch of `config.json` writes it (index.html).
    fn de_js(valor: &JsValue) -> Respuesta {
        let campo = |nombre: &str| js_sys::Reflect::get(valor, &nombre.into()).ok();
        Respuesta {
            estado: campo("estado").and_then(|e| e.as_f64()).unwrap_or(0.0) as u16,
            texto: campo("texto").and_then(|t| t.as_string()),
        }
    }
}

async fn leer_archivo(ruta: &str) -> Lectura {
    let opciones = RequestInit::new();
    // Planeación may edit the file after publishing; never serve a stale copy.
    opciones.set_cache(RequestCache::NoCache);
    let promesa = window().fetch_with_str_and_init(ruta, &opciones);
    let Ok(respuesta) = JsFuture::from(promesa)
        .await
        .and_then(|r| r.dyn_into::<Response>())
    else {
        return Respuesta::NINGUNA.lectura();
    };
    let estado = respuesta.status();
    let texto = match respuesta.text() {
        Ok(promesa) if respuesta.ok() => JsFuture::from(promesa)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        _ => None,
    };
    Respuesta { estado, texto }.lectura()
}

/// The page starts fetching `config.json` as it loads (index.html), while the app itself
/// downloads: `window.configuracionDelSitio` holds its `promesa` and, once it has settled, its
/// `resultado`. Only the offices' app does; Planeación's page fetches its own.
fn pedido_de_la_pagina() -> Option<JsValue> {
    js_sys::Reflect::get(&window(), &"configuracionDelSitio".into())
        .ok()
        .filter(JsValue::is_object)
}

/// `config.json` as the page already read it, when it did before the app started.
fn leida_por_la_pagina() -> Option<Lectura> {
    let pedido = pedido_de_la_pagina()?;
    let resultado = js_sys::Reflect::get(&pedido, &"resultado".into()).ok()?;
    resultado
        .is_object()
        .then(|| Respuesta::de_js(&resultado).lectura())
}

/// The promise of the page's own fetch of `config.json`, settled or not.
fn promesa_de_la_pagina() -> Option<js_sys::Promise> {
    pedido_de_la_pagina()
        .and_then(|p| js_sys::Reflect::get(&p, &"promesa".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
}

/// The page's own fetch of `config.json`, while it is still on its way.
fn pedido_pendiente() -> Option<js_sys::Promise> {
    if leida_por_la_pagina().is_some() {
        return None;
    }
    promesa_de_la_pagina()
}

/// Runs `f` once the page's own fetch of `config.json` has settled: at once when it has (the
/// usual case), or when there is none.
pub fn cuando_la_pagina_la_tenga(f: impl FnOnce() + 'static) {
    match pedido_pendiente() {
        None => f(),
        // Leptos's executor starts with the app, so this waits with wasm-bindgen's own.
        Some(promesa) => wasm_bindgen_futures::spawn_local(async move {
            // A failed fetch settles too: the app then reads the file itself, or goes without.
            let _ = JsFuture::from(promesa).await;
            f();
        }),
    }
}

/// `config.json`: the page's own fetch of it when there is one, otherwise a fetch of its own.
async fn leer_config_json() -> Lectura {
    match promesa_de_la_pagina() {
        Some(promesa) => match JsFuture::from(promesa).await {
            Ok(resultado) => Respuesta::de_js(&resultado).lectura(),
            Err(_) => Respuesta::NINGUNA.lectura(),
        },
        None => leer_archivo("config.json").await,
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
    texto_de(leer_archivo(ruta).await)
}

fn texto_de(lectura: Lectura) -> Result<Option<String>, FalloConfiguracion> {
    match lectura {
        Lectura::NoHay => Ok(None),
        Lectura::Fallo(motivo) => Err(FalloConfiguracion::NoSeLeyo(motivo)),
        // Some static hosts answer every path with the app's own page.
        Lectura::Texto(texto) if texto.trim_start().starts_with('<') => Ok(None),
        Lectura::Texto(texto) => Ok(Some(texto)),
    }
}

fn configuracion_de(
    lectura: Lectura,
    hoy: NaiveDate,
) -> Result<Option<Configuracion>, FalloConfiguracion> {
    texto_de(lectura)?
        .map(|t| Configuracion::desde_json(&t, hoy))
        .transpose()
        .map_err(|e| FalloConfiguracion::Invalida(e.to_string()))
}

/// The site's settings when the page had read them before the app started (the usual case:
/// the file is small and the app is not), so the first screen is built with them; `None` when
/// they are still on their way and [`cargar_configuracion`] must wait.
pub fn ya_leida(hoy: NaiveDate) -> Option<Result<Option<Configuracion>, FalloConfiguracion>> {
    leida_por_la_pagina().map(|lectura| configuracion_de(lectura, hoy))
}

pub async fn cargar_configuracion(estado: Estado, hoy: NaiveDate) {
    aplicar(estado, configuracion_de(leer_config_json().await, hoy));
}

fn aplicar(estado: Estado, leida: Result<Option<Configuracion>, FalloConfiguracion>) {
    match leida {
        Ok(None) => {}
        Ok(Some(config)) => {
            estado.config.set(config);
            crate::ui::sesion::adoptar_periodo(estado);
        }
        Err(fallo) => avisar_fallo(estado, fallo),
    }
}

/// Settings that could not be used leave a notice, and the computed dates stand.
pub fn avisar_fallo(estado: Estado, fallo: FalloConfiguracion) {
    estado.aviso_config.set(Some(fallo.mensaje(
        "Se usan las fechas calculadas para el año de cierre. Avise a la Secretaría de Planeación.",
    )))
}
