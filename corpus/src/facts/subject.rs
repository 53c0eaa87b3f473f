//! Whom a number is about. Casualty and displacement counts are about the people they count;
//! personnel counts belong to the force named nearest the number ("Operation Barkhane, … its
//! 5,000 men" is Barkhane's, not MINUSMA's), with a national contingent when the text names one
//! ("Chadian peacekeepers" → "MINUSMA, Chadian contingent"). A pronoun ("they", "it") borrows
//! the previous sentence's force.

use super::numbers::NumberMention;
use super::{Category, Sentence};
use crate::gazetteer::{gazetteer, Entity, ForceKind, Mention};
use crate::model::Document;

pub struct Subject {
    pub name: Option<String>,
    pub contingent: Option<String>,
}

/// Words after a country adjective that make it a contingent ("Guinean contingent").
const CONTINGENT_WORDS: &[&str] = &[
    "contingent",
    "contingents",
    "peacekeepers",
    "peacekeeper",
    "troops",
    "soldiers",
    "battalion",
    "battalions",
    "blue",
    "police",
    "policemen",
    "unit",
    "units",
    "peacekeeping",
    "company",
];

fn personnel_force(m: &Mention) -> Option<usize> {
    let g = gazetteer();
    match m.entity {
        Entity::Force(i) if g.forces[i].kind.has_personnel() => Some(i),
        _ => None,
    }
}

/// The last force with personnel the sentence names.
pub fn last_force(sent: &Sentence) -> Option<usize> {
    sent.mentions.iter().rev().find_map(personnel_force)
}

/// The peace operation a document mentions most (at least twice): the mission its
/// unattributed "peacekeepers" belong to.
pub fn dominant_peace_operation(doc: &Document) -> Option<usize> {
    let g = gazetteer();
    let mut counts = vec![0usize; g.forces.len()];
    for b in doc.blocks.iter().filter(|b| b.kind.carries_claims()) {
        for m in g.find(doc.slice(b.span)) {
            if let Entity::Force(i) = m.entity {
                if g.forces[i].kind == ForceKind::PeaceOperation {
                    counts[i] += 1;
                }
            }
        }
    }
    let (i, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*n >= 2).then_some(i)
}

/// The contingent named in a sentence: (country, adjective as written).
fn contingent_in(sent: &Sentence) -> Option<(String, String)> {
    let g = gazetteer();
    for m in &sent.mentions {
        let Entity::Demonym(c) = m.entity else {
            continue;
        };
        if g.countries[c].name == "Mali" {
            continue;
        }
        let k = sent.tok_at(m.end);
        if (k..(k + 2).min(sent.toks.len())).any(|j| CONTINGENT_WORDS.contains(&sent.word(j))) {
            return Some((
                g.countries[c].name.clone(),
                sent.text[m.start..m.end].to_string(),
            ));
        }
    }
    None
}

fn nearest_force(
    sent: &Sentence,
    m: &NumberMention,
    want: impl Fn(ForceKind) -> bool,
) -> Option<usize> {
    let g = gazetteer();
    let at = sent.toks[m.first].start;
    sent.mentions
        .iter()
        .filter_map(|x| {
            personnel_force(x)
                .filter(|&i| want(g.forces[i].kind))
                .map(|i| (x, i))
        })
        .min_by_key(|(x, _)| {
            if x.start >= at {
                (x.start - at) * 2
            } else {
                at - x.end
            }
        })
        .map(|(_, i)| i)
}

pub fn subject(
    sent: &Sentence,
    prev: Option<&Sentence>,
    m: &NumberMention,
    category: Category,
    recent_force: Option<usize>,
    dominant: Option<usize>,
) -> Subject {
    let g = gazetteer();
    let none = Subject {
        name: None,
        contingent: None,
    };
    match category {
        Category::CiviliansKilled | Category::Displaced => {
            return Subject {
                name: Some("civilians".into()),
                contingent: None,
            };
        }
        Category::Other => {
            // Only a force named before the number owns it ("MINUSMA completed 286 projects");
            // one after it is usually a circumstance ("… seen in FAMA custody").
            let at = sent.toks[m.first].start;
            let owner = sent
                .mentions
                .iter()
                .rev()
                .filter(|x| x.end <= at)
                .find_map(personnel_force);
            // "the Mission … facilitated more than 30 agreements": the text's own mission.
            let the_mission =
                (1..m.first).any(|k| sent.word(k) == "mission" && sent.word(k - 1) == "the");
            let owner = owner.or(if the_mission { dominant } else { None });
            return Subject {
                name: owner.map(|i| g.forces[i].name.clone()),
                contingent: None,
            };
        }
        _ => {}
    }
    let peace_only = matches!(
        category,
        Category::PeacekeepersKilled | Category::PeacekeepersWounded
    );
    let own = if peace_only {
        nearest_force(sent, m, |k| k == ForceKind::PeaceOperation)
    } else {
        nearest_force(sent, m, |_| true)
    };
    let contingent = contingent_in(sent).or_else(|| {
        // "they suffered … at least 47 died": the contingent of the sentence before.
        if own.is_none() {
            prev.and_then(contingent_in)
        } else {
            None
        }
    });
    let force = own
        .or_else(|| {
            if contingent.is_some() || peace_only {
                return dominant;
            }
            prev.and_then(last_force).or(recent_force).or(dominant)
        })
        .filter(|&i| !peace_only || g.forces[i].kind == ForceKind::PeaceOperation)
        .or(if peace_only { dominant } else { None });
    let Some(f) = force else {
        return match contingent {
            Some((country, adj)) => Subject {
                name: Some(format!("{adj} contingent")),
                contingent: Some(country),
            },
            None => none,
        };
    };
    let name = g.forces[f].name.clone();
    match contingent {
        Some((country, adj)) if g.forces[f].kind == ForceKind::PeaceOperation => Subject {
            name: Some(format!("{name}, {adj} contingent")),
            contingent: Some(country),
        },
        _ => Subject {
            name: Some(name),
            contingent: None,
        },
    }
}
