//! Differential access for ethnic peoples and people with disability (V-ACC).

use super::{nombrar, Chequeo, Lugar, Marca, Regla, Severidad};
use crate::domain::model::GrupoDestinatario;
use crate::domain::vocab::{EspacioDialogo, GrupoValor, MedidaAccesibilidad, SubtipoDiscapacidad};

fn es_discapacidad(g: &GrupoDestinatario, subtipos: &[SubtipoDiscapacidad]) -> bool {
    g.codigo == GrupoValor::Discapacidad && g.subtipo.is_none_or(|s| subtipos.contains(&s))
}

pub const V_ACC_01: Regla = Regla {
    id: "V-ACC-01",
    descripcion: "Las acciones dirigidas a pueblos étnicos prevén traducción, un formato culturalmente pertinente o un espacio propio.",
    fuente: "Ley 1712 de 2014, art. 8 (criterio diferencial de accesibilidad); memorando de Planeación",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "pertinencia_etnica", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if !a.tiene_grupo(|g| g.codigo.es_etnico()) {
                continue;
            }
            let cubierta = a.accesibilidad.iter().any(|m| m.es_pertinencia_etnica())
                || a.espacio_dialogo == Some(EspacioDialogo::EspacioPropioEtnico);
            if !cubierta {
                reg.reportar(
                    "pertinencia_etnica",
                    Lugar::Actividad(i, a, "accesibilidad"),
                    format!(
                        "{} se dirige a un pueblo étnico. Prevea traducción o interpretación a su lengua, \
                         un formato culturalmente pertinente o un espacio propio con sus autoridades.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_ACC_02: Regla = Regla {
    id: "V-ACC-02",
    descripcion: "Los espacios presenciales o transmitidos que convocan a personas sordas cuentan con intérprete de LSC (o subtitulado en vivo en transmisiones).",
    fuente: "Ley 1618 de 2013; práctica de interpretación en Lengua de Señas Colombiana (Res. MinTIC 1519 de 2020)",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "interprete", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_dialogo()) {
            if !a.tiene_grupo(|g| es_discapacidad(g, &[SubtipoDiscapacidad::Auditiva])) {
                continue;
            }
            let presencial = a.es_espacio_presencial();
            let transmitido = a.canales_dialogo_virtual.iter().any(|c| c.es_transmision());
            let lsc = a.tiene_medida(MedidaAccesibilidad::InterpreteLsc);
            let falta = if presencial {
                !lsc
            } else {
                transmitido && !(lsc || a.tiene_medida(MedidaAccesibilidad::SubtituladoEnVivo))
            };
            if falta {
                reg.reportar(
                    "interprete",
                    Lugar::Actividad(i, a, "accesibilidad"),
                    format!(
                        "{} convoca a personas con discapacidad auditiva. Prevea intérprete de Lengua de Señas Colombiana{}.",
                        nombrar(a),
                        if presencial { "" } else { " o subtitulado en vivo en la transmisión" }
                    ),
                );
            }
        }
    },
};

pub const V_ACC_03: Regla = Regla {
    id: "V-ACC-03",
    descripcion: "Todo video grabado tiene subtítulos (closed caption).",
    fuente: "Resolución MinTIC 1519 de 2020, Anexo 1: subtítulos en el 100 % de los videos grabados nuevos, desde el 1 de enero de 2022",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "subtitulos", severidad: Severidad::Error }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            let Some(video) = &a.video else { continue };
            // The video's own flag decides: a captions measure elsewhere in the activity does
            // not say that this recording has them.
            if video.grabado && !video.subtitulos_cc {
                reg.reportar(
                    "subtitulos",
                    Lugar::Actividad(i, a, "video.subtitulos_cc"),
                    format!(
                        "{} deja un video grabado sin subtítulos. La Resolución MinTIC 1519 de 2020 exige subtítulos \
                         (closed caption) en todos los videos grabados nuevos: márquelos como previstos.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_ACC_04: Regla = Regla {
    id: "V-ACC-04",
    descripcion: "Si se dirige a personas con discapacidad visual, prevé documento accesible o audiodescripción.",
    fuente: "Accesibilidad para personas con discapacidad visual (recomendación; Ley 1618 de 2013)",
    marca: Marca::NoVerificada,
    chequeos: &[Chequeo { clave: "visual", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            let visual = a.tiene_grupo(|g| g.codigo == GrupoValor::Discapacidad && g.subtipo == Some(SubtipoDiscapacidad::Visual));
            if visual
                && !a.tiene_medida(MedidaAccesibilidad::DocumentoAccesible)
                && !a.tiene_medida(MedidaAccesibilidad::Audiodescripcion)
            {
                reg.reportar(
                    "visual",
                    Lugar::Actividad(i, a, "accesibilidad"),
                    format!(
                        "{} se dirige a personas con discapacidad visual. Prevea un documento digital accesible o audiodescripción.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_ACC_05: Regla = Regla {
    id: "V-ACC-05",
    descripcion: "Los espacios presenciales declaran sus condiciones de accesibilidad física.",
    fuente: "Ley 1618 de 2013: acceso y accesibilidad",
    marca: Marca::Verificada,
    chequeos: &[Chequeo {
        clave: "fisica",
        severidad: Severidad::Advertencia,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_espacio_presencial()) {
            if !a.tiene_medida(MedidaAccesibilidad::AccesibilidadFisica) {
                reg.reportar(
                    "fisica",
                    Lugar::Actividad(i, a, "accesibilidad"),
                    format!(
                        "{} es presencial y no declara accesibilidad física. Confirme que el lugar tiene rampas, \
                         baños accesibles, sillas reservadas y señalización, o elija otro.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};
