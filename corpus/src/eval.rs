//! Scoring extracted facts against gold facts written by hand (`corpus eval GOLD PATH...`):
//! precision and recall per chart category, and, for the facts found, whether the subject and
//! the as-of year are right. Every miss and false positive is kept for the report, so a
//! failing score says which sentence to read.
//!
//! Gold facts are tab-separated lines (`#` starts a comment; the header names the columns):
//! `file value number category subject contingent year basis` — see
//! `corpus/tests/dev/README.md`. Vague quantities ("dozens of") and `other` facts are not
//! scored: the charts never plot them.

use crate::error::CorpusError;
use crate::facts::{Category, DateBasis, Fact, Qualifier};

/// One hand-written fact.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldFact {
    /// The text's file stem, as documents are named (`012-ambush` for `012-ambush.txt`).
    pub doc: String,
    /// Where the line is, for the report (`gold/a.tsv:12`).
    pub at: String,
    pub value: f64,
    pub number: String,
    pub category: Category,
    pub subject: Option<String>,
    pub contingent: Option<String>,
    pub year: Option<i32>,
    pub basis: Option<DateBasis>,
}

const COLUMNS: [&str; 8] = [
    "file",
    "value",
    "number",
    "category",
    "subject",
    "contingent",
    "year",
    "basis",
];

fn basis_of(s: &str) -> Option<DateBasis> {
    Some(match s {
        "stated" => DateBasis::Stated,
        "period" => DateBasis::Period,
        "event" => DateBasis::Event,
        "publication" => DateBasis::Publication,
        _ => return None,
    })
}

/// Reads one gold file. Errors name the file, the line and the field.
pub fn parse_gold(name: &str, text: &str) -> Result<Vec<GoldFact>, CorpusError> {
    let mut out = Vec::new();
    let mut header: Option<Vec<&str>> = None;
    for (n, line) in text.lines().enumerate() {
        let line_no = n as u32 + 1;
        let err = |why: String| CorpusError::new(name, Some(line_no), why);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let Some(cols) = &header else {
            for want in ["file", "value", "category"] {
                if !cells.contains(&want) {
                    return Err(err(format!(
                        "header: no `{want}` column (expected {})",
                        COLUMNS.join(", ")
                    )));
                }
            }
            if let Some(c) = cells.iter().find(|c| !COLUMNS.contains(c)) {
                return Err(err(format!("header: unknown column `{c}`")));
            }
            header = Some(cells);
            continue;
        };
        let get = |col: &str| {
            cols.iter()
                .position(|c| *c == col)
                .and_then(|i| cells.get(i).copied())
                .unwrap_or("")
        };
        let opt = |col: &str| Some(get(col).to_string()).filter(|s| !s.is_empty());
        let file = get("file");
        if file.is_empty() {
            return Err(err("file: empty".into()));
        }
        let value: f64 = get("value")
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| err(format!("value: `{}` is not a number", get("value"))))?;
        let category = Category::parse(get("category"))
            .filter(|c| *c != Category::Other)
            .ok_or_else(|| {
                err(format!(
                    "category: `{}` is not a chart category",
                    get("category")
                ))
            })?;
        let year = match get("year") {
            "" => None,
            y => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .ok_or_else(|| err(format!("year: `{y}` is not a year")))?,
            ),
        };
        let basis = match get("basis") {
            "" => None,
            b => Some(basis_of(b).ok_or_else(|| {
                err(format!(
                    "basis: `{b}` is not stated, period, event or publication"
                ))
            })?),
        };
        out.push(GoldFact {
            doc: file.strip_suffix(".txt").unwrap_or(file).to_string(),
            at: format!("{name}:{line_no}"),
            value,
            number: get("number").to_string(),
            category,
            subject: opt("subject"),
            contingent: opt("contingent"),
            year,
            basis,
        });
    }
    Ok(out)
}

/// Whether the charts would use a fact, so whether it is scored.
pub fn scored(f: &Fact) -> bool {
    f.category != Category::Other && f.qualifier != Qualifier::Vague
}

/// The force part of a fact's subject ("MINUSMA, Chadian contingent" → "MINUSMA"); a
/// contingent named without its force has none.
fn force_of(f: &Fact) -> Option<&str> {
    let s = f.subject.as_deref()?;
    let force = s.split(", ").next().unwrap_or(s);
    (!force.ends_with(" contingent")).then_some(force)
}

fn subject_right(g: &GoldFact, f: &Fact) -> Option<bool> {
    let gs = g.subject.as_deref()?;
    Some(force_of(f) == Some(gs) && f.contingent.as_deref() == g.contingent.as_deref())
}

fn year_right(g: &GoldFact, f: &Fact) -> Option<bool> {
    let gy = g.year?;
    Some(f.as_of_year() == Some(gy))
}

/// Counts for one category (or all of them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    /// Matched facts whose gold names a subject, and of those the right ones.
    pub subject_asked: usize,
    pub subject_right: usize,
    pub year_asked: usize,
    pub year_right: usize,
    pub basis_asked: usize,
    pub basis_right: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn subject(&self) -> f64 {
        ratio(self.subject_right, self.subject_asked)
    }
    pub fn year(&self) -> f64 {
        ratio(self.year_right, self.year_asked)
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.subject_asked += o.subject_asked;
        self.subject_right += o.subject_right;
        self.year_asked += o.year_asked;
        self.year_right += o.year_right;
        self.basis_asked += o.basis_asked;
        self.basis_right += o.basis_right;
    }
}

/// A gold fact the engine did not find, or found with a wrong subject or year.
#[derive(Debug, Clone)]
pub struct Miss {
    pub gold: GoldFact,
    /// The engine's fact it was matched with, when found.
    pub found: Option<Fact>,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    /// One score per chart category, in `Category::ALL` order (categories with neither gold
    /// nor found facts left out), then the total.
    pub rows: Vec<(Option<Category>, Score)>,
    pub missed: Vec<GoldFact>,
    pub false_positives: Vec<Fact>,
    pub wrong_subject: Vec<Miss>,
    pub wrong_year: Vec<Miss>,
}

impl Report {
    pub fn total(&self) -> Score {
        self.rows
            .iter()
            .find(|(c, _)| c.is_none())
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    }
}

/// Scores `facts` (of the documents named in `docs`) against `gold`. A gold fact matches an
/// engine fact of the same document, category and value, one to one; among several, the one
/// with the right subject and year is taken first. Gold facts of documents not in `docs` are
/// ignored, so one gold file can serve a subset of the texts.
pub fn evaluate(gold: &[GoldFact], docs: &[String], facts: &[Fact]) -> Report {
    let gold: Vec<&GoldFact> = gold.iter().filter(|g| docs.contains(&g.doc)).collect();
    let found: Vec<&Fact> = facts.iter().filter(|f| scored(f)).collect();
    let mut used = vec![false; found.len()];
    let mut report = Report::default();
    let mut per = vec![Score::default(); Category::ALL.len()];
    let slot = |c: Category| Category::ALL.iter().position(|x| *x == c).unwrap_or(0);
    for f in &found {
        per[slot(f.category)].found += 1;
    }
    for g in &gold {
        let s = &mut per[slot(g.category)];
        s.gold += 1;
        let candidates = found.iter().enumerate().filter(|(i, f)| {
            !used[*i] && f.doc.0 == g.doc && f.category == g.category && f.value == g.value
        });
        let best = candidates.max_by_key(|(_, f)| {
            (
                subject_right(g, f).unwrap_or(true),
                year_right(g, f).unwrap_or(true),
            )
        });
        let Some((i, f)) = best else {
            report.missed.push((*g).clone());
            continue;
        };
        used[i] = true;
        s.matched += 1;
        if let Some(ok) = subject_right(g, f) {
            s.subject_asked += 1;
            s.subject_right += usize::from(ok);
            if !ok {
                report.wrong_subject.push(Miss {
                    gold: (*g).clone(),
                    found: Some((*f).clone()),
                });
            }
        }
        if let Some(ok) = year_right(g, f) {
            s.year_asked += 1;
            s.year_right += usize::from(ok);
            if !ok {
                report.wrong_year.push(Miss {
                    gold: (*g).clone(),
                    found: Some((*f).clone()),
                });
            }
        }
        if let Some(b) = g.basis {
            s.basis_asked += 1;
            s.basis_right += usize::from(f.date_basis == b);
        }
    }
    for (i, f) in found.iter().enumerate() {
        if !used[i] {
            report.false_positives.push((*f).clone());
        }
    }
    let mut total = Score::default();
    for (c, s) in Category::ALL.iter().zip(&per) {
        if s.gold + s.found > 0 {
            total.add(s);
            report.rows.push((Some(*c), s.clone()));
        }
    }
    report.rows.push((None, total));
    report
}

fn pct(x: f64) -> String {
    // Two decimals without float formatting's rounding surprises in tables.
    let hundredths = (x * 100.0).round() as i64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The report as a Markdown table followed by every miss and false positive.
pub fn render(report: &Report) -> String {
    let mut out = String::from(
        "| category | gold | found | matched | precision | recall | subject | as-of year |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (c, s) in &report.rows {
        let name = c
            .map(Category::as_str)
            .unwrap_or("**all chart categories**");
        out += &format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |\n",
            s.gold,
            s.found,
            s.matched,
            pct(s.precision()),
            pct(s.recall()),
            pct(s.subject()),
            pct(s.year()),
        );
    }
    let t = report.total();
    if t.basis_asked > 0 {
        out += &format!(
            "\nDate basis right where the gold gives one: {}/{}\n",
            t.basis_right, t.basis_asked
        );
    }
    let gold_line = |g: &GoldFact| {
        format!(
            "{} ({}) {} `{}` {} [{}{}] year {}",
            g.at,
            g.doc,
            g.category.as_str(),
            g.number,
            g.value,
            g.subject.as_deref().unwrap_or("?"),
            g.contingent
                .as_deref()
                .map(|c| format!(" / {c}"))
                .unwrap_or_default(),
            g.year.map(|y| y.to_string()).unwrap_or("?".into()),
        )
    };
    let fact_line = |f: &Fact| {
        format!(
            "{} {} `{}` {} [{}] {} ({}) — {}",
            f.id,
            f.category.as_str(),
            f.value_text,
            f.value,
            f.subject.as_deref().unwrap_or("?"),
            f.as_of().unwrap_or("?"),
            f.date_basis.as_str(),
            f.quote.replace('\n', " "),
        )
    };
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            out += &format!("\n### {title} ({})\n", lines.len());
            for l in lines {
                out += &format!("- {l}\n");
            }
        }
    };
    section("Missed", report.missed.iter().map(gold_line).collect());
    section(
        "False positives",
        report.false_positives.iter().map(fact_line).collect(),
    );
    let miss_line = |m: &Miss| {
        format!(
            "{}\n  engine: {}",
            gold_line(&m.gold),
            m.found.as_ref().map(fact_line).unwrap_or_default()
        )
    };
    section(
        "Wrong subject",
        report.wrong_subject.iter().map(miss_line).collect(),
    );
    section(
        "Wrong as-of year",
        report.wrong_year.iter().map(miss_line).collect(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    const HEADER: &str = "file\tvalue\tnumber\tcategory\tsubject\tcontingent\tyear\tbasis\n";

    fn doc_facts(id: &str, text: &str) -> Vec<Fact> {
        let doc = ingest(id, &format!("{id}.txt"), text.as_bytes(), None).expect("ingests");
        crate::facts::extract(&doc)
    }

    #[test]
    fn gold_errors_name_the_line_and_field() {
        let bad = format!("{HEADER}a.txt\tmany\tmany\ttroops\t\t\t\t\n");
        let e = parse_gold("g.tsv", &bad).unwrap_err();
        assert_eq!(e.to_string(), "g.tsv:2: value: `many` is not a number");
        let bad = format!("{HEADER}a.txt\t3\t3\tother\t\t\t\t\n");
        assert!(parse_gold("g.tsv", &bad)
            .unwrap_err()
            .reason
            .starts_with("category"));
        let bad = "file\tvalue\tcolour\n";
        assert!(parse_gold("g.tsv", bad)
            .unwrap_err()
            .reason
            .contains("header"));
        let bad = format!("{HEADER}a.txt\t3\t3\ttroops\t\t\t13\t\n");
        assert!(parse_gold("g.tsv", &bad)
            .unwrap_err()
            .reason
            .starts_with("year"));
    }

    #[test]
    fn scores_matches_misses_and_false_positives() {
        let text = "Mali report\n\nBAMAKO, 3 May 2019 - Four peacekeepers were killed on Friday. \
                    The force of 13,000 troops stays.\n";
        let facts = doc_facts("t1", text);
        let gold = format!(
            "{HEADER}t1.txt\t4\tFour\tpeacekeepers_killed\tMINUSMA\t\t2019\t\n\
             t1.txt\t99\tninety-nine\tcivilians_killed\tcivilians\t\t2019\t\n"
        );
        let gold = parse_gold("g.tsv", &gold).unwrap();
        let report = evaluate(&gold, &["t1".to_string()], &facts);
        let total = report.total();
        assert_eq!(total.gold, 2);
        assert_eq!(total.matched, 1);
        assert_eq!(report.missed.len(), 1);
        assert_eq!(report.missed[0].value, 99.0);
        // The 13,000 troops are not in the gold: a false positive.
        assert!(report.false_positives.iter().any(|f| f.value == 13000.0));
        assert!(total.precision() < 1.0);
        let table = render(&report);
        assert!(table.contains("| peacekeepers_killed | 1 | 1 | 1 | 1.00 | 1.00 |"));
        assert!(table.contains("### Missed (1)"));
    }

    #[test]
    fn gold_of_other_documents_is_ignored() {
        let gold = format!("{HEADER}elsewhere.txt\t4\tfour\ttroops\t\t\t\t\n");
        let gold = parse_gold("g.tsv", &gold).unwrap();
        let report = evaluate(&gold, &["t1".to_string()], &[]);
        assert_eq!(report.total().gold, 0);
    }
}
