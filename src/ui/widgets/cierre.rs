//! The closing calendar of a municipality's settings, as a list of its dates in words.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::config::Configuracion;
use crate::domain::entregas::como_entregar;

/// Each phase, the election, the Ley de Garantías and, when the settings say, how to hand in.
#[component]
pub fn FechasDelCierre(configuracion: Configuracion, hoy: NaiveDate) -> impl IntoView {
    let entrega = como_entregar(&configuracion, hoy);
    view! {
        <dl class="resumen">
            {configuracion
                .fechas_del_cierre()
                .into_iter()
                .chain(entrega.map(|texto| ("Entrega de la agenda", texto)))
                .map(|(clave, valor)| view! {
                    <div class="fila-resumen"><dt>{clave}</dt><dd>{valor}</dd></div>
                })
                .collect_view()}
        </dl>
    }
}
