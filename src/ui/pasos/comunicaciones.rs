//! Step 8: coordination with the municipal Communications Office, and where the agenda itself
//! is published. It opens with what the agenda asks of that office, to take to the meeting.

use leptos::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use crate::domain::comunicaciones::{
    nombrar_corresponsable, nombre_oficina, pedidos_a_comunicaciones, texto_para_comunicaciones,
};
use crate::domain::model::ActividadId;
use crate::domain::pasos::id_campo;
use crate::domain::text::plural;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::lente::de_agenda;

#[component]
pub fn PasoComunicaciones() -> impl IntoView {
    let c = |campo: &str| id_campo(None, campo);
    view! {
        <PedidosComunicaciones/>
        <h2>"La coordinación"</h2>
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

/// The activities that use channels the Communications Office runs, by date and what for; the
/// office can be named as co-responsible in each (rule V-COO-01), and the list copied into a
/// message to it.
#[component]
fn PedidosComunicaciones() -> impl IntoView {
    let estado = usar_estado();
    let pedidos = Memo::new(move |_| estado.agenda.with(pedidos_a_comunicaciones));
    let oficina = Memo::new(move |_| estado.agenda.with(nombre_oficina));
    let aviso = RwSignal::new(None::<String>);
    // The button pressed leaves with the change: focus goes to the sentence that says what
    // changed, which the status role also reads out.
    let nombrar = move |solo: Option<ActividadId>| {
        let mut cambiadas = 0;
        estado.editar(|a| cambiadas = nombrar_corresponsable(a, solo.as_ref()));
        aviso.set(Some(format!(
            "Se agregó «{}» como corresponsable en {}.",
            oficina.get_untracked(),
            plural(cambiadas, "actividad", "actividades")
        )));
        crate::ui::enfocar("aviso-pedidos");
    };
    let copiar = move |_| {
        let texto = estado.agenda.with_untracked(texto_para_comunicaciones);
        // Browsers only offer the clipboard on HTTPS pages (and localhost); calling it where it
        // is missing would throw inside the app.
        let navegador = window().navigator();
        let hay_portapapeles = js_sys::Reflect::get(&navegador, &"clipboard".into())
            .is_ok_and(|c| !c.is_undefined() && !c.is_null());
        spawn_local(async move {
            let copiado = hay_portapapeles
                && JsFuture::from(navegador.clipboard().write_text(&texto))
                    .await
                    .is_ok();
            aviso.set(Some(if copiado {
                "Se copió la lista: péguela en un correo o mensaje para Comunicaciones.".to_string()
            } else {
                "No se pudo copiar la lista. Selecciónela en la pantalla y cópiela con el menú del navegador.".to_string()
            }));
        });
    };
    view! {
        <section class="tarjeta pedidos-comunicaciones" aria-labelledby="titulo-pedidos">
            <h2 id="titulo-pedidos">"Lo que su agenda pide a Comunicaciones"</h2>
            {move || {
                let lista = pedidos.get();
                if lista.is_empty() {
                    return view! {
                        <p>"Por ahora ninguna actividad usa redes sociales, medios de comunicación ni transmisiones en vivo: no hay nada que pedir a Comunicaciones."</p>
                    }
                    .into_any();
                }
                let faltan = lista.iter().filter(|p| !p.corresponsable).count();
                view! {
                    <p>
                        {format!(
                            "{} usan canales que maneja Comunicaciones. Lleve esta lista a la reunión de coordinación.",
                            plural(lista.len(), "actividad", "actividades")
                        )}
                    </p>
                    <ul class="lista-pedidos">
                        {lista.into_iter().map(|p| {
                            let id = p.actividad_id.clone();
                            view! {
                                <li>
                                    <p><strong>{p.nombre.clone()}</strong>{format!(" · {}", p.cuando())}</p>
                                    <p>{p.para_que()}</p>
                                    {(!p.corresponsable).then(|| view! {
                                        <p class="pedido-falta">"Comunicaciones no figura como corresponsable de esta actividad."</p>
                                        <button type="button" class="boton boton-secundario" on:click=move |_| nombrar(Some(id.clone()))>
                                            {move || format!("Agregar a «{}» como corresponsable", oficina.get())}
                                        </button>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <div class="botones">
                        {(faltan > 1).then(|| view! {
                            <button type="button" class="boton boton-secundario" on:click=move |_| nombrar(None)>
                                {move || format!("Agregar a «{}» en las {faltan} actividades", oficina.get())}
                            </button>
                        })}
                        <button type="button" class="boton boton-secundario" on:click=copiar>"Copiar la lista"</button>
                    </div>
                }
                .into_any()
            }}
            <p id="aviso-pedidos" class="estado-descarga" role="status" tabindex="-1">{move || aviso.get()}</p>
        </section>
    }
}
