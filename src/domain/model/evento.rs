//! A dialogue space's practical side (domain.md §6, `Evento`): where and when, how it is
//! announced and prepared, the Ley de Garantías attestation, and how it is evaluated and
//! answered.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::domain::format::lector::leer_por_miembros;

use crate::domain::calendar::hora_texto;
use crate::domain::vocab::*;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Lugar {
    nombre,
    direccion,
    zona,
    sector,
});

/// A date plus the channels through which something is announced or received.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Convocatoria {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha: Option<NaiveDate>,
    pub canales: Vec<Canal>,
}

leer_por_miembros!(Convocatoria {
    fecha as crate::domain::calendar::de::FechaOpcional,
    canales,
});

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

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct InformePrevio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha_publicacion: Option<NaiveDate>,
    pub url: String,
}

leer_por_miembros!(InformePrevio {
    fecha_publicacion as crate::domain::calendar::de::FechaOpcional,
    url,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct InscripcionPreguntas {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desde: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hasta: Option<NaiveDate>,
    pub canales: Vec<Canal>,
}

leer_por_miembros!(InscripcionPreguntas {
    desde as crate::domain::calendar::de::FechaOpcional,
    hasta as crate::domain::calendar::de::FechaOpcional,
    canales,
});

/// The office's attestation for events inside the Ley de Garantías window (Ley 996 art. 38).
/// `None` means not yet answered.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Garantias {
    pub participan_candidatos: Option<bool>,
    pub inaugura_obras_o_programas: Option<bool>,
    pub uso_bienes_proselitismo: Option<bool>,
}

leer_por_miembros!(Garantias {
    participan_candidatos,
    inaugura_obras_o_programas,
    uso_bienes_proselitismo,
});

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

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Evaluacion {
    pub instrumento: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta_respuestas: Option<u32>,
}

leer_por_miembros!(Evaluacion {
    instrumento,
    meta_respuestas,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Memoria {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fecha_limite: Option<NaiveDate>,
}

leer_por_miembros!(Memoria {
    fecha_limite as crate::domain::calendar::de::FechaOpcional,
});

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Respuestas {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plazo_dias_habiles: Option<u32>,
}

leer_por_miembros!(Respuestas { plazo_dias_habiles });

/// The practical side of a dialogue space: where, when, how it is announced, prepared,
/// evaluated and answered.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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

leer_por_miembros!(Evento {
    lugar,
    enlace,
    hora_inicio as hora::HoraOpcional,
    duracion_min,
    aforo,
    convocatoria,
    informe_previo,
    inscripcion_preguntas,
    garantias,
    evaluacion,
    memoria,
    respuestas,
});

impl Evento {
    /// When the space starts and ends, in words, for the line under its duration; `None`
    /// without a start hour. Without a duration it says the two hours the calendar assumes.
    pub fn franja(&self) -> Option<String> {
        let inicio = self.hora_inicio?;
        let (fin, dias) = inicio.overflowing_add_signed(self.duracion());
        let fin = if dias > 0 {
            format!("{} del día siguiente", hora_texto(fin))
        } else {
            hora_texto(fin)
        };
        let inicio = hora_texto(inicio);
        Some(match self.duracion_min {
            Some(_) => format!("De {inicio} a {fin}."),
            None => {
                format!("Sin duración, el calendario la cuenta de dos horas: de {inicio} a {fin}.")
            }
        })
    }

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

/// Times travel as "HH:MM", as officials write them and as `<input type="time">` gives them.
mod hora {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    /// A member read with [`deserialize`], for `leer_por_miembros!`.
    pub struct HoraOpcional(pub Option<NaiveTime>);

    impl<'de> Deserialize<'de> for HoraOpcional {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d).map(HoraOpcional)
        }
    }

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
    fn the_time_span_reads_from_start_and_duration() {
        let hora = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let evento = |inicio, duracion_min| Evento {
            hora_inicio: inicio,
            duracion_min,
            ..Default::default()
        };
        assert_eq!(
            evento(hora(8, 0), Some(180)).franja().as_deref(),
            Some("De 08:00 a 11:00.")
        );
        assert_eq!(
            evento(hora(14, 30), None).franja().as_deref(),
            Some("Sin duración, el calendario la cuenta de dos horas: de 14:30 a 16:30.")
        );
        assert_eq!(
            evento(hora(22, 0), Some(150)).franja().as_deref(),
            Some("De 22:00 a 00:30 del día siguiente.")
        );
        assert_eq!(evento(None, Some(60)).franja(), None);
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
}
