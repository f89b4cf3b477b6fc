//! A file picker with a drop zone around it: what the person chooses or drops goes to one
//! callback. The input stays in the keyboard order (visually hidden, its label is the button).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::format::{texto_de_archivo, ImportError, TextoDeArchivo, MAX_FILE_BYTES};

/// A chosen file's text, read in its own encoding ([`texto_de_archivo`]: a file saved again on
/// Windows may be in Windows-1252 or UTF-16). A file too large is refused before it is read;
/// `Err(None)` is one the browser could not read at all.
pub async fn leer_archivo(archivo: web_sys::File) -> Result<TextoDeArchivo, Option<ImportError>> {
    if archivo.size() > MAX_FILE_BYTES as f64 {
        return Err(Some(ImportError::TooLarge {
            bytes: archivo.size() as usize,
        }));
    }
    let contenido = wasm_bindgen_futures::JsFuture::from(archivo.array_buffer())
        .await
        .map_err(|_| None)?;
    texto_de_archivo(&js_sys::Uint8Array::new(&contenido).to_vec()).map_err(Some)
}

/// Files chosen with the picker or dropped on the zone go to `al_recibir`.
#[component]
pub fn ZonaDeArchivos(
    /// The id of the file input.
    id: &'static str,
    titulo: &'static str,
    ayuda: &'static str,
    /// The button's words.
    boton: &'static str,
    /// Several files at once.
    #[prop(optional)]
    varios: bool,
    /// The page's main action (green button) rather than a secondary one.
    #[prop(optional)]
    principal: bool,
    al_recibir: Callback<web_sys::FileList>,
    /// What follows the button: messages about the files received.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let arrastrando = RwSignal::new(false);
    let titulo_id = format!("titulo-{id}");
    let seccion_de = titulo_id.clone();
    let al_elegir = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(lista) = input.files() {
            al_recibir.run(lista);
        }
        // The same file can be chosen again once it is fixed.
        input.set_value("");
    };
    let al_soltar = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        arrastrando.set(false);
        if let Some(lista) = ev.data_transfer().and_then(|d| d.files()) {
            al_recibir.run(lista);
        }
    };
    view! {
        <section
            class="abrir-archivo"
            class:arrastrando=move || arrastrando.get()
            aria-labelledby=seccion_de
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                arrastrando.set(true);
            }
            on:dragleave=move |_| arrastrando.set(false)
            on:drop=al_soltar
        >
            <h2 id=titulo_id>{titulo}</h2>
            <p class="ayuda">{ayuda}</p>
            <div class="selector-archivo">
                <input id=id class="entrada-archivo" type="file" multiple=varios accept=".json,application/json" on:change=al_elegir/>
                <label class=if principal { "boton boton-principal" } else { "boton boton-secundario" } for=id>{boton}</label>
            </div>
            {children.map(|c| c())}
        </section>
    }
}
