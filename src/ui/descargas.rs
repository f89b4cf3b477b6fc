//! Files the browser saves: the JSON agenda, the working copy and the calendar.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `contenido` as a download named `nombre`.
pub fn descargar(nombre: &str, tipo: &str, contenido: &str) -> Result<(), JsValue> {
    let partes = js_sys::Array::of1(&JsValue::from_str(contenido));
    let opciones = BlobPropertyBag::new();
    opciones.set_type(tipo);
    let blob = Blob::new_with_str_sequence_and_options(&partes, &opciones)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let ventana = web_sys::window().ok_or("sin ventana")?;
    let documento = ventana.document().ok_or("sin documento")?;
    let enlace: HtmlAnchorElement = documento.create_element("a")?.dyn_into()?;
    enlace.set_href(&url);
    enlace.set_download(nombre);
    enlace.set_attribute("hidden", "")?;
    documento.body().ok_or("sin body")?.append_child(&enlace)?;
    enlace.click();
    enlace.remove();
    // Revoke on the next turn, once the browser has started the download.
    let revocar = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    ventana.set_timeout_with_callback_and_timeout_and_arguments_0(revocar.unchecked_ref(), 1000)?;
    Ok(())
}
