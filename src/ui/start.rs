//! The start screen: what the tool does, what the official needs at hand, and the
//! municipality's closing calendar.

use leptos::prelude::*;

use super::abrir_archivo::AbrirArchivo;
use super::borradores::{lista_borradores, PaginaBorradores};
use super::estado::usar_estado;
use super::ruta::{navegar, Ruta};
use super::sesion::primer_paso_pendiente;
use super::widgets::cierre::FechasDelCierre;

/// The start screen: the drafts page once this browser has drafts, the welcome otherwise.
#[component]
pub fn Inicio() -> impl IntoView {
    let estado = usar_estado();
    let lista = lista_borradores(estado);
    // Once shown, the drafts page stays while on this screen: removing the last draft must
    // still offer its "Deshacer".
    let hay = Memo::new(move |antes: Option<&bool>| {
        antes == Some(&true) || lista.with(|l| l.as_ref().is_ok_and(|l| !l.is_empty()))
    });
    move || {
        if hay.get() {
            view! { <PaginaBorradores lista=lista/> }.into_any()
        } else {
            view! { <Bienvenida/> }.into_any()
        }
    }
}

/// The closing calendar of the municipality, from its settings.
#[component]
pub fn CalendarioMunicipio() -> impl IntoView {
    let estado = usar_estado();
    let config = estado.config.get_untracked();
    let titulo = config.titulo_del_cierre();
    view! {
        {move || estado.aviso_config.get().map(|m| view! { <div class="aviso aviso-error" role="alert"><p>{m}</p></div> })}
        <section class="tarjeta calendario-municipio" aria-labelledby="titulo-calendario-municipio">
            <h2 id="titulo-calendario-municipio">{titulo}</h2>
            <FechasDelCierre configuracion=config hoy=chrono::Local::now().date_naive()/>
        </section>
    }
}

#[component]
fn Bienvenida() -> impl IntoView {
    let estado = usar_estado();
    let hay_trabajo = estado.agenda.with_untracked(|a| {
        a != &crate::domain::model::Agenda {
            id: a.id.clone(),
            periodo_gobierno: a.periodo_gobierno,
            ..Default::default()
        }
    });
    let empezar = move |_| {
        let destino = estado.agenda.with_untracked(primer_paso_pendiente);
        navegar(Ruta::paso(destino));
    };
    view! {
        <h1 id="titulo-pagina" tabindex="-1">"Prepare la agenda de rendición de cuentas de su dependencia"</h1>
        <p class="entradilla">
            "Con esta herramienta cada Secretaría de Despacho o Instituto descentralizado arma la agenda que "
            "llevará a cabo en la rendición de cuentas sectorial de cierre de gobierno, y la descarga en un "
            "archivo para enviarla a la Secretaría de Planeación."
        </p>
        // The button before the calendar: on a phone the calendar alone fills the screen, and
        // the one thing to do here must show without scrolling.
        <button type="button" class="boton boton-principal boton-inicio" on:click=empezar>
            {if hay_trabajo { "Continuar con su agenda" } else { "Empezar" }}
        </button>
        <CalendarioMunicipio/>
        <h2>"Qué va a preparar"</h2>
        <ul class="lista">
            <li><strong>"Información: "</strong>"qué publicará, para quién, por qué canales y cómo la mantendrá disponible y accesible."</li>
            <li><strong>"Diálogo: "</strong>"los espacios presenciales y virtuales con la ciudadanía, con fechas, lugares y temas."</li>
            <li><strong>"Responsabilidad: "</strong>"cómo responderá las preguntas, publicará las memorias y evaluará."</li>
            <li><strong>"Cierre de gobierno: "</strong>"su aporte al informe de gestión y las sesiones de empalme."</li>
        </ul>
        <h2>"Qué necesita tener a mano"</h2>
        <ul class="lista">
            <li>"Los datos de su dependencia y de la persona enlace para la rendición de cuentas."</li>
            <li>"El resultado del autodiagnóstico del MURC y los temas que priorizó con la ciudadanía."</li>
            <li>"Las fechas, lugares y responsables de cada actividad que ya tenga pensada."</li>
        </ul>
        <p>"Lo que escriba se guarda en este navegador mientras trabaja. Puede dejarlo y volver después; al final descarga el archivo para enviar."</p>
        <AbrirArchivo/>
    }
}
