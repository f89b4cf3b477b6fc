//! What Planeación sees of one submitted file: the agenda's findings plus what the envelope
//! says about the file itself (checksum, working copy).

use chrono::{Datelike, NaiveDate};

use super::config::Configuracion;
use super::format::{import_agenda, ImportError, Imported, Integrity};
use super::model::Agenda;
use super::pasos::{datos_por_completar, ErrorCampo, Paso};
use super::rules::{ruta_de_actividad, validar, Hallazgo, Resumen, Severidad};
use super::text::plural;

/// Rule id of the findings about the file rather than the agenda.
pub const REGLA_ARCHIVO: &str = "ARCHIVO";

/// Rule id of the fields the wizard requires that the file leaves empty.
pub const REGLA_DATOS: &str = "DATOS";

/// How a finding about the file begins its last sentence, the advice to Planeación; a mail to
/// the office leaves that sentence out ([`super::entregas::correo_de_correcciones`]).
pub const PIDA_A_LA_DEPENDENCIA: &str = "Pida a la dependencia";

/// The check of the file's checksum, and what it means told to the office that sent the file
/// (Planeación's finding gives both sums, which say nothing to the office).
pub const CHEQUEO_INTEGRIDAD: &str = "integridad";
/// The check that marks a working copy, which a mail to the office leaves to the verdict.
pub const CHEQUEO_COPIA_DE_TRABAJO: &str = "copia_de_trabajo";
pub const ARCHIVO_ALTERADO_PARA_LA_DEPENDENCIA: &str =
    "El archivo cambió después de descargarlo del asistente: se editó fuera de él o se dañó al enviarlo.";

#[derive(Debug, Clone)]
pub struct Revision {
    pub imported: Imported,
    pub configuracion: Configuracion,
    pub hallazgos: Vec<Hallazgo>,
}

/// What a received file needs before the municipal calendar can publish it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Veredicto {
    ConErrores,
    /// No errors, but a working copy rather than the file from «Descargar para enviar».
    CopiaDeTrabajo,
    /// No errors, with warnings the office neither fixed nor justified.
    ConAdvertencias,
    Lista,
}

impl Revision {
    /// The office's name as the file writes it.
    pub fn dependencia(&self) -> &str {
        &self.imported.agenda.dependencia.nombre
    }

    pub fn resumen(&self) -> Resumen {
        Resumen::de(&self.hallazgos)
    }

    /// Whether the file can go to the municipal calendar as is, and if not, why first.
    pub fn veredicto(&self) -> Veredicto {
        self.veredicto_con(&self.resumen())
    }

    fn veredicto_con(&self, resumen: &Resumen) -> Veredicto {
        if resumen.errores > 0 {
            Veredicto::ConErrores
        } else if self.imported.copia_de_trabajo {
            Veredicto::CopiaDeTrabajo
        } else if resumen.advertencias_sin_justificar > 0 {
            Veredicto::ConAdvertencias
        } else {
            Veredicto::Lista
        }
    }

    /// The verdict in a few words: «Con 2 errores y 1 advertencia sin justificar».
    pub fn veredicto_en_palabras(&self) -> String {
        let resumen = self.resumen();
        let sin_justificar = plural(
            resumen.advertencias_sin_justificar,
            "advertencia sin justificar",
            "advertencias sin justificar",
        );
        match self.veredicto_con(&resumen) {
            Veredicto::ConErrores => {
                let mut texto = format!("Con {}", plural(resumen.errores, "error", "errores"));
                if resumen.advertencias_sin_justificar > 0 {
                    texto.push_str(&format!(" y {sin_justificar}"));
                }
                texto
            }
            Veredicto::CopiaDeTrabajo => "Copia de trabajo, no la versión para enviar".to_string(),
            Veredicto::ConAdvertencias => format!("Sin errores, con {sin_justificar}"),
            Veredicto::Lista => "Lista para publicar".to_string(),
        }
    }
}

/// The closing year an agenda speaks of: the end of its term; else the year most of its
/// activities start in; else the one in force today.
pub fn anio_de(imported: &Imported, hoy: NaiveDate) -> i32 {
    if let Some(periodo) = imported.agenda.periodo_gobierno {
        return periodo.fin.year();
    }
    let anios: Vec<i32> = imported
        .agenda
        .actividades
        .iter()
        .filter_map(|a| a.fecha_inicio.map(|f| f.year()))
        .collect();
    // Few distinct years, so counting each is linear in the activities.
    super::orden::distintos(anios.iter().copied())
        .into_iter()
        .map(|anio| (anios.iter().filter(|a| **a == anio).count(), anio))
        .max()
        .map(|(_, anio)| anio)
        .unwrap_or_else(|| super::calendar::anio_cierre_vigente(hoy))
}

fn hallazgo_de_archivo(chequeo: &str, severidad: Severidad, mensaje: String) -> Hallazgo {
    Hallazgo {
        regla_id: REGLA_ARCHIVO.to_string(),
        chequeo: chequeo.to_string(),
        severidad,
        ruta_campo: String::new(),
        actividad_id: None,
        campo: String::new(),
        mensaje,
        fuente: "Formato de intercambio de la agenda (README)".to_string(),
        justificacion: None,
    }
}

/// A field the wizard requires and the file leaves empty, as a finding of the file.
fn dato_por_completar(paso: Paso, e: ErrorCampo, agenda: &Agenda) -> Hallazgo {
    let indice = e
        .actividad_id
        .as_ref()
        .and_then(|id| agenda.actividades.iter().position(|a| &a.id == id));
    let ruta_campo = match indice {
        Some(i) => ruta_de_actividad(i, &e.campo),
        None => e.campo.clone(),
    };
    Hallazgo {
        regla_id: REGLA_DATOS.to_string(),
        chequeo: "obligatorio".to_string(),
        severidad: Severidad::Error,
        ruta_campo,
        mensaje: e.en_resumen(),
        actividad_id: e.actividad_id,
        campo: e.campo,
        fuente: format!(
            "Dato obligatorio del asistente, paso {} ({})",
            paso.numero(),
            paso.titulo()
        ),
        justificacion: None,
    }
}

/// Reads and checks one file. `configuracion` wins over settings carried by the file; without
/// either, the dates are computed for the agenda's closing year.
pub fn revisar(
    texto: &str,
    configuracion: Option<&Configuracion>,
    hoy: NaiveDate,
) -> Result<Revision, ImportError> {
    let imported = import_agenda(texto)?;
    let configuracion = match (configuracion, &imported.configuracion) {
        (Some(c), _) => c.clone(),
        (None, Some(archivo)) => {
            Configuracion::desde_archivo(archivo.clone(), hoy).map_err(|e| {
                ImportError::InvalidValue {
                    path: "config".into(),
                    detail: e.0.join(" "),
                    actividad: None,
                }
            })?
        }
        (None, None) => Configuracion::para_anio(anio_de(&imported, hoy)),
    };
    let mut hallazgos = Vec::new();
    match &imported.integrity {
        Integrity::Verified => {}
        Integrity::Altered { declared, computed } => hallazgos.push(hallazgo_de_archivo(
            CHEQUEO_INTEGRIDAD,
            Severidad::Error,
            format!(
                "El archivo fue modificado después de generarse o está dañado: la suma SHA-256 declarada ({declared}) \
                 no coincide con la de su agenda ({computed}). {PIDA_A_LA_DEPENDENCIA} que lo descargue de nuevo desde la aplicación."
            ),
        )),
        Integrity::NoChecksum => hallazgos.push(hallazgo_de_archivo(
            "sin_suma",
            Severidad::Info,
            "El archivo no trae suma de verificación: no se puede saber si fue editado a mano.".to_string(),
        )),
    }
    if imported.copia_de_trabajo {
        hallazgos.push(hallazgo_de_archivo(
            CHEQUEO_COPIA_DE_TRABAJO,
            Severidad::Advertencia,
            format!("Es una copia de trabajo, no la versión para enviar. {PIDA_A_LA_DEPENDENCIA} el archivo de «Descargar para enviar»."),
        ));
    }
    // Only settings given to the checker can differ: without them the file's own term decides.
    if let Some(propio) = super::pasos::periodo_ajeno(&imported.agenda, &configuracion) {
        let sitio = configuracion.periodo_gobierno();
        hallazgos.push(hallazgo_de_archivo(
            "periodo",
            Severidad::Error,
            format!(
                "La agenda es del período de gobierno {} y la configuración es del cierre de {} (período {}): sus fechas se revisan contra otro calendario. {PIDA_A_LA_DEPENDENCIA} la agenda de este período.",
                propio.anios(),
                configuracion.anio_cierre,
                sitio.anios()
            ),
        ));
    }
    let de_reglas = validar(&imported.agenda, &configuracion);
    // A working copy or a hand-made file can leave empty what «Descargar para enviar» requires.
    hallazgos.extend(
        datos_por_completar(&imported.agenda, &de_reglas)
            .into_iter()
            .map(|(paso, e)| dato_por_completar(paso, e, &imported.agenda)),
    );
    hallazgos.extend(de_reglas);
    Ok(Revision {
        imported,
        configuracion,
        hallazgos,
    })
}

/// The files to count, one per agenda: an office may send several versions, and the one from
/// «Descargar para enviar» wins over a working copy, a later file over an earlier one. Files
/// whose agenda has no id are all kept. Keeps the order in which each agenda first appears.
pub fn una_por_agenda<'a>(revisiones: impl IntoIterator<Item = &'a Revision>) -> Vec<&'a Revision> {
    let mut elegidas: Vec<&Revision> = Vec::new();
    let prioridad = |r: &Revision| (!r.imported.copia_de_trabajo, r.imported.generado_en);
    for r in revisiones {
        let id = &r.imported.agenda.id;
        match elegidas
            .iter_mut()
            .find(|e| &e.imported.agenda.id == id && !id.0.is_empty())
        {
            Some(e) if prioridad(r) > prioridad(e) => *e = r,
            Some(_) => {}
            None => elegidas.push(r),
        }
    }
    elegidas
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::format::{export_agenda, Integrity};
    use crate::domain::model::AgendaId;

    pub(crate) fn archivo(id: &str, nombre: &str, copia: bool, hora: u32) -> Revision {
        let mut agenda = Agenda {
            id: AgendaId(id.into()),
            ..Default::default()
        };
        agenda.dependencia.nombre = nombre.into();
        let generado = chrono::NaiveDate::from_ymd_opt(2027, 10, 1)
            .and_then(|f| f.and_hms_opt(hora, 0, 0))
            .map(|f| f.and_utc())
            .expect("valid instant");
        let texto = export_agenda(&agenda, generado, copia);
        revisar(
            &texto,
            Some(&Configuracion::para_anio(2027)),
            d("2027-10-01"),
        )
        .expect("reads")
    }

    #[test]
    fn one_file_per_agenda_counts_the_final_one_then_the_latest() {
        let revisiones = [
            archivo("AG-SALUD", "Salud (copia, tarde)", true, 18),
            archivo("AG-GOB", "Gobierno", false, 9),
            archivo("AG-SALUD", "Salud (final, temprano)", false, 8),
            archivo("AG-SALUD", "Salud (final, tarde)", false, 10),
            archivo("", "Sin id 1", false, 9),
            archivo("", "Sin id 2", false, 9),
        ];
        assert!(revisiones
            .iter()
            .all(|r| r.imported.integrity == Integrity::Verified));
        let nombres: Vec<&str> = una_por_agenda(&revisiones)
            .into_iter()
            .map(|r| r.imported.agenda.dependencia.nombre.as_str())
            .collect();
        assert_eq!(
            nombres,
            ["Salud (final, tarde)", "Gobierno", "Sin id 1", "Sin id 2"]
        );
    }
}
