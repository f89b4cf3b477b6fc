//! Autosave: the storage layer observes the agenda and writes it at most ~300 ms after the
//! last change, and at once when the page is hidden or closed. It never owns the state.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use super::estado::{usar_estado, Estado, EstadoGuardado};
use crate::domain::model::{Agenda, AgendaId};
use crate::storage::{BrowserStore, Drafts, KeyValueStore, StorageError, KEY_PREFIX};

/// The key that remembers which draft this browser was working on.
pub fn clave_actual() -> String {
    format!("{KEY_PREFIX}actual")
}

const ESPERA: Duration = Duration::from_millis(300);

thread_local! {
    /// The revision of the draft as this tab last saved or loaded it.
    static REVISION: Cell<u64> = const { Cell::new(0) };
    static PENDIENTE: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
}

/// A new agenda id: date and a random part, so drafts from several devices never collide.
pub fn nuevo_id() -> AgendaId {
    let fecha = chrono::Local::now().format("%Y%m%d");
    let azar: String = (0..6)
        .map(|_| {
            let n = (js_sys::Math::random() * 36.0) as u32;
            char::from_digit(n.min(35), 36).unwrap_or('0')
        })
        .collect();
    AgendaId(format!("ag-{fecha}-{azar}"))
}

/// The draft this browser was working on, or a new empty agenda.
pub fn agenda_inicial() -> Agenda {
    let nueva = || Agenda {
        id: nuevo_id(),
        ..Agenda::default()
    };
    let Ok(store) = BrowserStore::open() else {
        return nueva();
    };
    let Ok(Some(id)) = store.get(&clave_actual()) else {
        return nueva();
    };
    match Drafts::new(store).load(&AgendaId(id)) {
        Ok(borrador) => {
            REVISION.with(|r| r.set(borrador.revision));
            borrador.agenda
        }
        Err(_) => nueva(),
    }
}

fn hora_local() -> String {
    chrono::Local::now().format("%H:%M").to_string()
}

/// Writes the agenda now.
pub fn guardar_ahora(estado: Estado) {
    PENDIENTE.with(|p| {
        if let Some(h) = p.borrow_mut().take() {
            h.clear();
        }
    });
    let resultado = BrowserStore::open().and_then(|store| {
        let drafts = Drafts::new(store);
        let esperada = REVISION.with(Cell::get);
        let guardado = estado
            .agenda
            .with_untracked(|a| drafts.save(a, esperada, chrono::Utc::now()))?;
        REVISION.with(|r| r.set(guardado.revision));
        drafts.store.set(&clave_actual(), &guardado.agenda.id.0)?;
        Ok::<_, StorageError>(())
    });
    estado.guardado.set(match resultado {
        Ok(()) => EstadoGuardado::Guardado(hora_local()),
        Err(e) => EstadoGuardado::Fallo(e.to_string()),
    });
}

fn hay_pendiente() -> bool {
    PENDIENTE.with(|p| p.borrow().is_some())
}

pub fn iniciar_autoguardado(estado: Estado) {
    Effect::new(move |anterior: Option<()>| {
        estado.agenda.track();
        if anterior.is_none() {
            return;
        }
        if !matches!(estado.guardado.get_untracked(), EstadoGuardado::Guardando) {
            estado.guardado.set(EstadoGuardado::Guardando);
        }
        PENDIENTE.with(|p| {
            if let Some(h) = p.borrow_mut().take() {
                h.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    PENDIENTE.with(|p| p.borrow_mut().take());
                    guardar_ahora(estado);
                },
                ESPERA,
            );
            *p.borrow_mut() = handle.ok();
        });
    });
    // Nothing typed stays behind when the page is hidden, put in the background or closed.
    let al_ocultar = move || {
        if hay_pendiente() {
            guardar_ahora(estado);
        }
    };
    let h1 = window_event_listener(leptos::ev::pagehide, move |_| al_ocultar());
    let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            al_ocultar();
        }
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
    });
}

/// The save status in the header. Only "Guardado a las …" and failures are in the polite live
/// region, so a screen reader is not interrupted at every pause in typing.
#[component]
pub fn EstadoDeGuardado() -> impl IntoView {
    let estado = usar_estado();
    let anunciado = Memo::new(move |_| match estado.guardado.get() {
        EstadoGuardado::Guardado(hora) => format!("Guardado a las {hora}"),
        EstadoGuardado::Fallo(mensaje) => format!("No se pudo guardar: {mensaje}"),
        _ => String::new(),
    });
    let guardando = move || matches!(estado.guardado.get(), EstadoGuardado::Guardando);
    view! {
        <div class="estado-guardado" class:estado-guardado-fallo=move || matches!(estado.guardado.get(), EstadoGuardado::Fallo(_))>
            <span aria-hidden="true" class="guardando" class:visible=guardando>"Guardando…"</span>
            <span role="status" aria-live="polite" class:oculto-si-guardando=guardando>{move || anunciado.get()}</span>
        </div>
    }
}
