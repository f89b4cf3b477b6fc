//! The start screen: what the tool does and what the official needs at hand.

use leptos::prelude::*;

#[component]
pub fn Inicio() -> impl IntoView {
    view! {
        <h1 id="titulo-pagina" tabindex="-1">"Prepare la agenda de rendición de cuentas de su dependencia"</h1>
        <p class="entradilla">
            "Con esta herramienta cada Secretaría de Despacho o Instituto descentralizado arma la agenda que "
            "llevará a cabo en la rendición de cuentas sectorial de cierre de gobierno, y la descarga en un "
            "archivo para enviarla a la Secretaría de Planeación."
        </p>
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
        <p>"Lo que escriba se guarda en este navegador mientras trabaja. Puede dejarlo y volver después."</p>
    }
}
