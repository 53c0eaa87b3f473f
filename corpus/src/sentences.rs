//! Sentence boundaries inside a block: a full stop, question or exclamation mark (with any
//! closing quotes) followed by a space and a capital, digit or opening quote — except after
//! abbreviations, initials and inside numbers.

use crate::page_words::{self, List};
/// Byte ranges of the sentences of `text`, trimmed of surrounding space.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (p, c) = chars[i];
        if matches!(c, '.' | '?' | '!' | '…') {
            // Closing quotes and brackets belong to the sentence they close.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
                j += 1;
            }
            let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
            let next_ok = match (chars.get(j), chars.get(j + 1)) {
                (None, _) => true,
                (Some(&(_, ' ')), Some(&(_, n))) => {
                    n.is_uppercase()
                        || n.is_ascii_digit()
                        || matches!(n, '"' | '“' | '‘' | '(' | '[')
                }
                _ => false,
            };
            if next_ok && !(c == '.' && is_abbreviation(text, p)) {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    if start < b.len() {
        push_trimmed(text, start, text.len(), &mut out);
    }
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if s + lead < e - trail {
        out.push((s + lead, e - trail));
    }
}

/// Whether a stop right after `before` ends a sentence of prose: the word before it is of three
/// lower-case letters or more and no abbreviation ("rockets fired at the camp." does; "No." and
/// "incl." do not). Line readers use it to tell prose from a label.
pub fn prose_stop_after(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.chars().count() >= 3
        && word.chars().all(char::is_lowercase)
        && !page_words::has(List::Abbreviation, word)
}

/// Whether the full stop at `dot` ends an abbreviation or an initial ("Dr.", "Paul D.").
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map(|p| p + before[p..].chars().next().map(char::len_utf8).unwrap_or(1))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    let lw = word.to_lowercase();
    page_words::has(List::Abbreviation, &lw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn splits_on_sentence_ends_only() {
        assert_eq!(
            sents("Chadian peacekeepers received high praise. Simultaneously, they suffered -- at least 47 died. The vital role"),
            ["Chadian peacekeepers received high praise.", "Simultaneously, they suffered -- at least 47 died.", "The vital role"]
        );
        // "UN. mission" (a translation slip) does not end a sentence before a lower-case word.
        assert_eq!(
            sents("the renewal of the UN. mission in Mali. He then").len(),
            2
        );
        assert_eq!(
            sents("By Paul D. Williams and Mr. Lyammouri, 2.5 million. Next").len(),
            2
        );
        assert_eq!(
            sents("\"no government services.\" Livestock herder, Yidji village."),
            [
                "\"no government services.\"",
                "Livestock herder, Yidji village."
            ]
        );
    }
}
