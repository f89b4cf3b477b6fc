//! Who the agenda reaches: the groups of value and interest, the kinds of disability, and
//! the measures that open each activity to them (domain.md §3).

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
