//! Gives every non-blank line of a source a role. Rules look at wording and layout only (how
//! long a line is, how it ends, what sits next to it), never at a particular document.

use super::chrome::{chrome_reason, split_video_caption};
use super::footnotes::{looks_like_citation, note_line};
use crate::dates::{find_dates, Cue};
use crate::model::{BlockKind, Removed, Repair};
use crate::page_words::{self, List};
use crate::tokens::{fold, tokenize};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Chrome(&'static str),
    Title,
    Dateline,
    Byline,
    Heading,
    Paragraph,
    Quote { attribution: Option<String> },
    PullQuote,
    Caption,
    Note { number: u32, written: bool },
    AuthorBio,
    Boilerplate,
}

impl Role {
    pub fn kind(&self) -> BlockKind {
        match self {
            Role::Title => BlockKind::Title,
            Role::Dateline => BlockKind::Dateline,
            Role::Byline => BlockKind::Byline,
            Role::Heading => BlockKind::Heading,
            Role::Quote { .. } => BlockKind::Quote,
            Role::PullQuote => BlockKind::PullQuote,
            Role::Caption => BlockKind::Caption,
            Role::Note { .. } => BlockKind::Footnote,
            Role::AuthorBio => BlockKind::AuthorBio,
            Role::Boilerplate => BlockKind::Boilerplate,
            Role::Paragraph | Role::Chrome(_) => BlockKind::Paragraph,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Unit {
    /// 1-based source line.
    pub line: u32,
    pub text: String,
    pub role: Role,
    /// No blank line separates this line from the previous one.
    pub attached: bool,
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Gives every line its role; chrome goes to `removed`, rejoined paragraphs to `repairs`.
pub fn assign(
    text: &str,
    author_hint: &[String],
    removed: &mut Vec<Removed>,
    repairs: &mut Vec<Repair>,
) -> Vec<Unit> {
    let mut units = raw_units(text);
    strip_quote_markers(&mut units, repairs);
    mark_chrome(&mut units);
    let subtitles = mark_subtitle_cues(&mut units);
    mark_contents(&mut units);
    mark_notes(&mut units);
    mark_captions(&mut units);
    mark_top_matter(&mut units);
    let mut authors: Vec<String> = author_hint.to_vec();
    for u in units.iter().filter(|u| u.role == Role::Byline) {
        authors.extend(super::infer::byline_authors(&u.text));
    }
    mark_back_matter(&mut units, &authors);
    let mut units = split_quotes(units);
    mark_pull_quotes(&mut units);
    let mut kept = Vec::with_capacity(units.len());
    for u in units {
        match u.role {
            Role::Chrome(reason) => removed.push(Removed {
                line: u.line,
                text: u.text,
                reason: reason.into(),
            }),
            _ => kept.push(u),
        }
    }
    let mut kept = merge_fragments(kept, subtitles, repairs);
    mark_headings(&mut kept);
    kept
}

fn raw_units(text: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut blank = true;
    for (i, line) in text.split('\n').enumerate() {
        let t = line.trim();
        if t.is_empty() {
            blank = true;
            continue;
        }
        units.push(Unit {
            line: i as u32 + 1,
            text: t.to_string(),
            role: Role::Paragraph,
            attached: !blank,
        });
        blank = false;
    }
    units
}

fn mark_chrome(units: &mut Vec<Unit>) {
    let mut extra = Vec::new();
    for (i, u) in units.iter_mut().enumerate() {
        if let Some((cap, rest)) = split_video_caption(&u.text) {
            match rest {
                Some(rest) => {
                    // The heading the extraction glued after the caption stays, as its own line.
                    extra.push((
                        i,
                        Unit {
                            line: u.line,
                            text: cap,
                            role: Role::Chrome("video caption"),
                            attached: u.attached,
                        },
                    ));
                    u.text = rest;
                }
                None => u.role = Role::Chrome("video caption"),
            }
            continue;
        }
        if let Some(reason) = chrome_reason(&u.text) {
            u.role = Role::Chrome(reason);
        }
    }
    for (n, (i, unit)) in extra.into_iter().enumerate() {
        units.insert(i + n, unit);
    }
    // A site's name printed above its navigation ("Australian Outlook" / "In this section").
    if let Some(first) = units.iter().position(|u| matches!(u.role, Role::Chrome(_))) {
        if first > 0 && first <= 3 {
            for u in &mut units[..first] {
                if word_count(&u.text) <= 5 && !u.text.ends_with('.') {
                    u.role = Role::Chrome("site name in the page header");
                }
            }
        }
    }
}

/// An e-mail's quoted lines ("> 2) Combien d'Allemands …", ">> Barkhane, 5 100 militaires"):
/// the markers go (one repair per quoted run), the text stays; a change of depth starts a
/// paragraph, and a marker alone is a blank line.
fn strip_quote_markers(units: &mut [Unit], repairs: &mut Vec<Repair>) {
    let depth_of = |t: &str| {
        let rest = t.trim_start_matches(['>', ' ']);
        (t[..t.len() - rest.len()].matches('>').count(), rest.len())
    };
    if units
        .iter()
        .filter(|u| u.text.starts_with('>'))
        .take(2)
        .count()
        < 2
    {
        return;
    }
    let mut prev_depth = 0;
    let mut blank_before = false;
    let mut run_start: Option<u32> = None;
    for u in units.iter_mut() {
        let (depth, rest_len) = depth_of(&u.text);
        if depth != prev_depth || blank_before {
            u.attached = false;
        }
        blank_before = false;
        if depth > 0 {
            let rest = u.text[u.text.len() - rest_len..].to_string();
            if rest.is_empty() {
                u.role = Role::Chrome("e-mail quotation mark");
                blank_before = true;
            } else {
                u.text = rest;
            }
            run_start.get_or_insert(u.line);
        } else if let Some(first) = run_start.take() {
            repairs.push(quoted_run(first, u.line - 1));
        }
        prev_depth = depth;
    }
    if let (Some(first), Some(last)) = (run_start, units.last()) {
        repairs.push(quoted_run(first, last.line));
    }
}

/// The repair that records a quoted run's markers removed, lines `first` to `last`.
fn quoted_run(first: u32, last: u32) -> Repair {
    Repair {
        line: first,
        before: ">".into(),
        after: String::new(),
        reason: format!("e-mail quotation marks (>) removed from lines {first} to {last}"),
    }
}

/// A subtitle file's timing line ("00:01:12,400 --> 00:01:15,900", WebVTT's "01:12.400 -->
/// 01:15.900 align:start"): two clock times joined by an arrow.
fn cue_timing(t: &str) -> bool {
    let clock = |s: &str| {
        let s = s.trim();
        s.contains(':')
            && s.len() >= 5
            && s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | '.'))
    };
    let Some((a, b)) = t.split_once("-->") else {
        return false;
    };
    clock(a) && b.split_whitespace().next().is_some_and(clock)
}

/// Subtitles (.srt, .vtt): the cue numbers and timings are no text, and the sentences they
/// cut run on across cues (`merge_fragments` rejoins them as it rejoins page breaks). Read
/// only in a file with several timing lines, so that a lone arrow is left alone. Whether the
/// file is one.
fn mark_subtitle_cues(units: &mut [Unit]) -> bool {
    if units.iter().filter(|u| cue_timing(&u.text)).take(3).count() < 3 {
        return false;
    }
    for i in 0..units.len() {
        if !cue_timing(&units[i].text) {
            continue;
        }
        units[i].role = Role::Chrome("subtitle cue timing");
        if i > 0 && units[i - 1].text.bytes().all(|b| b.is_ascii_digit()) {
            units[i - 1].role = Role::Chrome("subtitle cue number");
        }
        // The cue's first line starts a paragraph of its own, as after a blank line.
        if let Some(next) = units.get_mut(i + 1) {
            next.attached = false;
        }
    }
    if let Some(u) = units.first_mut().filter(|u| u.text == "WEBVTT") {
        u.role = Role::Chrome("subtitle file header");
    }
    true
}

fn mark_notes(units: &mut [Unit]) {
    mark_bare_numbered_notes(units);
    let mut prev_note: Option<u32> = None;
    for u in units.iter_mut() {
        if matches!(u.role, Role::Chrome(_)) {
            continue;
        }
        let plain_ok = prev_note.is_some() && u.attached;
        if let Some((n, rest)) = note_line(&u.text, plain_ok) {
            u.text = rest.to_string();
            u.role = Role::Note {
                number: n,
                written: true,
            };
            prev_note = Some(n);
        } else if let (Some(p), true) = (
            prev_note,
            word_count(&u.text) <= 60 && looks_like_citation(&u.text),
        ) {
            u.role = Role::Note {
                number: p + 1,
                written: false,
            };
            prev_note = Some(p + 1);
        } else {
            prev_note = None;
        }
    }
}

/// Notes pasted with their numbers but no full stop after them ("6 Élysée, joint declaration
/// on the Sahel, February 17, 2022."): a run of three or more lines numbered one after the
/// other, each a citation-like sentence (it ends with a full stop or holds an address), is
/// the notes. A ranked table ("1 Chad 1 425") ends on a figure, not a full stop.
fn mark_bare_numbered_notes(units: &mut [Unit]) {
    // A line's number and where its text starts after it.
    // (Or in brackets, as French reports number them: "(5) Rapport du Secrétaire général …".)
    let numbered = |u: &Unit| -> Option<(u32, usize)> {
        let t = u.text.as_str();
        let open = usize::from(t.starts_with('('));
        let digits = t[open..].bytes().take_while(u8::is_ascii_digit).count();
        let close = open + digits;
        let after = if open == 1 {
            t[close..].strip_prefix(')')
        } else {
            Some(&t[close..])
        };
        if !(1..=3).contains(&digits) || !after.is_some_and(|a| a.starts_with(' ')) {
            return None;
        }
        let digits_at = open..close;
        let rest = t[close + 1 + open..].trim_start();
        let cited = (rest.ends_with('.') && !rest.ends_with(char::is_numeric))
            || rest.contains("http://")
            || rest.contains("https://");
        let starts = rest.starts_with(|c: char| c.is_uppercase());
        (matches!(u.role, Role::Paragraph) && cited && starts && word_count(rest) >= 2)
            .then(|| Some((t[digits_at].parse().ok()?, t.len() - rest.len())))
            .flatten()
    };
    let mut i = 0;
    while i < units.len() {
        let Some((first, _)) = numbered(&units[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < units.len() && numbered(&units[j]).map(|(n, _)| n) == Some(first + (j - i) as u32)
        {
            j += 1;
        }
        if j - i >= 3 {
            for u in &mut units[i..j] {
                let Some((number, at)) = numbered(u) else {
                    continue;
                };
                u.text = u.text[at..].to_string();
                u.role = Role::Note {
                    number,
                    written: true,
                };
            }
        }
        i = j;
    }
}

/// A page's table of contents ("1 Historique", "2 Mandat", "3 Composition", "4 Pertes"):
/// three or more lines numbered one after the other from 1, each a short title with no other
/// figure and no full stop. Its numbers count nothing.
fn mark_contents(units: &mut [Unit]) {
    let entry = |u: &Unit| -> Option<u32> {
        let t = u.text.trim();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let rest = t[digits..].strip_prefix(' ')?;
        let title = (1..=2).contains(&digits)
            && (1..=5).contains(&word_count(rest))
            && rest.starts_with(char::is_uppercase)
            && !rest.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ':' | ','));
        (matches!(u.role, Role::Paragraph) && title).then(|| t[..digits].parse().ok())?
    };
    let mut i = 0;
    while i < units.len() {
        if entry(&units[i]) != Some(1) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < units.len() && entry(&units[j]) == Some(1 + (j - i) as u32) {
            j += 1;
        }
        if j - i >= 3 {
            for u in &mut units[i..j] {
                u.role = Role::Chrome("table of contents");
            }
        }
        i = j;
    }
}

/// "Figure 1:", "Map 1:", "Table 2." — the label of a figure.
fn figure_label(t: &str) -> bool {
    let mut w = t.split_whitespace();
    let (Some(a), Some(b)) = (w.next(), w.next()) else {
        return false;
    };
    matches!(
        a,
        "Figure"
            | "Fig."
            | "Map"
            | "Table"
            | "Chart"
            | "Graph"
            | "Graphic"
            | "Photo"
            | "Image"
            | "Box"
    ) && b
        .trim_end_matches([':', '.'])
        .chars()
        .all(|c| c.is_ascii_digit())
        && b.ends_with([':', '.'])
}

fn has_credit(t: &str) -> bool {
    [
        "Source:",
        "Photo:",
        "Credit:",
        "Credits:",
        "Image:",
        "Photo credit",
        "Photograph:",
    ]
    .iter()
    .any(|k| t.contains(k))
}

fn mark_captions(units: &mut [Unit]) {
    let mut after_label = false;
    for u in units.iter_mut() {
        if matches!(u.role, Role::Chrome(_) | Role::Note { .. }) {
            continue;
        }
        if figure_label(&u.text) || has_credit(&u.text) {
            after_label = figure_label(&u.text);
            u.role = Role::Caption;
            continue;
        }
        // A short untitled line right under a figure label is its subtitle.
        if after_label && word_count(&u.text) <= 14 && !u.text.ends_with('.') {
            u.role = Role::Caption;
        }
        after_label = false;
    }
}

/// Whether a line is essentially a date ("08 Mar 2023") or a series line with one
/// ("Policy Brief November 2018, PB-18/35").
fn is_dateline(t: &str) -> bool {
    if word_count(t) > 10 {
        return false;
    }
    let toks = tokenize(t);
    let dates = find_dates(t, &toks);
    // A period ("Pertes cumulées du 1er juillet 2013 au 31 mars 2019") is what a caption
    // counts over, not the text's date.
    let Some(d) = dates.iter().find(|d| {
        d.from.is_some_and(|f| f.month.is_some()) && d.to.is_none() && d.cue != Cue::Since
    }) else {
        return false;
    };
    let covered = d.end - d.start;
    let f = fold(t);
    // "Situation au 31 mars 2019", "Updated: 30 June 2023": a status line ending on its date.
    let lead = fold(&t[..d.start]);
    let status = t[d.end..].trim().is_empty()
        && [
            "situation",
            "updated",
            "mise a jour",
            "mis a jour",
            "etat au",
            "as of",
            "as at",
        ]
        .iter()
        .any(|k| lead.trim_start().starts_with(k))
        // "Publié le 3 mai 2014", "Posted on 9 June 2019": date-line words before the date.
        || (t[d.end..].trim().is_empty()
            && lead.split_whitespace().count() > 0
            && lead
                .split_whitespace()
                .all(|w| page_words::has(List::Dateline, w.trim_matches(':'))));
    status
        || covered * 2 >= t.len()
        || [
            "policy brief",
            "policy paper",
            "report",
            "working paper",
            "briefing",
        ]
        .iter()
        .any(|k| f.contains(k))
}

fn is_byline(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("By ") else {
        return false;
    };
    word_count(rest) <= 8
        && rest.chars().next().is_some_and(|c| c.is_uppercase())
        && !rest.ends_with('.')
}

fn mark_top_matter(units: &mut [Unit]) {
    for u in units.iter_mut() {
        match u.role {
            Role::Chrome(_) | Role::Note { .. } | Role::Caption => continue,
            _ => {}
        }
        if word_count(&u.text) >= 25 {
            break;
        }
        if is_dateline(&u.text) {
            u.role = Role::Dateline;
        } else if is_byline(&u.text) {
            u.role = Role::Byline;
        }
    }
}

fn starts_with_name(t: &str, name: &str) -> bool {
    let bare = |s: &str| {
        let f = fold(s);
        for p in [
            "dr ",
            "dr. ",
            "mr ",
            "mr. ",
            "ms ",
            "ms. ",
            "mrs ",
            "mrs. ",
            "prof ",
            "prof. ",
            "professor ",
        ] {
            if let Some(r) = f.strip_prefix(p) {
                return r.to_string();
            }
        }
        f
    };
    let name = bare(name);
    let t = bare(t);
    if name.is_empty() {
        return false;
    }
    let surname = name.rsplit(' ').next().unwrap_or(&name);
    t.starts_with(&name) || (t.starts_with(surname) && t[surname.len()..].starts_with([' ', '\'']))
}

/// "About the author", bios, licence notices, "first published at", the publisher's blurb.
fn mark_back_matter(units: &mut [Unit], authors: &[String]) {
    let n = units.len();
    let mut section: Option<Role> = None;
    let mut about_name = String::new();
    for (i, u) in units.iter_mut().enumerate() {
        if matches!(
            u.role,
            Role::Chrome(_) | Role::Note { .. } | Role::Caption | Role::Dateline | Role::Byline
        ) {
            continue;
        }
        let f = fold(&u.text);
        let late = i * 2 >= n;
        if let Some(about) = u.text.strip_prefix("About ") {
            if word_count(&u.text) <= 8 && !u.text.ends_with('.') {
                let is_author =
                    f.contains("author") || authors.iter().any(|a| starts_with_name(about, a));
                let role = if is_author {
                    Role::AuthorBio
                } else {
                    Role::Boilerplate
                };
                about_name = fold(about.trim());
                u.role = role.clone();
                section = Some(role);
                continue;
            }
        }
        if let Some(role) = &section {
            // The publisher's name closing its own blurb is part of it.
            u.role = if f == about_name {
                Role::Boilerplate
            } else {
                role.clone()
            };
            continue;
        }
        if word_count(&u.text) <= 60
            && page_words::entries(List::Licence)
                .iter()
                .any(|p| f.contains(p))
        {
            u.role = Role::Boilerplate;
            continue;
        }
        if late && authors.iter().any(|a| starts_with_name(&u.text, a)) {
            u.role = Role::AuthorBio;
        }
    }
}

/// Opening and closing quote characters.
fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

fn is_marker_char(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰'..='⁹')
}

/// Strips leading footnote markers and spaces: what follows a closing quote.
fn after_markers(s: &str) -> &str {
    let mut s = s.trim_start();
    loop {
        let before = s;
        s = s.trim_start_matches(is_marker_char).trim_start();
        if let Some(r) = s.strip_prefix("^{") {
            if let Some(c) = r.find('}') {
                s = r[c + 1..].trim_start();
            }
        }
        if s == before {
            return s;
        }
    }
}

/// An attribution after a quote: "Livestock herder, Yidji village, Mopti Region."
fn attribution_len(s: &str) -> Option<usize> {
    let end = s.find(". ").map(|p| p + 1).unwrap_or(s.len());
    let cand = &s[..end];
    let core = cand.trim_end_matches(|c: char| is_marker_char(c) || c == '.');
    let wc = word_count(cand);
    let starts_upper = cand.chars().next().is_some_and(|c| c.is_uppercase());
    let verbs = [
        " is ", " are ", " was ", " were ", " has ", " have ", " had ", " said ", " says ",
        " will ",
    ];
    let f = format!(" {} ", fold(core));
    let shaped =
        (core.contains(',') || f.contains(" from ")) && !verbs.iter().any(|v| f.contains(v));
    (starts_upper && (1..=12).contains(&wc) && shaped).then_some(end)
}

/// A paragraph that opens with a quotation becomes a Quote (with its attribution); whatever
/// follows the attribution continues as a paragraph of its own.
fn split_quotes(units: Vec<Unit>) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    for u in units {
        if u.role != Role::Paragraph || !u.text.starts_with(['"', '“']) {
            out.push(u);
            continue;
        }
        let t = u.text.clone();
        let mut split = None;
        for (p, c) in t.char_indices().skip(1) {
            if !is_quote_char(c) {
                continue;
            }
            let before = t[..p].chars().next_back().unwrap_or(' ');
            if !".?!,".contains(before) {
                continue;
            }
            let rest_start = p + c.len_utf8();
            let rest = after_markers(&t[rest_start..]);
            if rest.is_empty() {
                split = Some((t.len(), None));
                break;
            }
            if let Some(len) = attribution_len(rest) {
                let attr_start = t.len() - rest.len();
                let attr = rest[..len].trim_end_matches(is_marker_char).to_string();
                split = Some((attr_start + len, Some(attr)));
                break;
            }
        }
        match split {
            Some((end, attribution)) => {
                let quote = t[..end].trim_end().to_string();
                let rest = t[end..].trim().to_string();
                // Markers right after the attribution belong to it.
                let (quote, rest) = move_leading_markers(quote, rest);
                out.push(Unit {
                    text: quote,
                    role: Role::Quote { attribution },
                    ..u.clone()
                });
                if !rest.is_empty() {
                    out.push(Unit {
                        text: rest,
                        role: Role::Paragraph,
                        attached: true,
                        ..u
                    });
                }
            }
            None => out.push(u),
        }
    }
    out
}

fn move_leading_markers(mut quote: String, rest: String) -> (String, String) {
    let stripped = rest.trim_start_matches(is_marker_char);
    quote.push_str(&rest[..rest.len() - stripped.len()]);
    (quote, stripped.trim_start().to_string())
}

fn normalised(s: &str) -> String {
    // "[I]t" in a display quote stands for "it" in the paragraph it repeats.
    let f = fold(&s.replace(['[', ']'], ""));
    let mut out = String::with_capacity(f.len());
    for w in f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A paragraph repeating an earlier one (a display quote, "… [I]t is reasonable …").
fn mark_pull_quotes(units: &mut [Unit]) {
    // All earlier paragraphs, normalised, in one string, and where each run of four words
    // starts in it: a paragraph is compared only where its first four words ran before, so a
    // long text costs in proportion to its length, not its length times its paragraphs.
    let mut seen = String::new();
    let mut runs: HashMap<u64, Vec<u32>, BuildHasherDefault<Prehashed>> = HashMap::default();
    for u in units.iter_mut() {
        if u.role != Role::Paragraph {
            continue;
        }
        let n = normalised(&u.text);
        let n_trim = n.trim_start_matches("i ");
        let repeats = |t: &str| {
            let words: Vec<&str> = t.split(' ').take(RUN).collect();
            words.len() == RUN
                && runs.get(&run_hash(&words)).is_some_and(|at| {
                    at.iter()
                        .any(|&p| seen.get(p as usize..).is_some_and(|s| s.starts_with(t)))
                })
        };
        if n.len() >= 60 && (repeats(&n) || repeats(n_trim)) {
            u.role = Role::PullQuote;
        } else {
            let base = seen.len();
            let starts: Vec<usize> = std::iter::once(0)
                .chain(n.match_indices(' ').map(|(i, _)| i + 1))
                .collect();
            let words: Vec<&str> = n.split(' ').collect();
            for (w, &at) in words.windows(RUN).zip(&starts) {
                runs.entry(run_hash(w))
                    .or_default()
                    .push((base + at) as u32);
            }
            seen.push_str(&n);
            seen.push('\n');
        }
    }
}

/// A map key that is already a hash (`run_hash`): used as it is, not hashed again.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used for the map's u64 keys; fold anything else in.
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Words in a run that `mark_pull_quotes` indexes.
const RUN: usize = 4;

fn run_hash(words: &[&str]) -> u64 {
    // FNV-1a over the words and a separator.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Whether a paragraph stops mid-sentence (a page break or a figure interrupted it).
fn unterminated(t: &str) -> bool {
    let core = t.trim_end().trim_end_matches(|c: char| is_marker_char(c));
    let core = match core.rfind("^{") {
        Some(p) if core.ends_with('}') => &core[..p],
        _ => core,
    };
    !core.ends_with(['.', '!', '?', '"', '”', '’', ':', '…', ';']) || core.ends_with("--")
}

/// Rejoins a paragraph that a page break, notes or a figure split: it stops without final
/// punctuation and the next paragraph starts in lower case.
/// In subtitles (`subtitles`), a cue's words run on into the next cue whatever its first
/// letter ("le bilan dépasse désormais" / "170 Casques bleus tués"), but not into a speaker's
/// label or a bracketed direction.
fn merge_fragments(units: Vec<Unit>, subtitles: bool, repairs: &mut Vec<Repair>) -> Vec<Unit> {
    // The text's own hyphenated words, for the words a line break hyphenated
    // (`line_break_hyphen`): only when a line ends on one.
    let compounds: HashSet<String> = if units.iter().any(|u| hyphen_at_end(&u.text).is_some()) {
        units
            .iter()
            .flat_map(|u| u.text.split(|c: char| !(c.is_alphabetic() || c == '-')))
            .filter(|w| w.contains('-') && !w.starts_with('-') && !w.ends_with('-'))
            .map(str::to_lowercase)
            .collect()
    } else {
        HashSet::new()
    };
    let mut units: Vec<Option<Unit>> = units.into_iter().map(Some).collect();
    for i in 0..units.len() {
        while let Some(a) = units[i].as_ref() {
            // (A short line may run on when it ends on a comma: "Only last week," in a
            // subtitle's cue.)
            let short = word_count(&a.text) < 4 && !a.text.trim_end().ends_with(',');
            let direction = |t: &str| t.starts_with('[') || t.starts_with('(');
            if a.role != Role::Paragraph
                || !unterminated(&a.text)
                || short && !subtitles
                || subtitles && direction(&a.text)
            {
                break;
            }
            let next = (i + 1..units.len()).find(|&j| {
                units[j]
                    .as_ref()
                    .is_some_and(|u| !matches!(u.role, Role::Note { .. } | Role::Caption))
            });
            let Some(j) = next else { break };
            let b = units[j].as_ref().expect("found above");
            // A hard-wrapped paragraph goes on in capitals too ("… 12 membres du personnel en
            // uniforme de la" / "MINUSMA ont perdu la vie …"): the next line, with no blank
            // line before it, after a long line cut after a lower-case word.
            let wrapped = b.attached
                && (i + 1..j).all(|x| units[x].is_none())
                && a.text.chars().count() >= 60
                && word_count(&a.text) >= 8
                && a.text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
                && !a.text.contains("  ")
                && !labelled(&a.text)
                && !labelled(&b.text)
                && b.text.starts_with(char::is_alphabetic);
            let cue_run = subtitles
                && !labelled(&b.text)
                && !direction(&b.text)
                && b.text.starts_with(char::is_alphanumeric);
            if b.role != Role::Paragraph
                || !(b.text.starts_with(|c: char| c.is_lowercase()) || wrapped || cue_run)
                || row_like(&a.text)
                || row_like(&b.text)
            {
                break;
            }
            let b = units[j].take().expect("found above");
            let a = units[i].as_mut().expect("checked above");
            // "94 peace-" / "keepers were killed", "près de 1 100 ci-" / "vils tués": a word
            // the line break hyphenated is one word again.
            let hyphen = line_break_hyphen(&a.text, &b.text, &compounds);
            let before = format!("{} | {}", tail(&a.text, 40), head(&b.text, 40));
            let reason = if hyphen.is_some() {
                format!(
                    "word hyphenated across lines {} and {} rejoined",
                    a.line, b.line
                )
            } else {
                format!(
                    "paragraph from line {} continued at line {} after a page break",
                    a.line, b.line
                )
            };
            match hyphen {
                Some(true) => {}
                Some(false) => {
                    a.text.pop();
                }
                None => a.text.push(' '),
            }
            let after = format!("{}{}", tail(&a.text, 40), head(&b.text, 40));
            a.text.push_str(&b.text);
            repairs.push(Repair {
                line: b.line,
                before,
                after,
                reason,
            });
        }
    }
    units.into_iter().flatten().collect()
}

/// The letters before a hyphen that ends a line ("peace-"), if it ends on one glued to a word.
fn hyphen_at_end(t: &str) -> Option<&str> {
    let core = t.strip_suffix('-')?;
    let start = core
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&core[start..])
}

/// A word hyphenated by a line break: the line ends on letters and a hyphen and the next
/// starts in lower case. `Some(true)` keeps the hyphen, for a compound the text writes with
/// one elsewhere ("porte-" / "parole" after "porte-parole"); `Some(false)` drops it
/// ("peace-" / "keepers"); `None` when the line does not end so.
fn line_break_hyphen(a: &str, b: &str, compounds: &HashSet<String>) -> Option<bool> {
    let first = hyphen_at_end(a)?;
    if !b.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let second: String = b.chars().take_while(|c| c.is_alphabetic()).collect();
    Some(compounds.contains(&format!("{first}-{second}").to_lowercase()))
}

/// A fact sheet's labelled line ("Deadliest incident: Aguelhok camp attack, …", "Effectifs
/// (30 avril 2022) : 12 388 militaires ; …"): a colon after at most five words.
fn labelled(t: &str) -> bool {
    t.split_once(':')
        .is_some_and(|(label, _)| word_count(label) <= 5 && !label.trim().is_empty())
}

/// A line of a table or fact sheet ("Décès ........ 195", "Chad | 1 425"): its own line,
/// never a fragment of a paragraph, even when the next starts in lower case ("dont …").
fn row_like(t: &str) -> bool {
    t.contains("....")
        || t.contains('|')
        || t.contains('\t')
        || label_and_value(t)
        || aligned_figure(t)
        || export_row(t)
}

/// A spreadsheet's row pasted as text: cells separated by commas or semicolons with no space
/// after them ("country,contingent_troops,staff_officers"), which prose never does.
pub(super) fn export_row(t: &str) -> bool {
    // (Not a line's closing comma, nor a thousands separator: "and about 1,900 police,".)
    let t = t.trim_end().trim_end_matches([',', ';']);
    let b = t.as_bytes();
    let thousands = |i: usize| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    };
    [b',', b';'].iter().any(|&d| {
        let cells = (0..b.len()).filter(|&i| b[i] == d && !thousands(i)).count();
        cells >= 2 && !t.contains(&format!("{} ", d as char)[..])
    })
}

/// A line that ends on a figure set off by a column gap ("Composante militaire      13 289
/// 12 174      3,1", "  dont observateurs militaires        40").
fn aligned_figure(t: &str) -> bool {
    t.trim_end().rsplit_once("  ").is_some_and(|(_, last)| {
        let last = last.trim();
        last.starts_with(|c: char| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%' | ' ' | '\u{a0}'))
    })
}

/// A fact sheet's "label: value" line ("Policiers : 1 744", "dont décès dus à des actes
/// malveillants : 132"): a label, a colon, then only a short figure.
fn label_and_value(t: &str) -> bool {
    let Some((label, value)) = t.trim_end().rsplit_once(':') else {
        return false;
    };
    let value = value.trim();
    !label.trim().is_empty()
        && value.starts_with(|c: char| c.is_ascii_digit())
        && value.split_whitespace().count() <= 3
        && value.len() <= 24
}

fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((p, _)) => &s[..p],
        None => s,
    }
}

fn tail(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    match s.char_indices().nth(count.saturating_sub(n)) {
        Some((p, _)) => &s[p..],
        None => s,
    }
}

fn heading_shaped(t: &str) -> bool {
    word_count(t) <= 14
        && t.len() <= 120
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', ':'])
        && !t.contains(". ")
}

fn mark_headings(units: &mut [Unit]) {
    let mut seen_body = false;
    let mut have_title = false;
    for u in units.iter_mut() {
        if u.role == Role::Title {
            have_title = true;
        }
        if u.role != Role::Paragraph {
            continue;
        }
        if heading_shaped(&u.text) {
            u.role = if !have_title && !seen_body {
                Role::Title
            } else {
                Role::Heading
            };
            have_title |= u.role == Role::Title;
        } else {
            seen_body = true;
        }
    }
}
