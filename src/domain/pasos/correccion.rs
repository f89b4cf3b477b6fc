//! Where each problem the review finds is fixed: the step and field of a rule's finding, the
//! review's list of errors step by step, and which messages a step keeps while the person fixes
//! them.

use super::requeridos::errores_del_paso;
use super::{id_campo, id_lista, ErrorCampo, Paso};
use crate::domain::config::Configuracion;
use crate::domain::model::{Actividad, ActividadId, Agenda, Periodo};
use crate::domain::orden::ordenar_por_clave;
use crate::domain::rules::{validar, Hallazgo, Severidad};

/// Where a finding is fixed: the step and the id of the field to focus.
pub fn destino_de_hallazgo(h: &Hallazgo, agenda: &Agenda) -> (Paso, String) {
    if let Some(id) = &h.actividad_id {
        let paso = agenda
            .actividad(id)
            .map(Paso::de_actividad)
            .unwrap_or(Paso::Informacion);
        return (paso, id_campo(Some(id), &h.campo));
    }
    let paso = match (h.regla_id.as_str(), h.campo.as_str()) {
        (_, "publicacion_agenda") => Paso::Comunicaciones,
        ("V-ELE-01", _) => match h.chequeo.as_str() {
            "informacion" => Paso::Informacion,
            "dialogo" => Paso::Dialogo,
            _ => Paso::Responsabilidad,
        },
        ("V-ELE-02" | "V-ELE-03", _) => Paso::Dialogo,
        ("V-COO-02" | "V-COO-03", _) => Paso::InformeEmpalme,
        _ => Paso::Revision,
    };
    let campo = if h.campo == "actividades" {
        id_lista(paso)
    } else {
        id_campo(None, &h.campo)
    };
    (paso, campo)
}

/// The rule errors, each with the step that fixes it and as that step shows it beside its field.
fn errores_de_reglas(hallazgos: &[Hallazgo], agenda: &Agenda) -> Vec<(Paso, ErrorCampo)> {
    hallazgos
        .iter()
        .filter(|h| h.severidad == Severidad::Error)
        .map(|h| {
            let (paso, id_campo) = destino_de_hallazgo(h, agenda);
            let error = ErrorCampo {
                id_campo,
                actividad_id: h.actividad_id.clone(),
                campo: h.campo.clone(),
                mensaje: h.mensaje.clone(),
                contexto: None,
            };
            (paso, error)
        })
        .collect()
}

/// The rule errors to fix on `paso`, each beside its field, as "Corregir" on the review shows
/// them.
pub fn errores_de_hallazgos(
    hallazgos: &[Hallazgo],
    paso: Paso,
    agenda: &Agenda,
) -> Vec<ErrorCampo> {
    errores_de_reglas(hallazgos, agenda)
        .into_iter()
        .filter_map(|(p, e)| (p == paso).then_some(e))
        .collect()
}

/// The term the agenda names, when it is not the one of `config`'s closing year.
pub fn periodo_ajeno(agenda: &Agenda, config: &Configuracion) -> Option<Periodo> {
    agenda
        .periodo_gobierno
        .filter(|p| *p != config.periodo_gobierno())
}

/// The term the agenda names when it is not the one of the closing year the site prepares (an
/// agenda of an earlier term opened as the base of the new one): the review would check its
/// dates against another term's calendar, and the file would go to Planeación with that term.
pub fn error_de_periodo(agenda: &Agenda, config: &Configuracion) -> Option<ErrorCampo> {
    let sitio = config.periodo_gobierno();
    let propio = periodo_ajeno(agenda, config)?;
    Some(ErrorCampo {
        id_campo: id_campo(None, "periodo_gobierno"),
        actividad_id: None,
        campo: "periodo_gobierno".into(),
        mensaje: format!(
            "La agenda es del período de gobierno {}, y este sitio prepara el cierre de {} (período {}): pásela a ese período y revise las fechas de sus actividades",
            propio.anios(),
            config.anio_cierre,
            sitio.anios()
        ),
        contexto: None,
    })
}

/// The review's errors in the order of the steps, each with the step that fixes it: what the
/// wizard still asks for there, then the rules' errors found there. A field left empty on a step
/// someone jumped over (the stepper, an opened file) counts like a rule's error: without the
/// office's name or its contact the agenda must not look ready. A field a rule already reports
/// is listed once.
pub fn errores_de_revision(
    agenda: &Agenda,
    config: &Configuracion,
    hallazgos: &[Hallazgo],
) -> Vec<(Paso, ErrorCampo)> {
    let mut errores: Vec<(Paso, ErrorCampo)> = error_de_periodo(agenda, config)
        .map(|e| (Paso::Dependencia, e))
        .into_iter()
        .collect();
    let de_reglas = errores_de_reglas(hallazgos, agenda);
    errores.extend(sin_los_de_reglas(agenda, &de_reglas));
    errores.extend(de_reglas);
    ordenar_por_clave(&mut errores, |(paso, _)| paso.numero());
    errores
}

/// What the wizard still asks for, step by step, leaving out a field a rule's error already
/// names (that one is listed once, as the rule words it). Planeación's checker reports these too.
pub fn datos_por_completar(agenda: &Agenda, hallazgos: &[Hallazgo]) -> Vec<(Paso, ErrorCampo)> {
    sin_los_de_reglas(agenda, &errores_de_reglas(hallazgos, agenda))
}

fn sin_los_de_reglas(agenda: &Agenda, de_reglas: &[(Paso, ErrorCampo)]) -> Vec<(Paso, ErrorCampo)> {
    Paso::TODOS
        .into_iter()
        .flat_map(|paso| {
            errores_del_paso(paso, agenda)
                .into_iter()
                .map(move |e| (paso, e))
        })
        .filter(|(_, e)| !de_reglas.iter().any(|(_, r)| r.id_campo == e.id_campo))
        .collect()
}

/// What a step shows when the review sends someone there to fix it: the review's errors that
/// this step fixes, worded as the review words them.
pub fn errores_al_corregir(
    agenda: &Agenda,
    config: &Configuracion,
    hallazgos: &[Hallazgo],
    paso: Paso,
) -> Vec<ErrorCampo> {
    errores_de_revision(agenda, config, hallazgos)
        .into_iter()
        .filter_map(|(p, e)| (p == paso).then_some(e))
        .collect()
}

/// Of the messages on screen, those that still apply after a change: what the person fixed
/// (or removed) goes away at once, while new problems wait for the next "Continuar", so
/// messages never appear under someone who is still typing.
pub fn errores_vigentes(
    errores: &[ErrorCampo],
    paso: Paso,
    agenda: &Agenda,
    config: &Configuracion,
) -> Vec<ErrorCampo> {
    let mut faltan = errores_del_paso(paso, agenda);
    // The term is the review's error to fix on step 1, beside that step's own fields.
    if paso == Paso::Dependencia {
        faltan.extend(error_de_periodo(agenda, config));
    }
    let falta = |e: &ErrorCampo| faltan.iter().any(|f| f.id_campo == e.id_campo);
    // Messages from the review's rules are re-checked only when some remain.
    let de_reglas = if errores.iter().all(falta) {
        Vec::new()
    } else {
        errores_de_hallazgos(&validar(agenda, config), paso, agenda)
    };
    errores
        .iter()
        .filter(|e| falta(e) || de_reglas.iter().any(|r| r.id_campo == e.id_campo))
        .cloned()
        .collect()
}

/// The activity a field on screen belongs to, by its id.
pub fn actividad_del_campo<'a>(agenda: &'a Agenda, id: &str) -> Option<&'a Actividad> {
    agenda
        .actividades
        .iter()
        .find(|a| id.starts_with(&id_campo(Some(&a.id), "")))
}

/// A field whose typed text the app could not take (a number written with letters), as the
/// review lists it with the errors: on the step of its activity when it is one's (`paso` for a
/// field of the agenda itself), with the activity named like the other errors. Nothing for a
/// field of an activity the agenda no longer has.
pub fn error_sin_leer(
    agenda: &Agenda,
    paso: Paso,
    actividad: Option<&ActividadId>,
    id: &str,
    mensaje: &str,
) -> Option<(Paso, ErrorCampo)> {
    let actividad = match actividad {
        Some(a) => Some(agenda.actividad(a)?),
        None => None,
    };
    let error = ErrorCampo {
        id_campo: id.to_string(),
        actividad_id: actividad.map(|a| a.id.clone()),
        campo: String::new(),
        mensaje: mensaje.to_string(),
        contexto: actividad.map(|a| a.nombre_o_id()),
    };
    Some((actividad.map_or(paso, Paso::de_actividad), error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_text_is_listed_on_the_step_and_in_the_activity_of_its_field() {
        let mut agenda = Agenda::default();
        let mut foro = crate::domain::edicion::nueva_actividad(&agenda, Paso::Dialogo);
        foro.nombre = "Foro juvenil".into();
        let id_foro = foro.id.clone();
        agenda.actividades.push(foro);
        let aforo = id_campo(Some(&id_foro), "evento.aforo");
        assert_eq!(
            actividad_del_campo(&agenda, &aforo).map(|a| &a.id),
            Some(&id_foro)
        );
        let (paso, error) = error_sin_leer(
            &agenda,
            Paso::Revision,
            Some(&id_foro),
            &aforo,
            "Escriba solo números",
        )
        .unwrap();
        assert_eq!(paso, Paso::Dialogo);
        assert_eq!(error.actividad_id, Some(id_foro.clone()));
        assert_eq!(error.en_resumen(), "Foro juvenil: escriba solo números");
        let puntaje = id_campo(None, "autodiagnostico.puntaje");
        assert!(actividad_del_campo(&agenda, &puntaje).is_none());
        let (paso, error) = error_sin_leer(
            &agenda,
            Paso::Diagnostico,
            None,
            &puntaje,
            "Escriba solo números",
        )
        .unwrap();
        assert_eq!(
            (paso, error.actividad_id, error.id_campo),
            (Paso::Diagnostico, None, puntaje)
        );
        // Its activity removed, the text goes with it.
        agenda.actividades.clear();
        assert!(error_sin_leer(&agenda, Paso::Dialogo, Some(&id_foro), &aforo, "x").is_none());
    }

    #[test]
    fn fixed_fields_lose_their_message_and_new_problems_wait() {
        let config = Configuracion::para_anio(2027);
        let mut agenda = Agenda::default();
        let errores = errores_del_paso(Paso::Dependencia, &agenda);
        let ids = |e: &[ErrorCampo]| e.iter().map(|x| x.id_campo.clone()).collect::<Vec<_>>();
        assert!(ids(&errores).contains(&"c-dependencia-nombre".to_string()));

        agenda.dependencia.nombre = "Secretaría de Salud".into();
        let vigentes = errores_vigentes(&errores, Paso::Dependencia, &agenda, &config);
        assert!(!ids(&vigentes).contains(&"c-dependencia-nombre".to_string()));
        assert_eq!(vigentes.len(), errores.len() - 1);

        // Emptying it again does not bring back a message the person has not asked for.
        let sin_nombre =
            errores_vigentes(&vigentes, Paso::Dependencia, &Agenda::default(), &config);
        assert_eq!(sin_nombre.len(), vigentes.len());
    }

    #[test]
    fn rule_messages_stay_while_the_rule_fails_and_go_with_their_activity() {
        let config = Configuracion::para_anio(2027);
        let mut agenda = Agenda::default();
        // A dialogue space outside every closing window breaks rules of the review.
        let mut espacio = crate::domain::edicion::nueva_actividad(&agenda, Paso::Dialogo);
        espacio.fecha_inicio = chrono::NaiveDate::from_ymd_opt(2027, 1, 10);
        espacio.fecha_fin = chrono::NaiveDate::from_ymd_opt(2026, 12, 1);
        agenda.actividades.push(espacio);
        let hallazgos = validar(&agenda, &config);
        let errores = errores_de_hallazgos(&hallazgos, Paso::Dialogo, &agenda);
        assert!(!errores.is_empty(), "{hallazgos:?}");
        // An unrelated edit keeps them.
        agenda.dependencia.sector = "Salud".into();
        assert_eq!(
            errores_vigentes(&errores, Paso::Dialogo, &agenda, &config),
            errores
        );
        // Removing the activity removes its messages.
        agenda.actividades.clear();
        assert!(errores_vigentes(&errores, Paso::Dialogo, &agenda, &config).is_empty());
    }
}
