//! Qualifier, unit and category of a number, read as a quantity phrase and its predicate:
//! the noun it counts ("15,209 uniformed personnel", "64 of its soldiers", "a 650-strong
//! battalion"), an elided noun ("two others", "of whom some 11,000", "five Nigeriens" after
//! "the 14 dead include"), and the casualty word that governs it in active, passive or nominal
//! form ("killing 9", "were killed", "12 dead", "with 24 deaths", "the toll … stands at 21").
//! Every word list is data: `corpus/data/en/lexicon.tsv` and `qualifiers.tsv`.

use super::numbers::NumberMention;
use super::{Category, Qualifier, Sentence};
use crate::gazetteer::{gazetteer, Entity, ForceKind};
use crate::lexicon::{Class, Classes, Lexicon};
use crate::tokens::fold;

/// Who a casualty figure counts; carried to an elided noun ("173 … killed and 360 wounded").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Victims {
    Peacekeepers,
    Military,
    Civilians,
}

/// Who a casualty category counts.
pub fn victims_of(c: Category) -> Option<Victims> {
    match c {
        Category::PeacekeepersKilled | Category::PeacekeepersWounded => Some(Victims::Peacekeepers),
        Category::CiviliansKilled => Some(Victims::Civilians),
        Category::MilitaryKilled => Some(Victims::Military),
        _ => None,
    }
}

/// What the previous number of the sentence was, for the elided nouns after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Carried {
    pub category: Category,
    pub victims: Option<Victims>,
    /// Whose the figure was, for its parts ("Of these, 71 were killed by government
    /// forces"), even where the sentence names other people.
    pub part_of: Option<Victims>,
    pub value: f64,
    /// Carried over from the sentence before: only an elided noun or a partitive continues it,
    /// not a bare number ("Civilian staff numbered 1 697" after police figures).
    pub previous_sentence: bool,
}

/// A number's neighbours in its sentence.
pub struct Around<'a> {
    /// What the previous number counted.
    pub carried: Option<Carried>,
    /// The next number.
    pub next: Option<&'a NumberMention>,
    /// The number's clause: no rule reads past its neighbours.
    pub bounds: (usize, usize),
    /// Who the text's last casualty figure counted: "five dead" with nothing else to say
    /// whose are the same victims' in a story about one attack.
    pub recent: Option<Victims>,
    /// What the question just before asks to count ("How many peacekeepers have died?").
    pub asked: Option<Carried>,
    /// What the chart a paragraph describes counts ("FIGURE 1 - Uniformed personnel killed
    /// by malicious acts, per year"): a bare figure under it counts the same.
    pub figure: Option<Carried>,
}

pub struct Classified {
    pub qualifier: Qualifier,
    pub unit: String,
    pub category: Category,
    pub victims: Option<Victims>,
    pub alleged: bool,
    /// A national contingent the number's own noun names ("six Bangladeshis", "three from
    /// Senegal"): an index into the gazetteer's countries.
    pub country: Option<usize>,
}

/// The quantity phrase after a number.
struct Phrase {
    /// Folded words, and whether each was capitalised.
    words: Vec<(String, bool)>,
    /// The noun is elided and refers to the previous number ("two others", "of whom").
    elided: bool,
    /// A country the phrase names ("Bangladeshis", "from Senegal").
    country: Option<usize>,
    /// "38 of its men": a possessive partitive, so the men belong to the sentence's force.
    possessive: bool,
}

fn is(lex: &Lexicon, w: &str, c: Class) -> bool {
    lex.is(w, c)
}

/// The noun phrase after a number.
/// The index after an "of" at `i` ("of"; French "de", "d'", "d'entre"), if there is one.
pub(super) fn past_of(sent: &Sentence, i: usize) -> Option<usize> {
    if !sent.is(i, Class::Of) {
        return None;
    }
    let mut j = i + 1;
    if sent
        .toks
        .get(j)
        .is_some_and(|t| matches!(t.text(sent.text), "'" | "’"))
    {
        j += 1;
    }
    if sent.is(j, Class::Of) {
        j += 1;
    }
    Some(j)
}

fn noun_phrase(sent: &Sentence, m: &NumberMention, lex: &Lexicon) -> Phrase {
    let g = gazetteer();
    // "40+ dead": a glued plus is no start of the noun; nor is "-odd" ("a hundred and
    // eighty-odd of them").
    let mut i = sent.past_glued_plus(m.last + 1);
    if sent
        .toks
        .get(i)
        .is_some_and(|t| !t.space_before && t.is_punct(sent.text, "-"))
        && sent.word(i + 1) == "odd"
    {
        i += 2;
    }
    // "300 or so soldiers", "40 or thereabouts": an approximation after the number.
    if let Some(n) = or_approximately(sent, m) {
        i = i.max(m.last + 1 + n);
    }
    let mut elided = false;
    let mut possessive = false;
    // "hundreds of people"; "une douzaine de policiers", "un millier de soldats".
    let collective = m.vague || lex.dozen(sent.word(m.last)).is_some();
    if let Some(j) = collective.then(|| past_of(sent, i)).flatten() {
        i = j;
    }
    // Partitives: "64 of its soldiers", "231 of the personnel"; "12 of them" (French "trois
    // d'entre eux") refers back.
    if let Some(j) = past_of(sent, i) {
        if is(lex, sent.word(j), Class::Det) {
            possessive = !is(lex, sent.word(j), Class::Article);
            i = j + 1;
        } else if is(lex, sent.word(j), Class::RefersBack) {
            elided = true;
        }
    } else if lex.french && is(lex, sent.word(i), Class::RefersBack) {
        // "l'un d'eux": the preposition is glued to the pronoun, one word read as "eux".
        elided = true;
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut country = None;
    let head = |w: &str| {
        lex.classes(w).has_any(&[
            Class::Military,
            Class::Police,
            Class::Peacekeeper,
            Class::Civilian,
            Class::People,
            Class::Displaced,
            Class::Staff,
            Class::Counted,
        ])
    };
    // "contre 880 l'année précédente", "880 the year before": an article opens another
    // phrase; the number's noun is elided. ("des" is a partitive's "of".)
    // (Its article elided and glued: "l'année".)
    let glued_article = sent.toks.get(i).is_some_and(|t| {
        crate::tokens::split_elision(t.text(sent.text))
            .is_some_and(|(e, _)| lex.is(&e.to_lowercase(), Class::Article))
    });
    let article_next = !possessive
        && !elided
        && (sent.is(i, Class::Article) && !sent.is(i, Class::Of) || glued_article)
        && sent.toks.get(i).is_some_and(|t| t.is_word());
    while !article_next && i < sent.toks.len() && out.len() < 4 {
        let t = sent.toks[i];
        if t.is_punct(sent.text, "-") && !t.space_before {
            i += 1;
            continue;
        }
        // A dotted abbreviation ("Two U.N. peacekeepers", "U.S. troops") is a modifier: its
        // letters and dots are skipped, not taken for the phrase's end.
        if t.is_word()
            && t.text(sent.text).len() == 1
            && sent
                .toks
                .get(i + 1)
                .is_some_and(|d| d.is_punct(sent.text, ".") && !d.space_before)
            && (sent.toks.get(i + 2).is_some_and(|n| !n.space_before)
                || (!t.space_before && i > 0 && sent.toks[i - 1].is_punct(sent.text, ".")))
        {
            i += 2;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = sent.word(i);
        // "three from Senegal": the noun is elided, the country names the contingent.
        if w == "from" && out.is_empty() {
            country = g.country_by_word(sent.word(i + 1));
            break;
        }
        // Adverbs end the phrase too ("the two sides finally agreed"), unless the lexicon
        // knows them ("internally displaced"); so does a number word, which starts another
        // quantity ("contre 287 496 trois mois plus tôt").
        // A verb of strength ends it too: "more than 60 countries sent personnel".
        // "6,100 West African and Chadian soldiers", "Estonian and French commandos", "female
        // and male soldiers": adjectives coordinated before their noun.
        let coordinated_adjectives = matches!(w, "and" | "et")
            && !out.is_empty()
            && !out.iter().any(|(x, _)| head(x))
            && (i + 1..(i + 4).min(sent.toks.len()))
                .take_while(|&k| sent.toks[k].is_word())
                .any(|k| head(sent.word(k)));
        if coordinated_adjectives {
            i += 1;
            continue;
        }
        if is(lex, w, Class::NpStop)
            || (!out.is_empty() && is(lex, w, Class::Deploy))
            || lex.is_number_word(w)
            || is(lex, w, Class::Degree)
            || (w.ends_with("ly") && w.len() > 4 && lex.classes(w).0 == 0)
        {
            break;
        }
        let cap = t
            .text(sent.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        out.push((w.to_string(), cap));
        // A compound's later words are read in its first ("staff officers").
        i += w.split(' ').count();
        // A personnel noun ends the phrase unless another follows ("police officers",
        // "civilian staff"): "13,000 troops stays" counts troops.
        let compound = sent
            .toks
            .get(i)
            .is_some_and(|t| t.is_punct(sent.text, "-") && !t.space_before);
        if head(w) && !head(sent.word(i)) && !is(lex, w, Class::Modifier) && !compound {
            break;
        }
    }
    // "1,700 police spread over the north": a word the lexicon does not know after a personnel
    // noun that can be a modifier, and no plural noun itself, is a participle of another
    // clause ("police vehicles" keep their noun).
    if !lex.french
        && out.len() >= 2
        && out
            .last()
            .is_some_and(|(w, cap)| !cap && lex.classes(w).0 == 0 && !w.ends_with('s'))
        && head(&out[out.len() - 2].0)
    {
        out.pop();
    }
    // "members of the Chadian contingent", "elements of its police unit": the group after
    // "of" says who they are.
    // The group may be a noun with its own complement ("membres d'unités de police
    // constituées"): a preposition inside it is skipped, not its end.
    // "d'unités": the preposition elided onto the group's first word.
    let glued_of = sent.toks.get(i).is_some_and(|t| {
        crate::tokens::split_elision(&fold(t.text(sent.text)))
            .is_some_and(|(p, _)| lex.is(p, Class::Of))
    });
    let group = past_of(sent, i).or(glued_of.then_some(i));
    if let Some(mut j) = group.filter(|_| out.last().is_some_and(|(w, _)| lex.is(w, Class::People)))
    {
        if sent.is(j, Class::Det) {
            // "270 membres de son personnel": the group is the sentence's force's own.
            possessive |= !sent.is(j, Class::Article);
            j += 1;
        }
        let mut k = j;
        let mut taken = 0;
        while k < sent.toks.len() && taken < 3 {
            let w = sent.word(k);
            if k > j && sent.is(k, Class::Of) && !sent.word(k + 1).is_empty() {
                k += 1;
                continue;
            }
            if w.is_empty() || lex.is(w, Class::NpStop) {
                break;
            }
            out.push((w.to_string(), false));
            taken += 1;
            k += 1;
        }
    }
    // A people named by its demonym ends the phrase before a participle the lexicon does not
    // know: "dont cinq Égyptiens chargés de l'escorte", "five Egyptians assigned to escorts".
    // (Or an adjective before a noun the lexicon does not know, in a casualty's sentence:
    // "two Malian security guards" killed, "one Belgian comrade" injured; not "two Malian
    // interpreters" thanked.)
    if out.len() >= 2
        && out[0].1
        && (out[0].0.ends_with('s') || sent.all.has_any(&[Class::Kill, Class::Wound]))
        && g.country_by_word(&out[0].0).is_some()
        && out[1..]
            .iter()
            .all(|(w, cap)| !cap && lex.classes(w).0 == 0)
    {
        out.truncate(1);
    }
    // Verbs and participles trailing the noun ("people dead", "militias emerged").
    while let Some((w, _)) = out.last() {
        let verbish = is(lex, w, Class::Kill)
            || is(lex, w, Class::Wound)
            || (w.ends_with("ed") && !is(lex, w, Class::Displaced) && out.len() > 1);
        if verbish && !is(lex, w, Class::Toll) {
            out.pop();
        } else {
            break;
        }
    }
    if out.len() == 1
        && (is(lex, &out[0].0, Class::Kill) || is(lex, &out[0].0, Class::Wound))
        && !is(lex, &out[0].0, Class::Toll)
    {
        out.clear();
    }
    // "two Sri Lankans", "trois Sri-Lankais": a nationality of two capitalised words is one
    // noun.
    let two_word_nationality = |a: &(String, bool), b: &(String, bool)| {
        (a.1 && b.1)
            .then(|| {
                g.country_by_word(&format!("{} {}", a.0, b.0))
                    .or_else(|| g.country_by_word(&format!("{}-{}", a.0, b.0)))
            })
            .flatten()
            // (Its people, not the country's name: "1 Burkina Faso 1 565" is a table's rank.)
            .filter(|&c| fold(&g.countries[c].name) != format!("{} {}", a.0, b.0))
    };
    let n = out.len();
    if n >= 2 && (n == 2 || (n == 3 && is(lex, &out[0].0, Class::Elided))) {
        if let Some(c) = two_word_nationality(&out[n - 2], &out[n - 1]) {
            let w = format!("{} {}", out[n - 2].0, out[n - 1].0);
            out.truncate(n - 2);
            out.push((w, true));
            country = Some(c);
        }
    }
    // "three more Togolese": an elided noun, and the nationality names the contingent.
    if out.len() == 2 && is(lex, &out[0].0, Class::Elided) && out[1].1 {
        if let Some(c) = country.or_else(|| g.country_by_word(&out[1].0)) {
            country = Some(c);
            out.clear();
            elided = true;
        }
    }
    if out.len() == 1 && is(lex, &out[0].0, Class::Elided) {
        if sent.is(i, Class::NotClaim) {
            // "six autres bases": the noun after "other" is a thing, not the elided victims.
            out.push((sent.word(i).to_string(), false));
        } else {
            out.clear();
            elided = true;
        }
    }
    // "six Bangladeshis": a nationality as the noun.
    if country.is_none() && out.len() == 1 && out[0].1 {
        country = g.country_by_word(&out[0].0);
    }
    // "soldiers and police": a joint count, not two.
    // A compound takes as many tokens as it has words.
    let spoken: usize = out.iter().map(|(w, _)| w.split(' ').count()).sum();
    let next = m.last + 1 + spoken + usize::from(m.vague);
    if !out.is_empty()
        && sent.is(next, Class::Coordinator)
        && !sent.toks.get(next + 1).is_some_and(|t| t.is_num())
    {
        let w = sent.word(next + 1);
        if is(lex, w, Class::Police) || is(lex, w, Class::Military) {
            // Kept as "and", the word the category rule looks for, whatever the language.
            out.push(("and".into(), false));
            out.push((w.to_string(), false));
        }
    }
    Phrase {
        words: out,
        elided,
        country,
        possessive,
    }
}

/// The noun phrase a number shares with another when it has none of its own: the next
/// number's in a coordination or range ("some 220 and 450 troops", "10 to 12 soldiers") or a
/// partitive ("100 of the more than 170 peacekeepers"); the phrase after an aggregate noun
/// before it ("the number of internally displaced people rose to 38,172").
fn borrowed_phrase(
    sent: &Sentence,
    m: &NumberMention,
    next: Option<&NumberMention>,
    lex: &Lexicon,
) -> Option<Phrase> {
    let own_noun = sent.toks.get(m.last + 1).is_some_and(|t| t.is_word())
        && !lex.is(sent.word(m.last + 1), Class::Range)
        && !lex.is(sent.word(m.last + 1), Class::Of)
        && !lex.is(sent.word(m.last + 1), Class::LinkAfter);
    // "raised to 53 the number of soldiers killed": the phrase after "the number of" that
    // follows the number.
    let mut k = m.last + 1;
    if lex.is(sent.word(k), Class::Det) {
        k += 1;
    }
    if sent.is(k, Class::Aggregate) && sent.is(k + 1, Class::Of) {
        // Read as "numbers of …" is: past its "of" ("le nombre de personnels en tenue").
        let at = NumberMention {
            first: k,
            last: k,
            vague: true,
            ..*m
        };
        let p = noun_phrase(sent, &at, lex);
        if !p.words.is_empty() && !p.elided {
            return Some(p);
        }
    }
    if m.vague || own_noun {
        return None;
    }
    if let Some(n) = next {
        let between: Vec<&str> = (m.last + 1..n.first).map(|k| sent.word(k)).collect();
        let coordinated = range_of(sent, m, n, lex);
        // "100 of the more than 170": "of", a determiner, then only qualifier words.
        // (Or a name's possessive: "2,000 of MINUSMA's roughly 13,000 troops".)
        let possessive_name = |w: &str| w.ends_with("'s") || w.ends_with("’s");
        let partitive = between.len() >= 2
            && lex.is(between[0], Class::Of)
            && (lex.is(between[1], Class::Det) || possessive_name(between[1]))
            && lex.qualifier_before(&between[2..]).is_some() == (between.len() > 2);
        // French "300 des 1 400 militaires", "100 des quelque 170 Casques bleus": "des" is
        // both the preposition and the determiner.
        let partitive = partitive
            || (!between.is_empty()
                && lex.is(between[0], Class::Of)
                && lex.is(between[0], Class::Det)
                && lex.qualifier_before(&between[1..]).is_some() == (between.len() > 1));
        if coordinated || partitive {
            let p = noun_phrase(sent, n, lex);
            if !p.words.is_empty() {
                return Some(p);
            }
        }
    }
    // "the number of internally displaced people rose to 38,172": the phrase after "number
    // of", in the number's clause.
    let lo = m.first.saturating_sub(12);
    let k = (lo..m.first)
        .rev()
        .take_while(|&k| !sent.toks[k].is_num())
        .find(|&k| sent.is(k, Class::Aggregate) && sent.word(k + 1) == "of")?;
    let at = NumberMention {
        first: k,
        last: k,
        value: m.value,
        vague: false,
        approximate: false,
        percent: false,
    };
    let p = noun_phrase(sent, &at, lex);
    (!p.words.is_empty() && !p.elided).then_some(p)
}

/// What a question asks to count ("How many peacekeepers have died?", "Combien de soldats
/// de la paix ont perdu la vie ?"): its asking words stand in for a number, and the phrase
/// after them is classified as a number's would be.
pub fn asked(q: &Sentence, lex: &Lexicon, fallback_force: Option<usize>) -> Option<Carried> {
    if !q.text.trim_end().ends_with('?') {
        return None;
    }
    let first = (0..q.toks.len()).find(|&k| q.is(k, Class::AsksCount))?;
    let mut last = first;
    while last + 1 < q.toks.len() && q.is(last + 1, Class::AsksCount) {
        last += 1;
    }
    // "combien de soldats": the preposition belongs to the asking words.
    if q.is(last + 1, Class::Of) {
        last += 1;
    }
    let c = read_as_count(q, first, last, lex, fallback_force);
    // "Combien d'hommes commandez-vous ?", "How many men…?": men asked about are soldiers.
    let men = (last + 1..(last + 3).min(q.toks.len())).any(|k| q.is(k, Class::SoldiersOf))
        && !q.all.has_any(&[Class::Kill, Class::Wound]);
    let c = if c.category == Category::Other && men {
        Classified {
            category: Category::Troops,
            ..c
        }
    } else {
        c
    };
    carried_from(&c)
}

/// The phrase after tokens `first..=last` of `q` (a question's asking words, a caption's
/// separator), classified as a number standing there would be.
/// `fallback_force` is the text's peace operation: "How many members of the mission died?"
/// asks for its dead.
fn read_as_count(
    q: &Sentence,
    first: usize,
    last: usize,
    lex: &Lexicon,
    fallback_force: Option<usize>,
) -> Classified {
    let at = NumberMention {
        first,
        last,
        value: 2.0,
        vague: false,
        approximate: false,
        percent: false,
    };
    let around = Around {
        carried: None,
        next: None,
        bounds: (0, q.toks.len()),
        recent: None,
        asked: None,
        figure: None,
    };
    classify(q, None, &at, around, fallback_force, lex)
}

/// The unit of a figure with no noun of its own that counts what a question or a caption
/// counts.
fn unit_of(victims: Option<Victims>) -> String {
    match victims {
        Some(Victims::Civilians) => "people",
        _ => "personnel",
    }
    .into()
}

/// What a question or a caption counts, for the figures it governs: none if it counts nothing
/// charted.
fn carried_from(c: &Classified) -> Option<Carried> {
    (c.category != Category::Other).then_some(Carried {
        category: c.category,
        victims: c.victims,
        part_of: c.victims,
        value: f64::INFINITY,
        previous_sentence: true,
    })
}

/// What a chart's caption counts ("FIGURE 1 - Uniformed personnel of MINUSMA killed by
/// malicious acts, per year", "Graphique 3 — Décès parmi le personnel en tenue"): a reference
/// word, its number, a dash, colon or full stop, then the phrase read as a number's.
pub fn figure_caption(q: &Sentence, lex: &Lexicon) -> Option<Carried> {
    let first = (0..q.toks.len()).find(|&k| q.toks[k].is_word())?;
    if !q.is(first, Class::Reference) || !q.toks.get(first + 1).is_some_and(|t| t.is_num()) {
        return None;
    }
    let sep = (first + 2..(first + 4).min(q.toks.len()))
        .find(|&k| matches!(q.toks[k].text(q.text), "-" | "–" | "—" | ":" | "."))?;
    carried_from(&read_as_count(q, sep, sep, lex, None))
}

/// Whether a heading speaks of a chart ("Description du graphique", "Reading the chart"):
/// under a caption it is the chart's own, and the caption still governs the values after it.
pub fn names_a_chart(q: &Sentence) -> bool {
    (0..q.toks.len()).any(|k| q.is(k, Class::Chart))
}

/// Whether `m` and the next number `n` are the two ends of one range or a coordination of one
/// noun ("some 220 and 450 troops", "10 to 12 soldiers", "1,000-1,200 fighters").
fn range_of(sent: &Sentence, m: &NumberMention, n: &NumberMention, lex: &Lexicon) -> bool {
    let dash = n.first == m.last + 2 && matches!(sent.toks[m.last + 1].text(sent.text), "-" | "–");
    dash || (n.first == m.last + 2 && lex.is(sent.word(m.last + 1), Class::Range))
}

/// Whether `m` is the first end of a range whose noun comes after the second end `n`
/// ("between 1,000 and 1,200 Russian fighters"): it counts what `n` counts, for `n`'s force.
pub(super) fn starts_range(
    sent: &Sentence,
    m: &NumberMention,
    n: &NumberMention,
    lex: &Lexicon,
) -> bool {
    // (Money is no end of a range of people: "USD 1.2 billion and 12,000 troops".)
    range_of(sent, m, n, lex)
        && currency_before(sent, m).is_none()
        && !sent
            .toks
            .get(m.last + 1)
            .is_some_and(|t| t.is_word() && !lex.is(sent.word(m.last + 1), Class::Range))
}

/// "or so", "or thereabouts" right after a number (class `approx_after`): how many tokens.
fn or_approximately(sent: &Sentence, m: &NumberMention) -> Option<usize> {
    let k = m.last + 1;
    (sent.is(k, Class::Range) && sent.is(k + 1, Class::ApproxAfter)).then_some(2)
}

/// The qualifier from the words just before the number ("at least", "as many as").
fn qualifier(
    sent: &Sentence,
    m: &NumberMention,
    lex: &Lexicon,
    unit_is_duration: bool,
) -> Qualifier {
    if m.vague {
        return Qualifier::Vague;
    }
    let end = sent.past_abbreviation_dot(m.first);
    let before: Vec<&str> = (end.saturating_sub(crate::lexicon::QUALIFIER_WORDS)..end)
        .map(|k| sent.word(k))
        .collect();
    match lex.qualifier_before(&before) {
        Some(Qualifier::MoreThan) if unit_is_duration && before.last() == Some(&"over") => {
            Qualifier::Exact
        }
        Some(q) => q,
        None if m.approximate || or_approximately(sent, m).is_some() => Qualifier::About,
        None => Qualifier::Exact,
    }
}

/// What a table's label, header or caption, or the words before a breakdown, say a number
/// counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Counts {
    Category(Category),
    /// Deaths, whose category depends on who died.
    Killed,
    /// Wounded, counted for peacekeepers only.
    Wounded,
}

/// What a phrase's words say a number counts.
pub(super) fn counts(classes: &[Classes], words: &[String]) -> Option<Counts> {
    let has = |c: Class| classes.iter().any(|x| x.has(c));
    let word = |w: &str| words.iter().any(|x| x == w);
    let military = has(Class::Military) || has(Class::Peacekeeper);
    Some(if has(Class::Wound) {
        Counts::Wounded
    } else if has(Class::Kill) || has(Class::Toll) {
        if has(Class::Civilian) {
            Counts::Category(Category::CiviliansKilled)
        } else {
            Counts::Killed
        }
    } else if has(Class::Displaced) {
        Counts::Category(Category::Displaced)
    } else if has(Class::Police) && military {
        Counts::Category(Category::UniformedPersonnel)
    } else if has(Class::Police) {
        Counts::Category(Category::Police)
    } else if has(Class::Civilian) && (has(Class::Staff) || word("personnel")) {
        Counts::Category(Category::CivilianStaff)
    } else if military {
        Counts::Category(Category::Troops)
    } else if has(Class::Modifier) && (has(Class::Staff) || word("personnel")) {
        // "Uniformed personnel".
        Counts::Category(Category::UniformedPersonnel)
    } else {
        return None;
    })
}

/// The country of a count in brackets right after its name: "Egypt (7)".
/// A qualifier may come inside: "Bangladesh (about 1,300)", "le Bangladesh (environ 1 300)".
pub(super) fn bracketed_country(sent: &Sentence, m: &NumberMention) -> Option<usize> {
    let text = |k: usize| sent.toks.get(k).map_or("", |t| t.text(sent.text));
    let k = sent.past_qualifiers(m.first);
    // So may a noun: "le Tchad (1 420 militaires)".
    let close = if text(m.last + 1) == ")" {
        true
    } else {
        text(m.last + 2) == ")"
            && sent.classes.get(m.last + 1).is_some_and(|c| {
                c.has_any(&[
                    Class::Military,
                    Class::Police,
                    Class::Peacekeeper,
                    Class::Counted,
                ])
            })
    };
    (k > 0 && text(k - 1) == "(" && close)
        .then(|| super::numbers::country_before_bracket(&sent.words, k))
        .flatten()
}

/// What a breakdown by country counts, from the words before it ("The peacekeepers killed in
/// 2022 came from …"): its category and victims.
fn breakdown_of(
    sent: &Sentence,
    end: usize,
    prev: Option<&Sentence>,
    fallback_force: Option<usize>,
) -> Option<(Category, Option<Victims>)> {
    let end = end.min(sent.toks.len());
    let classes = &sent.classes[..end];
    let said = |c: Class| classes.iter().any(|x| x.has(c));
    let victims = || {
        if said(Class::Peacekeeper) {
            Victims::Peacekeepers
        } else if said(Class::Military) {
            Victims::Military
        } else {
            victims_from_context(sent, prev, fallback_force, false, None)
        }
    };
    match counts(classes, &sent.words[..end])? {
        Counts::Category(c) => Some((c, None)),
        Counts::Killed => {
            let v = victims();
            let c = match v {
                Victims::Peacekeepers => Category::PeacekeepersKilled,
                Victims::Military => Category::MilitaryKilled,
                Victims::Civilians => Category::CiviliansKilled,
            };
            Some((c, Some(v)))
        }
        Counts::Wounded => (victims() == Victims::Peacekeepers)
            .then_some((Category::PeacekeepersWounded, Some(Victims::Peacekeepers))),
    }
}

/// The qualifier of a number read outside a sentence's grammar (a table row).
pub fn qualifier_of(sent: &Sentence, m: &NumberMention) -> Qualifier {
    qualifier(sent, m, sent.lex, false)
}

/// Whether a fact's unit is a currency (a sum of money, not a count).
pub fn is_money(unit: &str) -> bool {
    matches!(unit, "USD" | "EUR" | "XOF")
}

/// The currency a sign or a code right before the figure names: "$2 million", "€ 5 million",
/// "USD 1.2 billion", "EUR 52 million".
fn currency_before(sent: &Sentence, m: &NumberMention) -> Option<&'static str> {
    let k = m.first.checked_sub(1)?;
    let c = sent.classes[k];
    match sent.toks[k].text(sent.text) {
        "$" => Some("USD"),
        "€" => Some("EUR"),
        _ if c.has(Class::MeasureUsd) => Some("USD"),
        _ if c.has(Class::MeasureEur) => Some("EUR"),
        _ if c.has(Class::MeasureXof) => Some("XOF"),
        _ => None,
    }
}

fn measure_unit(
    sent: &Sentence,
    m: &NumberMention,
    np: &[(String, bool)],
    lex: &Lexicon,
) -> Option<String> {
    let first = np.first().map(|(w, _)| w.as_str()).unwrap_or("");
    let second = np.get(1).map(|(w, _)| w.as_str()).unwrap_or("");
    let c = lex.classes(first);
    if m.percent || c.has(Class::MeasurePct) || (first == "per" && second == "cent") {
        return Some("percent".into());
    }
    let currency = currency_before(sent, m);
    if currency == Some("USD") || c.has(Class::MeasureUsd) || (first == "us" && second == "dollars")
    {
        return Some("USD".into());
    }
    if currency == Some("EUR") || c.has(Class::MeasureEur) {
        return Some("EUR".into());
    }
    if currency == Some("XOF") || c.has(Class::MeasureXof) {
        return Some("XOF".into());
    }
    // "751 millions de dollars": a currency past the scale's "de", with no noun read.
    if np.is_empty() {
        let k = m.last + 1 + usize::from(sent.is(m.last + 1, Class::Of));
        let c = lex.classes(sent.word(k));
        for (class, unit) in [
            (Class::MeasureUsd, "USD"),
            (Class::MeasureEur, "EUR"),
            (Class::MeasureXof, "XOF"),
        ] {
            if c.has(class) {
                return Some(unit.into());
            }
        }
    }
    if (first == "square" && lex.is(second, Class::MeasureKm2)) || c.has(Class::MeasureKm2) {
        return Some("km²".into());
    }
    if c.has(Class::Duration) {
        let u = if first.ends_with('s') {
            first.to_string()
        } else {
            format!("{first}s")
        };
        return Some(u);
    }
    None
}

/// The casualty word that governs the number: one right before it ("killing 9", "killed 64
/// of its soldiers"), else the nearest after it in its clause ("four peacekeepers died",
/// "12 dead"), else one before it ("the toll … stands at 21"). The search never crosses
/// another number, so "killing 9 and wounding 12" gives each number its own verb.
/// Returns whether it is a death (true) or a wound (false).
fn casualty(
    sent: &Sentence,
    m: &NumberMention,
    lex: &Lexicon,
    bounds: (usize, usize),
) -> Option<bool> {
    let kind = |k: usize| -> Option<bool> {
        let w = sent.word(k);
        // (A verb of falling may have lost its casualty in the sentence: "fell to 250".)
        let c = if lex.is(w, Class::Shift) {
            sent.classes[k]
        } else {
            lex.classes(w)
        };
        if c.has(Class::Kill) {
            // "lives" counts only in "lost their lives", "paid with their lives"; "lost"
            // needs people after it.
            let life_verb = |j: usize| sent.is(j, Class::LifeVerb);
            // French "vie" too: "la plus coûteuse en vies humaines" counts no one; "ont perdu
            // la vie", "a coûté la vie à", "payé de leur vie" do.
            // "cost nine French lives", "cost nine soldiers their lives", "claimed 12 lives":
            // the verb before the number governs the lives after it.
            let verb_of_number = k > m.last
                && k <= m.last + 5
                && (m.first.saturating_sub(5)..m.first).any(life_verb);
            if matches!(w, "lives" | "life" | "vie" | "vies")
                && !(k >= 2 && life_verb(k - 2))
                && !(k >= 3 && matches!(sent.word(k - 2), "with" | "de") && life_verb(k - 3))
                && !verb_of_number
            {
                return None;
            }
            Some(true)
        } else if c.has(Class::Wound) {
            Some(false)
        } else {
            None
        }
    };
    // Right before, past qualifier words: "killing at least 9". A verb of strength there
    // ("which contributes some 1,400 soldiers", "stood at 10 593") makes it a strength,
    // whatever casualty verb follows, unless a toll is what stands at the number.
    let toll_before = (m.first.saturating_sub(12)..m.first).any(|k| sent.is(k, Class::Toll));
    // "le bilan passe à onze", "the toll rose to 11": a toll just before the number counts the
    // dead, whatever wounded are named after it.
    // Not when the number's own phrase says they were hurt ("Bilan : 22 Casques bleus
    // blessés").
    let own_wound = (m.last + 1..(m.last + 6).min(bounds.1))
        .take_while(|&k| sent.toks[k].is_word())
        .any(|k| sent.is(k, Class::Wound));
    if !own_wound
        && (m.first.saturating_sub(4).max(bounds.0)..m.first)
            .any(|k| sent.is(k, Class::Toll) && sent.is(k, Class::Aggregate))
    {
        return Some(true);
    }
    // … or the toll as the clause's subject, its group between it and the verb that links it
    // to the number: « Le bilan parmi les Casques bleus s'élève à huit », "The toll among
    // the blue helmets has risen to seven".
    let linked = {
        let p = sent.past_qualifiers(m.first);
        p > 0 && sent.is(p - 1, Class::LinkBefore)
    };
    if !own_wound
        && linked
        && (m.first.saturating_sub(12).max(bounds.0)..m.first)
            .any(|k| sent.is(k, Class::Toll) && sent.is(k, Class::Aggregate))
        && (m.first.saturating_sub(12).max(bounds.0)..m.first).all(|k| !sent.toks[k].is_num())
    {
        return Some(true);
    }
    // "the number of peacekeepers killed … rose to 42, and 166 were wounded": the phrase
    // after "the number of" says what the number counts, whatever follows it.
    // Not a "number of" that follows its own number ("brings to nine the number of
    // peacekeepers killed …, while 44 others have been injured").
    let owned_aggregate = |a: usize| {
        let j = a.checked_sub(1 + usize::from(a > 0 && sent.is(a - 1, Class::Det)));
        j.is_some_and(|j| sent.toks[j].is_num() || sent.lex.is_number_word(sent.word(j)))
    };
    if let Some(a) = (m.first.saturating_sub(24).max(bounds.0)..m.first)
        .rev()
        .find(|&k| sent.is(k, Class::Aggregate) && sent.is(k + 1, Class::Of))
        .filter(|&a| !owned_aggregate(a))
    {
        if let Some(x) = (a + 2..m.first).find_map(kind) {
            return Some(x);
        }
        // "… were killed, and the number of internally displaced people rose to 38,172": a
        // count of the displaced, whatever casualty came before it.
        if (a + 2..m.first).any(|k| sent.is(k, Class::Displaced)) {
            return None;
        }
    }
    let mut k = m.first;
    let mut skipped = 0;
    while k > bounds.0 && skipped < 4 {
        k -= 1;
        if let Some(x) = kind(k) {
            return Some(x);
        }
        let w = sent.word(k);
        // "the contingent counts eight deaths": the number's own noun is a casualty; so is
        // its phrase's participle ("the UN counts 309 peacekeepers killed", "309 MINUSMA
        // fatalities").
        let own_casualty = (m.last + 1..(m.last + 5).min(bounds.1))
            .take_while(|&j| sent.toks[j].is_word())
            .any(|j| sent.classes[j].has_any(&[Class::Kill, Class::Toll, Class::Wound]));
        if lex.is(w, Class::Deploy) && !toll_before && !own_casualty {
            // "Those killed comprised two peacekeepers from Egypt": the verb's subject is
            // the casualties, and the number a part of them.
            // (Past the subject's place and year: "Civilians killed in Mali in 2020 numbered
            // nearly 900".)
            let subject_casualty = (bounds.0.max(k.saturating_sub(7))..k)
                .rev()
                .take_while(|&j| {
                    (sent.toks[j].is_word()
                        || sent.toks[j].is_num()
                            && crate::dates::in_a_date(&sent.toks[j], &sent.dates))
                        && !sent.is(j, Class::Deploy)
                })
                .find_map(kind);
            return subject_casualty;
        }
        // "compte « 17 000 soldats »": a quotation mark opening the figure's words.
        if matches!(sent.toks[k].text(sent.text), "«" | "“" | "\"") {
            continue;
        }
        // "The victims - six officers, six non-commissioned officers and one corporal -": a
        // breakdown set off after the word for the dead.
        if matches!(sent.toks[k].text(sent.text), "-" | "–" | "—" | ":")
            && !own_wound
            && k > bounds.0
            && (sent.is(k - 1, Class::Kill)
                || sent.is(k - 1, Class::Pronoun) && sent.is(k - 1, Class::People))
        {
            return Some(true);
        }
        // "la mort de neuf de ses soldats": "de" as "of".
        if w.is_empty()
            || !(lex.qualifier_before(&[w]).is_some()
                || lex.is(w, Class::Det)
                || lex.is(w, Class::Of)
                || matches!(
                    w,
                    "least" | "than" | "many" | "as" | "some" | "to" | "of" | "up"
                ))
        {
            break;
        }
        skipped += 1;
    }
    // After it: the predicate of its clause, read across an apposition ("Ten peacekeepers,
    // all of them from Chad, died") and across the other members of a list ("47 Malian
    // soldiers and 84 Wagner fighters had died"), never past a clause of another number.
    // The words of a compound noun ("soldats de la paix") take one place of the window.
    let joined = sent.compound_tail(m.last + 1, m.last + 15);
    // So do the words of a force's name ("Two peacekeepers of the Egyptian contingent of the
    // United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) lost
    // their lives"), and a bracketed acronym after it.
    let from = sent
        .toks
        .get(m.last + 1)
        .map_or(sent.text.len(), |t| t.start);
    let named: usize = sent
        .mentions
        .iter()
        .filter(|x| matches!(x.entity, Entity::Force(_)) && x.start >= from)
        .map(|x| {
            let inside = (m.last + 1..sent.toks.len())
                .filter(|&k| sent.toks[k].start >= x.start && sent.toks[k].end <= x.end)
                .count();
            inside.saturating_sub(1)
        })
        .sum::<usize>()
        .min(20);
    // So do the names and ranks of an apposition ("deux Casques bleus sri-lankais, le
    // capitaine Rajitha Perera et le caporal Anura Silva, ont perdu la vie").
    let people = (m.last + 2..(m.last + 25).min(sent.toks.len()))
        .filter(|&k| {
            sent.is(k, Class::Rank)
                || sent.toks[k].is_word()
                    && sent.toks[k].text(sent.text).starts_with(char::is_uppercase)
                    && !sent
                        .mentions
                        .iter()
                        .any(|x| x.start <= sent.toks[k].start && x.end >= sent.toks[k].end)
        })
        .count()
        .min(10);
    let mut hi = (m.last + 15 + joined + named + people).min(sent.toks.len());
    // "One soldier from Belgium, serving in the same mixed reconnaissance company of the
    // German contingent, was also injured": past an aside set off by commas after the
    // number's phrase, to the verb after it.
    let comma = |k: usize| sent.toks[k].is_punct(sent.text, ",");
    if let Some(open) = (m.last + 1..(m.last + 5).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() || comma(k))
        .find(|&k| comma(k))
    {
        let close = (open + 1..(open + 25).min(sent.toks.len()))
            .take_while(|&k| sent.toks[k].is_word() || comma(k))
            .find(|&k| comma(k));
        if let Some(close) = close {
            hi = hi.max((close + 5).min(sent.toks.len()));
        }
    }
    // "MINUSMA, which has 13,500 personnel in Mali, has lost 180 members": a number in a
    // relative clause between commas ends at the clause's closing comma.
    // The clause may hold a number before this one ("qui fournit 930 militaires et 280
    // policiers, n'avait plus perdu d'hommes") and a noun before its pronoun ("le Tchad, pays
    // qui fournit 1 400 militaires, a perdu").
    let relative = (m.first.saturating_sub(14)..m.first)
        .rev()
        .take_while(|&k| !sent.toks[k].is_punct(sent.text, ","))
        .any(|k| {
            sent.is(k, Class::Relative)
                && (k.saturating_sub(3)..k)
                    .rev()
                    .take_while(|&j| {
                        sent.toks[j].is_word() || sent.toks[j].is_punct(sent.text, ",")
                    })
                    .any(|j| sent.toks[j].is_punct(sent.text, ","))
        });
    let mut displaced = false;
    // "100 of the more than 170 peacekeepers … were killed": the whole governs the part.
    let partitive = sent.word(m.last + 1) == "of"
        || (sent.is(m.last + 1, Class::Of) && sent.is(m.last + 1, Class::Det));
    let of_group = partitive || sent.is(m.last + 1, Class::Of);
    let mut wounded_group = None;
    // "Of the 850 peacekeepers in the battalion, seven were injured": the whole an opening
    // partitive names is no member of a list with the part after its comma; the part's verb
    // is not its.
    let opening_whole = (sent.is(0, Class::Of) || sent.is(0, Class::Subset))
        && m.first <= 5
        && !(1..m.first).any(|j| sent.toks[j].is_punct(sent.text, ","))
        // (With a noun of its own: "Of those 303, 188 were killed" restates the dead.)
        && sent.toks.get(m.last + 1).is_some_and(|t| t.is_word());
    // A wound inside an apposition ("un Casque bleu, blessé la veille, a succombé") describes
    // the subject; the verb after it is the predicate.
    let mut commas = 0;
    let mut apposed_wound = false;
    let mut k = m.last;
    while k + 1 < hi {
        k += 1;
        if sent.toks[k].is_punct(sent.text, ",") {
            commas += 1;
        }
        // The next number (a word number too) or any later one in digits.
        if k == bounds.1 || k > bounds.1 && sent.toks[k].is_num() {
            // "Twelve peacekeepers, including two women, were wounded": a subset joins too.
            // "103 peacekeepers from 39 countries lost their lives": a count of nations
            // between the number and its verb is an aside.
            // (Its clause going on: not "fournis par cinq pays, elle a perdu …".)
            let nations = (k + 1..(k + 3).min(sent.toks.len()))
                .find(|&j| sent.is(j, Class::Nations))
                .is_some_and(|j| sent.toks.get(j + 1).is_some_and(|t| t.is_word()));
            // (A dash opens an aside too: "plus de 300 de ses membres — 310, si ma mémoire est
            // bonne — sont morts".)
            let joined = !(opening_whole && commas == 1)
                && k > 0
                && matches!(sent.toks[k - 1].text(sent.text), "," | "and" | "—" | "–")
                || sent.is(k - 1, Class::Coordinator)
                || sent.is(k - 1, Class::Subset)
                || partitive
                || nations;
            // (Not past a verb of service or strength of the number's own: "more than 7,000
            // troops and police serve in UN operations, and 145 have died".)
            let own_verb =
                (m.last + 1..k).any(|j| sent.classes[j].has_any(&[Class::Serves, Class::Deploy]));
            if !joined || own_verb {
                break;
            }
            // Each member of a list brings its own words: read on past them.
            hi = (hi + 10).min(sent.toks.len());
        }
        // ", where most civilian deaths occur": a clause about a place has its own subject.
        let place_clause =
            sent.toks[k].is_punct(sent.text, ",") && sent.is(k + 1, Class::PlaceClause);
        if (matches!(sent.toks[k].text(sent.text), ";" | "." | ":") && !abbreviation_dot(sent, k))
            || relative && sent.toks[k].is_punct(sent.text, ",")
            || place_clause
        {
            break;
        }
        // "et 19 autres sont toujours portés disparus": the number's own fate, not the death
        // before it.
        if sent.is(k, Class::Fate) {
            return None;
        }
        match kind(k) {
            // "one of the seriously wounded peacekeepers … succumbed", "two of the injured
            // later died": the group's wound describes the whole; a death after it is the
            // part's.
            // "by 2,500 troops, responding to attacks that killed 11 peacekeepers": a verb
            // whose own object is a later number is that number's predicate.
            Some(_) if object_is_later_number(sent, k, m) => {}
            Some(false) if of_group && wounded_group.is_none() => wounded_group = Some(k),
            Some(false)
                if commas == 1 && (k + 1..hi).any(|j| sent.toks[j].is_punct(sent.text, ",")) =>
            {
                apposed_wound = true;
            }
            Some(x) => return Some(x),
            None => {}
        }
        displaced |= sent.is(k, Class::Displaced);
    }
    if wounded_group.is_some() || apposed_wound {
        return Some(false);
    }
    if displaced {
        return None;
    }
    // A number whose own verb makes it a strength takes no casualty verb before it: "Nine
    // more blue helmets die, and nearly 13,000 troops and police are withdrawn".
    if strength_verb_after(sent, m) {
        return None;
    }
    // Before it, within its clause: "when" opens another ("38 soldiers fell in 2013, when
    // some 2,000 of our troops were fighting").
    let lo = m.first.saturating_sub(12).max(bounds.0);
    (lo..m.first)
        .rev()
        .take_while(|&k| {
            !matches!(sent.toks[k].text(sent.text), ";" | ":" | "(" | ")")
                && !sent.is(k, Class::When)
        })
        .find_map(kind)
        .or_else(|| {
            // A fact-sheet item's label: "Fatalities since July 2013: 177 peacekeepers, of
            // whom …".
            let colon = (bounds.0..m.first).find(|&k| sent.toks[k].is_punct(sent.text, ":"))?;
            let label_words = (0..colon).filter(|&k| sent.toks[k].is_word()).count();
            (label_words <= 8)
                .then(|| (0..colon).find_map(kind))
                .flatten()
        })
}

/// Whether the casualty verb at `k` takes a number after `m` as its object ("killed 11",
/// "wounding at least 25"): past qualifier words, a number.
fn object_is_later_number(sent: &Sentence, k: usize, m: &NumberMention) -> bool {
    let lex = sent.lex;
    // Past an aside set off by commas: "avait perdu, avant samedi, plus de 160 Casques bleus".
    let comma = |j: usize| sent.toks.get(j).is_some_and(|t| t.is_punct(sent.text, ","));
    let k = if comma(k + 1) {
        (k + 2..(k + 8).min(sent.toks.len()))
            .take_while(|&j| !sent.toks[j].is_num())
            .find(|&j| comma(j))
            .unwrap_or(k)
    } else {
        k
    };
    // A casualty noun's "of" ("despite the deaths of 13 of their comrades").
    let of = usize::from(sent.word(k + 1) == "of" || sent.is(k + 1, Class::Of));
    let mut j = k + 1 + of;
    while j < sent.toks.len()
        && j < k + 4
        && sent.toks[j].is_word()
        && lex.qualifier_before(&[sent.word(j)]).is_some()
    {
        j += 1;
    }
    // "at least", "more than": the first word is no qualifier by itself. (Both words the
    // qualifier's: in "killed and about 30 wounded" only "about" is one, and the verb is the
    // first number's.)
    if j == k + 1 + of
        && j + 1 < sent.toks.len()
        && lex.qualifier_len_before(&[sent.word(j), sent.word(j + 1)]) == Some(2)
    {
        j += 2;
    }
    // Not a date's year ("sont morts entre 2013 et 2023", "morts de 2013 à 2023").
    j > m.last
        && sent
            .toks
            .get(j)
            .is_some_and(|t| t.is_num() && !crate::dates::in_a_date(t, &sent.dates))
}

/// Whether the number is the first term of a proportion: past at most three words of its
/// noun, a word of proportion ("sur", "in", "out of") and right after it the next number, at
/// most 100 and larger than the first ("six décès sur dix", "one in five"; not "17 villagers
/// in two hamlets").
fn proportion(sent: &Sentence, m: &NumberMention, next: Option<&NumberMention>) -> bool {
    let Some(n) = next.filter(|n| n.value <= 100.0 && n.value > m.value) else {
        return false;
    };
    let k = (m.last + 1..(m.last + 5).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word())
        .find(|&k| sent.is(k, Class::Proportion));
    let Some(k) = k else { return false };
    // "out of".
    let j = if sent.word(k + 1) == "of" {
        k + 2
    } else {
        k + 1
    };
    n.first == j
}

/// A number coordinated with a casualty figure before it shares its verb: "killed 53 soldiers
/// and one civilian", "killed five Chadians near Aguelhok, five Togolese near Sévaré".
fn coordinated_casualty(
    sent: &Sentence,
    m: &NumberMention,
    carried: Option<Carried>,
) -> Option<bool> {
    let mut before = m.first.checked_sub(1)?;
    // Past a date and its preposition: "… died in the first half of 2022, and on 23 June
    // eight were hurt".
    if crate::dates::in_a_date(&sent.toks[before], &sent.dates) {
        while before > 0 && crate::dates::in_a_date(&sent.toks[before], &sent.dates) {
            before -= 1;
        }
        if before > 0 && sent.toks[before].is_word() && !sent.is(before, Class::Coordinator) {
            before -= 1;
        }
    }
    let joined = sent.is(before, Class::Coordinator) || sent.toks[before].is_punct(sent.text, ",");
    if !joined {
        return None;
    }
    // A count of displaced people shares no casualty verb: "Au 30 avril, 175 466 réfugiés …"
    // after a toll; nor does one with a fate of its own ("et 19 autres sont portés disparus").
    if sent.is(m.last + 1, Class::Displaced)
        || (m.last + 1..(m.last + 7).min(sent.toks.len())).any(|k| sent.is(k, Class::Fate))
    {
        return None;
    }
    // Nor one whose own verb makes it a strength ("… and nearly 13,000 troops and police are
    // withdrawn").
    if strength_verb_after(sent, m) {
        return None;
    }
    // Only the sentence's own list: "Serval atteint son effectif maximal, 4 500 hommes" after
    // a toll is no casualty.
    match carried.filter(|c| !c.previous_sentence)?.category {
        Category::PeacekeepersKilled | Category::CiviliansKilled | Category::MilitaryKilled => {
            Some(true)
        }
        Category::PeacekeepersWounded => Some(false),
        _ => None,
    }
}

/// A person's age in apposition, news style: "The pilot, 30, died", "Corporal Jean Martin,
/// 24, was killed": a bare figure of an adult's age between commas, right after a name or a
/// singular noun for one person.
/// Brackets too, after a noun for one person ("a sergeant (31) and a corporal (24) died"; not
/// after a name, which may be a contributor's: "Burkina Faso (16)").
fn apposed_age(sent: &Sentence, m: &NumberMention) -> bool {
    let punct = |k: usize, p: &str| sent.toks.get(k).is_some_and(|t| t.is_punct(sent.text, p));
    let commas = punct(m.first.wrapping_sub(1), ",") && punct(m.last + 1, ",");
    let brackets = punct(m.first.wrapping_sub(1), "(") && punct(m.last + 1, ")");
    if !(16.0..=80.0).contains(&m.value) || m.first < 2 || !(commas || brackets) {
        return false;
    }
    let k = m.first - 2;
    let t = sent.toks[k];
    let word = t.text(sent.text);
    let name = word.starts_with(char::is_uppercase)
        && crate::gazetteer::gazetteer()
            .country_by_word(sent.word(k))
            .is_none();
    let one_person = sent.classes[k].has_any(&[Class::Military, Class::Rank, Class::OneCounts])
        && !word.ends_with('s');
    t.is_word() && (name && commas || one_person)
}

/// Whether a verb of service ("are serving", "sont déployés") follows the number's phrase
/// within three words.
fn serves_after_phrase(sent: &Sentence, m: &NumberMention, np: &[(String, bool)]) -> bool {
    let words: usize = np.iter().map(|(w, _)| w.split(' ').count()).sum();
    let from = m.last + 1 + words;
    (from..(from + 3).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word())
        .any(|k| sent.is(k, Class::Serves))
}

/// Whether a verb of strength ("serve", "withdrawn", "déployés") follows the number within a
/// few words, before any casualty word.
fn strength_verb_after(sent: &Sentence, m: &NumberMention) -> bool {
    (m.last + 1..(m.last + 7).min(sent.toks.len()))
        // (Not in a clause of its own: "has lost 170 peacekeepers since it deployed", "and to
        // 165 since the mission was deployed".)
        .take_while(|&k| {
            !sent.classes[k].has_any(&[
                Class::Kill,
                Class::Wound,
                Class::Pronoun,
                Class::Relative,
                Class::When,
                Class::YearLead,
            ]) && !sent.toks[k].is_punct(sent.text, ",")
        })
        .any(|k| sent.is(k, Class::Serves))
}

/// An item of a breakdown after a colon ("nine people died: one soldier and eight
/// civilians", "neuf personnes ont péri : un soldat et huit civils"): a casualty of the kind
/// the figure before the colon counts; who died, its own noun says.
fn colon_breakdown(sent: &Sentence, m: &NumberMention, carried: Option<Carried>) -> Option<bool> {
    let c = carried.filter(|c| !c.previous_sentence)?;
    let killed = match c.category {
        Category::PeacekeepersKilled | Category::CiviliansKilled | Category::MilitaryKilled => true,
        Category::PeacekeepersWounded => false,
        _ => return None,
    };
    // Back to the colon, across the list's earlier items ("un soldat et …") only.
    let mut k = m.first;
    while k > 0 {
        k -= 1;
        let t = sent.toks[k];
        if t.is_punct(sent.text, ":") {
            return Some(killed);
        }
        let list_word = t.is_num()
            || t.is_punct(sent.text, ",")
            || (t.is_word() && !sent.is(k, Class::Kill) && !sent.is(k, Class::Wound));
        if !list_word || m.first - k > 8 {
            return None;
        }
    }
    None
}

/// A dot that belongs to a dotted abbreviation ("U.N.", "U.S."): glued to a one-letter word.
fn abbreviation_dot(sent: &Sentence, k: usize) -> bool {
    k > 0
        && !sent.toks[k].space_before
        && sent.toks[k].is_punct(sent.text, ".")
        && sent.toks[k - 1].is_word()
        && sent.toks[k - 1].text(sent.text).len() == 1
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
    people: bool,
    recent: Option<Victims>,
) -> Victims {
    // "2019: 23 killed, ten of them Chadians at Aguelhok": where the only word of who died is
    // the nationality of a contributing country, in a text about a peace operation, they are
    // its peacekeepers, whoever the sentence before counted.
    let g = gazetteer();
    // (Or a multinational operation: "Takuba now numbers about 600. Sweden has sent 150".)
    let about_mission = takes_contingents(fallback_force);
    if about_mission
        && !people
        && !sent.names_who(&[Class::Civilian, Class::Peacekeeper, Class::Military])
        && !sent
            .mentions
            .iter()
            .any(|x| matches!(x.entity, Entity::Force(_)))
        && sent
            .mentions
            .iter()
            .any(|x| g.contributor_mention(x.entity))
    {
        return Victims::Peacekeepers;
    }
    for s in std::iter::once(sent).chain(prev) {
        let civil = s.any(Class::Civilian);
        let pk = s.any(Class::Peacekeeper)
            || ((s.any(Class::Toll) || (s.any(Class::Kill) && !people))
                && is_peace_op_mentioned(s));
        if civil {
            return Victims::Civilians;
        }
        if pk {
            return Victims::Peacekeepers;
        }
        // "the army lost 38": soldiers, unless the noun says people ("500 people died
        // during the intervention of soldiers" are civilians). A national army or operation
        // named in the sentence says so too ("38 morts dans les rangs des FAMa").
        let army_named = s.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if matches!(g.forces[i].kind,
                ForceKind::NationalForces | ForceKind::MilitaryOperation))
        });
        if !people && (s.any(Class::Military) || army_named) {
            // "Chad has about 1,450 troops in MINUSMA. … 51 of them had lost their lives":
            // soldiers of a peace operation with no army named are peacekeepers.
            // "une source militaire togolaise évoquait neuf blessés graves", in a story whose
            // casualties were peacekeepers: a contributing nation's soldiers are too.
            let contributor = s.mentions.iter().any(|x| g.contributor_mention(x.entity));
            if !army_named
                && (is_peace_op_mentioned(s)
                    || (contributor && recent == Some(Victims::Peacekeepers)))
            {
                return Victims::Peacekeepers;
            }
            return Victims::Military;
        }
    }
    // "More than 300 mission personnel died": the mission, in a sentence that names no other
    // force, is the corpus's own, whatever force the text named last.
    let only_the_mission = sent.any(Class::GenericMission)
        && !sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if g.forces[i].kind != ForceKind::PeaceOperation)
        });
    match fallback_force.map(|i| g.forces[i].kind) {
        Some(ForceKind::PeaceOperation) if sent.any(Class::GenericMission) => Victims::Peacekeepers,
        _ if only_the_mission && !people => Victims::Peacekeepers,
        // "parlait de cinq morts": a toll with no word of whose, in a text whose last
        // casualties were counted; "20 people" are civilians whatever came before.
        // In a text about a peace operation, where nothing was counted before: its own.
        _ if !people && about_mission => recent.unwrap_or(Victims::Peacekeepers),
        _ if !people => recent.unwrap_or(Victims::Civilians),
        _ => Victims::Civilians,
    }
}

/// The first token of the clause token `k` stands in: past the last comma, semicolon or colon
/// before it.
fn clause_start(sent: &Sentence, k: usize) -> usize {
    (0..k)
        .rev()
        .find(|&k| {
            let t = sent.toks[k];
            t.is_punct(sent.text, ",") || t.is_punct(sent.text, ";") || t.is_punct(sent.text, ":")
        })
        .map_or(0, |k| k + 1)
}

/// Whether a peace operation named before a bare toll is the one it counts: "For MINUSMA,
/// the toll stands at 303 dead", "Pour la MINUSMA, le bilan s'établit à 303 morts" (no army,
/// operation, civilian or reporting word in the sentence to say otherwise).
fn topic_mission_toll(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let at = sent.toks[m.first].start;
    // (Or the text's mission by its common noun: "A quieter year for the mission, with 8
    // deaths".)
    let mission_before = sent.mentions.iter().any(|x| {
        x.end <= at
            && matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::PeaceOperation)
    }) || sent.the_mission_in(0..m.first);
    let other_force = sent.mentions.iter().any(
        |x| matches!(x.entity, Entity::Force(i) if g.forces[i].kind != ForceKind::PeaceOperation),
    );
    mission_before
        && !other_force
        && !sent.names_who(&[Class::Civilian, Class::Military])
        && !(0..m.first).any(|k| sent.classes[k].has_any(&[Class::Alleged, Class::Reports]))
}

/// Who the dead were, said right after them: "15 dead among the military", "15 morts parmi
/// les soldats", "dix blessés parmi les Casques bleus".
fn victims_among(sent: &Sentence, m: &NumberMention) -> Option<Victims> {
    let end = (m.last + 6).min(sent.toks.len());
    let among = (m.last + 1..end).find(|&k| {
        sent.is(k, Class::Subset) && sent.is(k, Class::NpStop) && !sent.is(k, Class::Relative)
    })?;
    (among + 1..(among + 4).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word())
        .find_map(|k| {
            if sent.is(k, Class::Peacekeeper) {
                Some(Victims::Peacekeepers)
            } else if sent.is(k, Class::Civilian) {
                Some(Victims::Civilians)
            } else if sent.is(k, Class::Military) {
                // ("six blessés parmi les militaires belges": a contributor's soldiers, whom
                // the rules of contingents place.)
                let g = gazetteer();
                let at = sent.toks[k].end;
                let contributor = sent
                    .mentions
                    .iter()
                    .any(|x| x.start >= at && x.start <= at + 2 && g.contributor_mention(x.entity));
                (!contributor).then_some(Victims::Military)
            } else {
                None
            }
        })
}

fn np_has(np: &[(String, bool)], lex: &Lexicon, c: Class) -> bool {
    np.iter().any(|(w, _)| lex.is(w, c))
}

fn np_word(np: &[(String, bool)], w: &str) -> bool {
    np.iter().any(|(x, _)| x == w)
}

/// Whether the words just before the number name what it counts ("a civilian component of").
fn before_has(sent: &Sentence, m: &NumberMention, c: Class, span: usize) -> bool {
    (m.first.saturating_sub(span)..m.first).any(|k| sent.is(k, c))
}

/// A strength, not a casualty or displacement figure.
fn is_strength(c: Category) -> bool {
    matches!(
        c,
        Category::Troops
            | Category::Police
            | Category::UniformedPersonnel
            | Category::CivilianStaff
    )
}

/// What a group of personnel words counts: police, soldiers or civilian staff.
fn group_counts(sent: &Sentence, range: std::ops::Range<usize>) -> Option<Category> {
    let has = |c: Class| range.clone().any(|k| sent.is(k, c));
    if has(Class::Police) {
        Some(Category::Police)
    } else if has(Class::Staff) && has(Class::Civilian) {
        Some(Category::CivilianStaff)
    } else if has(Class::Military)
        || has(Class::Peacekeeper)
        || has(Class::Unit)
        || has(Class::Contingent)
    {
        Some(Category::Troops)
    } else {
        None
    }
}

/// A bare number as the subject of a verb of service ("About 1,400 serve in formed police
/// units", "1,759 were on the ground"): the strength of what the words after the verb name,
/// else of the figure just before (a strength), else of a contributing country's contingent.
fn serving(
    sent: &Sentence,
    m: &NumberMention,
    carried: Option<Carried>,
    fallback_force: Option<usize>,
) -> Option<Category> {
    let mut k = m.last + 1;
    // Auxiliaries and adverbs between: "are currently", "have been".
    while k < (m.last + 4).min(sent.toks.len())
        && sent.toks[k].is_word()
        && !sent.is(k, Class::Serves)
        && sent.is(k, Class::NpStop)
    {
        k += 1;
    }
    if !sent.is(k, Class::Serves) {
        return None;
    }
    let k = k + sent.word(k).matches(' ').count() + 1;
    let end = (k..(k + 8).min(sent.toks.len()))
        .find(|&j| !sent.toks[j].is_word() && !sent.toks[j].is_punct(sent.text, "-"))
        .unwrap_or((k + 8).min(sent.toks.len()));
    group_counts(sent, k..end)
        .or_else(|| carried.map(|c| c.category).filter(|&c| is_strength(c)))
        .or_else(|| contributor_subject(sent, m, fallback_force).then_some(Category::Troops))
}

/// A contributing country as the clause's subject, in a text about a peace operation
/// ("Chad … had already lost 51", "Germany has about 1,000 personnel with the UN mission").
fn contributor_subject(sent: &Sentence, m: &NumberMention, fallback_force: Option<usize>) -> bool {
    let g = gazetteer();
    fallback_force.is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation)
        && super::subject::country_before(sent, m).is_some_and(|(c, _)| g.contributes(&c))
}

/// "Of the police, 212 were women": a sentence that opens on a partitive of a group of
/// personnel counts that group in the number right after its comma.
fn opening_partitive(sent: &Sentence, lead: usize) -> Option<Category> {
    if lead < 4 || !sent.is(0, Class::Of) || !sent.toks[lead - 1].is_punct(sent.text, ",") {
        return None;
    }
    if !(1..lead - 1).all(|k| sent.toks[k].is_word()) {
        return None;
    }
    group_counts(sent, 1..lead - 1)
}

/// "a force of 12,000", "a contingent of some 650": a unit noun and "of" right before.
fn strength_of(sent: &Sentence, m: &NumberMention, lex: &Lexicon) -> bool {
    let mut k = m.first;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = sent.word(k);
        if w == "of" {
            return k > 0 && sent.is(k - 1, Class::Unit);
        }
        if w.is_empty()
            || lex.qualifier_before(&[w]).is_none()
                && !matches!(w, "least" | "than" | "many" | "as")
        {
            return false;
        }
    }
    false
}

/// The kind of the personnel force nearest the number in the sentence: "its soldiers" in a
/// sentence about MINUSMA are peacekeepers.
fn owner_kind(sent: &Sentence, m: &NumberMention) -> Option<ForceKind> {
    super::subject::nearest_force(sent, m, |_| true).map(|i| gazetteer().forces[i].kind)
}

pub fn classify(
    sent: &Sentence,
    prev: Option<&Sentence>,
    m: &NumberMention,
    around: Around,
    fallback_force: Option<usize>,
    lex: &Lexicon,
) -> Classified {
    let Around {
        carried,
        next,
        bounds,
        recent,
        asked,
        figure,
    } = around;
    // The first end of a range has no noun of its own: it counts what the second end counts,
    // for whoever the second end's phrase names ("between 1,000 and 1,200 Russian fighters").
    if let Some(n) = next.filter(|n| starts_range(sent, m, n, lex)) {
        let own = qualifier(sent, m, lex, false);
        let second = Around {
            next: None,
            ..around
        };
        let c = classify(sent, prev, n, second, fallback_force, lex);
        return Classified {
            qualifier: own,
            ..c
        };
    }
    let mut phrase =
        borrowed_phrase(sent, m, next, lex).unwrap_or_else(|| noun_phrase(sent, m, lex));
    // "Germany, whose contingent of about 1,000 carries much of the burden": after a unit's
    // "of", a word the lexicon does not know is the clause's verb, not the figure's noun.
    if phrase
        .words
        .first()
        .is_some_and(|(w, cap)| !cap && lex.classes(w).0 == 0)
        && strength_of(sent, m, lex)
        // (A contingent's or a battalion's: "teams of 120 enumerators" count enumerators.)
        && (m.first.saturating_sub(5)..m.first)
            .any(|k| sent.is(k, Class::Contingent) && sent.word(k + 1) == "of")
    {
        phrase.words.clear();
    }
    let np = &phrase.words;
    let measure = measure_unit(sent, m, np, lex);
    let qualifier = qualifier(
        sent,
        m,
        lex,
        measure
            .as_deref()
            .is_some_and(|u| lex.is(u, Class::Duration)),
    );
    let alleged = (m.first.saturating_sub(6)..m.first).any(|k| sent.is(k, Class::Alleged));
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
    let country = phrase.country;
    let done = |category, unit: String, victims| Classified {
        qualifier,
        unit,
        category,
        victims,
        alleged,
        country,
    };
    if let Some(u) = measure {
        return done(Category::Other, u, None);
    }
    // "4.1 Fatalities by incident type", "a rate of 1.4 per thousand": a figure with a
    // fraction counts no people (a scale makes it whole: "1.5 million").
    // Nor does a rate's denominator: "1.3 per 1,000 uniformed personnel", "2,7 décès pour
    // 1 000 personnels".
    let denominator = m.first >= 2
        && sent.is(m.first - 1, Class::Rate)
        && (m.first.saturating_sub(4)..m.first - 1).any(|k| sent.toks[k].is_num());
    if m.value.fract() != 0.0 || denominator {
        return done(Category::Other, unit, None);
    }
    // "the rotation known as Mali 12": a name.
    if np.is_empty() && names_a_rotation(sent, m) {
        return done(Category::Other, String::new(), None);
    }
    // "children aged between two and 17": ages, not counts.
    if before_has(sent, m, Class::Age, 5) || apposed_age(sent, m) {
        return done(Category::Other, "years".into(), None);
    }
    // "près de six décès sur dix", "one in five peacekeepers": a proportion, not a count.
    if proportion(sent, m, next) {
        return done(Category::Other, "proportion".into(), None);
    }
    // "How many peacekeepers have died? More than 300 since 2013.": a bare number opening the
    // answer counts what the question asked.
    if let Some(a) = asked.filter(|_| np.is_empty() && !(0..m.first).any(|k| sent.toks[k].is_num()))
    {
        // Past a speaker's label ("Porte-parole : Un peu plus de 6 700").
        let from = (0..m.first)
            .rev()
            .find(|&k| sent.toks[k].is_punct(sent.text, ":"))
            .map_or(0, |k| k + 1);
        let before: Vec<&str> = (from..m.first)
            .filter(|&k| sent.toks[k].is_word())
            .map(|k| sent.word(k))
            .collect();
        // Only qualifier words before it, a label ("A:") at most.
        let opens =
            // (The whole of them a qualifier: "un peu plus de", not "Il en reste environ".)
            before.is_empty()
                || (before.len() <= 3 && lex.qualifier_before(&before).is_some())
                || lex.qualifier_len(&before) == before.len();
        if opens {
            return done(a.category, unit_of(a.victims), a.victims);
        }
    }
    // "It jumps to roughly 28 in 2014", "Senegal sits near 970" under a chart's caption: a bare
    // figure counts what the chart does.
    // (Only a sentence that describes the chart: none that counts with words of its own — a
    // toll, a casualty, a displacement, a strength's verb — or says who.)
    let own_words = sent.all.has_any(&[
        Class::Kill,
        Class::Wound,
        Class::Toll,
        Class::Displaced,
        Class::Peacekeeper,
        Class::Military,
        Class::Police,
        Class::Civilian,
    ]);
    if let Some(f) = figure.filter(|_| np.is_empty() && !m.percent && !m.vague && !own_words) {
        return done(f.category, unit_of(f.victims), f.victims);
    }
    // "its 1,000-plus contingent … having lost seven": a strength, whatever follows.
    // "a 200-member company", "a 300-man unit": the compound makes a strength.
    let compound = sent
        .toks
        .get(m.last + 1)
        .is_some_and(|t| t.is_punct(sent.text, "-") && !t.space_before)
        && sent.is(m.last + 2, Class::StrengthCompound);
    // "the 15-member Security Council": a body's membership, not a strength nor a casualty.
    let body = compound
        && (m.last + 3..(m.last + 7).min(sent.toks.len())).any(|k| sent.is(k, Class::NotClaim));
    if body || np.last().is_some_and(|(w, _)| lex.is(w, Class::NotClaim)) {
        // The caller drops `other` facts without a unit.
        return done(Category::Other, String::new(), None);
    }
    // "1,240 displaced households", "some twenty families": households, not people.
    // (Written in lower case: "United Nations Volunteers" are people.)
    let not_people = (m.last + 1..(m.last + 4).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() && !sent.is(k, Class::NpStop))
        .any(|k| {
            sent.is(k, Class::NotPeople)
                && !sent.toks[k].text(sent.text).starts_with(char::is_uppercase)
        });
    if not_people
        || np
            .iter()
            .any(|(w, cap)| !cap && lex.is(w, Class::NotPeople))
    {
        return done(Category::Other, unit, None);
    }
    // "came from Egypt (7), Chad (5) …": a count in brackets after a country is that
    // contingent's share of what the sentence counts.
    if let Some(c) = bracketed_country(sent, m) {
        // A noun inside the brackets says what the count is, whatever came before: "about
        // 1,800 civilians. Its top contributors are Chad (about 1,400 soldiers), …".
        let inner = m.last + 1;
        let own = sent
            .toks
            .get(inner + 1)
            .is_some_and(|t| t.is_punct(sent.text, ")"))
            .then(|| counts(&sent.classes[inner..=inner], &sent.words[inner..=inner]))
            .flatten()
            .and_then(|x| match x {
                Counts::Category(c) => Some((c, None)),
                _ => None,
            });
        let share = own
            .or_else(|| {
                carried
                    .filter(|x| x.category != Category::Other)
                    .map(|x| (x.category, x.victims))
            })
            .or_else(|| {
                let open = sent.past_qualifiers(m.first);
                breakdown_of(sent, open.saturating_sub(2), prev, fallback_force)
            });
        if let Some((category, victims)) = share {
            let unit = match category {
                Category::CiviliansKilled | Category::Displaced => "people",
                _ => "personnel",
            };
            return Classified {
                qualifier,
                unit: unit.into(),
                category,
                victims,
                alleged,
                country: Some(c),
            };
        }
    }
    // "7,000 Malians have crossed into Mauritania", "375,000 Malians from their homes": a
    // nationality counted with displacement words is displaced people.
    if country.is_some()
        && np.len() <= 1
        && (m.last + 1..bounds.1.min(m.last + 12)).any(|k| sent.is(k, Class::Displaced))
    {
        return done(Category::Displaced, "people".into(), None);
    }
    // "Some 860 Nigeriens serve in Menaka": a contributing country's people serving, in a
    // text about a peace operation, are its contingent's soldiers.
    let g = gazetteer();
    let serves_after = (m.last + 2..(m.last + 6).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word())
        .any(|k| sent.is(k, Class::Serves));
    // ("eight Bangladeshis have died while serving" are dead.)
    let hurt = (m.last + 1..(m.last + 8).min(sent.toks.len()))
        .any(|k| sent.is(k, Class::Kill) || sent.is(k, Class::Wound));
    if !hurt
        && country.is_some_and(|c| g.contributes(&g.countries[c].name))
        && np.len() <= 1
        && serves_after
        && fallback_force.is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation)
    {
        return done(Category::Troops, "soldiers".into(), None);
    }
    // "quelque 150 Suédois, une quarantaine d'Estoniens et 60 Tchèques" in a sentence on
    // Takuba, "up to 170 Belgians wearing the blue helmet": a contributor's nationals, counted
    // in a sentence that names a force or its soldiers and no casualty, civilian or
    // displacement, are its contingent's soldiers; after another figure of the sentence, only
    // as parts of soldiers ("23 membres … honorés, dont six Égyptiens" are not).
    let military_context = || {
        sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if matches!(g.forces[i].kind,
                ForceKind::PeaceOperation | ForceKind::MilitaryOperation | ForceKind::RegionalOrg))
        }) || sent
            .all
            .has_any(&[Class::Peacekeeper, Class::Military, Class::Unit])
    };
    if country.is_some_and(|c| g.contributes(&g.countries[c].name))
        && np.len() == 1
        && np[0].1
        && carried.is_none_or(|c| c.previous_sentence || c.category == Category::Troops)
        && !sent
            .all
            .has_any(&[Class::Kill, Class::Wound, Class::Civilian, Class::Displaced])
        && military_context()
    {
        return done(Category::Troops, "soldiers".into(), None);
    }
    // An elided noun or a nationality refers to the previous number of the sentence ("four
    // peacekeepers died and two others were injured"; "the 14 dead include six Bangladeshis").
    // A bare number right after list punctuation continues a breakdown ("lost five
    // soldiers - three on Dec. 28 and two on Jan. 2").
    let after_list = m.first > 0
        && matches!(
            sent.toks[m.first - 1].text(sent.text),
            "-" | "–" | "—" | ":" | ","
        )
        && sent.toks[m.first - 1].space_before;
    // "Violence has displaced more than 350,000 Malians": the host country's people, in a
    // sentence of displacement, are the displaced, not a nationality of the figure before.
    let g = gazetteer();
    let host_people = np.len() <= 1 && country.is_some_and(|c| g.is_host_country(c));
    if host_people
        && sent.all.has(Class::Displaced)
        && !sent.all.has_any(&[Class::Kill, Class::Wound])
    {
        return done(Category::Displaced, "people".into(), None);
    }
    // "it is the Chadians in Kidal and Tessalit, some 1,400 of them, who hold the line": a
    // contributor's people named as a plural noun earlier in the sentence, counted by "of
    // them" with nothing counted before and no casualty, are its soldiers.
    if phrase.elided
        && carried.is_none_or(|c| c.previous_sentence)
        && takes_contingents(fallback_force)
    {
        let at = sent.toks[m.first].start;
        let people = sent.mentions.iter().rev().find_map(|x| match x.entity {
            Entity::Demonym(c)
                if x.end <= at
                    && g.contributes(&g.countries[c].name)
                    && sent.text[x.start..x.end].ends_with('s') =>
            {
                Some(c)
            }
            _ => None,
        });
        if let Some(c) = people.filter(|_| {
            !sent.all.has_any(&[
                Class::Kill,
                Class::Wound,
                Class::Displaced,
                Class::Civilian,
                Class::Toll,
            ])
        }) {
            return Classified {
                country: Some(c),
                ..done(Category::Troops, "soldiers".into(), None)
            };
        }
    }
    let refers_back = phrase.elided
        || country.is_some() && (np.len() <= 1)
        || (np.is_empty() && m.first >= 2 && sent.word(m.first - 1) == "whom")
        || (np.is_empty()
            && (after_list || m.first > 0 && sent.is(m.first - 1, Class::Coordinator)));
    // "et 19 autres sont toujours portés disparus": a fate of its own, before any death or
    // wound, makes the number no casualty and no continuation of the toll before it.
    let own_fate = (m.last + 1..(m.last + 7).min(sent.toks.len()))
        .take_while(|&k| !sent.is(k, Class::Kill) && !sent.is(k, Class::Wound))
        .any(|k| sent.is(k, Class::Fate));
    if own_fate {
        return done(Category::Other, unit, None);
    }
    // "The older hands tell me the mission has buried more than two hundred of its own": the
    // text's mission named before the figure ("the mission", "the Mission") owns it when no
    // force is named in the sentence.
    let owner = owner_kind(sent, m).or_else(|| {
        sent.the_mission_in(0..m.first)
            .then_some(ForceKind::PeaceOperation)
    });
    let g = gazetteer();
    // A unit counts its strength ("a 650-strong contingent"), not when people of it are
    // counted ("25 other members of the Chadian contingent").
    let unit_head = np
        .iter()
        .take_while(|(w, _)| !lex.is(w, Class::People))
        .any(|(w, _)| lex.is(w, Class::Unit))
        && !np.iter().any(|(w, _)| lex.is(w, Class::People));
    let strength_phrase =
        np_has(np, lex, Class::Strength) || unit_head || compound || strength_of(sent, m, lex);
    // "Chad has lost 49 soldiers" counts a contingent; "France has lost 50 soldiers" counts a
    // country's own forces, when `forces.tsv` names them.
    // "12 German soldiers" too, but not "13 French soldiers": France's forces are their own.
    // (Not a nation with forces of its own: "cost nine French lives" are French forces'.)
    let foreign = country.is_some_and(|c| {
        !g.is_host_country(c) && g.national_force(&g.countries[c].name).is_none()
    })
        || (np_has(np, lex, Class::Military)
            && super::subject::country_before(sent, m)
                .or_else(|| super::subject::demonym_in_phrase(sent, m))
                .is_some_and(|(c, _)| g.contributes(&c)))
        // "« Les neuf militaires sont morts », a confié un officier nigérien", after the story's
        // peacekeepers: soldiers of a contributing nation named in the sentence.
        || (np_has(np, lex, Class::Military)
            && recent == Some(Victims::Peacekeepers)
            && sent.mentions.iter().any(|x| g.contributor_mention(x.entity)))
        // "Le Tchad … compte à lui seul plus de 70 morts", "Togo mourns 20 dead": a
        // contributing country's dead, in a text about a peace operation.
        // "Chad … had already lost 51 of its personnel" too.
        || ((np.is_empty()
            || np.iter().all(|(w, _)| lex.is(w, Class::Kill))
            || (phrase.possessive
                && np.iter().all(|(w, _)| {
                    lex.classes(w)
                        .has_any(&[Class::Counted, Class::SoldiersOf, Class::Military])
                })))
            && contributor_subject(sent, m, fallback_force));
    let un_named = sent
        .mentions
        .iter()
        .any(|x| matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::IntlOrg));
    // "including 412 women", "of whom 285 were women": a part of the figure before.
    // Past a qualifier: "dont à peu près 900".
    let lead = {
        let before: Vec<&str> = (m.first.saturating_sub(4)..m.first)
            .map(|k| sent.word(k))
            .collect();
        m.first - lex.qualifier_len(&before)
    };
    let subset = np.len() <= 1
        && (np.iter().all(|(w, _)| lex.is(w, Class::Subset))
            || (lead > 0 && sent.is(lead - 1, Class::Subset)))
        // "dont 829 recrutées sur le plan national": a word the lexicon does not know (a
        // participle) describes the part; a noun it knows says what else is counted.
        && (np.is_empty()
            || np.iter().any(|(w, _)| lex.is(w, Class::Subset))
            || np.iter().all(|(w, _)| lex.classes(w).0 == 0))
        && (before_has(sent, m, Class::Subset, 2 + m.first - lead)
            || before_has(sent, m, Class::RefersBack, 2 + m.first - lead));
    // "42 blue helmets killed, of which ten since January, and 166 wounded", "dont dix
    // depuis janvier": a bare part of the casualty figure just before it counts the same.
    let bare_part = np.is_empty()
        && country.is_none()
        && m.first >= 1
        && (sent.is(m.first - 1, Class::Subset)
            || (m.first >= 2
                && sent.is(m.first - 1, Class::RefersBack)
                && sent.is(m.first - 2, Class::Of)));
    // "Of these, 27 were civilians, 19 were peacekeepers and 57 were members of the Malian
    // forces": the parts of a casualty figure that the copula names count those it names, not
    // the category of the part before them.
    if np.is_empty() && copula_at(sent, m.last + 1) {
        if let Some((c, v)) = carried
            .filter(|c| victims_of(c.category).is_some())
            .and_then(|c| casualty_part(sent, m.last + 2, c.category))
        {
            return done(c, unit_of(Some(v)), Some(v));
        }
    }
    // "Of the 309 deaths recorded, 174 resulted from hostile acts", "Of the roughly 195
    // peacekeepers who have died, about 120 fell to hostile acts": after a sentence's opening
    // partitive, a number with no noun of its own is a part of the casualty figure in it.
    // "Parmi les quinze blessés, six …", "Among the 15 wounded, six …" too.
    let opening_part = (sent.is(0, Class::Of) || sent.is(0, Class::Subset))
        && lead > 0
        && sent.toks[lead - 1].is_punct(sent.text, ",")
        && np.iter().all(|(w, _)| lex.classes(w).0 == 0);
    // "170 peacekeepers had died, 102 of them as a result of malicious acts, and 372 had
    // been wounded": a part of the casualty figure just before it, whatever verb comes later.
    // ("d'entre eux": a word may stand between.)
    let back = (sent.word(m.last + 1) == "of" || sent.is(m.last + 1, Class::Of))
        .then(|| {
            (m.last + 2..(m.last + 4).min(sent.toks.len()))
                .take_while(|&k| !sent.toks[k].is_num())
                .find(|&k| sent.is(k, Class::RefersBack))
        })
        .flatten();
    let of_them = back.is_some();
    // Unless the part has a fate of its own: "28 were hurt, and one of them died".
    let after_back = back.map_or(m.last + 3, |b| b + 1);
    let fate = |c: Class| {
        (after_back..sent.toks.len())
            .take_while(|&k| !sent.toks[k].is_num())
            .any(|k| sent.is(k, c))
    };
    // (Or before it: "le décès de l'un d'entre eux".)
    let fate_before = |c: Class| {
        (lead.saturating_sub(4)..lead)
            .rev()
            .take_while(|&k| sent.toks[k].is_word())
            .any(|k| sent.is(k, c))
    };
    let fate = |c: Class| fate(c) || fate_before(c);
    let own_fate = fate(Class::Kill) || fate(Class::Wound);
    // (The same fate as the whole's is none of its own: "more than 1,900 civilians were
    // killed … Nearly 700 of them died in army operations".)
    let other_fate = |c: &Carried| match c.category {
        Category::PeacekeepersWounded => fate(Class::Kill),
        _ => fate(Class::Wound),
    };
    // "MINUSMA has lost 240 peacekeepers. Chad … has buried 63 of those dead": a demonstrative
    // reaches back to the sentence before; so does "of them" opening a sentence.
    let of_those = back.is_some_and(|b| sent.is(b, Class::Det));
    // (Not where a copula names the part: "Around 900 of them were civilians".)
    let opens_on_it = lead == 0 && of_them && !copula_at(sent, after_back);
    // "Of the nearly 13,000 uniformed personnel MINUSMA had in June, fewer than 2,000
    // remained": a bare part after an opening partitive of a strength counts what it counts.
    if let Some(c) = carried.filter(|c| {
        opening_part
            && np.is_empty()
            && !c.previous_sentence
            && is_strength(c.category)
            && c.value > m.value
            && !own_fate
            // (Not a part the copula names: "about 1,700 are police".)
            && !copula_at(sent, m.last + 1)
    }) {
        return done(c.category, "personnel".into(), None);
    }
    if let Some(c) = carried.filter(|c| {
        (bare_part || opening_part || (of_them && (!own_fate || opens_on_it && !other_fate(c))))
            && (!c.previous_sentence || of_those && !own_fate || opens_on_it && !other_fate(c))
            && victims_of(c.category).is_some()
    }) {
        return done(c.category, "personnel".into(), c.victims);
    }
    // "wounded 15 peacekeepers, including twelve of our soldiers", "a blessé 15 Casques bleus,
    // dont douze de nos soldats": a part of the casualty figure just before it whose noun only
    // says who they are counts the same, unless a fate of its own follows.
    let named_part = (lead > 0
        && (sent.is(lead - 1, Class::Subset)
            || (lead > 1
                && sent.is(lead - 1, Class::RefersBack)
                && sent.is(lead - 2, Class::Subset))))
        && !np.is_empty()
        && np.iter().all(|(w, _)| {
            lex.classes(w).has_any(&[
                Class::Military,
                Class::Peacekeeper,
                Class::Police,
                Class::SoldiersOf,
            ])
        })
        && !(m.last + 1..sent.toks.len())
            .take_while(|&k| !sent.toks[k].is_num())
            .any(|k| sent.classes[k].has_any(&[Class::Kill, Class::Wound]));
    if let Some(c) =
        carried.filter(|c| named_part && !c.previous_sentence && victims_of(c.category).is_some())
    {
        return done(c.category, unit.clone(), c.victims);
    }
    // "seven soldiers were wounded, three of them seriously": a part said to be badly or
    // lightly hurt is wounded, whatever verb comes later in the sentence.
    let hurt_part = (subset || of_them)
        && (m.last + 1..(m.last + 5).min(sent.toks.len()))
            .take_while(|&k| !sent.toks[k].is_punct(sent.text, ","))
            .any(|k| sent.is(k, Class::Degree));
    // "By Monday the figure had climbed to 10", "community leaders put the figure closer to
    // 170": a figure with no noun of its own, after a word that refers back to the text's
    // last casualty count, is a toll of the dead.
    // "At present some 450 Dutch military personnel serve in MINUSMA. From 1 January that
    // number will come down to about 290": a bare figure after a word that refers back, with a
    // strength just before it, is that strength again.
    // (Not one whose "of" names what it counts: "The count of injured has risen to 25".)
    let figure_word = (m.first.saturating_sub(6).max(bounds.0)..m.first).any(|k| {
        sent.is(k, Class::Figure)
            && !(sent.is(k + 1, Class::Of)
                && sent
                    .classes
                    .get(k + 2)
                    .is_some_and(|c| c.has_any(&[Class::Kill, Class::Wound, Class::Displaced])))
    });
    // Not a number with its own casualty word ("counts more than 70 dead").
    let own_casualty_word = (m.last + 1..(m.last + 3).min(sent.toks.len()))
        .any(|k| sent.classes[k].has_any(&[Class::Kill, Class::Wound]));
    if let Some(c) = carried.filter(|c| {
        np.is_empty()
            && figure_word
            && !own_casualty_word
            && matches!(
                c.category,
                Category::Troops | Category::Police | Category::UniformedPersonnel
            )
    }) {
        return done(c.category, "personnel".into(), None);
    }
    // "After the coup the junta brought in the Wagner Group. Western estimates put their number
    // at between 1,000 and 1,500", "the usual estimate is a thousand to fifteen hundred men":
    // an estimate with no noun of its own but men, in a sentence of no casualty, counts the
    // force with soldiers named before it or in the sentence before.
    let men_only = np.is_empty()
        || np.len() == 1
            && lex
                .classes(&np[0].0)
                .has_any(&[Class::People, Class::SoldiersOf])
            && !lex.is(&np[0].0, Class::Civilian);
    // (Not a figure that refers back to a count of casualties or of displaced people: "put
    // the figure closer to 170".)
    // (Wide enough for a range's second end: "put their number at between 1,000 and 1,500".)
    let estimate_word = (m.first.saturating_sub(10).max(bounds.0)..m.first)
        .any(|k| sent.is(k, Class::Figure) && !sent.is(k + 1, Class::Of));
    if estimate_word
        && men_only
        && m.value >= 100.0
        && prev.is_none_or(|p| {
            !p.all
                .has_any(&[Class::Kill, Class::Wound, Class::Displaced])
        })
        && carried.is_none_or(|c| is_strength(c.category))
        && !own_casualty_word
        && !sent
            .all
            .has_any(&[Class::Kill, Class::Wound, Class::Displaced, Class::Civilian])
        && (force_before(sent, m, soldiers_only)
            || !sent
                .mentions
                .iter()
                .any(|x| matches!(x.entity, Entity::Force(_)))
                && prev.is_some_and(|p| {
                    p.mentions.iter().any(
                        |x| matches!(x.entity, Entity::Force(i) if soldiers_only(g.forces[i].kind)),
                    )
                }))
    {
        return done(Category::Troops, "troops".into(), None);
    }
    // "Internally displaced people numbered fewer than 40,000 in early 2018; today they are
    // more than 375,000": a bare figure after a pronoun and a copula counts what the figure
    // before did.
    // (From the sentence before only when this one names no one: "The wounded, they are 17"
    // after a toll of the dead is no toll.)
    // (Past "still": "ils sont encore 3 200 environ", "they are still 3,200".)
    let p = sent.past_qualifiers(m.first);
    let p = if p >= 3 && sent.is(p - 1, Class::Still) && sent.is(p - 2, Class::Copula) {
        p - 1
    } else {
        p
    };
    // "On the 19th there were 2,000" too.
    let said_again = p >= 2
        && sent.is(p - 1, Class::Copula)
        && (sent.is(p - 2, Class::Pronoun) || sent.is(p - 2, Class::Existential));
    let names_whom = (0..p).any(|k| {
        sent.classes[k].has_any(&[
            Class::Kill,
            Class::Wound,
            Class::Displaced,
            Class::Military,
            Class::Police,
            Class::Civilian,
            Class::Peacekeeper,
        ])
    });
    if let Some(c) = carried.filter(|c| {
        np.is_empty()
            && said_again
            && c.category != Category::Other
            && !(c.previous_sentence && names_whom)
    }) {
        let unit = if c.category == Category::Displaced {
            "people".into()
        } else {
            unit_of(c.victims)
        };
        return done(c.category, unit, c.victims);
    }
    // "grew from roughly 6,100 at its launch to some 15,000 in 2020": the second end of a
    // change counts what its first end counted, whatever casualty the next clause names.
    // (Words between the ends: "de 1 440 à 1 920" is a range, read as one.)
    let change_end = np.is_empty()
        && p >= 2
        && (sent.toks[p - 2].is_word() || crate::dates::in_a_date(&sent.toks[p - 2], &sent.dates))
        && (sent.word(p - 1) == "to" || lex.french && sent.word(p - 1) == "a")
        && (p.saturating_sub(12)..p - 1).any(|k| {
            matches!(sent.word(k), "from" | "de")
                && (k + 1..(k + 5).min(p)).any(|j| sent.toks[j].is_num())
        });
    if let Some(c) =
        carried.filter(|c| change_end && !c.previous_sentence && is_strength(c.category))
    {
        return done(c.category, unit_of(c.victims), c.victims);
    }
    let figure_back = np.is_empty() && recent.is_some() && figure_word;
    // The figure referred back to comes before casualty words later in the sentence: "The
    // figure rose to seven after one of the wounded died" counts the dead.
    let casualty = hurt_part
        .then_some(false)
        .or_else(|| (figure_back && !own_casualty_word).then_some(true))
        .or_else(|| casualty(sent, m, lex, bounds))
        .or_else(|| coordinated_casualty(sent, m, carried))
        .or_else(|| colon_breakdown(sent, m, carried))
        .or_else(|| figure_back.then_some(true));
    if let Some(killed) = casualty.filter(|_| !strength_phrase) {
        let pk_owner = owner == Some(ForceKind::PeaceOperation)
            || (owner.is_none() && un_named)
            || (owner.is_none()
                && prev.is_none_or(|p| !p.any(Class::Military))
                && sent.any(Class::Peacekeeper));
        let civilians_said = sent.any(Class::Civilian);
        let prev_force = prev
            .and_then(super::subject::last_force)
            .map(|i| gazetteer().forces[i].kind);
        // A force whose people can be soldiers: not an armed group.
        let army_like = |k: ForceKind| k.has_personnel() && k != ForceKind::ArmedGroup;
        // "Of these, 71 were killed by government forces": the whole's people, whatever
        // else the sentence names.
        let partitive = before_has(sent, m, Class::RefersBack, 2 + m.first - lead);
        // The phrase is only casualty words: "five dead", "neuf blessés graves".
        let casualty_nouns = !np.is_empty()
            && np.iter().all(|(w, _)| {
                lex.classes(w)
                    .has_any(&[Class::Kill, Class::Wound, Class::Degree])
            });
        // "Of these, at least 320 deaths are attributed to state forces": a part that is only
        // casualty words is the whole's victims too.
        let subset_of = carried
            .and_then(|c| if partitive { c.part_of } else { c.victims })
            .filter(|_| subset || (partitive && casualty_nouns));
        // "Soldiers … executed an estimated 300 of them": an army that kills is not who dies.
        // Only a number whose noun is elided or refers back: "killed 203 \"terrorists\"" and
        // "203 members of terrorist groups" are fighters.
        let quoted_noun = sent
            .toks
            .get(m.last + 1)
            .is_some_and(|t| matches!(t.text(sent.text), "\"" | "“" | "«" | "'"));
        let people_of_group = np_has(np, lex, Class::People)
            && !of_group_names(sent, m, &[Class::People, Class::Civilian])
            && (m.last + 1..(m.last + 4).min(sent.toks.len()))
                .any(|k| sent.word(k) == "of" || sent.is(k, Class::Of));
        let army_kills = (np.is_empty() || np_has(np, lex, Class::People) || phrase.elided)
            && !people_of_group
            && !quoted_noun
            && !np_has(np, lex, Class::Military)
            && army_is_agent(sent, m, bounds);
        // "The assailants have lost a dozen men", « les jihadistes ont perdu une vingtaine
        // d'hommes »: attackers' own losses are fighters, no count of the chart's.
        if losers_are_hostile(sent, m, bounds) && !np_has(np, lex, Class::Peacekeeper) {
            return done(Category::Other, unit, None);
        }
        // "côté ami : 16 morts", "on the friendly side, 4 dead": the army's own soldiers.
        // Or a list item under "On the friendly side:".
        // "Losses (as of 31 December 2023): 311 dead": a label heading the line.
        let label = sent.is(0, Class::Losses)
            && sent
                .toks
                .get(1)
                .is_some_and(|t| t.is_punct(sent.text, ":") || t.is_punct(sent.text, "("));
        let own_side = label
            || (m.first.saturating_sub(5)..m.first).any(|k| sent.is(k, Class::OwnSide))
            || prev.is_some_and(|p| {
                p.text.trim_end().ends_with(':')
                    && p.toks.len() <= 8
                    && p.any(Class::OwnSide)
                    && !(0..m.first).any(|k| sent.toks[k].is_word())
            });
        let victims = if let Some(v) = subset_of {
            // "Twelve peacekeepers, including two women, were wounded".
            v
        } else if own_side && !np_has(np, lex, Class::Civilian) {
            // A label's losses are those of the force the text is about.
            let about = owner
                .or(prev_force)
                .or(fallback_force.map(|i| gazetteer().forces[i].kind));
            if label && about == Some(ForceKind::PeaceOperation) {
                Victims::Peacekeepers
            } else {
                Victims::Military
            }
        } else if army_kills {
            Victims::Civilians
        } else if np_has(np, lex, Class::Peacekeeper)
            || (foreign
                && !civilians_said
                // "38 Chadian soldiers of AFISMA": a force of their own, named in their phrase.
                && !(force_in_phrase(sent, m) && owner != Some(ForceKind::PeaceOperation)))
        {
            // Foreign nationals killed in Mali ("five Chadians", "four Ivorians") are, in
            // this genre, peacekeepers unless the sentence says civilians.
            Victims::Peacekeepers
        } else if np_has(np, lex, Class::Civilian) && !np_has(np, lex, Class::Military) {
            Victims::Civilians
        } else if force_in_phrase(sent, m) && !np_has(np, lex, Class::Civilian) {
            // "84 Wagner fighters had died": the force named in the phrase.
            if owner == Some(ForceKind::PeaceOperation) {
                Victims::Peacekeepers
            } else {
                Victims::Military
            }
        } else if np_has(np, lex, Class::People) && national_force_in_phrase(sent, m) {
            // "one member of the Malian defence and security forces".
            Victims::Military
        } else if np_has(np, lex, Class::People) && {
            // "the Force", "la Force", as UN reports write the mission's military
            // component: a capitalised unit word of no force's name.
            let g = gazetteer();
            let the_force = (m.last + 1..(m.last + 6).min(sent.toks.len())).any(|k| {
                (sent.is(k, Class::GenericMission) || sent.is(k, Class::Unit))
                    && sent.toks[k].text(sent.text).starts_with(char::is_uppercase)
                    && !sent
                        .mentions
                        .iter()
                        .any(|x| x.start <= sent.toks[k].start && x.end >= sent.toks[k].end)
            });
            // ("other mission members, civilians among them": not only its soldiers.)
            (np_has(np, lex, Class::GenericMission) || the_force)
                && !civilians_said
                && match fallback_force {
                    Some(i) => g.forces[i].kind == ForceKind::PeaceOperation,
                    // (With no mission in view, only the capitalised word.)
                    None => the_force,
                }
        } {
            // "four members of the Force were killed", "quatre membres de la Mission": in a
            // text about a peace operation, its own people.
            Victims::Peacekeepers
        } else if np_has(np, lex, Class::Military)
            || np_has(np, lex, Class::Police)
            || np_has(np, lex, Class::Contingent)
            || np_has(np, lex, Class::Rank)
            || (np_has(np, lex, Class::SoldiersOf)
                && !civilians_said
                // A force with personnel, not an armed group, before it or, for the wounded,
                // in the sentence before ("The three injured men have been airlifted").
                // Or the speaker's own ("Nous avons perdu quatre hommes", "we lost four men").
                && (force_before(sent, m, army_like)
                    || (!killed && prev_force.is_some_and(army_like))
                    || (0..m.first).any(|k| sent.is(k, Class::FirstPerson))
                    // "three of ours", "trois des nôtres".
                    || np_has(np, lex, Class::FirstPerson)))
        {
            // "Côté français, sept militaires ont été blessés", "on the French side": a
            // nation's own forces, whatever mission the text is about.
            let national_side = (0..sent.toks.len()).any(|k| {
                sent.is(k, Class::Side)
                    && sent.mentions.iter().any(|x| {
                        matches!(x.entity, Entity::Demonym(c)
                            if g.national_force(&g.countries[c].name).is_some())
                            && (sent.tok_at(x.start) == k + 1 || sent.tok_at(x.end) == k)
                    })
            });
            // "France lost 58 soldiers in Mali": a country with forces of its own as the
            // clause's subject lost its soldiers, not the mission's.
            let national_subject = super::subject::country_before(sent, m)
                .is_some_and(|(c, _)| g.national_force(&c).is_some());
            // ("un caporal burkinabè a perdu la vie", in a text about a peace operation: a
            // contributing country's soldier is its peacekeeper.)
            let contributor_soldier = owner.is_none()
                && takes_contingents(fallback_force)
                && super::subject::demonym_in_phrase(sent, m)
                    .is_some_and(|(c, _)| g.contributes(&c));
            // "Chad's contingent, which lost 14 soldiers", "its battalions … lost over 60
            // soldiers": a contingent or a unit losing them, with no force named, in a text
            // about a peace operation.
            // (A contributor's or a pronoun's own: "Chad's contingent", "its battalions", "le
            // contingent tchadien"; not the national army's battalion.)
            let owned = |k: usize| {
                let before = k.checked_sub(1);
                before.is_some_and(|b| {
                    sent.is(b, Class::Pronoun) && sent.is(b, Class::Det)
                        || contributor_possessive(sent, b).is_some()
                }) || sent.mentions.iter().any(|x| {
                    matches!(x.entity, Entity::Demonym(c)
                        if !g.is_host_country(c) && g.contributes(&g.countries[c].name))
                        && (sent.tok_at(x.start) == k + 1 || sent.tok_at(x.end) == k)
                })
            };
            // "The Malian battalion at Boulkessi lost 38 soldiers": the host country's unit,
            // or its soldiers, before the figure are its army's.
            let host_unit = sent.mentions.iter().any(|x| {
                matches!(x.entity, Entity::Demonym(c) if g.is_host_country(c))
                    && x.end <= sent.toks[m.first].start
                    && sent.tok_at(x.start) >= bounds.0
                    && sent.classes.get(sent.tok_at(x.end)).is_some_and(|c| {
                        c.has_any(&[Class::Contingent, Class::Unit, Class::Military])
                    })
            });
            let contingent_lost = owner.is_none()
                && takes_contingents(fallback_force)
                && (bounds.0..m.first).any(|k| sent.is(k, Class::Contingent) && owned(k));
            if (pk_owner
                || (owner.is_none() && prev_force == Some(ForceKind::PeaceOperation))
                || contributor_soldier
                || contingent_lost)
                && !national_side
                && !national_subject
                && !host_unit
            {
                Victims::Peacekeepers
            } else {
                Victims::Military
            }
        } else if let Some(v) = (phrase.possessive
            && np
                .iter()
                .all(|(w, _)| lex.classes(w).has_any(&[Class::Counted, Class::SoldiersOf])))
        // "its" of the sentence before: "In ten years, 311 of its personnel died".
        .then(|| {
            match owner.or(prev_force) {
                // "La mission a perdu 311 des siens": the sentence's force's own people.
                Some(ForceKind::PeaceOperation) => Some(Victims::Peacekeepers),
                // "By the time it closed, 310 of its personnel had died": no force named, in a
                // text about a peace operation.
                None if sent.any(Class::GenericMission)
                    || prev.is_some_and(|p| p.any(Class::GenericMission))
                    || fallback_force
                        .is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation) =>
                {
                    Some(Victims::Peacekeepers)
                }
                Some(k) if army_like(k) => Some(Victims::Military),
                _ => None,
            }
        })
        .flatten()
        {
            v
        } else if (casualty_nouns || np.is_empty()) && topic_mission_toll(sent, m) {
            // "Pour la MINUSMA, le bilan … s'établit à 303 morts" after a paragraph on French
            // losses: the peace operation the sentence is about owns its toll.
            Victims::Peacekeepers
        } else if let Some(v) = carried.and_then(|c| c.victims).filter(|_| {
            np.is_empty()
                || refers_back
                || np_has(np, lex, Class::Toll)
                // "A security source spoke of five dead": the dead of the sentence before.
                // "nine seriously wounded", "neuf blessés graves": its wounded.
                || casualty_nouns
        }) {
            v
        } else if np.is_empty()
            || refers_back
            || np_has(np, lex, Class::People)
            || np_has(np, lex, Class::Toll)
            || np_word(np, "personnel")
            || casualty_nouns
            // "309 femmes et hommes", "309 men and women": the sentence says whose.
            || np.iter().all(|(w, _)| lex.is(w, Class::Counted))
            // "350 hommes exécutés, en majorité des civils": men the sentence says are
            // civilians.
            || (civilians_said && np.iter().all(|(w, _)| lex.is(w, Class::SoldiersOf)))
        {
            // "French forces of Operation Barkhane recorded 33 deaths …, a third of MINUSMA's
            // size": an army or operation named before the number, and no peace operation nor
            // peacekeeper, is whose dead they are, whatever the rest of the sentence names.
            let army = |k: ForceKind| {
                matches!(k, ForceKind::NationalForces | ForceKind::MilitaryOperation)
            };
            let army_subject = casualty_nouns
                && force_before(sent, m, army)
                && !force_before(sent, m, |k| k == ForceKind::PeaceOperation)
                && !(0..m.first).any(|k| sent.is(k, Class::Peacekeeper));
            if let Some(v) = victims_among(sent, m) {
                v
            } else if np_word(np, "personnel") && pk_owner {
                Victims::Peacekeepers
            } else if army_subject {
                Victims::Military
            } else {
                victims_from_context(
                    sent,
                    prev,
                    fallback_force,
                    np_has(np, lex, Class::People) && !phrase.possessive,
                    recent,
                )
            }
        } else {
            // "two high-ranking officers … killed"? A noun we cannot place: not a casualty count.
            return done(Category::Other, unit, None);
        };
        if unit.is_empty()
            || refers_back
            || np.iter().all(|(w, _)| lex.is(w, Class::Kill))
            || country.is_some()
        {
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
    // A bare number after a personnel figure continues it: "rose to 38,172, from 36,690",
    // "Sweden provides 140, Estonia some 95".
    let bare_personnel = np.len() == 1 && np[0].0 == "personnel";
    // "… 150 civilians were killed, and the number of displaced people rose to 38,172": a
    // "number of" between them says the bare number counts something new.
    let aggregate_between = (bounds.0..m.first).any(|k| sent.is(k, Class::Aggregate));
    // A list of strengths joined by "and" continues too, larger or not: "9,300 in 2014, 11,000
    // in 2015 and 12,500 in 2016" (no part of the figure before, as "and two others" is).
    let listed_strength = !phrase.elided
        && country.is_none()
        && carried.is_some_and(|c| is_strength(c.category))
        // (Not a pair of ceilings after a pair of strengths, each its own: "12,388 military
        // personnel and 1,739 police officers, against authorized ceilings of 13,289 and
        // 1,920".)
        && !sent.all.has_any(&[Class::Kill, Class::Wound, Class::Ceiling, Class::Respectively]);
    // "12,947 uniformed personnel, of whom 11,300 were soldiers": a part the copula names.
    // (Past an article: "environ 1 700 sont des policiers".)
    let part_noun = m.last + 2 + usize::from(sent.is(m.last + 2, Class::Article));
    let copula_part = (np.is_empty() && copula_at(sent, m.last + 1))
        .then(|| uniformed_part(sent, part_noun))
        .flatten();
    // (Not a figure the copula after it names: "Of the 13,000 peacekeepers, about 1,700 are
    // police".)
    let copula_names = copula_part.is_some();
    if (np.is_empty() || bare_personnel)
        && (!refers_back || listed_strength)
        && !copula_names
        && !aggregate_between
        && measure_free_context(sent, m)
        && continues_previous(sent, m)
    {
        // After a verb of strength ("a force that numbers perhaps 20,000") only a strength
        // continues: the casualties counted before are not its category.
        let strength_verb = {
            let k = sent.past_qualifiers(m.first);
            k > 0 && sent.is(k - 1, Class::Deploy)
        };

        // ("Germany had about 1,100 in Gao. Sweden around 220.": a verbless sentence of a
        // country and a figure continues the sentence before.)
        let verbless = verbless_item(sent, m);
        if let Some(c) = carried.filter(|c| {
            c.category != Category::Other
                && (!c.previous_sentence || verbless && is_strength(c.category))
                && (!strength_verb || is_strength(c.category))
        }) {
            let unit = if bare_personnel {
                unit
            } else {
                "people".into()
            };
            return done(c.category, unit, c.victims);
        }
    }
    // The part's whole is the figure just before it: after a number of its own sentence that
    // counts nothing charted ("33 éléments … retrouvés vivants, dont huit …"), the previous
    // sentence's figure is not it.
    let own_whole_before = (0..m.first).any(|k| sent.toks[k].is_num());
    let named_part = copula_part
        // "2,069 uniformed personnel, 1,730 of them soldiers and 339 police": the noun after
        // "of them".
        .or_else(|| {
            // ("12,000 of them were soldiers": past a copula.)
            let k = m.last + 3 + usize::from(copula_at(sent, m.last + 3));
            (sent.word(m.last + 1) == "of" && sent.is(m.last + 2, Class::RefersBack))
                .then(|| uniformed_part(sent, k))
                .flatten()
        });
    // "Of the 13,000 peacekeepers, about 1,700 are police": after an opening partitive too.
    // Or in a list: "About 12,000 of them were soldiers and nearly 2,000 were police officers".
    if let Some(c) =
        named_part.filter(|_| refers_back || subset || opening_part || continues_previous(sent, m))
    {
        return done(c, "personnel".into(), None);
    }
    // "Elle en compte aujourd'hui quelque 12 400": what the figure before counted, larger or
    // smaller.
    // (The pronoun stands for the last personnel noun before it in the sentence, counted or
    // not: "a rapatrié plusieurs centaines d'hommes ; elle en compte encore 4 800".)
    if let Some(plain_verb) = after_quantity_clitic(sent, m).filter(|_| np.is_empty()) {
        // (A casualty's noun is left to the casualty rules: "139 de ces décès ; le Tchad en
        // compte à lui seul 54".)
        let own = (0..m.first)
            .rev()
            .find_map(|k| counts(&sent.classes[k..=k], &sent.words[k..=k]));
        if matches!(own, Some(Counts::Killed | Counts::Wounded)) {
            return done(Category::Other, unit, None);
        }
        let own = match own {
            Some(Counts::Category(c)) => Some(c),
            _ => None,
        };
        let people_before =
            (0..m.first).any(|k| sent.classes[k].has_any(&[Class::People, Class::SoldiersOf]));
        let before = carried
            .filter(|c| c.category != Category::Other && !people_before)
            .map(|c| c.category);
        // After a verb of no strength, "en" stands for what the last figure counted: "231
        // personnels … dont 135 du fait d'actes malveillants. Les contingents africains en
        // supportent l'essentiel : le Tchad en déplore 56."
        let category = if plain_verb {
            before.or(own)
        } else {
            own.or(before)
        };
        if let Some(c) = category.or(people_before.then_some(Category::Troops)) {
            return done(c, "personnel".into(), carried.and_then(|c| c.victims));
        }
    }
    if refers_back || subset {
        // "its troops, some 400 of whom are deployed in Gao": a personnel noun of its own
        // sentence is what "whom" refers to, not the sentence before.
        let own_antecedent = (0..m.first).any(|k| {
            sent.classes[k].has_any(&[
                Class::Military,
                Class::Police,
                Class::Peacekeeper,
                Class::Civilian,
                Class::Displaced,
            ])
        });
        if let Some(c) = carried.filter(|c| {
            c.category != Category::Other
                && c.value > m.value
                && !(c.previous_sentence && (own_whole_before || own_antecedent))
        }) {
            if unit.is_empty() || country.is_some() || refers_back {
                unit = match c.category {
                    Category::CiviliansKilled | Category::Displaced => "people",
                    _ => "personnel",
                }
                .into();
            }
            return done(c.category, unit, c.victims);
        }
    }
    // "About 1,400 serve in formed police units", "1,759 were on the ground" (after "up to
    // 1,920 police"): a bare number that serves is a strength.
    if np.is_empty() {
        if let Some(c) = serving(sent, m, carried, fallback_force) {
            return done(c, "personnel".into(), None);
        }
    }
    // "The blue helmets of MINUSMA, they are more than thirteen thousand": a bare figure the
    // copula gives to a group of personnel named before it is that group's strength.
    if np.is_empty() && !sent.all.has_any(&[Class::Kill, Class::Wound]) {
        // (From a range's first end: "ils seraient entre 1 000 et 1 500".)
        let first = range_start(sent, m);
        let mut k = sent.past_qualifiers(first);
        // Past the range's opening word: "between", "entre".
        if first != m.first && k > 0 && sent.is(k - 1, Class::Range) {
            k = sent.past_qualifiers(k - 1);
        }
        if k > 0 && copula_at(sent, k - 1) {
            if let Some(c) = group_counts(sent, 0..k - 1) {
                return done(c, "personnel".into(), None);
            }
            // "The Germans at Camp Castor were about 1,100": a contributing people as the
            // subject, in a text about a peace or multinational operation.
            if people_of_contributor(sent, 0..k - 1, fallback_force) {
                return done(Category::Troops, "personnel".into(), None);
            }
            // "Le bataillon togolais tient Douentza. Ils sont 933": a plural pronoun alone
            // before the copula is the group the sentence before named.
            let pronoun_only = k == 2 && sent.is(0, Class::PluralPronoun);
            if let Some(c) = prev
                .filter(|_| pronoun_only)
                .and_then(|p| group_counts(p, 0..p.toks.len()))
            {
                return done(c, "personnel".into(), None);
            }
        }
        // "MINUSMA soldiers deployed in Gao in 2020 numbered about 1,400": a verb of strength
        // whose subject, the clause before it, names a force's personnel.
        if k > 1 && sent.is(k - 1, Class::Deploy) {
            let clause = clause_start(sent, k - 1);
            let force = sent.mentions.iter().any(|x| {
                matches!(x.entity, Entity::Force(_))
                    && (clause..k - 1).contains(&sent.tok_at(x.start))
            });
            if let Some(c) = group_counts(sent, clause..k - 1).filter(|_| force) {
                return done(c, "personnel".into(), None);
            }
        }
    }
    // "The Chadian battalion has 1,400 soldiers. About 600 are in Aguelhok, a little under
    // 500 in Tessalit": a bare figure that the copula places, after a strength, is a part of
    // it where it stands.
    if np.is_empty()
        && copula_at(sent, m.last + 1)
        && !sent.all.has_any(&[Class::Kill, Class::Wound])
    {
        let place_after = sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Place(_)) && {
                let k = sent.tok_at(x.start);
                k > m.last + 1 && k <= m.last + 4
            }
        });
        if let Some(c) = carried.filter(|c| {
            place_after
                && c.value > m.value
                && matches!(
                    c.category,
                    Category::Troops | Category::Police | Category::UniformedPersonnel
                )
        }) {
            return done(c.category, "personnel".into(), None);
        }
    }
    // "environ 4 500 hommes sont déployés sur le sol malien", "4,500 men were deployed": men
    // who serve are soldiers.
    if !np.is_empty()
        && np.iter().all(|(w, _)| lex.is(w, Class::SoldiersOf))
        && !sent
            .all
            .has_any(&[Class::Kill, Class::Wound, Class::Civilian])
        && serves_after_phrase(sent, m, np)
    {
        return done(Category::Troops, unit, None);
    }
    // "207 Sri Lankans are serving with the UN mission": a contributor's nationals who serve
    // are its soldiers.
    let nationals = (!np.is_empty() && np.len() <= 2 && np.iter().all(|(_, cap)| *cap))
        .then(|| {
            let joined: Vec<&str> = np.iter().map(|(w, _)| w.as_str()).collect();
            country.or_else(|| g.country_by_word(&joined.join(" ")))
        })
        .flatten();
    if let Some(c) = nationals {
        if serves_after_phrase(sent, m, np) && g.contributes(&g.countries[c].name) {
            return Classified {
                country: Some(c),
                ..done(Category::Troops, unit, None)
            };
        }
    }
    // "Of the police, 212 were women": a count of the group the sentence opens on.
    if np.is_empty() || np.iter().all(|(w, _)| lex.is(w, Class::Subset)) {
        if let Some(c) = opening_partitive(sent, lead) {
            return done(c, "personnel".into(), None);
        }
    }
    // The head noun decides ("two military coups" counts coups, not soldiers).
    // The head is the last word, past a country adjective after it, as French places them
    // ("réfugiés maliens", "casques bleus tchadiens").
    // French puts the noun first and its complements after ("officiers d'état-major"): there
    // the first personnel noun is the head.
    let french_head = || {
        np.iter().map(|(w, _)| w.as_str()).find(|w| {
            lex.classes(w).has_any(&[
                Class::Military,
                Class::Police,
                Class::Peacekeeper,
                Class::Rank,
                Class::Staff,
                Class::SoldiersOf,
            ])
        })
    };
    let head =
        lex.french
            .then(french_head)
            .flatten()
            .or_else(|| {
                np.iter().rev().map(|(w, _)| w.as_str()).find(|w| {
                    !lex.french || np.len() == 1 || gazetteer().country_by_word(w).is_none()
                })
            })
            .or(np.last().map(|(w, _)| w.as_str()))
            .unwrap_or("");
    // "1,718 of the 1,920 authorized personnel": a whole named only as personnel counts what
    // its part counts (the part's category came from the words before it).
    let whole_of_part = m.first >= 3
        && sent.word(m.first - 2) == "of"
        && is(lex, sent.word(m.first - 1), Class::Det)
        && sent.toks[m.first - 3].is_num();
    // "…, or 83 per cent of the authorized 1 440", "against an authorized 1,920": a ceiling
    // for the figure before it.
    let ceiling =
        (m.first.saturating_sub(4).max(bounds.0)..m.first).any(|k| sent.is(k, Class::Ceiling));
    // "sur les 1 920 autorisés", "out of the 1,920 authorized": the ceiling word as the head.
    let ceiling_head = np.len() == 1 && is(lex, head, Class::Ceiling);
    if (whole_of_part || ceiling || ceiling_head)
        && (np.is_empty() || ceiling_head || matches!(head, "personnel" | "positions"))
    {
        if let Some(c) = carried.filter(|c| {
            !c.previous_sentence
                && matches!(
                    c.category,
                    Category::Troops | Category::Police | Category::CivilianStaff
                )
        }) {
            return done(c.category, unit, c.victims);
        }
    }
    let hc = lex.classes(head);
    // "The 850 Nigerien peacekeepers include 46 women", "the Ghanaian contingent, which
    // includes 31 women", "one of 41 women in the unit": women (a noun of a part, class
    // `subset`, and of civilians) counted with a force's strength or unit and no casualty are
    // its personnel, not civilians.
    if np.len() == 1
        && hc.has(Class::Subset)
        && hc.has(Class::Civilian)
        && !sent
            .all
            .has_any(&[Class::Kill, Class::Wound, Class::Displaced])
    {
        let strength_before = carried
            .filter(|c| !c.previous_sentence && is_strength(c.category))
            .map(|c| c.category);
        let unit_named = [
            Class::Contingent,
            Class::Unit,
            Class::Military,
            Class::Peacekeeper,
        ]
        .iter()
        .any(|c| before_has(sent, m, *c, 10))
            || (m.last + 2..(m.last + 6).min(sent.toks.len()))
                .any(|k| sent.classes[k].has_any(&[Class::Contingent, Class::Unit]));
        // ("234 femmes sur un effectif de 1 726 policiers": police named around them.)
        let around = |c: Class| {
            before_has(sent, m, c, 10)
                || (m.last + 2..(m.last + 8).min(sent.toks.len())).any(|k| sent.is(k, c))
        };
        let police_around = around(Class::Police) && !around(Class::Military);
        let named = unit_named.then_some(if police_around {
            Category::Police
        } else {
            Category::Troops
        });
        if let Some(c) = strength_before.or(named) {
            return done(c, unit, None);
        }
    }
    let joint = np_word(np, "and")
        && np_has(np, lex, Class::Police)
        && (np_has(np, lex, Class::Military) || np_has(np, lex, Class::Peacekeeper));
    // "plus de 10 000 militaires, gendarmes et policiers sénégalais": a list of personnel
    // nouns after the number, with commas and a last "and", that names both soldiers and
    // police.
    let listed_joint = !np.is_empty() && hc.has(Class::Military) && {
        let start = m.last + 1 + np.len();
        let personnel = |k: usize| {
            sent.classes[k].has_any(&[Class::Military, Class::Police, Class::Peacekeeper])
        };
        let mut k = start;
        let mut police = false;
        let mut closed = false;
        while k + 1 < sent.toks.len().min(start + 12) {
            let sep = sent.toks[k].is_punct(sent.text, ",") || sent.is(k, Class::Coordinator);
            if !sep || !personnel(k + 1) {
                break;
            }
            police |= sent.is(k + 1, Class::Police);
            closed = sent.is(k, Class::Coordinator);
            k += 2;
            // An item of two words: "police officers", "staff officers".
            if sent.toks.get(k).is_some_and(|t| t.is_word())
                && sent.classes[k].has_any(&[Class::Rank, Class::Counted])
            {
                k += 1;
            }
            if closed {
                break;
            }
        }
        police && closed && k > start + 2
    };
    let strong = np_has(np, lex, Class::Strength) || compound;
    // Soldiers and police together: "uniformed personnel", "uniformed peacekeepers", and a
    // compound both a modifier and a staff word ("personnels en uniforme").
    let uniformed = (np_word(np, "uniformed")
        && (matches!(head, "personnel" | "staff")
            || hc.has(Class::Peacekeeper)
            // "uniformed women and men"; "uniformed members of MINUSMA" (the head past "of").
            || np_has(np, lex, Class::SoldiersOf)
            // "~7k uniformed have already left": the adjective as a noun.
            || np.len() == 1))
        || (hc.has(Class::Modifier) && hc.has(Class::Staff))
        // "9.000 men in uniform", "1 500 men and women in uniform".
        || ((hc.has(Class::People)
            || hc.has(Class::SoldiersOf)
            || hc.has(Class::Civilian)
            || hc.has(Class::Staff)
            // "13 000 personnel in uniform".
            || head == "personnel")
            && (m.last + 2..sent.toks.len().min(m.last + 7))
                .any(|k| in_uniform(sent, k) && !(m.last + 1..k).any(|j| sent.toks[j].is_num())));
    // People counted as the size of a component or strength named before them, which a
    // police or military word says the kind of.
    let of_component =
        (np.is_empty() || hc.has(Class::People) || hc.has(Class::Counted) || head == "personnel")
            && (before_has(sent, m, Class::Staff, 10) || before_has(sent, m, Class::Unit, 12));
    // "members" of a group the phrase names ("membres des contingents", "contingent members"):
    // the group says who they are.
    let people_of =
        hc.has(Class::People) || np.first().is_some_and(|(w, _)| lex.is(w, Class::People));
    // "Germany has about 1,000 personnel with the UN mission": a contributing country's
    // personnel in a peace operation are its contingent: soldiers, or soldiers and police
    // when the sentence speaks of police or of uniformed personnel ("Togo deploys some 930
    // personnel, including a formed police unit").
    // "900 British personnel have served in Gao" too.
    // ("In Gao the Germans have roughly 850 people" too.)
    let contingent_personnel = (head == "personnel" || head == "people" && sent.any(Class::Deploy))
        && ((np.len() == 1 && contributor_subject(sent, m, fallback_force))
            || (np.len() == 2
                && fallback_force.is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation)
                && super::subject::demonym_in_phrase(sent, m)
                    .is_some_and(|(c, _)| g.contributes(&c))));
    let mixed = contingent_personnel
        && (0..sent.toks.len()).any(|k| sent.is(k, Class::Police) || sent.word(k) == "uniformed");
    // "the 15,000-strong force of soldiers and police": the strength's "of" phrase names both.
    let strong_of_both = compound && {
        let after: Vec<usize> = (m.last + 1..(m.last + 10).min(sent.toks.len()))
            .take_while(|&k| sent.toks[k].is_word() || sent.toks[k].is_punct(sent.text, "-"))
            .collect();
        let of = after.iter().position(|&k| sent.is(k, Class::Of));
        // (Or its adjectives: "the 14,000-strong UN military and police mission".)
        let tail = match of {
            Some(o) => &after[o + 1..],
            None => &after[..],
        };
        tail.iter().any(|&k| sent.is(k, Class::Police))
            && tail
                .iter()
                .any(|&k| sent.is(k, Class::Military) || sent.is(k, Class::Peacekeeper))
    };
    let category = if joint || listed_joint || uniformed || mixed || strong_of_both {
        Category::UniformedPersonnel
    } else if hc.has(Class::Police)
        // "une unité de police constituée de 140 éléments".
        || (hc.has(Class::SoldiersOf) && before_has(sent, m, Class::Police, 5))
        // (Not "military personnel" after a police figure.)
        || (matches!(head, "officers" | "personnel")
            && (np_word(np, "police")
                || before_has(sent, m, Class::Police, 9) && !np_has(np, lex, Class::Military)))
        || (strong && (np_has(np, lex, Class::Police) || before_has(sent, m, Class::Police, 6)))
        // "the 140-member Formed Police Unit": the unit after a compound whose word is a
        // noun of its own ("member", "man"), which ends the noun phrase.
        || (compound && unit_after_compound(sent, m, Class::Police))
        // "140 police peacekeepers".
        || (hc.has(Class::Peacekeeper) && np_has(np, lex, Class::Police))
        // "1.700 police forces", "two police units": a unit or force of police.
        || (np.len() == 2
            && lex.is(&np[0].0, Class::Police)
            && hc.has_any(&[Class::Unit, Class::Military]))
        // "298 membres de la police", "members of formed police units".
        || (people_of && np_has(np, lex, Class::Police))
        // "1,267 personnel in formed police units".
        // "1 020 éléments des unités de police constituées" too.
        || (matches!(head, "personnel" | "personnels") && police_unit_after(sent, m))
        || (lex.is(sent.word(m.last + 1), Class::SoldiersOf)
            && matches!(sent.word(m.last + 2), "des" | "de" | "du" | "of" | "in")
            && (m.last + 3..(m.last + 6).min(sent.toks.len())).any(|k| sent.is(k, Class::Police)))
    {
        Category::Police
    } else if (hc.has(Class::Staff) && head != "component" && !np_has(np, lex, Class::Military))
        // "936 national staff members".
        || (hc.has(Class::People) && np_has(np, lex, Class::Staff) && !np_has(np, lex, Class::Military))
        || (np_word(np, "civilian") && head == "personnel")
        // "personnel civil": the noun before its adjective, as French puts them.
        || (np_has(np, lex, Class::Civilian) && np_has(np, lex, Class::Staff))
        || ((np.is_empty() || hc.has(Class::People))
            && before_has(sent, m, Class::Staff, 4)
            && before_has(sent, m, Class::Civilian, 5))
        // "13,000 troops and 1,900 police, as well as nearly 1,800 civilians": civilians
        // counted after a strength, in a sentence that counts no casualty, are the force's
        // civilian staff.
        || (hc.has(Class::Civilian)
            && np.len() == 1
            && carried.is_some_and(|c| {
                !c.previous_sentence
                    && matches!(
                        c.category,
                        Category::Troops | Category::Police | Category::UniformedPersonnel
                    )
            })
            && !sent.all.has_any(&[Class::Kill, Class::Wound, Class::Displaced]))
        // "La mission emploie également près de 1 800 civils", "S'y ajoutaient environ 1 180
        // civils" after the mission's strength: civilians counted with a peace operation
        // named, or after its strength in the sentence before, and no casualty, displacement
        // or fate in the sentence.
        || (hc.has(Class::MissionCivilian)
            && np.len() == 1
            && (is_peace_op_mentioned(sent)
                || sent.any(Class::GenericMission)
                || carried.is_some_and(|c| {
                    matches!(
                        c.category,
                        Category::Troops | Category::Police | Category::UniformedPersonnel
                    )
                }))
            && !sent.all.has_any(&[
                Class::Kill,
                Class::Wound,
                Class::Displaced,
                Class::Fate,
                Class::Toll,
            ]))
    {
        Category::CivilianStaff
    } else if hc.has(Class::Rank)
        && !hc.has(Class::Military)
        && !sent.any(Class::Military)
        && (of_group_names(sent, m, &[Class::Police])
            || carried.is_some_and(|c| c.category == Category::Police && !c.previous_sentence))
    {
        // "140 officers of the Nigeria Formed Police Unit", "1,718 officers were in post"
        // after the police strength: officers of a police sentence are police officers.
        Category::Police
    } else if hc.has(Class::Military)
        || (hc.has(Class::Rank) && rank_strength(sent, m, np))
        || (matches!(head, "personnel" | "members")
            && (np_word(np, "military") || np_word(np, "service")))
        // "301 UK Armed Forces personnel", "33 Defence Forces personnel".
        || (head == "personnel" && np.len() >= 2 && np_has(np, lex, Class::Military))
        // "11,902 contingent members", "11 902 membres des contingents".
        || (people_of
            && (np_has(np, lex, Class::Contingent)
                || np_has(np, lex, Class::Military)
                || np_has(np, lex, Class::Unit)))
        // "environ 1 000 membres du groupe Wagner": members of an army, an operation or a
        // private military company (a peace operation's members may be civilian staff).
        || (people_of
            && force_after(sent, m, |k| {
                matches!(
                    k,
                    ForceKind::NationalForces
                        | ForceKind::MilitaryOperation
                        | ForceKind::PrivateMilitary
                )
            }))

        || hc.has(Class::Peacekeeper) && !hc.has(Class::Unit)
        || strong
        || (head == "personnel"
            && (np_has(np, lex, Class::Contingent)
                || np_has(np, lex, Class::Unit)
                || [Class::Contingent, Class::Unit]
                    .iter()
                    .any(|c| before_has(sent, m, *c, 6))))
        || contingent_personnel
        // "one hundred and forty-four of us packed into a chartered aircraft": the speakers,
        // counted outside a casualty.
        || (np.is_empty()
            && sent.is(m.last + 1, Class::Of)
            && sent.is(m.last + 2, Class::FirstPerson)
            && !sent.all.has_any(&[Class::Kill, Class::Wound, Class::Displaced, Class::Civilian]))
        // "the camp held about 250 Swedes", "roughly 300 Chadians garrisoned Aguelhok": a
        // contributing country's people, more than a handful, in a sentence of no casualty,
        // displacement or civilians, are its contingent.
        || (np.len() == 1
            && m.value >= 10.0
            && country.is_some_and(|c| g.contributes(&g.countries[c].name))
            // (Beside soldiers, a unit, a camp, a verb of deployment or service, or a place of
            // the gazetteer: "Some 2,000 Senegalese gathered in the capital" is a crowd.)
            && (sent.all.has_any(&[
                Class::Military,
                Class::Peacekeeper,
                Class::Unit,
                Class::Contingent,
                Class::Deploy,
                Class::Serves,
                Class::Camp,
            ])
                || sent
                    .mentions
                    .iter()
                    .any(|x| matches!(x.entity, Entity::Place(_))))
            && !sent.all.has_any(&[
                Class::Kill,
                Class::Wound,
                Class::Displaced,
                Class::Civilian,
                Class::Fate,
            ]))
        || ((head == "men" || (hc.has(Class::SoldiersOf) && !hc.has(Class::People)))
            && (fallback_is_military(sent)
                // "Des sources évaluent leur nombre à 1 500 hommes", "They are thought to be
                // about 1,000 men": a pronoun for the force the sentence before names.
                || ((0..m.first).any(|k| sent.is(k, Class::Pronoun))
                    && prev.is_some_and(fallback_is_military))
                // "the 250 men and women of the rotation", "les 650 hommes du contingent".
                || of_group_names(sent, m, &[Class::Unit, Class::Contingent, Class::Military])
                // "Nous étions 850 hommes", "we held the post with 120 men": the speakers
                // counting themselves.
                || first_person_count(sent, m)
                // "…, à savoir : Nigeria, 1 200 hommes ; Togo, 540": an item of a list of
                // contributing countries.
                || contributor_item(sent, m)
                || [
                    Class::Military,
                    Class::Unit,
                    Class::Contingent,
                    Class::Strength,
                    Class::Deploy,
                ]
                .iter()
                .any(|c| before_has(sent, m, *c, 8))))
        // "Barkhane had about 4,500 people across the whole Sahel": people an army or an
        // operation named before has, deploys or fields.
        || (hc.has(Class::People)
            && np.len() == 1
            && {
                let k = sent.past_qualifiers(m.first);
                k > 0 && sent.is(k - 1, Class::Deploy)
            }
            && force_before(sent, m, soldiers_only)
            && !sent.all.has_any(&[Class::Kill, Class::Wound, Class::Displaced, Class::Civilian]))
        || (matches!(
            head,
            "personnel" | "personnels" | "fighters" | "operatives" | "contractors" | "combattants"
        ) && (force_in_phrase(sent, m)
            // An army, an operation, a private military company or a regional force ("EUTM
            // Mali has around 1,000 personnel"): a peace operation's "personnel" may be
            // civilian staff too.
            || force_before(sent, m, soldiers_only)
            // … or named after it in its clause: "about 100 RAF personnel have flown in
            // support of Operation Barkhane".
            || force_after_in_clause(sent, m, bounds.1, soldiers_only)
            // "It peaked at roughly 800 personnel" in a paragraph about such a force.
            || (matches!(head, "personnel" | "personnels")
                && np.len() == 1
                && fallback_force.is_some_and(|i| soldiers_only(g.forces[i].kind)))
            // "186 personnel of the Egyptian Combat Convoy Battalion": a military unit's.
            || (matches!(head, "personnel" | "personnels")
                && np.len() == 1
                && sent.is(m.last + 2, Class::Of)
                && (m.last + 3..bounds.1.min(m.last + 10))
                    .take_while(|&k| sent.toks[k].is_word())
                    .any(|k| sent.classes[k].has_any(&[Class::Unit, Class::Military]))
                // (Nor police in the group: "1 812 personnels des Forces armées togolaises et
                // de la Police nationale".)
                && !(m.last + 1..bounds.1.min(m.last + 14))
                    .take_while(|&k| !sent.toks[k].is_num())
                    .any(|k| {
                        sent.classes[k].has_any(&[Class::Police, Class::Staff, Class::Civilian])
                    }))))
    {
        Category::Troops
    } else if hc.has(Class::Displaced) && head != "homes"
        || np_word(np, "displaced")
        || (hc.has(Class::People) && sent.any(Class::Displaced))
        // "Plus de 1 000 habitants … ont fui": people who fled, where nobody was killed.
        // (A killing in an opening phrase is another event: "Après le massacre, environ 1 000
        // habitants ont fui".)
        // ("Clashes have displaced 20,000 civilians": the verb before them too.)
        || (hc.has(Class::Civilian)
            && !(clause_start(sent, m.first)..bounds.1).any(|k| sent.is(k, Class::Kill))
            && ((m.last + 1..bounds.1.min(m.last + 14)).any(|k| sent.is(k, Class::Displaced))
                || (m.first.saturating_sub(4).max(bounds.0)..m.first)
                    .any(|k| sent.is(k, Class::Displaced))))
        || (head == "families" && sent.any(Class::Displaced))
    {
        Category::Displaced
    } else if (np.is_empty() || np.iter().all(|(w, _)| lex.classes(w).0 == 0))
        && (m.last + 1..bounds.1.min(m.last + 6)).any(|k| sent.is(k, Class::Displaced))
        && !np_has(np, lex, Class::Staff)
    {
        // "a further 200,000 live as refugees": the predicate says who they are.
        unit = "people".into();
        Category::Displaced
    } else if np.is_empty() && before_has(sent, m, Class::Displaced, 10) {
        unit = "people".into();
        Category::Displaced
    } else if of_component
        && (m.first.saturating_sub(10)..m.first).any(|k| {
            // ("la composante en uniforme compte 12 500 personnes": the phrase as adjective.)
            (sent.is(k, Class::Modifier) || in_uniform(sent, k))
                && !sent.classes[k].has_any(&[Class::Military, Class::Police, Class::Civilian])
                && !(k..m.first).any(|j| sent.toks[j].is_punct(sent.text, ","))
        })
        && !before_has(sent, m, Class::Kill, 10)
    {
        // "the uniformed component hovered between 13,000 and 15,000 people": a personnel
        // adjective of no one kind names both soldiers and police.
        Category::UniformedPersonnel
    } else if of_component && before_has(sent, m, Class::Police, 6) {
        // "the police component had 1,715 officers", "la composante Police comptait 1 715
        // agents".
        Category::Police
    } else if of_component
        && before_has(sent, m, Class::Civilian, 8)
        && !before_has(sent, m, Class::Kill, 8)
    {
        // "L'effectif civil se composait de 1 180 personnes".
        Category::CivilianStaff
    } else if of_component && before_has(sent, m, Class::Military, 10) {
        // "l'effectif militaire de la MINUSMA s'élevait à 12 388 personnes".
        Category::Troops
    } else if of_component
        && np.len() == 1
        && before_has(sent, m, Class::Unit, 12)
        && !before_has(sent, m, Class::Kill, 10)
        && !before_has(sent, m, Class::Wound, 10)
    {
        // "The 9th Chinese peacekeeping force has 413 members", "the Egyptian contingent,
        // of approximately 1 070 elements": a formation's members are its soldiers.
        Category::Troops
    } else if head == "personnel"
        && np.len() == 1
        && (before_has(sent, m, Class::Military, 10)
            || before_has(sent, m, Class::Unit, 10)
            || (m.last + 1..(m.last + 9).min(sent.toks.len())).any(|k| sent.is(k, Class::Military)))
        && !sent.all.has_any(&[
            Class::Police,
            Class::Civilian,
            Class::Staff,
            Class::Kill,
            Class::Wound,
        ])
    {
        // "three Chinooks and their crews, around 100 personnel in all", "around 300 personnel
        // drawn from the Light Dragoons": bare personnel that soldiers' words stand beside,
        // with no police, civilian or casualty in the sentence, are soldiers.
        Category::Troops
    } else if np.is_empty() && (strength_of(sent, m, lex) || military_just_before(sent, m))
        || force_bracket(sent, m, np, lex)
        || force_deploys(sent, m, np, lex, fallback_force)
        || contributor_owns(sent, m, np, lex, fallback_force)
    {
        unit = "troops".into();
        Category::Troops
    } else {
        Category::Other
    };
    // "la Défense compte 74 militaires au sein de la MINUSMA : cinq au quartier général, neuf
    // spécialistes du renseignement et 60 au sein du bataillon": an item of a list after a
    // colon that breaks a strength down counts what the strength counts, whatever trade its
    // noun names.
    if category == Category::Other {
        if let Some(c) = carried.filter(|c| !c.previous_sentence && is_strength(c.category)) {
            if strength_list_item(sent, m, np, lex) {
                return done(c.category, unit, None);
            }
        }
    }
    done(category, unit, None)
}

/// A sentence that is only a country, qualifiers and a bare figure, and perhaps a place
/// after it: "Sweden around 220.", "Estonia some 95 in Ménaka."
fn verbless_item(sent: &Sentence, m: &NumberMention) -> bool {
    let k = sent.past_qualifiers(m.first);
    let country = super::subject::country_and_width_at(sent, 0).is_some_and(|(_, w)| w == k);
    let tail = m.last + 1..sent.toks.len();
    country
        && tail.len() <= 5
        && !tail.clone().any(|j| sent.toks[j].is_num())
        && sent.classes[tail].iter().all(|c| {
            !c.has_any(&[
                Class::Kill,
                Class::Wound,
                Class::Deploy,
                Class::Military,
                Class::Police,
            ])
        })
}

/// Whether a number with a noun that counts nothing else stands in a list opened by a colon
/// (past the list's earlier items only).
fn strength_list_item(
    sent: &Sentence,
    m: &NumberMention,
    np: &[(String, bool)],
    lex: &Lexicon,
) -> bool {
    if np.is_empty()
        || np_counts_something(np, lex) && !np_has(np, lex, Class::People)
        || np_has(np, lex, Class::Unit)
    {
        return false;
    }
    if sent
        .all
        .has_any(&[Class::Kill, Class::Wound, Class::Displaced])
    {
        return false;
    }
    let mut k = m.first;
    while k > 0 && m.first - k <= 14 {
        k -= 1;
        let t = sent.toks[k];
        if t.is_punct(sent.text, ":") {
            // A colon right after a strength: a count of personnel before it within a few
            // words ("compte 74 militaires au sein de la MINUSMA :").
            return (k.saturating_sub(8)..k).any(|j| {
                sent.toks[j].is_num()
                    && (j + 1..(j + 3).min(k)).any(|i| {
                        sent.classes[i].has_any(&[
                            Class::Military,
                            Class::Police,
                            Class::Peacekeeper,
                            Class::Staff,
                            Class::People,
                        ])
                    })
            });
        }
        if !(t.is_num() || t.is_word() || t.is_punct(sent.text, ",")) {
            return false;
        }
    }
    false
}

/// Whether a number's phrase names what it counts, or that it counts a thing or a time.
fn np_counts_something(np: &[(String, bool)], lex: &Lexicon) -> bool {
    np.iter().any(|(w, _)| {
        lex.classes(w).has_any(&[
            Class::People,
            Class::Military,
            Class::Police,
            Class::Civilian,
            Class::Staff,
            Class::Counted,
            Class::Displaced,
            Class::Duration,
            Class::NotClaim,
            Class::NotPeople,
            Class::Kill,
            Class::Wound,
        ])
    })
}

/// "MINUSMA had just over 11,700", "Barkhane had ~5,100 across the Sahel", "Barkhane peaked at
/// about 5,100": a bare figure right after a verb of strength whose subject, named just before
/// it, is a force with soldiers; or, in a text about a peace operation, a contributing country
/// ("Germany had about 1,100 in Gao", "the British sent 300").
fn force_deploys(
    sent: &Sentence,
    m: &NumberMention,
    np: &[(String, bool)],
    lex: &Lexicon,
    fallback_force: Option<usize>,
) -> bool {
    // (Past a sign of approximation too: "~5,100".)
    let mut k = sent.past_qualifiers(m.first);
    while k > 0 && matches!(sent.toks[k - 1].text(sent.text), "~" | "≈" | "c.") {
        k = sent.past_qualifiers(k - 1);
    }
    // (And past the first end of a range: "Barkhane had between 4,500 and 5,100".)
    if k >= 2
        && sent.is(k - 1, Class::Range)
        && (sent.toks[k - 2].is_num() || lex.is_number_word(sent.word(k - 2)))
    {
        let mut j = k - 2;
        while j > 0 && (sent.toks[j - 1].is_num() || lex.is_number_word(sent.word(j - 1))) {
            j -= 1;
        }
        k = sent.past_qualifiers(j);
        if k > 0 && sent.is(k - 1, Class::Range) {
            k -= 1;
        }
    }
    // (And past the preposition of a level: "peaked at", "stood at", "a culminé à".)
    if k > 1 && matches!(sent.word(k - 1), "at" | "a" | "à") && sent.is(k - 2, Class::Deploy) {
        k -= 1;
    }
    if k == 0 || !sent.is(k - 1, Class::Deploy) || m.value < 100.0 || np_counts_something(np, lex) {
        return false;
    }
    let verb = sent.toks[k - 1].start;
    let g = gazetteer();
    // (Or a multinational operation: "Takuba now numbers about 600. Sweden has sent 150".)
    let about_mission = takes_contingents(fallback_force);
    // The country right before the verb (or an auxiliary: "Germany has sent"), named by its
    // name or by "the" and its people ("the British").
    let aux = usize::from(k >= 3 && sent.is(k - 2, Class::Deploy));
    let before = k - 1 - aux;
    let contributor = about_mission
        && before > 0
        && ((1..=2).any(|w| {
            before >= w
                && super::subject::country_and_width_at(sent, before - w)
                    .is_some_and(|(c, n)| n == w && g.contributes(&g.countries[c].name))
        }) || sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Demonym(c) if !g.is_host_country(c))
                && sent.tok_at(x.end) == before
                && sent.tok_at(x.start) > 0
                && sent.is(sent.tok_at(x.start) - 1, Class::Article)
        }));
    // "When the first rotation deployed to Gao it numbered about 300": a pronoun whose
    // antecedent, a unit, the sentence named before it.
    let unit_pronoun = before > 0
        && sent.is(before - 1, Class::Pronoun)
        && !sent.is(before - 1, Class::Det)
        && !sent.is(before - 1, Class::PluralPronoun)
        && (0..before - 1).any(|j| sent.is(j, Class::Unit) && sent.is(j, Class::Contingent));
    // "The third rotation, which is in Gao now, numbers 284": a unit as the verb's subject,
    // past a relative aside between commas.
    let unit_subject = before > 0 && {
        let mut j = before - 1;
        if sent.toks[j].is_punct(sent.text, ",") {
            if let Some(open) = (0..j)
                .rev()
                .find(|&i| sent.toks[i].is_punct(sent.text, ","))
            {
                if sent.is(open + 1, Class::Relative) && open > 0 {
                    j = open - 1;
                }
            }
        }
        sent.is(j, Class::Unit) && sent.is(j, Class::Contingent)
    };
    contributor
        || unit_pronoun
        || unit_subject
        || sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if soldiers_only(g.forces[i].kind)
            && g.forces[i].kind != ForceKind::NationalForces
            || g.forces[i].kind == ForceKind::PeaceOperation)
            && x.end <= verb
            && sent.tok_at(verb) - sent.tok_at(x.end) <= 2
            // (Not "la MINUSMA en comptait 262": "en" stands for what the figure counts.)
            && !(sent.tok_at(x.end)..sent.tok_at(verb)).any(|j| {
                sent.classes[j].has_any(&[Class::RefersBack, Class::Pronoun, Class::QuantityClitic])
            })
        })
}

/// Whether the text's force is one that nations send contingents to: a peace operation or a
/// multinational operation.
fn takes_contingents(force: Option<usize>) -> bool {
    let g = gazetteer();
    force.is_some_and(|i| {
        g.forces[i].kind == ForceKind::PeaceOperation || super::subject::multinational_operation(i)
    })
}

/// Whether the words in `range` open on a contributing country's people as a noun ("the
/// Germans", "les Tchadiens"), in a text about a peace or multinational operation.
fn people_of_contributor(
    sent: &Sentence,
    range: std::ops::Range<usize>,
    fallback_force: Option<usize>,
) -> bool {
    let g = gazetteer();
    takes_contingents(fallback_force)
        && sent.mentions.iter().any(|x| {
            let at = sent.tok_at(x.start);
            matches!(x.entity, Entity::Demonym(c) if g.contributes(&g.countries[c].name))
                && range.contains(&at)
                && at > 0
                && sent.is(at - 1, Class::Article)
        })
}

/// "Elle en compte aujourd'hui quelque 12 400", "Barkhane n'en aligne plus que 2 500": a bare
/// figure after a verb of strength whose object is a pronoun of quantity counts what the
/// figure before it counted (past a few adverbs between the verb and the figure).
fn after_quantity_clitic(sent: &Sentence, m: &NumberMention) -> Option<bool> {
    let k = sent.past_qualifiers(m.first);
    // "Le Niger en accueille plus de 60 000", "la région de Mopti en concentre près de
    // 135 000": the clitic right before a verb in lower case right before the figure, whatever
    // the verb.
    let plain_verb = k >= 2
        && sent.is(k - 2, Class::QuantityClitic)
        && sent.toks[k - 1].is_word()
        && sent.toks[k - 1]
            .text(sent.text)
            .starts_with(|c: char| c.is_lowercase())
        && crate::dates::month_of(sent.word(k - 1)).is_none()
        // (A casualty's verb is the casualty rules', a plan's is no count: "le Tchad en
        // déplore 56", "il en faudrait 40 000".)
        && !sent.classes[k - 1].has_any(&[Class::Kill, Class::Wound, Class::Future]);
    if plain_verb {
        return Some(true);
    }
    let verb = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| sent.toks[j].is_word() || sent.toks[j].is_punct(sent.text, "'"))
        .find(|&j| sent.is(j, Class::Deploy))?;
    (verb.saturating_sub(3)..verb)
        .rev()
        .take_while(|&j| !sent.toks[j].is_num() && !sent.is(j, Class::Deploy))
        .any(|j| sent.is(j, Class::QuantityClitic))
        .then_some(false)
}

/// The contributing country whose possessive is token `k`: "Sweden's", "Burkina Faso's" (its
/// name in one word or two, the second at `k`). Folded words write the apostrophe straight.
fn contributor_possessive(sent: &Sentence, k: usize) -> Option<usize> {
    let g = gazetteer();
    let bare = sent.word(k).strip_suffix("'s")?;
    g.country_by_word(bare)
        .or_else(|| {
            (k > 0)
                .then(|| g.country_by_word(&format!("{} {bare}", sent.word(k - 1))))
                .flatten()
        })
        .filter(|&c| g.contributes(&g.countries[c].name))
}

/// "Britain had already pulled its 300 out", "the departure of its 1,100": a bare figure
/// right after a possessive whose owner, the country the clause opens on, contributes to the
/// text's peace operation, in a sentence of no casualty, is its contingent.
fn contributor_owns(
    sent: &Sentence,
    m: &NumberMention,
    np: &[(String, bool)],
    lex: &Lexicon,
    fallback_force: Option<usize>,
) -> bool {
    let k = sent.past_qualifiers(m.first);
    let possessive = k > 0
        && sent.is(k - 1, Class::Det)
        && sent.is(k - 1, Class::Pronoun)
        && !sent.is(k - 1, Class::Article)
        && !sent.is(k - 1, Class::PluralPronoun)
        && !sent.is(k - 1, Class::FirstPerson);
    let g = gazetteer();
    // "Sweden's 220 are packing", "Burkina Faso's 1,700": the country's own possessive.
    let country_possessive = k > 0 && contributor_possessive(sent, k - 1).is_some();
    (possessive || country_possessive)
        && m.value >= 10.0
        && !np_counts_something(np, lex)
        && !sent
            .all
            .has_any(&[Class::Kill, Class::Wound, Class::Displaced])
        && fallback_force.is_some_and(|i| g.forces[i].kind == ForceKind::PeaceOperation)
        && (country_possessive
            || super::subject::country_and_width_at(sent, 0)
                .is_some_and(|(c, _)| g.contributes(&g.countries[c].name)))
}

/// "Barkhane (5,100 at its peak)", "le G5 Sahel (5 000 sur le papier)": a bare figure opening
/// brackets right after the name of a force with soldiers is its strength.
fn force_bracket(sent: &Sentence, m: &NumberMention, np: &[(String, bool)], lex: &Lexicon) -> bool {
    let k = sent.past_qualifiers(m.first);
    if k == 0 || !sent.toks[k - 1].is_punct(sent.text, "(") {
        return false;
    }
    let counts_something = np_counts_something(np, lex);
    // (Not a note "(2)", a sum of money "(1,26 milliard)", nor a toll's figure: "perdu 53
    // gars depuis Serval (58 sur tout le Sahel)".)
    let plausible = (100.0..100_000.0).contains(&m.value)
        && !(0..m.first).any(|j| sent.is(j, Class::Kill) || sent.is(j, Class::Wound));
    let open = sent.toks[k - 1].start;
    let g = gazetteer();
    plausible
        && !counts_something
        && sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if soldiers_only(g.forces[i].kind)
                || g.forces[i].kind == ForceKind::PeaceOperation)
                && x.end <= open
                && sent.text[x.end..open].trim().is_empty()
        })
}

/// Whether a word of class `c` names the unit after a number's compound: "the 140-member
/// Formed Police Unit", "a 150-man police company".
fn unit_after_compound(sent: &Sentence, m: &NumberMention, c: Class) -> bool {
    (m.last + 3..(m.last + 7).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word() && !sent.is(k, Class::NpStop))
        .any(|k| sent.is(k, c))
}

/// Whether the people a number counts serve in police units named right after them
/// ("1,267 personnel in formed police units", "personnels des unités de police"): a police
/// word after "in" or "of", before any other number or "and".
fn police_unit_after(sent: &Sentence, m: &NumberMention) -> bool {
    let end = (m.last + 8).min(sent.toks.len());
    let mut linked = false;
    for k in m.last + 1..end {
        let w = sent.word(k);
        if sent.toks[k].is_num() || sent.is(k, Class::Coordinator) {
            return false;
        }
        if matches!(w, "in" | "of" | "within" | "de" | "des" | "du" | "dans") {
            linked = true;
        } else if linked && sent.is(k, Class::Police) {
            return true;
        }
    }
    false
}

/// The casualty verb right before the number, past qualifier words and an article ("had lost
/// over 80 men", "executed an estimated 300").
fn verb_before(sent: &Sentence, m: &NumberMention, bounds: (usize, usize)) -> Option<usize> {
    let lex = sent.lex;
    // (Qualifier phrases of several words first: "lost more than 60".)
    let mut k = sent.past_qualifiers(m.first).max(bounds.0);
    while k > bounds.0 && k > 0 {
        let w = sent.word(k - 1);
        // (An opening quote too: lost "a dozen" men.)
        let quote = matches!(sent.toks[k - 1].text(sent.text), "\"" | "“" | "«");
        if lex.qualifier_before(&[w]).is_some()
            || sent.is(k - 1, Class::Article)
            || w == "an"
            || quote
        {
            k -= 1;
        } else {
            break;
        }
    }
    k.checked_sub(1).filter(|&v| sent.is(v, Class::Kill))
}

/// Whether the number is what attackers lost: a verb of losing right before it, and a
/// hostile noun its subject earlier in the clause ("The assailants have lost a dozen men").
fn losers_are_hostile(sent: &Sentence, m: &NumberMention, bounds: (usize, usize)) -> bool {
    let Some(verb) = verb_before(sent, m, bounds).filter(|&v| sent.is(v, Class::LifeVerb)) else {
        return false;
    };
    // Back to the clause's start, or to another figure or casualty verb: in "neutralized 700
    // terrorists while losing 96 of their own" the terrorists are the object before.
    (bounds.0..verb)
        .rev()
        .take_while(|&j| {
            !matches!(
                sent.toks[j].text(sent.text),
                ";" | ":" | "." | "," | "by" | "par"
            ) && !sent.toks[j].is_num()
                && !sent.is(j, Class::Kill)
        })
        // (Not a count of them: "700 terrorists" is what was neutralized.)
        .any(|j| sent.is(j, Class::Hostile) && !(j > 0 && sent.toks[j - 1].is_num()))
}

/// Whether the number is the object of a killing verb whose subject is soldiers: "Malian
/// soldiers and armed foreigners … executed an estimated 300 of them".
fn army_is_agent(sent: &Sentence, m: &NumberMention, bounds: (usize, usize)) -> bool {
    let Some(verb) = verb_before(sent, m, bounds) else {
        return false;
    };
    // "The Malian army had lost over 80 men": an army that loses people is who dies.
    if sent.is(verb, Class::Toll) || sent.is(verb, Class::LifeVerb) {
        return false;
    }
    // Its subject: a soldiers' noun earlier in the clause, with no passive "by" between.
    (bounds.0..verb)
        .rev()
        .take_while(|&j| !matches!(sent.toks[j].text(sent.text), ";" | ":" | "." | "by" | "par"))
        .any(|j| sent.is(j, Class::Military))
}

/// Whether word `k` is a copula that names what the number before it is ("19 were peacekeepers").
fn copula_at(sent: &Sentence, k: usize) -> bool {
    sent.is(k, Class::Copula)
}

/// The casualty category of the group named from word `k` on ("civilians", "peacekeepers",
/// "members of the Malian defence forces"), counted as `whole` counts (killed or wounded).
fn casualty_part(sent: &Sentence, k: usize, whole: Category) -> Option<(Category, Victims)> {
    // The group's noun within a few words ("members of the Malian defence and security
    // forces"), before any casualty word or agent ("were killed by soldiers").
    let end = (k + 8).min(sent.toks.len());
    let at = (k..end)
        .take_while(|&i| {
            sent.toks[i].is_word()
                && !sent.classes[i].has_any(&[Class::Kill, Class::Wound])
                && !matches!(sent.word(i), "by" | "par")
        })
        .find(|&i| {
            sent.classes[i].has_any(&[Class::Peacekeeper, Class::Civilian, Class::Military])
        })?;
    let victims = if sent.is(at, Class::Peacekeeper) {
        Victims::Peacekeepers
    } else if sent.is(at, Class::Civilian) {
        Victims::Civilians
    } else if sent.is(at, Class::Military) {
        Victims::Military
    } else {
        return None;
    };
    let wounded = whole == Category::PeacekeepersWounded;
    let c = match (victims, wounded) {
        (Victims::Peacekeepers, false) => Category::PeacekeepersKilled,
        (Victims::Peacekeepers, true) => Category::PeacekeepersWounded,
        (Victims::Civilians, false) => Category::CiviliansKilled,
        (Victims::Military, false) => Category::MilitaryKilled,
        _ => Category::Other,
    };
    Some((c, victims))
}

/// An item of a list of contributing countries with their figures: the country (or several
/// joined, "Burkina Faso, Niger et Sénégal") and a comma right before the number, the item
/// opened by a colon, a semicolon or the sentence's start ("… : Nigeria, 1,200 men; Togo,
/// 540").
fn contributor_item(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let k = sent.past_qualifiers(m.first);
    if k < 2 || !sent.toks[k - 1].is_punct(sent.text, ",") {
        return false;
    }
    let Some((c, at)) = super::subject::country_named_before(sent, k - 1) else {
        return false;
    };
    if !g.contributes(&g.countries[c].name) || at + 4 < k - 1 {
        return false;
    }
    let opens =
        |j: usize| sent.toks[j].is_punct(sent.text, ":") || sent.toks[j].is_punct(sent.text, ";");
    // Back to the item's opening, past more countries' names, commas and "and".
    let mut j = at;
    while j > 0 {
        j -= 1;
        let t = sent.toks[j];
        if opens(j) {
            return true;
        }
        let name = t.is_word() && t.text(sent.text).starts_with(char::is_uppercase)
            || sent.is(j, Class::Coordinator)
            || t.is_punct(sent.text, ",")
            || t.is_punct(sent.text, "-");
        if !name || at - j > 8 {
            return false;
        }
    }
    true
}

/// "in uniform", "en uniforme": the noun at `k` after its preposition.
fn in_uniform(sent: &Sentence, k: usize) -> bool {
    k > 0
        && matches!(sent.word(k), "uniform" | "uniforme")
        && matches!(sent.word(k - 1), "in" | "en")
}

/// The uniformed kind a noun at `k` names: soldiers or police (a part of uniformed
/// personnel).
fn uniformed_part(sent: &Sentence, k: usize) -> Option<Category> {
    if k >= sent.toks.len() || !sent.toks[k].is_word() {
        return None;
    }
    // "military and police personnel", "policiers et militaires": both.
    let both = |a: Class, b: Class| {
        sent.is(k, a) && sent.is(k + 1, Class::Coordinator) && sent.is(k + 2, b)
    };
    if both(Class::Military, Class::Police) || both(Class::Police, Class::Military) {
        Some(Category::UniformedPersonnel)
    } else if sent.is(k, Class::Police) {
        Some(Category::Police)
    } else if sent.is(k, Class::Military) {
        Some(Category::Troops)
    } else {
        None
    }
}

/// Whether the group the number's people are "of" ("the 250 men and women of the Swedish
/// rotation") has a word of one of these classes.
fn of_group_names(sent: &Sentence, m: &NumberMention, classes: &[Class]) -> bool {
    let end = (m.last + 6).min(sent.toks.len());
    let Some(of) = (m.last + 1..end)
        .take_while(|&k| sent.toks[k].is_word())
        .find(|&k| sent.word(k) == "of" || sent.is(k, Class::Of))
    else {
        return false;
    };
    (of + 1..(of + 5).min(sent.toks.len()))
        .take_while(|&k| sent.toks[k].is_word())
        .any(|k| classes.iter().any(|&c| sent.is(k, c)))
}

/// A bare number right after a capitalised word inside a sentence is part of a name ("the
/// rotation known as Mali 12", "Torogoz 5"), not a count.
fn names_a_rotation(sent: &Sentence, m: &NumberMention) -> bool {
    // "Mali 09", "the rotation known as Mali 12", "the soldiers of Mali 10": a country's name
    // and a small number after "as", "of" or a label's colon, or a zero-padded one.
    let rotation_of_country = m.first >= 2 && m.first == m.last && {
        let t = sent.toks[m.first - 1];
        let written = sent.toks[m.first].text(sent.text);
        t.is_word()
            && t.text(sent.text).starts_with(char::is_uppercase)
            && gazetteer()
                .country_by_word(sent.word(m.first - 1))
                .is_some()
            && m.value <= 30.0
            && sent
                .toks
                .get(m.first + 1)
                .is_none_or(|n| !n.is_word() || sent.is(m.first + 1, Class::NpStop))
            && (written.starts_with('0')
                || matches!(sent.word(m.first - 2), "as" | "of" | "comme")
                || sent.toks[m.first - 2].is_punct(sent.text, ":"))
    };
    rotation_of_country
        || m.first >= 2 && {
            let t = sent.toks[m.first - 1];
            t.is_word()
            && t.text(sent.text).starts_with(char::is_uppercase)
            && sent.lex.qualifier_before(&[sent.word(m.first - 1)]).is_none()
            // Not a number that opens a clause after a capitalised word ("In March 2,000").
            && sent.lex.classes(sent.word(m.first - 1)).0 == 0
            // Nor a country's or force's share ("Estonia 95 and the Czech Republic 60").
            && !sent.mentions.iter().any(|x| x.end <= t.end && x.end >= t.start)
            && gazetteer().country_by_word(sent.word(m.first - 1)).is_none()
            // Nor a day or a month before a number in words ("and on Monday eight were
            // hurt", "on 23 June eight"); figures after a month are a day or a year ("01 JAN
            // 21").
            && (sent.toks[m.first].is_num()
                || (crate::dates::month_of(sent.word(m.first - 1)).is_none()
                    && !crate::dates::WEEKDAYS.contains(&sent.word(m.first - 1))))
        }
}

/// Whether the words around a bare number are free of units of measure and time ("20 km",
/// "by 2023"), so that it can continue the previous figure.
fn measure_free_context(sent: &Sentence, m: &NumberMention) -> bool {
    let next = sent.toks.get(m.last + 1);
    // Followed by a word that is not a stop word ("3 vehicles") it counts something else.
    // (A word that ends a noun phrase is no noun: "and some 50 make up the support element".)
    !next.is_some_and(|t| {
        t.is_word() && !sent.classes[m.last + 1].has_any(&[Class::LinkAfter, Class::NpStop])
    }) && !sent.toks[m.first..=m.last]
        .iter()
        .any(|t| t.is_punct(sent.text, "%"))
}

/// Whether a bare number stands where a list or a change continues the previous figure:
/// after "from", "to", "and", a comma or dash, a verb of strength ("Sweden provides 140") or a
/// country ("Estonia some 95").
fn continues_previous(sent: &Sentence, m: &NumberMention) -> bool {
    // Past qualifier words: "Estonia some 95", "from about 36,690".
    let k = sent.past_qualifiers(m.first);
    if k == 0 {
        return false;
    }
    let p = k - 1;
    let w = sent.word(p);
    let g = crate::gazetteer::gazetteer();
    // "Côte d'Ivoire is recalling its 900": a possessive with no noun after the number.
    let possessive =
        sent.is(p, Class::Det) && !sent.is(p, Class::Article) && sent.is(p, Class::Pronoun);
    // "capped at 300 personnel instead of 600", "au lieu de 600".
    let instead = p > 0 && sent.is(p, Class::Of) && matches!(sent.word(p - 1), "instead" | "lieu");
    // "Barkhane still had some 2,400 soldiers and Takuba around 800": a force with personnel
    // named just before.
    let force_named = sent.mentions.iter().any(|x| {
        x.end == sent.toks[p].end
            && matches!(x.entity, Entity::Force(i) if g.forces[i].kind.has_personnel())
    });
    // "Sweden's 220 are packing": a country's possessive.
    let country_possessive = ["'s", "’s"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .is_some_and(|bare| g.country_by_word(bare).is_some());
    sent.is(p, Class::LinkBefore)
        || possessive
        || instead
        || force_named
        || country_possessive
        || matches!(sent.toks[p].text(sent.text), "," | "-" | "–" | ":" | ";")
        // "13 deaths (105 in total)": a running total in brackets after the figure; not a
        // figure alone in its brackets ("on Friday (25)", a note "(3)").
        || (sent.toks[p].is_punct(sent.text, "(")
            && sent.toks[p].space_before
            && sent.toks.get(m.last + 1).is_some_and(|t| t.is_word()))
        || bracketed_breakdown(sent, m, p)
        || sent.is(p, Class::Deploy)
        || g.country_by_word(w).is_some()
        || (p > 0
            && g.country_by_word(&format!("{} {w}", sent.word(p - 1)))
                .is_some())
}

/// "The other 98 deaths were due to illness (61), accidents (29) and other causes (8)": a
/// figure alone in brackets after a lower-case noun, one of two or more such in the sentence,
/// is a part of the figure before (a single one may be a note or a day's count).
fn bracketed_breakdown(sent: &Sentence, m: &NumberMention, p: usize) -> bool {
    let alone = |open: usize, close: usize| {
        open > 0
            && sent.toks[open].is_punct(sent.text, "(")
            && sent.toks[open].space_before
            && sent.toks.get(close).is_some_and(|t| t.is_punct(sent.text, ")"))
            && sent.toks[open - 1].is_word()
            && sent.toks[open - 1]
                .text(sent.text)
                .starts_with(char::is_lowercase)
            // (Not a person's age: "a sergeant (25) and a corporal (31)".)
            && !sent.classes[open - 1].has_any(&[
                Class::Rank,
                Class::Military,
                Class::Police,
                Class::People,
                Class::Peacekeeper,
                Class::Civilian,
            ])
            // A list's member: a comma, a conjunction or the sentence's end after it ("three
            // (03) others wounded yesterday (25) when" is no list).
            && sent.toks.get(close + 1).is_none_or(|t| {
                [",", ";", "."].iter().any(|p| t.is_punct(sent.text, p))
                    || matches!(sent.word(close + 1), "and" | "or" | "et" | "ou")
            })
    };
    alone(p, m.last + 1)
        && (1..sent.toks.len().saturating_sub(1))
            .filter(|&k| {
                sent.toks[k].is_num()
                    && !crate::dates::in_a_date(&sent.toks[k], &sent.dates)
                    && alone(k - 1, k + 1)
            })
            .count()
            >= 2
}

/// "1,500 Wagner personnel", "1,000 Wagner fighters": a force with troops named in the
/// phrase after the number (not an armed group: "JNIM fighters" are not a strength).
/// Whether a force of one of these kinds is named right after the number's phrase ("1 000
/// membres du groupe Wagner").
fn force_after(sent: &Sentence, m: &NumberMention, keep: impl Fn(ForceKind) -> bool) -> bool {
    let g = gazetteer();
    let end = sent.toks[m.last].end;
    sent.mentions.iter().any(|x| {
        matches!(x.entity, Entity::Force(i) if keep(g.forces[i].kind))
            && x.start >= end
            && x.start - end <= 30
            && !sent.text[end..x.start].contains([',', ';', '('])
    })
}

fn force_in_phrase(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let end = sent.toks[m.last].end;
    sent.mentions.iter().any(|x| {
        let kind = matches!(x.entity, Entity::Force(i) if matches!(g.forces[i].kind,
                ForceKind::PeaceOperation | ForceKind::MilitaryOperation
                | ForceKind::NationalForces | ForceKind::PrivateMilitary
                | ForceKind::RegionalOrg));
        if !kind || x.start < end {
            return false;
        }
        if x.start <= end + 3 {
            return true;
        }
        // "1,500 Russian contractors from the Wagner Group": between them, at most a noun
        // and its adjective, then "from" or "of" (and "the"), and no casualty word.
        let between = sent.text.get(end..x.start).unwrap_or("");
        let inside: Vec<usize> = (m.last + 1..sent.toks.len())
            .take_while(|&k| sent.toks[k].end <= x.start)
            .collect();
        inside.len() <= 5
            && !between.contains([',', ';', '.', '(', ')'])
            && inside
                .iter()
                .rev()
                .take(2)
                .any(|&k| sent.is(k, Class::Of) || sent.word(k) == "from")
            && !inside
                .iter()
                .any(|&k| sent.is(k, Class::Kill) || sent.is(k, Class::Wound))
    })
}

/// A national army or a military operation whose members the number counts: "one member of
/// the Malian defence and security forces", "two elements of Barkhane".
fn national_force_in_phrase(sent: &Sentence, m: &NumberMention) -> bool {
    let g = gazetteer();
    let lex = sent.lex;
    // The people noun right after the number (past "other"), then "of", then a determiner.
    let mut k = m.last + 1;
    if sent.is(k, Class::Elided) {
        k += 1;
    }
    if !sent.is(k, Class::People) || sent.word(k + 1) != "of" {
        return false;
    }
    k += 2;
    if lex.is(sent.word(k), Class::Det) {
        k += 1;
    }
    let Some(at) = sent.toks.get(k).map(|t| t.start) else {
        return false;
    };
    sent.mentions.iter().any(|x| {
        x.start == at
            && matches!(x.entity, Entity::Force(i) if matches!(g.forces[i].kind,
                ForceKind::NationalForces | ForceKind::MilitaryOperation))
    })
}

/// A force named before the number whose kind `keep` admits: "The Malian army, for its part,
/// has lost more than 100 men"; "the Wagner Group has around 1,000 personnel".
fn force_before(sent: &Sentence, m: &NumberMention, keep: impl Fn(ForceKind) -> bool) -> bool {
    let g = gazetteer();
    let at = sent.toks[m.first].start;
    sent.mentions
        .iter()
        .any(|x| x.end <= at && matches!(x.entity, Entity::Force(i) if keep(g.forces[i].kind)))
}

/// Whether a force of a kind `keep` accepts is named after the number, before token `end`,
/// with no comma, semicolon or dash between.
fn force_after_in_clause(
    sent: &Sentence,
    m: &NumberMention,
    end: usize,
    keep: impl Fn(ForceKind) -> bool,
) -> bool {
    let g = gazetteer();
    let from = sent.toks[m.last].end;
    let to = sent.toks.get(end).map_or(sent.text.len(), |t| t.start);
    sent.mentions.iter().any(|x| {
        x.start >= from
            && x.end <= to
            && !sent.text[from..x.start].contains([',', ';', '—', '('])
            && matches!(x.entity, Entity::Force(i) if keep(g.forces[i].kind))
    })
}

/// Officers counted as a strength: deployed ("sent 30 officers", "30 staff officers have
/// served") or a contributor's ("30 Swedish staff officers"); not "two high-ranking Malian
/// officers" named in a sanction.
fn rank_strength(sent: &Sentence, m: &NumberMention, np: &[(String, bool)]) -> bool {
    let g = gazetteer();
    let deployed = before_has(sent, m, Class::Deploy, 6)
        || (m.last + 1..(m.last + 7).min(sent.toks.len()))
            .any(|k| sent.is(k, Class::Deploy) || sent.word(k).starts_with("serv"));
    let contributor = np
        .iter()
        .any(|(w, cap)| *cap && g.country_by_word(w).is_some_and(|c| !g.is_host_country(c)));
    // An item of a military strength's breakdown ("l'effectif militaire … : 40 observateurs,
    // 446 officiers d'état-major").
    let military_list =
        before_has(sent, m, Class::Military, 12) && !before_has(sent, m, Class::Police, 12);
    deployed || contributor || military_list
}

/// Forces whose "personnel" are soldiers: an army, an operation, a private military company
/// or a regional force; a peace operation's may be civilian staff too.
pub(super) fn soldiers_only(k: ForceKind) -> bool {
    matches!(
        k,
        ForceKind::NationalForces
            | ForceKind::MilitaryOperation
            | ForceKind::PrivateMilitary
            | ForceKind::RegionalOrg
    )
}

/// Whether the speakers count themselves with the figure: "we" or "nous" before it, and a
/// copula or "with" right before it ("we were 850", "nous étions 850", "with 120 men").
fn first_person_count(sent: &Sentence, m: &NumberMention) -> bool {
    let p = sent.past_qualifiers(m.first);
    p > 0
        && (sent.is(p - 1, Class::Copula) || matches!(sent.word(p - 1), "with" | "avec"))
        && (0..p - 1).any(|k| sent.is(k, Class::FirstPerson))
}

/// "its 5,000 men" counts troops when the sentence is about a military force.
fn fallback_is_military(sent: &Sentence) -> bool {
    let g = gazetteer();
    sent.mentions.iter().any(|m| {
        matches!(m.entity, Entity::Force(i)
            if g.forces[i].kind == ForceKind::PeaceOperation || soldiers_only(g.forces[i].kind))
    })
}

/// Where the number's range starts: the first end's first token for the second end of
/// "between 900 and 1,300" ("entre 900 et 1 300"), else the number's own.
fn range_start(sent: &Sentence, m: &NumberMention) -> usize {
    let first = m.first;
    if first >= 2 && sent.toks[first - 2].is_num() && sent.is(first - 1, Class::Range) {
        (0..first - 1)
            .rev()
            .find(|&k| !sent.toks[k].is_num())
            .map_or(0, |k| k + 1)
    } else {
        first
    }
}

/// A soldiers' or a unit's word in the six words before a bare number, and no casualty word:
/// "Wagner's paramilitaries, estimated at 1,300". The six words are counted from a range's
/// first end ("estimés entre 900 et 1 300").
fn military_just_before(sent: &Sentence, m: &NumberMention) -> bool {
    let first = range_start(sent, m);
    let from = first.saturating_sub(6);
    let has = |c: Class| (from..first).any(|k| sent.is(k, c));
    // "combattants russes du groupe Wagner, dont le nombre est estimé à environ 1 000": a
    // private military company's bare figure a few words on is its strength.
    let g = gazetteer();
    let wide = first.saturating_sub(12);
    let company = sent.mentions.iter().any(|x| {
        let k = sent.tok_at(x.start);
        matches!(x.entity, Entity::Force(i) if g.forces[i].kind == ForceKind::PrivateMilitary)
            && k >= wide
            && k < first
    });
    let casualty = (wide..first).any(|k| sent.is(k, Class::Kill) || sent.is(k, Class::Wound));
    // "Operation Serval, up to 4,500 at its peak, stayed under national command": a force
    // named right before the comma that opens the figure's apposition.
    let open = sent.past_qualifiers(first);
    let apposed = open >= 2
        && sent.toks[open - 1].is_punct(sent.text, ",")
        && sent.mentions.iter().any(|x| {
            matches!(x.entity, Entity::Force(i) if g.forces[i].kind.has_personnel()
                && g.forces[i].kind != ForceKind::ArmedGroup)
                && x.end == sent.toks[open - 2].end
        });
    (has(Class::Military) || has(Class::Unit)) && !has(Class::Kill)
        || (company || apposed) && !casualty
}
