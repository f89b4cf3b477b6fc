//! What a date is in the closing year: its weekday, and whether it is a holiday, election day,
//! inside a closing phase or the Ley de Garantías, or outside the term. Date fields show it
//! beside the picker, so a wrong month or a holiday shows while the person chooses, not only
//! at the review; and "14 de octubre" in words settles a picker that writes mm/dd/yyyy.

use chrono::{Datelike, NaiveDate};

use super::calendar::{fecha_corta, fecha_larga, festivos_colombia, nombre_mes};
use super::config::Configuracion;
use super::text::{plural, primera_mayuscula};

/// A date in words with the facts of the closing calendar that apply to it, in calendar
/// order: "Lunes 1 de noviembre de 2027: festivo (Día de Todos los Santos); fases de
/// rendición de cuentas y de empalme."
pub fn describir_dia(config: &Configuracion, fecha: NaiveDate) -> String {
    let mut notas: Vec<String> = dia_no_habil(config, fecha).into_iter().collect();
    notas.extend(lugar_en_el_cierre(config, fecha));
    con_notas(fecha, notas)
}

/// The end date of something that starts on `inicio`: the same day is said in four words
/// instead of repeating the start's line, and an end before the start is said first.
pub fn describir_fin(config: &Configuracion, inicio: Option<NaiveDate>, fin: NaiveDate) -> String {
    match inicio {
        Some(inicio) if inicio == fin => "El mismo día de inicio.".to_string(),
        Some(inicio) if fin < inicio => {
            let mut notas = vec!["antes de la fecha de inicio".to_string()];
            notas.extend(dia_no_habil(config, fin));
            notas.extend(lugar_en_el_cierre(config, fin));
            con_notas(fin, notas)
        }
        _ => describir_dia(config, fin),
    }
}

/// A date that prepares or follows a dialogue space held on `espacio` (its convocatoria, the
/// prior report, the questions' registration, the memoria): how far it is from the space, which
/// is what the rules measure, and whether it is a holiday; the phase would be noise here.
pub fn describir_frente_al_espacio(
    config: &Configuracion,
    espacio: Option<NaiveDate>,
    fecha: NaiveDate,
) -> String {
    let Some(espacio) = espacio else {
        return describir_dia(config, fecha);
    };
    let dias = (fecha - espacio).num_days();
    let mut notas = vec![match dias {
        0 => "el mismo día del espacio".to_string(),
        ..0 => format!(
            "{} antes del espacio",
            plural(dias.unsigned_abs() as usize, "día", "días")
        ),
        _ => format!(
            "{} después del espacio",
            plural(dias as usize, "día", "días")
        ),
    }];
    notas.extend(dia_no_habil(config, fecha));
    con_notas(fecha, notas)
}

/// Election day or a holiday (weekends are already in the date's words).
fn dia_no_habil(config: &Configuracion, fecha: NaiveDate) -> Option<String> {
    if fecha == config.fecha_eleccion {
        Some("día de elecciones".to_string())
    } else if config.festivos().contiene(fecha) {
        Some(match nombre_festivo(fecha) {
            Some(nombre) => format!("festivo ({nombre})"),
            None => "festivo".to_string(),
        })
    } else {
        None
    }
}

/// Where the date falls in the term: outside it, or in which phases and the Ley de Garantías.
fn lugar_en_el_cierre(config: &Configuracion, fecha: NaiveDate) -> Vec<String> {
    let mut notas = Vec::new();
    let periodo = config.periodo_gobierno();
    if fecha < periodo.inicio {
        notas.push("antes del período de gobierno".to_string());
    } else if fecha > periodo.fin {
        notas.push(format!(
            "después del fin del período de gobierno ({})",
            fecha_corta(periodo.fin)
        ));
    } else {
        let fases: Vec<&str> = config
            .ventanas_de_fase()
            .into_iter()
            .filter(|(_, rango)| rango.contiene(fecha))
            .map(|(fase, _)| fase.nombre_en_frase())
            .collect();
        match fases.as_slice() {
            [] => {}
            [una] => notas.push(format!("fase de {una}")),
            varias => notas.push(format!("fases de {}", varias.join(" y de "))),
        }
        if fecha != config.fecha_eleccion && config.ventana_garantias().contiene(fecha) {
            let eleccion = config.fecha_eleccion;
            notas.push(format!(
                "Ley de Garantías (hasta las elecciones del {} de {})",
                eleccion.day(),
                nombre_mes(eleccion.month())
            ));
        }
    }
    notas
}

fn con_notas(fecha: NaiveDate, notas: Vec<String>) -> String {
    let mut texto = primera_mayuscula(&fecha_larga(fecha));
    if !notas.is_empty() {
        texto.push_str(": ");
        texto.push_str(&notas.join("; "));
    }
    texto.push('.');
    texto
}

/// The name Colombia gives the holiday, when `fecha` is one; a holiday Planeación added in its
/// configuration (a municipal one) has none.
fn nombre_festivo(fecha: NaiveDate) -> Option<&'static str> {
    festivos_colombia(fecha.year())
        .into_iter()
        .find(|f| f.fecha == fecha)
        .map(|f| f.nombre)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;

    fn config() -> Configuracion {
        Configuracion::para_anio(2027)
    }

    #[test]
    fn an_ordinary_working_day_says_its_phase() {
        assert_eq!(
            describir_dia(&config(), d("2027-04-14")),
            "Miércoles 14 de abril de 2027: fase de informe de gestión."
        );
    }

    #[test]
    fn a_day_in_the_ley_de_garantias_says_until_when() {
        assert_eq!(
            describir_dia(&config(), d("2027-10-14")),
            "Jueves 14 de octubre de 2027: fase de rendición de cuentas; \
             Ley de Garantías (hasta las elecciones del 31 de octubre)."
        );
        // Its first day, four months before the election (clamped to the month's end).
        assert!(describir_dia(&config(), d("2027-06-30")).contains("Ley de Garantías"));
        assert!(!describir_dia(&config(), d("2027-06-29")).contains("Ley de Garantías"));
    }

    #[test]
    fn election_day_is_named_as_such_and_not_as_inside_the_ley_de_garantias() {
        assert_eq!(
            describir_dia(&config(), d("2027-10-31")),
            "Domingo 31 de octubre de 2027: día de elecciones; fase de rendición de cuentas."
        );
    }

    #[test]
    fn a_holiday_has_its_name_and_overlapping_phases_are_both_named() {
        assert_eq!(
            describir_dia(&config(), d("2027-11-01")),
            "Lunes 1 de noviembre de 2027: festivo (Día de Todos los Santos); \
             fases de rendición de cuentas y de empalme."
        );
    }

    #[test]
    fn a_holiday_of_the_municipality_has_no_national_name() {
        let mut c = config();
        c.festivos.push(d("2027-08-20"));
        assert_eq!(
            describir_dia(&c, d("2027-08-20")),
            "Viernes 20 de agosto de 2027: festivo; fase de informe de gestión; \
             Ley de Garantías (hasta las elecciones del 31 de octubre)."
        );
    }

    #[test]
    fn a_weekend_outside_every_phase_is_only_its_date() {
        assert_eq!(
            describir_dia(&config(), d("2027-02-13")),
            "Sábado 13 de febrero de 2027."
        );
    }

    #[test]
    fn dates_outside_the_term_say_so() {
        assert_eq!(
            describir_dia(&config(), d("2028-01-24")),
            "Lunes 24 de enero de 2028: después del fin del período de gobierno \
             (31 de diciembre de 2027)."
        );
        assert_eq!(
            describir_dia(&config(), d("2023-12-29")),
            "Viernes 29 de diciembre de 2023: antes del período de gobierno."
        );
        // The term's last day is still in it, and in the empalme.
        assert_eq!(
            describir_dia(&config(), d("2027-12-31")),
            "Viernes 31 de diciembre de 2027: fase de empalme."
        );
    }

    #[test]
    fn an_end_date_on_the_start_day_is_said_briefly_and_one_before_it_is_flagged() {
        let c = config();
        let inicio = Some(d("2027-10-14"));
        assert_eq!(
            describir_fin(&c, inicio, d("2027-10-14")),
            "El mismo día de inicio."
        );
        assert_eq!(
            describir_fin(&c, inicio, d("2027-10-12")),
            "Martes 12 de octubre de 2027: antes de la fecha de inicio; fase de rendición de \
             cuentas; Ley de Garantías (hasta las elecciones del 31 de octubre)."
        );
        assert_eq!(
            describir_fin(&c, inicio, d("2027-11-04")),
            describir_dia(&c, d("2027-11-04"))
        );
        assert_eq!(
            describir_fin(&c, None, d("2027-11-04")),
            describir_dia(&c, d("2027-11-04"))
        );
    }

    #[test]
    fn a_date_around_a_dialogue_space_says_how_far_it_is_and_if_it_is_a_holiday() {
        let c = config();
        let espacio = Some(d("2027-10-14"));
        assert_eq!(
            describir_frente_al_espacio(&c, espacio, d("2027-09-27")),
            "Lunes 27 de septiembre de 2027: 17 días antes del espacio."
        );
        assert_eq!(
            describir_frente_al_espacio(&c, espacio, d("2027-10-13")),
            "Miércoles 13 de octubre de 2027: 1 día antes del espacio."
        );
        assert_eq!(
            describir_frente_al_espacio(&c, espacio, d("2027-10-14")),
            "Jueves 14 de octubre de 2027: el mismo día del espacio."
        );
        assert_eq!(
            describir_frente_al_espacio(&c, espacio, d("2027-11-01")),
            "Lunes 1 de noviembre de 2027: 18 días después del espacio; festivo (Día de Todos los Santos)."
        );
        // Without the space's date there is nothing to measure from.
        assert_eq!(
            describir_frente_al_espacio(&c, None, d("2027-09-27")),
            describir_dia(&c, d("2027-09-27"))
        );
    }

    #[test]
    fn phase_windows_follow_the_configuration() {
        let mut c = config();
        c.ventanas.rendicion_cuentas.hasta = d("2027-12-15");
        assert!(describir_dia(&c, d("2027-12-10"))
            .contains("fases de rendición de cuentas y de empalme"));
    }
}
