//! What the person did in the page's copy of step 1 (src/index.html) before the app started:
//! the app reads it from that copy, draws its own screen in its place, and does it again
//! there, through its own handlers, as if it were typed now. The copy and the app's screen are
//! the same markup (tests/e2e/tools/vista-previa.mjs), so a control is found by its id, or by
//! its place among the links and buttons.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

const ID: &str = "vista-previa";
const CONTROLES: &str = "a, button";

/// A field the person changed in the copy.
enum Cambio {
    Texto { id: String, valor: String },
    Marcada { id: String, marcada: bool },
}

/// Where the focus was, with the caret of a text field.
struct Foco {
    id: String,
    seleccion: Option<(u32, u32)>,
}

/// What was done in the copy of step 1, taken before the app replaces it.
pub struct LoHechoEnLaCopia {
    cambios: Vec<Cambio>,
    foco: Option<Foco>,
    /// The link or button clicked last, by its place among all of them.
    pulsado: Option<usize>,
    desplazamiento: f64,
}

impl LoHechoEnLaCopia {
    /// What was done in the page's copy, when it shows; `None` otherwise.
    pub fn tomar() -> Option<Self> {
        let documento = leptos::prelude::document();
        let copia = documento.get_element_by_id(ID)?;
        let mut cambios = Vec::new();
        // Step 1's fields are all `<input>`s.
        for campo in elementos(&copia, "input") {
            let (id, Some(input)) = (campo.id(), campo.dyn_ref::<HtmlInputElement>()) else {
                continue;
            };
            if id.is_empty() {
                continue;
            }
            if matches!(input.type_().as_str(), "checkbox" | "radio") {
                if input.checked() != input.default_checked() {
                    cambios.push(Cambio::Marcada {
                        id,
                        marcada: input.checked(),
                    });
                }
            } else if input.value() != input.default_value() {
                cambios.push(Cambio::Texto {
                    id,
                    valor: input.value(),
                });
            }
        }
        let foco = documento
            .active_element()
            .filter(|activo| copia.contains(Some(activo)) && !activo.id().is_empty())
            .map(|activo| Foco {
                id: activo.id(),
                seleccion: seleccion(&activo),
            });
        let pulsado = elementos(&copia, CONTROLES)
            .iter()
            .position(|control| control.has_attribute("data-pulsado"));
        let desplazamiento = leptos::prelude::window().scroll_y().unwrap_or(0.0);
        Some(Self {
            cambios,
            foco,
            pulsado,
            desplazamiento,
        })
    }

    /// Does it all again in the app's screen, just drawn in the copy's place.
    pub fn repetir(self) {
        let documento = leptos::prelude::document();
        let ventana = leptos::prelude::window();
        for cambio in &self.cambios {
            match cambio {
                Cambio::Texto { id, valor } => {
                    let Some(input) = input_con_id(&documento, id) else {
                        continue;
                    };
                    input.set_value(valor);
                    // The field's own handler takes it, as it takes a key.
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(evento) = web_sys::Event::new_with_event_init_dict("input", &init) {
                        let _ = input.dispatch_event(&evento);
                    }
                }
                Cambio::Marcada { id, marcada } => {
                    let Some(input) = input_con_id(&documento, id) else {
                        continue;
                    };
                    // Ticking an option may tick another (an institute's legal representative):
                    // each ends as the person left it.
                    if input.checked() != *marcada {
                        input.click();
                    }
                }
            }
        }
        if let Some(foco) = &self.foco {
            if let Some(elemento) = documento
                .get_element_by_id(&foco.id)
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = elemento.focus();
                if let (Some((inicio, fin)), Some(input)) =
                    (foco.seleccion, elemento.dyn_ref::<HtmlInputElement>())
                {
                    let _ = input.set_selection_range(inicio, fin);
                }
            }
        }
        ventana.scroll_to_with_x_and_y(0.0, self.desplazamiento);
        if let Some(posicion) = self.pulsado {
            let controles = documento
                .body()
                .map(|cuerpo| elementos(&cuerpo, CONTROLES))
                .unwrap_or_default();
            if let Some(control) = controles
                .get(posicion)
                .and_then(|c| c.dyn_ref::<HtmlElement>())
            {
                control.click();
            }
        }
    }
}

fn input_con_id(documento: &web_sys::Document, id: &str) -> Option<HtmlInputElement> {
    documento.get_element_by_id(id)?.dyn_into().ok()
}

fn elementos(dentro: &Element, selector: &str) -> Vec<Element> {
    let Ok(lista) = dentro.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..lista.length())
        .filter_map(|i| lista.item(i))
        .filter_map(|nodo| nodo.dyn_into::<Element>().ok())
        .collect()
}

/// The caret of a text field (an e-mail field has none a script can read).
fn seleccion(elemento: &Element) -> Option<(u32, u32)> {
    let input = elemento.dyn_ref::<HtmlInputElement>()?;
    let inicio = input.selection_start().ok()??;
    let fin = input.selection_end().ok()??;
    Some((inicio, fin))
}
