//! "Sus agendas": every draft stored in this browser, with open, rename, duplicate and delete
//! (confirmed, with undo), and "Abrir un archivo" (in `abrir_archivo`) to resume work from a
//! downloaded file.

use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

use super::abrir_archivo::AbrirArchivo;
use super::descargas::descargar;
use super::estado::{usar_estado, Estado};
use super::sesion::{self, borradores};
use super::widgets::deshacer::AvisoDeshacer;
use super::widgets::navegacion::enfocar_campo;
use crate::domain::calendar::{fecha_corta, hora_texto};
use crate::domain::model::AgendaId;
use crate::domain::text::plural;
use crate::storage::{DraftSummary, ListedDraft};

/// "3 de octubre de 2027 a las 10:42", in the browser's time zone.
pub fn fecha_hora(d: DateTime<Utc>) -> String {
    let local = d.with_timezone(&Local);
    format!(
        "{} a las {}",
        fecha_corta(local.date_naive()),
        hora_texto(local.time())
    )
}

fn titulo(r: &DraftSummary) -> String {
    if r.dependencia.is_empty() {
        "Agenda sin dependencia".to_string()
    } else {
        r.dependencia.clone()
    }
}

/// The list of drafts, re-read whenever they change here or in another tab.
pub fn lista_borradores(estado: Estado) -> Memo<Result<Vec<ListedDraft>, String>> {
    Memo::new(move |_| {
        estado.version_borradores.track();
        borradores()
            .and_then(|d| d.list())
            .map_err(|e| e.to_string())
    })
}

/// What a removal took, while its "Deshacer" is offered.
#[derive(Clone, PartialEq)]
struct Quitado {
    id: AgendaId,
    titulo: String,
    texto: String,
}

#[component]
pub fn PaginaBorradores(lista: Memo<Result<Vec<ListedDraft>, String>>) -> impl IntoView {
    let estado = usar_estado();
    // The list is drawn again only when its drafts change (which, and of which kind), not their
    // details: another tab saving one must not close a row's rename or confirmation, nor take
    // the focus from it. (A string, not a new type of memo, keeps the wasm smaller.)
    let firma = Memo::new(move |_| {
        lista.with(|l| match l {
            Ok(l) => l
                .iter()
                .map(|b| format!("{}{}", clase(b), b.id().0))
                .collect::<Vec<_>>()
                .join("\n"),
            Err(e) => format!("!{e}"),
        })
    });
    let quitado = RwSignal::new(None::<Quitado>);
    let deshacer = Callback::new(move |()| {
        if let Some(q) = quitado.get_untracked() {
            if let Ok(d) = borradores() {
                if d.restore(&q.id, &q.texto).is_ok() {
                    quitado.set(None);
                    estado.borradores_cambiaron();
                    enfocar_campo(format!("borrador-{}", q.id.0));
                }
            }
        }
    });
    view! {
        <h1 id="titulo-pagina" tabindex="-1">"Sus agendas"</h1>
        <p class="entradilla">"Estas son las agendas guardadas en este navegador. Abra una para seguir trabajando o empiece otra."</p>
        <div class="botones">
            <button type="button" class="boton boton-principal" on:click=move |_| sesion::nueva(estado)>
                "Nueva agenda"
            </button>
        </div>
        <AvisoDeshacer
            aviso=Signal::derive(move || quitado.with(|q| q.as_ref().map(|q| format!("Se eliminó «{}».", q.titulo))))
            id_boton="deshacer-borrador"
            al_deshacer=deshacer
        />
        <h2>"Agendas guardadas"</h2>
        {move || {
            // Read, not only tracked: a memo recomputes when read.
            firma.with(|_| ());
            match lista.get_untracked() {
                Err(e) => view! { <p class="aviso aviso-error">{e}</p> }.into_any(),
                Ok(borradores) if borradores.is_empty() => view! { <p>"No hay agendas guardadas en este navegador."</p> }.into_any(),
                Ok(borradores) => view! {
                    <ul class="items lista-borradores">
                        {borradores.into_iter().map(|b| view! { <FilaBorrador b=b lista=lista quitado=quitado/> }).collect_view()}
                    </ul>
                }.into_any(),
            }
        }}
        <Persistencia/>
        <AbrirArchivo/>
        // The calendar last: on a phone it fills a screen, and the drafts are what this page is
        // for.
        <super::start::CalendarioMunicipio/>
    }
}

/// "Descargar el texto guardado" for a draft the app cannot open, named after its row.
#[component]
fn DescargarTexto(
    archivo: String,
    tipo: &'static str,
    texto: String,
    titulo: String,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let bajar = move |_| {
        if descargar(&archivo, tipo, &texto).is_err() {
            error.set(Some("El navegador no permitió la descarga.".into()));
        }
    };
    view! {
        <button type="button" class="boton boton-secundario" on:click=bajar>
            "Descargar el texto guardado"<span class="visualmente-oculto">{format!(" de {titulo}")}</span>
        </button>
    }
}

/// Something of the draft `id` as the list has it now, for its row to follow while it shows
/// (another tab may save the draft meanwhile).
fn linea_de<T: Clone + PartialEq + Default + Send + Sync + 'static>(
    lista: Memo<Result<Vec<ListedDraft>, String>>,
    id: AgendaId,
    f: impl Fn(&ListedDraft) -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| {
        lista.with(|l| {
            l.as_ref()
                .ok()
                .and_then(|l| l.iter().find(|b| b.id() == &id))
                .map(&f)
                .unwrap_or_default()
        })
    })
}

/// Which kind of row a draft gets; a draft that changes kind gets a new row.
fn clase(b: &ListedDraft) -> u8 {
    match b {
        ListedDraft::Ok(_) => 0,
        ListedDraft::Damaged { .. } => 1,
        ListedDraft::Newer { .. } => 2,
    }
}

fn titulo_de(b: &ListedDraft) -> String {
    match b {
        ListedDraft::Ok(r) => titulo(r),
        ListedDraft::Damaged { id, .. } => format!("Borrador dañado ({})", id.0),
        ListedDraft::Newer { id, .. } => format!("Borrador de una versión más reciente ({})", id.0),
    }
}

#[component]
fn FilaBorrador(
    b: ListedDraft,
    lista: Memo<Result<Vec<ListedDraft>, String>>,
    quitado: RwSignal<Option<Quitado>>,
) -> impl IntoView {
    let estado = usar_estado();
    let id = b.id().clone();
    let titulo_fila = linea_de(lista, id.clone(), titulo_de);
    let id_fila = format!("borrador-{}", id.0);
    let confirmar = RwSignal::new(false);
    let renombrando = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let eliminar = {
        let id = id.clone();
        move |_| match borradores().and_then(|d| d.delete(&id)) {
            Ok(texto) => {
                if estado.agenda.with_untracked(|a| a.id == id) {
                    sesion::olvidar_abierta(estado);
                }
                quitado.set(texto.map(|texto| Quitado {
                    id: id.clone(),
                    titulo: titulo_fila.get_untracked(),
                    texto,
                }));
                estado.borradores_cambiaron();
                enfocar_campo("deshacer-borrador".into());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let confirmacion = {
        let id_pregunta = format!("{id_fila}-confirmar");
        let id_eliminar = format!("{id_fila}-eliminar");
        move || {
            let eliminar = eliminar.clone();
            let id_pregunta = id_pregunta.clone();
            let id_eliminar = id_eliminar.clone();
            confirmar.get().then(|| view! {
                <div class="confirmacion" role="group" aria-label="Confirmar eliminación">
                    // Focus lands on the question, not on the button that deletes.
                    <p id=id_pregunta tabindex="-1">{move || format!("¿Eliminar «{}»? Podrá deshacerlo mientras siga en esta página.", titulo_fila.get())}</p>
                    <div class="botones">
                        <button type="button" class="boton boton-peligro-lleno" on:click=eliminar>"Sí, eliminar"</button>
                        <button type="button" class="boton boton-secundario" on:click=move |_| {
                            confirmar.set(false);
                            // Back to the button that asked, not to the top of the page.
                            enfocar_campo(id_eliminar.clone());
                        }>"Cancelar"</button>
                    </div>
                </div>
            })
        }
    };
    let pedir_confirmacion = {
        let id_fila = id_fila.clone();
        move |_| {
            confirmar.set(true);
            enfocar_campo(format!("{id_fila}-confirmar"));
        }
    };
    let contenido = match b {
        ListedDraft::Ok(r) => {
            let abrir = {
                let id = r.id.clone();
                move |_| {
                    if let Err(e) = sesion::abrir(estado, &id) {
                        error.set(Some(e.to_string()));
                    }
                }
            };
            let duplicar = {
                let id = r.id.clone();
                move |_| match sesion::duplicar(estado, &id) {
                    Ok(()) => {}
                    Err(e) => error.set(Some(e.to_string())),
                }
            };
            let nombre = RwSignal::new(r.nombre.clone());
            let id_nombre = format!("{id_fila}-nombre");
            let id_renombrar = format!("{id_fila}-renombrar");
            // The row follows its draft: what another tab saved shows here as it lands.
            let de_resumen = {
                let id = id.clone();
                move |f: fn(&DraftSummary) -> String| {
                    linea_de(lista, id.clone(), move |b| match b {
                        ListedDraft::Ok(r) => f(r),
                        _ => String::new(),
                    })
                }
            };
            let etiqueta = de_resumen(|r| r.nombre.clone());
            // The name field opens below the buttons: focus goes into it, and back to
            // «Cambiar nombre» when it closes, so the keyboard never lands on «Duplicar» instead.
            let cerrar_nombre = {
                let id_renombrar = id_renombrar.clone();
                move || {
                    renombrando.set(false);
                    nombre.set(etiqueta.get_untracked());
                    enfocar_campo(id_renombrar.clone());
                }
            };
            let alternar_nombre = {
                let id_nombre = id_nombre.clone();
                let cerrar_nombre = cerrar_nombre.clone();
                move |_| {
                    if renombrando.get_untracked() {
                        cerrar_nombre();
                    } else {
                        renombrando.set(true);
                        enfocar_campo(id_nombre.clone());
                    }
                }
            };
            let guardar_nombre = {
                let id = r.id.clone();
                let id_renombrar = id_renombrar.clone();
                move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    match borradores().and_then(|d| d.rename(&id, &nombre.get_untracked())) {
                        Ok(_) => {
                            renombrando.set(false);
                            estado.borradores_cambiaron();
                            enfocar_campo(id_renombrar.clone());
                        }
                        Err(e) => error.set(Some(e.to_string())),
                    }
                }
            };
            let detalle = de_resumen(|r| {
                format!(
                    "{}Guardada el {} · {} % completa · {}",
                    r.anio_cierre
                        .map(|a| format!("Cierre {a} · "))
                        .unwrap_or_default(),
                    fecha_hora(r.guardado_en),
                    r.completitud,
                    plural(r.actividades, "actividad", "actividades")
                )
            });
            let descarga = de_resumen(|r| match r.ultima_descarga {
                Some(d) => format!("Última copia descargada: {}.", fecha_hora(d)),
                None => "Aún no ha descargado una copia en archivo.".to_string(),
            });
            let sin_copia = linea_de(
                lista,
                id.clone(),
                |b| matches!(b, ListedDraft::Ok(r) if r.ultima_descarga.is_none()),
            );
            view! {
                <h3 class="item-titulo">{titulo_fila}</h3>
                {move || { let e = etiqueta.get(); (!e.is_empty()).then(|| view! { <p class="item-etiqueta">{e}</p> }) }}
                <p class="item-resumen">{detalle}</p>
                <p class="item-resumen" class:item-aviso-suave=sin_copia>{descarga}</p>
                <div class="item-acciones">
                    <button type="button" class="boton boton-principal" on:click=abrir>
                        "Abrir"<span class="visualmente-oculto">{move || format!(" {}", titulo_fila.get())}</span>
                    </button>
                    <button type="button" class="boton boton-terciario" id=id_renombrar.clone()
                        aria-expanded=move || if renombrando.get() { "true" } else { "false" } on:click=alternar_nombre>
                        "Cambiar nombre"<span class="visualmente-oculto">{move || format!(" de {}", titulo_fila.get())}</span>
                    </button>
                    <button type="button" class="boton boton-terciario" on:click=duplicar>
                        "Duplicar"<span class="visualmente-oculto">{move || format!(" {}", titulo_fila.get())}</span>
                    </button>
                    <button type="button" class="boton boton-peligro" id=format!("{id_fila}-eliminar") on:click=pedir_confirmacion.clone()>
                        "Eliminar"<span class="visualmente-oculto">{move || format!(" {}", titulo_fila.get())}</span>
                    </button>
                </div>
                <Show when=move || renombrando.get()>
                    <form class="condicional" on:submit=guardar_nombre.clone()>
                        <label class="etiqueta" for=id_nombre.clone()>"Nombre para reconocer este borrador"</label>
                        <input id=id_nombre.clone() class="entrada" type="text" prop:value=move || nombre.get()
                            on:input=move |ev| nombre.set(event_target_value(&ev))
                            on:keydown={
                                let cerrar_nombre = cerrar_nombre.clone();
                                move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { cerrar_nombre() }
                            }
                        />
                        <div class="botones">
                            <button type="submit" class="boton boton-secundario">"Guardar nombre"</button>
                            <button type="button" class="boton boton-terciario" on:click={
                                let cerrar_nombre = cerrar_nombre.clone();
                                move |_| cerrar_nombre()
                            }>"Cancelar"</button>
                        </div>
                    </form>
                </Show>
            }
            .into_any()
        }
        ListedDraft::Damaged { id, raw, detail } => {
            let archivo = format!("borrador-danado-{}.txt", id.0);
            view! {
                <h3 class="item-titulo">{titulo_fila.get_untracked()}</h3>
                <p class="item-resumen">
                    {format!("No se puede abrir: {detail}. Su texto sigue guardado: descárguelo para no perderlo o para que alguien lo recupere.")}
                </p>
                <div class="item-acciones">
                    <DescargarTexto archivo=archivo tipo="text/plain" texto=raw titulo=titulo_fila.get_untracked() error=error/>
                    <button type="button" class="boton boton-peligro" id=format!("{id_fila}-eliminar") on:click=pedir_confirmacion.clone()>
                        "Eliminar"<span class="visualmente-oculto">{format!(" {}", titulo_fila.get_untracked())}</span>
                    </button>
                </div>
            }
            .into_any()
        }
        ListedDraft::Newer { id, version, raw } => {
            let archivo = format!("borrador-{}.json", id.0);
            view! {
                <h3 class="item-titulo">{titulo_fila.get_untracked()}</h3>
                <p class="item-resumen">{format!("Lo guardó una versión más reciente de la aplicación (formato {version}). Recargue la página para abrirlo.")}</p>
                <div class="item-acciones">
                    <DescargarTexto archivo=archivo tipo="application/json" texto=raw titulo=titulo_fila.get_untracked() error=error/>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <li class="item item-borrador" id=id_fila.clone() tabindex="-1">
            <div class="item-cabecera">{contenido}</div>
            {confirmacion}
            {move || error.get().map(|e| view! { <p class="mensaje-error" role="alert">{e}</p> })}
        </li>
    }
}

/// A reminder to keep a file copy, since browsers may clear a site's data.
#[component]
fn Persistencia() -> impl IntoView {
    let estado = usar_estado();
    move || {
        match estado.persistente.get() {
        Some(true) => view! {
            <p class="ayuda">"El navegador aceptó conservar estas agendas. Aun así, descargue una copia de trabajo de vez en cuando."</p>
        }
        .into_any(),
        _ => view! {
            <div class="aviso aviso-info">
                <p>
                    "Los navegadores pueden borrar los datos de un sitio que no se visita por varios días (Safari lo hace a los 7). "
                    "Descargue una copia de trabajo de cada agenda al terminar el día: con «Abrir un archivo» la recupera aquí o en otro equipo."
                </p>
            </div>
        }
        .into_any(),
    }
    }
}
