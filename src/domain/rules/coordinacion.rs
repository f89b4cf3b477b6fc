//! Coordination with the Communications Office, Ley 951 and empalme duties, and publication
//! of the agenda (V-COO, V-PUB).

use super::{nombrar, Chequeo, Lugar, Marca, Regla, Severidad};
use crate::domain::comunicaciones::{necesita_comunicaciones, nombra_a_comunicaciones};
use crate::domain::text::minusculas;
use crate::domain::vocab::{TipoAccion, TipoDependencia};

pub const V_COO_01: Regla = Regla {
    id: "V-COO-01",
    descripcion: "Las acciones que usan redes sociales, radio, televisión, prensa o transmisiones tienen a la Oficina de Comunicaciones como corresponsable.",
    fuente: "Memorando de Planeación: coordinar con la Oficina de Comunicaciones de la administración municipal",
    marca: Marca::Memorando,
    chequeos: &[Chequeo { clave: "comunicaciones", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if necesita_comunicaciones(a) && !nombra_a_comunicaciones(ctx.agenda, a) {
                reg.reportar(
                    "comunicaciones",
                    Lugar::Actividad(i, a, "corresponsables"),
                    format!(
                        "{} usa redes sociales, medios o transmisiones. Agregue a la Oficina de Comunicaciones como corresponsable, \
                         como pide el memorando.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_COO_02: Regla = Regla {
    id: "V-COO-02",
    descripcion: "Un instituto descentralizado (con representante legal propio) incluye el acta de informe de gestión de la Ley 951.",
    fuente: "Ley 951 de 2005: aplica a titulares y representantes legales",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "acta_951", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        if ctx.agenda.dependencia.tipo != Some(TipoDependencia::InstitutoDescentralizado) {
            return;
        }
        let tiene = ctx.agenda.actividades.iter().any(|a| a.tipo_accion == Some(TipoAccion::ActaInformeGestion951));
        if !tiene {
            reg.reportar(
                "acta_951",
                Lugar::Agenda("actividades"),
                "Un instituto descentralizado entrega el acta de informe de gestión de la Ley 951 de 2005. \
                 Agregue esa actividad en el paso de informe de gestión y empalme."
                    .to_string(),
            );
        }
    },
};

pub const V_COO_03: Regla = Regla {
    id: "V-COO-03",
    descripcion: "Una Secretaría de Despacho incluye su insumo para el informe de gestión o sus sesiones de empalme.",
    fuente: "Función Pública, Concepto 15321 de 2020: los secretarios de despacho entregan balances",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "balance", severidad: Severidad::Info }],
    evaluar: |ctx, reg| {
        if ctx.agenda.dependencia.tipo != Some(TipoDependencia::SecretariaDespacho) {
            return;
        }
        let tiene = ctx.agenda.actividades.iter().any(|a| {
            matches!(a.tipo_accion, Some(TipoAccion::InsumoInformeGestion | TipoAccion::SesionEmpalme))
        });
        if !tiene {
            reg.reportar(
                "balance",
                Lugar::Agenda("actividades"),
                "Las secretarías de despacho entregan su balance para el empalme. Agregue el insumo para el informe \
                 de gestión del alcalde o las sesiones de empalme."
                    .to_string(),
            );
        }
    },
};

pub const V_PUB_01: Regla = Regla {
    id: "V-PUB-01",
    descripcion: "La agenda se publica en el menú «Participa» del sitio web, con su calendario.",
    fuente: "Función Pública, lineamientos del menú Participa (2021)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo {
        clave: "participa",
        severidad: Severidad::Info,
    }],
    evaluar: |ctx, reg| {
        let declarada = ctx
            .agenda
            .publicacion_agenda
            .as_ref()
            .is_some_and(|p| !p.url.trim().is_empty() && p.incluye_calendario);
        let en_participa = ctx
            .agenda
            .actividades
            .iter()
            .filter_map(|a| a.web.as_ref())
            .any(|w| minusculas(&w.url).contains("/participa"));
        if !declarada && !en_participa {
            reg.reportar(
                "participa",
                Lugar::Agenda("publicacion_agenda"),
                "Publique esta agenda y su calendario en el menú «Participa» del sitio web e indique la dirección.".to_string(),
            );
        }
    },
};
