//! "Sus respuestas": every answer of the agenda, step by step, with a "Cambiar" link that
//! takes the person to the field and back to the review.

use leptos::prelude::*;

use crate::domain::calendar::fecha_corta;
use crate::domain::edicion::resumen_actividad;
use crate::domain::model::Agenda;
use crate::domain::pasos::Paso;
use crate::domain::text::{minusculas, plural};
use crate::domain::vocab::Vocabulario;
use crate::ui::estado::usar_estado;
use crate::ui::ruta::Ruta;

fn o_guion(texto: &str) -> String {
    if texto.trim().is_empty() {
        "—".to_string()
    } else {
        texto.trim().to_string()
    }
}

#[component]
fn Fila(#[prop(into)] clave: String, #[prop(into)] valor: String) -> impl IntoView {
    view! {
        <div class="fila-resumen">
            <dt>{clave}</dt>
            <dd>{valor}</dd>
        </div>
    }
}

#[component]
pub(super) fn Respuestas() -> impl IntoView {
    let estado = usar_estado();
    view! {
        <section class="bloque-revision" aria-labelledby="titulo-respuestas">
            <h2 id="titulo-respuestas">"Sus respuestas"</h2>
            {Paso::TODOS
                .into_iter()
                .filter(|p| *p != Paso::Revision)
                .map(|paso| {
                    view! {
                        <div class="resumen-paso">
                            <div class="resumen-paso-cabecera">
                                <h3>{format!("{}. {}", paso.numero(), paso.titulo())}</h3>
                                <a class="enlace-cambiar" href=Ruta::Paso { paso, volver_a_revision: true }.a_hash()>
                                    "Cambiar"<span class="visualmente-oculto">{format!(" {}", minusculas(paso.titulo()))}</span>
                                </a>
                            </div>
                            {move || estado.agenda.with(|a| contenido_paso(paso, a))}
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

fn lista_actividades(paso: Paso, agenda: &Agenda) -> AnyView {
    let actividades = paso.actividades(agenda);
    if actividades.is_empty() {
        return view! { <p class="ayuda">"Sin actividades."</p> }.into_any();
    }
    view! {
        <ul class="lista-resumen">
            {actividades
                .into_iter()
                .map(|(_, a)| {
                    let grupos: Vec<&str> = a.grupos_valor.iter().map(|g| g.codigo.etiqueta()).collect();
                    view! {
                        <li>
                            <strong>{o_guion(&a.nombre)}</strong>
                            <span class="resumen-linea">{resumen_actividad(a)}</span>
                            {(!a.responsable.nombre.trim().is_empty()).then(|| view! {
                                <span class="resumen-linea">{format!("Responsable: {} ({})", a.responsable.nombre.trim(), a.responsable.cargo.trim())}</span>
                            })}
                            {(!grupos.is_empty()).then(|| view! { <span class="resumen-linea">{format!("Para: {}", grupos.join("; "))}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn contenido_paso(paso: Paso, a: &Agenda) -> AnyView {
    let d = &a.dependencia;
    match paso {
        Paso::Dependencia => view! {
            <dl class="resumen">
                <Fila clave="Dependencia" valor=o_guion(&d.nombre)/>
                <Fila clave="Tipo" valor=d.tipo.map(|t| t.etiqueta()).unwrap_or("—")/>
                <Fila clave="Sector" valor=o_guion(&d.sector)/>
                <Fila clave="Dirige" valor=o_guion(&format!("{} {}", d.titular.nombre.trim(), if d.titular.cargo.trim().is_empty() { String::new() } else { format!("({})", d.titular.cargo.trim()) })) />
                <Fila clave="Representante legal" valor=if d.es_representante_legal { "Sí" } else { "No" }/>
                <Fila clave="Enlace" valor=o_guion(&[d.enlace_rdc.nombre.trim(), d.enlace_rdc.correo.trim(), d.enlace_rdc.telefono.trim()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · "))/>
            </dl>
        }
        .into_any(),
        Paso::Diagnostico => {
            let auto = a.autodiagnostico.as_ref();
            let autodiagnostico = match (auto.and_then(|x| x.puntaje), auto.and_then(|x| x.fecha)) {
                (Some(p), Some(f)) => format!(
                    "{}, {}",
                    plural(p as usize, "punto", "puntos"),
                    fecha_corta(f)
                ),
                (Some(p), None) => plural(p as usize, "punto", "puntos"),
                (None, Some(f)) => fecha_corta(f),
                (None, None) => "—".into(),
            };
            let temas: Vec<String> = a.temas.iter().map(|t| t.tema.trim().to_string()).filter(|t| !t.is_empty()).collect();
            view! {
                <dl class="resumen">
                    <Fila clave="Nivel MURC" valor=a.nivel_murc.map(|n| n.etiqueta()).unwrap_or("—")/>
                    <Fila clave="Autodiagnóstico" valor=autodiagnostico/>
                    <Fila clave="Objetivo" valor=o_guion(&a.objetivo)/>
                    <Fila clave="Diagnóstico" valor=o_guion(&a.diagnostico)/>
                    <Fila clave="Temas priorizados" valor=if temas.is_empty() { "—".to_string() } else { temas.join("; ") }/>
                </dl>
                {(!paso.actividades(a).is_empty()).then(|| lista_actividades(paso, a))}
            }
            .into_any()
        }
        Paso::Grupos => {
            let grupos: Vec<String> = a
                .grupos_valor
                .iter()
                .map(|g| {
                    let mut t = g.codigo.etiqueta().to_string();
                    if let Some(s) = g.subtipo {
                        t.push_str(&format!(" ({})", minusculas(s.etiqueta())));
                    }
                    if let Some(det) = g.detalle.as_deref().filter(|d| !d.trim().is_empty()) {
                        t.push_str(&format!(": {}", det.trim()));
                    }
                    t
                })
                .collect();
            let otros: Vec<String> = a
                .grupos_sin_marcar()
                .iter()
                .map(|g| g.etiqueta().to_string())
                .collect();
            let lista = |grupos: Vec<String>| {
                view! { <ul class="lista-resumen">{grupos.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul> }
            };
            let intro_otros = if grupos.is_empty() {
                "Ninguno marcado en este paso. Los temas y actividades se dirigen a:"
            } else {
                "Los temas y actividades también se dirigen a:"
            };
            if grupos.is_empty() && otros.is_empty() {
                view! { <p class="ayuda">"Sin grupos."</p> }.into_any()
            } else {
                view! {
                    {(!grupos.is_empty()).then(|| lista(grupos))}
                    {(!otros.is_empty()).then(|| view! { <p class="ayuda">{intro_otros}</p> {lista(otros)} })}
                }
                .into_any()
            }
        }
        Paso::Comunicaciones => {
            let c = &a.coordinacion_comunicaciones;
            let publicacion = a
                .publicacion_agenda
                .as_ref()
                .map(|p| format!("{}{}", o_guion(&p.url), if p.incluye_calendario { ", con calendario" } else { "" }))
                .unwrap_or_else(|| "—".into());
            view! {
                <dl class="resumen">
                    <Fila clave="Oficina" valor=o_guion(&c.oficina)/>
                    <Fila clave="Contacto" valor=o_guion(&format!("{} {}", c.contacto.trim(), c.correo.trim()))/>
                    <Fila clave="Acuerdos" valor=o_guion(&c.acuerdos)/>
                    <Fila clave="Publicación de la agenda" valor=publicacion/>
                </dl>
            }
            .into_any()
        }
        _ => lista_actividades(paso, a),
    }
}
