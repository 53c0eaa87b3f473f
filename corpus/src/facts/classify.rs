//! Qualifier, unit and category of a number, from the words around it: the noun it counts
//! ("15,209 uniformed personnel"), a casualty word near it ("have been killed", "360 wounded"),
//! and, for bare nouns ("174 people dead"), the evidence of the sentence and the one before.

use super::numbers::NumberMention;
use super::{Category, Qualifier, Sentence};
use crate::gazetteer::{gazetteer, Entity, ForceKind};

/// Who a casualty figure counts; carried to an elided noun ("173 … killed and 360 wounded").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Victims {
    Peacekeepers,
    Military,
    Civilians,
}

pub struct Classified {
    pub qualifier: Qualifier,
    pub unit: String,
    pub category: Category,
    pub victims: Option<Victims>,
    pub alleged: bool,
}

const KILL: &[&str] = &[
    "killed",
    "kill",
    "killing",
    "killings",
    "dead",
    "died",
    "die",
    "dies",
    "death",
    "deaths",
    "executed",
    "execution",
    "executions",
    "massacred",
    "murdered",
    "slain",
    "fatalities",
    "perished",
    "lives",
];
const WOUND: &[&str] = &[
    "wounded", "injured", "injuries", "hurt", "injuring", "wounding",
];
const PEACEKEEPER_WORDS: &[&str] = &[
    "peacekeepers",
    "peacekeeper",
    "helmets",
    "casques",
    "contingent",
    "contingents",
];
const MILITARY_NOUNS: &[&str] = &[
    "soldiers",
    "soldier",
    "troops",
    "troop",
    "servicemen",
    "marines",
    "paratroopers",
    "military",
];
const POLICE_NOUNS: &[&str] = &[
    "police",
    "policemen",
    "policewomen",
    "gendarmes",
    "gendarmerie",
];
const CIVILIAN_WORDS: &[&str] = &[
    "civilians",
    "civilian",
    "villagers",
    "residents",
    "inhabitants",
    "population",
    "massacre",
    "massacres",
    "execution",
    "executions",
    "children",
    "women",
];
const GENERIC_PEOPLE: &[&str] = &[
    "people",
    "persons",
    "men",
    "individuals",
    "bodies",
    "victims",
];
const DISPLACED: &[&str] = &[
    "displaced",
    "refugees",
    "idps",
    "displacement",
    "refuge",
    "fled",
    "flee",
    "homes",
];
const DURATIONS: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "decades",
    "decade", "minutes",
];
/// Abstract heads whose counts are turns of phrase, not claims ("two apparent ones", "the two
/// sides", "two key factors").
pub const NOT_CLAIM_HEADS: &[&str] = &[
    "ones",
    "sides",
    "factors",
    "ingredients",
    "reasons",
    "things",
    "aspects",
    "ways",
    "options",
    "questions",
    "lessons",
    "elements",
    "points",
    "parts",
    "examples",
    "levels",
    "dimensions",
    "priorities",
    "goals",
    "objectives",
    "pillars",
    "types",
    "kinds",
    "times",
    "fronts",
    "issues",
];

/// Words that end the noun phrase after a number.
const NP_STOP: &[&str] = &[
    "of",
    "in",
    "to",
    "from",
    "by",
    "with",
    "and",
    "or",
    "that",
    "who",
    "which",
    "since",
    "for",
    "were",
    "was",
    "have",
    "has",
    "had",
    "are",
    "is",
    "be",
    "been",
    "on",
    "at",
    "as",
    "the",
    "a",
    "an",
    "its",
    "their",
    "than",
    "per",
    "over",
    "during",
    "including",
    "across",
    "into",
    "within",
    "while",
    "because",
    "after",
    "before",
    "when",
    "where",
    "whose",
    "but",
    "not",
    "ago",
    "later",
    "earlier",
    "more",
    "less",
    "each",
    "every",
    "this",
    "these",
    "those",
    "it",
    "they",
    "he",
    "she",
    "we",
    "would",
    "will",
    "could",
    "can",
    "may",
];

/// The noun phrase after a number: folded words, and whether each was capitalised.
fn noun_phrase(sent: &Sentence, m: &NumberMention) -> Vec<(String, bool)> {
    let mut i = m.last + 1;
    if m.vague && sent.word(i) == "of" {
        i += 1;
    }
    let mut out = Vec::new();
    while i < sent.toks.len() && out.len() < 4 {
        let t = sent.toks[i];
        if t.is_punct(sent.text, "-") && !t.space_before {
            i += 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = sent.word(i);
        // Adverbs end the phrase too ("the two sides finally agreed").
        if NP_STOP.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            break;
        }
        let cap = t
            .text(sent.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        out.push((w.to_string(), cap));
        i += 1;
    }
    // Verbs and participles trailing the noun ("people dead", "militias emerged").
    while let Some((w, _)) = out.last() {
        let verbish = KILL.contains(&w.as_str())
            || WOUND.contains(&w.as_str())
            || (w.ends_with("ed") && w != "displaced" && out.len() > 1);
        if verbish {
            out.pop();
        } else {
            break;
        }
    }
    if out.len() == 1 && (KILL.contains(&out[0].0.as_str()) || WOUND.contains(&out[0].0.as_str())) {
        out.clear();
    }
    // "soldiers and police": a joint count, not two.
    let next = m.last + 1 + out.len() + usize::from(m.vague);
    if !out.is_empty()
        && sent.word(next) == "and"
        && !sent.toks.get(next + 1).is_some_and(|t| t.is_num())
    {
        let w = sent.word(next + 1);
        if POLICE_NOUNS.contains(&w) || MILITARY_NOUNS.contains(&w) {
            out.push(("and".into(), false));
            out.push((w.to_string(), false));
        }
    }
    out
}

fn qualifier(sent: &Sentence, m: &NumberMention, unit_is_duration: bool) -> Qualifier {
    if m.vague {
        return Qualifier::Vague;
    }
    let w = |k: usize| {
        if m.first >= k {
            sent.word(m.first - k)
        } else {
            ""
        }
    };
    let (w1, w2, w3) = (w(1), w(2), w(3));
    match (w3, w2, w1) {
        (_, "at", "least")
        | ("no", "fewer", "than")
        | ("not", "less", "than")
        | (_, "minimum", "of") => Qualifier::AtLeast,
        (_, "more", "than")
        | (_, "in", "excess")
        | (_, "upwards", "of")
        | (_, _, "above")
        | (_, _, "exceeding") => Qualifier::MoreThan,
        (_, _, "over") if !unit_is_duration => Qualifier::MoreThan,
        (_, "up", "to")
        | (_, "as", "many")
        | ("as", "many", "as")
        | ("as", "much", "as")
        | (_, "maximum", "of") => Qualifier::UpTo,
        (_, "close", "to") | (_, "just", "under") | (_, _, "almost") | (_, _, "nearly") => {
            Qualifier::Nearly
        }
        (_, "fewer", "than") | (_, "less", "than") | (_, _, "under") | (_, _, "below") => {
            Qualifier::LessThan
        }
        (_, _, "estimated") | (_, "estimate", "of") => Qualifier::Estimated,
        (_, _, "about")
        | (_, _, "approximately")
        | (_, _, "roughly")
        | (_, _, "around")
        | (_, _, "some")
        | (_, _, "circa")
        | (_, _, "approx") => Qualifier::About,
        _ if m.approximate => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

/// The unit of measurements that are never personnel counts.
fn measure_unit(sent: &Sentence, m: &NumberMention, np: &[(String, bool)]) -> Option<String> {
    let first = np.first().map(|(w, _)| w.as_str()).unwrap_or("");
    let second = np.get(1).map(|(w, _)| w.as_str()).unwrap_or("");
    if m.percent || first == "percent" || (first == "per" && second == "cent") || first == "pc" {
        return Some("percent".into());
    }
    let before = if m.first > 0 {
        sent.toks[m.first - 1].text(sent.text)
    } else {
        ""
    };
    if before == "$"
        || first == "usd"
        || first == "dollars"
        || (first == "us" && second == "dollars")
    {
        return Some("USD".into());
    }
    if before == "€" || first == "euros" || first == "eur" {
        return Some("EUR".into());
    }
    if first == "cfa" || first == "fcfa" {
        return Some("XOF".into());
    }
    if (first == "square" && (second.starts_with("kilomet") || second == "km"))
        || first == "km"
        || first == "sq"
    {
        return Some("km²".into());
    }
    if DURATIONS.contains(&first) {
        let u = if first.ends_with('s') {
            first.to_string()
        } else {
            format!("{first}s")
        };
        return Some(u);
    }
    None
}

/// The casualty word nearest the number within a few words, preferring those after it.
fn casualty(sent: &Sentence, m: &NumberMention) -> Option<bool> {
    let mut best: Option<(usize, bool)> = None;
    let lo = m.first.saturating_sub(5);
    let hi = (m.last + 8).min(sent.toks.len());
    for k in lo..hi {
        let w = sent.word(k);
        let kind = if KILL.contains(&w) {
            // "lives" counts only in "lost their lives".
            if w == "lives" && !(k >= 2 && sent.word(k - 2) == "lost") {
                continue;
            }
            true
        } else if WOUND.contains(&w) {
            false
        } else {
            continue;
        };
        let d = if k > m.last {
            k - m.last
        } else {
            (m.first - k) + 2
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, kind));
        }
    }
    best.map(|(_, k)| k)
}

fn is_peace_op_mentioned(sent: &Sentence) -> bool {
    let g = gazetteer();
    sent.mentions.iter().any(
        |m| matches!(m.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::PeaceOperation),
    )
}

/// Who died or was hurt, when the noun does not say: the sentence's evidence, else the
/// previous sentence's, else the force the text is about.
fn victims_from_context(
    sent: &Sentence,
    prev: Option<&Sentence>,
    fallback_force: Option<usize>,
) -> Victims {
    for s in std::iter::once(sent).chain(prev) {
        let civil = s.has_word(CIVILIAN_WORDS);
        let pk = s.has_word(PEACEKEEPER_WORDS)
            || (s.has_word(&["casualties"]) && is_peace_op_mentioned(s));
        if civil {
            return Victims::Civilians;
        }
        if pk {
            return Victims::Peacekeepers;
        }
    }
    let g = gazetteer();
    match fallback_force.map(|i| g.forces[i].kind) {
        Some(ForceKind::PeaceOperation)
            if sent.has_word(&["mission", "organization", "organisation", "force"]) =>
        {
            Victims::Peacekeepers
        }
        _ => Victims::Civilians,
    }
}

fn np_has(np: &[(String, bool)], list: &[&str]) -> bool {
    np.iter().any(|(w, _)| list.contains(&w.as_str()))
}

/// Whether the words just before the number name what it counts ("a civilian component of").
fn before_has(sent: &Sentence, m: &NumberMention, list: &[&str], span: usize) -> bool {
    (m.first.saturating_sub(span)..m.first).any(|k| list.contains(&sent.word(k)))
}

pub fn classify(
    sent: &Sentence,
    prev: Option<&Sentence>,
    m: &NumberMention,
    carried: Option<Victims>,
    fallback_force: Option<usize>,
) -> Classified {
    let np = noun_phrase(sent, m);
    let measure = measure_unit(sent, m, &np);
    let qualifier = qualifier(
        sent,
        m,
        measure.as_deref().is_some_and(|u| DURATIONS.contains(&u)),
    );
    let alleged = (m.first.saturating_sub(6)..m.first).any(|k| {
        matches!(
            sent.word(k),
            "alleged" | "allegedly" | "reportedly" | "purported"
        )
    });
    let lowercase: Vec<&str> = np
        .iter()
        .filter(|(_, cap)| !cap)
        .map(|(w, _)| w.as_str())
        .collect();
    let mut unit = if lowercase.is_empty() {
        np.iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        lowercase.join(" ")
    };
    let done = |category, unit: String, victims| Classified {
        qualifier,
        unit,
        category,
        victims,
        alleged,
    };
    if let Some(u) = measure {
        return done(Category::Other, u, None);
    }
    if np
        .last()
        .is_some_and(|(w, _)| NOT_CLAIM_HEADS.contains(&w.as_str()))
    {
        // The caller drops `other` facts without a unit.
        return done(Category::Other, String::new(), None);
    }
    let g = gazetteer();
    let np_force_kind = sent
        .mentions
        .iter()
        .find(|x| x.start >= sent.toks[m.last].end && x.start <= sent.toks[m.last].end + 12)
        .and_then(|x| match x.entity {
            Entity::Force(i) => Some(g.forces[i].kind),
            _ => None,
        });
    if let Some(killed) = casualty(sent, m) {
        let victims = if np_has(&np, PEACEKEEPER_WORDS)
            || (np_has(&np, &["personnel"]) && np_force_kind == Some(ForceKind::PeaceOperation))
        {
            Victims::Peacekeepers
        } else if np_has(
            &np,
            &[
                "civilians",
                "civilian",
                "villagers",
                "residents",
                "children",
                "women",
            ],
        ) {
            Victims::Civilians
        } else if np_has(&np, MILITARY_NOUNS) || np_has(&np, POLICE_NOUNS) {
            match np_force_kind {
                Some(ForceKind::PeaceOperation) => Victims::Peacekeepers,
                _ => Victims::Military,
            }
        } else if np.is_empty() && carried.is_some() {
            carried.expect("checked")
        } else if np.is_empty()
            || np_has(&np, GENERIC_PEOPLE)
            || np_has(&np, &["killings", "deaths", "personnel"])
        {
            victims_from_context(sent, prev, fallback_force)
        } else {
            // "two high-ranking officers … killed"? A noun we cannot place: not a casualty count.
            return done(Category::Other, unit, None);
        };
        if unit.is_empty() || unit == "killings" || unit == "deaths" {
            unit = match victims {
                Victims::Civilians => "people".into(),
                _ => "personnel".into(),
            };
        }
        let category = match (victims, killed) {
            (Victims::Peacekeepers, true) => Category::PeacekeepersKilled,
            (Victims::Peacekeepers, false) => Category::PeacekeepersWounded,
            (Victims::Civilians, true) => Category::CiviliansKilled,
            (Victims::Military, true) => Category::MilitaryKilled,
            (_, false) => return done(Category::Other, format!("{unit} wounded"), Some(victims)),
        };
        return done(category, unit, Some(victims));
    }
    // The head noun decides ("two military coups" counts coups, not soldiers).
    let head = np.last().map(|(w, _)| w.as_str()).unwrap_or("");
    let is = |list: &[&str]| list.contains(&head);
    let joint = np_has(&np, &["and"]) && np_has(&np, POLICE_NOUNS) && np_has(&np, MILITARY_NOUNS);
    let category = if joint || (np_has(&np, &["uniformed"]) && is(&["personnel"])) {
        Category::UniformedPersonnel
    } else if is(POLICE_NOUNS) || (is(&["officers", "units"]) && np_has(&np, &["police"])) {
        Category::Police
    } else if (np_has(&np, &["civilian"]) && is(&["staff", "personnel", "employees", "component"]))
        || ((np.is_empty() || is(GENERIC_PEOPLE))
            && before_has(sent, m, &["component"], 4)
            && before_has(sent, m, &["civilian"], 5))
    {
        Category::CivilianStaff
    } else if is(MILITARY_NOUNS)
        || (np_has(&np, &["military"]) && is(&["personnel"]))
        || is(&["peacekeepers", "helmets"])
        || (is(&["men"]) && fallback_is_military(sent))
    {
        Category::Troops
    } else if is(&["displaced", "refugees", "idps"])
        || np_has(&np, &["displaced"])
        || (is(&["families", "people", "persons"]) && sent.has_word(DISPLACED))
    {
        Category::Displaced
    } else if np.is_empty() && before_has(sent, m, &["displaced", "refugees", "idps"], 10) {
        unit = "people".into();
        Category::Displaced
    } else if np.is_empty() && before_has(sent, m, &["troops", "soldiers"], 6) {
        unit = "troops".into();
        Category::Troops
    } else {
        Category::Other
    };
    done(category, unit, None)
}

/// "its 5,000 men" counts troops when the sentence is about a military force.
fn fallback_is_military(sent: &Sentence) -> bool {
    let g = gazetteer();
    sent.mentions.iter().any(|m| {
        matches!(m.entity, Entity::Force(i) if matches!(g.forces[i].kind,
            ForceKind::PeaceOperation | ForceKind::MilitaryOperation | ForceKind::NationalForces | ForceKind::PrivateMilitary))
    })
}
