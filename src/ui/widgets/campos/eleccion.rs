//! Fields that choose from a list: a drop-down, radios, checkboxes and yes-or-no questions.

use leptos::prelude::*;

use super::{descrita_por, Ayuda, Campo, MensajeError};
use crate::domain::orden::ordenar_por_clave;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::lente::{Lente, Opcion};

/// One choice from a list of (code, label), as a drop-down list. Widgets work on codes, so
/// one copy of their code serves every vocabulary (see [`crate::ui::widgets::lente::codigo`]).
#[component]
pub fn Seleccion(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Option<&'static str>>,
    opciones: Vec<Opcion>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    /// What the empty choice says.
    #[prop(default = "Elija una opción")]
    vacia: &'static str,
    /// Its error, for a form outside the wizard; the wizard's fields take theirs from its state.
    #[prop(optional)]
    error: Option<Memo<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| usar_estado().error_de(id.clone()));
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    let codigos: StoredValue<Vec<&'static str>> =
        StoredValue::new(opciones.iter().map(|(c, _)| *c).collect());
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error>
            <select
                id=id
                class="entrada seleccion"
                prop:value=move || lente.valor.get().unwrap_or("")
                on:change=move |ev| {
                    let elegido = event_target_value(&ev);
                    lente.fijar.run(codigos.with_value(|c| c.iter().copied().find(|c| *c == elegido)));
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            >
                <option value="">{vacia}</option>
                {opciones.into_iter().map(|(c, e)| view! { <option value=c>{e}</option> }).collect_view()}
            </select>
        </Campo>
    }
}

/// The frame of a group of radios or checkboxes: a fieldset whose legend asks the question.
#[component]
pub fn Grupo(
    #[prop(into)] id: String,
    #[prop(into)] leyenda: String,
    #[prop(optional_no_strip)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    #[prop(optional_no_strip)] error_extra: Option<Memo<Option<String>>>,
    children: Children,
) -> impl IntoView {
    let error_paso = usar_estado().error_de(id.clone());
    let error = Memo::new(move |_| {
        error_paso
            .get()
            .or_else(|| error_extra.and_then(|e| e.get()))
    });
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    view! {
        <fieldset
            id=id.clone()
            class="campo grupo"
            class:campo-con-error=move || error.get().is_some()
            tabindex="-1"
            aria-describedby=describedby
        >
            <legend class="etiqueta">
                {leyenda}
                {opcional.then(|| view! { <span class="opcional">" (opcional)"</span> })}
            </legend>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            {children()}
        </fieldset>
    }
}

/// One choice from a short list, as radios.
#[component]
pub fn Opciones(
    #[prop(into)] id: String,
    #[prop(into)] leyenda: String,
    lente: Lente<Option<&'static str>>,
    opciones: Vec<Opcion>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] en_linea: bool,
) -> impl IntoView {
    let nombre = id.clone();
    view! {
        <Grupo id=id.clone() leyenda=leyenda ayuda=ayuda>
            <div class="opciones" class:en-linea=en_linea>
                {opciones
                    .into_iter()
                    .map(|(codigo, etiqueta)| {
                        let id_opcion = format!("{nombre}-{codigo}");
                        view! {
                            <div class="opcion">
                                <input
                                    type="radio"
                                    id=id_opcion.clone()
                                    name=nombre.clone()
                                    value=codigo
                                    prop:checked=move || lente.valor.get() == Some(codigo)
                                    on:change=move |_| lente.fijar.run(Some(codigo))
                                />
                                <label for=id_opcion>{etiqueta}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </Grupo>
    }
}

/// Several choices from a list, as checkboxes, optionally in labelled sub-groups.
#[component]
pub fn Casillas(
    #[prop(into)] id: String,
    #[prop(into)] leyenda: String,
    lente: Lente<Vec<&'static str>>,
    /// Sub-groups shown with a heading each; one untitled group for a plain list.
    secciones: Vec<(&'static str, Vec<Opcion>)>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
) -> impl IntoView {
    let nombre = id.clone();
    // The order of the list, to keep the chosen codes in it.
    let orden: Vec<&'static str> = secciones
        .iter()
        .flat_map(|(_, o)| o.iter().map(|(c, _)| *c))
        .collect();
    let orden = StoredValue::new(orden);
    let casilla = move |(codigo, etiqueta): Opcion| {
        let id_opcion = format!("{nombre}-{codigo}");
        view! {
            <div class="opcion">
                <input
                    type="checkbox"
                    id=id_opcion.clone()
                    value=codigo
                    prop:checked=move || lente.valor.with(|l| l.contains(&codigo))
                    on:change=move |ev| {
                        let marcado = event_target_checked(&ev);
                        let mut lista = lente.valor.get_untracked();
                        lista.retain(|x| *x != codigo);
                        if marcado {
                            lista.push(codigo);
                            orden.with_value(|o| ordenar_por_clave(&mut lista, |c| o.iter().position(|x| x == c)));
                        }
                        lente.fijar.run(lista);
                    }
                />
                <label for=id_opcion>{etiqueta}</label>
            </div>
        }
    };
    view! {
        <Grupo id=id leyenda=leyenda ayuda=ayuda opcional=opcional>
            {secciones
                .into_iter()
                .map(|(titulo, valores)| {
                    let casilla = casilla.clone();
                    view! {
                        <div class="subgrupo">
                            {(!titulo.is_empty()).then(|| view! { <p class="subgrupo-titulo">{titulo}</p> })}
                            <div class="opciones">{valores.into_iter().map(casilla).collect_view()}</div>
                        </div>
                    }
                })
                .collect_view()}
        </Grupo>
    }
}

/// Checkboxes over a list that changes with the agenda (its topics, its dialogue spaces), each
/// a (key, label) pair; the lens holds the chosen keys.
#[component]
pub fn CasillasVariables(
    #[prop(into)] id: String,
    #[prop(into)] leyenda: String,
    opciones: Signal<Vec<(String, String)>>,
    lente: Lente<Vec<String>>,
    #[prop(optional_no_strip)] ayuda: Option<String>,
    /// What to say when there is nothing to choose yet.
    #[prop(optional)]
    vacio: Option<&'static str>,
) -> impl IntoView {
    let base = StoredValue::new(id.clone());
    // The options are read from the agenda, which changes at every keystroke: rebuild the
    // boxes only when the options themselves change.
    let opciones = Memo::new(move |_| opciones.get());
    view! {
        <Grupo id=id leyenda=leyenda ayuda=ayuda opcional=true>
            <div class="opciones">
                {move || {
                    let lista = opciones.get();
                    if lista.is_empty() {
                        return vacio.map(|t| view! { <p class="ayuda">{t}</p> }).into_any();
                    }
                    lista
                        .into_iter()
                        .enumerate()
                        .map(|(i, (clave, etiqueta))| {
                            // Keys are free text (topics): an id must not carry their spaces.
                            let id_opcion = format!("{}-{i}", base.get_value());
                            let clave = StoredValue::new(clave);
                            view! {
                                <div class="opcion">
                                    <input
                                        type="checkbox"
                                        id=id_opcion.clone()
                                        prop:checked=move || clave.with_value(|c| lente.valor.with(|l| l.contains(c)))
                                        on:change=move |ev| {
                                            let c = clave.get_value();
                                            let mut l = lente.valor.get_untracked();
                                            l.retain(|x| *x != c);
                                            if event_target_checked(&ev) {
                                                l.push(c);
                                            }
                                            lente.fijar.run(l);
                                        }
                                    />
                                    <label for=id_opcion>{etiqueta}</label>
                                </div>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </div>
        </Grupo>
    }
}

/// A yes-or-no question that starts unanswered.
#[component]
pub fn SiNo(
    #[prop(into)] id: String,
    #[prop(into)] pregunta: String,
    lente: Lente<Option<bool>>,
) -> impl IntoView {
    let nombre = id.clone();
    let opcion = move |valor: bool| {
        let id_opcion = format!("{}-{}", nombre, if valor { "si" } else { "no" });
        view! {
            <div class="opcion">
                <input
                    type="radio"
                    id=id_opcion.clone()
                    name=nombre.clone()
                    prop:checked=move || lente.valor.get() == Some(valor)
                    on:change=move |_| lente.fijar.run(Some(valor))
                />
                <label for=id_opcion>{if valor { "Sí" } else { "No" }}</label>
            </div>
        }
    };
    view! {
        <Grupo id=id leyenda=pregunta>
            <div class="opciones en-linea">{opcion(true)} {opcion(false)}</div>
        </Grupo>
    }
}

/// A single checkbox.
#[component]
pub fn Casilla(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<bool>,
    #[prop(optional, into)] ayuda: Option<String>,
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <MensajeError id=id.clone() error=error/>
            <div class="opcion">
                <input
                    type="checkbox"
                    id=id.clone()
                    prop:checked=move || lente.valor.get()
                    on:change=move |ev| lente.fijar.run(event_target_checked(&ev))
                    aria-describedby=describedby
                    aria-invalid=move || error.get().map(|_| "true")
                />
                <label for=id.clone()>{etiqueta}</label>
            </div>
            <Ayuda id=id texto=ayuda/>
        </div>
    }
}
