//! The wizard's screens. Every step has the same frame: the stepper, the error summary, one
//! `<h1>`, a short help text from the MURC, the step's fields and the buttons.

pub mod actividad;
mod comunicaciones;
mod dependencia;
mod diagnostico;
mod grupos;
mod revision;

use leptos::prelude::*;

use super::estado::usar_estado;
use super::ruta::{navegar, Ruta};
use super::widgets::lista::ListaActividades;
use super::widgets::navegacion::{ResumenErrores, Stepper};
use super::widgets::tras_pintar::TrasPintar;
use crate::domain::model::ActividadId;
use crate::domain::pasos::{errores_del_paso, Paso};

#[component]
pub fn PantallaPaso(paso: Paso, volver_a_revision: bool) -> impl IntoView {
    let estado = usar_estado();
    let errores = Signal::derive(move || {
        let mut lista = estado.errores.with(|e| {
            e.iter()
                .map(|x| (x.id_campo.clone(), x.en_resumen()))
                .collect::<Vec<_>>()
        });
        en_orden_de_pagina(&mut lista, estado.ilegibles_mostrados());
        lista
    });
    // A link in the summary opens the activity that holds the field.
    let abrir = Callback::new(move |id_campo: String| {
        let actividad = estado.errores.with_untracked(|e| {
            e.iter()
                .find(|x| x.id_campo == id_campo)
                .and_then(|x| x.actividad_id.clone())
        });
        if let Some(id) = actividad {
            estado.abiertas.update(|s| {
                s.insert(id);
            });
        }
    });
    let contenido = match paso {
        Paso::Dependencia => view! { <dependencia::PasoDependencia/> }.into_any(),
        Paso::Diagnostico => view! { <diagnostico::PasoDiagnostico/> }.into_any(),
        Paso::Grupos => view! { <grupos::PasoGrupos/> }.into_any(),
        Paso::Informacion | Paso::Dialogo | Paso::Responsabilidad | Paso::InformeEmpalme => {
            view! { <ListaActividades paso=paso/> }.into_any()
        }
        Paso::Comunicaciones => view! { <comunicaciones::PasoComunicaciones/> }.into_any(),
        Paso::Revision => view! { <revision::PasoRevision/> }.into_any(),
    };
    view! {
        <div class="diseno-paso" class:paso-revision=paso == Paso::Revision>
            <Stepper paso=paso/>
            <div class="contenido-paso">
                <ResumenErrores errores=errores al_seguir=abrir/>
                <h1 id="titulo-pagina" tabindex="-1">
                    <span class="antetitulo">{format!("Paso {} de {}", paso.numero(), Paso::TODOS.len())}</span>
                    {paso.titulo()}
                </h1>
                <p class="ayuda-paso">{paso.ayuda()}</p>
                {contenido}
                // Below the fold on a phone: the step's top paints without waiting for them.
                {(paso != Paso::Revision).then(|| view! { <TrasPintar sin_prisa=true><Botones paso=paso volver_a_revision=volver_a_revision/></TrasPintar> })}
            </div>
        </div>
    }
}

/// Puts each unreadable field before the first listed field that follows it on the page, so
/// the summary reads in the page's order (one not on screen yet goes last).
fn en_orden_de_pagina(lista: &mut Vec<(String, String)>, ilegibles: Vec<(String, String)>) {
    let documento = document();
    for entrada in ilegibles {
        let lugar = documento.get_element_by_id(&entrada.0).and_then(|campo| {
            lista.iter().position(|(id, _)| {
                documento.get_element_by_id(id).is_some_and(|otro| {
                    campo.compare_document_position(&otro)
                        & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
                        != 0
                })
            })
        });
        match lugar {
            Some(i) => lista.insert(i, entrada),
            None => lista.push(entrada),
        }
    }
}

/// "Continuar" checks the step's required fields and numbers it could not read; "Atrás" goes
/// back without checking.
#[component]
fn Botones(paso: Paso, volver_a_revision: bool) -> impl IntoView {
    let estado = usar_estado();
    let continuar = move |_| {
        let errores = estado.agenda.with_untracked(|a| errores_del_paso(paso, a));
        let mut ilegibles: Vec<String> = estado
            .ilegibles
            .with_untracked(|l| l.iter().map(|(id, _)| id.clone()).collect());
        // A closed activity keeps aside the numbers it could not read: it opens to show them
        // (its fields name themselves unreadable again as they come back on screen).
        let con_apartados: Vec<ActividadId> = estado.apartados.with_untracked(|apartados| {
            estado.agenda.with_untracked(|a| {
                paso.actividades(a)
                    .into_iter()
                    .filter_map(|(_, x)| {
                        let suyos = apartados
                            .iter()
                            .filter(|y| y.agenda == a.id && y.actividad.as_ref() == Some(&x.id));
                        let antes = ilegibles.len();
                        ilegibles.extend(suyos.map(|y| y.campo.clone()));
                        (ilegibles.len() > antes).then(|| x.id.clone())
                    })
                    .collect()
            })
        });
        let hay_ilegibles = !ilegibles.is_empty();
        estado.ilegibles_en_resumen.set(ilegibles);
        if !con_apartados.is_empty() {
            estado
                .abiertas
                .update(|s| con_apartados.into_iter().for_each(|id| s.insert(id)));
        }
        if errores.is_empty() && !hay_ilegibles {
            estado.errores.set(Vec::new());
            let destino = if volver_a_revision {
                Some(Paso::Revision)
            } else {
                paso.siguiente()
            };
            if let Some(destino) = destino {
                navegar(Ruta::paso(destino));
            }
        } else {
            estado
                .abiertas
                .update(|s| s.extend(errores.iter().filter_map(|e| e.actividad_id.clone())));
            estado.errores.set(errores);
        }
    };
    let atras = move |_| {
        if let Some(anterior) = paso.anterior() {
            navegar(Ruta::paso(anterior));
        } else {
            navegar(Ruta::Inicio);
        }
    };
    view! {
        <div class="botones">
            <button type="button" class="boton boton-principal" on:click=continuar>
                {if volver_a_revision { "Guardar y volver a la revisión" } else { "Continuar" }}
            </button>
            <button type="button" class="boton boton-secundario" on:click=atras>"Atrás"</button>
        </div>
    }
}
