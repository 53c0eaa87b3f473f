//! A fact's as-of date and why: a stated date ("As of …", "Per …") first, then a period the
//! sentence gives ("since …", "between … and …", "from … to …"), then the date of an event it
//! reports, else the document's publication date.

use super::numbers::NumberMention;
use super::{DateBasis, Sentence};
use crate::dates::{Cue, DateMention};
use crate::model::PartialDate;

/// Whether a date sits in a comma-delimited aside that starts with a participle and does not
/// hold the number: "Operation Barkhane, launched in August 2014 …, is struggling with its
/// 5,000 men" — August 2014 dates the launch, not the 5,000.
fn in_participle_aside(sent: &Sentence, d: &DateMention, number_at: usize) -> bool {
    let text = sent.text;
    let Some(open) = text[..d.cue_start].rfind(',') else {
        return false;
    };
    let close = text[d.end..]
        .find(',')
        .map(|p| d.end + p)
        .unwrap_or(text.len());
    if (open..close).contains(&number_at) {
        return false;
    }
    let first_word = text[open + 1..].split_whitespace().next().unwrap_or("");
    first_word.ends_with("ed") && first_word.chars().all(|c| c.is_alphabetic())
}

pub fn as_of(
    sent: &Sentence,
    m: &NumberMention,
    published: Option<PartialDate>,
    clause_only: bool,
) -> (Option<PartialDate>, Option<PartialDate>, DateBasis) {
    let at = sent.toks[m.first].start;
    // For troop and casualty figures (`clause_only`), a date after the number counts only
    // within its clause: in "Sweden, which has about 220 troops in Timbuktu, has announced it
    // will leave in 2023", 2023 dates the leaving.
    let same_clause = |d: &DateMention| {
        !clause_only || d.start < at || !sent.text[at..d.start].contains([',', ';', '—', '('])
    };
    let usable: Vec<&DateMention> = sent
        .dates
        .iter()
        .filter(|d| !in_participle_aside(sent, d, at) && (d.cue == Cue::AsOf || same_clause(d)))
        .collect();
    if let Some(d) = usable
        .iter()
        .find(|d| d.cue == Cue::AsOf && d.from.is_some())
    {
        return (d.from, d.to, DateBasis::Stated);
    }
    let nearest = |keep: &dyn Fn(&DateMention) -> bool| {
        usable.iter().copied().filter(|d| keep(d)).min_by_key(|d| {
            if d.start >= at {
                d.start - at
            } else {
                at - d.end
            }
        })
    };
    // "since the mission deployed in 2013": a "since" a few words before the date.
    let since = |d: &DateMention| {
        d.cue == Cue::Since || {
            let k = sent.tok_at(d.start);
            (k.saturating_sub(8)..k).any(|j| sent.word(j) == "since")
        }
    };
    if let Some(d) = nearest(&|d| (matches!(d.cue, Cue::Period) || since(d)) && d.from.is_some()) {
        let end = if since(d) {
            d.to.or(published)
        } else {
            d.to.or(d.from)
        };
        return (d.from, end, DateBasis::Period);
    }
    if let Some(d) = nearest(&|d| d.from.is_some()) {
        return (d.from, d.to, DateBasis::Event);
    }
    match published {
        Some(p) => (Some(p), None, DateBasis::Publication),
        None => (None, None, DateBasis::Unknown),
    }
}
