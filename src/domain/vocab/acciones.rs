//! What an activity is: its kind of dialogue space or action, its modality and its zone
//! (domain.md §3).

use super::Elemento;

vocabulario! {
    /// Kinds of dialogue space; the modality is a separate field (domain.md §3.4).
    "tipo de espacio de diálogo", EspacioDialogo {
        AudienciaPublicaParticipativa => ("audiencia_publica_participativa", "Audiencia pública participativa"),
        Foro => ("foro", "Foro ciudadano / foro participativo temático"),
        MesaTrabajo => ("mesa_trabajo", "Mesa de trabajo / mesa temática"),
        Feria => ("feria", "Feria de rendición de cuentas / feria de la gestión y de servicios"),
        Reunion => ("reunion", "Reunión (incluida la reunión zonal por comuna, corregimiento o vereda)"),
        AsambleaComunitaria => ("asamblea_comunitaria", "Asamblea comunitaria"),
        ObservatorioCiudadano => ("observatorio_ciudadano", "Observatorio ciudadano"),
        SesionInstancia => ("sesion_instancia", "Sesión con instancia de participación (CTP, COPACOS, consejo sectorial)"),
        GrupoFocal => ("grupo_focal", "Grupo focal / taller"),
        RecorridoTerritorio => ("recorrido_territorio", "Recorrido o visita a obras y servicios con la comunidad"),
        EspacioPropioEtnico => ("espacio_propio_etnico", "Espacio con autoridades étnicas en su territorio y lengua"),
        CabildoAbierto => ("cabildo_abierto", "Cabildo abierto"),
    }
}

impl EspacioDialogo {
    /// A caution shown beside the choice, where the MURC or the law limits what an office does.
    pub fn advertencia(self) -> Option<&'static str> {
        match self {
            EspacioDialogo::CabildoAbierto => Some(
                "El cabildo abierto lo piden los ciudadanos ante el Concejo o la JAL; \
                 la dependencia asiste y responde, pero no lo convoca.",
            ),
            _ => None,
        }
    }
}

vocabulario! {
    /// Action types, grouped by element (domain.md §3.7).
    "tipo de acción", TipoAccion {
        InformeGestion => ("informe_gestion", "Informe de gestión"),
        InformeRdc => ("informe_rdc", "Informe de rendición de cuentas"),
        PublicacionWeb => ("publicacion_web", "Publicación en la web"),
        PiezaComunicativa => ("pieza_comunicativa", "Pieza comunicativa"),
        DatosAbiertos => ("datos_abiertos", "Publicación de datos abiertos"),
        PreguntasFrecuentes => ("preguntas_frecuentes", "Preguntas frecuentes"),
        ConsultaTemas => ("consulta_temas", "Consulta de temas de interés"),
        EspacioPresencial => ("espacio_presencial", "Espacio de diálogo presencial"),
        EspacioVirtual => ("espacio_virtual", "Espacio de diálogo virtual"),
        EspacioMixto => ("espacio_mixto", "Espacio de diálogo mixto"),
        RespuestaPreguntas => ("respuesta_preguntas", "Respuesta a preguntas y propuestas"),
        MemoriaPublicada => ("memoria_publicada", "Publicación de memorias"),
        EvaluacionEspacio => ("evaluacion_espacio", "Evaluación de un espacio de diálogo"),
        PlanMejoramiento => ("plan_mejoramiento", "Plan de mejoramiento"),
        SeguimientoCompromisos => ("seguimiento_compromisos", "Seguimiento de compromisos"),
        IncentivoReconocimiento => ("incentivo_reconocimiento", "Incentivo o reconocimiento"),
        EvaluacionEstrategia => ("evaluacion_estrategia", "Evaluación de la estrategia"),
        ConformacionEquipo => ("conformacion_equipo", "Conformación del equipo líder"),
        Capacitacion => ("capacitacion", "Capacitación"),
        Autodiagnostico => ("autodiagnostico", "Autodiagnóstico"),
        Caracterizacion => ("caracterizacion", "Caracterización de grupos de valor"),
        InsumoInformeGestion => ("insumo_informe_gestion", "Insumo para el informe de gestión del alcalde"),
        SesionEmpalme => ("sesion_empalme", "Sesión de empalme"),
        ActaParcial => ("acta_parcial", "Acta parcial de empalme"),
        ActaInformeGestion951 => ("acta_informe_gestion_951", "Acta de informe de gestión (Ley 951 de 2005)"),
    }
}

impl TipoAccion {
    /// The MURC element an action of this type belongs to (domain.md §3.7).
    pub fn elemento(self) -> Elemento {
        use TipoAccion::*;
        match self {
            InformeGestion | InformeRdc | PublicacionWeb | PiezaComunicativa | DatosAbiertos
            | PreguntasFrecuentes | ConsultaTemas => Elemento::Informacion,
            EspacioPresencial | EspacioVirtual | EspacioMixto => Elemento::Dialogo,
            RespuestaPreguntas
            | MemoriaPublicada
            | EvaluacionEspacio
            | PlanMejoramiento
            | SeguimientoCompromisos
            | IncentivoReconocimiento
            | EvaluacionEstrategia => Elemento::Responsabilidad,
            ConformacionEquipo
            | Capacitacion
            | Autodiagnostico
            | Caracterizacion
            | InsumoInformeGestion
            | SesionEmpalme
            | ActaParcial
            | ActaInformeGestion951 => Elemento::Transversal,
        }
    }

    /// Work that belongs to the empalme with the incoming government.
    pub fn es_de_empalme(self) -> bool {
        use TipoAccion::*;
        matches!(
            self,
            InsumoInformeGestion | SesionEmpalme | ActaParcial | ActaInformeGestion951
        )
    }

    /// The type of a dialogue action follows from its modality.
    pub fn de_dialogo_para(modalidad: Modalidad) -> Option<TipoAccion> {
        match modalidad {
            Modalidad::Presencial => Some(TipoAccion::EspacioPresencial),
            Modalidad::Virtual => Some(TipoAccion::EspacioVirtual),
            Modalidad::Mixta => Some(TipoAccion::EspacioMixto),
            Modalidad::NoAplica => None,
        }
    }
}

vocabulario! {
    /// Whether a space meets people in person, online or both.
    "modalidad", Modalidad {
        Presencial => ("presencial", "Presencial"),
        Virtual => ("virtual", "Virtual"),
        Mixta => ("mixta", "Mixta (presencial y virtual)"),
        NoAplica => ("no_aplica", "No aplica"),
    }
}

impl Modalidad {
    /// Meets people face to face (V-ELE-02).
    pub fn es_presencial(self) -> bool {
        matches!(self, Modalidad::Presencial | Modalidad::Mixta)
    }

    pub fn es_virtual(self) -> bool {
        matches!(self, Modalidad::Virtual | Modalidad::Mixta)
    }
}

vocabulario! {
    "zona", Zona {
        Urbana => ("urbana", "Urbana"),
        Rural => ("rural", "Rural"),
    }
}
