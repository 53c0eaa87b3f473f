//! Numbers laid out as tables, fact boxes and lists rather than sentences: "Chad – 1 425" under
//! "Largest troop contributors", "Police: 1,722" under "KEY FIGURES - MINUSMA (as of 30 June
//! 2021)", an annex whose header row names its columns ("Country   Military personnel   Police
//! personnel"). A row is a short line: a label, a separator (colon, spaced dash, bar, tab or a
//! run of spaces), then numbers, each followed by at most a short noun.
//!
//! What a number counts comes from the noun after it ("Chad (1,425 troops)"), else its column's
//! header, else the row's label ("Troops: 12,388"), else the caption above the table ("Largest
//! troop contributors"). Whose it is: a force named in the label, header or caption, else the
//! text's own mission; the row's country is the contingent, a total row has none. Its date: a
//! date in the label or caption ("as at 1 December 2018", "since 2013"), else the text's own.

use std::cell::{Cell, OnceCell};

use super::classify::{counts, Counts};
use super::numbers::NumberMention;
use super::subject::WORLDWIDE;
use super::{Category, DateBasis, Fact, Sentence};
use crate::dates::{Cue, DateMention};
use crate::gazetteer::{gazetteer, Entity, ForceKind};
use crate::lexicon::{Class, Classes, Lexicon};
use crate::model::{Block, BlockKind, Document, PartialDate, Span};

/// The longest line read as a row: rows are short; a longer line is prose.
const MAX_ROW: usize = 120;
/// A line's length as a reader sees it: in a row of short cells between pipes, the runs of
/// spaces that align the columns ("| Militaires        | 13 289    |") count as one. (A
/// row with a cell of prose, a "Notes" column, is read as prose when it is long.)
fn content_len(line: &str) -> usize {
    const MAX_CELL: usize = 40;
    let short_cells = line.contains('|')
        && line
            .split('|')
            .all(|c| c.split_whitespace().map(|w| w.len() + 1).sum::<usize>() <= MAX_CELL);
    if !short_cells {
        return line.len();
    }
    let mut n = 0;
    let mut space = false;
    for c in line.chars() {
        if c.is_whitespace() {
            if !space {
                n += 1;
            }
            space = true;
        } else {
            n += c.len_utf8();
            space = false;
        }
    }
    n
}

/// "17:30", "09:12:45", "17h30": a time of day.
fn is_clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once([':', 'h']) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (m, s) = m.split_once(':').unwrap_or((m, "00"));
    digits(h) && m.len() == 2 && digits(m) && digits(s)
}

/// Words a row's label may have ("Total, all contributors", "Fatalities since 2013").
const MAX_LABEL_WORDS: usize = 8;
/// Words that may follow a number in a row before the next separator ("1,425 troops").
const MAX_NOUN_WORDS: usize = 3;

/// A token range of a line and what its words say.
struct Phrase {
    counts: Option<Counts>,
    force: Option<usize>,
    country: Option<usize>,
    /// The label names a country, the text's own included ("Mali ...... 416 076").
    names_country: bool,
    /// The label names a place ("Mopti | 139 016") or is "Others": a row of a breakdown of
    /// people by place.
    names_place: bool,
    total: bool,
    worldwide: bool,
    /// Its head, last in English and first in French, counts no one ("Troop- and
    /// police-contributing countries", "Pays contributeurs de troupes et de police").
    not_claim: bool,
    /// The rest of a breakdown by country ("Other countries", "Others (46)").
    rest: bool,
    /// It names a force or the text's mission ("MINUSMA OVERALL", "Contexte de la
    /// mission").
    names_mission: bool,
    /// It names a cause of death ("Malicious act ...... 174", "Maladie ..... 78"): a row of a
    /// breakdown of casualties by cause.
    cause: bool,
}

fn phrase(s: &Sentence, from: usize, to: usize) -> Phrase {
    let g = gazetteer();
    let (lo, hi) = (
        s.toks.get(from).map_or(s.text.len(), |t| t.start),
        to.checked_sub(1)
            .and_then(|k| s.toks.get(k))
            .map_or(0, |t| t.end),
    );
    let inside = |m: &crate::gazetteer::Mention| m.start >= lo && m.end <= hi;
    let force_mention = s
        .mentions
        .iter()
        .filter(|m| inside(m))
        .find(|m| matches!(m.entity, Entity::Force(i) if g.forces[i].kind.has_personnel()));
    let force = force_mention.and_then(|m| match m.entity {
        Entity::Force(i) => Some(i),
        _ => None,
    });
    // "MONUSCO (République démocratique du Congo) : 13": the country in brackets after a
    // mission is where it serves, no contingent of it.
    let mission_location = force_mention.is_some_and(|m| {
        matches!(m.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::PeaceOperation)
            && s.text
                .get(m.end..hi)
                .is_some_and(|rest| rest.trim_start().starts_with('('))
    });
    let words: Vec<String> = (from..to)
        .map(|k| s.word(k).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    // The label as one name ("Burkina Faso"), else its last country word ("Largest
    // contributor: Chad").
    // (Names of two words first: "Diré, Timbuktu   Drowning, Niger River   Burkina Faso".)
    let country = g.country_by_word(&words.join(" ")).or_else(|| {
        (0..words.len())
            .rev()
            .find_map(|i| {
                i.checked_sub(1)
                    .and_then(|j| g.country_by_word(&format!("{} {}", words[j], words[i])))
                    .or_else(|| g.country_by_word(&words[i]))
            })
            .or_else(|| {
                s.mentions
                    .iter()
                    .filter(|m| inside(m))
                    .find_map(|m| match m.entity {
                        Entity::Demonym(c) => Some(c),
                        _ => None,
                    })
            })
    });
    let classes = &s.classes[from.min(to)..to];
    let word_tokens = || (from..to).filter(|&k| s.toks[k].is_word());
    // A total row ("All countries | 12,388") counts what its columns count, and so does the
    // rest of a table ("Other countries", "Other (46 countries)").
    let rest = word_tokens().next().is_some_and(|k| s.is(k, Class::Elided));
    // (Not a label that names whom it counts before its last word: "Malian refugees in
    // neighbouring countries".)
    // (Only displaced, civilians, dead or wounded: "Troop- and police-contributing countries"
    // counts countries.)
    let names_people = word_tokens().any(|k| {
        s.classes[k].has_any(&[Class::Displaced, Class::Civilian, Class::Kill, Class::Wound])
    });
    // "Nombre de pays fournissant des militaires", "Number of countries contributing police":
    // the number of a thing, whatever people follow.
    let number_of_things = word_tokens().any(|k| {
        s.is(k, Class::NotPeople)
            && k >= 2
            && s.is(k - 1, Class::Of)
            && s.is(k - 2, Class::Aggregate)
    });
    let not_claim = ([word_tokens().next(), word_tokens().next_back()]
        .into_iter()
        .flatten()
        .any(|k| s.is(k, Class::NotClaim) || s.is(k, Class::NotPeople))
        || number_of_things)
        && !classes.iter().any(|c| c.has(Class::Total))
        && !rest
        && !names_people;
    let names_place = s
        .mentions
        .iter()
        .any(|m| inside(m) && matches!(m.entity, Entity::Place(_)))
        || (!classes.is_empty() && classes.iter().all(|c| c.has(Class::Elided)));
    let worldwide = (from..to).any(|k| super::subject::worldwide_word(s, k));
    // (After a figure only: a label "Civilian" over its rows counts nothing by itself.)
    let counted = if not_claim {
        None
    } else if from > 0 && s.toks[from - 1].is_num() {
        figure_noun_counts(s.lex, &words, classes)
    } else {
        counts(classes, &words)
    };
    // "Irish personnel in MINUSMA: 14", "Irish personnel on UN missions worldwide: c. 560": a
    // contributing country's personnel in a peace operation are its soldiers, as in prose.
    let contributor_personnel = counted.is_none()
        && !not_claim
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "personnel" | "personnels"))
        && country.is_some_and(|c| g.contributes(&g.countries[c].name))
        && (worldwide || force.is_some_and(|f| g.forces[f].kind == ForceKind::PeaceOperation));
    Phrase {
        counts: if contributor_personnel {
            Some(Counts::Category(Category::Troops))
        } else {
            counted
        },
        not_claim,
        force,
        names_country: country.is_some(),
        names_place,
        country: country.filter(|&c| !g.is_host_country(c) && !mission_location),
        total: classes.iter().any(|c| c.has(Class::Total)),
        worldwide,
        rest,
        names_mission: force.is_some() || classes.iter().any(|c| c.has(Class::GenericMission)),
        cause: classes.iter().any(|c| c.has(Class::Cause)),
    }
}

/// Whether the text between two byte offsets separates a label from its value or one cell
/// from the next: a colon, a spaced dash, a bar, a tab, an opening bracket or two spaces.
fn is_separator(gap: &str) -> bool {
    gap.contains([':', '|', '\t', '(', '…'])
        || gap.contains("  ")
        || gap.contains("..")
        || [" - ", " – ", " — "].iter().any(|d| gap.contains(d))
        || gap.trim().chars().all(|c| matches!(c, '–' | '—' | '-')) && !gap.trim().is_empty()
}

/// A line read as a row: its sentence, its numbers and where its label ends.
struct Row<'a> {
    sent: Sentence<'a>,
    mentions: Vec<NumberMention>,
    /// Number of the label's tokens: the label is `0..label_end`.
    label_end: usize,
    /// Characters of indentation before the line's text (its cells' columns count from the
    /// line's start).
    indent: usize,
}

/// The cells of a line of three or more bars' worth of "label figure" ("Chad 1 449 |
/// Bangladesh 1 389 | Egypt 1 197"), each read as a row of its own; `None` when any cell is
/// something else (a header's word, a bare figure, two figures).
fn side_by_side_rows<'a>(
    line: &'a str,
    base: usize,
    lex: &'static Lexicon,
) -> Option<Vec<Row<'a>>> {
    let inner = line.trim_matches('|');
    // (Three cells at least: most lines read here are rows of one label and figure, which
    // `row` reads whole next; they are not parsed twice.)
    if inner.matches('|').count() < 2 {
        return None;
    }
    let mut at = line.len() - line.trim_start_matches('|').len();
    let mut rows = Vec::new();
    for cell in inner.split('|') {
        let start = at + (cell.len() - cell.trim_start().len());
        at += cell.len() + 1;
        let text = cell.trim();
        let r = row(text, base + start, lex, 0)?;
        // One figure, closing the cell, after a label of words.
        let [m] = &r.mentions[..] else {
            return None;
        };
        if m.last + 1 != r.sent.toks.len() || !(0..r.label_end).any(|k| r.sent.toks[k].is_word()) {
            return None;
        }
        rows.push(r);
    }
    (rows.len() >= 3).then_some(rows)
}

/// Under a header row (`columns` cells), a row needs no separator after its label when it has
/// a number for each column: "Total, all contributors 12 749      1 741".
fn row<'a>(line: &'a str, base: usize, lex: &'static Lexicon, columns: usize) -> Option<Row<'a>> {
    if content_len(line) > MAX_ROW || !line.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let sent = Sentence::new(line, base, lex);
    let mut mentions = super::scan_numbers(&sent, lex);
    // A leading row number ("1    Burkina Faso    1 717 …"): a rank, not a figure; the
    // label starts after it.
    let ranked = mentions.len() >= 2
        && mentions[0].first == 0
        && mentions[0].value.fract() == 0.0
        && mentions[0].value < 1000.0
        && (mentions[0].last + 1..mentions[1].first).any(|k| sent.toks[k].is_word())
        && {
            // "1    Chad", "1 | Chad", "1. Chad", "1) Chad".
            let after = sent.toks[mentions[0].last + 1];
            let word = (mentions[0].last + 1..mentions[1].first)
                .find(|&k| sent.toks[k].is_word())
                .map_or(after.start, |k| sent.toks[k].start);
            is_separator(&line[sent.toks[mentions[0].last].end..word])
                || ((after.is_punct(line, ".") || after.is_punct(line, ")"))
                    && sent
                        .toks
                        .get(mentions[0].last + 2)
                        .is_some_and(|t| t.is_word()))
        };
    if ranked {
        mentions.remove(0);
    }
    // "Other (46 countries)   3,110   211   3,321": a count in brackets inside the label
    // names the row; it is none of its figures.
    let in_label = mentions.len() >= 2
        && mentions[0].first > 0
        && sent.toks[mentions[0].first - 1].is_punct(line, "(")
        && (sent.toks[mentions[0].last + 1].is_word()
            // "dont unités de police constituées (9)      1 401": a bare count in brackets,
            // then the row's own figure across a column gap.
            // (Or a bar: "All contributors (57)| 11 216".)
            || (sent.toks[mentions[0].last + 1].is_punct(line, ")")
                && (mentions[0].last + 1..mentions[1].first).all(|k| !sent.toks[k].is_word())
                && is_separator(
                    &line[sent.toks[mentions[0].last + 1].end
                        ..sent.toks[mentions[1].first].start],
                )))
        && (mentions[0].last + 1..mentions[1].first).any(|k| sent.toks[k].is_punct(line, ")"));
    if in_label {
        mentions.remove(0);
    }
    let first = mentions.first()?;
    // The label ends at the last word before the number that is not a qualifier ("some").
    let label_end = sent.past_qualifiers(first.first);
    let words = (0..label_end).filter(|&k| sent.toks[k].is_word()).count();
    // A row labelled by a year or span alone ("2019", "2013–2023").
    let dated = sent
        .dates
        .iter()
        .any(|d| d.end <= sent.toks[first.first].start);
    // A label over several cells of an aligned table ("08/06/2017  Kidal (camp de la
    // Mission)  Guinée  Tirs d'obus et de roquettes   3   8") is held to the limit cell by
    // cell.
    let label_text = &line[..sent.toks[first.first].start];
    // A clock time is no label: "17:30  Un militaire français tué …" is a log's timed line,
    // prose.
    if is_clock_time(label_text.trim()) {
        return None;
    }
    // A label holds no sentence end: "* 7 October 2014 – Kidal: rockets fired at the camp.
    // Dead: 1 (Senegal). Wounded: 2" is prose, sentence by sentence.
    if sentence_starts(label_text).next().is_some() {
        return None;
    }
    let cells: Vec<&str> = label_text
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let widest = cells
        .iter()
        .map(|c| c.split_whitespace().count())
        .max()
        .unwrap_or(0);
    // (Words in brackets are an aside of the label: "French military deaths in the Sahel,
    // 2013–2022 (Serval and Barkhane): 58".)
    // (Only an aside of words: "Guinea (574 troops)" holds a figure, no aside.)
    let bracketed = {
        let (mut total, mut group, mut open, mut figure) = (0, 0, false, false);
        for k in 0..label_end {
            let t = sent.toks[k];
            match t.text(line) {
                "(" => (open, group, figure) = (true, 0, false),
                ")" if open => {
                    if !figure {
                        total += group;
                    }
                    open = false;
                }
                _ if open => {
                    figure |= t.is_num();
                    group += usize::from(t.is_word());
                }
                _ => {}
            }
        }
        total
    };
    let too_long = if cells.len() >= 3 {
        widest > MAX_LABEL_WORDS
    } else {
        words - bracketed > MAX_LABEL_WORDS
    };
    if (words == 0 && !dated) || too_long {
        return None;
    }
    let gap_start = (0..label_end)
        .rev()
        .find(|&k| sent.toks[k].is_word())
        .map_or(0, |k| sent.toks[k].end);
    let gap_end = sent.toks[label_end.min(first.first)].start;
    let fills_columns = columns >= 2 && (columns - 1..=columns).contains(&mentions.len());
    // A line of a country's name and one figure ("Tchad 1 425", "🇹🇩 Chad 1,425"): a row of
    // a list, with nothing but a space between them.
    let country_line = || {
        let name: Vec<&str> = (0..label_end)
            .filter(|&k| sent.toks[k].is_word())
            .map(|k| sent.word(k))
            .collect();
        mentions.len() == 1
            && mentions[0].last + 1 == sent.toks.len()
            && name.len() <= 3
            && gazetteer().country_by_word(&name.join(" ")).is_some()
    };
    if !fills_columns && !is_separator(&line[gap_start..gap_end]) && !country_line() {
        return None;
    }
    // Each number is followed by at most a short noun, then a separator or the end.
    for (n, m) in mentions.iter().enumerate() {
        let end = mentions.get(n + 1).map_or(sent.toks.len(), |x| x.first);
        let mut nouns = 0;
        for k in m.last + 1..end {
            let t = &sent.toks[k];
            if t.is_word() {
                nouns += 1;
                // The last number may end on a short phrase ("…: 310, dont 187 dans des actes
                // hostiles").
                let limit = if n + 1 == mentions.len() {
                    MAX_NOUN_WORDS + 2
                } else {
                    MAX_NOUN_WORDS
                };
                if nouns > limit {
                    return None;
                }
            } else if !t.is_num() && is_separator(t.text(line)) || t.is_punct(line, ")") {
                nouns = 0;
            }
        }
    }
    Some(Row {
        sent,
        mentions,
        label_end,
        indent: 0,
    })
}

/// Where the cells of an aligned row start: cells are separated by a tab, a bar or two or more
/// spaces.
fn cell_starts(line: &str) -> Vec<usize> {
    let b = line.as_bytes();
    let mut out = vec![0];
    let mut i = 0;
    while i < b.len() {
        let sep = match b[i] {
            b'\t' | b'|' => 1,
            b' ' if b.get(i + 1) == Some(&b' ') => 2,
            _ => 0,
        };
        if sep == 0 {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'|') {
            j += 1;
        }
        if j < b.len() && i > 0 {
            out.push(j);
        }
        i = j;
    }
    out
}

/// Whether a row ends on a bar it did not open with ("MINURSO | … | 245 uniformed | 19 |"):
/// under a header without outer bars, that bar closes an empty last cell ("Notes"), not the
/// row.
pub(super) fn closes_an_empty_cell(line: &str) -> bool {
    !line.trim_start().starts_with('|') && line.trim_end().ends_with('|')
}

/// What a figure's noun counts ("military", "police personnel"); a personnel adjective alone
/// ("245 uniformed") counts that kind of personnel.
pub(super) fn figure_noun_counts(
    lex: &Lexicon,
    words: &[String],
    classes: &[Classes],
) -> Option<Counts> {
    if words.is_empty() || !classes.iter().all(|c| c.has(Class::Modifier)) {
        return counts(classes, words);
    }
    let mut words = words.to_vec();
    words.push("personnel".into());
    let mut classes = classes.to_vec();
    classes.push(lex.classes("personnel"));
    counts(&classes, &words)
}

/// Whether a line is a header of dates: two or more cells, each a full date or words but the
/// first, and every figure part of one ("Région | 30 sept. 2022 | 31 déc. 2022").
fn only_dates(line: &str) -> bool {
    let cells: Vec<&str> = line
        .split(['\t', '|'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let dated = |cell: &str| {
        let toks = crate::tokens::tokenize(cell);
        let dates = crate::dates::find_dates(cell, &toks);
        dates.len() == 1
            && dates[0].from.is_some_and(|f| f.day.is_some())
            && crate::dates::figures_only_in(&toks, &dates)
    };
    // Word cells may stand before them: "Mission | Location | Led by | 31 Dec 2020 | 31 Dec
    // 2021" (two dates at least, so that an event's row is no header).
    let digits = |c: &str| c.contains(|c: char| c.is_ascii_digit());
    // A word cell may carry its own period after its words: "Taux de vacance (déc. 2020)".
    let words_then_date = |cell: &str| {
        let toks = crate::tokens::tokenize(cell);
        let dates = crate::dates::find_dates(cell, &toks);
        toks.first().is_some_and(|t| t.is_word())
            && !dates.is_empty()
            && dates[0].start > 0
            && crate::dates::figures_only_in(&toks, &dates)
    };
    let dates = cells[1..].iter().filter(|c| dated(c)).count();
    cells.len() >= 3
        && !digits(cells[0])
        && cells[1..]
            .iter()
            .all(|c| !digits(c) || dated(c) || words_then_date(c))
        && (dates == cells.len() - 1 || dates >= 2)
}

/// A header row: two or more cells, no number but a year ("Deaths since 2013"), each cell's
/// words.
/// (Or whole dates: "Région | 30 sept. 2022 | 31 déc. 2022", a column per date.)
fn header_cells(line: &str) -> Option<Vec<&str>> {
    // Years, or a budget year's span ("Budget 2019/20"): a two-digit end right after a year
    // and a slash or dash.
    let runs: Vec<(usize, &str)> = line.match_indices(|c: char| c.is_ascii_digit()).fold(
        Vec::new(),
        |mut runs: Vec<(usize, &str)>, (at, _)| {
            match runs.last_mut() {
                Some((start, run)) if *start + run.len() == at => {
                    *run = &line[*start..at + 1];
                }
                _ => runs.push((at, &line[at..at + 1])),
            }
            runs
        },
    );
    let year = |d: &str| d.len() == 4 && (d.starts_with("19") || d.starts_with("20"));
    let only_years = runs.iter().enumerate().all(|(n, (at, d))| {
        year(d)
            || d.len() == 2
                && n > 0
                && year(runs[n - 1].1)
                && matches!(line.get(runs[n - 1].0 + 4..*at), Some("/" | "-" | "–"))
    });
    if content_len(line) > MAX_ROW || !(only_years || only_dates(line)) {
        return None;
    }
    let cells: Vec<&str> = line
        .split(['\t', '|'])
        .flat_map(|c| c.split("  "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    (cells.len() >= 2).then_some(cells)
}

/// A caption line and, once a row under it needs them, what its words say and its dates:
/// read once for all its rows.
struct Caption {
    text: String,
    base: usize,
    read: OnceCell<(Phrase, Vec<DateMention>)>,
    /// A prose sentence leading into a list: only its last date, the one nearest the list,
    /// dates the rows ("Planned in December 2012 for 3,300, it had 6,300 by April 2013:").
    lead_in: bool,
}

impl Caption {
    fn read(&self, lex: &'static Lexicon) -> &(Phrase, Vec<DateMention>) {
        self.read.get_or_init(|| {
            let s = Sentence::new(&self.text, self.base, lex);
            let phrase = phrase(&s, 0, s.toks.len());
            let mut dates = s.dates;
            if self.lead_in && dates.len() > 1 {
                dates.drain(..dates.len() - 1);
            }
            (phrase, dates)
        })
    }
}

/// The lines above a run of rows that say what the rows are.
#[derive(Default)]
struct Context {
    /// "Largest troop contributors", "Annex I: … as at 1 December 2018".
    caption: Option<Caption>,
    /// Header cells, each with what it counts.
    columns: Vec<Option<Counts>>,
    /// Header cells that hold a share or a measure ("Part (%)"): their figures count no one.
    measures: Vec<bool>,
    /// Where the header's cells stand: (first, past the last) character of the line.
    spans: Vec<(usize, usize)>,
    /// What the last row counted: a part row under it ("dont à la suite d'actes malveillants
    /// ..... 122") counts the same.
    last: Cell<Option<Counts>>,
    /// The first and last dates of the rows labelled by a year or span: a total row under
    /// them counts that period ("| 2013 | 14 | … | 2023 | 21 | Total | 311 |").
    spanned: Cell<Option<(PartialDate, PartialDate)>>,
    /// The date a header cell gives its column ("31 déc. 2022").
    column_dates: Vec<Option<PartialDate>>,
    /// The first peace operation a row's label named, and whether a row named another: the
    /// total of rows of several missions is all missions' ("MINUSCA | … | MINUSMA | … |
    /// Total | 15").
    missions: Cell<(Option<usize>, bool)>,
    /// Whether the line before ended on a comma: a row wrapped onto this line ("Military
    /// personnel: Chad (1,433), Egypt (1,172),⏎Germany (1,037), …") counts what it counted.
    wrapped: Cell<bool>,
}

/// A line of one to four words with no figure that count nothing: the name of a group of
/// rows ("NORTH", "Centre region"), not a caption of a new table.
fn group_line(line: &str, lex: &'static Lexicon) -> bool {
    if line.chars().any(|c| c.is_ascii_digit()) || line.split_whitespace().count() > 4 {
        return false;
    }
    let s = Sentence::new(line, 0, lex);
    counts(&s.classes, &s.words).is_none() && !s.any(Class::Total)
}

/// A caption line: short, and no sentence of prose.
fn is_caption(line: &str) -> bool {
    content_len(line) <= MAX_ROW && !line.trim_end().ends_with(['.', '?', '!', ','])
}

/// The longest last sentence of a line that leads into a list.
const MAX_LEAD_IN: usize = 400;

/// Where the sentences after the first of `text` start: past each ". " that ends a sentence
/// of prose before a capital.
fn sentence_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices(". ")
        .filter(|&(at, _)| {
            crate::sentences::prose_stop_after(&text[..at])
                && text[at + 2..].starts_with(char::is_uppercase)
        })
        .map(|(at, _)| at + 2)
}

/// Where a line's last sentence starts.
fn last_sentence(line: &str) -> usize {
    sentence_starts(line).last().unwrap_or(0)
}

pub(super) struct Found {
    pub facts: Vec<Fact>,
    /// Lines read as rows: the sentence grammar skips them.
    pub rows: Vec<Span>,
}

/// Facts of the document's tables, fact boxes and lists.
pub(super) fn extract(doc: &Document, dominant: Option<usize>, lex: &'static Lexicon) -> Found {
    let mut found = Found {
        facts: Vec::new(),
        rows: Vec::new(),
    };
    let mut ctx = Context::default();
    // The last heading: a table whose header and caption say nothing of what its figures
    // count ("Year | Malicious acts | Other causes | Total") counts what the heading above it
    // names ("MINUSMA: fatalities by year").
    let mut heading: Option<Caption> = None;
    let profile = contingent_profile(doc, lex);
    // On the page of a multinational operation ("Task Force Takuba"), a row's country is that
    // operation's share, not the mission's: its title's one force stands before the mission.
    let dominant = title_operation(doc, lex).or(dominant);
    // After a group's name, the caption it would be if the next line is no row of the
    // table: "KEY FIGURES" over bulleted label lines after a table is their caption.
    let mut pending: Option<Context> = None;
    // A table whose cells a delimiter separates (rows too wide or too wordy for `row`), and
    // the force and dates of the caption above its header.
    let mut delimited: Option<(super::delimited::Header, super::delimited::Above)> = None;
    // Whether the last line read ended on a comma (its row may wrap onto the next line, which
    // the ingest may have made a block of its own).
    let mut open_line = false;
    for block in &doc.blocks {
        let head = doc.slice(block.span);
        // (A short line the ingest took for a heading may be a row of an aligned list:
        // "Malicious act               172" keeps the heading above it.)
        if matches!(block.kind, BlockKind::Heading | BlockKind::Title)
            && is_caption(head.trim())
            && row(head.trim(), 0, lex, 0).is_none()
        {
            let lead = head.len() - head.trim_start().len();
            heading = Some(Caption {
                text: head.trim().to_string(),
                base: block.span.start as usize + lead,
                read: OnceCell::new(),
                lead_in: false,
            });
        }
        if !matches!(
            block.kind,
            BlockKind::Heading | BlockKind::Paragraph | BlockKind::Caption | BlockKind::Quote
        ) {
            ctx = Context::default();
            delimited = None;
            continue;
        }
        let text = doc.slice(block.span);
        let mut offset = block.span.start as usize;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end();
            let wrapped_from_before = std::mem::replace(&mut open_line, line.ends_with(','));
            let lead = line.len() - line.trim_start().len();
            let base = offset + lead;
            offset += raw.len();
            let line = line.trim_start();
            // A rule under a header or above a total ("----|----", "+===+"), or rows left
            // out ("...", "[…]"), keeps the table's context.
            if line.is_empty() || line.chars().all(|c| "-=+|:_ \t.…[]".contains(c)) {
                continue;
            }
            // So does an aside in brackets with no figure: an image's description between a
            // caption and its rows ("(pictogramme : drapeaux alignés)").
            let aside = (line.starts_with('(') && line.ends_with(')'))
                || (line.starts_with('[') && line.ends_with(']'));
            if aside && !line.contains(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let indent = raw[..lead].chars().count();
            // The rows of an aligned table are lines of their own (the ingest's row-like
            // lines); a prose or list line after a group's name leaves the table.
            if let Some(p) = pending.take() {
                if block.kind != BlockKind::Heading {
                    ctx = p;
                }
            }
            // "Chad 1 449 | Bangladesh 1 389 | Egypt 1 197": a chart's bars or a list laid out
            // along one line, each cell a label and its figure, reads as a row each.
            if ctx.columns.is_empty() {
                if let Some(cells) = side_by_side_rows(line, base, lex) {
                    for r in &cells {
                        read_row(
                            doc,
                            block,
                            r,
                            (&ctx, heading.as_ref()),
                            (dominant, profile),
                            &mut found.facts,
                        );
                    }
                    found.rows.push(Span::new(base, base + line.len()));
                    continue;
                }
            }
            if let Some(mut r) = row(line, base, lex, ctx.columns.len()) {
                r.indent = indent;
                ctx.wrapped.set(wrapped_from_before);
                let before = found.facts.len();
                let counts_no_one = read_row(
                    doc,
                    block,
                    &r,
                    (&ctx, heading.as_ref()),
                    (dominant, profile),
                    &mut found.facts,
                );
                // A row whose label counts something else ("Contributing countries: 56") is
                // read too: its number is no figure for the prose rules either.
                if found.facts.len() > before || counts_no_one {
                    found.rows.push(Span::new(base, base + line.len()));
                }
                continue;
            }
            let mut own_row = None;
            if let Some((header, above)) = &delimited {
                own_row = super::delimited::read(
                    (doc, block),
                    (line, base),
                    header,
                    above,
                    dominant,
                    &mut found.facts,
                );
                if own_row == Some(true) {
                    found.rows.push(Span::new(base, base + line.len()));
                    continue;
                }
            }
            // (A row left to the sentence grammar keeps the table.)
            if own_row.is_none() {
                delimited = super::delimited::header(line, lex).map(|h| {
                    let cap = ctx
                        .caption
                        .as_ref()
                        .or(heading.as_ref())
                        .map(|c| c.read(lex));
                    let above = super::delimited::Above {
                        force: cap.and_then(|(p, _)| p.force),
                        worldwide: cap.is_some_and(|(p, _)| p.worldwide),
                        dates: cap.map(|(_, d)| d.clone()).unwrap_or_default(),
                    };
                    (h, above)
                });
                if delimited.is_some() && header_cells(line).is_none() {
                    continue;
                }
            }
            if let Some(cells) = header_cells(line) {
                // Where each cell stands, in characters from the line's start: a row with
                // fewer cells is read by where its numbers stand under them.
                ctx.spans = cells
                    .iter()
                    .map(|c| {
                        let at = c.as_ptr() as usize - line.as_ptr() as usize;
                        let from = indent + line[..at].chars().count();
                        (from, from + c.chars().count())
                    })
                    .collect();
                let read: Vec<Sentence> = cells.iter().map(|c| Sentence::new(c, 0, lex)).collect();
                let columns = header_columns(&read);
                ctx.measures = read
                    .iter()
                    .map(|s| {
                        // A share, or households rather than people ("Households | IDPs");
                        // not a part of the people before ("Of whom in camps").
                        let part = (0..s.toks.len().min(2))
                            .any(|k| s.is(k, Class::Subset) || s.is(k, Class::RefersBack));
                        s.text.contains('%')
                            || s.any(Class::MeasurePct)
                            || (s.any(Class::NotPeople) && !part)
                    })
                    .collect();
                ctx.columns = columns;
                ctx.column_dates = read
                    .iter()
                    .map(|s| {
                        s.dates
                            .iter()
                            .find_map(|d| d.from.filter(|f| f.day.is_some() && d.to.is_none()))
                    })
                    .collect();
                pending = None;
                continue;
            }
            let group = !ctx.columns.is_empty() && group_line(line, lex);
            // A list item that is not a row ("• Création : 25 avril 2013") is no caption of
            // the items after it: its date is its own.
            let item = line.starts_with(['•', '-', '–', '*', '·'])
                && line
                    .split_once(':')
                    .is_some_and(|(_, value)| !value.trim().is_empty());
            // A prose line that ends on a colon leads into the list under it, however long
            // its sentence ("…, la MISMA gonfle : près de 6 300 soldats début avril 2013,
            // ainsi répartis :"): its last sentence is the list's caption.
            let lead_in = (!item && !is_caption(line) && line.ends_with(':'))
                .then(|| last_sentence(line))
                .filter(|from| line.len() - from <= MAX_LEAD_IN);
            let next = Context {
                caption: (is_caption(line) && !item)
                    .then_some((0, false))
                    .or(lead_in.map(|from| (from, true)))
                    .map(|(from, lead_in)| Caption {
                        text: line[from..].to_string(),
                        base: base + from,
                        read: OnceCell::new(),
                        lead_in,
                    }),
                columns: Vec::new(),
                measures: Vec::new(),
                spans: Vec::new(),
                last: Cell::new(None),
                spanned: Cell::new(None),
                column_dates: Vec::new(),
                missions: Cell::new((None, false)),
                wrapped: Cell::new(false),
            };
            // A group's name between the rows of a table ("NORTH", "Centre") keeps its
            // columns: the rows under it are the table's.
            if group {
                pending = Some(next);
            } else {
                ctx = next;
            }
        }
    }
    found
}

/// What each header cell counts; a "Total" column sums the others (troops and police make
/// uniformed personnel).
pub(super) fn header_columns(cells: &[Sentence]) -> Vec<Option<Counts>> {
    let mut columns: Vec<Option<Counts>> =
        cells.iter().map(|s| counts(&s.classes, &s.words)).collect();
    // "Uniformed deployed", "Civilian (in post)": a personnel adjective heading its cell
    // counts that personnel.
    for (col, s) in columns.iter_mut().zip(cells) {
        if col.is_none() && s.is(0, Class::Modifier) {
            *col = figure_noun_counts(s.lex, &s.words[..1], &s.classes[..1]);
        }
    }
    // "Force | Strength | Role", "Force / acteur | Effectif | Nature": a column of strengths
    // counts soldiers (a row's label may say police: "MINUSMA - composante police").
    for (col, s) in columns.iter_mut().zip(cells) {
        if col.is_none() && s.is(0, Class::StrengthHeader) && s.words.len() <= 3 {
            *col = Some(Counts::Category(Category::Troops));
        }
    }
    // "Mission | Accident | Illness | Malicious act | Other | Total": columns of causes of
    // death count deaths, and so does an "Other" among them.
    if cells.iter().filter(|s| s.any(Class::Cause)).count() >= 2 {
        for (col, s) in columns.iter_mut().zip(cells) {
            if col.is_none() && (s.any(Class::Cause) || s.is(0, Class::Elided)) {
                *col = Some(Counts::Killed);
            }
        }
    }
    let mut named: Vec<Counts> = columns.iter().flatten().copied().collect();
    // (Columns that all count the same: a total counts it too.)
    named.dedup();
    let sum = match named[..] {
        [] => None,
        [one] => Some(one),
        _ if named.contains(&Counts::Category(Category::Troops))
            && named.contains(&Counts::Category(Category::Police)) =>
        {
            Some(Counts::Category(Category::UniformedPersonnel))
        }
        _ => None,
    };
    for (col, s) in columns.iter_mut().zip(cells) {
        if col.is_none() && s.any(Class::Total) {
            *col = sum;
        }
    }
    // "Deaths | of which hostile acts", "deces_total;dont_actes_malveillants": a column that
    // opens on a subset word counts a share of the column before it.
    for i in 1..columns.len() {
        if columns[i].is_none() && cells[i].is(0, Class::Subset) {
            columns[i] = columns[i - 1];
        }
    }
    columns
}

/// The header cell a row's number stands under, for an aligned table: the cell its
/// characters overlap most, else the one whose right edge is within a few characters of its
/// own (figures are right-aligned under their headings).
fn under_header(spans: &[(usize, usize)], r: &Row, m: &NumberMention) -> Option<usize> {
    if spans.len() < 2 {
        return None;
    }
    let s = &r.sent;
    let col = |byte: usize| r.indent + s.text[..byte].chars().count();
    let (from, to) = (col(s.toks[m.first].start), col(s.toks[m.last].end));
    let overlap = |&(a, b): &(usize, usize)| to.min(b).saturating_sub(from.max(a));
    let best = (0..spans.len()).max_by_key(|&i| overlap(&spans[i]))?;
    if overlap(&spans[best]) > 0 {
        return Some(best);
    }
    (0..spans.len())
        .map(|i| (i, spans[i].1.abs_diff(to)))
        .filter(|&(_, d)| d <= 4)
        .min_by_key(|&(_, d)| d)
        .map(|(i, _)| i)
}

/// The date of a row: a stated or period date in its label, else in its caption, else the
/// text's own.
pub(super) fn row_date(
    label: &[&DateMention],
    caption: &[DateMention],
    published: Option<PartialDate>,
) -> (Option<PartialDate>, Option<PartialDate>, DateBasis) {
    // A start and an end in cells of their own ("April 2013 | December 2023"): the row counts
    // up to the end.
    if let [a, b] = label {
        let plain = |d: &DateMention| d.to.is_none() && d.cue == Cue::Plain;
        if let (true, true, Some(x), Some(y)) = (plain(a), plain(b), a.from, b.from) {
            if x.year < y.year {
                return (Some(x), Some(y), DateBasis::Period);
            }
        }
    }
    for d in label.iter().copied().chain(caption) {
        let Some(from) = d.from else { continue };
        return match d.cue {
            Cue::AsOf => (Some(from), d.to, DateBasis::Stated),
            Cue::Since => (Some(from), published.or(d.to), DateBasis::Period),
            Cue::Period => (Some(from), d.to.or(Some(from)), DateBasis::Period),
            // A row of a span ("2013–2023 (cumulative)") counts up to its end.
            Cue::Plain if d.to.is_some() => (Some(from), d.to, DateBasis::Period),
            Cue::Plain => (Some(from), d.to, DateBasis::Event),
        };
    }
    match published {
        Some(p) => (Some(p), None, DateBasis::Publication),
        None => (None, None, DateBasis::Unknown),
    }
}

/// The one force a title names, when it is a multinational operation.
fn title_operation(doc: &Document, lex: &'static Lexicon) -> Option<usize> {
    let s = Sentence::new(&doc.meta.title, 0, lex);
    let mut forces: Vec<usize> = s
        .mentions
        .iter()
        .filter_map(super::subject::personnel_force)
        .collect();
    forces.dedup();
    match forces[..] {
        [one] if super::subject::multinational_operation(one) => Some(one),
        _ => None,
    }
}

/// A contingent's own fact sheet ("CHAD IN MINUSMA - CONTRIBUTOR FACT SHEET", "Fiche
/// d'information — contingent du Bangladesh"): its title names one contributing country (not
/// Mali, not a nation whose forces are their own) and a contingent or a contributor.
fn contingent_profile(doc: &Document, lex: &'static Lexicon) -> Option<usize> {
    let g = gazetteer();
    let s = Sentence::new(&doc.meta.title, 0, lex);
    let mut countries: Vec<usize> = (0..s.toks.len())
        .filter(|&k| s.toks[k].is_word())
        .filter_map(|k| g.country_by_word(s.word(k)))
        .collect();
    countries.sort_unstable();
    countries.dedup();
    let [c] = countries[..] else { return None };
    let contributor =
        (0..s.toks.len()).any(|k| s.is(k, Class::Contingent) || s.word(k).starts_with("contribut"));
    (contributor && g.contributes(&g.countries[c].name)).then_some(c)
}

fn read_row(
    doc: &Document,
    block: &Block,
    r: &Row,
    (ctx, heading): (&Context, Option<&Caption>),
    (dominant, profile): (Option<usize>, Option<usize>),
    out: &mut Vec<Fact>,
) -> bool {
    let s = &r.sent;
    let label = phrase(s, 0, r.label_end);
    // Whether the label counts no one: the caller keeps the row from the prose rules.
    if label.not_claim {
        return true;
    }
    // An armed group's row: its dead are not charted ("JNIM | 39 | 168" in a table of
    // fatalities by actor, "GSIM : 15 morts"), the civilians it killed are ("JNIM | 22 | 39"
    // under "Civilians killed").
    let armed_group = label
        .force
        .is_some_and(|f| gazetteer().forces[f].kind == ForceKind::ArmedGroup);
    let mut own_dead = false;
    let caption = ctx.caption.as_ref().map(|c| c.read(s.lex));
    let cap = caption.map(|(p, _)| p);
    // A header's first cell names the label column ("Country") when there is one cell more
    // than numbers.
    // More cells than that ("Rank  Country  Troops…" over a row with no rank): the numbers
    // fill the last columns when the columns left over count nothing.
    let skip = match ctx.columns.len().checked_sub(r.mentions.len()) {
        Some(1) => 1,
        Some(0) => 0,
        Some(n) if ctx.columns[..n].iter().all(Option::is_none) => n,
        _ => usize::MAX,
    };
    let mut cells = cell_starts(s.text);
    if closes_an_empty_cell(s.text) && cells.len() + 1 == ctx.columns.len() {
        cells.push(s.text.len());
    }
    let label_dates: Vec<&DateMention> = s
        .dates
        .iter()
        .filter(|d| d.end <= s.toks.get(r.label_end).map_or(0, |t| t.start))
        .collect();
    let (date, date_end, basis) = match ctx.spanned.get() {
        Some((from, to)) if label.total && label_dates.is_empty() => {
            (Some(from), Some(to), DateBasis::Period)
        }
        _ => {
            // "Highest deployment recorded: 15 209 uniformed personnel (June 2020)": a date
            // in brackets after a one-figure row's value is the row's own.
            // (Or after any of its values, for the whole row: "MINUSMA : 311 morts
            // (2013-2023), dont 174 par actes malveillants", "13,289 military personnel ·
            // 1,920 police (2022)".)
            let after_value: Vec<&DateMention> = if !r.mentions.is_empty() {
                let closes = |d: &DateMention| {
                    r.mentions.iter().enumerate().any(|(n, m)| {
                        let end = s.toks[m.last].end;
                        let next_at = r
                            .mentions
                            .get(n + 1)
                            .map_or(s.text.len(), |x| s.toks[x.first].start);
                        d.start >= end
                            && d.end <= next_at
                            && s.text[end..d.start].trim_end().ends_with('(')
                            && !s.text[end..d.start].contains([',', ';'])
                    })
                };
                s.dates.iter().filter(|d| closes(d)).collect()
            } else {
                Vec::new()
            };
            let own = if label_dates.is_empty() {
                &after_value
            } else {
                &label_dates
            };
            row_date(
                own,
                caption.map_or(&[][..], |(_, dates)| &dates[..]),
                doc.meta.published,
            )
        }
    };
    if let Some(d) = label_dates.first() {
        if let Some(from) = d.from {
            let to = d.to.unwrap_or(from);
            let (lo, hi) = ctx.spanned.get().unwrap_or((from, to));
            ctx.spanned.set(Some((lo.min(from), hi.max(to))));
        }
    }
    // Under an aligned header, every number standing under a column of its own: a total row
    // ("TOTAL   …   12   19") whose label spans the columns that count nothing.
    let aligned: Option<Vec<usize>> = (cells.len() != ctx.columns.len() && r.mentions.len() >= 2)
        .then(|| {
            let v: Option<Vec<usize>> = r
                .mentions
                .iter()
                .map(|m| under_header(&ctx.spans, r, m))
                .collect();
            v.filter(|v| v.windows(2).all(|w| w[0] < w[1]))
        })
        .flatten();
    let mut previous: Option<Counts> = None;
    let mut row_established = false;
    let before = out.len();
    for (n, m) in r.mentions.iter().enumerate() {
        if m.percent || m.vague {
            continue;
        }
        let next_at = r.mentions.get(n + 1).map_or(s.toks.len(), |x| x.first);
        // ("40+ dead": a plus glued to the number is no end of its noun.)
        let noun_start = s.past_glued_plus(m.last + 1);
        // (Under a header with as many cells, the next cell is no noun of the number's:
        // "Opération Barkhane   5 100   opération française".)
        let next_cell = (cells.len() == ctx.columns.len())
            .then(|| {
                let at = s.toks[m.last].end;
                cells
                    .iter()
                    .copied()
                    .find(|&c| c >= at)
                    .map(|c| s.tok_at(c))
            })
            .flatten()
            .unwrap_or(next_at);
        // (A word that ends a noun phrase ends it, "~4,500 across the Sahel"; not a
        // preposition of a measure, "1,26 milliard de dollars".)
        // (Nor "and" between two kinds of personnel: "3 276 militaires et policiers".)
        let personnel = |k: usize| {
            s.classes
                .get(k)
                .is_some_and(|c| c.has_any(&[Class::Military, Class::Police, Class::Peacekeeper]))
        };
        let joins_personnel = |k: usize| {
            s.is(k, Class::Coordinator) && k > noun_start && personnel(k - 1) && personnel(k + 1)
        };
        let noun_end = (noun_start..next_at.min(next_cell))
            .find(|&k| {
                !s.toks[k].is_word()
                    || (s.is(k, Class::NpStop) && !s.is(k, Class::Of) && !joins_personnel(k))
            })
            .unwrap_or(next_at.min(next_cell))
            .max(noun_start);
        let noun = phrase(s, noun_start, noun_end);
        // The cells after it, up to the next figure, may name the row's force.
        let rest_force = (next_cell < next_at)
            .then(|| phrase(s, next_cell, next_at).force)
            .flatten();
        // "Italy: up to 200 troops and 8 helicopters": things, whatever the row counted before.
        if noun.counts.is_none() && (noun_start..noun_end).any(|k| s.is(k, Class::NotPeople)) {
            continue;
        }
        // "Annual budget: $1.18 billion": money, whatever the label counts.
        if money_sign_before(s, m) {
            continue;
        }
        if noun.counts.is_none() && noun_end > noun_start && n == 0 {
            // "12 camps", "$1.18 billion": the noun says it counts something else.
            if measure_or_thing(s, m, noun_end) {
                continue;
            }
        }
        // A row with as many cells as the header (an empty cell written "–" included) maps
        // cell to column; otherwise its numbers fill the last columns in order.
        let index = if cells.len() == ctx.columns.len() {
            let at = s.toks[m.first].start;
            cells.iter().rposition(|&c| c <= at).unwrap_or(0)
        } else if let Some(v) = &aligned {
            v[n]
        } else if let Some(i) = (r.mentions.len() == 1)
            .then(|| under_header(&ctx.spans, r, m))
            .flatten()
        {
            // A sub-line ("  dont observateurs militaires      40"): the column its figure
            // stands under.
            i
        } else {
            n.wrapping_add(skip)
        };
        if ctx.measures.get(index).copied().unwrap_or(false) {
            continue;
        }
        let column = ctx.columns.get(index).copied().flatten();
        // A column headed by its date ("31 déc. 2022") holds as of it.
        let column_date = ctx
            .column_dates
            .get(index)
            .copied()
            .flatten()
            .filter(|_| label_dates.is_empty());
        // A part of the row above: its label opens on "dont", "including", "of which".
        // Or a fact sheet's sub-line, whose indentation the ingest does not keep: a label
        // that names nothing countable, no country, place, force or total ("International
        // staff: 654" under "Civilian personnel: 1,581", "Malicious acts: 102" under
        // "Total: 170").
        let words = (0..r.label_end).filter(|&k| s.toks[k].is_word()).count();
        let sub_line = r.mentions.len() == 1
            && words <= 4
            && label.counts.is_none()
            && noun.counts.is_none()
            && column.is_none()
            && label.force.is_none()
            && !label.names_country
            && !label.names_place
            && !label.total
            && !label.worldwide;
        // (Past a bullet: "• Of which due to malicious acts: 187".)
        let first_word = (0..r.label_end).find(|&k| s.toks[k].is_word());
        // ("Of which malicious acts: 187": "of" and a word that refers back.)
        let opens_on_part = first_word.is_some_and(|k| {
            s.is(k, Class::Subset) || (s.is(k, Class::Of) && s.is(k + 1, Class::RefersBack))
        });
        let part = r.label_end > 0 && (opens_on_part || sub_line);
        let above = ctx.last.get().filter(|_| part);
        // A row labelled by its year alone after rows of years ("- 2015 : environ 30, dont
        // 14" under "- 2014 : environ 38 décès, dont 28 …") counts what they count.
        let sibling = ctx
            .last
            .get()
            .filter(|_| n == 0 && words == 0 && !label_dates.is_empty() && ctx.columns.is_empty());
        let wrapped = ctx.last.get().filter(|_| ctx.wrapped.get());
        // "• Chad – about 1,400 troops ⏎ • Bangladesh – about 1,300": a row labelled by a
        // country alone, with a bare figure, under a row that said what it counts, counts the
        // same.
        let listed = ctx.last.get().filter(|_| {
            n == 0
                    && words <= 3
                    && label.country.is_some()
                    && label.force.is_none()
                    && noun_end == noun_start
                    // (Not a count in brackets: "contributeurs : Tchad (≈ 1 400 en 2022)".)
                    && !(s.past_qualifiers(m.first).saturating_sub(2)..m.first)
                        .any(|k| s.toks[k].is_punct(s.text, "("))
        });
        // A row's label that names police or civilian staff under a column of strengths.
        let label_kind = label.counts.filter(|c| {
            column == Some(Counts::Category(Category::Troops))
                && matches!(
                    c,
                    Counts::Category(
                        Category::Police | Category::UniformedPersonnel | Category::CivilianStaff
                    )
                )
        });
        // "Operation Barkhane (France): ~4,500 across the Sahel", "Size: c. 900" on a force's
        // page: a label that names an army, an operation or a regional force, or only says
        // strength, gives a strength to the row's first figure.
        let soldiers = |f: usize| super::classify::soldiers_only(gazetteer().forces[f].kind);
        let strength_label = (n == 0 && column.is_none() && !label.worldwide)
            .then(|| {
                let only_strength = words > 0
                    && (0..r.label_end)
                        .filter(|&k| s.toks[k].is_word())
                        .all(|k| s.is(k, Class::StrengthHeader));
                (label.force.is_some_and(soldiers) || only_strength)
                    .then_some(Counts::Category(Category::Troops))
            })
            .flatten();
        let Some(what) = noun
            .counts
            .or(label_kind)
            .or(column)
            .or(label.counts)
            .or(above)
            .or(wrapped)
            .or(listed)
            .or(previous)
            .or(sibling)
            .or(cap.and_then(|c| c.counts))
            .or(heading
                .filter(|_| !ctx.columns.is_empty())
                .and_then(|h| h.read(s.lex).0.counts))
            .or(strength_label)
        else {
            continue;
        };
        // A later number of a row that an earlier one established ("38 décès, dont 28 par
        // actes malveillants") counts the same.
        // (Only a part, "dont 28", "including 12", not "in 24 hours" or "in seven battalions".)
        let established = previous.is_some()
            && row_established
            && m.first > 0
            && s.is(m.first - 1, Class::Subset);
        previous = Some(what);
        let force = label
            .force
            .or(noun.force)
            .or(rest_force)
            .or(cap.and_then(|c| c.force))
            .or(dominant);
        if armed_group && what == Counts::Killed {
            own_dead = true;
            continue;
        }
        // A row of civilians counts civilians.
        let civilians_row = what == Counts::Killed
            && (0..r.label_end).any(|k| s.is(k, Class::Civilian))
            && !(0..r.label_end).any(|k| s.is(k, Class::Staff));
        let Some(category) = (if civilians_row {
            Some(Category::CiviliansKilled)
        } else {
            category_of(what, force)
        }) else {
            continue;
        };
        // A row under a caption or header names a country, a total or, for people killed or
        // displaced, a place; a label that is none of these ("Camps and bases") is not one of
        // the caption's rows.
        // (Or a kind of the caption's civilian staff: "International civilians ..... 768"
        // under "Civilian personnel".)
        let staff_kind = what == Counts::Category(Category::CivilianStaff)
            && (0..r.label_end).any(|k| s.classes[k].has_any(&[Class::Civilian, Class::Staff]));
        let own_label = label.counts.is_some()
            || noun.counts.is_some()
            || above.is_some()
            || staff_kind
            || strength_label.is_some();
        let by_place = label.names_place
            && matches!(category, Category::Displaced | Category::CiviliansKilled);
        // Under a header, a row may be a year or a span ("2019", "2013–2023 (cumulative)").
        let by_date = !ctx.columns.is_empty() && !label_dates.is_empty();
        let by_cause = label.cause && super::classify::victims_of(category).is_some();
        // A row of a breakdown by mission ("MINUSCA (République centrafricaine) : 4").
        let by_mission = label
            .force
            .is_some_and(|f| gazetteer().forces[f].kind == ForceKind::PeaceOperation);
        if !own_label
            && !label.names_country
            && !label.total
            && !by_place
            && !by_cause
            && !label.rest
            && !by_mission
            && !by_date
            && !established
            && sibling.is_none()
            // (A row under a header whose column counts people is the table's, whatever its
            // label names: "JNIM | 22 | 39" under "Perpetrator | Events | Civilians killed".)
            && column.is_none()
        {
            continue;
        }
        row_established = true;
        ctx.last.set(Some(what));
        let worldwide = label.worldwide || cap.is_some_and(|c| c.worldwide);
        // On a contingent's fact sheet, its rows are the contingent's, totals included, but
        // for those under a caption or with a label that names the mission or a force.
        let own_sheet = profile.filter(|_| {
            !label.names_mission && !noun.names_mission && !cap.is_some_and(|c| c.names_mission)
        });
        // A row of another mission in a breakdown by mission names where it serves, no
        // contingent ("MINUSCA | Central African Republic | …").
        let other_mission = by_mission && label.force != gazetteer().own_mission();
        if by_mission {
            let (first, several) = ctx.missions.get();
            ctx.missions.set((
                first.or(label.force),
                several || first.is_some_and(|f| label.force != Some(f)),
            ));
        }
        let worldwide = worldwide || label.total && ctx.missions.get().1;
        let contingent = if other_mission {
            None
        } else if label.total {
            own_sheet
        } else {
            // "Chad (1,446), Bangladesh (1,383)": each count's own country first.
            super::classify::bracketed_country(s, m)
                .or(noun.country)
                .or(label.country)
                .or_else(|| trailing_country(s, r))
                .or(own_sheet)
        };
        let mut f = super::fact_at(doc, block, s, m);
        own(&mut f, s, m, (category, force, contingent, worldwide));
        let (date, date_end, basis) = match column_date {
            Some(d) => (Some(d), None, DateBasis::Stated),
            None => (date, date_end, basis),
        };
        // A part of the row above ("• Of which due to malicious acts: 187" under "• Total
        // fatalities, 2013–2023: 311") holds as of the whole, when it gives no date.
        let whole = out[..before].last().filter(|_| {
            above.is_some() && label_dates.is_empty() && basis == DateBasis::Publication
        });
        (f.date, f.date_end, f.date_basis) = match whole {
            Some(w) => (w.date.clone(), w.date_end.clone(), w.date_basis),
            None => (date.map(|d| d.iso()), date_end.map(|d| d.iso()), basis),
        };
        out.push(f);
    }
    // A row that counted no one ("Annual budget: $1.18 billion") is no parent of the lines
    // under it.
    if out.len() == before {
        ctx.last.set(None);
    }
    own_dead
}

/// The category of what a column, a label or a noun counts, for the figures of `force`: the
/// dead are peacekeepers in a peace operation, soldiers in another force.
pub(super) fn category_of(what: Counts, force: Option<usize>) -> Option<Category> {
    let kind = force.map(|i| gazetteer().forces[i].kind);
    Some(match what {
        Counts::Category(c) => c,
        Counts::Killed if kind == Some(ForceKind::PeaceOperation) => Category::PeacekeepersKilled,
        Counts::Killed if kind.is_some_and(|k| k.has_personnel()) => Category::MilitaryKilled,
        Counts::Wounded if kind == Some(ForceKind::PeaceOperation) => Category::PeacekeepersWounded,
        _ => return None,
    })
}

/// Fills what a table's figure counts and whose it is: the category, the force, the row's
/// country as the contingent (not a force's own nation), or all missions.
pub(super) fn own(
    f: &mut Fact,
    s: &Sentence,
    m: &NumberMention,
    (category, force, contingent, worldwide): (Category, Option<usize>, Option<usize>, bool),
) {
    let g = gazetteer();
    let (subject, contingent) = match (category, force) {
        (Category::CiviliansKilled | Category::Displaced, _) => {
            (Some("civilians".to_string()), None)
        }
        _ if worldwide => (
            Some(WORLDWIDE.to_string()),
            contingent.map(|c| g.countries[c].name.clone()),
        ),
        (_, Some(f)) => {
            // Losses over several operations of a nation are its forces'; a force's own
            // nation is no contingent of it.
            let f = if category == Category::MilitaryKilled {
                super::subject::nation_over_operations(s, f)
            } else {
                f
            };
            let contingent = contingent
                .filter(|&c| g.forces[f].country.as_deref() != Some(g.countries[c].name.as_str()));
            let name = &g.forces[f].name;
            match contingent.map(|c| &g.countries[c]) {
                Some(c) if g.forces[f].kind == ForceKind::PeaceOperation => {
                    let adj = c.demonyms.first().unwrap_or(&c.name);
                    (
                        Some(format!("{name}, {adj} contingent")),
                        Some(c.name.clone()),
                    )
                }
                Some(c) => (Some(name.clone()), Some(c.name.clone())),
                None => (Some(name.clone()), None),
            }
        }
        (_, None) => (None, contingent.map(|c| g.countries[c].name.clone())),
    };
    f.qualifier = super::classify::qualifier_of(s, m);
    f.unit = match category {
        Category::CiviliansKilled | Category::Displaced => "people".into(),
        _ => "personnel".into(),
    };
    f.category = category;
    f.subject = subject;
    f.contingent = contingent;
    f.actors = force
        .filter(|_| !worldwide)
        .map(|i| vec![g.forces[i].name.clone()])
        .unwrap_or_default();
}

/// A contributing country in a cell after the row's last figure: "| Ber | 2 | 7 | Burkina
/// Faso |" under a header "Date | Lieu | Tués | Blessés | Contingent".
fn trailing_country(s: &Sentence, r: &Row) -> Option<usize> {
    let g = gazetteer();
    let from = r.mentions.last()?.last + 1;
    (from..s.toks.len()).find_map(|k| {
        let t = s.toks[k];
        if !t.is_word() || !t.text(s.text).starts_with(char::is_uppercase) {
            return None;
        }
        let (c, width) = super::subject::country_and_width_at(s, k)?;
        // The whole cell: a separator (a bar, a tab, a wide gap) or the line's edge on both
        // sides, not a remark ("9 Nigériens tués sur l'axe Ansongo–Ménaka").
        let blank = |ch: char| ch.is_whitespace() || ch == '|';
        let separator = |gap: &str| gap.contains(['|', '\t']) || gap.contains("  ");
        let (start, end) = (t.start, s.toks[k + width - 1].end);
        let head = &s.text[..start];
        let gap_before = &head[head.trim_end_matches(blank).len()..];
        let tail = &s.text[end..];
        let gap_after = &tail[..tail.len() - tail.trim_start_matches(blank).len()];
        let cell = (separator(gap_before) || gap_before.len() == head.len())
            && (separator(gap_after) || gap_after.len() == tail.len());
        (cell && g.contributes(&g.countries[c].name)).then_some(c)
    })
}

/// A currency sign right before the number: "$1.18 billion", "€ 300".
fn money_sign_before(s: &Sentence, m: &NumberMention) -> bool {
    let before = m
        .first
        .checked_sub(1)
        .map_or("", |k| s.toks[k].text(s.text));
    matches!(before, "$" | "€" | "£") || before.ends_with('$')
}

/// "12 camps", "$1.18 billion", "8%": a number whose own noun or sign is not a person count.
fn measure_or_thing(s: &Sentence, m: &NumberMention, noun_end: usize) -> bool {
    let money = money_sign_before(s, m);
    let person = (m.last + 1..noun_end).any(|k| {
        s.classes[k].has_any(&[
            Class::Counted,
            Class::People,
            Class::Military,
            Class::Police,
            Class::Peacekeeper,
        ])
    });
    money || !person
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn facts(text: &str) -> Vec<Fact> {
        let doc = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
        super::super::extract(&doc)
    }

    fn row_of(fs: &[Fact], value: f64) -> &Fact {
        fs.iter()
            .find(|f| f.value == value)
            .unwrap_or_else(|| panic!("no fact {value} in {fs:#?}"))
    }

    #[test]
    fn a_list_under_a_caption_gives_contingents() {
        let fs = facts(
            "The peacekeeping mission in Mali (MINUSMA) counts about 12,000 troops.\n\n\
             Largest troop contributors\nChad – 1 425\nBangladesh – 1 317\nBurkina Faso – 875\n\n\
             Other news follows here, with nothing to count in it.",
        );
        let chad = row_of(&fs, 1425.0);
        assert_eq!(chad.category, Category::Troops);
        assert_eq!(chad.contingent.as_deref(), Some("Chad"));
        assert_eq!(chad.subject.as_deref(), Some("MINUSMA, Chadian contingent"));
        assert_eq!(
            row_of(&fs, 875.0).contingent.as_deref(),
            Some("Burkina Faso")
        );
    }

    #[test]
    fn a_long_sentence_ending_on_a_colon_leads_into_its_list() {
        // French and English, the lead-in past the caption's length, two dates in it: the
        // one nearest the list dates the rows.
        let fs = facts(
            "Publié le 3 mai 2016\n\n\
             Autorisée en décembre 2012 pour un effectif de 3 300 hommes, la force africaine \
             s'étoffe rapidement avec le renfort de N'Djamena : elle aligne près de 6 300 soldats \
             à la mi-avril 2013, ainsi répartis :\n\
             • Tchad : environ 2 000\n• Togo : 733\n• Burkina Faso : 650\n",
        );
        let togo = row_of(&fs, 733.0);
        assert_eq!(togo.category, Category::Troops);
        assert_eq!(togo.contingent.as_deref(), Some("Togo"));
        assert_eq!(togo.date.as_deref(), Some("2013-04"));
        assert_eq!(
            row_of(&fs, 650.0).contingent.as_deref(),
            Some("Burkina Faso")
        );
        let fs = facts(
            "Posted 9 June 2019\n\n\
             Long before the Security Council raised its ceiling in 2016, the mission had been \
             asking contributors for more infantry, and by the spring of 2019 the blue helmets \
             in the north were drawn from these armies:\n\
             - Chad: 1,390\n- Niger: 862\n",
        );
        assert_eq!(row_of(&fs, 862.0).contingent.as_deref(), Some("Niger"));
        assert_eq!(row_of(&fs, 1390.0).category, Category::Troops);
    }

    #[test]
    fn things_counted_in_a_row_after_its_soldiers_are_no_soldiers() {
        let fs = facts(
            "Task Force Takuba\n\nContributions\n- Sweden: 150 troops and 3 helicopters\n\
             - Italy: up to 200 troops and 8 helicopters\n",
        );
        assert_eq!(row_of(&fs, 150.0).contingent.as_deref(), Some("Sweden"));
        assert!(fs.iter().all(|f| f.value != 3.0 && f.value != 8.0));
    }

    #[test]
    fn an_aligned_table_with_wordy_cells_reads_its_rows_and_total_under_its_columns() {
        let fs = facts(
            "Pertes subies par le personnel en uniforme de la MINUSMA en 2017\n\n\
             Date        Lieu                        Contingent     Circonstances                Décès  Blessés\n\
             ----------  --------------------------  -------------  ---------------------------  -----  -------\n\
             08/06/2017  Kidal (camp de la Mission)  Guinée         Tirs d'obus et de roquettes      3        8\n\
             24/09/2017  Axe Anéfis–Kidal            Bangladesh     Engin explosif improvisé         2        6\n\
             ----------  --------------------------  -------------  ---------------------------  -----  -------\n\
             TOTAL                                                                                   5       14\n",
        );
        let kidal = row_of(&fs, 3.0);
        assert_eq!(
            (kidal.category, kidal.contingent.as_deref()),
            (Category::PeacekeepersKilled, Some("Guinea"))
        );
        assert_eq!(row_of(&fs, 8.0).category, Category::PeacekeepersWounded);
        let total = row_of(&fs, 14.0);
        assert_eq!(
            (total.category, total.contingent.as_deref()),
            (Category::PeacekeepersWounded, None)
        );
        assert_eq!(row_of(&fs, 5.0).category, Category::PeacekeepersKilled);
    }

    #[test]
    fn a_rows_two_word_country_beats_a_country_word_in_a_place_name() {
        let fs = facts(
            "Fatalities among MINUSMA uniformed personnel, March to June 2021\n\n\
             Date     Location            Cause                      Contingent     Killed\n\
             22 Apr   Bamako              Illness (malaria)          Bangladesh          1\n\
             5 May    Diré, Timbuktu      Drowning, Niger River      Burkina Faso        2\n",
        );
        assert_eq!(row_of(&fs, 2.0).contingent.as_deref(), Some("Burkina Faso"));
    }

    #[test]
    fn rows_of_years_read_a_part_and_a_bare_sibling_figure() {
        let fs = facts(
            "Décès de Casques bleus de la MINUSMA\n\n\
             - 2014 : environ 38 décès, dont 28 par actes malveillants.\n\
             - 2015 : environ 31, dont 14 liés à des attaques.\n\
             - 2016 : environ 33, dont 19 en 24 heures.\n",
        );
        for v in [28.0, 31.0, 14.0, 33.0, 19.0] {
            assert_eq!(row_of(&fs, v).category, Category::PeacekeepersKilled, "{v}");
        }
        assert!(!fs
            .iter()
            .any(|f| f.value == 24.0 && f.category != Category::Other));
    }

    #[test]
    fn rows_of_causes_under_a_caption_of_deaths_count_deaths() {
        let fs = facts(
            "MINUSMA fact sheet, 31 January 2023\n\nFATALITIES AMONG UNIFORMED PERSONNEL\n\
             \x20 Malicious act ............... 174\n\
             \x20 Illness ..................... 78\n\
             \x20 Total ....................... 311\n",
        );
        for v in [174.0, 78.0, 311.0] {
            assert_eq!(row_of(&fs, v).category, Category::PeacekeepersKilled, "{v}");
        }
    }

    #[test]
    fn columns_of_causes_count_deaths_and_the_total_of_several_missions_is_all_missions() {
        let fs = facts(concat!(
            "Deaths by operation and cause, March 2022\n\n",
            "Operation | Accident | Illness | Hostile act | Other | Total\n",
            "----------|----------|---------|-------------|-------|------\n",
            "UNMISS    |    –     |    3    |      –      |   –   |   3\n",
            "MINUSMA   |    1     |    –    |      4      |   –   |   5\n",
            "Total     |    1     |    3    |      4      |   –   |   8\n",
        ));
        let f = row_of(&fs, 4.0);
        assert_eq!(
            (f.category, f.subject.as_deref()),
            (Category::PeacekeepersKilled, Some("MINUSMA"))
        );
        assert_eq!(row_of(&fs, 3.0).subject.as_deref(), Some("UNMISS"));
        let total = row_of(&fs, 8.0);
        assert_eq!(
            (total.category, total.subject.as_deref()),
            (
                Category::PeacekeepersKilled,
                Some("UN peacekeeping (all missions)")
            )
        );
    }

    #[test]
    fn a_line_of_a_countrys_name_and_one_figure_is_a_row() {
        let fs = facts(
            "MINUSMA, 1 July 2023\n\nLargest troop contributors today:\n🇹🇩 Chad 1,425\n\
             🇧🇩 Bangladesh 1,396\nEgypt 1,174\n",
        );
        for (v, c) in [(1425.0, "Chad"), (1396.0, "Bangladesh"), (1174.0, "Egypt")] {
            let f = row_of(&fs, v);
            assert_eq!(
                (f.category, f.contingent.as_deref()),
                (Category::Troops, Some(c)),
                "{v}"
            );
        }
    }

    #[test]
    fn a_date_in_brackets_after_any_value_of_a_row_dates_the_row() {
        let fs = facts(
            "MINUSMA\n\nAbbreviation: MINUSMA\nDissolved: 31 December 2023\nAuthorized strength: \
             13,289 military personnel · 1,920 police (2022)\nFatalities: 311, incl. 187 from \
             malicious acts (2013–2023)\n",
        );
        for (v, year) in [
            (13289.0, 2022),
            (1920.0, 2022),
            (311.0, 2023),
            (187.0, 2023),
        ] {
            assert_eq!(row_of(&fs, v).as_of_year(), Some(year), "{v}");
        }
        assert_eq!(row_of(&fs, 311.0).date_basis, DateBasis::Period);
    }

    #[test]
    fn rows_aligned_by_spaces_under_a_caption_of_deaths_read_a_label_ending_on_act() {
        let fs = facts(
            "MINUSMA fact sheet\n\nData as of: 28 February 2023\n\nFATALITIES (1 July 2013 – 28 \
             February 2023)\n  Malicious act               172\n  Illness                      \
             79\n  Total                       303\n",
        );
        for v in [172.0, 79.0, 303.0] {
            let f = row_of(&fs, v);
            assert_eq!(f.category, Category::PeacekeepersKilled, "{v}");
            assert_eq!(f.date_end.as_deref(), Some("2023-02-28"), "{v}");
        }
    }

    #[test]
    fn a_header_with_a_budget_years_span_and_a_personnel_adjective_is_read() {
        let fs = facts(concat!(
            "Lecture notes, 14 November 2019\n\n--- Slide 2 – Key figures ---\n",
            "Mission  | Authorized troops | Uniformed deployed | Fatalities to date | Budget 2019/20\n",
            "UNIFIL   | 15,000            | 10,480             | 315                | $480 m\n",
            "MINUSMA  | 13,289            | 14,700             | 206                | $1.14 bn\n",
        ));
        assert_eq!(row_of(&fs, 13289.0).category, Category::Troops);
        assert_eq!(row_of(&fs, 14700.0).category, Category::UniformedPersonnel);
        let f = row_of(&fs, 315.0);
        assert_eq!(
            (f.category, f.subject.as_deref()),
            (Category::PeacekeepersKilled, Some("UNIFIL"))
        );
    }

    #[test]
    fn a_row_wrapped_onto_the_next_line_counts_what_it_counted() {
        let fs = facts(
            "MINUSMA FACT SHEET\n\nData as of: 28 February 2023\n\nMAIN CONTRIBUTORS\nMilitary \
             personnel: Chad (1,433), Egypt (1,172),\nGermany (1,037), Niger (869)\nPolice \
             personnel: Senegal (313), Togo (291),\nBurkina Faso (160)\n",
        );
        for (v, cat, c) in [
            (1037.0, Category::Troops, "Germany"),
            (869.0, Category::Troops, "Niger"),
            (160.0, Category::Police, "Burkina Faso"),
        ] {
            let f = row_of(&fs, v);
            assert_eq!((f.category, f.contingent.as_deref()), (cat, Some(c)), "{v}");
        }
    }

    #[test]
    fn kinds_of_civilians_under_a_caption_of_civilian_personnel_are_its_rows() {
        let fs = facts(
            "MINUSMA FACT SHEET\n\nData as of: 28 February 2023\n\n  Civilian personnel\n  \
             International civilians ........ 768\n  National civilians ..... 908\n",
        );
        for v in [768.0, 908.0] {
            assert_eq!(row_of(&fs, v).category, Category::CivilianStaff, "{v}");
        }
    }

    #[test]
    fn a_table_of_fatalities_by_actor_counts_civilians_and_skips_events_and_armed_groups() {
        let fs = facts(concat!(
            "Mali monthly update, 7 April 2022\n\nTABLE 1 – Civilians killed by perpetrator, March 2022\n",
            "Perpetrator                          | Events | Civilians killed\n",
            "Malian forces and Russian personnel  |     41 |    422\n",
            "JNIM                                 |     22 |     39\n",
            "Unattributed                         |      9 |      6\n\n",
            "TABLE 2 – Fatalities by actor, March 2022\n",
            "Actor                                | Events | Fatalities\n",
            "Civilians (targeted)                 |     58 |    712\n",
            "JNIM                                 |     39 |    168\n",
        ));
        for v in [422.0, 39.0, 6.0, 712.0] {
            assert_eq!(row_of(&fs, v).category, Category::CiviliansKilled, "{v}");
        }
        // Events count no one; an armed group's own dead are not charted.
        for v in [41.0, 22.0, 58.0, 168.0] {
            assert!(
                fs.iter()
                    .all(|f| f.value != v || f.category == Category::Other),
                "{v}"
            );
        }
    }

    #[test]
    fn a_header_with_a_dash_glued_to_a_year_is_read_without_panic() {
        // (An en dash is several bytes: "2019–20".) The header's years count no one.
        let fs =
            facts("Bilan, 2 mars 2020\n\nMission | Morts | Budget 2019–20\nMINUSMA | 27 | 3\n");
        assert!(
            fs.iter().all(|f| f.value != 2019.0 && f.value != 20.0),
            "{fs:#?}"
        );
    }

    #[test]
    fn an_aligned_table_reads_its_columns_and_total() {
        let fs = facts(
            "Report of the Secretary-General on the situation in Mali\n\n\
             Strength of MINUSMA by contributor, as at 1 March 2019\n\
             Country        Military personnel    Police personnel\n\
             Senegal              1 043                 562\n\
             Togo                   937                 291\n\
             Total, all contributors 12 749         1 741\n",
        );
        let senegal: Vec<&Fact> = fs
            .iter()
            .filter(|f| f.contingent.as_deref() == Some("Senegal"))
            .collect();
        assert_eq!(senegal.len(), 2, "{fs:#?}");
        assert_eq!(senegal[0].value, 1043.0);
        assert_eq!(senegal[0].category, Category::Troops);
        assert_eq!(senegal[1].value, 562.0);
        assert_eq!(senegal[1].category, Category::Police);
        let total = row_of(&fs, 12749.0);
        assert_eq!(total.contingent, None);
        assert_eq!(total.subject.as_deref(), Some("MINUSMA"));
        assert_eq!(total.date.as_deref(), Some("2019-03-01"));
        assert_eq!(total.date_basis, DateBasis::Stated);
        assert_eq!(row_of(&fs, 1741.0).category, Category::Police);
        // The columns stay two numbers, not one "1 043 562".
        assert!(fs.iter().all(|f| f.value < 100_000.0), "{fs:#?}");
    }

    #[test]
    fn indented_sub_lines_of_an_aligned_table_read_the_column_they_stand_under() {
        // Sub-lines start in lower case ("dont …") and carry one figure: they stay lines of
        // their own, and their figure is read under the header cell it stands under.
        let fs = facts(concat!(
            "Tableau 2\n",
            "Effectifs de la MINUSMA au 31 mars 2021\n\n",
            "Composante                        Autorisé     Déployé     Femmes (%)\n",
            "Composante militaire                13 289      12 400          3,5\n",
            "  dont observateurs militaires                      38\n",
            "Composante Police                    1 920       1 712         12,4\n",
            "  dont unités de police constituées (8)         1 390\n",
            "Personnel civil                      1 881       1 560         24,8\n",
            "  dont recrutement national                       810\n",
        ));
        for (v, c) in [
            (38.0, Category::Troops),
            (1390.0, Category::Police),
            (810.0, Category::CivilianStaff),
        ] {
            assert_eq!(row_of(&fs, v).category, c, "{v}: {fs:#?}");
        }
        // Neither the shares nor the count of units in brackets.
        for v in [3.5, 12.4, 24.8, 8.0] {
            assert!(fs.iter().all(|f| f.value != v), "{v}: {fs:#?}");
        }
    }

    #[test]
    fn a_contingents_fact_sheet_gives_its_rows_the_contingent_but_not_the_missions() {
        let fs = facts(
            "SENEGAL IN MINUSMA: CONTINGENT PROFILE\n\
             Data as of 31 May 2022\n\n\
             STRENGTH\n\
             Total military personnel: 1,180\n\
             Police in formed units: 280\n\n\
             LOSSES SINCE 2013\n\
             Fatalities: 12\n\n\
             MINUSMA AS A WHOLE\n\
             Military personnel: 12,300\n",
        );
        for v in [1180.0, 280.0, 12.0] {
            assert_eq!(row_of(&fs, v).contingent.as_deref(), Some("Senegal"), "{v}");
        }
        assert_eq!(row_of(&fs, 12300.0).contingent, None);
    }

    #[test]
    fn money_in_a_fact_sheet_counts_no_one() {
        let fs = facts(
            "MINUSMA at a glance, 30 June 2021\n\n\
             Troops: 12,000\n\
             Annual budget: $1.18 billion\n\
             Peacekeeping budget 2019-20: US$6.5 billion\n",
        );
        assert!(
            fs.iter()
                .all(|f| f.value < 1e6 || f.category == Category::Other),
            "{fs:#?}"
        );
        assert_eq!(row_of(&fs, 12000.0).category, Category::Troops);
    }

    #[test]
    fn the_rest_and_total_rows_of_a_ranked_table_count_its_columns() {
        let fs = facts(
            "MINUSMA uniformed personnel by contributor, as at 31 March 2020\n\n\
             Rank  Country               Troops    Police    Total\n\
             ----------------------------------------------------\n\
             1     Burkina Faso           1 702       140    1 842\n\
             2     Egypt                  1 068       139    1 207\n\
                   Others (49 countries)  8 035     1 395    9 430\n\
                   All other contributors   612        55      667\n\
             ----------------------------------------------------\n\
                   TOTAL                 11 417     1 729   13 146\n",
        );
        for (v, c) in [
            (8035.0, Category::Troops),
            (1395.0, Category::Police),
            (9430.0, Category::UniformedPersonnel),
            (612.0, Category::Troops),
            (11417.0, Category::Troops),
            (1729.0, Category::Police),
            (13146.0, Category::UniformedPersonnel),
        ] {
            let f = row_of(&fs, v);
            assert_eq!(f.category, c, "{v}");
            assert_eq!(f.subject.as_deref(), Some("MINUSMA"), "{v}");
            assert_eq!(f.contingent, None, "{v}");
        }
        // The count of countries in the label is no figure.
        assert!(fs.iter().all(|f| f.value != 49.0), "{fs:#?}");
    }

    #[test]
    fn a_ranked_table_skips_its_rank_and_share_columns() {
        let fs = facts(
            "MINUSMA uniformed personnel by contributor, as at 31 May 2016\n\n\
             No.  Country        Troops    Police    Total    Share (%)\n\
             1    Chad            1 390        12    1 402       11,8\n\
             2    Bangladesh      1 280       310    1 590       13,4\n\
             12   Côte d'Ivoire     150         -      150        1,3\n",
        );
        let chad: Vec<&Fact> = fs
            .iter()
            .filter(|f| f.contingent.as_deref() == Some("Chad"))
            .collect();
        assert_eq!(chad.len(), 3, "{fs:#?}");
        assert_eq!(row_of(&fs, 1390.0).category, Category::Troops);
        assert_eq!(row_of(&fs, 12.0).category, Category::Police);
        assert_eq!(row_of(&fs, 1402.0).category, Category::UniformedPersonnel);
        assert_eq!(
            row_of(&fs, 150.0).contingent.as_deref(),
            Some("Côte d'Ivoire")
        );
        // Neither the ranks nor the shares are figures.
        for v in [1.0, 2.0, 11.8, 13.4, 1.3] {
            assert!(fs.iter().all(|f| f.value != v), "{v}: {fs:#?}");
        }
        // The same with bars between the cells.
        let fs = facts(
            "MINUSMA — principaux contributeurs, situation au 30 avril 2015\n\n\
             Rang | Pays | Militaires | Policiers | Total\n\
             1 | Burkina Faso | 1 718 | 20 | 1 738\n\
             2 | Bangladesh | 1 328 | 283 | 1 611\n",
        );
        assert_eq!(
            row_of(&fs, 1718.0).contingent.as_deref(),
            Some("Burkina Faso")
        );
        assert_eq!(row_of(&fs, 283.0).category, Category::Police);
        assert!(
            fs.iter().all(|f| f.value != 1.0 && f.value != 2.0),
            "{fs:#?}"
        );
    }

    #[test]
    fn a_numbered_list_under_a_caption_gives_contingents() {
        let fs = facts(
            "MINUSMA at a glance, 31 January 2022\n\n\
             LARGEST TROOP CONTRIBUTORS\n\
             1. Chad: 1,431\n\
             2) Egypt: 1,072\n\
             3. Burkina Faso: 655\n",
        );
        assert_eq!(row_of(&fs, 1431.0).contingent.as_deref(), Some("Chad"));
        assert_eq!(row_of(&fs, 1072.0).category, Category::Troops);
        assert_eq!(
            row_of(&fs, 655.0).contingent.as_deref(),
            Some("Burkina Faso")
        );
        assert!(fs.iter().all(|f| f.value >= 100.0), "{fs:#?}");
    }

    #[test]
    fn label_value_lines_stay_rows_and_a_count_of_countries_is_none() {
        let fs = facts(
            "MINUSMA - CHIFFRES CLÉS\nSituation au 31 mars 2021\n\nPERSONNEL\n\
             Policiers : 1 702\n   dont membres d'unités de police constituées : 1 390\n\
             Pays contributeurs de troupes et de police : 58\n\nPERTES DEPUIS 2013\n\
             Décès, toutes causes confondues : 240\n   dont décès dus à des actes malveillants : 140\n",
        );
        assert_eq!(row_of(&fs, 1702.0).category, Category::Police);
        assert_eq!(row_of(&fs, 1390.0).category, Category::Police);
        assert_eq!(row_of(&fs, 240.0).category, Category::PeacekeepersKilled);
        assert_eq!(row_of(&fs, 140.0).category, Category::PeacekeepersKilled);
        assert!(fs.iter().all(|f| f.value != 58.0), "{fs:#?}");
    }

    #[test]
    fn a_fact_sheets_sub_lines_count_what_their_parent_counts() {
        let fs = facts(
            "MINUSMA KEY FIGURES\nData as of: 31 March 2018\n\n\
             Civilian personnel: 1,600\n    International staff: 660\n    National staff: 770\n\n\
             FATALITIES (since 1 July 2013)\nTotal: 171\n    Malicious acts: 103\n    Illness: 38\n\n\
             OTHER\nCamps: 12\n",
        );
        for v in [1600.0, 660.0, 770.0] {
            assert_eq!(row_of(&fs, v).category, Category::CivilianStaff, "{v}");
        }
        for v in [171.0, 103.0, 38.0] {
            assert_eq!(row_of(&fs, v).category, Category::PeacekeepersKilled, "{v}");
        }
        assert!(fs.iter().all(|f| f.value != 12.0), "{fs:#?}");
    }

    #[test]
    fn a_fact_box_reads_labels_and_skips_other_measures() {
        let fs = facts(
            "Peacekeepers in Mali: the mission at a glance\n\n\
             KEY FIGURES – MINUSMA (as of 30 June 2021)\n\
             Troops: 12,388\nPolice: 1,722\nCivilian staff: 1,575\n\
             Fatalities since 2013: 253 (of which 148 in hostile acts)\n\
             Largest contributor: Chad (1,425 troops)\n\
             Annual budget: $1.18 billion\nCamps and bases: 12\n",
        );
        assert_eq!(row_of(&fs, 12388.0).category, Category::Troops);
        assert_eq!(row_of(&fs, 1722.0).category, Category::Police);
        assert_eq!(row_of(&fs, 1575.0).category, Category::CivilianStaff);
        let dead = row_of(&fs, 253.0);
        assert_eq!(dead.category, Category::PeacekeepersKilled);
        assert_eq!(dead.date_basis, DateBasis::Period);
        assert_eq!(row_of(&fs, 148.0).category, Category::PeacekeepersKilled);
        assert_eq!(row_of(&fs, 1425.0).contingent.as_deref(), Some("Chad"));
        assert_eq!(row_of(&fs, 1425.0).date.as_deref(), Some("2021-06-30"));
        assert!(
            fs.iter().all(|f| f.value != 12.0 && f.value != 1.18),
            "{fs:#?}"
        );
    }

    #[test]
    fn dot_leaders_separate_labels_and_the_texts_own_country_is_a_row() {
        let fs = facts(
            "DISPLACEMENT DASHBOARD\nData as of 25 January 2022\n\n\
             BY COUNTRY OF DISPLACEMENT\n\
             Burkina Faso ............ 1 604 536\nMali ....................   416 076\n",
        );
        let mali = row_of(&fs, 416076.0);
        assert_eq!(mali.category, Category::Displaced);
        assert_eq!(mali.subject.as_deref(), Some("civilians"));
        assert_eq!(row_of(&fs, 1604536.0).category, Category::Displaced);
    }

    #[test]
    fn an_empty_cell_keeps_the_columns_in_place() {
        let fs = facts(
            "Annex: MINUSMA by contributor, as at 24 May 2019\n\
             Country            Military       Police\n\
             Egypt                 1 071            –\n\
             Senegal                 860          561\n",
        );
        assert_eq!(row_of(&fs, 1071.0).category, Category::Troops);
        assert_eq!(row_of(&fs, 561.0).category, Category::Police);
        assert_eq!(cell_starts("Egypt   1 071  –"), [0, 8, 15]);
        assert_eq!(cell_starts("Troops: 12,388"), [0]);
    }

    #[test]
    fn rows_labelled_by_year_count_what_the_heading_names_and_the_total_spans_them() {
        let fs = facts(concat!(
            "Blue helmets in Mali: deaths per year\n\n",
            "Figures from the fatality database, checked on 2 March 2024.\n\n",
            "| Year | Hostile acts | Accidents | Total |\n",
            "|------|-------------:|----------:|------:|\n",
            "| 2016 |           21 |        11 |    32 |\n",
            "| 2017 |           26 |         6 |    41 |\n",
            "| 2013–2017 (all) |     77 |        46 |   123 |\n",
            "| Total |           88 |        52 |   140 |\n",
        ));
        for (v, year) in [(21.0, 2016), (6.0, 2017), (41.0, 2017), (123.0, 2017)] {
            let f = row_of(&fs, v);
            assert_eq!(f.category, Category::PeacekeepersKilled, "{v}: {fs:#?}");
            assert_eq!(f.as_of_year(), Some(year), "{v}: {f:#?}");
        }
        // The span row and the total count up to their last year.
        assert_eq!(row_of(&fs, 123.0).date_basis, DateBasis::Period);
        assert_eq!(row_of(&fs, 140.0).date_basis, DateBasis::Period);
        // The years themselves are no figures.
        assert!(fs.iter().all(|f| f.value != 2016.0), "{fs:#?}");
    }

    #[test]
    fn group_names_and_left_out_rows_keep_a_tables_columns() {
        let fs = facts(concat!(
            "Displacement by area, as at 30 September 2020\n\n",
            "Area                 Households      Displaced people\n",
            "WEST\n",
            "  Kayes                    410             2 075\n",
            "  Subtotal West            410             2 075\n",
            "EAST\n",
            "  Gao                    6 100            31 950\n",
            "...\n",
            "Total                   18 220            97 400\n",
        ));
        for v in [2075.0, 31950.0, 97400.0] {
            assert_eq!(row_of(&fs, v).category, Category::Displaced, "{v}: {fs:#?}");
        }
        // Households are not people.
        for v in [410.0, 6100.0, 18220.0] {
            assert!(fs.iter().all(|f| f.value != v), "{v}: {fs:#?}");
        }
    }

    #[test]
    fn a_list_under_a_short_heading_after_a_table_is_not_its_rows() {
        let fs = facts(concat!(
            "MINUSMA contributors, 1 June 2019\n\n",
            "Country       Troops     Police\n",
            "Niger          870        150\n",
            "\n",
            "AT A GLANCE\n",
            "\n",
            "* Civilian staff: 1,540, of whom 900 are national staff\n",
        ));
        assert_eq!(row_of(&fs, 870.0).category, Category::Troops);
        assert_eq!(
            row_of(&fs, 1540.0).category,
            Category::CivilianStaff,
            "{fs:#?}"
        );
    }

    #[test]
    fn a_column_of_the_part_in_camps_counts_people() {
        let fs = facts(concat!(
            "Malian refugees by country of asylum, 31 March 2021\n\n",
            "| Country      | Refugees | Of whom in camps |\n",
            "|--------------|----------|------------------|\n",
            "| Mauritania   | 61,200   | 58,900 (Mbera)   |\n",
            "| Niger        | 60,100   | 12,300           |\n",
        ));
        assert_eq!(
            row_of(&fs, 58900.0).category,
            Category::Displaced,
            "{fs:#?}"
        );
        assert_eq!(row_of(&fs, 12300.0).category, Category::Displaced);
    }

    #[test]
    fn prose_with_a_colon_is_not_a_row() {
        let fs = facts(
            "MINUSMA update\n\nGao: 35 soldiers of the Malian army were killed when their \
             convoy was ambushed near the town on Monday, officials said.",
        );
        assert!(fs.iter().all(|f| f.actors.is_empty() || f.value == 35.0));
        assert_eq!(
            fs.iter().filter(|f| f.value == 35.0).count(),
            1,
            "the sentence grammar reads it once: {fs:#?}"
        );
    }
}
