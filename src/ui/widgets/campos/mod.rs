//! Form fields that follow the GOV.UK pattern: a label, an optional hint, the error in the same
//! words as the summary, `aria-describedby` and `aria-invalid`. Each reads and writes one
//! field through a [`Lente`](super::lente::Lente): typed values in `texto`, choices from a list
//! in `eleccion`, dates and times in `fecha`, numbers in `numero`; the label, hint and error
//! they share are here, and the list of fields whose text could not be read.

mod eleccion;
mod fecha;
mod numero;
mod texto;

pub use eleccion::*;
pub use fecha::*;
pub use numero::*;
pub use texto::*;

use leptos::prelude::*;

/// Ids of the hint and the error that describe a control.
fn descrita_por(
    id: &str,
    con_ayuda: bool,
    error: Memo<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let ayuda = con_ayuda.then(|| format!("{id}-ayuda"));
    let error_id = format!("{id}-error");
    move || {
        let partes: Vec<&str> = ayuda
            .iter()
            .map(String::as_str)
            .chain(error.get().is_some().then_some(error_id.as_str()))
            .collect();
        (!partes.is_empty()).then(|| partes.join(" "))
    }
}

/// [`descrita_por`] plus a note under the control (what the chosen value is), read last.
pub(crate) fn descrita_con_nota(
    id: &str,
    con_ayuda: bool,
    error: Memo<Option<String>>,
    nota: Option<Memo<Option<String>>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let descrita = descrita_por(id, con_ayuda, error);
    let nota_id = format!("{id}-nota");
    move || {
        let con_nota = nota.is_some_and(|n| n.with(Option::is_some));
        match (descrita(), con_nota) {
            (Some(otras), true) => Some(format!("{otras} {nota_id}")),
            (None, true) => Some(nota_id.clone()),
            (otras, false) => otras,
        }
    }
}

/// The frame every labelled control shares: the label, hint and error above it, the note under
/// it, and the mark of a field with an error.
#[component]
pub(crate) fn Campo(
    id: String,
    etiqueta: String,
    ayuda: Option<String>,
    opcional: bool,
    error: Memo<Option<String>>,
    #[prop(default = None)] nota: Option<Memo<Option<String>>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            {children()}
            <Nota id=id nota=nota/>
        </div>
    }
}

/// The line under a control that says what its value is ("Jueves 14 de octubre de 2027…").
#[component]
fn Nota(id: String, nota: Option<Memo<Option<String>>>) -> impl IntoView {
    let nota_id = format!("{id}-nota");
    move || {
        nota.and_then(|n| n.get())
            .map(|texto| view! { <p class="nota-campo" id=nota_id.clone()>{texto}</p> })
    }
}

#[component]
fn Etiqueta(
    #[prop(into)] para: String,
    #[prop(into)] texto: String,
    opcional: bool,
) -> impl IntoView {
    view! {
        <label for=para class="etiqueta">
            {texto}
            {opcional.then(|| view! { <span class="opcional">" (opcional)"</span> })}
        </label>
    }
}

#[component]
fn Ayuda(id: String, texto: Option<String>) -> impl IntoView {
    texto.map(|t| view! { <p class="ayuda" id=format!("{id}-ayuda")>{t}</p> })
}

#[component]
pub(crate) fn MensajeError(id: String, error: Memo<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! {
                <p class="mensaje-error" id=format!("{id}-error")>
                    <span class="visualmente-oculto">"Error: "</span>
                    {e}
                </p>
            }
        })
    }
}

/// The fields whose text a form could not take, by id, with what to write instead. What is on
/// screen is not what the form holds, so a form that keeps this list does not go on as if it were.
pub type Ilegibles = RwSignal<Vec<(String, String)>>;

/// One field's entry in a list of unreadable fields: a function that sets it (none when the
/// field reads) and a memo of it. The list changes only when this field's entry does: a
/// keystroke that reads as before wakes none of the fields and summaries that follow the list.
fn entrada_ilegible(
    ilegibles: Ilegibles,
    id: &str,
) -> (
    impl Fn(Option<String>) + Clone + 'static,
    Memo<Option<String>>,
) {
    let de_este = {
        let id = id.to_string();
        move |l: &Vec<(String, String)>| {
            l.iter()
                .find(|(campo, _)| campo == &id)
                .map(|(_, e)| e.clone())
        }
    };
    let marcar = {
        let id = id.to_string();
        let de_este = de_este.clone();
        move |motivo: Option<String>| {
            if ilegibles.with_untracked(&de_este) != motivo {
                ilegibles.update(|l| {
                    l.retain(|(campo, _)| campo != &id);
                    l.extend(motivo.map(|e| (id.clone(), e)));
                });
            }
        }
    };
    (marcar, Memo::new(move |_| ilegibles.with(&de_este)))
}
