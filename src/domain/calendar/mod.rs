//! Dates of the closing year (domain.md §5): election day, the Ley de Garantías window and
//! the closing year in force; Colombia's holidays and business days in `festivos`; dates in
//! words and read from files in `texto`.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

mod festivos;
mod texto;

pub use festivos::*;
pub use texto::*;

/// Territorial elections fall on the last Sunday of October (Ley 163 de 1994, art. 1).
pub fn fecha_eleccion(anio: i32) -> NaiveDate {
    let mut dia = NaiveDate::from_ymd_opt(anio, 10, 31).expect("31 October exists every year");
    while dia.weekday() != Weekday::Sun {
        dia -= Duration::days(1);
    }
    dia
}

/// Business days after the term ends within which its officials deliver the Ley 951 act
/// (Ley 951 de 2005, art. 4); the default of the settings' threshold.
pub const DIAS_HABILES_ACTA_951: u32 = 15;

/// Four-year terms run from 1 January of Y−3 to 31 December of Y; closing years are 2019,
/// 2023, 2027… The closing year in force on `hoy` is the first whose closing work is not over:
/// the term ends on 31 December, but its Ley 951 acts are due 15 business days later, so in
/// January an office still finishing them works on the year just closed.
pub fn anio_cierre_vigente(hoy: NaiveDate) -> i32 {
    let anio = hoy.year();
    let siguiente = anio + (2027 - anio).rem_euclid(4);
    let anterior = siguiente - 4;
    if anio == anterior + 1 {
        let fin = NaiveDate::from_ymd_opt(anterior, 12, 31).expect("31 December exists");
        let vence = Festivos::de_colombia([anio]).sumar_dias_habiles(fin, DIAS_HABILES_ACTA_951);
        if hoy <= vence {
            return anterior;
        }
    }
    siguiente
}

/// `fecha` minus whole months, clamped to the month's last day (31 Oct − 4 months = 30 Jun).
pub fn restar_meses(fecha: NaiveDate, meses: u32) -> NaiveDate {
    fecha
        .checked_sub_months(Months::new(meses))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An ISO date for tests; other domain tests use it too.
    pub(crate) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn election_is_the_last_sunday_of_october() {
        assert_eq!(fecha_eleccion(2019), d("2019-10-27"));
        assert_eq!(fecha_eleccion(2023), d("2023-10-29"));
        assert_eq!(fecha_eleccion(2027), d("2027-10-31"));
        assert_eq!(fecha_eleccion(2031), d("2031-10-26"));
    }

    #[test]
    fn guarantees_window_starts_four_months_before_clamped_to_month_end() {
        assert_eq!(restar_meses(d("2027-10-31"), 4), d("2027-06-30"));
        assert_eq!(restar_meses(d("2023-10-29"), 4), d("2023-06-29"));
    }

    #[test]
    fn closing_year_in_force_is_the_end_of_the_current_term() {
        assert_eq!(anio_cierre_vigente(d("2026-11-24")), 2027);
        assert_eq!(anio_cierre_vigente(d("2027-12-31")), 2027);
        assert_eq!(anio_cierre_vigente(d("2023-06-01")), 2023);
        // Until the Ley 951 acts of the term just ended are due (24 January 2028), then the next.
        assert_eq!(anio_cierre_vigente(d("2028-01-01")), 2027);
        assert_eq!(anio_cierre_vigente(d("2028-01-24")), 2027);
        assert_eq!(anio_cierre_vigente(d("2028-01-25")), 2031);
        assert_eq!(anio_cierre_vigente(d("2024-01-23")), 2023);
        assert_eq!(anio_cierre_vigente(d("2024-02-01")), 2027);
    }
}
