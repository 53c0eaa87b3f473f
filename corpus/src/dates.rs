//! Finds the dates a text mentions ("October 16, 2018", "30 June", "between June and September
//! 2018", "March 27 to 31, 2022", "2012/13") with the cue word before them ("as of", "since").
//! The same mentions serve three rules: a document's date, a fact's as-of date, and keeping
//! day numbers and years out of the facts.

use crate::model::{days_in_month, PartialDate};
use crate::tokens::{fold, Token};

/// The word or phrase that introduces a date; it decides how a fact is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "as of", "as at", "per": the figure is stated at that date.
    AsOf,
    /// "since": a period running from the date to the time of writing.
    Since,
    /// "between … and …", "from … to …", "for 2022": a closed period.
    Period,
    /// "in", "on", "by" or nothing.
    Plain,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateMention {
    /// Byte span of the whole expression, cue excluded.
    pub start: usize,
    pub end: usize,
    /// Byte offset where the cue starts (equal to `start` with no cue).
    pub cue_start: usize,
    pub cue: Cue,
    /// First (or only) date. `None` when the expression names no year or is impossible
    /// ("June 31"): the span still marks those numbers as a date.
    pub from: Option<PartialDate>,
    /// Last date of a range.
    pub to: Option<PartialDate>,
    /// Month and day without a year ("On June 30"): may be resolved against a known year.
    pub yearless: Option<(u8, Option<u8>)>,
}

/// A French month name (accents optional): French writes them in lower case.
fn french_month(w: &str) -> Option<u8> {
    const FRENCH: [&str; 12] = [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    // Wire datelines abbreviate them ("BAMAKO, 3 oct 2016", "12 janv. 2021"); "mar" and
    // "mai" are left out ("mar." is also Tuesday, "mai" is already whole).
    const SHORT: [(&str, u8); 10] = [
        ("janv", 1),
        ("fevr", 2),
        ("fev", 2),
        ("avr", 4),
        ("juil", 7),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
        ("aou", 8),
    ];
    let fw = fold(w.trim_end_matches('.'));
    FRENCH
        .iter()
        .position(|m| *m == fw)
        .map(|i| i as u8 + 1)
        .or_else(|| SHORT.iter().find(|(a, _)| *a == fw).map(|(_, m)| *m))
}

pub fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    // Month names are 3 to 9 letters ("may", "septembre"): most words need no folding.
    if !(3..=10).contains(&w.len()) || !w.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lw = w.to_ascii_lowercase();
    if let Some(i) = full.iter().position(|m| *m == lw) {
        return Some(i as u8 + 1);
    }
    if let Some(m) = french_month(w) {
        return Some(m);
    }
    let abbr = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if lw == "sept" {
        return Some(9);
    }
    abbr.iter().position(|m| *m == lw).map(|i| i as u8 + 1)
}

/// Day names, Monday first (events resolve "on Friday" with the same list).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words before a bare month name that make it a date ("in February", "since January").
const MONTH_LEAD: [&str; 17] = [
    "in", "since", "from", "until", "till", "by", "of", "between", "and", "to", "early", "late",
    "mid", "last", "next", "during", "before",
];

/// French words before a bare month that make it a date: "en avril", "depuis mars", "fin juin",
/// "début mai", "mi-août".
const FRENCH_MONTH_LEAD: [&str; 5] = ["en", "depuis", "fin", "debut", "mi"];

/// Words glued by a hyphen to a year that place a time within it ("mid-2014", "à la
/// mi-2014", "early-2015"): the year is a date, not part of a code.
const YEAR_PART: [&str; 6] = ["mid", "mi", "early", "late", "fin", "debut"];

/// Words between a range's joining word and its second date that only place the end within
/// its month ("and the first week of March 2022", "et la fin de mars").
const RANGE_END_PLACING: [&str; 22] = [
    "the",
    "first",
    "second",
    "third",
    "fourth",
    "last",
    "week",
    "weeks",
    "end",
    "beginning",
    "start",
    "middle",
    "of",
    "early",
    "late",
    "mid",
    "la",
    "le",
    "fin",
    "debut",
    "mi",
    "de",
];

pub fn is_year(n: &str) -> Option<i32> {
    if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = n.parse().ok()?;
        (1800..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day_num(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th" | "er")
}

struct Cursor<'a> {
    src: &'a str,
    toks: &'a [Token],
}

impl<'a> Cursor<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.text(self.src)).unwrap_or("")
    }
    fn month(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        let w = t.text(self.src);
        // Month names are capitalised in English; "may" and "march" lower-case are verbs.
        // French ones are lower-case ("le 3 mai 2021").
        if !t.is_word() {
            return None;
        }
        if !w.chars().next()?.is_uppercase() {
            return french_month(w);
        }
        month_of(w)
    }
    /// A day number at `i`, with an optional glued ordinal suffix: returns (day, next index).
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_num() {
            return None;
        }
        let d = day_num(t.text(self.src))?;
        let mut j = i + 1;
        if let Some(s) = self.toks.get(j) {
            if s.is_word() && !s.space_before && is_ordinal_suffix(s.text(self.src)) {
                j += 1;
            }
        }
        // A day glued to a letter or slash is part of a code, not a date.
        if let Some(n) = self.toks.get(j) {
            if !n.space_before && (n.is_word() || n.is_num()) {
                return None;
            }
            // Nor is the first group of a number whose thousands a space sets off: "fin mai
            // 13 685 militaires".
            let group = n.text(self.src);
            if n.is_num()
                && group.len() == 3
                && group.bytes().all(|b| b.is_ascii_digit())
                && self.src.get(self.toks[j - 1].end..n.start) == Some(" ")
            {
                return None;
            }
        }
        Some((d, j))
    }
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        if !t.is_num() {
            return None;
        }
        if let Some(n) = self.toks.get(i + 1) {
            // "2019.3" is tokenised as one decimal number; "G5" and "PB-18" never reach here.
            if !n.space_before && (n.is_word() || n.is_num()) {
                return None;
            }
        }
        is_year(t.text(self.src))
    }
    fn skip_comma(&self, i: usize) -> usize {
        if self.toks.get(i).is_some_and(|t| t.is_punct(self.src, ",")) {
            i + 1
        } else {
            i
        }
    }
    fn end(&self, i: usize) -> usize {
        self.toks[i - 1].end
    }
}

/// "31/12/2021" or "31.12.2021" at token `i`, every part glued to the next.
fn numeric_date(c: &Cursor, i: usize) -> Option<(DateMention, usize)> {
    let glued = |k: usize| c.toks.get(k).filter(|t| !t.space_before);
    let small = |s: &str| s.parse::<u8>().ok().filter(|_| s.len() <= 2);
    let first = c.toks.get(i).filter(|t| t.is_num())?;
    let (day, month, year_at) = match first.text(c.src).split_once('.') {
        // "31.12" "." "2021"
        Some((d, m)) => {
            (glued(i + 1)?.text(c.src) == ".").then_some(())?;
            (small(d)?, small(m)?, i + 2)
        }
        // "31" "/" "12" "/" "2021"
        None => {
            let sep = glued(i + 1)?.text(c.src);
            if !matches!(sep, "/" | ".") {
                return None;
            }
            let m = glued(i + 2).filter(|t| t.is_num())?;
            (glued(i + 3)?.text(c.src) == sep).then_some(())?;
            (small(first.text(c.src))?, small(m.text(c.src))?, i + 4)
        }
    };
    let y = glued(year_at).filter(|t| t.is_num())?;
    let year = match y.text(c.src) {
        four if four.len() == 4 => is_year(four)?,
        // A sitrep's or a form's "14/08/23": two digits after slashes are this century's
        // year (not after dots: "1.2.23" is a version).
        two if two.len() == 2 && c.src[first.start..y.start].contains('/') => {
            2000 + i32::from(small(two).filter(|&yy| yy <= 40)?)
        }
        _ => return None,
    };
    if !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    // Not a longer code ("31/12/2021/4").
    if glued(year_at + 1).is_some_and(|t| {
        matches!(t.text(c.src), "/" | ".") && glued(year_at + 2).is_some_and(|n| n.is_num())
    }) {
        return None;
    }
    let from = make(year, month, Some(day))?;
    Some((
        DateMention {
            start: first.start,
            end: y.end,
            cue_start: first.start,
            cue: Cue::Plain,
            from: Some(from),
            to: None,
            yearless: None,
        },
        year_at + 1,
    ))
}

fn make(year: i32, month: u8, day: Option<u8>) -> Option<PartialDate> {
    match day {
        Some(d) if d > days_in_month(year, month) => None,
        Some(d) => Some(PartialDate::day(year, month, d)),
        None => Some(PartialDate::month(year, month)),
    }
}

/// Whether every figure among `toks` stands inside one of `dates`: a line or a cell that is
/// only a date ("Reuters · 2 Jul 2015", "31 déc. 2022"), a sentence with no figure but its day.
pub fn figures_only_in(toks: &[Token], dates: &[DateMention]) -> bool {
    toks.iter()
        .filter(|t| t.is_num())
        .all(|t| in_a_date(t, dates))
}

/// Whether token `t` stands wholly inside one of `dates` (the "2013" of "1 July 2013").
pub fn in_a_date(t: &Token, dates: &[DateMention]) -> bool {
    dates.iter().any(|d| d.start <= t.start && t.end <= d.end)
}

/// Finds all date mentions in `src` given its tokens.
pub fn find_dates(src: &str, toks: &[Token]) -> Vec<DateMention> {
    let c = Cursor { src, toks };
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((m, next)) = match_at(&c, i) {
            out.push(m);
            i = next;
        } else {
            i += 1;
        }
    }
    attach_cues(&c, &mut out);
    merge_ranges(&c, out)
}

/// One date expression starting at token `i`.
fn match_at(c: &Cursor, i: usize) -> Option<(DateMention, usize)> {
    let start = c.toks[i].start;
    let mention = |end: usize, from, to, yearless| DateMention {
        start,
        end,
        cue_start: start,
        cue: Cue::Plain,
        from,
        to,
        yearless,
    };
    // Month-first: "October 16, 2018", "June 30th 2018", "March 27 to 31, 2022", "June 2015".
    if let Some(m) = c.month(i) {
        let mut j = i + 1;
        // "Oct.", "janv.", "févr.": an abbreviation's full stop.
        if c.text(j) == "." && c.text(i).len() <= 5 {
            j += 1;
        }
        if let Some((d, k)) = c.day(j) {
            // A range of days: "March 27 to 31, 2022".
            let (d2, k2) = match c.text(k) {
                "to" | "-" | "–" | "and" => match c.day(k + 1) {
                    Some((d2, k2)) if d2 > d => (Some(d2), k2),
                    _ => (None, k),
                },
                _ => (None, k),
            };
            let ky = c.skip_comma(k2);
            if let Some(y) = c.year(ky) {
                let from = make(y, m, Some(d));
                let to = d2.and_then(|d2| make(y, m, Some(d2)));
                return Some((mention(c.end(ky + 1), from, to, None), ky + 1));
            }
            return Some((mention(c.end(k2), None, None, Some((m, Some(d)))), k2));
        }
        if let Some(y) = c.year(j) {
            return Some((mention(c.end(j + 1), make(y, m, None), None, None), j + 1));
        }
        // "Dec '14", "Jun ’23": a year cut to two figures, as notes write it.
        if matches!(c.text(j), "'" | "’") {
            if let Some(y) = c.toks.get(j + 1).and_then(|t| {
                let text = t.text(c.src);
                (t.is_num() && !t.space_before && text.len() == 2)
                    .then(|| text.parse::<i32>().ok())
                    .flatten()
            }) {
                let y = if y <= 50 { 2000 + y } else { 1900 + y };
                return Some((mention(c.end(j + 2), make(y, m, None), None, None), j + 2));
            }
        }
        // "December of 2023"
        if c.text(j) == "of" {
            if let Some(y) = c.year(j + 1) {
                return Some((mention(c.end(j + 2), make(y, m, None), None, None), j + 2));
            }
        }
        // A bare month counts only after a word that makes it a date ("in February").
        let prev = i
            .checked_sub(1)
            .map(|p| fold(c.text(p)))
            .unwrap_or_default();
        let next = c.text(j);
        // French leads too, but not before "sept", which is seven as often as September.
        let french_lead = FRENCH_MONTH_LEAD.contains(&prev.as_str())
            && (fold(c.text(i)) != "sept" || c.text(i + 1) == ".")
            // ("en décembre dernier" is a relative date, read with the text's own.)
            && !matches!(
                fold(c.text(j)).as_str(),
                "dernier" | "derniere" | "prochain" | "prochaine" | "passe" | "passee"
            );
        if MONTH_LEAD.contains(&prev.as_str())
            || french_lead
            || matches!(next, "and" | "to") && c.month(j + 1).is_some()
        {
            return Some((mention(c.end(j), None, None, Some((m, None))), j));
        }
        return None;
    }
    // Day-first: "25 April 2013", "30 June", "the 19th of December 2016", "Friday 30 June".
    if let Some((d, mut j)) = c.day(i) {
        if c.text(j) == "of" {
            j += 1;
        }
        if let Some(m) = c.month(j) {
            let mut k = j + 1;
            if c.text(k) == "." && c.text(j).len() <= 5 {
                k += 1;
            }
            let ky = c.skip_comma(k);
            if let Some(y) = c.year(ky) {
                return Some((
                    mention(c.end(ky + 1), make(y, m, Some(d)), None, None),
                    ky + 1,
                ));
            }
            return Some((mention(c.end(k), None, None, Some((m, Some(d)))), k));
        }
    }
    // Day, month and year in figures, as French and UN tables write them: "31/12/2021",
    // "31.12.2021" (the tokenizer reads "31.12" as one decimal there).
    if let Some(m) = numeric_date(c, i) {
        return Some(m);
    }
    // A year, or a span of years: "2013", "2012/13", "1990-2017".
    let t = c.toks[i];
    if t.is_num() {
        if let Some(y) = is_year(t.text(c.src)) {
            if let (Some(sep), Some(n2)) = (c.toks.get(i + 1), c.toks.get(i + 2)) {
                let sep_t = sep.text(c.src);
                if !sep.space_before
                    && !n2.space_before
                    && matches!(sep_t, "/" | "-" | "–")
                    && n2.is_num()
                    && !c
                        .toks
                        .get(i + 3)
                        .is_some_and(|n| !n.space_before && n.is_num())
                {
                    let s2 = n2.text(c.src);
                    let y2 = match s2.len() {
                        4 => is_year(s2),
                        2 => s2.parse::<i32>().ok().map(|v| y / 100 * 100 + v),
                        _ => None,
                    };
                    if let Some(y2) = y2.filter(|y2| *y2 > y) {
                        let m = mention(
                            n2.end,
                            Some(PartialDate::year(y)),
                            Some(PartialDate::year(y2)),
                            None,
                        );
                        return Some((m, i + 3));
                    }
                }
            }
            if c.year(i).is_some() {
                // Glued to a preceding letter or slash ("res_2364", "A/HRC/25"): a code.
                let part_of_year = i > 1
                    && c.text(i - 1) == "-"
                    && YEAR_PART.contains(&fold(c.text(i - 2)).as_str());
                let glued = i > 0 && !part_of_year && {
                    let p = c.toks[i - 1];
                    !t.space_before
                        && (p.is_word() || p.is_num() || matches!(p.text(c.src), "/" | "_" | "-"))
                };
                if !glued {
                    return Some((
                        mention(t.end, Some(PartialDate::year(y)), None, None),
                        i + 1,
                    ));
                }
            }
        }
    }
    None
}

/// Finds each mention's cue among the words before it ("As of", "since", "Per", "between").
fn attach_cues(c: &Cursor, mentions: &mut [DateMention]) {
    for m in mentions.iter_mut() {
        let Some(first) = c.toks.iter().position(|t| t.start == m.start) else {
            continue;
        };
        // Look for a cue, stepping back over a weekday, "the", "end of", "beginning of" etc.
        let mut k = first;
        let mut found = (Cue::Plain, 0);
        for _ in 0..5 {
            let w1 = k
                .checked_sub(1)
                .map(|p| fold(c.text(p)))
                .unwrap_or_default();
            let w2 = k
                .checked_sub(2)
                .map(|p| fold(c.text(p)))
                .unwrap_or_default();
            found = match (w2.as_str(), w1.as_str()) {
                ("as", "of") | ("as", "at") | ("en date", "du") => (Cue::AsOf, 2),
                (_, "per") => (Cue::AsOf, 1),
                // French "depuis" too; the cue words move to the lexicon with the French issue.
                (_, "since") | (_, "depuis") => (Cue::Since, 1),
                (_, "between")
                | (_, "from")
                | (_, "for")
                | (_, "during")
                | (_, "throughout")
                | (_, "entre")
                | (_, "pendant")
                | (_, "durant") => (Cue::Period, 1),
                _ => (Cue::Plain, 0),
            };
            let skippable = WEEKDAYS.contains(&w1.as_str())
                || matches!(
                    w1.as_str(),
                    "the"
                        | "end"
                        | "beginning"
                        | "start"
                        | "middle"
                        | "of"
                        | "early"
                        | "late"
                        | "mid"
                        | ","
                );
            if found.1 > 0 || !skippable {
                break;
            }
            k -= 1;
        }
        let (cue, width) = found;
        if width > 0 {
            m.cue = cue;
            m.cue_start = c.toks[k - width].start;
        }
    }
}

/// Joins "between June and September 2018" and "from X to Y" into one range, lending the
/// second date's year to a first date written without one.
fn merge_ranges(c: &Cursor, mentions: Vec<DateMention>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::with_capacity(mentions.len());
    let mut i = 0;
    while i < mentions.len() {
        let a = mentions[i];
        // French "du 1er juillet 2013 au 31 mars 2019": "du" opens a range only when "au"
        // closes it ("le communiqué du 3 mars" is one date).
        let opener = c
            .toks
            .iter()
            .rposition(|t| t.end <= a.start)
            .map(|p| fold(c.text(p)));
        let du = opener.as_deref() == Some("du");
        // "de 2013 à 2023", "de janvier à juin 2022": "de" opens a range only when "à" closes it.
        let de = opener.as_deref() == Some("de");
        if (a.cue == Cue::Period || du || de) && a.to.is_none() {
            if let Some(b) = mentions.get(i + 1) {
                let between = c.src.get(a.end..b.cue_start).unwrap_or("");
                let joiner = fold(between.trim());
                let joiner = joiner
                    .trim_start_matches("to the end of")
                    .trim_start_matches("to the beginning of");
                // "between December 2021 and the first week of March 2022", "entre janvier et
                // la fin mars": the joining word, then words that only place the end within
                // its month.
                let mut words = joiner.split_whitespace();
                let first = words.next().unwrap_or("");
                let placing = words.all(|w| RANGE_END_PLACING.contains(&w));
                let joiner = if placing { first } else { joiner.trim() };
                // "between July 2013 and the end of its withdrawal in December 2023": a few words
                // of an event between the joining word and the end's date.
                let joiner = if matches!(first, "and" | "et")
                    && !between.contains([',', ';', '.', '(', ')'])
                    && !between.contains(|c: char| c.is_ascii_digit())
                    && between.split_whitespace().count() <= 8
                    // (An event dated "in"/"on" it, not "the report of March 2022".)
                    && matches!(
                        between.split_whitespace().next_back().map(fold).as_deref(),
                        Some("in" | "on" | "en" | "le" | "au")
                    ) {
                    first
                } else {
                    joiner
                };
                let french = matches!(joiner, "et" | "au" | "a" | "jusqu'au");
                let english = matches!(joiner, "and" | "to" | "-" | "–" | "until" | "through" | "");
                let de_a = de && matches!(joiner, "a" | "au");
                if (english && !du && !de) || (french && (a.cue == Cue::Period || du)) || de_a {
                    let to = b.to.or(b.from);
                    let from = a.from.or_else(|| {
                        let (m, d) = a.yearless?;
                        let y = to?.year;
                        make(y, m, d)
                    });
                    if from.is_some() && to.is_some() {
                        out.push(DateMention {
                            end: b.end,
                            from,
                            to,
                            yearless: None,
                            cue: Cue::Period,
                            ..a
                        });
                        i += 2;
                        continue;
                    }
                }
            }
        }
        // "1 July 2013 – 28 February 2023", "(juillet 2013 - juin 2023)": two dates with a year
        // each and a dash between them, the first the earlier, are a span.
        if let Some(b) = mentions.get(i + 1) {
            let dash = matches!(
                c.src.get(a.end..b.cue_start).map(str::trim),
                Some("-" | "–" | "—")
            );
            if let (true, Some(x), Some(y), None, None) = (dash, a.from, b.from, a.to, b.to) {
                if x.month.is_some() && y.month.is_some() && x.iso() < y.iso() {
                    out.push(DateMention {
                        end: b.end,
                        to: Some(y),
                        yearless: None,
                        cue: Cue::Period,
                        ..a
                    });
                    i += 2;
                    continue;
                }
            }
        }
        // "between the mission's deployment in July 2013 and its closure on 31 December
        // 2023", "entre l'arrivée des premiers contingents en juillet 2013 et le départ du
        // dernier en décembre 2023": two dates of events that open and close a period.
        if let Some(b) = mentions.get(i + 1).filter(|b| events_between(c, &a, b)) {
            out.push(DateMention {
                end: b.end,
                to: b.to.or(b.from),
                yearless: None,
                cue: Cue::Period,
                ..a
            });
            i += 2;
            continue;
        }
        out.push(a);
        i += 1;
    }
    out
}

/// Whether dates `a` and `b` close a "between <event> in <a> and <event> in <b>" period:
/// "between"/"entre" a few words before `a`, "and"/"et" right after it, and no punctuation
/// but an apostrophe between.
fn events_between(c: &Cursor, a: &DateMention, b: &DateMention) -> bool {
    if a.cue != Cue::Plain || a.from.is_none() || a.to.is_some() || b.from.is_none() {
        return false;
    }
    let quiet = |s: &str| {
        s.split_whitespace().count() <= 7
            && s.chars().all(|ch| {
                ch.is_alphanumeric() || ch.is_whitespace() || matches!(ch, '\'' | '’' | '-')
            })
    };
    let after = c.src.get(a.end..b.cue_start).unwrap_or("");
    let joined = matches!(
        fold(after.split_whitespace().next().unwrap_or("")).as_str(),
        "and" | "et"
    );
    if !joined || !quiet(after) {
        return false;
    }
    let before = &c.src[..a.cue_start];
    let words: Vec<&str> = before.split_whitespace().rev().take(8).collect();
    let Some(at) = words
        .iter()
        .position(|w| matches!(fold(w).as_str(), "between" | "entre"))
    else {
        return false;
    };
    // The opening word's own date is a range already ("between January and June").
    at >= 2 && words[..at].iter().all(|w| quiet(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn dates(s: &str) -> Vec<(String, Cue, Option<String>, Option<String>)> {
        let toks = tokenize(s);
        find_dates(s, &toks)
            .into_iter()
            .map(|m| {
                (
                    s[m.start..m.end].to_string(),
                    m.cue,
                    m.from.map(|d| d.iso()),
                    m.to.map(|d| d.iso()),
                )
            })
            .collect()
    }

    #[test]
    fn day_month_year_in_figures() {
        for s in ["Déplacements par région (31/12/2021)", "Stand: 31.12.2021"] {
            let d = dates(s);
            assert_eq!(d.len(), 1, "{s}: {d:?}");
            assert_eq!(d[0].2.as_deref(), Some("2021-12-31"), "{s}");
        }
        // No 13th month, no code with a fourth part, no decimal figure.
        assert!(dates("12/31/2021")
            .iter()
            .all(|d| d.2.as_deref() != Some("2021-12-31")));
        assert!(dates("ref. 31/12/2021/4")
            .iter()
            .all(|d| d.2.as_deref() != Some("2021-12-31")));
        assert!(dates("a rise of 31.5 per cent in 2021")
            .iter()
            .all(|d| d.2.as_deref() == Some("2021")));
    }

    #[test]
    fn stated_dates_from_the_policy_brief() {
        let d = dates("As of October 16, 2018, at least 173 MINUSMA personnel have been killed");
        assert_eq!(
            d,
            vec![(
                "October 16, 2018".into(),
                Cue::AsOf,
                Some("2018-10-16".into()),
                None
            )]
        );
        let d = dates(
            "On June 30th 2018, the Security Council extended the mandate to June 30th, 2019.",
        );
        assert_eq!(d[0].2.as_deref(), Some("2018-06-30"));
        assert_eq!(d[1].2.as_deref(), Some("2019-06-30"));
    }

    #[test]
    fn abbreviated_months_of_a_dateline() {
        for (s, iso) in [
            ("BAMAKO, 3 oct 2016 (AFP) - Deux", "2016-10-03"),
            ("Gao, 12 janv. 2021 - Un", "2021-01-12"),
            ("Niamey, 5 févr. 2019", "2019-02-05"),
        ] {
            let d = dates(s);
            assert_eq!(d[0].2.as_deref(), Some(iso), "{s}: {d:?}");
        }
    }

    #[test]
    fn a_range_whose_end_is_placed_within_its_month() {
        let d = dates("killed between December 2021 and the first week of March 2022");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].2.as_deref(), Some("2021-12"));
        assert_eq!(d[0].3.as_deref(), Some("2022-03"));
        // A clause that says more than where in the month is no joint.
        let d = dates("between December 2021 and the report of March 2022");
        assert_eq!(d[0].3, None);
    }

    #[test]
    fn a_period_between_two_events_and_a_french_de_a_range() {
        let d = dates(
            "died between the mission's deployment in July 2013 and its closure on 31 December 2023",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].1, Cue::Period);
        assert_eq!(d[0].2.as_deref(), Some("2013-07"));
        assert_eq!(d[0].3.as_deref(), Some("2023-12-31"));
        let d = dates(
            "morts entre l'arrivée des contingents en juillet 2013 et leur départ en décembre 2023",
        );
        assert_eq!(d[0].3.as_deref(), Some("2023-12"), "{d:?}");
        // Two events in one clause without "between" are two dates.
        let d = dates("deployed in July 2013 and closed on 31 December 2023");
        assert_eq!(d.len(), 2, "{d:?}");
        // Nor past a comma: "between the two attacks, in May 2016 and June 2017".
        let d = dates("between the two attacks, in May 2016, and in June 2017");
        assert_eq!(d.len(), 2, "{d:?}");
        let d = dates("310 casques bleus sont morts de 2013 à 2023");
        assert_eq!(
            (d[0].2.as_deref(), d[0].3.as_deref()),
            (Some("2013"), Some("2023"))
        );
        // "de" alone opens no range: "le rapport de mars 2022 et celui de juin".
        let d = dates("le rapport de mars 2022 et celui de juin 2022");
        assert_eq!(d.len(), 2, "{d:?}");
    }

    #[test]
    fn periods() {
        let d = dates("287 civilians killed in northern and central Mali between June and September 2018 alone");
        assert_eq!(
            d,
            vec![(
                "June and September 2018".into(),
                Cue::Period,
                Some("2018-06".into()),
                Some("2018-09".into())
            )]
        );
        let d = dates("at least 500 people died from March 27 to 31, 2022 in this village");
        assert_eq!(d[0].2.as_deref(), Some("2022-03-27"));
        assert_eq!(d[0].3.as_deref(), Some("2022-03-31"));
        let d = dates("more than 200 civilians have been killed since January 2018.");
        assert_eq!(d[0].1, Cue::Since);
        assert_eq!(d[0].2.as_deref(), Some("2018-01"));
        let d = dates("from the end of 2021 to the beginning of 2022, abuses increased");
        assert_eq!(d[0].2.as_deref(), Some("2021"));
        assert_eq!(d[0].3.as_deref(), Some("2022"));
    }

    #[test]
    fn day_first_ordinals_and_per() {
        assert_eq!(
            dates("Kidal the 19th of December 2016.")[0].2.as_deref(),
            Some("2016-12-19")
        );
        assert_eq!(
            dates("officially established on 25 April 2013.")[0]
                .2
                .as_deref(),
            Some("2013-04-25")
        );
        let d = dates("only 33 percent were present as of May 30, 2018.");
        assert_eq!(d[0].1, Cue::AsOf);
        let d = dates("Per June 30, 2023, the organization has counted 174 people dead");
        assert_eq!(d[0].1, Cue::AsOf);
        let d = dates("on Friday 30 June, to the peacekeeping mission");
        assert_eq!(d[0].0, "30 June");
        assert!(d[0].2.is_none());
        assert_eq!(dates("08 Mar 2023")[0].2.as_deref(), Some("2023-03-08"));
    }

    #[test]
    fn impossible_dates_are_still_dates() {
        // "by June 31" (a slip of the translation) must not become a number.
        let d = dates("organize their departure by June 31");
        assert_eq!(d[0].0, "June 31");
    }

    #[test]
    fn year_spans_and_codes() {
        assert_eq!(dates("in 2012/13 or")[0].3.as_deref(), Some("2013"));
        assert_eq!(
            dates("Operations, 1990-2017,")[0].3.as_deref(),
            Some("2017")
        );
        assert!(dates("A/HRC/25/72 and PB-18/35").is_empty());
        assert!(dates("the 10-1-2 challenges").is_empty());
        // A capitalised modal verb is not a month; a lower-case one never is.
        assert!(dates("it may be").is_empty());
        assert_eq!(
            dates("Lettre Datée du 8 Août 2018")[0].2.as_deref(),
            Some("2018-08-08")
        );
    }

    #[test]
    fn a_number_grouped_by_a_space_after_a_month_is_no_day() {
        assert!(dates("la mission rassemblait fin mai 13 685 militaires")
            .iter()
            .all(|d| !d.0.contains("13")));
        assert_eq!(dates("le 13 mai 2021")[0].2.as_deref(), Some("2021-05-13"));
    }

    #[test]
    fn a_year_glued_to_a_word_placing_a_time_within_it_is_a_date() {
        for (text, year) in [
            ("in mid-2014 only", "2014"),
            ("à la mi-2016, la force", "2016"),
        ] {
            assert_eq!(dates(text)[0].2.as_deref(), Some(year), "{text}");
        }
        // A code is still a code.
        assert!(dates("document S/2014-123 of the Council").is_empty());
    }

    #[test]
    fn two_dated_days_with_a_dash_between_are_a_span() {
        let d = dates("FATALITIES (1 July 2013 – 28 February 2023)");
        assert_eq!(
            (d[0].1, d[0].2.as_deref(), d[0].3.as_deref()),
            (Cue::Period, Some("2013-07-01"), Some("2023-02-28"))
        );
        // Not backwards.
        assert_eq!(dates("28 February 2023 – 1 July 2013").len(), 2);
    }

    #[test]
    fn french_months_are_lower_case() {
        assert_eq!(
            dates("Publié le 3 mai 2021 à 10h")[0].2.as_deref(),
            Some("2021-05-03")
        );
        assert_eq!(
            dates("BAMAKO, 14 février 2019 (AFP)")[0].2.as_deref(),
            Some("2019-02-14")
        );
        assert!(
            dates("prices may 2021 rise")
                .iter()
                .all(|d| d.2.as_deref() != Some("2021-05")),
            "English verbs stay verbs"
        );
    }

    #[test]
    fn month_of_year() {
        assert_eq!(
            dates("concluding in December of 2023.")[0].2.as_deref(),
            Some("2023-12")
        );
        assert_eq!(
            dates("Lettre Datée du 8 Août 2018")[0].2.as_deref(),
            Some("2018-08-08")
        );
    }
}
