//! Fields the person types into: one line, several lines, a list of lines.

use leptos::prelude::*;

use super::{descrita_con_nota, descrita_por, Campo};
use crate::domain::text::lineas;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::lente::Lente;

/// One line of text.
#[component]
pub fn CampoTexto(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<String>,
    #[prop(optional, into)] ayuda: Option<String>,
    /// `text`, `email`, `tel` or `url`.
    #[prop(default = "text")]
    tipo: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] opcional: bool,
    /// The id of a `<datalist>` of suggestions, when there is one.
    #[prop(default = None)]
    lista: Option<&'static str>,
    #[prop(optional)] ancho: Option<&'static str>,
    /// A line under the control about the value typed.
    #[prop(optional)]
    nota: Option<Memo<Option<String>>>,
    /// Its error, for a form outside the wizard; the wizard's fields take theirs from its state.
    #[prop(optional)]
    error: Option<Memo<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| usar_estado().error_de(id.clone()));
    let describedby = descrita_con_nota(&id, ayuda.is_some(), error, nota);
    let clase = format!("entrada {}", ancho.unwrap_or(""));
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error nota=nota>
            <input
                id=id
                class=clase
                type=tipo
                autocomplete=autocomplete
                list=lista
                spellcheck=if tipo == "text" { "true" } else { "false" }
                prop:value=move || lente.valor.get()
                on:input=move |ev| lente.escribir(event_target_value(&ev))
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            />
        </Campo>
    }
}

/// Several lines of text.
#[component]
pub fn AreaTexto(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<String>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    #[prop(default = 4)] filas: u32,
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error>
            <textarea
                id=id
                class="entrada area"
                rows=filas
                prop:value=move || lente.valor.get()
                on:input=move |ev| lente.escribir(event_target_value(&ev))
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            ></textarea>
        </Campo>
    }
}

/// A list of short texts, one per line. What the person types stays as typed (blank lines
/// included) while the agenda keeps the non-empty lines.
#[component]
pub fn ListaLineas(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Vec<String>>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    #[prop(default = 3)] filas: u32,
    /// A line under the control about the list (how many it holds).
    #[prop(optional)]
    nota: Option<Memo<Option<String>>>,
    /// Its error, for a form outside the wizard; the wizard's fields take theirs from its state.
    #[prop(optional)]
    error: Option<Memo<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| usar_estado().error_de(id.clone()));
    let describedby = descrita_con_nota(&id, ayuda.is_some(), error, nota);
    let texto = RwSignal::new(lente.valor.get_untracked().join("\n"));
    // Follows changes from elsewhere (undo, an imported file), never the person's own typing.
    Effect::new(move |_| {
        let valor = lente.valor.get();
        if texto.with_untracked(|t| lineas(t)) != valor {
            texto.set(valor.join("\n"));
        }
    });
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error nota=nota>
            <textarea
                id=id
                class="entrada area"
                rows=filas
                prop:value=move || texto.get()
                on:input=move |ev| {
                    let nuevo = event_target_value(&ev);
                    lente.escribir(lineas(&nuevo));
                    texto.set(nuevo);
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            ></textarea>
        </Campo>
    }
}
