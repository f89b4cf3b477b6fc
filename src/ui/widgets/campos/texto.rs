//! Fields the person types into: text, lines, dates, times and numbers.

use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{descrita_con_nota, descrita_por, Campo};
use crate::domain::calendar::{hora_texto, leer_fecha_iso, leer_hora};
use crate::domain::dia_del_cierre::{describir_dia, describir_fin, describir_frente_al_espacio};
use crate::domain::model::{ActividadId, AgendaId};
use crate::domain::pasos::{actividad_del_campo, Paso};
use crate::domain::text::{escribir_numero, leer_numero, lineas};
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
                on:input=move |ev| lente.fijar.run(event_target_value(&ev))
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
                on:input=move |ev| lente.fijar.run(event_target_value(&ev))
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
                    lente.fijar.run(lineas(&nuevo));
                    texto.set(nuevo);
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            ></textarea>
        </Campo>
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
/// its value instead of erasing what the person is typing. One still half-typed when the
/// person leaves the field goes on the form's list of fields it could not read, with a message.
#[component]
pub(crate) fn CampoNativo(
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
    /// Its error, for a form outside the wizard; the wizard's fields take theirs from its state.
    #[prop(optional)]
    error: Option<Memo<Option<String>>>,
    /// The list of fields a form outside the wizard could not read (the wizard's fields use
    /// the wizard's; a form outside it without a list does not track them).
    #[prop(optional)]
    ilegibles: Option<Ilegibles>,
) -> impl IntoView {
    // Only a form's own list is emptied from outside (the wizard's fields clear their entries).
    let lista_propia = ilegibles.is_some();
    let ilegibles = ilegibles.or_else(|| error.is_none().then(|| usar_estado().ilegibles));
    let error_de_fuera = error.unwrap_or_else(|| usar_estado().error_de(id.clone()));
    let (marcar, ilegible) = match ilegibles {
        Some(l) => {
            let (marcar, ilegible) = entrada_ilegible(l, &id);
            (Some(marcar), Some(ilegible))
        }
        None => (None, None),
    };
    if let Some(marcar) = marcar.clone() {
        on_cleanup(move || marcar(None));
    }
    let error = Memo::new(move |_| {
        ilegible
            .and_then(|i| i.get())
            .or_else(|| error_de_fuera.get())
    });
    // The line under the field speaks of the value the form holds, not of a half-typed one.
    let nota = nota.map(|nota| match ilegible {
        Some(ilegible) => {
            Memo::new(move |_| ilegible.with(Option::is_none).then(|| nota.get()).flatten())
        }
        None => nota,
    });
    // Named, since the error summary lists it away from the field.
    let incompleta = if tipo == "date" {
        format!("Complete la fecha (día, mes y año) en «{etiqueta}», o bórrela")
    } else {
        format!("Complete la hora en «{etiqueta}», o bórrela")
    };
    let revisar = {
        let marcar = marcar.clone();
        move |ev: &leptos::ev::Event| {
            if let Some(marcar) = &marcar {
                marcar(entrada_incompleta(ev).then(|| incompleta.clone()));
            }
        }
    };
    // A form that empties its list (going back to a published file) puts the value it holds
    // back in a field still half-typed: the browser keeps the half when the value is unchanged.
    let entrada = NodeRef::<leptos::html::Input>::new();
    if let Some(ilegible) = ilegible.filter(|_| lista_propia) {
        Effect::new(move |antes: Option<bool>| {
            let marcada = ilegible.with(Option::is_some);
            if antes == Some(true) && !marcada {
                if let Some(input) = entrada.get_untracked() {
                    if input.validity().bad_input() {
                        input.set_value(&lente.valor.get_untracked());
                    }
                }
            }
            marcada
        });
    }
    let describedby = descrita_con_nota(&id, ayuda.is_some(), error, nota);
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error nota=nota>
            <input
                node_ref=entrada
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
                    if let Some(marcar) = &marcar {
                        marcar(None);
                    }
                    lente.fijar.run(texto);
                }
                on:focusout=move |ev| revisar(&ev)
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            />
        </Campo>
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

/// The fields whose text a form could not take, by id, with what to write instead. What is on
/// screen is not what the form holds, so a form that keeps this list does not go on as if it were.
pub type Ilegibles = RwSignal<Vec<(String, String)>>;

/// The text of an unreadable number field that left the screen, with the value the agenda held
/// for it then: the field shows that text again when it comes back to the same value, so going
/// to another step and back loses nothing the person typed.
pub struct Apartado {
    /// Field ids repeat from agenda to agenda (activities are A01, A02… in each).
    pub agenda: AgendaId,
    /// The step it was typed in, and the activity it belongs to, for the review's list.
    pub paso: Option<Paso>,
    pub actividad: Option<ActividadId>,
    pub campo: String,
    pub valor: Option<f64>,
    pub texto: String,
    /// What to write instead, naming the field.
    pub motivo: String,
}

pub type Apartados = RwSignal<Vec<Apartado>>;

/// How a number field reads its text: the value (none when empty), or what to write instead.
pub type LecturaNumero = Callback<String, Result<Option<f64>, String>>;

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
    /// A line under the control that says what the value means (a duration's start and end).
    #[prop(optional)]
    nota: Option<Memo<Option<String>>>,
    /// For a form outside the wizard: its own reading, its error, and its list of fields it
    /// could not read (the wizard's fields use the wizard's list).
    #[prop(optional)]
    leer: Option<LecturaNumero>,
    #[prop(optional)] error: Option<Memo<Option<String>>>,
    #[prop(optional)] ilegibles: Option<Ilegibles>,
) -> impl IntoView {
    let error_de_fuera = error.unwrap_or_else(|| usar_estado().error_de(id.clone()));
    let leer = leer.unwrap_or_else(|| {
        // Named, since the error summary lists it away from the field.
        let etiqueta = etiqueta.clone();
        Callback::new(move |texto: String| {
            leer_numero(&texto, decimal).map_err(|_| {
                if decimal {
                    format!("Escriba un número en «{etiqueta}», por ejemplo 0,75")
                } else {
                    format!("Escriba solo números enteros, sin letras, en «{etiqueta}»")
                }
            })
        })
    });
    // In the wizard, with the activity of the text it could not read: found while the person
    // types it (once the activity is removed, its fields can no longer tell), not on every mount.
    let apartados = ilegibles.is_none().then(|| {
        let estado = usar_estado();
        let paso = estado.ruta.with_untracked(|r| r.paso_actual());
        let actividad = StoredValue::new(None::<ActividadId>);
        (estado.apartados, estado.agenda, paso, actividad)
    });
    let ilegibles = ilegibles.unwrap_or_else(|| usar_estado().ilegibles);
    let (marcar, ilegible) = entrada_ilegible(ilegibles, &id);
    let valor_inicial = lente.valor.get_untracked();
    let apartado = apartados.and_then(|(apartados, agenda, _, actividad)| {
        let agenda = agenda.with_untracked(|a| a.id.clone());
        // Looked up first: a field with nothing aside (nearly all) changes nothing.
        let i = apartados
            .with_untracked(|l| l.iter().position(|x| x.campo == id && x.agenda == agenda))?;
        let mut x = None;
        apartados.update(|l| x = Some(l.swap_remove(i)));
        let x = x.filter(|x| x.valor == valor_inicial)?;
        actividad.set_value(x.actividad);
        Some(x.texto)
    });
    let texto = RwSignal::new(match apartado {
        Some(t) => {
            marcar(leer.run(t.clone()).err());
            t
        }
        None => valor_inicial.map(escribir_numero).unwrap_or_default(),
    });
    // A field that leaves the screen takes its unreadable text off the list, and keeps it aside.
    on_cleanup({
        let marcar = marcar.clone();
        let id = id.clone();
        move || {
            if let (Some((apartados, agenda, paso, actividad)), Some(motivo)) =
                (apartados, ilegible.get_untracked())
            {
                let apartado = Apartado {
                    agenda: agenda.with_untracked(|a| a.id.clone()),
                    paso,
                    actividad: actividad.get_value(),
                    campo: id,
                    valor: lente.valor.get_untracked(),
                    texto: texto.get_untracked(),
                    motivo,
                };
                apartados.update(|l| l.push(apartado));
            }
            marcar(None)
        }
    });
    // Follows changes from elsewhere (undo, an imported file), never the person's own typing,
    // nor text it could not read while it says so; a form that clears its list of unreadable
    // fields (going back to a published file) gets the value back even when it did not change.
    Effect::new(move |_| {
        let valor = lente.valor.get();
        let propio = leer.run(texto.get_untracked());
        if propio != Ok(valor) && ilegible.with(Option::is_none) {
            texto.set(valor.map(escribir_numero).unwrap_or_default());
        }
    });
    let error = Memo::new(move |_| ilegible.get().or_else(|| error_de_fuera.get()));
    let describedby = descrita_con_nota(&id, ayuda.is_some(), error, nota);
    let escribir =
        {
            let id = id.clone();
            move |ev| {
                let nuevo = event_target_value(&ev);
                let lectura = leer.run(nuevo.clone());
                texto.set(nuevo);
                match lectura {
                    Ok(valor) => {
                        marcar(None);
                        lente.fijar.run(valor);
                    }
                    Err(motivo) => {
                        if let Some((_, agenda, _, actividad)) = apartados {
                            actividad.set_value(agenda.with_untracked(|a| {
                                actividad_del_campo(a, &id).map(|x| x.id.clone())
                            }));
                        }
                        marcar(Some(motivo))
                    }
                }
            }
        };
    view! {
        <Campo id=id.clone() etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error nota=nota>
            <div class="con-sufijo">
                <input
                    id=id
                    class="entrada ancho-numero"
                    type="text"
                    inputmode=if decimal { "decimal" } else { "numeric" }
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || texto.get()
                    on:input=escribir
                    aria-describedby=describedby
                    aria-invalid=move || error.get().map(|_| "true")
                />
                {sufijo.map(|s| view! { <span class="sufijo" aria-hidden="true">{s}</span> })}
            </div>
        </Campo>
    }
}
