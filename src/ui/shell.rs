//! The page frame (skip link, header, main landmark, footer), the router, the document title
//! and the focus that moves with each screen.

use leptos::prelude::*;

use super::configuracion::{avisar_fallo, cargar_configuracion, ya_leida};
use super::estado::{usar_estado, Estado};
use super::guardado::{AvisoAlmacenamiento, EstadoDeGuardado};
use super::pasos::PantallaPaso;
use super::ruta::{ruta_actual, Ruta};
use super::sesion::{self, iniciar_autoguardado};
use super::start::Inicio;
use super::widgets::navegacion::enfocar_campo;
use super::widgets::tras_pintar::TrasPintar;
use crate::domain::config::Configuracion;
use crate::domain::pasos::Paso;

const PRODUCTO: &str = "Agenda de Rendición de Cuentas";

#[component]
pub fn App() -> impl IntoView {
    let hoy = chrono::Local::now().date_naive();
    // The screen waits for the municipality's settings (its dates, its offices). The page
    // fetched them while the app downloaded, and `montar` waits for that fetch: they are here,
    // unless the page had no fetch of its own and the app must read the file now. Until then,
    // and without a file, the dates are computed for the closing year.
    let leida = ya_leida(hoy);
    let config_lista = RwSignal::new(leida.is_some());
    let calculada = || Configuracion::para_anio(crate::domain::calendar::anio_cierre_vigente(hoy));
    let (config, fallo) = match leida {
        Some(Ok(Some(config))) => (config, None),
        Some(Err(fallo)) => (calculada(), Some(fallo)),
        Some(Ok(None)) | None => (calculada(), None),
    };
    let arranque = sesion::arranque(&config);
    sesion::revision_inicial(arranque.revision, &arranque.agenda);
    let estado = Estado::nuevo(arranque.agenda, config, ruta_actual());
    estado.modo.set(arranque.modo);
    estado.aviso_borrador.set(arranque.aviso);
    estado.ultima_descarga.set(arranque.ultima_descarga);
    estado.apartados.set(arranque.sin_leer);
    if let Some(fallo) = fallo {
        avisar_fallo(estado, fallo);
    }
    provide_context(estado);
    iniciar_autoguardado(estado);
    escuchar_rutas(estado);
    titulo_del_documento(estado);
    if !config_lista.get_untracked() {
        leptos::task::spawn_local(async move {
            cargar_configuracion(estado, hoy).await;
            config_lista.set(true);
        });
    }

    view! {
        <a
            class="salto"
            href="#contenido"
            on:click=move |ev| {
                // The hash is the wizard's route, so the skip link moves focus instead of the URL.
                ev.prevent_default();
                super::enfocar("contenido");
            }
        >
            "Saltar al contenido principal"
        </a>
        // The start screen edits no draft: its header keeps no line for a save status.
        <header class="encabezado" class:encabezado-inicio=move || estado.ruta.get() == Ruta::Inicio>
            <div class="contenedor encabezado-contenido">
                <a class="producto" href="#/">
                    <span class="producto-sigla" aria-hidden="true">"RdC"</span>
                    {PRODUCTO}
                </a>
                <EstadoDeGuardado/>
            </div>
        </header>
        <main id="contenido" class="contenedor" tabindex="-1">
            <AvisoAlmacenamiento/>
            <Show
                when=move || config_lista.get()
                fallback=|| view! { <p class="cargando">"Cargando…"</p> }
            >
                <Pantalla/>
            </Show>
        </main>
        // Below the fold on a phone: the first screen paints without waiting for it.
        <TrasPintar sin_prisa=true>
            <footer class="pie">
                <div class="contenedor">
                    <p>
                        "Herramienta para preparar la agenda sectorial de rendición de cuentas de cierre de gobierno, "
                        "según el Manual Único de Rendición de Cuentas (MURC). "
                        "Sus datos se guardan solo en este navegador hasta que usted descargue el archivo."
                    </p>
                    <p><a href="planeacion/">"Revisar las agendas recibidas (Planeación)"</a></p>
                </div>
            </footer>
        </TrasPintar>
    }
}

/// The screen of the current route.
#[component]
fn Pantalla() -> impl IntoView {
    let estado = usar_estado();
    move || match estado.ruta.get() {
        Ruta::Inicio => view! { <Inicio/> }.into_any(),
        Ruta::Paso {
            paso,
            volver_a_revision,
        } => view! { <PantallaPaso paso=paso volver_a_revision=volver_a_revision/> }.into_any(),
    }
}

/// Follows the address bar: the back button, a reload or a shared link land on their screen,
/// and focus goes to the new screen's heading (or to a field a link asked for).
fn escuchar_rutas(estado: Estado) {
    let manejador = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        let Some(ruta) = Ruta::desde_hash(&hash) else {
            return;
        };
        if estado.ruta.get_untracked() == ruta {
            return;
        }
        if estado.foco_pendiente.get_untracked().is_none() {
            estado.errores.set(Vec::new());
        }
        estado.eliminada.set(None);
        // The drafts page lists what was just typed, and a save landing after it shows would
        // redraw its list under the person's focus.
        if ruta == Ruta::Inicio {
            super::sesion::guardar_si_pendiente(estado);
        }
        estado.ruta.set(ruta);
        let foco = estado.foco_pendiente.get_untracked();
        estado.foco_pendiente.set(None);
        request_animation_frame(move || {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            match foco {
                Some(campo) => enfocar_campo(campo),
                None => super::enfocar("titulo-pagina"),
            }
        });
    });
    on_cleanup(move || manejador.remove());
}

/// "Paso 3 de 9: Grupos de valor y de interés — Agenda de Rendición de Cuentas", with
/// "Error: " in front while an error summary shows.
fn titulo_del_documento(estado: Estado) {
    Effect::new(move |_| {
        let ruta = estado.ruta.get();
        let con_errores = estado.resumenes_con_errores.get() > 0;
        let pantalla = match ruta {
            Ruta::Inicio => String::new(),
            Ruta::Paso { paso, .. } => format!(
                "Paso {} de {}: {} — ",
                paso.numero(),
                Paso::TODOS.len(),
                paso.titulo()
            ),
        };
        let titulo = format!(
            "{}{pantalla}{PRODUCTO}",
            if con_errores { "Error: " } else { "" }
        );
        document().set_title(&titulo);
    });
}
