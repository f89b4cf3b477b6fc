//! The browser app: small Leptos components that render the domain and dispatch changes to it.

mod abrir_archivo;
mod borradores;
mod configuracion;
mod descargas;
pub mod estado;
mod guardado;
mod pasos;
pub mod planeacion;
pub mod ruta;
mod sesion;
mod shell;
mod start;
pub mod widgets;

use leptos::prelude::*;

pub use shell::App;

/// Mounts the app on the page's `<body>`.
pub fn montar() {
    // The page's static «Cargando…» gives way to the app.
    if let Some(carga) = document().get_element_by_id("carga") {
        carga.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Moves keyboard and screen-reader focus to an element by id, after the DOM has it.
pub fn enfocar(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}
