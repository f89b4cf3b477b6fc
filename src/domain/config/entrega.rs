//! Where and by when the offices hand in their agenda.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::texto_limpio;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// Where and by when the offices hand in their agenda (`entrega` in `config.json`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Entrega {
    /// The e-mail address the file is sent to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correo: Option<String>,
    /// The last day to send it.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::calendar::de::fecha_opcional"
    )]
    pub fecha_limite: Option<NaiveDate>,
    /// Another way to hand it in, in one sentence («También puede dejarlo en la carpeta
    /// compartida RdC.»).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicaciones: Option<String>,
}

impl Entrega {
    pub fn es_vacia(&self) -> bool {
        self == &Entrega::default()
    }

    /// The texts trimmed, a blank one left out.
    pub(super) fn limpia(&self) -> Entrega {
        Entrega {
            correo: texto_limpio(self.correo.as_deref()),
            fecha_limite: self.fecha_limite,
            indicaciones: texto_limpio(self.indicaciones.as_deref()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::config::Configuracion;

    #[test]
    fn the_way_to_hand_in_is_read_tidied_and_its_address_checked() {
        let texto = r#"{"entrega": {"correo": " planeacion@sanrafael.gov.co ", "fecha_limite": "2027-03-15", "indicaciones": "  "}}"#;
        let c = Configuracion::desde_json(texto, d("2026-11-24")).unwrap();
        assert_eq!(
            c.entrega,
            Entrega {
                correo: Some("planeacion@sanrafael.gov.co".into()),
                fecha_limite: Some(d("2027-03-15")),
                indicaciones: None,
            }
        );
        for malo in [
            "planeacion",
            "planeacion@",
            "@sanrafael.gov.co",
            "plan eacion@x.co",
            "a@b@c.co",
            "a@localhost",
        ] {
            let texto = format!(r#"{{"entrega": {{"correo": "{malo}"}}}}"#);
            let err = Configuracion::desde_json(&texto, d("2026-11-24")).unwrap_err();
            assert!(
                err.to_string().contains("«entrega.correo»"),
                "{malo}: {err}"
            );
        }
    }
}
