//! The review's calendar: the office's activities over the closing year from its first phase to
//! December, with the phases shaded.

use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::calendar::{dias_en_palabras, nombre_mes};
use crate::domain::cronograma::{cronograma, Tramo};
use crate::domain::text::con_decimales;
use crate::domain::vocab::Vocabulario;
use crate::ui::estado::usar_estado;

#[component]
pub(super) fn Calendario() -> impl IntoView {
    let estado = usar_estado();
    let datos = Memo::new(move |_| {
        estado
            .config
            .with(|c| estado.agenda.with(|a| cronograma(a, c)))
    });
    let titulo = move || {
        datos.with(|c| {
            format!(
                "Calendario de {} a diciembre de {}",
                nombre_mes(c.desde.month()),
                c.desde.year()
            )
        })
    };
    view! {
        <section class="bloque-revision" aria-labelledby="titulo-calendario">
            <h2 id="titulo-calendario">{titulo}</h2>
            {move || {
                let c = datos.get();
                view! {
                    <ul class="crono-leyenda">
                        {c.fases.iter().map(|f| view! {
                            <li>
                                <span class=format!("crono-muestra fase-{}", f.fase.codigo()) aria-hidden="true"></span>
                                {format!("{}: {}", f.fase.etiqueta(), dias_en_palabras(f.desde, f.hasta))}
                            </li>
                        }).collect_view()}
                    </ul>
                    <div class="cronograma">
                        <div class="crono-escala" aria-hidden="true">
                            {c.fases.iter().map(|f| view! {
                                <span
                                    class=format!("crono-fase fase-{}", f.fase.codigo())
                                    style=posicion(&f.tramo)
                                ></span>
                            }).collect_view()}
                            {c.meses.iter().map(|m| view! {
                                <span class="crono-mes" style=posicion(&m.tramo)>
                                    {m.nombre.chars().take(3).collect::<String>()}
                                </span>
                            }).collect_view()}
                        </div>
                        <ol class="crono-filas">
                            {c.filas.iter().map(|f| view! {
                                <li class="crono-fila">
                                    <span class="crono-texto">
                                        <strong>{f.nombre.clone()}</strong>
                                        " · " {f.fechas.clone()}
                                    </span>
                                    <span class="crono-pista" aria-hidden="true">
                                        <span
                                            class=format!("crono-barra paso-{}", f.paso.numero())
                                            class:corta-antes=f.antes
                                            class:corta-despues=f.despues
                                            style=posicion(&f.tramo)
                                        ></span>
                                    </span>
                                </li>
                            }).collect_view()}
                        </ol>
                    </div>
                    {(!c.sin_fecha.is_empty()).then(|| view! {
                        <p class="ayuda">
                            {format!("Sin fecha, fuera del calendario: {}.", c.sin_fecha.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join("; "))}
                        </p>
                    })}
                }
            }}
        </section>
    }
}

/// Where a bar sits on the calendar, as CSS.
fn posicion(tramo: &Tramo) -> String {
    format!(
        "left:{}%;width:{}%",
        con_decimales(tramo.inicio_pct, 3),
        con_decimales(tramo.ancho_pct, 3)
    )
}
