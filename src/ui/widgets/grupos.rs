//! Choosing value and interest groups: a checkbox per group, a detail for each chosen one
//! ("JAC El Diviso") and the disability subtypes.

use leptos::prelude::*;

use super::campos::Grupo;
use super::lente::Lente;
use crate::domain::edicion::{fijar_detalle_grupo, fijar_subtipos, marcar_grupo};
use crate::domain::model::GrupoDestinatario;
use crate::domain::orden::ordenar;
use crate::domain::vocab::{CategoriaGrupo, GrupoValor, SubtipoDiscapacidad, Vocabulario};

#[component]
fn CasillaGrupo(
    id: String,
    codigo: GrupoValor,
    lente: Lente<Vec<GrupoDestinatario>>,
) -> impl IntoView {
    let id_opcion = format!("{id}-{}", codigo.codigo());
    let id_detalle = format!("{id_opcion}-detalle");
    let marcado = Memo::new(move |_| lente.valor.with(|l| l.iter().any(|g| g.codigo == codigo)));
    let editar = move |cambio: &dyn Fn(&mut Vec<GrupoDestinatario>)| {
        let mut grupos = lente.valor.get_untracked();
        cambio(&mut grupos);
        lente.fijar.run(grupos);
    };
    let detalle = Memo::new(move |_| {
        lente.valor.with(|l| {
            l.iter()
                .find(|g| g.codigo == codigo)
                .and_then(|g| g.detalle.clone())
                .unwrap_or_default()
        })
    });
    let id_sub = id_opcion.clone();
    view! {
        <div class="opcion-grupo">
            <div class="opcion">
                <input
                    type="checkbox"
                    id=id_opcion.clone()
                    prop:checked=move || marcado.get()
                    on:change=move |ev| {
                        let si = event_target_checked(&ev);
                        editar(&|g| marcar_grupo(g, codigo, si));
                    }
                />
                <label for=id_opcion.clone()>{codigo.etiqueta()}</label>
            </div>
            <Show when=move || marcado.get()>
                <div class="condicional">
                    <label class="etiqueta etiqueta-pequena" for=id_detalle.clone()>
                        "¿Cuál? Nombre o detalle "
                        <span class="opcional">"(opcional)"</span>
                    </label>
                    <input
                        id=id_detalle.clone()
                        class="entrada"
                        type="text"
                        prop:value=move || detalle.get()
                        on:input=move |ev| {
                            let texto = event_target_value(&ev);
                            editar(&|g| fijar_detalle_grupo(g, codigo, &texto));
                        }
                    />
                    {(codigo == GrupoValor::Discapacidad).then(|| view! { <Subtipos id=id_sub.clone() lente=lente/> })}
                </div>
            </Show>
        </div>
    }
}

#[component]
fn Subtipos(id: String, lente: Lente<Vec<GrupoDestinatario>>) -> impl IntoView {
    let elegidos = Memo::new(move |_| {
        lente.valor.with(|l| {
            l.iter()
                .filter_map(|g| {
                    (g.codigo == GrupoValor::Discapacidad)
                        .then_some(g.subtipo)
                        .flatten()
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="grupo grupo-anidado">
            <legend class="etiqueta etiqueta-pequena">"Tipo de discapacidad " <span class="opcional">"(opcional)"</span></legend>
            <div class="opciones en-columnas">
                {SubtipoDiscapacidad::TODOS
                    .iter()
                    .map(|s| {
                        let s = *s;
                        let id_s = format!("{id}-{}", s.codigo());
                        view! {
                            <div class="opcion">
                                <input
                                    type="checkbox"
                                    id=id_s.clone()
                                    prop:checked=move || elegidos.with(|e| e.contains(&s))
                                    on:change=move |ev| {
                                        let mut nuevos = elegidos.get_untracked();
                                        nuevos.retain(|x| *x != s);
                                        if event_target_checked(&ev) {
                                            nuevos.push(s);
                                            ordenar(&mut nuevos);
                                        }
                                        let mut grupos = lente.valor.get_untracked();
                                        fijar_subtipos(&mut grupos, &nuevos);
                                        lente.fijar.run(grupos);
                                    }
                                />
                                <label for=id_s>{s.etiqueta()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The full picker. `prioritarios` go first and the rest behind "Otros grupos"; without them
/// every group shows, by category.
#[component]
pub fn SelectorGrupos(
    #[prop(into)] id: String,
    #[prop(into)] leyenda: String,
    lente: Lente<Vec<GrupoDestinatario>>,
    #[prop(optional_no_strip)] ayuda: Option<String>,
    #[prop(optional)] prioritarios: Option<Signal<Vec<GrupoValor>>>,
) -> impl IntoView {
    let id_base = id.clone();
    let por_categoria = move || {
        CategoriaGrupo::TODAS
            .into_iter()
            .map(|c| {
                let id = id_base.clone();
                view! {
                    <div class="subgrupo">
                        <p class="subgrupo-titulo">{c.etiqueta()}</p>
                        {c.grupos().into_iter().map(|g| view! { <CasillaGrupo id=id.clone() codigo=g lente=lente/> }).collect_view()}
                    </div>
                }
            })
            .collect_view()
    };
    let id_p = id.clone();
    let contenido = move || match prioritarios.map(|p| p.get()).filter(|p| !p.is_empty()) {
        None => por_categoria().into_any(),
        Some(primeros) => {
            let id = id_p.clone();
            let resto: Vec<GrupoValor> = GrupoValor::TODOS
                .iter()
                .copied()
                .filter(|g| !primeros.contains(g))
                .collect();
            let id_resto = id.clone();
            // Groups already chosen among the rest keep the section open.
            let abierto = lente
                .valor
                .with_untracked(|l| l.iter().any(|g| !primeros.contains(&g.codigo)));
            view! {
                <div class="subgrupo">
                    <p class="subgrupo-titulo">"Grupos que caracterizó la dependencia"</p>
                    {primeros_vista(id.clone(), primeros.clone(), lente)}
                </div>
                <details class="mas-grupos" open=abierto>
                    <summary>"Otros grupos"</summary>
                    {resto.into_iter().map(|g| view! { <CasillaGrupo id=id_resto.clone() codigo=g lente=lente/> }).collect_view()}
                </details>
            }
            .into_any()
        }
    };
    view! {
        <Grupo id=id leyenda=leyenda ayuda=ayuda>
            {contenido}
        </Grupo>
    }
}

fn primeros_vista(
    id: String,
    primeros: Vec<GrupoValor>,
    lente: Lente<Vec<GrupoDestinatario>>,
) -> impl IntoView {
    primeros
        .into_iter()
        .map(|g| view! { <CasillaGrupo id=id.clone() codigo=g lente=lente/> })
        .collect_view()
}
