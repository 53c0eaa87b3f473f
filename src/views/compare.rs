//! Compare: claims grouped by what they measure — category, subject, and the place or period
//! that makes two numbers about the same thing — side by side across sources, with the spread
//! and a flag where they disagree.

use super::facets::doc_title;
use super::facts::{as_of, sentence_link};
use super::filtered::filtered_page;
use super::format::{category_label, cell, claim_date, claim_value, col, count, number};
use crate::dom::{h, Node};
use crate::state::Filters;
use corpus::corpus::Corpus;
use corpus::facts::{Category, Fact, Qualifier};
use corpus::sorting::{distinct, group_by, sort_by};

/// Claims about the same measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    pub label: String,
    pub claims: Vec<&'a Fact>,
    /// Lowest and highest precise values (vague ones, "hundreds", stay out of the range).
    pub range: Option<(f64, f64)>,
    pub sources: usize,
    /// The precise values are not all equal.
    pub differ: bool,
    /// The claims hold as of different dates (a later cumulative total may rightly be higher).
    pub dates_differ: bool,
}

/// What a claim is about, for grouping. Stocks (troops, staff, displaced) are compared within a
/// year; cumulative totals (killed, wounded) across the whole mission; civilian deaths by the
/// place of the killing, else by year. Generic counts ("other") are not comparable.
fn key(f: &Fact) -> Option<(String, String)> {
    let year = || {
        f.date_end
            .as_deref()
            .or(f.date.as_deref())
            .map(|d| d.chars().take(4).collect::<String>())
            .unwrap_or_else(|| "undated".into())
    };
    let subject = f
        .subject
        .clone()
        .unwrap_or_else(|| "subject not named".into());
    let cat = category_label(f.category).to_string();
    match f.category {
        Category::Other => None,
        Category::CiviliansKilled => Some(match f.places.first() {
            Some(p) => (cat.clone(), format!("{cat} — {p}")),
            None => (cat.clone(), format!("{cat} — no place named — {}", year())),
        }),
        Category::PeacekeepersKilled | Category::PeacekeepersWounded | Category::MilitaryKilled => {
            Some((cat.clone(), format!("{cat} — {subject}")))
        }
        _ => Some((cat.clone(), format!("{cat} — {subject} — {}", year()))),
    }
}

/// Groups the facts; those with more than one claim first (most sources first), then the rest.
pub fn groups<'a>(facts: &[&'a Fact]) -> Vec<Group<'a>> {
    let by = group_by(facts.iter().filter_map(|f| Some((key(f)?, *f))));
    let mut out: Vec<Group> = by
        .into_iter()
        .map(|((_, label), mut claims)| {
            sort_by(&mut claims, |a, b| {
                a.date.cmp(&b.date).then(a.doc.cmp(&b.doc))
            });
            let precise: Vec<f64> = claims
                .iter()
                .filter(|f| f.qualifier != Qualifier::Vague)
                .map(|f| f.value)
                .collect();
            let range = precise
                .iter()
                .copied()
                .reduce(f64::min)
                .map(|lo| (lo, precise.iter().copied().fold(lo, f64::max)));
            let dates = distinct(claims.iter().map(|f| claim_date(f)));
            Group {
                label,
                sources: distinct(claims.iter().map(|f| &f.doc)).len(),
                differ: range.is_some_and(|(lo, hi)| lo != hi),
                dates_differ: dates.len() > 1,
                range,
                claims,
            }
        })
        .collect();
    sort_by(&mut out, |a, b| {
        (b.claims.len() > 1)
            .cmp(&(a.claims.len() > 1))
            .then(b.sources.cmp(&a.sources))
            .then(a.label.cmp(&b.label))
    });
    out
}

fn verdict(g: &Group) -> String {
    if g.claims.len() == 1 {
        return "Quoted once".into();
    }
    match (g.range, g.differ, g.dates_differ) {
        (Some((lo, hi)), true, true) => format!(
            "Sources differ: {} – {} (spread {}), as of different dates",
            number(lo),
            number(hi),
            number(hi - lo)
        ),
        (Some((lo, hi)), true, false) => format!(
            "Sources disagree: {} – {} (spread {}) for the same date",
            number(lo),
            number(hi),
            number(hi - lo)
        ),
        (Some((v, _)), false, _) => format!("Claims agree on {}", number(v)),
        (None, _, _) => "Only vague figures (\"hundreds\")".into(),
    }
}

fn draw(c: &'static Corpus, facts: &[&'static Fact]) -> Vec<Node> {
    let all = groups(facts);
    let compared = all.iter().filter(|g| g.claims.len() > 1).count();
    let sections = all.into_iter().map(|g| {
        let rows = g.claims.iter().map(|f| {
            h("tr")
                .c(cell("Value").class("num").t(claim_value(f)))
                .c(cell("Unit").t(&f.unit))
                .c(cell("As of").cs(as_of(f)))
                .c(cell("Source").t(doc_title(c, &f.doc.0)))
                .c(cell("Sentence").c(sentence_link(f)))
                .into()
        });
        let summary = format!(
            "{} · {} {} {}",
            crate::i18n::t(&verdict(&g)),
            count(g.claims.len(), "claim"),
            crate::i18n::t("in"),
            count(g.sources, "source")
        );
        let mut heading = h("h2");
        if g.differ {
            heading = heading
                .c(h("span").class("badge differ").t("Differ"))
                .t(" ");
        }
        let table = h("table")
            .class("stack")
            .c(h("thead").c(h("tr").cs([
                col("Value"),
                col("Unit"),
                col("As of"),
                col("Source"),
                col("Sentence"),
            ])))
            .c(h("tbody").cs(rows));
        h("section")
            .class(if g.differ { "group differ" } else { "group" })
            .c(heading.t(g.label))
            .c(h("p").class("meta").t(summary))
            .c(h("div").class("table-wrap").c(table))
            .into()
    });
    let mut out = vec![h("p")
        .a("aria-live", "polite")
        .t(format!(
            "{compared} measures quoted more than once; measures quoted once follow."
        ))
        .into()];
    out.extend(sections);
    out
}

pub fn compare(c: &'static Corpus, f: &Filters) -> Vec<Node> {
    filtered_page(
        c,
        f,
        "/compare",
        "Compare",
        "Claims about the same measure side by side: the same category and subject, and the same place (civilian deaths) or year (troop and staff numbers). Totals of killed and wounded are compared across the mission's life, so later figures may rightly be higher.",
        draw,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::corpus;

    #[test]
    fn groups_put_disagreements_side_by_side() {
        let c = corpus().unwrap();
        let facts: Vec<&Fact> = c.facts.iter().collect();
        let gs = groups(&facts);
        assert!(gs
            .iter()
            .all(|g| g.claims.iter().all(|f| f.category != Category::Other)));
        // Every claim lands in exactly one group.
        let n: usize = gs.iter().map(|g| g.claims.len()).sum();
        assert_eq!(
            n,
            facts
                .iter()
                .filter(|f| f.category != Category::Other)
                .count()
        );
        // Peacekeepers killed, the mission as a whole: two sources, different dates, differ.
        let killed = gs
            .iter()
            .find(|g| {
                g.claims[0].category == Category::PeacekeepersKilled
                    && g.claims[0].contingent.is_none()
            })
            .unwrap();
        assert!(killed.sources >= 2 && killed.differ && killed.dates_differ);
        // A contingent's toll is never compared with the whole mission's.
        assert!(killed.claims.iter().all(|f| f.contingent.is_none()));
        // Civilians killed at one place by more than one source, with differing numbers.
        assert!(gs
            .iter()
            .any(|g| g.claims[0].category == Category::CiviliansKilled
                && !g.claims[0].places.is_empty()
                && g.sources >= 2
                && g.differ));
        // Groups with several claims come first.
        let first_single = gs
            .iter()
            .position(|g| g.claims.len() == 1)
            .unwrap_or(gs.len());
        assert!(gs[first_single..].iter().all(|g| g.claims.len() == 1));
    }
}
