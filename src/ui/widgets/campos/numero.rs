//! Numbers typed as text, and what the wizard keeps of one it cannot read.

use leptos::prelude::*;

use super::{descrita_con_nota, entrada_ilegible, Campo, Ilegibles};
use crate::domain::cantidad::{
    escribir_numero, leer_cantidad, revisar_al_salir, Unidad, ENTERO_MAXIMO,
};
use crate::domain::model::ActividadId;
use crate::domain::pasos::actividad_del_campo;
use crate::storage::Apartado;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::lente::Lente;

/// The texts of unreadable number fields that left the screen.
pub type Apartados = RwSignal<Vec<Apartado>>;

/// How a number field reads its text: the value (none when empty), or what to write instead.
pub type LecturaNumero = Callback<String, Result<Option<f64>, String>>;

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
    /// What it counts in: shown after the control, read with it by screen readers, and
    /// accepted when typed with the number.
    #[prop(optional)]
    unidad: Option<Unidad>,
    /// The largest whole number the agenda keeps here, when less than its unit's.
    #[prop(optional)]
    maximo: Option<u64>,
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
    // What a finished number must also be, checked when the person leaves the field.
    let revisar = {
        let etiqueta = etiqueta.clone();
        Callback::new(move |texto: String| {
            revisar_al_salir(&texto, decimal, unidad)
                .err()
                .map(|e| e.mensaje(&etiqueta, decimal))
        })
    };
    let leer = leer.unwrap_or_else(|| {
        // Named, since the error summary lists it away from the field.
        let etiqueta = etiqueta.clone();
        let maximo = maximo
            .or(unidad.map(Unidad::maximo))
            .unwrap_or(ENTERO_MAXIMO);
        Callback::new(move |texto: String| {
            leer_cantidad(&texto, decimal, unidad, maximo)
                .map_err(|e| e.mensaje(&etiqueta, decimal))
        })
    });
    // In the wizard, with the activity of the text it could not read: found while the person
    // types it (once the activity is removed, its fields can no longer tell), not on every mount.
    let apartados = ilegibles.is_none().then(|| {
        let estado = usar_estado();
        let paso = estado.ruta.with_untracked(|r| r.paso_actual());
        let actividad = StoredValue::new(None::<ActividadId>);
        (estado, paso, actividad)
    });
    let ilegibles = ilegibles.unwrap_or_else(|| usar_estado().ilegibles);
    let (marcar, ilegible) = entrada_ilegible(ilegibles, &id);
    let valor_inicial = lente.valor.get_untracked();
    let apartado = apartados.and_then(|(estado, _, actividad)| {
        let agenda = estado.agenda.with_untracked(|a| a.id.clone());
        // Looked up first: a field with nothing aside (nearly all) changes nothing.
        let i = estado
            .apartados
            .with_untracked(|l| l.iter().position(|x| x.campo == id && x.agenda == agenda))?;
        let mut x = None;
        estado.apartados.update(|l| x = Some(l.swap_remove(i)));
        let x = x.filter(|x| x.valor == valor_inicial)?;
        actividad.set_value(x.actividad);
        Some(x.texto)
    });
    // What this field keeps of a text it cannot read, with the value the agenda holds for it.
    let como_apartado = {
        let id = id.clone();
        move |texto: String, motivo: String| {
            apartados.map(|(estado, paso, actividad)| Apartado {
                agenda: estado.agenda.with_untracked(|a| a.id.clone()),
                paso,
                actividad: actividad.get_value(),
                campo: id.clone(),
                valor: lente.valor.get_untracked(),
                texto,
                motivo,
            })
        }
    };
    // A text it cannot read, or none once it reads: on the form's list, and where a reload
    // finds it.
    let senalar = {
        let id = id.clone();
        let como_apartado = como_apartado.clone();
        let marcar = marcar.clone();
        move |sin_leer: Option<(String, String)>| {
            if let Some((estado, _, _)) = apartados {
                let nuevo = sin_leer
                    .clone()
                    .and_then(|(texto, motivo)| como_apartado(texto, motivo));
                estado.anotar_en_pantalla(&id, nuevo);
            }
            marcar(sin_leer.map(|(_, motivo)| motivo));
        }
    };
    let texto = RwSignal::new(match apartado {
        Some(t) => {
            let revisado = || revisar.run(t.clone());
            let motivo = leer.run(t.clone()).err().or_else(revisado);
            senalar(motivo.map(|m| (t.clone(), m)));
            t
        }
        None => valor_inicial
            .map(|n| escribir_numero(n, decimal))
            .unwrap_or_default(),
    });
    // A field that leaves the screen takes its unreadable text off the list, and keeps it aside.
    on_cleanup({
        let senalar = senalar.clone();
        move || {
            let sin_leer = ilegible
                .get_untracked()
                .and_then(|motivo| como_apartado(texto.get_untracked(), motivo));
            if let (Some((estado, _, _)), Some(apartado)) = (apartados, sin_leer) {
                estado.apartados.update(|l| l.push(apartado));
            }
            senalar(None)
        }
    });
    // Follows changes from elsewhere (undo, an imported file), never the person's own typing,
    // nor text it could not read while it says so; a form that clears its list of unreadable
    // fields (going back to a published file) gets the value back even when it did not change.
    Effect::new(move |_| {
        let valor = lente.valor.get();
        let propio = leer.run(texto.get_untracked());
        if propio != Ok(valor) && ilegible.with(Option::is_none) {
            texto.set(
                valor
                    .map(|n| escribir_numero(n, decimal))
                    .unwrap_or_default(),
            );
        }
    });
    let error = Memo::new(move |_| ilegible.get().or_else(|| error_de_fuera.get()));
    // The line under the field speaks of the value the agenda holds, not of a text it could
    // not read (a duration of «1,5» is not the 15 minutes read on the way).
    let nota = nota.map(|nota| {
        Memo::new(move |_| ilegible.with(Option::is_none).then(|| nota.get()).flatten())
    });
    let describedby = {
        let otras = descrita_con_nota(&id, ayuda.is_some(), error, nota);
        let id_unidad = unidad.map(|_| format!("{id}-unidad"));
        move || match (&id_unidad, otras()) {
            (Some(u), Some(otras)) => Some(format!("{u} {otras}")),
            (Some(u), None) => Some(u.clone()),
            (None, otras) => otras,
        }
    };
    // The activity of a text it cannot read, while the activity still exists.
    let anotar_actividad = {
        let id = id.clone();
        move || {
            if let Some((estado, _, actividad)) = apartados {
                actividad.set_value(
                    estado
                        .agenda
                        .with_untracked(|a| actividad_del_campo(a, &id).map(|x| x.id.clone())),
                );
            }
        }
    };
    let escribir = {
        let senalar = senalar.clone();
        let anotar_actividad = anotar_actividad.clone();
        move |ev| {
            let nuevo = event_target_value(&ev);
            let lectura = leer.run(nuevo.clone());
            texto.set(nuevo.clone());
            match lectura {
                Ok(valor) => {
                    senalar(None);
                    lente.fijar.run(valor);
                }
                Err(motivo) => {
                    anotar_actividad();
                    senalar(Some((nuevo, motivo)))
                }
            }
        }
    };
    let salir = move |_| {
        // Also fired when the field is taken off the page with the focus in it, once its own
        // signals are gone: nothing is left to check then.
        if ilegible.try_with_untracked(Option::is_some) != Some(false) {
            return;
        }
        let Some(actual) = texto.try_get_untracked() else {
            return;
        };
        if let Some(motivo) = revisar.run(actual.clone()) {
            anotar_actividad();
            senalar(Some((actual, motivo)));
        } else if let Ok(Some(n)) = leer.run(actual.clone()) {
            // Written back as it was read («$ 2500000» → «2.500.000»), so the person sees it.
            let como_se_leyo = escribir_numero(n, decimal);
            if como_se_leyo != actual {
                texto.set(como_se_leyo);
            }
        }
    };
    let id_control = id.clone();
    view! {
        <Campo id=id etiqueta=etiqueta ayuda=ayuda opcional=opcional error=error nota=nota>
            <div class="con-sufijo">
                <input
                    id=id_control.clone()
                    class="entrada ancho-numero"
                    type="text"
                    inputmode=if decimal { "decimal" } else { "numeric" }
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || texto.get()
                    on:input=escribir
                    on:focusout=salir
                    aria-describedby=describedby
                    aria-invalid=move || error.get().map(|_| "true")
                />
                {unidad.map(|u| view! { <span class="sufijo" id=format!("{id_control}-unidad")>{u.sufijo()}</span> })}
            </div>
        </Campo>
    }
}
