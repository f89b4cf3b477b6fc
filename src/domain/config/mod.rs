//! The municipality's settings: closing year, dates, holidays and rule thresholds.
//!
//! Planeación writes a `config.json` beside the app. Every field may be left out: what is
//! missing is computed from the closing year (domain.md §5), and the closing year from today.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::calendar::{self, Festivo, Festivos};
use super::vocab::FaseCierre;

mod entrega;
mod problemas;
mod umbrales;
mod ventanas;

pub use entrega::Entrega;
pub use problemas::{CampoConfiguracion, ErrorConfiguracion, ProblemaConfiguracion};
pub use umbrales::{NivelRegla, Umbral, Umbrales};
pub use ventanas::{FechaDeFase, Rango, RangoArchivo, Ventanas, VentanasArchivo};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// The closing years the settings accept (the date pickers' bounds too).
const ANIOS_VALIDOS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A text as the settings keep it: trimmed, and nothing when blank.
fn texto_limpio(texto: Option<&str>) -> Option<String> {
    texto
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// An office's name with single spaces, as the list of offices keeps it.
pub fn nombre_limpio(nombre: &str) -> String {
    nombre.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The resolved settings every rule and screen reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Configuracion {
    pub municipio: String,
    pub anio_cierre: i32,
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha")]
    pub fecha_eleccion: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::domain::calendar::de::fecha_opcional")]
    pub fecha_credencial: Option<NaiveDate>,
    pub ventanas: Ventanas,
    #[serde(default, deserialize_with = "crate::domain::calendar::de::fechas")]
    pub festivos: Vec<NaiveDate>,
    #[serde(default)]
    pub umbrales: Umbrales,
    /// Overrides by rule id ("V-TIM-03") or rule and check ("V-TIM-05.credencial").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severidades: BTreeMap<String, NivelRegla>,
    /// The offices Planeación expects an agenda from, by their official names; empty when the
    /// site does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dependencias: Vec<String>,
    #[serde(default, skip_serializing_if = "Entrega::es_vacia")]
    pub entrega: Entrega,
}

/// `config.json` as Planeación writes it: every field optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
// Absent fields stay absent when Planeación's page writes the file: the app computes them.
#[serde(default, deny_unknown_fields)]
pub struct ArchivoConfiguracion {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anio_cierre: Option<i32>,
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional",
        skip_serializing_if = "Option::is_none"
    )]
    pub fecha_eleccion: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fecha_opcional",
        skip_serializing_if = "Option::is_none"
    )]
    pub fecha_credencial: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ventanas: Option<VentanasArchivo>,
    #[serde(
        default,
        deserialize_with = "crate::domain::calendar::de::fechas_opcionales",
        skip_serializing_if = "Option::is_none"
    )]
    pub festivos: Option<Vec<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub umbrales: Option<Umbrales>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severidades: Option<BTreeMap<String, NivelRegla>>,
    /// The offices that must hand in an agenda (each Secretaría de Despacho and Instituto
    /// descentralizado), by the name each should write: the wizard suggests them and
    /// Planeación's page says which have not sent theirs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencias: Option<Vec<String>>,
    /// Where and by when the offices send their file; the wizard says it where the file is
    /// downloaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entrega: Option<Entrega>,
}

/// A day the business-day deadlines skip, with its name when it is a holiday of Colombia.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaNoHabil {
    pub fecha: NaiveDate,
    /// Empty for a day the municipality added.
    pub nombre: String,
}

impl ArchivoConfiguracion {
    /// Reads the text of `config.json` as Planeación wrote it, without resolving anything.
    pub fn desde_json(texto: &str) -> Result<Self, ErrorConfiguracion> {
        // A file saved by Windows' Notepad may begin with a byte order mark.
        let texto = texto.trim_start_matches('\u{feff}');
        let valor: serde_json::Value = serde_json::from_str(texto).map_err(|e| {
            ErrorConfiguracion(vec![format!(
                "no es un JSON válido (línea {}, columna {}).",
                e.line(),
                e.column()
            )])
        })?;
        super::format::desde_valor(&valor, "").map_err(|e| {
            ErrorConfiguracion(vec![format!(
                "{}",
                e.to_string().replacen("El archivo tiene", "tiene", 1)
            )])
        })
    }

    /// The settings as they would be published: texts trimmed, each office's name with single
    /// spaces, and what is blank left out (so the app computes it).
    pub fn limpio(&self) -> Self {
        let dependencias: Option<Vec<String>> = self.dependencias.as_ref().map(|lista| {
            lista
                .iter()
                .map(|d| nombre_limpio(d))
                .filter(|d| !d.is_empty())
                .collect()
        });
        let entrega = self.entrega.as_ref().map(Entrega::limpia);
        ArchivoConfiguracion {
            municipio: texto_limpio(self.municipio.as_deref()),
            dependencias: dependencias.filter(|l| !l.is_empty()),
            entrega: entrega.filter(|e| !e.es_vacia()),
            ventanas: self.ventanas.as_ref().and_then(VentanasArchivo::limpias),
            ..self.clone()
        }
    }

    /// Sets or takes out one date of the closing phases; with none, no `ventanas` at all.
    pub fn fijar_fecha_de_fase(&mut self, cual: FechaDeFase, fecha: Option<NaiveDate>) {
        let mut ventanas = self.ventanas.take().unwrap_or_default();
        ventanas.fijar(cual, fecha);
        self.ventanas = (!ventanas.es_vacia()).then_some(ventanas);
    }

    pub fn fecha_de_fase(&self, cual: FechaDeFase) -> Option<NaiveDate> {
        self.ventanas.as_ref().and_then(|v| v.fecha(cual))
    }

    fn anio_o_vigente(&self, hoy: NaiveDate) -> Option<i32> {
        Some(
            self.anio_cierre
                .unwrap_or_else(|| calendar::anio_cierre_vigente(hoy)),
        )
        .filter(|anio| ANIOS_VALIDOS.contains(anio))
    }

    /// The days the business-day deadlines skip besides weekends: the file's list, or else
    /// Colombia's holidays of the closing year and the next; each named when it is one of them.
    pub fn dias_no_habiles(&self, hoy: NaiveDate) -> Vec<DiaNoHabil> {
        // With a year out of range there is nothing to compute, but the file's list still stands.
        let de_colombia: Vec<Festivo> = self
            .anio_o_vigente(hoy)
            .map(|anio| [anio, anio + 1])
            .into_iter()
            .flatten()
            .flat_map(calendar::festivos_colombia)
            .collect();
        let fechas: Vec<NaiveDate> = match &self.festivos {
            Some(lista) => lista.clone(),
            None => de_colombia.iter().map(|f| f.fecha).collect(),
        };
        Festivos::nuevos(fechas)
            .fechas()
            .map(|fecha| DiaNoHabil {
                fecha,
                nombre: de_colombia
                    .iter()
                    .filter(|f| f.fecha == fecha)
                    .map(|f| f.nombre)
                    .collect::<Vec<_>>()
                    .join(" y "),
            })
            .collect()
    }

    /// Adds a non-working day to the list (Colombia's holidays, if the file had none); false
    /// when it is already there.
    pub fn agregar_dia_no_habil(&mut self, fecha: NaiveDate, hoy: NaiveDate) -> bool {
        let mut fechas: Vec<NaiveDate> =
            self.dias_no_habiles(hoy).iter().map(|d| d.fecha).collect();
        if fechas.contains(&fecha) {
            return false;
        }
        fechas.push(fecha);
        self.festivos = Some(Festivos::nuevos(fechas).fechas().collect());
        true
    }

    pub fn quitar_dia_no_habil(&mut self, fecha: NaiveDate, hoy: NaiveDate) {
        let fechas = self.dias_no_habiles(hoy).into_iter().map(|d| d.fecha);
        self.festivos = Some(fechas.filter(|f| *f != fecha).collect());
    }

    /// The phase windows the app uses where the file gives none: the memo's for the closing
    /// year, the empalme from the day after the election. None for a year out of range.
    pub fn ventanas_calculadas(&self, hoy: NaiveDate) -> Option<Ventanas> {
        let anio = self.anio_o_vigente(hoy)?;
        let eleccion = self
            .fecha_eleccion
            .unwrap_or_else(|| calendar::fecha_eleccion(anio));
        Some(Ventanas::para_anio(anio, eleccion))
    }

    /// Changes where and by when the offices send their file; a way to hand in left blank is
    /// no `entrega` at all.
    pub fn cambiar_entrega(&mut self, cambio: impl FnOnce(&mut Entrega)) {
        let mut entrega = self.entrega.take().unwrap_or_default();
        cambio(&mut entrega);
        self.entrega = (!entrega.es_vacia()).then_some(entrega);
    }

    /// The text of `config.json`, indented, with only the fields given: what is left out the
    /// app keeps computing, so a file written here stays right when the year's dates move.
    pub fn a_json(&self) -> String {
        let mut texto = serde_json::to_string_pretty(self).expect("settings always serialise");
        texto.push('\n');
        texto
    }
}

impl Configuracion {
    /// Every date computed from the closing year `anio` (domain.md §5.2).
    pub fn para_anio(anio: i32) -> Self {
        let eleccion = calendar::fecha_eleccion(anio);
        Configuracion {
            municipio: String::new(),
            anio_cierre: anio,
            fecha_eleccion: eleccion,
            fecha_credencial: None,
            ventanas: Ventanas::para_anio(anio, eleccion),
            festivos: Festivos::de_colombia([anio, anio + 1]).fechas().collect(),
            umbrales: Umbrales::default(),
            severidades: BTreeMap::new(),
            dependencias: Vec::new(),
            entrega: Entrega::default(),
        }
    }
    /// Reads the text of `config.json`.
    pub fn desde_json(texto: &str, hoy: NaiveDate) -> Result<Self, ErrorConfiguracion> {
        Configuracion::desde_archivo(ArchivoConfiguracion::desde_json(texto)?, hoy)
    }

    pub fn festivos(&self) -> Festivos {
        Festivos::nuevos(self.festivos.iter().copied())
    }

    /// 1 January of Y−3 to 31 December of Y (Acto Legislativo 02 de 2002).
    pub fn periodo_gobierno(&self) -> super::model::Periodo {
        super::model::Periodo {
            inicio: NaiveDate::from_ymd_opt(self.anio_cierre - 3, 1, 1).expect("valid date"),
            fin: self.fin_periodo(),
        }
    }

    pub fn fin_periodo(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.anio_cierre, 12, 31).expect("valid date")
    }

    /// The closing phases with a window of their own, in calendar order; the empalme runs
    /// until the term ends.
    pub fn ventanas_de_fase(&self) -> [(FaseCierre, Rango); 3] {
        let v = &self.ventanas;
        [
            (FaseCierre::InformeGestion, v.informe_gestion),
            (FaseCierre::RendicionCuentas, v.rendicion_cuentas),
            (
                FaseCierre::Empalme,
                Rango {
                    desde: v.empalme_desde,
                    hasta: self.fin_periodo(),
                },
            ),
        ]
    }

    /// [E − months, E] (Ley 996 de 2005, art. 38 parágrafo).
    pub fn ventana_garantias(&self) -> Rango {
        Rango {
            desde: calendar::restar_meses(self.fecha_eleccion, self.umbrales.meses_garantias),
            hasta: self.fecha_eleccion,
        }
    }

    /// Last day to deliver the Ley 951 act: N business days after the term ends.
    pub fn vence_acta_951(&self) -> NaiveDate {
        self.festivos()
            .sumar_dias_habiles(self.fin_periodo(), self.umbrales.dias_habiles_acta_951)
    }

    /// «San Rafael: cierre de gobierno 2027», or without a municipality «Cierre de gobierno 2027».
    pub fn titulo_del_cierre(&self) -> String {
        let municipio = self.municipio.trim();
        if municipio.is_empty() {
            format!("Cierre de gobierno {}", self.anio_cierre)
        } else {
            format!("{municipio}: cierre de gobierno {}", self.anio_cierre)
        }
    }

    /// The closing calendar in words, as the start screen and Planeación's page show it.
    pub fn fechas_del_cierre(&self) -> [(&'static str, String); 5] {
        [
            (
                "Informe de gestión",
                self.ventanas.informe_gestion.en_palabras(),
            ),
            (
                "Rendición de cuentas",
                self.ventanas.rendicion_cuentas.en_palabras(),
            ),
            ("Elecciones", calendar::fecha_corta(self.fecha_eleccion)),
            (
                "Empalme",
                format!(
                    "desde el {}",
                    calendar::fecha_corta(self.ventanas.empalme_desde)
                ),
            ),
            ("Ley de Garantías", self.ventana_garantias().en_palabras()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;

    /// The settings of domain.md's sample.
    const MUESTRA: &str = r#"{
          "municipio": "San Rafael de la Sierra (municipio ficticio)", "anio_cierre": 2027,
          "fecha_eleccion": "2027-10-31", "fecha_credencial": "2027-11-12",
          "ventanas": {"informe_gestion": {"desde": "2027-04-01", "hasta": "2027-09-30"},
                       "rendicion_cuentas": {"desde": "2027-10-01", "hasta": "2027-11-30"}, "empalme_desde": "2027-11-01"},
          "festivos": ["2027-10-18", "2027-11-01", "2027-11-15", "2027-12-08", "2027-12-25", "2028-01-10"],
          "umbrales": {"dias_publicacion_previa": 30, "dias_convocatoria": 15, "dias_convocatoria_audiencia": 30,
                       "dias_habiles_respuesta": 15, "dias_habiles_acta_951": 15}
        }"#;

    #[test]
    fn an_empty_file_computes_every_date_from_today() {
        let c = Configuracion::desde_json("{}", d("2026-11-24")).unwrap();
        assert_eq!(c.anio_cierre, 2027);
        assert_eq!(c.fecha_eleccion, d("2027-10-31"));
        assert_eq!(c.ventanas.empalme_desde, d("2027-11-01"));
        assert_eq!(
            c.ventana_garantias(),
            Rango {
                desde: d("2027-06-30"),
                hasta: d("2027-10-31")
            }
        );
        assert_eq!(c.vence_acta_951(), d("2028-01-24"));
        assert!(c.festivos().contiene(d("2027-11-15")));
        assert!(c.festivos().contiene(d("2028-01-10")));
    }

    #[test]
    fn the_sample_configuration_of_domain_reference_loads() {
        let texto = MUESTRA;
        let c = Configuracion::desde_json(texto, d("2020-01-01")).unwrap();
        assert_eq!(c.municipio, "San Rafael de la Sierra (municipio ficticio)");
        assert_eq!(c.fecha_credencial, Some(d("2027-11-12")));
        assert_eq!(c.festivos.len(), 6);
        assert_eq!(
            c.umbrales.meses_garantias, 4,
            "an omitted threshold keeps its default"
        );
    }

    #[test]
    fn a_malformed_file_is_refused_in_spanish_with_its_line() {
        let err =
            Configuracion::desde_json("{\"anio_cierre\": 2027,", d("2026-01-01")).unwrap_err();
        assert!(err.to_string().contains("línea 1"), "{err}");
        let err = Configuracion::desde_json(r#"{"anio": 2027}"#, d("2026-01-01")).unwrap_err();
        assert!(err.to_string().contains("anio"), "{err}");
    }

    #[test]
    fn a_file_saved_with_a_byte_order_mark_reads() {
        let c =
            Configuracion::desde_json("\u{feff}{\"anio_cierre\": 2031}", d("2026-01-01")).unwrap();
        assert_eq!(c.anio_cierre, 2031);
    }

    #[test]
    fn the_file_is_written_with_only_its_fields_and_reads_back_the_same() {
        assert_eq!(ArchivoConfiguracion::default().a_json(), "{}\n");
        let mut archivo = ArchivoConfiguracion::desde_json(MUESTRA).unwrap();
        archivo.dependencias = Some(vec!["Secretaría de Salud".into(), "IMDER".into()]);
        archivo.cambiar_entrega(|e| e.fecha_limite = Some(d("2027-03-15")));
        let texto = archivo.a_json();
        assert_eq!(
            ArchivoConfiguracion::desde_json(&texto),
            Ok(archivo.clone())
        );
        assert!(!texto.contains("null"), "{texto}");
        let municipio = texto.find("\"municipio\"").unwrap();
        let dependencias = texto.find("\"dependencias\"").unwrap();
        assert!(
            municipio < dependencias,
            "the fields keep the order of the reference:\n{texto}"
        );
        assert_eq!(
            Configuracion::desde_json(&texto, d("2026-11-24")),
            Configuracion::desde_archivo(archivo, d("2026-11-24"))
        );
    }

    #[test]
    fn the_published_settings_are_trimmed_and_blanks_left_out() {
        let mut archivo = ArchivoConfiguracion {
            municipio: Some("  San Rafael  ".into()),
            dependencias: Some(vec![" Secretaría   de Salud ".into(), "   ".into()]),
            ..Default::default()
        };
        archivo.cambiar_entrega(|e| e.correo = Some(" planeacion@sanrafael.gov.co ".into()));
        archivo.cambiar_entrega(|e| e.indicaciones = Some("  ".into()));
        let limpio = archivo.limpio();
        assert_eq!(limpio.municipio.as_deref(), Some("San Rafael"));
        assert_eq!(
            limpio.dependencias,
            Some(vec!["Secretaría de Salud".to_string()])
        );
        assert_eq!(
            limpio.entrega,
            Some(Entrega {
                correo: Some("planeacion@sanrafael.gov.co".into()),
                ..Default::default()
            })
        );

        archivo.cambiar_entrega(|e| e.correo = None);
        archivo.municipio = Some(" ".into());
        archivo.dependencias = Some(vec![String::new()]);
        assert_eq!(
            archivo.limpio(),
            ArchivoConfiguracion::default(),
            "nothing typed is nothing written: the app computes it"
        );
    }

    #[test]
    fn the_closing_calendar_reads_in_words() {
        let c = Configuracion::para_anio(2027);
        let filas = c.fechas_del_cierre();
        assert_eq!(filas[2].0, "Elecciones");
        assert!(filas[2].1.contains("31 de octubre de 2027"), "{filas:?}");
        assert!(
            filas[3].1.starts_with("desde el 1 de noviembre"),
            "{filas:?}"
        );
    }

    #[test]
    fn the_computed_windows_follow_the_year_and_the_election_the_file_gives() {
        let hoy = d("2026-11-24");
        let mut archivo = ArchivoConfiguracion::default();
        let v = archivo.ventanas_calculadas(hoy).unwrap();
        assert_eq!(v, Configuracion::para_anio(2027).ventanas);
        archivo.anio_cierre = Some(2031);
        archivo.fecha_eleccion = Some(d("2031-11-02"));
        let v = archivo.ventanas_calculadas(hoy).unwrap();
        assert_eq!(v.informe_gestion.desde, d("2031-04-01"));
        assert_eq!(v.empalme_desde, d("2031-11-03"));
        archivo.anio_cierre = Some(1999);
        assert_eq!(archivo.ventanas_calculadas(hoy), None);
    }

    #[test]
    fn a_municipal_day_off_is_added_to_colombias_holidays_and_the_deadlines_skip_it() {
        let hoy = d("2026-11-24");
        let mut archivo = ArchivoConfiguracion {
            anio_cierre: Some(2027),
            ..Default::default()
        };
        let de_colombia = archivo.dias_no_habiles(hoy);
        assert_eq!(
            de_colombia.iter().map(|d| d.fecha).collect::<Vec<_>>(),
            Festivos::de_colombia([2027, 2028])
                .fechas()
                .collect::<Vec<_>>()
        );
        let raza = de_colombia
            .iter()
            .find(|dia| dia.fecha == d("2027-10-18"))
            .unwrap();
        assert_eq!(raza.nombre, "Día de la Raza");

        // The town's anniversary, a Friday.
        assert!(archivo.agregar_dia_no_habil(d("2027-11-05"), hoy));
        assert!(!archivo.agregar_dia_no_habil(d("2027-11-05"), hoy));
        let dias = archivo.dias_no_habiles(hoy);
        assert_eq!(dias.len(), de_colombia.len() + 1);
        assert!(dias.windows(2).all(|par| par[0].fecha < par[1].fecha));
        assert_eq!(
            dias.iter()
                .find(|dia| dia.fecha == d("2027-11-05"))
                .unwrap()
                .nombre,
            ""
        );
        let config = Configuracion::desde_archivo(archivo.clone(), hoy).unwrap();
        assert!(!config.festivos().es_dia_habil(d("2027-11-05")));

        archivo.quitar_dia_no_habil(d("2027-10-18"), hoy);
        let config = Configuracion::desde_archivo(archivo.clone(), hoy).unwrap();
        assert!(config.festivos().es_dia_habil(d("2027-10-18")));
        assert_eq!(archivo.festivos.as_ref().unwrap().len(), de_colombia.len());

        // A year out of range computes nothing, and adding a day keeps the list there is.
        archivo.anio_cierre = Some(1999);
        assert_eq!(archivo.dias_no_habiles(hoy).len(), de_colombia.len());
        assert!(archivo.agregar_dia_no_habil(d("2027-11-12"), hoy));
        assert_eq!(
            archivo.festivos.as_ref().unwrap().len(),
            de_colombia.len() + 1
        );
        archivo.festivos = None;
        assert_eq!(archivo.dias_no_habiles(hoy), []);
    }
}
