//! Tables whose cells a delimiter separates, however wide their rows: a spreadsheet's export
//! pasted as text ("country,contingent_troops,staff_officers,individual_police"), a wiki list
//! kept with its bars ("Date | Location | Killed | Wounded | Contingent | Notes"). The header
//! row names what each column counts; each row is read cell by cell: its figures under the
//! columns that count people, its country, date and "Total" label from the other cells, which
//! may stand anywhere in the row and hold long notes.
//!
//! The aligned tables and label rows of [`super::tables`] are read first; a line is read here
//! only when it is no such row.

use super::classify::Counts;
use super::tables::{
    category_of, closes_an_empty_cell, figure_noun_counts, header_columns, own, row_date,
};
use super::{Fact, Sentence};
use crate::dates::DateMention;
use crate::gazetteer::{gazetteer, Entity, ForceKind};
use crate::lexicon::{Class, Lexicon};
use crate::model::{Block, Document};

/// A header row of three or more cells, and what each column counts.
pub(super) struct Header {
    delim: char,
    lex: &'static Lexicon,
    columns: Vec<Option<Counts>>,
    /// Columns of shares or measures ("Share (%)"): their figures count no one.
    measures: Vec<bool>,
    /// A force the header names ("MINUSMA troops").
    force: Option<usize>,
}

/// The delimiter a line's cells are separated by: bars, tabs, or, in a line with no space
/// after them (an export, not prose), semicolons or commas.
fn delimiter(line: &str) -> Option<char> {
    let count = |c: char| line.matches(c).count();
    if count('|') >= 2 {
        Some('|')
    } else if count('\t') >= 2 {
        Some('\t')
    } else if count(';') >= 2 && !line.contains("; ") {
        Some(';')
    } else if count(',') >= 2 && !line.contains(", ") {
        Some(',')
    } else {
        None
    }
}

/// A line's cells, trimmed, with where each starts in the line; the outer bars of "| a | b |"
/// open and close no cell.
fn cells(line: &str, delim: char) -> Vec<(usize, &str)> {
    let mut inner = line;
    let mut shift = 0;
    if delim == '|' {
        if let Some(rest) = inner.strip_prefix('|') {
            inner = rest;
            shift = 1;
        }
        inner = inner.strip_suffix('|').unwrap_or(inner);
    }
    let mut out = Vec::new();
    let mut at = shift;
    for cell in inner.split(delim) {
        let lead = cell.len() - cell.trim_start().len();
        out.push((at + lead, cell.trim()));
        at += cell.len() + delim.len_utf8();
    }
    out
}

/// A header row: three or more cells, no figure but a year, and at least one column that
/// counts people.
pub(super) fn header(line: &str, lex: &'static Lexicon) -> Option<Header> {
    let delim = delimiter(line)?;
    let cells = cells(line, delim);
    if cells.len() < 3 {
        return None;
    }
    // (Digits inside a name are no figure: "iso3", "fatalities_q2".)
    let only_years = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        .all(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    if !only_years {
        return None;
    }
    // An export's names join their words with underscores ("formed_police_units").
    let texts: Vec<String> = cells.iter().map(|(_, c)| c.replace('_', " ")).collect();
    let spaced: Vec<Sentence> = texts.iter().map(|c| Sentence::new(c, 0, lex)).collect();
    let columns = header_columns(&spaced);
    if columns.iter().all(Option::is_none) {
        return None;
    }
    let measures = spaced
        .iter()
        .map(|s| s.text.contains('%') || s.any(Class::MeasurePct) || s.any(Class::NotPeople))
        .collect();
    let g = gazetteer();
    let force = spaced
        .iter()
        .flat_map(|s| &s.mentions)
        .find_map(|m| match m.entity {
            Entity::Force(i) if g.forces[i].kind.has_personnel() => Some(i),
            _ => None,
        });
    Some(Header {
        delim,
        lex,
        columns,
        measures,
        force,
    })
}

/// What the lines above a table say of its rows: the force and date of its caption.
pub(super) struct Above {
    pub force: Option<usize>,
    pub worldwide: bool,
    pub dates: Vec<DateMention>,
}

/// Reads `line` as a row of `header`: its facts go to `out`. `None` when the line is no row of
/// it (another number of cells); `Some(false)` when it is one the sentence grammar reads.
pub(super) fn read(
    (doc, block): (&Document, &Block),
    (line, base): (&str, usize),
    header: &Header,
    above: &Above,
    dominant: Option<usize>,
    out: &mut Vec<Fact>,
) -> Option<bool> {
    let mut row = cells(line, header.delim);
    if header.delim == '|' && closes_an_empty_cell(line) && row.len() + 1 == header.columns.len() {
        row.push((line.len(), ""));
    }
    if row.len() != header.columns.len() {
        return None;
    }
    let lex = header.lex;
    let g = gazetteer();
    let read: Vec<Sentence> = row
        .iter()
        .map(|&(at, c)| Sentence::new(c, base + at, lex))
        .collect();
    // A column of names under a header that sounds like a count ("Contingent") is a label.
    let counting =
        |i: usize| header.columns[i].is_some() && row[i].1.contains(|c: char| c.is_ascii_digit());
    // A figure cell that is a phrase of its own ("7 tués, une trentaine de blessés") is left
    // to the sentence grammar.
    let wordy = (0..row.len()).filter(|&i| counting(i)).any(|i| {
        let s = &read[i];
        (0..s.toks.len()).filter(|&k| s.toks[k].is_word()).count() > 3
    });
    if wordy {
        return Some(false);
    }
    // The row's own cells: its country, its "Total" label, its dates, a force it names.
    let mut country = None;
    let mut total = false;
    let mut force = None;
    let mut dates: Vec<&DateMention> = Vec::new();
    for (_, s) in read.iter().enumerate().filter(|&(i, _)| !counting(i)) {
        let words: Vec<&str> = (0..s.toks.len())
            .filter(|&k| s.toks[k].is_word())
            .map(|k| s.word(k))
            .collect();
        if country.is_none() && !words.is_empty() && words.len() <= 4 {
            country = g
                .country_by_word(&words.join(" "))
                .filter(|&c| !g.is_host_country(c));
        }
        total |= s.any(Class::Total);
        // A force or a date of the row's own: a short cell, not a note's passing mention
        // ("AQIM claimed").
        if words.len() > 4 {
            continue;
        }
        force = force.or_else(|| {
            s.mentions.iter().find_map(|m| match m.entity {
                Entity::Force(f)
                    if g.forces[f].kind.has_personnel()
                        && g.forces[f].kind != ForceKind::ArmedGroup =>
                {
                    Some(f)
                }
                _ => None,
            })
        });
        dates.extend(&s.dates);
    }
    let force = force.or(header.force).or(above.force).or(dominant);
    let (date, date_end, basis) = row_date(&dates, &above.dates, doc.meta.published);
    // A row of another mission in a list of missions names where it serves, no contingent.
    let mission_row = force.is_some_and(|f| g.forces[f].kind == ForceKind::PeaceOperation)
        && force != g.own_mission();
    let contingent = if total || mission_row { None } else { country };
    // A figure of the row, whose sentence the row is.
    let row_fact = |s: &Sentence, m: &super::numbers::NumberMention, category| {
        let mut f = super::fact_at(doc, block, s, m);
        own(&mut f, s, m, (category, force, contingent, above.worldwide));
        f.date = date.map(|d| d.iso());
        f.date_end = date_end.map(|d| d.iso());
        f.date_basis = basis;
        f.quote = line.to_string();
        f.start = base as u32;
        f.end = (base + line.len()) as u32;
        f
    };
    for (i, s) in read.iter().enumerate().filter(|&(i, _)| counting(i)) {
        let Some(what) = header.columns[i] else {
            continue;
        };
        if header.measures[i] {
            continue;
        }
        let Some(category) = category_of(what, force) else {
            continue;
        };
        for m in super::scan_numbers(s, lex) {
            if m.percent || m.vague {
                continue;
            }
            out.push(row_fact(s, &m, category));
        }
    }
    // A column the header does not say counts people, whose cells name what each figure
    // counts ("Authorized strength | 14,400 military; 3,020 police", "245 uniformed").
    for (i, s) in read.iter().enumerate() {
        if header.columns[i].is_some() || header.measures[i] || total {
            continue;
        }
        let words = (0..s.toks.len()).filter(|&k| s.toks[k].is_word()).count();
        if words > 4 {
            continue;
        }
        for m in super::scan_numbers(s, lex) {
            if m.percent
                || m.vague
                || s.dates
                    .iter()
                    .any(|d| d.start <= s.toks[m.first].start && s.toks[m.last].end <= d.end)
            {
                continue;
            }
            let k = m.last + 1;
            let Some(noun) = s.toks.get(k).filter(|t| t.is_word()).map(|_| s.word(k)) else {
                continue;
            };
            let Some(Counts::Category(category)) =
                figure_noun_counts(lex, &[noun.to_string()], &[s.classes[k]])
            else {
                continue;
            };
            out.push(row_fact(s, &m, category));
        }
    }
    Some(true)
}
