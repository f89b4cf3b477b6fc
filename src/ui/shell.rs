//! The page frame: skip link, header, main landmark and footer.

use leptos::prelude::*;

use super::start::Inicio;

#[component]
pub fn App() -> impl IntoView {
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
        <header class="encabezado">
            <div class="contenedor">
                <p class="producto">
                    <span class="producto-sigla" aria-hidden="true">"RdC"</span>
                    "Agenda de Rendición de Cuentas"
                </p>
            </div>
        </header>
        <main id="contenido" class="contenedor" tabindex="-1">
            <Inicio/>
        </main>
        <footer class="pie">
            <div class="contenedor">
                <p>
                    "Herramienta para preparar la agenda sectorial de rendición de cuentas de cierre de gobierno, "
                    "según el Manual Único de Rendición de Cuentas (MURC). "
                    "Sus datos se guardan solo en este navegador hasta que usted descargue el archivo."
                </p>
            </div>
        </footer>
    }
}
