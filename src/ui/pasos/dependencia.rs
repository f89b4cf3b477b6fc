//! Step 1: the office, its head and the accountability contact.

use leptos::prelude::*;

use crate::domain::entregas::{correccion_del_nombre, nota_del_nombre};
use crate::domain::model::Agenda;
use crate::domain::pasos::{error_de_periodo, id_campo};
use crate::domain::vocab::TipoDependencia;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::lente::{cod, de_agenda, de_cod, todas, Lente};
use crate::ui::widgets::tras_pintar::TrasPintar;

fn texto(leer: fn(&Agenda) -> String, escribir: fn(&mut Agenda, String)) -> Lente<String> {
    de_agenda(leer, escribir)
}

/// Sectors offered as suggestions; any other can be typed.
const SECTORES: [&str; 16] = [
    "Salud",
    "Educación",
    "Gobierno",
    "Hacienda",
    "Planeación",
    "Infraestructura",
    "Movilidad",
    "Ambiente",
    "Desarrollo económico",
    "Agricultura y desarrollo rural",
    "Cultura",
    "Deporte y recreación",
    "Inclusión social",
    "Mujer y equidad de género",
    "Vivienda",
    "Seguridad y convivencia",
];

#[component]
pub fn PasoDependencia() -> impl IntoView {
    let c = |campo: &str| id_campo(None, campo);
    let tipo = de_agenda(
        |a| cod(a.dependencia.tipo),
        |a, c| {
            let v = de_cod(c);
            a.dependencia.tipo = v;
            // An institute has its own legal representative; a secretariat answers through the mayor.
            a.dependencia.es_representante_legal =
                v == Some(TipoDependencia::InstitutoDescentralizado);
        },
    );
    let estado = usar_estado();
    let nombre = texto(
        |a| a.dependencia.nombre.clone(),
        |a, v| a.dependencia.nombre = v,
    );
    // The office list comes with the site's config.json, read before the wizard shows.
    let con_lista = estado.config.with_untracked(|c| !c.dependencias.is_empty());
    let ayuda_nombre = if con_lista {
        "Elija el de su dependencia entre las sugerencias de Planeación: escriba una parte del nombre para verlas."
    } else {
        "Como aparece en el organigrama, por ejemplo «Secretaría de Salud»."
    };
    let nota_nombre = Memo::new(move |_| {
        estado
            .config
            .with(|c| nombre.valor.with(|n| nota_del_nombre(c, n)))
    });
    view! {
        <PeriodoAjeno/>
        <CampoTexto
            id=c("dependencia.nombre")
            etiqueta="Nombre de la dependencia"
            ayuda=ayuda_nombre
            autocomplete=if con_lista { "off" } else { "organization" }
            lista=con_lista.then_some("dependencias-esperadas")
            nota=nota_nombre
            lente=nombre
        />
        <EscribirComoLaLista id_nombre=c("dependencia.nombre")/>
        {con_lista.then(|| view! {
            <datalist id="dependencias-esperadas">
                {estado.config.with_untracked(|c| c.dependencias.iter().map(|d| view! { <option value=d.clone()></option> }).collect_view())}
            </datalist>
        })}
        <Opciones id=c("dependencia.tipo") leyenda="Tipo de dependencia" lente=tipo opciones={todas::<TipoDependencia>()}/>
        // The first screen of a new agenda: a phone's first screenful is built and painted, and
        // the rest waits for an idle moment, so the name field answers sooner (tests/bench/README.md).
        <TrasPintar sin_prisa=true>
            <CampoTexto
                id=c("dependencia.sector")
                etiqueta="Sector"
                ayuda="Elija de la lista o escriba otro."
                lista=Some("sectores")
                lente=texto(|a| a.dependencia.sector.clone(), |a, v| a.dependencia.sector = v)
            />
            <datalist id="sectores">{SECTORES.iter().map(|s| view! { <option value=*s></option> }).collect_view()}</datalist>
            <Casilla
                id=c("dependencia.es_representante_legal")
                etiqueta="Quien dirige la dependencia es representante legal de una entidad"
                ayuda="Aplica a los institutos descentralizados. La Ley 951 de 2005 le pide el acta de informe de gestión al terminar."
                lente=de_agenda(|a| a.dependencia.es_representante_legal, |a, v| a.dependencia.es_representante_legal = v)
            />
            <h2>"Quién dirige la dependencia"</h2>
            <div class="fila-campos">
                <CampoTexto id=c("dependencia.titular.nombre") etiqueta="Nombre" autocomplete="off" lente=texto(|a| a.dependencia.titular.nombre.clone(), |a, v| a.dependencia.titular.nombre = v)/>
                <CampoTexto id=c("dependencia.titular.cargo") etiqueta="Cargo" lente=texto(|a| a.dependencia.titular.cargo.clone(), |a, v| a.dependencia.titular.cargo = v)/>
            </div>
            <h2>"Enlace para la rendición de cuentas"</h2>
            <p class="ayuda">"La persona a quien Planeación escribe o llama sobre esta agenda."</p>
            <div class="fila-campos">
                <CampoTexto id=c("dependencia.enlace_rdc.nombre") etiqueta="Nombre" autocomplete="name" lente=texto(|a| a.dependencia.enlace_rdc.nombre.clone(), |a, v| a.dependencia.enlace_rdc.nombre = v)/>
                <CampoTexto id=c("dependencia.enlace_rdc.cargo") etiqueta="Cargo" opcional=true autocomplete="organization-title" lente=texto(|a| a.dependencia.enlace_rdc.cargo.clone(), |a, v| a.dependencia.enlace_rdc.cargo = v)/>
            </div>
            <div class="fila-campos">
                <CampoTexto id=c("dependencia.enlace_rdc.correo") etiqueta="Correo electrónico" tipo="email" autocomplete="email" lente=texto(|a| a.dependencia.enlace_rdc.correo.clone(), |a, v| a.dependencia.enlace_rdc.correo = v)/>
                <CampoTexto id=c("dependencia.enlace_rdc.telefono") etiqueta="Teléfono" tipo="tel" opcional=true autocomplete="tel" ayuda="Con extensión si la tiene." lente=texto(|a| a.dependencia.enlace_rdc.telefono.clone(), |a, v| a.dependencia.enlace_rdc.telefono = v)/>
            </div>
        </TrasPintar>
    }
}

/// The name as Planeación's list writes it, with one button, when the one typed is that
/// office written otherwise; the name field keeps the focus once it is fixed.
#[component]
fn EscribirComoLaLista(id_nombre: String) -> impl IntoView {
    let estado = usar_estado();
    let correccion = Memo::new(move |_| {
        estado.config.with(|c| {
            estado
                .agenda
                .with(|a| correccion_del_nombre(c, &a.dependencia.nombre).map(str::to_string))
        })
    });
    move || {
        correccion.get().map(|esperado| {
            let id_nombre = id_nombre.clone();
            let etiqueta = format!("Escribir «{esperado}»");
            let escribir = move |_| {
                estado.editar(|a| a.dependencia.nombre = esperado.clone());
                crate::ui::enfocar(&id_nombre);
            };
            view! {
                <button type="button" class="boton boton-secundario boton-bajo-campo" on:click=escribir>
                    {etiqueta}
                </button>
            }
        })
    }
}

/// An agenda of another term (opened as the base of the new one) says so first, with the button
/// that moves it to the term of the closing year the site prepares; its dates stay for the
/// person to revise, which the confirmation (focused, as the button is gone) reminds.
#[component]
fn PeriodoAjeno() -> impl IntoView {
    let estado = usar_estado();
    let error = Memo::new(move |_| {
        estado
            .config
            .with(|c| estado.agenda.with(|a| error_de_periodo(a, c)))
    });
    let pasada = RwSignal::new(None::<String>);
    let id = id_campo(None, "periodo_gobierno");
    let id_mensaje = format!("{id}-error");
    move || match error.get() {
        Some(e) => {
            let periodo = estado.config.with_untracked(|c| c.periodo_gobierno());
            let nombre = periodo.anios();
            let etiqueta = format!("Pasar la agenda al período {nombre}");
            let pasar = move |_| {
                estado.editar(|a| a.periodo_gobierno = Some(periodo));
                pasada.set(Some(format!(
                    "La agenda quedó en el período {nombre}. Revise las fechas de sus actividades: la revisión las compara con el calendario de este cierre."
                )));
                crate::ui::enfocar("periodo-pasado");
            };
            view! {
                <div class="aviso aviso-pendiente">
                    <p id=id_mensaje.clone()><strong>{format!("{}.", e.mensaje)}</strong></p>
                    <button
                        type="button"
                        class="boton boton-secundario"
                        id=id.clone()
                        aria-describedby=id_mensaje.clone()
                        on:click=pasar
                    >
                        {etiqueta}
                    </button>
                </div>
            }
            .into_any()
        }
        None => pasada
            .get()
            .map(|texto| {
                view! {
                    <div class="aviso">
                        <p id="periodo-pasado" tabindex="-1">{texto}</p>
                    </div>
                }
            })
            .into_any(),
    }
}
