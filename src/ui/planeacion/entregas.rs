//! Who has sent an agenda: against the offices `config.json` lists, which are missing and which
//! files name an office the list does not have.

use leptos::prelude::*;

use super::Recibido;
use crate::domain::config::Configuracion;
use crate::domain::entregas::entregas;
use crate::domain::revision::Revision;

#[component]
pub(super) fn Entregas(
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
    configuracion: Signal<Option<Configuracion>>,
) -> impl IntoView {
    move || {
        let recibidos = recibidos.read();
        if recibidos.is_empty() {
            return None;
        }
        let contados = contados.read();
        let contadas: Vec<&Revision> = recibidos
            .iter()
            .zip(contados.iter())
            .filter(|(_, cuenta)| **cuenta)
            .filter_map(|(r, _)| r.resultado.as_ref().ok())
            .collect();
        let configuracion = configuracion.read();
        let Some(e) = configuracion.as_ref().and_then(|c| entregas(c, &contadas)) else {
            return Some(
                view! {
                    <p class="aviso aviso-info">
                        "Para ver qué dependencias faltan por entregar, escriba sus nombres en «dependencias» del config.json del sitio (vea el manual)."
                    </p>
                }
                .into_any(),
            );
        };
        let archivo_de = |revision: &Revision| {
            recibidos
                .iter()
                .find(|r| {
                    r.resultado
                        .as_ref()
                        .is_ok_and(|x| std::ptr::eq(x, revision))
                })
                .map(|r| r.nombre.clone())
                .unwrap_or_default()
        };
        let fuera: Vec<(String, String)> = e
            .fuera_de_lista
            .iter()
            .map(|r| {
                (
                    r.imported
                        .agenda
                        .dependencia
                        .nombre_o_sin_nombre()
                        .to_string(),
                    archivo_de(r),
                )
            })
            .collect();
        let faltan: Vec<String> = e.faltan.iter().map(|n| n.to_string()).collect();
        Some(
            view! {
                <section class="bloque-revision" aria-labelledby="titulo-entregas">
                    <h2 id="titulo-entregas">"Entregas"</h2>
                    <p>{e.resumen()}</p>
                    {(!faltan.is_empty()).then(|| view! {
                        <h3>{format!("Faltan por entregar ({})", faltan.len())}</h3>
                        <ul class="lista-entregas">
                            {faltan.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                    })}
                    {(!fuera.is_empty()).then(|| view! {
                        <h3>{format!("No están en la lista de dependencias ({})", fuera.len())}</h3>
                        <p class="ayuda">
                            "El nombre de la dependencia en estos archivos no es ninguno de la lista. Si es una dependencia de la lista con el nombre escrito de otra forma, "
                            "pídale que lo corrija en el paso 1 del asistente, que sugiere los nombres de la lista; si no está en la lista, agréguela al config.json."
                        </p>
                        <ul class="lista-entregas">
                            {fuera.into_iter().map(|(dependencia, archivo)| view! {
                                <li>
                                    {dependencia}
                                    <span class="archivo-nombre-en-linea">{format!(" — {archivo}")}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            }
            .into_any(),
        )
    }
}
