//! The draft being edited: which one opens, opening another, a new one, a copy, its files, and
//! its autosave (in `autoguardado`). Storage observes the state and never owns it. Every fault
//! (no storage, a full quota, another tab, a damaged entry) is recorded for the banner in
//! `guardado` to show, and the work stays on screen.

use std::cell::{Cell, RefCell};

use chrono::{DateTime, Utc};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use super::descargas::descargar;
use super::estado::{Estado, EstadoGuardado, ModoGuardado};
use super::ruta::{navegar, Ruta};
use crate::domain::calendar::{fecha_compacta, hora_texto};
use crate::domain::config::Configuracion;
use crate::domain::format::{agenda_para_archivo, export_agenda, export_file_name};
use crate::domain::model::{Agenda, AgendaId};
use crate::domain::pasos::{paso_completo, Paso};
use crate::storage::{
    tomar_sin_leer, Apartado, BrowserStore, Drafts, KeyValueStore, StorageError, KEY_PREFIX,
};

mod autoguardado;

use autoguardado::cancelar_pendiente;
pub use autoguardado::{
    guardar_si_pendiente, iniciar_autoguardado, perdido_al_recargar_la_guardada,
};

/// The key that remembers which draft this browser was working on.
pub fn clave_actual() -> String {
    format!("{KEY_PREFIX}actual")
}

thread_local! {
    /// The revision of the open draft as this tab last saved or loaded it (0: never stored).
    static REVISION: Cell<u64> = const { Cell::new(0) };
    /// That revision's agenda: what this tab has changed since is what a reload would lose.
    static BASE: RefCell<Option<Agenda>> = const { RefCell::new(None) };
    static PENDIENTE: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// The next change of the agenda comes from storage (a draft opened), not from typing.
    static SALTAR: Cell<bool> = const { Cell::new(false) };
    static PERSISTENCIA_PEDIDA: Cell<bool> = const { Cell::new(false) };
    /// The agenda as it went into the last file copy.
    static DESCARGADA: RefCell<Option<Agenda>> = const { RefCell::new(None) };
}

pub fn borradores() -> Result<Drafts<BrowserStore>, StorageError> {
    BrowserStore::open().map(Drafts::new)
}

/// A new agenda id: date and a random part, so drafts from several devices never collide.
pub fn nuevo_id() -> AgendaId {
    let fecha = fecha_compacta(chrono::Local::now().date_naive());
    let azar: String = (0..6)
        .map(|_| {
            let n = (js_sys::Math::random() * 36.0) as u32;
            char::from_digit(n.min(35), 36).unwrap_or('0')
        })
        .collect();
    AgendaId(format!("ag-{fecha}-{azar}"))
}

/// A new agenda, of the term of the closing year the site prepares: a draft that outlives it
/// (opened years later on a site set for another term) says so instead of being checked
/// against another calendar.
pub fn agenda_nueva(config: &Configuracion) -> Agenda {
    Agenda {
        id: nuevo_id(),
        periodo_gobierno: Some(config.periodo_gobierno()),
        ..Agenda::default()
    }
}

/// What the app opens with: the draft this browser was working on, or a new agenda, and a
/// notice when that draft could not be read.
pub struct Arranque {
    pub agenda: Agenda,
    /// Texts the wizard could not read before a reload of this tab, back to their fields.
    pub sin_leer: Vec<Apartado>,
    pub revision: u64,
    pub ultima_descarga: Option<DateTime<Utc>>,
    pub modo: ModoGuardado,
    pub aviso: Option<String>,
}

pub fn arranque(config: &Configuracion) -> Arranque {
    let sin_leer = BrowserStore::sesion()
        .map(|s| tomar_sin_leer(&s))
        .unwrap_or_default();
    let nueva = |modo, aviso| Arranque {
        agenda: agenda_nueva(config),
        sin_leer: sin_leer.clone(),
        revision: 0,
        ultima_descarga: None,
        modo,
        aviso,
    };
    let drafts = match borradores() {
        Ok(d) => d,
        Err(e) => return nueva(ModoGuardado::SinAlmacenamiento(e.to_string()), None),
    };
    let Ok(Some(id)) = drafts.store.get(&clave_actual()) else {
        return nueva(ModoGuardado::Normal, None);
    };
    match drafts.load(&AgendaId(id)) {
        Ok(d) => Arranque {
            sin_leer,
            revision: d.revision,
            ultima_descarga: d.ultima_descarga,
            agenda: d.agenda,
            modo: ModoGuardado::Normal,
            aviso: None,
        },
        Err(StorageError::NotFound) => nueva(ModoGuardado::Normal, None),
        Err(e @ StorageError::Newer { .. }) => nueva(
            ModoGuardado::Normal,
            Some(format!(
                "{e} Mientras tanto, su texto se conserva en «Sus agendas», donde puede descargarlo."
            )),
        ),
        Err(e) => nueva(ModoGuardado::Normal, Some(e.to_string())),
    }
}

pub fn revision_inicial(revision: u64, agenda: &Agenda) {
    recordar_guardada(revision, agenda.clone());
}

fn recordar_guardada(revision: u64, agenda: Agenda) {
    REVISION.with(|r| r.set(revision));
    BASE.with(|b| *b.borrow_mut() = Some(agenda));
}

fn hora_local() -> String {
    hora_texto(chrono::Local::now().time())
}

/// Puts a stored agenda on screen without it counting as an edit to save back.
fn mostrar(estado: Estado, agenda: Agenda, revision: u64, ultima_descarga: Option<DateTime<Utc>>) {
    cancelar_pendiente();
    recordar_guardada(revision, agenda.clone());
    SALTAR.with(|s| s.set(true));
    estado.errores.set(Vec::new());
    estado.abiertas.update(|s| s.clear());
    estado.eliminada.set(None);
    estado.aviso_archivo.set(Vec::new());
    estado.ilegibles_en_resumen.set(Vec::new());
    estado.ultima_descarga.set(ultima_descarga);
    estado.reemplazar_agenda(agenda);
}

/// config.json, read after the start, may name another closing year than the computed one: a
/// new agenda nobody has touched (never stored, unchanged) takes its term, still unstored.
pub fn adoptar_periodo(estado: Estado) {
    let periodo = estado.config.with_untracked(|c| c.periodo_gobierno());
    let sin_tocar = REVISION.with(Cell::get) == 0
        && estado
            .agenda
            .with_untracked(|a| BASE.with(|b| b.borrow().as_ref() == Some(a)));
    if !sin_tocar
        || estado
            .agenda
            .with_untracked(|a| a.periodo_gobierno == Some(periodo))
    {
        return;
    }
    let mut agenda = estado.agenda.get_untracked();
    agenda.periodo_gobierno = Some(periodo);
    mostrar(estado, agenda, 0, None);
}

/// The first step with something missing, or the review when all are complete.
pub fn primer_paso_pendiente(agenda: &Agenda) -> Paso {
    Paso::TODOS
        .into_iter()
        .find(|p| *p != Paso::Revision && !paso_completo(*p, agenda))
        .unwrap_or(Paso::Revision)
}

/// Opens a stored draft in this tab.
pub fn abrir(estado: Estado, id: &AgendaId) -> Result<(), StorageError> {
    guardar_si_pendiente(estado);
    let drafts = borradores()?;
    let d = drafts.load(id)?;
    let _ = drafts.store.set(&clave_actual(), &id.0);
    let destino = primer_paso_pendiente(&d.agenda);
    mostrar(estado, d.agenda, d.revision, d.ultima_descarga);
    estado.modo.set(ModoGuardado::Normal);
    estado.guardado.set(EstadoGuardado::SinCambios);
    navegar(Ruta::paso(destino));
    Ok(())
}

/// Shows an agenda that cannot be stored (the browser offers no storage), to keep working in memory.
pub fn abrir_en_memoria(estado: Estado, agenda: Agenda) {
    let destino = primer_paso_pendiente(&agenda);
    mostrar(estado, agenda, 0, None);
    navegar(Ruta::paso(destino));
}

/// After the open draft was deleted from the drafts page: this tab moves to a new agenda, so
/// it does not store the deleted one again.
pub fn olvidar_abierta(estado: Estado) {
    let nueva = estado.config.with_untracked(agenda_nueva);
    mostrar(estado, nueva, 0, None);
    estado.guardado.set(EstadoGuardado::SinCambios);
}

/// Stores a copy of a draft under a new id.
pub fn duplicar(estado: Estado, id: &AgendaId) -> Result<(), StorageError> {
    let drafts = borradores()?;
    let d = drafts.load(id)?;
    let mut copia = d.agenda;
    copia.id = nuevo_id();
    let nombre = if d.nombre.is_empty() {
        "copia".to_string()
    } else {
        format!("{} (copia)", d.nombre)
    };
    drafts.create(&copia, &nombre, Utc::now())?;
    estado.borradores_cambiaron();
    Ok(())
}

/// Starts a new, empty agenda (stored at its first change).
pub fn nueva(estado: Estado) {
    guardar_si_pendiente(estado);
    let nueva = estado.config.with_untracked(agenda_nueva);
    mostrar(estado, nueva, 0, None);
    if matches!(
        estado.modo.get_untracked(),
        ModoGuardado::Conflicto(_) | ModoGuardado::Lleno
    ) {
        estado.modo.set(ModoGuardado::Normal);
    }
    estado.guardado.set(EstadoGuardado::SinCambios);
    navegar(Ruta::paso(Paso::Dependencia));
}

/// After a conflict: shows the version another tab stored, dropping this tab's changes.
pub fn recargar(estado: Estado) {
    let id = estado.agenda.with_untracked(|a| a.id.clone());
    match borradores().and_then(|d| d.load(&id)) {
        Ok(d) => {
            mostrar(estado, d.agenda, d.revision, d.ultima_descarga);
            estado.modo.set(ModoGuardado::Normal);
            estado.guardado.set(EstadoGuardado::Guardado(hora_local()));
            // The banner that had focus is gone: start again from the screen's heading.
            super::enfocar("titulo-pagina");
        }
        Err(e) => estado
            .guardado
            .set(EstadoGuardado::Fallo(e.motivo_breve().into())),
    }
}

/// After a conflict: keeps this tab's work as a new draft, leaving the other tab's alone.
pub fn guardar_como_copia(estado: Estado) {
    let mut copia = estado.agenda.get_untracked();
    copia.id = nuevo_id();
    let resultado = borradores().and_then(|d| {
        let guardado = d.create(&copia, "copia de otra pestaña", Utc::now())?;
        d.store.set(&clave_actual(), &copia.id.0)?;
        Ok(guardado.revision)
    });
    match resultado {
        Ok(revision) => {
            mostrar(estado, copia, revision, None);
            estado.modo.set(ModoGuardado::Normal);
            estado.guardado.set(EstadoGuardado::Guardado(hora_local()));
            estado.borradores_cambiaron();
            super::enfocar("titulo-pagina");
        }
        Err(e) => estado
            .guardado
            .set(EstadoGuardado::Fallo(e.motivo_breve().into())),
    }
}

/// The open agenda's file: its name and its text, to send or as a working copy.
pub fn archivo_de_agenda(estado: Estado, copia_de_trabajo: bool) -> (String, String) {
    let (anio, periodo) = estado
        .config
        .with_untracked(|c| (c.anio_cierre, c.periodo_gobierno()));
    estado.agenda.with_untracked(|a| {
        let agenda = agenda_para_archivo(a, periodo, copia_de_trabajo);
        (
            export_file_name(&agenda, anio, copia_de_trabajo),
            export_agenda(&agenda, Utc::now(), copia_de_trabajo),
        )
    })
}

/// The agenda as a working copy file, for when it cannot be stored.
pub fn descargar_copia(estado: Estado) -> Result<String, String> {
    let (nombre, texto) = archivo_de_agenda(estado, true);
    descargar(&nombre, "application/json", &texto)
        .map_err(|_| "El navegador no permitió la descarga.".to_string())?;
    registrar_descarga(estado);
    Ok(nombre)
}

/// Remembers that a file copy of the open draft exists, for the reminder.
pub fn registrar_descarga(estado: Estado) {
    let ahora = Utc::now();
    DESCARGADA.with(|d| *d.borrow_mut() = Some(estado.agenda.get_untracked()));
    estado.ultima_descarga.set(Some(ahora));
    guardar_si_pendiente(estado);
    let id = estado.agenda.with_untracked(|a| a.id.clone());
    if let Ok(d) = borradores() {
        if d.mark_downloaded(&id, ahora).is_ok() {
            estado.borradores_cambiaron();
        }
    }
}
