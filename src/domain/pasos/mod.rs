//! The wizard's steps: what each one asks and which activities it holds. What must be filled
//! before "Continuar" is in `requeridos`; where each problem the review finds (the rules of §4)
//! is fixed, in `correccion`.

mod correccion;
mod requeridos;

pub use correccion::*;
pub use requeridos::*;

use super::model::{Actividad, ActividadId, Agenda};
use super::vocab::{Elemento, FaseCierre, TipoAccion};

/// One screen of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Paso {
    Dependencia,
    Diagnostico,
    Grupos,
    Informacion,
    Dialogo,
    Responsabilidad,
    InformeEmpalme,
    Comunicaciones,
    Revision,
}

impl Paso {
    pub const TODOS: [Paso; 9] = [
        Paso::Dependencia,
        Paso::Diagnostico,
        Paso::Grupos,
        Paso::Informacion,
        Paso::Dialogo,
        Paso::Responsabilidad,
        Paso::InformeEmpalme,
        Paso::Comunicaciones,
        Paso::Revision,
    ];

    /// 1 to 9, as the stepper and the URL show it.
    pub fn numero(self) -> usize {
        Paso::TODOS
            .iter()
            .position(|p| *p == self)
            .expect("every step is listed")
            + 1
    }

    pub fn desde_numero(numero: usize) -> Option<Paso> {
        numero
            .checked_sub(1)
            .and_then(|i| Paso::TODOS.get(i).copied())
    }

    pub fn siguiente(self) -> Option<Paso> {
        Paso::desde_numero(self.numero() + 1)
    }

    pub fn anterior(self) -> Option<Paso> {
        Paso::desde_numero(self.numero() - 1)
    }

    /// The step's heading.
    pub fn titulo(self) -> &'static str {
        match self {
            Paso::Dependencia => "La dependencia",
            Paso::Diagnostico => "Diagnóstico y enfoque",
            Paso::Grupos => "Grupos de valor y de interés",
            Paso::Informacion => "Información",
            Paso::Dialogo => "Diálogo",
            Paso::Responsabilidad => "Responsabilidad y seguimiento",
            Paso::InformeEmpalme => "Informe de gestión y empalme",
            Paso::Comunicaciones => "Coordinación con la Oficina de Comunicaciones",
            Paso::Revision => "Revise su agenda",
        }
    }

    /// The short name in the stepper.
    pub fn nombre_corto(self) -> &'static str {
        match self {
            Paso::Dependencia => "Dependencia",
            Paso::Diagnostico => "Diagnóstico",
            Paso::Grupos => "Grupos de valor",
            Paso::Informacion => "Información",
            Paso::Dialogo => "Diálogo",
            Paso::Responsabilidad => "Responsabilidad",
            Paso::InformeEmpalme => "Informe y empalme",
            Paso::Comunicaciones => "Comunicaciones",
            Paso::Revision => "Revisión",
        }
    }

    /// What this part is and why it is asked, in plain words drawn from the MURC.
    pub fn ayuda(self) -> &'static str {
        match self {
            Paso::Dependencia => {
                "Identifique la dependencia que entrega la agenda y a la persona que será el enlace con Planeación \
                 para la rendición de cuentas. Si la dependencia tiene representante legal propio (un instituto \
                 descentralizado), la Ley 951 de 2005 le pide entregar un acta de informe de gestión al terminar el período."
            }
            Paso::Diagnostico => {
                "El MURC pide empezar por un análisis: cómo le fue a la dependencia en rendiciones anteriores, qué \
                 resultado obtuvo en el autodiagnóstico y qué temas le interesan a la ciudadanía. El nivel (inicial, \
                 consolidado o perfeccionado) define qué tan variados deben ser los espacios de diálogo."
            }
            Paso::Grupos => {
                "Los grupos de valor son las personas y organizaciones a las que se dirigen los servicios de la \
                 dependencia; los grupos de interés, quienes tienen un interés especial en su gestión. Marque también \
                 a quienes necesitan un acceso diferencial: pueblos étnicos, personas con discapacidad, población rural o mayor."
            }
            Paso::Informacion => {
                "Informar es publicar y explicar las decisiones, la gestión y los resultados. Diga qué publicará, para \
                 quién, por qué canales físicos o electrónicos, cómo la mantendrá actualizada y disponible, y cómo llegará \
                 a quienes necesitan otros formatos o lenguas."
            }
            Paso::Dialogo => {
                "Sin diálogo no hay rendición de cuentas. Programe espacios presenciales (audiencias, foros, mesas, \
                 ferias, reuniones zonales) y compleméntelos con canales virtuales: lo virtual no reemplaza lo presencial. \
                 Cada espacio necesita fecha, lugar, grupos, convocatoria y una forma de evaluar y de responder."
            }
            Paso::Responsabilidad => {
                "Rendir cuentas es también responder: contestar las preguntas y propuestas, publicar las memorias de \
                 cada espacio, evaluar con la ciudadanía y convertir los compromisos en un plan de mejoramiento."
            }
            Paso::InformeEmpalme => {
                "El informe de gestión es la base de la rendición de cuentas y del empalme. \
                 El empalme empieza después de la elección, con el equipo del alcalde electo. Registre el aporte de \
                 la dependencia, las sesiones de empalme y, si aplica, el acta de informe de gestión de la Ley 951 de 2005."
            }
            Paso::Comunicaciones => {
                "El memorando de Planeación pide coordinar con la Oficina de Comunicaciones de la alcaldía las piezas, \
                 transmisiones, redes sociales y medios. Registre con quién coordina y qué acordaron, y dónde publicará \
                 esta agenda con su calendario (menú «Participa» del sitio web)."
            }
            Paso::Revision => {
                "Revise sus respuestas, corrija los errores y justifique las advertencias que decida mantener. \
                 Luego descargue el archivo para enviarlo a la Secretaría de Planeación."
            }
        }
    }

    /// The action types an activity of this step may take.
    pub fn tipos_de_accion(self) -> &'static [TipoAccion] {
        use TipoAccion::*;
        match self {
            Paso::Diagnostico => &[
                ConformacionEquipo,
                Capacitacion,
                Autodiagnostico,
                Caracterizacion,
            ],
            Paso::Informacion => &[
                InformeRdc,
                PublicacionWeb,
                PiezaComunicativa,
                DatosAbiertos,
                PreguntasFrecuentes,
                ConsultaTemas,
            ],
            Paso::Dialogo => &[EspacioPresencial, EspacioVirtual, EspacioMixto],
            Paso::Responsabilidad => &[
                RespuestaPreguntas,
                MemoriaPublicada,
                EvaluacionEspacio,
                PlanMejoramiento,
                SeguimientoCompromisos,
                IncentivoReconocimiento,
                EvaluacionEstrategia,
            ],
            Paso::InformeEmpalme => &[
                InformeGestion,
                InsumoInformeGestion,
                SesionEmpalme,
                ActaParcial,
                ActaInformeGestion951,
            ],
            _ => &[],
        }
    }

    /// Whether the step holds a list of activities.
    pub fn tiene_actividades(self) -> bool {
        !self.tipos_de_accion().is_empty()
    }

    /// The step an activity is edited in.
    pub fn de_actividad(a: &Actividad) -> Paso {
        if let Some(tipo) = a.tipo_accion {
            if let Some(paso) = Paso::TODOS
                .iter()
                .find(|p| p.tipos_de_accion().contains(&tipo))
            {
                return *paso;
            }
        }
        match a.elemento_efectivo() {
            Some(Elemento::Dialogo) => Paso::Dialogo,
            Some(Elemento::Responsabilidad) => Paso::Responsabilidad,
            // Before a type is chosen, the phase tells empalme work from preparation.
            Some(Elemento::Transversal)
                if matches!(
                    a.fase_cierre,
                    Some(FaseCierre::Empalme | FaseCierre::InformeGestion)
                ) =>
            {
                Paso::InformeEmpalme
            }
            Some(Elemento::Transversal) => Paso::Diagnostico,
            _ => Paso::Informacion,
        }
    }

    /// The activities of this step, with their index in the agenda.
    pub fn actividades(self, agenda: &Agenda) -> Vec<(usize, &Actividad)> {
        agenda
            .actividades
            .iter()
            .enumerate()
            .filter(|(_, a)| Paso::de_actividad(a) == self)
            .collect()
    }

    /// Whether this step needs at least one activity before the agenda is complete.
    fn exige_actividades(self) -> bool {
        matches!(
            self,
            Paso::Informacion | Paso::Dialogo | Paso::Responsabilidad
        )
    }
}

/// The id an input has on screen, shared by step errors and rule findings so both can link to it.
pub fn id_campo(actividad: Option<&ActividadId>, campo: &str) -> String {
    let limpio: String = campo
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    match actividad {
        Some(id) => format!("c-{}-{limpio}", id.0.to_ascii_lowercase()),
        None => format!("c-{limpio}"),
    }
}

/// The id of a step's activity list, where findings about the list as a whole point.
pub fn id_lista(paso: Paso) -> String {
    format!("c-actividades-paso-{}", paso.numero())
}

/// The label of a step's "add" button and of its list.
pub fn etiqueta_agregar(paso: Paso) -> &'static str {
    match paso {
        Paso::Diagnostico => "Agregar actividad de alistamiento",
        Paso::Informacion => "Agregar acción de información",
        Paso::Dialogo => "Agregar espacio de diálogo",
        Paso::Responsabilidad => "Agregar acción de responsabilidad",
        Paso::InformeEmpalme => "Agregar actividad de informe o empalme",
        _ => "Agregar",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_one_to_nine_and_walk_both_ways() {
        assert_eq!(Paso::Dependencia.numero(), 1);
        assert_eq!(Paso::Revision.numero(), 9);
        assert_eq!(Paso::desde_numero(5), Some(Paso::Dialogo));
        assert_eq!(Paso::desde_numero(0), None);
        assert_eq!(Paso::desde_numero(10), None);
        assert_eq!(Paso::Dialogo.siguiente(), Some(Paso::Responsabilidad));
        assert_eq!(Paso::Dependencia.anterior(), None);
    }

    #[test]
    fn each_action_type_belongs_to_exactly_one_step() {
        for tipo in TipoAccion::TODOS {
            let pasos: Vec<Paso> = Paso::TODOS
                .into_iter()
                .filter(|p| p.tipos_de_accion().contains(tipo))
                .collect();
            assert_eq!(pasos.len(), 1, "{tipo:?} in {pasos:?}");
        }
    }

    #[test]
    fn field_ids_are_stable_and_html_safe() {
        assert_eq!(
            id_campo(None, "dependencia.enlace_rdc.correo"),
            "c-dependencia-enlace-rdc-correo"
        );
        assert_eq!(
            id_campo(
                Some(&ActividadId("A05".into())),
                "evento.convocatoria.fecha"
            ),
            "c-a05-evento-convocatoria-fecha"
        );
        assert_eq!(id_campo(None, "temas[2].tema"), "c-temas-2--tema");
    }
}
