//! The repeatable list of a step's activities: a summary row per activity, and buttons to
//! edit, duplicate, move and remove it (with undo), usable by thumb and by keyboard.

use leptos::prelude::*;

use super::deshacer::AvisoDeshacer;
use super::navegacion::{enfocar_campo, enfocar_ya};
use crate::domain::edicion::{self, resumen_actividad};
use crate::domain::model::ActividadId;
use crate::domain::pasos::{etiqueta_agregar, id_campo, id_lista, Paso};
use crate::ui::estado::usar_estado;
use crate::ui::pasos::actividad::FormularioActividad;

/// The step's list with its "add" button and the undo notice.
#[component]
pub fn ListaActividades(paso: Paso) -> impl IntoView {
    let estado = usar_estado();
    let ids = Memo::new(move |_| {
        estado.agenda.with(|a| {
            paso.actividades(a)
                .into_iter()
                .map(|(_, x)| x.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let error_lista = estado.error_de(id_lista(paso));
    let agregar = move |_| {
        let mut nuevo = None;
        estado.editar(|a| {
            let actividad = edicion::nueva_actividad(a, paso);
            nuevo = Some(edicion::agregar(a, actividad));
        });
        if let Some(id) = nuevo {
            estado.abrir_solo(&id);
            enfocar_campo(id_campo(Some(&id), "nombre"));
        }
    };
    view! {
        <section class="lista-actividades" aria-labelledby=format!("{}-titulo", id_lista(paso))>
            <h2 class="visualmente-oculto" id=format!("{}-titulo", id_lista(paso))>
                {format!("Actividades del paso {}", paso.numero())}
            </h2>
            <Deshacer paso=paso/>
            <div id=id_lista(paso) tabindex="-1" class:campo-con-error=move || error_lista.get().is_some()>
                {move || error_lista.get().map(|e| view! {
                    <p class="mensaje-error" id=format!("{}-error", id_lista(paso))>
                        <span class="visualmente-oculto">"Error: "</span>{e}
                    </p>
                })}
                <Show when=move || ids.with(Vec::is_empty)>
                    <p class="lista-vacia">"Todavía no hay actividades en este paso."</p>
                </Show>
                <ol class="items">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <Fila id=id paso=paso ids=ids/>
                    </For>
                </ol>
            </div>
            <button type="button" class="boton boton-secundario boton-agregar" on:click=agregar>
                <span aria-hidden="true">"+ "</span>
                {etiqueta_agregar(paso)}
            </button>
        </section>
    }
}

#[component]
fn Fila(id: ActividadId, paso: Paso, ids: Memo<Vec<ActividadId>>) -> impl IntoView {
    let estado = usar_estado();
    let id_leer = id.clone();
    // The row's text follows its activity; its place follows the list's order, which typing
    // does not change, so a keystroke costs each row one lookup.
    let datos = Memo::new(move |_| {
        estado.agenda.with(|a| {
            a.actividad(&id_leer).map(|x| {
                let nombre = x.nombre.trim();
                let nombre = if nombre.is_empty() {
                    format!("Actividad {} (sin nombre)", x.id)
                } else {
                    nombre.to_string()
                };
                (nombre, resumen_actividad(x))
            })
        })
    });
    let id_lugar = id.clone();
    let lugar = Memo::new(move |_| {
        ids.with(|lista| {
            let posicion = lista.iter().position(|x| *x == id_lugar);
            (
                posicion == Some(0),
                posicion.map(|p| p + 1) == Some(lista.len()),
            )
        })
    });
    let nombre = move || datos.with(|d| d.as_ref().map(|d| d.0.clone()).unwrap_or_default());
    let abierta = {
        let id = id.clone();
        Memo::new(move |_| estado.abiertas.with(|s| s.contains(&id)))
    };
    let id_formulario = format!("formulario-{}", id.0.to_ascii_lowercase());
    let id_fila = format!("fila-{}", id.0.to_ascii_lowercase());
    let con_errores = {
        let id = id.clone();
        Memo::new(move |_| {
            estado
                .errores
                .with(|e| e.iter().any(|x| x.actividad_id.as_ref() == Some(&id)))
        })
    };

    let alternar = {
        let id = id.clone();
        move |_| estado.alternar_abierta(&id)
    };
    // The form leaves the page with the button clicked in it: the keyboard goes on from the
    // row's own «Editar», not from the top of the page.
    let listo = {
        let id = id.clone();
        let editar = format!("{id_fila}-editar");
        move |_| {
            enfocar_ya(&editar);
            estado.alternar_abierta(&id)
        }
    };
    let duplicar = {
        let id = id.clone();
        move |_| {
            let mut nuevo = None;
            estado.editar(|a| nuevo = edicion::duplicar(a, &id));
            if let Some(nuevo) = nuevo {
                estado.abrir_solo(&nuevo);
                enfocar_campo(id_campo(Some(&nuevo), "nombre"));
            }
        }
    };
    let mover = {
        let id = id.clone();
        let id_fila = id_fila.clone();
        move |sentido: i32| {
            estado.editar(|a| {
                edicion::mover(a, &id, sentido);
            });
            // Keep the keyboard on the row that moved.
            let boton = format!("{id_fila}-{}", if sentido < 0 { "subir" } else { "bajar" });
            let fila = id_fila.clone();
            request_animation_frame(move || {
                let objetivo = document()
                    .get_element_by_id(&boton)
                    .filter(|b| !b.has_attribute("disabled"))
                    .map(|_| boton)
                    .unwrap_or(fila);
                enfocar_campo(objetivo);
            });
        }
    };
    let eliminar = {
        let id = id.clone();
        move |_| {
            let mut quitada = None;
            estado.editar(|a| quitada = edicion::eliminar(a, &id));
            if quitada.is_some() {
                estado.eliminada.set(quitada);
                enfocar_campo("deshacer-eliminacion".to_string());
            }
        }
    };

    // Each button is named by its own word and the row's title ("Editar Foro juvenil"), by
    // reference: a copy of the name in each button was a quarter of a long list's elements,
    // and five more texts to change at each keystroke in the name.
    let nombrado = {
        let id_fila = id_fila.clone();
        move |boton: &str| format!("{id_fila}-{boton} {id_fila}-titulo")
    };
    view! {
        <li class="item" class:item-abierto=move || abierta.get() class:item-con-error=move || con_errores.get() id=id_fila.clone() tabindex="-1">
            <div class="item-cabecera">
                <h3 class="item-titulo" id=format!("{id_fila}-titulo")>{nombre}</h3>
                <p class="item-resumen">{move || datos.with(|d| d.as_ref().map(|d| d.1.clone()).unwrap_or_default())}</p>
                <Show when=move || con_errores.get() && !abierta.get()>
                    <p class="item-aviso">"Tiene datos por completar"</p>
                </Show>
            </div>
            <div class="item-acciones">
                <button
                    type="button"
                    class="boton boton-secundario"
                    id=format!("{id_fila}-editar")
                    aria-labelledby=nombrado("editar")
                    aria-expanded=move || if abierta.get() { "true" } else { "false" }
                    aria-controls=id_formulario.clone()
                    on:click=alternar
                >
                    {move || if abierta.get() { "Cerrar" } else { "Editar" }}
                </button>
                <button
                    type="button"
                    class="boton boton-terciario"
                    id=format!("{id_fila}-duplicar")
                    aria-labelledby=nombrado("duplicar")
                    on:click=duplicar
                >
                    "Duplicar"
                </button>
                {[(-1, "Subir", "subir"), (1, "Bajar", "bajar")]
                    .into_iter()
                    .map(|(sentido, texto, sufijo)| {
                        let mover = mover.clone();
                        let nombrado = nombrado.clone();
                        view! {
                            <button
                                type="button"
                                class="boton boton-terciario"
                                id=format!("{id_fila}-{sufijo}")
                                aria-labelledby=nombrado(sufijo)
                                disabled=move || if sentido < 0 { lugar.get().0 } else { lugar.get().1 }
                                on:click=move |_| mover(sentido)
                            >
                                {texto}
                            </button>
                        }
                    })
                    .collect_view()}
                <button
                    type="button"
                    class="boton boton-peligro"
                    id=format!("{id_fila}-eliminar")
                    aria-labelledby=nombrado("eliminar")
                    on:click=eliminar
                >
                    "Eliminar"
                </button>
            </div>
            <Show when=move || abierta.get()>
                <div class="item-formulario" id=id_formulario.clone()>
                    <FormularioActividad id=id.clone() paso=paso/>
                    <button type="button" class="boton boton-secundario" on:click=listo.clone()>
                        "Listo, cerrar esta actividad"
                    </button>
                </div>
            </Show>
        </li>
    }
}

/// "Se eliminó «…». Deshacer" after a removal, in a polite live region.
#[component]
fn Deshacer(paso: Paso) -> impl IntoView {
    let estado = usar_estado();
    let visible = Memo::new(move |_| {
        estado.eliminada.with(|e| {
            e.as_ref()
                .is_some_and(|e| Paso::de_actividad(&e.actividad) == paso)
        })
    });
    let aviso = Signal::derive(move || {
        if !visible.get() {
            return None;
        }
        estado.eliminada.with(|e| {
            e.as_ref().map(|e| {
                if e.actividad.nombre.trim().is_empty() {
                    format!("Se eliminó la actividad {}.", e.actividad.id)
                } else {
                    format!("Se eliminó «{}».", e.actividad.nombre.trim())
                }
            })
        })
    });
    let deshacer = Callback::new(move |()| {
        if let Some(eliminada) = estado.eliminada.get_untracked() {
            let id = eliminada.actividad.id.clone();
            estado.editar(|a| edicion::deshacer_eliminacion(a, eliminada));
            estado.eliminada.set(None);
            enfocar_campo(format!("fila-{}", id.0.to_ascii_lowercase()));
        }
    });
    view! { <AvisoDeshacer aviso=aviso id_boton="deshacer-eliminacion" al_deshacer=deshacer/> }
}
