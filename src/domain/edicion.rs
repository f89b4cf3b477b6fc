//! Changes to an agenda that touch more than one field: adding, duplicating, removing (with
//! undo) and reordering activities, and keeping an activity's type, element, modality and
//! phase consistent. The UI calls these and never edits the list by hand.

use super::model::{
    Actividad, ActividadId, Agenda, Evento, Garantias, GrupoDestinatario, Justificacion, Respuestas,
};
use super::orden::ordenar_por_clave;
use super::pasos::Paso;
use super::rules::Hallazgo;
use super::text::minusculas;
use super::vocab::{
    Elemento, EstadoActividad, EtapaMurc, FaseCierre, GrupoValor, Modalidad, SubtipoDiscapacidad,
    TipoAccion,
};

/// A new activity for a step, with the defaults that step implies.
pub fn nueva_actividad(agenda: &Agenda, paso: Paso) -> Actividad {
    let mut a = Actividad {
        id: agenda.siguiente_id_actividad(),
        estado: Some(EstadoActividad::Planeada),
        ..Actividad::default()
    };
    match paso {
        Paso::Diagnostico => {
            a.elemento = Some(Elemento::Transversal);
            a.fase_cierre = Some(FaseCierre::Transversal);
            a.etapa_murc = Some(EtapaMurc::Aprestamiento);
        }
        Paso::Informacion => {
            a.elemento = Some(Elemento::Informacion);
            a.fase_cierre = Some(FaseCierre::RendicionCuentas);
            a.etapa_murc = Some(EtapaMurc::Ejecucion);
            a.modalidad = Some(Modalidad::NoAplica);
        }
        Paso::Dialogo => {
            a.elemento = Some(Elemento::Dialogo);
            a.fase_cierre = Some(FaseCierre::RendicionCuentas);
            a.etapa_murc = Some(EtapaMurc::Ejecucion);
            fijar_modalidad(&mut a, Modalidad::Presencial);
            a.evento = Some(Evento {
                garantias: Some(Garantias::default()),
                respuestas: Some(Respuestas {
                    plazo_dias_habiles: Some(15),
                }),
                ..Evento::default()
            });
        }
        Paso::Responsabilidad => {
            a.elemento = Some(Elemento::Responsabilidad);
            a.fase_cierre = Some(FaseCierre::RendicionCuentas);
            a.etapa_murc = Some(EtapaMurc::SeguimientoEvaluacion);
        }
        Paso::InformeEmpalme => {
            a.elemento = Some(Elemento::Transversal);
            a.fase_cierre = Some(FaseCierre::Empalme);
            a.etapa_murc = Some(EtapaMurc::Ejecucion);
        }
        _ => {}
    }
    a
}

/// Sets the action type and what follows from it: the element, and the phase of management
/// report and empalme work.
pub fn fijar_tipo(a: &mut Actividad, tipo: Option<TipoAccion>) {
    a.tipo_accion = tipo;
    if let Some(tipo) = tipo {
        a.elemento = Some(tipo.elemento());
        if tipo == TipoAccion::InformeGestion {
            a.elemento = Some(Elemento::Informacion);
            a.fase_cierre = Some(FaseCierre::InformeGestion);
        } else if tipo.es_de_empalme() {
            a.fase_cierre = Some(FaseCierre::Empalme);
        }
    }
}

/// Sets a dialogue space's modality and the matching action type.
pub fn fijar_modalidad(a: &mut Actividad, modalidad: Modalidad) {
    a.modalidad = Some(modalidad);
    if let Some(tipo) = TipoAccion::de_dialogo_para(modalidad) {
        a.tipo_accion = Some(tipo);
        a.elemento = Some(Elemento::Dialogo);
    }
}

/// Adds an activity at the end and returns its id.
pub fn agregar(agenda: &mut Agenda, actividad: Actividad) -> ActividadId {
    let id = actividad.id.clone();
    agenda.actividades.push(actividad);
    id
}

/// Copies an activity right after it, with a new id and "(copia)" in its name.
pub fn duplicar(agenda: &mut Agenda, id: &ActividadId) -> Option<ActividadId> {
    let posicion = agenda.actividades.iter().position(|a| &a.id == id)?;
    let mut copia = agenda.actividades[posicion].clone();
    copia.id = agenda.siguiente_id_actividad();
    copia.nombre = format!("{} (copia)", copia.nombre.trim());
    let nuevo = copia.id.clone();
    agenda.actividades.insert(posicion + 1, copia);
    Some(nuevo)
}

/// What removing an activity took away, so it can be put back exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Eliminada {
    pub posicion: usize,
    pub actividad: Actividad,
    /// Activities that pointed to it in `relacionada_con`.
    pub referencias: Vec<ActividadId>,
}

/// Removes an activity and the links other activities had to it.
pub fn eliminar(agenda: &mut Agenda, id: &ActividadId) -> Option<Eliminada> {
    let posicion = agenda.actividades.iter().position(|a| &a.id == id)?;
    let actividad = agenda.actividades.remove(posicion);
    let mut referencias = Vec::new();
    for otra in agenda.actividades.iter_mut() {
        if otra.relacionada_con.contains(id) {
            otra.relacionada_con.retain(|r| r != id);
            referencias.push(otra.id.clone());
        }
    }
    Some(Eliminada {
        posicion,
        actividad,
        referencias,
    })
}

/// Puts a removed activity back where it was, with its links.
pub fn deshacer_eliminacion(agenda: &mut Agenda, eliminada: Eliminada) {
    let Eliminada {
        posicion,
        actividad,
        referencias,
    } = eliminada;
    for otra in agenda
        .actividades
        .iter_mut()
        .filter(|a| referencias.contains(&a.id))
    {
        if !otra.relacionada_con.contains(&actividad.id) {
            otra.relacionada_con.push(actividad.id.clone());
        }
    }
    let posicion = posicion.min(agenda.actividades.len());
    agenda.actividades.insert(posicion, actividad);
}

/// Moves an activity one place up (`-1`) or down (`1`) among the activities of its step.
/// Returns whether it moved.
pub fn mover(agenda: &mut Agenda, id: &ActividadId, sentido: i32) -> bool {
    let Some(actual) = agenda.actividades.iter().position(|a| &a.id == id) else {
        return false;
    };
    let paso = Paso::de_actividad(&agenda.actividades[actual]);
    let del_paso: Vec<usize> = paso
        .actividades(agenda)
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    let Some(lugar) = del_paso.iter().position(|i| *i == actual) else {
        return false;
    };
    let destino = lugar as i64 + sentido as i64;
    if destino < 0 || destino >= del_paso.len() as i64 {
        return false;
    }
    agenda.actividades.swap(actual, del_paso[destino as usize]);
    true
}

/// Adds or removes a group (every entry with its code, whatever its subtype).
pub fn marcar_grupo(grupos: &mut Vec<GrupoDestinatario>, codigo: GrupoValor, marcado: bool) {
    let ya = grupos.iter().any(|g| g.codigo == codigo);
    if marcado && !ya {
        grupos.push(GrupoDestinatario::de(codigo));
        ordenar_por_clave(grupos, |g| (g.codigo, g.subtipo));
    } else if !marcado {
        grupos.retain(|g| g.codigo != codigo);
    }
}

/// Marks in step 3's list every group the topics or activities name (their details and
/// disability subtypes belong to each activity and stay there).
pub fn marcar_grupos_sin_marcar(agenda: &mut Agenda) {
    for codigo in agenda.grupos_sin_marcar() {
        marcar_grupo(&mut agenda.grupos_valor, codigo, true);
    }
}

/// The free-text detail of a group ("Cabildo nasa El Diviso"), shared by its subtypes.
pub fn fijar_detalle_grupo(grupos: &mut [GrupoDestinatario], codigo: GrupoValor, detalle: &str) {
    let detalle = (!detalle.trim().is_empty()).then(|| detalle.to_string());
    for g in grupos.iter_mut().filter(|g| g.codigo == codigo) {
        g.detalle = detalle.clone();
    }
}

/// The disability subtypes of the `discapacidad` group: one entry per subtype, or one entry
/// without subtype when none is chosen.
pub fn fijar_subtipos(grupos: &mut Vec<GrupoDestinatario>, subtipos: &[SubtipoDiscapacidad]) {
    let codigo = GrupoValor::Discapacidad;
    let Some(detalle) = grupos
        .iter()
        .find(|g| g.codigo == codigo)
        .map(|g| g.detalle.clone())
    else {
        return;
    };
    grupos.retain(|g| g.codigo != codigo);
    if subtipos.is_empty() {
        grupos.push(GrupoDestinatario {
            codigo,
            subtipo: None,
            detalle,
        });
    } else {
        for s in subtipos {
            grupos.push(GrupoDestinatario {
                codigo,
                subtipo: Some(*s),
                detalle: detalle.clone(),
            });
        }
    }
    ordenar_por_clave(grupos, |g| (g.codigo, g.subtipo));
}

/// Writes, replaces or (with blank text) removes the office's justification for a warning.
pub fn fijar_justificacion(agenda: &mut Agenda, hallazgo: &Hallazgo, texto: &str) {
    agenda
        .justificaciones
        .retain(|j| !hallazgo.corresponde_a(j));
    if !texto.trim().is_empty() {
        agenda.justificaciones.push(Justificacion {
            regla_id: hallazgo.regla_id.clone(),
            actividad_id: hallazgo.actividad_id.clone(),
            campo: hallazgo.campo.clone(),
            texto: texto.to_string(),
        });
    }
}

/// A one-line summary of an activity for its collapsed row: type, date and place or channel.
pub fn resumen_actividad(a: &Actividad) -> String {
    use super::calendar::{dias_en_palabras, fecha_corta};
    use super::vocab::Vocabulario;
    let mut partes: Vec<String> = Vec::new();
    if let Some(espacio) = a.espacio_dialogo {
        partes.push(espacio.etiqueta().to_string());
    } else if let Some(tipo) = a.tipo_accion {
        partes.push(tipo.etiqueta().to_string());
    }
    match (a.fecha_inicio, a.fecha_fin) {
        (Some(i), Some(f)) => partes.push(dias_en_palabras(i, f)),
        (Some(i), None) => partes.push(format!("desde el {}", fecha_corta(i))),
        _ => partes.push("sin fecha".into()),
    }
    if let Some(m) = a.modalidad.filter(|m| *m != Modalidad::NoAplica) {
        partes.push(minusculas(m.etiqueta()));
    }
    if let Some(lugar) = a
        .evento
        .as_ref()
        .and_then(|e| e.lugar.as_ref())
        .filter(|l| !l.nombre.trim().is_empty())
    {
        partes.push(lugar.nombre.trim().to_string());
    }
    partes.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agenda_con(n: usize, paso: Paso) -> Agenda {
        let mut agenda = Agenda::default();
        for i in 0..n {
            let mut a = nueva_actividad(&agenda, paso);
            a.nombre = format!("Actividad {i}");
            agregar(&mut agenda, a);
        }
        agenda
    }

    fn nombres(agenda: &Agenda) -> Vec<&str> {
        agenda
            .actividades
            .iter()
            .map(|a| a.nombre.as_str())
            .collect()
    }

    #[test]
    fn a_new_dialogue_space_is_in_person_with_a_fifteen_day_reply_term() {
        let agenda = Agenda::default();
        let a = nueva_actividad(&agenda, Paso::Dialogo);
        assert_eq!(a.id.0, "A01");
        assert_eq!(a.tipo_accion, Some(TipoAccion::EspacioPresencial));
        assert_eq!(a.elemento, Some(Elemento::Dialogo));
        assert_eq!(
            a.evento.unwrap().respuestas.unwrap().plazo_dias_habiles,
            Some(15)
        );
        assert_eq!(
            Paso::de_actividad(&nueva_actividad(&agenda, Paso::Responsabilidad)),
            Paso::Responsabilidad
        );
        assert_eq!(
            Paso::de_actividad(&nueva_actividad(&agenda, Paso::Diagnostico)),
            Paso::Diagnostico
        );
    }

    #[test]
    fn choosing_a_management_report_or_empalme_type_sets_its_phase() {
        let mut a = nueva_actividad(&Agenda::default(), Paso::InformeEmpalme);
        fijar_tipo(&mut a, Some(TipoAccion::InformeGestion));
        assert_eq!(
            (a.fase_cierre, a.elemento),
            (
                Some(FaseCierre::InformeGestion),
                Some(Elemento::Informacion)
            )
        );
        assert_eq!(Paso::de_actividad(&a), Paso::InformeEmpalme);
        fijar_tipo(&mut a, Some(TipoAccion::SesionEmpalme));
        assert_eq!(
            (a.fase_cierre, a.elemento),
            (Some(FaseCierre::Empalme), Some(Elemento::Transversal))
        );
    }

    #[test]
    fn modality_sets_the_dialogue_action_type() {
        let mut a = nueva_actividad(&Agenda::default(), Paso::Dialogo);
        fijar_modalidad(&mut a, Modalidad::Mixta);
        assert_eq!(a.tipo_accion, Some(TipoAccion::EspacioMixto));
    }

    #[test]
    fn duplicating_inserts_a_copy_after_the_original_with_a_new_id() {
        let mut agenda = agenda_con(3, Paso::Informacion);
        let nuevo = duplicar(&mut agenda, &ActividadId("A02".into())).unwrap();
        assert_eq!(nuevo.0, "A04");
        assert_eq!(
            nombres(&agenda),
            [
                "Actividad 0",
                "Actividad 1",
                "Actividad 1 (copia)",
                "Actividad 2"
            ]
        );
    }

    #[test]
    fn removing_then_undoing_restores_position_and_links() {
        let mut agenda = agenda_con(3, Paso::Dialogo);
        agenda.actividades[2].relacionada_con = vec![ActividadId("A02".into())];
        let original = agenda.clone();
        let eliminada = eliminar(&mut agenda, &ActividadId("A02".into())).unwrap();
        assert_eq!(nombres(&agenda), ["Actividad 0", "Actividad 2"]);
        assert!(agenda.actividades[1].relacionada_con.is_empty());
        deshacer_eliminacion(&mut agenda, eliminada);
        assert_eq!(agenda, original);
    }

    #[test]
    fn moving_swaps_within_the_step_and_stops_at_the_ends() {
        let mut agenda = agenda_con(2, Paso::Dialogo);
        // An information action between the two dialogue spaces is left where it is.
        let mut info = nueva_actividad(&agenda, Paso::Informacion);
        info.nombre = "Info".into();
        agenda.actividades.insert(1, info);
        assert!(mover(&mut agenda, &ActividadId("A02".into()), -1));
        assert_eq!(nombres(&agenda), ["Actividad 1", "Info", "Actividad 0"]);
        assert!(!mover(&mut agenda, &ActividadId("A02".into()), -1));
        assert!(!mover(&mut agenda, &ActividadId("A01".into()), 1));
    }

    #[test]
    fn groups_keep_their_detail_and_disability_subtypes() {
        let mut grupos = Vec::new();
        marcar_grupo(&mut grupos, GrupoValor::Discapacidad, true);
        marcar_grupo(&mut grupos, GrupoValor::Jovenes, true);
        fijar_detalle_grupo(
            &mut grupos,
            GrupoValor::Discapacidad,
            "Asociación de sordos",
        );
        fijar_subtipos(
            &mut grupos,
            &[SubtipoDiscapacidad::Auditiva, SubtipoDiscapacidad::Visual],
        );
        assert_eq!(grupos.len(), 3);
        assert!(grupos
            .iter()
            .filter(|g| g.codigo == GrupoValor::Discapacidad)
            .all(|g| g.detalle.as_deref() == Some("Asociación de sordos")));
        fijar_subtipos(&mut grupos, &[]);
        assert_eq!(
            grupos
                .iter()
                .filter(|g| g.codigo == GrupoValor::Discapacidad)
                .count(),
            1
        );
        marcar_grupo(&mut grupos, GrupoValor::Discapacidad, false);
        assert_eq!(grupos, vec![GrupoDestinatario::de(GrupoValor::Jovenes)]);
    }

    #[test]
    fn a_justification_is_written_replaced_and_removed() {
        let mut agenda = Agenda::default();
        let h = Hallazgo {
            regla_id: "V-TIM-08".into(),
            chequeo: "dia_no_habil".into(),
            severidad: crate::domain::rules::Severidad::Advertencia,
            ruta_campo: "actividades[0].fecha_inicio".into(),
            actividad_id: Some(ActividadId("A01".into())),
            campo: "fecha_inicio".into(),
            mensaje: String::new(),
            fuente: String::new(),
            justificacion: None,
        };
        fijar_justificacion(&mut agenda, &h, "Día de mercado");
        fijar_justificacion(&mut agenda, &h, "Día de mercado en la vereda");
        assert_eq!(agenda.justificaciones.len(), 1);
        assert_eq!(
            agenda.justificaciones[0].texto,
            "Día de mercado en la vereda"
        );
        fijar_justificacion(&mut agenda, &h, "  ");
        assert!(agenda.justificaciones.is_empty());
    }

    #[test]
    fn the_summary_line_says_what_when_and_where() {
        let mut a = nueva_actividad(&Agenda::default(), Paso::Dialogo);
        a.espacio_dialogo = Some(super::super::vocab::EspacioDialogo::Foro);
        a.fecha_inicio = chrono::NaiveDate::from_ymd_opt(2027, 10, 14);
        a.fecha_fin = a.fecha_inicio;
        a.evento.as_mut().unwrap().lugar = Some(super::super::model::Lugar {
            nombre: "Auditorio".into(),
            ..Default::default()
        });
        assert_eq!(
            resumen_actividad(&a),
            "Foro ciudadano / foro participativo temático · 14 de octubre de 2027 · presencial · Auditorio"
        );
    }
}
