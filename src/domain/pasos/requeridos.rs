//! What a step asks before "Continuar": its required fields, each error with the field's id on
//! screen and its path in the agenda.

use super::{id_campo, id_lista, Paso};
use crate::domain::model::{Actividad, ActividadId, Agenda, Autodiagnostico};
use crate::domain::text::primera_minuscula;
use crate::domain::vocab::Modalidad;

/// A field that must be filled before leaving a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCampo {
    pub id_campo: String,
    pub actividad_id: Option<ActividadId>,
    /// The field's path in the agenda, or inside its activity ("responsable.nombre").
    pub campo: String,
    /// The message beside the field.
    pub mensaje: String,
    /// The activity it belongs to, for the summary at the top ("Foro juvenil: …").
    pub contexto: Option<String>,
}

impl ErrorCampo {
    /// The message as the error summary shows it.
    pub fn en_resumen(&self) -> String {
        match &self.contexto {
            Some(c) => format!("{c}: {}", primera_minuscula(&self.mensaje)),
            None => self.mensaje.clone(),
        }
    }
}

/// A plausible e-mail address: something@domain.tld, no spaces.
pub fn es_correo_valido(correo: &str) -> bool {
    let correo = correo.trim();
    let Some((usuario, dominio)) = correo.split_once('@') else {
        return false;
    };
    !usuario.is_empty()
        && dominio.contains('.')
        && !dominio.starts_with('.')
        && !dominio.ends_with('.')
        && !correo.contains(char::is_whitespace)
        && !dominio.contains('@')
}

/// Digits with the usual separators, at least 7 digits (a local fixed line).
pub fn es_telefono_valido(telefono: &str) -> bool {
    let digitos = telefono.chars().filter(char::is_ascii_digit).count();
    digitos >= 7
        && telefono
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().extEXT".contains(c))
}

fn vacio(s: &str) -> bool {
    s.trim().is_empty()
}

struct Errores(Vec<ErrorCampo>);

impl Errores {
    fn agenda(&mut self, campo: &str, mensaje: &str) {
        self.0.push(ErrorCampo {
            id_campo: id_campo(None, campo),
            actividad_id: None,
            campo: campo.to_string(),
            mensaje: mensaje.to_string(),
            contexto: None,
        });
    }

    fn actividad(&mut self, a: &Actividad, campo: &str, mensaje: &str) {
        let contexto = a.nombre_o_id();
        self.0.push(ErrorCampo {
            id_campo: id_campo(Some(&a.id), campo),
            actividad_id: Some(a.id.clone()),
            campo: campo.to_string(),
            mensaje: mensaje.to_string(),
            contexto: Some(contexto),
        });
    }
}

/// What is missing in a step, in the order the fields appear.
pub fn errores_del_paso(paso: Paso, agenda: &Agenda) -> Vec<ErrorCampo> {
    let mut e = Errores(Vec::new());
    let d = &agenda.dependencia;
    match paso {
        Paso::Dependencia => {
            if vacio(&d.nombre) {
                e.agenda("dependencia.nombre", "Escriba el nombre de la dependencia");
            }
            if d.tipo.is_none() {
                e.agenda("dependencia.tipo", "Elija el tipo de dependencia");
            }
            if vacio(&d.sector) {
                e.agenda(
                    "dependencia.sector",
                    "Escriba el sector de la dependencia, por ejemplo «salud»",
                );
            }
            if vacio(&d.titular.nombre) {
                e.agenda(
                    "dependencia.titular.nombre",
                    "Escriba el nombre de quien dirige la dependencia",
                );
            }
            if vacio(&d.titular.cargo) {
                e.agenda(
                    "dependencia.titular.cargo",
                    "Escriba el cargo de quien dirige la dependencia",
                );
            }
            if vacio(&d.enlace_rdc.nombre) {
                e.agenda(
                    "dependencia.enlace_rdc.nombre",
                    "Escriba el nombre de la persona enlace",
                );
            }
            if vacio(&d.enlace_rdc.correo) {
                e.agenda(
                    "dependencia.enlace_rdc.correo",
                    "Escriba el correo de la persona enlace",
                );
            } else if !es_correo_valido(&d.enlace_rdc.correo) {
                e.agenda(
                    "dependencia.enlace_rdc.correo",
                    "Escriba el correo en el formato nombre@entidad.gov.co",
                );
            }
            if !vacio(&d.enlace_rdc.telefono) && !es_telefono_valido(&d.enlace_rdc.telefono) {
                e.agenda(
                    "dependencia.enlace_rdc.telefono",
                    "Escriba el teléfono solo con números, por ejemplo 601 382 2800 ext. 123",
                );
            }
        }
        Paso::Diagnostico => {
            if agenda.nivel_murc.is_none() {
                e.agenda(
                    "nivel_murc",
                    "Elija el nivel del MURC en que está la dependencia",
                );
            }
            if agenda
                .autodiagnostico
                .as_ref()
                .and_then(|a| a.puntaje)
                .is_some_and(|p| p > Autodiagnostico::PUNTAJE_MAXIMO)
            {
                e.agenda(
                    "autodiagnostico.puntaje",
                    &format!(
                        "El puntaje del autodiagnóstico va de 0 a {}",
                        Autodiagnostico::PUNTAJE_MAXIMO
                    ),
                );
            }
            if vacio(&agenda.objetivo) {
                e.agenda(
                    "objetivo",
                    "Escriba el objetivo de la rendición de cuentas de la dependencia",
                );
            }
            for (i, tema) in agenda.temas.iter().enumerate() {
                if vacio(&tema.tema) {
                    e.agenda(
                        &format!("temas[{i}].tema"),
                        "Escriba el tema o quite la fila vacía",
                    );
                }
            }
        }
        Paso::Grupos => {
            if !agenda.nombra_grupos() {
                e.agenda(
                    "grupos_valor",
                    "Elija al menos un grupo de valor o de interés",
                );
            }
        }
        Paso::Comunicaciones => {
            let c = &agenda.coordinacion_comunicaciones;
            if vacio(&c.oficina) {
                e.agenda(
                    "coordinacion_comunicaciones.oficina",
                    "Escriba el nombre de la Oficina de Comunicaciones",
                );
            }
            if vacio(&c.contacto) {
                e.agenda(
                    "coordinacion_comunicaciones.contacto",
                    "Escriba con quién coordina en la Oficina de Comunicaciones",
                );
            }
            if !vacio(&c.correo) && !es_correo_valido(&c.correo) {
                e.agenda(
                    "coordinacion_comunicaciones.correo",
                    "Escriba el correo en el formato nombre@entidad.gov.co",
                );
            }
        }
        Paso::Revision => {}
        Paso::Informacion | Paso::Dialogo | Paso::Responsabilidad | Paso::InformeEmpalme => {}
    }
    if paso.tiene_actividades() {
        let actividades = paso.actividades(agenda);
        if paso.exige_actividades() && actividades.is_empty() {
            e.0.push(ErrorCampo {
                id_campo: id_lista(paso),
                actividad_id: None,
                campo: "actividades".into(),
                mensaje: match paso {
                    Paso::Informacion => "Agregue al menos una acción de información".into(),
                    Paso::Dialogo => "Agregue al menos un espacio de diálogo".into(),
                    _ => "Agregue al menos una acción de responsabilidad".into(),
                },
                contexto: None,
            });
        }
        for (_, a) in actividades {
            errores_de_actividad(paso, a, &mut e);
        }
    }
    if paso == Paso::Diagnostico {
        for (_, a) in paso.actividades(agenda) {
            errores_de_actividad(paso, a, &mut e);
        }
    }
    e.0
}

fn errores_de_actividad(paso: Paso, a: &Actividad, e: &mut Errores) {
    if vacio(&a.nombre) {
        e.actividad(a, "nombre", "Escriba el nombre de la actividad");
    }
    if paso == Paso::Dialogo {
        // A virtual programme (a radio slot, a live chat) need not be one of the MURC's kinds of space.
        if a.espacio_dialogo.is_none() && a.modalidad != Some(Modalidad::Virtual) {
            e.actividad(a, "espacio_dialogo", "Elija el tipo de espacio de diálogo");
        }
        if a.modalidad.is_none() {
            e.actividad(
                a,
                "modalidad",
                "Elija si el espacio es presencial, virtual o mixto",
            );
        }
    } else if a.tipo_accion.is_none() {
        e.actividad(a, "tipo_accion", "Elija el tipo de acción");
    }
    if a.fecha_inicio.is_none() {
        e.actividad(a, "fecha_inicio", "Escriba la fecha de inicio");
    }
    if a.fecha_fin.is_none() {
        e.actividad(a, "fecha_fin", "Escriba la fecha de fin");
    }
    if let (Some(inicio), Some(fin)) = (a.fecha_inicio, a.fecha_fin) {
        if fin < inicio {
            e.actividad(
                a,
                "fecha_fin",
                "La fecha de fin debe ser igual o posterior a la de inicio",
            );
        }
    }
    if vacio(&a.responsable.nombre) {
        e.actividad(
            a,
            "responsable.nombre",
            "Escriba el nombre de la persona responsable",
        );
    }
    if vacio(&a.responsable.cargo) {
        e.actividad(
            a,
            "responsable.cargo",
            "Escriba el cargo de la persona responsable",
        );
    }
    if matches!(paso, Paso::Informacion | Paso::Dialogo) && a.grupos_valor.is_empty() {
        e.actividad(a, "grupos_valor", "Elija al menos un grupo de valor");
    }
    if paso == Paso::Dialogo {
        let modalidad = a.modalidad;
        let lugar = a.evento.as_ref().and_then(|ev| ev.lugar.as_ref());
        if modalidad.is_some_and(Modalidad::es_presencial)
            && lugar.is_none_or(|l| vacio(&l.nombre) && vacio(&l.direccion))
        {
            e.actividad(a, "evento.lugar.nombre", "Escriba el lugar del encuentro");
        }
        if modalidad == Some(Modalidad::Virtual) && a.canales_dialogo_virtual.is_empty() {
            e.actividad(
                a,
                "canales_dialogo_virtual",
                "Elija al menos un canal virtual",
            );
        }
    }
}

/// A step is complete when nothing required is missing and, for list steps, it has activities.
pub fn paso_completo(paso: Paso, agenda: &Agenda) -> bool {
    if paso == Paso::Revision {
        return false;
    }
    let con_contenido = match paso {
        Paso::InformeEmpalme => !paso.actividades(agenda).is_empty(),
        _ => true,
    };
    con_contenido && errores_del_paso(paso, agenda).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Persona;
    use crate::domain::vocab::Elemento;

    #[test]
    fn emails_and_phones_are_checked_loosely() {
        assert!(es_correo_valido("rdc.salud@sanrafael.gov.co"));
        assert!(!es_correo_valido("rdc.salud@sanrafael"));
        assert!(!es_correo_valido("rdc salud@x.co"));
        assert!(es_telefono_valido("601 382 2800 ext. 123"));
        assert!(es_telefono_valido("+57 (604) 555-1234"));
        assert!(!es_telefono_valido("llamar"));
    }

    #[test]
    fn an_empty_office_step_lists_every_required_field_in_order() {
        let agenda = Agenda::default();
        let errores = errores_del_paso(Paso::Dependencia, &agenda);
        let ids: Vec<&str> = errores.iter().map(|e| e.id_campo.as_str()).collect();
        assert_eq!(
            ids,
            [
                "c-dependencia-nombre",
                "c-dependencia-tipo",
                "c-dependencia-sector",
                "c-dependencia-titular-nombre",
                "c-dependencia-titular-cargo",
                "c-dependencia-enlace-rdc-nombre",
                "c-dependencia-enlace-rdc-correo"
            ]
        );
    }

    #[test]
    fn an_activity_error_names_the_activity_in_the_summary() {
        let mut agenda = Agenda::default();
        agenda.actividades.push(Actividad {
            id: ActividadId("A01".into()),
            nombre: "Foro juvenil".into(),
            elemento: Some(Elemento::Dialogo),
            modalidad: Some(Modalidad::Presencial),
            responsable: Persona {
                nombre: "Ana".into(),
                cargo: "Jefa".into(),
            },
            ..Actividad::default()
        });
        let errores = errores_del_paso(Paso::Dialogo, &agenda);
        let fecha = errores
            .iter()
            .find(|e| e.id_campo == "c-a01-fecha-inicio")
            .unwrap();
        assert_eq!(
            fecha.en_resumen(),
            "Foro juvenil: escriba la fecha de inicio"
        );
        assert!(errores
            .iter()
            .any(|e| e.id_campo == "c-a01-evento-lugar-nombre"));
        assert!(!paso_completo(Paso::Dialogo, &agenda));
    }

    #[test]
    fn list_steps_need_at_least_one_activity() {
        let agenda = Agenda::default();
        let errores = errores_del_paso(Paso::Dialogo, &agenda);
        assert_eq!(errores.len(), 1);
        assert_eq!(errores[0].id_campo, "c-actividades-paso-5");
        assert!(errores_del_paso(Paso::InformeEmpalme, &agenda).is_empty());
        assert!(!paso_completo(Paso::InformeEmpalme, &agenda));
    }
}
