//! The fact grammar's vocabulary, as data: `corpus/data/<lang>/lexicon.tsv` (word classes:
//! casualty words, personnel nouns, units, stop words…), `qualifiers.tsv` (phrases such as
//! "at least", "as many as") and `numbers.tsv` (scale, dozen and vague number words). A new
//! phrasing is usually a data line and a test; French is a second folder of the same files.
//!
//! Words are looked up folded (`tokens::fold`), once per token: `Lexicon::classes` gives a bit
//! set the rules test with `has`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::facts::Qualifier;

/// One word class of `lexicon.tsv`; the value is its bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u128)]
pub enum Class {
    Kill = 1,
    Wound = 1 << 1,
    Toll = 1 << 2,
    Peacekeeper = 1 << 3,
    Military = 1 << 4,
    Police = 1 << 5,
    Civilian = 1 << 6,
    People = 1 << 7,
    Staff = 1 << 8,
    Unit = 1 << 9,
    Strength = 1 << 10,
    Displaced = 1 << 11,
    Elided = 1 << 12,
    Duration = 1 << 13,
    MeasurePct = 1 << 14,
    MeasureUsd = 1 << 15,
    MeasureEur = 1 << 16,
    MeasureXof = 1 << 17,
    MeasureKm2 = 1 << 18,
    NotClaim = 1 << 19,
    NpStop = 1 << 20,
    Reference = 1 << 21,
    Counted = 1 << 22,
    Contingent = 1 << 23,
    Alleged = 1 << 24,
    Worldwide = 1 << 25,
    OneCounts = 1 << 26,
    Det = 1 << 27,
    RefersBack = 1 << 28,
    GenericMission = 1 << 29,
    Deploy = 1 << 30,
    Modifier = 1 << 31,
    LinkBefore = 1 << 32,
    LinkAfter = 1 << 33,
    Total = 1 << 34,
    Aggregate = 1 << 35,
    Pronoun = 1 << 36,
    StrengthCompound = 1 << 37,
    SoldiersOf = 1 << 38,
    Age = 1 << 39,
    Subset = 1 << 40,
    Rank = 1 << 41,
    Relative = 1 << 42,
    Degree = 1 << 43,
    Ceiling = 1 << 44,
    Coordinator = 1 << 45,
    Of = 1 << 46,
    Article = 1 << 47,
    Elision = 1 << 48,
    Range = 1 << 49,
    Fate = 1 << 50,
    HomeCountry = 1 << 51,
    AsksCount = 1 << 52,
    Covers = 1 << 53,
    SameDate = 1 << 54,
    NotPeople = 1 << 55,
    YearLead = 1 << 56,
    Respectively = 1 << 57,
    AnyOne = 1 << 58,
    Serves = 1 << 59,
    LifeVerb = 1 << 60,
    UnFlag = 1 << 61,
    FirstPerson = 1 << 62,
    OwnSide = 1 << 63,
    Figure = 1 << 64,
    Each = 1 << 65,
    TermEnd = 1 << 66,
    Side = 1 << 67,
    When = 1 << 68,
    Comrade = 1 << 69,
    Losses = 1 << 70,
    Published = 1 << 71,
    Sum = 1 << 72,
    Succession = 1 << 73,
    Speaker = 1 << 74,
    Nations = 1 << 75,
    Compared = 1 << 76,
    ServesIn = 1 << 77,
    PlaceClause = 1 << 78,
    Proportion = 1 << 79,
    Vote = 1 << 80,
    Cause = 1 << 81,
    Grammar = 1 << 82,
    Rate = 1 << 83,
    AllOf = 1 << 84,
    Future = 1 << 85,
    Running = 1 << 86,
    Reports = 1 << 87,
    Present = 1 << 88,
    Shift = 1 << 89,
    Copula = 1 << 90,
    Existential = 1 << 91,
    Combined = 1 << 92,
    PluralPronoun = 1 << 93,
    MissionHead = 1 << 94,
    Contrast = 1 << 95,
    OperationNoun = 1 << 96,
    StrengthHeader = 1 << 97,
    ApproxAfter = 1 << 98,
    Demonstrative = 1 << 99,
    QuantityClitic = 1 << 100,
    RankedAfter = 1 << 101,
    Superlative = 1 << 102,
    SuperlativeDegree = 1 << 103,
    MissionCivilian = 1 << 104,
    Camp = 1 << 105,
    Chart = 1 << 106,
    Still = 1 << 107,
    /// Attackers named as a group ("the assailants", « les jihadistes »): the men they lose
    /// are fighters, no count of the chart's.
    Hostile = 1 << 108,
}

const CLASS_NAMES: [(&str, Class); 109] = [
    ("kill", Class::Kill),
    ("wound", Class::Wound),
    ("toll", Class::Toll),
    ("peacekeeper", Class::Peacekeeper),
    ("military", Class::Military),
    ("police", Class::Police),
    ("civilian", Class::Civilian),
    ("people", Class::People),
    ("staff", Class::Staff),
    ("unit", Class::Unit),
    ("strength", Class::Strength),
    ("displaced", Class::Displaced),
    ("elided", Class::Elided),
    ("duration", Class::Duration),
    ("measure_pct", Class::MeasurePct),
    ("measure_usd", Class::MeasureUsd),
    ("measure_eur", Class::MeasureEur),
    ("measure_xof", Class::MeasureXof),
    ("measure_km2", Class::MeasureKm2),
    ("not_claim", Class::NotClaim),
    ("np_stop", Class::NpStop),
    ("reference", Class::Reference),
    ("counted", Class::Counted),
    ("contingent", Class::Contingent),
    ("alleged", Class::Alleged),
    ("worldwide", Class::Worldwide),
    ("one_counts", Class::OneCounts),
    ("det", Class::Det),
    ("refers_back", Class::RefersBack),
    ("generic_mission", Class::GenericMission),
    ("deploy", Class::Deploy),
    ("modifier", Class::Modifier),
    ("link_before", Class::LinkBefore),
    ("link_after", Class::LinkAfter),
    ("total", Class::Total),
    ("aggregate", Class::Aggregate),
    ("pronoun", Class::Pronoun),
    ("strength_compound", Class::StrengthCompound),
    ("soldiers_of", Class::SoldiersOf),
    ("age", Class::Age),
    ("subset", Class::Subset),
    ("rank", Class::Rank),
    ("relative", Class::Relative),
    ("degree", Class::Degree),
    ("ceiling", Class::Ceiling),
    ("coordinator", Class::Coordinator),
    ("of", Class::Of),
    ("article", Class::Article),
    ("elision", Class::Elision),
    ("range", Class::Range),
    ("fate", Class::Fate),
    ("home_country", Class::HomeCountry),
    ("asks_count", Class::AsksCount),
    ("covers", Class::Covers),
    ("same_date", Class::SameDate),
    ("not_people", Class::NotPeople),
    ("year_lead", Class::YearLead),
    ("respectively", Class::Respectively),
    ("any_one", Class::AnyOne),
    ("serves", Class::Serves),
    ("life_verb", Class::LifeVerb),
    ("un_flag", Class::UnFlag),
    ("first_person", Class::FirstPerson),
    ("own_side", Class::OwnSide),
    ("figure", Class::Figure),
    ("each", Class::Each),
    ("term_end", Class::TermEnd),
    ("side", Class::Side),
    ("when", Class::When),
    ("comrade", Class::Comrade),
    ("losses", Class::Losses),
    ("published", Class::Published),
    ("sum", Class::Sum),
    ("succession", Class::Succession),
    ("speaker", Class::Speaker),
    ("nations", Class::Nations),
    ("compared", Class::Compared),
    ("serves_in", Class::ServesIn),
    ("place_clause", Class::PlaceClause),
    ("proportion", Class::Proportion),
    ("vote", Class::Vote),
    ("cause", Class::Cause),
    ("grammar", Class::Grammar),
    ("rate", Class::Rate),
    ("all_of", Class::AllOf),
    ("future", Class::Future),
    ("running", Class::Running),
    ("reports", Class::Reports),
    ("present", Class::Present),
    ("shift", Class::Shift),
    ("copula", Class::Copula),
    ("existential", Class::Existential),
    ("combined", Class::Combined),
    ("plural_pronoun", Class::PluralPronoun),
    ("mission_head", Class::MissionHead),
    ("contrast", Class::Contrast),
    ("operation_noun", Class::OperationNoun),
    ("strength_header", Class::StrengthHeader),
    ("approx_after", Class::ApproxAfter),
    ("demonstrative", Class::Demonstrative),
    ("quantity_clitic", Class::QuantityClitic),
    ("ranked_after", Class::RankedAfter),
    ("superlative", Class::Superlative),
    ("superlative_degree", Class::SuperlativeDegree),
    ("mission_civilian", Class::MissionCivilian),
    ("camp", Class::Camp),
    ("chart", Class::Chart),
    ("still", Class::Still),
    ("hostile", Class::Hostile),
];

/// A set of classes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(pub u128);

impl Classes {
    pub fn has(self, c: Class) -> bool {
        self.0 & c as u128 != 0
    }
    /// Whether any of `cs` is in the set.
    pub fn has_any(self, cs: &[Class]) -> bool {
        cs.iter().any(|c| self.has(*c))
    }
}

/// What a number word of `numbers.tsv` does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    Scale(f64),
    Dozen(f64),
    Vague(f64),
    Single,
    /// Starts a run of number words for text2num.
    Word,
    /// A plural fraction and its denominator ("quarters" 4): "three quarters".
    Fraction(f64),
}

#[derive(Debug, Default)]
pub struct Lexicon {
    words: HashMap<String, Classes>,
    /// Qualifier phrases as folded words, longest first.
    qualifiers: Vec<(Vec<String>, Qualifier)>,
    numbers: HashMap<String, Vec<NumberWord>>,
    /// Words of several words that read as one ("soldats de la paix" are peacekeepers), by
    /// their first word, longest first; each is also a key of `words`.
    compounds: HashMap<String, Vec<Vec<String>>>,
    /// French: number words are read by text2num's French grammar.
    pub french: bool,
}

fn qualifier_named(s: &str) -> Option<Qualifier> {
    Some(match s {
        "exact" => Qualifier::Exact,
        "at_least" => Qualifier::AtLeast,
        "more_than" => Qualifier::MoreThan,
        "about" => Qualifier::About,
        "up_to" => Qualifier::UpTo,
        "nearly" => Qualifier::Nearly,
        "estimated" => Qualifier::Estimated,
        "less_than" => Qualifier::LessThan,
        _ => return None,
    })
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').map(str::trim).collect()))
}

impl Lexicon {
    /// The word after an elided article or preposition the language writes glued to it
    /// (French "d'autres" is "autres", "l'armée" is "armée"); the word itself otherwise.
    pub fn unelide(&self, folded: String) -> String {
        match crate::tokens::split_elision(&folded) {
            Some((head, rest)) if self.is(head, Class::Elision) => rest.to_string(),
            _ => folded,
        }
    }

    /// Reads the three files of one language. The files ship with the program, so a bad line
    /// is a programming error reported with its file and line (and caught by the tests).
    pub fn parse(lexicon: &str, qualifiers: &str, numbers: &str) -> Result<Lexicon, String> {
        let mut lex = Lexicon::default();
        for (n, cells) in data_lines(lexicon) {
            let [word, classes] = cells[..] else {
                return Err(format!("lexicon.tsv:{n}: expected word<TAB>classes"));
            };
            let mut set = lex.words.get(word).copied().unwrap_or_default();
            for name in classes.split(',').map(str::trim) {
                let c = CLASS_NAMES
                    .iter()
                    .find(|(k, _)| *k == name)
                    .ok_or_else(|| format!("lexicon.tsv:{n}: unknown class `{name}`"))?;
                set.0 |= c.1 as u128;
            }
            lex.words.insert(word.to_string(), set);
            let parts: Vec<String> = word.split(' ').map(String::from).collect();
            if parts.len() > 1 {
                let list = lex.compounds.entry(parts[0].clone()).or_default();
                list.push(parts);
                list.sort_by_key(|p| std::cmp::Reverse(p.len()));
            }
        }
        for (n, cells) in data_lines(qualifiers) {
            let [phrase, q] = cells[..] else {
                return Err(format!("qualifiers.tsv:{n}: expected phrase<TAB>qualifier"));
            };
            let q = qualifier_named(q)
                .ok_or_else(|| format!("qualifiers.tsv:{n}: unknown qualifier `{q}`"))?;
            let words: Vec<String> = phrase.split(' ').map(String::from).collect();
            if words.len() > QUALIFIER_WORDS {
                return Err(format!(
                    "qualifiers.tsv:{n}: `{phrase}` is longer than {QUALIFIER_WORDS} words"
                ));
            }
            lex.qualifiers.push((words, q));
        }
        lex.qualifiers
            .sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (n, cells) in data_lines(numbers) {
            let [word, kind, value] = cells[..] else {
                return Err(format!("numbers.tsv:{n}: expected word<TAB>kind<TAB>value"));
            };
            let v: f64 = value
                .parse()
                .map_err(|_| format!("numbers.tsv:{n}: `{value}` is not a number"))?;
            let w = match kind {
                "scale" => NumberWord::Scale(v),
                "dozen" => NumberWord::Dozen(v),
                "vague" => NumberWord::Vague(v),
                "single" => NumberWord::Single,
                "word" => NumberWord::Word,
                "fraction" => NumberWord::Fraction(v),
                _ => return Err(format!("numbers.tsv:{n}: unknown kind `{kind}`")),
            };
            lex.numbers.entry(word.to_string()).or_default().push(w);
        }
        Ok(lex)
    }

    /// Joins the runs of `words` that spell a compound of several words into its first word
    /// ("soldats de la paix"), so that every rule reads the compound's classes there; the
    /// words after it stay as they are.
    pub fn join_compounds(&self, words: &mut [String]) {
        if self.compounds.is_empty() {
            return;
        }
        let mut i = 0;
        while i < words.len() {
            let hit = self.compounds.get(&words[i]).and_then(|list| {
                list.iter()
                    .find(|p| words.get(i..i + p.len()).is_some_and(|w| w == &p[..]))
            });
            match hit {
                Some(p) => {
                    let n = p.len();
                    words[i] = p.join(" ");
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    pub fn classes(&self, folded: &str) -> Classes {
        self.words.get(folded).copied().unwrap_or_default()
    }

    pub fn is(&self, folded: &str, c: Class) -> bool {
        self.classes(folded).has(c)
    }

    /// The number word's roles ("dozens" is a multiplier after a number, vague before "of").
    pub fn number_word(&self, folded: &str) -> &[NumberWord] {
        self.numbers.get(folded).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn scale(&self, folded: &str) -> Option<f64> {
        self.number_word(folded).iter().find_map(|w| match w {
            NumberWord::Scale(v) => Some(*v),
            _ => None,
        })
    }

    pub fn dozen(&self, folded: &str) -> Option<f64> {
        self.number_word(folded).iter().find_map(|w| match w {
            NumberWord::Dozen(v) => Some(*v),
            _ => None,
        })
    }

    pub fn vague(&self, folded: &str) -> Option<f64> {
        self.number_word(folded).iter().find_map(|w| match w {
            NumberWord::Vague(v) => Some(*v),
            _ => None,
        })
    }

    pub fn is_number_word(&self, folded: &str) -> bool {
        self.number_word(folded).contains(&NumberWord::Word)
    }

    pub fn fraction(&self, folded: &str) -> Option<f64> {
        self.number_word(folded).iter().find_map(|w| match w {
            NumberWord::Fraction(v) => Some(*v),
            _ => None,
        })
    }

    pub fn is_single(&self, folded: &str) -> bool {
        self.number_word(folded).contains(&NumberWord::Single)
    }

    /// The qualifier whose phrase ends right before `words.len()`: `words` are the folded
    /// words before the number, nearest last.
    /// How many of the last `words` a qualifier phrase takes ("à peu près" → 3), 0 for none.
    pub fn qualifier_len(&self, words: &[&str]) -> usize {
        self.qualifiers
            .iter()
            .filter(|(p, _)| words.len() >= p.len() && words[words.len() - p.len()..] == p[..])
            .map(|(p, _)| p.len())
            .max()
            .unwrap_or(0)
    }

    /// The qualifier that ends `words`, and how many of them it takes ("plus de": 2).
    fn qualifier_ending(&self, words: &[&str]) -> Option<(Qualifier, usize)> {
        self.qualifiers.iter().find_map(|(p, q)| {
            (words.len() >= p.len() && words[words.len() - p.len()..] == p[..])
                .then_some((*q, p.len()))
        })
    }

    /// How many of `words`' last words a qualifier takes ("plus de": 2), if any ends them.
    pub fn qualifier_len_before(&self, words: &[&str]) -> Option<usize> {
        self.qualifier_ending(words).map(|(_, n)| n)
    }

    pub fn qualifier_before(&self, words: &[&str]) -> Option<Qualifier> {
        self.qualifier_ending(words).map(|(q, _)| q)
    }
}

/// The most words a qualifier phrase may have ("in the region of"): the rules read this many
/// words before a number.
pub const QUALIFIER_WORDS: usize = 4;

/// The English lexicon, read once.
pub fn english() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        Lexicon::parse(
            include_str!("../data/en/lexicon.tsv"),
            include_str!("../data/en/qualifiers.tsv"),
            include_str!("../data/en/numbers.tsv"),
        )
        .unwrap_or_else(|e| panic!("corpus/data/en: {e}"))
    })
}

/// The French word lists (`corpus/data/fr/`).
pub fn french() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        Lexicon::parse(
            include_str!("../data/fr/lexicon.tsv"),
            include_str!("../data/fr/qualifiers.tsv"),
            include_str!("../data/fr/numbers.tsv"),
        )
        .map(|mut l| {
            l.french = true;
            l
        })
        .unwrap_or_else(|e| panic!("corpus/data/fr: {e}"))
    })
}

/// The language of a text, from its commonest grammar words (each lexicon's class `grammar`):
/// French when its French grammar words outnumber its English ones, else English. A French
/// elided article or conjunction ("l'année", "qu'il") counts as a French word: a short dispatch
/// ("14 Casques bleus sont morts l'année précédente") may hold few others.
pub fn is_french(text: &str) -> bool {
    let (en_lex, fr_lex) = (english(), french());
    let (mut fr, mut en) = (0usize, 0usize);
    let mut words = 0;
    for (i, c) in text.char_indices() {
        // "l'" / "qu'" glued to a word, standing as a word of their own.
        if matches!(c, '\'' | '’') && text[i + c.len_utf8()..].starts_with(char::is_alphabetic) {
            let before = &text[..i];
            let word = before
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next()
                .unwrap_or("");
            if word.eq_ignore_ascii_case("l") || word.eq_ignore_ascii_case("qu") {
                fr += 1;
            }
        }
    }
    // One buffer for the folded word: an ASCII word is only lower-cased.
    let mut buf = String::new();
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| (2..=12).contains(&w.len()))
    {
        words += 1;
        if words > 3000 {
            break;
        }
        let w: &str = if w.is_ascii() {
            buf.clear();
            buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
            &buf
        } else {
            buf = crate::tokens::fold(w);
            &buf
        };
        fr += usize::from(fr_lex.is(w, Class::Grammar));
        en += usize::from(en_lex.is(w, Class::Grammar));
    }
    fr > en
}

/// The word lists for a text's language.
pub fn for_text(text: &str) -> &'static Lexicon {
    if is_french(text) {
        french()
    } else {
        english()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_files_read() {
        let l = english();
        assert!(l.is("killed", Class::Kill));
        assert!(l.is("helmets", Class::Peacekeeper));
        assert!(!l.is("helmets", Class::Kill));
        assert_eq!(l.scale("million"), Some(1e6));
        assert_eq!(l.dozen("dozens"), Some(12.0));
        assert_eq!(l.vague("dozens"), Some(24.0));
        assert_eq!(
            l.qualifier_before(&["killed", "at", "least"]),
            Some(Qualifier::AtLeast)
        );
        assert_eq!(
            l.qualifier_before(&["as", "many", "as"]),
            Some(Qualifier::UpTo)
        );
        assert_eq!(l.qualifier_before(&["the"]), None);
    }

    #[test]
    fn bad_lines_name_the_file_line_and_reason() {
        let e = Lexicon::parse("killed\tkill,maim\n", "", "").unwrap_err();
        assert_eq!(e, "lexicon.tsv:1: unknown class `maim`");
        let e = Lexicon::parse("", "at least\tsome\n", "").unwrap_err();
        assert!(e.starts_with("qualifiers.tsv:1"));
        let e = Lexicon::parse("", "", "# c\ndozen\tdozen\ttwelve\n").unwrap_err();
        assert!(e.starts_with("numbers.tsv:2"));
        // A phrase longer than the rules read before a number would never match.
        let e = Lexicon::parse("", "at the very very least\tat_least\n", "").unwrap_err();
        assert_eq!(
            e,
            "qualifiers.tsv:1: `at the very very least` is longer than 4 words"
        );
    }
}
