//! The notice after a change that can be taken back: "Se eliminó «…». Deshacer".

use leptos::prelude::*;

/// What a change did, in a polite live region that stays on the page (a region added with its
/// text is not announced), with the button that takes the change back while it can. The
/// region is hidden on paper.
#[component]
pub fn AvisoDeshacer(
    /// What was done; nothing while there is nothing to say.
    #[prop(into)]
    aviso: Signal<Option<String>>,
    /// Whether the change can still be taken back, when a notice can outlive its undo.
    #[prop(optional)]
    puede: Option<Signal<bool>>,
    id_boton: &'static str,
    al_deshacer: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="aviso-deshacer-region" role="status" aria-live="polite">
            {move || aviso.get().map(|texto| view! {
                <div class="aviso aviso-deshacer">
                    <p>{texto}</p>
                    {move || puede.is_none_or(|p| p.get()).then(|| view! {
                        <button type="button" class="boton boton-secundario" id=id_boton on:click=move |_| al_deshacer.run(())>
                            "Deshacer"
                        </button>
                    })}
                </div>
            })}
        </div>
    }
}
