//! Overview: what the corpus is (documents, dates, publishers), headline figures with their
//! spread across sources, and entry points to the other views.

use std::collections::{BTreeMap, BTreeSet};

use corpus::corpus::Corpus;
use corpus::facts::{Category, Qualifier};
use leptos::prelude::*;

use super::format::{doc_href, number, original_link};
use crate::app::corpus;
use crate::route::href;
use crate::state::{encode, Filters};

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
        let mut by_subject: BTreeMap<&str, Vec<&corpus::facts::Fact>> = BTreeMap::new();
        for f in c
            .facts
            .iter()
            .filter(|f| f.category == category && f.contingent.is_none())
        {
            if let Some(s) = f.subject.as_deref() {
                by_subject.entry(s).or_default().push(f);
            }
        }
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
        let sources: BTreeSet<&str> = facts.iter().map(|f| f.doc.0.as_str()).collect();
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

#[component]
pub fn Overview() -> impl IntoView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let years: BTreeSet<i32> = c
        .docs
        .iter()
        .filter_map(|d| d.meta.published.map(|p| p.year))
        .collect();
    let publishers: BTreeSet<&str> = c
        .docs
        .iter()
        .filter_map(|d| d.meta.publisher.as_deref())
        .collect();
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => "undated".into(),
    };
    let intro = format!(
        "{} documents published {} by {} publishers, quoting {} numbers, naming {} places and actors and dating {} events.",
        c.docs.len(),
        span,
        publishers.len(),
        c.facts.len(),
        c.entities.len(),
        c.events.len()
    );
    let rows = headlines(c)
        .into_iter()
        .map(|h| {
            let range = if h.low == h.high { number(h.low) } else { format!("{} – {}", number(h.low), number(h.high)) };
            let link = href(&format!("/search?{}", Filters::default().toggled(corpus::index::Facet::Category, h.category.as_str()).to_query_string()));
            view! {
                <tr>
                    <th scope="row"><a href=link>{h.label}</a></th>
                    <td>{h.subject}</td>
                    <td class="num range"><a href=href(&format!("/compare?category={}", h.category.as_str())) aria-label=format!("{range}: compare these claims")>{range.clone()}</a></td>
                    <td class="num">{format!("{} in {} source{}", h.claims, h.sources, if h.sources == 1 { "" } else { "s" })}</td>
                </tr>
            }
        })
        .collect_view();
    let docs = c
        .docs
        .iter()
        .map(|d| {
            let date = d.meta.published.map(|p| p.iso()).unwrap_or_else(|| "undated".into());
            let by = if d.meta.authors.is_empty() { d.meta.author_note.clone().unwrap_or_default() } else { d.meta.authors.join(", ") };
            let facts = c.facts.iter().filter(|f| f.doc == d.id).count();
            let original = original_link(&d.meta);
            let search = href(&format!("/search?doc={}", encode(&d.id.0)));
            view! {
                <li class="doc">
                    <h3><a href=doc_href(&d.id.0, "")>{d.meta.title.clone()}</a></h3>
                    <p class="meta">
                        {by} " · " {date} " · " {d.meta.publisher.clone().unwrap_or_default()}
                    </p>
                    <p class="meta">
                        <span class="count">{facts}</span> " facts · " <a href=search>"Passages"</a> " · " {original}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>"What the sources say about MINUSMA"</h1>
        <p id="summary">{intro}</p>
        <ul class="entry">
            <li><a href=href("/search")>"Search"</a> " every passage, filtered by document, publisher, place, force and more."</li>
            <li><a href=href("/facts")>"Facts"</a> ": every number quoted, sortable, exportable as CSV or JSON."</li>
            <li><a href=href("/charts")>"Charts"</a> ": troop, police and casualty figures over time, against the official reference series."</li>
            <li><a href=href("/compare")>"Compare"</a> ": where sources give different numbers for the same thing."</li>
        </ul>
        <section aria-labelledby="headlines-h">
            <h2 id="headlines-h">"Headline figures"</h2>
            <div class="table-wrap">
            <table class="headlines">
                <caption>"Numbers the documents quote, lowest to highest; national contingents and other forces are kept apart."</caption>
                <thead>
                    <tr><th scope="col">"Measure"</th><th scope="col">"About"</th><th scope="col">"Quoted"</th><th scope="col">"Claims"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </section>
        <section aria-labelledby="docs-h">
            <h2 id="docs-h">"Documents"</h2>
            <ul id="documents">{docs}</ul>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

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
