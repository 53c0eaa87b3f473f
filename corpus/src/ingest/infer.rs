//! Metadata read from the text itself (title line, byline, dateline, licence notice), and its
//! merge with what `sources.toml` supplies: supplied values win, inferred ones fill the gaps,
//! and each field says where it came from.

use super::roles::{Role, Unit};
use super::Supplied;
use crate::dates::find_dates;
use crate::model::{Metadata, PartialDate, Provenance};
use crate::page_words::{self, List};
use crate::tokens::{fold, tokenize};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inferred {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<(PartialDate, Provenance)>,
    pub kind: Option<String>,
    pub licence: Option<String>,
    pub republished_from: Option<String>,
}

/// "By Dr Shannon Zimmerman" → ["Dr Shannon Zimmerman"]; "By A, B and C" → three names.
pub fn byline_authors(line: &str) -> Vec<String> {
    let rest = line.trim().strip_prefix("By ").unwrap_or(line.trim());
    rest.split(" and ")
        .flat_map(|p| p.split(", "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.trim().trim_end_matches(',').to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

pub fn infer(units: &[Unit]) -> Inferred {
    let mut inf = Inferred::default();
    for u in units {
        match &u.role {
            Role::Title if inf.title.is_none() => inf.title = Some(u.text.clone()),
            Role::Byline if inf.authors.is_empty() => inf.authors = byline_authors(&u.text),
            Role::Dateline => {
                let toks = tokenize(&u.text);
                if inf.published.is_none() && !labelled_fact(&u.text) {
                    if let Some(d) = find_dates(&u.text, &toks).iter().find_map(|d| d.from) {
                        inf.published = Some((d, Provenance::Text));
                    }
                }
                let f = fold(&u.text);
                if f.contains("policy brief") || f.contains("policy paper") {
                    inf.kind = Some("policy_brief".into());
                } else if f.contains("report") {
                    inf.kind = Some("report".into());
                }
            }
            Role::Boilerplate => {
                let f = fold(&u.text);
                if f.contains("creative commons") && inf.licence.is_none() {
                    inf.licence = Some(u.text.clone());
                }
                for cue in [
                    "first published at ",
                    "first published by ",
                    "first published in ",
                    "originally published by ",
                    "originally published at ",
                ] {
                    if let Some(p) = f.find(cue) {
                        let who = u.text[p + cue.len()..].trim().trim_end_matches('.');
                        if !who.is_empty() {
                            inf.republished_from = Some(who.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if inf.published.is_none() {
        inf.published = header_date(units).map(|d| (d, Provenance::Text));
    }
    if inf.published.is_none() {
        inf.published = edited_date(units).map(|d| (d, Provenance::Text));
    }
    if inf.published.is_none() {
        inf.published = latest_body_date(units).map(|d| (d, Provenance::Inferred));
    }
    inf
}

/// How many lines from the top a page's date line may sit (menus and a headline first).
const HEADER_LINES: usize = 10;

/// A date in the lines above and around the headline, as web pages and wires print it:
/// "January 20, 2021 | 4:37 PM", "Published 03/04/2021 at 09:12", "25.03.2019 - Update",
/// "Updated on 30 June 2023", a bare "14 March 2019", or the first sentence's dateline
/// ("Bamako, 21 January 2019 (AFP) -"). Numeric dates are read day first, as outside the
/// United States; a first number above 12 settles it either way.
/// The first such date, unless its line has no publication cue and a later short line has one:
/// "CONSTITUTION DU 4 OCTOBRE 1958" above "Enregistré à la Présidence … le 14 avril 2021".
fn header_date(units: &[Unit]) -> Option<PartialDate> {
    let cued = |u: &Unit| {
        fold(&u.text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| page_words::has(List::PublicationCue, w))
    };
    let mut dated = units
        .iter()
        .take(HEADER_LINES)
        .filter_map(|u| header_line_date(u).map(|d| (u, d)));
    let (first_line, first) = dated.next()?;
    if cued(first_line) {
        return Some(first);
    }
    // (A short line: "d'après le dernier rapport publié …" in the lead is no header.)
    dated
        .find(|(u, _)| u.text.split_whitespace().nth(20).is_none() && cued(u))
        .map_or(Some(first), |(_, d)| Some(d))
}

/// The date of one header line (see `header_date`).
fn header_line_date(u: &Unit) -> Option<PartialDate> {
    let head: &str = match u.text.char_indices().nth(160) {
        Some((at, _)) => &u.text[..at],
        None => &u.text,
    };
    // A list item is an entry of the text ("• 11 January 2013 — France launches
    // Serval"), never the page's own date line.
    let bulleted = crate::tokens::after_bullet(head.trim_start())
        .is_some_and(|rest| rest.starts_with(char::is_whitespace));
    // So is a numbered item ("2. Resolution 2100, adopted in April 2013, …").
    let numbered = head
        .trim_start()
        .split_once(['.', ')'])
        .is_some_and(|(n, rest)| {
            !n.is_empty()
                && n.len() <= 2
                && n.chars().all(|c| c.is_ascii_digit())
                && rest.starts_with(' ')
        });
    if labelled_fact(head) || bulleted || numbered {
        return None;
    }
    if let Some(d) = numeric_date(head) {
        return Some(d);
    }
    let toks = tokenize(head);
    // A span ("Période couverte : du 1er juillet 2013 au 31 décembre 2022") is what the
    // text covers, not when it was written.
    find_dates(head, &toks)
        .into_iter()
        .filter(|d| d.to.is_none() && dateline_position(head, &head[..d.start]))
        .find_map(|d| d.from.filter(|f| f.month.is_some()))
}

/// Whether what stands before a date on a header line leaves it the line's own date: not
/// after an earlier sentence ("Let's start at the beginning. January 2013."), and in a line
/// of prose only after a place, a label or a name ("BAMAKO, 21 January 2019 (AFP) - …",
/// not "Between its deployment in July 2013 and …").
fn dateline_position(line: &str, before: &str) -> bool {
    let t = before.trim_end();
    // A sentence ends before the date: a word of three letters or more and a full stop ("No.
    // 7 | March 2023" is a label).
    let sentence_end = t.match_indices(['.', '?', '!']).any(|(at, _)| {
        crate::sentences::prose_stop_after(&t[..at]) && t[at + 1..].starts_with(' ')
    }) || t.ends_with(['.', '?', '!']);
    // (Unless only date-line words follow the sentence or the quoted title that ends it: a
    // thesis title run on into "présentée et soutenue publiquement le 8 novembre 2021".)
    let after_last = t
        .char_indices()
        .rev()
        .find(|(_, c)| ".?!»”)".contains(*c))
        .map_or(t, |(at, c)| &t[at + c.len_utf8()..]);
    let words: Vec<String> = after_last
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let dateline_words = !words.is_empty()
        && words.iter().all(|w| page_words::has(List::Dateline, w))
        && words
            .iter()
            .any(|w| page_words::has(List::PublicationCue, w));
    if sentence_end && !dateline_words {
        return false;
    }
    if line.split_whitespace().count() < 20 {
        return true;
    }
    // A paragraph that opens on a preposition and its date ("In January 2013 France
    // launched …", "En janvier 2013, …") tells a story; it is no date line.
    if page_words::has(List::DateLead, &fold(t)) {
        return false;
    }
    // Only the words since the last separator: "…, regional radio, Friday 20 March 2020".
    let segment = t
        .rfind([',', '|', '-', '–', '—', '(', ':', '"', '”'])
        .map_or(t, |at| &t[at..]);
    let prose = segment
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.starts_with(char::is_lowercase))
        .filter(|w| !page_words::has(List::Dateline, &fold(w)))
        .count();
    prose < 2
}

/// An infobox or fact-sheet line whose date is some other fact's ("Formation     25 April
/// 2013", "Established: 1 July 2013"): a short label, then a colon or a column gap, and a
/// label that is not about the page's own date.
fn labelled_fact(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c.is_whitespace() || "│|┃".contains(c));
    let gap = line
        .find(':')
        .into_iter()
        .chain(line.find("  "))
        .chain(line.find('\t'))
        .min();
    let Some(gap) = gap else { return false };
    let label = &line[..gap];
    let value = line[gap..].trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    let folded = fold(label);
    let words: Vec<&str> = folded.split_whitespace().collect();
    // A site's name ("English.news.cn   2014-02-06 18:05:41") heads the page's own date.
    let site = {
        let l = label.trim();
        !l.contains(' ')
            && l.rsplit_once('.').is_some_and(|(host, tld)| {
                !host.is_empty()
                    && (2..=6).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_alphabetic())
            })
    };
    // The label is only words, and the date comes right after it.
    !site
        && !words.is_empty()
        && words.len() <= 3
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '.')
        && value.starts_with(|c: char| c.is_ascii_digit())
        && !words
            .iter()
            .any(|w| page_words::has(List::PageDateLabel, w))
}

/// The date after a cue of the page's last edit.
fn edited_date(units: &[Unit]) -> Option<PartialDate> {
    units.iter().rev().find_map(|u| {
        let f = fold(&u.text);
        page_words::entries(List::EditedCue)
            .iter()
            .find(|c| f.contains(*c))?;
        let toks = tokenize(&u.text);
        find_dates(&u.text, &toks)
            .into_iter()
            .find_map(|d| d.from.filter(|f| f.month.is_some()))
    })
}

/// "03/04/2021", "25.03.2019", "2019-03-25".
fn numeric_date(s: &str) -> Option<PartialDate> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let n1 = digits(i);
        let sep = b.get(i + n1).copied();
        if matches!(sep, Some(b'/' | b'.' | b'-')) {
            let j = i + n1 + 1;
            let n2 = if j < b.len() { digits(j) } else { 0 };
            if n2 > 0 && b.get(j + n2).copied() == sep {
                let k = j + n2 + 1;
                let n3 = if k < b.len() { digits(k) } else { 0 };
                let num = |a: usize, n: usize| s.get(a..a + n)?.parse::<u32>().ok();
                let (Some(a), Some(c), Some(e)) = (num(i, n1), num(j, n2), num(k, n3)) else {
                    i += n1;
                    continue;
                };
                let date = match (n1, n2, n3) {
                    (4, 1..=2, 1..=2) => Some((a as i32, c, e)),
                    (1..=2, 1..=2, 4) if a > 12 || c <= 12 => Some((e as i32, c, a)),
                    (1..=2, 1..=2, 4) => Some((e as i32, a, c)),
                    _ => None,
                };
                if let Some((y, mo, d)) = date {
                    if (1990..=2100).contains(&y) && (1..=12).contains(&mo) && (1..=31).contains(&d)
                    {
                        return Some(PartialDate::day(y, mo as u8, d as u8));
                    }
                }
            }
        }
        i += n1;
    }
    None
}

/// With no dateline, a text is dated by the latest full date its body mentions (a news report
/// is written on or after the last day it reports), falling back to the latest month, then the
/// latest year.
fn latest_body_date(units: &[Unit]) -> Option<PartialDate> {
    let mut best_day: Option<PartialDate> = None;
    let mut best_month: Option<PartialDate> = None;
    let mut best_year: Option<PartialDate> = None;
    for u in units
        .iter()
        .filter(|u| matches!(u.role, Role::Paragraph | Role::Quote { .. } | Role::Heading))
    {
        let toks = tokenize(&u.text);
        // A year right after a reference word is a document's number: "resolution 2100".
        let reference = |start: usize| {
            toks.iter().rposition(|t| t.end <= start).is_some_and(|k| {
                let w = fold(toks[k].text(&u.text));
                [crate::lexicon::english(), crate::lexicon::french()]
                    .iter()
                    .any(|l| l.is(&w, crate::lexicon::Class::Reference))
            })
        };
        for m in find_dates(&u.text, &toks) {
            if m.to.is_none() && m.from.is_some_and(|d| d.month.is_none()) && reference(m.start) {
                continue;
            }
            for d in [m.from, m.to].into_iter().flatten() {
                let slot = if d.day.is_some() {
                    &mut best_day
                } else if d.month.is_some() {
                    &mut best_month
                } else {
                    &mut best_year
                };
                if slot.is_none_or(|b| d > b) {
                    *slot = Some(d);
                }
            }
        }
    }
    best_day.or(best_month).or(best_year)
}

pub fn empty_metadata() -> Metadata {
    Metadata {
        title: String::new(),
        title_from: Provenance::Unknown,
        authors: Vec::new(),
        authors_from: Provenance::Unknown,
        author_note: None,
        published: None,
        published_from: Provenance::Unknown,
        published_note: None,
        publisher: None,
        kind: "article".into(),
        url: None,
        republished_from: None,
        publisher_site: None,
        url_note: None,
        licence: None,
    }
}

pub fn merge_metadata(s: Option<&Supplied>, inf: &Inferred) -> Metadata {
    let d = Supplied::default();
    let s = s.unwrap_or(&d);
    let mut m = empty_metadata();
    match (&s.title, &inf.title) {
        (Some(t), _) => (m.title, m.title_from) = (t.clone(), Provenance::Sources),
        (None, Some(t)) => (m.title, m.title_from) = (t.clone(), Provenance::Text),
        (None, None) => m.title = "(untitled)".into(),
    }
    match &s.authors {
        Some(a) => (m.authors, m.authors_from) = (a.clone(), Provenance::Sources),
        None if !inf.authors.is_empty() => {
            (m.authors, m.authors_from) = (inf.authors.clone(), Provenance::Text)
        }
        None => {}
    }
    match (s.published, inf.published) {
        (Some(p), _) => (m.published, m.published_from) = (Some(p), Provenance::Sources),
        (None, Some((p, from))) => (m.published, m.published_from) = (Some(p), from),
        (None, None) => {}
    }
    m.author_note = s.author_note.clone();
    m.published_note = s.published_note.clone();
    m.publisher = s.publisher.clone();
    m.kind = s
        .kind
        .clone()
        .or_else(|| inf.kind.clone())
        .unwrap_or_else(|| "article".into());
    m.url = s.url.clone();
    m.republished_from = s
        .republished_from
        .clone()
        .or_else(|| inf.republished_from.clone());
    m.publisher_site = s.publisher_site.clone();
    m.url_note = s.url_note.clone();
    m.licence = s.licence.clone().or_else(|| inf.licence.clone());
    m
}
