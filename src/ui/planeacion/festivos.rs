//! The days the business-day deadlines skip, in Planeación's config form: Colombia's holidays
//! unless the file lists its own, with the municipality's days off added or taken out one by one.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::calendar::{fecha_larga, leer_fecha_iso};
use crate::domain::config::ArchivoConfiguracion;
use crate::domain::text::primera_mayuscula;
use crate::ui::enfocar;
use crate::ui::widgets::campos::{CampoNativo, MensajeError};
use crate::ui::widgets::deshacer::AvisoDeshacer;
use crate::ui::widgets::lente::Lente;

/// The button that takes a day out of the list.
fn id_de_dia(fecha: NaiveDate) -> String {
    format!("config-festivo-{fecha}")
}

#[component]
pub(super) fn DiasNoHabiles(
    archivo: RwSignal<ArchivoConfiguracion>,
    hoy: NaiveDate,
    error: Memo<Option<String>>,
) -> impl IntoView {
    let abierto = archivo.with_untracked(|a| a.festivos.is_some());
    let dias = Memo::new(move |_| archivo.with(|a| a.dias_no_habiles(hoy)));
    let propia = Memo::new(move |_| archivo.with(|a| a.festivos.is_some()));
    let nueva = RwSignal::new(String::new());
    let aviso_nueva = RwSignal::new(None::<String>);
    let estado = RwSignal::new(None::<String>);
    // The list before «Volver a los festivos de Colombia», so that step can be undone.
    let antes = RwSignal::new(None::<Option<Vec<NaiveDate>>>);

    let resumen = move || {
        let n = dias.with(Vec::len);
        if propia.get() {
            format!("Este config.json tiene su propia lista: {n} días.")
        } else {
            let anio = dias.with(|d| d.first().map(|d| d.fecha.year()));
            match anio {
                Some(anio) => format!(
                    "Se usan los festivos de Colombia de {anio} y {} ({n} días), calculados según la Ley 51 de 1983.",
                    anio + 1
                ),
                None => "Elija un año de cierre válido para ver los festivos.".to_string(),
            }
        }
    };
    let agregar = move |_| {
        let Some(fecha) = leer_fecha_iso(&nueva.get_untracked()) else {
            aviso_nueva.set(Some("Elija la fecha del día no hábil.".to_string()));
            enfocar("config-festivo-nuevo");
            return;
        };
        let mut agregado = false;
        archivo.update(|a| agregado = a.agregar_dia_no_habil(fecha, hoy));
        if agregado {
            aviso_nueva.set(None);
            nueva.set(String::new());
            antes.set(None);
            estado.set(Some(format!("Se agregó el {}.", fecha_larga(fecha))));
        } else {
            aviso_nueva.set(Some(format!(
                "El {} ya está en la lista.",
                fecha_larga(fecha)
            )));
        }
        enfocar("config-festivo-nuevo");
    };
    let volver = move |_| {
        antes.set(Some(archivo.with_untracked(|a| a.festivos.clone())));
        archivo.update(|a| a.festivos = None);
        estado.set(Some(
            "Se volvió a los festivos de Colombia calculados.".to_string(),
        ));
        enfocar("config-festivos-deshacer");
    };
    let deshacer = Callback::new(move |()| {
        if let Some(lista) = antes.get_untracked() {
            archivo.update(|a| a.festivos = lista);
        }
        antes.set(None);
        estado.set(None);
        enfocar("config-festivos");
    });
    let lente_nueva = Lente {
        valor: Memo::new(move |_| nueva.get()),
        fijar: Callback::new(move |texto: String| {
            aviso_nueva.set(None);
            nueva.set(texto);
        }),
    };

    view! {
        <details class="detalles" id="config-festivos-detalle" open=abierto>
            <summary>"Festivos y días no hábiles (avanzado)"</summary>
            <p>
                "Los plazos en días hábiles (la respuesta a las preguntas de la ciudadanía, el acta de la Ley 951) "
                "no cuentan los sábados, los domingos ni estos días."
            </p>
            <div class="campo" class:campo-con-error=move || error.get().is_some()>
                <MensajeError id="config-festivos".to_string() error=error/>
                <p id="config-festivos" tabindex="-1">{resumen}</p>
                <ul class="lista-quitables">
                    {move || {
                        dias.get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, dia)| {
                                let fecha = dia.fecha;
                                let quitar = move |_| {
                                    archivo.update(|a| a.quitar_dia_no_habil(fecha, hoy));
                                    antes.set(None);
                                    estado.set(Some(format!("Se quitó el {}.", fecha_larga(fecha))));
                                    // The day that took its place, or the field to add one.
                                    let siguiente = dias.with_untracked(|d| d.get(i).map(|d| id_de_dia(d.fecha)));
                                    enfocar(siguiente.as_deref().unwrap_or("config-festivo-nuevo"));
                                };
                                let nombre = if dia.nombre.is_empty() {
                                    "Día no hábil del municipio".to_string()
                                } else {
                                    dia.nombre
                                };
                                view! {
                                    <li>
                                        <span>
                                            {primera_mayuscula(&fecha_larga(fecha))}
                                            <span class="resumen-linea">{nombre}</span>
                                        </span>
                                        <button
                                            type="button"
                                            class="boton boton-terciario"
                                            id=id_de_dia(fecha)
                                            aria-label=format!("Quitar el {}", fecha_larga(fecha))
                                            on:click=quitar
                                        >
                                            "Quitar"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            <CampoNativo
                id="config-festivo-nuevo".to_string()
                etiqueta="Otro día no hábil del municipio".to_string()
                ayuda=Some("Por ejemplo, un día cívico que decretó la alcaldía.".to_string())
                opcional=false
                tipo="date"
                clase="entrada ancho-fecha"
                lente=lente_nueva
                error=Memo::new(move |_| aviso_nueva.get())
            />
            <div class="botones">
                <button type="button" class="boton boton-secundario" on:click=agregar>"Agregar el día"</button>
                <Show when=move || propia.get()>
                    <button type="button" class="boton boton-terciario" on:click=volver>"Volver a los festivos de Colombia calculados"</button>
                </Show>
            </div>
            <AvisoDeshacer
                aviso=estado
                puede=Signal::derive(move || antes.with(Option::is_some))
                id_boton="config-festivos-deshacer"
                al_deshacer=deshacer
            />
        </details>
    }
}
