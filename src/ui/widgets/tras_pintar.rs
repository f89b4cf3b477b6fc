//! Part of a screen built just after the next paint.
//!
//! A new activity's form is some 500 elements; built all at once, the person waited for all of
//! it (three frames on a phone) before seeing the activity they added. Its first section, with
//! the focus in the name, now paints at once and the rest follows a frame later, which also
//! halved the time the whole form takes: the focus and the scroll no longer lay out the
//! sections below. A field asked for before its section is built is still found:
//! [`enfocar_campo`](super::navegacion::enfocar_campo) waits for it.
//!
//! ```ignore
//! view! {
//!     <Seccion titulo="Qué y cuándo">…</Seccion>
//!     <TrasPintar><RestoDelFormulario id=id/></TrasPintar>
//! }
//! ```

use leptos::prelude::*;

/// Renders `children` once the frame that shows what comes before it has been painted.
#[component]
pub fn TrasPintar(children: ChildrenFn) -> impl IntoView {
    let listo = RwSignal::new(false);
    // The screen may be gone by then (the person added another activity at once).
    crate::ui::tras_pintar(move || {
        let _ = listo.try_set(true);
    });
    move || listo.get().then(|| children())
}
