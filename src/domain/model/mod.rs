//! The agenda an office hands in (domain.md §6).
//!
//! Every field a rule looks at may be missing in a file, so that a half-filled or hand-written
//! agenda still loads and the rules, not the parser, say what is missing.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::format::lector::leer_por_miembros;

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

mod actividad;
mod evento;
pub use actividad::*;
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Persona {
    pub nombre: String,
    pub cargo: String,
}

leer_por_miembros!(Persona { nombre, cargo });

impl Persona {
    pub fn esta_vacia(&self) -> bool {
        self.nombre.trim().is_empty() && self.cargo.trim().is_empty()
    }
}

/// The office's contact for the accountability process.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Enlace {
    pub nombre: String,
    pub cargo: String,
    pub correo: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub telefono: String,
}

leer_por_miembros!(Enlace {
    nombre,
    cargo,
    correo,
    telefono,
});

/// The office that hands in the agenda: a Secretaría de Despacho or an Instituto descentralizado.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Dependencia {
    nombre,
    tipo,
    sector,
    titular,
    enlace_rdc,
    es_representante_legal,
});

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

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Autodiagnostico {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha: Option<NaiveDate>,
    /// Score 0–100 from Función Pública's self-assessment tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(range(max = Autodiagnostico::PUNTAJE_MAXIMO))
    )]
    pub puntaje: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nivel: Option<NivelMurc>,
}

leer_por_miembros!(Autodiagnostico {
    fecha as crate::domain::calendar::de::FechaOpcional,
    puntaje,
    nivel,
});

impl Autodiagnostico {
    /// The tool scores from 0 to 100.
    pub const PUNTAJE_MAXIMO: u8 = 100;
}

/// A prioritised topic and the groups that asked for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Tema {
    pub tema: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grupos_valor: Vec<GrupoValor>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fuente_priorizacion: String,
}

leer_por_miembros!(Tema {
    tema,
    grupos_valor,
    fuente_priorizacion,
});

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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct CoordinacionComunicaciones {
    pub oficina: String,
    pub contacto: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub correo: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha_reunion: Option<NaiveDate>,
    /// What the office and Communications agreed: pieces, broadcasts, networks, calendar.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub acuerdos: String,
}

leer_por_miembros!(CoordinacionComunicaciones {
    oficina,
    contacto,
    correo,
    fecha_reunion as crate::domain::calendar::de::FechaOpcional,
    acuerdos,
});

/// Where the agenda itself is published (V-PUB-01).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct PublicacionAgenda {
    pub url: String,
    pub incluye_calendario: bool,
}

leer_por_miembros!(PublicacionAgenda {
    url,
    incluye_calendario,
});

/// Why the office keeps a warning as it is; exported with the agenda.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Justificacion {
    pub regla_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actividad_id: Option<ActividadId>,
    pub campo: String,
    pub texto: String,
}

leer_por_miembros!(Justificacion {
    regla_id,
    actividad_id,
    campo,
    texto,
});

/// The sectoral accountability agenda of one office.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Agenda {
    id,
    dependencia,
    periodo_gobierno,
    nivel_murc,
    autodiagnostico,
    diagnostico,
    objetivo,
    temas,
    grupos_valor,
    presupuesto_total_cop,
    coordinacion_comunicaciones,
    publicacion_agenda,
    actividades,
    justificaciones,
    estado,
});

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
}
