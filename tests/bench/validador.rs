//! How long every rule takes over agendas of 60, 600 and 6000 activities (natively), to show
//! the validator stays fast and grows no faster than linearly. Run with
//! `cargo bench --bench validador`; it prints a table and is not part of the tests.

use std::time::{Duration, Instant};

use agenda_rdc::domain::config::Configuracion;
use agenda_rdc::domain::format::import_agenda;
use agenda_rdc::domain::model::{ActividadId, Agenda};
use agenda_rdc::domain::rules::validar;

const MUESTRA: &str = include_str!("../fixtures/muestra_salud_2027.json");

/// The reference sample grown to `n` activities, every one distinct.
fn agenda_con(n: usize) -> (Agenda, Configuracion) {
    let importado = import_agenda(MUESTRA).expect("the sample loads");
    let config = Configuracion::desde_archivo(
        importado.configuracion.clone().unwrap(),
        chrono::NaiveDate::MIN,
    )
    .expect("its settings load");
    let mut agenda = importado.agenda;
    let base = std::mem::take(&mut agenda.actividades);
    for i in 0..n {
        let mut a = base[i % base.len()].clone();
        a.id = ActividadId(format!("A{:05}", i + 1));
        a.nombre = format!("{} ({})", a.nombre, i + 1);
        // Links point into the grown list, as a long real agenda would.
        a.relacionada_con = a
            .relacionada_con
            .iter()
            .map(|r| {
                ActividadId(format!(
                    "A{:05}",
                    (i / 14) * 14 + r.0[1..].parse::<usize>().unwrap_or(1)
                ))
            })
            .collect();
        agenda.actividades.push(a);
    }
    (agenda, config)
}

fn medir(n: usize, con_fallas: bool) -> (Duration, usize) {
    let (mut agenda, config) = agenda_con(n);
    if con_fallas {
        // Every fifth activity loses its responsible person and its evidence.
        for a in agenda.actividades.iter_mut().step_by(5) {
            a.responsable = Default::default();
            a.producto_evidencia.clear();
        }
    }
    let repeticiones = (60_000 / n).clamp(5, 2000);
    let mut tiempos = Vec::with_capacity(repeticiones);
    let mut hallazgos = 0;
    for _ in 0..repeticiones {
        let t0 = Instant::now();
        hallazgos = std::hint::black_box(validar(std::hint::black_box(&agenda), &config)).len();
        tiempos.push(t0.elapsed());
    }
    tiempos.sort_unstable();
    (tiempos[tiempos.len() / 2], hallazgos)
}

fn main() {
    println!("| actividades | agenda | mediana por validación | por actividad | hallazgos |");
    println!("|---|---|---|---|---|");
    for (con_fallas, etiqueta) in [(false, "válida"), (true, "con fallas")] {
        let mut base = None;
        for n in [60, 600, 6000] {
            let (t, hallazgos) = medir(n, con_fallas);
            let por_actividad = t.as_secs_f64() * 1e6 / n as f64;
            let base_pa = *base.get_or_insert(por_actividad);
            println!(
                "| {n} | {etiqueta} | {:.3} ms | {:.2} µs ({:.2}× la de 60) | {hallazgos} |",
                t.as_secs_f64() * 1e3,
                por_actividad,
                por_actividad / base_pa
            );
        }
    }
}
