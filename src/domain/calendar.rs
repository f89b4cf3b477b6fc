//! Dates of the closing year (domain.md §5): election day, the Ley de Garantías window,
//! Colombia's holidays for any year and business-day arithmetic.

use chrono::{
    DateTime, Datelike, Duration, Months, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday,
};

use super::orden::{distintos, ordenar_por_clave};

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

/// "jueves 14 de octubre de 2027", for messages and screens in es-CO.
pub fn fecha_larga(fecha: NaiveDate) -> String {
    const DIAS: [&str; 7] = [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ];
    format!(
        "{} {}",
        DIAS[fecha.weekday().num_days_from_monday() as usize],
        fecha_corta(fecha)
    )
}

/// "14 de octubre de 2027".
pub fn fecha_corta(fecha: NaiveDate) -> String {
    format!(
        "{} de {} de {}",
        fecha.day(),
        nombre_mes(fecha.month()),
        fecha.year()
    )
}

/// Reads "2027-10-14", the ISO form of files and date inputs; anything else is `None`. Dates
/// and instants are read by hand: chrono's general parser would add some 14 KB to the wasm.
pub fn leer_fecha_iso(texto: &str) -> Option<NaiveDate> {
    let b = texto.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        digitos(&texto[0..4])? as i32,
        digitos(&texto[5..7])?,
        digitos(&texto[8..10])?,
    )
}

/// Reads an RFC 3339 instant as this app and JSON tools write it: "2027-10-01T14:30:05Z",
/// with or without fractions of a second, with "Z" or an offset such as "-05:00".
pub fn leer_instante(texto: &str) -> Option<DateTime<Utc>> {
    let (fecha, resto) = texto.split_at_checked(10)?;
    let fecha = leer_fecha_iso(fecha)?;
    let resto = resto.strip_prefix(['T', 't', ' '])?;
    let (hora, desfase_min) = match resto.strip_suffix(['Z', 'z']) {
        Some(hora) => (hora, 0),
        None => {
            let (hora, desfase) = resto.split_at_checked(resto.len().checked_sub(6)?)?;
            let signo = match desfase.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            if desfase.as_bytes()[3] != b':' {
                return None;
            }
            let minutos = digitos(&desfase[1..3])? * 60 + digitos(&desfase[4..6])?;
            (hora, signo * i64::from(minutos))
        }
    };
    let (hms, fraccion) = match hora.split_once('.') {
        Some((_, "")) => return None,
        Some(partes) => partes,
        None => (hora, ""),
    };
    let b = hms.as_bytes();
    if b.len() != 8 || b[2] != b':' || b[5] != b':' || fraccion.len() > 9 {
        return None;
    }
    let nanos = if fraccion.is_empty() {
        0
    } else {
        digitos(fraccion)? * 10_u32.pow(9 - fraccion.len() as u32)
    };
    let tiempo = NaiveTime::from_hms_nano_opt(
        digitos(&hms[0..2])?,
        digitos(&hms[3..5])?,
        digitos(&hms[6..8])?,
        nanos,
    )?;
    let local = fecha.and_time(tiempo);
    Some(Utc.from_utc_datetime(&(local - Duration::minutes(desfase_min))))
}

/// A run of ASCII digits as a number.
fn digitos(texto: &str) -> Option<u32> {
    if texto.is_empty() || !texto.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    texto.bytes().try_fold(0_u32, |n, b| {
        n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
    })
}

/// Serde readers for dates and instants, through [`leer_fecha_iso`] and [`leer_instante`]
/// (`#[serde(deserialize_with = …)]`; writing stays chrono's, which has no parser in it).
pub mod de {
    use std::fmt;

    use chrono::{DateTime, NaiveDate, Utc};
    use serde::de::{Error, Visitor};
    use serde::{Deserialize, Deserializer};

    const FECHA: &str = "una fecha AAAA-MM-DD";
    const INSTANTE: &str = "una fecha y hora RFC 3339";

    /// A string; anything else is refused naming what was expected, in Spanish.
    struct Texto(&'static str);

    impl Visitor<'_> for Texto {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
    }

    struct Opcional(&'static str);

    impl<'de> Visitor<'de> for Opcional {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_none<E: Error>(self) -> Result<Option<String>, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Option<String>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
            d.deserialize_str(Texto(self.0)).map(Some)
        }
    }

    fn fecha_de<E: Error>(texto: &str) -> Result<NaiveDate, E> {
        super::leer_fecha_iso(texto).ok_or_else(|| {
            E::custom(format!(
                "«{texto}» no es una fecha válida; use el formato AAAA-MM-DD, por ejemplo 2027-10-14"
            ))
        })
    }

    fn instante_de<E: Error>(texto: &str) -> Result<DateTime<Utc>, E> {
        super::leer_instante(texto).ok_or_else(|| {
            E::custom(format!(
                "«{texto}» no es una fecha y hora válida; use el formato RFC 3339, por ejemplo 2027-10-01T14:30:05Z"
            ))
        })
    }

    pub fn fecha<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        fecha_de(&d.deserialize_str(Texto(FECHA))?)
    }

    pub fn fecha_opcional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(Opcional(FECHA))?
            .map(|t| fecha_de(&t))
            .transpose()
    }

    pub fn fechas<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|t| fecha_de(t))
            .collect()
    }

    pub fn fechas_opcionales<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Vec<NaiveDate>>, D::Error> {
        Option::<Vec<String>>::deserialize(d)?
            .map(|v| v.iter().map(|t| fecha_de(t)).collect())
            .transpose()
    }

    pub fn instante<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        instante_de(&d.deserialize_str(Texto(INSTANTE))?)
    }

    pub fn instante_opcional<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(Opcional(INSTANTE))?
            .map(|t| instante_de(&t))
            .transpose()
    }
}

/// "08:00": how officials write a time and how `<input type="time">` gives it.
pub fn hora_texto(hora: NaiveTime) -> String {
    format!("{:02}:{:02}", hora.hour(), hora.minute())
}

/// Reads "8:00", "08:00" or "08:00:30" (24 h); anything else is `None`. Written by hand
/// rather than with chrono's format strings, which would add their parser to the wasm.
pub fn leer_hora(texto: &str) -> Option<NaiveTime> {
    let numero = |p: &str| (1..=2).contains(&p.len()).then(|| digitos(p)).flatten();
    let partes: Vec<&str> = texto.trim().split(':').collect();
    let (h, m, s) = match partes[..] {
        [h, m] => (h, m, "0"),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    NaiveTime::from_hms_opt(numero(h)?, numero(m)?, numero(s)?)
}

/// "20271014" (iCalendar dates, file names).
pub fn fecha_compacta(fecha: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", fecha.year(), fecha.month(), fecha.day())
}

pub fn nombre_mes(mes: u32) -> &'static str {
    const MESES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    MESES[(mes.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn dates_and_instants_read_as_chrono_reads_them() {
        for texto in ["2027-10-14", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(
                leer_fecha_iso(texto),
                texto.parse::<NaiveDate>().ok(),
                "{texto}"
            );
        }
        for malo in [
            "",
            "2027-13-01",
            "2027-02-29",
            "2027-1-14",
            "27-10-14",
            "2027/10/14",
            "2027-10-14 ",
            "2027-10-1a",
            "+2027-10-14",
        ] {
            assert_eq!(leer_fecha_iso(malo), None, "{malo:?}");
        }
        for texto in [
            "2027-10-01T14:30:05Z",
            "2027-10-01T14:30:05.123Z",
            "2027-10-01T14:30:05.123456789Z",
            "2027-10-01t14:30:05z",
            "2027-10-01 14:30:05Z",
            "2027-10-01T09:30:05-05:00",
            "2027-10-02T01:30:05+11:00",
            "2027-12-31T23:59:59-05:00",
        ] {
            let chrono = DateTime::parse_from_rfc3339(texto).map(|d| d.with_timezone(&Utc));
            assert_eq!(leer_instante(texto), chrono.ok(), "{texto}");
        }
        for malo in [
            "2027-10-01",
            "2027-10-01T14:30Z",
            "2027-10-01T14:30:05",
            "2027-10-01T14:30:05+0500",
            "2027-10-01T24:00:00Z",
            "2027-10-01T14:30:05.Z",
            "2027-10-01T14:30:05.1234567891Z",
            "2027-10-01T14:30:05*05:00",
        ] {
            assert_eq!(leer_instante(malo), None, "{malo:?}");
        }
        // What this app writes reads back to the same instant.
        let ahora =
            Utc.with_ymd_and_hms(2027, 3, 1, 8, 0, 0).unwrap() + Duration::milliseconds(123);
        let escrito = ahora.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        assert_eq!(leer_instante(&escrito), Some(ahora));
    }

    #[test]
    fn times_read_as_officials_write_them() {
        let t = |h, m, s| NaiveTime::from_hms_opt(h, m, s);
        assert_eq!(leer_hora("08:00"), t(8, 0, 0));
        assert_eq!(leer_hora(" 8:05 "), t(8, 5, 0));
        assert_eq!(leer_hora("23:59:30"), t(23, 59, 30));
        for malo in [
            "",
            "8",
            "24:00",
            "12:60",
            "12:3a",
            "12:30:00:00",
            "1230",
            "-1:00",
            "12:",
            "123:00",
        ] {
            assert_eq!(leer_hora(malo), None, "{malo:?}");
        }
        assert_eq!(
            hora_texto(NaiveTime::from_hms_opt(7, 5, 0).unwrap()),
            "07:05"
        );
        assert_eq!(fecha_compacta(d("2027-03-09")), "20270309");
    }

    /// An ISO date for tests; other domain tests use it too.
    pub(crate) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

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

    #[test]
    fn dates_read_in_spanish() {
        assert_eq!(fecha_larga(d("2027-10-14")), "jueves 14 de octubre de 2027");
    }
}
