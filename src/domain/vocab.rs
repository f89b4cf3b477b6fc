//! The controlled vocabularies of domain.md §3, each defined once.
//!
//! Every value has a stable ASCII code (what the JSON carries) and the Spanish label the
//! wizard shows. The UI, the export, the JSON Schema and the tests all read these lists.

/// A closed list of values with a stable code and a Spanish label.
pub trait Vocabulario: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + 'static {
    /// What the list is, in Spanish, for messages ("fase de cierre").
    const NOMBRE: &'static str;
    fn todos() -> &'static [Self];
    fn codigo(self) -> &'static str;
    fn etiqueta(self) -> &'static str;
    fn desde_codigo(codigo: &str) -> Option<Self> {
        Self::todos().iter().copied().find(|v| v.codigo() == codigo)
    }
}

/// Declares a vocabulary: the enum, its codes and labels, serde as the bare code (with a
/// Spanish error for an unknown one) and, natively, a JSON Schema listing every code with
/// its label.
macro_rules! vocabulario {
    (
        $(#[$meta:meta])*
        $nombre_es:literal, $name:ident {
            $($variant:ident => ($code:literal, $label:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const TODOS: &'static [$name] = &[$($name::$variant),+];
        }

        impl $crate::domain::vocab::Vocabulario for $name {
            const NOMBRE: &'static str = $nombre_es;
            fn todos() -> &'static [Self] { Self::TODOS }
            fn codigo(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            fn etiqueta(self) -> &'static str { match self { $($name::$variant => $label),+ } }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::vocab::Vocabulario::etiqueta(*self))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::domain::vocab::Vocabulario::codigo(*self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let texto = String::deserialize(d)?;
                <$name as $crate::domain::vocab::Vocabulario>::desde_codigo(&texto).ok_or_else(|| {
                    serde::de::Error::custom($crate::domain::vocab::codigo_desconocido::<$name>(&texto))
                })
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> { stringify!($name).into() }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::domain::vocab::esquema_de::<$name>()
            }
        }
    };
}

/// The Spanish message for a code that is not in the list.
pub fn codigo_desconocido<V: Vocabulario>(texto: &str) -> String {
    let validos: Vec<&str> = V::todos().iter().map(|v| v.codigo()).collect();
    format!(
        "«{texto}» no es un valor válido de {}; valores válidos: {}",
        V::NOMBRE,
        validos.join(", ")
    )
}

#[cfg(not(target_arch = "wasm32"))]
pub fn esquema_de<V: Vocabulario>() -> schemars::Schema {
    let opciones: Vec<serde_json::Value> = V::todos()
        .iter()
        .map(|v| serde_json::json!({ "const": v.codigo(), "title": v.etiqueta() }))
        .collect();
    let valor =
        serde_json::json!({ "type": "string", "description": V::NOMBRE, "oneOf": opciones });
    schemars::Schema::try_from(valor).expect("a JSON object is a valid schema")
}

vocabulario! {
    /// Closing phase of the government term (memo; domain.md §3.1).
    "fase de cierre", FaseCierre {
        InformeGestion => ("informe_gestion", "Informe de gestión (insumo para la rendición de cuentas y el empalme)"),
        RendicionCuentas => ("rendicion_cuentas", "Rendición de cuentas de cierre"),
        Empalme => ("empalme", "Empalme"),
        Transversal => ("transversal", "Transversal (alistamiento, diseño, evaluación)"),
    }
}

vocabulario! {
    /// MURC v2 elements (domain.md §2.2); `transversal` holds preparation and empalme work.
    "elemento MURC", Elemento {
        Informacion => ("informacion", "Información"),
        Dialogo => ("dialogo", "Diálogo"),
        Responsabilidad => ("responsabilidad", "Responsabilidad (antes: incentivos)"),
        Transversal => ("transversal", "Transversal (alistamiento y empalme)"),
    }
}

vocabulario! {
    /// MURC v2 stages (domain.md §2.3).
    "etapa MURC", EtapaMurc {
        Aprestamiento => ("aprestamiento", "Aprestamiento"),
        Diseno => ("diseno", "Diseño"),
        Preparacion => ("preparacion", "Preparación (capacitación)"),
        Ejecucion => ("ejecucion", "Ejecución"),
        SeguimientoEvaluacion => ("seguimiento_evaluacion", "Seguimiento y evaluación"),
    }
}

vocabulario! {
    /// MURC route chosen from the self-assessment (domain.md §2.4).
    "nivel MURC", NivelMurc {
        Inicial => ("inicial", "Inicial"),
        Consolidado => ("consolidado", "Consolidado"),
        Perfeccionado => ("perfeccionado", "Perfeccionado"),
    }
}

vocabulario! {
    /// Kind of office (domain.md §6).
    "tipo de dependencia", TipoDependencia {
        SecretariaDespacho => ("secretaria_despacho", "Secretaría de Despacho"),
        DepartamentoAdministrativo => ("departamento_administrativo", "Departamento administrativo"),
        Oficina => ("oficina", "Oficina"),
        InstitutoDescentralizado => ("instituto_descentralizado", "Instituto o entidad descentralizada"),
        Otro => ("otro", "Otro"),
    }
}

vocabulario! {
    /// Grupos de valor y de interés (domain.md §3.2).
    "grupo de valor", GrupoValor {
        CiudadaniaGeneral => ("ciudadania_general", "Ciudadanía en general"),
        UsuariosServicios => ("usuarios_servicios", "Usuarios y beneficiarios de programas, trámites y servicios"),
        OrganizacionesSociales => ("organizaciones_sociales", "Organizaciones sociales y comunitarias (ONG, fundaciones, colectivos)"),
        JacJal => ("jac_jal", "Juntas de Acción Comunal (JAC), Asocomunal y ediles (JAL)"),
        Veedurias => ("veedurias", "Veedurías ciudadanas (Ley 850 de 2003)"),
        InstanciasParticipacion => ("instancias_participacion", "Instancias de participación (Consejo Territorial de Planeación, consejos sectoriales)"),
        CopacosAsociacionesUsuarios => ("copacos_asociaciones_usuarios", "COPACOS y asociaciones de usuarios de salud"),
        MesaVictimas => ("mesa_victimas", "Mesa municipal de participación efectiva de víctimas"),
        Gremios => ("gremios", "Gremios, sector productivo, cámara de comercio"),
        Academia => ("academia", "Academia e instituciones educativas"),
        Medios => ("medios", "Medios de comunicación (incluidos los comunitarios)"),
        EntesControl => ("entes_control", "Entes de control (Procuraduría, Contraloría, Personería)"),
        Concejo => ("concejo", "Concejo municipal"),
        OtrasEntidades => ("otras_entidades", "Otras entidades públicas"),
        Servidores => ("servidores", "Servidores públicos y contratistas (público interno)"),
        EtnicoIndigena => ("etnico_indigena", "Pueblos y comunidades indígenas (cabildos, resguardos)"),
        EtnicoNarp => ("etnico_narp", "Comunidades negras, afrocolombianas, raizales y palenqueras (NARP)"),
        EtnicoRrom => ("etnico_rrom", "Pueblo Rrom (gitano)"),
        Discapacidad => ("discapacidad", "Personas con discapacidad, familias y cuidadores"),
        Victimas => ("victimas", "Víctimas del conflicto armado"),
        Nna => ("nna", "Niñas, niños y adolescentes"),
        Jovenes => ("jovenes", "Jóvenes"),
        Mujeres => ("mujeres", "Mujeres"),
        PersonasMayores => ("personas_mayores", "Personas mayores"),
        Lgbtiq => ("lgbtiq", "Personas LGBTIQ+"),
        Migrantes => ("migrantes", "Población migrante"),
        CampesinadoRural => ("campesinado_rural", "Campesinado y población rural"),
        HabitantesCalle => ("habitantes_calle", "Habitantes de calle"),
        FirmantesPaz => ("firmantes_paz", "Firmantes de paz / personas en reincorporación"),
    }
}

/// How the group list is laid out on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoriaGrupo {
    Ciudadania,
    Instituciones,
    EnfoqueDiferencial,
}

impl FaseCierre {
    /// The phase's short name as it reads inside a sentence ("fase de empalme").
    pub fn nombre_en_frase(self) -> &'static str {
        match self {
            FaseCierre::InformeGestion => "informe de gestión",
            FaseCierre::RendicionCuentas => "rendición de cuentas",
            FaseCierre::Empalme => "empalme",
            FaseCierre::Transversal => "trabajo transversal",
        }
    }
}

impl CategoriaGrupo {
    pub const TODAS: [CategoriaGrupo; 3] = [
        CategoriaGrupo::Ciudadania,
        CategoriaGrupo::Instituciones,
        CategoriaGrupo::EnfoqueDiferencial,
    ];

    pub fn etiqueta(self) -> &'static str {
        match self {
            CategoriaGrupo::Ciudadania => "Ciudadanía y organizaciones",
            CategoriaGrupo::Instituciones => "Instituciones y público interno",
            CategoriaGrupo::EnfoqueDiferencial => "Poblaciones con enfoque diferencial",
        }
    }

    pub fn grupos(self) -> Vec<GrupoValor> {
        GrupoValor::TODOS
            .iter()
            .copied()
            .filter(|g| g.categoria() == self)
            .collect()
    }
}

impl GrupoValor {
    pub fn categoria(self) -> CategoriaGrupo {
        use GrupoValor::*;
        match self {
            CiudadaniaGeneral
            | UsuariosServicios
            | OrganizacionesSociales
            | JacJal
            | Veedurias
            | InstanciasParticipacion
            | CopacosAsociacionesUsuarios
            | MesaVictimas
            | Gremios
            | Academia
            | Medios => CategoriaGrupo::Ciudadania,
            EntesControl | Concejo | OtrasEntidades | Servidores => CategoriaGrupo::Instituciones,
            _ => CategoriaGrupo::EnfoqueDiferencial,
        }
    }

    /// Ethnic peoples, who may ask for information in their language (Ley 1712 art. 8).
    pub fn es_etnico(self) -> bool {
        matches!(
            self,
            GrupoValor::EtnicoIndigena | GrupoValor::EtnicoNarp | GrupoValor::EtnicoRrom
        )
    }

    /// Groups that often need a differential way in: a channel that does not depend on the
    /// web (V-INF-01) or other reasonable adjustments.
    pub fn requiere_acceso_diferencial(self) -> bool {
        self.es_etnico()
            || matches!(
                self,
                GrupoValor::CampesinadoRural
                    | GrupoValor::PersonasMayores
                    | GrupoValor::Discapacidad
            )
    }
}

vocabulario! {
    /// Subtype for `discapacidad` (domain.md §3.2).
    "tipo de discapacidad", SubtipoDiscapacidad {
        Auditiva => ("auditiva", "Auditiva"),
        Visual => ("visual", "Visual"),
        Fisica => ("fisica", "Física"),
        Intelectual => ("intelectual", "Intelectual"),
        Psicosocial => ("psicosocial", "Psicosocial"),
        Sordoceguera => ("sordoceguera", "Sordoceguera"),
        Multiple => ("multiple", "Múltiple"),
    }
}

vocabulario! {
    /// Physical and electronic information channels (domain.md §3.3).
    "canal de información", CanalInformacion {
        SitioWeb => ("sitio_web", "Sitio web institucional (menú Transparencia / Participa)"),
        MicrositioRdc => ("micrositio_rdc", "Micrositio de rendición de cuentas"),
        RedesSociales => ("redes_sociales", "Redes sociales (Facebook, X, Instagram, YouTube, TikTok)"),
        Mensajeria => ("mensajeria", "WhatsApp, mensajería o SMS"),
        Correo => ("correo", "Correo y boletín digital"),
        DatosAbiertos => ("datos_abiertos", "Datos abiertos (datos.gov.co)"),
        SistemasInformacion => ("sistemas_informacion", "Plataformas y sistemas de información"),
        PodcastVideo => ("podcast_video", "Videos, pódcasts, infografías digitales"),
        Cartelera => ("cartelera", "Carteleras y murales"),
        Impresos => ("impresos", "Boletines, plegables, afiches, cartillas"),
        PuntoAtencion => ("punto_atencion", "Puntos de atención / ventanilla con el informe impreso"),
        Perifoneo => ("perifoneo", "Perifoneo en zonas rurales"),
        Radio => ("radio", "Emisora comunitaria o local"),
        Television => ("television", "Canal de televisión local o comunitario"),
        Prensa => ("prensa", "Prensa local"),
    }
}

/// How a channel reaches people, to group the choices on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TipoCanal {
    Electronico,
    Fisico,
    MedioMasivo,
}

impl TipoCanal {
    pub fn etiqueta(self) -> &'static str {
        match self {
            TipoCanal::Electronico => "Canales electrónicos",
            TipoCanal::Fisico => "Medios físicos",
            TipoCanal::MedioMasivo => "Medios masivos",
        }
    }
}

impl CanalInformacion {
    pub fn tipo(self) -> TipoCanal {
        use CanalInformacion::*;
        match self {
            SitioWeb | MicrositioRdc | RedesSociales | Mensajeria | Correo | DatosAbiertos
            | SistemasInformacion | PodcastVideo => TipoCanal::Electronico,
            Cartelera | Impresos | PuntoAtencion | Perifoneo => TipoCanal::Fisico,
            Radio | Television | Prensa => TipoCanal::MedioMasivo,
        }
    }

    /// Reaches people without a web browser: paper, places, broadcast or plain SMS (V-INF-01).
    pub fn llega_sin_internet(self) -> bool {
        self.tipo() != TipoCanal::Electronico || self == CanalInformacion::Mensajeria
    }

    /// Publishing on the institution's web (V-INF-03).
    pub fn es_web_institucional(self) -> bool {
        matches!(
            self,
            CanalInformacion::SitioWeb | CanalInformacion::MicrositioRdc
        )
    }

    /// Mass media and social networks, which the Communications Office runs (V-COO-01).
    pub fn lo_gestiona_comunicaciones(self) -> bool {
        use CanalInformacion::*;
        matches!(self, RedesSociales | Radio | Television | Prensa)
    }
}

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
    /// Virtual dialogue channels: they complement in-person dialogue, never replace it (domain.md §3.5).
    "canal de diálogo virtual", CanalDialogoVirtual {
        Chat => ("chat", "Chat en vivo"),
        ForoVirtual => ("foro_virtual", "Foro virtual / electrónico"),
        Blog => ("blog", "Blog con comentarios"),
        Streaming => ("streaming", "Transmisión en vivo (Facebook Live, YouTube Live)"),
        RedesSocialesInteraccion => ("redes_sociales_interaccion", "Preguntas y comentarios en redes (X/Twitter, Facebook, Instagram)"),
        Llamadas => ("llamadas", "Llamadas telefónicas / línea en vivo"),
        RadioEnVivo => ("radio_en_vivo", "Programa de radio en vivo con participación"),
        TvEnVivo => ("tv_en_vivo", "Programa de TV en vivo con participación"),
        Videoconferencia => ("videoconferencia", "Videoconferencia / seminario web"),
        FormularioPreguntas => ("formulario_preguntas", "Formulario web de preguntas y propuestas previas"),
        EncuestaEnLinea => ("encuesta_en_linea", "Encuesta o consulta en línea"),
        Whatsapp => ("whatsapp", "WhatsApp institucional"),
    }
}

impl CanalDialogoVirtual {
    /// A broadcast that people watch or hear live (V-ACC-02: interpreter or live captions).
    pub fn es_transmision(self) -> bool {
        use CanalDialogoVirtual::*;
        matches!(self, Streaming | TvEnVivo | Videoconferencia)
    }

    /// Mass media and social networks, which the Communications Office runs (V-COO-01).
    pub fn lo_gestiona_comunicaciones(self) -> bool {
        use CanalDialogoVirtual::*;
        matches!(
            self,
            Streaming | RedesSocialesInteraccion | RadioEnVivo | TvEnVivo
        )
    }
}

vocabulario! {
    /// Accessibility measures and reasonable adjustments (domain.md §3.6).
    "medida de accesibilidad", MedidaAccesibilidad {
        InterpreteLsc => ("interprete_lsc", "Intérprete de Lengua de Señas Colombiana (presencial y en recuadro de transmisión)"),
        GuiaInterprete => ("guia_interprete", "Guía-intérprete para personas sordociegas"),
        SubtitulosCc => ("subtitulos_cc", "Subtítulos / closed caption en videos"),
        SubtituladoEnVivo => ("subtitulado_en_vivo", "Subtitulado en vivo"),
        Audiodescripcion => ("audiodescripcion", "Audiodescripción"),
        DocumentoAccesible => ("documento_accesible", "Documento digital accesible (HTML o PDF etiquetado, texto alternativo)"),
        LecturaFacil => ("lectura_facil", "Versión en lectura fácil"),
        BrailleMacrotipo => ("braille_macrotipo", "Braille / macrotipo"),
        TraduccionLenguaNativa => ("traduccion_lengua_nativa", "Traducción o interpretación a lengua nativa (Ley 1381 de 2010)"),
        FormatoAlternativoEtnico => ("formato_alternativo_etnico", "Formato alternativo culturalmente pertinente (oral, radial, gráfico)"),
        EspacioPropioEtnico => ("espacio_propio_etnico", "Espacio propio con autoridades étnicas, en su territorio y lengua"),
        LenguajeClaro => ("lenguaje_claro", "Revisión en lenguaje claro"),
        AccesibilidadFisica => ("accesibilidad_fisica", "Accesibilidad física (rampas, baños, sillas reservadas, señalización, primer piso)"),
        WebWcag21Aa => ("web_wcag21_aa", "Contenido web conforme a WCAG 2.1 AA"),
        HorarioLugarPertinente => ("horario_lugar_pertinente", "Horario, lugar y transporte pertinentes (zonas rurales, cuidadores)"),
        InscripcionAjustes => ("inscripcion_ajustes", "Registro previo de necesidades de ajustes razonables"),
    }
}

impl MedidaAccesibilidad {
    /// Measures that give ethnic peoples a culturally pertinent way in (V-ACC-01).
    pub fn es_pertinencia_etnica(self) -> bool {
        use MedidaAccesibilidad::*;
        matches!(
            self,
            TraduccionLenguaNativa | FormatoAlternativoEtnico | EspacioPropioEtnico
        )
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

vocabulario! {
    "estado de la actividad", EstadoActividad {
        Planeada => ("planeada", "Planeada"),
        EnCurso => ("en_curso", "En curso"),
        Ejecutada => ("ejecutada", "Ejecutada"),
        Cancelada => ("cancelada", "Cancelada"),
    }
}

vocabulario! {
    "estado de la agenda", EstadoAgenda {
        Borrador => ("borrador", "Borrador"),
        Enviada => ("enviada", "Enviada"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codigos_unicos_y_ascii<V: Vocabulario>() {
        let mut vistos = std::collections::BTreeSet::new();
        for v in V::todos() {
            let c = v.codigo();
            assert!(
                c.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{c} is not snake_case ASCII"
            );
            assert!(vistos.insert(c), "{c} repeated in {}", V::NOMBRE);
            assert_eq!(V::desde_codigo(c), Some(*v));
            assert!(!v.etiqueta().is_empty());
        }
    }

    #[test]
    fn every_vocabulary_has_unique_ascii_codes_that_round_trip() {
        codigos_unicos_y_ascii::<FaseCierre>();
        codigos_unicos_y_ascii::<Elemento>();
        codigos_unicos_y_ascii::<EtapaMurc>();
        codigos_unicos_y_ascii::<NivelMurc>();
        codigos_unicos_y_ascii::<TipoDependencia>();
        codigos_unicos_y_ascii::<GrupoValor>();
        codigos_unicos_y_ascii::<SubtipoDiscapacidad>();
        codigos_unicos_y_ascii::<CanalInformacion>();
        codigos_unicos_y_ascii::<EspacioDialogo>();
        codigos_unicos_y_ascii::<CanalDialogoVirtual>();
        codigos_unicos_y_ascii::<MedidaAccesibilidad>();
        codigos_unicos_y_ascii::<TipoAccion>();
        codigos_unicos_y_ascii::<Modalidad>();
        codigos_unicos_y_ascii::<Zona>();
        codigos_unicos_y_ascii::<EstadoActividad>();
        codigos_unicos_y_ascii::<EstadoAgenda>();
    }

    #[test]
    fn domain_reference_list_sizes_are_kept() {
        assert_eq!(GrupoValor::TODOS.len(), 29);
        assert_eq!(CanalInformacion::TODOS.len(), 15);
        assert_eq!(EspacioDialogo::TODOS.len(), 12);
        assert_eq!(CanalDialogoVirtual::TODOS.len(), 12);
        assert_eq!(TipoAccion::TODOS.len(), 25);
    }

    #[test]
    fn an_unknown_code_is_refused_in_spanish_naming_the_list() {
        let err = serde_json::from_str::<FaseCierre>("\"cierre\"")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("«cierre» no es un valor válido de fase de cierre"),
            "{err}"
        );
        assert!(err.contains("rendicion_cuentas"));
    }

    #[test]
    fn channels_that_reach_people_offline_are_physical_broadcast_or_sms() {
        assert!(CanalInformacion::Radio.llega_sin_internet());
        assert!(CanalInformacion::Mensajeria.llega_sin_internet());
        assert!(!CanalInformacion::SitioWeb.llega_sin_internet());
        assert!(!CanalInformacion::RedesSociales.llega_sin_internet());
    }

    #[test]
    fn action_types_map_to_their_element() {
        assert_eq!(TipoAccion::InformeRdc.elemento(), Elemento::Informacion);
        assert_eq!(TipoAccion::EspacioMixto.elemento(), Elemento::Dialogo);
        assert_eq!(
            TipoAccion::PlanMejoramiento.elemento(),
            Elemento::Responsabilidad
        );
        assert_eq!(TipoAccion::SesionEmpalme.elemento(), Elemento::Transversal);
    }
}
