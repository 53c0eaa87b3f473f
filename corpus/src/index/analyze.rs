//! Text to index terms: words folded for case and accents ("Ménaka" = "menaka"), possessives
//! dropped, lightly stemmed ("killed", "killing", "kills" → "kill"; French "blessés",
//! "blessée" → "bless"), English and French stop words kept only as positions; numbers without their
//! thousands separators ("15,209" → "15209"). Stop words keep their position so a phrase like
//! "protection of civilians" still needs its words in order.

use crate::tokens::{fold, tokenize};

const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was",
    "were", "which", "who", "with", // French, folded ("à" is "a", above).
    "au", "aux", "avec", "ce", "d", "dans", "de", "des", "du", "elle", "en", "est", "et", "il",
    "ils", "l", "la", "le", "les", "leur", "leurs", "ont", "ou", "par", "pour", "qu", "que", "qui",
    "sa", "se", "ses", "son", "sont", "sur", "un", "une",
];

pub fn is_stop(term: &str) -> bool {
    STOP.contains(&term)
}

/// A light English stemmer: enough to join inflections, never so aggressive that distinct
/// names collide. Only ASCII words of four letters or more are touched.
pub fn stem(w: &str) -> String {
    if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return w.to_string();
    }
    let mut s = w.to_string();
    // French plurals in -aux ("généraux", "nationaux") are -al.
    if s.ends_with("aux") && s.len() > 5 {
        s.truncate(s.len() - 3);
        s.push_str("al");
    } else if s.ends_with("ies") && s.len() > 4 {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if s.ends_with("sses") {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.pop();
    }
    for suffix in ["ing", "ed"] {
        if s.ends_with(suffix) && s.len() - suffix.len() >= 3 {
            s.truncate(s.len() - suffix.len());
            // "killing" → "kill", "running" → "run": undouble a final consonant pair.
            let b = s.as_bytes();
            let n = b.len();
            if n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z') {
                s.pop();
            }
            break;
        }
    }
    // A final "e", or French "ee" ("blessée", "déplacées" once folded): "bless", "deplac".
    for _ in 0..2 {
        if s.ends_with('e') && s.len() > 4 {
            s.pop();
        }
    }
    s
}

/// One analysed token: its term (None for a stop word), position and byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub term: Option<String>,
    pub pos: u32,
    pub start: usize,
    pub end: usize,
}

pub fn analyze(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut pos = 0;
    for t in tokenize(text) {
        let raw = t.text(text);
        let term = if t.is_word() {
            let f = fold(raw);
            let f = f.strip_suffix("'s").unwrap_or(&f).to_string();
            if is_stop(&f) {
                None
            } else {
                Some(stem(&f))
            }
        } else if t.is_num() {
            Some(raw.replace(',', ""))
        } else {
            continue;
        };
        out.push(Term {
            term,
            pos,
            start: t.start,
            end: t.end,
        });
        pos += 1;
    }
    out
}

/// Whether `a` and `b` differ by exactly one edit (substitution, insertion, deletion or
/// transposition of neighbours). Linear, allocation-free: it runs over the whole vocabulary
/// for every query word.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    let same = |x: &[u8], y: &[u8]| x == y;
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            same(&ra[1..], &rb[1..])
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && same(&ra[2..], &rb[2..]))
        }
        std::cmp::Ordering::Greater => same(&ra[1..], rb),
        std::cmp::Ordering::Less => same(ra, &rb[1..]),
    }
}

/// Optimal string alignment distance, capped: returns `max + 1` as soon as it is exceeded.
/// Transpositions count one ("MINSUMA" → "MINUSMA").
pub fn osa_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_join_inflections() {
        for w in ["killed", "killing", "kills", "kill"] {
            assert_eq!(stem(w), "kill", "{w}");
        }
        assert_eq!(stem("killings"), "kill");
        assert_eq!(stem("civilians"), stem("civilian"));
        assert_eq!(stem("displaced"), stem("displace"));
        assert_eq!(stem("casualties"), "casualty");
        assert_eq!(stem("minusma"), "minusma");
        assert_eq!(stem("process"), "process");
        // French, once folded: gender and number join.
        for w in ["blesse", "blesses", "blessee", "blessees"] {
            assert_eq!(stem(w), "bless", "{w}");
        }
        for w in ["deplace", "deplaces", "deplacee", "deplacees"] {
            assert_eq!(stem(w), "deplac", "{w}");
        }
        assert_eq!(stem("tues"), stem("tue"));
        assert_eq!(stem("nationaux"), stem("national"));
        assert_eq!(stem("casques"), stem("casque"));
    }

    #[test]
    fn analysis_folds_and_keeps_positions() {
        let t = analyze("In the Ménaka Region, MINUSMA's 15,209 troops");
        let terms: Vec<Option<&str>> = t.iter().map(|t| t.term.as_deref()).collect();
        assert_eq!(
            terms,
            [
                None,
                None,
                Some("menaka"),
                Some("region"),
                Some("minusma"),
                Some("15209"),
                Some("troop")
            ]
        );
        assert_eq!(t[2].pos, 2);
    }

    #[test]
    fn one_edit_matches_the_full_distance() {
        let words = [
            "minusma", "minsuma", "minusa", "barkhan", "barkan", "kidal", "kidl", "gao", "goa",
            "menaka", "menka", "mali", "malian",
        ];
        // ASCII only: the index falls back to the full distance for other terms.
        for a in words {
            for b in words {
                assert_eq!(one_edit_apart(a, b), osa_distance(a, b, 1) == 1, "{a} {b}");
            }
        }
    }

    #[test]
    fn edit_distance_with_transpositions() {
        assert_eq!(osa_distance("minsuma", "minusma", 1), 1);
        assert_eq!(osa_distance("barkan", "barkhan", 1), 1);
        assert_eq!(osa_distance("gao", "mali", 1), 2);
    }
}
