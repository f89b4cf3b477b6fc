//! The validation rules of domain.md §4, each with its id, checks, default severities and
//! source. [`validar`] runs all of them over an agenda with a municipality's configuration.
//!
//! Rules that rest on unverified facts ([M]) or on design advice ([I]) never word their
//! message as a legal obligation, and Planeación can change their severity in `config.json`.

mod acceso;
mod coordinacion;
mod estructura;
mod informacion;
mod tiempos;

use serde::{Deserialize, Serialize};

use super::calendar::{fecha_corta, Festivos};
use super::config::{Configuracion, NivelRegla, Rango};
use super::model::{Actividad, ActividadId, Agenda, Justificacion};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

vocabulario! {
    /// How much a finding weighs: errors block the final download, warnings need a fix or a
    /// written justification, information is advice.
    "severidad", Severidad {
        Error => ("error", "Error"),
        Advertencia => ("advertencia", "Advertencia"),
        Info => ("info", "Información"),
    }
}

/// How sure the domain reference is about a rule's basis (domain.md §0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marca {
    /// Verified in a source: the message may say the norm requires it.
    Verificada,
    /// General knowledge of the norm, not verified: worded as guidance.
    NoVerificada,
    /// Design advice.
    Inferencia,
    /// Asked by the Planning Secretariat's memo.
    Memorando,
}

impl Marca {
    pub fn etiqueta(self) -> &'static str {
        match self {
            Marca::Verificada => "norma verificada",
            Marca::NoVerificada => "orientación por confirmar",
            Marca::Inferencia => "recomendación",
            Marca::Memorando => "memorando de Planeación",
        }
    }
}

/// One check inside a rule, with the severity it has unless `config.json` says otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Chequeo {
    pub clave: &'static str,
    pub severidad: Severidad,
}

/// A rule of domain.md §4.
pub struct Regla {
    pub id: &'static str,
    /// What the rule checks, in a sentence.
    pub descripcion: &'static str,
    /// The norm or document behind it, as officials cite it.
    pub fuente: &'static str,
    pub marca: Marca,
    pub chequeos: &'static [Chequeo],
    evaluar: fn(&Contexto, &mut Registro),
}

impl Regla {
    /// The severities its checks have unless `config.json` says otherwise, each once, the most
    /// serious first.
    pub fn severidades_por_defecto(&self) -> Vec<Severidad> {
        let mut lista: Vec<Severidad> = Vec::new();
        for chequeo in self.chequeos {
            if !lista.contains(&chequeo.severidad) {
                lista.push(chequeo.severidad);
            }
        }
        lista.sort_unstable();
        lista
    }

    fn chequeo(&self, clave: &str) -> Chequeo {
        *self
            .chequeos
            .iter()
            .find(|c| c.clave == clave)
            .unwrap_or_else(|| panic!("rule {} has no check «{clave}»", self.id))
    }
}

/// Whether a key of `config.json`'s `severidades` names a rule ("V-TIM-05") or one of its
/// checks ("V-TIM-05.credencial").
pub fn clave_de_severidad_existe(clave: &str) -> bool {
    let (id, chequeo) = match clave.split_once('.') {
        Some((id, chequeo)) => (id, Some(chequeo)),
        None => (clave, None),
    };
    REGLAS
        .iter()
        .any(|r| r.id == id && chequeo.is_none_or(|c| r.chequeos.iter().any(|x| x.clave == c)))
}

/// A problem found in an agenda: which rule, how serious, which field and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Hallazgo {
    pub regla_id: String,
    /// The check inside the rule, for `config.json` ("V-TIM-05.credencial").
    pub chequeo: String,
    pub severidad: Severidad,
    /// Full path in the agenda JSON ("actividades[4].evento.convocatoria.fecha").
    pub ruta_campo: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actividad_id: Option<ActividadId>,
    /// Path inside the activity, or the agenda path when no activity is concerned.
    pub campo: String,
    pub mensaje: String,
    pub fuente: String,
    /// The office's written reason to keep a warning, when it gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justificacion: Option<String>,
}

impl Hallazgo {
    /// Whether a written justification speaks of this finding: same rule, activity and field.
    pub fn corresponde_a(&self, j: &Justificacion) -> bool {
        j.regla_id == self.regla_id && j.actividad_id == self.actividad_id && j.campo == self.campo
    }

    /// A warning the office chose to keep, explaining why.
    pub fn esta_justificado(&self) -> bool {
        self.severidad == Severidad::Advertencia
            && self
                .justificacion
                .as_deref()
                .is_some_and(|t| !t.trim().is_empty())
    }
}

/// Counts by severity, and whether the agenda can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Resumen {
    pub errores: usize,
    pub advertencias: usize,
    pub advertencias_sin_justificar: usize,
    pub informativos: usize,
}

impl Resumen {
    pub fn de(hallazgos: &[Hallazgo]) -> Self {
        let mut r = Resumen::default();
        for h in hallazgos {
            match h.severidad {
                Severidad::Error => r.errores += 1,
                Severidad::Advertencia => {
                    r.advertencias += 1;
                    if !h.esta_justificado() {
                        r.advertencias_sin_justificar += 1;
                    }
                }
                Severidad::Info => r.informativos += 1,
            }
        }
        r
    }

    /// Sendable when no error remains and every warning is fixed or justified.
    pub fn puede_enviarse(&self) -> bool {
        self.errores == 0 && self.advertencias_sin_justificar == 0
    }
}

/// What every rule reads: the agenda, the settings and the dates derived from them.
pub struct Contexto<'a> {
    pub agenda: &'a Agenda,
    pub config: &'a Configuracion,
    pub festivos: Festivos,
    pub garantias: Rango,
    pub fin_periodo: chrono::NaiveDate,
    /// Activities by id, so rules that follow links stay linear in the agenda's size.
    por_id: std::collections::HashMap<&'a ActividadId, &'a Actividad>,
}

impl<'a> Contexto<'a> {
    pub fn nuevo(agenda: &'a Agenda, config: &'a Configuracion) -> Self {
        Contexto {
            agenda,
            config,
            festivos: config.festivos(),
            garantias: config.ventana_garantias(),
            fin_periodo: config.fin_periodo(),
            por_id: agenda
                .actividades
                .iter()
                .rev()
                .map(|a| (&a.id, a))
                .collect(),
        }
    }

    /// The activity with this id (the first one, if a file repeats an id).
    pub fn actividad(&self, id: &ActividadId) -> Option<&'a Actividad> {
        self.por_id.get(id).copied()
    }

    pub fn actividades(&self) -> impl Iterator<Item = (usize, &'a Actividad)> {
        self.agenda.actividades.iter().enumerate()
    }
}

/// Collects the findings of one rule, applying the configured severities.
struct Registro<'a> {
    regla: &'a Regla,
    config: &'a Configuracion,
    hallazgos: Vec<Hallazgo>,
}

/// Where a finding points: an agenda path, or a field of one activity.
pub enum Lugar<'a> {
    Agenda(&'a str),
    Actividad(usize, &'a Actividad, &'a str),
}

impl Registro<'_> {
    fn severidad(&self, clave: &str) -> Option<Severidad> {
        let por_defecto = self.regla.chequeo(clave).severidad;
        let especifica = self
            .config
            .severidades
            .get(&format!("{}.{clave}", self.regla.id));
        let general = self.config.severidades.get(self.regla.id);
        match especifica.or(general) {
            None => Some(por_defecto),
            Some(NivelRegla::Error) => Some(Severidad::Error),
            Some(NivelRegla::Advertencia) => Some(Severidad::Advertencia),
            Some(NivelRegla::Info) => Some(Severidad::Info),
            Some(NivelRegla::Desactivada) => None,
        }
    }

    fn reportar(&mut self, clave: &str, lugar: Lugar, mensaje: String) {
        let Some(severidad) = self.severidad(clave) else {
            return;
        };
        let (ruta_campo, actividad_id, campo) = match lugar {
            Lugar::Agenda(ruta) => (ruta.to_string(), None, ruta.to_string()),
            Lugar::Actividad(indice, actividad, campo) => (
                ruta_de_actividad(indice, campo),
                Some(actividad.id.clone()),
                campo.to_string(),
            ),
        };
        self.hallazgos.push(Hallazgo {
            regla_id: self.regla.id.to_string(),
            chequeo: clave.to_string(),
            severidad,
            ruta_campo,
            actividad_id,
            campo,
            mensaje,
            fuente: self.regla.fuente.to_string(),
            justificacion: None,
        });
    }
}

/// The full path in the agenda JSON of a field of the `indice`-th activity (the activity
/// itself when `campo` is empty).
pub fn ruta_de_actividad(indice: usize, campo: &str) -> String {
    if campo.is_empty() {
        format!("actividades[{indice}]")
    } else {
        format!("actividades[{indice}].{campo}")
    }
}

/// "A05 «Foro de salud mental juvenil»", how messages name an activity.
pub fn nombrar(actividad: &Actividad) -> String {
    let nombre = actividad.nombre.trim();
    match (actividad.id.0.is_empty(), nombre.is_empty()) {
        (false, false) => format!("La actividad {} «{nombre}»", actividad.id),
        (false, true) => format!("La actividad {} (sin nombre)", actividad.id),
        (true, false) => format!("La actividad «{nombre}»"),
        (true, true) => "Una actividad sin nombre".to_string(),
    }
}

pub fn fecha(f: chrono::NaiveDate) -> String {
    fecha_corta(f)
}

/// Every rule, in the order of domain.md §4.
pub static REGLAS: &[Regla] = &[
    estructura::V_EST_01,
    estructura::V_EST_02,
    estructura::V_EST_03,
    estructura::V_EST_04,
    estructura::V_EST_05,
    estructura::V_ELE_01,
    estructura::V_ELE_02,
    estructura::V_ELE_03,
    estructura::V_ELE_04,
    informacion::V_INF_01,
    informacion::V_INF_02,
    informacion::V_INF_03,
    informacion::V_INF_04,
    acceso::V_ACC_01,
    acceso::V_ACC_02,
    acceso::V_ACC_03,
    acceso::V_ACC_04,
    acceso::V_ACC_05,
    tiempos::V_TIM_01,
    tiempos::V_TIM_02,
    tiempos::V_TIM_03,
    tiempos::V_TIM_04,
    tiempos::V_TIM_05,
    tiempos::V_TIM_06,
    tiempos::V_TIM_07,
    tiempos::V_TIM_08,
    tiempos::V_TIM_09,
    tiempos::V_TIM_10,
    tiempos::V_TIM_11,
    coordinacion::V_COO_01,
    coordinacion::V_COO_02,
    coordinacion::V_COO_03,
    coordinacion::V_PUB_01,
];

pub fn regla(id: &str) -> Option<&'static Regla> {
    REGLAS.iter().find(|r| r.id == id)
}

/// Runs every rule over `agenda` and returns all findings, each warning carrying the
/// office's justification when it wrote one.
pub fn validar(agenda: &Agenda, config: &Configuracion) -> Vec<Hallazgo> {
    let contexto = Contexto::nuevo(agenda, config);
    let mut todos = Vec::new();
    for regla in REGLAS {
        let mut registro = Registro {
            regla,
            config,
            hallazgos: Vec::new(),
        };
        (regla.evaluar)(&contexto, &mut registro);
        todos.append(&mut registro.hallazgos);
    }
    for h in todos
        .iter_mut()
        .filter(|h| h.severidad == Severidad::Advertencia)
    {
        h.justificacion = agenda
            .justificaciones
            .iter()
            .find(|j| {
                j.regla_id == h.regla_id && j.actividad_id == h.actividad_id && j.campo == h.campo
            })
            .map(|j| j.texto.clone())
            .filter(|t| !t.trim().is_empty());
    }
    todos
}
