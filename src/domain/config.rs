//! The municipality's settings: closing year, dates, holidays and rule thresholds.
//!
//! Planeación writes a `config.json` beside the app. Every field may be left out: what is
//! missing is computed from the closing year (domain.md §5), and the closing year from today.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::calendar::{self, Festivo, Festivos};
use super::pasos::es_correo_valido;
use super::text::mismo_nombre;
use super::vocab::{FaseCierre, Vocabulario};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// The closing years the settings accept (the date pickers' bounds too).
const ANIOS_VALIDOS: std::ops::RangeInclusive<i32> = 2000..=2100;

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
    fn fijar(&mut self, cual: FechaDeFase, fecha: NaiveDate) {
        match cual {
            FechaDeFase::InformeDesde => self.informe_gestion.desde = fecha,
            FechaDeFase::InformeHasta => self.informe_gestion.hasta = fecha,
            FechaDeFase::RendicionDesde => self.rendicion_cuentas.desde = fecha,
            FechaDeFase::RendicionHasta => self.rendicion_cuentas.hasta = fecha,
            FechaDeFase::EmpalmeDesde => self.empalme_desde = fecha,
        }
    }
}

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
    pub unidad: &'static str,
    pub leer: fn(&Umbrales) -> u32,
    pub escribir: fn(&mut Umbrales, u32),
}

impl Umbrales {
    /// Every threshold, in the order of the struct.
    pub const TODOS: [Umbral; 6] = [
        Umbral {
            clave: "dias_publicacion_previa",
            etiqueta: "Publicación del informe previo antes de una audiencia pública (V-TIM-03)",
            unidad: "días",
            leer: |u| u.dias_publicacion_previa,
            escribir: |u, n| u.dias_publicacion_previa = n,
        },
        Umbral {
            clave: "dias_convocatoria",
            etiqueta: "Convocatoria antes de un espacio de diálogo (V-TIM-04)",
            unidad: "días",
            leer: |u| u.dias_convocatoria,
            escribir: |u, n| u.dias_convocatoria = n,
        },
        Umbral {
            clave: "dias_convocatoria_audiencia",
            etiqueta: "Convocatoria antes de una audiencia pública (V-TIM-04)",
            unidad: "días",
            leer: |u| u.dias_convocatoria_audiencia,
            escribir: |u, n| u.dias_convocatoria_audiencia = n,
        },
        Umbral {
            clave: "dias_habiles_respuesta",
            etiqueta: "Plazo para responder las preguntas de la ciudadanía (V-TIM-09)",
            unidad: "días hábiles",
            leer: |u| u.dias_habiles_respuesta,
            escribir: |u, n| u.dias_habiles_respuesta = n,
        },
        Umbral {
            clave: "dias_habiles_acta_951",
            etiqueta: "Entrega del acta de informe de gestión después del fin del período, Ley 951 (V-TIM-06)",
            unidad: "días hábiles",
            leer: |u| u.dias_habiles_acta_951,
            escribir: |u, n| u.dias_habiles_acta_951 = n,
        },
        Umbral {
            clave: "meses_garantias",
            etiqueta: "Duración de la Ley de Garantías antes de las elecciones, Ley 996 (V-TIM-07)",
            unidad: "meses",
            leer: |u| u.meses_garantias,
            escribir: |u, n| u.meses_garantias = n,
        },
    ];
}

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
    fn limpia(&self) -> Entrega {
        Entrega {
            correo: texto_limpio(self.correo.as_deref()),
            fecha_limite: self.fecha_limite,
            indicaciones: texto_limpio(self.indicaciones.as_deref()),
        }
    }
}

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
    fn limpias(&self) -> Option<Self> {
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

/// A day the business-day deadlines skip, with its name when it is a holiday of Colombia.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaNoHabil {
    pub fecha: NaiveDate,
    /// Empty for a day the municipality added.
    pub nombre: String,
}

/// Why a `config.json` cannot be used, in Spanish for the person who edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorConfiguracion(pub Vec<String>);

/// The part of `config.json` a problem is about, so a form can take the person to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampoConfiguracion {
    AnioCierre,
    FechaEleccion,
    FechaCredencial,
    /// A phase's window; the empalme's first day.
    Fase(FaseCierre),
    Festivos,
    Severidades,
    Dependencias,
    CorreoEntrega,
}

/// One reason a `config.json` cannot be used. Each rule's facts are kept once; it is phrased for
/// whoever reads the file (by its keys, [`Self::mensaje`]) or for Planeación's form (by what its
/// fields say, [`Self::en_formulario`]), and points at the part of the file it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemaConfiguracion {
    AnioFueraDeRango(i32),
    EleccionFueraDelAnio {
        eleccion: NaiveDate,
        anio: i32,
    },
    FaseAlReves {
        fase: FaseCierre,
        rango: Rango,
    },
    FaseFueraDelAnio {
        fase: FaseCierre,
        rango: Rango,
        anio: i32,
    },
    /// The empalme starts when there is a mayor-elect (Concepto Función Pública 43261 de 2019).
    EmpalmeSinElecto {
        empalme: NaiveDate,
        eleccion: NaiveDate,
    },
    /// And runs until the term ends (Acto Legislativo 02 de 2002).
    EmpalmeTrasElPeriodo {
        empalme: NaiveDate,
        fin: NaiveDate,
    },
    CredencialAntesDeEleccion {
        credencial: NaiveDate,
        eleccion: NaiveDate,
    },
    SeveridadDeReglaDesconocida(String),
    /// A list of holidays with none in the closing year: one written for another year.
    FestivosDeOtroAnio(i32),
    /// The office's position in the list, from 1.
    DependenciaEnBlanco(usize),
    DependenciaRepetida(String),
    CorreoInvalido(String),
}

impl ProblemaConfiguracion {
    pub fn campo(&self) -> CampoConfiguracion {
        use CampoConfiguracion as C;
        use ProblemaConfiguracion as P;
        match self {
            P::AnioFueraDeRango(_) => C::AnioCierre,
            P::EleccionFueraDelAnio { .. } => C::FechaEleccion,
            P::FaseAlReves { fase, .. } | P::FaseFueraDelAnio { fase, .. } => C::Fase(*fase),
            P::EmpalmeSinElecto { .. } | P::EmpalmeTrasElPeriodo { .. } => {
                C::Fase(FaseCierre::Empalme)
            }
            P::CredencialAntesDeEleccion { .. } => C::FechaCredencial,
            P::FestivosDeOtroAnio(_) => C::Festivos,
            P::SeveridadDeReglaDesconocida(_) => C::Severidades,
            P::DependenciaEnBlanco(_) | P::DependenciaRepetida(_) => C::Dependencias,
            P::CorreoInvalido(_) => C::CorreoEntrega,
        }
    }

    /// For whoever edits the file.
    pub fn mensaje(&self) -> String {
        use ProblemaConfiguracion as P;
        match self {
            P::AnioFueraDeRango(anio) => {
                format!("«anio_cierre» debe ser un año entre 2000 y 2100 (se encontró {anio}).")
            }
            P::EleccionFueraDelAnio { eleccion, anio } => {
                format!("«fecha_eleccion» ({eleccion}) no está en el año de cierre {anio}.")
            }
            P::FaseAlReves { fase, rango } => format!(
                "En «ventanas.{}», «desde» ({}) es posterior a «hasta» ({}).",
                fase.codigo(),
                rango.desde,
                rango.hasta
            ),
            P::FaseFueraDelAnio { fase, rango, anio } => format!(
                "«ventanas.{}» ({} a {}) no está dentro del año de cierre {anio}.",
                fase.codigo(),
                rango.desde,
                rango.hasta
            ),
            P::EmpalmeSinElecto { empalme, eleccion } => format!(
                "«ventanas.empalme_desde» ({empalme}) no es posterior a la elección ({eleccion}): el empalme empieza cuando hay alcalde electo."
            ),
            P::EmpalmeTrasElPeriodo { empalme, fin } => format!(
                "«ventanas.empalme_desde» ({empalme}) es posterior al fin del período ({fin})."
            ),
            P::CredencialAntesDeEleccion {
                credencial,
                eleccion,
            } => {
                format!("«fecha_credencial» ({credencial}) es anterior a la elección ({eleccion}).")
            }
            P::FestivosDeOtroAnio(anio) => {
                format!("«festivos» no tiene ninguna fecha del año de cierre {anio}.")
            }
            P::SeveridadDeReglaDesconocida(clave) => {
                format!("«severidades» nombra la regla o el chequeo «{clave}», que no existe.")
            }
            P::DependenciaEnBlanco(n) => {
                format!("«dependencias» tiene un nombre en blanco (el número {n}).")
            }
            P::DependenciaRepetida(nombre) => {
                format!("«dependencias» nombra dos veces a «{nombre}».")
            }
            P::CorreoInvalido(correo) => {
                format!("«entrega.correo» («{correo}») no es una dirección de correo electrónico.")
            }
        }
    }

    /// For Planeación's form, which never shows the file's keys for what it has a field for.
    pub fn en_formulario(&self) -> String {
        use calendar::fecha_corta;
        use ProblemaConfiguracion as P;
        match self {
            P::AnioFueraDeRango(anio) => {
                format!("El año de cierre debe estar entre 2000 y 2100 (el archivo dice {anio}).")
            }
            P::EleccionFueraDelAnio { eleccion, anio } => format!(
                "La fecha de las elecciones ({}) no es del año de cierre, {anio}: déjela vacía para usar la calculada.",
                fecha_corta(*eleccion)
            ),
            P::FaseAlReves { fase, rango } => format!(
                "La fase de {} termina el {}, antes de empezar (el {}): corrija una de las dos fechas.",
                fase.nombre_en_frase(),
                fecha_corta(rango.hasta),
                fecha_corta(rango.desde)
            ),
            P::FaseFueraDelAnio { fase, rango, anio } => format!(
                "La fase de {} ({}) no es del año de cierre, {anio}: déjela vacía para usar las fechas del memorando.",
                fase.nombre_en_frase(),
                rango.en_palabras()
            ),
            P::EmpalmeSinElecto { empalme, eleccion } => format!(
                "El empalme no puede empezar el {}: aún no hay alcalde electo (las elecciones son el {}). Déjelo vacío para empezar el día siguiente a las elecciones.",
                fecha_corta(*empalme),
                fecha_corta(*eleccion)
            ),
            P::EmpalmeTrasElPeriodo { empalme, fin } => format!(
                "El empalme no puede empezar el {}, después del fin del período ({}).",
                fecha_corta(*empalme),
                fecha_corta(*fin)
            ),
            P::CredencialAntesDeEleccion {
                credencial,
                eleccion,
            } => format!(
                "La credencial ({}) no puede entregarse antes de las elecciones ({}).",
                fecha_corta(*credencial),
                fecha_corta(*eleccion)
            ),
            P::FestivosDeOtroAnio(anio) => format!(
                "La lista de festivos no tiene ningún día de {anio}, el año de cierre: vuelva a los festivos de Colombia calculados y agregue los días del municipio."
            ),
            P::SeveridadDeReglaDesconocida(clave) => format!(
                "El archivo publicado cambia la severidad de «{clave}», una regla o un chequeo que no existe: quítela en «Otras severidades del archivo», al final de «Plazos y severidad de las reglas»."
            ),
            P::DependenciaEnBlanco(n) => format!("La dependencia número {n} está en blanco."),
            P::DependenciaRepetida(nombre) => format!(
                "«{nombre}» está dos veces en la lista de dependencias (con otras mayúsculas, tildes o espacios es la misma)."
            ),
            P::CorreoInvalido(correo) => format!(
                "«{correo}» no es una dirección de correo electrónico: escríbala completa, por ejemplo planeacion@municipio.gov.co."
            ),
        }
    }
}

impl ArchivoConfiguracion {
    /// Reads the text of `config.json` as Planeación wrote it, without resolving anything.
    pub fn desde_json(texto: &str) -> Result<Self, ErrorConfiguracion> {
        let valor: serde_json::Value = serde_json::from_str(texto).map_err(|e| {
            ErrorConfiguracion(vec![format!(
                "no es un JSON válido (línea {}, columna {}).",
                e.line(),
                e.column()
            )])
        })?;
        super::format::desde_valor(valor, "").map_err(|e| {
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
        let mut ventanas = Configuracion::para_anio(self.anio_o_vigente(hoy)?).ventanas;
        if let Some(eleccion) = self.fecha_eleccion {
            ventanas.empalme_desde = eleccion + Duration::days(1);
        }
        Some(ventanas)
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

impl std::fmt::Display for ErrorConfiguracion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "El archivo config.json no se puede usar: {}",
            self.0.join(" ")
        )
    }
}

impl Configuracion {
    /// Every date computed from the closing year `anio` (domain.md §5.2).
    pub fn para_anio(anio: i32) -> Self {
        let eleccion = calendar::fecha_eleccion(anio);
        let fecha = |m, d| NaiveDate::from_ymd_opt(anio, m, d).expect("valid fixed date");
        Configuracion {
            municipio: String::new(),
            anio_cierre: anio,
            fecha_eleccion: eleccion,
            fecha_credencial: None,
            ventanas: Ventanas {
                informe_gestion: Rango {
                    desde: fecha(4, 1),
                    hasta: fecha(9, 30),
                },
                rendicion_cuentas: Rango {
                    desde: fecha(10, 1),
                    hasta: fecha(11, 30),
                },
                empalme_desde: eleccion + Duration::days(1),
            },
            festivos: Festivos::de_colombia([anio, anio + 1]).fechas().collect(),
            umbrales: Umbrales::default(),
            severidades: BTreeMap::new(),
            dependencias: Vec::new(),
            entrega: Entrega::default(),
        }
    }

    /// Settings from Planeación's file, filling what is missing. `hoy` picks the closing year
    /// when the file does not give one.
    pub fn desde_archivo(
        archivo: ArchivoConfiguracion,
        hoy: NaiveDate,
    ) -> Result<Self, ErrorConfiguracion> {
        Self::revisar_archivo(archivo, hoy).map_err(|problemas| {
            ErrorConfiguracion(
                problemas
                    .iter()
                    .map(ProblemaConfiguracion::mensaje)
                    .collect(),
            )
        })
    }

    /// [`Self::desde_archivo`], with each problem pointing at the part of the file it is about.
    pub fn revisar_archivo(
        archivo: ArchivoConfiguracion,
        hoy: NaiveDate,
    ) -> Result<Self, Vec<ProblemaConfiguracion>> {
        use ProblemaConfiguracion as P;
        let mut errores = Vec::new();
        let anio = archivo
            .anio_cierre
            .unwrap_or_else(|| calendar::anio_cierre_vigente(hoy));
        if !ANIOS_VALIDOS.contains(&anio) {
            return Err(vec![P::AnioFueraDeRango(anio)]);
        }
        let mut config = Configuracion::para_anio(anio);
        if let Some(municipio) = texto_limpio(archivo.municipio.as_deref()) {
            config.municipio = municipio;
        }
        if let Some(eleccion) = archivo.fecha_eleccion {
            config.fecha_eleccion = eleccion;
        }
        if let Some(calculadas) = archivo.ventanas_calculadas(hoy) {
            config.ventanas = calculadas;
        }
        config.fecha_credencial = archivo.fecha_credencial;
        let empalme_dado = archivo.ventanas.as_ref().and_then(|v| v.empalme_desde);
        if let Some(v) = &archivo.ventanas {
            for cual in FechaDeFase::TODAS {
                if let Some(fecha) = v.fecha(cual) {
                    config.ventanas.fijar(cual, fecha);
                }
            }
        }
        if let Some(festivos) = archivo.festivos {
            config.festivos = festivos;
        }
        if let Some(umbrales) = archivo.umbrales {
            config.umbrales = umbrales;
        }
        if let Some(severidades) = archivo.severidades {
            config.severidades = severidades;
        }
        if let Some(dependencias) = archivo.dependencias {
            config.dependencias = dependencias.iter().map(|d| nombre_limpio(d)).collect();
        }

        if let Some(entrega) = archivo.entrega {
            config.entrega = entrega.limpia();
        }

        if config.fecha_eleccion.year() != anio {
            errores.push(P::EleccionFueraDelAnio {
                eleccion: config.fecha_eleccion,
                anio,
            });
        }
        for (fase, rango) in [
            (FaseCierre::InformeGestion, config.ventanas.informe_gestion),
            (
                FaseCierre::RendicionCuentas,
                config.ventanas.rendicion_cuentas,
            ),
        ] {
            if rango.desde > rango.hasta {
                errores.push(P::FaseAlReves { fase, rango });
            } else if rango.desde.year() != anio || rango.hasta.year() != anio {
                errores.push(P::FaseFueraDelAnio { fase, rango, anio });
            }
        }
        // Only a first day the file gives: one computed from a wrong election is that date's fault.
        if let Some(empalme) = empalme_dado {
            if empalme <= config.fecha_eleccion {
                errores.push(P::EmpalmeSinElecto {
                    empalme,
                    eleccion: config.fecha_eleccion,
                });
            } else if empalme > config.fin_periodo() {
                errores.push(P::EmpalmeTrasElPeriodo {
                    empalme,
                    fin: config.fin_periodo(),
                });
            }
        }
        // The computed list always has the closing year: only a list the file gives can lack it.
        if !config.festivos.is_empty() && config.festivos.iter().all(|f| f.year() != anio) {
            errores.push(P::FestivosDeOtroAnio(anio));
        }
        if let Some(credencial) = config.fecha_credencial {
            if credencial < config.fecha_eleccion {
                errores.push(P::CredencialAntesDeEleccion {
                    credencial,
                    eleccion: config.fecha_eleccion,
                });
            }
        }
        for clave in config.severidades.keys() {
            if !super::rules::clave_de_severidad_existe(clave) {
                errores.push(P::SeveridadDeReglaDesconocida(clave.clone()));
            }
        }
        for (i, nombre) in config.dependencias.iter().enumerate() {
            if nombre.is_empty() {
                errores.push(P::DependenciaEnBlanco(i + 1));
            } else if config.dependencias[..i]
                .iter()
                .any(|otro| mismo_nombre(otro, nombre))
            {
                errores.push(P::DependenciaRepetida(nombre.clone()));
            }
        }
        if let Some(correo) = &config.entrega.correo {
            if !es_correo_valido(correo) {
                errores.push(P::CorreoInvalido(correo.clone()));
            }
        }
        if errores.is_empty() {
            Ok(config)
        } else {
            Err(errores)
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
    fn a_list_of_offices_with_a_blank_or_a_repeated_name_is_refused() {
        let texto = r#"{"dependencias": ["Secretaría de Salud", " ", "secretaria de salud"]}"#;
        let err = Configuracion::desde_json(texto, d("2026-11-24")).unwrap_err();
        assert_eq!(
            err.0,
            [
                "«dependencias» tiene un nombre en blanco (el número 2).",
                "«dependencias» nombra dos veces a «secretaria de salud».",
            ]
        );
    }

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

    #[test]
    fn inconsistent_dates_and_unknown_rules_are_reported() {
        let texto = r#"{"anio_cierre": 2027, "fecha_eleccion": "2026-10-25",
            "ventanas": {"rendicion_cuentas": {"desde": "2027-12-01", "hasta": "2027-10-01"}},
            "severidades": {"V-XXX-01": "info"}}"#;
        let err = Configuracion::desde_json(texto, d("2026-01-01")).unwrap_err();
        assert_eq!(err.0.len(), 3, "{err}");
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
    fn each_problem_points_at_the_part_of_the_file_it_is_about() {
        use CampoConfiguracion as C;
        let archivo = ArchivoConfiguracion {
            anio_cierre: Some(2027),
            fecha_eleccion: Some(d("2031-10-26")),
            fecha_credencial: Some(d("2027-10-01")),
            dependencias: Some(vec![
                "Secretaría de Salud".into(),
                "secretaria de salud".into(),
            ]),
            entrega: Some(Entrega {
                correo: Some("planeacion".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let problemas = Configuracion::revisar_archivo(archivo, d("2026-11-24")).unwrap_err();
        let campos: Vec<C> = problemas.iter().map(|p| p.campo()).collect();
        assert_eq!(
            problemas[0].en_formulario(),
            "La fecha de las elecciones (26 de octubre de 2031) no es del año de cierre, 2027: déjela vacía para usar la calculada."
        );
        assert_eq!(
            problemas[2].en_formulario(),
            "«secretaria de salud» está dos veces en la lista de dependencias (con otras mayúsculas, tildes o espacios es la misma)."
        );
        assert!(
            problemas
                .iter()
                .all(|p| !p.en_formulario().contains("«entrega.")
                    && !p.en_formulario().contains("«fecha_")),
            "the form's words never name the file's keys: {problemas:?}"
        );
        assert_eq!(
            campos,
            [
                C::FechaEleccion,
                C::FechaCredencial,
                C::Dependencias,
                C::CorreoEntrega
            ]
        );
        let anio = ArchivoConfiguracion {
            anio_cierre: Some(1999),
            ..Default::default()
        };
        let problemas = Configuracion::revisar_archivo(anio, d("2026-11-24")).unwrap_err();
        assert_eq!(problemas[0].campo(), C::AnioCierre);
    }

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
    fn phase_dates_outside_the_closing_year_or_an_empalme_without_an_elect_are_refused() {
        use CampoConfiguracion as C;
        let hoy = d("2026-11-24");
        // A form filled for 2027 whose year was then moved to 2031.
        let mut archivo = ArchivoConfiguracion {
            anio_cierre: Some(2031),
            ..Default::default()
        };
        archivo.fijar_fecha_de_fase(FechaDeFase::InformeDesde, Some(d("2027-05-01")));
        archivo.fijar_fecha_de_fase(FechaDeFase::RendicionDesde, Some(d("2031-12-01")));
        archivo.fijar_fecha_de_fase(FechaDeFase::EmpalmeDesde, Some(d("2031-10-26")));
        let problemas = Configuracion::revisar_archivo(archivo.clone(), hoy).unwrap_err();
        assert_eq!(
            problemas.iter().map(|p| p.campo()).collect::<Vec<_>>(),
            [
                C::Fase(FaseCierre::InformeGestion),
                C::Fase(FaseCierre::RendicionCuentas),
                C::Fase(FaseCierre::Empalme)
            ]
        );
        assert_eq!(
            problemas[0].mensaje(),
            "«ventanas.informe_gestion» (2027-05-01 a 2031-09-30) no está dentro del año de cierre 2031."
        );
        assert_eq!(
            problemas[0].en_formulario(),
            "La fase de informe de gestión (1 de mayo de 2027 al 30 de septiembre de 2031) no es del año de cierre, 2031: déjela vacía para usar las fechas del memorando."
        );
        assert_eq!(
            problemas[1].en_formulario(),
            "La fase de rendición de cuentas termina el 30 de noviembre de 2031, antes de empezar (el 1 de diciembre de 2031): corrija una de las dos fechas."
        );
        // Election day itself: still no elect until the votes are counted.
        assert_eq!(
            problemas[2].en_formulario(),
            "El empalme no puede empezar el 26 de octubre de 2031: aún no hay alcalde electo (las elecciones son el 26 de octubre de 2031). Déjelo vacío para empezar el día siguiente a las elecciones."
        );

        archivo.fijar_fecha_de_fase(FechaDeFase::InformeDesde, None);
        archivo.fijar_fecha_de_fase(FechaDeFase::RendicionDesde, None);
        archivo.fijar_fecha_de_fase(FechaDeFase::EmpalmeDesde, Some(d("2032-01-02")));
        let problemas = Configuracion::revisar_archivo(archivo.clone(), hoy).unwrap_err();
        assert_eq!(
            problemas[0],
            ProblemaConfiguracion::EmpalmeTrasElPeriodo {
                empalme: d("2032-01-02"),
                fin: d("2031-12-31")
            }
        );
        archivo.fijar_fecha_de_fase(FechaDeFase::EmpalmeDesde, Some(d("2031-10-27")));
        assert!(Configuracion::revisar_archivo(archivo, hoy).is_ok());

        // An election in the wrong year is that date's problem only, not the computed empalme's.
        let eleccion = ArchivoConfiguracion {
            anio_cierre: Some(2027),
            fecha_eleccion: Some(d("2028-01-09")),
            ..Default::default()
        };
        let problemas = Configuracion::revisar_archivo(eleccion, hoy).unwrap_err();
        assert_eq!(problemas.len(), 1, "{problemas:?}");
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

    #[test]
    fn a_list_of_holidays_with_none_in_the_closing_year_is_refused() {
        let archivo = ArchivoConfiguracion {
            anio_cierre: Some(2031),
            festivos: Some(vec![d("2027-10-18"), d("2028-01-10")]),
            ..Default::default()
        };
        let problemas = Configuracion::revisar_archivo(archivo, d("2026-11-24")).unwrap_err();
        assert_eq!(problemas, [ProblemaConfiguracion::FestivosDeOtroAnio(2031)]);
        assert_eq!(problemas[0].campo(), CampoConfiguracion::Festivos);
        assert_eq!(
            problemas[0].mensaje(),
            "«festivos» no tiene ninguna fecha del año de cierre 2031."
        );
        let sin_festivos = ArchivoConfiguracion {
            festivos: Some(Vec::new()),
            ..Default::default()
        };
        assert!(
            Configuracion::revisar_archivo(sin_festivos, d("2026-11-24")).is_ok(),
            "a list emptied on purpose has no year to be wrong about"
        );
    }
}
