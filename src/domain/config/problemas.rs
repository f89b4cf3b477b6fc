//! What a `config.json` may not say, and the check that resolves a file into settings or
//! refuses it with each problem, phrased for the file or for Planeación's form.

use chrono::{Datelike, NaiveDate};

use super::{
    nombre_limpio, texto_limpio, ArchivoConfiguracion, Configuracion, FechaDeFase, Rango, Ventanas,
    ANIOS_VALIDOS,
};
use crate::domain::calendar;
use crate::domain::pasos::es_correo_valido;
use crate::domain::text::mismo_nombre;
use crate::domain::vocab::{FaseCierre, Vocabulario};

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
            config.ventanas = Ventanas::para_anio(anio, eleccion);
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
            if !crate::domain::rules::clave_de_severidad_existe(clave) {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::config::Entrega;

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
    fn inconsistent_dates_and_unknown_rules_are_reported() {
        let texto = r#"{"anio_cierre": 2027, "fecha_eleccion": "2026-10-25",
            "ventanas": {"rendicion_cuentas": {"desde": "2027-12-01", "hasta": "2027-10-01"}},
            "severidades": {"V-XXX-01": "info"}}"#;
        let err = Configuracion::desde_json(texto, d("2026-01-01")).unwrap_err();
        assert_eq!(err.0.len(), 3, "{err}");
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
