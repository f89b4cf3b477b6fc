//! The dialogue space's own sections: where and how it happens, its convocatoria and prior
//! report, the Ley de Garantías declaration, and its evaluation, memoria and replies.

use leptos::prelude::*;

use super::{campo_de, texto, Id, Seccion};
use crate::domain::cantidad::Unidad;
use crate::domain::edicion::fijar_modalidad;
use crate::domain::model::{Actividad, ActividadId, Garantias};
use crate::domain::vocab::*;
use crate::ui::estado::usar_estado;
use crate::ui::widgets::campos::*;
use crate::ui::widgets::lente::{
    cod, cods, de_actividad, de_cod, de_cods, de_num, num, opciones, todas, una_seccion,
};

#[component]
pub(super) fn EspacioDeDialogo(id: ActividadId) -> impl IntoView {
    let id: Id = StoredValue::new(id);
    let estado = usar_estado();
    let c = campo_de(id);
    let franja = Memo::new(move |_| {
        estado
            .agenda
            .with(|a| id.with_value(|i| a.actividad(i)?.evento.as_ref()?.franja()))
    });
    let dia_del_espacio = Memo::new(move |_| {
        estado
            .agenda
            .with(|a| id.with_value(|i| a.actividad(i).and_then(Actividad::fecha_evento)))
    });
    let espacio = de_actividad(
        id.get_value(),
        |a| cod(a.espacio_dialogo),
        |a, c| a.espacio_dialogo = de_cod(c),
    );
    let modalidad = de_actividad(
        id.get_value(),
        |a| cod(a.modalidad),
        |a, c| {
            if let Some(m) = de_cod(c) {
                fijar_modalidad(a, m)
            }
        },
    );
    let modalidad_es = move |prueba: fn(Modalidad) -> bool| {
        Memo::new(move |_| de_cod(modalidad.valor.get()).is_some_and(prueba))
    };
    let presencial = modalidad_es(Modalidad::es_presencial);
    let virtual_ = modalidad_es(Modalidad::es_virtual);
    let tipo_de_espacio = move || de_cod::<EspacioDialogo>(espacio.valor.get());
    let es_audiencia = Memo::new(move |_| {
        tipo_de_espacio() == Some(EspacioDialogo::AudienciaPublicaParticipativa)
    });
    let garantias = move || {
        estado.config.with_untracked(|cfg| {
            let v = cfg.ventana_garantias();
            format!(
                "Responda para eventos del {} (Ley de Garantías, Ley 996 de 2005, art. 38). En ese periodo la ley prohíbe estas tres cosas.",
                v.en_palabras()
            )
        })
    };
    view! {
        <Seccion titulo="El espacio de diálogo">
            <Seleccion id=c("espacio_dialogo") etiqueta="Tipo de espacio" lente=espacio opciones={todas::<EspacioDialogo>()}/>
            {move || tipo_de_espacio().and_then(EspacioDialogo::advertencia).map(|t| view! { <p class="aviso aviso-info">{t}</p> })}
            <Opciones
                id=c("modalidad")
                leyenda="Modalidad"
                ayuda="Los medios virtuales complementan el diálogo presencial; no lo reemplazan."
                lente=modalidad
                opciones=opciones(&[Modalidad::Presencial, Modalidad::Virtual, Modalidad::Mixta])
                en_linea=true
            />
            <Show when=move || virtual_.get()>
                {
                    let c = campo_de(id);
                    view! {
                        <div class="condicional">
                            <Casillas
                                id=c("canales_dialogo_virtual")
                                leyenda="Canales virtuales"
                                lente=de_actividad(id.get_value(), |a| cods(&a.canales_dialogo_virtual), |a, c| a.canales_dialogo_virtual = de_cods(&c))
                                secciones={una_seccion(todas::<CanalDialogoVirtual>())}
                            />
                            <CampoTexto
                                id=c("evento.enlace")
                                etiqueta="Enlace de la transmisión o de la reunión virtual"
                                tipo="url"
                                opcional=true
                                lente=texto(id, |a| a.evento.as_ref().map(|e| e.enlace.clone()).unwrap_or_default(), |a, v| a.evento_mut().enlace = v)
                            />
                        </div>
                    }
                }
            </Show>
            <Show when=move || presencial.get()>
                {
                    let c = campo_de(id);
                    view! {
                        <div class="condicional">
                            <CampoTexto id=c("evento.lugar.nombre") etiqueta="Lugar" ayuda="Por ejemplo: «Casa de la Cultura»." lente=texto(id, |a| lugar(a).map(|l| l.nombre.clone()).unwrap_or_default(), |a, v| a.evento_mut().lugar_mut().nombre = v)/>
                            <CampoTexto id=c("evento.lugar.direccion") etiqueta="Dirección" opcional=true lente=texto(id, |a| lugar(a).map(|l| l.direccion.clone()).unwrap_or_default(), |a, v| a.evento_mut().lugar_mut().direccion = v)/>
                            <Opciones
                                id=c("evento.lugar.zona")
                                leyenda="Zona"
                                en_linea=true
                                lente=de_actividad(id.get_value(), |a| cod(a.evento.as_ref().and_then(|e| e.lugar.as_ref()).and_then(|l| l.zona)), |a, c| a.evento_mut().lugar_mut().zona = de_cod(c))
                                opciones={todas::<Zona>()}
                            />
                            <CampoTexto id=c("evento.lugar.sector") etiqueta="Comuna, corregimiento o vereda" opcional=true lente=texto(id, |a| lugar(a).map(|l| l.sector.clone()).unwrap_or_default(), |a, v| a.evento_mut().lugar_mut().sector = v)/>
                        </div>
                    }
                }
            </Show>
            <div class="fila-campos">
                <CampoHora id=c("evento.hora_inicio") etiqueta="Hora de inicio" opcional=true lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.hora_inicio), |a, v| a.evento_mut().hora_inicio = v)/>
                <CampoNumero id=c("evento.duracion_min") etiqueta="Duración" unidad=Unidad::Minutos opcional=true nota=franja lente=de_actividad(id.get_value(), |a| num(a.evento.as_ref().and_then(|e| e.duracion_min)), |a, n| a.evento_mut().duracion_min = de_num(n))/>
                <CampoNumero id=c("evento.aforo") etiqueta="Aforo" unidad=Unidad::Personas opcional=true lente=de_actividad(id.get_value(), |a| num(a.evento.as_ref().and_then(|e| e.aforo)), |a, n| a.evento_mut().aforo = de_num(n))/>
            </div>
        </Seccion>
        <Seccion titulo="Convocatoria y preparación">
            <CampoFecha
                id=c("evento.convocatoria.fecha")
                etiqueta="Fecha de la convocatoria"
                respecto_de=RespectoDe::Espacio(dia_del_espacio)
                ayuda=estado.config.with_untracked(|cfg| format!("Se recomienda convocar {} días antes ({} si es audiencia pública).", cfg.umbrales.dias_convocatoria, cfg.umbrales.dias_convocatoria_audiencia))
                lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.convocatoria.as_ref()).and_then(|c| c.fecha), |a, v| a.evento_mut().convocatoria_mut().fecha = v)
            />
            <Casillas
                id=c("evento.convocatoria.canales")
                leyenda="Canales de la convocatoria"
                opcional=true
                lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.convocatoria.as_ref()).map(|c| cods(&c.canales)).unwrap_or_default(), |a, c| a.evento_mut().convocatoria_mut().canales = de_cods(&c))
                secciones={una_seccion(opciones(&CanalInformacion::TODOS.iter().map(|c| crate::domain::model::Canal::Informacion(*c)).collect::<Vec<_>>()))}
            />
            <Show when=move || es_audiencia.get()>
                {
                    let c = campo_de(id);
                    view! {
                        <div class="condicional">
                            <CampoFecha
                                id=c("evento.informe_previo.fecha_publicacion")
                                etiqueta="Publicación del informe previo"
                                respecto_de=RespectoDe::Espacio(dia_del_espacio)
                                ayuda=estado.config.with_untracked(|cfg| format!("Para una audiencia pública, al menos {} días antes.", cfg.umbrales.dias_publicacion_previa))
                                lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.informe_previo.as_ref()).and_then(|p| p.fecha_publicacion), |a, v| a.evento_mut().informe_previo_mut().fecha_publicacion = v)
                            />
                            <CampoTexto
                                id=c("evento.informe_previo.url")
                                etiqueta="Dirección web del informe previo"
                                tipo="url"
                                opcional=true
                                lente=texto(id, |a| a.evento.as_ref().and_then(|e| e.informe_previo.as_ref()).map(|p| p.url.clone()).unwrap_or_default(), |a, v| a.evento_mut().informe_previo_mut().url = v)
                            />
                            <div class="fila-campos">
                                <CampoFecha
                                    id=c("evento.inscripcion_preguntas.desde")
                                    etiqueta="Inscripción de preguntas desde"
                                    respecto_de=RespectoDe::Espacio(dia_del_espacio)
                                    opcional=true
                                    lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.inscripcion_preguntas.as_ref()).and_then(|i| i.desde), |a, v| a.evento_mut().inscripcion_preguntas_mut().desde = v)
                                />
                                <CampoFecha
                                    id=c("evento.inscripcion_preguntas.hasta")
                                    etiqueta="hasta"
                                    respecto_de=RespectoDe::Espacio(dia_del_espacio)
                                    opcional=true
                                    lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.inscripcion_preguntas.as_ref()).and_then(|i| i.hasta), |a, v| a.evento_mut().inscripcion_preguntas_mut().hasta = v)
                                />
                            </div>
                        </div>
                    }
                }
            </Show>
        </Seccion>
        <Seccion titulo="Ley de Garantías">
            <p class="ayuda">{garantias}</p>
            <SiNo
                id=c("evento.garantias.participan_candidatos")
                pregunta=pregunta_garantias(0)
                lente=de_actividad(id.get_value(), |a| garantias_de(a).participan_candidatos, |a, v| a.evento_mut().garantias_mut().participan_candidatos = v)
            />
            <SiNo
                id=c("evento.garantias.inaugura_obras_o_programas")
                pregunta=pregunta_garantias(1)
                lente=de_actividad(id.get_value(), |a| garantias_de(a).inaugura_obras_o_programas, |a, v| a.evento_mut().garantias_mut().inaugura_obras_o_programas = v)
            />
            <SiNo
                id=c("evento.garantias.uso_bienes_proselitismo")
                pregunta=pregunta_garantias(2)
                lente=de_actividad(id.get_value(), |a| garantias_de(a).uso_bienes_proselitismo, |a, v| a.evento_mut().garantias_mut().uso_bienes_proselitismo = v)
            />
        </Seccion>
        <Seccion titulo="Evaluación, memoria y respuestas">
            <CampoTexto
                id=c("evento.evaluacion.instrumento")
                etiqueta="Cómo evaluará la ciudadanía el espacio"
                ayuda="Por ejemplo: «encuesta de 5 preguntas» o «valoración oral registrada en el acta»."
                lente=texto(id, |a| a.evento.as_ref().and_then(|e| e.evaluacion.as_ref()).map(|v| v.instrumento.clone()).unwrap_or_default(), |a, v| a.evento_mut().evaluacion_mut().instrumento = v)
            />
            <CampoNumero
                id=c("evento.evaluacion.meta_respuestas")
                etiqueta="Respuestas esperadas a la evaluación"
                opcional=true
                lente=de_actividad(id.get_value(), |a| num(a.evento.as_ref().and_then(|e| e.evaluacion.as_ref()).and_then(|v| v.meta_respuestas)), |a, n| a.evento_mut().evaluacion_mut().meta_respuestas = de_num(n))
            />
            <CampoFecha
                id=c("evento.memoria.fecha_limite")
                etiqueta="Fecha límite para publicar la memoria"
                respecto_de=RespectoDe::Espacio(dia_del_espacio)
                lente=de_actividad(id.get_value(), |a| a.evento.as_ref().and_then(|e| e.memoria.as_ref()).and_then(|m| m.fecha_limite), |a, v| a.evento_mut().memoria_mut().fecha_limite = v)
            />
            <CampoNumero
                id=c("evento.respuestas.plazo_dias_habiles")
                etiqueta="Plazo para responder las preguntas pendientes"
                unidad=Unidad::DiasHabiles
                ayuda="Las peticiones se responden en 15 días hábiles."
                lente=de_actividad(id.get_value(), |a| num(a.evento.as_ref().and_then(|e| e.respuestas.as_ref()).and_then(|r| r.plazo_dias_habiles)), |a, n| a.evento_mut().respuestas_mut().plazo_dias_habiles = de_num(n))
            />
            <Casilla
                id=c("video.grabado")
                etiqueta="Se grabará en video"
                lente=de_actividad(id.get_value(), |a| a.video.as_ref().is_some_and(|v| v.grabado), |a, v| a.video_mut().grabado = v)
            />
            <Casilla
                id=c("video.subtitulos_cc")
                etiqueta="La grabación tendrá subtítulos (closed caption)"
                lente=de_actividad(id.get_value(), |a| a.video.as_ref().is_some_and(|v| v.subtitulos_cc), |a, v| a.video_mut().subtitulos_cc = v)
            />
        </Seccion>
    }
}

fn garantias_de(a: &Actividad) -> Garantias {
    a.evento
        .as_ref()
        .and_then(|e| e.garantias.clone())
        .unwrap_or_default()
}

fn pregunta_garantias(i: usize) -> String {
    format!("¿En el evento {}?", Garantias::DECLARACIONES[i].1)
}

fn lugar(a: &Actividad) -> Option<&crate::domain::model::Lugar> {
    a.evento.as_ref().and_then(|e| e.lugar.as_ref())
}
