//! Bytes to normalised text, refusing what is not a text document.

use crate::error::CorpusError;

/// The largest document accepted. The longest real report is a few hundred kilobytes of text;
/// anything near this is a mistake (a database dump, a zip renamed .txt) and would freeze a
/// browser tab.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes `bytes` as UTF-8 (or, failing that, Windows-1252 with a warning), normalises line
/// ends and invisible characters. Errors name the file and the reason.
pub fn decode(file: &str, bytes: &[u8]) -> Result<Decoded, CorpusError> {
    if bytes.len() > MAX_BYTES {
        return Err(CorpusError::new(
            file,
            None,
            format!(
                "file is {:.1} MB, larger than the {} MB limit for one document",
                bytes.len() as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
        ));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(CorpusError::new(
            file,
            Some(line_of(bytes, pos)),
            format!("not a text file: NUL byte at offset {pos}"),
        ));
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls > 16 && controls * 20 > bytes.len() {
        return Err(CorpusError::new(
            file,
            None,
            format!("not a text file: {controls} control bytes"),
        ));
    }
    let mut warnings = Vec::new();
    let raw = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let pos = e.valid_up_to();
            warnings.push(format!(
                "{file}:{}: not valid UTF-8 (byte {pos}); read as Windows-1252",
                line_of(bytes, pos)
            ));
            bytes.iter().map(|&b| cp1252(b)).collect()
        }
    };
    let text = normalise(&raw);
    if text.trim().is_empty() {
        return Err(CorpusError::new(file, None, "the file is empty (no text)"));
    }
    Ok(Decoded { text, warnings })
}

fn line_of(bytes: &[u8], pos: usize) -> u32 {
    1 + bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
}

/// Line ends to `\n`, no-break and other odd spaces to a plain space, zero-width characters and
/// the byte-order mark removed, trailing spaces trimmed.
pub fn normalise(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n') {
        let mut l = String::with_capacity(line.len());
        for c in line.chars() {
            match c {
                '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}' => {}
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' | '\u{2009}' | '\u{200a}' => l.push(' '),
                c if c.is_control() => {}
                c => l.push(c),
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    }
    out
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_binary_and_huge() {
        assert!(decode("a.txt", b"")
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(decode("a.txt", b"  \n \n").is_err());
        let e = decode("b.txt", b"abc\n\x00\x01").unwrap_err().to_string();
        assert!(e.starts_with("b.txt:2:") && e.contains("NUL"), "{e}");
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(decode("c.txt", &big)
            .unwrap_err()
            .to_string()
            .contains("limit"));
    }

    #[test]
    fn latin1_is_read_with_a_warning() {
        let d = decode("d.txt", b"coup d'\xe9tat\n").unwrap();
        assert!(d.text.starts_with("coup d'état"));
        assert!(d.warnings[0].contains("d.txt:1"));
    }

    #[test]
    fn normalises_spaces_and_line_ends() {
        assert_eq!(normalise("a\u{a0}b \r\nc\u{200b}d"), "a b\ncd\n");
    }
}
