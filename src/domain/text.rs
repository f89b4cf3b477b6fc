//! Small text helpers shared by rules, file names, search and lists. Numbers as people type
//! them are in [`super::cantidad`].

/// "1 actividad", "3 actividades".
pub fn plural(n: usize, uno: &str, varios: &str) -> String {
    format!("{n} {}", if n == 1 { uno } else { varios })
}

/// «a», «a y b», «a, b y c»: a list as a sentence says it.
pub fn lista_natural(partes: &[String]) -> String {
    lista_con(partes, "y")
}

/// [`lista_natural`] with another last word: «a, b o c».
pub fn lista_con(partes: &[String], conjuncion: &str) -> String {
    match partes {
        [] => String::new(),
        [una] => una.clone(),
        [inicio @ .., ultima] => format!("{} {conjuncion} {ultima}", inicio.join(", ")),
    }
}

/// The non-blank lines of a text, trimmed: a list typed one item per line.
pub fn lineas(texto: &str) -> Vec<String> {
    texto
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The first letter in upper case, the rest as written: weekdays and months are lowercase in
/// Spanish, the sentence's first letter is not ("jueves 14…" → "Jueves 14…").
pub fn primera_mayuscula(texto: &str) -> String {
    let mut letras = texto.chars();
    match letras.next() {
        Some(primera) => primera.to_ascii_uppercase().to_string() + letras.as_str(),
        None => String::new(),
    }
}

/// The first letter in lower case, the rest as written: a label inside a sentence keeps its
/// proper names ("Transmisión en vivo (YouTube Live)" → "transmisión en vivo (YouTube Live)").
pub fn primera_minuscula(texto: &str) -> String {
    let mut letras = texto.chars();
    match letras.next() {
        Some(c) => std::iter::once(minuscula(c)).chain(letras).collect(),
        None => String::new(),
    }
}

/// Lower case for Spanish (and other Latin-1) text. Unicode's full case tables would add some
/// 15 KB to the browser build for letters this app's texts do not use.
pub fn minusculas(texto: &str) -> String {
    texto.chars().map(minuscula).collect()
}

pub fn minuscula(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Lower case without accents or surrounding spaces, to compare what people type.
pub fn normalizar(texto: &str) -> String {
    texto
        .trim()
        .chars()
        .map(minuscula)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            otro => otro,
        })
        .collect()
}

/// Whether two names are the same once capitals, accents and spacing are set aside
/// («Secretaría de  Salud» and «secretaria de salud»).
pub fn mismo_nombre(a: &str, b: &str) -> bool {
    normalizar(a)
        .split_whitespace()
        .eq(normalizar(b).split_whitespace())
}

/// Text for a part of a URL (a mailto subject or body): every byte but letters, digits and
/// `-_.~` as `%XX` of its UTF-8.
pub fn codificar_en_url(texto: &str) -> String {
    let mut salida = String::with_capacity(texto.len());
    for b in texto.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            salida.push(b as char);
        } else {
            salida.push_str(&format!("%{b:02X}"));
        }
    }
    salida
}

/// A spreadsheet for Excel or LibreOffice as set up in Colombia: `;` between columns and a
/// UTF-8 mark so accents open right.
pub fn hoja_csv(encabezado: &[&str], filas: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut salida = String::from("\u{feff}");
    linea_csv(encabezado.iter().copied(), &mut salida);
    for fila in filas {
        linea_csv(fila.iter().map(String::as_str), &mut salida);
    }
    salida
}

/// One CSV row; a cell with the separator, a quote or a line break goes between quotes.
fn linea_csv<'a>(celdas: impl Iterator<Item = &'a str>, salida: &mut String) {
    for (i, celda) in celdas.enumerate() {
        if i > 0 {
            salida.push(';');
        }
        if celda.contains([';', '"', '\n', '\r']) {
            salida.push('"');
            salida.push_str(&celda.replace('"', "\"\""));
            salida.push('"');
        } else {
            salida.push_str(celda);
        }
    }
    salida.push_str("\r\n");
}

/// "Secretaría de Salud" → "secretaria-de-salud", for file names.
pub fn slug(texto: &str) -> String {
    let mut salida = String::new();
    for c in normalizar(texto).chars() {
        let c = if c == 'ñ' { 'n' } else { c };
        if c.is_ascii_alphanumeric() {
            salida.push(c);
        } else if !salida.ends_with('-') && !salida.is_empty() {
            salida.push('-');
        }
    }
    salida.trim_end_matches('-').to_string()
}

/// `x` rounded to `decimales` places, with a decimal point (for CSS) and no exponent.
pub fn con_decimales(x: f64, decimales: u32) -> String {
    let escala = 10_i64.pow(decimales);
    let n = (x * escala as f64).round() as i64;
    let signo = if n < 0 { "-" } else { "" };
    let (entera, fraccion) = (n.abs() / escala, n.abs() % escala);
    if decimales == 0 {
        format!("{signo}{entera}")
    } else {
        format!(
            "{signo}{entera}.{fraccion:0ancho$}",
            ancho = decimales as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_reads_as_a_sentence() {
        let l = |p: &[&str]| lista_natural(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["«a»"]), "«a»");
        assert_eq!(l(&["«a»", "«b»"]), "«a» y «b»");
        assert_eq!(l(&["«a»", "«b»", "«c»"]), "«a», «b» y «c»");
        assert_eq!(
            lista_con(&["error".into(), "advertencia".into()], "o"),
            "error o advertencia"
        );
    }

    #[test]
    fn a_list_typed_one_per_line_keeps_its_non_blank_lines_trimmed() {
        assert_eq!(
            lineas("  Secretaría de Salud \n\n \r\nIMDER\r\n"),
            ["Secretaría de Salud", "IMDER"]
        );
        assert!(lineas(" \n ").is_empty());
    }

    #[test]
    fn normalising_ignores_case_accents_and_spaces() {
        assert_eq!(
            normalizar("  Oficina de COMUNICACIÓNES "),
            "oficina de comunicaciones"
        );
    }

    #[test]
    fn names_match_whatever_their_capitals_accents_and_spacing() {
        assert!(mismo_nombre("Secretaría de  Salud ", "secretaria de salud"));
        assert!(mismo_nombre("IMDER", "imder"));
        assert!(!mismo_nombre(
            "Secretaría de Salud",
            "Secretaría de Salud Pública"
        ));
        assert!(!mismo_nombre("Secretaría de Salud", ""));
    }

    #[test]
    fn url_text_keeps_only_unreserved_characters() {
        assert_eq!(
            codificar_en_url("Agenda – Salud & Co.\n"),
            "Agenda%20%E2%80%93%20Salud%20%26%20Co.%0A"
        );
    }

    #[test]
    fn spanish_text_is_lower_cased_without_unicode_tables() {
        assert_eq!(minusculas("ÁRBOL Ñandú ÜÉ Ça Œ ×"), "árbol ñandú üé ça Œ ×");
        assert_eq!(minusculas("Información"), "Información".to_lowercase());
    }

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(plural(1, "actividad", "actividades"), "1 actividad");
        assert_eq!(plural(0, "actividad", "actividades"), "0 actividades");
        assert_eq!(plural(14, "actividad", "actividades"), "14 actividades");
    }

    #[test]
    fn slugs_are_ascii_and_hyphenated() {
        assert_eq!(slug("Secretaría de Salud"), "secretaria-de-salud");
        assert_eq!(
            slug("Instituto Municipal de Niñez (IMN) "),
            "instituto-municipal-de-ninez-imn"
        );
        assert_eq!(slug("¿?"), "");
    }

    #[test]
    fn fixed_decimals_round_and_never_use_an_exponent() {
        assert_eq!(con_decimales(12.34567, 3), "12.346");
        assert_eq!(con_decimales(0.0004, 3), "0.000");
        assert_eq!(con_decimales(0.0005, 3), "0.001");
        assert_eq!(con_decimales(100.0, 3), "100.000");
        assert_eq!(con_decimales(5.25, 1), "5.3");
        assert_eq!(con_decimales(-1.5, 1), "-1.5");
        assert_eq!(con_decimales(2.4, 0), "2");
    }
}
