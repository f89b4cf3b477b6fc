//! The Planning Secretariat's page (`planeacion/`): the files the offices sent, checked in the
//! browser with the same rules as the wizard and `agenda-check`, and the municipal calendar put
//! together from them, to download as a calendar or a spreadsheet. It is a separate build, so
//! the offices never download it; nothing leaves the browser.

mod archivos;
mod calendario;
mod configurar;
mod dependencias;
mod entregas;
mod fases;
mod festivos;
mod guardados;
mod preparada;
mod reglas;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::config::{ArchivoConfiguracion, Configuracion};
use crate::domain::format::{Codificacion, TextoDeArchivo};
use crate::domain::revision::{una_por_agenda, Revision};
use crate::domain::text::slug;
use crate::ui::configuracion::{leer_texto_configuracion, FalloConfiguracion};
use crate::ui::widgets::archivos::{leer_archivo, ZonaDeArchivos};

/// One file as Planeación received it.
#[derive(Clone)]
pub(super) struct Recibido {
    pub nombre: String,
    pub resultado: Result<Revision, String>,
    /// The key this browser keeps the file under (`None` for a file that could not be read).
    pub clave: Option<String>,
    /// Whether it is kept there; one that did not fit stays only while the page is open.
    pub guardado: bool,
    /// The encoding its bytes were read in (UTF-8 for a file that could not be read).
    pub codificacion: Codificacion,
}

/// Which received files the municipal calendar counts, in the order received: one per agenda
/// ([`una_por_agenda`]). The list of files and the calendar both read it.
fn contados(recibidos: &[Recibido]) -> Vec<bool> {
    let elegidas = una_por_agenda(recibidos.iter().filter_map(|r| r.resultado.as_ref().ok()));
    recibidos
        .iter()
        .map(|r| {
            r.resultado
                .as_ref()
                .is_ok_and(|rev| elegidas.iter().any(|e| std::ptr::eq(*e, rev)))
        })
        .collect()
}

/// The reviews of the files the calendar counts.
fn contadas<'a>(recibidos: &'a [Recibido], contados: &[bool]) -> Vec<&'a Revision> {
    recibidos
        .iter()
        .zip(contados)
        .filter(|(_, cuenta)| **cuenta)
        .filter_map(|(r, _)| r.resultado.as_ref().ok())
        .collect()
}

/// The name of the file a review came from.
fn archivo_de(recibidos: &[Recibido], revision: &Revision) -> String {
    recibidos
        .iter()
        .find(|r| {
            r.resultado
                .as_ref()
                .is_ok_and(|x| std::ptr::eq(x, revision))
        })
        .map(|r| r.nombre.clone())
        .unwrap_or_default()
}

/// «rdc-municipal-2027-san-rafael-de-la-sierra.csv»: what, the closing year and the municipality.
fn nombre_de_descarga(configuracion: Option<&Configuracion>, que: &str, extension: &str) -> String {
    let anio = configuracion
        .map(|c| c.anio_cierre.to_string())
        .unwrap_or_default();
    let municipio = configuracion
        .map(|c| slug(&c.municipio))
        .unwrap_or_default();
    let partes: Vec<&str> = [que, &anio, &municipio]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{extension}", partes.join("-"))
}

/// Downloads a file this page made, and says how it went.
fn bajar_archivo(nombre: &str, tipo: &str, contenido: &str) -> String {
    match crate::ui::descargas::descargar(nombre, tipo, contenido) {
        Ok(()) => format!("Se descargó «{nombre}»."),
        Err(_) => "No se pudo descargar el archivo. Intente de nuevo.".to_string(),
    }
}

/// The status line of a section's downloads («Se descargó …»). It clears when the files change,
/// so it never speaks of a download that no longer matches the list.
fn aviso_de_descarga(recibidos: RwSignal<Vec<Recibido>>) -> RwSignal<Option<String>> {
    let aviso = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        recibidos.track();
        aviso.set(None);
    });
    aviso
}

/// The municipality's settings as this page found them.
#[derive(Clone)]
enum Ajustes {
    Cargando,
    /// No `config.json` beside the app: each agenda is checked for its own closing year.
    Calculados,
    Del(Configuracion),
    Fallo(String),
}

impl Ajustes {
    fn configuracion(&self) -> Option<&Configuracion> {
        match self {
            Ajustes::Del(c) => Some(c),
            _ => None,
        }
    }
}

/// Mounts the page on `<body>`.
pub fn montar() {
    crate::ui::quitar_pantalla_de_carga();
    leptos::mount::mount_to_body(PaginaPlaneacion);
}

#[component]
fn PaginaPlaneacion() -> impl IntoView {
    let hoy = chrono::Local::now().date_naive();
    let ajustes = RwSignal::new(Ajustes::Cargando);
    let recibidos = RwSignal::new(Vec::<Recibido>::new());
    let contados = Memo::new(move |_| recibidos.with(|r| contados(r)));
    let configuracion = Signal::derive(move || ajustes.with(|a| a.configuracion().cloned()));
    let guardados = guardados::Guardados::default();
    let publicada = RwSignal::new(None::<configurar::Publicada>);
    leptos::task::spawn_local(async move {
        // The page lives in a folder beside the app, whose config.json Planeación publishes.
        // Read once: the form starts from the file as written, the rules use it resolved.
        let archivo = leer_texto_configuracion("../config.json")
            .await
            .map(|t| t.map(|t| ArchivoConfiguracion::desde_json(&t)));
        publicada.set(Some(match &archivo {
            Ok(None) => configurar::Publicada::NoHay,
            Ok(Some(Ok(a))) => configurar::Publicada::Archivo(a.clone()),
            Ok(Some(Err(_))) | Err(_) => configurar::Publicada::Ilegible,
        }));
        let leida = archivo.and_then(|a| {
            a.map(|a| a.and_then(|a| Configuracion::desde_archivo(a, hoy)))
                .transpose()
                .map_err(|e| FalloConfiguracion::Invalida(e.to_string()))
        });
        ajustes.set(match leida {
            Ok(Some(c)) => Ajustes::Del(c),
            Ok(None) => Ajustes::Calculados,
            Err(fallo) => Ajustes::Fallo(fallo.mensaje(
                "Corríjalo en el config.json publicado junto a la aplicación (más abajo puede prepararlo); mientras tanto, cada agenda se revisa con las fechas calculadas para su año de cierre.",
            )),
        });
        // The files kept from earlier visits are reviewed with today's settings.
        guardados::leer_guardados(ajustes, recibidos, guardados, hoy);
    });
    guardados::seguir_otras_pestanas(ajustes, recibidos, guardados, hoy);
    view! {
        <a class="salto" href="#contenido">"Saltar al contenido principal"</a>
        <header class="encabezado">
            <div class="contenedor encabezado-contenido">
                <a class="producto" href="../">
                    <span class="producto-sigla" aria-hidden="true">"RdC"</span>
                    "Agenda de Rendición de Cuentas"
                </a>
                <p class="encabezado-seccion">"Secretaría de Planeación"</p>
            </div>
        </header>
        <main id="contenido" class="contenedor" tabindex="-1">
            <h1 id="titulo-pagina" tabindex="-1">"Revisar las agendas recibidas"</h1>
            <p class="ayuda-paso">
                "Elija los archivos .json que enviaron las dependencias: se revisan con las mismas reglas del asistente "
                "y se arma con ellos el calendario municipal de rendición de cuentas. Los archivos no salen de este navegador: "
                "quedan guardados en él, para que no tenga que elegirlos de nuevo, hasta que los quite. "
                "Al final de la página puede preparar "
                <a href="#titulo-config" on:click=|ev| {
                    ev.prevent_default();
                    crate::ui::enfocar("titulo-config");
                }>"la configuración del sitio (config.json)"</a>
                "."
            </p>
            <Ajustes ajustes=ajustes/>
            <Show when=move || !matches!(ajustes.get(), Ajustes::Cargando)>
                <ElegirArchivos ajustes=ajustes recibidos=recibidos guardados=guardados hoy=hoy/>
            </Show>
            <guardados::AvisosGuardados guardados=guardados recibidos=recibidos/>
            <entregas::Entregas recibidos=recibidos contados=contados configuracion=configuracion hoy=hoy/>
            <archivos::Archivos recibidos=recibidos contados=contados guardados=guardados/>
            <calendario::CalendarioMunicipal recibidos=recibidos contados=contados configuracion=configuracion/>
            {move || publicada.get().map(|p| view! { <configurar::PrepararConfiguracion publicada=p hoy=hoy recibidos=recibidos contados=contados/> })}
        </main>
        <footer class="pie">
            <div class="contenedor">
                <p>
                    "Herramienta de la Secretaría de Planeación para revisar las agendas sectoriales de rendición de cuentas de cierre de gobierno (MURC). "
                    <a href="../">"Ir al asistente de las dependencias"</a>
                </p>
            </div>
        </footer>
    }
}

/// Which dates and thresholds the rules use.
#[component]
fn Ajustes(ajustes: RwSignal<Ajustes>) -> impl IntoView {
    move || {
        match ajustes.get() {
        Ajustes::Cargando => view! { <p class="cargando">"Cargando la configuración del municipio…"</p> }.into_any(),
        Ajustes::Calculados => view! {
            <p class="aviso aviso-info">
                "El sitio no tiene config.json: cada agenda se revisa con las fechas calculadas para su año de cierre."
            </p>
        }
        .into_any(),
        Ajustes::Fallo(aviso) => view! { <div class="aviso aviso-error" role="alert"><p>{aviso}</p></div> }.into_any(),
        Ajustes::Del(c) => {
            let municipio = c.municipio.trim().to_string();
            view! {
                <p class="aviso aviso-info">
                    {if municipio.is_empty() {
                        format!("Se revisa con la configuración del sitio: cierre de gobierno {}.", c.anio_cierre)
                    } else {
                        format!("Se revisa con la configuración del sitio: {municipio}, cierre de gobierno {}.", c.anio_cierre)
                    }}
                </p>
            }
            .into_any()
        }
    }
    }
}

/// Reads `archivo` as text in its own encoding, or says why it cannot.
async fn leer(archivo: web_sys::File) -> Result<TextoDeArchivo, String> {
    leer_archivo(archivo).await.map_err(|e| {
        e.map_or_else(
            || "No se pudo leer el archivo.".to_string(),
            |e| e.to_string(),
        )
    })
}

/// The file picker (several at once) and the drop zone. Files add to those already checked.
#[component]
fn ElegirArchivos(
    ajustes: RwSignal<Ajustes>,
    recibidos: RwSignal<Vec<Recibido>>,
    guardados: guardados::Guardados,
    hoy: NaiveDate,
) -> impl IntoView {
    let revisar_archivos = Callback::new(move |lista: web_sys::FileList| {
        let archivos: Vec<web_sys::File> =
            (0..lista.length()).filter_map(|i| lista.get(i)).collect();
        if archivos.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut leidos = Vec::new();
            for archivo in archivos {
                leidos.push((archivo.name(), leer(archivo).await));
            }
            guardados::anadir(leidos, &ajustes.get_untracked(), recibidos, guardados, hoy);
            // The results appear below: the keyboard and a screen reader go there.
            crate::ui::enfocar("titulo-archivos");
        });
    });
    view! {
        <ZonaDeArchivos
            id="elegir-archivos"
            titulo="Archivos de las dependencias"
            ayuda="Puede elegir varios a la vez, o arrastrarlos aquí. Si una dependencia envió varias versiones, el calendario cuenta una: la de «Descargar para enviar» antes que una copia de trabajo, y la más reciente."
            boton="Elegir los archivos (.json)"
            varios=true
            principal=true
            al_recibir=revisar_archivos
        />
    }
}
