//! What the person sees of saving: the status line in the header and, when storage fails, a
//! banner that says what happened and what to do, with a copy to download.

use leptos::prelude::*;

use super::estado::{usar_estado, EstadoGuardado, ModoGuardado};
use super::ruta::Ruta;
use super::sesion::{
    descargar_copia, guardar_como_copia, perdido_al_recargar_la_guardada, recargar,
};
use super::widgets::navegacion::enfocar_campo;
use crate::storage::CausaConflicto;

/// The save status in the header. Only "Guardado a las …" and failures are in the polite live
/// region, so a screen reader is not interrupted at every pause in typing.
#[component]
pub fn EstadoDeGuardado() -> impl IntoView {
    let estado = usar_estado();
    // While a save is pending the live region keeps the last saved time, so a screen reader
    // hears "Guardado a las 10:42" when the minute changes, not at every pause in typing.
    let anunciado = Memo::new(
        move |anterior: Option<&String>| match estado.guardado.get() {
            EstadoGuardado::Guardado(hora) => format!("Guardado a las {hora}"),
            EstadoGuardado::Fallo(motivo) => format!("No se pudo guardar: {motivo}"),
            EstadoGuardado::Guardando => anterior.cloned().unwrap_or_default(),
            EstadoGuardado::SinCambios => String::new(),
        },
    );
    let guardando = move || matches!(estado.guardado.get(), EstadoGuardado::Guardando);
    view! {
        <div class="estado-guardado" class:estado-guardado-fallo=move || matches!(estado.guardado.get(), EstadoGuardado::Fallo(_))>
            <span aria-hidden="true" class="guardando" class:visible=guardando>"Guardando…"</span>
            <span role="status" aria-live="polite" class:oculto-si-guardando=guardando>{move || anunciado.get()}</span>
        </div>
    }
}

/// The banner for a storage fault, with what the person can do about it.
#[component]
pub fn AvisoAlmacenamiento() -> impl IntoView {
    let estado = usar_estado();
    let mensaje_descarga = RwSignal::new(None::<String>);
    // What "Recargar" would take away from this tab, shown for confirmation first.
    let perdida = RwSignal::new(None::<String>);
    let pedir_recarga = move |_| match perdido_al_recargar_la_guardada(estado) {
        None => recargar(estado),
        Some(m) => {
            perdida.set(Some(m));
            enfocar_campo("confirmar-recarga".into());
        }
    };
    let descargar_ahora = move |_| {
        mensaje_descarga.set(Some(match descargar_copia(estado) {
            Ok(nombre) => format!("Se descargó «{nombre}»."),
            Err(e) => e,
        }));
    };
    move || {
        let boton_copia = move || {
            view! {
                <button type="button" class="boton boton-secundario" on:click=descargar_ahora>"Descargar copia"</button>
                <p class="estado-descarga" role="status">{move || mensaje_descarga.get()}</p>
            }
        };
        let aviso_danado = estado.aviso_borrador.get().map(|m| {
            view! {
                <div class="aviso aviso-error" role="alert">
                    <p>{m}</p>
                    <Show when=move || estado.ruta.with(|r| *r != Ruta::Inicio)>
                        <p><a href="#/">"Ir a «Sus agendas»"</a></p>
                    </Show>
                </div>
            }
        });
        let aviso = match estado.modo.get() {
            ModoGuardado::Normal => None,
            ModoGuardado::SinAlmacenamiento(m) => Some(
                view! {
                    <div class="aviso aviso-error aviso-almacenamiento" role="alert">
                        <p><strong>"Su trabajo no se está guardando en este navegador."</strong></p>
                        <p>{m}</p>
                        {boton_copia()}
                    </div>
                }
                .into_any(),
            ),
            ModoGuardado::Lleno => Some(
                view! {
                    <div class="aviso aviso-error aviso-almacenamiento" role="alert">
                        <p><strong>"No se pudo guardar: el almacenamiento del navegador está lleno."</strong></p>
                        <p>"Lo que escribió sigue en pantalla. Descargue una copia ahora y elimine borradores que ya no use en «Sus agendas»; la aplicación seguirá intentando guardar."</p>
                        {boton_copia()}
                    </div>
                }
                .into_any(),
            ),
            ModoGuardado::Conflicto(causa) => Some(
                view! {
                    <div class="aviso aviso-error aviso-almacenamiento" role="alert">
                        <p><strong>
                            {match causa {
                                CausaConflicto::Cambiado => "Este borrador cambió en otra pestaña o ventana.",
                                CausaConflicto::Eliminado => "Este borrador se eliminó en otra pestaña o ventana.",
                                CausaConflicto::Danado => "La copia guardada de este borrador está dañada; su texto se conserva en «Sus agendas».",
                                CausaConflicto::VersionNueva => "Una versión más reciente de la aplicación, abierta en otra pestaña, guardó este borrador. Recargue la página para usarla.",
                            }}
                        </strong></p>
                        <p>"Para no escribir encima de la copia guardada, esta pestaña dejó de guardar. Elija qué hacer con lo que ve aquí:"</p>
                        <div class="botones">
                            {(causa == CausaConflicto::Cambiado).then(|| view! {
                                <button type="button" class="boton boton-secundario" id="boton-recargar" on:click=pedir_recarga>
                                    "Recargar la versión guardada"
                                </button>
                            })}
                            <button type="button" class="boton boton-secundario" on:click=move |_| {
                                perdida.set(None);
                                guardar_como_copia(estado);
                            }>
                                "Guardar como copia"
                            </button>
                        </div>
                        {move || perdida.get().map(|m| view! {
                            <div class="confirmacion" role="group" aria-label="Confirmar la recarga">
                                // Focus lands on the sentence, not on the button that discards.
                                <p id="confirmar-recarga" tabindex="-1">{m}</p>
                                <div class="botones">
                                    <button type="button" class="boton boton-peligro-lleno" on:click=move |_| {
                                        perdida.set(None);
                                        recargar(estado);
                                    }>"Sí, recargar"</button>
                                    <button type="button" class="boton boton-secundario" on:click=move |_| {
                                        perdida.set(None);
                                        enfocar_campo("boton-recargar".into());
                                    }>"Cancelar"</button>
                                </div>
                            </div>
                        })}
                        <p>"Para conservar en un archivo lo que ve en esta pestaña:"</p>
                        {boton_copia()}
                    </div>
                }
                .into_any(),
            ),
        };
        // What the file just opened needs the person to know, over the agenda it opened.
        let avisos_archivo = estado.aviso_archivo.get();
        let aviso_archivo = (!avisos_archivo.is_empty() && estado.ruta.with(|r| *r != Ruta::Inicio)).then(|| {
            view! {
                <div class="aviso aviso-pendiente aviso-archivo" role="status">
                    {avisos_archivo.into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                    <button type="button" class="boton boton-terciario" on:click=move |_| estado.aviso_archivo.set(Vec::new())>
                        "Cerrar este aviso"
                    </button>
                </div>
            }
        });
        view! { {aviso_danado} {aviso_archivo} {aviso} }
    }
}
