//! Dates and deadlines of the closing year (V-TIM), from domain.md §5.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{fecha, nombrar, Chequeo, Lugar, Marca, Regla, Severidad};
use std::collections::HashMap;

use crate::domain::model::{Actividad, ActividadId, Garantias};
use crate::domain::vocab::{EspacioDialogo, FaseCierre, TipoAccion};

fn es_audiencia(a: &Actividad) -> bool {
    a.espacio_dialogo == Some(EspacioDialogo::AudienciaPublicaParticipativa)
}

pub const V_TIM_01: Regla = Regla {
    id: "V-TIM-01",
    descripcion: "Los espacios de diálogo de la fase de rendición de cuentas ocurren dentro de su ventana (octubre y noviembre, si Planeación no fija otras fechas).",
    fuente: "Memorando de Planeación: rendición de cuentas en octubre y noviembre",
    marca: Marca::Memorando,
    chequeos: &[Chequeo { clave: "ventana", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        let ventana = ctx.config.ventanas.rendicion_cuentas;
        for (i, a) in ctx.actividades() {
            if a.fase_cierre != Some(FaseCierre::RendicionCuentas) || !a.es_dialogo() {
                continue;
            }
            let Some((inicio, fin)) = a.dias() else { continue };
            if !ventana.contiene(inicio) || !ventana.contiene(fin) {
                let campo = if ventana.contiene(inicio) { "fecha_fin" } else { "fecha_inicio" };
                reg.reportar(
                    "ventana",
                    Lugar::Actividad(i, a, campo),
                    format!(
                        "{} es de la fase de rendición de cuentas, que Planeación ubica entre el {} y el {}. \
                         Mueva la fecha a esa ventana o cambie la fase.",
                        nombrar(a),
                        fecha(ventana.desde),
                        fecha(ventana.hasta)
                    ),
                );
            }
        }
    },
};

/// The earlier of two dated events (the first one on a tie).
fn mas_temprano<'a>(
    actual: Option<(NaiveDate, &'a Actividad)>,
    nuevo: (NaiveDate, &'a Actividad),
) -> (NaiveDate, &'a Actividad) {
    match actual {
        Some(a) if a.0 <= nuevo.0 => a,
        _ => nuevo,
    }
}

pub const V_TIM_02: Regla = Regla {
    id: "V-TIM-02",
    descripcion: "El informe de gestión termina a más tardar el último día de su fase (el 30 de septiembre, si Planeación no fija otra fecha) y antes del primer evento de rendición de cuentas que lo usa.",
    fuente: "Memorando de Planeación: informe de gestión de abril a septiembre, base de la rendición de cuentas y del empalme",
    marca: Marca::Memorando,
    chequeos: &[
        Chequeo { clave: "ventana", severidad: Severidad::Advertencia },
        Chequeo { clave: "antes_del_evento", severidad: Severidad::Error },
    ],
    evaluar: |ctx, reg| {
        let hasta = ctx.config.ventanas.informe_gestion.hasta;
        // The earliest RdC dialogue event overall, and for each activity the earliest one that
        // says it uses it: one pass, so the rule stays linear.
        let mut primero_general: Option<(NaiveDate, &Actividad)> = None;
        let mut primero_que_usa: HashMap<&ActividadId, (NaiveDate, &Actividad)> = HashMap::new();
        for e in ctx.agenda.actividades.iter().filter(|a| a.es_dialogo() && a.fase_cierre == Some(FaseCierre::RendicionCuentas)) {
            let Some(dia) = e.fecha_evento() else { continue };
            primero_general = Some(mas_temprano(primero_general, (dia, e)));
            for id in &e.relacionada_con {
                let actual = primero_que_usa.get(id).copied();
                primero_que_usa.insert(id, mas_temprano(actual, (dia, e)));
            }
        }
        for (i, a) in ctx.actividades().filter(|(_, a)| a.tipo_accion == Some(TipoAccion::InformeGestion)) {
            let Some(fin) = a.fecha_fin else { continue };
            if fin > hasta {
                reg.reportar(
                    "ventana",
                    Lugar::Actividad(i, a, "fecha_fin"),
                    format!(
                        "{} termina el {}; Planeación pide el informe de gestión a más tardar el {}.",
                        nombrar(a),
                        fecha(fin),
                        fecha(hasta)
                    ),
                );
            }
            let primero = primero_que_usa.get(&a.id).copied().or(primero_general);
            if let Some((dia, evento)) = primero {
                if fin > dia {
                    reg.reportar(
                        "antes_del_evento",
                        Lugar::Actividad(i, a, "fecha_fin"),
                        format!(
                            "{} termina el {}, después de {} ({}), que lo necesita como base. \
                             Termine el informe antes de ese evento.",
                            nombrar(a),
                            fecha(fin),
                            nombrar(evento).replacen("La actividad", "la actividad", 1),
                            fecha(dia)
                        ),
                    );
                }
            }
        }
    },
};

pub const V_TIM_03: Regla = Regla {
    id: "V-TIM-03",
    descripcion: "El informe previo de una audiencia pública participativa se publica con la antelación configurada (30 días por defecto).",
    fuente: "Orientación de Función Pública para audiencias públicas (informe previo); recomendación, no verificada como norma",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "informe_previo", severidad: Severidad::Error }],
    evaluar: |ctx, reg| {
        let dias = ctx.config.umbrales.dias_publicacion_previa;
        for (i, a) in ctx.actividades().filter(|(_, a)| es_audiencia(a)) {
            let Some(dia) = a.fecha_evento() else { continue };
            let limite = dia - Duration::days(dias as i64);
            let publicacion =
                a.evento.as_ref().and_then(|e| e.informe_previo.as_ref()).and_then(|p| p.fecha_publicacion);
            match publicacion {
                None => reg.reportar(
                    "informe_previo",
                    Lugar::Actividad(i, a, "evento.informe_previo.fecha_publicacion"),
                    format!(
                        "{} es una audiencia pública y no tiene fecha de publicación del informe previo. \
                         Se recomienda publicarlo al menos {dias} días antes, a más tardar el {}.",
                        nombrar(a),
                        fecha(limite)
                    ),
                ),
                Some(p) if p > limite => reg.reportar(
                    "informe_previo",
                    Lugar::Actividad(i, a, "evento.informe_previo.fecha_publicacion"),
                    format!(
                        "{}: el informe previo se publica el {}, {} de la audiencia. \
                         Se recomienda publicarlo al menos {dias} días antes, a más tardar el {}.",
                        nombrar(a),
                        fecha(p),
                        antelacion((dia - p).num_days()),
                        fecha(limite)
                    ),
                ),
                Some(_) => {}
            }
        }
    },
};

pub const V_TIM_04: Regla = Regla {
    id: "V-TIM-04",
    descripcion: "La convocatoria de cada espacio de diálogo sale con la antelación configurada (15 días; 30 para audiencias).",
    fuente: "Práctica recomendada de convocatoria (orientación, no verificada como norma)",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "convocatoria", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        let u = &ctx.config.umbrales;
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_dialogo()) {
            // Virtual spaces with no event block (a radio slot inside a campaign) are announced with their main space.
            if a.evento.is_none() && !a.es_espacio_presencial() {
                continue;
            }
            let Some(dia) = a.fecha_evento() else { continue };
            let dias = if es_audiencia(a) { u.dias_convocatoria_audiencia } else { u.dias_convocatoria };
            let limite = dia - Duration::days(dias as i64);
            let convocatoria = a.evento.as_ref().and_then(|e| e.convocatoria.as_ref()).and_then(|c| c.fecha);
            let mensaje = match convocatoria {
                None => format!(
                    "{} no tiene fecha de convocatoria. Se recomienda convocar al menos {dias} días antes, a más tardar el {}.",
                    nombrar(a),
                    fecha(limite)
                ),
                Some(c) if c > limite => format!(
                    "{}: la convocatoria sale el {}, {}. Se recomienda convocar al menos {dias} días antes, a más tardar el {}.",
                    nombrar(a),
                    fecha(c),
                    antelacion((dia - c).num_days()),
                    fecha(limite)
                ),
                Some(_) => continue,
            };
            reg.reportar("convocatoria", Lugar::Actividad(i, a, "evento.convocatoria.fecha"), mensaje);
        }
    },
};

pub const V_TIM_05: Regla = Regla {
    id: "V-TIM-05",
    descripcion: "El empalme empieza después de la elección (idealmente con la credencial del electo) y sus sesiones terminan a más tardar el 31 de diciembre.",
    fuente: "Concepto Función Pública 43261 de 2019 (el empalme inicia con mandatario electo); memorando de Planeación; Acto Legislativo 02 de 2002",
    marca: Marca::Verificada,
    chequeos: &[
        Chequeo { clave: "inicio", severidad: Severidad::Error },
        Chequeo { clave: "credencial", severidad: Severidad::Advertencia },
        Chequeo { clave: "fin_sesiones", severidad: Severidad::Error },
    ],
    evaluar: |ctx, reg| {
        let desde = ctx.config.ventanas.empalme_desde;
        for (i, a) in ctx.actividades().filter(|(_, a)| a.fase_cierre == Some(FaseCierre::Empalme)) {
            if let Some(inicio) = a.fecha_inicio {
                if inicio < desde {
                    reg.reportar(
                        "inicio",
                        Lugar::Actividad(i, a, "fecha_inicio"),
                        format!(
                            "{} empieza el {}, antes de que haya alcalde electo. El empalme empieza a partir del {}.",
                            nombrar(a),
                            fecha(inicio),
                            fecha(desde)
                        ),
                    );
                } else if let Some(credencial) = ctx.config.fecha_credencial.filter(|c| inicio < *c) {
                    reg.reportar(
                        "credencial",
                        Lugar::Actividad(i, a, "fecha_inicio"),
                        format!(
                            "{} empieza el {}, antes de que el electo reciba su credencial ({}). Se recomienda empezar después.",
                            nombrar(a),
                            fecha(inicio),
                            fecha(credencial)
                        ),
                    );
                }
            }
            if a.tipo_accion == Some(TipoAccion::SesionEmpalme) {
                if let Some(fin) = a.fecha_fin.filter(|f| *f > ctx.fin_periodo) {
                    reg.reportar(
                        "fin_sesiones",
                        Lugar::Actividad(i, a, "fecha_fin"),
                        format!(
                            "{} termina el {}; las sesiones de empalme terminan a más tardar el {}, cuando acaba el período.",
                            nombrar(a),
                            fecha(fin),
                            fecha(ctx.fin_periodo)
                        ),
                    );
                }
            }
        }
    },
};

pub const V_TIM_06: Regla = Regla {
    id: "V-TIM-06",
    descripcion: "El acta de informe de gestión (Ley 951) de un titular que es representante legal se entrega dentro de los 15 días hábiles siguientes al fin del período.",
    fuente: "Ley 951 de 2005: acta de informe de gestión dentro de los 15 días hábiles siguientes a la salida del cargo",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "plazo", severidad: Severidad::Error }],
    evaluar: |ctx, reg| {
        if !ctx.agenda.dependencia.es_representante_legal {
            return;
        }
        let vence = ctx.config.vence_acta_951();
        for (i, a) in ctx.actividades().filter(|(_, a)| a.tipo_accion == Some(TipoAccion::ActaInformeGestion951)) {
            if let Some(fin) = a.fecha_fin.filter(|f| *f > vence) {
                reg.reportar(
                    "plazo",
                    Lugar::Actividad(i, a, "fecha_fin"),
                    format!(
                        "{} se entrega el {}. La Ley 951 de 2005 da {} días hábiles después de dejar el cargo: a más tardar el {}.",
                        nombrar(a),
                        fecha(fin),
                        ctx.config.umbrales.dias_habiles_acta_951,
                        fecha(vence)
                    ),
                );
            }
        }
    },
};

pub const V_TIM_07: Regla = Regla {
    id: "V-TIM-07",
    descripcion: "Todo evento público dentro de la Ley de Garantías declara que no participan candidatos, no se inauguran obras ni programas y no se usan bienes públicos para proselitismo.",
    fuente: "Ley 996 de 2005, art. 38, parágrafo (Ley de Garantías)",
    marca: Marca::Verificada,
    chequeos: &[
        Chequeo { clave: "declaracion", severidad: Severidad::Error },
        Chequeo { clave: "prohibicion", severidad: Severidad::Error },
    ],
    evaluar: |ctx, reg| {
        let ventana = ctx.garantias;
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_dialogo()) {
            let Some((inicio, fin)) = a.dias() else { continue };
            if !ventana.se_cruza_con(inicio, fin) {
                continue;
            }
            let garantias = a.evento.as_ref().and_then(|e| e.garantias.clone()).unwrap_or_default();
            for (campo, que) in Garantias::DECLARACIONES {
                let ruta = format!("evento.garantias.{campo}");
                let ruta = ruta.as_str();
                match garantias.respuesta(campo) {
                    None => reg.reportar(
                        "declaracion",
                        Lugar::Actividad(i, a, ruta),
                        format!(
                            "{} ocurre durante la Ley de Garantías ({} a {}). Declare si en el evento {que}.",
                            nombrar(a),
                            fecha(ventana.desde),
                            fecha(ventana.hasta)
                        ),
                    ),
                    Some(true) => reg.reportar(
                        "prohibicion",
                        Lugar::Actividad(i, a, ruta),
                        format!(
                            "{} ocurre durante la Ley de Garantías y en él {que}. La Ley 996 de 2005 (art. 38, parágrafo) \
                             lo prohíbe en los cuatro meses anteriores a las elecciones territoriales: cambie el evento o su fecha.",
                            nombrar(a)
                        ),
                    ),
                    Some(false) => {}
                }
            }
        }
    },
};

pub const V_TIM_08: Regla = Regla {
    id: "V-TIM-08",
    descripcion:
        "Ningún evento el día de elecciones; se advierte si cae en fin de semana o festivo.",
    fuente: "Recomendación de programación; festivos según la Ley 51 de 1983",
    marca: Marca::Inferencia,
    chequeos: &[
        Chequeo {
            clave: "dia_eleccion",
            severidad: Severidad::Error,
        },
        Chequeo {
            clave: "dia_no_habil",
            severidad: Severidad::Advertencia,
        },
    ],
    evaluar: |ctx, reg| {
        let eleccion = ctx.config.fecha_eleccion;
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_dialogo()) {
            let Some((inicio, fin)) = a.dias() else {
                continue;
            };
            if inicio <= eleccion && eleccion <= fin {
                reg.reportar(
                    "dia_eleccion",
                    Lugar::Actividad(i, a, "fecha_inicio"),
                    format!(
                        "{} coincide con el día de elecciones ({}). Elija otra fecha.",
                        nombrar(a),
                        fecha(eleccion)
                    ),
                );
            } else if !ctx.festivos.es_dia_habil(inicio) {
                let que = match inicio.weekday() {
                    Weekday::Sat => "sábado",
                    Weekday::Sun => "domingo",
                    _ => "festivo",
                };
                reg.reportar(
                    "dia_no_habil",
                    Lugar::Actividad(i, a, "fecha_inicio"),
                    format!(
                        "{} cae en {que} ({}). Si es a propósito (por ejemplo, para la población rural), justifíquelo; si no, elija un día hábil.",
                        nombrar(a),
                        fecha(inicio)
                    ),
                );
            }
        }
    },
};

pub const V_TIM_09: Regla = Regla {
    id: "V-TIM-09",
    descripcion: "Las preguntas y propuestas pendientes de un espacio se responden dentro de 15 días hábiles.",
    fuente: "Término de 15 días para responder peticiones (Ley 1437 de 2011, sustituida por la Ley 1755 de 2015)",
    marca: Marca::Inferencia,
    chequeos: &[Chequeo { clave: "plazo", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        let maximo = ctx.config.umbrales.dias_habiles_respuesta;
        for (i, a) in ctx.actividades() {
            let plazo = a.evento.as_ref().and_then(|e| e.respuestas.as_ref()).and_then(|r| r.plazo_dias_habiles);
            if let Some(plazo) = plazo.filter(|p| *p > maximo) {
                reg.reportar(
                    "plazo",
                    Lugar::Actividad(i, a, "evento.respuestas.plazo_dias_habiles"),
                    format!(
                        "{} da {plazo} días hábiles para responder. Las peticiones se responden en {maximo} días hábiles: reduzca el plazo.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_TIM_10: Regla = Regla {
    id: "V-TIM-10",
    descripcion: "Todas las actividades, salvo el acta de la Ley 951, terminan a más tardar el 31 de diciembre del año de cierre.",
    fuente: "Acto Legislativo 02 de 2002: el período termina el 31 de diciembre; el nuevo alcalde se posesiona el 1 de enero",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "fin_periodo", severidad: Severidad::Error }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if a.tipo_accion == Some(TipoAccion::ActaInformeGestion951) {
                continue;
            }
            let Some((_, fin)) = a.dias() else { continue };
            if fin > ctx.fin_periodo {
                reg.reportar(
                    "fin_periodo",
                    Lugar::Actividad(i, a, "fecha_fin"),
                    format!(
                        "{} termina el {}, después del fin del período ({}). El 1 de enero se posesiona el nuevo alcalde: \
                         termine antes o pase la tarea al empalme.",
                        nombrar(a),
                        fecha(fin),
                        fecha(ctx.fin_periodo)
                    ),
                );
            }
        }
    },
};

pub const V_TIM_11: Regla = Regla {
    id: "V-TIM-11",
    descripcion: "La audiencia sobre los resultados del año se hace en el último trimestre (octubre a diciembre).",
    fuente: "Orientación de Función Pública sobre la audiencia pública (fuente secundaria)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "trimestre", severidad: Severidad::Info }],
    evaluar: |ctx, reg| {
        let anio = ctx.config.anio_cierre;
        for (i, a) in ctx.actividades().filter(|(_, a)| es_audiencia(a)) {
            let Some(dia) = a.fecha_evento() else { continue };
            if dia.year() != anio || dia.month() < 10 {
                reg.reportar(
                    "trimestre",
                    Lugar::Actividad(i, a, "fecha_inicio"),
                    format!(
                        "{} es el {}. Se recomienda hacer la audiencia de resultados del año entre octubre y diciembre de {anio}.",
                        nombrar(a),
                        fecha(dia)
                    ),
                );
            }
        }
    },
};

/// How long before an event something happens, in words: «solo 3 días antes», «el mismo día»,
/// «2 días después» (a date after the event is possible while the agenda is being written).
fn antelacion(dias: i64) -> String {
    use crate::domain::text::plural;
    match dias {
        0 => "el mismo día".to_string(),
        n if n > 0 => format!("solo {} antes", plural(n as usize, "día", "días")),
        n => format!(
            "{} después",
            plural(n.unsigned_abs() as usize, "día", "días")
        ),
    }
}
