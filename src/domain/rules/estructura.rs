//! Structure of each action (V-EST) and of the agenda as a whole (V-ELE).

use std::collections::HashMap;

use super::{nombrar, Chequeo, Contexto, Lugar, Marca, Regla, Severidad};
use crate::domain::model::{Actividad, ActividadId};
use crate::domain::orden::distintos;
use crate::domain::text::minusculas;
use crate::domain::vocab::{Elemento, NivelMurc, TipoAccion, Vocabulario};

pub const V_EST_01: Regla = Regla {
    id: "V-EST-01",
    descripcion:
        "Cada actividad tiene responsable (nombre y cargo), fecha de inicio y fecha de fin.",
    fuente:
        "MURC, etapa de diseño: actividades, responsables, tiempos y recursos (Función Pública)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo {
        clave: "datos_basicos",
        severidad: Severidad::Error,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            let faltantes: [(&str, bool, &str); 4] = [
                (
                    "responsable.nombre",
                    a.responsable.nombre.trim().is_empty(),
                    "el nombre de la persona responsable",
                ),
                (
                    "responsable.cargo",
                    a.responsable.cargo.trim().is_empty(),
                    "el cargo de la persona responsable",
                ),
                (
                    "fecha_inicio",
                    a.fecha_inicio.is_none(),
                    "la fecha de inicio",
                ),
                ("fecha_fin", a.fecha_fin.is_none(), "la fecha de fin"),
            ];
            for (campo, falta, que) in faltantes {
                if falta {
                    reg.reportar(
                        "datos_basicos",
                        Lugar::Actividad(i, a, campo),
                        format!("{} no tiene {que}. Escríbalo: el MURC pide responsables y tiempos para cada actividad.", nombrar(a)),
                    );
                }
            }
        }
    },
};

pub const V_EST_02: Regla = Regla {
    id: "V-EST-02",
    descripcion: "La fecha de fin no es anterior a la fecha de inicio.",
    fuente: "Coherencia de fechas (recomendación de diseño)",
    marca: Marca::Inferencia,
    chequeos: &[Chequeo {
        clave: "orden_fechas",
        severidad: Severidad::Error,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if let (Some(inicio), Some(fin)) = (a.fecha_inicio, a.fecha_fin) {
                if fin < inicio {
                    reg.reportar(
                        "orden_fechas",
                        Lugar::Actividad(i, a, "fecha_fin"),
                        format!(
                            "{} termina ({}) antes de empezar ({}). Corrija una de las dos fechas.",
                            nombrar(a),
                            super::fecha(fin),
                            super::fecha(inicio)
                        ),
                    );
                }
            }
        }
    },
};

pub const V_EST_03: Regla = Regla {
    id: "V-EST-03",
    descripcion: "Cada acción de información o de diálogo se dirige al menos a un grupo de valor.",
    fuente: "MURC: cada espacio se orienta al grupo de valor al que se dirige (Función Pública)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo {
        clave: "grupos",
        severidad: Severidad::Error,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if (a.es_informacion() || a.es_dialogo()) && a.grupos_valor.is_empty() {
                reg.reportar(
                    "grupos",
                    Lugar::Actividad(i, a, "grupos_valor"),
                    format!(
                        "{} no dice a qué grupos de valor se dirige. Elija al menos uno.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_EST_04: Regla = Regla {
    id: "V-EST-04",
    descripcion: "Las acciones de información, diálogo y responsabilidad tienen meta; se recomienda tener indicadores.",
    fuente: "Filas de plan de acción al estilo del PAAC (práctica común de las entidades)",
    marca: Marca::NoVerificada,
    chequeos: &[
        Chequeo { clave: "meta", severidad: Severidad::Advertencia },
        Chequeo { clave: "indicador", severidad: Severidad::Info },
    ],
    evaluar: |ctx, reg| {
        let con_meta = |a: &Actividad| {
            matches!(
                a.elemento_efectivo(),
                Some(Elemento::Informacion | Elemento::Dialogo | Elemento::Responsabilidad)
            )
        };
        for (i, a) in ctx.actividades().filter(|(_, a)| con_meta(a)) {
            if !a.meta.as_ref().is_some_and(|m| m.esta_definida()) {
                reg.reportar(
                    "meta",
                    Lugar::Actividad(i, a, "meta"),
                    format!("{} no tiene meta. Diga qué se logrará y cuánto (por ejemplo, «120 asistentes»).", nombrar(a)),
                );
            }
        }
        let alguna_con_indicador = ctx
            .agenda
            .actividades
            .iter()
            .any(|a| a.indicador.as_ref().is_some_and(|ind| !ind.nombre.trim().is_empty()));
        if !alguna_con_indicador && ctx.agenda.actividades.iter().any(con_meta) {
            reg.reportar(
                "indicador",
                Lugar::Agenda("actividades"),
                "Ninguna actividad tiene indicador. Se recomienda medir al menos las principales \
                 (por ejemplo, «preguntas respondidas / recibidas»)."
                    .to_string(),
            );
        }
    },
};

pub const V_EST_05: Regla = Regla {
    id: "V-EST-05",
    descripcion:
        "Cada actividad declara su producto o evidencia (acta, listado, memoria, grabación, URL).",
    fuente: "Evidencia de ejecución (recomendación)",
    marca: Marca::Inferencia,
    chequeos: &[Chequeo {
        clave: "evidencia",
        severidad: Severidad::Advertencia,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if a.producto_evidencia.iter().all(|p| p.trim().is_empty()) {
                reg.reportar(
                    "evidencia",
                    Lugar::Actividad(i, a, "producto_evidencia"),
                    format!(
                        "{} no dice qué evidencia dejará. Escriba el producto: acta, listado de asistencia, memoria, grabación o enlace.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_ELE_01: Regla = Regla {
    id: "V-ELE-01",
    descripcion: "La agenda tiene al menos una acción de cada elemento: información, diálogo y responsabilidad.",
    fuente: "MURC v2: información, diálogo y responsabilidad son elementos constitutivos (Función Pública)",
    marca: Marca::Verificada,
    chequeos: &[
        Chequeo { clave: "informacion", severidad: Severidad::Error },
        Chequeo { clave: "dialogo", severidad: Severidad::Error },
        Chequeo { clave: "responsabilidad", severidad: Severidad::Error },
    ],
    evaluar: |ctx, reg| {
        let presentes =
            distintos(ctx.agenda.actividades.iter().filter_map(Actividad::elemento_efectivo));
        for elemento in [Elemento::Informacion, Elemento::Dialogo, Elemento::Responsabilidad] {
            if !presentes.contains(&elemento) {
                reg.reportar(
                    elemento.codigo(),
                    Lugar::Agenda("actividades"),
                    format!(
                        "La agenda no tiene ninguna acción de {}. El MURC pide acciones de información, diálogo y responsabilidad: agregue al menos una.",
                        minusculas(elemento.etiqueta())
                    ),
                );
            }
        }
    },
};

fn nivel(ctx: &Contexto) -> NivelMurc {
    ctx.agenda.nivel_efectivo().unwrap_or(NivelMurc::Inicial)
}

pub const V_ELE_02: Regla = Regla {
    id: "V-ELE-02",
    descripcion: "Hay al menos un espacio de diálogo presencial o mixto.",
    fuente: "MURC: lo virtual complementa y no reemplaza el diálogo presencial (Función Pública); memorando de Planeación",
    marca: Marca::Verificada,
    chequeos: &[
        Chequeo { clave: "consolidado", severidad: Severidad::Error },
        Chequeo { clave: "inicial", severidad: Severidad::Advertencia },
    ],
    evaluar: |ctx, reg| {
        if ctx.agenda.actividades.iter().any(Actividad::es_espacio_presencial) {
            return;
        }
        let clave = if nivel(ctx) >= NivelMurc::Consolidado { "consolidado" } else { "inicial" };
        reg.reportar(
            clave,
            Lugar::Agenda("actividades"),
            "La agenda no tiene ningún espacio de diálogo presencial o mixto. Los medios virtuales \
             complementan el diálogo presencial, no lo reemplazan: agregue al menos un espacio presencial."
                .to_string(),
        );
    },
};

pub const V_ELE_03: Regla = Regla {
    id: "V-ELE-03",
    descripcion: "En nivel consolidado o perfeccionado hay al menos dos tipos distintos de espacio presencial.",
    fuente: "MURC, ruta Consolidado: espacios de diálogo presenciales diversificados (Función Pública)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "diversidad", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        if nivel(ctx) < NivelMurc::Consolidado {
            return;
        }
        let tipos = distintos(
            ctx.agenda
                .actividades
                .iter()
                .filter(|a| a.es_espacio_presencial())
                .filter_map(|a| a.espacio_dialogo),
        );
        if tipos.len() < 2 {
            reg.reportar(
                "diversidad",
                Lugar::Agenda("actividades"),
                format!(
                    "En nivel {} el MURC pide espacios presenciales diversificados; la agenda tiene {} tipo(s) distinto(s). \
                     Combine, por ejemplo, una audiencia con foros, mesas de trabajo o reuniones zonales.",
                    minusculas(nivel(ctx).etiqueta()),
                    tipos.len()
                ),
            );
        }
    },
};

/// What a dialogue space plans for its follow-up: memoria, answers and evaluation.
#[derive(Default, Clone, Copy)]
struct Seguimiento {
    memoria: bool,
    respuestas: bool,
    evaluacion: bool,
}

impl Seguimiento {
    fn propio(a: &Actividad) -> Self {
        let Some(e) = &a.evento else {
            return Seguimiento::default();
        };
        Seguimiento {
            memoria: e.memoria.as_ref().is_some_and(|m| m.fecha_limite.is_some()),
            respuestas: e
                .respuestas
                .as_ref()
                .is_some_and(|r| r.plazo_dias_habiles.is_some()),
            evaluacion: e
                .evaluacion
                .as_ref()
                .is_some_and(|v| !v.instrumento.trim().is_empty()),
        }
    }

    fn unir(self, otro: Seguimiento) -> Self {
        Seguimiento {
            memoria: self.memoria || otro.memoria,
            respuestas: self.respuestas || otro.respuestas,
            evaluacion: self.evaluacion || otro.evaluacion,
        }
    }
}

/// What responsibility actions plan for each space that they link to.
fn seguimiento_vinculado<'a>(ctx: &Contexto<'a>) -> HashMap<&'a ActividadId, Seguimiento> {
    let mut vinculado: HashMap<&ActividadId, Seguimiento> = HashMap::new();
    for a in ctx
        .agenda
        .actividades
        .iter()
        .filter(|a| a.elemento_efectivo() == Some(Elemento::Responsabilidad))
    {
        let aporta = Seguimiento {
            memoria: a.tipo_accion == Some(TipoAccion::MemoriaPublicada),
            respuestas: a.tipo_accion == Some(TipoAccion::RespuestaPreguntas),
            evaluacion: a.tipo_accion == Some(TipoAccion::EvaluacionEspacio),
        };
        for id in &a.relacionada_con {
            let s = vinculado.entry(id).or_default();
            *s = s.unir(aporta);
        }
    }
    vinculado
}

fn seguimiento_de(
    ctx: &Contexto,
    vinculado: &HashMap<&ActividadId, Seguimiento>,
    espacio: &Actividad,
) -> Seguimiento {
    let mut s = Seguimiento::propio(espacio);
    if let Some(v) = vinculado.get(&espacio.id) {
        s = s.unir(*v);
    }
    // A complementary space (a radio programme of an audiencia) shares its main space's follow-up.
    for id in &espacio.relacionada_con {
        if let Some(principal) = ctx.actividad(id).filter(|p| p.es_dialogo()) {
            s = s.unir(Seguimiento::propio(principal));
        }
    }
    s
}

pub const V_ELE_04: Regla = Regla {
    id: "V-ELE-04",
    descripcion: "Cada espacio de diálogo prevé memoria, respuesta a las preguntas y evaluación (en el mismo espacio o en acciones de responsabilidad vinculadas).",
    fuente: "MURC v2, elemento responsabilidad (Función Pública)",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "seguimiento", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        let vinculado = seguimiento_vinculado(ctx);
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_dialogo()) {
            let s = seguimiento_de(ctx, &vinculado, a);
            let faltan: Vec<(&str, &str)> = [
                (s.memoria, "evento.memoria.fecha_limite", "la fecha límite de la memoria"),
                (s.respuestas, "evento.respuestas.plazo_dias_habiles", "el plazo para responder las preguntas"),
                (s.evaluacion, "evento.evaluacion.instrumento", "el instrumento de evaluación"),
            ]
            .into_iter()
            .filter(|(tiene, _, _)| !tiene)
            .map(|(_, campo, que)| (campo, que))
            .collect();
            if faltan.is_empty() {
                continue;
            }
            let campo = if faltan.len() == 1 { faltan[0].0 } else { "evento" };
            let que: Vec<&str> = faltan.iter().map(|(_, q)| *q).collect();
            reg.reportar(
                "seguimiento",
                Lugar::Actividad(i, a, campo),
                format!(
                    "{} no prevé {}. Complete el seguimiento del espacio o vincúlelo a una acción de responsabilidad.",
                    nombrar(a),
                    que.join(", ni ")
                ),
            );
        }
    },
};
