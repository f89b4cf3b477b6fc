//! Dates and times, through the browser's own pickers.

use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{descrita_con_nota, entrada_ilegible, Campo, Ilegibles};
use crate::domain::calendar::{hora_texto, leer_fecha_iso, leer_hora};
use crate::domain::dia_del_cierre::{describir_dia, describir_fin, describir_frente_al_espacio};
use crate::ui::estado::usar_estado;
use crate::ui::widgets::lente::Lente;

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
            // Also fired when the field is taken off the page with the focus in it, after its
            // entry was cleared: marking it then would leave the next step an entry for a
            // field that is not there.
            let en_pantalla = ilegible.is_some_and(|i| i.try_with_untracked(|_| ()).is_some());
            if let (Some(marcar), true) = (&marcar, en_pantalla) {
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
