//! "Sus agendas": every draft stored in this browser, with open, rename, duplicate and delete
//! (confirmed, with undo), and "Abrir un archivo" to resume work from a downloaded file.

use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::descargas::descargar;
use super::estado::{usar_estado, Estado, ModoGuardado};
use super::sesion::{self, borradores};
use super::widgets::navegacion::enfocar_campo;
use crate::domain::calendar::{fecha_corta, hora_texto};
use crate::domain::comparar::describir;
use crate::domain::format::{import_agenda, ImportError, Imported, Integrity, MAX_FILE_BYTES};
use crate::domain::model::{Agenda, AgendaId};
use crate::domain::text::plural;
use crate::storage::{DraftSummary, ListedDraft, StorageError};

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
    let quitado = RwSignal::new(None::<Quitado>);
    let deshacer = move |_| {
        if let Some(q) = quitado.get_untracked() {
            if let Ok(d) = borradores() {
                if d.restore(&q.id, &q.texto).is_ok() {
                    quitado.set(None);
                    estado.borradores_cambiaron();
                    enfocar_campo(format!("borrador-{}", q.id.0));
                }
            }
        }
    };
    view! {
        <h1 id="titulo-pagina" tabindex="-1">"Sus agendas"</h1>
        <p class="entradilla">"Estas son las agendas guardadas en este navegador. Abra una para seguir trabajando o empiece otra."</p>
        <super::start::CalendarioMunicipio/>
        <div class="botones">
            <button type="button" class="boton boton-principal" on:click=move |_| sesion::nueva(estado)>
                "Nueva agenda"
            </button>
        </div>
        <div class="aviso-deshacer-region" role="status" aria-live="polite">
            {move || quitado.get().map(|q| view! {
                <div class="aviso aviso-deshacer">
                    <p>{format!("Se eliminó «{}».", q.titulo)}</p>
                    <button type="button" class="boton boton-secundario" id="deshacer-borrador" on:click=deshacer>"Deshacer"</button>
                </div>
            })}
        </div>
        <h2>"Agendas guardadas"</h2>
        {move || match lista.get() {
            Err(e) => view! { <p class="aviso aviso-error">{e}</p> }.into_any(),
            Ok(borradores) if borradores.is_empty() => view! { <p>"No hay agendas guardadas en este navegador."</p> }.into_any(),
            Ok(borradores) => view! {
                <ul class="items lista-borradores">
                    {borradores.into_iter().map(|b| view! { <FilaBorrador b=b quitado=quitado/> }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <Persistencia/>
        <AbrirArchivo/>
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

#[component]
fn FilaBorrador(b: ListedDraft, quitado: RwSignal<Option<Quitado>>) -> impl IntoView {
    let estado = usar_estado();
    let id = b.id().clone();
    let id_fila = format!("borrador-{}", id.0);
    let confirmar = RwSignal::new(false);
    let renombrando = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let titulo_fila = match &b {
        ListedDraft::Ok(r) => titulo(r),
        ListedDraft::Damaged { id, .. } => format!("Borrador dañado ({})", id.0),
        ListedDraft::Newer { id, .. } => format!("Borrador de una versión más reciente ({})", id.0),
    };
    let eliminar = {
        let id = id.clone();
        let titulo_fila = titulo_fila.clone();
        move |_| match borradores().and_then(|d| d.delete(&id)) {
            Ok(texto) => {
                if estado.agenda.with_untracked(|a| a.id == id) {
                    sesion::olvidar_abierta(estado);
                }
                quitado.set(texto.map(|texto| Quitado {
                    id: id.clone(),
                    titulo: titulo_fila.clone(),
                    texto,
                }));
                estado.borradores_cambiaron();
                enfocar_campo("deshacer-borrador".into());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let confirmacion = {
        let titulo_fila = titulo_fila.clone();
        let id_pregunta = format!("{id_fila}-confirmar");
        let id_eliminar = format!("{id_fila}-eliminar");
        move || {
            let eliminar = eliminar.clone();
            let id_pregunta = id_pregunta.clone();
            let id_eliminar = id_eliminar.clone();
            confirmar.get().then(|| view! {
                <div class="confirmacion" role="group" aria-label="Confirmar eliminación">
                    // Focus lands on the question, not on the button that deletes.
                    <p id=id_pregunta tabindex="-1">{format!("¿Eliminar «{titulo_fila}»? Podrá deshacerlo mientras siga en esta página.")}</p>
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
            // The name field opens below the buttons: focus goes into it, and back to
            // «Cambiar nombre» when it closes, so the keyboard never lands on «Duplicar» instead.
            let cerrar_nombre = {
                let id_renombrar = id_renombrar.clone();
                let guardado = r.nombre.clone();
                move || {
                    renombrando.set(false);
                    nombre.set(guardado.clone());
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
            let detalle = format!(
                "{}Guardada el {} · {} % completa · {}",
                r.anio_cierre
                    .map(|a| format!("Cierre {a} · "))
                    .unwrap_or_default(),
                fecha_hora(r.guardado_en),
                r.completitud,
                plural(r.actividades, "actividad", "actividades")
            );
            let descarga = match r.ultima_descarga {
                Some(d) => format!("Última copia descargada: {}.", fecha_hora(d)),
                None => "Aún no ha descargado una copia en archivo.".to_string(),
            };
            view! {
                <h3 class="item-titulo">{titulo(&r)}</h3>
                {(!r.nombre.is_empty()).then(|| view! { <p class="item-etiqueta">{r.nombre.clone()}</p> })}
                <p class="item-resumen">{detalle}</p>
                <p class="item-resumen" class:item-aviso-suave=r.ultima_descarga.is_none()>{descarga}</p>
                <div class="item-acciones">
                    <button type="button" class="boton boton-principal" on:click=abrir>
                        "Abrir"<span class="visualmente-oculto">{format!(" {}", titulo(&r))}</span>
                    </button>
                    <button type="button" class="boton boton-terciario" id=id_renombrar.clone()
                        aria-expanded=move || if renombrando.get() { "true" } else { "false" } on:click=alternar_nombre>
                        "Cambiar nombre"<span class="visualmente-oculto">{format!(" de {}", titulo(&r))}</span>
                    </button>
                    <button type="button" class="boton boton-terciario" on:click=duplicar>
                        "Duplicar"<span class="visualmente-oculto">{format!(" {}", titulo(&r))}</span>
                    </button>
                    <button type="button" class="boton boton-peligro" id=format!("{id_fila}-eliminar") on:click=pedir_confirmacion.clone()>
                        "Eliminar"<span class="visualmente-oculto">{format!(" {}", titulo(&r))}</span>
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
                <h3 class="item-titulo">{titulo_fila.clone()}</h3>
                <p class="item-resumen">
                    {format!("No se puede abrir: {detail}. Su texto sigue guardado: descárguelo para no perderlo o para que alguien lo recupere.")}
                </p>
                <div class="item-acciones">
                    <DescargarTexto archivo=archivo tipo="text/plain" texto=raw titulo=titulo_fila.clone() error=error/>
                    <button type="button" class="boton boton-peligro" id=format!("{id_fila}-eliminar") on:click=pedir_confirmacion.clone()>
                        "Eliminar"<span class="visualmente-oculto">{format!(" {}", titulo_fila)}</span>
                    </button>
                </div>
            }
            .into_any()
        }
        ListedDraft::Newer { id, version, raw } => {
            let archivo = format!("borrador-{}.json", id.0);
            view! {
                <h3 class="item-titulo">{titulo_fila.clone()}</h3>
                <p class="item-resumen">{format!("Lo guardó una versión más reciente de la aplicación (formato {version}). Recargue la página para abrirlo.")}</p>
                <div class="item-acciones">
                    <DescargarTexto archivo=archivo tipo="application/json" texto=raw titulo=titulo_fila.clone() error=error/>
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

/// An imported file waiting for the person to choose, because its agenda is already stored.
#[derive(Clone)]
struct Eleccion {
    importado: Imported,
    frase: String,
    /// The stored draft cannot be read: replacing it would lose its text, so only a copy is offered.
    guardado_danado: bool,
}

/// "Abrir un archivo": a file picker and a drop zone for an exported JSON.
#[component]
pub fn AbrirArchivo() -> impl IntoView {
    let estado = usar_estado();
    let error = RwSignal::new(None::<String>);
    let aviso = RwSignal::new(None::<String>);
    let eleccion = RwSignal::new(None::<Eleccion>);
    let arrastrando = RwSignal::new(false);

    let procesar = move |texto: String| {
        error.set(None);
        aviso.set(None);
        eleccion.set(None);
        let mut importado = match import_agenda(&texto) {
            Ok(i) => i,
            Err(e) => {
                error.set(Some(e.to_string()));
                enfocar_campo("error-archivo".into());
                return;
            }
        };
        if importado.agenda.id.0.trim().is_empty() {
            importado.agenda.id = sesion::nuevo_id();
        }
        if let Integrity::Altered { .. } = importado.integrity {
            aviso.set(Some(
                "El archivo fue modificado fuera de la aplicación: revise su contenido antes de enviarlo.".into(),
            ));
        }
        match borradores().and_then(|d| d.load(&importado.agenda.id)) {
            Ok(guardado) => {
                let frase = format!(
                    "Ya tiene guardado un borrador de esta agenda (guardado el {}). {}",
                    fecha_hora(guardado.guardado_en),
                    describir(&guardado.agenda, &importado.agenda)
                );
                eleccion.set(Some(Eleccion {
                    importado,
                    frase,
                    guardado_danado: false,
                }));
                enfocar_campo("eleccion-archivo".into());
            }
            Err(StorageError::Corrupt { .. }) => {
                let frase = "Ya hay un borrador dañado con esta agenda; se conserva como está. El archivo se guardará como una copia nueva.".to_string();
                eleccion.set(Some(Eleccion {
                    importado,
                    frase,
                    guardado_danado: true,
                }));
                enfocar_campo("eleccion-archivo".into());
            }
            Err(StorageError::NotFound) => abrir_importado(estado, importado.agenda, false, error),
            Err(StorageError::Unavailable(_)) => sesion::abrir_en_memoria(estado, importado.agenda),
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let leer = move |archivo: web_sys::File| {
        if archivo.size() > MAX_FILE_BYTES as f64 {
            error.set(Some(
                ImportError::TooLarge {
                    bytes: archivo.size() as usize,
                }
                .to_string(),
            ));
            enfocar_campo("error-archivo".into());
            return;
        }
        let promesa = archivo.text();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promesa).await.ok().and_then(|t| t.as_string()) {
                Some(texto) => procesar(texto),
                None => error.set(Some("No se pudo leer el archivo. Elija un archivo .json descargado de esta aplicación.".into())),
            }
        });
    };
    let al_elegir = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(archivo) = input.files().and_then(|f| f.get(0)) {
            leer(archivo);
        }
        // The same file can be chosen again after fixing it.
        input.set_value("");
    };
    let al_soltar = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        arrastrando.set(false);
        if let Some(archivo) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            leer(archivo);
        }
    };
    let reemplazar = move |_| {
        if let Some(e) = eleccion.get_untracked() {
            abrir_importado(estado, e.importado.agenda, true, error);
            eleccion.set(None);
        }
    };
    let como_copia = move |_| {
        if let Some(e) = eleccion.get_untracked() {
            let mut agenda = e.importado.agenda;
            agenda.id = sesion::nuevo_id();
            abrir_importado(estado, agenda, false, error);
            eleccion.set(None);
        }
    };
    view! {
        <section
            class="abrir-archivo"
            class:arrastrando=move || arrastrando.get()
            aria-labelledby="titulo-abrir-archivo"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                arrastrando.set(true);
            }
            on:dragleave=move |_| arrastrando.set(false)
            on:drop=al_soltar
        >
            <h2 id="titulo-abrir-archivo">"Abrir un archivo"</h2>
            <p class="ayuda">
                "¿Empezó en otro equipo o tiene una copia descargada? Abra el archivo .json de su agenda "
                "(o arrástrelo aquí) para seguir trabajando en este navegador."
            </p>
            <div class="selector-archivo">
                <input id="abrir-archivo" class="entrada-archivo" type="file" accept=".json,application/json" on:change=al_elegir/>
                <label class="boton boton-secundario" for="abrir-archivo">"Elegir el archivo de la agenda (.json)"</label>
            </div>
            {move || error.get().map(|e| view! {
                <div class="aviso aviso-error" id="error-archivo" tabindex="-1" role="alert"><p>{e}</p><p>"Sus agendas guardadas no cambiaron."</p></div>
            })}
            {move || aviso.get().map(|a| view! { <p class="aviso aviso-pendiente" role="status">{a}</p> })}
            {move || eleccion.get().map(|e| view! {
                <div class="aviso aviso-info" id="eleccion-archivo" tabindex="-1" role="group" aria-label="Qué hacer con el archivo">
                    <p>{e.frase.clone()}</p>
                    <div class="botones">
                        {(!e.guardado_danado).then(|| view! {
                            <button type="button" class="boton boton-secundario" on:click=reemplazar>"Reemplazar el borrador"</button>
                        })}
                        <button type="button" class="boton boton-secundario" on:click=como_copia>"Guardar como copia"</button>
                        <button type="button" class="boton boton-terciario" on:click=move |_| eleccion.set(None)>"Cancelar"</button>
                    </div>
                </div>
            })}
        </section>
    }
}

/// Stores an imported agenda (replacing or as new) and opens it.
fn abrir_importado(
    estado: Estado,
    agenda: Agenda,
    reemplazar: bool,
    error: RwSignal<Option<String>>,
) {
    if matches!(
        estado.modo.get_untracked(),
        ModoGuardado::SinAlmacenamiento(_)
    ) {
        sesion::abrir_en_memoria(estado, agenda);
        return;
    }
    let ahora = Utc::now();
    let resultado = borradores().and_then(|d| {
        if reemplazar {
            d.replace(&agenda, ahora)
        } else {
            d.create(&agenda, "", ahora)
        }
    });
    let fallo = match resultado {
        Ok(_) => {
            estado.borradores_cambiaron();
            sesion::abrir(estado, &agenda.id).err()
        }
        Err(e) => Some(e),
    };
    if let Some(e) = fallo {
        error.set(Some(match e {
            StorageError::QuotaExceeded => "No hay espacio en este navegador para guardar el archivo como borrador. \
                Elimine en «Sus agendas» los borradores que ya no use (descargue antes una copia si los necesita) \
                y vuelva a abrir el archivo."
                .to_string(),
            otro => otro.to_string(),
        }));
        enfocar_campo("error-archivo".into());
    }
}
