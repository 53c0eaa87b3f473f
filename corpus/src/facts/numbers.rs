//! Finds the numbers of a sentence that are claims: digits with any thousands separator
//! ("15,209", "11 954", "14.500"), decimals with scales ("1.5 million", "2.3bn", "10k"), number
//! words read by the `text2num` crate ("three hundred and twelve", "twenty-five"), and their
//! combinations ("3 hundred and 21", "five and a half million", "3 dozens", "half a dozen"),
//! plus vague quantities ("hundreds of", "dozens of"). Leaves out what only looks like a number:
//! dates and years, times of day, ordinals, codes ("PB-18/35", "A/HRC/25/72", "10-1-2", "G5"),
//! references ("Resolution 2364", "Figure 1"), enumerators "(1)", phone numbers, and numbers
//! inside names ("“three borders”"). The words involved are data (`corpus/data/en/numbers.tsv`,
//! `lexicon.tsv`).

use std::borrow::Cow;

use crate::dates::is_year;
use crate::lexicon::{Class, Lexicon};
use crate::tokens::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Token index range `[first, last]` of the whole expression.
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// A vague quantity ("hundreds of"): `value` is its lower bound.
    pub vague: bool,
    /// "a dozen": approximate by nature.
    pub approximate: bool,
    /// A unit glued to the number ("%").
    pub percent: bool,
}

pub struct Scanner<'a> {
    pub src: &'a str,
    pub toks: &'a [Token],
    /// Folded word per token ("" for numbers and punctuation).
    pub words: &'a [String],
    /// Tokens already claimed by a date or URL.
    pub blocked: &'a [bool],
    pub lex: &'a Lexicon,
}

/// One piece of a number expression.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    /// Digits, or a run of number words read by text2num.
    Value(f64),
    Scale(f64),
    Dozen(f64),
    /// "a", "an": one of the scale or dozen that follows.
    Single,
    Half,
    Quarter,
    And,
}

/// A word token for text2num.
struct Word<'a>(&'a str);

impl text2num::Token for Word<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.0)
    }
    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.0)
    }
}

fn english_numbers() -> &'static text2num::Language {
    static L: std::sync::OnceLock<text2num::Language> = std::sync::OnceLock::new();
    L.get_or_init(text2num::Language::english)
}

fn french_numbers() -> &'static text2num::Language {
    static L: std::sync::OnceLock<text2num::Language> = std::sync::OnceLock::new();
    L.get_or_init(text2num::Language::french)
}

/// The value of one number word ("deux", "ten"), read by text2num: the relative dates of
/// `events` ("il y a deux ans", "ten years ago") count with it.
pub fn word_value(word: &str, french: bool) -> Option<f64> {
    let lang = if french {
        french_numbers()
    } else {
        english_numbers()
    };
    let found = text2num::find_numbers(std::iter::once(Word(word)), lang, 0.0);
    found
        .first()
        .filter(|o| o.start == 0 && o.end == 1 && !o.is_ordinal)
        .map(|o| o.value)
}

impl<'a> Scanner<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.text(self.src)).unwrap_or("")
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }
    fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_num())
    }
    /// One space (or no-break space) before token `i`: "11 954" is one number, but the
    /// columns of a table ("1 437      280") are two.
    fn single_space_before(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) else {
            return false;
        };
        let mut gap = self.src[a.end..b.start].chars();
        gap.next()
            .is_some_and(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
            && gap.next().is_none()
    }
    /// A full stop that ends the sentence: "numbered 1 697." is a number, "12 03.2019" not.
    fn sentence_end(&self, i: usize) -> bool {
        self.text(i) == "." && self.toks.get(i + 1).is_none_or(|t| t.space_before)
    }
    fn open(&self, i: usize) -> bool {
        i < self.toks.len() && !self.blocked[i]
    }

    pub fn scan(&self) -> Vec<NumberMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if self.blocked[i] {
                i += 1;
                continue;
            }
            match self.quantity_at(i) {
                Some(m) => {
                    i = m.last + 1;
                    if !self.excluded(&m) {
                        out.push(m);
                    }
                }
                None => i += 1,
            }
        }
        out
    }

    fn quantity_at(&self, i: usize) -> Option<NumberMention> {
        let w = self.word(i);
        // "tens of thousands of"
        if w == "tens" && self.word(i + 1) == "of" && self.lex.vague(self.word(i + 2)).is_some() {
            let v = self.lex.scale(self.word(i + 2)).unwrap_or(1.0) * 20.0;
            return Some(self.mention(i, i + 2, v, true));
        }
        // "hundreds of", "dozens of", "scores of"
        if let Some(v) = self.lex.vague(w) {
            if self.word(i + 1) == "of" && !self.is_num(i.wrapping_sub(1)) {
                return Some(self.mention(i, i, v, true));
            }
        }
        let (atom, next) = self.atom(i)?;
        if matches!(atom, Atom::And) {
            return None;
        }
        let mut m = self.expression(i, atom, next)?;
        // Words then the same figure in brackets, as legal and official texts write them
        // ("fourteen (14) Defence Forces personnel", "deux (02) gendarmes"): one number.
        let bracketed =
            |k: usize, text: &str| self.toks.get(k).is_some_and(|t| t.is_punct(self.src, text));
        if !self.toks[m.last].is_num()
            && bracketed(m.last + 1, "(")
            && bracketed(m.last + 3, ")")
            && self.toks.get(m.last + 2).is_some_and(|t| t.is_num())
            && self
                .digits_at(m.last + 2)
                .is_some_and(|(v, n)| v == m.value && n == m.last + 3)
        {
            m.last += 3;
        }
        Some(m)
    }

    fn mention(&self, first: usize, last: usize, value: f64, vague: bool) -> NumberMention {
        NumberMention {
            first,
            last,
            value,
            vague,
            approximate: false,
            percent: false,
        }
    }

    /// The atom starting at token `i`, and the token after it.
    fn atom(&self, i: usize) -> Option<(Atom, usize)> {
        if !self.open(i) {
            return None;
        }
        if self.toks[i].is_num() {
            return self.digits_at(i).map(|(v, next)| (Atom::Value(v), next));
        }
        let w = self.word(i);
        if w.is_empty() {
            return None;
        }
        // A scale word after number words is read with them by text2num; as an atom it
        // follows digits or "a" ("3 hundred", "1.5 million", "a million").
        if let Some(s) = self.lex.scale(w) {
            // A glued scale ends the number: in "~11.6k mil + ~1.5k pol", "mil" is military.
            if i >= 2
                && !self.toks[i - 1].space_before
                && self.toks[i - 2].is_num()
                && self.lex.scale(self.word(i - 1)).is_some()
            {
                return None;
            }
            // French "mille" needs no "un": "mille neuf cent vingt policiers" is 1,920.
            let after_number = i > 0 && {
                let p = self.word(i - 1);
                self.is_num(i - 1) || self.lex.is_number_word(p) || self.lex.is_single(p)
            };
            if self.lex.french && s == 1000.0 && !after_number {
                if let Some((v, next)) = self.words_at(i).filter(|(v, _)| *v >= 1000.0) {
                    return Some((Atom::Value(v), next));
                }
            }
            return Some((Atom::Scale(s), i + 1));
        }
        if let Some(d) = self.lex.dozen(w) {
            return Some((Atom::Dozen(d), i + 1));
        }
        match w {
            "and" => return Some((Atom::And, i + 1)),
            "half" => return Some((Atom::Half, i + 1)),
            "quarter" => return Some((Atom::Quarter, i + 1)),
            _ => {}
        }
        if self.lex.is_single(w) || (w == "one" && matches!(self.word(i + 1), "half" | "quarter")) {
            return Some((Atom::Single, i + 1));
        }
        if !self.lex.is_number_word(w) {
            return None;
        }
        self.words_at(i).map(|(v, next)| (Atom::Value(v), next))
    }

    /// Combines atoms into one value: "4 thousand 3 hundred and 21", "five and a half million",
    /// "3 dozens", "three lakh crore".
    fn expression(&self, first: usize, atom: Atom, mut next: usize) -> Option<NumberMention> {
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut have = false;
        let mut last_scale: f64 = 1.0;
        let mut last = first;
        let mut approximate = false;
        let mut pending_and = false;
        let mut pending_single = false;
        let mut pending_half = 0.0;
        let mut atom = Some(atom);
        while let Some(a) = atom {
            // The atom after this one, parsed once: `atom()` may run text2num.
            let peeked = self.atom(next);
            let next_atom = peeked.map(|x| x.0);
            match a {
                Atom::Value(v) => {
                    // "five billion and three quarters", "two million and three fifths":
                    // a fraction of the scale that follows, or else of the last one.
                    let denominator = self.lex.fraction(self.word(next));
                    if let (true, Some(d), true) = (pending_and, denominator, last_scale > 1.0) {
                        let after = self.atom(next + 1);
                        let scale = match after {
                            Some((Atom::Scale(s), n)) => {
                                next = n;
                                s
                            }
                            _ => {
                                next += 1;
                                last_scale
                            }
                        };
                        cur += v / d * scale;
                        last = next - 1;
                        pending_and = false;
                        let after = self.atom(next);
                        atom = after.map(|x| x.0);
                        next = after.map_or(next, |x| x.1);
                        continue;
                    }
                    if have && !pending_and && cur > 0.0 {
                        break;
                    }
                    if pending_and && v >= last_scale {
                        break;
                    }
                    cur += v;
                    have = true;
                    // "one million" read by text2num: its scale, for "and a half". Digits
                    // carry no scale word: "1,000 and 250" are two numbers.
                    let in_words = next > 0 && !self.toks[next - 1].is_num();
                    if in_words {
                        last_scale = [1e12, 1e9, 1e6, 1e3, 1e2]
                            .into_iter()
                            .find(|s| v >= *s && v % s == 0.0)
                            .unwrap_or(last_scale);
                    }
                }
                Atom::Single => {
                    if !matches!(
                        next_atom,
                        Some(Atom::Scale(_) | Atom::Dozen(_) | Atom::Half | Atom::Quarter)
                    ) {
                        // "a" by itself: one, if what follows makes it a count ("a Chinese
                        // peacekeeper was killed"; see `word_number_is_count`).
                        if !have && first == next - 1 {
                            cur = 1.0;
                            have = true;
                            last = first;
                        }
                        break;
                    }
                    pending_single = true;
                }
                Atom::Half | Atom::Quarter => {
                    let frac = if a == Atom::Half { 0.5 } else { 0.25 };
                    if pending_and {
                        // "one billion and a half million": half of the scale that follows;
                        // "one million and a half": half of the last scale.
                        if let Some(Atom::Scale(s)) = next_atom.filter(|_| last_scale > 1.0) {
                            cur += frac * s;
                            next = peeked.map_or(next, |x| x.1);
                            last = next - 1;
                            pending_single = false;
                            pending_and = false;
                            let after = self.atom(next);
                            atom = after.map(|x| x.0);
                            next = after.map_or(next, |x| x.1);
                            continue;
                        }
                        if last_scale > 1.0 {
                            cur += frac * last_scale;
                        } else {
                            cur += frac;
                        }
                        pending_single = false;
                    } else {
                        if !matches!(
                            next_atom,
                            Some(Atom::Scale(_) | Atom::Dozen(_) | Atom::Single)
                        ) {
                            break;
                        }
                        pending_half = frac;
                    }
                }
                Atom::Scale(s) => {
                    let base = if pending_half > 0.0 {
                        Some(pending_half)
                    } else if cur > 0.0 {
                        Some(cur)
                    } else if pending_single {
                        Some(1.0)
                    } else if have && total > 0.0 {
                        None
                    } else {
                        break;
                    };
                    match base {
                        Some(b) if s < 1000.0 => cur = b * s,
                        Some(b) => {
                            total += b * s;
                            cur = 0.0;
                        }
                        // "three lakh crore": the scale multiplies the whole.
                        None => total *= s,
                    }
                    last_scale = s;
                    pending_half = 0.0;
                    pending_single = false;
                    have = true;
                }
                Atom::Dozen(d) => {
                    let base = if pending_half > 0.0 {
                        pending_half
                    } else if cur > 0.0 {
                        cur
                    } else if pending_single {
                        approximate = true;
                        1.0
                    } else {
                        break;
                    };
                    cur = base * d;
                    pending_half = 0.0;
                    pending_single = false;
                    have = true;
                }
                Atom::And => {
                    // "and" joins only after a scale ("three hundred and twelve") or before a
                    // fraction ("five and a half million"): "12 and 15" are two numbers.
                    let fraction_follows = matches!(next_atom, Some(Atom::Single | Atom::Half));
                    // Figures of a hundred or more after "and" are a second number: "USD 1.2
                    // billion and 12,000 troops" (not "two thousand and 40").
                    let second_figure = matches!(next_atom, Some(Atom::Value(v)) if v >= 100.0)
                        && self.toks.get(next).is_some_and(|t| t.is_num());
                    if !have
                        || pending_and
                        || second_figure
                        || (last_scale <= 1.0 && !fraction_follows)
                    {
                        break;
                    }
                    pending_and = true;
                    atom = next_atom;
                    next = peeked.map_or(next, |x| x.1);
                    continue;
                }
            }
            if !matches!(a, Atom::Single) {
                pending_and = false;
            }
            if have && pending_half == 0.0 && !pending_single {
                last = next - 1;
            }
            atom = next_atom;
            next = peeked.map_or(next, |x| x.1);
        }
        if !have {
            return None;
        }
        let value = total + cur;
        let mut m = self.mention(first, last, value, false);
        m.approximate = approximate;
        if self.text(last + 1) == "%" {
            // A percentage: the sign glued ("40%") is part of the number's span; after a
            // space, as French writes it ("40 %"), it is not.
            m.percent = true;
            if self.glued(last + 1) {
                m.last = last + 1;
            }
        }
        if !self.toks[first].is_num() && !self.word_number_is_count(first, &m) {
            return None;
        }
        Some(m)
    }

    /// "one" is a count only with a scale or a counted noun ("one peacekeeper killed");
    /// otherwise it is a pronoun or article ("one challenge"). "zero" is never a claim.
    fn word_number_is_count(&self, first: usize, m: &NumberMention) -> bool {
        let w = self.word(first);
        if w == "zero" || m.value == 0.0 {
            // "zero civilians were killed" is a claim; "zero tolerance" is not.
            return self.lex.is(self.word(m.last + 1), Class::Counted);
        }
        let single = self.lex.is_single(w) && m.value <= 1.0;
        // French "un" is both the article and the number "one".
        let one = w == "one" || (self.lex.french && single);
        // "every one of them", "no one": a pronoun.
        if w == "one" && first > 0 && self.lex.is(self.word(first - 1), Class::AnyOne) {
            return false;
        }
        if (w == "one" || single) && m.last == first {
            // A nationality may stand between: "one Burkinabe peacekeeper".
            let mut k = first + 1;
            if crate::gazetteer::gazetteer()
                .country_by_word(self.word(k))
                .is_some()
            {
                k += 1;
            }
            // "… and one each from Togo and Guinea".
            if self.lex.is(self.word(k), Class::Each) {
                k += 1;
            }
            let of = |j: usize| self.lex.is(self.word(j), Class::Of);
            let casualty = |j: usize| {
                self.lex
                    .classes(self.word(j))
                    .has_any(&[Class::Kill, Class::Wound])
            };
            // "one of the seriously wounded peacekeepers succumbed", "un des Casques bleus
            // togolais blessés a succombé": one of a group just named, hurt or killed.
            if one
                && of(k)
                && (k + 1..(k + 5).min(self.toks.len())).any(|j| {
                    self.lex.classes(self.word(j)).has_any(&[
                        Class::Peacekeeper,
                        Class::Military,
                        Class::Police,
                        Class::Civilian,
                    ])
                })
                && (k + 1..(k + 14).min(self.toks.len())).any(casualty)
            {
                return true;
            }
            // "One of the four, a Chadian soldier, died": one of a number just named, with a
            // casualty after it.
            let of_a_number = of(k)
                && self.lex.is(self.word(k + 1), Class::Article)
                && self
                    .toks
                    .get(k + 2)
                    .is_some_and(|t| t.is_num() || self.lex.is_number_word(self.word(k + 2)));
            if one && of_a_number && (k + 3..(k + 14).min(self.toks.len())).any(casualty) {
                return true;
            }
            // "one of them", "one of whom", "one more", "one seriously": a count of what
            // came before.
            // "… and one from Guinea": a count of the noun before, by nationality.
            let from_country = self.word(k) == "from"
                && crate::gazetteer::gazetteer()
                    .country_by_word(self.word(k + 1))
                    .is_some();
            // "five peacekeepers were killed and one was injured": after a list word, "one"
            // with a casualty right after it counts one more of the same.
            let listed = first > 0
                && (self.lex.is(self.word(first - 1), Class::Coordinator)
                    || matches!(self.text(first - 1), "," | ";"));
            // … or a nationality after it ("twelve of them German and one Belgian").
            let nationality = k > first + 1
                && self.toks[first + 1]
                    .text(self.src)
                    .starts_with(char::is_uppercase);
            let listed_one =
                listed && ((k..(k + 3).min(self.toks.len())).any(casualty) || nationality);
            // "L'attaque a fait un mort", "left one dead": "one" with a casualty noun of its own.
            let own_casualty = self.lex.is(self.word(k), Class::Kill)
                && !self.lex.is(self.word(k), Class::Toll)
                && k == first + 1;
            // "… killed three Togolese peacekeepers and injured one.": the object of a casualty
            // verb, its noun elided at the clause's end.
            let clause_end = self.toks.get(k).is_none_or(|t| !t.is_word());
            let elided_object = first > 0 && casualty(first - 1) && clause_end;
            if one
                && (from_country
                    || own_casualty
                    || elided_object
                    || listed_one
                    || (of(k) && self.lex.is(self.word(k + 1), Class::RefersBack))
                    || self.lex.is(self.word(k), Class::Elided)
                    || self.lex.is(self.word(k), Class::Degree))
            {
                return true;
            }
            // "The dead included two Chadians and a Nigerien.": the nationality is the noun.
            let nationality_noun = k == first + 2 && self.toks.get(k).is_none_or(|t| !t.is_word());
            if !self.lex.is(self.word(k), Class::OneCounts) && !nationality_noun {
                return false;
            }
            // "a" counts one only as the subject or object of a casualty: "a Chinese
            // peacekeeper was killed", not "a soldier's account".
            // The casualty word follows within the clause ("a peacekeeper of the Egyptian
            // contingent died"), or governs a list the "a" ends ("killed two peacekeepers and
            // a contractor"); the words of a compound noun ("casque bleu") count as one.
            let k = k + self.word(k).matches(' ').count();
            // Within six words, articles and "of" not counted: "un Casque bleu du contingent
            // sénégalais de la MINUSMA est décédé".
            let function_word = |j: usize| {
                self.lex
                    .classes(self.word(j))
                    .has_any(&[Class::Of, Class::Article, Class::Det])
            };
            let mut content = 0;
            let after = (k + 1..k + 13)
                .take_while(|&j| self.toks.get(j).is_some_and(|t| t.is_word()))
                .take_while(|&j| {
                    content += usize::from(!function_word(j));
                    content <= 6
                })
                .any(casualty);
            // … past an apposition between commas: "un Casque bleu égyptien, le sergent Ahmed
            // Khalil, a succombé", "a peacekeeper, wounded the day before, died".
            let apposed = || {
                let open = (k + 1..(k + 5).min(self.toks.len()))
                    .find(|&j| !self.toks[j].is_word())
                    .filter(|&j| self.text(j) == ",")?;
                let close = (open + 1..(open + 14).min(self.toks.len()))
                    .take_while(|&j| {
                        self.toks[j].is_word() || matches!(self.text(j), "," | "-" | "'" | "’")
                    })
                    .filter(|&j| self.text(j) == ",")
                    .last()?;
                Some(
                    (close + 1..(close + 4).min(self.toks.len()))
                        .take_while(|&j| self.toks[j].is_word())
                        .any(casualty),
                )
            };
            let after = after || apposed().unwrap_or(false);
            // … or opens a breakdown after a colon ("neuf personnes ont péri : un soldat et …").
            // (Or the last of a longer breakdown the colon opens: "Les 13 militaires tués :
            // six officiers, six sous-officiers et un caporal-chef".)
            let colon_after_casualty = (first.saturating_sub(16)..first)
                .rfind(|&c| self.text(c) == ":")
                .is_some_and(|c| (c.saturating_sub(6)..c).any(casualty));
            let listed = first > 0
                && (matches!(self.word(first - 1), "and" | "et") || self.text(first - 1) == ":")
                && ((first.saturating_sub(8)..first).any(casualty) || colon_after_casualty);
            // … or is the one a casualty noun before it names: "the death of a peacekeeper",
            // "le décès, à Dakar, d'un Casque bleu égyptien" (the "d'" elided onto "un").
            let elided_of = crate::tokens::split_elision(self.text(first))
                .is_some_and(|(head, _)| head.eq_ignore_ascii_case("d"));
            let of_before = elided_of || (first > 0 && of(first - 1));
            let death_of = of_before && (first.saturating_sub(10)..first).any(casualty);
            // … or the object of a casualty verb right before it: "ont tué un Casque bleu",
            // "killed a peacekeeper".
            let object = first > 0 && casualty(first - 1);
            return w == "one" || after || listed || death_of || object;
        }
        // "a" alone, or "a half", is not a number.
        !single
    }

    /// Whether token `i` starts a range of two counts glued by a dash, "1,000-1,500",
    /// "200–300": two numbers, the first smaller, a thousands group of three after a comma in
    /// either or a first end of more than one digit, and no third part ("10-1-2" is a code).
    fn dashed_range(&self, i: usize) -> bool {
        let (Some(a), Some(d), Some(b)) =
            (self.toks.get(i), self.toks.get(i + 1), self.toks.get(i + 2))
        else {
            return false;
        };
        let count = |x: &str| x.replace(',', "").parse::<f64>().ok();
        let third = self.toks.get(i + 3).is_some_and(|n| {
            !n.space_before && matches!(n.text(self.src), "/" | ":" | "_" | "-" | "–" | ".")
        });
        let glued_before =
            i > 0 && !a.space_before && !matches!(self.text(i - 1), "(" | "~" | "≈" | "\"" | "“");
        // (Nor days of a month: "27–31 March", "March 27-31".)
        let month = |k: usize| crate::dates::month_of(self.word(k)).is_some();
        let days = month(i + 3) || (i > 0 && month(i - 1));
        a.is_num()
            && b.is_num()
            && !days
            && !d.space_before
            && !b.space_before
            && matches!(d.text(self.src), "-" | "–")
            && !third
            && !glued_before
            && a.text(self.src).len() >= 2
            && count(a.text(self.src))
                .zip(count(b.text(self.src)))
                .is_some_and(|(x, y)| x < y && x >= 10.0)
    }

    /// Digits at `i`, with their separators: "11 954" and "40 000" (groups of three after a
    /// space), "14.500" (dots between groups of three), a glued scale ("10k", "2.3bn").
    fn digits_at(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.toks[i];
        let s = t.text(self.src);
        // Glued to letters or code punctuation on the left: "G5", "PB-18", "A/HRC/25", "+212".
        // (Not the second end of a range: "1,000-1,500".)
        if i > 0 && !t.space_before && !self.dashed_range(i.saturating_sub(2)) {
            let p = self.text(i - 1);
            if self.toks[i - 1].is_word()
                || self.toks[i - 1].is_num()
                || matches!(p, "/" | "_" | "-" | "+" | "." | ":" | "#" | "§")
            {
                return None;
            }
        }
        // A unit's designation: "Bataillon TOGO 5", "FPU TOGO 7": a number after a code in
        // capitals that a unit's word opens; "the Badenya 3 battalion": a number between a
        // name and a unit's word; "the outgoing rotation, Mali 11, numbered 220": a name and
        // its number set off after a unit's word.
        if i >= 2 && t.space_before && self.toks[i - 1].is_word() {
            let code = self.text(i - 1);
            let caps = code.len() >= 3 && code.chars().all(|c| c.is_ascii_uppercase());
            let name = code.starts_with(char::is_uppercase);
            let unit = |k: usize| self.lex.is(self.word(k), Class::Unit);
            let comma = |k: usize| self.toks.get(k).is_some_and(|x| x.is_punct(self.src, ","));
            let glued_next = self.toks.get(i + 1).is_some_and(|n| !n.space_before);
            // "relieved Mali 15 last week": a rotation named for the host country and its
            // number, no noun of people after it.
            let g = crate::gazetteer::gazetteer();
            let host_rotation = name
                && g.country_by_word(self.word(i - 1))
                    .is_some_and(|c| g.is_host_country(c))
                && s.len() <= 2
                && s.bytes().all(|b| b.is_ascii_digit())
                && !self.lex.classes(self.word(i + 1)).has_any(&[
                    Class::Military,
                    Class::Peacekeeper,
                    Class::Police,
                    Class::People,
                    Class::Civilian,
                    Class::Counted,
                ]);
            if caps && unit(i - 2)
                || name
                    && !glued_next
                    && self.toks.get(i + 1).is_some_and(|n| n.is_word())
                    && unit(i + 1)
                || name && i >= 3 && comma(i - 2) && unit(i - 3) && comma(i + 1)
                || host_rotation
            {
                return None;
            }
        }
        let mut next = i + 1;
        // Glued on the right: ordinals ("19th"), codes ("10-1-2", "24/7"), times ("07:50").
        if let Some(n) = self.toks.get(next) {
            if !n.space_before {
                let nt = self.word(next);
                // "4x PK WIA", "3x civ KIA": a sitrep's count of people, "x" glued.
                if nt == "x" && s.bytes().all(|b| b.is_ascii_digit()) {
                    let value: f64 = s.parse().ok()?;
                    return Some((value, next + 1));
                }
                if n.is_word() && self.lex.scale(nt).is_none() && nt != "km" {
                    return None;
                }
                if matches!(n.text(self.src), "/" | ":" | "_" | "-" | "–")
                    && self.glued(next + 1)
                    && self.is_num(next + 1)
                    && !self.dashed_range(i)
                {
                    return None;
                }
            }
        }
        let mut value: f64 = if is_dot_grouped(s) && self.lex.scale(self.word(next)).is_none() {
            s.replace('.', "").parse().ok()?
        } else {
            s.replace(',', "").parse().ok()?
        };
        // French writes decimals with a comma: "1,5 million de déplacés"; so do English texts
        // of French-speaking writers, before a scale: "close to 1,2 million people".
        let comma_decimal = self.lex.french
            || self.text(next + 1).len() <= 2 && self.lex.scale(self.word(next + 2)).is_some();
        if comma_decimal
            && s.bytes().all(|b| b.is_ascii_digit())
            && self
                .toks
                .get(next)
                .is_some_and(|c| !c.space_before && c.is_punct(self.src, ","))
            && self.glued(next + 1)
            && self.is_num(next + 1)
        {
            let frac = self.text(next + 1);
            if frac.bytes().all(|b| b.is_ascii_digit()) {
                value = format!("{s}.{frac}").parse().ok()?;
                next += 2;
            }
        }
        // "1'100", "12’500": Swiss groups, an apostrophe glued between groups of three.
        if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) {
            while self.glued(next)
                && matches!(self.text(next), "'" | "’")
                && self.glued(next + 1)
                && self.is_num(next + 1)
                && is_three_digits(self.text(next + 1))
            {
                value = value * 1000.0 + self.text(next + 1).parse::<f64>().ok()?;
                next += 2;
            }
        }
        // "11 954": a space-separated group of exactly three digits continues a number of at
        // most three digits (and so on: "1 414 021").
        if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) {
            let mut k = next;
            while self.open(k)
                && self.single_space_before(k)
                && self.toks[k].is_num()
                && is_three_digits(self.text(k))
                && !(self.glued(k + 1)
                    && matches!(self.text(k + 1), "/" | ":" | "-" | ".")
                    && !self.sentence_end(k + 1))
            {
                value = value * 1000.0 + self.text(k).parse::<f64>().ok()?;
                k += 1;
            }
            next = k;
        }
        // Four digits with no separator is a year unless it counts something.
        if next == i + 1 && !s.contains([',', '.']) && is_year(s).is_some() {
            let after = self.word(next);
            if !self.lex.is(after, Class::Counted) && self.text(next) != "%" {
                return None;
            }
        }
        Some((value, next))
    }

    /// A run of number words read by text2num: "three hundred and twelve", "twenty-five",
    /// "nineteen hundred". Ordinals ("second") are not counts.
    fn words_at(&self, i: usize) -> Option<(f64, usize)> {
        // The run: number-like words, "and", and hyphens between words.
        let mut run: Vec<(usize, String)> = Vec::new();
        let mut k = i;
        while self.open(k) && run.len() < 16 {
            let t = self.toks[k];
            if t.is_word() {
                let w = self.word(k);
                let hyphenated = k > i
                    && self.text(k - 1) == "-"
                    && !t.space_before
                    && !self.toks[k - 1].space_before;
                // "twenty-five" is one word for text2num; "six-months" ends the run. In
                // "six-hundred-and-fifty" the hyphens stand for spaces: a scale word and "and"
                // are words of their own.
                let spaced = hyphenated
                    && (w == "and"
                        || self.lex.scale(w).is_some()
                        || run
                            .last()
                            .is_some_and(|(_, p)| p == "and" || self.lex.scale(p).is_some()));
                if hyphenated && !spaced && !self.lex.is_number_word(w) {
                    break;
                }
                if hyphenated && !spaced {
                    if let Some(last) = run.last_mut() {
                        last.0 = k;
                        last.1 = format!("{}-{w}", last.1);
                        k += 1;
                        continue;
                    }
                }
                // French "trente et un", "soixante et onze": "et" then "un"/"une" ends the
                // run as its last word.
                let after_et = run
                    .last()
                    .is_some_and(|(_, p)| self.lex.french && self.lex.is(p, Class::Coordinator));
                // So does "un" after "cent" or "mille": "cent un", "deux mille un".
                let after_hundred = self.lex.french
                    && run
                        .last()
                        .is_some_and(|(_, p)| self.lex.scale(p).is_some() || p == "cent");
                if (after_et || after_hundred) && self.lex.is_single(w) {
                    run.push((k, w.to_string()));
                    break;
                }
                let joins = w == "and" || (self.lex.french && self.lex.is(w, Class::Coordinator));
                // French "mille" may open the run ("mille neuf cent vingt").
                let opening_mille =
                    run.is_empty() && self.lex.french && self.lex.scale(w) == Some(1000.0);
                if (run.is_empty() || !joins) && !self.lex.is_number_word(w) && !opening_mille {
                    break;
                }
                // "two million and one half": the fraction is read after the run.
                // Likewise "five billion and three quarters".
                let fraction_after = matches!(self.word(k + 2), "half" | "quarter")
                    || self.lex.fraction(self.word(k + 2)).is_some();
                if w == "and"
                    && (self.word(k + 1) == "a" || self.lex.is_number_word(self.word(k + 1)))
                    && fraction_after
                {
                    break;
                }
                run.push((k, w.to_string()));
                k += 1;
            } else if t.is_punct(self.src, "-") && self.toks.get(k + 1).is_some_and(|n| n.is_word())
            {
                k += 1;
            } else {
                break;
            }
        }
        let lang = if self.lex.french {
            french_numbers()
        } else {
            english_numbers()
        };
        let found = text2num::find_numbers(run.iter().map(|(_, w)| Word(w)), lang, 0.0);
        let o = found.first().filter(|o| o.start == 0 && !o.is_ordinal)?;
        let (end_tok, _) = run.get(o.end.checked_sub(1)?)?;
        Some((o.value, end_tok + 1))
    }

    /// Contexts that make a number a reference, rank, enumerator, phone number or name.
    fn excluded(&self, m: &NumberMention) -> bool {
        // (Past a degree sign: "n° 3", "Nº 12".)
        let sign = m.first > 1 && matches!(self.text(m.first - 1), "°" | "º");
        let prev = if sign {
            self.word(m.first - 2)
        } else if m.first > 0 {
            self.word(m.first - 1)
        } else {
            ""
        };
        // "one of seven peacekeepers killed", "l'un des sept Casques bleus": the one is a
        // person among the counted, not a count.
        if m.value == 1.0
            && !self.toks[m.first].is_num()
            && self.lex.is(self.word(m.last + 1), Class::Of)
            && (self.is_num(m.last + 2) || self.lex.is_number_word(self.word(m.last + 2)))
        {
            return true;
        }
        // (Not across a column gap: "Malicious act               172" is a row's label and
        // its figure.)
        let column_gap = m.first > 0
            && self
                .src
                .get(self.toks[m.first - 1].end..self.toks[m.first].start)
                .is_some_and(|gap| gap.contains("  ") || gap.contains('\t'));
        if self.lex.is(prev, Class::Reference) && !column_gap {
            return true;
        }
        // "since two thousand and thirteen": a year said in words.
        let year_like = m.value.fract() == 0.0 && (1990.0..=2035.0).contains(&m.value);
        if year_like && !self.toks[m.first].is_num() && self.lex.is(prev, Class::YearLead) {
            return true;
        }
        // "Figure 1 and 2": the second number continues the reference.
        if matches!(prev, "and" | "or" | "to")
            && m.first >= 3
            && self.toks[m.first - 2].is_num()
            && self.lex.is(self.word(m.first - 3), Class::Reference)
        {
            return true;
        }
        // "(1) hostile actors": an enumerator, unless a country names what it counts
        // ("Burkina Faso (1) and Sri Lanka (1)").
        if m.first > 0
            && self.text(m.first - 1) == "("
            && self.text(m.last + 1) == ")"
            && m.value < 10.0
            && !m.vague
            && country_before_bracket(self.words, m.first).is_none()
        {
            let after = self.word(m.last + 2);
            return !after.is_empty() || self.toks.get(m.last + 2).is_none();
        }
        // A run of three or more numbers separated only by single spaces is a phone number or
        // a code; wider gaps separate the columns of a table.
        let run_left = (1..=2)
            .take_while(|d| {
                m.first >= *d
                    && self.is_num(m.first - d)
                    && self.single_space_before(m.first - d + 1)
            })
            .count();
        let run_right = (1..=2)
            .take_while(|d| self.is_num(m.last + d) && self.single_space_before(m.last + d))
            .count();
        if run_left + run_right >= 2 {
            return true;
        }
        // A number word inside a short quoted name: “three borders” zone. (Digits in quotes
        // are a figure quoted: the article said "15,000 soldiers".)
        !self.toks[m.first].is_num() && self.in_short_quote(m.first)
    }

    fn in_short_quote(&self, i: usize) -> bool {
        let open = (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| matches!(self.text(k), "“" | "\""));
        let Some(o) = open else { return false };
        let close =
            (i + 1..(i + 4).min(self.toks.len())).find(|&k| matches!(self.text(k), "”" | "\""));
        // (Not a figure quoted before its noun: told listeners that "at least ten"
        // peacekeepers had been hurt.)
        let noun_after = |c: usize| {
            self.lex.classes(self.word(c + 1)).has_any(&[
                Class::Military,
                Class::Peacekeeper,
                Class::Police,
                Class::People,
                Class::Civilian,
            ])
        };
        close.is_some_and(|c| {
            (o + 1..c)
                .filter(|&k| self.toks[k].is_word() || self.toks[k].is_num())
                .count()
                <= 4
                && !noun_after(c)
        })
    }
}

fn is_three_digits(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// "14.500", "1.234.567": dots between groups of exactly three digits, not starting with 0 —
/// the thousands separator of French-influenced English, not a decimal point.
fn is_dot_grouped(s: &str) -> bool {
    let mut parts = s.split('.');
    let head = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&head.len())
        && !head.starts_with('0')
        && head.bytes().all(|b| b.is_ascii_digit())
        && rest.iter().all(|p| is_three_digits(p))
}

/// The country named right before the bracket that opens before token `number`: "Egypt (7)",
/// "Burkina Faso (1)". An index into the gazetteer's countries.
pub(crate) fn country_before_bracket(words: &[String], number: usize) -> Option<usize> {
    let g = crate::gazetteer::gazetteer();
    let w = |k: Option<usize>| k.and_then(|k| words.get(k)).map_or("", String::as_str);
    let one = w(number.checked_sub(2));
    let two = format!("{} {one}", w(number.checked_sub(3)));
    g.country_by_word(&two)
        .or_else(|| g.country_by_word(one))
        .filter(|&c| !g.is_host_country(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::english;
    use crate::tokens::{folded_words, tokenize};

    /// The numbers of `text` as (value, written).
    fn numbers(text: &str) -> Vec<(f64, String)> {
        let toks = tokenize(text);
        let words = folded_words(text, &toks);
        let blocked = vec![false; toks.len()];
        let s = Scanner {
            src: text,
            toks: &toks,
            words: &words,
            blocked: &blocked,
            lex: english(),
        };
        s.scan()
            .into_iter()
            .map(|m| {
                (
                    m.value,
                    text[toks[m.first].start..toks[m.last].end].to_string(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> f64 {
        let n = numbers(text);
        assert_eq!(n.len(), 1, "{text:?}: {n:?}");
        n[0].0
    }

    #[test]
    fn separators() {
        assert_eq!(one("a force of 11 954 military personnel"), 11954.0);
        assert_eq!(one("some 14.500 uniformed staff"), 14500.0);
        assert_eq!(one("some 15,209 uniformed staff"), 15209.0);
        assert_eq!(one("a loan of 2.5 million"), 2.5e6);
        assert_eq!(one("a grant of 1.125 million"), 1.125e6);
        assert_eq!(one("it grew by 4.5 points"), 4.5);
        assert_eq!(one("10k troops"), 10_000.0);
        assert_eq!(one("some 2.3bn in aid"), 2.3e9);
        // Two counts side by side stay two when the second is not a group of three.
        assert_eq!(numbers("between 12 and 15 dead").len(), 2);
    }

    #[test]
    fn words_with_and_scales_and_dozens() {
        assert_eq!(one("three hundred and twelve civilians"), 312.0);
        assert_eq!(one("two thousand and forty troops"), 2040.0);
        assert_eq!(one("3 dozens of villagers"), 36.0);
        assert_eq!(one("a dozen villagers"), 12.0);
        assert_eq!(one("half a dozen villagers"), 6.0);
        assert_eq!(one("twenty-five soldiers"), 25.0);
        assert_eq!(one("five and a half million people"), 5.5e6);
        assert_eq!(one("3 hundred and 21 men"), 321.0);
        assert_eq!(one("4 thousand 3 hundred and 21 men"), 4321.0);
        assert_eq!(one("a hundred soldiers"), 100.0);
        assert_eq!(one("one million and a half people"), 1.5e6);
        assert_eq!(one("three lakh crore"), 3e12);
        // A base equal to its scale is still multiplied.
        assert_eq!(one("1,000 thousand people"), 1e6);
    }

    #[test]
    fn not_numbers() {
        assert!(numbers("the second attack, one challenge, in 2019").is_empty());
        assert!(numbers("Resolution 2100 and Figure 3").is_empty());
        assert!(numbers("call +223 20 22 33 44 now").is_empty());
        assert!(numbers("the G5 Sahel and PB-18/35").is_empty());
        assert!(numbers("at 07:50 on the 19th").is_empty());
        assert_eq!(one("one soldier and a few others"), 1.0);
        assert!(numbers("a man and an officer").is_empty());
    }
}
