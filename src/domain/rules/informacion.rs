//! Information that reaches every group, in clear language, accessible and kept available (V-INF).

use super::{nombrar, Chequeo, Lugar, Marca, Regla, Severidad};
use crate::domain::text::minusculas;
use crate::domain::vocab::{GrupoValor, Vocabulario};

pub const V_INF_01: Regla = Regla {
    id: "V-INF-01",
    descripcion: "Si la información se dirige a población rural, étnica, mayor o con discapacidad, usa al menos un canal que no dependa de internet.",
    fuente: "Memorando de Planeación; Ley 1712 de 2014, art. 8 (criterio diferencial de accesibilidad)",
    marca: Marca::Memorando,
    chequeos: &[Chequeo { clave: "canal_no_web", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_informacion()) {
            let grupos: Vec<GrupoValor> = a
                .grupos_valor
                .iter()
                .map(|g| g.codigo)
                .filter(|g| g.requiere_acceso_diferencial())
                .collect();
            if grupos.is_empty() || a.canales_informacion.iter().any(|c| c.llega_sin_internet()) {
                continue;
            }
            let nombres: Vec<String> = grupos.iter().map(|g| minusculas(g.etiqueta())).collect();
            reg.reportar(
                "canal_no_web",
                Lugar::Actividad(i, a, "canales_informacion"),
                format!(
                    "{} se dirige a {} pero solo usa canales por internet. Agregue un canal que llegue sin internet: \
                     emisora, cartelera, impresos, perifoneo, punto de atención o mensajes de texto.",
                    nombrar(a),
                    nombres.join(", ")
                ),
            );
        }
    },
};

pub const V_INF_02: Regla = Regla {
    id: "V-INF-02",
    descripcion: "Cada acción de información pasa por una revisión en lenguaje claro.",
    fuente: "Función Pública, Circular 100-010 de 2021 (lenguaje claro); Ley 1757 de 2015, arts. 49 y 50",
    marca: Marca::Verificada,
    chequeos: &[Chequeo { clave: "revision", severidad: Severidad::Advertencia }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades().filter(|(_, a)| a.es_informacion()) {
            if !a.lenguaje_claro.as_ref().is_some_and(|l| l.revisado) {
                reg.reportar(
                    "revision",
                    Lugar::Actividad(i, a, "lenguaje_claro.revisado"),
                    format!(
                        "{} no tiene prevista la revisión en lenguaje claro. Indique quién la revisa y cuándo.",
                        nombrar(a)
                    ),
                );
            }
        }
    },
};

pub const V_INF_03: Regla = Regla {
    id: "V-INF-03",
    descripcion: "Lo que se publica en el sitio web o el micrositio cumple WCAG 2.1 nivel AA.",
    fuente: "Resolución MinTIC 1519 de 2020, Anexo 1 (WCAG 2.1 AA desde el 1 de enero de 2022)",
    marca: Marca::Verificada,
    chequeos: &[Chequeo {
        clave: "wcag",
        severidad: Severidad::Advertencia,
    }],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            if !a
                .canales_informacion
                .iter()
                .any(|c| c.es_web_institucional())
            {
                continue;
            }
            match &a.web {
                None => reg.reportar(
                    "wcag",
                    Lugar::Actividad(i, a, "web"),
                    format!(
                        "{} se publica en la web institucional pero no tiene los datos de la publicación. \
                         Escriba la dirección y confirme que cumple WCAG 2.1 AA, como exige la Resolución MinTIC 1519 de 2020.",
                        nombrar(a)
                    ),
                ),
                Some(web) if !web.wcag21_aa => reg.reportar(
                    "wcag",
                    Lugar::Actividad(i, a, "web.wcag21_aa"),
                    format!(
                        "{}: la publicación web no está marcada como conforme a WCAG 2.1 AA. \
                         La Resolución MinTIC 1519 de 2020 lo exige desde 2022: pida la verificación a quien administra el sitio.",
                        nombrar(a)
                    ),
                ),
                Some(_) => {}
            }
        }
    },
};

/// An absolute http(s) address with a host.
fn es_url_estable(url: &str) -> bool {
    let url = url.trim();
    let resto = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    resto.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !r.contains(char::is_whitespace)
    })
}

pub const V_INF_04: Regla = Regla {
    id: "V-INF-04",
    descripcion: "Cada producto web tiene una dirección estable y sigue disponible al menos hasta el fin del período.",
    fuente: "Memorando de Planeación: información actualizada y disponible permanentemente",
    marca: Marca::Memorando,
    chequeos: &[
        Chequeo { clave: "url", severidad: Severidad::Advertencia },
        Chequeo { clave: "disponibilidad", severidad: Severidad::Advertencia },
    ],
    evaluar: |ctx, reg| {
        for (i, a) in ctx.actividades() {
            let Some(web) = &a.web else { continue };
            if !es_url_estable(&web.url) {
                reg.reportar(
                    "url",
                    Lugar::Actividad(i, a, "web.url"),
                    format!(
                        "{}: la dirección web «{}» no es una dirección completa. Escríbala completa, empezando por https://.",
                        nombrar(a),
                        web.url.trim()
                    ),
                );
            }
            if web.disponible_hasta.is_none_or(|hasta| hasta < ctx.fin_periodo) {
                reg.reportar(
                    "disponibilidad",
                    Lugar::Actividad(i, a, "web.disponible_hasta"),
                    format!(
                        "{}: la publicación debe seguir disponible al menos hasta el fin del período ({}). Indique hasta cuándo estará en línea.",
                        nombrar(a),
                        super::fecha(ctx.fin_periodo)
                    ),
                );
            }
        }
    },
};

#[cfg(test)]
mod tests {
    use super::es_url_estable;

    #[test]
    fn stable_urls_are_absolute_http_addresses() {
        assert!(es_url_estable("https://sanrafael.example/participa/rdc"));
        assert!(es_url_estable("http://alcaldia.gov.co"));
        assert!(!es_url_estable("sanrafael.example/participa"));
        assert!(!es_url_estable("https://localhost/x"));
        assert!(!es_url_estable("https://a b.com"));
        assert!(!es_url_estable(""));
    }
}
