//! Charts as data: which claims become which marks, in which series, against which reference
//! lines. Pure (no DOM), so the rules — Barkhane and contingents kept apart from mission totals,
//! reference series never mixed with claims — are unit-tested natively; `svg` draws the result.

pub mod svg;

use corpus::corpus::Corpus;
use corpus::facts::{Category, DateBasis, Fact, Qualifier};
use corpus::model::PartialDate;
use corpus::reference::Reference;
use corpus::sorting::{count_by, sort_by};

use crate::views::facets::doc_title;
use crate::views::format::{category_label, claim_date, claim_value, doc_href, number};

/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and legible
/// on light and dark backgrounds. Shapes double the encoding, so colour is never the only cue.
pub const PALETTE: [&str; 6] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
];
/// Reference series are grey and dashed: visibly not a document's claim.
pub const REFERENCE_COLOUR: &str = "#767676";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub colour: &'static str,
    pub shape: Shape,
    /// An official reference series (hollow marks, dashed line), not a claim.
    pub reference: bool,
}

/// One point: a claim (linking to its sentence in the reader) or a reference figure (linking
/// to its official source).
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub series: usize,
    /// Time charts: the as-of date as a fractional year. Row charts: the value.
    pub x: f64,
    /// Time charts: where the claim's period starts, drawn as a whisker.
    pub x_start: Option<f64>,
    /// Time charts: the value. Row charts: the row.
    pub y: f64,
    pub value: String,
    pub unit: String,
    pub date: String,
    pub subject: String,
    pub source: String,
    pub href: String,
    /// `href` is a page of this app (a reader link), not an outside source.
    pub internal: bool,
    /// The text gives no date for this figure: it is placed at the text's own date, an
    /// assumption drawn faded ("Barkhane struggles with its 5,000 men" in a 2023 text).
    pub assumed_date: bool,
}

impl Mark {
    /// What a mark says when hovered, focused or read by a screen reader.
    pub fn label(&self) -> String {
        format!(
            "{} {} — {} — {} — {}",
            self.value, self.unit, self.subject, self.date, self.source
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Layout {
    /// Dates across, values up.
    Time,
    /// One labelled row per group, values across; bars or dots.
    Rows { labels: Vec<String>, bars: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub layout: Layout,
    pub series: Vec<Series>,
    pub marks: Vec<Mark>,
    /// Reference step lines: a series and its (x, y) corners, each value holding until the next.
    pub steps: Vec<(usize, Vec<(f64, f64)>)>,
}

/// A date as a fractional year, at the middle of what is known: 2018 → 2018.5, 2018-06 →
/// 2018.46, 2018-10-16 → 2018.79.
pub fn year_fraction(iso: &str) -> Option<f64> {
    let d = PartialDate::parse_iso(iso)?;
    let y = d.year as f64;
    Some(match (d.month, d.day) {
        (Some(m), Some(day)) => y + (m as f64 - 1.0) / 12.0 + (day as f64 - 1.0) / 365.0,
        (Some(m), None) => y + (m as f64 - 0.5) / 12.0,
        _ => y + 0.5,
    })
}

/// The subject a series is named for: a contingent joins its mission's "national contingents"
/// (their numbers are parts, not totals); other subjects stay as they are, so Barkhane's men
/// never join a mission's.
fn subject_group(f: &Fact) -> String {
    match (&f.subject, &f.contingent) {
        (Some(s), Some(_)) => format!(
            "{}, national contingents",
            s.split(", ").next().unwrap_or(s)
        ),
        (Some(s), None) => s.clone(),
        (None, _) => "subject not named".into(),
    }
}

fn shape_of(c: Category) -> Shape {
    match c {
        Category::Troops | Category::PeacekeepersKilled | Category::CiviliansKilled => {
            Shape::Circle
        }
        Category::Police | Category::PeacekeepersWounded => Shape::Square,
        Category::UniformedPersonnel | Category::MilitaryKilled => Shape::Triangle,
        _ => Shape::Diamond,
    }
}

/// Where `item` stands in `list`, appending it on first sight (rows and colours are numbered in
/// order of first use).
fn index_of(list: &mut Vec<String>, item: &str) -> usize {
    match list.iter().position(|x| x == item) {
        Some(i) => i,
        None => {
            list.push(item.to_string());
            list.len() - 1
        }
    }
}

/// Series in order of first use; a colour per distinct colour key.
#[derive(Default)]
struct SeriesSet {
    series: Vec<Series>,
    colours: Vec<String>,
}

impl SeriesSet {
    fn get(&mut self, name: String, colour_key: &str, shape: Shape) -> usize {
        if let Some(i) = self.series.iter().position(|s| s.name == name) {
            return i;
        }
        let ci = index_of(&mut self.colours, colour_key);
        self.series.push(Series {
            name,
            colour: PALETTE[ci % PALETTE.len()],
            shape,
            reference: false,
        });
        self.series.len() - 1
    }

    fn reference(&mut self, name: &str, shape: Shape) -> usize {
        self.series.push(Series {
            name: name.to_string(),
            colour: REFERENCE_COLOUR,
            shape,
            reference: true,
        });
        self.series.len() - 1
    }
}

fn claim_mark(c: &Corpus, f: &Fact, series: usize, x: f64, x_start: Option<f64>, y: f64) -> Mark {
    Mark {
        series,
        x,
        x_start,
        y,
        value: claim_value(f),
        unit: f.unit.clone(),
        date: if f.date_basis == DateBasis::Publication {
            format!(
                "as of {} (assumed: the text's own date; it gives no date for this figure)",
                claim_date(f)
            )
        } else {
            format!("as of {} ({})", claim_date(f), f.date_basis.as_str())
        },
        assumed_date: f.date_basis == DateBasis::Publication,
        subject: f
            .subject
            .clone()
            .unwrap_or_else(|| "subject not named".into()),
        source: doc_title(c, &f.doc.0),
        href: doc_href(&f.doc.0, &f.block),
        internal: true,
    }
}

fn reference_mark(series: usize, x: f64, y: u32, what: &str, date: &str, url: &str) -> Mark {
    Mark {
        series,
        x,
        x_start: None,
        y: y as f64,
        value: number(y as f64),
        unit: what.to_string(),
        date: format!("as of {date}"),
        subject: "reference (official figure)".into(),
        source: if url.is_empty() {
            "reference series, no address recorded".into()
        } else {
            url.to_string()
        },
        href: url.to_string(),
        internal: false,
        assumed_date: false,
    }
}

/// Claims of `categories` on a time axis: a claim for a period sits at the period's end (the
/// count holds as of then) with a whisker back to its start. Vague numbers ("hundreds") are
/// not plotted: their position would be invented.
fn time_claims(
    c: &Corpus,
    facts: &[&Fact],
    categories: &[Category],
    set: &mut SeriesSet,
) -> Vec<Mark> {
    // The subject with most claims gets the first colour, so the mission reads the same in
    // every chart.
    let mut order = count_by(
        facts
            .iter()
            .filter(|f| categories.contains(&f.category))
            .map(|f| subject_group(f)),
    );
    sort_by(&mut order, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    set.colours.extend(order.into_iter().map(|(k, _)| k));

    let mut marks = Vec::new();
    for f in facts {
        if !categories.contains(&f.category) || f.qualifier == Qualifier::Vague {
            continue;
        }
        let start = f.date.as_deref().and_then(year_fraction);
        let end = f.date_end.as_deref().and_then(year_fraction);
        let Some(x) = end.or(start) else { continue };
        let subject = subject_group(f);
        let s = set.get(
            format!("{} — {}", category_label(f.category), subject),
            &subject,
            shape_of(f.category),
        );
        marks.push(claim_mark(c, f, s, x, end.and(start), f.value));
    }
    marks
}

/// Troop and police numbers quoted, against the Security Council's authorized ceilings.
pub fn personnel(c: &Corpus, facts: &[&Fact], r: &Reference) -> Chart {
    let mut set = SeriesSet::default();
    let cats = [
        Category::Troops,
        Category::Police,
        Category::UniformedPersonnel,
    ];
    let mut marks = time_claims(c, facts, &cats, &mut set);
    let mut steps = Vec::new();
    type Pick = fn(&corpus::reference::Ceiling) -> Option<u32>;
    let ceilings: [(&str, &str, Pick); 2] = [
        (
            "Authorized military ceiling (Security Council, reference)",
            "troops authorized",
            |c| c.military,
        ),
        (
            "Authorized police ceiling (Security Council, reference)",
            "police authorized",
            |c| c.police,
        ),
    ];
    for (name, unit, pick) in ceilings {
        let s = set.reference(name, Shape::Diamond);
        let mut line = Vec::new();
        for (i, ceil) in r.ceilings.iter().enumerate() {
            let Some(x) = year_fraction(&ceil.adopted) else {
                continue;
            };
            match pick(ceil) {
                Some(v) => {
                    line.push((x, v as f64));
                    let mut m = reference_mark(s, x, v, unit, &ceil.adopted, &ceil.source_url);
                    m.subject = format!("Resolution {}", ceil.resolution);
                    marks.push(m);
                }
                // No ceiling: the mandate ended; the line stops here.
                None if !line.is_empty() => {
                    let last = line[line.len() - 1].1;
                    line.push((x, last));
                    steps.push((s, std::mem::take(&mut line)));
                }
                None => {}
            }
            if i + 1 == r.ceilings.len() && !line.is_empty() {
                steps.push((s, std::mem::take(&mut line)));
            }
        }
    }
    Chart {
        id: "chart-personnel",
        title: "Troop and police numbers quoted, over time",
        description: "Each mark is one document's claim, placed at the date it holds for; grey dashed lines are the Security Council's authorized ceilings (reference, not claims). National contingents and other forces have their own series. Faded marks sit at the text's own date because the text gives none for that figure.",
        layout: Layout::Time,
        series: set.series,
        marks,
        steps,
    }
}

/// Peacekeepers (and other soldiers) killed and wounded, against the UN's own totals.
pub fn casualties(c: &Corpus, facts: &[&Fact], r: &Reference) -> Chart {
    let mut set = SeriesSet::default();
    let cats = [
        Category::PeacekeepersKilled,
        Category::PeacekeepersWounded,
        Category::MilitaryKilled,
    ];
    let mut marks = time_claims(c, facts, &cats, &mut set);
    type Pick = fn(&corpus::reference::Fatalities) -> Option<u32>;
    let series: [(&str, &str, Pick); 3] = [
        (
            "UN: mission personnel deaths, all causes (reference)",
            "personnel died",
            |f| Some(f.total),
        ),
        (
            "UN: deaths from hostile acts (reference)",
            "personnel killed in hostile acts",
            |f| f.hostile_acts,
        ),
        (
            "UN: personnel injured (reference)",
            "personnel injured",
            |f| f.injured,
        ),
    ];
    for (name, unit, pick) in series {
        let rows: Vec<_> = r
            .fatalities
            .iter()
            .filter_map(|f| Some((f, pick(f)?)))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let s = set.reference(name, Shape::Diamond);
        for (f, v) in rows {
            if let Some(x) = year_fraction(&f.as_of) {
                marks.push(reference_mark(s, x, v, unit, &f.as_of, &f.source_url));
            }
        }
    }
    Chart {
        id: "chart-casualties",
        title: "Peacekeepers killed and wounded, over time",
        description: "Cumulative counts the documents quote, at the date each holds for; hollow grey diamonds are the UN's own totals (reference). Different counts measure different things: deaths from all causes include accidents and illness. Faded marks sit at the text's own date because the text gives none for that figure.",
        layout: Layout::Time,
        series: set.series,
        marks,
        steps: Vec::new(),
    }
}

/// Civilians killed, one row per place (event), one colour per source: where sources differ
/// on the same killing, their dots sit apart on the same row.
pub fn civilians(c: &Corpus, facts: &[&Fact]) -> Chart {
    let mut set = SeriesSet::default();
    let mut labels: Vec<String> = Vec::new();
    let mut rows: Vec<(String, &Fact)> = facts
        .iter()
        .filter(|f| f.category == Category::CiviliansKilled && f.qualifier != Qualifier::Vague)
        .map(|f| {
            let place = f
                .places
                .first()
                .cloned()
                .unwrap_or_else(|| "no place named".into());
            (place, *f)
        })
        .collect();
    sort_by(&mut rows, |a, b| {
        (a.0 == "no place named")
            .cmp(&(b.0 == "no place named"))
            .then(a.0.cmp(&b.0))
    });
    let mut marks = Vec::new();
    for (place, f) in rows {
        let row = index_of(&mut labels, &place);
        let title = doc_title(c, &f.doc.0);
        let s = set.get(title.clone(), &title, Shape::Circle);
        marks.push(claim_mark(c, f, s, f.value, None, row as f64));
    }
    Chart {
        id: "chart-civilians",
        title: "Civilians killed, by place",
        description: "One row per place the claim names; one colour per source. Dots on the same row that sit apart are sources disagreeing about the same killings.",
        layout: Layout::Rows { labels, bars: false },
        series: set.series,
        marks,
        steps: Vec::new(),
    }
}

/// Numbers the corpus gives for national contingents, one bar per country and measure.
pub fn contingents(c: &Corpus, facts: &[&Fact]) -> Chart {
    let mut set = SeriesSet::default();
    let mut labels: Vec<String> = Vec::new();
    let mut marks = Vec::new();
    let mut rows: Vec<&Fact> = facts
        .iter()
        .copied()
        .filter(|f| f.contingent.is_some() && f.qualifier != Qualifier::Vague)
        .collect();
    sort_by(&mut rows, |a, b| {
        a.contingent
            .cmp(&b.contingent)
            .then(a.category.as_str().cmp(b.category.as_str()))
    });
    for f in rows {
        let country = f.contingent.clone().unwrap_or_default();
        let label = format!(
            "{country}: {}",
            category_label(f.category).to_ascii_lowercase()
        );
        let row = index_of(&mut labels, &label);
        let cat = category_label(f.category);
        let s = set.get(cat.to_string(), cat, shape_of(f.category));
        marks.push(claim_mark(c, f, s, f.value, None, row as f64));
    }
    Chart {
        id: "chart-contingents",
        title: "National contingents",
        description: "Numbers the documents give for one country's contingent (soldiers deployed, personnel killed…), one bar per claim.",
        layout: Layout::Rows { labels, bars: true },
        series: set.series,
        marks,
        steps: Vec::new(),
    }
}

/// Axis ticks for 0..=max: a 1, 2 or 5 × 10ⁿ step giving at most 6 intervals, and the
/// rounded-up top. Integer arithmetic, so labels never show float noise.
pub fn value_ticks(max: f64) -> (Vec<u64>, u64) {
    let max = if max.is_finite() && max > 0.0 {
        max.ceil() as u64
    } else {
        1
    };
    let mut step = 1u64;
    'outer: loop {
        for m in [1, 2, 5] {
            let s = step * m;
            if max.div_ceil(s) <= 6 {
                step = s;
                break 'outer;
            }
        }
        step *= 10;
    }
    let top = max.div_ceil(step) * step;
    ((0..=top / step).map(|i| i * step).collect(), top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{corpus, reference};

    fn all() -> Vec<&'static Fact> {
        corpus().unwrap().facts.iter().collect()
    }

    #[test]
    fn fractions_and_ticks() {
        assert_eq!(year_fraction("2018"), Some(2018.5));
        assert!((year_fraction("2018-10-16").unwrap() - 2018.789).abs() < 0.01);
        assert_eq!(year_fraction("soon"), None);
        assert_eq!(value_ticks(13289.0).1, 15000);
        assert_eq!(value_ticks(174.0), (vec![0, 50, 100, 150, 200], 200));
        assert_eq!(value_ticks(0.0).1, 1);
    }

    /// A figure the text does not date sits at the text's own date, drawn and labelled as an
    /// assumption; a stated date is not.
    #[test]
    fn publication_dates_are_drawn_as_assumed() {
        let c = corpus().unwrap();
        let ch = personnel(c, &all(), reference());
        let barkhane = ch
            .marks
            .iter()
            .find(|m| m.subject.contains("Barkhane"))
            .expect("Barkhane's men are charted");
        assert!(barkhane.assumed_date, "{barkhane:?}");
        assert!(barkhane.date.contains("assumed"));
        assert!(ch.marks.iter().any(|m| !m.assumed_date));
    }

    /// Barkhane's men and a national contingent's soldiers each get their own series, never
    /// the mission's; reference ceilings are their own series and link to their sources.
    #[test]
    fn personnel_keeps_forces_and_reference_apart() {
        let c = corpus().unwrap();
        let ch = personnel(c, &all(), reference());
        let name = |m: &Mark| ch.series[m.series].name.clone();
        let barkhane: Vec<_> = ch
            .marks
            .iter()
            .filter(|m| m.subject.contains("Barkhane"))
            .collect();
        assert!(!barkhane.is_empty());
        assert!(barkhane
            .iter()
            .all(|m| name(m).contains("Barkhane") && !name(m).contains("MINUSMA")));
        for m in ch.marks.iter().filter(|m| m.subject.contains("contingent")) {
            assert!(name(m).contains("national contingents"), "{}", name(m));
        }
        let refs: Vec<_> = ch
            .marks
            .iter()
            .filter(|m| ch.series[m.series].reference)
            .collect();
        assert!(!refs.is_empty());
        assert!(refs
            .iter()
            .all(|m| !m.internal && m.subject.starts_with("Resolution")));
        assert!(ch
            .marks
            .iter()
            .filter(|m| m.internal)
            .all(|m| m.href.starts_with("#/doc/")));
        assert_eq!(ch.steps.len(), 2, "a military and a police ceiling line");
    }

    #[test]
    fn casualties_and_civilians_follow_the_facts_given() {
        let c = corpus().unwrap();
        let ch = casualties(c, &all(), reference());
        assert!(ch.marks.iter().any(|m| m.internal));
        assert!(ch.marks.iter().any(|m| ch.series[m.series].reference));
        let none: Vec<&Fact> = Vec::new();
        let empty = casualties(c, &none, reference());
        assert!(
            empty.marks.iter().all(|m| !m.internal),
            "no claims when filters keep none"
        );

        let civ = civilians(c, &all());
        let Layout::Rows { labels, .. } = &civ.layout else {
            panic!("rows")
        };
        // A place with claims from more than one source shows them on one row.
        let multi = (0..labels.len()).any(|row| {
            let srcs: std::collections::BTreeSet<_> = civ
                .marks
                .iter()
                .filter(|m| m.y as usize == row)
                .map(|m| &m.source)
                .collect();
            srcs.len() > 1
        });
        assert!(multi);
    }

    #[test]
    fn contingent_bars_only_for_named_contingents() {
        let c = corpus().unwrap();
        let ch = contingents(c, &all());
        let n = c
            .facts
            .iter()
            .filter(|f| f.contingent.is_some() && f.qualifier != Qualifier::Vague)
            .count();
        assert_eq!(ch.marks.len(), n);
        assert!(n > 0);
    }
}
