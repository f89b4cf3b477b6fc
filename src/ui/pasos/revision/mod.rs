//! Step 9, "Revise su agenda": every rule's findings by severity with their source, the
//! answers by step with "Cambiar" links, the calendar across the closing phases, and the
//! downloads.

mod calendario;
mod respuestas;

use leptos::prelude::*;

use crate::domain::calendar::fecha_corta;
use crate::domain::edicion::fijar_justificacion;
use crate::domain::entregas::{como_entregar, enlace_correo};
use crate::domain::ics::{calendario_ics, nombre_archivo_ics};
use crate::domain::model::ActividadId;
use crate::domain::orden::ordenar_por_clave;
use crate::domain::pasos::{destino_de_hallazgo, errores_al_corregir, errores_de_revision, Paso};
use crate::domain::rules::{regla, Hallazgo, Resumen, Severidad};
use crate::domain::vocab::Vocabulario;
use crate::ui::descargas::descargar;
use crate::ui::estado::{usar_estado, Estado};
use crate::ui::ruta::{navegar, Ruta};
use crate::ui::widgets::navegacion::{enfocar_campo, ResumenErrores};

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
        let mut errores = estado.hallazgos.with(|h| {
            estado
                .config
                .with(|c| estado.agenda.with(|a| errores_de_revision(a, c, h)))
        });
        // Text typed in a field that could not take it and left on another step: the agenda
        // does not hold it, so it is an error to fix before sending (its field shows it again).
        errores.extend(estado.sin_leer());
        ordenar_por_clave(&mut errores, |(paso, _)| paso.numero());
        errores
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
                    a.dependencia.nombre_o_sin_nombre().to_string(),
                    c.municipio.trim().to_string(),
                    c.anio_cierre,
                )
            })
        });
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
        <respuestas::Respuestas/>
        <calendario::Calendario/>
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
                    <p class="solo-pantalla">
                        "Revise sus respuestas y descargue el archivo al final de esta página. "
                        <IrADescargas/>
                    </p>
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
                    <p class="solo-pantalla">"Mientras tanto puede descargar una copia de trabajo. "<IrADescargas/></p>
                </div>
            }
            .into_any()
        }
    }
}

/// A link past the answers to the downloads: on a phone the answers run for several screens.
#[component]
fn IrADescargas() -> impl IntoView {
    view! {
        <a
            href="#titulo-descargas"
            on:click=move |ev| {
                ev.prevent_default();
                enfocar_campo("titulo-descargas".to_string());
            }
        >
            "Ir a «Descargar y enviar»"
        </a>
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

#[component]
fn Descargas(resumen: Memo<Resumen>) -> impl IntoView {
    let estado = usar_estado();
    let aviso = RwSignal::new(None::<String>);
    let como = estado
        .config
        .with_untracked(|c| como_entregar(c, chrono::Local::now().date_naive()));
    // After «Descargar para enviar»: the mail to Planeación, for the file just downloaded.
    let correo = RwSignal::new(None::<String>);
    let archivo = move |copia_de_trabajo: bool| {
        let (nombre, texto) = crate::ui::sesion::archivo_de_agenda(estado, copia_de_trabajo);
        match descargar(&nombre, "application/json", &texto) {
            Ok(()) => {
                crate::ui::sesion::registrar_descarga(estado);
                if !copia_de_trabajo {
                    correo.set(estado.config.with_untracked(|c| {
                        estado
                            .agenda
                            .with_untracked(|a| enlace_correo(c, a, &nombre))
                    }));
                }
                let envio = estado.config.with_untracked(|c| c.entrega.correo.clone());
                aviso.set(Some(match (copia_de_trabajo, envio) {
                    (true, _) => format!("Se descargó «{nombre}»."),
                    (false, Some(direccion)) => {
                        format!("Se descargó «{nombre}». Envíelo como adjunto a {direccion}.")
                    }
                    (false, None) => {
                        format!("Se descargó «{nombre}». Envíelo a la Secretaría de Planeación.")
                    }
                }))
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
            <h2 id="titulo-descargas" tabindex="-1">"Descargar y enviar"</h2>
            {move || if resumen.get().puede_enviarse() {
                view! {
                    <p>"Este es el archivo que se envía a la Secretaría de Planeación."</p>
                    {como.clone().map(|texto| view! { <p><strong>{texto}</strong></p> })}
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
            {move || correo.get().map(|enlace| view! {
                <div class="enviar-correo">
                    <a class="boton boton-secundario" href=enlace aria-describedby="ayuda-correo">"Escribir el correo a Planeación"</a>
                    <p class="ayuda" id="ayuda-correo">"Se abre su programa de correo con el asunto y el texto; adjunte el archivo que descargó."</p>
                </div>
            })}
        </section>
    }
}
