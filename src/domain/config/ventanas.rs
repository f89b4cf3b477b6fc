//! The closing phases' windows: the memo's dates as the settings resolve them, and as
//! `config.json` may give them (an end, a first day, or nothing).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::calendar;
use crate::domain::vocab::FaseCierre;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A span of dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Rango {
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub desde: NaiveDate,
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub hasta: NaiveDate,
}

impl Rango {
    pub fn contiene(&self, fecha: NaiveDate) -> bool {
        self.desde <= fecha && fecha <= self.hasta
    }

    pub fn se_cruza_con(&self, desde: NaiveDate, hasta: NaiveDate) -> bool {
        desde <= self.hasta && self.desde <= hasta
    }

    /// "1 de abril al 30 de septiembre de 2027".
    pub fn en_palabras(&self) -> String {
        calendar::dias_en_palabras(self.desde, self.hasta)
    }
}

/// Phase windows of the closing year (memo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Ventanas {
    pub informe_gestion: Rango,
    pub rendicion_cuentas: Rango,
    /// First day of empalme: the day after the election unless Planeación says otherwise.
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub empalme_desde: NaiveDate,
}

impl Ventanas {
    /// The memo's windows for the closing year `anio`, the empalme from the day after
    /// `eleccion` (domain.md §5.2).
    pub fn para_anio(anio: i32, eleccion: NaiveDate) -> Self {
        let fecha = |m, d| NaiveDate::from_ymd_opt(anio, m, d).expect("valid fixed date");
        Ventanas {
            informe_gestion: Rango {
                desde: fecha(4, 1),
                hasta: fecha(9, 30),
            },
            rendicion_cuentas: Rango {
                desde: fecha(10, 1),
                hasta: fecha(11, 30),
            },
            empalme_desde: eleccion + chrono::Duration::days(1),
        }
    }

    pub(super) fn fijar(&mut self, cual: FechaDeFase, fecha: NaiveDate) {
        match cual {
            FechaDeFase::InformeDesde => self.informe_gestion.desde = fecha,
            FechaDeFase::InformeHasta => self.informe_gestion.hasta = fecha,
            FechaDeFase::RendicionDesde => self.rendicion_cuentas.desde = fecha,
            FechaDeFase::RendicionHasta => self.rendicion_cuentas.hasta = fecha,
            FechaDeFase::EmpalmeDesde => self.empalme_desde = fecha,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct VentanasArchivo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informe_gestion: Option<RangoArchivo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rendicion_cuentas: Option<RangoArchivo>,
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional",
        skip_serializing_if = "Option::is_none"
    )]
    pub empalme_desde: Option<NaiveDate>,
}

/// A phase window as `config.json` gives it: an end left out is the memo's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct RangoArchivo {
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional",
        skip_serializing_if = "Option::is_none"
    )]
    pub desde: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional",
        skip_serializing_if = "Option::is_none"
    )]
    pub hasta: Option<NaiveDate>,
}

/// Each date of the closing phases that Planeación can set instead of the memo's (domain.md
/// §5.1: "default, editable per municipality").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FechaDeFase {
    InformeDesde,
    InformeHasta,
    RendicionDesde,
    RendicionHasta,
    EmpalmeDesde,
}

impl FechaDeFase {
    pub const TODAS: [FechaDeFase; 5] = [
        FechaDeFase::InformeDesde,
        FechaDeFase::InformeHasta,
        FechaDeFase::RendicionDesde,
        FechaDeFase::RendicionHasta,
        FechaDeFase::EmpalmeDesde,
    ];

    pub fn fase(self) -> FaseCierre {
        match self {
            FechaDeFase::InformeDesde | FechaDeFase::InformeHasta => FaseCierre::InformeGestion,
            FechaDeFase::RendicionDesde | FechaDeFase::RendicionHasta => {
                FaseCierre::RendicionCuentas
            }
            FechaDeFase::EmpalmeDesde => FaseCierre::Empalme,
        }
    }

    /// The first day of its phase (the empalme has no last one: it runs until the term ends).
    pub fn es_inicio(self) -> bool {
        !matches!(
            self,
            FechaDeFase::InformeHasta | FechaDeFase::RendicionHasta
        )
    }

    /// The date in resolved windows.
    pub fn en(self, v: &Ventanas) -> NaiveDate {
        match self {
            FechaDeFase::InformeDesde => v.informe_gestion.desde,
            FechaDeFase::InformeHasta => v.informe_gestion.hasta,
            FechaDeFase::RendicionDesde => v.rendicion_cuentas.desde,
            FechaDeFase::RendicionHasta => v.rendicion_cuentas.hasta,
            FechaDeFase::EmpalmeDesde => v.empalme_desde,
        }
    }
}

impl VentanasArchivo {
    pub fn es_vacia(&self) -> bool {
        self == &VentanasArchivo::default()
    }

    /// Without windows that give no date; none when nothing is left.
    pub(super) fn limpias(&self) -> Option<Self> {
        let con_fecha = |r: Option<RangoArchivo>| r.filter(|r| r != &RangoArchivo::default());
        let limpias = VentanasArchivo {
            informe_gestion: con_fecha(self.informe_gestion),
            rendicion_cuentas: con_fecha(self.rendicion_cuentas),
            empalme_desde: self.empalme_desde,
        };
        (!limpias.es_vacia()).then_some(limpias)
    }

    pub fn fecha(&self, cual: FechaDeFase) -> Option<NaiveDate> {
        let extremo = |r: &Option<RangoArchivo>| {
            r.and_then(|r| if cual.es_inicio() { r.desde } else { r.hasta })
        };
        match cual.fase() {
            FaseCierre::InformeGestion => extremo(&self.informe_gestion),
            FaseCierre::RendicionCuentas => extremo(&self.rendicion_cuentas),
            _ => self.empalme_desde,
        }
    }

    /// Sets one date, or takes it out; a window left with no date is no window at all.
    pub fn fijar(&mut self, cual: FechaDeFase, fecha: Option<NaiveDate>) {
        let rango = match cual.fase() {
            FaseCierre::InformeGestion => &mut self.informe_gestion,
            FaseCierre::RendicionCuentas => &mut self.rendicion_cuentas,
            _ => {
                self.empalme_desde = fecha;
                return;
            }
        };
        let mut r = rango.unwrap_or_default();
        if cual.es_inicio() {
            r.desde = fecha;
        } else {
            r.hasta = fecha;
        }
        *rango = (r != RangoArchivo::default()).then_some(r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::config::{ArchivoConfiguracion, Configuracion};

    #[test]
    fn a_phase_window_may_give_one_end_and_the_memo_gives_the_other() {
        let texto = r#"{"anio_cierre": 2027, "ventanas": {"informe_gestion": {"hasta": "2027-08-31"},
            "rendicion_cuentas": {"desde": "2027-10-15"}}}"#;
        let c = Configuracion::desde_json(texto, d("2026-11-24")).unwrap();
        assert_eq!(
            c.ventanas.informe_gestion,
            Rango {
                desde: d("2027-04-01"),
                hasta: d("2027-08-31")
            }
        );
        assert_eq!(
            c.ventanas.rendicion_cuentas,
            Rango {
                desde: d("2027-10-15"),
                hasta: d("2027-11-30")
            }
        );
        assert_eq!(c.ventanas.empalme_desde, d("2027-11-01"));
        let archivo = ArchivoConfiguracion::desde_json(texto).unwrap();
        assert_eq!(
            ArchivoConfiguracion::desde_json(&archivo.a_json()),
            Ok(archivo),
            "the missing end stays missing when the file is written again"
        );
    }

    #[test]
    fn a_phase_date_set_and_taken_out_leaves_no_window_behind() {
        let mut archivo = ArchivoConfiguracion::default();
        archivo.fijar_fecha_de_fase(FechaDeFase::RendicionHasta, Some(d("2027-11-20")));
        archivo.fijar_fecha_de_fase(FechaDeFase::EmpalmeDesde, Some(d("2027-11-08")));
        assert_eq!(
            archivo.a_json(),
            "{\n  \"ventanas\": {\n    \"rendicion_cuentas\": {\n      \"hasta\": \"2027-11-20\"\n    },\n    \"empalme_desde\": \"2027-11-08\"\n  }\n}\n"
        );
        for cual in FechaDeFase::TODAS {
            let esperada = match cual {
                FechaDeFase::RendicionHasta => Some(d("2027-11-20")),
                FechaDeFase::EmpalmeDesde => Some(d("2027-11-08")),
                _ => None,
            };
            assert_eq!(archivo.fecha_de_fase(cual), esperada, "{cual:?}");
        }
        archivo.fijar_fecha_de_fase(FechaDeFase::RendicionHasta, None);
        archivo.fijar_fecha_de_fase(FechaDeFase::EmpalmeDesde, None);
        assert_eq!(archivo, ArchivoConfiguracion::default());
        let vacias = ArchivoConfiguracion {
            ventanas: Some(VentanasArchivo {
                informe_gestion: Some(RangoArchivo::default()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(vacias.limpio(), ArchivoConfiguracion::default());
    }

    #[test]
    fn each_phase_date_is_read_where_the_resolved_windows_keep_it() {
        let mut archivo = ArchivoConfiguracion {
            anio_cierre: Some(2031),
            ..Default::default()
        };
        let fechas = [
            "2031-03-03",
            "2031-09-01",
            "2031-09-15",
            "2031-11-21",
            "2031-11-04",
        ];
        for (cual, fecha) in FechaDeFase::TODAS.into_iter().zip(fechas) {
            archivo.fijar_fecha_de_fase(cual, Some(d(fecha)));
        }
        let c = Configuracion::desde_archivo(archivo, d("2026-11-24")).unwrap();
        for (cual, fecha) in FechaDeFase::TODAS.into_iter().zip(fechas) {
            assert_eq!(cual.en(&c.ventanas), d(fecha), "{cual:?}");
        }
    }
}
