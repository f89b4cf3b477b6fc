//! "Abrir un archivo": a downloaded agenda comes back as a draft, chosen or dropped. A file
//! that does not serve is refused with its reason and nothing stored changes; an agenda already
//! stored is never replaced without asking.

use chrono::Utc;
use leptos::prelude::*;

use super::borradores::fecha_hora;
use super::estado::{usar_estado, Estado, ModoGuardado};
use super::sesion::{self, borradores};
use super::widgets::archivos::{leer_archivo, ZonaDeArchivos};
use super::widgets::navegacion::enfocar_campo;
use crate::domain::comparar::describir;
use crate::domain::format::{import_agenda, Imported, Integrity, TextoDeArchivo};
use crate::domain::model::Agenda;
use crate::storage::StorageError;

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
    // What the person must know of the file, a sentence each.
    let aviso = RwSignal::new(Vec::<&'static str>::new());
    let eleccion = RwSignal::new(None::<Eleccion>);

    let procesar = move |leido: TextoDeArchivo| {
        error.set(None);
        aviso.set(Vec::new());
        eleccion.set(None);
        let mut importado = match import_agenda(&leido.texto) {
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
        let alterado = matches!(importado.integrity, Integrity::Altered { .. }).then_some(
            "El archivo fue modificado fuera de la aplicación: revise su contenido antes de enviarlo.",
        );
        aviso.set(
            alterado
                .into_iter()
                .chain(leido.codificacion.aviso())
                .collect(),
        );
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
            Err(StorageError::NotFound) => {
                abrir_importado(estado, importado.agenda, false, aviso, error)
            }
            Err(StorageError::Unavailable(_)) => {
                sesion::abrir_en_memoria(estado, importado.agenda);
                estado.aviso_archivo.set(aviso.get_untracked());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let leer = move |archivo: web_sys::File| {
        leptos::task::spawn_local(async move {
            match leer_archivo(archivo).await {
                Ok(leido) => procesar(leido),
                Err(Some(motivo)) => {
                    // What an earlier file left on screen is not about this one.
                    aviso.set(Vec::new());
                    eleccion.set(None);
                    error.set(Some(motivo.to_string()));
                    enfocar_campo("error-archivo".into());
                }
                Err(None) => error.set(Some("No se pudo leer el archivo. Elija un archivo .json descargado de esta aplicación.".into())),
            }
        });
    };
    let recibir = Callback::new(move |lista: web_sys::FileList| {
        if let Some(archivo) = lista.get(0) {
            leer(archivo);
        }
    });
    let reemplazar = move |_| {
        if let Some(e) = eleccion.get_untracked() {
            abrir_importado(estado, e.importado.agenda, true, aviso, error);
            eleccion.set(None);
        }
    };
    let como_copia = move |_| {
        if let Some(e) = eleccion.get_untracked() {
            let mut agenda = e.importado.agenda;
            agenda.id = sesion::nuevo_id();
            abrir_importado(estado, agenda, false, aviso, error);
            eleccion.set(None);
        }
    };
    view! {
        <ZonaDeArchivos
            id="abrir-archivo"
            titulo="Abrir un archivo"
            ayuda="¿Empezó en otro equipo o tiene una copia descargada? Abra el archivo .json de su agenda (o arrástrelo aquí) para seguir trabajando en este navegador."
            boton="Elegir el archivo de la agenda (.json)"
            al_recibir=recibir
        >
            {move || error.get().map(|e| view! {
                <div class="aviso aviso-error" id="error-archivo" tabindex="-1" role="alert"><p>{e}</p><p>"Sus agendas guardadas no cambiaron."</p></div>
            })}
            {move || (!aviso.with(Vec::is_empty)).then(|| view! {
                <div class="aviso aviso-pendiente" role="status">
                    {aviso.get().into_iter().map(|a| view! { <p>{a}</p> }).collect_view()}
                </div>
            })}
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
        </ZonaDeArchivos>
    }
}

/// Stores an imported agenda (replacing or as new) and opens it; what the person must know of
/// the file (`aviso`) goes with it to the screen it opens on.
fn abrir_importado(
    estado: Estado,
    agenda: Agenda,
    reemplazar: bool,
    aviso: RwSignal<Vec<&'static str>>,
    error: RwSignal<Option<String>>,
) {
    if matches!(
        estado.modo.get_untracked(),
        ModoGuardado::SinAlmacenamiento(_)
    ) {
        sesion::abrir_en_memoria(estado, agenda);
        estado.aviso_archivo.set(aviso.get_untracked());
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
    let Some(e) = fallo else {
        estado.aviso_archivo.set(aviso.get_untracked());
        return;
    };
    error.set(Some(match e {
        StorageError::QuotaExceeded => "No hay espacio en este navegador para guardar el archivo como borrador. \
            Elimine en «Sus agendas» los borradores que ya no use (descargue antes una copia si los necesita) \
            y vuelva a abrir el archivo."
            .to_string(),
        otro => otro.to_string(),
    }));
    enfocar_campo("error-archivo".into());
}
