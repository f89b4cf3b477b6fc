//! The stepper, the error summary and the links that move focus to a field.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::pasos::{paso_completo, Paso};
use crate::ui::estado::{usar_estado, Estado};
use crate::ui::ruta::Ruta;

/// Focuses an element by id at once, before what is about to leave the page does (a field
/// waits for the next paint instead: [`enfocar_campo`]).
pub fn enfocar_ya(id: &str) {
    let objetivo = document().get_element_by_id(id);
    if let Some(html) = objetivo.and_then(|o| o.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = html.focus();
    }
}

thread_local! {
    /// The latest request to focus a field: one still waiting for its field gives way to it.
    static PEDIDO_DE_FOCO: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Frames a field may take to appear: a part built after the next paint (see
/// [`TrasPintar`](super::tras_pintar::TrasPintar)) takes one or two.
const FRAMES_PARA_APARECER: u8 = 10;

/// Focuses a field by id once the DOM has it: the control itself, or the first control of a
/// group. Scrolls it into view with its label.
pub fn enfocar_campo(id: String) {
    let pedido = PEDIDO_DE_FOCO.with(|p| {
        p.set(p.get().wrapping_add(1));
        p.get()
    });
    enfocar_cuando_aparezca(id, pedido, FRAMES_PARA_APARECER);
}

fn enfocar_cuando_aparezca(id: String, pedido: u32, frames: u8) {
    request_animation_frame(move || {
        if PEDIDO_DE_FOCO.with(|p| p.get()) != pedido {
            return;
        }
        let Some(el) = document().get_element_by_id(&id) else {
            if frames > 0 {
                enfocar_cuando_aparezca(id, pedido, frames - 1);
            }
            return;
        };
        let destino = if matches!(
            el.tag_name().as_str(),
            "FIELDSET" | "DIV" | "SECTION" | "UL" | "OL"
        ) {
            el.query_selector("input, select, textarea, button")
                .ok()
                .flatten()
                .unwrap_or(el)
        } else {
            el
        };
        let contenedor = destino
            .closest(".campo")
            .ok()
            .flatten()
            .unwrap_or_else(|| destino.clone());
        contenedor.scroll_into_view_with_bool(true);
        if let Ok(html) = destino.dyn_into::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    });
}

/// "Paso 3 de 9" and the list of steps, each marked current or complete.
#[component]
pub fn Stepper(paso: Paso) -> impl IntoView {
    let estado = usar_estado();
    // A step that keeps a text it could not read is not complete, whether the text is kept
    // aside (the review counts it) or still on screen in this step (its field says so).
    let completos = Memo::new(move |_| {
        let sin_leer = estado.sin_leer();
        let ilegible_aqui = estado.ilegibles.with(|l| !l.is_empty());
        estado.agenda.with(|a| {
            Paso::TODOS
                .iter()
                .map(|p| {
                    paso_completo(*p, a)
                        && !sin_leer.iter().any(|(q, _)| q == p)
                        && !(*p == paso && ilegible_aqui)
                })
                .collect::<Vec<bool>>()
        })
    });
    view! {
        <nav class="stepper" aria-label="Pasos de la agenda">
            <p class="stepper-posicion">
                {format!("Paso {} de {}", paso.numero(), Paso::TODOS.len())}
            </p>
            <ol class="stepper-lista">
                {Paso::TODOS
                    .into_iter()
                    .map(|p| {
                        let actual = p == paso;
                        let i = p.numero() - 1;
                        let completo = move || completos.with(|c| c[i]);
                        view! {
                            <li
                                class="stepper-paso"
                                class:actual=actual
                                class:completo=completo
                            >
                                <a
                                    href=Ruta::paso(p).a_hash()
                                    aria-current=actual.then_some("step")
                                >
                                    <span class="stepper-numero" aria-hidden="true">{p.numero()}</span>
                                    <span class="stepper-nombre">{p.nombre_corto()}</span>
                                    <span class="visualmente-oculto">
                                        {move || if completo() { " (completo)" } else { "" }}
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The GOV.UK error summary: a heading, then a link to each field with its message.
/// It takes focus when it appears so screen readers announce it.
#[component]
pub fn ResumenErrores(
    /// (field id, message) pairs.
    #[prop(into)]
    errores: Signal<Vec<(String, String)>>,
    /// Called before focusing, to open the part of the form that holds the field.
    #[prop(optional)]
    al_seguir: Option<Callback<String>>,
) -> impl IntoView {
    // The wizard's page title follows the summaries on screen (the review has two).
    if let Some(estado) = use_context::<Estado>() {
        let muestra = StoredValue::new(false);
        let contar = move |hay: bool| {
            if muestra.get_value() != hay {
                muestra.set_value(hay);
                estado
                    .resumenes_con_errores
                    .update(|n| *n = if hay { *n + 1 } else { n.saturating_sub(1) });
            }
        };
        Effect::new(move |_| contar(!errores.with(Vec::is_empty)));
        on_cleanup(move || contar(false));
    }
    // It takes the focus when it shows new problems (a "Continuar", a download), never when the
    // person only fixed some of them: the focus stays in the field they are typing in.
    Effect::new(move |antes: Option<Vec<(String, String)>>| {
        let ahora = errores.get();
        let solo_corregidos = antes.as_ref().is_some_and(|antes| {
            ahora.len() < antes.len() && ahora.iter().all(|x| antes.contains(x))
        });
        if !ahora.is_empty() && !solo_corregidos {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("resumen-errores") {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        el.scroll_into_view_with_bool(true);
                        let _ = el.focus();
                    }
                }
            });
        }
        ahora
    });
    move || {
        let lista = errores.get();
        (!lista.is_empty()).then(|| {
            view! {
                <div class="resumen-errores" id="resumen-errores" tabindex="-1" aria-labelledby="resumen-errores-titulo">
                    <h2 id="resumen-errores-titulo" class="resumen-errores-titulo">"Hay un problema"</h2>
                    <ul class="resumen-errores-lista">
                        {lista
                            .into_iter()
                            .map(|(id, mensaje)| {
                                let destino = id.clone();
                                view! {
                                    <li>
                                        <a
                                            href=format!("#{id}")
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                if let Some(cb) = al_seguir {
                                                    cb.run(destino.clone());
                                                }
                                                enfocar_campo(destino.clone());
                                            }
                                        >
                                            {mensaje}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
