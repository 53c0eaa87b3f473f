//! A small hand lexer shared by the date, number and entity rules (a regex engine would add
//! hundreds of kilobytes to the browser build). Tokens carry byte offsets into the text they
//! were cut from, so every rule can report exact spans.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, with internal apostrophes ("MINUSMA's", "d'état").
    Word,
    /// ASCII digits, with thousands groups ("15,209") and a decimal part ("2.5").
    Num,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whether white space separates this token from the previous one.
    pub space_before: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == TokKind::Num
    }
    pub fn is_punct(&self, src: &str, p: &str) -> bool {
        self.kind == TokKind::Punct && self.text(src) == p
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// A word split at its first apostrophe, where French elides an article or a preposition onto
/// the next word: "d'un" → ("d", "un"), "jusqu'au" → ("jusqu", "au"), "l'Égypte" → ("l",
/// "Égypte"); none without one.
pub fn split_elision(w: &str) -> Option<(&str, &str)> {
    w.split_once(is_apostrophe)
}

/// The text after a list item's bullet ("• 11 January 2013 — …", "- 19 May, Boulkessi"), if
/// it opens on one.
pub fn after_bullet(text: &str) -> Option<&str> {
    text.strip_prefix(['•', '·', '*', '-', '–', '—'])
}

/// Cuts `src` into tokens.
pub fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { src.len() };
    let mut i = 0;
    let mut space = true;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let kind;
        if c.is_alphabetic() {
            let mut j = i + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_alphabetic() {
                    j += 1;
                } else if is_apostrophe(d) && j + 1 < n && chars[j + 1].1.is_alphabetic() {
                    j += 2;
                } else {
                    break;
                }
            }
            kind = TokKind::Word;
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            loop {
                while j < n && chars[j].1.is_ascii_digit() {
                    j += 1;
                }
                // "15,209": a comma followed by exactly three digits continues the number.
                if j < n
                    && chars[j].1 == ','
                    && (1..=3).all(|k| j + k < n && chars[j + k].1.is_ascii_digit())
                    && !(j + 4 < n && chars[j + 4].1.is_ascii_digit())
                {
                    j += 4;
                    continue;
                }
                // "1,88,558": South Asian grouping, pairs of digits before the last three.
                let digit = |k: usize| k < n && chars[k].1.is_ascii_digit();
                let mut k = j;
                while k + 2 < n
                    && chars[k].1 == ','
                    && digit(k + 1)
                    && digit(k + 2)
                    && !digit(k + 3)
                {
                    k += 3;
                }
                if k > j
                    && k < n
                    && chars[k].1 == ','
                    && (1..=3).all(|d| digit(k + d))
                    && !digit(k + 4)
                {
                    j = k + 4;
                    continue;
                }
                // "2.5": a point followed by a digit.
                if j + 1 < n && chars[j].1 == '.' && chars[j + 1].1.is_ascii_digit() {
                    let mut k = j + 1;
                    while k < n && chars[k].1.is_ascii_digit() {
                        k += 1;
                    }
                    j = k;
                }
                break;
            }
            kind = TokKind::Num;
            i = j;
        } else {
            kind = TokKind::Punct;
            i += 1;
        }
        out.push(Token {
            start,
            end: end_of(i),
            kind,
            space_before: space,
        });
        space = false;
    }
    out
}

/// The folded text of every word token ("" for numbers and punctuation): what the rules
/// compare with their word lists.
pub fn folded_words(src: &str, toks: &[Token]) -> Vec<String> {
    toks.iter()
        .map(|t| {
            if t.is_word() {
                fold(t.text(src))
            } else {
                String::new()
            }
        })
        .collect()
}

/// Lower-cases and strips the diacritics of Latin letters, so "Ménaka" matches "menaka" and
/// "Ségou" matches "Segou". Characters outside the table are lower-cased as they are.
pub fn fold(s: &str) -> String {
    // Most text is ASCII: lower-case it bytewise without the Unicode case tables.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                'a'
            }
            'ç' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            '’' | '‘' => '\'',
            _ => lower(c),
        };
        out.push(base);
    }
    out
}

/// Lower case for the capitals of Latin-1, Latin Extended-A, Greek and Cyrillic; other
/// characters unchanged. Unicode's full case tables are ~4 KB of the browser build, and the
/// texts here are English and French; a word in another script still matches itself as
/// written.
fn lower(c: char) -> char {
    let u = c as u32;
    let to = match u {
        // À–Þ (not ×), Α–Ρ and Σ–Ϋ (+32), Ѐ–Џ (+80), А–Я (+32).
        0xC0..=0xDE if u != 0xD7 => u + 32,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        // Latin Extended-A pairs capitals with the next code point: even ones up to ķ (but
        // not İ, which lower-cases to two characters), odd ones from Ĺ to Ň and Ź to Ž, even
        // ones again from Ŋ to Ŷ; Ÿ goes to ÿ.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        // Cyrillic Ѡ–ҁ and Ҋ–ӿ pair the same way (even capital, odd small).
        0x460..=0x481 | 0x48A..=0x4BF if u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The words of `src` (lower-cased, folded), with their byte spans.
pub fn words(src: &str) -> Vec<(usize, usize, String)> {
    tokenize(src)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| (t.start, t.end, fold(t.text(src))))
        .collect()
}

pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_unicode_where_it_acts() {
        for u in 0..0x500u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let ours = lower(c);
            if ours != c {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    ours.to_string(),
                    "{c:?}"
                );
            }
        }
        for c in ['É', 'Ş', 'Ł', 'Ż', 'Ω', 'Д', 'Ё', 'Ÿ', 'Œ'] {
            assert_eq!(
                lower(c).to_string(),
                c.to_lowercase().collect::<String>(),
                "{c:?}"
            );
        }
        assert_eq!(fold("MÉNAKA Ségou ŁÓDŹ"), "menaka segou łodź");
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn numbers_keep_thousands_and_decimals() {
        assert_eq!(
            texts("an estimated 15,209 uniformed personnel."),
            ["an", "estimated", "15,209", "uniformed", "personnel", "."]
        );
        assert_eq!(texts("2.5 million"), ["2.5", "million"]);
        // "2018,33 though": a two-digit group after a comma is not a thousands group.
        assert_eq!(texts("2018,33 though"), ["2018", ",", "33", "though"]);
        // South Asian grouping: pairs before the last three digits.
        assert_eq!(texts("1,88,558 peacekeepers"), ["1,88,558", "peacekeepers"]);
        assert_eq!(texts("1,88 and"), ["1", ",", "88", "and"]);
        assert_eq!(
            texts("June 30th, 2019.3 It"),
            ["June", "30", "th", ",", "2019.3", "It"]
        );
    }

    #[test]
    fn words_keep_apostrophes_and_split_hyphens() {
        assert_eq!(
            texts("MINUSMA’s d'état six-months"),
            ["MINUSMA’s", "d'état", "six", "-", "months"]
        );
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Ménaka Ségou Sévaré"), "menaka segou sevare");
        assert_eq!(fold("MINUSMA’s"), "minusma's");
    }
}
