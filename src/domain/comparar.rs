//! What differs between two versions of an agenda, in a sentence, so an official can decide
//! whether an imported file should replace the draft they have.

use super::model::{Agenda, Tema};
use super::text::{lista_natural, plural};

fn mismo_enfoque(a: &Agenda, b: &Agenda) -> bool {
    let temas = |t: &[Tema]| {
        t.iter()
            .map(|x| {
                (
                    x.tema.clone(),
                    x.grupos_valor.clone(),
                    x.fuente_priorizacion.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    a.nivel_murc == b.nivel_murc
        && a.autodiagnostico == b.autodiagnostico
        && a.diagnostico == b.diagnostico
        && a.objetivo == b.objetivo
        && temas(&a.temas) == temas(&b.temas)
        && a.presupuesto_total_cop == b.presupuesto_total_cop
}

/// What the second copy is, which decides how added and removed activities are worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frente {
    /// A file opened over a stored draft.
    Archivo,
    /// This tab's edits since its last save.
    Ediciones,
}

/// The parts that differ ("la dependencia", "3 actividades nuevas"…), empty when equal.
pub fn diferencias(guardada: &Agenda, archivo: &Agenda, frente: Frente) -> Vec<String> {
    let [agregada, agregadas, eliminada, eliminadas] = match frente {
        Frente::Archivo => [
            "actividad que el borrador no tiene",
            "actividades que el borrador no tiene",
            "actividad que el archivo no tiene",
            "actividades que el archivo no tiene",
        ],
        Frente::Ediciones => [
            "actividad agregada",
            "actividades agregadas",
            "actividad eliminada",
            "actividades eliminadas",
        ],
    };
    let mut partes = Vec::new();
    if guardada.periodo_gobierno != archivo.periodo_gobierno {
        partes.push("el período de gobierno".to_string());
    }
    if guardada.dependencia != archivo.dependencia {
        partes.push("los datos de la dependencia".to_string());
    }
    if !mismo_enfoque(guardada, archivo) {
        partes.push("el diagnóstico y enfoque".to_string());
    }
    if guardada.grupos_valor != archivo.grupos_valor {
        partes.push("los grupos de valor".to_string());
    }
    let nuevas = archivo
        .actividades
        .iter()
        .filter(|a| guardada.actividad(&a.id).is_none())
        .count();
    let quitadas = guardada
        .actividades
        .iter()
        .filter(|a| archivo.actividad(&a.id).is_none())
        .count();
    let cambiadas = archivo
        .actividades
        .iter()
        .filter(|a| guardada.actividad(&a.id).is_some_and(|g| g != *a))
        .count();
    if nuevas > 0 {
        partes.push(plural(nuevas, agregada, agregadas));
    }
    if quitadas > 0 {
        partes.push(plural(quitadas, eliminada, eliminadas));
    }
    if cambiadas > 0 {
        partes.push(plural(
            cambiadas,
            "actividad con cambios",
            "actividades con cambios",
        ));
    }
    if nuevas == 0 && quitadas == 0 && cambiadas == 0 {
        let orden = |a: &Agenda| {
            a.actividades
                .iter()
                .map(|x| x.id.clone())
                .collect::<Vec<_>>()
        };
        if orden(guardada) != orden(archivo) {
            partes.push("el orden de las actividades".to_string());
        }
    }
    if guardada.coordinacion_comunicaciones != archivo.coordinacion_comunicaciones
        || guardada.publicacion_agenda != archivo.publicacion_agenda
    {
        partes.push("la coordinación con Comunicaciones".to_string());
    }
    if guardada.justificaciones != archivo.justificaciones {
        partes.push("las justificaciones de advertencias".to_string());
    }
    partes
}

/// What a reload would take away from a tab whose draft another tab saved: the edits made here
/// since this tab last saved (`base`); `None` when there are none.
pub fn perdido_al_recargar(base: &Agenda, en_pestana: &Agenda) -> Option<String> {
    let partes = diferencias(base, en_pestana, Frente::Ediciones);
    (!partes.is_empty()).then(|| {
        format!(
            "Si recarga, se pierden los cambios de esta pestaña que no se guardaron: {}.",
            lista_natural(&partes)
        )
    })
}

/// One sentence for the person deciding: how many activities each has and what differs.
pub fn describir(guardada: &Agenda, archivo: &Agenda) -> String {
    let partes = diferencias(guardada, archivo, Frente::Archivo);
    if partes.is_empty() {
        return "El archivo tiene el mismo contenido que el borrador guardado.".to_string();
    }
    format!(
        "El borrador guardado tiene {} y el archivo {}. Cambian {}.",
        plural(guardada.actividades.len(), "actividad", "actividades"),
        plural(archivo.actividades.len(), "actividad", "actividades"),
        lista_natural(&partes)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Actividad, ActividadId};

    fn con(n: usize) -> Agenda {
        let mut a = Agenda::default();
        for i in 0..n {
            a.actividades.push(Actividad {
                id: ActividadId(format!("A{i:02}")),
                nombre: format!("n{i}"),
                ..Actividad::default()
            });
        }
        a
    }

    #[test]
    fn equal_agendas_say_so() {
        assert_eq!(
            describir(&con(2), &con(2)),
            "El archivo tiene el mismo contenido que el borrador guardado."
        );
    }

    #[test]
    fn the_sentence_names_counts_and_parts() {
        let guardada = con(3);
        let mut archivo = con(4);
        archivo.actividades[0].nombre = "otro".into();
        archivo.dependencia.nombre = "Secretaría de Salud".into();
        assert_eq!(
            describir(&guardada, &archivo),
            "El borrador guardado tiene 3 actividades y el archivo 4 actividades. Cambian los datos de la dependencia, \
             1 actividad que el borrador no tiene y 1 actividad con cambios."
        );
    }

    #[test]
    fn a_reload_says_what_this_tab_would_lose() {
        let base = con(3);
        assert_eq!(perdido_al_recargar(&base, &con(3)), None);
        let mut pestana = con(2);
        pestana.dependencia.nombre = "Secretaría de Salud".into();
        assert_eq!(
            perdido_al_recargar(&base, &pestana).unwrap(),
            "Si recarga, se pierden los cambios de esta pestaña que no se guardaron: \
             los datos de la dependencia y 1 actividad eliminada."
        );
        pestana = con(4);
        assert_eq!(
            perdido_al_recargar(&base, &pestana).unwrap(),
            "Si recarga, se pierden los cambios de esta pestaña que no se guardaron: \
             1 actividad agregada."
        );
    }

    #[test]
    fn another_term_is_a_difference() {
        let guardada = con(2);
        let mut archivo = con(2);
        archivo.periodo_gobierno = Some(crate::domain::model::Periodo {
            inicio: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            fin: chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(),
        });
        assert_eq!(
            describir(&guardada, &archivo),
            "El borrador guardado tiene 2 actividades y el archivo 2 actividades. Cambian el período de gobierno."
        );
    }

    #[test]
    fn a_reordering_alone_is_noticed() {
        let guardada = con(2);
        let mut archivo = con(2);
        archivo.actividades.swap(0, 1);
        assert_eq!(
            diferencias(&guardada, &archivo, Frente::Archivo),
            vec!["el orden de las actividades".to_string()]
        );
    }
}
