//! The received files kept in this browser ([`Recibidos`]): read back and reviewed again when
//! the page opens, kept when chosen, removed with an undo, and shown as another tab changes them.
//! A file that cannot be kept is still reviewed and stays on the page; the page says so.

use chrono::{NaiveDate, Utc};
use leptos::prelude::*;

use super::{Ajustes, Recibido};
use crate::domain::format::{Codificacion, TextoDeArchivo};
use crate::domain::orden::ordenar;
use crate::domain::revision::{revisar, Revision};
use crate::domain::text::lista_natural;
use crate::storage::{
    es_clave_de_recibido, ArchivoRecibido, BrowserStore, Guardado, Guardar, Recibidos, StorageError,
};
use crate::ui::widgets::deshacer::AvisoDeshacer;

fn almacen() -> Result<Recibidos<BrowserStore>, StorageError> {
    BrowserStore::open().map(Recibidos::new)
}

/// What the page says about keeping the files, and what a removal took.
#[derive(Clone, Copy)]
pub(super) struct Guardados {
    /// What keeps this browser from keeping files or removals, when something does.
    pub aviso: RwSignal<Option<String>>,
    /// Why the last file this browser did not keep was not kept.
    pub motivo: RwSignal<Option<StorageError>>,
    /// What the last action did ("«salud.json» ya estaba en la lista.").
    pub estado: RwSignal<Option<String>>,
    /// What the last removal took, while its "Deshacer" is offered.
    pub quitados: RwSignal<Vec<Quitado>>,
}

/// A removed file, with its place in the list and its stored text, to put it back.
#[derive(Clone)]
pub(super) struct Quitado {
    posicion: usize,
    recibido: Recibido,
    texto: Option<String>,
}

impl Default for Guardados {
    fn default() -> Self {
        Guardados {
            aviso: RwSignal::new(None),
            motivo: RwSignal::new(None),
            estado: RwSignal::new(None),
            quitados: RwSignal::new(Vec::new()),
        }
    }
}

fn revisar_texto(texto: &str, ajustes: &Ajustes, hoy: NaiveDate) -> Result<Revision, String> {
    revisar(texto, ajustes.configuracion(), hoy).map_err(|e| e.to_string())
}

/// The stored files as the page lists them, reusing the reviews of those it already shows.
fn de_guardados(
    lista: Vec<Guardado>,
    previos: &[Recibido],
    ajustes: &Ajustes,
    hoy: NaiveDate,
) -> Vec<Recibido> {
    lista
        .into_iter()
        .map(|g| {
            if let Some(previo) = previos.iter().find(|r| r.clave.as_deref() == Some(g.clave())) {
                return Recibido { guardado: true, ..previo.clone() };
            }
            match g {
                Guardado::Archivo { clave, archivo } => Recibido {
                    resultado: revisar_texto(&archivo.texto, ajustes, hoy),
                    nombre: archivo.nombre,
                    clave: Some(clave),
                    guardado: true,
                    codificacion: archivo.codificacion,
                },
                Guardado::Danado { clave, motivo } => Recibido {
                    nombre: "Archivo guardado que no se puede leer".into(),
                    resultado: Err(format!("{motivo}. Quítelo y, si lo necesita, elija de nuevo el archivo que envió la dependencia.")),
                    clave: Some(clave),
                    guardado: true,
                    codificacion: Codificacion::default(),
                },
            }
        })
        .collect()
}

/// Reads the kept files again, keeping on the page those it could not keep. Until the site's
/// settings are known nothing is reviewed: the first reading waits for them.
pub(super) fn leer_guardados(
    ajustes: RwSignal<Ajustes>,
    recibidos: RwSignal<Vec<Recibido>>,
    guardados: Guardados,
    hoy: NaiveDate,
) {
    let ajustes = ajustes.get_untracked();
    if matches!(ajustes, Ajustes::Cargando) {
        return;
    }
    let lista = match almacen().and_then(|a| a.listar()) {
        Ok(lista) => lista,
        Err(e) => {
            guardados.aviso.set(Some(format!(
                "Los archivos se revisan, pero no quedan guardados en este navegador: {}. Si recarga la página, tendrá que elegirlos de nuevo.",
                e.motivo_breve()
            )));
            guardados.motivo.set(Some(e));
            return;
        }
    };
    let previos = recibidos.get_untracked();
    let mut nuevos = de_guardados(lista, &previos, &ajustes, hoy);
    // Those only on this page stay, unless another tab has since kept the same file.
    let solo_aqui: Vec<Recibido> = previos
        .into_iter()
        .filter(|r| {
            !r.guardado
                && !nuevos
                    .iter()
                    .any(|n| n.clave.is_some() && n.clave == r.clave)
        })
        .collect();
    nuevos.extend(solo_aqui);
    recibidos.set(nuevos);
}

/// When another tab adds or removes files, this one shows the same list.
pub(super) fn seguir_otras_pestanas(
    ajustes: RwSignal<Ajustes>,
    recibidos: RwSignal<Vec<Recibido>>,
    guardados: Guardados,
    hoy: NaiveDate,
) {
    let escucha = window_event_listener(leptos::ev::storage, move |ev| {
        // No key: another tab cleared this site's storage.
        if ev.key().is_none_or(|k| es_clave_de_recibido(&k)) {
            leer_guardados(ajustes, recibidos, guardados, hoy);
        }
    });
    on_cleanup(move || escucha.remove());
}

/// Reviews the files read, keeps them in this browser and adds them to the list. The same file
/// chosen again is not added twice; one that only this page held is kept now, if it fits.
pub(super) fn anadir(
    leidos: Vec<(String, Result<TextoDeArchivo, String>)>,
    ajustes: &Ajustes,
    recibidos: RwSignal<Vec<Recibido>>,
    guardados: Guardados,
    hoy: NaiveDate,
) {
    let almacen = almacen();
    let ahora = Utc::now();
    let mut ya_estaban = Vec::new();
    let mut fallo = None;
    recibidos.update(|lista| {
        for (i, (nombre, leido)) in leidos.into_iter().enumerate() {
            let TextoDeArchivo {
                texto,
                codificacion,
            } = match leido {
                Ok(leido) => leido,
                Err(motivo) => {
                    lista.push(Recibido {
                        nombre,
                        resultado: Err(motivo),
                        clave: None,
                        guardado: false,
                        codificacion: Codificacion::default(),
                    });
                    continue;
                }
            };
            let clave = Recibidos::<BrowserStore>::clave_de(&nombre, &texto);
            let en_lista = lista.iter().position(|r| r.clave.as_ref() == Some(&clave));
            if en_lista.is_some_and(|p| lista[p].guardado) {
                ya_estaban.push(format!("«{nombre}»"));
                continue;
            }
            let archivo = ArchivoRecibido {
                nombre,
                // One after the other, so a reload lists them in the order chosen.
                recibido_en: ahora + chrono::Duration::milliseconds(i as i64),
                texto,
                codificacion,
            };
            let guardado = match almacen
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|a| a.guardar(&archivo))
            {
                Ok(Guardar::Nuevo(_) | Guardar::YaEstaba(_)) => true,
                Err(e) => {
                    fallo = Some(e);
                    false
                }
            };
            match en_lista {
                Some(p) => {
                    lista[p].guardado = guardado;
                    ya_estaban.push(format!("«{}»", archivo.nombre));
                }
                None => lista.push(Recibido {
                    resultado: revisar_texto(&archivo.texto, ajustes, hoy),
                    nombre: archivo.nombre,
                    clave: Some(clave),
                    guardado,
                    codificacion,
                }),
            }
        }
    });
    guardados.quitados.set(Vec::new());
    guardados.estado.set(match ya_estaban.len() {
        0 => None,
        1 => Some(format!("{} ya estaba en la lista.", ya_estaban[0])),
        _ => Some(format!(
            "{} ya estaban en la lista.",
            lista_natural(&ya_estaban)
        )),
    });
    if fallo.is_some() {
        guardados.motivo.set(fallo);
    }
}

/// «salud.json» no quedó guardado…: the files only this page holds, while there are any.
fn aviso_sin_guardar(recibidos: &[Recibido], motivo: Option<&StorageError>) -> Option<String> {
    let nombres: Vec<String> = recibidos
        .iter()
        .filter(|r| r.clave.is_some() && !r.guardado)
        .map(|r| format!("«{}»", r.nombre))
        .collect();
    let (quedo, reviso, sigue) = match nombres.len() {
        0 => return None,
        1 => ("quedó guardado", "Se revisó", "sigue"),
        _ => ("quedaron guardados", "Se revisaron", "siguen"),
    };
    Some(format!(
        "{} no {quedo} en este navegador: {}. {reviso} y {sigue} en esta página hasta que la cierre.{}",
        lista_natural(&nombres),
        motivo.map_or("no se pudo guardar", StorageError::motivo_breve),
        if motivo == Some(&StorageError::QuotaExceeded) {
            " Para guardarlos, quite los archivos que ya no necesite y vuelva a elegirlos."
        } else {
            ""
        },
    ))
}

/// Removes the files at `posiciones` from the list and from this browser, offering to undo it.
pub(super) fn quitar(
    posiciones: Vec<usize>,
    recibidos: RwSignal<Vec<Recibido>>,
    guardados: Guardados,
) {
    let mut posiciones = posiciones;
    let hay = recibidos.with_untracked(Vec::len);
    posiciones.retain(|p| *p < hay);
    ordenar(&mut posiciones);
    posiciones.dedup();
    if posiciones.is_empty() {
        return;
    }
    let almacen = almacen();
    let mut quitados = Vec::new();
    let mut fallo = None;
    recibidos.update(|lista| {
        // From the last, so the positions still to remove stay where they are.
        for posicion in posiciones.into_iter().rev() {
            let recibido = lista.remove(posicion);
            let guardada = recibido.clave.as_ref().filter(|_| recibido.guardado);
            let texto = guardada.and_then(|clave| {
                almacen
                    .as_ref()
                    .map_err(Clone::clone)
                    .and_then(|a| a.quitar(clave))
                    .unwrap_or_else(|e| {
                        fallo = Some((recibido.nombre.clone(), e));
                        None
                    })
            });
            quitados.push(Quitado {
                posicion,
                recibido,
                texto,
            });
        }
    });
    // In the order of their places, as the undo puts them back.
    quitados.reverse();
    guardados.estado.set(Some(match quitados.as_slice() {
        [uno] => format!("Se quitó «{}».", uno.recibido.nombre),
        varios => format!("Se quitaron los {} archivos.", varios.len()),
    }));
    guardados.quitados.set(quitados);
    if let Some((nombre, e)) = fallo {
        guardados.aviso.set(Some(format!(
            "«{nombre}» se quitó de esta página, pero no de este navegador: {}. Al recargar la página volverá a aparecer.",
            e.motivo_breve()
        )));
    }
}

/// Puts back what the last removal took, where it was.
fn deshacer(recibidos: RwSignal<Vec<Recibido>>, guardados: Guardados) {
    let quitados = guardados.quitados.get_untracked();
    let almacen = almacen();
    let mut fallo = None;
    recibidos.update(|lista| {
        for Quitado {
            posicion,
            mut recibido,
            texto,
        } in quitados
        {
            if let (Some(clave), Some(texto)) = (&recibido.clave, &texto) {
                let restaurado = almacen.as_ref().map_err(Clone::clone);
                if let Err(e) = restaurado.and_then(|a| a.restaurar(clave, texto)) {
                    fallo = Some(e);
                    recibido.guardado = false;
                }
            }
            lista.insert(posicion.min(lista.len()), recibido);
        }
    });
    guardados.quitados.set(Vec::new());
    guardados.estado.set(None);
    if fallo.is_some() {
        guardados.motivo.set(fallo);
    }
    crate::ui::enfocar("titulo-archivos");
}

/// Why files are not kept, what the last action did, and the undo of a removal.
#[component]
pub(super) fn AvisosGuardados(
    guardados: Guardados,
    recibidos: RwSignal<Vec<Recibido>>,
) -> impl IntoView {
    view! {
        // An alert is announced when it appears, so it is only there while it has something to
        // say; the files this page alone holds are named first.
        {move || {
            let sin_guardar = guardados.motivo.with(|m| recibidos.with(|r| aviso_sin_guardar(r, m.as_ref())));
            sin_guardar.or_else(|| guardados.aviso.get()).map(|aviso| view! {
                <div class="aviso aviso-error" role="alert"><p>{aviso}</p></div>
            })
        }}
        <AvisoDeshacer
            aviso=guardados.estado
            puede=Signal::derive(move || !guardados.quitados.with(Vec::is_empty))
            id_boton="deshacer-quitar"
            al_deshacer=Callback::new(move |()| deshacer(recibidos, guardados))
        />
    }
}
