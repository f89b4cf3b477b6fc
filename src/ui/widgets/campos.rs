//! Form fields that follow the GOV.UK pattern: a label, an optional hint, the error in the same
//! words as the summary, `aria-describedby` and `aria-invalid`. Each reads and writes one
//! field through a [`Lente`].

use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::lente::{Lente, Opcion};
use crate::domain::calendar::{hora_texto, leer_fecha_iso, leer_hora};
use crate::domain::dia_del_cierre::{describir_dia, describir_fin, describir_frente_al_espacio};
use crate::domain::orden::ordenar_por_clave;
use crate::domain::text::{escribir_numero, leer_numero};
use crate::ui::estado::usar_estado;

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
fn MensajeError(id: String, error: Memo<Option<String>>) -> impl IntoView {
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
    #[prop(optional)] lista: Option<&'static str>,
    #[prop(optional)] ancho: Option<&'static str>,
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    let clase = format!("entrada {}", ancho.unwrap_or(""));
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            <input
                id=id
                class=clase
                type=tipo
                autocomplete=autocomplete
                list=lista
                spellcheck=if tipo == "text" { "true" } else { "false" }
                prop:value=move || lente.valor.get()
                on:input=move |ev| lente.fijar.run(event_target_value(&ev))
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            />
        </div>
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
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            <textarea
                id=id
                class="entrada area"
                rows=filas
                prop:value=move || lente.valor.get()
                on:input=move |ev| lente.fijar.run(event_target_value(&ev))
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            ></textarea>
        </div>
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
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    let a_lista = |texto: &str| -> Vec<String> {
        texto
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    let texto = RwSignal::new(lente.valor.get_untracked().join("\n"));
    // Follows changes from elsewhere (undo, an imported file), never the person's own typing.
    Effect::new(move |_| {
        let valor = lente.valor.get();
        if texto.with_untracked(|t| a_lista(t)) != valor {
            texto.set(valor.join("\n"));
        }
    });
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            <textarea
                id=id
                class="entrada area"
                rows=filas
                prop:value=move || texto.get()
                on:input=move |ev| {
                    let nuevo = event_target_value(&ev);
                    lente.fijar.run(a_lista(&nuevo));
                    texto.set(nuevo);
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            ></textarea>
        </div>
    }
}

/// Whether a date, time or number input holds something half-typed that the browser cannot
/// read yet; then the agenda keeps its value instead of erasing what the person is typing.
fn entrada_incompleta(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.validity().bad_input())
}

/// A native date or time input. Its value travels as the browser's text ("2027-10-14",
/// "08:00"); a half-typed value the browser cannot read yet is left alone, so the agenda keeps
/// its value instead of erasing what the person is typing.
#[component]
fn CampoNativo(
    id: String,
    etiqueta: String,
    ayuda: Option<String>,
    opcional: bool,
    /// `date` or `time`.
    tipo: &'static str,
    clase: &'static str,
    lente: Lente<String>,
    /// A line under the control that says what the chosen value is (a date in words).
    #[prop(optional)]
    nota: Option<Memo<Option<String>>>,
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let descrita = descrita_por(&id, ayuda.is_some(), error);
    let nota_id = format!("{id}-nota");
    let con_nota = move || nota.is_some_and(|n| n.with(Option::is_some));
    let describedby = {
        let nota_id = nota_id.clone();
        move || match (descrita(), con_nota()) {
            (Some(otras), true) => Some(format!("{otras} {nota_id}")),
            (None, true) => Some(nota_id.clone()),
            (otras, false) => otras,
        }
    };
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            <input
                id=id
                class=clase
                type=tipo
                min=(tipo == "date").then_some("2000-01-01")
                max=(tipo == "date").then_some("2100-12-31")
                prop:value=move || lente.valor.get()
                on:input=move |ev| {
                    let texto = event_target_value(&ev);
                    if texto.is_empty() && entrada_incompleta(&ev) {
                        return;
                    }
                    lente.fijar.run(texto);
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            />
            {move || nota.and_then(|n| n.get()).map(|texto| view! { <p class="nota-campo" id=nota_id.clone()>{texto}</p> })}
        </div>
    }
}

/// The date a date field is read against.
#[derive(Clone, Copy)]
pub enum RespectoDe {
    /// The field is the end of something that starts on this date.
    Inicio(Memo<Option<NaiveDate>>),
    /// The field prepares or follows the dialogue space held on this date.
    Espacio(Memo<Option<NaiveDate>>),
}

/// A date with the browser's date picker. Under it, the chosen date in words with what it is in
/// the closing calendar (holiday, phase, Ley de Garantías), so a slip shows while choosing.
#[component]
pub fn CampoFecha(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Option<NaiveDate>>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    /// A date this one is read against, for the line under the field.
    #[prop(optional)]
    respecto_de: Option<RespectoDe>,
) -> impl IntoView {
    let texto = Lente {
        // NaiveDate's Display is the ISO form a date input reads, without chrono's formatter.
        valor: Memo::new(move |_| lente.valor.get().map(|d| d.to_string()).unwrap_or_default()),
        fijar: Callback::new(move |t: String| lente.fijar.run(leer_fecha_iso(&t))),
    };
    let config = usar_estado().config;
    let dia = Memo::new(move |_| {
        let fecha = lente.valor.get()?;
        Some(config.with(|c| match respecto_de {
            Some(RespectoDe::Inicio(inicio)) => describir_fin(c, inicio.get(), fecha),
            Some(RespectoDe::Espacio(espacio)) => {
                describir_frente_al_espacio(c, espacio.get(), fecha)
            }
            None => describir_dia(c, fecha),
        }))
    });
    view! { <CampoNativo id=id etiqueta=etiqueta ayuda=ayuda opcional=opcional tipo="date" clase="entrada ancho-fecha" lente=texto nota=dia/> }
}

/// A time of day (24 h).
#[component]
pub fn CampoHora(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Option<NaiveTime>>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
) -> impl IntoView {
    let texto = Lente {
        valor: Memo::new(move |_| lente.valor.get().map(hora_texto).unwrap_or_default()),
        fijar: Callback::new(move |t: String| lente.fijar.run(leer_hora(&t))),
    };
    view! { <CampoNativo id=id etiqueta=etiqueta ayuda=ayuda opcional=opcional tipo="time" clase="entrada ancho-hora" lente=texto/> }
}

/// A number typed as text (`inputmode` brings up the numeric keypad). What cannot be read as
/// a number stays on screen with a message and does not change the agenda.
#[component]
pub fn CampoNumero(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Option<f64>>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
    #[prop(default = false)] decimal: bool,
    #[prop(optional)] sufijo: Option<&'static str>,
) -> impl IntoView {
    let error_paso = usar_estado().error_de(id.clone());
    let texto = RwSignal::new(
        lente
            .valor
            .get_untracked()
            .map(escribir_numero)
            .unwrap_or_default(),
    );
    let ilegible = RwSignal::new(false);
    // Follows changes from elsewhere (undo, an imported file), never the person's own typing.
    Effect::new(move |_| {
        let valor = lente.valor.get();
        let propio = texto.with_untracked(|t| leer_numero(t, decimal));
        if propio != Ok(valor) && !ilegible.get_untracked() {
            texto.set(valor.map(escribir_numero).unwrap_or_default());
        }
    });
    let error = Memo::new(move |_| {
        if ilegible.get() {
            Some(
                if decimal {
                    "Escriba un número, por ejemplo 0,75"
                } else {
                    "Escriba solo números enteros, sin letras"
                }
                .to_string(),
            )
        } else {
            error_paso.get()
        }
    });
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
            <div class="con-sufijo">
                <input
                    id=id
                    class="entrada ancho-numero"
                    type="text"
                    inputmode=if decimal { "decimal" } else { "numeric" }
                    spellcheck="false"
                    prop:value=move || texto.get()
                    on:input=move |ev| {
                        let nuevo = event_target_value(&ev);
                        match leer_numero(&nuevo, decimal) {
                            Ok(valor) => {
                                ilegible.set(false);
                                lente.fijar.run(valor);
                            }
                            Err(_) => ilegible.set(true),
                        }
                        texto.set(nuevo);
                    }
                    aria-describedby=describedby
                    aria-invalid=move || error.get().map(|_| "true")
                />
                {sufijo.map(|s| view! { <span class="sufijo" aria-hidden="true">{s}</span> })}
            </div>
        </div>
    }
}

/// One choice from a list of (code, label), as a drop-down list. Widgets work on codes, so
/// one copy of their code serves every vocabulary (see [`super::lente::codigo`]).
#[component]
pub fn Seleccion(
    #[prop(into)] id: String,
    #[prop(into)] etiqueta: String,
    lente: Lente<Option<&'static str>>,
    opciones: Vec<Opcion>,
    #[prop(optional, into)] ayuda: Option<String>,
    #[prop(optional)] opcional: bool,
) -> impl IntoView {
    let error = usar_estado().error_de(id.clone());
    let describedby = descrita_por(&id, ayuda.is_some(), error);
    let codigos: StoredValue<Vec<&'static str>> =
        StoredValue::new(opciones.iter().map(|(c, _)| *c).collect());
    view! {
        <div class="campo" class:campo-con-error=move || error.get().is_some()>
            <Etiqueta para=id.clone() texto=etiqueta opcional=opcional/>
            <Ayuda id=id.clone() texto=ayuda/>
            <MensajeError id=id.clone() error=error/>
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
                <option value="">"Elija una opción"</option>
                {opciones.into_iter().map(|(c, e)| view! { <option value=c>{e}</option> }).collect_view()}
            </select>
        </div>
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
