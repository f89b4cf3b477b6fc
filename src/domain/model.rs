//! The agenda an office hands in (domain.md §6).
//!
//! Every field a rule looks at may be missing in a file, so that a half-filled or hand-written
//! agenda still loads and the rules, not the parser, say what is missing.

use chrono::{Datelike, NaiveDate, NaiveTime};
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Lugar {
    pub nombre: String,
    pub direccion: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zona: Option<Zona>,
    /// Comuna, corregimiento or vereda.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sector: String,
}

/// A date plus the channels through which something is announced or received.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Convocatoria {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha: Option<NaiveDate>,
    pub canales: Vec<Canal>,
}

/// Any information or virtual-dialogue channel: a convocatoria or a question form may use both.
/// It travels as the bare code; the two lists share no code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Canal {
    Informacion(CanalInformacion),
    DialogoVirtual(CanalDialogoVirtual),
}

impl Serialize for Canal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.codigo())
    }
}

impl<'de> Deserialize<'de> for Canal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let texto = String::deserialize(d)?;
        Canal::desde_codigo(&texto).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "«{texto}» no es un canal válido; use un canal de información o de diálogo virtual"
            ))
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl JsonSchema for Canal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Canal".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let informacion = generator.subschema_for::<CanalInformacion>();
        let virtual_ = generator.subschema_for::<CanalDialogoVirtual>();
        schemars::json_schema!({ "anyOf": [informacion, virtual_] })
    }
}

impl Canal {
    pub fn lo_gestiona_comunicaciones(self) -> bool {
        match self {
            Canal::Informacion(c) => c.lo_gestiona_comunicaciones(),
            Canal::DialogoVirtual(c) => c.lo_gestiona_comunicaciones(),
        }
    }
}

/// Every information channel, then every virtual-dialogue channel: both lists, joined once.
static TODOS_LOS_CANALES: std::sync::OnceLock<Vec<Canal>> = std::sync::OnceLock::new();

impl Vocabulario for Canal {
    const NOMBRE: &'static str = "canal";

    fn todos() -> &'static [Self] {
        TODOS_LOS_CANALES.get_or_init(|| {
            CanalInformacion::TODOS
                .iter()
                .map(|c| Canal::Informacion(*c))
                .chain(
                    CanalDialogoVirtual::TODOS
                        .iter()
                        .map(|c| Canal::DialogoVirtual(*c)),
                )
                .collect()
        })
    }

    fn codigo(self) -> &'static str {
        match self {
            Canal::Informacion(c) => c.codigo(),
            Canal::DialogoVirtual(c) => c.codigo(),
        }
    }

    fn etiqueta(self) -> &'static str {
        match self {
            Canal::Informacion(c) => c.etiqueta(),
            Canal::DialogoVirtual(c) => c.etiqueta(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct InformePrevio {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_publicacion: Option<NaiveDate>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct InscripcionPreguntas {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub desde: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub hasta: Option<NaiveDate>,
    pub canales: Vec<Canal>,
}

/// The office's attestation for events inside the Ley de Garantías window (Ley 996 art. 38).
/// `None` means not yet answered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Garantias {
    pub participan_candidatos: Option<bool>,
    pub inaugura_obras_o_programas: Option<bool>,
    pub uso_bienes_proselitismo: Option<bool>,
}

impl Garantias {
    /// The three things the law forbids at events in the window, each as its field and what
    /// the office declares about it.
    pub const DECLARACIONES: [(&'static str, &'static str); 3] = [
        (
            "participan_candidatos",
            "participan candidatos o sus voceros",
        ),
        (
            "inaugura_obras_o_programas",
            "se inauguran obras o se inician programas sociales",
        ),
        (
            "uso_bienes_proselitismo",
            "se usan bienes públicos para proselitismo",
        ),
    ];

    pub fn respuesta(&self, campo: &str) -> Option<bool> {
        match campo {
            "participan_candidatos" => self.participan_candidatos,
            "inaugura_obras_o_programas" => self.inaugura_obras_o_programas,
            "uso_bienes_proselitismo" => self.uso_bienes_proselitismo,
            _ => None,
        }
    }

    pub fn responder(&mut self, campo: &str, valor: Option<bool>) {
        match campo {
            "participan_candidatos" => self.participan_candidatos = valor,
            "inaugura_obras_o_programas" => self.inaugura_obras_o_programas = valor,
            "uso_bienes_proselitismo" => self.uso_bienes_proselitismo = valor,
            _ => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Evaluacion {
    pub instrumento: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta_respuestas: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Memoria {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_limite: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Respuestas {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plazo_dias_habiles: Option<u32>,
}

/// The practical side of a dialogue space: where, when, how it is announced, prepared,
/// evaluated and answered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Evento {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lugar: Option<Lugar>,
    /// Link for a virtual or mixed space.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub enlace: String,
    #[serde(skip_serializing_if = "Option::is_none", with = "hora")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<String>", regex(pattern = r"^\d{2}:\d{2}(:\d{2})?$"))
    )]
    pub hora_inicio: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duracion_min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aforo: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub convocatoria: Option<Convocatoria>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informe_previo: Option<InformePrevio>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inscripcion_preguntas: Option<InscripcionPreguntas>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub garantias: Option<Garantias>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluacion: Option<Evaluacion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memoria: Option<Memoria>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respuestas: Option<Respuestas>,
}

impl Evento {
    /// How long the space lasts; two hours when its duration is not given.
    pub fn duracion(&self) -> chrono::Duration {
        const POR_DEFECTO_MIN: i64 = 120;
        chrono::Duration::minutes(
            self.duracion_min
                .map(i64::from)
                .unwrap_or(POR_DEFECTO_MIN)
                .max(1),
        )
    }

    bloque_mut! {
        lugar_mut => lugar: Lugar,
        convocatoria_mut => convocatoria: Convocatoria,
        informe_previo_mut => informe_previo: InformePrevio,
        inscripcion_preguntas_mut => inscripcion_preguntas: InscripcionPreguntas,
        garantias_mut => garantias: Garantias,
        evaluacion_mut => evaluacion: Evaluacion,
        memoria_mut => memoria: Memoria,
        respuestas_mut => respuestas: Respuestas,
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

/// Times travel as "HH:MM", as officials write them and as `<input type="time">` gives them.
mod hora {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(hora: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match hora {
            Some(h) => s.serialize_str(&crate::domain::calendar::hora_texto(*h)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let Some(texto) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        if texto.trim().is_empty() {
            return Ok(None);
        }
        crate::domain::calendar::leer_hora(&texto)
            .map(Some)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "«{texto}» no es una hora válida; use el formato HH:MM de 24 horas, por ejemplo 14:30"
                ))
            })
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
    fn hour_reads_hh_mm_and_hh_mm_ss_and_writes_hh_mm() {
        let e: Evento = serde_json::from_str(r#"{"hora_inicio":"08:05:00"}"#).unwrap();
        assert_eq!(e.hora_inicio, NaiveTime::from_hms_opt(8, 5, 0));
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"hora_inicio":"08:05"}"#
        );
        let err = serde_json::from_str::<Evento>(r#"{"hora_inicio":"8 am"}"#).unwrap_err();
        assert!(err.to_string().contains("no es una hora válida"));
    }

    #[test]
    fn a_channel_list_accepts_information_and_virtual_codes() {
        let c: Convocatoria = serde_json::from_str(
            r#"{"fecha":"2027-10-15","canales":["radio","formulario_preguntas"]}"#,
        )
        .unwrap();
        assert_eq!(
            c.canales,
            vec![
                Canal::Informacion(CanalInformacion::Radio),
                Canal::DialogoVirtual(CanalDialogoVirtual::FormularioPreguntas)
            ]
        );
    }

    #[test]
    fn an_empty_activity_still_loads_so_rules_can_name_what_is_missing() {
        let a: Actividad = serde_json::from_str(r#"{"id":"A01"}"#).unwrap();
        assert!(a.responsable.esta_vacia());
        assert!(a.fecha_inicio.is_none());
    }
}
