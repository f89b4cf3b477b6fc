//! The wizard's steps: what each one asks, which activities it holds, and what must be filled
//! before "Continuar" (the rules of §4 are checked on the review page).

use super::config::Configuracion;
use super::model::{Actividad, ActividadId, Agenda, Periodo};
use super::orden::ordenar_por_clave;
use super::rules::{validar, Hallazgo, Severidad};
use super::text::minuscula;
use super::vocab::{Elemento, FaseCierre, Modalidad, TipoAccion};

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
                "El informe de gestión (de abril a septiembre) es la base de la rendición de cuentas y del empalme. \
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

fn primera_minuscula(texto: &str) -> String {
    let mut chars = texto.chars();
    match chars.next() {
        Some(c) => std::iter::once(minuscula(c)).chain(chars).collect(),
        None => String::new(),
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
        let nombre = a.nombre.trim();
        let contexto = if nombre.is_empty() {
            format!("Actividad {}", a.id)
        } else {
            nombre.to_string()
        };
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
                .is_some_and(|p| p > 100)
            {
                e.agenda(
                    "autodiagnostico.puntaje",
                    "El puntaje del autodiagnóstico va de 0 a 100",
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
    use crate::domain::model::Persona;

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
