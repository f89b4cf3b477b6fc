//! The thresholds of the rules that rest on guidance rather than law, and the levels
//! Planeación may give a rule: what `config.json` may change in the checks.

use serde::{Deserialize, Serialize};

use crate::domain::calendar;
use crate::domain::cantidad::Unidad;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// Thresholds of the rules that rest on guidance rather than law, so Planeación can set them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default)]
pub struct Umbrales {
    /// Calendar days between publishing the prior report and an audiencia (V-TIM-03).
    pub dias_publicacion_previa: u32,
    /// Calendar days between the convocatoria and a dialogue space (V-TIM-04).
    pub dias_convocatoria: u32,
    /// The same for an audiencia pública participativa (V-TIM-04).
    pub dias_convocatoria_audiencia: u32,
    /// Business days to answer citizens' questions (V-TIM-09).
    pub dias_habiles_respuesta: u32,
    /// Business days after the term ends to deliver the Ley 951 act (V-TIM-06).
    pub dias_habiles_acta_951: u32,
    /// Months before election day that the Ley de Garantías covers (V-TIM-07).
    pub meses_garantias: u32,
}

impl Default for Umbrales {
    fn default() -> Self {
        Umbrales {
            dias_publicacion_previa: 30,
            dias_convocatoria: 15,
            dias_convocatoria_audiencia: 30,
            dias_habiles_respuesta: 15,
            dias_habiles_acta_951: calendar::DIAS_HABILES_ACTA_951,
            meses_garantias: 4,
        }
    }
}

vocabulario! {
    /// What Planeación may set for a rule or one of its checks: its severity, or off.
    "nivel de una regla", NivelRegla {
        Error => ("error", "Error"),
        Advertencia => ("advertencia", "Advertencia"),
        Info => ("info", "Información"),
        Desactivada => ("desactivada", "Desactivada"),
    }
}

/// A threshold of the rules, as Planeación's form shows it: its key in `config.json`, what it
/// counts and the rule that uses it, and how to read and write it.
pub struct Umbral {
    pub clave: &'static str,
    pub etiqueta: &'static str,
    pub unidad: Unidad,
    pub leer: fn(&Umbrales) -> u32,
    pub escribir: fn(&mut Umbrales, u32),
}

impl Umbrales {
    /// Every threshold, in the order of the struct.
    pub const TODOS: [Umbral; 6] = [
        Umbral {
            clave: "dias_publicacion_previa",
            etiqueta: "Publicación del informe previo antes de una audiencia pública (V-TIM-03)",
            unidad: Unidad::Dias,
            leer: |u| u.dias_publicacion_previa,
            escribir: |u, n| u.dias_publicacion_previa = n,
        },
        Umbral {
            clave: "dias_convocatoria",
            etiqueta: "Convocatoria antes de un espacio de diálogo (V-TIM-04)",
            unidad: Unidad::Dias,
            leer: |u| u.dias_convocatoria,
            escribir: |u, n| u.dias_convocatoria = n,
        },
        Umbral {
            clave: "dias_convocatoria_audiencia",
            etiqueta: "Convocatoria antes de una audiencia pública (V-TIM-04)",
            unidad: Unidad::Dias,
            leer: |u| u.dias_convocatoria_audiencia,
            escribir: |u, n| u.dias_convocatoria_audiencia = n,
        },
        Umbral {
            clave: "dias_habiles_respuesta",
            etiqueta: "Plazo para responder las preguntas de la ciudadanía (V-TIM-09)",
            unidad: Unidad::DiasHabiles,
            leer: |u| u.dias_habiles_respuesta,
            escribir: |u, n| u.dias_habiles_respuesta = n,
        },
        Umbral {
            clave: "dias_habiles_acta_951",
            etiqueta: "Entrega del acta de informe de gestión después del fin del período, Ley 951 (V-TIM-06)",
            unidad: Unidad::DiasHabiles,
            leer: |u| u.dias_habiles_acta_951,
            escribir: |u, n| u.dias_habiles_acta_951 = n,
        },
        Umbral {
            clave: "meses_garantias",
            etiqueta: "Duración de la Ley de Garantías antes de las elecciones, Ley 996 (V-TIM-07)",
            unidad: Unidad::Meses,
            leer: |u| u.meses_garantias,
            escribir: |u, n| u.meses_garantias = n,
        },
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::ArchivoConfiguracion;

    #[test]
    fn every_threshold_is_listed_once_under_its_key_in_the_file() {
        let valor = serde_json::to_value(Umbrales::default()).unwrap();
        let claves: Vec<&str> = valor
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let listadas: Vec<&str> = Umbrales::TODOS.iter().map(|u| u.clave).collect();
        assert_eq!(listadas, claves);
        for (i, umbral) in Umbrales::TODOS.iter().enumerate() {
            let mut u = Umbrales::default();
            (umbral.escribir)(&mut u, 100 + i as u32);
            assert_eq!((umbral.leer)(&u), 100 + i as u32);
            assert_eq!(
                serde_json::to_value(&u).unwrap()[umbral.clave],
                100 + i as u32,
                "{} writes its own field",
                umbral.clave
            );
        }
    }

    #[test]
    fn a_rules_level_is_read_and_written_by_its_code() {
        let archivo = ArchivoConfiguracion::desde_json(
            r#"{"severidades": {"V-TIM-03": "advertencia", "V-TIM-05.credencial": "desactivada"}}"#,
        )
        .unwrap();
        let severidades = archivo.severidades.clone().unwrap();
        assert_eq!(severidades["V-TIM-03"], NivelRegla::Advertencia);
        assert!(archivo
            .a_json()
            .contains("\"V-TIM-05.credencial\": \"desactivada\""));
        let err = ArchivoConfiguracion::desde_json(r#"{"severidades": {"V-TIM-03": "baja"}}"#)
            .unwrap_err();
        assert!(
            err.to_string().contains("«baja» no es un valor válido"),
            "{err}"
        );
    }
}
