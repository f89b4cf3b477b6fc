//! Dates and times as people and files write them: in Spanish words for screens and messages,
//! and read from ISO text by hand (chrono's general parser would weigh on the browser build).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};

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

/// Days from `inicio` to `fin` in words, saying the month and year once where they repeat:
/// "14 de octubre de 2027", "4 al 30 de noviembre de 2027", "15 de octubre al 30 de noviembre
/// de 2027", "15 de diciembre de 2027 al 24 de enero de 2028".
pub fn dias_en_palabras(inicio: NaiveDate, fin: NaiveDate) -> String {
    if inicio == fin {
        fecha_corta(inicio)
    } else if (inicio.year(), inicio.month()) == (fin.year(), fin.month()) {
        format!("{} al {}", inicio.day(), fecha_corta(fin))
    } else if inicio.year() == fin.year() {
        format!(
            "{} de {} al {}",
            inicio.day(),
            nombre_mes(inicio.month()),
            fecha_corta(fin)
        )
    } else {
        format!("{} al {}", fecha_corta(inicio), fecha_corta(fin))
    }
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

    /// A member read with [`fecha_opcional`], for `leer_por_miembros!`.
    pub struct FechaOpcional(pub Option<NaiveDate>);

    impl<'de> Deserialize<'de> for FechaOpcional {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            fecha_opcional(d).map(FechaOpcional)
        }
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
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;

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

    #[test]
    fn a_span_of_days_says_the_month_and_year_once() {
        assert_eq!(
            dias_en_palabras(d("2027-10-14"), d("2027-10-14")),
            "14 de octubre de 2027"
        );
        assert_eq!(
            dias_en_palabras(d("2027-11-04"), d("2027-11-30")),
            "4 al 30 de noviembre de 2027"
        );
        assert_eq!(
            dias_en_palabras(d("2027-10-15"), d("2027-11-30")),
            "15 de octubre al 30 de noviembre de 2027"
        );
        assert_eq!(
            dias_en_palabras(d("2027-12-15"), d("2028-01-24")),
            "15 de diciembre de 2027 al 24 de enero de 2028"
        );
    }

    #[test]
    fn dates_read_in_spanish() {
        assert_eq!(fecha_larga(d("2027-10-14")), "jueves 14 de octubre de 2027");
    }
}
