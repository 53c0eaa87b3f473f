//! Keyword in context: every occurrence of a word, a phrase or a number in the documents'
//! text, with the words on either side, as a concordance (AntConc's) aligns them. Words match
//! folded (case and accents ignored); a number matches whatever its thousands separator
//! ("5,000" finds "5,000" and "5.000"). Lines sort by text order, or by the words nearest the
//! keyword on its left or right.

use crate::export::csv_field;
use crate::model::{BlockKind, DocId, Document};
use crate::sorting::sort_by;
use crate::tokens::{fold, tokenize, Token};

/// One concordance line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub doc: DocId,
    /// The block the keyword is in, for the reader's anchor.
    pub block: String,
    /// Context before and after the keyword, cut at a word boundary.
    pub left: String,
    pub hit: String,
    pub right: String,
    /// Byte offset of the keyword in the document's cleaned text.
    pub start: u32,
}

/// How lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Document by document, in text order.
    Text,
    /// By the words left of the keyword, nearest first.
    Left,
    /// By the words right of the keyword, nearest first.
    Right,
}

impl Order {
    pub fn parse(s: &str) -> Order {
        match s {
            "left" => Order::Left,
            "right" => Order::Right,
            _ => Order::Text,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Text => "text",
            Order::Left => "left",
            Order::Right => "right",
        }
    }
}

/// Characters of context on each side.
pub const WIDTH: usize = 60;
/// Most lines returned: a one-letter query must not build thousands of rows.
pub const MAX_LINES: usize = 1000;

/// The comparable form of a token: a word folded, a number without separators; punctuation
/// has none and is skipped on both sides.
fn key(src: &str, t: &Token) -> Option<String> {
    let s = t.text(src);
    if t.is_num() {
        Some(s.chars().filter(char::is_ascii_digit).collect())
    } else if t.is_word() {
        // "Barkhane's" is Barkhane.
        let s = s
            .strip_suffix("'s")
            .or_else(|| s.strip_suffix("’s"))
            .unwrap_or(s);
        Some(fold(s))
    } else {
        None
    }
}

/// The words of a query, as keys.
fn query_keys(q: &str) -> Vec<String> {
    tokenize(q).iter().filter_map(|t| key(q, t)).collect()
}

/// Up to `WIDTH` characters of `s` ending at its end (`tail`) or starting at its start, cut at
/// a space so that no word is split.
fn cut(s: &str, tail: bool) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= WIDTH {
        return s;
    }
    if tail {
        let from = s.char_indices().rev().nth(WIDTH - 1).map_or(0, |(i, _)| i);
        let part = &s[from..];
        match part.find(' ') {
            Some(p) if p + 1 < part.len() => format!("…{}", &part[p + 1..]),
            _ => format!("…{part}"),
        }
    } else {
        let to = s.char_indices().nth(WIDTH).map_or(s.len(), |(i, _)| i);
        let part = &s[..to];
        match part.rfind(' ') {
            Some(p) if p > 0 => format!("{}…", &part[..p]),
            _ => format!("{part}…"),
        }
    }
}

/// Every occurrence of `query` in the documents' readable blocks, in text order.
pub fn concordance(docs: &[Document], query: &str) -> Vec<Line> {
    let want = query_keys(query);
    if want.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for doc in docs {
        for block in doc
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Boilerplate)
        {
            let text = doc.slice(block.span);
            let toks = tokenize(text);
            let keyed: Vec<(usize, String)> = toks
                .iter()
                .enumerate()
                .filter_map(|(i, t)| key(text, t).map(|k| (i, k)))
                .collect();
            let mut i = 0;
            while i + want.len() <= keyed.len() {
                let hit = keyed[i..i + want.len()]
                    .iter()
                    .zip(&want)
                    .all(|((_, k), w)| k == w);
                if !hit {
                    i += 1;
                    continue;
                }
                let first = &toks[keyed[i].0];
                let last = &toks[keyed[i + want.len() - 1].0];
                out.push(Line {
                    doc: doc.id.clone(),
                    block: block.id.clone(),
                    left: cut(&text[..first.start], true),
                    hit: text[first.start..last.end].to_string(),
                    right: cut(&text[last.end..], false),
                    start: block.span.start + first.start as u32,
                });
                if out.len() >= MAX_LINES {
                    return out;
                }
                i += want.len();
            }
        }
    }
    out
}

/// The concordance line of the text from byte `start` to `end` of the document (an entity
/// mention, a fact's number), if both fall inside one block on character boundaries.
pub fn line_around(doc: &Document, start: u32, end: u32) -> Option<Line> {
    let block = doc
        .blocks
        .iter()
        .find(|b| b.span.start <= start && end <= b.span.end && start < end)?;
    let text = doc.slice(block.span);
    let (s, e) = (
        (start - block.span.start) as usize,
        (end - block.span.start) as usize,
    );
    let (before, after) = (text.get(..s)?, text.get(e..)?);
    // Unlike a concordance's columns, this line is read as running text: keep the space (or
    // its absence, as in "(Gao)") at either side of the span.
    let mut left = cut(before, true);
    if before.ends_with(char::is_whitespace) && !left.is_empty() {
        left.push(' ');
    }
    let mut right = cut(after, false);
    if after.starts_with(char::is_whitespace) && !right.is_empty() {
        right.insert(0, ' ');
    }
    Some(Line {
        doc: doc.id.clone(),
        block: block.id.clone(),
        left,
        hit: text.get(s..e)?.to_string(),
        right,
        start,
    })
}

/// The folded words of a context, nearest the keyword first.
fn context_words(s: &str, left: bool) -> Vec<String> {
    let mut w: Vec<String> = s
        .split_whitespace()
        .map(|x| fold(x.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|x| !x.is_empty())
        .collect();
    if left {
        w.reverse();
    }
    w
}

/// Orders lines in place. Context words are computed once per line, not per comparison.
pub fn sort(lines: &mut Vec<Line>, order: Order) {
    let left = order == Order::Left;
    let mut keyed: Vec<(Vec<String>, Line)> = lines
        .drain(..)
        .map(|l| {
            let k = match order {
                Order::Text => Vec::new(),
                _ => context_words(if left { &l.left } else { &l.right }, left),
            };
            (k, l)
        })
        .collect();
    sort_by(&mut keyed, |(ka, a), (kb, b)| {
        ka.cmp(kb)
            .then(a.doc.cmp(&b.doc))
            .then(a.start.cmp(&b.start))
    });
    lines.extend(keyed.into_iter().map(|(_, l)| l));
}

/// The lines as CSV, each naming its source: document id and title, block, and the original
/// publication's address when known.
pub fn csv(lines: &[Line], docs: &[Document]) -> String {
    let mut out = String::from("doc,title,url,block,left,keyword,right\n");
    for l in lines {
        let d = docs.iter().find(|d| d.id == l.doc);
        let cells = [
            l.doc.0.as_str(),
            d.map_or("", |d| d.meta.title.as_str()),
            d.and_then(|d| d.meta.url.as_deref()).unwrap_or(""),
            l.block.as_str(),
            l.left.as_str(),
            l.hit.as_str(),
            l.right.as_str(),
        ];
        let row: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn docs() -> Vec<Document> {
        vec![
            ingest(
                "a",
                "a.txt",
                "Bamako, 3 May 2019 - Operation Barkhane counts 5,000 men across the Sahel. \
                 The French force Barkhane will leave Mali. Barkhane's bases close."
                    .as_bytes(),
                None,
            )
            .unwrap(),
            ingest(
                "b",
                "b.txt",
                "Gao, 4 May 2019 - A convoy of Operation BARKHANE was hit; some 5.000 soldiers \
                 remain. Les troupes de Barkhane quittent le Mali."
                    .as_bytes(),
                None,
            )
            .unwrap(),
        ]
    }

    #[test]
    fn a_line_around_a_span() {
        let d = &docs()[0];
        let at = d.text.find("Mali").unwrap() as u32;
        let l = line_around(d, at, at + 4).unwrap();
        assert_eq!(l.hit, "Mali");
        assert!(l.left.ends_with("will leave "), "{:?}", l.left);
        assert!(l.right.starts_with('.'), "{:?}", l.right);
        assert_eq!(line_around(d, at, at), None, "an empty span has no line");
        assert_eq!(line_around(d, at, u32::MAX), None, "past the text");
    }

    #[test]
    fn words_phrases_and_numbers_in_context() {
        let d = docs();
        let lines = concordance(&d, "barkhane");
        assert_eq!(lines.len(), 5, "{lines:#?}");
        assert!(lines.iter().any(|l| l.hit == "Barkhane's"), "possessive");
        assert!(lines.iter().any(|l| l.hit == "BARKHANE"), "case folded");
        let phrase = concordance(&d, "Operation Barkhane");
        assert_eq!(phrase.len(), 2);
        assert_eq!(phrase[0].hit, "Operation Barkhane");
        assert!(phrase[0].right.starts_with("counts 5,000 men"));
        let number = concordance(&d, "5,000");
        assert_eq!(
            number.iter().map(|l| l.hit.as_str()).collect::<Vec<_>>(),
            ["5,000", "5.000"]
        );
        assert!(concordance(&d, "  ,; ").is_empty());
        // Each line points back into its document's text.
        for l in &lines {
            let doc = d.iter().find(|x| x.id == l.doc).unwrap();
            let at = l.start as usize;
            assert_eq!(&doc.text[at..at + l.hit.len()], l.hit);
        }
    }

    #[test]
    fn lines_sort_by_their_left_or_right_words() {
        let d = docs();
        let mut lines = concordance(&d, "barkhane");
        sort(&mut lines, Order::Right);
        let right: Vec<String> = lines
            .iter()
            .map(|l| {
                context_words(&l.right, false)
                    .first()
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        let mut sorted = right.clone();
        sorted.sort();
        assert_eq!(right, sorted);
        sort(&mut lines, Order::Left);
        let left: Vec<String> = lines
            .iter()
            .map(|l| {
                context_words(&l.left, true)
                    .first()
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        let mut sorted = left.clone();
        sorted.sort();
        assert_eq!(left, sorted);
        sort(&mut lines, Order::Text);
        assert!(lines
            .windows(2)
            .all(|w| (&w[0].doc, w[0].start) <= (&w[1].doc, w[1].start)));
    }

    #[test]
    fn context_is_cut_at_word_boundaries_and_csv_names_sources() {
        assert_eq!(cut("short text", true), "short text");
        let long = "word ".repeat(40);
        let left = cut(&long, true);
        assert!(left.starts_with('…') && left.chars().count() <= WIDTH + 1);
        assert!(!left.ends_with(' '));
        let right = cut(&long, false);
        assert!(right.ends_with('…') && right.chars().count() <= WIDTH + 1);
        let d = docs();
        let out = csv(&concordance(&d, "Operation Barkhane"), &d);
        let rows: Vec<&str> = out.lines().collect();
        assert_eq!(rows[0], "doc,title,url,block,left,keyword,right");
        assert_eq!(rows.len(), 3);
        assert!(rows[1].starts_with("a,"));
    }
}
