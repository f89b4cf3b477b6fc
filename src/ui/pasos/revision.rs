//! Step 9, "Revise su agenda": every rule's findings by severity with their source, the
//! answers by step with "Cambiar" links, the calendar across the closing phases, and the
//! downloads.

use leptos::prelude::*;

use crate::domain::calendar::fecha_corta;
use crate::domain::cronograma::{cronograma, Tramo};
use crate::domain::edicion::{fijar_justificacion, resumen_actividad};
use crate::domain::ics::{calendario_ics, nombre_archivo_ics};
use crate::domain::model::ActividadId;
use crate::domain::model::Agenda;
use crate::domain::pasos::{destino_de_hallazgo, errores_al_corregir, errores_de_revision, Paso};
use crate::domain::rules::{regla, Hallazgo, Resumen, Severidad};
use crate::domain::text::{con_decimales, minusculas, plural};
use crate::domain::vocab::Vocabulario;
use crate::ui::descargas::descargar;
use crate::ui::estado::{usar_estado, Estado};
use crate::ui::ruta::{navegar, Ruta};
use crate::ui::widgets::navegacion::ResumenErrores;

/// Goes to a field to fix from the review: its step shows the review's errors it fixes, and
/// focus lands on the field.
fn ir_al_campo(estado: Estado, paso: Paso, campo: String, actividad_id: Option<ActividadId>) {
    let errores = estado.hallazgos.with_untracked(|h| {
        estado.config.with_untracked(|c| {
            estado
                .agenda
                .with_untracked(|a| errores_al_corregir(a, c, h, paso))
        })
    });
    estado.abiertas.update(|s| {
        s.extend(actividad_id);
        s.extend(errores.iter().filter_map(|e| e.actividad_id.clone()));
    });
    estado.errores.set(errores);
    estado.foco_pendiente.set(Some(campo));
    navegar(Ruta::Paso {
        paso,
        volver_a_revision: paso != Paso::Revision,
    });
}

/// Goes to the field a finding concerns.
fn ir_a_corregir(estado: Estado, h: &Hallazgo) {
    let (paso, campo) = estado.agenda.with_untracked(|a| destino_de_hallazgo(h, a));
    ir_al_campo(estado, paso, campo, h.actividad_id.clone());
}

#[component]
pub fn PasoRevision() -> impl IntoView {
    let estado = usar_estado();
    let errores_revision = Memo::new(move |_| {
        estado.hallazgos.with(|h| {
            estado
                .config
                .with(|c| estado.agenda.with(|a| errores_de_revision(a, c, h)))
        })
    });
    // A required field left empty is an error to fix like a rule's.
    let resumen = Memo::new(move |_| {
        let mut r = estado.hallazgos.with(|h| Resumen::de(h));
        r.errores = errores_revision.with(Vec::len);
        r
    });
    let errores = Signal::derive(move || {
        errores_revision.with(|e| {
            e.iter()
                .map(|(_, e)| (e.id_campo.clone(), e.en_resumen()))
                .collect::<Vec<_>>()
        })
    });
    // The summary's links go where "Corregir" goes.
    let seguir = Callback::new(move |id_campo: String| {
        let destino = errores_revision.with_untracked(|e| {
            e.iter()
                .find(|(_, e)| e.id_campo == id_campo)
                .map(|(paso, e)| (*paso, e.actividad_id.clone()))
        });
        if let Some((paso, actividad_id)) = destino {
            ir_al_campo(estado, paso, id_campo, actividad_id);
        }
    });
    let para_imprimir = move || {
        let (dependencia, municipio, anio) = estado.config.with(|c| {
            estado.agenda.with(|a| {
                (
                    a.dependencia.nombre.trim().to_string(),
                    c.municipio.trim().to_string(),
                    c.anio_cierre,
                )
            })
        });
        let dependencia = if dependencia.is_empty() {
            "Dependencia sin nombre".to_string()
        } else {
            dependencia
        };
        let lugar = if municipio.is_empty() {
            String::new()
        } else {
            format!(", {municipio}")
        };
        (
            format!("Agenda de rendición de cuentas sectorial de cierre de gobierno {anio}"),
            format!(
                "{dependencia}{lugar}. Impresa el {}.",
                fecha_corta(chrono::Local::now().date_naive())
            ),
        )
    };
    // On paper the agenda is the title, not the screen's "Revise su agenda".
    view! {
        <div class="solo-impresion">
            {move || {
                let (titulo, linea) = para_imprimir();
                view! {
                    <p class="titulo-impreso">{titulo}</p>
                    <p>{linea}</p>
                }
            }}
        </div>
        <ResumenErrores errores=errores al_seguir=seguir/>
        <EstadoEnvio resumen=resumen/>
        <Hallazgos resumen=resumen/>
        <Respuestas/>
        <Calendario/>
        <Descargas resumen=resumen/>
    }
}

#[component]
fn EstadoEnvio(resumen: Memo<Resumen>) -> impl IntoView {
    move || {
        let r = resumen.get();
        if r.puede_enviarse() {
            view! {
                <div class="aviso aviso-exito estado-envio">
                    <p><strong>"Su agenda está lista para enviar."</strong></p>
                    <p class="solo-pantalla">"Revise sus respuestas y descargue el archivo al final de esta página."</p>
                </div>
            }
            .into_any()
        } else {
            let partes = [
                (r.errores, "error por corregir", "errores por corregir"),
                (
                    r.advertencias_sin_justificar,
                    "advertencia por corregir o justificar",
                    "advertencias por corregir o justificar",
                ),
            ]
            .into_iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, s, p)| format!("{n} {}", if n == 1 { s } else { p }))
            .collect::<Vec<_>>()
            .join(" y ");
            view! {
                <div class="aviso aviso-pendiente estado-envio">
                    <p><strong>{format!("Antes de enviar: {partes}.")}</strong></p>
                    <p class="solo-pantalla">"Mientras tanto puede descargar una copia de trabajo."</p>
                </div>
            }
            .into_any()
        }
    }
}

/// `resumen` counts the required fields left empty too: with those, "cumple todas las reglas"
/// would read as ready beside the summary that says what is missing.
#[component]
fn Hallazgos(resumen: Memo<Resumen>) -> impl IntoView {
    let estado = usar_estado();
    let grupo = move |severidad: Severidad, titulo: &'static str, id: &'static str| {
        let lista = Memo::new(move |_| {
            estado.hallazgos.with(|h| {
                h.iter()
                    .filter(|x| x.severidad == severidad)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        });
        view! {
            <Show when=move || !lista.with(Vec::is_empty)>
                <section class=format!("hallazgos hallazgos-{}", severidad.codigo()) aria-labelledby=id>
                    <h3 id=id>{move || format!("{titulo} ({})", lista.with(Vec::len))}</h3>
                    <ul class="lista-hallazgos">
                        {move || lista.get().into_iter().enumerate().map(|(i, h)| view! { <ItemHallazgo h=h i=i/> }).collect_view()}
                    </ul>
                </section>
            </Show>
        }
    };
    view! {
        <section class="bloque-revision" aria-labelledby="titulo-hallazgos">
            <h2 id="titulo-hallazgos">"Lo que encontró la revisión"</h2>
            <Show when=move || estado.hallazgos.with(Vec::is_empty)>
                <p>
                    {move || if resumen.with(|r| r.errores) == 0 {
                        "La agenda cumple todas las reglas revisadas."
                    } else {
                        "Las reglas no encontraron nada más: solo falta completar lo que se indica arriba."
                    }}
                </p>
            </Show>
            {grupo(Severidad::Error, "Errores", "titulo-errores")}
            {grupo(Severidad::Advertencia, "Advertencias", "titulo-advertencias")}
            {grupo(Severidad::Info, "Recomendaciones", "titulo-recomendaciones")}
        </section>
    }
}

#[component]
fn ItemHallazgo(h: Hallazgo, i: usize) -> impl IntoView {
    let estado = usar_estado();
    let marca = regla(&h.regla_id)
        .map(|r| r.marca.etiqueta())
        .unwrap_or_default();
    let destino = estado.agenda.with_untracked(|a| destino_de_hallazgo(&h, a));
    let href = Ruta::Paso {
        paso: destino.0,
        volver_a_revision: destino.0 != Paso::Revision,
    }
    .a_hash();
    let para_click = h.clone();
    let id_just = format!("justificacion-{}-{i}", h.severidad.codigo());
    let es_advertencia = h.severidad == Severidad::Advertencia;
    let texto_inicial = h.justificacion.clone().unwrap_or_default();
    let para_justificar = h.clone();
    view! {
        <li class="hallazgo">
            <p class="hallazgo-mensaje">{h.mensaje.clone()}</p>
            <p class="hallazgo-fuente">
                {format!("Regla {} · {} · ", h.regla_id, h.fuente)}
                <span class="marca">{marca}</span>
            </p>
            {(destino.0 != Paso::Revision).then(|| view! {
                <a
                    class="enlace-corregir"
                    href=href
                    on:click=move |ev| {
                        ev.prevent_default();
                        ir_a_corregir(estado, &para_click);
                    }
                >
                    {format!("Corregir en el paso {}: {}", destino.0.numero(), destino.0.nombre_corto())}
                </a>
            })}
            {es_advertencia.then(|| view! {
                <div class="campo justificacion">
                    <label class="etiqueta etiqueta-pequena" for=id_just.clone()>
                        "Si decide mantenerla, explique por qué"
                    </label>
                    <textarea
                        id=id_just.clone()
                        class="entrada area"
                        rows="2"
                        prop:value=texto_inicial
                        on:input=move |ev| {
                            let texto = event_target_value(&ev);
                            estado.editar(|a| fijar_justificacion(a, &para_justificar, &texto));
                        }
                    ></textarea>
                </div>
            })}
        </li>
    }
}

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
fn Respuestas() -> impl IntoView {
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

#[component]
fn Calendario() -> impl IntoView {
    let estado = usar_estado();
    let datos = Memo::new(move |_| {
        estado
            .config
            .with(|c| estado.agenda.with(|a| cronograma(a, c)))
    });
    let anio = estado.config.with_untracked(|c| c.anio_cierre);
    view! {
        <section class="bloque-revision" aria-labelledby="titulo-calendario">
            <h2 id="titulo-calendario">{format!("Calendario de abril a diciembre de {anio}")}</h2>
            {move || {
                let c = datos.get();
                view! {
                    <ul class="crono-leyenda">
                        {c.fases.iter().map(|f| view! {
                            <li>
                                <span class=format!("crono-muestra fase-{}", f.fase.codigo()) aria-hidden="true"></span>
                                {format!("{}: {} a {}", f.fase.etiqueta(), fecha_corta(f.desde), fecha_corta(f.hasta))}
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

#[component]
fn Descargas(resumen: Memo<Resumen>) -> impl IntoView {
    let estado = usar_estado();
    let aviso = RwSignal::new(None::<String>);
    let archivo = move |copia_de_trabajo: bool| {
        let (nombre, texto) = crate::ui::sesion::archivo_de_agenda(estado, copia_de_trabajo);
        match descargar(&nombre, "application/json", &texto) {
            Ok(()) => {
                crate::ui::sesion::registrar_descarga(estado);
                aviso.set(Some(format!(
                    "Se descargó «{nombre}».{}",
                    if copia_de_trabajo {
                        ""
                    } else {
                        " Envíelo a la Secretaría de Planeación."
                    }
                )))
            }
            Err(_) => aviso.set(Some(
                "El navegador no permitió la descarga. Inténtelo de nuevo.".into(),
            )),
        }
    };
    let ics = move |_| {
        let anio = estado.config.with_untracked(|c| c.anio_cierre);
        let (nombre, texto) = estado.agenda.with_untracked(|a| {
            (
                nombre_archivo_ics(a, anio),
                calendario_ics(a, chrono::Utc::now()),
            )
        });
        match descargar(&nombre, "text/calendar", &texto) {
            Ok(()) => aviso.set(Some(format!(
                "Se descargó «{nombre}». Ábralo con su programa de calendario."
            ))),
            Err(_) => aviso.set(Some(
                "El navegador no permitió la descarga. Inténtelo de nuevo.".into(),
            )),
        }
    };
    let imprimir = move |_| {
        let _ = window().print();
    };
    view! {
        <section class="bloque-revision descargas" aria-labelledby="titulo-descargas">
            <h2 id="titulo-descargas">"Descargar y enviar"</h2>
            {move || if resumen.get().puede_enviarse() {
                view! {
                    <p>"Este es el archivo que se envía a la Secretaría de Planeación."</p>
                    <button type="button" class="boton boton-principal" on:click=move |_| archivo(false)>
                        "Descargar para enviar"
                    </button>
                }.into_any()
            } else {
                view! {
                    <p class="aviso aviso-pendiente">
                        "El archivo para enviar se habilita cuando no quedan errores y cada advertencia está corregida o justificada."
                    </p>
                }.into_any()
            }}
            <p class="ayuda">
                {move || match estado.ultima_descarga.get() {
                    Some(d) => format!("Última copia descargada: {}. Guarde el archivo en un lugar seguro: el navegador puede borrar sus datos.", crate::ui::borradores::fecha_hora(d)),
                    None => "Aún no ha descargado una copia en archivo. Descargue una copia de trabajo: el navegador puede borrar sus datos.".to_string(),
                }}
            </p>
            <div class="botones botones-secundarios">
                <button type="button" class="boton boton-secundario" on:click=move |_| archivo(true)>
                    "Descargar copia de trabajo"
                </button>
                <button type="button" class="boton boton-secundario" on:click=ics>
                    "Descargar calendario (.ics)"
                </button>
                <button type="button" class="boton boton-secundario" on:click=imprimir>
                    "Imprimir / guardar PDF"
                </button>
            </div>
            <p class="estado-descarga" role="status" aria-live="polite">{move || aviso.get()}</p>
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
