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

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    static DE_UNA_VEZ: Cell<bool> = const { Cell::new(false) };
}

/// Builds what `f` draws whole, parts after the paint included: the app taking over the page's
/// copy of step 1 (`ui::vista_previa`) replaces a whole screen, and needs every field the
/// person may have filled there.
pub fn de_una_vez<T>(f: impl FnOnce() -> T) -> T {
    DE_UNA_VEZ.set(true);
    let hecho = f();
    DE_UNA_VEZ.set(false);
    hecho
}

/// Renders `children` once the frame that shows what comes before it has been painted.
///
/// `sin_prisa` also waits, after that paint, for a moment the browser is idle (at most 50 ms):
/// a key or a tap that comes first is answered first. It is for what lies below the fold of a
/// screen that has just opened, whose first field should answer at once; not for the rest of
/// an activity just added, which the person is waiting to see.
#[component]
pub fn TrasPintar(children: ChildrenFn, #[prop(optional)] sin_prisa: bool) -> impl IntoView {
    if DE_UNA_VEZ.get() {
        return children().into_any();
    }
    let listo = RwSignal::new(false);
    // The screen may be gone by then (the person added another activity at once).
    let mostrar = move || {
        let _ = listo.try_set(true);
    };
    crate::ui::tras_pintar(move || {
        if sin_prisa {
            crate::ui::cuando_este_libre(mostrar)
        } else {
            mostrar()
        }
    });
    (move || listo.get().then(|| children())).into_any()
}
