//! An activity of the agenda: a dialogue space or a publication, with what it aims at, who
//! answers for it, when and where it happens, and how it reaches every group.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::format::lector::leer_por_miembros;

use super::{ActividadId, Evento, GrupoDestinatario, Persona};
use crate::domain::vocab::*;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Meta {
    descripcion,
    cantidad,
    unidad,
});

impl Meta {
    pub fn esta_definida(&self) -> bool {
        !self.descripcion.trim().is_empty() || self.cantidad.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Indicador {
    nombre,
    formula,
    linea_base,
    meta,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Recursos {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presupuesto_cop: Option<u64>,
    pub fuente: String,
    /// Logistics in the office's words: transport, refreshments, an interpreter…
    pub logistica: Vec<String>,
}

leer_por_miembros!(Recursos {
    presupuesto_cop,
    fuente,
    logistica,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct RevisionLenguajeClaro {
    pub revisado: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha: Option<NaiveDate>,
    pub revisor: String,
}

leer_por_miembros!(RevisionLenguajeClaro {
    revisado,
    fecha as crate::domain::calendar::de::FechaOpcional,
    revisor,
});

/// A product published on the web and how long it stays there.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct PublicacionWeb {
    pub url: String,
    pub wcag21_aa: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disponible_hasta: Option<NaiveDate>,
}

leer_por_miembros!(PublicacionWeb {
    url,
    wcag21_aa,
    disponible_hasta as crate::domain::calendar::de::FechaOpcional,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Video {
    pub grabado: bool,
    pub subtitulos_cc: bool,
}

leer_por_miembros!(Video {
    grabado,
    subtitulos_cc,
});

/// One action of the agenda: an information product, a dialogue space, a follow-up or an
/// empalme task.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    pub fecha_inicio: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
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

leer_por_miembros!(Actividad {
    id,
    nombre,
    descripcion,
    fase_cierre,
    etapa_murc,
    elemento,
    tipo_accion,
    grupos_valor,
    temas,
    canales_informacion,
    espacio_dialogo,
    canales_dialogo_virtual,
    modalidad,
    fecha_inicio as crate::domain::calendar::de::FechaOpcional,
    fecha_fin as crate::domain::calendar::de::FechaOpcional,
    responsable,
    corresponsables,
    meta,
    indicador,
    producto_evidencia,
    recursos,
    accesibilidad,
    lenguaje_claro,
    web,
    video,
    evento,
    relacionada_con,
    estado,
});

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
    fn an_empty_activity_still_loads_so_rules_can_name_what_is_missing() {
        let a: Actividad = serde_json::from_str(r#"{"id":"A01"}"#).unwrap();
        assert!(a.responsable.esta_vacia());
        assert!(a.fecha_inicio.is_none());
    }
}
