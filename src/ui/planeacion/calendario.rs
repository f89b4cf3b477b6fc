//! The municipal calendar from the files read: every dialogue space by date and hour, the ones
//! whose hours cross, and the downloads to publish it (calendar and spreadsheet).

use leptos::prelude::*;

use super::{aviso_de_descarga, bajar_archivo, contadas, nombre_de_descarga, Recibido};
use crate::domain::calendar::fecha_larga;
use crate::domain::config::Configuracion;
use crate::domain::consolidado::{consolidar, Consolidado};
use crate::domain::ics::{calendario_municipal_ics, nombre_calendario_municipal};
use crate::domain::model::Agenda;
use crate::domain::text::plural;

/// The agendas of the files the calendar counts.
fn agendas(recibidos: &[Recibido], contados: &[bool]) -> Vec<Agenda> {
    contadas(recibidos, contados)
        .into_iter()
        .map(|r| r.imported.agenda.clone())
        .collect()
}

#[component]
pub(super) fn CalendarioMunicipal(
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
    configuracion: Signal<Option<Configuracion>>,
) -> impl IntoView {
    let agendas = Memo::new(move |_| recibidos.with(|r| contados.with(|c| agendas(r, c))));
    let consolidado =
        Memo::new(move |_| agendas.with(|a| consolidar(&a.iter().collect::<Vec<_>>())));
    let aviso = aviso_de_descarga(recibidos);
    let nombre_archivo = move |extension: &str| {
        configuracion.with_untracked(|c| nombre_de_descarga(c.as_ref(), "rdc-municipal", extension))
    };
    let bajar = move |nombre: String, tipo: &str, contenido: String| {
        aviso.set(Some(bajar_archivo(&nombre, tipo, &contenido)));
    };
    let bajar_ics = move |_| {
        let texto = agendas.with_untracked(|a| {
            let nombre = configuracion.with_untracked(|c| nombre_calendario_municipal(c.as_ref()));
            calendario_municipal_ics(&nombre, &a.iter().collect::<Vec<_>>(), chrono::Utc::now())
        });
        bajar(nombre_archivo("ics"), "text/calendar;charset=utf-8", texto);
    };
    let bajar_csv = move |_| {
        let texto = consolidado.with_untracked(Consolidado::a_csv);
        bajar(nombre_archivo("csv"), "text/csv;charset=utf-8", texto);
    };
    move || {
        let n_agendas = agendas.with(Vec::len);
        (n_agendas > 0).then(|| {
            let c = consolidado.get();
            view! {
                <section class="bloque-revision" aria-labelledby="titulo-municipal">
                    <h2 id="titulo-municipal">"Calendario municipal"</h2>
                    <p>
                        {format!(
                            "{} de {}.",
                            plural(c.espacios.len(), "espacio de diálogo", "espacios de diálogo"),
                            plural(c.dependencias, "dependencia", "dependencias")
                        )}
                    </p>
                    <Cruces consolidado=c.clone()/>
                    <ol class="lista-espacios">
                        {c.espacios.iter().map(|e| view! {
                            <li>
                                <p><strong>{format!("{} · {}", fecha_larga(e.fecha), e.horario())}</strong></p>
                                <p>{format!("{} — {}", e.nombre, e.dependencia)}</p>
                                <p class="ayuda">
                                    {[e.espacio.clone(), e.modalidad.clone(), e.lugar.clone()]
                                        .into_iter()
                                        .flatten()
                                        .collect::<Vec<_>>()
                                        .join(" · ")}
                                </p>
                            </li>
                        }).collect_view()}
                    </ol>
                    <div class="botones">
                        <button type="button" class="boton boton-principal" on:click=bajar_ics>"Descargar el calendario (.ics)"</button>
                        <button type="button" class="boton boton-secundario" on:click=bajar_csv>"Descargar la hoja de cálculo (.csv)"</button>
                    </div>
                    <p class="estado-descarga" role="status">{move || aviso.get()}</p>
                </section>
            }
        })
    }
}

/// The spaces whose hours cross, to agree changes before publishing.
#[component]
fn Cruces(consolidado: Consolidado) -> impl IntoView {
    if consolidado.cruces.is_empty() {
        return view! { <p>"Ningún espacio se cruza de horario con otro."</p> }.into_any();
    }
    view! {
        <div class="aviso aviso-pendiente">
            <h3>{format!("Se cruzan de horario: {}", plural(consolidado.cruces.len(), "caso", "casos"))}</h3>
            <ul class="lista">
                {consolidado.cruces.iter().map(|x| view! { <li>{consolidado.describir_cruce(x)}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}
