//! Through what the agenda reaches people: the channels of information and the virtual
//! channels of dialogue (domain.md §3).

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
