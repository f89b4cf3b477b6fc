//! Small text helpers shared by rules, file names and search.

/// Lower case without accents or surrounding spaces, to compare what people type.
pub fn normalizar(texto: &str) -> String {
    texto
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_accents_and_spaces() {
        assert_eq!(
            normalizar("  Oficina de COMUNICACIÓNES "),
            "oficina de comunicaciones"
        );
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
}
