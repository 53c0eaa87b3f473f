//! Finds the numbers of a sentence that are claims: digits ("15,209", "2.5 million"), words
//! ("eleven", "three million", "a dozen", "twenty-five") and vague quantities ("hundreds of",
//! "dozens of"). Leaves out what only looks like a number: dates and years, times of day,
//! ordinals, codes ("PB-18/35", "A/HRC/25/72", "10-1-2", "G5"), references ("Resolution 2364",
//! "Figure 1"), enumerators "(1)", phone numbers, and numbers inside names ("“three borders”").

use crate::dates::is_year;
use crate::tokens::{fold, Token};

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

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn small_word(w: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|t| *t == w)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "millions" | "m" | "mn" => 1e6,
        "billion" | "billions" | "bn" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Vague quantities and their lower bounds ("hundreds" means at least two hundred).
fn vague_word(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        _ => return None,
    })
}

/// Words before a number that make it a reference, not a quantity.
const REFERENCE_WORDS: &[&str] = &[
    "resolution",
    "resolutions",
    "figure",
    "fig",
    "map",
    "table",
    "chart",
    "graph",
    "article",
    "paragraph",
    "chapter",
    "section",
    "page",
    "pages",
    "p",
    "pp",
    "no",
    "number",
    "annex",
    "appendix",
    "phase",
    "level",
    "grade",
    "code",
    "vol",
    "volume",
    "item",
    "step",
    "box",
    "rule",
    "decree",
    "law",
    "act",
    "report",
    "session",
    "meeting",
    "sc",
    "res",
    "route",
    "n°",
];

/// Nouns a four-digit number may count ("2000 soldiers"), so it is not read as a year.
const COUNTED_AFTER_YEARLIKE: &[&str] = &[
    "soldiers",
    "troops",
    "people",
    "civilians",
    "police",
    "men",
    "peacekeepers",
    "personnel",
    "refugees",
    "displaced",
    "deaths",
    "dead",
    "killed",
    "officers",
    "staff",
    "fighters",
];

pub struct Scanner<'a> {
    pub src: &'a str,
    pub toks: &'a [Token],
    /// Tokens already claimed by a date or URL.
    pub blocked: &'a [bool],
}

impl<'a> Scanner<'a> {
    fn word(&self, i: usize) -> String {
        self.toks
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| fold(t.text(self.src)))
            .unwrap_or_default()
    }
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.text(self.src)).unwrap_or("")
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    pub fn scan(&self) -> Vec<NumberMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if self.blocked[i] {
                i += 1;
                continue;
            }
            let found = if self.toks[i].is_num() {
                self.digits_at(i)
            } else {
                self.words_at(i)
            };
            match found {
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

    fn digits_at(&self, i: usize) -> Option<NumberMention> {
        let t = self.toks[i];
        let s = t.text(self.src);
        // Glued to letters or code punctuation on the left: "G5", "PB-18", "A/HRC/25", "+212".
        if i > 0 && !t.space_before {
            let p = self.text(i - 1);
            if self.toks[i - 1].is_word()
                || self.toks[i - 1].is_num()
                || matches!(p, "/" | "_" | "-" | "+" | "." | ":" | "#")
            {
                return None;
            }
        }
        // Glued on the right: ordinals ("19th"), codes ("10-1-2", "24/7"), times ("07:50").
        if let Some(n) = self.toks.get(i + 1) {
            if !n.space_before {
                let nt = n.text(self.src);
                if n.is_word() && !matches!(nt, "m" | "bn" | "mn" | "km") {
                    return None;
                }
                if matches!(nt, "/" | ":" | "_" | "-" | "–")
                    && self.glued(i + 2)
                    && self.toks.get(i + 2).is_some_and(|x| x.is_num())
                {
                    return None;
                }
            }
        }
        let mut value: f64 = s.replace(',', "").parse().ok()?;
        let mut last = i;
        let mut percent = false;
        if self.glued(i + 1) && self.text(i + 1) == "%" {
            percent = true;
            last = i + 1;
        }
        // Four digits with no thousands separator is a year unless it counts something.
        if !s.contains(',') && !s.contains('.') && is_year(s).is_some() && !percent {
            let next = self.word(i + 1);
            if !COUNTED_AFTER_YEARLIKE.contains(&next.as_str()) {
                return None;
            }
        }
        if let Some(k) = scale_word(&self.word(last + 1)) {
            value *= k;
            last += 1;
        }
        Some(NumberMention {
            first: i,
            last,
            value,
            vague: false,
            approximate: false,
            percent,
        })
    }

    fn words_at(&self, i: usize) -> Option<NumberMention> {
        let w = self.word(i);
        if w.is_empty() {
            return None;
        }
        // "tens of thousands of", "hundreds of", "dozens of"
        if w == "tens" && self.word(i + 1) == "of" && self.word(i + 2) == "thousands" {
            return Some(NumberMention {
                first: i,
                last: i + 2,
                value: 20_000.0,
                vague: true,
                approximate: false,
                percent: false,
            });
        }
        if let Some(v) = vague_word(&w) {
            if self.word(i + 1) == "of" {
                return Some(NumberMention {
                    first: i,
                    last: i,
                    value: v,
                    vague: true,
                    approximate: false,
                    percent: false,
                });
            }
            return None;
        }
        // "a dozen", "a hundred", "a thousand"
        if w == "a" || w == "an" {
            let n = self.word(i + 1);
            if n == "dozen" {
                return Some(NumberMention {
                    first: i,
                    last: i + 1,
                    value: 12.0,
                    vague: false,
                    approximate: true,
                    percent: false,
                });
            }
            if let Some(k) =
                scale_word(&n).filter(|_| n == "hundred" || n == "thousand" || n == "million")
            {
                return Some(NumberMention {
                    first: i,
                    last: i + 1,
                    value: k,
                    vague: false,
                    approximate: false,
                    percent: false,
                });
            }
            return None;
        }
        let mut value = small_word(&w)?;
        let mut last = i;
        // "twenty-five"
        if value >= 20.0 && self.text(i + 1) == "-" && self.glued(i + 1) {
            if let Some(u) = small_word(&self.word(i + 2)).filter(|u| *u < 10.0) {
                value += u;
                last = i + 2;
            }
        }
        // Fractions ("two-thirds") are not counts.
        if self.text(last + 1) == "-" && self.glued(last + 1) {
            let n = self.word(last + 2);
            if n.ends_with("third")
                || n.ends_with("thirds")
                || n.ends_with("fifths")
                || n.ends_with("quarters")
            {
                return None;
            }
        }
        // "two hundred", "three million", "two hundred thousand"
        let mut total = 0.0;
        loop {
            match scale_word(&self.word(last + 1)) {
                Some(100.0) => {
                    value *= 100.0;
                    last += 1;
                }
                Some(k) => {
                    total += value * k;
                    value = 0.0;
                    last += 1;
                    break;
                }
                None => break,
            }
        }
        total += value;
        // "one" is a count only with a scale or a counted noun ("one peacekeeper killed");
        // otherwise it is a pronoun or article ("one challenge", "one group or another").
        if w == "one" && last == i {
            let n = self.word(i + 1);
            if ![
                "peacekeeper",
                "soldier",
                "civilian",
                "person",
                "police",
                "officer",
            ]
            .contains(&n.as_str())
            {
                return None;
            }
        }
        if w == "zero" {
            return None;
        }
        Some(NumberMention {
            first: i,
            last,
            value: total,
            vague: false,
            approximate: false,
            percent: false,
        })
    }

    /// Contexts that make a number a reference, rank, enumerator, phone number or name.
    fn excluded(&self, m: &NumberMention) -> bool {
        let prev = if m.first > 0 {
            self.word(m.first - 1)
        } else {
            String::new()
        };
        if REFERENCE_WORDS.contains(&prev.as_str()) || prev == "top" {
            return true;
        }
        // "Figure 1 and 2": the second number continues the reference.
        if matches!(prev.as_str(), "and" | "or" | "to")
            && m.first >= 3
            && self.toks[m.first - 2].is_num()
            && REFERENCE_WORDS.contains(&self.word(m.first - 3).as_str())
        {
            return true;
        }
        // "(1) hostile actors": an enumerator.
        if m.first > 0
            && self.text(m.first - 1) == "("
            && self.text(m.last + 1) == ")"
            && m.value < 10.0
            && !m.vague
        {
            let after = self.word(m.last + 2);
            return !after.is_empty() || self.toks.get(m.last + 2).is_none();
        }
        // A run of three or more numbers separated only by spaces is a phone number or a code.
        let is_num = |k: usize| self.toks.get(k).is_some_and(|t| t.is_num());
        let run_left = (1..=2)
            .take_while(|d| m.first >= *d && is_num(m.first - d))
            .count();
        let run_right = (1..=2).take_while(|d| is_num(m.last + d)).count();
        if run_left + run_right >= 2 {
            return true;
        }
        // A number word inside a short quoted name: “three borders” zone.
        self.in_short_quote(m.first)
    }

    fn in_short_quote(&self, i: usize) -> bool {
        let open = (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| matches!(self.text(k), "“" | "\""));
        let Some(o) = open else { return false };
        let close =
            (i + 1..(i + 4).min(self.toks.len())).find(|&k| matches!(self.text(k), "”" | "\""));
        close.is_some_and(|c| {
            (o + 1..c)
                .filter(|&k| self.toks[k].is_word() || self.toks[k].is_num())
                .count()
                <= 4
        })
    }
}
