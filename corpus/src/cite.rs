//! Citations of a document, or of one fact in it: BibTeX, RIS, CSL-JSON (with the paragraph as
//! locator) and a plain-text line, each with the permalink into the explorer and the link to
//! the sentence on the original page. The caller (the app) supplies the links, which depend on
//! where it is served.

use crate::export::json_str;
use crate::facts::Fact;
use crate::model::Document;

/// What a citation is of, and the links the app builds for it.
pub struct Source<'a> {
    pub doc: &'a Document,
    /// A fact cited on its own: its sentence and paragraph are the locator.
    pub fact: Option<&'a Fact>,
    /// The explorer's link to the document or fact.
    pub permalink: String,
    /// The original page, at the sentence when a fact is cited (a text fragment), if known.
    pub original: Option<String>,
    /// The few words a citation writes itself, in the reader's language.
    pub words: Words<'a>,
}

/// The words a citation adds to what it cites: English by default; the app passes its
/// interface language's.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// "Paragraph" (the locator of a fact).
    pub paragraph: &'a str,
    /// "n.d." (no date).
    pub no_date: &'a str,
    /// "Via MINUSMA Explorer".
    pub via: &'a str,
}

impl Words<'static> {
    pub const ENGLISH: Words<'static> = Words {
        paragraph: "Paragraph",
        no_date: "n.d.",
        via: "Via MINUSMA Explorer",
    };
}

impl Source<'_> {
    fn authors(&self) -> &[String] {
        &self.doc.meta.authors
    }
    fn year(&self) -> Option<i32> {
        self.doc.meta.published.map(|p| p.year)
    }
    /// The paragraph number of the cited block ("p21" → 21).
    fn paragraph(&self) -> Option<u32> {
        self.fact?.block.strip_prefix('p')?.parse().ok()
    }
    fn url(&self) -> Option<&str> {
        self.original
            .as_deref()
            .or(self.doc.meta.url.as_deref())
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    }
    /// What the fact says, for the note: "Paragraph 21: “…”".
    fn locator_note(&self) -> Option<String> {
        let f = self.fact?;
        Some(match self.paragraph() {
            Some(p) => format!("{} {p}: “{}”", self.words.paragraph, f.quote),
            None => format!("“{}”", f.quote),
        })
    }
}

/// A citation key: the first author's surname (else the publisher), the year, the title's first
/// word, in ASCII letters and digits.
fn key(s: &Source) -> String {
    let who = s
        .authors()
        .first()
        .and_then(|a| a.split_whitespace().last())
        .or(s.doc.meta.publisher.as_deref())
        .unwrap_or("anon");
    let word = s
        .doc
        .meta
        .title
        .split_whitespace()
        .find(|w| w.len() > 3)
        .unwrap_or("");
    let ascii = |x: &str| -> String { x.chars().filter(char::is_ascii_alphanumeric).collect() };
    let year = s.year().map(|y| y.to_string()).unwrap_or_default();
    format!("{}{year}{}", ascii(who), ascii(word))
}

/// BibTeX's special characters escaped.
fn tex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

pub fn bibtex(s: &Source) -> String {
    let m = &s.doc.meta;
    let mut fields = vec![("title", format!("{{{}}}", tex(&m.title)))];
    if !s.authors().is_empty() {
        fields.push(("author", tex(&s.authors().join(" and "))));
    }
    if let Some(p) = m.published {
        fields.push(("date", p.iso()));
    }
    if let Some(p) = &m.publisher {
        fields.push(("organization", tex(p)));
    }
    if let Some(u) = s.url() {
        fields.push(("url", u.to_string()));
    }
    let mut note = s.locator_note().map(|n| tex(&n)).unwrap_or_default();
    if !note.is_empty() {
        note.push_str(". ");
    }
    note.push_str(&format!("{}: \\url{{{}}}", s.words.via, s.permalink));
    fields.push(("note", note));
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("  {k} = {{{v}}}"))
        .collect();
    format!("@online{{{},\n{}\n}}\n", key(s), body.join(",\n"))
}

pub fn ris(s: &Source) -> String {
    let m = &s.doc.meta;
    let mut lines = vec![
        format!("TY  - {}", ris_type(&m.kind)),
        format!("TI  - {}", m.title),
    ];
    lines.extend(s.authors().iter().map(|a| format!("AU  - {a}")));
    if let Some(p) = m.published {
        lines.push(format!("PY  - {}", p.year));
        lines.push(format!("DA  - {}", p.iso().replace('-', "/")));
    }
    if let Some(p) = &m.publisher {
        lines.push(format!("PB  - {p}"));
    }
    if let Some(u) = s.url() {
        lines.push(format!("UR  - {u}"));
    }
    if let Some(n) = s.locator_note() {
        lines.push(format!("N1  - {n}"));
    }
    lines.push(format!("N1  - {}: {}", s.words.via, s.permalink));
    lines.push("ER  - ".into());
    // RIS has no escaping: a line break inside a field would start a new tag.
    let lines: Vec<String> = lines
        .into_iter()
        .map(|l| l.replace(['\n', '\r'], " "))
        .collect();
    lines.join("\r\n") + "\r\n"
}

fn ris_type(kind: &str) -> &'static str {
    match kind {
        "report" | "policy_brief" => "RPRT",
        "news" => "NEWS",
        _ => "ELEC",
    }
}

fn csl_type(kind: &str) -> &'static str {
    match kind {
        "report" | "policy_brief" => "report",
        "news" => "article-newspaper",
        _ => "webpage",
    }
}

/// CSL-JSON: one item; a fact's paragraph is the locator (label "paragraph").
pub fn csl_json(s: &Source) -> String {
    let m = &s.doc.meta;
    let mut fields = vec![
        format!("\"id\": {}", json_str(&key(s))),
        format!("\"type\": {}", json_str(csl_type(&m.kind))),
        format!("\"title\": {}", json_str(&m.title)),
    ];
    if !s.authors().is_empty() {
        let a: Vec<String> = s
            .authors()
            .iter()
            .map(|a| format!("{{\"literal\": {}}}", json_str(a)))
            .collect();
        fields.push(format!("\"author\": [{}]", a.join(", ")));
    }
    if let Some(p) = m.published {
        let mut parts = vec![p.year.to_string()];
        if let Some(mo) = p.month {
            parts.push(mo.to_string());
            if let Some(d) = p.day {
                parts.push(d.to_string());
            }
        }
        fields.push(format!(
            "\"issued\": {{\"date-parts\": [[{}]]}}",
            parts.join(", ")
        ));
    }
    if let Some(p) = &m.publisher {
        fields.push(format!("\"publisher\": {}", json_str(p)));
    }
    if let Some(u) = s.url() {
        fields.push(format!("\"URL\": {}", json_str(u)));
    }
    if let Some(p) = s.paragraph() {
        fields.push(format!("\"locator\": \"{p}\""));
        fields.push("\"label\": \"paragraph\"".into());
    }
    let mut note = s.locator_note().unwrap_or_default();
    if !note.is_empty() {
        note.push_str(". ");
    }
    note.push_str(&format!("{}: {}", s.words.via, s.permalink));
    fields.push(format!("\"note\": {}", json_str(&note)));
    format!("[{{\n  {}\n}}]\n", fields.join(",\n  "))
}

/// A plain-text citation: authors (year). Title. Publisher. Paragraph and sentence. Address.
pub fn plain(s: &Source) -> String {
    let m = &s.doc.meta;
    let mut out = String::new();
    let who = if s.authors().is_empty() {
        m.publisher.clone().unwrap_or_default()
    } else {
        s.authors().join(", ")
    };
    if !who.is_empty() {
        out.push_str(&who);
        out.push(' ');
    }
    match m.published {
        Some(p) => out.push_str(&format!("({}). ", p.iso())),
        None => out.push_str(&format!("({}). ", s.words.no_date)),
    }
    out.push_str(m.title.trim_end_matches('.'));
    out.push_str(". ");
    if let (Some(p), false) = (&m.publisher, s.authors().is_empty()) {
        out.push_str(p);
        out.push_str(". ");
    }
    if let Some(n) = s.locator_note() {
        out.push_str(&n);
        out.push_str(". ");
    }
    if let Some(u) = s.url() {
        out.push_str(u);
        out.push_str(". ");
    }
    out.push_str(&format!("{}: {}", s.words.via, s.permalink));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::extract;
    use crate::ingest::ingest;

    fn doc() -> Document {
        let mut d = ingest(
            "d",
            "d.txt",
            "MINUSMA under fire\n\nBy Awa Traoré and John Smith\n\nBamako, 14 March 2019 - Ten \
             peacekeepers were killed in the attack on the camp, 50% of them {from} Chad."
                .as_bytes(),
            None,
        )
        .unwrap();
        d.meta.publisher = Some("Sahel News & Co".into());
        d.meta.url = Some("https://example.org/minusma".into());
        d
    }

    #[test]
    fn every_format_names_the_source_the_paragraph_and_the_permalink() {
        let d = doc();
        let facts = extract(&d);
        let f = facts.iter().find(|f| f.value == 10.0).expect("a fact");
        let s = Source {
            doc: &d,
            fact: Some(f),
            permalink: "https://explorer.example/#/doc/d?fact=d:1#p3".into(),
            original: Some("https://example.org/minusma#:~:text=Ten%20peacekeepers".into()),
            words: Words::ENGLISH,
        };
        let b = bibtex(&s);
        assert!(b.starts_with("@online{"), "{b}");
        assert!(b.contains("title = {{MINUSMA under fire}}"), "{b}");
        assert!(b.contains("organization = {Sahel News \\& Co}"), "{b}");
        assert!(
            b.contains("\\{from\\}") && b.contains("50\\%"),
            "special characters escaped: {b}"
        );
        assert!(
            b.contains("\\url{https://explorer.example/#/doc/d?fact=d:1#p3}"),
            "{b}"
        );
        let r = ris(&s);
        assert!(r.starts_with("TY  - ") && r.ends_with("ER  - \r\n"), "{r}");
        assert!(r.contains("UR  - https://example.org/minusma#:~:text=Ten%20peacekeepers"));
        assert!(r.lines().all(|l| l.len() >= 5 && &l[2..5] == "  -"), "{r}");
        let j = csl_json(&s);
        assert!(j.contains("\"type\": \"webpage\""), "{j}");
        assert!(j.contains("\"label\": \"paragraph\""), "{j}");
        assert!(
            j.contains("\"issued\": {\"date-parts\": [[2019, 3, 14]]}"),
            "{j}"
        );
        let p = plain(&s);
        assert!(p.contains("(2019-03-14). MINUSMA under fire."), "{p}");
        assert!(p.contains("Ten peacekeepers were killed"), "{p}");
        assert!(p.ends_with("Via MINUSMA Explorer: https://explorer.example/#/doc/d?fact=d:1#p3"));
        // A document without a fact has no locator; an address that is not http(s) is left out.
        let mut d2 = doc();
        d2.meta.url = Some("javascript:alert(1)".into());
        let s = Source {
            doc: &d2,
            fact: None,
            permalink: "https://explorer.example/#/doc/d".into(),
            original: None,
            words: Words::ENGLISH,
        };
        for text in [bibtex(&s), ris(&s), csl_json(&s), plain(&s)] {
            assert!(!text.contains("javascript"), "{text}");
            assert!(!text.contains("Paragraph"), "{text}");
        }
    }
}
