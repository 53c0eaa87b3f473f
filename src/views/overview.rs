//! Overview: what the corpus is (documents, dates, publishers), headline figures with their
//! spread across sources, and entry points to the other views.

use super::format::{col, count, doc_href, link, number, original_link};
use crate::dom::{h, Node};
use crate::state::{encode, Filters};
use corpus::corpus::Corpus;
use corpus::facts::{Category, Qualifier};
use corpus::sorting::{distinct, group_by};

/// One headline figure: what the sources claim for a category and subject, low to high.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub category: Category,
    pub label: &'static str,
    pub subject: String,
    pub low: f64,
    pub high: f64,
    pub sources: usize,
    pub claims: usize,
}

const HEADLINE_CATEGORIES: [(Category, &str); 8] = [
    (Category::Troops, "Troops"),
    (Category::Police, "Police"),
    (
        Category::UniformedPersonnel,
        "Uniformed personnel (troops and police)",
    ),
    (Category::CivilianStaff, "Civilian staff"),
    (Category::PeacekeepersKilled, "Peacekeepers killed"),
    (Category::PeacekeepersWounded, "Peacekeepers wounded"),
    (Category::CiviliansKilled, "Civilians killed (per claim)"),
    (Category::Displaced, "Displaced people"),
];

/// Headline figures: per category, the claims about one subject as a whole (a mission, not its
/// national contingents; never another force's numbers), their lowest and highest values and
/// how many sources make them. Vague figures ("hundreds") count as claims but not in the range.
pub fn headlines(c: &Corpus) -> Vec<Headline> {
    let mut out = Vec::new();
    for (category, label) in HEADLINE_CATEGORIES {
        // The subject most claims of this category are about.
        let by_subject = group_by(
            c.facts
                .iter()
                .filter(|f| f.category == category && f.contingent.is_none())
                .filter_map(|f| Some((f.subject.as_deref()?, f))),
        );
        let Some((subject, facts)) = by_subject.into_iter().max_by_key(|(_, v)| v.len()) else {
            continue;
        };
        let values: Vec<f64> = facts
            .iter()
            .filter(|f| f.qualifier != Qualifier::Vague)
            .map(|f| f.value)
            .collect();
        let Some(low) = values.iter().copied().reduce(f64::min) else {
            continue;
        };
        let high = values.iter().copied().fold(low, f64::max);
        let sources = distinct(facts.iter().map(|f| f.doc.0.as_str()));
        out.push(Headline {
            category,
            label,
            subject: subject.to_string(),
            low,
            high,
            sources: sources.len(),
            claims: facts.len(),
        });
    }
    out
}

pub fn overview(c: &'static Corpus) -> Vec<Node> {
    let years = distinct(
        c.docs
            .iter()
            .filter_map(|d| d.meta.published.map(|p| p.year)),
    );
    let publishers = distinct(c.docs.iter().filter_map(|d| d.meta.publisher.as_deref()));
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => "undated".into(),
    };
    let intro = format!(
        "{} published {} by {}, quoting {} numbers, naming {} places and actors and dating {} events.",
        count(c.docs.len(), "document"),
        span,
        count(publishers.len(), "publisher"),
        c.facts.len(),
        c.entities.len(),
        c.events.len()
    );
    let rows = headlines(c).into_iter().map(|h_| {
        let range = if h_.low == h_.high {
            number(h_.low)
        } else {
            format!("{} – {}", number(h_.low), number(h_.high))
        };
        let search = format!(
            "/search?{}",
            Filters::default()
                .toggled(corpus::index::Facet::Category, h_.category.as_str())
                .to_query_string()
        );
        let compare = link(
            &format!("/compare?category={}", h_.category.as_str()),
            range.clone(),
        )
        .a("aria-label", format!("{range}: compare these claims"));
        h("tr")
            .c(h("th").a("scope", "row").c(link(&search, h_.label)))
            .c(h("td").t(h_.subject))
            .c(h("td").class("num range").c(compare))
            .c(h("td").class("num").t(format!(
                "{} {} {}",
                h_.claims,
                crate::i18n::t("in"),
                count(h_.sources, "source")
            )))
            .into()
    });
    let docs = c.docs.iter().map(|d| {
        let date = d
            .meta
            .published
            .map(|p| super::format::date_text(&p.iso()))
            .unwrap_or_else(|| "undated".into());
        let by = if d.meta.authors.is_empty() {
            d.meta.author_note.clone().unwrap_or_default()
        } else {
            d.meta.authors.join(", ")
        };
        let facts = c.facts.iter().filter(|f| f.doc == d.id).count();
        h("li")
            .class("doc")
            .c(h("h3").c(h("a").a("href", doc_href(&d.id.0, "")).t(&d.meta.title)))
            .c(h("p").class("meta").t(format!(
                "{by} · {date} · {}",
                d.meta.publisher.as_deref().unwrap_or_default()
            )))
            .c(h("p")
                .class("meta")
                .c(h("span").class("count").t(facts.to_string()))
                .t(" facts · ")
                .c(link(
                    &format!("/search?doc={}", encode(&d.id.0)),
                    "Passages",
                ))
                .t(" · ")
                .c(original_link(&d.meta)))
            .into()
    });
    let entry =
        |to: &str, label: &str, what: &str| -> Node { h("li").c(link(to, label)).t(what).into() };
    vec![
        h("h1").t("What the sources say about MINUSMA").into(),
        h("p").id("summary").t(intro).into(),
        h("ul")
            .class("entry")
            .c(entry("/search", "Search", " every passage, filtered by document, publisher, place, force and more."))
            .c(entry("/facts", "Facts", ": every number quoted, sortable, exportable as CSV or JSON."))
            .c(entry("/charts", "Charts", ": troop, police and casualty figures over time, against the official reference series."))
            .c(entry("/compare", "Compare", ": where sources give different numbers for the same thing."))
            .into(),
        h("section")
            .a("aria-labelledby", "headlines-h")
            .c(h("h2").id("headlines-h").t("Headline figures"))
            .c(h("div").class("table-wrap").c(h("table")
                .class("headlines")
                .c(h("caption").t("Numbers the documents quote, lowest to highest; national contingents and other forces are kept apart."))
                .c(h("thead").c(h("tr").cs([col("Measure"), col("About"), col("Quoted"), col("Claims")])))
                .c(h("tbody").cs(rows))))
            .into(),
        h("section")
            .a("aria-labelledby", "docs-h")
            .c(h("h2").id("docs-h").t("Documents"))
            .c(h("ul").id("documents").cs(docs))
            .into(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::corpus;

    #[test]
    fn headline_figures_keep_forces_apart() {
        let c = corpus().unwrap();
        let h = headlines(c);
        let troops = h.iter().find(|h| h.category == Category::Troops).unwrap();
        assert_eq!(troops.subject, "MINUSMA");
        // Barkhane's 5,000 men and the Guinean contingent's 850 are not MINUSMA totals.
        assert!(troops.low >= 11_000.0, "{troops:?}");
        let killed = h
            .iter()
            .find(|h| h.category == Category::PeacekeepersKilled)
            .unwrap();
        assert_eq!((killed.low, killed.high), (173.0, 174.0));
        assert!(killed.sources >= 2);
    }
}
