//! Step 8: coordination with the municipal Communications Office, and where the agenda itself
//! is published.

use leptos::prelude::*;

use crate::domain::pasos::id_campo;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::lente::de_agenda;

#[component]
pub fn PasoComunicaciones() -> impl IntoView {
    let c = |campo: &str| id_campo(None, campo);
    view! {
        <CampoTexto
            id=c("coordinacion_comunicaciones.oficina")
            etiqueta="Oficina con la que coordina"
            ayuda="Normalmente, la Oficina de Comunicaciones de la alcaldía."
            lente=de_agenda(|a| a.coordinacion_comunicaciones.oficina.clone(), |a, v| a.coordinacion_comunicaciones.oficina = v)
        />
        <div class="fila-campos">
            <CampoTexto
                id=c("coordinacion_comunicaciones.contacto")
                etiqueta="Persona de contacto"
                ayuda="Nombre y cargo."
                lente=de_agenda(|a| a.coordinacion_comunicaciones.contacto.clone(), |a, v| a.coordinacion_comunicaciones.contacto = v)
            />
            <CampoTexto
                id=c("coordinacion_comunicaciones.correo")
                etiqueta="Correo"
                tipo="email"
                opcional=true
                lente=de_agenda(|a| a.coordinacion_comunicaciones.correo.clone(), |a, v| a.coordinacion_comunicaciones.correo = v)
            />
        </div>
        <CampoFecha
            id=c("coordinacion_comunicaciones.fecha_reunion")
            etiqueta="Fecha de la reunión de coordinación"
            opcional=true
            lente=de_agenda(|a| a.coordinacion_comunicaciones.fecha_reunion, |a, v| a.coordinacion_comunicaciones.fecha_reunion = v)
        />
        <AreaTexto
            id=c("coordinacion_comunicaciones.acuerdos")
            etiqueta="Qué acordaron"
            ayuda="Piezas, transmisiones, publicaciones en redes, cuñas radiales, cubrimiento de los eventos."
            opcional=true
            lente=de_agenda(|a| a.coordinacion_comunicaciones.acuerdos.clone(), |a, v| a.coordinacion_comunicaciones.acuerdos = v)
        />
        <h2>"Publicación de esta agenda"</h2>
        <div id=c("publicacion_agenda") tabindex="-1">
            <CampoTexto
                id=c("publicacion_agenda.url")
                etiqueta="Dirección donde se publicará la agenda"
                ayuda="En el menú «Participa» del sitio web de la alcaldía."
                tipo="url"
                opcional=true
                lente=de_agenda(|a| a.publicacion_agenda.as_ref().map(|p| p.url.clone()).unwrap_or_default(), |a, v| a.publicacion_agenda_mut().url = v)
            />
            <Casilla
                id=c("publicacion_agenda.incluye_calendario")
                etiqueta="Se publicará con su calendario"
                lente=de_agenda(|a| a.publicacion_agenda.as_ref().is_some_and(|p| p.incluye_calendario), |a, v| a.publicacion_agenda_mut().incluye_calendario = v)
            />
        </div>
    }
}
