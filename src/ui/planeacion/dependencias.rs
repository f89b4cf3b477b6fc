//! The offices that must hand in an agenda, and where and by when they send it: the parts of
//! `config.json` the wizard suggests from and Planeación's page counts the deliveries by.

use leptos::prelude::*;

use super::configurar::{fecha_en_palabras, fecha_iso, lente_de_texto};
use super::{contadas, Recibido};
use crate::domain::calendar::leer_fecha_iso;
use crate::domain::config::{ArchivoConfiguracion, Entrega};
use crate::domain::entregas::dependencias_por_agregar;
use crate::domain::text::lista_natural;
use crate::ui::widgets::campos::{CampoNativo, CampoTexto, Ilegibles, ListaLineas};
use crate::ui::widgets::lente::Lente;

/// The offices, one per line, as the wizard's line lists take them.
#[component]
pub(super) fn ListaDependencias(
    archivo: RwSignal<ArchivoConfiguracion>,
    error: Memo<Option<String>>,
) -> impl IntoView {
    let lente = Lente {
        valor: Memo::new(move |_| archivo.with(|a| a.dependencias.clone().unwrap_or_default())),
        fijar: Callback::new(move |lista: Vec<String>| {
            archivo.update(|a| a.dependencias = (!lista.is_empty()).then_some(lista))
        }),
    };
    let nota = Memo::new(move |_| {
        Some(match lente.valor.with(Vec::len) {
            0 => "Sin lista: esta página no podrá decir quiénes faltan por entregar.".to_string(),
            1 => "1 dependencia en la lista.".to_string(),
            n => format!("{n} dependencias en la lista."),
        })
    });
    view! {
        <ListaLineas
            id="config-dependencias"
            etiqueta="Dependencias que deben entregar agenda"
            lente=lente
            ayuda="Una por línea: cada Secretaría de Despacho e Instituto descentralizado, con el nombre que debe escribir en el asistente, que se los sugiere."
            opcional=true
            filas=8
            error=error
            nota=nota
        />
    }
}

/// The offices the received files name that the list lacks, with one button to add them.
#[component]
pub(super) fn PorAgregar(
    archivo: RwSignal<ArchivoConfiguracion>,
    recibidos: RwSignal<Vec<Recibido>>,
    contados: Memo<Vec<bool>>,
) -> impl IntoView {
    let por_agregar = Memo::new(move |_| {
        let lista = archivo.with(|a| a.dependencias.clone().unwrap_or_default());
        recibidos.with(|r| dependencias_por_agregar(&lista, &contadas(r, &contados.get())))
    });
    move || {
        let nombres = por_agregar.get();
        (!nombres.is_empty()).then(|| {
            let (frase, boton) = match nombres.len() {
                1 => (
                    format!("Un archivo recibido es de una dependencia que no está en la lista: {}. Se agrega como está escrita en el archivo.", nombres[0]),
                    "Agregarla a la lista".to_string(),
                ),
                n => (
                    format!("Los archivos recibidos son de {n} dependencias que no están en la lista: {}. Se agregan como están escritas en los archivos.", lista_natural(&nombres)),
                    format!("Agregar las {n} a la lista"),
                ),
            };
            let agregar = move |_| {
                let nombres = por_agregar.get_untracked();
                archivo.update(|a| a.dependencias.get_or_insert_with(Vec::new).extend(nombres));
                crate::ui::enfocar("config-dependencias");
            };
            view! {
                <div class="aviso aviso-info">
                    <p>{frase}</p>
                    <button type="button" class="boton boton-secundario" on:click=agregar>{boton}</button>
                </div>
            }
        })
    }
}

/// The e-mail address, the deadline and another way to hand in, said where the offices download
/// their file.
#[component]
pub(super) fn EntregaDeLasAgendas(
    archivo: RwSignal<ArchivoConfiguracion>,
    ilegibles: Ilegibles,
    error_correo: Memo<Option<String>>,
) -> impl IntoView {
    let sin_error = Memo::new(|_| None::<String>);
    let nota_limite =
        fecha_en_palabras(archivo, |a| a.entrega.as_ref().and_then(|e| e.fecha_limite));
    view! {
        <fieldset class="grupo">
            <legend class="etiqueta">"Entrega de las agendas"</legend>
            <CampoTexto
                id="config-correo"
                etiqueta="Correo de Planeación que recibe las agendas"
                tipo="email"
                autocomplete="email"
                opcional=true
                lente=lente_de_texto(
                    archivo,
                    |a| a.entrega.as_ref().and_then(|e| e.correo.clone()).unwrap_or_default(),
                    |a, t| a.cambiar_entrega(|e| e.correo = Some(t).filter(|t| !t.is_empty())),
                )
                error=error_correo
            />
            <CampoNativo
                id="config-limite".to_string()
                etiqueta="Fecha límite de entrega".to_string()
                ayuda=None
                opcional=true
                tipo="date"
                clase="entrada ancho-fecha"
                ilegibles=ilegibles
                lente=lente_de_texto(
                    archivo,
                    |a| fecha_iso(a.entrega.as_ref().and_then(|e| e.fecha_limite)),
                    |a, t| a.cambiar_entrega(|e: &mut Entrega| e.fecha_limite = leer_fecha_iso(&t)),
                )
                error=sin_error
                nota=nota_limite
            />
            <CampoTexto
                id="config-indicaciones"
                etiqueta="Otra forma de entregarla"
                ayuda="Una frase, por ejemplo «También puede dejarlo en la carpeta compartida RdC.»"
                opcional=true
                lente=lente_de_texto(
                    archivo,
                    |a| a.entrega.as_ref().and_then(|e| e.indicaciones.clone()).unwrap_or_default(),
                    |a, t| a.cambiar_entrega(|e| e.indicaciones = Some(t).filter(|t| !t.is_empty())),
                )
                error=sin_error
            />
        </fieldset>
    }
}
