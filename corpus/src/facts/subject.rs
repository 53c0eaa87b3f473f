//! Whom a number is about. Casualty and displacement counts are about the people they count;
//! personnel counts belong to the force named nearest the number ("Operation Barkhane, … its
//! 5,000 men" is Barkhane's, not MINUSMA's), with a national contingent when the text names one
//! ("Chadian peacekeepers" → "MINUSMA, Chadian contingent"). A pronoun ("they", "it") borrows
//! the previous sentence's force.

use super::numbers::NumberMention;
use super::{Category, Sentence};
use crate::gazetteer::{gazetteer, Entity, ForceKind, Mention};
use crate::lexicon::Class;

pub struct Subject {
    pub name: Option<String>,
    pub contingent: Option<String>,
}

pub(super) fn personnel_force(m: &Mention) -> Option<usize> {
    let g = gazetteer();
    match m.entity {
        Entity::Force(i) if g.forces[i].kind.has_personnel() => Some(i),
        _ => None,
    }
}

/// The last force with personnel the sentence names.
/// (Not one named as succeeded: after "la Minusma succède à la Misma", "son plafond" is the
/// MINUSMA's.)
pub fn last_force(sent: &Sentence) -> Option<usize> {
    sent.mentions
        .iter()
        .rev()
        .filter(|x| !succeeded(sent, x))
        .find_map(personnel_force)
}

/// The peace operation a document mentions most: the mission its
/// unattributed "peacekeepers" belong to. A text that names none but speaks of peacekeepers,
/// blue helmets or "the UN mission" in Mali is about the corpus's own mission: the first peace
/// operation of `forces.tsv`. Read from the document's sentences, already analysed.
pub fn dominant_peace_operation<'a>(
    sentences: impl Iterator<Item = &'a Sentence<'a>>,
) -> Option<usize> {
    let g = gazetteer();
    let mut counts = vec![0usize; g.forces.len()];
    let mut mali = false;
    let mut peacekeepers = false;
    for s in sentences {
        for m in &s.mentions {
            match m.entity {
                Entity::Place(_) => mali = true,
                Entity::Demonym(c) if g.is_host_country(c) => mali = true,
                Entity::Force(i) if g.forces[i].kind == ForceKind::PeaceOperation => counts[i] += 1,
                _ => {}
            }
        }
        // "la mission de l'ONU", "the UN mission" speak of peacekeepers too.
        peacekeepers |= s.any(Class::Peacekeeper)
            || (s.any(Class::GenericMission)
                && s.mentions.iter().any(|m| {
                    matches!(m.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::IntlOrg)
                }));
    }
    // On a tie, the first in `forces.tsv` (the corpus's own mission comes first).
    let (i, n) = counts.iter().enumerate().rev().max_by_key(|(_, n)| **n)?;
    if *n >= 1 {
        return Some(i);
    }
    (mali && peacekeepers).then(|| g.own_mission()).flatten()
}

/// "Since 2013 some 13,000 Senegalese soldiers have served in Mali. Fourteen of them died
/// there": soldiers "of them" who died, in a sentence that names no force or nation of its
/// own, are the previous figure's, not the army of the country the text is set in.
pub(super) fn part_of_previous(
    facts: &mut [super::Fact],
    sent: &Sentence,
    whole: Option<&super::Fact>,
) {
    let g = gazetteer();
    let Some(whole) = whole.filter(|w| w.contingent.is_some() && w.subject.is_some()) else {
        return;
    };
    let not_mali = |c: usize| !g.is_host_country(c);
    share_of_previous_strength(facts, sent, whole, not_mali);
    let names_own = sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Demonym(c) if not_mali(c)) || personnel_force(x).is_some()
    }) || (0..sent.toks.len()).any(|k| g.country_by_word(sent.word(k)).is_some());
    if names_own {
        return;
    }
    let peace = g
        .subject_force(whole.subject.as_deref())
        .is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation);
    for f in facts
        .iter_mut()
        .filter(|f| f.category == Category::MilitaryKilled && f.contingent.is_none())
    {
        let at = f.number_end as usize - sent.base;
        let Some(k) = sent.toks.iter().position(|t| t.start >= at) else {
            continue;
        };
        let of_them = (k..(k + 2).min(sent.toks.len()))
            .any(|j| sent.is(j, Class::Of) || sent.word(j) == "of")
            && (k..(k + 4).min(sent.toks.len())).any(|j| sent.is(j, Class::RefersBack));
        if !of_them {
            continue;
        }
        if peace {
            f.category = Category::PeacekeepersKilled;
        }
        f.subject.clone_from(&whole.subject);
        f.contingent.clone_from(&whole.contingent);
    }
}

/// "Some 300 British personnel will deploy. Of these, 250 form the reconnaissance group":
/// a share of a contingent's strength counted just before ("Of these", "Thirteen of them
/// serve with MINUSMA"), in a sentence naming no other country, is that contingent's, in
/// whichever force the sentence places it.
fn share_of_previous_strength(
    facts: &mut [super::Fact],
    sent: &Sentence,
    whole: &super::Fact,
    not_mali: impl Fn(usize) -> bool,
) {
    let strength = |c: Category| {
        matches!(
            c,
            Category::Troops | Category::Police | Category::UniformedPersonnel
        )
    };
    let Some(country) = whole
        .contingent
        .as_deref()
        .filter(|_| strength(whole.category))
    else {
        return;
    };
    let g = gazetteer();
    let other = |c: usize| not_mali(c) && g.countries[c].name != country;
    // (Looked up only once a partitive is found: `countries_named` reads every word.)
    let other_country = || {
        sent.mentions
            .iter()
            .any(|x| matches!(x.entity, Entity::Demonym(c) if other(c)))
            || countries_named(sent).iter().any(|&(c, _, _)| other(c))
    };
    // "Of these," opening the sentence, or "of these"/"of them" right after a number.
    let partitive = |k: usize| {
        sent.is(k, Class::Of)
            && sent.is(k + 1, Class::RefersBack)
            && !sent.is(k + 1, Class::Relative)
    };
    let first_word = (0..sent.toks.len()).find(|&k| sent.toks[k].is_word());
    let opens = first_word.is_some_and(partitive);
    let after_number = facts.iter().any(|f| {
        let end = f.number_end as usize - sent.base;
        sent.toks
            .iter()
            .position(|t| t.start >= end)
            .is_some_and(partitive)
    });
    if !(opens || after_number) || other_country() {
        return;
    }
    let adj = whole
        .subject
        .as_deref()
        .and_then(|s| s.split_once(", "))
        .and_then(|(_, c)| c.strip_suffix(" contingent"))
        .map(str::to_string);
    for f in facts
        .iter_mut()
        .filter(|f| strength(f.category) && f.contingent.is_none())
    {
        let Some(force) = f
            .subject
            .clone()
            .filter(|s| g.subject_force(Some(s)).is_some())
        else {
            continue;
        };
        let adj = adj.clone().unwrap_or_else(|| country.to_string());
        f.subject = Some(format!("{force}, {adj} contingent"));
        f.contingent = Some(country.to_string());
    }
}

/// The contingent named in a sentence: (country, adjective as written) — "Chadian
/// peacekeepers", or "peacekeepers … from Chad".
fn contingent_in(sent: &Sentence) -> Option<(String, String)> {
    contingent_near(sent, None)
}

/// `contingent_in`, for a number at byte `at`: where the sentence names several contingents
/// ("la FPU togolaise, forte de 140 éléments, et la FPU nigériane, qui compte 155 policiers"),
/// the one named last before the number; none when all come after it ("Huit Casques bleus
/// ont été tués : trois du contingent tchadien, deux du contingent burkinabè …").
fn contingent_near(sent: &Sentence, at: Option<usize>) -> Option<(String, String)> {
    let g = gazetteer();
    let mut from: Option<usize> = None;
    for k in 0..sent.toks.len() {
        // "the contingent of Chad", as translations from French put it.
        let of_contingent = k > 0 && sent.is(k, Class::Of) && sent.is(k - 1, Class::Contingent);
        // French names a unit's country after it: "l'unité de police constituée du Togo",
        // "le bataillon du Tchad".
        let of_unit = sent.lex.french
            && k > 0
            && sent.is(k, Class::Of)
            && (k.saturating_sub(3)..k)
                .any(|j| sent.classes[j].has_any(&[Class::Contingent, Class::Unit, Class::Police]));
        let of_contingent = of_contingent || of_unit;
        if sent.word(k) != "from" && !of_contingent {
            continue;
        }
        match (country_after_from(sent, k), from) {
            // "five peacekeepers, three from Chad and two from Egypt": a breakdown names no
            // one contingent for the sentence.
            (Some(c), Some(f)) if c != f => return None,
            (Some(c), None) => from = Some(c),
            _ => {}
        }
    }
    if let Some(c) = from {
        return Some(name_and_adjective(c));
    }
    // "Eight peacekeepers were killed: three of the Chadian contingent, two of the Burkinabe
    // …": a breakdown names no one contingent for the sentence either.
    let mut found: Option<(String, String)> = None;
    let mut before_number: Option<(String, String)> = None;
    let mut several = false;
    for m in &sent.mentions {
        let Entity::Demonym(c) = m.entity else {
            continue;
        };
        if g.is_host_country(c) {
            continue;
        }
        let k = sent.tok_at(m.end);
        let first = sent.tok_at(m.start);
        // "Chadian peacekeepers", and French "casques bleus tchadiens" (adjective after).
        let after = (k..(k + 2).min(sent.toks.len())).any(|j| sent.is(j, Class::Contingent));
        // ", tous sénégalais", ", all Senegalese", ", all of them Chadian", ", both of them
        // Senegalese": an apposition naming everyone's nationality.
        let mut lead = first;
        while lead > 0
            && first - lead < 2
            && (sent.is(lead - 1, Class::RefersBack) || sent.is(lead - 1, Class::Of))
        {
            lead -= 1;
        }
        let apposed = lead > 0 && sent.is(lead - 1, Class::AllOf);
        let mut start = if apposed { lead - 1 } else { first };
        if start > 0 && sent.toks[start - 1].is_punct(sent.text, ",") {
            start -= 1;
        }
        // What the apposition describes ends right before it: the counted noun, or the
        // figure itself or its casualty noun ("rose to ten, all of them Chadian", "dix
        // morts, tous tchadiens").
        let described = |j: usize| {
            sent.is(j, Class::Contingent)
                || apposed
                    && (sent.toks[j].is_num()
                        || sent.lex.is_number_word(sent.word(j))
                        || sent.classes[j].has_any(&[Class::Kill, Class::Wound]))
        };
        let before =
            (sent.lex.french || apposed) && (start.saturating_sub(2)..start).any(described);
        // "le bilan côté burkinabè", "on the Burkinabe side"; "côté français" is the side of
        // France's own forces, not a contingent.
        let side = (sent.is(k, Class::Side) || (first > 0 && sent.is(first - 1, Class::Side)))
            && g.national_force(&g.countries[c].name).is_none();
        // "West African and Chadian soldiers": one nationality among others of the same
        // noun names no contingent.
        let coordinated = first >= 2
            && matches!(sent.word(first - 1), "and" | "et")
            && sent.toks[first - 2].is_word()
            && sent.toks[first - 2]
                .text(sent.text)
                .starts_with(char::is_uppercase);
        if coordinated && after {
            several = true;
            continue;
        }
        // An apposition names the people counted before it, not a figure after it ("dix
        // Casques bleus tués, tous tchadiens, et au moins 25 blessés").
        if apposed && !after && !side && at.is_some_and(|at| at >= m.end) {
            continue;
        }
        if after || before || side {
            let this = (
                g.countries[c].name.clone(),
                sent.text[m.start..m.end].to_string(),
            );
            several |= found.as_ref().is_some_and(|f| f.0 != this.0);
            if at.is_some_and(|at| m.end <= at) {
                before_number = Some(this.clone());
            }
            found.get_or_insert(this);
        }
    }
    if several {
        return before_number;
    }
    if found.is_some() {
        return found;
    }
    // A country's name used as its adjective: "the Chad contingent", "two Niger
    // peacekeepers", "members of the Bangladesh Army", "the Burkina Faso battalion".
    let personnel = |k: usize| {
        sent.toks.get(k).is_some_and(|t| t.is_word())
            && sent.classes[k].has_any(&[Class::Contingent, Class::Peacekeeper, Class::Military])
    };
    for k in 0..sent.toks.len() {
        // Cheapest tests first: this runs for every number without a contingent.
        if !(personnel(k + 1) || personnel(k + 2))
            || !sent.toks[k].is_word()
            || !sent.toks[k].text(sent.text).starts_with(char::is_uppercase)
        {
            continue;
        }
        let two = format!("{} {}", sent.word(k), sent.word(k + 1));
        let (c, next) = match g.country_by_word(&two) {
            Some(c) => (Some(c), k + 2),
            None => (g.country_by_word(sent.word(k)), k + 1),
        };
        // The name itself, not an adjective (handled above), of a contributing country.
        let named = |c: usize| {
            let name = crate::tokens::fold(&g.countries[c].name);
            (name == two || name == sent.word(k)) && g.contributes(&g.countries[c].name)
        };
        let Some(c) = c.filter(|&c| named(c)) else {
            continue;
        };
        if personnel(next) {
            let adj = g.countries[c]
                .demonyms
                .first()
                .cloned()
                .unwrap_or_else(|| g.countries[c].name.clone());
            return Some((g.countries[c].name.clone(), adj));
        }
    }
    None
}

/// The country after "from" (or "of" in "the contingent of") at `k`: "from Chad", "from the
/// Niger contingent"; never the host country, nor a region's span ("from Mauritania to Chad").
fn country_after_from(sent: &Sentence, k: usize) -> Option<usize> {
    let g = gazetteer();
    let k = if sent.word(k + 1) == "the" { k + 1 } else { k };
    let span = |n: usize| sent.word(k + 1 + n) == "to";
    let two = format!("{} {}", sent.word(k + 1), sent.word(k + 2));
    g.country_by_word(&two)
        .filter(|_| !span(2))
        .or_else(|| g.country_by_word(sent.word(k + 1)).filter(|_| !span(1)))
        .filter(|&c| !g.is_host_country(c))
}

/// The country named by the one or two words at `k` ("Burkina Faso", "Chad", "tchadien").
fn country_at(sent: &Sentence, k: usize) -> Option<usize> {
    country_and_width_at(sent, k).map(|(c, _)| c)
}

/// The country named by the one or two words at `k`, and how many words name it.
pub(super) fn country_and_width_at(sent: &Sentence, k: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    let two = format!("{} {}", sent.word(k), sent.word(k + 1));
    match g.country_by_word(&two) {
        Some(c) => Some((c, 2)),
        None => g.country_by_word(sent.word(k)).map(|c| (c, 1)),
    }
}

/// "Avec quelque 1 400 militaires, le Tchad fournit l'un des plus gros contingents", "With
/// about 1,400 troops, Chad is …": a country opening the main clause right after the opening
/// phrase that holds the number.
fn country_after_opening(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let g = gazetteer();
    let comma = (m.last + 1..(m.last + 4).min(sent.toks.len()))
        .find(|&k| sent.toks[k].is_punct(sent.text, ","));
    // One word before the number, past its qualifiers: "Avec quelque", "With about".
    let one_word =
        sent.past_qualifiers(m.first) <= 1 && (0..m.first).all(|k| sent.toks[k].is_word());
    // Or an opening "with" phrase of several figures, up to its comma: "Avec 1.390 militaires
    // et 17 policiers au Mali, le Tchad est …", "With 1,390 troops and 17 police in Mali,
    // Chad is …".
    let with_phrase = || {
        matches!(sent.word(0), "with" | "avec")
            && !(0..m.first).any(|k| sent.toks[k].is_punct(sent.text, ","))
    };
    let comma = match comma {
        Some(c) if one_word => c,
        _ if with_phrase() => (m.last + 1..(m.last + 12).min(sent.toks.len()))
            .find(|&k| sent.toks[k].is_punct(sent.text, ","))?,
        _ => return None,
    };
    let mut k = comma + 1;
    if sent.is(k, Class::Article) {
        k += 1;
    }
    if !sent
        .toks
        .get(k)
        .is_some_and(|t| t.text(sent.text).starts_with(char::is_uppercase))
    {
        return None;
    }
    let c = country_at(sent, k)
        .filter(|&c| !g.is_host_country(c) && g.contributes(&g.countries[c].name))?;
    Some(name_and_adjective(c))
}

/// "Le représentant du Tchad a pris la parole. Son pays, a-t-il rappelé, a perdu 39 de ses
/// Casques bleus": a speaker's "his country" before the number, in a sentence that names no
/// country, is the last one the sentence before names.
fn home_country_before(
    sent: &Sentence,
    m: &NumberMention,
    prev: Option<&Sentence>,
) -> Option<(String, String)> {
    let k = (1..m.first).find(|&k| {
        sent.is(k, Class::HomeCountry)
            && sent.is(k - 1, Class::Det)
            && !sent.is(k - 1, Class::Article)
    })?;
    // (Nor when a mission or a force stands between: "notre pays est le sixième contributeur
    // de la mission, qui compte 12 000 militaires".)
    let owner_between = (k + 1..m.first).any(|j| sent.is(j, Class::GenericMission))
        || sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(_))
                && x.start > sent.toks[k].end
                && x.end <= sent.toks[m.first].start
        });
    if country_named_before(sent, k).is_some() || owner_between {
        return None;
    }
    let prev = prev?;
    let (c, _) = country_named_before(prev, prev.toks.len())?;
    Some(name_and_adjective(c))
}

/// "two peacekeepers from Egypt and one each from Togo and Guinea": the country after "from"
/// in the number's own phrase, before the sentence's others.
fn from_in_phrase(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let k = (m.last + 1..(m.last + 5).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() && !sent.lex.is_number_word(sent.word(k)))
        .find(|&k| sent.word(k) == "from")?;
    country_after_from(sent, k).map(name_and_adjective)
}

/// A contributing country alone in brackets right after the number or its noun: "Dead: 2
/// (Senegal)", "Wounded: 6 peacekeepers (Chad)".
fn country_in_brackets_after(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let open = (m.last + 1..(m.last + 4).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() || sent.toks[k].is_punct(sent.text, "("))
        .find(|&k| sent.toks[k].is_punct(sent.text, "("))?;
    let (c, width) = country_and_width_at(sent, open + 1)?;
    let g = gazetteer();
    (sent.toks.get(open + 1 + width)?.is_punct(sent.text, ")")
        && g.contributes(&g.countries[c].name)
        && !g.is_host_country(c))
    .then(|| name_and_adjective(c))
}

/// "les Pays-Bas (environ 450 militaires en 2015), la Suède (quelque 250 soldats)": a
/// contributor named right before the brackets that open on the number.
fn country_before_brackets(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let q = sent.past_qualifiers(m.first);
    if q < 2 || !sent.toks[q - 1].is_punct(sent.text, "(") {
        return None;
    }
    // (The name ends right before the bracket: one word, two, or a hyphened pair.)
    let (c, k) = country_named_before(sent, q - 1)?;
    let g = gazetteer();
    (k + 4 >= q && g.contributes(&g.countries[c].name)).then(|| name_and_adjective(c))
}

/// "des 395 militaires que la Chine a déployés", "the 395 soldiers that China has deployed": a
/// contributor as the subject of a verb of deployment in the relative clause after the
/// number's phrase.
fn country_deploying_after(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let end = (m.last + 5).min(sent.toks.len());
    let rel = (m.last + 1..end)
        .take_while(|&k| sent.toks[k].is_word())
        .find(|&k| matches!(sent.word(k), "that" | "which" | "que" | "qu"))?;
    let mut k = rel + 1;
    if sent.is(k, Class::Article) {
        k += 1;
    }
    let (c, width) = country_and_width_at(sent, k)?;
    let g = gazetteer();
    let deploys = (k + width..(k + width + 3).min(sent.toks.len()))
        .take_while(|&j| sent.toks[j].is_word())
        .any(|j| sent.classes[j].has_any(&[Class::Deploy, Class::Serves]));
    (deploys && g.contributes(&g.countries[c].name) && !g.is_host_country(c))
        .then(|| name_and_adjective(c))
}

/// Countries counted in the number's own phrase: "13,000 soldiers from more than 50 nations",
/// "des militaires de 28 pays".
/// (A count before the word: "du pays" is one; "the United Nations" a name.)
fn from_many_nations(sent: &Sentence, m: &NumberMention) -> bool {
    let lex = sent.lex;
    let mut counted = false;
    for k in (m.last + 1..(m.last + 8).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() || sent.toks[k].is_num())
    {
        if sent.toks[k].is_num()
            || lex.is_number_word(sent.word(k))
            || lex.dozen(sent.word(k)).is_some()
            || lex.vague(sent.word(k)).is_some()
        {
            counted = true;
        } else if counted
            && sent.is(k, Class::Nations)
            && sent.toks[k].text(sent.text).starts_with(char::is_lowercase)
        {
            return true;
        }
    }
    false
}

/// A nationality inside the number's own phrase: "a 250-strong Swedish intelligence task
/// force", "12 German soldiers".
pub(super) fn demonym_in_phrase(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let end = sent.toks[m.last].end;
    // The phrase ends at punctuation, a link word ("and", "from") or a determiner: in "Estonia
    // some 95 and the Czech Republic 60", "Czech" is not the 95's.
    let lex = sent.lex;
    // A partitive's noun phrase is the number's own: "three of the Chadian peacekeepers",
    // "trois des soldats de la paix sénégalais".
    let first = match super::classify::past_of(sent, m.last + 1) {
        Some(j) if sent.is(j, Class::Det) => j + 1,
        Some(j) => j,
        None => m.last + 1,
    };
    let joined = sent.compound_tail(first, first + 8);
    // "twenty members of the Permanent Defence Force": the "of the" after a word for members
    // leads to who they are.
    let members_of = |k: usize| {
        k >= 2
            && sent.is(k, Class::Det)
            && sent.is(k - 1, Class::Of)
            && sent.classes[k - 2].has_any(&[Class::SoldiersOf, Class::Counted])
    };
    let reach = if members_of(first + 2) { 8 } else { 5 };
    let last = (first + reach + joined).min(sent.toks.len());
    let stop = (first..last)
        .find(|&k| {
            let t = sent.toks[k];
            if sent.in_compound(k) || members_of(k) || (sent.is(k, Class::Of) && members_of(k + 1))
            {
                return false;
            }
            // (Nor past another number: "The 14 dead include six Bangladeshis".)
            (!t.is_word() && !t.is_punct(sent.text, "-"))
                || t.is_num()
                || lex.is_number_word(sent.word(k))
                || lex
                    .classes(sent.word(k))
                    .has_any(&[Class::LinkBefore, Class::Det])
        })
        .or((last < sent.toks.len()).then_some(last))
        .map_or(sent.text.len(), |k| sent.toks[k].start);
    demonym_between(sent, end, stop)
}

/// A nationality in the unit phrase a strength is "of": "an Egyptian combat convoy battalion
/// of 650 personnel", "un bataillon sénégalais de 650 éléments".
fn demonym_of_unit(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    // Past qualifiers: "a battalion of some 650".
    let k = sent.past_qualifiers(m.first);
    // "un détachement roumain d'environ 350": the "de" elided onto the qualifier.
    let elided = k < m.first
        && crate::tokens::split_elision(sent.toks[k].text(sent.text))
            .is_some_and(|(head, _)| head.eq_ignore_ascii_case("d"));
    // The unit's phrase: back from the word before "of" to its determiner or punctuation, at
    // most five words, with a unit noun in it.
    let end = match k {
        _ if elided => k,
        2.. if sent.is(k - 1, Class::Of) => k - 1,
        _ => return None,
    };
    // A hyphen inside a word ("une compagnie sri-lankaise") is part of the phrase.
    let start = (end.saturating_sub(6)..end)
        .rev()
        .take_while(|&j| {
            let t = sent.toks[j];
            (t.is_word() || t.is_punct(sent.text, "-") && !t.space_before)
                && !sent.is(j, Class::Det)
        })
        .last()?;
    if !(start..end).any(|j| sent.is(j, Class::Unit)) {
        return None;
    }
    let (lo, hi) = (sent.toks[start].start, sent.toks[end - 1].end);
    demonym_between(sent, lo, hi)
}

/// "The 14 dead include six Bangladeshis, five Nigeriens and three from Senegal": a figure
/// followed by the figures of two or more countries is their whole, no one contingent's.
fn broken_down(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let after = sent.toks[m.last].end;
    let mut countries: Vec<usize> = sent
        .mentions
        .iter()
        .filter(|x| x.start >= after)
        .filter_map(|x| match x.entity {
            Entity::Demonym(c) if !g.is_host_country(c) => Some(c),
            _ => None,
        })
        .chain(
            (m.last + 1..sent.toks.len())
                .filter(|&k| sent.word(k) == "from" || sent.word(k) == "du")
                .filter_map(|k| country_after_from(sent, k)),
        )
        .collect();
    let numbers_after = (m.last + 1..sent.toks.len())
        .filter(|&k| sent.toks[k].is_num() || sent.lex.is_number_word(sent.word(k)))
        .count();
    countries.sort_unstable();
    countries.dedup();
    // (Not a figure whose own country comes before it: "du Tchad (2 000 hommes), du Sénégal
    // (800) et du Togo (750)".)
    let own_before = (m.first.saturating_sub(4)..m.first).any(|k| {
        sent.mentions
            .iter()
            .any(|x| matches!(x.entity, Entity::Demonym(_)) && sent.tok_at(x.start) == k)
            || country_at(sent, k).is_some()
    });
    countries.len() >= 2 && numbers_after >= 2 && !own_before
}

/// The first nationality adjective between two byte offsets of the sentence, the host
/// country's excepted: (country, adjective as written).
fn demonym_between(sent: &Sentence, lo: usize, hi: usize) -> Option<(String, String)> {
    let g = gazetteer();
    sent.mentions.iter().find_map(|x| match x.entity {
        Entity::Demonym(c) if x.start >= lo && x.end <= hi && !g.is_host_country(c) => Some((
            g.countries[c].name.clone(),
            sent.text[x.start..x.end].to_string(),
        )),
        _ => None,
    })
}

/// Whether a fact counts peacekeepers killed or wounded.
fn peacekeeper_casualty(f: &super::Fact) -> bool {
    matches!(
        f.category,
        Category::PeacekeepersKilled | Category::PeacekeepersWounded
    )
}

/// Casualties whose contingent the next sentence names ("Three peacekeepers were killed …
/// The victims belonged to the Egyptian contingent."): that sentence, when it counts no one
/// itself, gives them their contingent.
pub(super) fn contingent_from_next(facts: &mut [super::Fact], next: &Sentence) {
    let casualty = peacekeeper_casualty;
    if !facts.iter().any(|f| casualty(f) && f.contingent.is_none()) {
        return;
    }
    // Only a sentence about the same victims: a word that refers back ("the victims", "they",
    // "the dead") and no number of its own.
    let refers_back = next
        .all
        .has_any(&[Class::Pronoun, Class::Kill, Class::Wound, Class::Toll]);
    if !refers_back {
        return;
    }
    let Some((country, adj)) = contingent_in(next) else {
        return;
    };
    // Its numbers, if any, repeat the victims' ("The three fallen peacekeepers belonged to …"):
    // scanned only once the cheaper tests have passed.
    let repeats = super::scan_numbers(next, next.lex)
        .iter()
        .all(|n| facts.iter().any(|f| casualty(f) && f.value == n.value));
    if !repeats {
        return;
    }
    let g = gazetteer();
    for f in facts
        .iter_mut()
        .filter(|f| casualty(f) && f.contingent.is_none())
    {
        let force = f
            .subject
            .clone()
            .filter(|s| g.forces.iter().any(|x| &x.name == s));
        if let Some(name) = force {
            f.subject = Some(format!("{name}, {} contingent", adjective(&country, &adj)));
            f.contingent = Some(country.clone());
        }
    }
}

/// Casualties of a peace operation on a day when the text counts casualties of one contingent
/// only ("Six peacekeepers lost their lives this morning" in a release that names the
/// Burkinabe dead) are that contingent's. A day's figures of two contingents leave them be.
pub(super) fn same_day_same_contingent(facts: &mut [super::Fact]) {
    let casualty = peacekeeper_casualty;
    // A day: the full date of an event.
    let day = |f: &super::Fact| {
        f.date
            .as_deref()
            .filter(|d| d.len() == 10 && f.date_basis == super::DateBasis::Event)
            .map(str::to_string)
    };
    let mut named: Vec<(String, String, String, f64)> = Vec::new();
    for f in facts.iter().filter(|f| casualty(f)) {
        if let (Some(d), Some(c), Some(s)) = (day(f), f.contingent.clone(), f.subject.clone()) {
            named.push((d, c, s, f.value));
        }
    }
    if named.is_empty() {
        return;
    }
    let g = gazetteer();
    for f in facts
        .iter_mut()
        .filter(|f| casualty(f) && f.contingent.is_none())
    {
        let Some(d) = day(f) else { continue };
        let Some(force) = f.subject.clone() else {
            continue;
        };
        let peace = g
            .subject_force(Some(&force))
            .is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation);
        let mut same: Vec<&(String, String, String, f64)> =
            named.iter().filter(|x| x.0 == d).collect();
        // A figure above all of the day's is a running total ("bringing to 26 the number of
        // peacekeepers killed this year"), not the day's.
        let most = same.iter().map(|x| x.3).fold(0.0, f64::max);
        same.dedup_by(|a, b| a.1 == b.1);
        if let ([one], true) = (&same[..], peace && f.value <= most) {
            if one.2.starts_with(&force) {
                f.subject = Some(one.2.clone());
                f.contingent = Some(one.1.clone());
            }
        }
    }
}

/// A figure that continues the one before it in its sentence ("Worldwide, 24 peacekeepers
/// were killed in 2020, down from 27 in 2019", "rose to 38,172, from 36,690") is the same
/// series: whoever the first counted, the second counts too.
pub(super) fn continued_figures(facts: &mut [super::Fact], sent: &Sentence) {
    for i in 1..facts.len() {
        let (a, b) = (&facts[i - 1], &facts[i]);
        if a.category != b.category || a.category == Category::Other || b.contingent.is_some() {
            continue;
        }
        let at = b.number_start as usize - sent.base;
        let Some(k) = sent.toks.iter().position(|t| t.start == at) else {
            continue;
        };
        let k = sent.past_qualifiers(k);
        // The token after the number: a noun of its own would say what it counts.
        let end = b.number_end as usize - sent.base;
        let after = sent.toks.iter().position(|t| t.start >= end);
        let own_noun =
            after.is_some_and(|j| sent.toks[j].is_word() && !sent.is(j, Class::LinkAfter));
        // The link word right before the number, or before a noun phrase "of" it: "up from a
        // previous ceiling of 1,100".
        let link = k.checked_sub(1).and_then(|j| {
            if sent.is(j, Class::LinkBefore) {
                return Some(j);
            }
            if !sent.is(j, Class::Of) {
                return None;
            }
            (j.saturating_sub(5)..j)
                .rev()
                .take_while(|&i| sent.toks[i].is_word())
                .find(|&i| sent.is(i, Class::LinkBefore))
        });
        let linked = link.is_some_and(|j| !sent.is(j, Class::Coordinator)) && !own_noun;
        if linked {
            let (subject, contingent) = (a.subject.clone(), a.contingent.clone());
            facts[i].subject = subject;
            facts[i].contingent = contingent;
        }
    }
}

/// A casualty figure repeated in a text ("Three peacekeepers killed" in the headline, "three
/// Senegalese peacekeepers" in the body) is one claim: where one mention names the contingent
/// and another of the same mission does not, the other gets it too.
pub(super) fn same_claim_same_contingent(facts: &mut [super::Fact]) {
    let casualty = peacekeeper_casualty;
    // The same figure as of another year is another claim (a table's 10 dead of 2020 are
    // not the 10 Chadians of 2019).
    let named: Vec<(Category, u64, String, String, Option<i32>)> = facts
        .iter()
        .filter(|f| casualty(f))
        .filter_map(|f| {
            Some((
                f.category,
                f.value as u64,
                f.subject.clone()?,
                f.contingent.clone()?,
                f.as_of_year(),
            ))
        })
        .collect();
    if named.is_empty() {
        return;
    }
    let g = gazetteer();
    for f in facts
        .iter_mut()
        .filter(|f| casualty(f) && f.contingent.is_none())
    {
        let Some(mission) = f
            .subject
            .clone()
            .filter(|s| g.forces.iter().any(|x| &x.name == s))
        else {
            continue;
        };
        // Only when every mention of that figure with a contingent agrees on it.
        let year = f.as_of_year();
        let mut same = named.iter().filter(|(c, v, s, _, y)| {
            *c == f.category
                && *v == f.value as u64
                && s.starts_with(&mission)
                && (y.is_none() || year.is_none() || *y == year)
        });
        let Some(first) = same.next() else {
            continue;
        };
        // Nor when its own sentence names another nationality ("A Sri Lankan convoy was
        // ambushed; two soldiers died"): another incident's figure.
        let other_named = || {
            let toks = crate::tokens::tokenize(&f.quote);
            g.find_in(&f.quote, &toks).iter().any(|x| {
                matches!(x.entity, Entity::Demonym(c)
                    if g.contributes(&g.countries[c].name) && g.countries[c].name != first.3)
            })
        };
        if same.all(|x| x.3 == first.3) && !other_named() {
            f.subject = Some(first.2.clone());
            f.contingent = Some(first.3.clone());
        }
    }
}

/// "to 13,289 military personnel and 1,920 police, up from 11,240 and 1,440 respectively":
/// bare figures after a run of counted ones, as many as they, count the same in order.
pub(super) fn respective_figures(facts: &mut [super::Fact], sent: &Sentence) {
    if !sent.any(Class::Respectively) && !sent.any(Class::Contrast) {
        return;
    }
    // A figure with no noun of its own ("contre respectivement 11 240 et 1 440"), whatever
    // the noun before it lent it.
    let bare = |f: &super::Fact| {
        let k = sent.tok_at(f.number_end as usize - sent.base);
        f.category == Category::Other
            || !sent.toks.get(k).is_some_and(|t| t.is_word())
            || !sent.classes[k].has_any(&[
                Class::Military,
                Class::Police,
                Class::Peacekeeper,
                Class::Counted,
                Class::Staff,
                Class::Civilian,
                Class::People,
                Class::Displaced,
                Class::Unit,
            ])
    };
    // The run of bare figures beside "respectively" (after it in French, before it in
    // English), and the counted ones before that run.
    // (Or after "against": "13,289 troops and 1,920 police, against 11,240 and 1,440".)
    let Some(r) = (0..sent.toks.len())
        .find(|&k| sent.is(k, Class::Respectively))
        .or_else(|| (0..sent.toks.len()).find(|&k| sent.is(k, Class::Contrast)))
    else {
        return;
    };
    let contrast = sent.is(r, Class::Contrast);
    let near = |f: &super::Fact| {
        let k = sent.tok_at(f.number_start as usize - sent.base);
        // (English puts "respectively" after its run, French before: "to 13 289 and 1 920
        // respectively, for a total of 15 209" leaves the total out.)
        let side = if contrast || sent.lex.french {
            k > r
        } else {
            k < r
        };
        k.abs_diff(r) <= 6 && side
    };
    let bare: Vec<usize> = (0..facts.len())
        .filter(|&i| bare(&facts[i]) && near(&facts[i]))
        .collect();
    let Some(&first_bare) = bare.first() else {
        return;
    };
    let mut counted: Vec<usize> = (0..first_bare)
        .filter(|&i| facts[i].category != Category::Other && !bare.contains(&i))
        .collect();
    let consecutive = bare.windows(2).all(|w| w[1] == w[0] + 1);
    if contrast {
        // After "against", only figures joined by "and" ("against 11,240 and 1,440"), and
        // set against the parts, not their total ("12,975 military personnel and 1,727
        // police, for a total of 14,702 uniformed personnel, against ceilings of 13,289 and
        // 1,920").
        let joined = bare.windows(2).all(|w| {
            let a = sent.tok_at(facts[w[0]].number_end as usize - sent.base);
            let b = sent.tok_at(facts[w[1]].number_start as usize - sent.base);
            b == a + 1 && sent.is(a, Class::Coordinator)
        });
        if !joined {
            return;
        }
        let has = |c: Category| counted.iter().any(|&i| facts[i].category == c);
        if has(Category::Troops) && has(Category::Police) {
            counted.retain(|&i| facts[i].category != Category::UniformedPersonnel);
        }
    }
    if bare.len() == 2 && counted.len() < 2 && consecutive && !contrast {
        // "raised the troop and police ceilings to 13,289 and 1,920 respectively", "13,289
        // and 1,920 respectively for military and police personnel": two kinds of personnel
        // joined by "and" name the pair's categories in order.
        if let Some(kinds) = paired_kinds(sent) {
            for (b, c) in bare.into_iter().zip(kinds) {
                facts[b].category = c;
                if facts[b].unit.is_empty() {
                    facts[b].unit = "personnel".into();
                }
            }
        }
        return;
    }
    if bare.len() < 2 || bare.len() > counted.len() || !consecutive {
        return;
    }
    let from = counted[counted.len() - bare.len()..].to_vec();
    for (b, a) in bare.into_iter().zip(from) {
        let model = facts[a].clone();
        same_claim_as(&mut facts[b], &model);
    }
}

/// The categories of two kinds of personnel joined by "and" ("troop and police", "military
/// and police personnel", "militaires et policiers"), in order.
fn paired_kinds(sent: &Sentence) -> Option<[Category; 2]> {
    let kind = |k: usize| {
        let c = sent.classes.get(k)?;
        if c.has(Class::Police) {
            Some(Category::Police)
        } else if c.has(Class::Military) {
            Some(Category::Troops)
        } else {
            None
        }
    };
    (1..sent.toks.len().saturating_sub(1)).find_map(|k| {
        if !sent.is(k, Class::Coordinator) {
            return None;
        }
        let (a, b) = (kind(k - 1)?, kind(k + 1)?);
        (a != b).then_some([a, b])
    })
}

/// Gives `f` what `model` counts and whose it is.
fn same_claim_as(f: &mut super::Fact, model: &super::Fact) {
    f.category = model.category;
    f.unit = model.unit.clone();
    f.subject = model.subject.clone();
    f.contingent = model.contingent.clone();
}

/// "German and Swedish units of roughly 1,000 and 250 soldiers respectively": with
/// "respectively", the countries named before a run of figures give them their contingents in
/// order, when there are as many countries as figures.
pub(super) fn respectively(facts: &mut [super::Fact], sent: &Sentence) {
    if !sent.any(Class::Respectively) || facts.len() < 2 {
        return;
    }
    let g = gazetteer();
    let first = facts
        .iter()
        .map(|f| f.number_start as usize - sent.base)
        .min()
        .unwrap_or(0);
    // Countries before the first figure, in order, each once: adjectives ("German") and
    // names ("Sweden", "Burkina Faso").
    let mut countries: Vec<usize> = Vec::new();
    for (c, _, last) in countries_named(sent) {
        if sent.toks[last].end <= first && !countries.contains(&c) {
            countries.push(c);
        }
    }
    let figures: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].category != super::Category::Other)
        .collect();
    // The countries nearest the figures pair with them ("The British … German and Swedish
    // units of 1,000 and 250 respectively").
    if countries.len() < figures.len() || figures.len() < 2 {
        return;
    }
    let countries = countries.split_off(countries.len() - figures.len());
    for (i, c) in figures.into_iter().zip(countries) {
        let country = &g.countries[c];
        let adj = country.demonyms.first().unwrap_or(&country.name);
        let force = g
            .subject_force(facts[i].subject.as_deref())
            .filter(|&f| g.forces[f].kind == ForceKind::PeaceOperation);
        facts[i].contingent = Some(country.name.clone());
        if let Some(f) = force {
            let name = &g.forces[f].name;
            facts[i].subject = Some(format!(
                "{name}, {} contingent",
                adjective(&country.name, adj)
            ));
        } else if facts[i]
            .subject
            .as_deref()
            .is_some_and(|s| s.ends_with(" contingent") && !s.contains(','))
        {
            // A contingent of no named force ("Czech contingent"): its own name.
            facts[i].subject = Some(format!("{} contingent", adjective(&country.name, adj)));
        }
    }
}

/// A word as written past an elided article: "Égypte" of "l'Égypte", "Allemagne" of
/// "d'Allemagne".
fn past_elided_article(written: &str) -> &str {
    match crate::tokens::split_elision(written) {
        Some((elided, rest)) if elided.len() <= 3 && elided.chars().all(char::is_lowercase) => rest,
        _ => written,
    }
}

/// The countries a sentence names, by name or adjective ("Sweden", "Burkina Faso", "German",
/// "l'Égypte"), the host country excepted: (country, first token, last token), in order.
fn countries_named(sent: &Sentence) -> Vec<(usize, usize, usize)> {
    let g = gazetteer();
    let mut countries: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = 0;
    while k < sent.toks.len() {
        let two = format!("{} {}", sent.word(k), sent.word(k + 1));
        // Past an elided article: "l'Égypte".
        let written = past_elided_article(sent.toks[k].text(sent.text));
        // French writes its nationality adjectives in lower case ("les contingents tchèque et
        // italien").
        let capital =
            written.starts_with(char::is_uppercase) || (sent.lex.french && sent.toks[k].is_word());
        let found = capital
            .then(|| {
                g.country_by_word(&two)
                    .map(|c| (c, 2))
                    .or_else(|| g.country_by_word(sent.word(k)).map(|c| (c, 1)))
            })
            .flatten();
        match found {
            Some((c, width)) => {
                if !g.is_host_country(c) {
                    countries.push((c, k, k + width - 1));
                }
                k += width;
            }
            None => k += 1,
        }
    }
    countries
}

/// "four each from Chad and Côte d'Ivoire", "le Burkina Faso, le Togo et l'Égypte en
/// déploient chacun plus de 800": a figure that holds for each of the countries listed beside
/// it is one fact per country, each that country's contingent (or, for soldiers killed, its
/// own forces').
pub(super) fn each_of_countries(out: &mut Vec<super::Fact>, before: usize, sent: &Sentence) {
    if !sent.any(Class::Each) || out.len() == before {
        return;
    }
    let g = gazetteer();
    let countries = countries_named(sent);
    if countries.len() < 2 {
        return;
    }
    // Runs of countries joined only by commas, "and"/"et" and articles: "Chad and Côte
    // d'Ivoire", "le Burkina Faso, le Togo et l'Égypte".
    let joins = |a: usize, b: usize| {
        (a + 1..b).all(|j| {
            let t = sent.toks[j];
            t.is_punct(sent.text, ",")
                || sent.is(j, Class::Coordinator)
                || sent.is(j, Class::Article)
                || sent.is(j, Class::Det)
        })
    };
    let mut runs: Vec<Vec<(usize, usize, usize)>> = Vec::new();
    for &c in &countries {
        match runs.last_mut() {
            Some(run) if joins(run[run.len() - 1].2, c.1) => run.push(c),
            _ => runs.push(vec![c]),
        }
    }
    let tok = |byte: usize| sent.toks.iter().position(|t| t.start >= byte);
    let mut i = before;
    while i < out.len() {
        let f = &out[i];
        let countable = matches!(
            f.category,
            Category::Troops
                | Category::Police
                | Category::UniformedPersonnel
                | Category::PeacekeepersKilled
                | Category::PeacekeepersWounded
                | Category::MilitaryKilled
        );
        let (Some(first), Some(after)) = (
            tok(f.number_start as usize - sent.base),
            tok(f.number_end as usize - sent.base),
        ) else {
            i += 1;
            continue;
        };
        // "four each", "500 chacun", "each provided 500", "chacun plus de 800".
        let each = (after..(after + 2).min(sent.toks.len())).any(|j| sent.is(j, Class::Each))
            || (first.saturating_sub(4)..first).any(|j| sent.is(j, Class::Each));
        // The run nearest the figure, within a few words, with no other figure between.
        let near = |run: &&Vec<(usize, usize, usize)>| {
            let (lo, hi) = (run[0].1, run[run.len() - 1].2);
            let gap = if hi < first {
                (hi + 1..first)
                    .all(|j| !sent.toks[j].is_num())
                    .then_some(first - hi)
            } else if lo >= after {
                (after..lo)
                    .all(|j| !sent.toks[j].is_num())
                    .then_some(lo - after)
            } else {
                None
            };
            gap.filter(|&d| d <= 8)
        };
        let run = runs
            .iter()
            .filter(|r| r.len() >= 2)
            .filter_map(|r| near(&r).map(|d| (d, r)))
            .min_by_key(|(d, _)| *d)
            .map(|(_, r)| r);
        let (true, true, Some(run)) = (countable, each, run) else {
            i += 1;
            continue;
        };
        let model = out[i].clone();
        // The figure's force, if it has one ("MINUSMA" of "MINUSMA, Chadian contingent").
        let force = g.subject_force(model.subject.as_deref());
        let copies: Vec<super::Fact> = run
            .iter()
            .map(|&(c, _, _)| {
                let (country, adj) = name_and_adjective(c);
                let mut f = model.clone();
                let national = (f.category == Category::MilitaryKilled)
                    .then(|| g.national_force(&country))
                    .flatten();
                if let Some(n) = national {
                    f.subject = Some(g.forces[n].name.clone());
                    f.contingent = None;
                    return f;
                }
                f.subject = Some(match force.map(|i| &g.forces[i]) {
                    Some(x) if x.kind == ForceKind::PeaceOperation => {
                        format!("{}, {adj} contingent", x.name)
                    }
                    Some(x) => x.name.clone(),
                    None => format!("{adj} contingent"),
                });
                f.contingent = Some(country);
                f
            })
            .collect();
        let n = copies.len();
        out.splice(i..=i, copies);
        i += n;
    }
}

pub(super) fn nearest_force(
    sent: &Sentence,
    m: &NumberMention,
    want: impl Fn(ForceKind) -> bool,
) -> Option<usize> {
    let g = gazetteer();
    let at = sent.toks[m.first].start;
    let end = sent.toks[m.last].end;
    // A force named after a semicolon or a dash heads another clause: in "Serval peaked at
    // some 4,000 soldiers; Operation Barkhane, which replaced it, …" the 4,000 are Serval's.
    let other_clause = |x: &Mention| x.start >= end && sent.text[end..x.start].contains([';', '—']);
    // A force after a comma and another count of personnel is that count's: in "With some
    // 13,000 troops, it operates alongside the 4,500 French soldiers of Operation Barkhane"
    // the 13,000 are not Barkhane's ("deployed by 55 countries, MINUSMA's …" counts no one).
    // A figure at `k` whose noun, within two words, is of one of `classes`.
    let counts_with = |k: usize, classes: &[Class]| {
        sent.toks[k].is_num()
            && (k + 1..(k + 3).min(sent.toks.len())).any(|j| sent.classes[j].has_any(classes))
    };
    let personnel_count = |k: usize| {
        counts_with(
            k,
            &[
                Class::Military,
                Class::Police,
                Class::Peacekeeper,
                Class::Counted,
            ],
        )
    };
    // A force inside a relative aside closed before the number is the aside's: in "MINUSMA,
    // which took over from the African-led AFISMA force on 1 July, currently has about 5,500
    // uniformed personnel" the 5,500 are not AFISMA's.
    let in_closed_aside = |x: &Mention| {
        if x.end > at {
            return false;
        }
        let before = &sent.text[..x.start];
        let Some(open) = before.rfind(',') else {
            return false;
        };
        // (A semicolon after the comma starts another clause, not an aside: "Barkhane, 5 100
        // militaires ; Takuba, environ 600".)
        if before[open..].contains([';', '—']) {
            return false;
        }
        // Not a possessive relative: "France, whose Operation Serval halted the advance, has
        // about 3,200 soldiers left" counts the operation's soldiers.
        let opened = sent
            .toks
            .iter()
            .position(|t| t.start > open)
            .is_some_and(|k| {
                sent.is(k, Class::Relative) && !matches!(sent.word(k), "whose" | "dont")
            });
        // Or an apposition after the sentence's own subject: in "MINUSMA, set up in 2013
        // after French troops pushed jihadists out, fields around 13,000 troops" the troops
        // are not France's.
        let after_subject = sent.mentions.iter().any(|y| {
            y.end == open
                && personnel_force(y).is_some()
                && sent.tok_at(y.start) <= 1
                && (sent.tok_at(y.start) == 0 || sent.is(0, Class::Article))
        });
        (opened || after_subject) && sent.text[x.end..at].contains(',')
    };
    // So is one in a place's or a new clause after a comma that counts its own people or
    // dead: in "309 of its personnel have been killed, second only to Lebanon, where UNIFIL
    // has recorded 329 deaths" the 309 are not UNIFIL's.
    let counted_after = |k: usize| {
        counts_with(
            k,
            &[
                Class::Military,
                Class::Police,
                Class::Peacekeeper,
                Class::Kill,
                Class::Wound,
            ],
        )
    };
    let other_number = |x: &Mention| {
        if x.start < end {
            return false;
        }
        let Some(comma) = sent.text[end..x.start].find(',') else {
            return false;
        };
        let before = (m.last + 1..sent.toks.len())
            .take_while(|&k| sent.toks[k].end <= x.start)
            .any(|k| sent.toks[k].start > end + comma && personnel_count(k));
        // (A place's clause: ", where UNIFIL …"; or a new clause: ", and MINUSCA in the
        // Central African Republic has 11,650 troops".)
        let opener = sent.tok_at(end + comma + 1);
        let place_clause = (opener..sent.tok_at(x.start)).any(|k| sent.is(k, Class::PlaceClause))
            || (sent.is(opener, Class::Coordinator)
                && (opener + 1..sent.tok_at(x.start)).all(|k| sent.is(k, Class::Article)));
        before
            || place_clause
                && (sent.tok_at(x.end)..sent.toks.len())
                    .take_while(|&k| !matches!(sent.toks[k].text(sent.text), "," | ";"))
                    .any(counted_after)
    };
    // "1,100 soldiers for MINUSMA and up to 600 for EUTM": "for" right after the number's
    // phrase names its force.
    // So does "of" after its noun: "les quelque 1 500 combattants de Wagner".
    // So does a word of where people serve after the number's verb or noun: "and 20 serve
    // with EUTM Mali", "1,000 soldiers deployed in Barkhane".
    let link = |k: usize| {
        matches!(sent.word(k), "for" | "pour")
            || (k > m.last + 1 && sent.is(k, Class::Of))
            || (k > m.last + 1
                && !sent.lex.french
                && sent.is(k, Class::ServesIn)
                && sent.toks[k - 1].is_word())
    };
    let k = (m.last + 1..m.last + 3)
        .find(|&k| link(k))
        .unwrap_or(m.last + 1);
    let for_force = link(k)
        .then(|| sent.toks.get(k + 1).map(|t| t.start))
        .flatten();
    let for_force = for_force.map(|s| {
        // Past an article: "pour la MINUSMA".
        let k = k + 1;
        if sent.is(k, Class::Det) {
            sent.toks.get(k + 1).map_or(s, |t| t.start)
        } else {
            s
        }
    });
    // "the ECOWAS-led AFISMA": the leader of a force named next is not the number's owner.
    let leads_next = |x: &Mention| {
        sent.text[x.end..]
            .strip_prefix("-led ")
            .is_some_and(|rest| {
                let next = x.end + "-led ".len() + (rest.len() - rest.trim_start().len());
                sent.mentions
                    .iter()
                    .any(|y| y.start == next && personnel_force(y).is_some())
            })
    };
    // "Barkhane succède à Serval …, avec 3 000 militaires", "la MINUSMA prend le relais de
    // la MISMA, avec 6 100 soldats": the force succeeded is not the number's owner.
    // The force succeeded owns the figure of a relative clause about it: "elle prend le relais
    // de la MISMA, la force africaine qui comptait alors environ 6 000 soldats", "succède à
    // la MISMA, dont les quelque 6 100 soldats …".
    let described = |x: &Mention| {
        x.end <= at
            && sent.text.get(x.end..at).is_some_and(|between| {
                !between.contains([';', '.', ':'])
                    && (sent.tok_at(x.end)..sent.tok_at(at)).any(|k| sent.is(k, Class::Relative))
            })
    };
    sent.mentions
        .iter()
        .filter(|x| {
            !other_clause(x)
                && !other_number(x)
                && !in_closed_aside(x)
                && !leads_next(x)
                && (!succeeded(sent, x) || described(x))
        })
        .filter_map(|x| {
            personnel_force(x)
                .filter(|&i| want(g.forces[i].kind))
                .map(|i| (x, i))
        })
        .min_by_key(|(x, _)| {
            // A force named inside the number's own phrase owns it: "France's 4,500-strong
            // Barkhane force", "the 5,100 Barkhane troops".
            let own_phrase = x.start >= end && x.start - end <= 10 && {
                let between = &sent.text[end..x.start];
                let hyphened = between.strip_prefix('-').map(str::trim_end);
                between.trim().is_empty()
                    || hyphened.is_some_and(|w| w.chars().all(char::is_alphabetic))
            };
            if Some(x.start) == for_force || own_phrase {
                0
            } else if x.start >= at {
                (x.start - at) * 2
            } else {
                at - x.end
            }
        })
        .map(|(_, i)| i)
}

/// The forces around a sentence that a figure may fall back on.
#[derive(Clone, Copy)]
pub struct Forces {
    /// The last force named before the sentence.
    pub recent: Option<usize>,
    /// Whether `recent` was named in the sentence's own paragraph.
    pub recent_here: bool,
    /// The peace operation the text is about.
    pub dominant: Option<usize>,
    /// A multinational operation the title names.
    pub title_operation: Option<usize>,
}

/// A multinational military operation or regional force: no nation's own, no peace
/// operation ("Task Force Takuba", "G5 Sahel Joint Force").
/// Whether a figure stands in the sentence's opening phrase, no force or country named in it,
/// and a pronoun that is no possessive is the subject right after its comma.
fn opening_phrase_of_pronoun(sent: &Sentence, m: &NumberMention) -> bool {
    let Some(comma) =
        (m.last + 1..sent.toks.len()).find(|&k| sent.toks[k].is_punct(sent.text, ","))
    else {
        return false;
    };
    let opening = (0..m.first).all(|k| !sent.toks[k].is_punct(sent.text, ","))
        && !sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(_) | Entity::Demonym(_))
                && sent.tok_at(x.start) < comma
        })
        && (0..comma).all(|k| country_at(sent, k).is_none());
    opening
        && sent.is(comma + 1, Class::Pronoun)
        && !sent.is(comma + 1, Class::Det)
        && sent.toks.get(comma + 2).is_some_and(|t| t.is_word())
}

pub(super) fn multinational_operation(f: usize) -> bool {
    let g = gazetteer();
    matches!(
        g.forces[f].kind,
        ForceKind::MilitaryOperation | ForceKind::RegionalOrg
    ) && g.forces[f].country.is_none()
}

pub fn subject(
    sent: &Sentence,
    prev: Option<&Sentence>,
    m: &NumberMention,
    category: Category,
    country: Option<usize>,
    forces: Forces,
) -> Subject {
    let Forces {
        recent: recent_force,
        recent_here,
        dominant,
        title_operation,
    } = forces;
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
    // Casualties of peacekeepers and a mission's civilian staff belong to a peace operation;
    // so do troops its own noun calls peacekeepers ("our 300 blue helmets", "1 400 Casques
    // bleus"), whatever military operation the sentence names.
    let peace_noun = matches!(
        category,
        Category::Troops | Category::Police | Category::UniformedPersonnel
    ) && ((m.last + 1..(m.last + 3).min(sent.toks.len()))
        .any(|k| sent.is(k, Class::Peacekeeper))
        // "13,000 UN troops", "12 000 militaires de l'ONU": the United Nations' own soldiers.
        || un_in_phrase(sent, m));
    let peace_only = peace_noun
        || matches!(
            category,
            Category::PeacekeepersKilled | Category::PeacekeepersWounded | Category::CivilianStaff
        );
    // "over 80,000 peacekeepers serve in 12 missions": all UN missions, not this one.
    let casualty = matches!(
        category,
        Category::PeacekeepersKilled | Category::PeacekeepersWounded
    );
    if worldwide(sent, m, casualty) {
        // A country's share of all missions keeps its country: "Bangladesh had 7,636
        // uniformed personnel in UN peacekeeping operations", "129 Bangladeshi peacekeepers
        // killed in UN operations worldwide".
        let contingent = country
            .map(|c| g.countries[c].name.clone())
            .or_else(|| demonym_in_phrase(sent, m).map(|(c, _)| c))
            .or_else(|| country_before(sent, m).map(|(c, _)| c))
            .filter(|c| !g.is_host_name(c));
        return Subject {
            name: Some(WORLDWIDE.into()),
            contingent,
        };
    }
    // "With about 10,000 troops and 1,100 police, it operates alongside Barkhane", "Forte
    // d'environ 10 000 militaires, elle …": a figure in an opening phrase whose clause's
    // subject is a pronoun is the force the pronoun stands for, not one named after it.
    if let Some(f) = recent_force.filter(|_| opening_phrase_of_pronoun(sent, m)) {
        return Subject {
            name: Some(g.forces[f].name.clone()),
            contingent: None,
        };
    }
    let own = if peace_only {
        nearest_force(sent, m, |k| k == ForceKind::PeaceOperation)
    } else {
        // Troops and police of an armed group are not counted as a force's strength; the
        // nearest armed group is usually the attacker.
        nearest_force(sent, m, |k| k != ForceKind::ArmedGroup)
    };
    // "The French operation, which had 5,100 troops", "l'opération française": a nation's
    // operation named by its adjective is the one of that nation the text named last.
    if let Some(op) = national_operation_named(sent, recent_force).filter(|_| !peace_only) {
        return Subject {
            name: Some(g.forces[op].name.clone()),
            contingent: None,
        };
    }
    // The number's own nationality ("six Bangladeshis") comes first.
    let own_country = country.map(|c| {
        let k = &g.countries[c];
        (
            k.name.clone(),
            k.demonyms
                .first()
                .cloned()
                .unwrap_or_else(|| k.name.clone()),
        )
    });
    let strength = matches!(
        category,
        Category::Troops | Category::Police | Category::UniformedPersonnel
    );
    // "Chad provides about 1,200 of the 9,300 soldiers": the whole of a partitive is nobody's
    // contingent.
    // (Or the whole a sentence opens on, its part after it: "Of the 14 wounded, nine were from
    // Niger", « Parmi les 14 blessés, neuf … ».)
    let opening_whole = {
        let p = sent.past_qualifiers(m.first);
        p == 2
            && sent.classes[0].has_any(&[Class::Of, Class::Subset])
            && sent.is(1, Class::Det)
            && (m.last + 1..sent.toks.len()).any(|k| sent.toks[k].is_num())
    };
    let whole = opening_whole
        || (m.first.saturating_sub(5)..m.first).any(|k| {
            sent.toks[k].is_num() && sent.word(k + 1) == "of" && sent.is(k + 2, Class::Det)
        });
    // "13,000 soldiers from more than 50 nations": many countries' figure is no one's.
    let many = from_many_nations(sent, m);
    // "a Guinean peacekeeper died and two others were injured": a sentence that counts dead
    // and wounded gives the wounded no contingent it names for someone else; wire copy and
    // UN releases name the dead's nationality and leave the wounded's open.
    // Only when the wounded have a head noun of their own ("two others", "30 other
    // peacekeepers"): an elided one ("ten Chadians died and 25 were wounded"), "comrades" or
    // "of them" keeps the dead's nationality, and so does a contingent word after the number
    // ("four others from the same contingent").
    // French wire copy's "dix Casques bleus tchadiens tués et 25 autres blessés" reads as one
    // contingent's toll, and French sources say so when it is not: English only.
    let others_wounded = category == Category::PeacekeepersWounded
        && !sent.lex.french
        && sent.all.has_any(&[Class::Kill])
        && {
            let k = m.last + 1;
            !sent.is(k, Class::Comrade)
                && sent
                    .classes
                    .get(k)
                    .is_some_and(|c| c.has_any(&[Class::Elided, Class::Peacekeeper, Class::People]))
        }
        && !(m.last + 1..sent.toks.len()).any(|k| sent.is(k, Class::Contingent));
    let contingent = own_country.or_else(|| {
        if many {
            return None;
        }
        demonym_in_phrase(sent, m)
            .or_else(|| from_in_phrase(sent, m))
            .or_else(|| country_in_brackets_after(sent, m))
            .or_else(|| strength.then(|| country_before_brackets(sent, m)).flatten())
            .or_else(|| strength.then(|| country_deploying_after(sent, m)).flatten())
            .or_else(|| demonym_of_unit(sent, m))
            .or_else(|| {
                // "Chad, which has about 1,400 soldiers"; "Chad has lost 60 soldiers"; "Germany,
                // whose 570 soldiers …" — the clause's subject before a contingent named elsewhere.
                if (strength || peace_only) && !whole {
                    country_before(sent, m)
                } else {
                    None
                }
            })
            .or_else(|| {
                contingent_near(sent, Some(sent.toks[m.first].start))
                    .filter(|_| !whole && !others_wounded && !broken_down(sent, m))
            })
            .or_else(|| home_country_before(sent, m, prev))
            .or_else(|| strength.then(|| country_after_opening(sent, m)).flatten())
            .or_else(|| {
                // "they suffered … at least 47 died": the contingent of the sentence before, for a
                // casualty or a figure whose owner is a pronoun.
                let pronoun = (0..m.first).any(|k| sent.is(k, Class::Pronoun));
                if own.is_none() && pronoun {
                    prev.and_then(contingent_in)
                } else {
                    None
                }
            })
    });
    let military = category == Category::MilitaryKilled;
    // "France has lost 50 soldiers", "28 militaires français morts": the country's own forces.
    if military {
        // "killing three Nigerien peacekeepers and one soldier of the Malian Defence and
        // Security Forces": a national army in the number's own phrase is its force, whatever
        // contingent the sentence names.
        if let Some(f) = own.filter(|&i| {
            g.forces[i].kind == ForceKind::NationalForces
                && contingent.is_some()
                && in_phrase(sent, m, i)
        }) {
            return Subject {
                name: Some(g.forces[f].name.clone()),
                contingent: None,
            };
        }
        let national = contingent
            .as_ref()
            .map(|(c, _)| c.clone())
            .or_else(|| country_before(sent, m).map(|(c, _)| c));
        if let Some(f) = national.and_then(|c| g.national_force(&c)) {
            // "treize militaires français de Barkhane": the nation's one operation the
            // sentence names.
            let f = match &operations_of(sent, g.forces[f].country.as_deref())[..] {
                [op] if in_phrase(sent, m, *op) || agent_before(sent, m, *op) => *op,
                _ => f,
            };
            return Subject {
                name: Some(g.forces[f].name.clone()),
                contingent: None,
            };
        }
    }
    // "the Mission", "the military component": the text's own mission.
    // After the number too, with its article: "2,069 additional uniformed personnel for the
    // Mission".
    let the_mission = (0..m.first).any(|k| sent.is(k, Class::GenericMission))
        || sent.the_mission_in(m.last + 2..(m.last + 7).min(sent.toks.len()));
    let usable = |i: &usize| {
        let k = g.forces[*i].kind;
        k != ForceKind::ArmedGroup && !(military && k == ForceKind::PeaceOperation)
    };
    // A national contingent of a force other than a peace operation stays that force's
    // ("Denmark withdrew its 100 soldiers from Takuba"); otherwise a contingent is the
    // mission's, even where a national army is named nearer.
    let own = own.filter(|i| {
        contingent.is_none()
            || peace_only
            || !matches!(
                g.forces[*i].kind,
                ForceKind::NationalForces | ForceKind::IntlOrg
            )
    });
    // "About 300 of them are French": the force of the sentence before.
    let of_them = (m.last + 1..(m.last + 3).min(sent.toks.len()))
        .any(|k| sent.word(k) == "of" && sent.is(k + 1, Class::RefersBack));
    let force = own
        .or_else(|| {
            if of_them && !peace_only {
                if let Some(f) = prev.and_then(last_force).filter(usable) {
                    return Some(f);
                }
            }
            // "About 300 of them are French; Sweden provides 140, Estonia some 95": the
            // national shares of the multinational force of the sentence before.
            let shares_of_them = contingent.is_some()
                && !peace_only
                && (0..m.first).any(|k| sent.is(k, Class::Of) && sent.is(k + 1, Class::RefersBack));
            if shares_of_them {
                if let Some(f) = prev.and_then(last_force).filter(|&i| {
                    matches!(
                        g.forces[i].kind,
                        ForceKind::MilitaryOperation | ForceKind::RegionalOrg
                    )
                }) {
                    return Some(f);
                }
            }
            // "Task Force Takuba counts about 800 special forces. Sweden provides a force of
            // 150, Estonia 95": national shares right after a multinational force's strength,
            // in a sentence that names neither force nor mission, are that force's.
            let names_mission = sent.the_mission_in(0..m.first);
            if contingent.is_some() && strength && !names_mission {
                // The force of the sentence before, or, when it names none ("It never grew
                // beyond about 900 personnel"), the last one named.
                let here = recent_force.filter(|_| recent_here);
                if let Some(f) = prev.and_then(last_force).or(here).filter(|&i| {
                    matches!(
                        g.forces[i].kind,
                        ForceKind::MilitaryOperation | ForceKind::RegionalOrg
                    ) && g.forces[i].country.is_none()
                }) {
                    return Some(f);
                }
            }
            // A national share on the page of a multinational operation the title names,
            // in a sentence that names no peace operation.
            if contingent.is_some() && !peace_only && !names_mission {
                if let Some(t) = title_operation {
                    return Some(t);
                }
            }
            // "The last soldiers of Operation Barkhane left Mali. At its peak the operation
            // counted about 5,100 personnel": "the operation" right after a military
            // operation is named is that one, not the text's mission.
            let the_operation = (1..m.first)
                .any(|k| sent.is(k, Class::OperationNoun) && sent.is(k - 1, Class::Article));
            // (Or in a paragraph after one about it: "Operation Barkhane was launched in
            // 2014. ⏎ The operation began with about 3,000 troops.")
            if the_operation && contingent.is_none() && !peace_only {
                let here = recent_force.filter(|_| recent_here);
                let military = |i: &usize| g.forces[*i].kind == ForceKind::MilitaryOperation;
                if let Some(f) = prev
                    .and_then(last_force)
                    .or(here)
                    .filter(military)
                    .or(recent_force.filter(military))
                {
                    return Some(f);
                }
            }
            if contingent.is_some() || peace_only || (the_mission && !military) {
                return dominant;
            }
            // Of two peace operations, the one the text is about keeps a figure its sentence
            // does not name: after "MINUSMA took over from AFISMA", "its ceiling is 11,200"
            // is still MINUSMA's.
            let peace = |i: &usize| g.forces[*i].kind == ForceKind::PeaceOperation;
            prev.and_then(last_force)
                .filter(usable)
                .or(recent_force.filter(usable))
                .map(|i| match dominant {
                    Some(d) if peace(&i) && peace(&d) => d,
                    _ => i,
                })
                .or(dominant.filter(usable))
        })
        .filter(|&i| !peace_only || g.forces[i].kind == ForceKind::PeaceOperation)
        .or(if peace_only { dominant } else { None });
    // "the Barkhane force, which counts about 4,300 French soldiers": a nation's troops in a
    // sentence that names that nation's operation are the operation's.
    // So are its dead when the sentence names one operation of it ("treize militaires
    // français de Barkhane").
    let force = force.map(|f| {
        if g.forces[f].kind != ForceKind::NationalForces {
            return f;
        }
        match &operations_of(sent, g.forces[f].country.as_deref())[..] {
            [op] if strength => *op,
            // Of two ("Serval cède la place à Barkhane, opération régionale de 3 000
            // militaires français"), the nearest that the sentence does not say was succeeded.
            ops @ [_, _, ..] if strength => nearest_operation(sent, m, ops),
            [op] if military && in_phrase(sent, m, *op) => *op,
            // "La France lance l'opération Serval. Plus de 4 000 militaires français sont
            // engagés": the one operation of that nation the sentence before names.
            [] if strength => match prev
                .map(|p| operations_of(p, g.forces[f].country.as_deref()))
                .as_deref()
            {
                Some([op]) => *op,
                _ => f,
            },
            _ => f,
        }
    });
    // Blue helmets, police, uniformed personnel and civilian staff serve a peace operation:
    // a force the context lent them that is none ("Perso j'avais retenu 15 000 casques bleus"
    // in a thread about Barkhane; "13 289 militaires et 1 920 policiers" after a paragraph on
    // French forces) gives way to the text's mission, unless the sentence names it.
    let peace_words =
        (m.last + 1..(m.last + 4).min(sent.toks.len())).any(|k| sent.is(k, Class::Peacekeeper));
    let policing = matches!(
        category,
        Category::Police | Category::UniformedPersonnel | Category::CivilianStaff
    ) || (category == Category::Troops && sent.any(Class::Police));
    let force = match (force, dominant) {
        (Some(f), Some(d))
            if (peace_words || policing)
                && g.forces[f].kind != ForceKind::PeaceOperation
                && !sent.mentions.iter().any(|x| x.entity == Entity::Force(f)) =>
        {
            Some(d)
        }
        (f, _) => f,
    };
    // "Pertes françaises (Serval puis Barkhane) : 50 morts": losses over two operations of a
    // nation are its forces'.
    // Unless the figure's own phrase names one of them: "50 militaires français sont morts
    // depuis 2013 : 10 au titre de l'opération Serval et 40 au titre de Barkhane".
    let force = force.map(|f| {
        if military {
            operation_in_own_phrase(sent, m).unwrap_or_else(|| nation_over_operations(sent, f))
        } else {
            f
        }
    });
    // Soldiers killed whom no sentence attributes ("Le gouvernement a d'abord évoqué 15
    // militaires tués") are the host country's army: the first national force of
    // `forces.tsv`, as the first peace operation there is the corpus's own mission.
    let force = force.or_else(|| {
        (military && contingent.is_none())
            .then(|| g.host_army())
            .flatten()
    });
    let Some(f) = force else {
        return match contingent {
            // "France had some 2,400 military personnel in the country": a nation whose forces
            // `forces.tsv` names, with no force in view, counts its own forces.
            Some((country, _)) if g.national_force(&country).is_some() => Subject {
                name: g.national_force(&country).map(|n| g.forces[n].name.clone()),
                contingent: None,
            },
            Some((country, adj)) => Subject {
                name: Some(format!("{} contingent", adjective(&country, &adj))),
                contingent: Some(country),
            },
            None => none,
        };
    };
    // A regional force has contingents of its members only: "Sweden's 220 soldiers" after a
    // paragraph on the G5 Sahel force serve the text's mission.
    // (A peace operation the sentence names first: "la MISMA, force africaine sous conduite
    // de la CEDEAO, aligne 6 300 soldats, dont 2 000 Tchadiens".)
    let f = match &contingent {
        Some((country, _)) if g.contributes(country) && !g.admits(f, country) => sent
            .mentions
            .iter()
            .filter_map(personnel_force)
            .find(|&i| g.forces[i].kind == ForceKind::PeaceOperation)
            .or(dominant.filter(|&d| g.forces[d].kind == ForceKind::PeaceOperation))
            .unwrap_or(f),
        _ => f,
    };
    // "La France a compté jusqu'à 4 500 soldats": a nation whose forces are their own is no
    // contingent of the peace operation in view; its troops are its forces', or its one
    // operation's that this sentence or the one before names ("l'ombre portée de Serval").
    // (Unless the sentence names the mission: "La France contribue également à la MINUSMA,
    // avec 24 militaires", "la MINUSMA et ses quelque 12 000 militaires".)
    let names_mission = sent.mentions.iter().any(|x| x.entity == Entity::Force(f))
        || sent.any(Class::GenericMission);
    if let Some(n) = contingent
        .as_ref()
        .filter(|(c, _)| {
            strength
                && g.forces[f].kind == ForceKind::PeaceOperation
                && !names_mission
                // The nation as the clause's subject, its soldiers no blue helmets.
                && country_before(sent, m).is_some_and(|(d, _)| d == *c)
                && (Some(f) == dominant || Some(f) == g.own_mission())
                && !worldwide(sent, m, false)
                && !(m.last + 1..(m.last + 9).min(sent.toks.len()))
                    .take_while(|&k| sent.toks[k].is_word())
                    .any(|k| sent.is(k, Class::Peacekeeper))
        })
        .and_then(|(c, _)| g.national_force(c))
    {
        let country = g.forces[n].country.as_deref();
        let op = match &operations_of(sent, country)[..] {
            [] => match prev.map(|p| operations_of(p, country)).as_deref() {
                Some([op]) => Some(*op),
                _ => None,
            },
            ops => Some(nearest_operation(sent, m, ops)),
        };
        return Subject {
            name: Some(g.forces[op.unwrap_or(n)].name.clone()),
            contingent: None,
        };
    }
    let name = g.forces[f].name.clone();
    match contingent {
        // The host country is no contingent of a peace operation in it: "1,800 civilian staff,
        // of whom over 800 Malians" are the mission's.
        Some((country, _))
            if g.forces[f].kind == ForceKind::PeaceOperation && g.is_host_name(&country) =>
        {
            Subject {
                name: Some(name),
                contingent: None,
            }
        }
        Some((country, adj)) if g.forces[f].kind == ForceKind::PeaceOperation => Subject {
            name: Some(format!("{name}, {} contingent", adjective(&country, &adj))),
            contingent: Some(country),
        },
        // A multinational force's national share ("Denmark withdrew its 100 soldiers from
        // Takuba", "a 1,200-strong Chadian battalion" of the G5 Sahel force, Germany's share
        // of the EU's training mission); a force's own nation is no contingent of it (French
        // soldiers of Barkhane).
        Some((country, _))
            if matches!(
                g.forces[f].kind,
                ForceKind::MilitaryOperation | ForceKind::RegionalOrg
            ) && g.forces[f].country.as_deref() != Some(country.as_str()) =>
        {
            Subject {
                name: Some(name),
                contingent: Some(country),
            }
        }
        _ => Subject {
            name: Some(name),
            contingent: None,
        },
    }
}

/// Whether the country at token `k` is where a mission named right before it serves:
/// "MONUSCO in the Democratic Republic of the Congo fields 12,300 troops", "la MINUSCA en
/// Centrafrique".
fn mission_location(sent: &Sentence, k: usize) -> bool {
    let g = gazetteer();
    let at = sent.toks[k].start;
    let Some(country) = sent
        .mentions
        .iter()
        .find(|x| x.start <= at && at < x.end && matches!(x.entity, Entity::Demonym(_)))
    else {
        return false;
    };
    sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::PeaceOperation)
            && x.end <= country.start
            && {
                let gap = crate::tokens::fold(sent.text[x.end..country.start].trim());
                matches!(
                    gap.as_str(),
                    "in" | "in the" | "en" | "au" | "dans le" | "dans la"
                )
            }
    })
}

/// A country named before a strength figure in its sentence, as its subject: "Chad, which
/// has about 1,400 soldiers", "Britain will pull its 300 troops", "Egypt deploys 1,100".
pub(super) fn country_before(sent: &Sentence, m: &NumberMention) -> Option<(String, String)> {
    let g = gazetteer();
    let lex = sent.lex;
    // A name as the subject, not an adjective: "Chad, which", "Britain will", not "French
    // soldiers".
    let personnel_noun = |w: &str| {
        lex.classes(w).has_any(&[
            Class::Military,
            Class::Police,
            Class::Peacekeeper,
            Class::Contingent,
            Class::Unit,
            Class::Counted,
            Class::People,
        ])
    };
    // "the representative of the United Kingdom said the Mission's 12,000 troops": a force's
    // possessive between the country and the number owns it.
    // (Within the number's phrase: in "Chad fielded the largest contingent for most of the
    // mission's life, with about 1,400 soldiers" a comma ends the mission's phrase.)
    // (Nor past a word that ends the possessive's own phrase: "Chad, one of the mission's
    // biggest contributors with roughly 1,400 soldiers".)
    let open = sent.past_qualifiers(m.first);
    let owned = (m.first.saturating_sub(6)..m.first).rev().find(|&k| {
        let phrase = (k + 1..m.first).all(|j| !sent.toks[j].is_punct(sent.text, ","))
            && (k + 1..open).all(|j| !sent.is(j, Class::NpStop));
        phrase
            && sent.word(k).strip_suffix("'s").is_some_and(|bare| {
                lex.is(bare, Class::GenericMission)
                    || sent.mentions.iter().any(|x| {
                        matches!(x.entity, Entity::Force(_))
                            && x.start <= sent.toks[k].start
                            && x.end >= sent.toks[k].start + bare.len()
                    })
            })
    });
    // "Le Togo déploie 940 militaires au sein de la Force de la MINUSMA, qui compte au total
    // 12 200 militaires": a force named before the number with a relative clause after it
    // owns the clause's figure.
    let relative_owner = sent
        .mentions
        .iter()
        .filter(|x| matches!(x.entity, Entity::Force(_)) && x.end <= sent.toks[m.first].start)
        .filter_map(|x| (0..m.first).find(|&k| sent.toks[k].start >= x.end))
        // So does "the mission" ("Niger has 860 soldiers in the mission, which musters 8,900
        // troops").
        .chain((1..m.first).filter(|&k| sent.is(k - 1, Class::GenericMission)))
        .filter(|&k| sent.toks[k].is_punct(sent.text, ",") && sent.is(k + 1, Class::Relative))
        .max();
    // "Le Tchad, qui aligne …, a payé le plus lourd tribut : 54 de ses soldats": a possessive
    // partitive's owner is the clause's subject, however far before.
    let possessive = sent.is(m.last + 1, Class::Of)
        && sent.is(m.last + 2, Class::Det)
        && !sent.is(m.last + 2, Class::Article);
    let reach = if possessive { m.first } else { 30 };
    let from = owned
        .max(relative_owner)
        .map_or(m.first.saturating_sub(reach), |k| k + 1);
    (from..=m.first).rev().find_map(|k| {
        let t = sent.toks[k];
        // "Senegal's representative said his country, which has some 900 soldiers": the
        // speaker's country is the one the sentence named before.
        if k > 0
            && sent.is(k, Class::HomeCountry)
            && sent.is(k - 1, Class::Det)
            && !sent.is(k - 1, Class::Article)
        {
            let after = sent.toks.get(k + 1)?;
            // "his country, which has …", "his country has …", "his country's 1,450 soldiers".
            let subject_position = after.is_punct(sent.text, ",")
                || (after.is_word() && !personnel_noun(sent.word(k + 1)))
                || sent.word(k).ends_with("'s")
                || sent.word(k).ends_with("’s");
            return subject_position
                .then(|| country_named_before(sent, k - 1))
                .flatten()
                .map(|(c, _)| name_and_adjective(c));
        }
        // "China's representative said its troops, some 400 of whom are deployed in Gao": a
        // pronoun's soldiers are the country's the sentence named before, with no force
        // named between them.
        // "The representative of Bangladesh said its 1,500 blue helmets": the pronoun right
        // before the number too.
        let personnel_or_number = lex.classes(sent.word(k)).has_any(&[
            Class::Military,
            Class::Peacekeeper,
            Class::Contingent,
        ]) || k == m.first;
        // "The representative of Niger said his 875 soldiers": a possessive right before the
        // number, the speaker's.
        let possessive_before_number = k == m.first
            && k > 0
            && !sent.is(k - 1, Class::Article)
            && !sent.is(k - 1, Class::RefersBack);
        if k > 0
            && (sent.is(k - 1, Class::Pronoun) || possessive_before_number)
            && sent.is(k - 1, Class::Det)
            && personnel_or_number
        {
            let (c, at) = country_named_before(sent, k - 1)?;
            let from = sent.toks[at].start;
            let to = sent.toks[k - 1].start;
            let force_between = sent
                .mentions
                .iter()
                .any(|x| x.start >= from && x.end <= to && matches!(x.entity, Entity::Force(_)));
            return (!force_between).then(|| name_and_adjective(c));
        }
        // Past an elided article: "l'Allemagne".
        let written = past_elided_article(t.text(sent.text));
        if !t.is_word() || !written.starts_with(char::is_uppercase) {
            return None;
        }
        // "Germany's contingent of some 1,100 soldiers", "Sweden's roughly 220 troops": a
        // country's possessive a few words before the number owns it.
        // "The United Kingdom's 300-strong group", "the UK's", "the Netherlands' 450 troops".
        let word = sent.word(k);
        let bare = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\'').filter(|b| b.ends_with('s')));
        if let Some(bare) = bare {
            let bare_written = written
                .trim_end_matches(['s', 'S'])
                .trim_end_matches(['\'', '’']);
            let c = (k > 0)
                .then(|| g.country_by_word(&format!("{} {bare}", sent.word(k - 1))))
                .flatten()
                .or_else(|| g.country_by_word(bare))
                .or_else(|| g.country_by_written(bare_written, bare))?;
            let near = m.first - k <= 5
                && (k + 1..m.first)
                    .all(|j| sent.toks[j].is_word() || sent.toks[j].is_punct(sent.text, "-"));
            // "Ghana's presence in Mali peaked in 2019, when 217 military personnel …": a
            // contributor's possessive opening the sentence, with no force named after it.
            let opening = k == 0
                && g.contributes(&g.countries[c].name)
                && !sent.mentions.iter().any(|x| {
                    matches!(x.entity, Entity::Force(_) | Entity::Demonym(_))
                        && x.start > sent.toks[k].end
                        && x.end <= sent.toks[m.first].start
                });
            if !(near || opening) || g.is_host_country(c) {
                return None;
            }
            return Some(name_and_adjective(c));
        }
        let two = format!("{} {}", sent.word(k), sent.word(k + 1));
        // "Royaume-Uni", "Guinée-Bissau": a name written with a hyphen is three tokens.
        let hyphened = (k + 2 < sent.toks.len()
            && sent.toks[k + 1].is_punct(sent.text, "-")
            && !sent.toks[k + 1].space_before)
            .then(|| format!("{}-{}", sent.word(k), sent.word(k + 2)));
        let (c, width) = match hyphened.as_deref().and_then(|h| g.country_by_word(h)) {
            Some(c) => (c, 3),
            None => match g.country_by_word(&two) {
                Some(c) => (c, 2),
                None => (g.country_by_written(written, sent.word(k))?, 1),
            },
        };
        if g.is_host_country(c) || mission_location(sent, k) {
            return None;
        }
        // "adopted 13-0 with Russia and China abstaining": a Council member's vote.
        if (k + width..(k + width + 3).min(sent.toks.len())).any(|j| sent.is(j, Class::Vote)) {
            return None;
        }
        // "the representative of the United States paid tribute to the 300 peacekeepers":
        // the country a speaker speaks for is no subject of the clause.
        // ("of the", "de la", and "des", both at once.)
        let of_at = match k.checked_sub(1) {
            Some(j) if sent.is(j, Class::Article) && !sent.is(j, Class::Of) => j.checked_sub(1),
            j => j,
        };
        // (A relative clause or an apposition after the name is about the country: "the
        // representative of Chad, whose contingent of 1,390 troops".)
        if of_at.is_some_and(|j| j > 0 && sent.is(j, Class::Of) && sent.is(j - 1, Class::Speaker))
            && !sent
                .toks
                .get(k + width)
                .is_some_and(|t| t.is_punct(sent.text, ","))
        {
            return None;
        }
        let after = sent.toks.get(k + width)?;
        let after_word = sent.word(k + width);
        // A list item "Estonia some 95, the Czech Republic 60": the country right before its
        // number, past qualifier words.
        let list_item =
            (k + width..m.first).all(|j| lex.qualifier_before(&[sent.word(j)]).is_some());
        let subject_position = list_item
            // A table's or timeline's cells too: "| Niger | 9 killed in an ambush".
            || [",", "-", "–", "—", "|"]
                .iter()
                .any(|p| after.is_punct(sent.text, p))
            || (after.is_word()
                && !personnel_noun(after_word)
                && after.text(sent.text).starts_with(char::is_lowercase));
        // A country compared with is not the subject: "Le Tchad est le deuxième contributeur
        // après le Burkina Faso, avec 1 450 militaires".
        let compared = (k.saturating_sub(2)..k).any(|j| sent.is(j, Class::Compared));
        if compared {
            return None;
        }
        // …and at the start of its clause ("the size of France, MINUSMA's …" is not).
        let clause_start = k == 0
            || !sent.toks[k - 1].is_word()
            || matches!(
                sent.word(k - 1),
                "and" | "but" | "while" | "whereas" | "the" | "as"
            )
            // "followed by Guinea with 15", « suivi par la Guinée avec 15 » (the preposition
            // between).
            // (Past an adverb: "followed closely by Bangladesh at roughly 1 400".)
            || (k.saturating_sub(3)..k.saturating_sub(1)).any(|j| sent.is(j, Class::RankedAfter))
            // The lexicon's articles and coordinators too: "Le Tchad fournit…, le Bangladesh…".
            || sent.is(k - 1, Class::Article)
            || sent.is(k - 1, Class::Coordinator)
            // "The speaker for Egypt, whose country deploys nearly 1,100 troops": a relative
            // clause opened right after the name is about it.
            // So is one after a noun in apposition ("Chad, a country that provides", "le
            // Tchad, pays qui fournit").
            || (after.is_punct(sent.text, ",")
                && (k + width + 1..(k + width + 5).min(sent.toks.len()))
                    .take_while(|&j| sent.toks[j].is_word())
                    .any(|j| sent.is(j, Class::Relative)));
        if !subject_position || !clause_start {
            return None;
        }
        Some(name_and_adjective(c))
    })
}

/// The nearest country named by its name (not its adjective) before token `end`, and where: "Chad",
/// "Senegal's", "Burkina Faso"; never the host country.
pub(super) fn country_named_before(sent: &Sentence, end: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    (0..end).rev().find_map(|k| {
        // Past an elided article: "le représentant de l'Égypte".
        let written = past_elided_article(sent.toks[k].text(sent.text));
        if !sent.toks[k].is_word() || !written.starts_with(char::is_uppercase) {
            return None;
        }
        let word = past_elided_article(sent.word(k));
        let word = word.strip_suffix("'s").unwrap_or(word);
        let two = format!("{word} {}", sent.word(k + 1));
        // "Royaume-Uni", "Guinée-Bissau": a name the tokens split at its hyphen.
        let hyphened = sent
            .toks
            .get(k + 1)
            .filter(|t| t.is_punct(sent.text, "-") && !t.space_before)
            .map(|_| format!("{word}-{}", sent.word(k + 2)));
        hyphened
            .and_then(|h| g.country_by_word(&h))
            .or_else(|| g.country_by_word(&two))
            .or_else(|| g.country_by_word(word))
            .filter(|&c| !g.is_host_country(c))
            .map(|c| (c, k))
    })
}

/// A country's name and the adjective its contingents are called by.
fn name_and_adjective(c: usize) -> (String, String) {
    let country = &gazetteer().countries[c];
    (
        country.name.clone(),
        country
            .demonyms
            .first()
            .cloned()
            .unwrap_or(country.name.clone()),
    )
}

/// The subject of figures about all UN peace operations.
pub const WORLDWIDE: &str = "UN peacekeeping (all missions)";

/// Whether the number's clause puts it on all missions: a worldwide word ("worldwide",
/// "globally", "missions", "operations") near it and no named force between them.
fn worldwide(sent: &Sentence, m: &NumberMention, casualty: bool) -> bool {
    let lo = m.first.saturating_sub(6);
    // After the number, to the end of its clause ("87,000 peacekeepers from more than 120
    // countries serve in 12 UN missions worldwide"), at most 14 words on.
    let stop = |k: usize| matches!(sent.toks[k].text(sent.text), "," | ";" | ":");
    let clause_end = (m.last + 1..sent.toks.len())
        .find(|&k| stop(k))
        .unwrap_or(sent.toks.len());
    let hi = clause_end
        .max(m.last + 6)
        .min(m.last + 15)
        .min(sent.toks.len());
    // "… in 12 missions worldwide, of whom some 15,000 are deployed in Mali": a place in the
    // number's own clause takes it out of the worldwide clause before it.
    let end = sent.toks[m.last].end;
    let clause_end_at = sent
        .toks
        .get(clause_end)
        .map_or(sent.text.len(), |t| t.start);
    let placed = sent
        .mentions
        .iter()
        .any(|x| matches!(x.entity, Entity::Place(_)) && x.start >= end && x.end <= clause_end_at);
    // "under the UN flag", "sous le drapeau de l'ONU": a flag word with the United Nations
    // named next to it.
    let g = gazetteer();
    let un_flag = |k: usize| {
        let (s, e) = (sent.toks[k].start, sent.toks[k].end);
        sent.is(k, Class::UnFlag)
            && sent.mentions.iter().any(|x| {
                matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::IntlOrg)
                    && ((x.end <= s && s - x.end <= 2) || (x.start >= e && x.start - e <= 12))
            })
    };
    // The flag may come late in the sentence ("32 peacekeepers … were killed … while
    // serving under the UN flag during 2022"), but not with a place named after the number
    // ("1,400 soldiers serving under the UN flag in Mali"). Only for casualties: a strength
    // "under the UN flag" is one mission's blue helmets ("the some 15,000 soldiers and
    // police under the UN flag").
    let placed_after = sent
        .mentions
        .iter()
        .any(|x| matches!(x.entity, Entity::Place(_)) && x.start >= end);
    if casualty && !placed_after && (lo..sent.toks.len()).any(un_flag) {
        return true;
    }
    let accepts = |k: usize| {
        let w = sent.word(k);
        if !worldwide_word(sent, k) {
            return false;
        }
        // "the deadliest mission in the world" is not a worldwide figure.
        if w == "world"
            && sent
                .words
                .iter()
                .any(|x| x == "deadliest" || x == "dangerous")
        {
            return false;
        }
        let at = sent.toks[m.first].start;
        let kt = sent.toks[k].start;
        let (a, b) = if kt < at { (kt, at) } else { (at, kt) };
        !sent
            .mentions
            .iter()
            .any(|x| x.start >= a && x.end <= b && personnel_force(x).is_some())
    };
    // A year of the lexicon's worldwide class opening the sentence ("Depuis 1948, …") scopes
    // all of it.
    if (0..m.first.min(3)).any(|k| sent.toks[k].is_num() && sent.is(k, Class::Worldwide)) {
        return true;
    }
    // "a dozen peacekeeping operations, which together employ some 87,000 troops": a
    // relative clause's number is its antecedent's.
    let relative_of_worldwide = (m.first.saturating_sub(8)..m.first)
        .rev()
        .take_while(|&k| !stop(k) || sent.is(k + 1, Class::Relative))
        .find(|&k| stop(k) && sent.is(k + 1, Class::Relative))
        .is_some_and(|comma| (comma.saturating_sub(8)..comma).any(accepts));
    if relative_of_worldwide {
        return true;
    }
    // "toutes missions confondues", "all missions combined": anywhere after the number.
    let combined = |k: usize| k > m.last && all_combined(sent, k);
    (lo..sent.toks.len())
        .filter(|&k| {
            (k < hi || combined(k))
                && sent.is(k, Class::Worldwide)
                && !(placed && k < m.first && (k..m.first).any(stop))
        })
        .any(accepts)
}

/// Whether the worldwide word at `k` puts a figure on all missions: "missions" and
/// "operations" count only in the plural with a number or "all" before ("12 missions", "douze
/// opérations", "all peacekeeping operations", "l'ensemble des opérations"; a number word,
/// or a word of the lexicon's total class) or after "peacekeeping" ("serving in UN
/// peacekeeping operations"), not in a name ("the Department of Peace Operations").
pub(super) fn worldwide_word(sent: &Sentence, k: usize) -> bool {
    if !sent.is(k, Class::Worldwide) {
        return false;
    }
    // "the world body said" is the UN speaking; "World Bank", "World Food Programme" are
    // names.
    if sent.word(k) == "world"
        && matches!(
            sent.word(k + 1),
            "body" | "bank" | "food" | "health" | "war" | "cup" | "organisation" | "organization"
        )
    {
        return false;
    }
    if !matches!(sent.word(k), "missions" | "operations") {
        return true;
    }
    // "one of the largest UN operations", "l'une des plus grandes opérations": a comparison
    // with the others, not a figure of all of them.
    if (k.saturating_sub(3)..k).any(|j| {
        matches!(
            sent.word(j),
            "largest" | "biggest" | "deadliest" | "grandes" | "meurtrieres" | "dangereuses"
        )
    }) {
        return false;
    }
    // "Department of Peacekeeping Operations", "Département des opérations de paix".
    if (k.saturating_sub(3)..k).any(|j| matches!(sent.word(j), "department" | "departement")) {
        return false;
    }
    let before = sent.word(k.saturating_sub(1));
    let before2 = sent.word(k.saturating_sub(2));
    // A label counted after it: "Peace operations: 14".
    let counted_after = (k + 1..sent.toks.len().min(k + 3))
        .find(|&j| !matches!(sent.toks[j].text(sent.text), ":" | "|" | "-" | "–"))
        .is_some_and(|j| sent.toks[j].is_num());
    // French puts "peacekeeping" after: "opérations de maintien de la paix", "missions de paix".
    let of_peace = sent.word(k + 1) == "de" && matches!(sent.word(k + 2), "maintien" | "paix");
    counted_after
        || of_peace
        || all_combined(sent, k)
        || k > 0 && sent.toks[k - 1].is_num()
        || matches!(
            before,
            "all" | "other" | "autres" | "peacekeeping" | "these" | "ces" | "peace"
        )
        // "UN peace support operations".
        || before == "support" && before2 == "peace"
        // "UN operations in Sudan, South Sudan, Chad …", "eight UN missions": the United
        // Nations named right before.
        || un_named_before(sent, k)
        || matches!(before2, "all" | "other" | "autres")
        // "all UN peace operations", "toutes les opérations de paix" (the article between).
        || matches!(sent.word(k.saturating_sub(3)), "all" | "toutes")
        || (k >= 2 && sent.toks[k - 2].is_num())
        || sent.lex.is_number_word(before)
        // "a dozen operations".
        || sent.lex.dozen(before).is_some()
        // "une douzaine de missions", "a dozen of the missions".
        || (k >= 2 && sent.is(k - 1, Class::Of) && !sent.lex.number_word(before2).is_empty())
        || (k >= 1 && sent.is(k - 1, Class::Total))
        || (k >= 2 && sent.is(k - 2, Class::Total))
}

/// Whether the United Nations names the number's soldiers: right after it ("13,000 UN
/// troops"), after their noun and "of" ("12 000 militaires de l'ONU"), or as the subject
/// just before it ("the UN has about 13,000 in Mali").
fn un_in_phrase(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let un_at = |k: usize| {
        sent.toks.get(k).is_some_and(|t| {
            sent.mentions.iter().any(|x| {
                x.start <= t.start
                    && t.end <= x.end
                    && matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::IntlOrg)
            })
        })
    };
    let k = m.last + 1;
    // Or as the clause's subject just before it: "the UN has about 13,000 in Mali".
    // (Not past another count's soldiers: "13,000 UN troops and 5,100 French soldiers".)
    let subject_before = (m.first.saturating_sub(5)..m.first)
        .rev()
        .take_while(|&j| {
            sent.toks[j].is_word()
                && !sent.classes[j].has_any(&[Class::Military, Class::Peacekeeper, Class::Counted])
        })
        .any(un_at);
    subject_before
        || un_at(k)
        || sent.classes.get(k).is_some_and(|c| c.has(Class::Military))
            && sent.is(k + 1, Class::Of)
            && (un_at(k + 2) || sent.is(k + 2, Class::Article) && un_at(k + 3))
}

/// Whether the United Nations is named right before token `k` ("UN missions").
fn un_named_before(sent: &Sentence, k: usize) -> bool {
    let g = gazetteer();
    let Some(prev) = k.checked_sub(1).map(|j| sent.toks[j]) else {
        return false;
    };
    sent.mentions.iter().any(|x| {
        x.end == prev.end
            && matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::IntlOrg)
    })
}

/// "toutes missions confondues", "all missions combined": the word after `k` sums over every
/// mission.
fn all_combined(sent: &Sentence, k: usize) -> bool {
    matches!(sent.word(k + 1), "confondues" | "confondus" | "combined")
}

/// A contingent's adjective as labels show it: the country's first demonym in the gazetteer
/// ("Chadian" for "tchadiens" as well as "Chadians"), else as written.
pub(super) fn adjective(country: &str, written: &str) -> String {
    let g = gazetteer();
    g.countries
        .iter()
        .find(|c| c.name == country)
        .and_then(|c| c.demonyms.first())
        .cloned()
        .unwrap_or_else(|| written.to_string())
}

/// The nation's own forces for losses the sentence counts over several operations of it
/// ("Pertes françaises (Serval puis Barkhane) : 50 morts"); otherwise `f`.
pub(super) fn nation_over_operations(sent: &Sentence, f: usize) -> usize {
    let g = gazetteer();
    let country = g.forces[f].country.as_deref();
    if g.forces[f].kind == ForceKind::MilitaryOperation && operations_of(sent, country).len() > 1 {
        country.and_then(|c| g.national_force(c)).unwrap_or(f)
    } else {
        f
    }
}

/// A military operation named in a figure's own phrase, before the next figure or
/// punctuation and within seven words: "40 au titre de Barkhane", "dont 35 depuis la création
/// de l'opération Barkhane", "31 depuis le passage à Barkhane".
fn operation_in_own_phrase(sent: &Sentence, m: &NumberMention) -> Option<usize> {
    let g = gazetteer();
    // (Not past a pronoun, a place or a date: "lost nine soldiers before it gave way to
    // Operation Barkhane", "died in Mali between the Serval intervention and …".)
    let place_or_date = |k: usize| {
        let t = sent.toks[k];
        sent.dates
            .iter()
            .any(|d| d.start <= t.start && t.start < d.end)
            || sent.mentions.iter().any(|x| {
                matches!(x.entity, Entity::Place(_)) && x.start <= t.start && t.start < x.end
            })
    };
    let end = (m.last + 1..(m.last + 9).min(sent.toks.len()))
        .find(|&k| {
            sent.toks[k].is_num()
                || matches!(sent.toks[k].text(sent.text), "," | ";" | ":" | "(")
                || sent.is(k, Class::Pronoun)
                || place_or_date(k)
        })
        .unwrap_or((m.last + 9).min(sent.toks.len()));
    let (from, to) = (
        sent.toks[m.last].end,
        sent.toks.get(end).map_or(sent.text.len(), |t| t.start),
    );
    let ops: Vec<usize> = sent
        .mentions
        .iter()
        .filter_map(|x| match x.entity {
            Entity::Force(i)
                if g.forces[i].kind == ForceKind::MilitaryOperation
                    && x.start >= from
                    && x.end <= to
                    && !succeeded(sent, x) =>
            {
                Some(i)
            }
            _ => None,
        })
        .collect();
    // ("58 French soldiers died in the Serval and Barkhane operations": both, the nation's.)
    match ops[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// Whether a force is named as the one succeeded: a word of succession up to three words before
/// it ("Barkhane succède à Serval", "la MINUSMA prend le relais de la MISMA").
fn succeeded(sent: &Sentence, x: &Mention) -> bool {
    let k = sent.tok_at(x.start);
    (k.saturating_sub(3)..k).any(|j| sent.is(j, Class::Succession))
}

/// Of several operations a sentence names, the one named nearest the number, unless a word of
/// succession stands right before it or it sits in a relative aside ("Barkhane, qui a succédé
/// à Serval, compte 4 500 militaires").
fn nearest_operation(sent: &Sentence, m: &NumberMention, ops: &[usize]) -> usize {
    let at = sent.toks[m.first].start;
    // Nor one inside a relative aside closed before the number: "Barkhane, which took over
    // from Serval in 2014, mobilizes some 3,500 soldiers".
    let aside = |x: &Mention| {
        let open = sent.text[..x.start].rfind(',');
        x.end <= at
            && sent.text[x.end..at].contains(',')
            && open.is_some_and(|o| {
                sent.toks
                    .iter()
                    .position(|t| t.start > o)
                    .is_some_and(|k| sent.is(k, Class::Relative))
            })
    };
    sent.mentions
        .iter()
        .filter(|x| !succeeded(sent, x) && !aside(x))
        .filter_map(|x| match x.entity {
            Entity::Force(i) if ops.contains(&i) => Some((x, i)),
            _ => None,
        })
        .min_by_key(|(x, _)| {
            if x.start >= at {
                x.start - at
            } else {
                at - x.end
            }
        })
        .map_or(ops[0], |(_, i)| i)
}

/// The distinct military operations of a country that a sentence names.
fn operations_of(sent: &Sentence, country: Option<&str>) -> Vec<usize> {
    let g = gazetteer();
    let mut ops: Vec<usize> = Vec::new();
    for i in sent.mentions.iter().filter_map(personnel_force) {
        let f = &g.forces[i];
        if f.kind == ForceKind::MilitaryOperation
            && country.is_some()
            && f.country.as_deref() == country
            && !ops.contains(&i)
        {
            ops.push(i);
        }
    }
    ops
}

/// "MINUSMA fields some 13,000 personnel, including 1,700 police", "13 000 hommes, dont
/// 1 700 policiers": a whole whose part is police counts soldiers and police together.
pub(super) fn whole_with_police(facts: &mut [super::Fact], sent: &Sentence) {
    for i in 1..facts.len() {
        let (a, b) = (&facts[i - 1], &facts[i]);
        if b.category != Category::Police || b.start != a.start || a.value <= b.value {
            continue;
        }
        let strength = a.category == Category::Troops
            || (a.category == Category::Other && matches!(a.unit.as_str(), "personnel" | "people"));
        // Only the words between the two numbers: a subset word and nothing else that counts.
        let between = sent
            .toks
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.start >= (a.number_end as usize - sent.base)
                    && t.end <= (b.number_start as usize - sent.base)
            })
            .map(|(k, _)| k)
            .collect::<Vec<_>>();
        let subset = between.iter().any(|&k| sent.is(k, Class::Subset))
            && between.len() <= 4
            && !between.iter().any(|&k| sent.is(k, Class::Police));
        if strength && subset {
            facts[i - 1].category = Category::UniformedPersonnel;
            if facts[i - 1].subject.is_none() {
                facts[i - 1].subject = facts[i].subject.clone();
            }
        }
    }
}

/// Casualties whose sentence names no one ("Au début, une source parlait de cinq morts et de
/// neuf blessés") are those of the text's last casualty figure: with its contingent too.
pub(super) fn contingent_of_recent(
    facts: &mut [super::Fact],
    sent: &Sentence,
    recent: Option<&super::Fact>,
) {
    let pk = |c: Category| {
        matches!(
            c,
            Category::PeacekeepersKilled | Category::PeacekeepersWounded
        )
    };
    let Some(r) = recent.filter(|r| r.contingent.is_some() && pk(r.category)) else {
        return;
    };
    // A sentence naming another contributor's nationality ("A Sri Lankan convoy was
    // ambushed; two soldiers died") tells of someone else.
    let g = gazetteer();
    if sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Demonym(c)
            if g.contributes(&g.countries[c].name)
                && r.contingent.as_deref() != Some(g.countries[c].name.as_str()))
    }) {
        return;
    }
    let names_someone = sent.names_who(&[
        Class::Peacekeeper,
        Class::Military,
        Class::Police,
        Class::Civilian,
    ]) || sent
        .mentions
        .iter()
        .any(|x| matches!(x.entity, Entity::Force(_) | Entity::Demonym(_)));
    // "Dix autres membres du contingent ont été blessés", "two others from the same
    // contingent": the contingent just named, with no country of its own.
    let the_contingent = (1..sent.toks.len()).any(|k| {
        // One unit, not "des contingents" in general.
        sent.is(k, Class::Contingent)
            && sent.is(k, Class::Unit)
            && !sent.word(k).ends_with('s')
            && (sent.is(k - 1, Class::Article)
                || sent.word(k - 1) == "du"
                || sent.word(k - 1) == "same"
                || sent.word(k - 1) == "meme")
    }) && countries_named(sent).is_empty()
        && !sent
            .mentions
            .iter()
            .any(|x| matches!(x.entity, Entity::Demonym(_)));
    // The same count again ("Les neuf militaires sont morts") is the same victims'.
    // A total far above the contingent's figure ("Sept Togolais sont tués … Treize morts sur
    // l'année ; cumul : 154", "Sur ce total, 154 …") is the mission's, not the contingent's.
    // (Of the same category: a contingent's few dead and its many wounded are common.)
    let far_above = |f: &super::Fact| {
        f.category == r.category && f.value > 2.0 * r.value && f.value - r.value >= 5.0
    };
    for f in facts.iter_mut().filter(|f| {
        f.contingent.is_none()
            && pk(f.category)
            && (the_contingent || !far_above(f))
            && f.date_basis != super::DateBasis::Period
            && (!names_someone
                || the_contingent
                || (f.value == r.value && f.category == r.category))
    }) {
        f.subject = r.subject.clone();
        f.contingent = r.contingent.clone();
    }
}

/// "The French operation", "l'opération française": a country's adjective next to a word for
/// the text's operation, when the force last named is a military operation that country
/// leads.
fn national_operation_named(sent: &Sentence, recent: Option<usize>) -> Option<usize> {
    let g = gazetteer();
    let op = recent.filter(|&i| g.forces[i].kind == ForceKind::MilitaryOperation)?;
    let country = g.forces[op].country.as_deref()?;
    sent.mentions.iter().find_map(|x| {
        let Entity::Demonym(c) = x.entity else {
            return None;
        };
        if g.countries[c].name != country {
            return None;
        }
        let first = sent.tok_at(x.start);
        let next = sent.tok_at(x.end);
        let beside = sent.is(next, Class::GenericMission)
            || (first > 0 && sent.is(first - 1, Class::GenericMission));
        (beside && sent.word(next) != "forces").then_some(op)
    })
}

/// Whether force `f` is the subject of the number's clause, named just before it: "Operation
/// Barkhane lost 41 soldiers", not "France's Operation Barkhane, at its peak, …, and France
/// lost 58 soldiers".
fn agent_before(sent: &Sentence, m: &NumberMention, f: usize) -> bool {
    let at = sent.toks[m.first].start;
    sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Force(i) if i == f)
            && x.end <= at
            && at - x.end <= 30
            && !sent.text[x.end..at].contains([',', ';', '('])
    })
}

/// Whether force `f` is named in the number's own phrase, after it and before any comma:
/// "treize militaires français de Barkhane", not "France has lost 50 soldiers … and keeps
/// 5,100 troops under Barkhane".
fn in_phrase(sent: &Sentence, m: &NumberMention, f: usize) -> bool {
    let end = sent.toks[m.last].end;
    sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Force(i) if i == f)
            && x.start >= end
            && x.start - end <= 40
            && !sent.text[end..x.start].contains([',', ';'])
    })
}

/// The contributing country a text speaks for: the first one its opening lines name (a
/// ministry's release headed "Attack on forces of the Bundeswehr in Mali"), or none.
pub(super) fn voice_country(
    doc: &crate::model::Document,
    lex: &'static crate::lexicon::Lexicon,
) -> Option<Voice> {
    let g = gazetteer();
    doc.blocks.iter().take(6).find_map(|b| {
        let text = doc.slice(b.span);
        let s = Sentence::new(text, b.span.start as usize, lex);
        let words: Vec<usize> = (0..s.toks.len()).filter(|&k| s.toks[k].is_word()).collect();
        // A letterhead or a title ("RÉPUBLIQUE DU TCHAD", "Sri Lanka Army"): a short line,
        // not a story's sentence, which may name a neighbour in passing.
        let letterhead = words.len() <= 6;
        s.mentions
            .iter()
            .find_map(|m| match m.entity {
                Entity::Demonym(c) if g.contributor_mention(m.entity) => Some(c),
                _ => None,
            })
            .or_else(|| {
                if !letterhead {
                    return None;
                }
                words.iter().find_map(|&k| {
                    country_at(&s, k).filter(|&c| g.contributes(&g.countries[c].name))
                })
            })
            .map(|country| Voice {
                country,
                letterhead,
            })
    })
}

/// The contributing nation a text speaks for, and whether a letterhead or title says so
/// (rather than a sentence of the story).
#[derive(Clone, Copy)]
pub(super) struct Voice {
    pub country: usize,
    pub letterhead: bool,
}

/// "In July two of our servicemen lost their lives", in a text that speaks for a contributing
/// country: the speaker's own dead, not the host country's army that soldiers nobody names
/// fall back on. A country with its own forces in `forces.tsv` keeps them; another's dead
/// are its contingent's in the text's peace operation.
fn our_dead(
    facts: &mut [super::Fact],
    sent: &Sentence,
    (c, letterhead): (usize, bool),
    dominant: Option<usize>,
) {
    let g = gazetteer();
    let Some(host) = g.host_army() else {
        return;
    };
    let (country, adj) = name_and_adjective(c);
    if g.forces[host].country.as_deref() == Some(country.as_str()) {
        return;
    }
    let mut converted: Option<(Option<String>, Option<String>)> = None;
    for f in facts.iter_mut().filter(|f| {
        f.category == Category::MilitaryKilled
            && f.subject.as_deref() == Some(g.forces[host].name.as_str())
    }) {
        let end = f.number_end as usize - sent.base;
        let Some(after) = sent.toks.iter().position(|t| t.start >= end) else {
            continue;
        };
        // "two of our servicemen", "deux de nos soldats"; "le bilan côté ami était de quatre
        // militaires tombés", "porte à six le nombre de nos soldats tués".
        // (The looser forms only where a letterhead or title names the nation: a story's
        // "nos rangs" may be the host's.)
        // (Not where the sentence names the host's army: "we serve beside the Malian Armed
        // Forces, who have lost more than a hundred soldiers" counts theirs.)
        let host_named = sent
            .mentions
            .iter()
            .any(|x| x.entity == Entity::Force(host));
        let ours = sent.is(after, Class::Of) && sent.is(after + 1, Class::FirstPerson)
            || letterhead && !host_named && sent.all.has_any(&[Class::OwnSide, Class::FirstPerson]);
        if !ours {
            continue;
        }
        if let Some(n) = g.national_force(&country) {
            f.subject = Some(g.forces[n].name.clone());
        } else if let Some(d) = dominant.filter(|&d| g.forces[d].kind == ForceKind::PeaceOperation)
        {
            f.category = Category::PeacekeepersKilled;
            f.subject = Some(format!("{}, {adj} contingent", g.forces[d].name));
            f.contingent = Some(country.clone());
            converted = Some((f.subject.clone(), f.contingent.clone()));
        }
    }
    // "Twelve of our soldiers were wounded": the first person's wounded, in a peace operation.
    if let (None, Some(d)) = (
        g.national_force(&country),
        dominant.filter(|&d| g.forces[d].kind == ForceKind::PeaceOperation),
    ) {
        for f in facts
            .iter_mut()
            .filter(|f| f.category == Category::Other && f.unit.ends_with(" wounded"))
        {
            let end = f.number_end as usize - sent.base;
            let after = sent.tok_at(end);
            if sent.is(after, Class::Of) && sent.is(after + 1, Class::FirstPerson) {
                f.category = Category::PeacekeepersWounded;
                f.unit = "personnel".into();
                f.subject = Some(format!("{}, {adj} contingent", g.forces[d].name));
                f.contingent = Some(country.clone());
                converted = Some((f.subject.clone(), f.contingent.clone()));
            }
        }
    }
    // "cinq de nos soldats sont tombés et trois autres ont été blessés": the others hurt
    // with our dead are ours too (read as soldiers' wounds, which no chart counts, until now).
    let Some((subject, contingent)) = converted else {
        return;
    };
    for f in facts.iter_mut().filter(|f| {
        f.category == Category::Other && f.unit.ends_with(" wounded")
            || f.category == Category::PeacekeepersWounded && f.contingent.is_none()
    }) {
        f.category = Category::PeacekeepersWounded;
        f.unit = "personnel".into();
        f.subject = subject.clone();
        f.contingent = contingent.clone();
    }
}

/// Soldiers of a contingent of the corpus's own mission who died are its peacekeepers:
/// "neuf (09) militaires nigériens tués" in a text about MINUSMA; not where the sentence names
/// a national army ("… and six Malian soldiers").
pub(super) fn dead_of_own_mission(sent: &Sentence, subject: &Subject) -> bool {
    let g = gazetteer();
    let own = subject.contingent.is_some()
        && g.own_mission().is_some()
        && g.subject_force(subject.name.as_deref()) == g.own_mission();
    own && !sent.mentions.iter().any(|x| match x.entity {
        Entity::Force(i) => g.forces[i].kind == ForceKind::NationalForces,
        Entity::Demonym(c) => g.national_force(&g.countries[c].name).is_some(),
        Entity::Place(_) => false,
    })
}

/// "Twelve of our soldiers", "About 900 of our soldiers", "deux de nos hommes": in a text that
/// speaks for a contributing country, the first person's soldiers in a peace operation are its
/// contingent.
pub(super) fn our_contingent(
    facts: &mut [super::Fact],
    sent: &Sentence,
    voice: Option<Voice>,
    dominant: Option<usize>,
) {
    let Some(Voice {
        country: c,
        letterhead,
    }) = voice
    else {
        return;
    };
    let g = gazetteer();
    our_dead(facts, sent, (c, letterhead), dominant);
    // "The task force numbers about 250", "One other member of the contingent was injured":
    // a unit named with a definite article or a possessive, in a sentence that names no
    // country of its own, is the one the text is about.
    // The text's own country named again ("the Bundestag mandate") is no other country.
    let article = |k: usize| sent.is(k, Class::Article) || sent.is(k, Class::Det);
    let own_unit = !sent
        .mentions
        .iter()
        .any(|x| matches!(x.entity, Entity::Demonym(d) if d != c))
        && (1..sent.toks.len()).any(|j| {
            let task_force = sent.word(j) == "force" && sent.word(j - 1) == "task";
            let det = j - usize::from(task_force);
            // "the contingent", and past one adjective: "the final contingent".
            let determined = det > 0
                && (article(det - 1)
                    || det > 1 && sent.toks[det - 1].is_word() && article(det - 2));
            sent.is(j, Class::Unit)
                && (sent.is(j, Class::Contingent) || sent.word(j) == "detachment" || task_force)
                // One unit: "the contingents" are everyone's.
                && !sent.word(j).ends_with('s')
                && determined
        });
    for f in facts.iter_mut() {
        if f.contingent.is_some()
            || !matches!(
                f.category,
                Category::Troops
                    | Category::UniformedPersonnel
                    | Category::PeacekeepersKilled
                    | Category::PeacekeepersWounded
            )
        {
            continue;
        }
        let Some(name) = f.subject.clone() else {
            continue;
        };
        let peace_op = g
            .subject_force(Some(&name))
            .is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation);
        if !peace_op {
            continue;
        }
        let at = f.number_start as usize - sent.base;
        let end = f.number_end as usize - sent.base;
        let Some(k) = sent.toks.iter().position(|t| t.start == at) else {
            continue;
        };
        let Some(after) = sent.toks.iter().position(|t| t.start >= end) else {
            continue;
        };
        let ours = (sent.is(after, Class::Of) || sent.word(after) == "of")
            && sent.is(after + 1, Class::FirstPerson)
            || (k.saturating_sub(2)..k).any(|j| sent.is(j, Class::FirstPerson))
            || own_unit;
        if ours {
            let (country, adj) = name_and_adjective(c);
            f.subject = Some(format!("{name}, {adj} contingent"));
            f.contingent = Some(country);
        }
    }
    // "Twelve of our soldiers were wounded, three of them seriously": a share of ours is ours.
    for i in 1..facts.len() {
        let after = sent.tok_at(facts[i].number_end as usize - sent.base);
        let share = sent.is(after, Class::Of)
            && (sent.is(after + 1, Class::RefersBack) || sent.is(after + 1, Class::Pronoun));
        if share
            && facts[i].contingent.is_none()
            && facts[i].category == facts[i - 1].category
            && facts[i - 1].contingent.is_some()
        {
            facts[i].subject = facts[i - 1].subject.clone();
            facts[i].contingent = facts[i - 1].contingent.clone();
        }
    }
}

/// A number that adds up the ones before it in its sentence ("143 international staff and 27
/// volunteers have left, making 170 departures in all"; "soit 170 départs au total") counts
/// what they count, for whom they count it, when they all count one thing.
pub(super) fn sum_of_parts(facts: &mut [super::Fact], sent: &Sentence) {
    for i in 2..facts.len() {
        if facts[i].category != Category::Other {
            continue;
        }
        let at = facts[i].number_start as usize - sent.base;
        let Some(k) = sent.toks.iter().position(|t| t.start == at) else {
            continue;
        };
        // A share is no sum: "sur un effectif autorisé de 13 289, soit 90 %".
        let end = facts[i].number_end as usize - sent.base;
        let share = sent
            .toks
            .iter()
            .position(|t| t.start >= end)
            .is_some_and(|j| sent.toks[j].text(sent.text) == "%" || sent.is(j, Class::MeasurePct));
        let k = sent.past_qualifiers(k);
        if share || !(k.saturating_sub(2)..k).any(|j| sent.is(j, Class::Sum)) {
            continue;
        }
        let parts = &facts[..i];
        let first = &parts[0];
        let one = first.category != Category::Other
            && parts
                .iter()
                .all(|p| p.category == first.category && p.subject == first.subject);
        if one {
            let (category, unit, subject) =
                (first.category, first.unit.clone(), first.subject.clone());
            let f = &mut facts[i];
            f.category = category;
            f.unit = unit;
            f.subject = subject;
        }
    }
}

/// The contributing country a text is about, when one stands out: named (as a country or
/// its people) at least three times and more than twice as often as any other contributor.
/// A parliament's answer on its own deployment, an army's news page or a feature on one
/// contingent rarely repeats the country in every sentence that gives its figures.
pub(super) fn topic_country<'a>(
    sentences: impl Iterator<Item = &'a Sentence<'a>>,
) -> Option<usize> {
    let g = gazetteer();
    let mut counts = vec![0usize; g.countries.len()];
    for s in sentences {
        for (c, _, _) in countries_named(s) {
            if g.contributes(&g.countries[c].name) {
                counts[c] += 1;
            }
        }
    }
    let (top, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|&(c, _)| c != top)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    (n >= 3 && n > 2 * second).then_some(top)
}

/// In a text about one contingent, a strength its sentence gives to the text's peace
/// operation without naming any country ("Fourteen members of the Army Ranger Wing deployed
/// last month", "a relief contingent of 243 personnel") is that contingent's.
pub(super) fn topic_contingent(
    facts: &mut [super::Fact],
    sent: &Sentence,
    prev: Option<&Sentence>,
    topic: Option<usize>,
    dominant: Option<usize>,
) {
    let Some(c) = topic else {
        return;
    };
    let g = gazetteer();
    // The host country's people ("Malian units") are no other contingent.
    let host = |d: usize| g.is_host_country(d);
    // (A country that is an agent after "by" — "machines donated by the United States" —
    // names no contingent of the sentence.)
    let agent = |at: usize| {
        let k = sent.tok_at(at);
        k > 0 && matches!(sent.word(k - 1), "by" | "par")
            || k > 1 && matches!(sent.word(k - 2), "by" | "par") && sent.is(k - 1, Class::Article)
    };
    if countries_named(sent)
        .iter()
        .any(|&(d, k, _)| d != c && !agent(sent.toks[k].start))
        || sent.mentions.iter().any(
            |x| matches!(x.entity, Entity::Demonym(d) if d != c && !host(d) && !agent(x.start)),
        )
    {
        return;
    }
    topic_dead(facts, sent, c, dominant);
    topic_personnel(facts, sent, c, dominant);
    // "Seven Togolese peacekeepers lost their lives and three others were wounded" in a text
    // about Togo's contingent: the wounded beside its dead are its own too.
    let topic_name = &g.countries[c].name;
    let dead_of_topic = facts.iter().find_map(|f| {
        (f.category == Category::PeacekeepersKilled && f.contingent.as_ref() == Some(topic_name))
            .then(|| f.subject.clone())
            .flatten()
    });
    if let Some(subject) = dead_of_topic {
        for f in facts
            .iter_mut()
            .filter(|f| f.category == Category::PeacekeepersWounded && f.contingent.is_none())
        {
            if f.subject.as_deref().is_some_and(|s| subject.starts_with(s)) {
                f.subject = Some(subject.clone());
                f.contingent = Some(topic_name.clone());
            }
        }
    }
    // The mission named as the holder of the figure ("MINUSMA has 13,000 troops", "the
    // mission's 1,900 police") makes it the whole mission's; named as where the contingent
    // serves ("deployed to MINUSMA", "serving with the Mission") it does not.
    // Named before a relative clause or "of" and a number, it holds what they count ("the
    // mission, which numbers more than 12,000", "a UN mission of about 12,000 soldiers").
    let serves_in = |k: usize, end: usize| {
        let k = if k > 0 && sent.is(k - 1, Class::Article) {
            k - 1
        } else {
            k
        };
        let holds = sent
            .toks
            .get(end)
            .is_some_and(|t| t.is_punct(sent.text, ","))
            && sent.is(end + 1, Class::Relative)
            || sent.is(end, Class::Of);
        k > 0 && sent.is(k - 1, Class::ServesIn) && !holds
    };
    let shared =
        |i: usize| g.forces[i].kind == ForceKind::PeaceOperation || multinational_operation(i);
    let whole_mission = sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Force(i) if shared(i))
            && !serves_in(sent.tok_at(x.start), sent.tok_at(x.end))
    }) || (1..sent.toks.len()).any(|k| {
        sent.is(k, Class::GenericMission)
            && sent.is(k - 1, Class::Article)
            && !serves_in(k - 1, k + 1)
    });
    // "from 57 countries", "de plus de 50 pays": many countries' figure; a ceiling is the
    // mission's.
    let many_nations = (0..sent.toks.len()).any(|k| {
        sent.is(k, Class::Nations)
            && (k.saturating_sub(3)..k)
                .any(|j| sent.toks[j].is_num() || sent.lex.is_number_word(sent.word(j)))
    });
    // "It has some 10,700 troops": the mission the sentence before named, unless that
    // sentence named a contingent.
    let first_word = (0..sent.toks.len()).find(|&k| sent.toks[k].is_word());
    let mission_before = prev.is_some_and(|p| {
        p.mentions
            .iter()
            .find_map(personnel_force)
            .is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation)
            && !p
                .mentions
                .iter()
                .any(|x| matches!(x.entity, Entity::Demonym(_)))
            && countries_named(p).is_empty()
    });
    let refers_to_mission =
        mission_before && first_word.is_some_and(|k| sent.is(k, Class::Pronoun));
    if whole_mission
        || many_nations
        || refers_to_mission
        || sent.any(Class::Ceiling)
        || sent.any(Class::Worldwide)
    {
        return;
    }
    for f in facts.iter_mut().filter(|f| {
        f.contingent.is_none()
            && f.date_basis != super::DateBasis::Period
            && matches!(f.category, Category::Troops | Category::Police)
    }) {
        let Some(name) = f.subject.clone() else {
            continue;
        };
        let peace_op = g.subject_force(Some(&name)).is_some_and(shared);
        // "about 1,200 of the 9,300 soldiers": the whole a share is taken from.
        let k = sent.tok_at(f.number_start as usize - sent.base);
        // "Roughly 15,200 of them": a share of a whole counted before.
        let after = sent.tok_at(f.number_end as usize - sent.base);
        let whole = k > 1 && sent.is(k - 1, Class::Article) && sent.is(k - 2, Class::Of)
            || sent.is(after, Class::Of) && sent.is(after + 1, Class::Pronoun);
        if !peace_op || whole {
            continue;
        }
        let (country, adj) = name_and_adjective(c);
        f.subject = Some(format!("{name}, {adj} contingent"));
        f.contingent = Some(country);
    }
}

/// "The Long Range Reconnaissance Group, around 300 personnel drawn from the Light
/// Dragoons, …", "some 1,250 CAF members deployed": in a text about one contingent, its
/// personnel or members counted in a sentence that names no one else, no civilians, staff,
/// casualties, ceiling or worldwide figure are its soldiers, in the force the sentence names
/// or else the text's peace operation. (A peace operation's "personnel" alone may be civilian
/// staff, which is why the grammar leaves them uncounted.)
fn topic_personnel(facts: &mut [super::Fact], sent: &Sentence, c: usize, dominant: Option<usize>) {
    let g = gazetteer();
    let lex = sent.lex;
    if sent.all.has_any(&[
        Class::Civilian,
        Class::Staff,
        Class::Kill,
        Class::Wound,
        Class::Displaced,
        Class::Ceiling,
        Class::Worldwide,
        Class::Police,
        Class::Fate,
    ]) {
        return;
    }
    let personnel_word = |w: &str| {
        let k = lex.classes(w);
        k.has(Class::SoldiersOf) || (k.has(Class::Counted) && !k.has(Class::People))
    };
    let named = sent
        .mentions
        .iter()
        .filter_map(personnel_force)
        .find(|&i| g.forces[i].kind != ForceKind::ArmedGroup);
    let Some(force) = named.or(dominant.filter(|&d| g.forces[d].kind == ForceKind::PeaceOperation))
    else {
        return;
    };
    let (country, adj) = name_and_adjective(c);
    if g.national_force(&country).is_some_and(|n| n == force) {
        return;
    }
    for f in facts.iter_mut().filter(|f| {
        f.category == Category::Other
            && f.value >= 2.0
            && f.unit
                .rsplit(' ')
                .next()
                .is_some_and(|w| personnel_word(&crate::tokens::fold(w)))
    }) {
        f.category = Category::Troops;
        f.subject = Some(format!("{}, {adj} contingent", g.forces[force].name));
        f.contingent = Some(country.clone());
    }
}

/// "In July two soldiers died and one more was wounded", in a text about one contingent of
/// the text's peace operation: soldiers whom the sentence does not place in any force (who
/// would fall to the host country's army) are that contingent's peacekeepers, and the wounded
/// beside them too.
fn topic_dead(facts: &mut [super::Fact], sent: &Sentence, c: usize, dominant: Option<usize>) {
    let g = gazetteer();
    let Some((host, d)) = host_and_mission(dominant) else {
        return;
    };
    let (country, adj) = name_and_adjective(c);
    if g.forces[host].country.as_deref() == Some(country.as_str())
        || g.national_force(&country).is_some()
        || sent
            .mentions
            .iter()
            .any(|x| !matches!(x.entity, Entity::Place(_)))
    {
        return;
    }
    let subject = format!("{}, {adj} contingent", g.forces[d].name);
    let mut converted = false;
    // Casualties the grammar gave the text's peace operation from context alone ("Three of
    // them lost their lives", "Nous avons perdu dix frères d'armes"), in a sentence that names
    // neither peacekeepers nor the mission, are the contingent's too.
    // (Nor a running total: "Just over three hundred dead since 2013", "Total fatalities …".)
    let mission_words = sent.all.has_any(&[
        Class::Peacekeeper,
        Class::GenericMission,
        Class::Running,
        Class::Total,
        Class::Toll,
    ]);
    let from_context = |f: &super::Fact| {
        !mission_words
            && peacekeeper_casualty(f)
            && f.contingent.is_none()
            && f.subject.as_deref() == Some(g.forces[d].name.as_str())
    };
    for f in facts.iter_mut().filter(|f| {
        f.category == Category::MilitaryKilled
            && f.subject.as_deref() == Some(g.forces[host].name.as_str())
            || from_context(f)
    }) {
        if f.category == Category::MilitaryKilled {
            f.category = Category::PeacekeepersKilled;
        }
        f.subject = Some(subject.clone());
        f.contingent = Some(country.clone());
        converted = true;
    }
    if converted {
        wounded_beside(facts, Some(subject), Some(country));
    }
}

/// The host country's army and the text's peace operation, when the text is about one: the
/// force unattributed soldiers fall to, and the one a contingent's dead belong to.
fn host_and_mission(dominant: Option<usize>) -> Option<(usize, usize)> {
    let g = gazetteer();
    let d = dominant.filter(|&d| g.forces[d].kind == ForceKind::PeaceOperation)?;
    Some((g.host_army()?, d))
}

/// The wounded a sentence counts beside dead it gave to someone ("… killed and four wounded"),
/// read as wounds nobody charts until then, are the same people's.
fn wounded_beside(facts: &mut [super::Fact], subject: Option<String>, contingent: Option<String>) {
    for f in facts
        .iter_mut()
        .filter(|f| f.category == Category::Other && f.unit.ends_with(" wounded"))
    {
        f.category = Category::PeacekeepersWounded;
        f.unit = "personnel".into();
        f.subject = subject.clone();
        f.contingent = contingent.clone();
    }
}

/// The one contributing country a question names ("How many British soldiers are we talking
/// about?", "And Germany?"): its answer's figures that name no country are that
/// country's (see `topic_contingent`).
pub(super) fn asked_country(question: &[Sentence]) -> Option<usize> {
    let g = gazetteer();
    let mut found: Vec<usize> = question
        .iter()
        .flat_map(|q| {
            countries_named(q)
                .into_iter()
                .map(|(c, _, _)| c)
                .chain(q.mentions.iter().filter_map(|x| match x.entity {
                    Entity::Demonym(c) => Some(c),
                    _ => None,
                }))
        })
        .filter(|&c| g.contributes(&g.countries[c].name))
        .collect();
    found.sort_unstable();
    found.dedup();
    match found[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// "a UN mission of about 12,000 soldiers", "the 13,000-strong force", "out of a total of
/// around 15,200 uniformed women and men": a figure that sizes the whole force is no
/// contingent's, whatever country the sentence names (one right before it keeps it: "Chad's
/// 1,400-strong force").
pub(super) fn whole_force_figure(facts: &mut [super::Fact], sent: &Sentence) {
    let country_near = |from: usize, to: usize| {
        (from..to).any(|j| country_at(sent, j).is_some())
            || sent.mentions.iter().any(|x| {
                matches!(x.entity, Entity::Demonym(_)) && (from..to).contains(&sent.tok_at(x.start))
            })
    };
    for f in facts.iter_mut().filter(|f| {
        f.contingent.is_some()
            && matches!(
                f.category,
                Category::Troops | Category::Police | Category::UniformedPersonnel
            )
    }) {
        let k = sent.tok_at(f.number_start as usize - sent.base);
        let after = sent.tok_at(f.number_end as usize - sent.base);
        let p = sent.past_qualifiers(k);
        // "the 13,000-strong force".
        let strong = p > 0
            && sent.is(p - 1, Class::Article)
            && sent
                .toks
                .get(after)
                .is_some_and(|t| t.is_punct(sent.text, "-"))
            && sent.is(after + 1, Class::Strength)
            && sent.is(after + 2, Class::GenericMission);
        // "a UN mission of about 12,000" (not "a force of 1,400", which a country may send).
        let mission_of = p >= 2
            && sent.is(p - 1, Class::Of)
            && sent.is(p - 2, Class::GenericMission)
            && !sent.is(p - 2, Class::Unit);
        // "out of a total of 15,200".
        let total_of = p >= 4
            && sent.is(p - 1, Class::Of)
            && sent.is(p - 2, Class::Total)
            && (p.saturating_sub(5)..p - 2).any(|j| sent.is(j, Class::Of));
        if (strong || mission_of || total_of) && !country_near(p.saturating_sub(4), p) {
            let force = f
                .subject
                .as_deref()
                .and_then(|s| s.split(", ").next())
                .map(str::to_string);
            f.subject = force;
            f.contingent = None;
        }
    }
}

/// "MINUSMA sustained 13 fatalities resulting from hostile acts, 10 peacekeepers from Chad, 2
/// from Sri Lanka and 1 from Guinea, and 47 peacekeepers were injured": figures right after a
/// casualty figure, each a contingent's, that add up to it are its breakdown, whatever verb
/// ends the sentence.
pub(super) fn breakdown_by_sum(facts: &mut [super::Fact]) {
    for i in 0..facts.len() {
        let whole = &facts[i];
        // (A whole of no one contingent, parts of different ones: "two Egyptian blue helmets
        // died …; one other Egyptian was injured" after "three other Jordanians were wounded"
        // is no breakdown of them.)
        if super::classify::victims_of(whole.category).is_none()
            || whole.value < 2.0
            || whole.contingent.is_some()
        {
            continue;
        }
        let (mut sum, mut end) = (0.0, None);
        let mut seen: Vec<&str> = Vec::new();
        for (j, part) in facts.iter().enumerate().skip(i + 1) {
            let Some(c) = part.contingent.as_deref() else {
                break;
            };
            if part.value >= whole.value || seen.contains(&c) {
                break;
            }
            seen.push(c);
            sum += part.value;
            if sum == whole.value {
                end = Some(j);
                break;
            }
            if sum > whole.value {
                break;
            }
        }
        let Some(end) = end.filter(|&e| e > i + 1) else {
            continue;
        };
        let (category, force) = (
            whole.category,
            whole
                .subject
                .as_deref()
                .and_then(|s| s.split(", ").next())
                .map(str::to_string),
        );
        for part in &mut facts[i + 1..=end] {
            part.category = category;
            if let (Some(force), Some(rest)) = (
                force.as_deref(),
                part.subject
                    .as_deref()
                    .and_then(|s| s.split_once(", "))
                    .map(|(_, r)| r.to_string()),
            ) {
                part.subject = Some(format!("{force}, {rest}"));
            }
        }
    }
}

/// Soldiers and police counted together: "13,500 blue helmets, soldiers and police combined",
/// "14 000 Casques bleus, militaires et policiers confondus" (both named after the figure, then
/// a word that joins them), or "the mission's military and police components total 14,300"
/// (both named before a verb of strength, and no noun of its own after it).
pub(super) fn uniformed_together(facts: &mut [super::Fact], sent: &Sentence) {
    let soldiers = |k: usize| sent.classes[k].has_any(&[Class::Military, Class::Peacekeeper]);
    let police = |k: usize| sent.is(k, Class::Police);
    // Both joined ("military and police", "policiers et militaires"), and no civilians with
    // them ("militaires, policiers et civils confondus" counts everyone).
    let both = |r: std::ops::Range<usize>| {
        let near = |a: usize, b: usize| a.abs_diff(b) <= 3;
        r.clone()
            .any(|i| soldiers(i) && r.clone().any(|j| police(j) && near(i, j)))
            && !r.clone().any(|k| sent.is(k, Class::Civilian))
    };
    let nums: Vec<usize> = (0..sent.toks.len())
        .filter(|&k| sent.toks[k].is_num())
        .collect();
    for f in facts.iter_mut().filter(|f| {
        matches!(
            f.category,
            Category::Troops | Category::Police | Category::Other
        ) && !sent.all.has_any(&[Class::Kill, Class::Wound])
    }) {
        let k = sent.tok_at(f.number_start as usize - sent.base);
        let after = sent.tok_at(f.number_end as usize - sent.base);
        let next_num = nums
            .iter()
            .copied()
            .find(|&j| j >= after)
            .unwrap_or(sent.toks.len());
        let prev_num = nums.iter().copied().rfind(|&j| j < k).map_or(0, |j| j + 1);
        let end = next_num.min(after + 10);
        let joined = (after..end).find(|&j| sent.is(j, Class::Combined));
        // Or a gloss in brackets, "15 000 casques bleus (militaires et policiers)", or the
        // joined kinds running on from the noun, "15 000 personnels militaires et de police".
        let bracketed = (after..end.min(after + 4))
            .find(|&j| sent.toks[j].is_punct(sent.text, "("))
            .and_then(|o| {
                (o + 1..end)
                    .find(|&j| sent.toks[j].is_punct(sent.text, ")"))
                    .map(|c| (o + 1, c))
            })
            .is_some_and(|(o, c)| both(o..c));
        let run = (after..end)
            .find(|&j| !sent.toks[j].is_word())
            .unwrap_or(end);
        // (A compound's later words carry no class: "personnels militaires" is read at its
        // first word, so the two kinds may stand further apart than `both` allows.)
        // (Past an approximation after the number: "13,000 or so troops and police".)
        let noun = if sent.is(after, Class::Range) && sent.is(after + 1, Class::ApproxAfter) {
            after + 2
        } else {
            after
        };
        let window = noun..run.min(noun + 6).max(noun);
        // (The soldiers' word is the number's noun: not "1 920 respectively for military and
        // police personnel", where the two kinds pair with two figures.)
        let run_on = window.clone().find(|&i| soldiers(i)).is_some_and(|i| {
            // (Or past a partitive's "of its", « de ses ».)
            i <= noun + 2
                && (noun..i).all(|j| {
                    sent.classes[j].has_any(&[
                        Class::Counted,
                        Class::Modifier,
                        Class::Of,
                        Class::Det,
                    ])
                })
                && window.clone().skip_while(|&c| c <= i).any(|c| {
                    sent.is(c, Class::Coordinator)
                        && (c + 1..window.end)
                            .find(|&j| !sent.is(j, Class::Of))
                            .is_some_and(police)
                })
        }) && !window.clone().any(|k| sent.is(k, Class::Civilian));
        // (The gloss says which personnel a strength counts; it makes no strength of a count
        // of something else.)
        let personnel = f.category != Category::Other;
        let named_after =
            joined.is_some_and(|j| both(after..j)) || personnel && (bracketed || run_on);
        let p = sent.past_qualifiers(k);
        let bare =
            f.unit.is_empty()
                || sent.classes.get(after).is_none_or(|c| {
                    !c.has_any(&[Class::Military, Class::Police, Class::Peacekeeper])
                }) && f.category != Category::Other;
        let named_before = p > 0
            && sent.classes[p - 1].has_any(&[Class::Deploy, Class::Sum, Class::Total])
            && both(prev_num..p)
            && bare;
        if named_after || named_before {
            f.category = Category::UniformedPersonnel;
        }
    }
}

/// A people named as a noun ("the Chadians", "the Dutch", "les Tchadiens"): "the" before a
/// capitalised name or plural demonym, and no personnel noun after it; the last one before
/// byte `before` of the sentence.
fn people_before(s: &Sentence, before: usize) -> Option<usize> {
    people_at(s, before).map(|(c, _)| c)
}

/// The last people named as a noun before byte `before`, and where its name starts.
fn people_at(s: &Sentence, before: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    (1..s.toks.len())
        .rev()
        .filter(|&k| s.toks[k].end <= before && s.is(k - 1, Class::Article))
        .filter(|&k| s.toks[k].text(s.text).starts_with(char::is_uppercase))
        // (Not an adjective of a name: "the Russian Wagner Group".)
        .filter(|&k| {
            !s.toks
                .get(k + 1)
                .is_some_and(|t| t.text(s.text).starts_with(char::is_uppercase))
        })
        .filter(|&k| {
            !s.classes.get(k + 1).is_some_and(|c| {
                c.has_any(&[
                    Class::Military,
                    Class::Police,
                    Class::Peacekeeper,
                    Class::Contingent,
                    Class::Unit,
                    Class::People,
                ])
            })
        })
        .find_map(|k| g.country_by_word(s.word(k)).map(|c| (c, s.toks[k].start)))
}

/// The people a sentence names, for the sentences after it to refer back to; a sentence that
/// names none but opens on a plural pronoun ("They have also paid …") keeps the one before.
pub(super) fn people_referred(sent: &Sentence, before: Option<usize>) -> Option<usize> {
    people_before(sent, usize::MAX)
        .or(before
            .filter(|_| (0..sent.toks.len().min(3)).any(|k| sent.is(k, Class::PluralPronoun))))
}

/// "In the north, the Chadians carry the heaviest load. They have also paid the highest price:
/// 51 of their soldiers had died": a people named as a noun, in this sentence or carried from
/// the ones before (`people`), and a plural pronoun before the figure refer to one contingent
/// of the text's peace operation; its soldiers killed, which would fall to the host country's
/// army, are that contingent's peacekeepers, and a strength the sentence gives the mission is
/// the contingent's.
pub(super) fn people_referred_back(
    facts: &mut [super::Fact],
    sent: &Sentence,
    people: Option<usize>,
    dominant: Option<usize>,
) {
    let g = gazetteer();
    let Some((host, d)) = host_and_mission(dominant) else {
        return;
    };
    for f in facts.iter_mut() {
        let k = sent.tok_at(f.number_start as usize - sent.base);
        // The pronoun before the figure, or else the people itself ("In January the Chadians
        // lost ten men").
        let pronoun = (0..k).rev().find(|&j| sent.is(j, Class::PluralPronoun));
        // (A people by its demonym, not a country by its name, with no other people in the
        // sentence: "the Niger border … killing 33 Malian soldiers" is no Nigerien loss.)
        let named = || {
            people_at(sent, sent.toks[k].start).filter(|&(c, at)| {
                let k = sent.tok_at(at);
                !g.countries[c]
                    .name
                    .eq_ignore_ascii_case(sent.toks[k].text(sent.text))
                    && sent.classes[..k].iter().all(|c| !c.has(Class::Civilian))
                    && !sent
                        .mentions
                        .iter()
                        .any(|x| matches!(x.entity, Entity::Demonym(d) if d != c))
            })
        };
        let Some((c, from)) = (match pronoun {
            Some(p) => {
                let from = sent.toks[p].start;
                people_before(sent, from)
                    .or(people.filter(|_| sent.mentions.iter().all(|x| x.start >= from)))
                    .map(|c| (c, from))
            }
            None => named(),
        }) else {
            continue;
        };
        // (Nobody else named between the pronoun or the people and the figure.)
        let to = sent.toks[k].start;
        if sent
            .mentions
            .iter()
            .any(|x| x.start > from && x.start < to && !matches!(x.entity, Entity::Place(_)))
        {
            continue;
        }
        let (country, adj) = name_and_adjective(c);
        if !g.contributes(&country) {
            continue;
        }
        // Dead whom no civilian word names: "lost ten men", "60 of theirs died".
        // (After a pronoun, only people's nouns: "their foreign partners … at least 70" deaths
        // are no one's own.)
        let unit_has = |c: Class| f.unit.split(' ').any(|w| sent.lex.is(w, c));
        let unnamed_dead = f.category == Category::CiviliansKilled
            && !unit_has(Class::Civilian)
            && (pronoun.is_none() || unit_has(Class::People) || unit_has(Class::Military));
        if unnamed_dead {
            f.category = Category::MilitaryKilled;
            f.subject = Some(g.forces[host].name.clone());
        }
        let host_dead = f.category == Category::MilitaryKilled
            && f.subject.as_deref() == Some(g.forces[host].name.as_str());
        let mission_strength = pronoun.is_some()
            && f.category == Category::Troops
            && f.contingent.is_none()
            && g.subject_force(f.subject.as_deref()) == Some(d);
        if host_dead {
            f.category = Category::PeacekeepersKilled;
        }
        if host_dead || mission_strength {
            f.subject = Some(format!("{}, {adj} contingent", g.forces[d].name));
            f.contingent = Some(country);
        }
    }
}

/// Whether the top of a text names someone who speaks for a peace operation ("Q&A with the
/// Force Commander", "entretien avec le commandant de la Force").
pub(super) fn mission_voice(
    doc: &crate::model::Document,
    lex: &'static crate::lexicon::Lexicon,
) -> bool {
    // (Words and compounds only: no dates or names to look up in the opening lines.)
    doc.blocks.iter().take(6).any(|b| {
        let text = doc.slice(b.span);
        let toks = crate::tokens::tokenize(text);
        super::lexicon_words(text, &toks, lex)
            .iter()
            .any(|w| lex.is(w, Class::MissionHead))
    })
}

/// "Since I arrived, 31 of my soldiers have been killed and more than 120 wounded", in a text
/// that speaks for a peace operation (`mission_voice`): the first person's dead, whom no
/// sentence places in a force and who would fall to the host country's army, are the
/// mission's peacekeepers, and the wounded beside them too. Not where the sentence names a
/// national force or a people ("six Malian soldiers").
pub(super) fn mission_dead(facts: &mut [super::Fact], sent: &Sentence, dominant: Option<usize>) {
    let g = gazetteer();
    let Some((host, d)) = host_and_mission(dominant) else {
        return;
    };
    if sent.mentions.iter().any(|x| match x.entity {
        Entity::Force(i) => g.forces[i].kind != ForceKind::PeaceOperation,
        Entity::Demonym(_) => true,
        Entity::Place(_) => false,
    }) {
        return;
    }
    let mut converted = false;
    for f in facts.iter_mut().filter(|f| {
        f.category == Category::MilitaryKilled
            && f.subject.as_deref() == Some(g.forces[host].name.as_str())
    }) {
        let k = sent.tok_at(f.number_start as usize - sent.base);
        let end = sent.tok_at(f.number_end as usize - sent.base);
        // "we lost thirty-two soldiers", "31 of my soldiers".
        let ours = (0..k).any(|j| sent.is(j, Class::FirstPerson))
            || sent.is(end, Class::Of) && sent.is(end + 1, Class::FirstPerson);
        if ours {
            f.category = Category::PeacekeepersKilled;
            f.subject = Some(g.forces[d].name.clone());
            converted = true;
        }
    }
    if converted {
        wounded_beside(facts, Some(g.forces[d].name.clone()), None);
    }
}

/// "Six Guinean peacekeepers were killed and 30 peacekeepers were injured": wounded whose own
/// noun names them again without the nationality the dead were given are the mission's, no
/// one contingent's.
pub(super) fn wounded_named_apart(facts: &mut [super::Fact], sent: &Sentence) {
    let g = gazetteer();
    for i in 0..facts.len() {
        let f = &facts[i];
        let Some(c) = f.contingent.clone() else {
            continue;
        };
        if f.category != Category::PeacekeepersWounded {
            continue;
        }
        let after = sent.tok_at(f.number_end as usize - sent.base);
        let own_noun = sent.is(after, Class::Peacekeeper)
            || (sent.is(after, Class::Counted) && !sent.is(after, Class::Military));
        // The nationality in the number's own phrase ("30 Guinean peacekeepers") keeps it.
        let from = f.number_start as usize - sent.base;
        let to = sent.toks.get(after + 3).map_or(sent.text.len(), |t| t.end);
        let named_here = sent
            .mentions
            .iter()
            .any(|x| x.start >= from && x.end <= to && matches!(x.entity, Entity::Demonym(_)))
            || (after..(after + 4).min(sent.toks.len()))
                .any(|k| g.country_by_word(sent.word(k)).is_some());
        let dead_named = facts.iter().any(|d| {
            d.category == Category::PeacekeepersKilled
                && d.contingent.as_deref() == Some(c.as_str())
                && d.number_start < f.number_start
        });
        if own_noun && !named_here && dead_named {
            let mission = g
                .subject_force(f.subject.as_deref())
                .map(|i| g.forces[i].name.clone());
            let f = &mut facts[i];
            f.contingent = None;
            f.subject = mission;
        }
    }
}

/// "Nine peacekeepers lost their lives. … These nine soldiers came to Mali to help": a
/// demonstrative before the count of the dead just told says them again, whatever noun it
/// gives them ("Ces neuf soldats").
pub(super) fn dead_told_again(facts: &mut [super::Fact], lex: &crate::lexicon::Lexicon) {
    let mut last: Option<usize> = None;
    for i in 0..facts.len() {
        let f = &facts[i];
        if super::classify::victims_of(f.category).is_some()
            && f.category != Category::PeacekeepersWounded
        {
            last = Some(i);
            continue;
        }
        if !matches!(f.category, Category::Troops | Category::Other) {
            continue;
        }
        let Some(j) = last else {
            continue;
        };
        // (The same count first: most figures are not, and need no look at their words.)
        if facts[j].value != f.value || facts[j].start == f.start {
            continue;
        }
        // The word right before the number in its quote.
        let at = (f.number_start - f.start) as usize;
        let Some(head) = f.quote.get(..at) else {
            continue;
        };
        let toks = crate::tokens::tokenize(head);
        let demonstrative = toks.last().is_some_and(|t| {
            let w = crate::tokens::fold(t.text(head));
            lex.is(&w, Class::Demonstrative)
        });
        if demonstrative {
            let model = facts[j].clone();
            let f = &mut facts[i];
            same_claim_as(f, &model);
            f.date = model.date;
            f.date_end = model.date_end;
            f.date_basis = model.date_basis;
        }
    }
}

/// "Five Chadian soldiers … died and three others were wounded. … The three injured men have
/// been airlifted to Gao": wounded whom their sentence places in no force, told with the same
/// count as the peacekeepers wounded the text counted just before, are those peacekeepers.
/// (Only the last count of peacekeepers wounded before them, of the same year, and where no
/// other count of the wounded came between.)
pub(super) fn wounded_told_again(facts: &mut [super::Fact], lex: &crate::lexicon::Lexicon) {
    let g = gazetteer();
    let mut last: Option<usize> = None;
    for i in 0..facts.len() {
        let f = &facts[i];
        let unplaced = f.category == Category::Other && f.unit.ends_with(" wounded");
        if f.category == Category::PeacekeepersWounded {
            last = Some(i);
            continue;
        }
        if !unplaced {
            continue;
        }
        let Some(j) = last else {
            continue;
        };
        // (In a sentence of its own that names no force and no nationality: "seven
        // peacekeepers and seven French soldiers were wounded" counts two groups.)
        let names_someone = f.actors.iter().any(|a| {
            g.forces
                .iter()
                .find(|x| &x.name == a)
                .is_none_or(|x| x.kind != ForceKind::PeaceOperation)
        }) || f.quote.split(|c: char| !c.is_alphabetic()).any(|w| {
            g.country_by_word(&crate::tokens::fold(w))
                .is_some_and(|c| !g.is_host_country(c))
        }) || f.unit.split(' ').any(|w| lex.is(w, Class::Military));
        let same = !names_someone
            && facts[j].start != f.start
            && facts[j].value == f.value
            && (facts[j].as_of_year().is_none()
                || f.as_of_year().is_none()
                || facts[j].as_of_year() == f.as_of_year());
        if same {
            let (subject, contingent) = (facts[j].subject.clone(), facts[j].contingent.clone());
            let f = &mut facts[i];
            f.category = Category::PeacekeepersWounded;
            f.unit = "personnel".into();
            f.subject = subject;
            f.contingent = contingent;
        } else {
            // Another count of the wounded: the one before is no longer the last told.
            last = None;
        }
    }
}
