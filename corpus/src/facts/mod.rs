//! Every numeric claim of a document as a [`Fact`]: value, qualifier, unit, category, subject
//! (the force or group it is about), as-of date with its basis, places and actors of the
//! sentence, and the sentence itself with its byte span.

mod classify;
mod dating;
mod delimited;
pub mod numbers;
mod subject;
mod tables;

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use crate::dates::{find_dates, DateMention};
use crate::gazetteer::{gazetteer, Entity, ForceKind, Mention};
use crate::ingest::urls::find_urls;
use crate::lexicon::{self, Class, Classes, Lexicon};
use crate::model::{Block, DocId, Document, PartialDate, Span};
use crate::sentences;
use crate::tokens::{fold, folded_words, tokenize, Token};

/// What a number measures. The first nine names are fixed: charts and tests rely on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Troops,
    Police,
    UniformedPersonnel,
    CivilianStaff,
    PeacekeepersKilled,
    PeacekeepersWounded,
    CiviliansKilled,
    Displaced,
    Other,
    /// Soldiers of a national or other non-UN force killed.
    MilitaryKilled,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Troops,
        Category::Police,
        Category::UniformedPersonnel,
        Category::CivilianStaff,
        Category::PeacekeepersKilled,
        Category::PeacekeepersWounded,
        Category::CiviliansKilled,
        Category::Displaced,
        Category::MilitaryKilled,
        Category::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Troops => "troops",
            Category::Police => "police",
            Category::UniformedPersonnel => "uniformed_personnel",
            Category::CivilianStaff => "civilian_staff",
            Category::PeacekeepersKilled => "peacekeepers_killed",
            Category::PeacekeepersWounded => "peacekeepers_wounded",
            Category::CiviliansKilled => "civilians_killed",
            Category::Displaced => "displaced",
            Category::MilitaryKilled => "military_killed",
            Category::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    Nearly,
    Estimated,
    LessThan,
    /// "hundreds", "dozens": the value is the lower bound the word implies.
    Vague,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
            Qualifier::Nearly => "nearly",
            Qualifier::Estimated => "estimated",
            Qualifier::LessThan => "less_than",
            Qualifier::Vague => "vague",
        }
    }
}

/// Why a fact carries the date it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// "As of October 16, 2018", "Per June 30, 2023".
    Stated,
    /// "between June and September 2018", "since January 2018": `date` is the start.
    Period,
    /// A date the sentence gives for what it reports ("in March 2022").
    Event,
    /// Nothing in the sentence: the document's publication date.
    Publication,
    Unknown,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Period => "period",
            DateBasis::Event => "event",
            DateBasis::Publication => "publication",
            DateBasis::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `<doc>:<n>`, stable for a given input.
    pub id: String,
    pub doc: DocId,
    pub value: f64,
    /// The number as written ("15,209", "three million", "hundreds").
    pub value_text: String,
    pub qualifier: Qualifier,
    pub unit: String,
    pub category: Category,
    /// The force, contingent or group the number is about ("MINUSMA, Chadian contingent").
    pub subject: Option<String>,
    /// The country of a national contingent, when named.
    pub contingent: Option<String>,
    /// ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
    pub date: Option<String>,
    /// End of a period.
    pub date_end: Option<String>,
    pub date_basis: DateBasis,
    pub places: Vec<String>,
    pub actors: Vec<String>,
    /// "the alleged execution of 300 men": reported as an allegation.
    pub alleged: bool,
    /// The sentence, exactly as in the cleaned text.
    pub quote: String,
    /// Byte span of `quote` in the document's cleaned text.
    pub start: u32,
    pub end: u32,
    /// Byte span of the number expression itself.
    pub number_start: u32,
    pub number_end: u32,
    pub block: String,
}

impl Fact {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
    /// The date the number holds as of: the end of the period it counts ("since 2013" holds
    /// as of the text's date), else its date.
    pub fn as_of(&self) -> Option<&str> {
        match self.date_basis {
            DateBasis::Period => self.date_end.as_deref().or(self.date.as_deref()),
            _ => self.date.as_deref(),
        }
    }
    pub fn as_of_year(&self) -> Option<i32> {
        self.as_of()?.get(..4)?.parse().ok()
    }
    pub fn number_span(&self) -> Span {
        Span {
            start: self.number_start,
            end: self.number_end,
        }
    }
}

/// One sentence with what every rule needs about it, computed once.
pub(crate) struct Sentence<'a> {
    pub text: &'a str,
    /// Offset of `text` in the document's cleaned text.
    pub base: usize,
    pub toks: Vec<Token>,
    /// Folded word per token ("" for numbers and punctuation).
    pub words: Vec<String>,
    /// Lexicon classes per token, and their union over the sentence.
    pub classes: Vec<Classes>,
    pub all: Classes,
    pub dates: Vec<DateMention>,
    pub mentions: Vec<Mention>,
    /// The word lists of the text's language.
    pub lex: &'static Lexicon,
}

/// A text's words as the lexicon reads them: folded, French elisions undone, and the runs
/// that spell a compound joined into their first word.
pub(super) fn lexicon_words(text: &str, toks: &[Token], lex: &Lexicon) -> Vec<String> {
    let mut words: Vec<String> = folded_words(text, toks)
        .into_iter()
        .map(|w| lex.unelide(w))
        .collect();
    lex.join_compounds(&mut words);
    words
}

impl<'a> Sentence<'a> {
    pub fn new(text: &'a str, base: usize, lex: &'static Lexicon) -> Self {
        let toks = tokenize(text);
        let words = lexicon_words(text, &toks, lex);
        let dates = find_dates(text, &toks);
        let mentions = gazetteer().find_in(text, &toks);
        // A compound's classes are read at its first word only: "women" in "men and women"
        // is not a civilian word of the sentence.
        // A possessive is read as its noun: "the Mission's 11,000 troops".
        // A figure may carry a class too: "1948", the year UN peacekeeping began, marks a toll
        // "since 1948" as every mission's.
        let mut classes: Vec<Classes> = words
            .iter()
            .zip(&toks)
            .map(|(w, t)| {
                if t.is_num() {
                    return lex.classes(t.text(text));
                }
                match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                    Some(stem) if lex.classes(w).0 == 0 => lex.classes(stem),
                    _ => lex.classes(w),
                }
            })
            .collect();
        let mut k = 0;
        while k < words.len() {
            let parts = words[k].split(' ').count();
            for c in classes.iter_mut().skip(k + 1).take(parts - 1) {
                *c = Classes::default();
            }
            k += parts;
        }
        // A verb of falling is a casualty after its subject ("170 blue helmets fell") and a
        // figure's change before a link and a number ("Dutch strength fell to roughly 250").
        for k in 0..words.len() {
            // (Only qualifier words between the link and the number: "fell to fewer than 20",
            // not "tombés à Kidal depuis 2014".)
            let change = classes[k].has(Class::Shift)
                && classes.get(k + 1).is_some_and(|c| c.has(Class::LinkBefore))
                && (k + 2..words.len().min(k + 6)).any(|j| {
                    let between: Vec<&str> = words[k + 2..j].iter().map(String::as_str).collect();
                    toks[j].is_num() && lex.qualifier_len(&between) == between.len()
                });
            if change {
                classes[k] = Classes(classes[k].0 & !(Class::Kill as u128));
            }
        }
        let all = Classes(classes.iter().fold(0, |a, c| a | c.0));
        // A bare year after a reference word is a document's number: "resolution 2100" (2013)
        // dates nothing.
        let mut dates = dates;
        dates.retain(|d| {
            let Some(k) = toks.iter().position(|t| t.start == d.start) else {
                return true;
            };
            let bare_year = toks[k].end == d.end && d.to.is_none();
            // So is the year in brackets after it: "resolution 2227 (2015)" dates the
            // resolution, not the ceiling it set.
            let reference_year = k >= 3
                && toks[k - 1].text(text) == "("
                && toks[k - 2].is_num()
                && classes[k - 3].has(Class::Reference);
            !(bare_year && ((k > 0 && classes[k - 1].has(Class::Reference)) || reference_year))
        });
        Sentence {
            text,
            base,
            toks,
            words,
            classes,
            all,
            dates,
            mentions,
            lex,
        }
    }
    pub fn tok_at(&self, byte: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.start >= byte)
            .unwrap_or(self.toks.len())
    }
    pub fn word(&self, i: usize) -> &str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }
    /// Whether token `k` is one of the later words of a compound joined into an earlier
    /// token ("de", "la", "paix" after "soldats de la paix").
    pub fn in_compound(&self, k: usize) -> bool {
        (k.saturating_sub(6)..k).any(|j| {
            let parts = self.words[j].split(' ').count();
            parts > 1 && j + parts > k
        })
    }
    /// How many tokens of `from..to` are later words of a compound: a window of words after a
    /// number widens by as many, so that a compound takes one place in it.
    pub fn compound_tail(&self, from: usize, to: usize) -> usize {
        (from..to.min(self.toks.len()))
            .filter(|&k| self.in_compound(k))
            .count()
    }
    /// The first token of the qualifier words ("some", "about", "nearly") that end right
    /// before token `k`; `k` itself without any.
    pub fn past_qualifiers(&self, mut k: usize) -> usize {
        // Qualifiers of several words too ("plus de 800"); a distributive word stands where a
        // qualifier would ("en déploient chacun 800").
        loop {
            if k > 0 && self.is(k - 1, Class::Each) {
                k -= 1;
                continue;
            }
            // The words before `k` (fewer at the sentence's start), without allocating:
            // this runs for every number.
            // (Past an abbreviation's full stop: "approx. 2,700", "c. 800".)
            let end = self.past_abbreviation_dot(k);
            let n = end.min(crate::lexicon::QUALIFIER_WORDS);
            let mut words = [""; crate::lexicon::QUALIFIER_WORDS];
            for (slot, j) in words.iter_mut().zip(end - n..end) {
                *slot = self.word(j);
            }
            match self.lex.qualifier_len_before(&words[..n]) {
                Some(n) if n > 0 => k = end - n,
                _ => return k,
            }
        }
    }
    /// Whether the text's mission is named by its common noun and article ("the mission",
    /// "la Mission") at a token of `range`.
    pub fn the_mission_in(&self, range: std::ops::Range<usize>) -> bool {
        range
            .into_iter()
            .any(|k| k > 0 && self.is(k, Class::GenericMission) && self.is(k - 1, Class::Article))
    }
    /// `k`, or the full stop's token before it when a full stop glued to a word ends right
    /// before `k` ("approx. 2,700"): where the words before a number end.
    pub fn past_abbreviation_dot(&self, k: usize) -> usize {
        let dot = k > 1
            && self.toks[k - 1].is_punct(self.text, ".")
            && !self.toks[k - 1].space_before
            && self.toks[k - 2].is_word();
        k - usize::from(dot)
    }
    /// Token `k`, or the one after it when `k` is a plus glued to the number before ("40+
    /// dead": "at least", not where the number's noun starts).
    pub fn past_glued_plus(&self, k: usize) -> usize {
        let glued_plus = self
            .toks
            .get(k)
            .is_some_and(|t| !t.space_before && t.is_punct(self.text, "+"));
        k + usize::from(glued_plus)
    }
    /// Whether token `k` is a word of lexicon class `c`.
    pub fn is(&self, k: usize, c: Class) -> bool {
        self.classes.get(k).is_some_and(|x| x.has(c))
    }
    /// Whether a word of the sentence says who people are, by one of `classes`; fellows of
    /// those counted before ("three of their comrades") are the same people, not new ones.
    pub fn names_who(&self, classes: &[Class]) -> bool {
        self.all.has_any(classes)
            && (0..self.toks.len())
                .any(|k| !self.is(k, Class::Comrade) && classes.iter().any(|&c| self.is(k, c)))
    }
    /// Whether any word of the sentence is of class `c`.
    pub fn any(&self, c: Class) -> bool {
        self.all.has(c)
    }
}

/// Extracts the facts of one document.
pub fn extract(doc: &Document) -> Vec<Fact> {
    // Every sentence is analysed once; the mission the text is about is read from them all
    // before any number is attributed.
    let years = dating::year_headings(doc);
    let lex = lexicon::for_text(&doc.text);
    // (Most texts have no captioned figure: their blocks are read as they are, not copied.)
    let joined = captioned_figures(doc);
    let (doc_blocks, captioned): (&[Block], &[u32]) = match &joined {
        Some((b, c)) => (b, c),
        None => (&doc.blocks, &[]),
    };
    let sentences_of = |block: &Block| -> Vec<Sentence> {
        let text = doc.slice(block.span);
        // A paragraph of some length in the other language (a bilingual statement's French
        // version after its English one) is read with its own language's words.
        // (A paragraph of prose, not a table's rows.)
        let prose = block.kind == crate::model::BlockKind::Paragraph && !text.contains('|');
        let own = if prose && text.split_whitespace().nth(30).is_some() {
            lexicon::for_text(text)
        } else {
            lex
        };
        let mut spans = sentences::split(text);
        // A figure set above its caption reads as the caption's first word.
        if spans.len() >= 2 && captioned.contains(&block.span.start) {
            let (first, second) = (spans[0], spans[1]);
            spans.splice(0..2, [(first.0, second.1)]);
        }
        spans
            .into_iter()
            .map(|(s, e)| Sentence::new(&text[s..e], block.span.start as usize + s, own))
            .collect()
    };
    // Each block with its sentences, and the question a block of any kind just before it
    // asks ("How many peacekeepers have died?" as an FAQ's heading), which its first
    // sentence may answer.
    // The one contributing country that question block names, if any ("Côte d'Ivoire has
    // said it is leaving too. How big is its contingent?"), whose answer's figures it owns.
    let mut asked_countries: Vec<Option<usize>> = Vec::new();
    let blocks: Vec<(&Block, Vec<Sentence>, Option<Sentence>)> = doc_blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind.carries_claims())
        .map(|(i, block)| {
            let mut asked = i
                .checked_sub(1)
                .map(|j| &doc_blocks[j])
                .filter(|b| doc.slice(b.span).trim_end().ends_with('?'))
                .map(sentences_of)
                .unwrap_or_default();
            asked_countries.push(subject::asked_country(&asked));
            (block, sentences_of(block), asked.pop())
        })
        .collect();
    let dominant = subject::dominant_peace_operation(blocks.iter().flat_map(|(_, s, _)| s));
    let voice = subject::voice_country(doc, lex);
    let mission_voice = subject::mission_voice(doc, lex);
    let topic = subject::topic_country(blocks.iter().flat_map(|(_, s, _)| s));
    let report_end = dating::report_period_end(blocks.iter().flat_map(|(_, s, _)| s));
    let tables = tables::extract(doc, dominant, lex);
    let in_row = |s: &Sentence| {
        let (a, b) = (s.base, s.base + s.text.len());
        tables
            .rows
            .iter()
            .any(|r| a >= r.start as usize && b <= r.end as usize)
    };
    let mut out: Vec<Fact> = Vec::new();
    let mut seen_sentences: HashSet<String> = HashSet::new();
    let mut recent_force: Option<usize> = None;
    // The force the title names, when it names one and only one ("Opération Barkhane"): in
    // a paragraph that names none, the text's figures are its, not those of the last force
    // the paragraphs before named ("… prend le relais de l'opération Serval").
    let title_force = blocks
        .iter()
        .find(|(b, _, _)| b.kind == crate::model::BlockKind::Title)
        .and_then(|(_, sents, _)| one_force_named(sents));
    // A title about the mission's dead ("Décès parmi le personnel en tenue de la MINUSMA, par
    // année", "Fatalities among MINUSMA uniformed personnel"): whose a bare "N deaths" counts
    // before the text has counted any.
    let title_victims = blocks
        .iter()
        .find(|(b, _, _)| b.kind == crate::model::BlockKind::Title)
        .and_then(|(_, sents, _)| {
            let g = gazetteer();
            sents.iter().find_map(|s| {
                let peace = s.any(Class::Peacekeeper)
                    || s.mentions
                        .iter()
                        .filter_map(subject::personnel_force)
                        .any(|i| g.forces[i].kind == ForceKind::PeaceOperation);
                (s.any(Class::Kill) && peace && !s.any(Class::Civilian))
                    .then_some(classify::Victims::Peacekeepers)
            })
        });
    // A multinational operation (no nation's own, no peace operation) that the title names
    // ("Task Force Takuba"): a country's share on its page ("Estonia: 95 troops", "a Danish
    // contingent of 90") is that operation's, not the mission's.
    let title_operation = title_force.filter(|&t| subject::multinational_operation(t));
    // The block in which the recent force was named.
    let mut recent_block = usize::MAX;
    let mut section_operation: Option<usize> = None;
    let mut figure: Option<classify::Carried> = None;
    let mut figure_block = usize::MAX;
    // The paragraphs read since the caption.
    let mut figure_prose = 0;
    // The text's last casualty figure so far: whose a toll that names no one counts.
    let mut last_casualty: Option<usize> = None;
    // The people ("the Chadians") the sentences last named, for "they" and "their".
    let mut people: Option<usize> = None;
    // The sentences in text order, for a look at the one after.
    let all: Vec<&Sentence> = blocks.iter().flat_map(|(_, s, _)| s).collect();
    let mut index: usize = 0;
    // The last sentence of the paragraph before, and where its facts begin: wire copy puts
    // "Five others were wounded." in a paragraph of its own after the deaths.
    let mut last_para: Option<(&Sentence, usize)> = None;
    let section_dates = dating::section_dates(doc, lex);
    // The story's last dated day or month, and the block that told it.
    let mut story: Option<(PartialDate, usize)> = None;
    for (bi, (block, sents, question)) in blocks.iter().enumerate() {
        if block.kind == crate::model::BlockKind::Heading {
            story = None;
        }
        // "Answered on 9 December 2020", "Réponse … publiée dans le JO du 10/02/2022": a
        // short line that dates the part of the text after it (a written question and its
        // answer, each with its own date).
        let published = section_dates
            .iter()
            .rev()
            .find(|(at, _)| *at <= block.span.start)
            .map(|(_, d)| *d)
            .or(doc.meta.published);
        let mut prev: Option<&Sentence> = None;
        let block_start = out.len();
        let asked_country = asked_countries[bi];
        let para = block.kind == crate::model::BlockKind::Paragraph;
        // A run of headings is a table of contents ("1 Effectifs", "3 Task Force Takuba"):
        // the forces it lists are no context for the text after it.
        let heading = |b: Option<&(&Block, _, _)>| {
            b.is_some_and(|(b, _, _)| b.kind == crate::model::BlockKind::Heading)
        };
        let contents = heading(Some(&blocks[bi]))
            && (heading(blocks.get(bi + 1)) || bi > 0 && heading(blocks.get(bi - 1)));
        // A section heading that names one multinational operation ("4 · TAKUBA TAKES
        // SHAPE") is that section's title operation, until the next heading.
        if block.kind == crate::model::BlockKind::Heading && !contents {
            section_operation =
                one_force_named(sents).filter(|&f| subject::multinational_operation(f));
        }
        // What the question before the block asks, read once for all its sentences.
        let block_asked = question
            .as_ref()
            .and_then(|q| classify::asked(q, lex, dominant));
        // A chart's caption ("FIGURE 1 - …") governs the paragraphs after it, until the next
        // heading or caption.
        // A list item's block ("- 2018 : environ 27, dont 16."): a chart's values read one by
        // one, which take no part of the caption's reach.
        let bulleted = crate::tokens::after_bullet(
            &doc.text[block.span.start as usize..block.span.end as usize],
        )
        .is_some();
        match sents.first().and_then(|s| classify::figure_caption(s, lex)) {
            Some(c) => {
                figure = Some(c);
                figure_block = bi;
                figure_prose = 0;
            }
            // (A heading about the chart itself keeps it: "Description du graphique".)
            None if block.kind == crate::model::BlockKind::Heading
                && !sents.iter().any(|s| classify::names_a_chart(s)) =>
            {
                figure = None
            }
            None if block.kind == crate::model::BlockKind::Heading => {}
            None if !bulleted => figure_prose += 1,
            None => {}
        }
        // (Within the three paragraphs after the caption, and the list they lead to.)
        let figure_here = figure.filter(|_| figure_block != bi && figure_prose <= 3);
        let mut scene: Option<PartialDate> = None;
        for (i, sent) in sents.iter().enumerate() {
            index += 1;
            // The same sentence twice in one text (a repeated paragraph) is one claim.
            let key = fold(sent.text);
            if !seen_sentences.insert(key) || in_row(sent) {
                prev = Some(sent);
                continue;
            }
            let year = years.get(&block.id).copied();
            let (from, before_sent) = match (i, last_para) {
                (0, Some((p, start))) if para => (start, Some(p)),
                _ => (block_start, prev),
            };
            let carried = out[from..]
                .iter()
                .rev()
                .find(|f| f.category != Category::Other)
                .filter(|f| before_sent.is_some_and(|p| f.start as usize == p.base))
                .map(|f| classify::Carried {
                    category: f.category,
                    // Who they were carries over only to a sentence that does not say
                    // ("A further three were injured").
                    previous_sentence: true,
                    part_of: classify::victims_of(f.category),
                    // (Nor to one that names an army: "the FAMa deplored 10 dead in their
                    // ranks" after "… killing 49 civilians".)
                    victims: classify::victims_of(f.category).filter(|_| {
                        !sent.names_who(&[Class::Civilian, Class::Peacekeeper, Class::Military])
                            && !sent.mentions.iter().any(|x| {
                                matches!(x.entity, Entity::Force(i)
                                    if gazetteer().forces[i].kind == ForceKind::NationalForces)
                            })
                    }),
                    value: f.value,
                });
            // The question before the sentence, else the one the answer's block follows: "Un
            // peu plus de 1 400. Environ 600 sont à Aguelhok" both answer "Combien d'hommes …?"
            // (a number opening its sentence with no noun of its own).
            // (Later sentences only for a strength asked, and with no casualty word of their
            // own.)
            let later = |c: &classify::Carried| {
                i == 0
                    || (matches!(
                        c.category,
                        Category::Troops | Category::Police | Category::UniformedPersonnel
                    ) && !sent
                        .all
                        .has_any(&[Class::Kill, Class::Wound, Class::Displaced]))
            };
            let asked = prev
                .and_then(|q| classify::asked(q, lex, dominant))
                .or_else(|| block_asked.filter(later));
            // Looked up only for a sentence that refers back to it.
            let last_stated = if sent.any(Class::SameDate) {
                out.iter()
                    .rev()
                    // (Not a sum of money: "the budget for 2020/21 was $1.18 billion" between
                    // is a fiscal year, no date the next sentence's "at the same date" means.)
                    .find(|f| {
                        !classify::is_money(&f.unit)
                            && matches!(
                                f.date_basis,
                                DateBasis::Stated | DateBasis::Event | DateBasis::Period
                            )
                    })
                    .and_then(|f| f.date_end.as_deref().or(f.date.as_deref()))
                    .and_then(PartialDate::parse_iso)
            } else {
                // "In 2021 explosive devices killed 103 people. Of these, 27 were civilians":
                // a sentence opening on a part of the figure before holds as of its date.
                opening_part_of_previous(sent)
                    .then(|| {
                        out[from..]
                            .iter()
                            .rev()
                            .find(|f| f.category != Category::Other)
                            .filter(|f| before_sent.is_some_and(|p| f.start as usize == p.base))
                    })
                    .flatten()
                    // (Not a period still running: "since July 2013" holds as of the text.)
                    .filter(|f| match f.date_basis {
                        DateBasis::Stated | DateBasis::Event => true,
                        DateBasis::Period => f.date_end.is_some(),
                        _ => false,
                    })
                    .and_then(|f| f.date_end.as_deref().or(f.date.as_deref()))
                    .and_then(PartialDate::parse_iso)
            };
            let context_force = match title_force {
                Some(t) if recent_block != bi => Some(t),
                _ => recent_force,
            };
            // A list item's sentence before is its lead-in, in the block above ("On the
            // friendly side:" over "- 42 dead").
            let lead_in = index
                .checked_sub(2)
                .and_then(|j| all.get(j).copied())
                .filter(|p| p.text.trim_end().ends_with(':'));
            let ctx = SentenceContext {
                last_stated,
                report_end,
                asked,
                figure: figure_here,
                prev: prev.or(lead_in),
                recent_force: context_force,
                recent_here: recent_block == bi && context_force == recent_force,
                dominant,
                title_operation: title_operation.or(section_operation),
                year,
                carried,
                // The text's last casualty figure before the sentence, a table's row
                // included ("2014 and 2017, with 40 deaths each" after a table of the
                // mission's dead).
                recent: {
                    let prose = last_casualty.map(|i| &out[i]);
                    let before = tables
                        .facts
                        .partition_point(|f| (f.start as usize) < sent.base);
                    let table = tables.facts[..before]
                        .iter()
                        .rev()
                        .find(|f| classify::victims_of(f.category).is_some());
                    let later = match (prose, table) {
                        (Some(p), Some(t)) => Some(if t.start > p.start { t } else { p }),
                        (p, t) => p.or(t),
                    };
                    later
                        .and_then(|f| classify::victims_of(f.category))
                        .or(title_victims)
                },
                published,
                scene,
                story: story.filter(|&(_, at)| at + 1 >= bi).map(|(d, _)| d),
            };
            let before = out.len();
            extract_sentence(doc, block, sent, &ctx, &mut out);
            if let Some(d) = dating::scene_date(sent, published) {
                scene = Some(d);
            }
            if !sent.dates.is_empty() {
                story = dating::story_date(sent, story.map(|(d, _)| d)).map(|d| (d, bi));
            }
            // A release's closing paragraph about the mission counts its strength; its other
            // figures (a publisher's "four research programmes") are no claims about Mali.
            if block.kind == crate::model::BlockKind::Boilerplate {
                let kept: Vec<Fact> = out
                    .drain(before..)
                    .filter(|f| f.category != Category::Other)
                    .collect();
                out.extend(kept);
            }
            subject::respectively(&mut out[before..], sent);
            subject::respective_figures(&mut out[before..], sent);
            subject::continued_figures(&mut out[before..], sent);
            subject::whole_with_police(&mut out[before..], sent);
            subject::uniformed_together(&mut out[before..], sent);
            subject::sum_of_parts(&mut out[before..], sent);
            {
                // The figure the sentence before ended on, for a part of it ("Fourteen of
                // them died").
                let (done, new) = out.split_at_mut(before);
                let whole = done
                    .last()
                    .filter(|f| prev.is_some_and(|p| f.start as usize == p.base));
                subject::part_of_previous(new, sent, whole);
            }
            subject::our_contingent(&mut out[before..], sent, voice, dominant);
            subject::people_referred_back(&mut out[before..], sent, people, dominant);
            if mission_voice {
                subject::mission_dead(&mut out[before..], sent, dominant);
            }
            people = subject::people_referred(sent, people);
            // An interview's answer: the country its question asks about, then the text's.
            if let Some(c) = asked_country {
                subject::topic_contingent(&mut out[before..], sent, prev, Some(c), dominant);
            }
            subject::topic_contingent(&mut out[before..], sent, prev, topic, dominant);
            {
                let (done, new) = out.split_at_mut(before);
                // The part of a larger figure of its own sentence ("28 … dont neuf Nigériens")
                // is no contingent for the next sentence's total ("Cumul : 34").
                // (A sentence's facts stand together, so only those just before it are read.)
                let recent = last_casualty
                    .filter(|&i| {
                        let r = &done[i];
                        !done[..i]
                            .iter()
                            .rev()
                            .take_while(|w| w.start == r.start)
                            .any(|w| {
                                w.category == r.category
                                    && w.contingent.is_none()
                                    && w.value > r.value
                            })
                    })
                    .map(|i| &done[i]);
                subject::contingent_of_recent(new, sent, recent);
            }
            if let Some(next) = all.get(index) {
                subject::contingent_from_next(&mut out[before..], next);
            }
            subject::each_of_countries(&mut out, before, sent);
            subject::whole_force_figure(&mut out[before..], sent);
            subject::wounded_named_apart(&mut out[before..], sent);
            subject::breakdown_by_sum(&mut out[before..]);
            if let Some(f) = subject::last_force(sent).filter(|_| !contents) {
                recent_force = Some(f);
                recent_block = bi;
            }
            // Kept as an index so that no sentence scans the facts before it.
            if let Some(i) = (before..out.len())
                .rev()
                .find(|&i| classify::victims_of(out[i].category).is_some())
            {
                last_casualty = Some(i);
            }
            prev = Some(sent);
        }
        last_para = match (para, sents.last()) {
            (true, Some(s)) => Some((s, block_start)),
            _ => None,
        };
    }
    // Table rows join the facts in text order; ids follow that order.
    out.extend(tables.facts);
    out.sort_by_key(|f| (f.start, f.number_start));
    subject::same_claim_same_contingent(&mut out);
    subject::wounded_told_again(&mut out, lex);
    subject::dead_told_again(&mut out, lex);
    subject::same_day_same_contingent(&mut out);
    dating::after_the_force_left(&mut out, doc.meta.published);
    for (n, f) in out.iter_mut().enumerate() {
        f.id = format!("{}:{}", doc.id, n + 1);
    }
    out
}

/// The value of a block that is a figure and nothing else ("13,000", "**303**", "+ 1 400"),
/// not a year ("2019" heads a timeline's entries).
fn lone_figure(text: &str) -> Option<u64> {
    let t = text
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '#' | '_'))
        .trim();
    let t = t
        .trim_start_matches(['+', '~', '≈'])
        .trim_end_matches('+')
        .trim();
    let ok = !t.is_empty()
        && t.len() <= 16
        && t.starts_with(|c: char| c.is_ascii_digit())
        // (Not a numbered paragraph's "54.".)
        && t.ends_with(|c: char| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
        });
    if !ok {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let year =
        digits.len() == 4 && digits == t && (digits.starts_with("19") || digits.starts_with("20"));
    (!year).then(|| digits.parse().ok()).flatten()
}

/// The document's blocks, with each figure that stands on a line of its own above the
/// paragraph saying what it counts ("in numbers" pages: "303", then "Peacekeepers who have
/// died in Mali since 2013.") joined to that paragraph as its first word.
/// Only where the layout holds two such figures or more, and not a run of page numbers (small
/// consecutive figures between paragraphs).
/// Also returns where each joined block starts; `None` where the text has no such layout.
fn captioned_figures(doc: &Document) -> Option<(Vec<Block>, Vec<u32>)> {
    let blocks = &doc.blocks;
    let pairs: Vec<(usize, u64)> = (0..blocks.len().saturating_sub(1))
        .filter_map(|i| {
            let (a, b) = (&blocks[i], &blocks[i + 1]);
            let caption = b.kind == crate::model::BlockKind::Paragraph
                && doc
                    .slice(b.span)
                    .trim_start()
                    .starts_with(char::is_alphabetic);
            if !caption {
                return None;
            }
            lone_figure(doc.slice(a.span)).map(|v| (i, v))
        })
        .collect();
    let pages = pairs.windows(2).all(|w| w[1].1 == w[0].1 + 1);
    if pairs.len() < 2 || pages {
        return None;
    }
    let mut out = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        if pairs.iter().any(|&(j, _)| j == i) {
            let (a, b) = (&blocks[i], &blocks[i + 1]);
            out.push(Block {
                span: crate::model::Span {
                    start: a.span.start,
                    end: b.span.end,
                },
                line: a.line,
                ..b.clone()
            });
            i += 2;
        } else {
            out.push(blocks[i].clone());
            i += 1;
        }
    }
    let starts = pairs.iter().map(|&(j, _)| blocks[j].span.start).collect();
    Some((out, starts))
}

/// Whether a sentence opens on a part of what the sentence before counted: "Of these, …",
/// "Of them, …", "Among them, …", "Parmi eux, …".
fn opening_part_of_previous(sent: &Sentence) -> bool {
    (sent.is(0, Class::Of) || sent.is(0, Class::Subset))
        && sent.is(1, Class::RefersBack)
        && sent.toks.get(2).is_some_and(|t| t.is_punct(sent.text, ","))
}

/// The force with personnel that sentences name (a title, a heading), if they name it and no
/// other.
fn one_force_named(sents: &[Sentence]) -> Option<usize> {
    let mut forces: Vec<usize> = sents
        .iter()
        .flat_map(|s| s.mentions.iter().filter_map(subject::personnel_force))
        .collect();
    forces.dedup();
    match forces[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// Token flags for the tokens a date or a URL already claims: no number is read there.
fn blocked_tokens(sent: &Sentence) -> Vec<bool> {
    let mut blocked = vec![false; sent.toks.len()];
    for d in &sent.dates {
        let toks: Vec<usize> = (0..sent.toks.len())
            .filter(|&k| sent.toks[k].start >= d.start && sent.toks[k].end <= d.end)
            .collect();
        // A bare "2000" before a counted noun ("2000 soldiers") is a count, not a year.
        if let [k] = toks[..] {
            if sent.toks[k].is_num() && sent.is(k + 1, Class::Counted) {
                continue;
            }
        }
        for k in toks {
            blocked[k] = true;
        }
    }
    // A capitalised word inside a name of capitalised words, after "of", is no count: "the
    // Joint Force of the Group of Five for the Sahel".
    let capital = |k: usize| {
        sent.toks[k].is_word()
            && sent.toks[k]
                .text(sent.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    for (k, b) in blocked.iter_mut().enumerate().skip(2) {
        if capital(k) && sent.word(k - 1) == "of" && capital(k - 2) {
            *b = true;
        }
    }
    // A year cut to its last two figures ("Dec '21", "in '14") is no count.
    for (k, pair) in sent.toks.windows(2).enumerate() {
        let (apostrophe, t) = (pair[0], pair[1]);
        let k = k + 1;
        if t.is_num()
            && !t.space_before
            && t.text(sent.text).len() == 2
            && t.text(sent.text).bytes().all(|b| b.is_ascii_digit())
            && matches!(apostrophe.text(sent.text), "'" | "’")
            && (k == 1 || apostrophe.space_before)
        {
            blocked[k] = true;
        }
    }
    // French "sept." with its abbreviation's stop inside a sentence is September ("arrivé en
    // sept. dernier"): a count never takes a full stop that the sentence runs past.
    for (k, pair) in sent.toks.windows(3).enumerate() {
        let (stop, next) = (pair[1], pair[2]);
        if sent.word(k) == "sept"
            && stop.is_punct(sent.text, ".")
            && !stop.space_before
            && next
                .text(sent.text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            blocked[k] = true;
        }
    }
    // A number alone in its sentence ("2." between a list's items) counts nothing.
    if let [n, stop] = &sent.toks[..] {
        if n.is_num() && stop.is_punct(sent.text, ".") {
            blocked[0] = true;
        }
    }
    // An item's number opening its sentence: "2) Dead: …", a thread's "5/ Wounded: …".
    if let [t, mark, next, ..] = &sent.toks[..] {
        if t.is_num()
            && t.text(sent.text).len() <= 2
            && t.text(sent.text).bytes().all(|b| b.is_ascii_digit())
            && (mark.is_punct(sent.text, ")") || mark.is_punct(sent.text, "/"))
            && !mark.space_before
            && next.space_before
        {
            blocked[0] = true;
        }
    }
    // Footnote markers: "killed in action[3]", "…in 2021.[5] Belgium", "[12][13]".
    for (i, w) in sent.toks.windows(3).enumerate() {
        let (k, open, t, close) = (i + 1, &w[0], &w[1], &w[2]);
        let after = sent.toks.get(k + 2);
        if t.is_num()
            && open.is_punct(sent.text, "[")
            && close.is_punct(sent.text, "]")
            && !t.space_before
            && !close.space_before
            && t.text(sent.text).bytes().all(|b| b.is_ascii_digit())
            && (!open.space_before || after.is_none_or(|a| !a.is_word() && !a.is_num()))
        {
            blocked[k] = true;
        }
    }
    for (s, e) in find_urls(sent.text) {
        for (k, t) in sent.toks.iter().enumerate() {
            if t.start >= s && t.end <= e {
                blocked[k] = true;
            }
        }
    }
    blocked
}

/// The numbers of a sentence, dates and URLs left out.
pub(crate) fn scan_numbers(sent: &Sentence, lex: &lexicon::Lexicon) -> Vec<numbers::NumberMention> {
    let blocked = blocked_tokens(sent);
    numbers::Scanner {
        src: sent.text,
        toks: &sent.toks,
        words: &sent.words,
        blocked: &blocked,
        lex,
    }
    .scan()
}

/// A fact for number `m` of `sent` with its place in the text filled in; the caller sets what
/// it counts, whose it is and when. Its id is given by [`extract`] once all facts are in text
/// order.
fn fact_at(doc: &Document, block: &Block, sent: &Sentence, m: &numbers::NumberMention) -> Fact {
    Fact {
        id: String::new(),
        doc: doc.id.clone(),
        value: m.value,
        value_text: written_number(sent, m).to_string(),
        qualifier: Qualifier::Exact,
        unit: String::new(),
        category: Category::Other,
        subject: None,
        contingent: None,
        date: None,
        date_end: None,
        date_basis: DateBasis::Unknown,
        places: Vec::new(),
        actors: Vec::new(),
        alleged: false,
        quote: sent.text.to_string(),
        start: sent.base as u32,
        end: (sent.base + sent.text.len()) as u32,
        number_start: (sent.base + sent.toks[m.first].start) as u32,
        number_end: (sent.base + sent.toks[m.last].end) as u32,
        block: block.id.clone(),
    }
}

/// The number as written, without the elided preposition or conjunction a French number word
/// may carry ("d'un millier" is "un millier"); an article stays ("l'un d'eux").
fn written_number<'a>(sent: &Sentence<'a>, m: &numbers::NumberMention) -> &'a str {
    let text = &sent.text[sent.toks[m.first].start..sent.toks[m.last].end];
    match crate::tokens::split_elision(text) {
        Some((before, after))
            if !sent.toks[m.first].is_num() && matches!(before, "d" | "D" | "qu" | "Qu") =>
        {
            after
        }
        _ => text,
    }
}

/// What a sentence's facts read from around it.
struct SentenceContext<'a> {
    prev: Option<&'a Sentence<'a>>,
    /// The last force named before the sentence.
    recent_force: Option<usize>,
    /// Whether that force was named in the sentence's own paragraph.
    recent_here: bool,
    /// The peace operation the text is about.
    dominant: Option<usize>,
    /// A multinational operation the title names, which national shares belong to.
    title_operation: Option<usize>,
    /// The year a timeline's heading gives the entries under it.
    year: Option<i32>,
    /// The previous sentence's last chart figure, in the same block.
    carried: Option<classify::Carried>,
    /// Who the text's last casualty figure counted.
    recent: Option<classify::Victims>,
    /// What the question just before the sentence asks to count.
    asked: Option<classify::Carried>,
    /// What the chart the sentence's paragraph describes counts (see `classify::figure_caption`).
    figure: Option<classify::Carried>,
    /// The end of the period the text says it covers, if it is a report that says so.
    report_end: Option<PartialDate>,
    /// The date the text gave a figure last, for a sentence that refers back to it.
    last_stated: Option<PartialDate>,
    /// When the part of the text the sentence is in was published: the document's date, or a
    /// later one a line gave the part ("Réponse du ministère publiée le 10/02/2022").
    published: Option<PartialDate>,
    /// The day an earlier sentence of the paragraph set the scene on, with no figure of its
    /// own ("Les faits remontent au dimanche 20 janvier 2019."): the day of the casualties
    /// the paragraph then tells of.
    scene: Option<PartialDate>,
    /// The last day or month with its year the section's story told of, in this paragraph or
    /// the one before: a day or month without a year after it is in that story's year.
    story: Option<PartialDate>,
}

fn extract_sentence(
    doc: &Document,
    block: &Block,
    sent: &Sentence,
    ctx: &SentenceContext,
    out: &mut Vec<Fact>,
) {
    let SentenceContext {
        prev,
        recent_force,
        dominant,
        year,
        ..
    } = *ctx;
    let lex = sent.lex;
    let mentions = scan_numbers(sent, lex);
    let g = gazetteer();
    let places = entity_names(sent, prev, |e| matches!(e, Entity::Place(_)), true);
    let actors = entity_names(
        sent,
        None,
        |e| matches!(e, Entity::Force(i) if g.forces[i].kind.has_personnel()),
        false,
    );
    // A sentence that opens on an elided noun or a partitive ("Five others were wounded",
    // "About 300 of them are French") continues the previous sentence's last figure.
    let mut carried: Option<classify::Carried> = ctx.carried;
    for (n, m) in mentions.iter().enumerate() {
        // A number's clause ends at its neighbours: no rule reads past another number.
        let bounds = (
            if n > 0 { mentions[n - 1].last + 1 } else { 0 },
            mentions.get(n + 1).map_or(sent.toks.len(), |x| x.first),
        );
        let c = classify::classify(
            sent,
            prev,
            m,
            classify::Around {
                carried,
                next: mentions.get(n + 1),
                bounds,
                recent: ctx.recent,
                asked: ctx.asked.filter(|_| n == 0),
                figure: ctx.figure,
            },
            recent_force.or(dominant),
            lex,
        );
        // "two Chadian officers heard by videolink", "we brought in two Togolese soldiers": a
        // handful of soldiers in a sentence with no word of deployment, service or strength
        // are people in a story, not a force's strength.
        let mut c = c;
        if c.category == Category::Troops
            && m.value < 10.0
            && !sent.all.has_any(&[
                Class::Deploy,
                Class::Serves,
                Class::Strength,
                Class::Unit,
                Class::Ceiling,
            ])
        {
            c.category = Category::Other;
        }
        // (A bare figure beside "respectively" is kept: the run it belongs to may give it
        // its noun, "13,289 and 1,920 respectively".)
        if c.category == Category::Other && c.unit.is_empty() && !sent.any(Class::Respectively) {
            continue;
        }
        if c.category != Category::Other || carried.is_none() {
            carried = Some(classify::Carried {
                category: c.category,
                victims: c.victims.or(carried.and_then(|x| x.victims)),
                part_of: c.victims.or(carried.and_then(|x| x.part_of)),
                value: m.value,
                previous_sentence: false,
            });
        }
        // The first end of a range is whoever's the second end is.
        let whose = mentions
            .get(n + 1)
            .filter(|x| classify::starts_range(sent, m, x, lex))
            .unwrap_or(m);
        let subj = subject::subject(
            sent,
            prev,
            whose,
            c.category,
            c.country,
            subject::Forces {
                recent: recent_force,
                recent_here: ctx.recent_here,
                dominant,
                title_operation: ctx.title_operation,
            },
        );
        let (date, date_end, basis) = dating::as_of(
            sent,
            m,
            ctx.published,
            (year, ctx.story),
            c.category != Category::Other,
        );
        // "at the same date", "à cette date": the date the text gave a figure last.
        // (Only set for a sentence that refers back to it.)
        let (date, date_end, basis) = match ctx.last_stated {
            Some(d) if matches!(basis, DateBasis::Publication | DateBasis::Unknown) => {
                (Some(d), None, DateBasis::Stated)
            }
            _ => (date, date_end, basis),
        };
        // A casualty with no date of its own, after the paragraph set the scene on a day.
        let (date, date_end, basis) = match ctx.scene {
            Some(d)
                if basis == DateBasis::Publication
                    && classify::victims_of(c.category).is_some()
                    && !sent.any(Class::Running) =>
            {
                (Some(d), None, DateBasis::Event)
            }
            _ => (date, date_end, basis),
        };
        // A report's figure with no date of its own holds at the end of the period it covers.
        let (date, date_end, basis) = match ctx.report_end {
            Some(end) if basis == DateBasis::Publication => (Some(end), None, DateBasis::Period),
            _ => (date, date_end, basis),
        };
        // Soldiers of a contingent of the corpus's own mission who died are its peacekeepers.
        let category = if c.category == Category::MilitaryKilled
            && subject::dead_of_own_mission(sent, &subj)
        {
            Category::PeacekeepersKilled
        } else {
            c.category
        };
        let mut f = fact_at(doc, block, sent, m);
        f.qualifier = c.qualifier;
        f.unit = c.unit;
        f.category = category;
        f.subject = subj.name;
        f.contingent = subj.contingent;
        f.date = date.map(|d| d.iso());
        f.date_end = date_end.map(|d| d.iso());
        f.date_basis = basis;
        f.places = places.clone();
        f.actors = actors.clone();
        f.alleged = c.alleged;
        out.push(f);
    }
}

/// Canonical names of the sentence's entities of one kind. With `anaphora`, "this village" or
/// "there" with no place of its own borrows the previous sentence's places.
fn entity_names(
    sent: &Sentence,
    prev: Option<&Sentence>,
    keep: impl Fn(Entity) -> bool,
    anaphora: bool,
) -> Vec<String> {
    let g = gazetteer();
    let mut names = g.unique_names(&sent.mentions, &keep);
    if anaphora && names.iter().all(|n| n == "Mali") {
        let refers_back = ["this village", "this town", "the city", "this area"]
            .iter()
            .any(|p| sent.text.contains(p));
        if let (true, Some(p)) = (refers_back, prev) {
            for n in g.unique_names(&p.mentions, &keep) {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
    }
    names
}

#[cfg(test)]
mod tests;
