//! Step 3: the value and interest groups the office characterised.

use leptos::prelude::*;

use crate::domain::edicion::marcar_grupos_sin_marcar;
use crate::domain::pasos::id_campo;
use crate::domain::vocab::Vocabulario;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::grupos::SelectorGrupos;
use crate::ui::widgets::lente::de_agenda;

#[component]
pub fn PasoGrupos() -> impl IntoView {
    view! {
        <GruposSinMarcar/>
        <SelectorGrupos
            id=id_campo(None, "grupos_valor")
            leyenda="¿A qué grupos llegará la dependencia?"
            ayuda=Some("Estos grupos aparecerán primero cuando arme cada actividad. Escriba el detalle cuando ayude a ubicarlos (por ejemplo, el nombre del cabildo o de la asociación).".to_string())
            lente=de_agenda(|a| a.grupos_valor.clone(), |a, v| a.grupos_valor = v)
        />
    }
}

/// The groups the agenda's topics and activities already name (an agenda opened from a file
/// often names them only there), with one button to mark them here.
#[component]
fn GruposSinMarcar() -> impl IntoView {
    let estado = usar_estado();
    let sin_marcar = Memo::new(move |_| estado.agenda.with(|a| a.grupos_sin_marcar()));
    move || {
        let grupos = sin_marcar.get();
        (!grupos.is_empty()).then(|| {
            let marcar = move |_| {
                estado.editar(marcar_grupos_sin_marcar);
                // The button leaves with the notice: focus goes to the list it filled.
                crate::ui::enfocar(&id_campo(None, "grupos_valor"));
            };
            view! {
                <div class="aviso aviso-info" id="grupos-sin-marcar">
                    <p>
                        {if grupos.len() == 1 {
                            "Sus temas o actividades ya se dirigen a un grupo que no está marcado aquí.".to_string()
                        } else {
                            format!("Sus temas y actividades ya se dirigen a {} grupos que no están marcados aquí.", grupos.len())
                        }}
                    </p>
                    <details class="detalles">
                        <summary>"Ver cuáles"</summary>
                        <ul class="lista">
                            {grupos.iter().map(|g| view! { <li>{g.etiqueta()}</li> }).collect_view()}
                        </ul>
                    </details>
                    <button type="button" class="boton boton-secundario" on:click=marcar>
                        {if grupos.len() == 1 { "Marcar este grupo aquí".to_string() } else { format!("Marcar estos {} grupos aquí", grupos.len()) }}
                    </button>
                </div>
            }
        })
    }
}
