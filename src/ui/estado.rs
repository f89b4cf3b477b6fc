//! The app's state, shared by context: the agenda being edited, the municipality's settings,
//! the route and what the screen shows about them. Components read signals and change the
//! agenda only through `editar`, so every change flows one way: event → domain → signal → view.

use std::cell::Cell;

use leptos::prelude::*;

use super::ruta::Ruta;
use super::widgets::campos::{Apartados, Ilegibles};
use crate::domain::config::Configuracion;
use crate::domain::edicion::Eliminada;
use crate::domain::model::{Actividad, ActividadId, Agenda};
use crate::domain::pasos::{error_sin_leer, errores_vigentes, ErrorCampo, Paso};
use crate::domain::rules::{validar, Hallazgo};
use crate::storage::{Apartado, CausaConflicto};

/// Where the autosave stands, for the polite status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EstadoGuardado {
    /// Nothing typed yet in this session.
    SinCambios,
    Guardando,
    /// Saved at this local time ("10:42").
    Guardado(String),
    /// The message of a storage error; the work stays on screen.
    Fallo(String),
}

/// Whether this tab can write the draft it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModoGuardado {
    Normal,
    /// The browser offers no storage (private mode, disabled site data): work in memory.
    SinAlmacenamiento(String),
    /// The quota is full; every change tries again.
    Lleno,
    /// The stored copy is no longer this tab's to write; this tab stopped writing.
    Conflicto(CausaConflicto),
}

#[derive(Clone, Copy)]
pub struct Estado {
    pub agenda: RwSignal<Agenda>,
    pub config: RwSignal<Configuracion>,
    /// Why `config.json` could not be used, when it was malformed.
    pub aviso_config: RwSignal<Option<String>>,
    pub ruta: RwSignal<Ruta>,
    /// Required fields missing after the last "Continuar", until fixed or the next one.
    pub errores: RwSignal<Vec<ErrorCampo>>,
    /// Fields on screen whose text could not be read (a number with letters, a date left
    /// half-typed): "Continuar" does not go on past them.
    pub ilegibles: Ilegibles,
    /// What the number fields among them held when they left the screen (another step, a
    /// closed activity); a browser cannot be given back half a date.
    pub apartados: Apartados,
    /// The texts on screen that cannot be read, as the page keeps them for a reload: the
    /// fields that show them write them here, so the page can store them as it is hidden.
    pub en_pantalla: StoredValue<Vec<Apartado>>,
    /// The unreadable fields "Continuar" stopped on, while they stay unreadable: like the
    /// required fields, the summary only loses them as they are fixed (one fixed and broken
    /// again comes back at the next "Continuar", not while the person types).
    pub ilegibles_en_resumen: RwSignal<Vec<String>>,
    /// How many error summaries the screen shows (the page title says so too).
    pub resumenes_con_errores: RwSignal<u8>,
    /// Activities whose form is open.
    pub abiertas: RwSignal<Abiertas>,
    /// The last removed activity, while its "Deshacer" is offered.
    pub eliminada: RwSignal<Option<Eliminada>>,
    pub guardado: RwSignal<EstadoGuardado>,
    pub modo: RwSignal<ModoGuardado>,
    /// Why the draft this browser was working on could not be opened.
    pub aviso_borrador: RwSignal<Option<String>>,
    /// What the person must know of the file just opened (changed outside the app, read in
    /// another encoding), over the screen it opens on until closed or another agenda opens.
    pub aviso_archivo: RwSignal<Vec<&'static str>>,
    /// When a file copy of the open draft was last downloaded.
    pub ultima_descarga: RwSignal<Option<chrono::DateTime<chrono::Utc>>>,
    /// Whether the browser agreed to keep this site's data (`navigator.storage.persist()`).
    pub persistente: RwSignal<Option<bool>>,
    /// Bumped whenever stored drafts change, here or in another tab, so lists re-read them.
    pub version_borradores: RwSignal<u32>,
    /// A field to focus once the next screen renders, instead of its heading.
    pub foco_pendiente: RwSignal<Option<String>>,
    /// Every rule's findings, computed only while the review screen shows.
    pub hallazgos: Memo<Vec<Hallazgo>>,
}

impl Estado {
    pub fn nuevo(agenda: Agenda, config: Configuracion, ruta: Ruta) -> Self {
        let agenda = RwSignal::new(agenda);
        let config = RwSignal::new(config);
        let ruta = RwSignal::new(ruta);
        let errores = RwSignal::new(Vec::<ErrorCampo>::new());
        // Fixed fields lose their message as the person types; new ones wait for "Continuar".
        Effect::new(move |_| {
            agenda.track();
            if errores.with_untracked(Vec::is_empty) {
                return;
            }
            let Some(paso) = ruta.with_untracked(|r| r.paso_actual()) else {
                return;
            };
            let vigentes = errores.with_untracked(|e| {
                config
                    .with_untracked(|c| agenda.with_untracked(|a| errores_vigentes(e, paso, a, c)))
            });
            if errores.with_untracked(|e| e.len() != vigentes.len()) {
                errores.set(vigentes);
            }
        });
        let ilegibles: Ilegibles = RwSignal::new(Vec::new());
        let ilegibles_en_resumen = RwSignal::new(Vec::<String>::new());
        Effect::new(move |_| {
            let sigue = |id: &String| ilegibles.with(|l| l.iter().any(|(campo, _)| campo == id));
            if ilegibles_en_resumen.with_untracked(|m| !m.iter().all(sigue)) {
                ilegibles_en_resumen.update(|m| m.retain(sigue));
            }
        });
        let hallazgos = Memo::new(move |_| {
            if ruta.with(|r| r.paso_actual()) != Some(Paso::Revision) {
                return Vec::new();
            }
            config.with(|c| agenda.with(|a| validar(a, c)))
        });
        Estado {
            agenda,
            config,
            aviso_config: RwSignal::new(None),
            ruta,
            errores,
            ilegibles,
            apartados: RwSignal::new(Vec::new()),
            en_pantalla: StoredValue::new(Vec::new()),
            ilegibles_en_resumen,
            resumenes_con_errores: RwSignal::new(0),
            abiertas: RwSignal::new(Abiertas::default()),
            eliminada: RwSignal::new(None),
            guardado: RwSignal::new(EstadoGuardado::SinCambios),
            modo: RwSignal::new(ModoGuardado::Normal),
            aviso_borrador: RwSignal::new(None),
            aviso_archivo: RwSignal::new(Vec::new()),
            ultima_descarga: RwSignal::new(None),
            persistente: RwSignal::new(None),
            version_borradores: RwSignal::new(0),
            foco_pendiente: RwSignal::new(None),
            hallazgos,
        }
    }

    /// The unreadable fields the error summary lists, with what to write instead.
    pub fn ilegibles_mostrados(&self) -> Vec<(String, String)> {
        self.ilegibles_en_resumen.with(|mostrados| {
            self.ilegibles.with(|l| {
                l.iter()
                    .filter(|(id, _)| mostrados.contains(id))
                    .cloned()
                    .collect()
            })
        })
    }

    /// The texts kept aside in this agenda, as the review lists them (tracked).
    pub fn sin_leer(&self) -> Vec<(Paso, ErrorCampo)> {
        self.apartados.with(|apartados| {
            self.agenda.with(|a| {
                apartados
                    .iter()
                    .filter(|x| x.agenda == a.id)
                    .filter_map(|x| {
                        error_sin_leer(a, x.paso?, x.actividad.as_ref(), &x.campo, &x.motivo)
                    })
                    .collect()
            })
        })
    }

    /// Writes down what a field on screen could not read, or with none takes it out.
    pub fn anotar_en_pantalla(&self, campo: &str, apartado: Option<Apartado>) {
        self.en_pantalla.update_value(|l| {
            l.retain(|x| x.campo != campo);
            l.extend(apartado);
        });
    }

    /// Applies a change to the agenda. Inside [`al_escribir`], what depends on it hears of the
    /// change after the next paint.
    pub fn editar(&self, cambio: impl FnOnce(&mut Agenda)) {
        if ESCRIBIENDO.with(Cell::get) {
            self.agenda.update_untracked(cambio);
            // The status line never says "Guardado" over a change it has not written.
            self.por_guardar();
            self.avisar_tras_pintar();
        } else {
            // Told now, with whatever typing left to tell.
            AVISO_PENDIENTE.with(|p| p.set(false));
            self.agenda.update(cambio);
        }
    }

    /// Puts another agenda on screen (another draft, the stored version): what typing had not
    /// told yet goes with the one it replaces.
    pub fn reemplazar_agenda(&self, agenda: Agenda) {
        AVISO_PENDIENTE.with(|p| p.set(false));
        self.agenda.set(agenda);
    }

    /// Applies a change to one activity, if it still exists.
    pub fn editar_actividad(&self, id: &ActividadId, cambio: impl FnOnce(&mut Actividad)) {
        self.editar(|a| {
            if let Some(actividad) = a.actividades.iter_mut().find(|x| &x.id == id) {
                cambio(actividad);
            }
        });
    }

    fn avisar_tras_pintar(&self) {
        if AVISO_PENDIENTE.with(|p| p.replace(true)) {
            return;
        }
        let estado = *self;
        super::tras_pintar(move || {
            estado.confirmar_escritura();
        });
    }

    /// A change the autosave is to write: the status line says "Guardando…". `false` when this
    /// tab does not write (no storage, another tab's draft).
    pub fn por_guardar(&self) -> bool {
        if matches!(
            self.modo.get_untracked(),
            ModoGuardado::SinAlmacenamiento(_) | ModoGuardado::Conflicto(_)
        ) {
            return false;
        }
        if !matches!(self.guardado.get_untracked(), EstadoGuardado::Guardando) {
            self.guardado.set(EstadoGuardado::Guardando);
        }
        true
    }

    /// Tells now what typing changed and has not told yet; `true` if there was something. For
    /// what cannot wait for the next paint (a save as the page is hidden).
    pub fn confirmar_escritura(&self) -> bool {
        let habia = AVISO_PENDIENTE.with(|p| p.replace(false));
        if habia {
            self.agenda.notify();
        }
        habia
    }

    /// The message to show beside a field, if the last "Continuar" found it missing.
    pub fn error_de(&self, id_campo: String) -> Memo<Option<String>> {
        let errores = self.errores;
        Memo::new(move |_| {
            errores.with(|e| {
                e.iter()
                    .find(|x| x.id_campo == id_campo)
                    .map(|x| x.mensaje.clone())
            })
        })
    }

    pub fn borradores_cambiaron(&self) {
        self.version_borradores.update(|v| *v += 1);
    }

    /// Opens one activity's form and closes the others, so a long list stays light to edit.
    pub fn abrir_solo(&self, id: &ActividadId) {
        let id = id.clone();
        self.abiertas.update(|abiertas| {
            abiertas.clear();
            abiertas.insert(id);
        });
    }

    /// "Editar" opens the activity alone; "Cerrar" closes it.
    pub fn alternar_abierta(&self, id: &ActividadId) {
        if self.abiertas.with_untracked(|a| a.contains(id)) {
            self.abiertas.update(|abiertas| abiertas.remove(id));
        } else {
            self.abrir_solo(id);
        }
    }
}

/// The activities whose forms are open: a handful, so a plain list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Abiertas(Vec<ActividadId>);

impl Abiertas {
    pub fn contains(&self, id: &ActividadId) -> bool {
        self.0.contains(id)
    }

    pub fn insert(&mut self, id: ActividadId) {
        if !self.contains(&id) {
            self.0.push(id);
        }
    }

    pub fn remove(&mut self, id: &ActividadId) {
        self.0.retain(|x| x != id);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl Extend<ActividadId> for Abiertas {
    fn extend<I: IntoIterator<Item = ActividadId>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

pub fn usar_estado() -> Estado {
    expect_context::<Estado>()
}

thread_local! {
    /// Inside [`al_escribir`].
    static ESCRIBIENDO: Cell<bool> = const { Cell::new(false) };
    /// The agenda changed by typing and what depends on it has not heard yet.
    static AVISO_PENDIENTE: Cell<bool> = const { Cell::new(false) };
}

/// Runs a text field's write so that the agenda changes at once but what depends on it (the
/// other fields' lenses, the row's title, the stepper, the autosave) hears of it after the next
/// paint, so the key the person typed shows first. Every lens reads the whole agenda, and
/// telling them all between a key and its paint was a quarter of a keystroke's time (p95 18.5
/// -> 13.7 ms at CPU 1×). Only for writes of a whole value typed (a text field's text): a write
/// computed from what a lens shows (a list with one box more) must see it fresh, and
/// [`Estado::editar`] outside of this tells everything first.
pub fn al_escribir(escribir: impl FnOnce()) {
    ESCRIBIENDO.with(|e| e.set(true));
    escribir();
    ESCRIBIENDO.with(|e| e.set(false));
}
