//! Colombia's public holidays for any year (fixed, moved to Monday by the Ley Emiliani, and
//! Easter-based) and business-day arithmetic over them.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::domain::orden::{distintos, ordenar_por_clave};

/// Easter Sunday (Gregorian computus, anonymous algorithm).
pub fn domingo_de_pascua(anio: i32) -> NaiveDate {
    let a = anio % 19;
    let b = anio / 100;
    let c = anio % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let mes = (h + l - 7 * m + 114) / 31;
    let dia = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(anio, mes as u32, dia as u32)
        .expect("computus yields a March or April date")
}

/// The Monday on or after `fecha` (Ley 51 de 1983 moves these holidays to Monday).
fn lunes_siguiente(fecha: NaiveDate) -> NaiveDate {
    let dias = (7 - fecha.weekday().num_days_from_monday()) % 7;
    fecha + Duration::days(dias as i64)
}

/// A public holiday with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Festivo {
    pub fecha: NaiveDate,
    pub nombre: &'static str,
}

/// Colombia's public holidays for `anio`: fixed dates, the ones Ley 51 de 1983 (Ley Emiliani)
/// moves to Monday, and the Easter-based ones. Sorted by date; two holidays may share a day.
pub fn festivos_colombia(anio: i32) -> Vec<Festivo> {
    let fecha =
        |m: u32, d: u32| NaiveDate::from_ymd_opt(anio, m, d).expect("fixed holiday dates exist");
    let pascua = domingo_de_pascua(anio);
    let mut festivos = vec![
        Festivo {
            fecha: fecha(1, 1),
            nombre: "Año Nuevo",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(1, 6)),
            nombre: "Día de los Reyes Magos",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(3, 19)),
            nombre: "Día de San José",
        },
        Festivo {
            fecha: pascua - Duration::days(3),
            nombre: "Jueves Santo",
        },
        Festivo {
            fecha: pascua - Duration::days(2),
            nombre: "Viernes Santo",
        },
        Festivo {
            fecha: fecha(5, 1),
            nombre: "Día del Trabajo",
        },
        Festivo {
            fecha: lunes_siguiente(pascua + Duration::days(39)),
            nombre: "Ascensión del Señor",
        },
        Festivo {
            fecha: lunes_siguiente(pascua + Duration::days(60)),
            nombre: "Corpus Christi",
        },
        Festivo {
            fecha: lunes_siguiente(pascua + Duration::days(68)),
            nombre: "Sagrado Corazón de Jesús",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(6, 29)),
            nombre: "San Pedro y San Pablo",
        },
        Festivo {
            fecha: fecha(7, 20),
            nombre: "Día de la Independencia",
        },
        Festivo {
            fecha: fecha(8, 7),
            nombre: "Batalla de Boyacá",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(8, 15)),
            nombre: "La Asunción de la Virgen",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(10, 12)),
            nombre: "Día de la Raza",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(11, 1)),
            nombre: "Día de Todos los Santos",
        },
        Festivo {
            fecha: lunes_siguiente(fecha(11, 11)),
            nombre: "Independencia de Cartagena",
        },
        Festivo {
            fecha: fecha(12, 8),
            nombre: "Día de la Inmaculada Concepción",
        },
        Festivo {
            fecha: fecha(12, 25),
            nombre: "Navidad",
        },
    ];
    ordenar_por_clave(&mut festivos, |f| (f.fecha, f.nombre));
    festivos
}

/// The holiday dates a calendar works with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Festivos(Vec<NaiveDate>);

impl Festivos {
    pub fn nuevos(fechas: impl IntoIterator<Item = NaiveDate>) -> Self {
        Festivos(distintos(fechas))
    }

    /// Colombia's holidays for the given years.
    pub fn de_colombia(anios: impl IntoIterator<Item = i32>) -> Self {
        Festivos::nuevos(
            anios
                .into_iter()
                .flat_map(|a| festivos_colombia(a).into_iter().map(|f| f.fecha)),
        )
    }

    pub fn contiene(&self, fecha: NaiveDate) -> bool {
        self.0.binary_search(&fecha).is_ok()
    }

    pub fn fechas(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.0.iter().copied()
    }

    /// Monday to Friday and not a holiday.
    pub fn es_dia_habil(&self, fecha: NaiveDate) -> bool {
        !matches!(fecha.weekday(), Weekday::Sat | Weekday::Sun) && !self.contiene(fecha)
    }

    /// The `n`-th business day after `desde` (not counting `desde` itself).
    pub fn sumar_dias_habiles(&self, desde: NaiveDate, n: u32) -> NaiveDate {
        let mut dia = desde;
        let mut contados = 0;
        while contados < n {
            dia += Duration::days(1);
            if self.es_dia_habil(dia) {
                contados += 1;
            }
        }
        dia
    }

    /// The first business day on or after `fecha`.
    pub fn primer_dia_habil_desde(&self, fecha: NaiveDate) -> NaiveDate {
        let mut dia = fecha;
        while !self.es_dia_habil(dia) {
            dia += Duration::days(1);
        }
        dia
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;

    fn fechas(anio: i32) -> Vec<NaiveDate> {
        let mut v: Vec<NaiveDate> = festivos_colombia(anio)
            .into_iter()
            .map(|f| f.fecha)
            .collect();
        v.dedup();
        v
    }

    fn lista(fechas: &[&str]) -> Vec<NaiveDate> {
        fechas.iter().map(|s| d(s)).collect()
    }

    // Published holiday lists (Ministerio del Interior / calendars in the press) for these years.
    #[test]
    fn holidays_2023_match_the_published_list() {
        assert_eq!(
            fechas(2023),
            lista(&[
                "2023-01-01",
                "2023-01-09",
                "2023-03-20",
                "2023-04-06",
                "2023-04-07",
                "2023-05-01",
                "2023-05-22",
                "2023-06-12",
                "2023-06-19",
                "2023-07-03",
                "2023-07-20",
                "2023-08-07",
                "2023-08-21",
                "2023-10-16",
                "2023-11-06",
                "2023-11-13",
                "2023-12-08",
                "2023-12-25",
            ])
        );
    }

    #[test]
    fn holidays_2024_match_the_published_list() {
        assert_eq!(
            fechas(2024),
            lista(&[
                "2024-01-01",
                "2024-01-08",
                "2024-03-25",
                "2024-03-28",
                "2024-03-29",
                "2024-05-01",
                "2024-05-13",
                "2024-06-03",
                "2024-06-10",
                "2024-07-01",
                "2024-07-20",
                "2024-08-07",
                "2024-08-19",
                "2024-10-14",
                "2024-11-04",
                "2024-11-11",
                "2024-12-08",
                "2024-12-25",
            ])
        );
    }

    #[test]
    fn holidays_2025_match_the_published_list_where_two_fall_on_one_monday() {
        // Sagrado Corazón and San Pedro y San Pablo both fell on Monday 30 June 2025.
        assert_eq!(festivos_colombia(2025).len(), 18);
        assert_eq!(
            fechas(2025),
            lista(&[
                "2025-01-01",
                "2025-01-06",
                "2025-03-24",
                "2025-04-17",
                "2025-04-18",
                "2025-05-01",
                "2025-06-02",
                "2025-06-23",
                "2025-06-30",
                "2025-07-20",
                "2025-08-07",
                "2025-08-18",
                "2025-10-13",
                "2025-11-03",
                "2025-11-17",
                "2025-12-08",
                "2025-12-25",
            ])
        );
    }

    #[test]
    fn holidays_of_the_2027_closing_window_match_domain_reference() {
        let f = fechas(2027);
        for dia in [
            "2027-10-18",
            "2027-11-01",
            "2027-11-15",
            "2027-12-08",
            "2027-12-25",
        ] {
            assert!(f.contains(&d(dia)), "{dia}");
        }
        assert!(fechas(2028).contains(&d("2028-01-10")));
    }

    #[test]
    fn easter_sundays_are_right() {
        assert_eq!(domingo_de_pascua(2019), d("2019-04-21"));
        assert_eq!(domingo_de_pascua(2024), d("2024-03-31"));
        assert_eq!(domingo_de_pascua(2027), d("2027-03-28"));
        assert_eq!(domingo_de_pascua(2038), d("2038-04-25"));
    }

    #[test]
    fn ley_951_act_is_due_fifteen_business_days_after_the_term_ends() {
        let festivos = Festivos::de_colombia([2027, 2028]);
        assert_eq!(
            festivos.sumar_dias_habiles(d("2027-12-31"), 15),
            d("2028-01-24")
        );
        assert_eq!(
            Festivos::de_colombia([2023, 2024]).sumar_dias_habiles(d("2023-12-31"), 15),
            d("2024-01-23")
        );
    }

    #[test]
    fn fifteen_business_days_from_the_sample_hearing_skip_the_8_december_holiday() {
        let festivos = Festivos::de_colombia([2027]);
        assert_eq!(
            festivos.sumar_dias_habiles(d("2027-11-19"), 15),
            d("2027-12-13")
        );
        assert_eq!(
            festivos.primer_dia_habil_desde(d("2027-11-01")),
            d("2027-11-02")
        );
    }
}
