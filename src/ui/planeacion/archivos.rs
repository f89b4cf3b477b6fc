//! Each file received, with what its review found: ready to publish, or what the office must
//! fix, each finding with its rule, field and source.

use leptos::prelude::*;

use super::guardados::{quitar, Guardados};
use super::Recibido;
use crate::domain::entregas::correo_de_correcciones;
use crate::domain::orden::ordenar_por_clave;
use crate::domain::revision::Veredicto;
use crate::domain::rules::{Hallazgo, Severidad};
use crate::domain::text::{normalizar, plural};
use crate::domain::vocab::Vocabulario;

/// Where a file goes in the list: what needs the office's attention first (unreadable, with
/// errors, a working copy or unjustified warnings), then the ready ones; by office within each.
fn orden(r: &Recibido) -> (u8, String, String) {
    let (grupo, dependencia) = match &r.resultado {
        Err(_) => (0, String::new()),
        Ok(rev) => {
            let grupo = match rev.veredicto() {
                Veredicto::ConErrores => 1,
                Veredicto::CopiaDeTrabajo | Veredicto::ConAdvertencias => 2,
                Veredicto::Lista => 3,
            };
            (grupo, normalizar(rev.dependencia()))
        }
    };
    (grupo, dependencia, r.nombre.clone())
}

#[component]
pub(super) fn Archivos(
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
    guardados: Guardados,
) -> impl IntoView {
    move || {
        let lista = recibidos.get();
        (!lista.is_empty()).then(|| {
            let sin_leer = lista.iter().filter(|r| r.resultado.is_err()).count();
            let con_errores = lista
                .iter()
                .filter(|r| matches!(&r.resultado, Ok(rev) if rev.resumen().errores > 0))
                .count();
            // The list in the order to read it, each file with its place among those received
            // and whether the calendar counts it.
            let mut filas: Vec<(usize, Recibido, bool)> = lista
                .iter()
                .cloned()
                .zip(contados.get())
                .enumerate()
                .map(|(i, (r, cuenta))| (i, r, cuenta))
                .collect();
            ordenar_por_clave(&mut filas, |(_, r, _)| orden(r));
            let quitar = Callback::new(move |posiciones: Vec<usize>| {
                quitar(posiciones, recibidos, guardados);
                // Focus goes to what is left, or to the undo when nothing is.
                let destino = if recibidos.with_untracked(Vec::is_empty) { "deshacer-quitar" } else { "titulo-archivos" };
                crate::ui::enfocar(destino);
            });
            let todos: Vec<usize> = (0..lista.len()).collect();
            view! {
                <section class="bloque-revision" aria-labelledby="titulo-archivos">
                    <h2 id="titulo-archivos" tabindex="-1">{format!("Archivos revisados ({})", lista.len())}</h2>
                    <p>
                        {format!(
                            "{} con errores, {} sin leer.",
                            plural(con_errores, "archivo", "archivos"),
                            sin_leer
                        )}
                    </p>
                    <ul class="lista-archivos">
                        {filas.into_iter().map(|(i, r, cuenta)| view! { <FilaArchivo recibido=r cuenta=cuenta quitar=Callback::new(move |_| quitar.run(vec![i]))/> }).collect_view()}
                    </ul>
                    <button type="button" class="boton boton-secundario" on:click=move |_| quitar.run(todos.clone())>
                        "Quitar todos los archivos"
                    </button>
                </section>
            }
        })
    }
}

/// One file; `cuenta` says whether its agenda is the version the calendar counts.
#[component]
fn FilaArchivo(recibido: Recibido, cuenta: bool, quitar: Callback<()>) -> impl IntoView {
    let boton_quitar = view! {
        <button type="button" class="boton boton-terciario" on:click=move |_| quitar.run(())>
            "Quitar"<span class="visualmente-oculto">{format!(" {}", recibido.nombre)}</span>
        </button>
    };
    match recibido.resultado {
        Err(motivo) => view! {
            <li class="archivo-recibido">
                <p class="archivo-nombre">{recibido.nombre}</p>
                <p class="veredicto veredicto-error">"No se pudo leer: " {motivo}</p>
                {boton_quitar}
            </li>
        }
        .into_any(),
        Ok(revision) => {
            let clase = match revision.veredicto() {
                Veredicto::ConErrores => "veredicto-error",
                Veredicto::CopiaDeTrabajo | Veredicto::ConAdvertencias => "veredicto-aviso",
                Veredicto::Lista => "veredicto-lista",
            };
            let texto = revision.veredicto_en_palabras();
            let dependencia = revision
                .imported
                .agenda
                .dependencia
                .nombre_o_sin_nombre()
                .to_string();
            // An older version of an agenda whose newer file counts needs no mail.
            let correo = cuenta
                .then(|| correo_de_correcciones(&revision, &recibido.nombre, &url_del_asistente()))
                .flatten();
            let en_archivo = format!(" en {}", recibido.nombre);
            let aviso_codificacion = recibido.codificacion.aviso();
            let hallazgos = revision.hallazgos;
            // Which version this is: the office downloads a new file each time it changes the agenda.
            let generado = revision.imported.generado_en.map(|d| {
                format!(
                    "Descargado del asistente el {}.",
                    crate::ui::borradores::fecha_hora(d)
                )
            });
            view! {
                <li class="archivo-recibido">
                    <p class="archivo-nombre">{recibido.nombre}</p>
                    <p>{dependencia}</p>
                    {generado.map(|g| view! { <p class="ayuda">{g}</p> })}
                    <p class=format!("veredicto {clase}")>{texto}</p>
                    {aviso_codificacion.map(|a| view! { <div class="aviso aviso-pendiente aviso-en-archivo"><p>{a}</p></div> })}
                    {(!cuenta).then(|| view! {
                        <p>"No cuenta en el calendario municipal: de esta agenda cuenta otro archivo (el de «Descargar para enviar» o el más reciente)."</p>
                    })}
                    {(!hallazgos.is_empty()).then(|| view! {
                        <details class="detalles">
                            <summary>{format!("Ver lo que encontró la revisión ({})", hallazgos.len())}</summary>
                            <ul class="lista-hallazgos">
                                {hallazgos.into_iter().map(|h| view! { <ItemHallazgo h=h/> }).collect_view()}
                            </ul>
                        </details>
                    })}
                    {correo.map(|enlace| view! {
                        <p>
                            <a href=enlace>
                                "Escribir a la dependencia lo que falta corregir"
                                <span class="visualmente-oculto">{en_archivo}</span>
                            </a>
                        </p>
                    })}
                    {boton_quitar}
                </li>
            }
            .into_any()
        }
    }
}

/// The offices' wizard, one folder up from this page, as an address to write in a mail.
fn url_del_asistente() -> String {
    let pagina = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("../", &pagina)
        .map(|u| u.href())
        .unwrap_or(pagina)
}

#[component]
fn ItemHallazgo(h: Hallazgo) -> impl IntoView {
    let clase = match h.severidad {
        Severidad::Error => "hallazgo hallazgo-error",
        Severidad::Advertencia => "hallazgo hallazgo-advertencia",
        Severidad::Info => "hallazgo",
    };
    view! {
        <li class=clase>
            <p>
                <strong>{h.severidad.etiqueta()}</strong>
                {format!(" · {}", h.regla_id)}
                {(!h.ruta_campo.is_empty()).then(|| format!(" · {}", h.ruta_campo))}
            </p>
            <p class="hallazgo-mensaje">{h.mensaje}</p>
            {h.justificacion.map(|j| view! { <p>"Justificación de la dependencia: " {j}</p> })}
            <p class="hallazgo-fuente">"Fuente: " {h.fuente}</p>
        </li>
    }
}
