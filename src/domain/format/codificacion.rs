//! A file's bytes as text. The app writes UTF-8, but a file opened and saved again on Windows
//! may come back in Windows-1252 («ANSI», Notepad's and Excel's old default) or UTF-16
//! («Unicode» in Notepad). Read as UTF-8 regardless, every «í» or «ñ» would turn into «�»
//! without a word; read in its own encoding, the agenda comes back as it was written.

use serde::{Deserialize, Serialize};

use super::ImportError;

/// How a file's bytes were read. Planeación keeps it with each received file, so the notice
/// below still shows when the page opens again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Codificacion {
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-16")]
    Utf16,
    #[serde(rename = "windows-1252")]
    Windows1252,
}

impl Codificacion {
    /// What to tell the person when the file was not in the app's own encoding.
    pub fn aviso(self) -> Option<&'static str> {
        match self {
            Codificacion::Utf8 | Codificacion::Utf16 => None,
            Codificacion::Windows1252 => Some(
                "El archivo no estaba guardado en UTF-8, la codificación de la aplicación: se leyó como \
                 Windows-1252 («ANSI», la de Bloc de notas y Excel en Windows). Revise que las tildes y las eñes se vean bien.",
            ),
        }
    }
}

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextoDeArchivo {
    pub texto: String,
    pub codificacion: Codificacion,
}

/// Reads a file's bytes as text: UTF-8 (with or without its mark), UTF-16 with its mark, or
/// else Windows-1252. Bytes that cannot be text (a zero byte outside UTF-16: a Word, Excel or
/// PDF document) are refused.
pub fn texto_de_archivo(bytes: &[u8]) -> Result<TextoDeArchivo, ImportError> {
    let leido = |texto, codificacion| TextoDeArchivo {
        texto,
        codificacion,
    };
    if let Some(resto) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(resto, u16::from_le_bytes).map(|t| leido(t, Codificacion::Utf16));
    }
    if let Some(resto) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(resto, u16::from_be_bytes).map(|t| leido(t, Codificacion::Utf16));
    }
    if bytes.contains(&0) {
        return Err(ImportError::NotText);
    }
    let sin_marca = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    Ok(match std::str::from_utf8(sin_marca) {
        Ok(texto) => leido(texto.to_string(), Codificacion::Utf8),
        Err(_) => leido(
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Codificacion::Windows1252,
        ),
    })
}

fn utf16(bytes: &[u8], unidad: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    if bytes.len() % 2 != 0 {
        return Err(ImportError::NotText);
    }
    let unidades = bytes.chunks_exact(2).map(|par| unidad([par[0], par[1]]));
    char::decode_utf16(unidades)
        .collect::<Result<String, _>>()
        .map_err(|_| ImportError::NotText)
}

/// Windows-1252 as browsers decode it (WHATWG Encoding): Latin-1, except 0x80–0x9F, where it
/// puts the euro sign, typographic quotes and dashes, and a few letters.
fn windows_1252(byte: u8) -> char {
    const DE_0X80: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => DE_0X80[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{"nombre": "Secretaría de Educación – «Año» 2027 “€”"}"#;

    #[test]
    fn utf8_is_read_as_it_is_with_or_without_its_mark() {
        let leido = texto_de_archivo(JSON.as_bytes()).unwrap();
        assert_eq!(leido.texto, JSON);
        assert_eq!(leido.codificacion, Codificacion::Utf8);
        assert_eq!(leido.codificacion.aviso(), None);
        let con_marca = [&[0xEF, 0xBB, 0xBF], JSON.as_bytes()].concat();
        assert_eq!(texto_de_archivo(&con_marca).unwrap().texto, JSON);
    }

    #[test]
    fn windows_1252_comes_back_as_written_and_says_so() {
        // As Notepad saves it in «ANSI»: one byte per letter.
        let bytes: Vec<u8> = JSON
            .chars()
            .map(|c| match c {
                'í' => 0xED,
                'ó' => 0xF3,
                'ñ' => 0xF1,
                '«' => 0xAB,
                '»' => 0xBB,
                '–' => 0x96,
                '“' => 0x93,
                '”' => 0x94,
                '€' => 0x80,
                c => u8::try_from(c).unwrap(),
            })
            .collect();
        let leido = texto_de_archivo(&bytes).unwrap();
        assert_eq!(leido.texto, JSON);
        assert_eq!(leido.codificacion, Codificacion::Windows1252);
        assert!(leido.codificacion.aviso().unwrap().contains("Windows-1252"));
    }

    #[test]
    fn every_windows_1252_byte_is_one_character() {
        let todos: Vec<u8> = (1..=255).collect();
        let leido = texto_de_archivo(&todos).unwrap();
        assert_eq!(leido.texto.chars().count(), 255);
        assert_eq!(leido.texto.chars().nth(0x9F - 1), Some('Ÿ'));
        assert_eq!(leido.texto.chars().nth(0xE1 - 1), Some('á'));
    }

    #[test]
    fn utf16_with_its_mark_is_read_in_both_byte_orders() {
        let unidades: Vec<u16> = JSON.encode_utf16().collect();
        let le = [
            vec![0xFF, 0xFE],
            unidades.iter().flat_map(|u| u.to_le_bytes()).collect(),
        ]
        .concat();
        let be = [
            vec![0xFE, 0xFF],
            unidades.iter().flat_map(|u| u.to_be_bytes()).collect(),
        ]
        .concat();
        for bytes in [le, be] {
            let leido = texto_de_archivo(&bytes).unwrap();
            assert_eq!(leido.texto, JSON);
            assert_eq!(leido.codificacion, Codificacion::Utf16);
        }
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_in_spanish() {
        // The start of a .docx or .xlsx (a zip), and a UTF-16 file cut in half a character.
        for bytes in [
            &b"PK\x03\x04\x14\x00\x06\x00"[..],
            &[0xFF, 0xFE, 0x7B, 0x00, 0x22],
        ] {
            let error = texto_de_archivo(bytes).unwrap_err();
            assert_eq!(error, ImportError::NotText);
            assert!(error.to_string().contains("no es texto"), "{error}");
        }
    }
}
