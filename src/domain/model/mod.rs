//! The agenda an office hands in (domain.md §6).
//!
//! Every field a rule looks at may be missing in a file, so that a half-filled or hand-written
//! agenda still loads and the rules, not the parser, say what is missing.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::vocab::*;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// `fn nombre_mut(&mut self) -> &mut Tipo`: write access to an optional block that creates it
/// on first use, so a form can fill a block field by field.
macro_rules! bloque_mut {
    ($($metodo:ident => $campo:ident: $tipo:ty),+ $(,)?) => {
        $(
            pub fn $metodo(&mut self) -> &mut $tipo {
                self.$campo.get_or_insert_with(Default::default)
            }
        )+
    };
}

mod evento;
pub use evento::*;

/// Identifies one agenda across devices and files ("AG-2027-SALUD" or a generated code).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(transparent)]
pub struct AgendaId(pub String);

/// Identifies an activity inside its agenda ("A01"); other activities and justifications refer
/// to it, so it is never empty and no two activities of an agenda share one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(transparent)]
pub struct ActividadId(pub String);

impl std::fmt::Display for ActividadId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person by name and position.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Persona {
    pub nombre: String,
    pub cargo: String,
}

impl Persona {
    pub fn esta_vacia(&self) -> bool {
        self.nombre.trim().is_empty() && self.cargo.trim().is_empty()
    }
}

/// The office's contact for the accountability process.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Enlace {
    pub nombre: String,
    pub cargo: String,
    pub correo: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub telefono: String,
}

/// The office that hands in the agenda: a Secretaría de Despacho or an Instituto descentralizado.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Dependencia {
    pub nombre: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tipo: Option<TipoDependencia>,
    pub sector: String,
    pub titular: Persona,
    pub enlace_rdc: Enlace,
    /// The head is the legal representative of an entity, so Ley 951 applies to them in person.
    pub es_representante_legal: bool,
}

/// A span of dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Periodo {
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub inicio: NaiveDate,
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub fin: NaiveDate,
}

impl Dependencia {
    /// Its name, or «Dependencia sin nombre» while it has none: how lists and reports name it.
    pub fn nombre_o_sin_nombre(&self) -> &str {
        match self.nombre.trim() {
            "" => "Dependencia sin nombre",
            nombre => nombre,
        }
    }
}

impl Periodo {
    /// "2024–2027", as a term of government is named.
    pub fn anios(&self) -> String {
        format!("{}–{}", self.inicio.year(), self.fin.year())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Autodiagnostico {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha: Option<NaiveDate>,
    /// Score 0–100 from Función Pública's self-assessment tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub puntaje: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nivel: Option<NivelMurc>,
}

/// A prioritised topic and the groups that asked for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Tema {
    pub tema: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grupos_valor: Vec<GrupoValor>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fuente_priorizacion: String,
}

/// A value or interest group an action reaches, with an optional subtype and detail
/// ("JAC El Diviso", disability subtype).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct GrupoDestinatario {
    pub codigo: GrupoValor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtipo: Option<SubtipoDiscapacidad>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detalle: Option<String>,
}

impl GrupoDestinatario {
    pub fn de(codigo: GrupoValor) -> Self {
        GrupoDestinatario {
            codigo,
            subtipo: None,
            detalle: None,
        }
    }
}

/// The agreement with the municipal Communications Office (memo).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct CoordinacionComunicaciones {
    pub oficina: String,
    pub contacto: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub correo: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_reunion: Option<NaiveDate>,
    /// What the office and Communications agreed: pieces, broadcasts, networks, calendar.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub acuerdos: String,
}

/// Where the agenda itself is published (V-PUB-01).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct PublicacionAgenda {
    pub url: String,
    pub incluye_calendario: bool,
}

/// Why the office keeps a warning as it is; exported with the agenda.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Justificacion {
    pub regla_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actividad_id: Option<ActividadId>,
    pub campo: String,
    pub texto: String,
}

/// The sectoral accountability agenda of one office.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Agenda {
    pub id: AgendaId,
    pub dependencia: Dependencia,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periodo_gobierno: Option<Periodo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nivel_murc: Option<NivelMurc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autodiagnostico: Option<Autodiagnostico>,
    pub diagnostico: String,
    pub objetivo: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub temas: Vec<Tema>,
    /// The groups the office characterised and will reach, with those that need differential access.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grupos_valor: Vec<GrupoDestinatario>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presupuesto_total_cop: Option<u64>,
    pub coordinacion_comunicaciones: CoordinacionComunicaciones,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publicacion_agenda: Option<PublicacionAgenda>,
    pub actividades: Vec<Actividad>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub justificaciones: Vec<Justificacion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estado: Option<EstadoAgenda>,
}

impl Agenda {
    bloque_mut! {
        autodiagnostico_mut => autodiagnostico: Autodiagnostico,
        publicacion_agenda_mut => publicacion_agenda: PublicacionAgenda,
    }

    pub fn actividad(&self, id: &ActividadId) -> Option<&Actividad> {
        self.actividades.iter().find(|a| &a.id == id)
    }

    /// The MURC level: the declared one, else the self-assessment's.
    pub fn nivel_efectivo(&self) -> Option<NivelMurc> {
        self.nivel_murc
            .or_else(|| self.autodiagnostico.as_ref().and_then(|a| a.nivel))
    }

    /// The groups the topics or the activities name that step 3's list does not, in the
    /// vocabulary's order. An agenda written elsewhere (the domain reference's sample among
    /// them) names its groups only there.
    pub fn grupos_sin_marcar(&self) -> Vec<GrupoValor> {
        GrupoValor::TODOS
            .iter()
            .copied()
            .filter(|&g| !self.grupos_valor.iter().any(|x| x.codigo == g))
            .filter(|&g| {
                self.temas.iter().any(|t| t.grupos_valor.contains(&g))
                    || self
                        .actividades
                        .iter()
                        .any(|a| a.tiene_grupo(|x| x.codigo == g))
            })
            .collect()
    }

    /// Whether the agenda says whom it reaches: in step 3's list, a topic or an activity.
    pub fn nombra_grupos(&self) -> bool {
        !self.grupos_valor.is_empty() || !self.grupos_sin_marcar().is_empty()
    }

    /// The next free "A01"-style id, one past the highest number in use.
    pub fn siguiente_id_actividad(&self) -> ActividadId {
        let mayor = self
            .actividades
            .iter()
            .filter_map(|a| a.id.0.strip_prefix('A').and_then(|n| n.parse::<u32>().ok()))
            .max()
            .unwrap_or(0);
        ActividadId(format!("A{:02}", mayor + 1))
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Meta {
    pub descripcion: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "numero::escribir"
    )]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<f64>"))]
    pub cantidad: Option<f64>,
    pub unidad: String,
}

impl Meta {
    pub fn esta_definida(&self) -> bool {
        !self.descripcion.trim().is_empty() || self.cantidad.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Indicador {
    pub nombre: String,
    pub formula: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "numero::escribir"
    )]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<f64>"))]
    pub linea_base: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "numero::escribir"
    )]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<f64>"))]
    pub meta: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Recursos {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presupuesto_cop: Option<u64>,
    pub fuente: String,
    /// Logistics in the office's words: transport, refreshments, an interpreter…
    pub logistica: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct RevisionLenguajeClaro {
    pub revisado: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha: Option<NaiveDate>,
    pub revisor: String,
}

/// A product published on the web and how long it stays there.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct PublicacionWeb {
    pub url: String,
    pub wcag21_aa: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub disponible_hasta: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Video {
    pub grabado: bool,
    pub subtitulos_cc: bool,
}

/// One action of the agenda: an information product, a dialogue space, a follow-up or an
/// empalme task.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Actividad {
    pub id: ActividadId,
    pub nombre: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub descripcion: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fase_cierre: Option<FaseCierre>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etapa_murc: Option<EtapaMurc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elemento: Option<Elemento>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tipo_accion: Option<TipoAccion>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grupos_valor: Vec<GrupoDestinatario>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub temas: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub canales_informacion: Vec<CanalInformacion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub espacio_dialogo: Option<EspacioDialogo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub canales_dialogo_virtual: Vec<CanalDialogoVirtual>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalidad: Option<Modalidad>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_inicio: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_fin: Option<NaiveDate>,
    pub responsable: Persona,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corresponsables: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicador: Option<Indicador>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub producto_evidencia: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recursos: Option<Recursos>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accesibilidad: Vec<MedidaAccesibilidad>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lenguaje_claro: Option<RevisionLenguajeClaro>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web: Option<PublicacionWeb>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<Video>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evento: Option<Evento>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relacionada_con: Vec<ActividadId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estado: Option<EstadoActividad>,
}

impl Actividad {
    bloque_mut! {
        meta_mut => meta: Meta,
        indicador_mut => indicador: Indicador,
        recursos_mut => recursos: Recursos,
        lenguaje_claro_mut => lenguaje_claro: RevisionLenguajeClaro,
        web_mut => web: PublicacionWeb,
        video_mut => video: Video,
        evento_mut => evento: Evento,
    }

    /// The element, taken from the field or else from the action type or the kind of space,
    /// so hand-written files that leave it out are still judged.
    pub fn elemento_efectivo(&self) -> Option<Elemento> {
        self.elemento
            .or_else(|| self.tipo_accion.map(TipoAccion::elemento))
            .or_else(|| self.espacio_dialogo.map(|_| Elemento::Dialogo))
    }

    /// The modality, taken from the field or else from the dialogue action type.
    pub fn modalidad_efectiva(&self) -> Option<Modalidad> {
        self.modalidad.or(match self.tipo_accion {
            Some(TipoAccion::EspacioPresencial) => Some(Modalidad::Presencial),
            Some(TipoAccion::EspacioVirtual) => Some(Modalidad::Virtual),
            Some(TipoAccion::EspacioMixto) => Some(Modalidad::Mixta),
            _ => None,
        })
    }

    pub fn es_dialogo(&self) -> bool {
        self.elemento_efectivo() == Some(Elemento::Dialogo)
    }

    pub fn es_informacion(&self) -> bool {
        self.elemento_efectivo() == Some(Elemento::Informacion)
    }

    /// A dialogue space that meets people face to face (in person or mixed).
    pub fn es_espacio_presencial(&self) -> bool {
        self.es_dialogo()
            && self
                .modalidad_efectiva()
                .is_some_and(Modalidad::es_presencial)
    }

    pub fn tiene_grupo(&self, pred: impl Fn(&GrupoDestinatario) -> bool) -> bool {
        self.grupos_valor.iter().any(pred)
    }

    pub fn tiene_medida(&self, medida: MedidaAccesibilidad) -> bool {
        self.accesibilidad.contains(&medida)
    }

    /// Its name, or «Actividad A03» while it has none: how lists, the calendar and messages
    /// name it.
    pub fn nombre_o_id(&self) -> String {
        let nombre = self.nombre.trim();
        if nombre.is_empty() {
            format!("Actividad {}", self.id)
        } else {
            nombre.to_string()
        }
    }

    /// The date the activity takes place on, for one-day events its only day.
    pub fn fecha_evento(&self) -> Option<NaiveDate> {
        self.fecha_inicio.or(self.fecha_fin)
    }

    /// The first and last day the activity spans, when it has at least one date (an end
    /// before the start counts as the start).
    pub fn dias(&self) -> Option<(NaiveDate, NaiveDate)> {
        let inicio = self.fecha_evento()?;
        Some((inicio, self.fecha_fin.unwrap_or(inicio).max(inicio)))
    }
}

/// Whole numbers are written without a decimal point ("120", not "120.0"), as people and
/// every JSON tool write them, so a checksum recomputed elsewhere agrees.
mod numero {
    use serde::Serializer;

    pub fn escribir<S: Serializer>(valor: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match valor {
            Some(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                s.serialize_i64(*n as i64)
            }
            Some(n) => s.serialize_f64(*n),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_activity_id_follows_the_highest_number() {
        let mut agenda = Agenda::default();
        assert_eq!(agenda.siguiente_id_actividad().0, "A01");
        agenda.actividades.push(Actividad {
            id: ActividadId("A07".into()),
            ..Default::default()
        });
        agenda.actividades.push(Actividad {
            id: ActividadId("A03".into()),
            ..Default::default()
        });
        assert_eq!(agenda.siguiente_id_actividad().0, "A08");
    }

    #[test]
    fn an_empty_activity_still_loads_so_rules_can_name_what_is_missing() {
        let a: Actividad = serde_json::from_str(r#"{"id":"A01"}"#).unwrap();
        assert!(a.responsable.esta_vacia());
        assert!(a.fecha_inicio.is_none());
    }
}
