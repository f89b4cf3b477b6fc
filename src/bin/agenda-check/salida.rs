//! What `agenda-check` prints: each file's findings in Spanish or as JSON, who is missing, the
//! offices with several agendas and the municipal consolidation.

use std::path::PathBuf;

use agenda_rdc::domain::consolidado::Consolidado;
use agenda_rdc::domain::entregas::{dependencias_con_varias_agendas, Entregas};
use agenda_rdc::domain::revision::Revision;
use agenda_rdc::domain::rules::Hallazgo;
use agenda_rdc::domain::text::plural;
use agenda_rdc::domain::vocab::Vocabulario;

use crate::cli::Resultado;

/// The file a review came from.
pub(super) fn ruta_de(resultados: &[(PathBuf, Resultado)], revision: &Revision) -> String {
    resultados
        .iter()
        .find(|(_, r)| matches!(r, Resultado::Revisado(r) if std::ptr::eq(r.as_ref(), revision)))
        .map(|(ruta, _)| ruta.display().to_string())
        .unwrap_or_default()
}

/// Who is missing from the offices the configuration lists, and the files of offices it does
/// not list.
pub(super) fn imprimir_entregas(e: &Entregas, resultados: &[(PathBuf, Resultado)]) {
    println!("\nEntregas: {}", e.resumen());
    if !e.faltan.is_empty() {
        println!("  Faltan: {}.", e.faltan.join("; "));
    }
    for revision in &e.fuera_de_lista {
        println!(
            "  No está en la lista: {} ({}).",
            revision.imported.agenda.dependencia.nombre_o_sin_nombre(),
            ruta_de(resultados, revision)
        );
    }
}

/// Offices that sent more than one agenda (not versions of one), all of which the calendar counts.
pub(super) fn imprimir_varias_agendas(contadas: &[&Revision], resultados: &[(PathBuf, Resultado)]) {
    let grupos = dependencias_con_varias_agendas(contadas);
    if grupos.is_empty() {
        return;
    }
    println!("\nDependencias con más de una agenda (el calendario municipal cuenta todas; si una reemplaza a otra, quite la que sobra):");
    for grupo in grupos {
        let rutas: Vec<String> = grupo.iter().map(|r| ruta_de(resultados, r)).collect();
        println!(
            "  {}: {}",
            grupo[0].imported.agenda.dependencia.nombre_o_sin_nombre(),
            rutas.join(", ")
        );
    }
}

pub(super) fn imprimir_consolidado(c: &Consolidado) {
    println!(
        "\nCalendario municipal: {} de {}.",
        plural(
            c.espacios.len(),
            "espacio de diálogo",
            "espacios de diálogo"
        ),
        plural(c.dependencias, "dependencia", "dependencias")
    );
    for e in &c.espacios {
        let mut detalle: Vec<&str> = Vec::new();
        if let Some(espacio) = &e.espacio {
            detalle.push(espacio);
        }
        if let Some(modalidad) = &e.modalidad {
            detalle.push(modalidad);
        }
        let lugar = e
            .lugar
            .as_ref()
            .map(|l| format!(" · {l}"))
            .unwrap_or_default();
        println!(
            "  {} {}  {} — {} ({}){lugar}",
            e.fecha,
            e.horario(),
            e.dependencia,
            e.nombre,
            detalle.join(", ")
        );
    }
    if c.cruces.is_empty() {
        println!("Ningún espacio se cruza de horario con otro.");
        return;
    }
    println!("Espacios que se cruzan de horario: {}.", c.cruces.len());
    for x in &c.cruces {
        println!("  {}", c.describir_cruce(x));
    }
}

pub(super) fn imprimir_texto(resultados: &[(PathBuf, Resultado)]) {
    let mut con_errores = 0;
    let mut ilegibles = 0;
    for (ruta, resultado) in resultados {
        match resultado {
            Resultado::Ilegible(mensaje) => {
                ilegibles += 1;
                println!("{}: NO SE PUDO LEER\n  {mensaje}\n", ruta.display());
            }
            Resultado::Revisado(revision) => {
                let r = revision.resumen();
                if r.errores > 0 {
                    con_errores += 1;
                }
                println!(
                    "{}: {} — {}, {}, {}",
                    ruta.display(),
                    revision.imported.agenda.dependencia.nombre_o_sin_nombre(),
                    plural(r.errores, "error", "errores"),
                    plural(r.advertencias, "advertencia", "advertencias"),
                    plural(r.informativos, "informativo", "informativos")
                );
                for h in &revision.hallazgos {
                    imprimir_hallazgo(h);
                }
                println!();
            }
        }
    }
    println!(
        "Resumen: {}, {} con errores, {} sin leer.",
        plural(resultados.len(), "archivo revisado", "archivos revisados"),
        con_errores,
        ilegibles
    );
}

pub(super) fn imprimir_hallazgo(h: &Hallazgo) {
    let etiqueta = h.severidad.etiqueta().to_uppercase();
    let ruta = if h.ruta_campo.is_empty() {
        String::new()
    } else {
        format!(" {}", h.ruta_campo)
    };
    println!("  [{etiqueta}] {}{ruta}", h.regla_id);
    println!("      {}", h.mensaje);
    if let Some(j) = &h.justificacion {
        println!("      Justificación de la dependencia: {j}");
    }
    println!("      Fuente: {}", h.fuente);
}

/// What `imprimir_entregas` says, for a program.
pub(super) fn entregas_json(
    e: &Entregas,
    plazo: Option<String>,
    resultados: &[(PathBuf, Resultado)],
) -> serde_json::Value {
    let fuera: Vec<serde_json::Value> = e
        .fuera_de_lista
        .iter()
        .map(|r| {
            serde_json::json!({
                "dependencia": r.imported.agenda.dependencia.nombre_o_sin_nombre(),
                "archivo": ruta_de(resultados, r),
            })
        })
        .collect();
    serde_json::json!({
        "resumen": e.resumen(),
        "esperadas": e.esperadas,
        "entregadas": e.esperadas - e.faltan.len(),
        "faltan": e.faltan,
        "fuera_de_lista": fuera,
        "plazo": plazo,
    })
}

pub(super) fn imprimir_json(
    resultados: &[(PathBuf, Resultado)],
    entregas: Option<serde_json::Value>,
    consolidado: Option<&Consolidado>,
) {
    let lista: Vec<serde_json::Value> = resultados
        .iter()
        .map(|(ruta, resultado)| match resultado {
            Resultado::Ilegible(mensaje) => serde_json::json!({
                "archivo": ruta.display().to_string(),
                "estado": "ilegible",
                "error": mensaje,
            }),
            Resultado::Revisado(revision) => {
                let r = revision.resumen();
                serde_json::json!({
                    "archivo": ruta.display().to_string(),
                    "estado": if r.errores > 0 { "con_errores" } else { "sin_errores" },
                    "dependencia": revision.dependencia(),
                    "agenda_id": revision.imported.agenda.id,
                    "anio_cierre": revision.configuracion.anio_cierre,
                    "resumen": {
                        "errores": r.errores,
                        "advertencias": r.advertencias,
                        "advertencias_sin_justificar": r.advertencias_sin_justificar,
                        "informativos": r.informativos,
                    },
                    "hallazgos": revision.hallazgos,
                })
            }
        })
        .collect();
    // A bare list, unless there is more to say than the files.
    let salida = if entregas.is_none() && consolidado.is_none() {
        serde_json::Value::Array(lista)
    } else {
        let mut objeto = serde_json::Map::new();
        objeto.insert("revisiones".into(), lista.into());
        if let Some(e) = entregas {
            objeto.insert("entregas".into(), e);
        }
        if let Some(c) = consolidado {
            objeto.insert("consolidado".into(), serde_json::json!(c));
        }
        serde_json::Value::Object(objeto)
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&salida).expect("plain JSON values serialise")
    );
}
