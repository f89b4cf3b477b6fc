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
mod vista_previa;
pub mod widgets;

use leptos::prelude::*;

pub use shell::App;

/// Mounts the app on the page's `<body>`.
pub fn montar() {
    // The first screen is built with the municipality's settings, which the page fetched while
    // the app downloaded. When they are still on their way, the page's «Cargando…» stays until
    // they come: drawing the frame with an empty screen first cost ~120 ms of layout and paint
    // before the first usable field, on a phone's CPU (4× in the benchmark).
    configuracion::cuando_la_pagina_la_tenga(|| {
        let copia = vista_previa::LoHechoEnLaCopia::tomar();
        quitar_pantalla_de_carga();
        match copia {
            // The copy showed all of step 1: built in parts, its lower half would blink out.
            Some(copia) => {
                widgets::tras_pintar::de_una_vez(|| leptos::mount::mount_to_body(App));
                // After the fields have taken their first values, which Leptos sets in a
                // microtask queued by the mount; still before any key or tap gets its turn.
                queue_microtask(move || copia.repetir());
            }
            None => leptos::mount::mount_to_body(App),
        }
    });
}

/// The page's static header and «Cargando…» (src/index.html, src/planeacion.html), or its copy
/// of step 1, give way to the app, which draws its own in the same frame.
pub fn quitar_pantalla_de_carga() {
    for id in ["carga-encabezado", "carga", "vista-previa"] {
        if let Some(elemento) = document().get_element_by_id(id) {
            elemento.remove();
        }
    }
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

/// Runs `f` once the next frame has been painted: a frame's callbacks run before it paints, and
/// a task queued from one runs after it. A page the browser does not draw (a tab in the
/// background) has no frames, so a timer runs it there instead, within 100 ms.
pub fn tras_pintar(f: impl FnOnce() + 'static) {
    // Whichever comes first runs it; the other finds it gone.
    let pendiente = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let correr = move || {
        if let Some(f) = pendiente.take() {
            f()
        }
    };
    let por_el_cuadro = correr.clone();
    request_animation_frame(move || set_timeout(por_el_cuadro, std::time::Duration::ZERO));
    set_timeout(correr, std::time::Duration::from_millis(100));
}

/// Runs `f` when the browser is idle, within 50 ms; at once where `requestIdleCallback` is
/// missing (Safari).
pub fn cuando_este_libre(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let ventana = window();
    // Asked before making the callback: one that is never called is never freed.
    if !js_sys::Reflect::has(&ventana, &"requestIdleCallback".into()).unwrap_or(false) {
        return f();
    }
    let f = std::rc::Rc::new(std::cell::RefCell::new(Some(f)));
    let en_espera = f.clone();
    let callback = Closure::once_into_js(move || {
        if let Some(f) = en_espera.borrow_mut().take() {
            f()
        }
    });
    let opciones = web_sys::IdleRequestOptions::new();
    opciones.set_timeout(50);
    let pedido = ventana.request_idle_callback_with_options(callback.unchecked_ref(), &opciones);
    if pedido.is_err() {
        if let Some(f) = f.borrow_mut().take() {
            f()
        }
    }
}
