//! The autosave: storage observes the agenda and writes it at most ~300 ms after a change and
//! at once when the page is hidden or closed. A tab that finds its draft changed or deleted by
//! another stops writing (a conflict) until the person decides.

use std::cell::Cell;
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use super::{
    borradores, clave_actual, hora_local, recordar_guardada, BASE, DESCARGADA, PENDIENTE,
    PERSISTENCIA_PEDIDA, REVISION, SALTAR,
};
use crate::domain::comparar::perdido_al_recargar;
use crate::storage::{
    draft_key, guardar_sin_leer, BrowserStore, CausaConflicto, KeyValueStore, StorageError,
    KEY_PREFIX,
};
use crate::ui::estado::{Estado, EstadoGuardado, ModoGuardado};

/// Timer before a save. With the wait for an idle moment (at most 50 ms) and the save itself,
/// the stored copy stays within ~300 ms of the screen.
const ESPERA: Duration = Duration::from_millis(220);

pub(super) fn cancelar_pendiente() -> bool {
    PENDIENTE.with(|p| p.borrow_mut().take().map(|h| h.clear()).is_some())
}

/// Writes now a save that is waiting for its timer, if there is one, or a text typed in the
/// last frame that the autosave has not heard of yet (see `al_escribir`).
pub fn guardar_si_pendiente(estado: Estado) {
    if estado.confirmar_escritura() {
        // This save holds it: the autosave skips the notice that follows.
        SALTAR.with(|s| s.set(true));
        guardar_ahora(estado);
    } else if PENDIENTE.with(|p| p.borrow().is_some()) {
        guardar_ahora(estado);
    }
}

/// Writes the agenda now, unless this tab must not write (no storage, a conflict).
fn guardar_ahora(estado: Estado) {
    cancelar_pendiente();
    if matches!(
        estado.modo.get_untracked(),
        ModoGuardado::SinAlmacenamiento(_) | ModoGuardado::Conflicto(_)
    ) {
        return;
    }
    let resultado = borradores().and_then(|drafts| {
        let esperada = REVISION.with(Cell::get);
        let guardado = estado
            .agenda
            .with_untracked(|a| drafts.save(a, esperada, Utc::now()))?;
        drafts.store.set(&clave_actual(), &guardado.agenda.id.0)?;
        let revision = guardado.revision;
        recordar_guardada(revision, guardado.agenda);
        Ok::<_, StorageError>(revision)
    });
    match resultado {
        Ok(revision) => {
            estado.guardado.set(EstadoGuardado::Guardado(hora_local()));
            if estado.modo.get_untracked() != ModoGuardado::Normal {
                estado.modo.set(ModoGuardado::Normal);
            }
            if revision == 1 {
                pedir_persistencia(estado);
            }
            estado.borradores_cambiaron();
        }
        Err(e) => al_fallar_guardado(estado, e),
    }
}

/// A failed save always leaves a banner that says what to do, besides the status line.
fn al_fallar_guardado(estado: Estado, e: StorageError) {
    if let Some(causa) = e.causa_conflicto() {
        return entrar_en_conflicto(estado, causa);
    }
    estado
        .guardado
        .set(EstadoGuardado::Fallo(e.motivo_breve().into()));
    match e {
        StorageError::QuotaExceeded => estado.modo.set(ModoGuardado::Lleno),
        otro => estado
            .modo
            .set(ModoGuardado::SinAlmacenamiento(otro.to_string())),
    }
}

fn entrar_en_conflicto(estado: Estado, causa: CausaConflicto) {
    cancelar_pendiente();
    estado
        .guardado
        .set(EstadoGuardado::Fallo(causa.motivo_breve().into()));
    estado.modo.set(ModoGuardado::Conflicto(causa));
}

/// A tab can miss another tab's write (the phone froze it in the background), so whenever it
/// comes back to the front it compares revisions.
fn comprobar_revision(estado: Estado) {
    let propia = REVISION.with(Cell::get);
    if propia == 0
        || !matches!(
            estado.modo.get_untracked(),
            ModoGuardado::Normal | ModoGuardado::Lleno
        )
    {
        return;
    }
    let id = estado.agenda.with_untracked(|a| a.id.clone());
    match borradores().and_then(|d| d.stored_revision(&id)) {
        Ok(None) => entrar_en_conflicto(estado, CausaConflicto::Eliminado),
        Ok(Some(guardada)) if guardada > propia => {
            entrar_en_conflicto(estado, CausaConflicto::Cambiado)
        }
        Ok(Some(_)) => {}
        // A damaged or newer copy stops this tab; storage that merely failed to read does not.
        Err(e) => {
            if let Some(causa) = e.causa_conflicto() {
                entrar_en_conflicto(estado, causa);
            }
        }
    }
}

/// Asks the browser to keep this site's data (Safari clears it after days without a visit).
fn pedir_persistencia(estado: Estado) {
    if PERSISTENCIA_PEDIDA.with(|p| p.replace(true)) {
        return;
    }
    let Ok(promesa) = window().navigator().storage().persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let concedida = wasm_bindgen_futures::JsFuture::from(promesa)
            .await
            .ok()
            .and_then(|v| v.as_bool());
        estado.persistente.set(concedida);
    });
}

pub fn iniciar_autoguardado(estado: Estado) {
    Effect::new(move |anterior: Option<()>| {
        estado.agenda.track();
        // The first run sees the agenda as it opened, including one put on screen before it
        // (by the settings the page had already read), which is not an edit either.
        if SALTAR.with(|s| s.replace(false)) || anterior.is_none() {
            return;
        }
        if !estado.por_guardar() {
            return;
        }
        // The save is scheduled by the first change after the last save and not pushed back by
        // later keystrokes, so the stored copy is never more than ~300 ms behind the screen.
        PENDIENTE.with(|p| {
            if p.borrow().is_some() {
                return;
            }
            // The timer leaves the save pending (so pagehide still flushes it) and hands it to
            // the browser's next idle moment, so it does not land between a key and its paint.
            let handle = set_timeout_with_handle(
                move || crate::ui::cuando_este_libre(move || guardar_si_pendiente(estado)),
                ESPERA,
            );
            *p.borrow_mut() = handle.ok();
        });
    });
    // Nothing typed stays behind when the page is hidden, put in the background or closed.
    let al_ocultar = move || {
        guardar_si_pendiente(estado);
        guardar_textos_sin_leer(estado);
    };
    let h1 = window_event_listener(leptos::ev::pagehide, move |_| al_ocultar());
    let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        match document().visibility_state() {
            web_sys::VisibilityState::Hidden => al_ocultar(),
            _ => comprobar_revision(estado),
        }
    });
    // When this tab cannot store its work (no storage, full, another tab's draft), closing or
    // reloading it would lose what is only on screen: the browser asks first, unless a file copy
    // holds exactly that.
    let h4 = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if trabajo_solo_en_pantalla(estado) {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    // Another tab wrote: if it is this draft at a newer revision, stop writing here.
    let h3 = window_event_listener(leptos::ev::storage, move |ev| {
        // No key: another tab cleared this site's storage.
        let Some(clave) = ev.key() else {
            estado.borradores_cambiaron();
            comprobar_revision(estado);
            return;
        };
        if clave.starts_with(KEY_PREFIX) {
            estado.borradores_cambiaron();
        }
        let propia = estado.agenda.with_untracked(|a| draft_key(&a.id));
        if clave != propia || REVISION.with(Cell::get) == 0 {
            return;
        }
        if ev.new_value().is_none() {
            entrar_en_conflicto(estado, CausaConflicto::Eliminado);
        } else {
            comprobar_revision(estado);
        }
    });
    // No check of the stored revision here: the draft was read in this same task, and a write
    // by another tab after it arrives as a `storage` event to the listener above. (Reading the
    // whole draft again cost 7–13 ms at CPU 4× with 60 activities, on every start.)
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
        h4.remove();
    });
}

/// Keeps in this tab what it could not read, on screen or aside, for a reload to bring back.
fn guardar_textos_sin_leer(estado: Estado) {
    let Ok(sesion) = BrowserStore::sesion() else {
        return;
    };
    estado.apartados.with_untracked(|apartados| {
        estado.en_pantalla.with_value(|en_pantalla| {
            let _ = guardar_sin_leer(&sesion, apartados.iter().chain(en_pantalla));
        })
    });
}

/// Work that is neither stored nor in a downloaded file. In normal mode a pending save is
/// written on `pagehide`, so nothing is only on screen.
fn trabajo_solo_en_pantalla(estado: Estado) -> bool {
    if estado.modo.get_untracked() == ModoGuardado::Normal {
        return false;
    }
    estado.agenda.with_untracked(|a| {
        let guardada = BASE.with(|b| b.borrow().as_ref() == Some(a));
        let descargada = DESCARGADA.with(|d| d.borrow().as_ref() == Some(a));
        !guardada && !descargada
    })
}

/// What "Recargar la versión guardada" would take away from this tab, if anything.
pub fn perdido_al_recargar_la_guardada(estado: Estado) -> Option<String> {
    BASE.with(|b| {
        let base = b.borrow();
        let base = base.as_ref()?;
        estado
            .agenda
            .with_untracked(|a| perdido_al_recargar(base, a))
    })
}
