//! Quantities as people type them: numbers with the thousands separators and decimal comma of
//! Colombia, and the unit a field counts in when the person writes it too ("$ 2.500.000",
//! "90 minutos").
//!
//! Numbers are read and written through serde_json's exact float code, which the app carries
//! anyway; Rust's own float parsing and formatting would add some 30 KB to the browser build.

use super::text::normalizar;

/// The largest whole number a field holds unless its unit or the field says otherwise (what the
/// agenda's counts are kept in).
pub const ENTERO_MAXIMO: u64 = u32::MAX as u64;

/// Pesos up to 999 999 999 999 999 (a peso short of a thousand trillion): every whole number
/// up to there is exact in any JSON reader's numbers.
pub const PESOS_MAXIMO: u64 = 999_999_999_999_999;

/// The unit a quantity field counts in: shown after the control, and read when typed with the
/// number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unidad {
    Pesos,
    Minutos,
    Personas,
    Dias,
    DiasHabiles,
    Meses,
}

impl Unidad {
    /// As the field shows it after the number.
    pub fn sufijo(self) -> &'static str {
        match self {
            Unidad::Pesos => "pesos",
            Unidad::Minutos => "minutos",
            Unidad::Personas => "personas",
            Unidad::Dias => "días",
            Unidad::DiasHabiles => "días hábiles",
            Unidad::Meses => "meses",
        }
    }

    /// The largest whole number a field in this unit holds.
    pub fn maximo(self) -> u64 {
        match self {
            Unidad::Pesos => PESOS_MAXIMO,
            _ => ENTERO_MAXIMO,
        }
    }

    /// How a person may write it after the number, without accents and in lower case (as
    /// [`normalizar`] leaves it), longest first.
    fn formas(self) -> &'static [&'static str] {
        match self {
            Unidad::Pesos => &["pesos", "peso", "cop"],
            Unidad::Minutos => &["minutos", "minuto", "min"],
            Unidad::Personas => &["personas", "persona"],
            Unidad::Dias => &["dias", "dia"],
            Unidad::DiasHabiles => &["dias habiles", "dia habil"],
            Unidad::Meses => &["meses", "mes"],
        }
    }
}

/// Why what a person typed in a number field is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoEsNumero {
    /// Letters, signs or separators where a number goes.
    Invalido,
    /// A whole number above what the field holds (a score of 300), which the agenda could not
    /// keep.
    Mayor { maximo: u64 },
    /// One point followed by three digits ("1.500"): thousands in Colombia, a decimal point
    /// elsewhere. Guessing would silently turn 1.500 people into one and a half.
    Ambiguo {
        /// The digits without the point ("1500"), and with a decimal comma ("1,500").
        miles: String,
        con_coma: String,
    },
    /// Thousands separators that do not stand every three digits in a finished number ("1,5"
    /// in a field of whole numbers, "12.34,5"), said when the person leaves the field.
    MilesFueraDeLugar { texto: String },
}

impl NoEsNumero {
    /// What to write instead, naming the field.
    pub fn mensaje(&self, etiqueta: &str, decimal: bool) -> String {
        match self {
            NoEsNumero::Ambiguo { miles, con_coma } => format!(
                "En «{etiqueta}», «{}» puede ser {miles} o {con_coma}: escríbalo sin punto ({miles}) o con coma decimal ({con_coma})",
                con_coma.replace(',', ".")
            ),
            NoEsNumero::Mayor { maximo } => format!(
                "Escriba un número entero de 0 a {} en «{etiqueta}»",
                escribir_numero(*maximo as f64, false)
            ),
            NoEsNumero::MilesFueraDeLugar { texto } if decimal => format!(
                "En «{etiqueta}», los puntos de «{texto}» no separan miles: póngalos cada tres cifras, con la coma antes de los decimales (1.234,5), o quítelos"
            ),
            NoEsNumero::MilesFueraDeLugar { texto } => format!(
                "En «{etiqueta}», «{texto}» no es un número entero: escriba solo cifras, con un punto cada tres si quiere (1.500)"
            ),
            NoEsNumero::Invalido if decimal => {
                format!("Escriba un número en «{etiqueta}», por ejemplo 0,75")
            }
            NoEsNumero::Invalido => {
                format!("Escriba solo números enteros, sin letras, en «{etiqueta}»")
            }
        }
    }
}

/// Reads a quantity as typed in a field that counts in `unidad`: the unit written after the
/// number (or, for pesos, the sign before it) is left out; then as [`leer_numero`]. A whole
/// number above `maximo` is refused, since the agenda could not keep it.
pub fn leer_cantidad(
    texto: &str,
    decimal: bool,
    unidad: Option<Unidad>,
    maximo: u64,
) -> Result<Option<f64>, NoEsNumero> {
    let valor = leer_numero(&sin_unidad(texto, unidad), decimal)?;
    match valor {
        Some(n) if !decimal && n > maximo as f64 => Err(NoEsNumero::Mayor { maximo }),
        _ => Ok(valor),
    }
}

/// What a finished quantity must also be, checked when the person leaves its field: its
/// thousands separators every three digits, and no lone point that reads both as thousands and
/// as decimals. While it is typed, separators are passed over ("2.5" on the way to "2.500"), so
/// the field does not flash an error at each key; a number left as "1,5" in a field of whole
/// numbers would otherwise be kept as 15.
pub fn revisar_al_salir(
    texto: &str,
    decimal: bool,
    unidad: Option<Unidad>,
) -> Result<(), NoEsNumero> {
    let numero: String = sin_unidad(texto, unidad)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    // A number that does not split into parts is for reading to refuse.
    let Ok(partes) = partes(numero.trim_start_matches(['+', '-']), decimal) else {
        return Ok(());
    };
    if partes.punto_decimal {
        return punto_sin_ambiguedad(partes.miles, partes.fraccion);
    }
    let mut grupos = partes.miles.split(['.', ',']);
    let primero = grupos.next().unwrap_or_default();
    let en_su_lugar = (1..=3).contains(&primero.len()) && grupos.all(|g| g.len() == 3);
    if partes.miles.contains(['.', ',']) && !en_su_lugar {
        return Err(NoEsNumero::MilesFueraDeLugar {
            texto: texto.trim().to_string(),
        });
    }
    Ok(())
}

/// A lone point before three digits, after one to three that do not start with 0 ("1.500"):
/// thousands in Colombia, a decimal point elsewhere.
fn punto_sin_ambiguedad(entera: &str, fraccion: &str) -> Result<(), NoEsNumero> {
    let cifras = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let como_miles = (1..=3).contains(&entera.len())
        && !entera.starts_with('0')
        && fraccion.len() == 3
        && cifras(entera)
        && cifras(fraccion);
    if como_miles {
        return Err(NoEsNumero::Ambiguo {
            miles: format!("{entera}{fraccion}"),
            con_coma: format!("{entera},{fraccion}"),
        });
    }
    Ok(())
}

/// The number without the unit written after it (or, for pesos, the sign before it), in
/// lower case.
fn sin_unidad(texto: &str, unidad: Option<Unidad>) -> String {
    let mut numero = normalizar(texto);
    if let Some(unidad) = unidad {
        if unidad == Unidad::Pesos {
            if let Some(resto) = numero.strip_prefix('$') {
                numero = resto.to_string();
            }
        }
        if let Some(sin) = unidad
            .formas()
            .iter()
            .find_map(|forma| numero.strip_suffix(forma))
        {
            numero = sin.to_string();
        }
    }
    numero
}

/// Reads what a person typed as a number. Spaces and thousands separators (points or commas)
/// are allowed. When `decimal`, a comma is the decimal mark and so is a lone point (one that
/// also reads as thousands, "1.500", is asked about when the field is left: see
/// [`revisar_al_salir`]). `Ok(None)` for an empty field. A number being typed ("12," or ",5")
/// already reads, so the field does not flash an error at every key.
pub fn leer_numero(texto: &str, decimal: bool) -> Result<Option<f64>, NoEsNumero> {
    let limpio: String = texto.chars().filter(|c| !c.is_whitespace()).collect();
    if limpio.is_empty() {
        return Ok(None);
    }
    let (signo, cuerpo) = match limpio.strip_prefix('-') {
        Some(resto) if decimal => ("-", resto),
        _ => ("", limpio.strip_prefix('+').unwrap_or(&limpio)),
    };
    let Partes {
        miles, fraccion, ..
    } = partes(cuerpo, decimal)?;
    let entera = miles.replace(['.', ','], "");
    let digitos = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (entera.is_empty() && fraccion.is_empty()) || !digitos(&entera) || !digitos(fraccion) {
        return Err(NoEsNumero::Invalido);
    }
    // In JSON's grammar: no leading zeros, digits on both sides of the point.
    let entera = match entera.trim_start_matches('0') {
        "" => "0",
        sin_ceros => sin_ceros,
    };
    let json = if fraccion.is_empty() {
        format!("{signo}{entera}")
    } else {
        format!("{signo}{entera}.{fraccion}")
    };
    serde_json::from_str::<f64>(&json)
        .ok()
        .filter(|n| n.is_finite())
        .map(Some)
        .ok_or(NoEsNumero::Invalido)
}

/// A whole number written with its zero cents ("2.500.000,00", "2500000.00") is that whole
/// number. The cents' mark is not the thousands' one: "2.500.00" is a digit short of
/// 2.500.000, not 2.500.
fn sin_centavos_en_cero(cuerpo: &str) -> &str {
    let Some(i) = cuerpo.rfind(['.', ',']) else {
        return cuerpo;
    };
    let (antes, marca, centavos) = (&cuerpo[..i], &cuerpo[i..=i], &cuerpo[i + 1..]);
    let en_cero = (1..=2).contains(&centavos.len()) && centavos.bytes().all(|b| b == b'0');
    if en_cero && !antes.contains(marca) {
        antes
    } else {
        cuerpo
    }
}

/// A number split where its decimals start: the whole part as written, with its thousands
/// separators, and the decimals. Reading drops the separators; leaving the field checks them.
struct Partes<'a> {
    miles: &'a str,
    fraccion: &'a str,
    /// The decimals follow a lone point, which may also read as thousands.
    punto_decimal: bool,
}

fn partes(cuerpo: &str, decimal: bool) -> Result<Partes<'_>, NoEsNumero> {
    let partir = |marca: char| cuerpo.split_once(marca).unwrap_or((cuerpo, ""));
    let (miles, fraccion, punto_decimal) = match (
        decimal,
        cuerpo.matches(',').count(),
        cuerpo.matches('.').count(),
    ) {
        (false, _, _) => (sin_centavos_en_cero(cuerpo), "", false),
        // A comma is the decimal mark; the points before it are thousands.
        (true, 1, _) => {
            let (miles, fraccion) = partir(',');
            (miles, fraccion, false)
        }
        (true, 0, 1) => {
            let (miles, fraccion) = partir('.');
            (miles, fraccion, true)
        }
        // Several points are thousands.
        (true, 0, _) => (cuerpo, "", false),
        _ => return Err(NoEsNumero::Invalido),
    };
    Ok(Partes {
        miles,
        fraccion,
        punto_decimal,
    })
}

/// A number as a person writes it: whole numbers without decimals, a decimal comma otherwise.
/// In a field of whole numbers, thousands are grouped with points ("2.500.000"), as they are
/// read back; a decimal field would read such a point as a decimal mark, so it has none.
pub fn escribir_numero(n: f64, decimal: bool) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let entero = n as i64;
        if decimal {
            return entero.to_string();
        }
        let cifras = entero.unsigned_abs().to_string();
        let mut agrupado = String::new();
        for (i, c) in cifras.chars().enumerate() {
            if i > 0 && (cifras.len() - i) % 3 == 0 {
                agrupado.push('.');
            }
            agrupado.push(c);
        }
        return if entero < 0 {
            format!("-{agrupado}")
        } else {
            agrupado
        };
    }
    serde_json::Number::from_f64(n)
        .map(|x| x.to_string().replace('.', ","))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_type_them() {
        assert_eq!(leer_numero("", true), Ok(None));
        assert_eq!(leer_numero(" 1.250 ", false), Ok(Some(1250.0)));
        assert_eq!(leer_numero("1,250", false), Ok(Some(1250.0)));
        assert_eq!(leer_numero("2 500 000", false), Ok(Some(2_500_000.0)));
        assert_eq!(leer_numero("007", false), Ok(Some(7.0)));
        assert_eq!(leer_numero("0,75", true), Ok(Some(0.75)));
        assert_eq!(leer_numero("12.5", true), Ok(Some(12.5)));
        assert_eq!(leer_numero("-3,5", true), Ok(Some(-3.5)));
        // Colombia's way: points between thousands, a decimal comma.
        assert_eq!(leer_numero("1.234,5", true), Ok(Some(1234.5)));
        assert_eq!(leer_numero("1.500.000", true), Ok(Some(1_500_000.0)));
        // Half-typed numbers already read, so the field does not flash an error.
        assert_eq!(leer_numero("12,", true), Ok(Some(12.0)));
        assert_eq!(leer_numero(",5", true), Ok(Some(0.5)));
        assert_eq!(leer_numero("1.5", true), Ok(Some(1.5)));
        assert_eq!(leer_numero("1.500.0", true), Ok(Some(15000.0)));
        for malo in ["abc", "-3", "1e3", "2,5x", "$100"] {
            assert_eq!(
                leer_numero(malo, false),
                Err(NoEsNumero::Invalido),
                "{malo}"
            );
        }
        for malo in [
            "-",
            ",",
            "1,2,3",
            "1e3",
            "12a",
            "NaN",
            "inf",
            &"9".repeat(400),
        ] {
            assert_eq!(leer_numero(malo, true), Err(NoEsNumero::Invalido), "{malo}");
        }
        // Every digit counts: the closest double, like Rust's own parser.
        assert_eq!(leer_numero("0,1", true), Ok(Some(0.1)));
        assert_eq!(
            leer_numero("3,141592653589793", true),
            Ok(Some(std::f64::consts::PI))
        );
    }

    #[test]
    fn a_lone_point_before_three_digits_is_asked_not_guessed() {
        // Read while typed (on the way to 1.500.000)…
        assert_eq!(leer_numero("1.500", true), Ok(Some(1.5)));
        // …and asked about when the person leaves the field with it.
        let ambiguo = revisar_al_salir("1.500", true, None).unwrap_err();
        assert_eq!(
            ambiguo,
            NoEsNumero::Ambiguo {
                miles: "1500".into(),
                con_coma: "1,500".into()
            }
        );
        assert_eq!(
            ambiguo.mensaje("Cantidad", true),
            "En «Cantidad», «1.500» puede ser 1500 o 1,500: escríbalo sin punto (1500) o con coma decimal (1,500)"
        );
        // Not thousands: a leading zero, a whole part of four digits, other than three decimals.
        for decimal in ["0.500", "1234.500", "1.25", "-2.5"] {
            assert_eq!(revisar_al_salir(decimal, true, None), Ok(()), "{decimal}");
        }
        assert_eq!(leer_numero("1234.500", true), Ok(Some(1234.5)));
        // In a field of whole numbers a point is only ever thousands.
        assert_eq!(leer_numero("1.500", false), Ok(Some(1500.0)));
        assert_eq!(revisar_al_salir("1.500", false, None), Ok(()));
    }

    #[test]
    fn the_unit_of_the_field_may_be_typed_with_the_number() {
        let pesos = Some(Unidad::Pesos);
        assert_eq!(
            leer_cantidad("$ 2.500.000", false, pesos, ENTERO_MAXIMO),
            Ok(Some(2_500_000.0))
        );
        assert_eq!(
            leer_cantidad("$2,500,000", false, pesos, ENTERO_MAXIMO),
            Ok(Some(2_500_000.0))
        );
        assert_eq!(
            leer_cantidad("2.500.000 pesos", false, pesos, ENTERO_MAXIMO),
            Ok(Some(2_500_000.0))
        );
        assert_eq!(
            leer_cantidad("1500000 COP", false, pesos, ENTERO_MAXIMO),
            Ok(Some(1_500_000.0))
        );
        assert_eq!(
            leer_cantidad("90 min", false, Some(Unidad::Minutos), ENTERO_MAXIMO),
            Ok(Some(90.0))
        );
        assert_eq!(
            leer_cantidad("1 Persona", false, Some(Unidad::Personas), ENTERO_MAXIMO),
            Ok(Some(1.0))
        );
        assert_eq!(
            leer_cantidad(
                "15 días hábiles",
                false,
                Some(Unidad::DiasHabiles),
                ENTERO_MAXIMO
            ),
            Ok(Some(15.0))
        );
        assert_eq!(
            leer_cantidad(
                "15 dias habiles",
                false,
                Some(Unidad::DiasHabiles),
                ENTERO_MAXIMO
            ),
            Ok(Some(15.0))
        );
        assert_eq!(
            leer_cantidad("4 meses", false, Some(Unidad::Meses), ENTERO_MAXIMO),
            Ok(Some(4.0))
        );
        assert_eq!(leer_cantidad("", false, pesos, ENTERO_MAXIMO), Ok(None));
        // Another unit, or the sign where it means nothing, is not read.
        for (malo, unidad) in [
            ("2 horas", Unidad::Minutos),
            ("$30", Unidad::Personas),
            ("pesos 20", Unidad::Pesos),
            ("30 personas", Unidad::Dias),
        ] {
            assert_eq!(
                leer_cantidad(malo, false, Some(unidad), ENTERO_MAXIMO),
                Err(NoEsNumero::Invalido),
                "{malo}"
            );
        }
        assert_eq!(
            leer_cantidad("$30", false, None, ENTERO_MAXIMO),
            Err(NoEsNumero::Invalido)
        );
    }

    #[test]
    fn a_whole_number_above_what_the_field_holds_is_refused_with_the_limit() {
        assert_eq!(leer_cantidad("100", false, None, 100), Ok(Some(100.0)));
        let mayor = leer_cantidad("300", false, None, 100).unwrap_err();
        assert_eq!(mayor, NoEsNumero::Mayor { maximo: 100 });
        assert_eq!(
            mayor.mensaje("Puntaje (0 a 100)", false),
            "Escriba un número entero de 0 a 100 en «Puntaje (0 a 100)»"
        );
        // «72,5» in a whole-number field reads 725: out of range, so said, never kept.
        assert_eq!(
            leer_cantidad("72,5", false, None, 100),
            Err(NoEsNumero::Mayor { maximo: 100 })
        );
        // Pesos hold more than counts of people do.
        let pesos = Some(Unidad::Pesos);
        let presupuesto = leer_cantidad("$ 5.000.000.000", false, pesos, Unidad::Pesos.maximo());
        assert_eq!(presupuesto, Ok(Some(5e9)));
        assert!(leer_cantidad("5.000.000.000", false, None, ENTERO_MAXIMO).is_err());
    }

    #[test]
    fn separators_out_of_place_are_pointed_out_once_the_number_is_finished() {
        // Read while typed, so the field does not flash an error on the way to 2.500.000…
        assert_eq!(leer_numero("2.5", false), Ok(Some(25.0)));
        // …and pointed out when the person leaves the field with it.
        for malo in ["1,5", "2.50", "1500.000", "1.2.3"] {
            assert_eq!(
                revisar_al_salir(malo, false, None),
                Err(NoEsNumero::MilesFueraDeLugar { texto: malo.into() }),
                "{malo}"
            );
        }
        assert_eq!(
            revisar_al_salir(" 1,5 ", false, None).unwrap_err().mensaje("Duración", false),
            "En «Duración», «1,5» no es un número entero: escriba solo cifras, con un punto cada tres si quiere (1.500)"
        );
        for bueno in ["", "15", "1.500", "2.500.000", "2,500,000", "12 500", "abc"] {
            assert_eq!(revisar_al_salir(bueno, false, None), Ok(()), "{bueno}");
        }
        let pesos = Some(Unidad::Pesos);
        assert_eq!(revisar_al_salir("$ 2.500.000", false, pesos), Ok(()));
        // Zero cents are a whole number; others are not.
        assert_eq!(
            leer_cantidad("$ 2.500.000,00", false, pesos, PESOS_MAXIMO),
            Ok(Some(2_500_000.0))
        );
        assert_eq!(revisar_al_salir("$ 2.500.000,00", false, pesos), Ok(()));
        assert_eq!(revisar_al_salir("2500000.0", false, pesos), Ok(()));
        assert_eq!(leer_numero("2,500,000.00", false), Ok(Some(2_500_000.0)));
        assert_eq!(revisar_al_salir("2,500,000.00", false, pesos), Ok(()));
        assert!(revisar_al_salir("$ 2.500.000,50", false, pesos).is_err());
        // On the way to 1,000 (thousands with a comma) nothing is lost.
        assert_eq!(leer_numero("1,00", false), Ok(Some(1.0)));
        assert_eq!(leer_numero("1,000", false), Ok(Some(1000.0)));
        assert!(revisar_al_salir("$ 2.500.00", false, pesos).is_err());
        // With decimals: points before the comma, or several of them, are thousands.
        for bueno in ["1.234,5", "0,75", "12.5", "1.500.000", "1234,5"] {
            assert_eq!(revisar_al_salir(bueno, true, None), Ok(()), "{bueno}");
        }
        let malo = revisar_al_salir("12.34,5", true, None).unwrap_err();
        assert_eq!(
            malo.mensaje("Cantidad", true),
            "En «Cantidad», los puntos de «12.34,5» no separan miles: póngalos cada tres cifras, con la coma antes de los decimales (1.234,5), o quítelos"
        );
        assert!(revisar_al_salir("1.5.5", true, None).is_err());
    }

    #[test]
    fn numbers_are_written_back_as_they_are_read() {
        assert_eq!(escribir_numero(120.0, false), "120");
        assert_eq!(escribir_numero(2_500_000.0, false), "2.500.000");
        assert_eq!(escribir_numero(-4000.0, false), "-4.000");
        assert_eq!(escribir_numero(1500.0, true), "1500");
        assert_eq!(escribir_numero(0.75, true), "0,75");
        assert_eq!(escribir_numero(0.1 + 0.2, true), "0,30000000000000004");
        for n in [0.75, 12.5, 1.0 / 3.0, 1234.5678, 0.1 + 0.2, 1500.0] {
            assert_eq!(leer_numero(&escribir_numero(n, true), true), Ok(Some(n)));
        }
        for n in [0.0, 7.0, 999.0, 1000.0, 2_500_000.0, 123_456_789.0] {
            assert_eq!(leer_numero(&escribir_numero(n, false), false), Ok(Some(n)));
        }
    }
}
