//! Step 3: the value and interest groups the office characterised.

use leptos::prelude::*;

use crate::domain::pasos::id_campo;
use crate::ui::widgets::grupos::SelectorGrupos;
use crate::ui::widgets::lente::de_agenda;

#[component]
pub fn PasoGrupos() -> impl IntoView {
    view! {
        <SelectorGrupos
            id=id_campo(None, "grupos_valor")
            leyenda="¿A qué grupos llegará la dependencia?"
            ayuda=Some("Estos grupos aparecerán primero cuando arme cada actividad. Escriba el detalle cuando ayude a ubicarlos (por ejemplo, el nombre del cabildo o de la asociación).".to_string())
            lente=de_agenda(|a| a.grupos_valor.clone(), |a, v| a.grupos_valor = v)
        />
    }
}
