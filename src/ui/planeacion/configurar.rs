//! Planeación's form for the site's `config.json`: the municipality, the closing year and the
//! dates of its phases, the offices that must hand in, and where and by when; in its advanced
//! parts, the rules' thresholds and severities and the days off. It is written out as the file
//! to publish, starting from the published one; what is typed is kept in this browser until it
//! is downloaded. A `config.json` from this computer can be opened into it too.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::dependencias::{EntregaDeLasAgendas, ListaDependencias, PorAgregar};
use super::fases::{id_de_fase, FechasDeLasFases};
use super::festivos::DiasNoHabiles;
use super::preparada::{guardar_mientras_se_escribe, punto_de_partida};
use super::reglas::{id_de_otra, AjustesDeReglas};
use super::Recibido;
use crate::domain::calendar::{anio_cierre_vigente, fecha_eleccion, fecha_larga, leer_fecha_iso};
use crate::domain::config::{
    ArchivoConfiguracion, CampoConfiguracion, Configuracion, ProblemaConfiguracion,
};
use crate::domain::format::{import_agenda, Codificacion};
use crate::domain::text::primera_mayuscula;
use crate::ui::descargas::descargar;
use crate::ui::widgets::campos::{descrita_con_nota, Campo, CampoNativo, CampoTexto, Ilegibles};
use crate::ui::widgets::cierre::FechasDelCierre;
use crate::ui::widgets::deshacer::AvisoDeshacer;
use crate::ui::widgets::lente::Lente;
use crate::ui::widgets::navegacion::ResumenErrores;

/// The `config.json` published beside the app, as this page read it.
#[derive(Clone)]
pub(super) enum Publicada {
    NoHay,
    Archivo(ArchivoConfiguracion),
    /// Not JSON, or not settings: the form starts blank.
    Ilegible,
}

/// The form's control for each part of the file; the parts it does not show point at the
/// sentence that says they are kept.
fn id_de(campo: CampoConfiguracion) -> &'static str {
    use CampoConfiguracion as C;
    match campo {
        C::AnioCierre => "config-anio",
        C::FechaEleccion => "config-eleccion",
        C::FechaCredencial => "config-credencial",
        C::Fase(fase) => id_de_fase(fase),
        C::Festivos => "config-festivos",
        C::Severidades => "config-otras-severidades",
        C::Dependencias => "config-dependencias",
        C::CorreoEntrega => "config-correo",
    }
}

/// Where the error summary takes the person: a severity for a rule that does not exist is
/// taken out with its own button.
fn id_del_problema(problema: &ProblemaConfiguracion) -> String {
    match problema {
        ProblemaConfiguracion::SeveridadDeReglaDesconocida(clave) => id_de_otra(clave),
        otro => id_de(otro.campo()).to_string(),
    }
}

/// A date as a date input reads it ("2027-10-31"), or nothing.
pub(super) fn fecha_iso(fecha: Option<NaiveDate>) -> String {
    fecha.map(|d| d.to_string()).unwrap_or_default()
}

/// A field of the file as the wizard's fields take theirs: read as text, written from it.
pub(super) fn lente_de_texto(
    archivo: RwSignal<ArchivoConfiguracion>,
    leer: fn(&ArchivoConfiguracion) -> String,
    escribir: fn(&mut ArchivoConfiguracion, String),
) -> Lente<String> {
    Lente {
        valor: Memo::new(move |_| archivo.with(leer)),
        fijar: Callback::new(move |texto: String| archivo.update(|a| escribir(a, texto))),
    }
}

/// A date of the file in words under its field, when it has one.
pub(super) fn fecha_en_palabras(
    archivo: RwSignal<ArchivoConfiguracion>,
    lectura: fn(&ArchivoConfiguracion) -> Option<NaiveDate>,
) -> Memo<Option<String>> {
    Memo::new(move |_| {
        archivo
            .with(lectura)
            .map(|d| primera_mayuscula(&fecha_larga(d)))
    })
}

/// What replaced the whole form.
#[derive(Clone, PartialEq)]
enum Reemplazo {
    Publicado,
    /// A `config.json` from this computer: its file name and the encoding it was read in.
    Abierto(String, Codificacion),
}

/// The section of the page that prepares `config.json`.
#[component]
pub(super) fn PrepararConfiguracion(
    publicada: Publicada,
    hoy: NaiveDate,
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
) -> impl IntoView {
    let base = match &publicada {
        Publicada::Archivo(a) => a.clone(),
        Publicada::NoHay | Publicada::Ilegible => ArchivoConfiguracion::default(),
    };
    let inicio = punto_de_partida(&base);
    let archivo = RwSignal::new(inicio.archivo);
    let aviso = RwSignal::new(inicio.aviso);
    let danada = RwSignal::new(inicio.danada);
    let fallo_al_guardar = RwSignal::new(None::<String>);
    let problemas = RwSignal::new(Vec::<ProblemaConfiguracion>::new());
    let ilegibles: Ilegibles = RwSignal::new(Vec::new());
    let ilegibles_mostrados = RwSignal::new(Vec::<(String, String)>::new());
    let descarga = RwSignal::new(None::<String>);
    let deshacer = RwSignal::new(None::<(Reemplazo, ArchivoConfiguracion)>);
    let fallo_al_abrir = RwSignal::new(None::<String>);

    guardar_mientras_se_escribe(archivo, danada, fallo_al_guardar);

    let error_de = move |campo: CampoConfiguracion| {
        Memo::new(move |_| {
            problemas.with(|p| {
                p.iter()
                    .filter(|x| id_de(x.campo()) == id_de(campo))
                    .map(ProblemaConfiguracion::en_formulario)
                    .reduce(|a, b| format!("{a} {b}"))
            })
        })
    };
    let lente = move |leer, escribir| lente_de_texto(archivo, leer, escribir);
    let sin_error = Memo::new(|_| None::<String>);

    let vigente = anio_cierre_vigente(hoy);
    let anio = Memo::new(move |_| archivo.with(|a| a.anio_cierre).unwrap_or(vigente));
    let nota_eleccion = Memo::new(move |_| {
        let anio = anio.get();
        Some(match archivo.with(|a| a.fecha_eleccion) {
            Some(d) => primera_mayuscula(&fecha_larga(d)),
            None => format!(
                "Vacía: se usa la calculada, el {} (último domingo de octubre).",
                fecha_larga(fecha_eleccion(anio))
            ),
        })
    });
    let nota_credencial = fecha_en_palabras(archivo, |a| a.fecha_credencial);

    let descargar_archivo = move |_| {
        let limpio = archivo.get_untracked().limpio();
        let revisado = Configuracion::revisar_archivo(limpio.clone(), hoy);
        ilegibles_mostrados.set(ilegibles.get_untracked());
        match revisado {
            Err(lista) => {
                descarga.set(None);
                problemas.set(lista);
            }
            Ok(_) if !ilegibles.with_untracked(Vec::is_empty) => {
                descarga.set(None);
                problemas.set(Vec::new());
            }
            Ok(_) => {
                problemas.set(Vec::new());
                descarga.set(Some(match descargar("config.json", "application/json", &limpio.a_json()) {
                    Ok(()) => "Se descargó «config.json». Publíquelo en lugar del config.json que está junto a la aplicación (en la carpeta del sitio, al lado de index.html): el asistente y esta página lo leen la próxima vez que se abren.".to_string(),
                    Err(_) => "No se pudo descargar el archivo. Intente de nuevo.".to_string(),
                }));
            }
        }
    };
    let base_limpia = base.limpio();
    let distinta = Memo::new(move |_| archivo.with(|a| a.limpio() != base_limpia));
    // The whole form replaced, by the published file or one opened here; it can be undone.
    let reemplazar = move |nuevo: ArchivoConfiguracion, por: Reemplazo| {
        deshacer.set(Some((por, archivo.get_untracked())));
        archivo.set(nuevo);
        problemas.set(Vec::new());
        ilegibles.set(Vec::new());
        ilegibles_mostrados.set(Vec::new());
        descarga.set(None);
        aviso.set(None);
        fallo_al_abrir.set(None);
    };
    let volver = {
        let base = base.clone();
        move |_| {
            reemplazar(base.clone(), Reemplazo::Publicado);
            crate::ui::enfocar("config-deshacer");
        }
    };
    let abrir = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        else {
            return;
        };
        let Some(elegido) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        // The same file can be chosen again once it is fixed.
        input.set_value("");
        leptos::task::spawn_local(async move {
            let nombre = elegido.name();
            match super::leer(elegido).await.map(|leido| (ArchivoConfiguracion::desde_json(&leido.texto), leido)) {
                Ok((Ok(abierto), leido)) => {
                    reemplazar(abierto, Reemplazo::Abierto(nombre, leido.codificacion));
                    crate::ui::enfocar("config-deshacer-abierto");
                }
                Ok((Err(_), leido)) if import_agenda(&leido.texto).is_ok() => fallo_al_abrir.set(Some(format!(
                    "«{nombre}» es la agenda de una dependencia, no un config.json: revísela arriba, con «Elegir los archivos (.json)». No se cambió nada."
                ))),
                Ok((Err(e), _)) => fallo_al_abrir.set(Some(format!(
                    "«{nombre}» no se puede abrir como config.json: {} No se cambió nada.",
                    e.0.join(" ")
                ))),
                Err(e) => fallo_al_abrir.set(Some(format!("«{nombre}»: {e} No se cambió nada."))),
            }
        });
    };
    let deshacer_reemplazo = Callback::new(move |()| {
        if let Some((_, antes)) = deshacer.get_untracked() {
            archivo.set(antes);
        }
        deshacer.set(None);
        crate::ui::enfocar("config-municipio");
    });
    // Where the replacing was done: the offer to undo it shows there.
    let deshacer_en = move |donde: fn(&Reemplazo) -> bool, id_boton: &'static str| {
        let aviso = Signal::derive(move || {
            deshacer.with(|d| match d {
                Some((por, _)) if donde(por) => Some(match por {
                    Reemplazo::Publicado => "Se volvió al config.json publicado.".to_string(),
                    Reemplazo::Abierto(nombre, codificacion) => format!(
                        "Se abrió «{nombre}»: el formulario muestra lo que dice. Revíselo y descárguelo para publicarlo.{}",
                        codificacion.aviso().map(|a| format!(" {a}")).unwrap_or_default()
                    ),
                }),
                _ => None,
            })
        });
        view! { <AvisoDeshacer aviso=aviso id_boton=id_boton al_deshacer=deshacer_reemplazo/> }
    };
    // As of the last «Descargar config.json»: the summary takes the focus only then.
    let resumen = Signal::derive(move || {
        let mut lista = ilegibles_mostrados.get();
        problemas.with(|p| lista.extend(p.iter().map(|x| (id_del_problema(x), x.en_formulario()))));
        lista
    });
    let desde_que = match publicada {
        Publicada::Archivo(_) => "Empieza con lo que dice el config.json publicado.",
        Publicada::NoHay => "El sitio aún no tiene config.json: empieza en blanco.",
        Publicada::Ilegible => {
            "El config.json publicado no se puede leer (arriba dice por qué): empieza en blanco."
        }
    };
    // A problem in a closed advanced part opens it before its field takes the focus.
    let abrir_su_parte = Callback::new(|id: String| {
        let parte = document()
            .get_element_by_id(&id)
            .and_then(|campo| campo.closest("details").ok().flatten());
        if let Some(parte) = parte {
            let _ = parte.set_attribute("open", "");
        }
    });

    view! {
        <section class="bloque-revision solo-pantalla" aria-labelledby="titulo-config">
            <h2 id="titulo-config" tabindex="-1">"Configuración del sitio (config.json)"</h2>
            <p>
                "El asistente y esta página leen el archivo config.json publicado junto a la aplicación: el municipio, el año de cierre, "
                "las dependencias que deben entregar agenda y adónde y hasta cuándo enviarla. Prepárelo aquí, descárguelo y publíquelo. "
                {desde_que}
            </p>
            {move || aviso.get().map(|texto| view! { <div class="aviso aviso-info"><p>{texto}</p></div> })}
            {move || danada.get().map(|(texto, motivo)| {
                let bajar = move |_| {
                    if descargar("config-guardado.txt", "text/plain", &texto).is_ok() {
                        danada.set(None);
                    }
                };
                view! {
                    <div class="aviso aviso-error" role="alert">
                        <p>{format!("El config.json que preparaba en este navegador no se puede leer: {motivo}. No se guarda nada sobre él hasta que lo descargue o lo descarte.")}</p>
                        <div class="botones">
                            <button type="button" class="boton boton-secundario" on:click=bajar>"Descargar el texto guardado"</button>
                            <button type="button" class="boton boton-terciario" on:click=move |_| danada.set(None)>"Descartarlo"</button>
                        </div>
                    </div>
                }
            })}
            {move || fallo_al_guardar.get().map(|texto| view! { <div class="aviso aviso-error" role="alert"><p>{texto}</p></div> })}
            <div class="selector-archivo">
                <input id="config-abrir" class="entrada-archivo" type="file" accept=".json,application/json" on:change=abrir/>
                <label class="boton boton-secundario" for="config-abrir">"Abrir un config.json de este equipo"</label>
            </div>
            {move || fallo_al_abrir.get().map(|texto| view! { <div class="aviso aviso-error" role="alert"><p>{texto}</p></div> })}
            {deshacer_en(|por| matches!(por, Reemplazo::Abierto(..)), "config-deshacer-abierto")}
            <ResumenErrores errores=resumen al_seguir=abrir_su_parte/>
            <CampoTexto
                id="config-municipio"
                etiqueta="Municipio"
                ayuda="Como debe aparecer en la pantalla de inicio del asistente, por ejemplo «San Rafael de la Sierra»."
                autocomplete="off"
                opcional=true
                lente=lente(|a| a.municipio.clone().unwrap_or_default(), |a, t| a.municipio = Some(t).filter(|t| !t.is_empty()))
                error=sin_error
            />
            <SelectorAnio archivo=archivo vigente=vigente error=error_de(CampoConfiguracion::AnioCierre)/>
            <CampoNativo
                id="config-eleccion".to_string()
                etiqueta="Fecha de las elecciones".to_string()
                ayuda=Some("Déjela vacía para usar la calculada. Cámbiela solo si la Registraduría fijó otra.".to_string())
                opcional=true
                tipo="date"
                clase="entrada ancho-fecha"
                ilegibles=ilegibles
                lente=lente(|a| fecha_iso(a.fecha_eleccion), |a, t| a.fecha_eleccion = leer_fecha_iso(&t))
                error=error_de(CampoConfiguracion::FechaEleccion)
                nota=nota_eleccion
            />
            <CampoNativo
                id="config-credencial".to_string()
                etiqueta="Fecha de entrega de la credencial al alcalde o alcaldesa electa".to_string()
                ayuda=Some("Si aún no la sabe, déjela vacía. Con ella, la revisión recomienda empezar el empalme después de esa fecha.".to_string())
                opcional=true
                tipo="date"
                clase="entrada ancho-fecha"
                ilegibles=ilegibles
                lente=lente(|a| fecha_iso(a.fecha_credencial), |a, t| a.fecha_credencial = leer_fecha_iso(&t))
                error=error_de(CampoConfiguracion::FechaCredencial)
                nota=nota_credencial
            />
            <FechasDeLasFases archivo=archivo hoy=hoy ilegibles=ilegibles error_de=move |fase| error_de(CampoConfiguracion::Fase(fase))/>
            <ListaDependencias archivo=archivo error=error_de(CampoConfiguracion::Dependencias)/>
            <PorAgregar archivo=archivo recibidos=recibidos contados=contados/>
            <EntregaDeLasAgendas archivo=archivo ilegibles=ilegibles error_correo=error_de(CampoConfiguracion::CorreoEntrega)/>
            <AjustesDeReglas archivo=archivo ilegibles=ilegibles/>
            <DiasNoHabiles archivo=archivo hoy=hoy error=error_de(CampoConfiguracion::Festivos)/>
            <VistaPrevia archivo=archivo hoy=hoy/>
            <div class="botones">
                <button type="button" class="boton boton-principal" on:click=descargar_archivo>"Descargar config.json"</button>
                <Show when=move || distinta.get()>
                    <button type="button" class="boton boton-secundario" on:click=volver.clone()>"Volver al config.json publicado"</button>
                </Show>
            </div>
            <p class="estado-descarga" role="status">{move || descarga.get()}</p>
            {deshacer_en(|por| *por == Reemplazo::Publicado, "config-deshacer")}
        </section>
    }
}

/// The closing year: the current term's, the next one's, or the one the file names.
#[component]
fn SelectorAnio(
    archivo: RwSignal<ArchivoConfiguracion>,
    vigente: i32,
    error: Memo<Option<String>>,
) -> impl IntoView {
    let id = "config-anio";
    let describedby = descrita_con_nota(id, true, error, None);
    let mut anios = vec![vigente, vigente + 4];
    if let Some(del_archivo) = archivo.with_untracked(|a| a.anio_cierre) {
        if !anios.contains(&del_archivo) {
            anios.push(del_archivo);
            anios.sort_unstable();
        }
    }
    let elegido = Memo::new(move |_| archivo.with(|a| a.anio_cierre));
    view! {
        <Campo
            id=id.to_string()
            etiqueta="Año de cierre de gobierno".to_string()
            ayuda=Some("El último año del período de gobierno (2027 para el período 2024–2027). Las fechas de cada fase se calculan con él.".to_string())
            opcional=false
            error=error
        >
            <select
                id=id
                class="entrada ancho-contenido"
                on:change=move |ev| {
                    let valor = event_target_value(&ev);
                    archivo.update(|a| a.anio_cierre = valor.parse().ok());
                }
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
            >
                <option value="" selected=move || elegido.get().is_none()>
                    {format!("Según la fecha de hoy ({vigente})")}
                </option>
                {anios
                    .into_iter()
                    .map(|anio| view! {
                        <option value=anio.to_string() selected=move || elegido.get() == Some(anio)>{anio.to_string()}</option>
                    })
                    .collect_view()}
            </select>
        </Campo>
    }
}

/// The closing calendar the file gives, as the offices will see it on the wizard's first screen.
#[component]
fn VistaPrevia(archivo: RwSignal<ArchivoConfiguracion>, hoy: NaiveDate) -> impl IntoView {
    let resultado =
        Memo::new(move |_| archivo.with(|a| Configuracion::revisar_archivo(a.limpio(), hoy).ok()));
    view! {
        <div class="tarjeta calendario-municipio">
            <h3>"Así lo verán las dependencias"</h3>
            {move || match resultado.get() {
                None => view! {
                    <p>"Con estos datos no se puede armar el calendario del cierre: «Descargar config.json» dice qué corregir."</p>
                }.into_any(),
                Some(c) => view! {
                    <p><strong>{c.titulo_del_cierre()}</strong></p>
                    <FechasDelCierre configuracion=c hoy=hoy/>
                }.into_any(),
            }}
        </div>
    }
}
