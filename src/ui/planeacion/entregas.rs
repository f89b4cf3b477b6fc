//! Who has sent an agenda: against the offices `config.json` lists, which are missing and which
//! files name an office the list does not have; and the offices that sent more than one agenda.

use leptos::prelude::*;

use super::{archivo_de, aviso_de_descarga, bajar_archivo, contadas, nombre_de_descarga, Recibido};
use crate::domain::config::Configuracion;
use crate::domain::entregas::{dependencias_con_varias_agendas, entregas, hoja_de_entregas, plazo};

#[component]
pub(super) fn Entregas(
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
    configuracion: Signal<Option<Configuracion>>,
    hoy: chrono::NaiveDate,
) -> impl IntoView {
    let aviso = aviso_de_descarga(recibidos);
    let bajar_hoja = move |_| {
        let hoja = recibidos.with_untracked(|lista| {
            configuracion.with_untracked(|ajustes| {
                let contadas = contadas(lista, &contados.get_untracked());
                hoja_de_entregas(ajustes.as_ref(), &contadas, |r| archivo_de(lista, r))
            })
        });
        let nombre =
            configuracion.with_untracked(|c| nombre_de_descarga(c.as_ref(), "entregas-rdc", "csv"));
        aviso.set(Some(bajar_archivo(
            &nombre,
            "text/csv;charset=utf-8",
            &hoja,
        )));
    };
    move || {
        let lista = recibidos.read();
        if lista.is_empty() {
            return None;
        }
        let contadas = contadas(&lista, &contados.read());
        let nombre = |r: &crate::domain::revision::Revision| {
            r.imported
                .agenda
                .dependencia
                .nombre_o_sin_nombre()
                .to_string()
        };
        let ajustes = configuracion.read();
        let de_la_lista = ajustes.as_ref().and_then(|c| entregas(c, &contadas)).map(|e| {
            let fuera: Vec<String> = e
                .fuera_de_lista
                .iter()
                .map(|r| format!("{} — {}", nombre(r), archivo_de(&lista, r)))
                .collect();
            let faltan: Vec<String> = e.faltan.iter().map(|n| n.to_string()).collect();
            view! {
                <p>{e.resumen()}</p>
                <GrupoEntregas titulo="Faltan por entregar" elementos=faltan/>
                <GrupoEntregas
                    titulo="No están en la lista de dependencias"
                    ayuda="El nombre de la dependencia en estos archivos no es ninguno de la lista. Si es una dependencia de la lista con el nombre escrito de otra forma, \
                           pídale que lo corrija en el paso 1 del asistente, que sugiere los nombres de la lista; si no está en la lista, agréguela al config.json."
                    elementos=fuera
                />
            }
        });
        let sin_lista = de_la_lista.is_none().then(|| view! {
            <p>
                "Para ver qué dependencias faltan por entregar, escriba sus nombres en "
                <a href="#config-dependencias" on:click=|ev| {
                    ev.prevent_default();
                    crate::ui::widgets::navegacion::enfocar_campo("config-dependencias".to_string());
                }>"la configuración del sitio"</a>
                ", más abajo, y publique el config.json que descarga."
            </p>
        });
        let varias: Vec<String> = dependencias_con_varias_agendas(&contadas)
            .iter()
            .map(|grupo| {
                let archivos: Vec<String> = grupo.iter().map(|r| archivo_de(&lista, r)).collect();
                format!("{}: {}", nombre(grupo[0]), archivos.join(", "))
            })
            .collect();
        let varias = view! {
            <GrupoEntregas
                titulo="Dependencias con más de una agenda"
                ayuda="Cada archivo es una agenda distinta, no otra versión de la misma (como cuando la dependencia empezó una nueva en vez de abrir su archivo), \
                       y el calendario municipal cuenta todas. Si una reemplaza a otra, quite la que sobra en la lista de archivos."
                elementos=varias
            />
        };
        let plazo = ajustes.as_ref().and_then(|c| plazo(c, hoy));
        Some(view! {
            <section class="bloque-revision" aria-labelledby="titulo-entregas">
                <h2 id="titulo-entregas">"Entregas"</h2>
                {plazo.map(|texto| view! { <p>{texto}</p> })}
                {de_la_lista}
                {sin_lista}
                {varias}
                <button type="button" class="boton boton-secundario" on:click=bajar_hoja>
                    "Descargar el estado de las entregas (.csv)"
                </button>
                <p class="estado-descarga" role="status">{move || aviso.get()}</p>
            </section>
        })
    }
}

/// A heading with its count, what it means and the list; nothing when the list is empty.
#[component]
fn GrupoEntregas(
    titulo: &'static str,
    #[prop(optional)] ayuda: Option<&'static str>,
    elementos: Vec<String>,
) -> impl IntoView {
    (!elementos.is_empty()).then(|| {
        view! {
            <h3>{format!("{titulo} ({})", elementos.len())}</h3>
            {ayuda.map(|texto| view! { <p class="ayuda">{texto}</p> })}
            <ul class="lista-entregas">
                {elementos.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        }
    })
}
