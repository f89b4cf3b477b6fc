//! Step 2: MURC level, self-assessment, diagnosis, objective, prioritised topics, and the
//! preparation activities.

use leptos::prelude::*;

use crate::domain::cantidad::Unidad;
use crate::domain::model::{Autodiagnostico, Tema};
use crate::domain::orden::ordenar;
use crate::domain::pasos::{id_campo, Paso};
use crate::domain::text::plural;
use crate::domain::vocab::{GrupoValor, NivelMurc, Vocabulario};
use crate::ui::estado::usar_estado;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::lente::{cod, de_agenda, de_cod, de_num, de_tema, num, todas};
use crate::ui::widgets::lista::ListaActividades;

#[component]
pub fn PasoDiagnostico() -> impl IntoView {
    let estado = usar_estado();
    let c = |campo: &str| id_campo(None, campo);
    let n_temas = Memo::new(move |_| estado.agenda.with(|a| a.temas.len()));
    let agregar_tema = move |_| {
        estado.editar(|a| a.temas.push(Tema::default()));
        let i = n_temas.get_untracked().saturating_sub(1);
        crate::ui::widgets::navegacion::enfocar_campo(id_campo(None, &format!("temas[{i}].tema")));
    };
    view! {
        <Opciones
            id=c("nivel_murc")
            leyenda="Nivel del MURC en que está la dependencia"
            ayuda="Sale del autodiagnóstico. En nivel consolidado o perfeccionado se esperan espacios presenciales variados."
            lente=de_agenda(|a| cod(a.nivel_murc), |a, c| a.nivel_murc = de_cod(c))
            opciones={todas::<NivelMurc>()}
        />
        <h2>"Autodiagnóstico"</h2>
        <div class="fila-campos">
            <CampoFecha id=c("autodiagnostico.fecha") etiqueta="Fecha" opcional=true lente=de_agenda(|a| a.autodiagnostico.as_ref().and_then(|x| x.fecha), |a, v| a.autodiagnostico_mut().fecha = v)/>
            <CampoNumero id=c("autodiagnostico.puntaje") etiqueta=format!("Puntaje (0 a {})", Autodiagnostico::PUNTAJE_MAXIMO) maximo=u64::from(Autodiagnostico::PUNTAJE_MAXIMO) opcional=true lente=de_agenda(|a| num(a.autodiagnostico.as_ref().and_then(|x| x.puntaje)), |a, n| a.autodiagnostico_mut().puntaje = de_num(n))/>
        </div>
        <AreaTexto
            id=c("diagnostico")
            etiqueta="Diagnóstico"
            ayuda="Qué pasó en las rendiciones anteriores: espacios, participación, a quién no se llegó."
            opcional=true
            lente=de_agenda(|a| a.diagnostico.clone(), |a, v| a.diagnostico = v)
        />
        <AreaTexto
            id=c("objetivo")
            etiqueta="Objetivo de la rendición de cuentas"
            ayuda="Qué quiere lograr la dependencia con este proceso, en una o dos frases."
            filas=3
            lente=de_agenda(|a| a.objetivo.clone(), |a, v| a.objetivo = v)
        />
        <CampoNumero
            id=c("presupuesto_total_cop")
            etiqueta="Presupuesto total"
            unidad=Unidad::Pesos
            opcional=true
            lente=de_agenda(|a| num(a.presupuesto_total_cop), |a, n| a.presupuesto_total_cop = de_num(n))
        />
        <h2>"Temas priorizados"</h2>
        <p class="ayuda">"Los temas que le interesan a la ciudadanía y a quiénes, y de dónde salió la prioridad (consulta, PQRSD, mesas)."</p>
        <ol class="items items-simples">
            {move || (0..n_temas.get()).map(|i| view! { <FilaTema i=i/> }).collect_view()}
        </ol>
        <button type="button" class="boton boton-secundario" on:click=agregar_tema>"+ Agregar tema"</button>
        <h2>"Alistamiento"</h2>
        <p class="ayuda">"Actividades para preparar el proceso: conformar el equipo, capacitar, aplicar el autodiagnóstico, caracterizar los grupos de valor."</p>
        <ListaActividades paso=Paso::Diagnostico/>
    }
}

#[component]
fn FilaTema(i: usize) -> impl IntoView {
    let estado = usar_estado();
    let base = format!("temas[{i}]");
    let c = |campo: &str| id_campo(None, &format!("{base}.{campo}"));
    let id_grupos = c("grupos_valor");
    let grupos = de_tema(i, |t| t.grupos_valor.clone(), |t, v| t.grupos_valor = v);
    let quitar = move |_| {
        estado.editar(|a| {
            if i < a.temas.len() {
                a.temas.remove(i);
            }
        });
    };
    view! {
        <li class="item item-simple">
            <CampoTexto
                id=c("tema")
                etiqueta=format!("Tema {}", i + 1)
                lente=de_tema(i, |t| t.tema.clone(), |t, v| t.tema = v)
            />
            <details class="detalles">
                <summary>"¿Para quiénes es prioritario? " {move || grupos.valor.with(|g| match g.len() { 0 => String::new(), n => format!("({})", plural(n, "elegido", "elegidos")) })}</summary>
                <div class="opciones en-columnas">
                    {GrupoValor::TODOS.iter().map(|g| {
                        let g = *g;
                        let id_g = format!("{id_grupos}-{}", g.codigo());
                        view! {
                            <div class="opcion">
                                <input type="checkbox" id=id_g.clone()
                                    prop:checked=move || grupos.valor.with(|l| l.contains(&g))
                                    on:change=move |ev| {
                                        let mut l = grupos.valor.get_untracked();
                                        l.retain(|x| *x != g);
                                        if event_target_checked(&ev) { l.push(g); ordenar(&mut l); }
                                        grupos.fijar.run(l);
                                    }
                                />
                                <label for=id_g>{g.etiqueta()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </details>
            <CampoTexto
                id=c("fuente_priorizacion")
                etiqueta="De dónde salió la prioridad"
                opcional=true
                lente=de_tema(i, |t| t.fuente_priorizacion.clone(), |t, v| t.fuente_priorizacion = v)
            />
            <button type="button" class="boton boton-terciario" on:click=quitar>
                "Quitar tema " {i + 1}
            </button>
        </li>
    }
}
