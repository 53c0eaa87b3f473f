//! Dated events for a timeline: every sentence of the body that gives a date ("In July 2013,
//! MINUSMA was created", "the coup d'état of August 2020", "from March 27 to 31, 2022") yields
//! an event with its date or period and precision, a short label, actors and places. Relative
//! dates ("this Friday", "last January", "in February this year", "ten years ago") are resolved
//! against the document's date where the text allows, and say how.

use serde::{Deserialize, Serialize};

use crate::dates::{find_dates, month_of, WEEKDAYS};
use crate::facts::numbers::word_value;
use crate::gazetteer::{gazetteer, Entity};
use crate::model::{days_in_month, DocId, Document, PartialDate};
use crate::sentences;
use crate::tokens::{fold, tokenize, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub doc: DocId,
    pub block: String,
    /// ISO date (or period start).
    pub date: String,
    pub date_end: Option<String>,
    pub precision: Precision,
    /// The date as written ("last January", "March 27 to 31, 2022").
    pub date_text: String,
    /// How a relative or year-less date was resolved; absent when the text gave it whole.
    pub resolved: Option<String>,
    pub label: String,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    /// The sentence's span in the document's cleaned text.
    pub start: u32,
    pub end: u32,
}

/// French weekdays, folded, Monday first as `WEEKDAYS`.
const FR_WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> PartialDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
    PartialDate::day(y, m, d)
}

/// 0 = Monday.
fn weekday(d: PartialDate) -> Option<usize> {
    let days = days_from_civil(d.year, d.month?, d.day?);
    Some((days + 3).rem_euclid(7) as usize)
}

fn precision(d: PartialDate) -> Precision {
    match (d.month, d.day) {
        (Some(_), Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    }
}

/// A date expression of a sentence, resolved.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub from: PartialDate,
    pub to: Option<PartialDate>,
    /// How a relative expression was resolved.
    pub resolved: Option<String>,
}

/// Relative expressions the dates module does not read ("last September", "last year",
/// "on Wednesday", "ten years ago"), resolved against `pub_date`. Facts use them too.
pub(crate) fn relative_dates(text: &str, toks: &[Token], pub_date: PartialDate) -> Vec<Found> {
    let w = |i: usize| {
        toks.get(i)
            .filter(|t| t.is_word())
            .map(|t| fold(t.text(text)))
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let a = w(i);
        let b = w(i + 1);
        // "last January", "last year", "this year", "last week" is too vague.
        if matches!(a.as_str(), "last" | "this") {
            if let Some(m) = toks
                .get(i + 1)
                .and_then(|t| month_of(t.text(text)).filter(|_| t.is_word()))
            {
                if a == "last" {
                    if let Some(pm) = pub_date.month {
                        let y = if m < pm {
                            pub_date.year
                        } else {
                            pub_date.year - 1
                        };
                        out.push(Found {
                            start: toks[i].start,
                            end: toks[i + 1].end,
                            from: PartialDate::month(y, m),
                            to: None,
                            resolved: Some(format!(
                                "the last {} before the document's date ({pub_date})",
                                toks[i + 1].text(text)
                            )),
                        });
                    }
                }
                continue;
            }
            if b == "year" {
                let y = if a == "last" {
                    pub_date.year - 1
                } else {
                    pub_date.year
                };
                // "in February this year" is read with the month by the dates module.
                let after_month = i > 0 && month_of(toks[i - 1].text(text)).is_some()
                    || i > 1 && w(i - 1) == "of" && month_of(toks[i - 2].text(text)).is_some();
                if !after_month {
                    out.push(year_found(
                        &toks[i..=i + 1],
                        y,
                        format!("'{a} year'"),
                        pub_date,
                    ));
                }
                continue;
            }
        }
        // "on Friday", "this Friday", "last Friday" with no date after it.
        if let Some(wd) = WEEKDAYS.iter().position(|d| *d == a) {
            let followed_by_date = toks.get(i + 1).is_some_and(|t| t.is_num())
                || toks.get(i + 2).is_some_and(|t| t.is_num());
            if !followed_by_date && matches!(w(i.wrapping_sub(1)).as_str(), "on" | "this" | "last")
            {
                out.extend(last_weekday(text, toks[i], wd, pub_date));
            }
        }
        // "880 the year before", "up from 27 the previous year", "contre 880 l'année
        // précédente": the year before the last year the text names before it, else before
        // the document's.
        let year_before = (a == "the" && matches!(b.as_str(), "year" | "previous" | "preceding"))
            .then(|| {
                let c = w(i + 2);
                match (b.as_str(), c.as_str()) {
                    ("year", "before") => Some(i + 2),
                    ("previous" | "preceding", "year") => Some(i + 2),
                    _ => None,
                }
            })
            .flatten()
            .or_else(|| {
                (matches!(a.as_str(), "l'annee" | "l’annee")
                    && matches!(b.as_str(), "precedente" | "d'avant" | "d’avant"))
                .then_some(i + 1)
            });
        if let Some(last) = year_before {
            let named = (0..i).rev().find_map(|k| {
                crate::dates::is_year(toks[k].text(text)).filter(|y| (1990..=2035).contains(y))
            });
            let y = named.unwrap_or(pub_date.year) - 1;
            out.push(Found {
                start: toks[i].start,
                end: toks[last].end,
                from: PartialDate::year(y),
                to: None,
                resolved: Some(match named {
                    Some(n) => format!("the year before {n}, named before it"),
                    None => format!("the year before the document's date ({pub_date})"),
                }),
            });
            continue;
        }
        // French: "l'an dernier", "l'année passée", "cette année".
        if matches!(a.as_str(), "l'an" | "l'annee" | "l’an" | "l’annee")
            && matches!(b.as_str(), "dernier" | "derniere" | "passe" | "passee")
            || (a == "cette" && b == "annee")
        {
            let y = if a == "cette" {
                pub_date.year
            } else {
                pub_date.year - 1
            };
            out.push(year_found(
                &toks[i..=i + 1],
                y,
                format!("'{a} {b}'"),
                pub_date,
            ));
            continue;
        }
        // "en mars dernier": the last March before the text. (A bare month, "en avril", is the
        // dates module's: a month without a year, read in its sentence's or story's year.)
        if let (Some(m), Some(pm)) = (
            toks.get(i)
                .filter(|t| t.is_word())
                .and_then(|t| month_of(t.text(text))),
            pub_date.month,
        ) {
            // (Past an abbreviation's full stop: "en sept. dernier".)
            let dotted = toks.get(i + 1).is_some_and(|t| t.text(text) == ".");
            let after = if dotted { w(i + 2) } else { b.clone() };
            if matches!(after.as_str(), "dernier" | "derniere") {
                let y = if m < pm {
                    pub_date.year
                } else {
                    pub_date.year - 1
                };
                out.push(Found {
                    start: toks[i].start,
                    end: toks[i + 1 + usize::from(dotted)].end,
                    from: PartialDate::month(y, m),
                    to: None,
                    resolved: Some(format!(
                        "the last {} before the document's date ({pub_date})",
                        toks[i].text(text)
                    )),
                });
                continue;
            }
        }
        // French weekdays name the last such day up to the text's date ("Mardi, 12 civils…",
        // "dimanche à l'aube"), unless a date follows ("mardi 12 mars").
        if let Some(wd) = FR_WEEKDAYS.iter().position(|d| *d == a) {
            // "mardi 12 mars", "mardi 1er": a day number right after it.
            let followed_by_date = toks.get(i + 1).is_some_and(|t| t.is_num());
            if !followed_by_date {
                out.extend(last_weekday(text, toks[i], wd, pub_date));
            }
        }
        // "il y a un an", "il y a deux ans".
        if a == "il" && b == "y" && w(i + 2) == "a" && matches!(w(i + 4).as_str(), "an" | "ans") {
            let n = word_value(&w(i + 3), true)
                .map(|v| v as usize)
                .or_else(|| toks.get(i + 3).and_then(|t| t.text(text).parse().ok()));
            if let Some(n) = n.filter(|&n| n > 0) {
                out.push(Found {
                    start: toks[i].start,
                    end: toks[i + 4].end,
                    from: PartialDate::year(pub_date.year - n as i32),
                    to: None,
                    resolved: Some(format!("{n} years before the document's date ({pub_date})")),
                });
            }
        }
        // "a year ago", "just over a year ago": the year before.
        if matches!(a.as_str(), "a" | "one") && b == "year" && w(i + 2) == "ago" {
            out.push(Found {
                start: toks[i].start,
                end: toks[i + 2].end,
                from: PartialDate::year(pub_date.year - 1),
                to: None,
                resolved: Some(format!("a year before the document's date ({pub_date})")),
            });
        }
        // "ten years ago", "two years ago"
        if b == "years" && w(i + 2) == "ago" {
            let n = word_value(&a, false)
                .map(|v| v as usize)
                .or_else(|| toks[i].text(text).parse().ok());
            if let Some(n) = n {
                let y = pub_date.year - n as i32;
                out.push(Found {
                    start: toks[i].start,
                    end: toks[i + 2].end,
                    from: PartialDate::year(y),
                    to: None,
                    resolved: Some(format!("{n} years before the document's date ({pub_date})")),
                });
            }
        }
    }
    out
}

/// A year that the words `toks` ("last year", "l'an dernier") name relative to `pub_date`.
fn year_found(toks: &[Token], year: i32, words: String, pub_date: PartialDate) -> Found {
    Found {
        start: toks[0].start,
        end: toks[toks.len() - 1].end,
        from: PartialDate::year(year),
        to: None,
        resolved: Some(format!("{words} from the document's date ({pub_date})")),
    }
}

/// Weekday `wd` (Monday 0) named by token `t`: the last such day on or before `pub_date`.
fn last_weekday(text: &str, t: Token, wd: usize, pub_date: PartialDate) -> Option<Found> {
    let pw = weekday(pub_date)?;
    let back = (pw + 7 - wd) % 7;
    let days = days_from_civil(
        pub_date.year,
        pub_date.month.unwrap_or(1),
        pub_date.day.unwrap_or(1),
    ) - back as i64;
    Some(Found {
        start: t.start,
        end: t.end,
        from: civil_from_days(days),
        to: None,
        resolved: Some(format!(
            "the {} on or before the document's date ({pub_date})",
            t.text(text)
        )),
    })
}

/// A short label: the sentence without the date expression, cut at about a dozen words.
fn label(sentence: &str, cut: (usize, usize)) -> String {
    let mut s = format!("{} {}", &sentence[..cut.0], &sentence[cut.1..]);
    for lead in ["In ", "On ", "in ", "on ", "By ", "Since ", "From "] {
        if let Some(r) = s.trim_start().strip_prefix(lead) {
            if r.trim_start().starts_with(',') {
                s = r.to_string();
            }
        }
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s
        .trim_start_matches([',', ' ', ';', ':'])
        .replace(" ,", ",");
    let words: Vec<&str> = s.split(' ').collect();
    let mut out = if words.len() > 14 {
        format!("{}…", words[..14].join(" "))
    } else {
        s.clone()
    };
    if let Some(c) = out.get(..1) {
        out = c.to_uppercase() + &out[1..];
    }
    out.trim_end_matches(['.', ',']).to_string()
}

pub fn extract_events(doc: &Document) -> Vec<Event> {
    let g = gazetteer();
    let mut out: Vec<Event> = Vec::new();
    let pub_date = doc.meta.published;
    for b in doc
        .blocks
        .iter()
        .filter(|b| b.kind.carries_claims() && b.kind != crate::model::BlockKind::Footnote)
    {
        let text = doc.slice(b.span);
        for (s, e) in sentences::split(text) {
            let sent = &text[s..e];
            let toks = tokenize(sent);
            // Relative expressions first: "last January" is more than its "January".
            let mut found: Vec<Found> = pub_date
                .map(|p| relative_dates(sent, &toks, p))
                .unwrap_or_default();
            for m in find_dates(sent, &toks) {
                if found.iter().any(|f| m.start < f.end && f.start < m.end) {
                    continue;
                }
                let (from, resolved) = match (m.from, m.yearless, pub_date) {
                    (Some(f), _, _) => (f, None),
                    (None, Some((mo, day)), Some(p)) => {
                        let d = match day {
                            Some(d) if d <= days_in_month(p.year, mo) => {
                                PartialDate::day(p.year, mo, d)
                            }
                            Some(_) => continue,
                            None => PartialDate::month(p.year, mo),
                        };
                        let this_year = sent[m.end..]
                            .trim_start()
                            .trim_start_matches("of ")
                            .starts_with("this year");
                        let how = if this_year {
                            "'this year'"
                        } else {
                            "no year given"
                        };
                        (
                            d,
                            Some(format!("{how}: the year of the document's date ({p})")),
                        )
                    }
                    _ => continue,
                };
                found.push(Found {
                    start: m.start,
                    end: m.end,
                    from,
                    to: m.to,
                    resolved,
                });
            }
            if found.is_empty() {
                continue;
            }
            let mentions = g.find_in(sent, &toks);
            let actors = g.unique_names(&mentions, |e| matches!(e, Entity::Force(_)));
            let places = g.unique_names(&mentions, |e| matches!(e, Entity::Place(_)));
            found.sort_by_key(|f| f.start);
            for f in found {
                let date = f.from.iso();
                if out.iter().any(|x| {
                    x.doc == doc.id
                        && x.date == date
                        && x.start == (b.span.start as usize + s) as u32
                }) {
                    continue;
                }
                out.push(Event {
                    id: format!("{}:e{}", doc.id, out.len() + 1),
                    doc: doc.id.clone(),
                    block: b.id.clone(),
                    date,
                    date_end: f.to.map(|d| d.iso()),
                    precision: precision(f.from),
                    date_text: sent[f.start..f.end].to_string(),
                    resolved: f.resolved,
                    label: label(sent, (f.start, f.end)),
                    actors: actors.clone(),
                    places: places.clone(),
                    start: (b.span.start as usize + s) as u32,
                    end: (b.span.start as usize + e) as u32,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::tests::seed;

    fn event<'a>(ev: &'a [Event], text: &str) -> &'a Event {
        ev.iter().find(|e| e.date_text == text).unwrap_or_else(|| {
            panic!(
                "no event dated {text:?} in {:#?}",
                ev.iter().map(|e| &e.date_text).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn calendar() {
        assert_eq!(weekday(PartialDate::day(2023, 6, 30)), Some(4), "a Friday");
        assert_eq!(
            civil_from_days(days_from_civil(2024, 2, 29)).iso(),
            "2024-02-29"
        );
    }

    #[test]
    fn dated_statements_become_events() {
        let ev = extract_events(&seed(0));
        let e = event(&ev, "July 2013");
        assert_eq!(
            (e.date.as_str(), e.precision),
            ("2013-07", Precision::Month)
        );
        assert!(
            e.label.contains("MINUSMA") && e.label.contains("was created"),
            "{}",
            e.label
        );
        assert!(e.actors.contains(&"MINUSMA".to_string()));
        let ev = extract_events(&seed(2));
        let e = event(&ev, "August 2020");
        assert!(e.label.contains("coup d’état"), "{}", e.label);
        let ev = extract_events(&seed(1));
        let e = event(&ev, "5 February 2023");
        assert_eq!(
            (e.date.as_str(), e.precision),
            ("2023-02-05", Precision::Day)
        );
        let ev = extract_events(&seed(4));
        let e = event(&ev, "March 27 to 31, 2022");
        assert_eq!(
            (e.date.as_str(), e.date_end.as_deref()),
            ("2022-03-27", Some("2022-03-31"))
        );
        assert!(e.resolved.is_none());
    }

    #[test]
    fn relative_dates_are_resolved_and_marked() {
        // Dated 2023-03-08.
        let ev = extract_events(&seed(1));
        let e = event(&ev, "Last January");
        assert_eq!(e.date, "2023-01");
        assert!(e.resolved.as_deref().unwrap().contains("2023-03-08"));
        // Dated 2023-06-30 (a Friday): "on Friday approved the end of Minusma".
        let ev = extract_events(&seed(4));
        let e = event(&ev, "Friday");
        assert_eq!(e.date, "2023-06-30");
        let e = event(&ev, "June 16");
        assert_eq!(e.date, "2023-06-16");
        assert!(e.resolved.as_deref().unwrap().contains("no year given"));
        let e = event(&ev, "ten years ago");
        assert_eq!(e.date, "2013");
        // Dated 2023-11-07: "in February this year", "in June of this year".
        let ev = extract_events(&seed(3));
        let e = event(&ev, "February");
        assert_eq!(e.date, "2023-02");
        assert!(e.resolved.as_deref().unwrap().contains("this year"));
        assert_eq!(event(&ev, "June").date, "2023-06");
    }

    #[test]
    fn years_ago_in_words_are_read_by_text2num() {
        let at = PartialDate::day(2023, 6, 30);
        let years = |s: &str| {
            relative_dates(s, &tokenize(s), at)
                .iter()
                .map(|f| f.from.iso())
                .collect::<Vec<_>>()
        };
        assert_eq!(years("The base opened twelve years ago."), ["2011"]);
        assert_eq!(years("Le camp a été attaqué il y a trois ans."), ["2020"]);
        assert_eq!(years("Il y a vingt ans, personne n'y pensait."), ["2003"]);
        assert_eq!(years("It happened 4 years ago."), ["2019"]);
        assert_eq!(years("Il y a un an, le contingent arrivait."), ["2022"]);
        assert!(years("Il y a des ans.").is_empty());
    }

    #[test]
    fn no_events_from_notes() {
        let ev = extract_events(&seed(0));
        let d = seed(0);
        assert!(ev
            .iter()
            .all(|e| d.block(&e.block).unwrap().kind != crate::model::BlockKind::Footnote));
        for e in &ev {
            assert!(d.text[e.start as usize..e.end as usize].contains(&e.date_text));
        }
    }
}
