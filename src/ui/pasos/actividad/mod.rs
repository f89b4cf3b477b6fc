//! The form of one activity. Its sections depend on the step: information products ask for
//! channels and publication, dialogue spaces for place, convocatoria and the Ley de
//! Garantías (in `espacio_dialogo`), follow-up actions for the spaces they answer.

mod espacio_dialogo;

use leptos::prelude::*;

use crate::domain::calendar::fecha_corta;
use crate::domain::cantidad::Unidad;
use crate::domain::edicion::fijar_tipo;
use crate::domain::model::{Actividad, ActividadId};
use crate::domain::pasos::{id_campo, Paso};
use crate::domain::vocab::*;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::grupos::SelectorGrupos;
use crate::ui::widgets::lente::{
    cod, cods, de_actividad, de_cod, de_cods, de_num, num, opciones, todas, una_seccion, Lente,
};
use crate::ui::widgets::tras_pintar::TrasPintar;

fn texto(
    id: Id,
    leer: fn(&Actividad) -> String,
    escribir: fn(&mut Actividad, String),
) -> Lente<String> {
    de_actividad(id.get_value(), leer, escribir)
}

/// The activity's id as a copyable handle, so closures in the view can share it.
type Id = StoredValue<ActividadId>;

/// The screen id of one of the activity's fields.
fn campo_de(id: Id) -> impl Fn(&str) -> String + Copy + Send + Sync + 'static {
    move |campo: &str| id.with_value(|i| id_campo(Some(i), campo))
}

#[component]
pub fn FormularioActividad(id: ActividadId, paso: Paso) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    view! {
        <div class="formulario-actividad">
            <Seccion titulo="Qué y cuándo">
                <DatosBasicos id=id.get_value() paso=paso/>
            </Seccion>
            // The name, with the focus in it, paints before the other sections are built.
            <TrasPintar>
                <SeccionesSiguientes id=id.get_value() paso=paso/>
            </TrasPintar>
        </div>
    }
}

/// Every section after the first, as the step asks for them.
#[component]
fn SeccionesSiguientes(id: ActividadId, paso: Paso) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    use Paso::*;
    let para_quien = matches!(paso, Informacion | Dialogo | Responsabilidad | InformeEmpalme)
        .then(|| view! { <Seccion titulo="Para quién"><ParaQuien id=id.get_value() paso=paso/></Seccion> });
    let dialogo =
        (paso == Dialogo).then(|| view! { <espacio_dialogo::EspacioDeDialogo id=id.get_value()/> });
    let canales = matches!(paso, Informacion | Responsabilidad | InformeEmpalme)
        .then(|| view! { <Seccion titulo="Canales y publicación"><Canales id=id.get_value() paso=paso/></Seccion> });
    let relacionadas = (paso == Responsabilidad)
        .then(|| view! { <Seccion titulo="Espacios a los que responde"><Relacionadas id=id.get_value()/></Seccion> });
    let accesibilidad = matches!(paso, Informacion | Dialogo).then(|| {
        view! {
            <Seccion titulo="Accesibilidad">
                <Casillas
                    id=campo_de(id)("accesibilidad")
                    leyenda="Medidas de accesibilidad y ajustes razonables"
                    ayuda="Piense en personas con discapacidad, pueblos étnicos, población rural y personas mayores."
                    lente=de_actividad(id.get_value(), |a| cods(&a.accesibilidad), |a, c| a.accesibilidad = de_cods(&c))
                    secciones={una_seccion(todas::<MedidaAccesibilidad>())}
                    opcional=true
                />
            </Seccion>
        }
    });
    view! {
        {para_quien}
        {dialogo}
        {canales}
        {relacionadas}
        {accesibilidad}
        <Seccion titulo="Meta, indicador y evidencia">
            <MetaEvidencia id=id.get_value()/>
        </Seccion>
        <Seccion titulo="Responsables y recursos">
            <Responsables id=id.get_value()/>
        </Seccion>
    }
}

#[component]
fn Seccion(titulo: &'static str, children: Children) -> impl IntoView {
    view! {
        <section class="seccion-formulario">
            <h4 class="seccion-titulo">{titulo}</h4>
            {children()}
        </section>
    }
}

#[component]
fn DatosBasicos(id: ActividadId, paso: Paso) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let estado = usar_estado();
    let c = campo_de(id);
    let tipo = de_actividad(
        id.get_value(),
        |a| cod(a.tipo_accion),
        |a, c| fijar_tipo(a, de_cod(c)),
    );
    let inicio = de_actividad(
        id.get_value(),
        |a| a.fecha_inicio,
        |a, v| a.fecha_inicio = v,
    );
    let ventanas = move || {
        estado.config.with_untracked(|cfg| {
            let v = &cfg.ventanas;
            format!(
                "Informe de gestión: {}. Rendición de cuentas: {}. Empalme: desde el {}.",
                v.informe_gestion.en_palabras(),
                v.rendicion_cuentas.en_palabras(),
                fecha_corta(v.empalme_desde)
            )
        })
    };
    let nombre_ayuda = match paso {
        Paso::Dialogo => "Por ejemplo: «Foro de salud mental juvenil».",
        Paso::Informacion => "Por ejemplo: «Informe de rendición de cuentas en versión ciudadana».",
        Paso::Responsabilidad => {
            "Por ejemplo: «Publicar memorias y responder preguntas pendientes»."
        }
        Paso::InformeEmpalme => "Por ejemplo: «Sesiones de empalme con el equipo entrante».",
        _ => "Por ejemplo: «Conformar el equipo líder de rendición de cuentas».",
    };
    view! {
        <CampoTexto
            id=c("nombre")
            etiqueta="Nombre de la actividad"
            ayuda=nombre_ayuda
            lente=texto(id, |a| a.nombre.clone(), |a, v| a.nombre = v)
        />
        {(paso != Paso::Dialogo).then(|| view! {
            <Seleccion
                id=c("tipo_accion")
                etiqueta="Tipo de acción"
                lente=tipo
                opciones=opciones(paso.tipos_de_accion())
            />
        })}
        <AreaTexto
            id=c("descripcion")
            etiqueta="Descripción"
            ayuda="Qué se hará, en pocas palabras."
            opcional=true
            filas=3
            lente=texto(id, |a| a.descripcion.clone(), |a, v| a.descripcion = v)
        />
        <div class="fila-campos">
            <CampoFecha
                id=c("fecha_inicio")
                etiqueta="Fecha de inicio"
                ayuda="El día en que empieza o se publica."
                lente=inicio
            />
            <CampoFecha
                id=c("fecha_fin")
                etiqueta="Fecha de fin"
                ayuda="Si dura un solo día, la misma fecha."
                lente=de_actividad(id.get_value(), |a| a.fecha_fin, |a, v| a.fecha_fin = v)
                respecto_de=RespectoDe::Inicio(inicio.valor)
            />
        </div>
        <Opciones
            id=c("fase_cierre")
            leyenda="Fase de cierre de gobierno"
            ayuda=ventanas()
            lente=de_actividad(id.get_value(), |a| cod(a.fase_cierre), |a, c| a.fase_cierre = de_cod(c))
            opciones={todas::<FaseCierre>()}
        />
        <Seleccion
            id=c("etapa_murc")
            etiqueta="Etapa del MURC"
            opcional=true
            lente=de_actividad(id.get_value(), |a| cod(a.etapa_murc), |a, c| a.etapa_murc = de_cod(c))
            opciones={todas::<EtapaMurc>()}
        />
        <Seleccion
            id=c("estado")
            etiqueta="Estado"
            opcional=true
            lente=de_actividad(id.get_value(), |a| cod(a.estado), |a, c| a.estado = de_cod(c))
            opciones={todas::<EstadoActividad>()}
        />
    }
}

#[component]
fn ParaQuien(id: ActividadId, paso: Paso) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let estado = usar_estado();
    let c = campo_de(id);
    // A memo, so typing elsewhere in the agenda does not rebuild the group list.
    let prioritarios = Memo::new(move |_| {
        estado.agenda.with(|a| {
            let mut g: Vec<GrupoValor> = a.grupos_valor.iter().map(|g| g.codigo).collect();
            g.dedup();
            g
        })
    });
    let temas = Signal::derive(move || {
        estado.agenda.with(|a| {
            a.temas
                .iter()
                .map(|t| t.tema.trim().to_string())
                .filter(|t| !t.is_empty())
                .map(|t| (t.clone(), t))
                .collect::<Vec<_>>()
        })
    });
    let hay_temas = Memo::new(move |_| !temas.with(Vec::is_empty));
    let temas_elegidos = de_actividad(id.get_value(), |a| a.temas.clone(), |a, v| a.temas = v);
    view! {
        <SelectorGrupos
            id=c("grupos_valor")
            leyenda=if matches!(paso, Paso::Informacion | Paso::Dialogo) { "¿A qué grupos de valor se dirige?" } else { "¿A qué grupos se dirige? (opcional)" }
            ayuda=Some("Marque todos los que apliquen y, si quiere, escriba cuál (por ejemplo, el nombre de la JAC).".to_string())
            lente=de_actividad(id.get_value(), |a| a.grupos_valor.clone(), |a, v| a.grupos_valor = v)
            prioritarios=Signal::from(prioritarios)
        />
        <Show when=move || hay_temas.get()>
            <CasillasVariables id=c("temas") leyenda="Temas priorizados que trata" opciones=temas lente=temas_elegidos/>
        </Show>
    }
}

#[component]
fn Canales(id: ActividadId, paso: Paso) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let c = campo_de(id);
    let canales = de_actividad(
        id.get_value(),
        |a| cods(&a.canales_informacion),
        |a, c| a.canales_informacion = de_cods(&c),
    );
    let por_tipo = |tipo: TipoCanal| {
        opciones(
            &CanalInformacion::TODOS
                .iter()
                .copied()
                .filter(|c| c.tipo() == tipo)
                .collect::<Vec<_>>(),
        )
    };
    let secciones = vec![
        (
            TipoCanal::Electronico.etiqueta(),
            por_tipo(TipoCanal::Electronico),
        ),
        (TipoCanal::Fisico.etiqueta(), por_tipo(TipoCanal::Fisico)),
        (
            TipoCanal::MedioMasivo.etiqueta(),
            por_tipo(TipoCanal::MedioMasivo),
        ),
    ];
    let en_la_web = Memo::new(move |_| {
        canales.valor.with(|l| {
            de_cods::<CanalInformacion>(l)
                .iter()
                .any(|c| c.es_web_institucional())
        })
    });
    let con_video = de_actividad(
        id.get_value(),
        |a| a.video.as_ref().is_some_and(|v| v.grabado),
        |a, v| a.video_mut().grabado = v,
    );
    let revisado = de_actividad(
        id.get_value(),
        |a| a.lenguaje_claro.as_ref().is_some_and(|l| l.revisado),
        |a, v| a.lenguaje_claro_mut().revisado = v,
    );
    view! {
        <Casillas
            id=c("canales_informacion")
            leyenda="¿Por qué canales llega la información?"
            ayuda="Medios físicos y canales electrónicos. Para población rural, étnica, mayor o con discapacidad, incluya al menos uno que no dependa de internet."
            lente=canales
            secciones=secciones
            opcional=paso != Paso::Informacion
        />
        <Show when=move || en_la_web.get()>
            {
                let c = campo_de(id);
                view! {
                    <div class="condicional" id=c("web") tabindex="-1">
                        <CampoTexto
                            id=c("web.url")
                            etiqueta="Dirección web donde queda publicada"
                            ayuda="Completa, empezando por https://. Mejor en el menú «Participa» del sitio."
                            tipo="url"
                            lente=texto(id, |a| a.web.as_ref().map(|w| w.url.clone()).unwrap_or_default(), |a, v| a.web_mut().url = v)
                        />
                        <Casilla
                            id=c("web.wcag21_aa")
                            etiqueta="La publicación cumple WCAG 2.1 nivel AA (Resolución MinTIC 1519 de 2020)"
                            lente=de_actividad(id.get_value(), |a| a.web.as_ref().is_some_and(|w| w.wcag21_aa), |a, v| a.web_mut().wcag21_aa = v)
                        />
                        <CampoFecha
                            id=c("web.disponible_hasta")
                            etiqueta="Disponible en línea hasta"
                            ayuda="Al menos hasta el fin del período de gobierno."
                            lente=de_actividad(id.get_value(), |a| a.web.as_ref().and_then(|w| w.disponible_hasta), |a, v| a.web_mut().disponible_hasta = v)
                        />
                    </div>
                }
            }
        </Show>
        <Casilla
            id=c("lenguaje_claro.revisado")
            etiqueta="Se revisará en lenguaje claro antes de publicarse"
            lente=revisado
        />
        <Show when=move || revisado.valor.get()>
            {
                let c = campo_de(id);
                view! {
                    <div class="condicional fila-campos">
                        <CampoTexto
                            id=c("lenguaje_claro.revisor")
                            etiqueta="Quién lo revisa"
                            opcional=true
                            lente=texto(id, |a| a.lenguaje_claro.as_ref().map(|l| l.revisor.clone()).unwrap_or_default(), |a, v| a.lenguaje_claro_mut().revisor = v)
                        />
                        <CampoFecha
                            id=c("lenguaje_claro.fecha")
                            etiqueta="Fecha de la revisión"
                            opcional=true
                            lente=de_actividad(id.get_value(), |a| a.lenguaje_claro.as_ref().and_then(|l| l.fecha), |a, v| a.lenguaje_claro_mut().fecha = v)
                        />
                    </div>
                }
            }
        </Show>
        <Casilla id=c("video.grabado") etiqueta="Incluye un video grabado" lente=con_video/>
        <Show when=move || con_video.valor.get()>
            <div class="condicional">
                <Casilla
                    id=campo_de(id)("video.subtitulos_cc")
                    etiqueta="El video tendrá subtítulos (closed caption)"
                    ayuda="La Resolución MinTIC 1519 de 2020 exige subtítulos en los videos grabados nuevos."
                    lente=de_actividad(id.get_value(), |a| a.video.as_ref().is_some_and(|v| v.subtitulos_cc), |a, v| a.video_mut().subtitulos_cc = v)
                />
            </div>
        </Show>
    }
}

#[component]
fn Relacionadas(id: ActividadId) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let estado = usar_estado();
    let espacios = Signal::derive(move || {
        estado.agenda.with(|a| {
            a.actividades
                .iter()
                .filter(|x| x.es_dialogo())
                .map(|x| (x.id.0.clone(), x.nombre_o_id()))
                .collect::<Vec<_>>()
        })
    });
    let lente = de_actividad(
        id.get_value(),
        |a| a.relacionada_con.iter().map(|r| r.0.clone()).collect(),
        |a, v: Vec<String>| a.relacionada_con = v.into_iter().map(ActividadId).collect(),
    );
    view! {
        <CasillasVariables
            id=campo_de(id)("relacionada_con")
            leyenda="¿De qué espacios de diálogo se ocupa?"
            ayuda=Some("Así se sabe qué espacios tienen su memoria, sus respuestas o su evaluación.".to_string())
            opciones=espacios
            lente=lente
            vacio="Aún no hay espacios de diálogo en el paso 5."
        />
    }
}

#[component]
fn MetaEvidencia(id: ActividadId) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let c = campo_de(id);
    view! {
        <div id=c("meta") tabindex="-1">
            <CampoTexto id=c("meta.descripcion") etiqueta="Meta: qué se logrará" ayuda="Por ejemplo: «asistentes», «piezas difundidas»." lente=texto(id, |a| a.meta.as_ref().map(|m| m.descripcion.clone()).unwrap_or_default(), |a, v| a.meta_mut().descripcion = v)/>
            <div class="fila-campos">
                <CampoNumero id=c("meta.cantidad") etiqueta="Cantidad" decimal=true lente=de_actividad(id.get_value(), |a| a.meta.as_ref().and_then(|m| m.cantidad), |a, v| a.meta_mut().cantidad = v)/>
                <CampoTexto id=c("meta.unidad") etiqueta="Unidad" ayuda="personas, piezas, %…" ancho="ancho-corto" lente=texto(id, |a| a.meta.as_ref().map(|m| m.unidad.clone()).unwrap_or_default(), |a, v| a.meta_mut().unidad = v)/>
            </div>
        </div>
        <details class="detalles" id=c("indicador")>
            <summary>"Indicador (recomendado)"</summary>
            <CampoTexto id=c("indicador.nombre") etiqueta="Nombre del indicador" opcional=true lente=texto(id, |a| a.indicador.as_ref().map(|i| i.nombre.clone()).unwrap_or_default(), |a, v| a.indicador_mut().nombre = v)/>
            <CampoTexto id=c("indicador.formula") etiqueta="Fórmula" ayuda="Por ejemplo: «preguntas respondidas / preguntas recibidas»." opcional=true lente=texto(id, |a| a.indicador.as_ref().map(|i| i.formula.clone()).unwrap_or_default(), |a, v| a.indicador_mut().formula = v)/>
            <div class="fila-campos">
                <CampoNumero id=c("indicador.linea_base") etiqueta="Línea base" decimal=true opcional=true lente=de_actividad(id.get_value(), |a| a.indicador.as_ref().and_then(|i| i.linea_base), |a, v| a.indicador_mut().linea_base = v)/>
                <CampoNumero id=c("indicador.meta") etiqueta="Meta del indicador" decimal=true opcional=true lente=de_actividad(id.get_value(), |a| a.indicador.as_ref().and_then(|i| i.meta), |a, v| a.indicador_mut().meta = v)/>
            </div>
        </details>
        <ListaLineas
            id=c("producto_evidencia")
            etiqueta="Evidencia que dejará"
            ayuda="Una por línea: acta, listado de asistencia, memoria, grabación, enlace…"
            lente=de_actividad(id.get_value(), |a| a.producto_evidencia.clone(), |a, v| a.producto_evidencia = v)
        />
    }
}

#[component]
fn Responsables(id: ActividadId) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let c = campo_de(id);
    view! {
        <div class="fila-campos">
            <CampoTexto id=c("responsable.nombre") etiqueta="Persona responsable" autocomplete="off" lente=texto(id, |a| a.responsable.nombre.clone(), |a, v| a.responsable.nombre = v)/>
            <CampoTexto id=c("responsable.cargo") etiqueta="Cargo" lente=texto(id, |a| a.responsable.cargo.clone(), |a, v| a.responsable.cargo = v)/>
        </div>
        <ListaLineas
            id=c("corresponsables")
            etiqueta="Corresponsables"
            ayuda="Una por línea. Si usa redes sociales, radio, televisión, prensa o transmisiones, incluya a la «Oficina de Comunicaciones»."
            opcional=true
            filas=2
            lente=de_actividad(id.get_value(), |a| a.corresponsables.clone(), |a, v| a.corresponsables = v)
        />
        <details class="detalles">
            <summary>"Recursos (opcional)"</summary>
            <CampoNumero id=c("recursos.presupuesto_cop") etiqueta="Presupuesto" unidad=Unidad::Pesos opcional=true lente=de_actividad(id.get_value(), |a| num(a.recursos.as_ref().and_then(|r| r.presupuesto_cop)), |a, n| a.recursos_mut().presupuesto_cop = de_num(n))/>
            <CampoTexto id=c("recursos.fuente") etiqueta="Fuente de los recursos" opcional=true lente=texto(id, |a| a.recursos.as_ref().map(|r| r.fuente.clone()).unwrap_or_default(), |a, v| a.recursos_mut().fuente = v)/>
            <ListaLineas id=c("recursos.logistica") etiqueta="Logística" ayuda="Una por línea: transporte, refrigerios, sonido, intérprete…" opcional=true filas=2 lente=de_actividad(id.get_value(), |a| a.recursos.as_ref().map(|r| r.logistica.clone()).unwrap_or_default(), |a, v| a.recursos_mut().logistica = v)/>
        </details>
    }
}
