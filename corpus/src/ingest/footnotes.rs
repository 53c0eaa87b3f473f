//! Footnote markers and note lines, in every form the sources use: superscript digits ("¹",
//! "²³", "¹⁰ ¹¹"), braces ("^{12}", "^{19 20}"), digits glued after punctuation ("…2019.3 It",
//! "…2018,33 though"), note lines "^{1.} …", " ^{22.} …", "23. Ibid." and unnumbered
//! continuation lines after a numbered note.

use std::collections::BTreeSet;

/// A marker found in a body text: its number, where it stood in the stripped text, and how it
/// was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub number: u32,
    pub at: usize,
    pub written: String,
}

fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// A note line's number and the text after it, for "^{7.} MINUSMA, …" and "23. Ibid.".
/// `plain_allowed`: whether a bare "23." counts (only next to other notes, so numbered lists
/// in the body are not taken for notes).
pub fn note_line(line: &str, plain_allowed: bool) -> Option<(u32, &str)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix("^{") {
        let close = rest.find('}')?;
        let inner = rest[..close].trim().trim_end_matches('.');
        let n: u32 = inner.parse().ok()?;
        return Some((n, rest[close + 1..].trim_start()));
    }
    // "¹ UN Department of Peace Operations, …": superscript digits open a note line; no body
    // paragraph starts with them.
    let sup: Vec<u32> = t.chars().map_while(superscript_digit).collect();
    if (1..=3).contains(&sup.len()) {
        let rest = &t[t.char_indices().nth(sup.len()).map_or(t.len(), |(b, _)| b)..];
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        if rest.starts_with([' ', '\t']) {
            let n = sup.iter().fold(0, |n, d| n * 10 + d);
            return Some((n, rest.trim_start()));
        }
    }
    if plain_allowed {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with(". ") {
            let n: u32 = t[..digits].parse().ok()?;
            return Some((n, t[digits + 2..].trim_start()));
        }
    }
    None
}

/// Whether an unnumbered line reads like a citation (so it can continue a run of notes).
pub fn looks_like_citation(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with("Ibid") {
        return true;
    }
    let has_url = t.contains("http://") || t.contains("https://");
    let has_quoted_title =
        t.contains(",\"") || t.contains(", \"") || t.contains(", “") || t.contains("\",");
    let has_year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    has_url || (has_quoted_title && has_year)
}

/// Removes the footnote markers from `text`, returning the stripped text and the markers.
/// `notes` are the note numbers the document defines; `last` is the last marker seen in the
/// document so far (glued plain digits are only taken as markers near it, so "2.5 million"
/// stays a number). `protected` are byte ranges (URLs) never touched.
pub fn strip_markers(
    text: &str,
    notes: &BTreeSet<u32>,
    last: &mut u32,
    protected: &[(usize, usize)],
) -> (String, Vec<Marker>) {
    let mut out = String::with_capacity(text.len());
    let mut markers = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let in_protected = |b: usize| protected.iter().any(|&(s, e)| b >= s && b < e);
    while i < chars.len() {
        let (b, c) = chars[i];
        if in_protected(b) {
            out.push(c);
            i += 1;
            continue;
        }
        // ^{12} or ^{19 20}
        if c == '^' && text[b..].starts_with("^{") {
            if let Some(close) = text[b + 2..].find('}') {
                let inner = &text[b + 2..b + 2 + close];
                let nums: Vec<u32> = inner
                    .split([' ', ','])
                    .filter(|p| !p.is_empty())
                    .filter_map(|p| p.trim_end_matches('.').parse().ok())
                    .collect();
                if !nums.is_empty()
                    && inner
                        .chars()
                        .all(|c| c.is_ascii_digit() || " ,.".contains(c))
                {
                    let written = &text[b..b + 3 + close];
                    for n in nums {
                        markers.push(Marker {
                            number: n,
                            at: out.len(),
                            written: written.to_string(),
                        });
                        *last = n;
                    }
                    let end = b + 3 + close;
                    while i < chars.len() && chars[i].0 < end {
                        i += 1;
                    }
                    skip_doubled_space(&out, &chars, &mut i);
                    continue;
                }
            }
        }
        // Superscript digits, unless they are a unit's power ("km²").
        if superscript_digit(c).is_some() {
            let unit_power = out.ends_with("km") || out.ends_with(" m") || out.ends_with("cm");
            if !unit_power {
                let mut n = 0u32;
                let mut j = i;
                while j < chars.len() {
                    match superscript_digit(chars[j].1) {
                        Some(d) => n = n.saturating_mul(10).saturating_add(d),
                        None => break,
                    }
                    j += 1;
                }
                let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
                markers.push(Marker {
                    number: n,
                    at: out.len(),
                    written: text[b..end].to_string(),
                });
                *last = n;
                i = j;
                skip_doubled_space(&out, &chars, &mut i);
                continue;
            }
        }
        // One or two digits glued after a word's or a year's full stop and before a new
        // sentence ("authorities.6 France had", "in 2013.12 It"), notes or none (a text pasted
        // without them), are a marker, not a number.
        if c.is_ascii_digit() && i >= 4 && chars[i - 1].1 == '.' {
            let year = i >= 6
                && (2..=5).all(|k| chars[i - k].1.is_ascii_digit())
                && matches!((chars[i - 5].1, chars[i - 4].1), ('1', '9') | ('2', '0'))
                && !chars[i - 6].1.is_ascii_digit();
            let word = year || (2..=4).all(|k| chars[i - k].1.is_lowercase());
            let mut j = i;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            // (Or the paragraph's end.)
            let new_sentence = j - i <= 2
                && (j == chars.len()
                    || chars.get(j).is_some_and(|x| x.1 == ' ')
                        && chars.get(j + 1).is_some_and(|x| x.1.is_uppercase()));
            let digits = &text[b..chars.get(j).map_or(text.len(), |x| x.0)];
            let n: u32 = digits.parse().unwrap_or(0);
            // Where the text has notes, only near the markers' sequence ("in 2018.32 However"
            // three markers in is no marker).
            let near = notes.is_empty() || (n + 2 >= *last && n <= *last + 4);
            if word && new_sentence && near {
                mark(&mut markers, (n, out.len(), digits), last);
                i = j;
                continue;
            }
        }
        // "(5)" glued to a word or a stop ("1 598 policiers(5).") where the text has note (5).
        if c == '(' && i >= 1 && !chars[i - 1].1.is_whitespace() && !notes.is_empty() {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let closed = j > i + 1 && j - i <= 4 && chars.get(j).is_some_and(|x| x.1 == ')');
            if closed {
                let digits = &text[chars[i + 1].0..chars[j].0];
                // (Or the next marker: "it.(6)(7)(8) We".)
                let ends_well = chars
                    .get(j + 1)
                    .is_none_or(|x| x.1.is_whitespace() || ".,;:(".contains(x.1));
                if let Ok(n) = digits.parse::<u32>() {
                    if ends_well && notes.contains(&n) {
                        let written = &text[b..chars[j].0 + 1];
                        mark(&mut markers, (n, out.len(), written), last);
                        i = j + 1;
                        continue;
                    }
                }
            }
        }
        // Plain digits glued after punctuation: "2019.3 It", "resources.13 In", "2018,33 though".
        if c.is_ascii_digit() && i >= 2 && !notes.is_empty() {
            let p = chars[i - 1].1;
            let pp = chars[i - 2].1;
            if ".,;:)\"”’".contains(p) && (pp.is_alphanumeric() || "\"”’)".contains(pp)) {
                let mut j = i;
                while j < chars.len() && chars[j].1.is_ascii_digit() {
                    j += 1;
                }
                let digits = &text[b..chars.get(j).map(|x| x.0).unwrap_or(text.len())];
                let after = chars.get(j).map(|x| x.1);
                let ends_well = match after {
                    None => true,
                    Some(a) => a.is_whitespace() || ",;)".contains(a),
                };
                let thousands = p == ',' && pp.is_ascii_digit() && digits.len() == 3;
                let decimal_ok = p != '.' || !pp.is_ascii_digit() || {
                    // After "2019." only a new sentence (or the end) makes it a marker.
                    let rest = text[b + digits.len()..].trim_start();
                    rest.is_empty() || rest.starts_with(|c: char| c.is_uppercase())
                };
                if let Ok(n) = digits.parse::<u32>() {
                    let near = n + 2 >= *last && n <= *last + 4;
                    if digits.len() <= 3
                        && ends_well
                        && !thousands
                        && decimal_ok
                        && near
                        && notes.contains(&n)
                    {
                        mark(&mut markers, (n, out.len(), digits), last);
                        i = j;
                        continue;
                    }
                }
            }
        }
        out.push(c);
        i += 1;
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    for m in &mut markers {
        m.at = m.at.min(out.len());
    }
    (out, markers)
}

/// Records marker `n`, written `written`, at byte `at` of the stripped text, as the last seen.
fn mark(markers: &mut Vec<Marker>, (n, at, written): (u32, usize, &str), last: &mut u32) {
    markers.push(Marker {
        number: n,
        at,
        written: written.to_string(),
    });
    *last = n;
}

/// After removing a marker that stood between two spaces, drop the second one.
fn skip_doubled_space(out: &str, chars: &[(usize, char)], i: &mut usize) {
    if (out.is_empty() || out.ends_with(' ')) && chars.get(*i).is_some_and(|c| c.1 == ' ') {
        *i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(text: &str, notes: &[u32], last: u32) -> (String, Vec<(u32, usize)>) {
        let notes: BTreeSet<u32> = notes.iter().copied().collect();
        let mut l = last;
        let (s, m) = strip_markers(text, &notes, &mut l, &[]);
        (s, m.into_iter().map(|m| (m.number, m.at)).collect())
    }

    #[test]
    fn superscripts() {
        let (s, m) = strip("the deployment of MINUSMA.¹ MINUSMA earned", &[1], 0);
        assert_eq!(s, "the deployment of MINUSMA. MINUSMA earned");
        assert_eq!(m, vec![(1, 26)]);
        let (s, m) = strip("committing similar acts.¹⁰ ¹¹ Civil servants", &[10, 11], 9);
        assert_eq!(s, "committing similar acts. Civil servants");
        assert_eq!(m.iter().map(|x| x.0).collect::<Vec<_>>(), [10, 11]);
        let (s, _) = strip("in June 2016²⁶, MINUSMA became", &[26], 25);
        assert_eq!(s, "in June 2016, MINUSMA became");
        let (s, m) = strip("an area of 1,240,000 km² in", &[], 0);
        assert_eq!(s, "an area of 1,240,000 km² in");
        assert!(m.is_empty());
    }

    #[test]
    fn braces() {
        let (s, m) = strip("and 2).^{19 20} Most contributing", &[19, 20], 18);
        assert_eq!(s, "and 2). Most contributing");
        assert_eq!(m, vec![(19, 7), (20, 7)]);
    }

    #[test]
    fn bracketed_markers_in_a_row() {
        let (s, m) = strip("beside it.(6)(7)(8) We close", &[6, 7, 8], 5);
        assert_eq!(s, "beside it. We close");
        assert_eq!(m.iter().map(|x| x.0).collect::<Vec<_>>(), vec![6, 7, 8]);
        // Not a figure in brackets after a word and a space.
        assert!(strip("illness (6) and accidents", &[6], 5).1.is_empty());
    }

    #[test]
    fn glued_digits_are_markers_only_near_the_sequence() {
        let (s, m) = strip("mandate to June 30th, 2019.3 It has been", &[3], 2);
        assert_eq!(s, "mandate to June 30th, 2019. It has been");
        assert_eq!(m[0].0, 3);
        let (s, m) = strip("in January and March 2018,33 though the outcome", &[33], 32);
        assert_eq!(s, "in January and March 2018, though the outcome");
        assert_eq!(m[0].0, 33);
        let (_, m) = strip("natural resources.13 In the Ménaka Region", &[13], 12);
        assert_eq!(m[0].0, 13);
        // A decimal, a thousands group, and a far-off number are left alone.
        assert!(strip("about 2.5 million people", &[5], 4).1.is_empty());
        assert!(strip("some 1,600 police", &[600], 599).1.is_empty());
        assert!(strip("in 2018.32 However", &[32], 3).1.is_empty());
    }

    #[test]
    fn note_lines() {
        assert_eq!(
            note_line("^{1.} The United Nations Security Council", false),
            Some((1, "The United Nations Security Council"))
        );
        assert_eq!(
            note_line(" ^{22.} Danish Institute", false),
            Some((22, "Danish Institute"))
        );
        assert_eq!(note_line("23. Ibid.", true), Some((23, "Ibid.")));
        assert_eq!(note_line("23. Ibid.", false), None);
        assert_eq!(
            note_line("¹² UN Department of Peace Operations.", false),
            Some((12, "UN Department of Peace Operations."))
        );
        assert_eq!(
            note_line("³. Resolution 2295 (2016).", false),
            Some((3, "Resolution 2295 (2016)."))
        );
        assert_eq!(note_line("²³⁴⁵ digits", false), None);
        assert_eq!(note_line("¹²Glued", false), None);
        assert!(looks_like_citation("The United Nations, \"MINUSMA Fact Sheet,\" Accessed on June 8th, 2018, https://peacekeeping.un.org/en/mission/minusma"));
        assert!(looks_like_citation("International Peace Institute, \"Neighborhood Dynamics in UN Peacekeeping Operations, 1990-2017,\" By Paul D. Williams and Thong Nguyen, April 2018."));
        assert!(!looks_like_citation(
            "Figure 2: Data by International Peace Institute (IPI) of Contributing Troops in Mali"
        ));
    }

    #[test]
    fn digits_glued_after_a_sentences_full_stop_are_markers_even_without_notes() {
        let (s, m) = strip("out of Mali.6 France had 2,400 personnel.", &[], 0);
        assert_eq!(s, "out of Mali. France had 2,400 personnel.");
        assert_eq!(m.iter().map(|x| x.0).collect::<Vec<_>>(), [6]);
        let (s, m) = strip("since it was created in 2013.12", &[], 0);
        assert_eq!(s, "since it was created in 2013.");
        assert_eq!(m.len(), 1);
        // Not an abbreviation's number, nor a decimal, nor a number in mid-sentence.
        for kept in [
            "No.5 Squadron left",
            "a rise of 2.5 Million",
            "the rate.75 percent",
        ] {
            assert!(strip(kept, &[], 0).1.is_empty(), "{kept}");
        }
    }
}
