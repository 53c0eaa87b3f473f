//! A fact's as-of date and why: a stated date ("As of …", "Per …") first, then a period the
//! sentence gives ("since …", "between … and …", "from … to …"), then the date of an event it
//! reports, else the document's publication date.

use super::numbers::NumberMention;
use super::{DateBasis, Sentence};
use crate::dates::{Cue, DateMention};
use crate::gazetteer::ForceKind;
use crate::lexicon::{Class, Lexicon};
use crate::model::{BlockKind, Document, PartialDate};
use rustc_hash::FxHashMap as HashMap;

/// Whether a date sits in a comma-delimited aside that starts with a participle and does not
/// hold the number: "Operation Barkhane, launched in August 2014 …, is struggling with its
/// 5,000 men" — August 2014 dates the launch, not the 5,000.
/// So does an opening participle phrase: "Deployed in July 2013, MINUSMA counts some 13,000
/// soldiers", "Déployée en juillet 2013, la Minusma compte quelque 12 500 militaires" — unless
/// the participle is the casualty itself ("Killed in March, the 12 soldiers …").
fn in_participle_aside(sent: &Sentence, d: &DateMention, number_at: usize) -> bool {
    let text = sent.text;
    let open = text[..d.cue_start].rfind(',');
    let close = text[d.end..]
        .find(',')
        .map(|p| d.end + p)
        .unwrap_or(text.len());
    if (open.unwrap_or(0)..close).contains(&number_at) {
        return false;
    }
    let first_word = text[open.map_or(0, |o| o + 1)..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let participle = first_word.chars().all(char::is_alphabetic)
        && if open.is_some() {
            first_word.ends_with("ed")
        } else {
            let folded = crate::tokens::fold(first_word);
            close < text.len()
                && ["ed", "e", "ee", "es", "ees"]
                    .iter()
                    .any(|e| folded.ends_with(e))
                && (first_word.ends_with("ed") || first_word.contains(['é', 'É']))
                && !sent
                    .lex
                    .classes(&folded)
                    .has_any(&[Class::Kill, Class::Wound])
        };
    // "…, launched in January 2013, …" and "…, which replaced it in August 2014, …".
    let relative = open.is_some() && matches!(first_word, "which" | "who" | "whose");
    // Any aside right after the sentence's own subject, closed before the number: "MINUSMA,
    // set up in 2013 after …, fields around 13,000 troops".
    let after_subject = open.is_some_and(|o| {
        close < number_at
            && sent.mentions.iter().any(|y| {
                y.end == o
                    && matches!(y.entity, crate::gazetteer::Entity::Force(_))
                    && (sent.tok_at(y.start) == 0
                        || sent.tok_at(y.start) == 1 && sent.is(0, Class::Article))
            })
    });
    relative || participle || after_subject
}

/// Two months without a year that open and close a period ("between January and November",
/// "de janvier à juin"), resolved against the text's date `p`: the end is its latest
/// occurrence up to that date, the start the one before the end.
fn yearless_range(
    sent: &Sentence,
    a: &DateMention,
    b: Option<&DateMention>,
    p: PartialDate,
) -> Option<DateMention> {
    let b = b?;
    // Months or days: "between January and March", "between 1 January and 15 November".
    let (None, None, Some((m1, d1)), Some((m2, d2))) = (a.from, b.from, a.yearless, b.yearless)
    else {
        return None;
    };
    if d1.is_some() != d2.is_some() {
        return None;
    }
    let joiner = crate::tokens::fold(sent.text.get(a.end..b.cue_start)?.trim());
    if a.cue != Cue::Period || !matches!(joiner.as_str(), "and" | "to" | "et" | "a" | "au") {
        return None;
    }
    let end_year = match p.month {
        Some(pm) if (m2, d2) > (pm, p.day.filter(|_| d2.is_some())) => p.year - 1,
        _ => p.year,
    };
    let start_year = if (m1, d1) <= (m2, d2) {
        end_year
    } else {
        end_year - 1
    };
    let date = |y: i32, m: u8, d: Option<u8>| match d {
        Some(d) => PartialDate::day(y, m, d),
        None => PartialDate::month(y, m),
    };
    Some(DateMention {
        end: b.end,
        from: Some(date(start_year, m1, d1)),
        to: Some(date(end_year, m2, d2)),
        yearless: None,
        ..*a
    })
}

/// The sentence's dates with those that need the text's own date resolved against it: a month
/// without a year is its latest occurrence up to that date ("in December" in a January text is
/// the December before), and relative expressions ("last September", "last year", "on
/// Wednesday") are read as the events module reads them.
fn with_relative_dates(
    sent: &Sentence,
    published: Option<PartialDate>,
    heading_year: Option<i32>,
    narrative: Option<PartialDate>,
) -> Vec<DateMention> {
    let Some(p) = published.or(heading_year.map(PartialDate::year)) else {
        return sent.dates.clone();
    };
    let relative = if heading_year.is_some() {
        Vec::new()
    } else {
        crate::events::relative_dates(sent.text, &sent.toks, p)
    };
    let mut out: Vec<DateMention> = relative
        .into_iter()
        .map(|f| DateMention {
            start: f.start,
            end: f.end,
            cue_start: f.start,
            cue: Cue::Plain,
            from: Some(f.from),
            to: f.to,
            yearless: None,
        })
        .collect();
    let mut skip_next = false;
    for (i, d) in sent.dates.iter().enumerate() {
        if std::mem::take(&mut skip_next) || out.iter().any(|r| d.start < r.end && r.start < d.end)
        {
            continue;
        }
        // "Between January and November" in a text of February 2020: the range's end is the
        // latest November up to the text's date, its start the January before that end.
        if let Some(range) = yearless_range(sent, d, sent.dates.get(i + 1), p) {
            out.push(range);
            skip_next = true;
            continue;
        }
        let mut d = *d;
        if let (None, Some((month, day))) = (d.from, d.yearless) {
            // Under a timeline's year heading, that year.
            // "in March of last year", "en mars de l'année dernière": the year before the
            // text's; "this year" its own.
            let after = crate::tokens::fold(sent.text.get(d.end..).unwrap_or(""));
            let after = after
                .trim_start()
                .trim_start_matches("of ")
                .trim_start_matches("de ");
            let last_year = [
                "last year",
                "l'annee derniere",
                "l'an dernier",
                "l'an passe",
            ]
            .iter()
            .any(|k| after.starts_with(k));
            let this_year = ["this year", "cette annee"]
                .iter()
                .any(|k| after.starts_with(k));
            // In a story told of an earlier year ("On 10 January 2013 … On 22 February …"),
            // the year the story is in: the same year if the day comes after the story's
            // last dated day, else the next (a story moves forward), never past the text.
            let story = narrative
                .filter(|a| a.year < p.year && a.month.is_some() && opens_sentence(sent, &d))
                .map(|a| a.year + i32::from(!follows(a, month, day)))
                // (Not a day after the text's own.)
                .filter(|&y| y < p.year || p.month.is_none_or(|pm| month <= pm));
            // "La MINUSMA a perdu en 2019 vingt-trois soldats, dont dix à Aguelhok le 20
            // janvier": the one earlier year the sentence names.
            // (Named before the day, in its clause: "compared with 99,000 in April 2018" or
            // "the peak of 2013" after it are other times.)
            let mut years = sent.dates.iter().filter_map(|x| {
                x.from
                    .filter(|_| {
                        x.cue == Cue::Plain
                            && x.to.is_none()
                            && x.end <= d.start
                            && !sent.text[x.end..d.start].contains(';')
                    })
                    .map(|f| f.year)
            });
            let sentence_year = years
                .next()
                .filter(|&y| y < p.year && years.all(|z| z == y));
            // "A battalion is expected in September", "will arrive in March": a plan's month is
            // the next one, not the last.
            let k = sent.tok_at(d.cue_start.min(d.start));
            let future = (0..k).any(|j| sent.is(j, Class::Future));
            let year = match (heading_year, story.or(sentence_year), p.month) {
                (Some(y), _, _) => y,
                _ if last_year => p.year - 1,
                _ if this_year => p.year,
                (None, Some(y), _) => y,
                (None, None, Some(pm)) if future => p.year + i32::from(month < pm),
                (None, None, Some(pm)) if month > pm => p.year - 1,
                _ => p.year,
            };
            d.from = Some(match day {
                Some(day) if day <= crate::model::days_in_month(year, month) => {
                    PartialDate::day(year, month, day)
                }
                _ => PartialDate::month(year, month),
            });
        }
        out.push(d);
    }
    out
}

/// Whether a date is the dateline that opens the sentence ("BAMAKO, 12 January 2018 (AA) -
/// The mission lost 21 peacekeepers last year"): it dates the report, not the figure.
fn in_dateline(
    sent: &Sentence,
    d: &DateMention,
    number_at: usize,
    published: Option<PartialDate>,
) -> bool {
    const DASHES: [&str; 4] = [" - ", " – ", " — ", " -- "];
    if d.start > 60 || d.end > number_at {
        return false;
    }
    // A timeline's entry opens on its own date ("25 novembre 2019 — Treize militaires …"); a
    // dateline names a place or an agency first, or is the text's own date.
    let opens = !sent.text[..d.start].contains(char::is_alphabetic);
    if opens && d.from.is_some() && d.from != published {
        return false;
    }
    let rest = &sent.text[d.end..number_at];
    DASHES
        .iter()
        .filter_map(|dash| rest.find(dash))
        .min()
        .is_some_and(|p| p <= 24)
}

pub fn as_of(
    sent: &Sentence,
    m: &NumberMention,
    published: Option<PartialDate>,
    (heading_year, narrative): (Option<i32>, Option<PartialDate>),
    clause_only: bool,
) -> (Option<PartialDate>, Option<PartialDate>, DateBasis) {
    let at = sent.toks[m.first].start;
    // From the number's end: its own thousands comma ("5,100") is no clause boundary.
    let end = sent.toks[m.last].end;
    // "en 2020, Barkhane comptait 5 100 soldats ; la mission … mobilisait près de 700
    // personnels": a date before a semicolon whose clause has a figure of its own dates that
    // figure, not the next clause's ("18 September: a convoy strikes a mine; four … killed"
    // keeps its date).
    // (Not when the figure is the same toll told again: "… killed at least 157 residents;
    // village elders told us the figure was closer to 160".)
    let retold = (m.first.saturating_sub(6)..m.first).any(|k| sent.is(k, Class::Figure));
    let other_clause = |d: &DateMention| {
        d.end <= at
            && !retold
            && sent.text.get(d.end..at).is_some_and(|between| {
                between.rfind(';').is_some_and(|semi| {
                    let cut = d.end + semi;
                    sent.toks
                        .iter()
                        .any(|t| t.start >= d.end && t.end <= cut && t.is_num())
                })
            })
    };
    // For troop and casualty figures (`clause_only`), a date after the number counts only
    // within its clause: in "Sweden, which has about 220 troops in Timbuktu, has announced it
    // will leave in 2023", 2023 dates the leaving.
    // Brackets hold their own dates: "Barkhane (5 100 au pic, en 2020), le G5 Sahel (5 000
    // sur le papier)" dates the 5 100, not the 5 000.
    let inside = |pos: usize| {
        let before = &sent.text[..pos];
        before
            .rfind('(')
            .is_some_and(|o| before.rfind(')').is_none_or(|c| c < o))
    };
    let in_own_brackets = inside(at);
    // (A date in brackets closed before the number that hold a figure of their own dates
    // that figure; brackets of a date alone date what follows: "Pertes (au 31 décembre
    // 2023) : 311 morts".)
    let in_figures_brackets = |d: &DateMention| {
        let Some(open) = sent.text[..d.start].rfind('(') else {
            return false;
        };
        // (A date that reaches past the number has no brackets closed before it.)
        let Some(close) = sent
            .text
            .get(d.end..at)
            .and_then(|b| b.find(')'))
            .map(|c| d.end + c)
        else {
            return false;
        };
        // (A figure: no part of a date, nor a reference's number, "résolution 2164".)
        let figure = |k: usize| {
            let t = sent.toks[k];
            t.is_num()
                && t.start > open
                && t.end < close
                && !crate::dates::in_a_date(&t, &sent.dates)
                && !(k > 0 && sent.is(k - 1, Class::Reference))
        };
        !sent.text[open..d.start].contains(')') && (0..sent.toks.len()).any(figure)
    };
    let same_clause = |d: &DateMention| {
        !clause_only
            || if d.start < at {
                !other_clause(d) && !in_figures_brackets(d)
            } else if in_own_brackets
                && sent
                    .text
                    .get(end.min(d.start)..d.start)
                    .is_some_and(|b| !b.contains([')', ';']))
            {
                true
            } else {
                let between = sent.text.get(end.min(d.start)..d.start).unwrap_or("");
                // Past an apposition closed right after the number's noun: "at least 500
                // people, almost all of them civilians, were killed at Moura in March".
                // (An aside about the people counted: its first word a part's or a qualifier's.)
                // (Or a breakdown of it: "Thirty-two peacekeepers, twenty-eight soldiers and
                // four police officers, were killed … during 2022".)
                // (In words: a comma of "1,440" is no aside's.)
                let opens_aside = |w: &str| {
                    let w = crate::tokens::fold(w);
                    sent.lex.classes(&w).has_any(&[
                        Class::Subset,
                        Class::RefersBack,
                        Class::Each,
                        Class::AllOf,
                    ]) || sent.lex.qualifier_before(&[w.as_str()]).is_some()
                        || w.split('-').all(|part| sent.lex.is_number_word(part))
                };
                let apposition = between.matches(',').count() == 2
                    && between.find(',').is_some_and(|c| c <= 25)
                    && !between.contains(|c: char| c.is_ascii_digit())
                    && between.split(',').nth(1).is_some_and(|aside| {
                        let words: Vec<String> = aside
                            .split_whitespace()
                            .take(3)
                            .map(crate::tokens::fold)
                            .collect();
                        // (Or a share of them: "most of them", "la plupart d'entre eux".)
                        let share_of_them = words.len() == 3
                            && sent.lex.is(&words[1], Class::Of)
                            && sent.lex.is(&words[2], Class::RefersBack);
                        words.first().is_some_and(|w| opens_aside(w)) || share_of_them
                    });
                // (A cited headline's date: "\"Two Senegalese peacekeepers killed in Kidal
                // blast\", 15 December 2013.")
                let cited = between.trim_end().strip_suffix(',').is_some_and(|b| {
                    let b = b.trim_end();
                    b.strip_suffix(['"', '”'])
                        .is_some_and(|inner| !inner.contains(['"', '“', '”', ',', ';']))
                        && sent.text[..at].rfind(['"', '“']).is_some()
                });
                // (A date in brackets right after the figure's phrase is its own: "15 209
                // uniformed personnel (June 2020)".)
                let bracketed = between
                    .trim_end()
                    .strip_suffix('(')
                    .is_some_and(|b| !b.contains([',', ';', '—', '(', ')']));
                apposition || bracketed || cited || !between.contains([',', ';', '—', '('])
            }
    };
    // "A UN report in May concluded that … killed at least 500 people … in March 2022": a date
    // before a verb of reporting and its "that" dates the report, not the figures it reports.
    let reported = |d: &DateMention| {
        d.end <= at
            && (sent.tok_at(d.end)..m.first).any(|k| {
                sent.is(k, Class::Reports) && matches!(sent.word(k + 1), "that" | "que" | "qu")
            })
    };
    let resolved = with_relative_dates(sent, published, heading_year, narrative);
    let usable: Vec<&DateMention> = resolved
        .iter()
        .filter(|d| {
            !in_participle_aside(sent, d, at)
                && !in_dateline(sent, d, at, published)
                && !a_term_end(sent, d)
                && !a_comparison_base(sent, d, end)
                && !in_future_clause_before(sent, d, at, clause_only)
                && !a_future_deadline(sent, d, m, clause_only)
                && (d.cue == Cue::AsOf || same_clause(d))
        })
        .collect();
    // "Le Togo, l'un des premiers pays à avoir dépêché des troupes début 2013, aligne
    // actuellement quelque 930 militaires": a word of the present just before the figure says
    // it holds now; a date earlier in the sentence is another clause's.
    // (Past a qualifier: "today they are more than 375,000"; or right after the figure: "plus
    // de 375 000 aujourd'hui".)
    let present = (sent.past_qualifiers(m.first).saturating_sub(4)..m.first)
        .chain(m.last + 1..m.last + 2)
        .any(|k| sent.is(k, Class::Present));
    let usable: Vec<&DateMention> = if present {
        usable.into_iter().filter(|d| d.start >= end).collect()
    } else {
        usable
    };
    // (Only when the figure has a date of its own after it: "In September 2021, the army had
    // reported that 22 … had been killed" keeps the report's date.)
    let usable: Vec<&DateMention> = if usable.iter().any(|d| d.start >= end) {
        usable.into_iter().filter(|d| !reported(d)).collect()
    } else {
        usable
    };
    // A date right after the number is its own ("rose to 120,298 as at 30 April, compared
    // with 99,039 in January"; "contre 61 404 en avril"), whatever the sentence's "as at"
    // says of the figure before it.
    if let Some(d) = usable.iter().find(|d| {
        d.from.is_some()
            && matches!(d.cue, Cue::AsOf | Cue::Plain)
            && d.cue_start >= end
            && d.start - end <= 16
            && matches!(
                sent.text.get(end..d.cue_start.max(d.start)).map(str::trim),
                Some(
                    "" | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "en"
                        | "au"
                        | "le"
                        | "fin"
                        | "mi"
                        | "debut"
                        | "début"
                        | "by the end of"
                        | "at the end of"
                        | "by end"
                        | "by early"
                        | "by late"
                        | "à la fin de"
                        | "à la fin"
                        | "d'ici à"
                        | "d'ici"
                )
            )
    }) {
        let basis = if d.cue == Cue::AsOf {
            DateBasis::Stated
        } else {
            DateBasis::Event
        };
        return (d.from, d.to, basis);
    }
    if let Some(d) = usable
        .iter()
        .find(|d| d.cue == Cue::AsOf && d.from.is_some())
    {
        return (d.from, d.to, DateBasis::Stated);
    }
    let nearest = |keep: &dyn Fn(&DateMention) -> bool| {
        usable.iter().copied().filter(|d| keep(d)).min_by_key(|d| {
            // A date that overlaps the number is nearest of all.
            if d.start >= at {
                d.start - at
            } else {
                at.saturating_sub(d.end)
            }
        })
    };
    // "since the mission deployed in 2013": a "since" a few words before the date.
    let since = |d: &DateMention| {
        d.cue == Cue::Since || {
            let k = sent.tok_at(d.start);
            (k.saturating_sub(12)..k).any(|j| matches!(sent.word(j), "since" | "depuis"))
        }
    };
    if let Some(d) = nearest(&|d| (matches!(d.cue, Cue::Period) || since(d)) && d.from.is_some()) {
        // "since October 2014, when nine peacekeepers were gunned down": the clause the
        // date's "when" opens happened at that date.
        let k = sent.tok_at(d.end);
        let when = d.end <= at
            && (k..(k + 2).min(sent.toks.len()))
                .find(|&j| sent.toks[j].is_word())
                .is_some_and(|j| sent.is(j, Class::When));
        if when {
            return (d.from, d.to, DateBasis::Event);
        }
        let end = if since(d) {
            // Under a year's heading ("2017: … Cumulative since 2013: 111"), the period runs
            // to that year, not to the text's date.
            let heading_end = heading_year
                .filter(|h| published.is_none_or(|p| *h < p.year))
                .map(PartialDate::year);
            d.to.or(heading_end).or(published)
        } else if d.to.is_none() && open_end(sent, d) {
            // "between 2013 and its departure", "entre 2013 et la fermeture": an end that
            // is no date runs to the text's.
            published.or(d.from)
        } else {
            d.to.or(d.from)
        };
        return (d.from, end, DateBasis::Period);
    }
    if let Some(d) = nearest(&|d| d.from.is_some()) {
        // "Over the whole period 2013–2023, 742 were injured": a span counts up to its end.
        let basis = if d.to.is_some() {
            DateBasis::Period
        } else {
            DateBasis::Event
        };
        return (d.from, d.to, basis);
    }
    // "Resolution 2100 authorized up to 11,200 military personnel": a resolution cited by its
    // number alone dates the figures of its sentence.
    if let Some(d) =
        cited_resolution(sent, m).filter(|d| published.is_none_or(|p| d.year <= p.year))
    {
        return (Some(d), None, DateBasis::Event);
    }
    if let Some(y) = heading_year {
        return (Some(PartialDate::year(y)), None, DateBasis::Event);
    }
    // "… raised the ceiling to 13,289 military (UNSC, 2016)": an author-date citation closing
    // the sentence after the figure dates what it cites.
    if let Some(y) = cited_year(sent, end).filter(|&y| published.is_none_or(|p| y <= p.year)) {
        return (Some(PartialDate::year(y)), None, DateBasis::Stated);
    }
    match published {
        Some(p) => (Some(p), None, DateBasis::Publication),
        None => (None, None, DateBasis::Unknown),
    }
}

/// Whether a period's start is followed by an end that is no date ("between 2013 and the
/// closure").
fn open_end(sent: &Sentence, d: &DateMention) -> bool {
    let k = sent.tok_at(d.end);
    d.cue == Cue::Period
        && sent.is(k, Class::Coordinator)
        && sent.toks.get(k + 1).is_some_and(|t| t.is_word())
        // (Not when a date after it gives the end: "entre janvier 2013 et la fin de
        // l'opération, en juillet 2014".)
        && !sent.dates.iter().any(|x| x.start > d.end)
}

/// The year of an author-date citation that closes the sentence after byte `from`: "(UNSC,
/// 2016)", "(UN DPKO 2017)", "(Bundestag 2018a)": brackets holding a name that starts with a
/// capital, then a year, and nothing after them but the sentence's end.
fn cited_year(sent: &Sentence, from: usize) -> Option<i32> {
    let text = sent.text.trim_end();
    let text = text.strip_suffix(['.', ';']).unwrap_or(text).trim_end();
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    if open < from {
        return None;
    }
    let inner = &inner[open + 1..];
    let (name, year) = inner.rsplit_once(' ')?;
    let year = year.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let name = name.trim_end_matches(',').trim();
    let named = name.starts_with(|c: char| c.is_uppercase())
        && !name.contains(|c: char| c.is_ascii_digit());
    named.then(|| crate::dates::is_year(year)).flatten()
}

/// The end of the period a report says it covers ("The present report covers developments
/// from 1 October to 20 December 2021"), read from its first sentences: a figure of the
/// report without a date of its own holds as of then, not as of the cover date.
pub fn report_period_end<'a>(
    sentences: impl Iterator<Item = &'a Sentence<'a>>,
) -> Option<PartialDate> {
    sentences.take(30).find_map(|s| {
        if !s.any(crate::lexicon::Class::Covers) {
            return None;
        }
        s.dates.iter().find_map(|d| d.from.and(d.to))
    })
}

/// The year each block of a timeline sits under: a heading that is only a year ("2014",
/// "2014:") dates the entries after it, until another heading. Keyed by block id.
pub fn year_headings(doc: &Document) -> HashMap<String, i32> {
    let mut out = HashMap::default();
    let mut year: Option<i32> = None;
    for b in &doc.blocks {
        let text = doc.slice(b.span).trim().trim_end_matches(':');
        let bare_year = (text.len() == 4)
            .then(|| text.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y));
        if bare_year.is_some() {
            year = bare_year;
            continue;
        }
        // A heading that is a timeline's entry ("11 January 2013 - Operation Serval") dates
        // the paragraphs under it, as a bare year heading does; so does an archive column's
        // ("Eight years ago this week (2 July 2015)", "Ten years ago today").
        // (A short line trailing off, "And yesterday...", heads what follows as a heading:
        // it ends the reign of the heading before.)
        let trailing = text.ends_with("...") || text.ends_with('…');
        let entry = entry_year(text);
        if b.kind == BlockKind::Heading || trailing && text.split_whitespace().count() <= 6 {
            year = entry.or_else(|| {
                doc.meta
                    .published
                    .and_then(|p| years_ago_heading(text, p.year))
            });
        }
        if let Some(y) = entry.or(year) {
            out.insert(b.id.clone(), y);
        }
    }
    out
}

/// The year an archive column's heading looks back to: the one date it gives, in brackets
/// ("Seven years ago (29 June 2016)"), else its count of years back from the text's own
/// (`published`): "Ten years ago today", « Il y a dix ans ».
fn years_ago_heading(text: &str, published: i32) -> Option<i32> {
    let toks = crate::tokens::tokenize(text);
    let words: Vec<String> = toks
        .iter()
        .map(|t| crate::tokens::fold(t.text(text)))
        .collect();
    let french = words.iter().any(|w| w == "ans");
    let count = |w: &str| {
        w.parse::<i32>()
            .ok()
            .or_else(|| super::numbers::word_value(w, french).map(|v| v as i32))
    };
    // "N years ago", « il y a N ans ».
    let back = (0..words.len()).find_map(|k| {
        let english = matches!(words.get(k + 1).map(String::as_str), Some("years" | "year"))
            && words.get(k + 2).is_some_and(|w| w == "ago");
        let french = k >= 2
            && words[k - 2] == "il"
            && words[k - 1] == "y"
            && matches!(words.get(k + 1).map(String::as_str), Some("ans" | "an"));
        (english || french).then(|| count(&words[k])).flatten()
    })?;
    let dates = crate::dates::find_dates(text, &toks);
    match dates.as_slice() {
        [d] if d.to.is_none() => d.from.map(|f| f.year),
        [] => Some(published - back),
        _ => None,
    }
}

/// The year of a timeline's entry, which opens on its date and a dash or colon ("• 31
/// December 2023 — The mission ends. Over ten years, 311 peacekeepers died."): every sentence
/// of the entry without a date of its own happened then.
fn entry_year(text: &str) -> Option<i32> {
    // A chronology's table row whose first cell is its year: "| 2013 | 25 April: …".
    if let Some(rest) = text.trim_start().strip_prefix('|') {
        let cell = rest.split('|').next().unwrap_or("").trim();
        return (cell.len() == 4)
            .then(|| cell.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y));
    }
    let body = crate::tokens::after_bullet(text).map_or(text, str::trim_start);
    // Only the entry's head, up to its dash or colon, is read: this runs for every block.
    // A dash set off by a space ("11 January 2013 — …", not "Secretary-General"), or a colon.
    let cut = body
        .char_indices()
        .take(40)
        .find(|&(i, c)| c == ':' || matches!(c, '—' | '–' | '-') && body[..i].ends_with(' '))
        .map(|(i, _)| i)?;
    let head = &body[..cut];
    let toks = crate::tokens::tokenize(head);
    let first = crate::dates::find_dates(head, &toks).into_iter().next()?;
    (first.start == 0 && head[first.end..].trim().is_empty()).then_some(first.from?.year)
}

/// A date in a future clause before the number's own clause: "Sweden … will leave in 2023,
/// and Germany, with about 1,100 soldiers on the ground, is debating an exit" — 2023 dates the
/// plan, not the 1,100. Only across a new clause (", and", ", but", ";", ", while", « , et »,
/// « , mais »): "will reach full strength by end 2013, with 11,200 troops" gives the plan's
/// figures, and keeps its date. For troop and casualty figures (`clause_only`), as `as_of`'s
/// other clause tests.
fn in_future_clause_before(
    sent: &Sentence,
    d: &DateMention,
    number_at: usize,
    clause_only: bool,
) -> bool {
    if !clause_only || d.end > number_at {
        return false;
    }
    let between = sent.text.get(d.end..number_at).unwrap_or("");
    let new_clause = [
        ", and ", ", but ", "; ", ", while ", ", et ", ", mais ", " tandis ",
    ]
    .iter()
    .any(|joint| between.contains(joint));
    if !new_clause {
        return false;
    }
    let start = d.cue_start.min(d.start);
    let k = sent.tok_at(start);
    (k.saturating_sub(10)..k).any(|j| {
        sent.is(j, Class::Future)
            && !sent
                .text
                .get(sent.toks[j].end..start)
                .is_some_and(|gap| gap.contains([',', ';']))
    })
}

/// A deadline after the figure in a sentence of the future ("its 1,100 troops will be out by
/// May 2024", « retirera d'ici à mai 2024 les quelque 1 100 soldats »): when the figure will
/// be gone, not when it holds; the figure holds as of the text. Not a target the deadline
/// brings ("will be cut to 2,500 by 2023", « ramenée à environ 2 500 hommes d'ici 2023 »).
fn a_future_deadline(
    sent: &Sentence,
    d: &DateMention,
    m: &NumberMention,
    clause_only: bool,
) -> bool {
    if !clause_only {
        return false;
    }
    let at = d.cue_start.min(d.start);
    let Some(k) = sent.toks.iter().rposition(|t| t.end <= at) else {
        return false;
    };
    // French "d'ici (à)" is a deadline by itself; English "by" with a word of the future
    // before it ("by June 2013, AFISMA had 6,300" is an as-of date).
    // (Only the words right before the date are folded: this runs for every date of every
    // figure.)
    let raw = sent.text[..at].trim_end();
    let tail = raw.char_indices().rev().nth(23).map_or(0, |(i, _)| i);
    let before = crate::tokens::fold(&raw[tail..].replace('’', "'"));
    let dici = ["d'ici", "d'ici a", "d'ici au", "d'ici la", "d'ici le"]
        .iter()
        .any(|k| before.ends_with(k));
    let by = sent.word(k) == "by" && (0..k).any(|j| sent.is(j, Class::Future));
    // (A range's second end too: "ramené à 2 500 ou 3 000 hommes".)
    // (The preposition before the figure, past a range's first end and an article: "intends
    // to withdraw its 1,100 soldiers by May 2024" sets no target.)
    let q = sent.past_qualifiers(m.first);
    let mut j = q;
    while j > 0
        && (sent.toks[j - 1].is_num()
            || sent.is(j - 1, Class::Range) && j >= 2 && sent.toks[j - 2].is_num()
            || sent.is(j - 1, Class::Article)
            || matches!(sent.word(j - 1), "between" | "entre"))
    {
        j = sent.past_qualifiers(j - 1);
    }
    let target = j > 0 && matches!(sent.word(j - 1), "to" | "a" | "à");
    (dici || by) && !target
}

/// The date a superlative after the figure compares it with ("killing seven peacekeepers in
/// the bloodiest assault on the mission since it deployed in 2013", "le bilan le plus lourd
/// depuis 2013"): the figure is measured against that date, it does not count from it.
/// A superlative word (lexicon class `superlative`), or a degree word after an article ("the
/// most", "la plus"), a few words before the "since" of a date after the figure.
fn a_comparison_base(sent: &Sentence, d: &DateMention, figure_end: usize) -> bool {
    if d.start < figure_end {
        return false;
    }
    let from = sent.tok_at(figure_end);
    let Some(since) = (from..sent.tok_at(d.start))
        .rev()
        .find(|&j| matches!(sent.word(j), "since" | "depuis"))
    else {
        return false;
    };
    (since.saturating_sub(8).max(from)..since).any(|j| {
        sent.is(j, Class::Superlative)
            || (sent.is(j, Class::SuperlativeDegree) && j > 0 && sent.is(j - 1, Class::Article))
    })
}

/// A date a mandate or a plan runs until ("extended the mandate until 30 June 2019", "proroge
/// jusqu'au 30 juin 2023 le mandat"): the end of a term, not when a figure holds. Read from
/// the words as written, since French elision folds "jusqu'au" to "au".
fn a_term_end(sent: &Sentence, d: &DateMention) -> bool {
    let at = d.cue_start.min(d.start);
    let Some(k) = sent.toks.iter().rposition(|t| t.end <= at) else {
        return false;
    };
    (k.saturating_sub(1)..=k).any(|j| {
        let w = crate::tokens::fold(sent.toks[j].text(sent.text));
        let head = crate::tokens::split_elision(&w).map_or(w.as_str(), |(head, _)| head);
        let term_end = crate::lexicon::Class::TermEnd;
        sent.lex.is(&w, term_end) || sent.lex.is(head, term_end)
    })
}

/// The dates short lines give the parts of a text after them, with where each line starts:
/// "Answered on 9 December 2020", "Réponse du ministère publiée dans le JO Sénat du
/// 10/02/2022" (a word of lexicon class `published` and a full date, in a line of a dozen
/// words at most).
/// Only after the text has begun: the lines above its first full sentence of some length are
/// its header, which dates the whole text.
pub fn section_dates(doc: &Document, lex: &Lexicon) -> Vec<(u32, PartialDate)> {
    let mut out = Vec::new();
    let body = doc
        .blocks
        .iter()
        .position(|b| {
            let text = doc.slice(b.span).trim_end();
            text.split_whitespace().count() >= 12 && text.ends_with(['.', '?', '!'])
        })
        .map_or(doc.blocks.len(), |i| i + 1);
    for b in &doc.blocks[body..] {
        for line in doc.slice(b.span).lines() {
            // Most lines are sentences of a paragraph: counted before any tokenising.
            if line.split_whitespace().nth(12).is_some() {
                continue;
            }
            let toks = crate::tokens::tokenize(line);
            let words: Vec<&str> = toks
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.text(line))
                .collect();
            if words.len() > 12 {
                continue;
            }
            let dates = crate::dates::find_dates(line, &toks);
            let published = words
                .iter()
                .any(|w| lex.is(&crate::tokens::fold(w), Class::Published));
            if !published
                && !source_and_date_line(line, &toks, &dates)
                && !bare_date_line(line, &toks, &dates)
            {
                continue;
            }
            let day = dates
                .into_iter()
                .filter_map(|d| d.from)
                .find(|d| d.day.is_some());
            if let Some(d) = day {
                out.push((b.span.start, d));
            }
        }
    }
    out
}

/// A line that is only a date and its time, with its weekday and zone at most ("Sat, 05 Mar
/// 2022 09:03:00 GMT", a news feed's item date): the story under it was published then.
fn bare_date_line(line: &str, toks: &[crate::tokens::Token], dates: &[DateMention]) -> bool {
    let [d] = dates else {
        return false;
    };
    let weekday = |w: &str| {
        let w = crate::tokens::fold(w);
        crate::dates::WEEKDAYS
            .iter()
            .any(|day| day.starts_with(w.as_str()) && w.len() >= 3)
    };
    // A time's figures ("09:03:00") and a zone's capitals ("GMT", "UTC").
    let time_or_zone = |k: usize| {
        let t = toks[k];
        let text = t.text(line);
        (t.is_num()
            && (toks
                .get(k + 1)
                .is_some_and(|n| n.is_punct(line, ":") && !n.space_before)
                || k > 0 && toks[k - 1].is_punct(line, ":") && !t.space_before))
            || (t.is_word() && text.len() <= 4 && text.chars().all(|c| c.is_ascii_uppercase()))
    };
    // (With its time of day, as a feed or a log stamps an entry; a timeline's bare date
    // heads only its entry, which the year headings read.)
    let timed = (0..toks.len()).any(|k| toks[k].is_num() && time_or_zone(k));
    timed
        && d.to.is_none()
        && d.from.is_some_and(|f| f.day.is_some())
        && (0..toks.len()).all(|k| {
            let t = toks[k];
            crate::dates::in_a_date(&t, dates)
                || !(t.is_word() || t.is_num())
                || t.is_word() && weekday(t.text(line))
                || time_or_zone(k)
        })
}

/// A search result's or a press review's byline: a source and a full date set apart by one
/// "·", "•" or "|" ("Reuters · 2 Jul 2015", "Le Monde | 12 mars 2019"), its only figures the
/// date's. A table row ("| 2019-01-20 | Aguelhok | 10 |") has more cells, and figures.
fn source_and_date_line(line: &str, toks: &[crate::tokens::Token], dates: &[DateMention]) -> bool {
    let separators = line.matches(['·', '•', '|']).count();
    let words = toks.iter().filter(|t| t.is_word()).count();
    separators == 1
        && words <= 8
        && dates
            .iter()
            .any(|d| d.from.is_some_and(|f| f.day.is_some()))
        && crate::dates::figures_only_in(toks, dates)
}

/// The day a sentence sets a scene on: one full date before the text's own, and no figure
/// besides it ("Les faits remontent au dimanche 20 janvier 2019.", "It was early on 20
/// January 2019."). The casualties the paragraph tells of next happened then.
pub fn scene_date(sent: &Sentence, published: Option<PartialDate>) -> Option<PartialDate> {
    let [d] = sent.dates.as_slice() else {
        return None;
    };
    let day = d
        .from
        // ("data as of 31 December 2020." too: a source's date for the figures after it.)
        .filter(|f| f.day.is_some() && d.to.is_none() && matches!(d.cue, Cue::Plain | Cue::AsOf))?;
    let before_text = published.is_some_and(|p| day.iso() < p.iso() && day.year < p.year);
    (before_text && crate::dates::figures_only_in(&sent.toks, std::slice::from_ref(d)))
        .then_some(day)
}

/// The last day or month with its year a sentence tells of ("On 10 January 2013, …"), or
/// without one in the story told so far ("On 22 February, …" after it): the year of the
/// story the next sentences tell. `None` ends the story: a sentence with another date ("In
/// March 2015 a helicopter crashed, and in July this year …") is no scene of one story.
pub fn story_date(sent: &Sentence, story: Option<PartialDate>) -> Option<PartialDate> {
    let [d] = sent.dates.as_slice() else {
        return None;
    };
    if !opens_sentence(sent, d) || d.cue != Cue::Plain || d.to.is_some() {
        return None;
    }
    match (d.from, d.yearless, story) {
        (Some(f), _, _) => Some(f).filter(|f| f.month.is_some()),
        (None, Some((month, day)), Some(a)) => {
            let year = a.year + i32::from(!follows(a, month, day));
            Some(match day {
                Some(day) if day <= crate::model::days_in_month(year, month) => {
                    PartialDate::day(year, month, day)
                }
                _ => PartialDate::month(year, month),
            })
        }
        _ => None,
    }
}

/// Whether a date opens its sentence, after one word at most ("On 10 January 2013, …", "Le
/// 15 janvier, …"): it sets a scene. A date inside a sentence is more often a reference
/// back ("the accord of June 2015", "in February it sent 1,200").
fn opens_sentence(sent: &Sentence, d: &DateMention) -> bool {
    sent.text[..d.cue_start.min(d.start)]
        .split_whitespace()
        .count()
        <= 1
}

/// Whether a day or month without a year comes on or after a story's dated day in its year.
fn follows(a: PartialDate, month: u8, day: Option<u8>) -> bool {
    (month, day.unwrap_or(0)) >= (a.month.unwrap_or(1), a.day.unwrap_or(0))
}

/// The adoption of a Security Council resolution cited by number as the subject of the
/// figure's clause ("Resolution 2100 authorized up to 11,200", « la résolution 2295 porte
/// l'effectif à 13 289 »), as `corpus/data/resolutions.tsv` records it: before the figure,
/// with no comma and no verb of a present strength between ("…, established by resolution
/// 2100 (2013), brings together about 13 000 troops" holds as of the text).
fn cited_resolution(sent: &Sentence, m: &NumberMention) -> Option<PartialDate> {
    (1..m.first).rev().find_map(|k| {
        let t = sent.toks[k];
        if !(t.is_num() && sent.is(k - 1, Class::Reference)) {
            return None;
        }
        // (A relative clause after the resolution's name is its own: "la résolution 2100 du
        // Conseil de sécurité, qui autorise le déploiement de 11 200 militaires".)
        let clause = (k + 1..m.first).all(|j| {
            let comma = sent.toks[j].is_punct(sent.text, ",");
            (!matches!(sent.toks[j].text(sent.text), "," | ";" | ":")
                || comma && sent.is(j + 1, Class::Relative))
                && !sent.is(j, Class::Deploy)
                && !sent.is(j, Class::Running)
        });
        clause
            .then(|| t.text(sent.text).parse::<u32>().ok())
            .flatten()
            .and_then(crate::resolutions::adopted)
    })
}

/// A force's figure that nothing dates but the text's own date, in a text written after the
/// force left ("the mission had some 1,800 civilian staff" in a 2024 retrospective; a total
/// "since 2013" there), holds as of its departure at the latest: the period it counts ends
/// then. The departure dates are data (`forces.tsv`).
pub(super) fn after_the_force_left(facts: &mut [super::Fact], published: Option<PartialDate>) {
    let g = crate::gazetteer::gazetteer();
    for f in facts.iter_mut() {
        let Some(date) = f.as_of().and_then(PartialDate::parse_iso) else {
            continue;
        };
        let own_date = match f.date_basis {
            DateBasis::Publication => true,
            DateBasis::Period => published == Some(date),
            _ => false,
        };
        if !own_date {
            continue;
        }
        // "MINUSMA, Chadian contingent" is MINUSMA's.
        // (A mission's: a military operation's strength in a retrospective's present tense,
        // "Barkhane struggles with its 5,000 men", stays the text's assumption, dated by it.)
        let Some(ended) = g
            .subject_force(f.subject.as_deref())
            .map(|i| &g.forces[i])
            .filter(|x| matches!(x.kind, ForceKind::PeaceOperation | ForceKind::RegionalOrg))
            .and_then(|x| x.ended)
        else {
            continue;
        };
        if date.year > ended.year {
            // ("since 2013" keeps its start.)
            if f.date_basis == DateBasis::Period && f.date_end.is_some() {
                f.date_end = Some(ended.iso());
            } else {
                f.date = Some(ended.iso());
                f.date_basis = DateBasis::Period;
            }
        }
    }
}
