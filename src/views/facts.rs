//! Facts: every extracted number in a sortable table, filtered by the same facets as Search;
//! each row links to its sentence in the reader; the current view exports as CSV or JSON.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use corpus::corpus::Corpus;
use corpus::export::{facts_csv, facts_json};
use corpus::facts::Fact;
use corpus::index::{Facet, FacetCount};
use corpus::tokens::fold;
use leptos::prelude::*;

use super::download::save;
use super::facets::{doc_title, facet_panel};
use super::format::{claim_date, claim_value, doc_href};
use crate::app::corpus;
use crate::state::Filters;
use crate::url_state::use_filters;

/// The facet values a fact carries (its document's, and its own category, places, actors).
fn fact_facets(c: &Corpus, f: &Fact) -> Vec<(Facet, String)> {
    let mut v = vec![
        (Facet::Doc, f.doc.0.clone()),
        (Facet::Category, f.category.as_str().to_string()),
    ];
    if let Some(d) = c.docs.iter().find(|d| d.id == f.doc) {
        v.push((Facet::Kind, d.meta.kind.clone()));
        v.push((
            Facet::Publisher,
            d.meta.publisher.clone().unwrap_or_else(|| "unknown".into()),
        ));
        if let Some(p) = d.meta.published {
            v.push((Facet::Year, p.year.to_string()));
        }
    }
    v.extend(f.places.iter().map(|p| (Facet::Place, p.clone())));
    v.extend(f.actors.iter().map(|a| (Facet::Actor, a.clone())));
    v
}

/// The facts the filters keep (OR within a facet, AND across; the text must appear in the
/// sentence, unit or subject), sorted as asked, with facet counts over them.
pub fn matching<'a>(c: &'a Corpus, f: &Filters) -> (Vec<&'a Fact>, Vec<FacetCount>) {
    let needle = fold(f.q.trim());
    let mut by_facet: BTreeMap<Facet, Vec<&str>> = BTreeMap::new();
    for (k, v) in &f.selected {
        by_facet.entry(*k).or_default().push(v);
    }
    let mut rows: Vec<&Fact> = c
        .facts
        .iter()
        .filter(|fact| {
            let facets = fact_facets(c, fact);
            by_facet.iter().all(|(k, vals)| {
                vals.iter().any(|v| {
                    facets
                        .iter()
                        .any(|(fk, fv)| fk == k && fv.eq_ignore_ascii_case(v))
                })
            }) && (needle.is_empty()
                || [
                    fact.quote.as_str(),
                    &fact.unit,
                    fact.subject.as_deref().unwrap_or(""),
                ]
                .iter()
                .any(|t| fold(t).contains(&needle)))
        })
        .collect();
    let key = f.sort.as_deref().unwrap_or("doc");
    rows.sort_by(|a, b| {
        let o = match key {
            "value" => a.value.total_cmp(&b.value),
            "date" => a.date.cmp(&b.date),
            "category" => a.category.as_str().cmp(b.category.as_str()),
            "subject" => a.subject.cmp(&b.subject),
            "unit" => a.unit.cmp(&b.unit),
            _ => Ordering::Equal,
        };
        let o = o
            .then(a.doc.cmp(&b.doc))
            .then(a.start.cmp(&b.start))
            .then(a.number_start.cmp(&b.number_start));
        if f.desc {
            o.reverse()
        } else {
            o
        }
    });
    let mut counts: BTreeMap<(Facet, String), usize> = BTreeMap::new();
    for fact in &rows {
        for fv in fact_facets(c, fact) {
            *counts.entry(fv).or_default() += 1;
        }
    }
    let counts = counts
        .into_iter()
        .map(|((facet, value), count)| FacetCount {
            facet,
            value,
            count,
        })
        .collect();
    (rows, counts)
}

const COLUMNS: [(&str, Option<&str>); 8] = [
    ("Value", Some("value")),
    ("Unit", Some("unit")),
    ("Category", Some("category")),
    ("About", Some("subject")),
    ("As of", Some("date")),
    ("Places", None),
    ("Document", Some("doc")),
    ("Sentence", None),
];

#[component]
pub fn Facts() -> impl IntoView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let (filters, go_url) = use_filters("/facts");
    let go = move |f: Filters| go_url(f, false);
    let data = Memo::new(move |_| {
        filters.with(|f| {
            let (rows, counts) = matching(c, f);
            (
                rows.into_iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
                counts,
            )
        })
    });
    let rows = move || -> Vec<&'static Fact> {
        data.with(|(ids, _)| {
            ids.iter()
                .filter_map(|id| c.facts.iter().find(|f| &f.id == id))
                .collect()
        })
    };
    let (error, set_error) = signal(None::<String>);

    let go_facets = go.clone();
    let panel = move || {
        let f = filters.get();
        let counts = data.with(|(_, c)| c.clone());
        facet_panel(c, &counts, &f, go_facets.clone())
    };
    let go_sort = go.clone();
    let header = move || {
        let f = filters.get();
        COLUMNS
            .iter()
            .map(|(label, key)| match key {
                Some(k) => {
                    let active = f.sort.as_deref() == Some(*k);
                    let sort = if !active { "none" } else if f.desc { "descending" } else { "ascending" };
                    let mut next = f.clone();
                    next.desc = active && !f.desc;
                    next.sort = Some(k.to_string());
                    let go_sort = go_sort.clone();
                    view! {
                        <th scope="col" aria-sort=sort>
                            <button type="button" class="sort" on:click=move |_| go_sort(next.clone())>{*label}</button>
                        </th>
                    }
                    .into_any()
                }
                None => view! { <th scope="col">{*label}</th> }.into_any(),
            })
            .collect_view()
    };
    let body = move || {
        rows()
            .into_iter()
            .map(|f| {
                view! {
                    <tr data-fact=f.id.clone()>
                        <td data-label="Value" class="num">{claim_value(f)}</td>
                        <td data-label="Unit">{f.unit.clone()}</td>
                        <td data-label="Category">{f.category.as_str().replace('_', " ")}</td>
                        <td data-label="About">{f.subject.clone().unwrap_or_default()}</td>
                        <td data-label="As of">{claim_date(f)} <span class="meta">{format!(" ({})", f.date_basis.as_str())}</span></td>
                        <td data-label="Places">{f.places.join(", ")}</td>
                        <td data-label="Document">{doc_title(c, &f.doc.0)}</td>
                        <td data-label="Sentence"><a href=doc_href(&f.doc.0, &f.block)>{f.quote.clone()}</a></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let export = move |json: bool| {
        let facts: Vec<Fact> = rows().into_iter().cloned().collect();
        let r = if json {
            save(
                "minusma-facts.json",
                "application/json",
                &facts_json(&facts),
            )
        } else {
            save("minusma-facts.csv", "text/csv", &facts_csv(&facts))
        };
        set_error.set(r.err());
    };
    view! {
        <h1>"Facts"</h1>
        <p class="meta">"Every number the documents quote, with what it measures, whom it is about, as of when, and the sentence it comes from."</p>
        <div class="search-layout">
            <aside aria-label="Filters">{panel}</aside>
            <section aria-labelledby="facts-h">
                <h2 id="facts-h" aria-live="polite">{move || { let n = data.with(|(ids, _)| ids.len()); format!("{n} fact{}", if n == 1 { "" } else { "s" }) }}</h2>
                <p class="row">
                    <button type="button" on:click=move |_| export(false)>"Export CSV"</button>
                    " "
                    <button type="button" on:click=move |_| export(true)>"Export JSON"</button>
                </p>
                {move || error.get().map(|e| view! { <p class="errors" role="alert">{e}</p> })}
                <div class="table-wrap">
                    <table class="facts stack">
                        <caption class="visually-hidden">"Facts matching the filters; column buttons sort."</caption>
                        <thead><tr>{header}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </section>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_sort() {
        let c = corpus().unwrap();
        let all = matching(c, &Filters::default()).0.len();
        assert_eq!(all, c.facts.len());
        let f = Filters::from_pairs([("category", "troops"), ("sort", "value"), ("desc", "1")]);
        let (rows, counts) = matching(c, &f);
        assert!(rows.iter().all(|r| r.category.as_str() == "troops"));
        assert!(
            rows.windows(2).all(|w| w[0].value >= w[1].value),
            "sorted high to low"
        );
        assert!(counts
            .iter()
            .any(|x| x.facet == Facet::Actor && x.value == "Operation Barkhane"));
        // OR within a facet, AND across facets.
        let either = matching(
            c,
            &Filters::from_pairs([("category", "troops"), ("category", "police")]),
        )
        .0
        .len();
        assert!(either > rows.len());
        let both = matching(
            c,
            &Filters::from_pairs([("category", "troops"), ("actor", "Operation Barkhane")]),
        )
        .0;
        assert_eq!(both.len(), 1);
        assert_eq!(both[0].value, 5000.0);
        // Text narrows too.
        assert!(matching(c, &Filters::from_pairs([("q", "Moura")]))
            .0
            .iter()
            .all(|r| r.quote.contains("Moura")));
    }
}
