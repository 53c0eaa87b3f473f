//! Facts: every extracted number in a sortable table, filtered by the same facets as Search;
//! each row links to its sentence in the reader; the current view exports as CSV or JSON.

use std::cmp::Ordering;

use corpus::corpus::Corpus;
use corpus::export::{facts_csv, facts_json};
use corpus::facts::Fact;
use corpus::index::{Facet, FacetCount};
use corpus::sorting::{count_by, group_by, sort_by};
use corpus::tokens::fold;
use leptos::prelude::{Get, RwSignal, Set};

use super::download::save;
use super::facets::{doc_title, facet_panel};
use super::format::{cell, claim_date, claim_value, count, doc_href};
use crate::dom::{h, El, Node};
use crate::state::Filters;
use crate::url_state::go;

/// The facet values a fact carries (its document's, and its own category, places, actors).
fn fact_facets(c: &Corpus, f: &Fact) -> Vec<(Facet, String)> {
    let mut v = vec![
        (Facet::Doc, f.doc.0.clone()),
        (Facet::Category, f.category.as_str().to_string()),
        (
            Facet::Collection,
            corpus::model::collection_of(&f.doc.0).to_string(),
        ),
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
    let by_facet = group_by(f.selected.iter().map(|(k, v)| (*k, v.as_str())));
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
    sort_by(&mut rows, |a, b| {
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
    let counts = count_by(rows.iter().flat_map(|fact| fact_facets(c, fact)))
        .into_iter()
        .map(|((facet, value), count)| FacetCount {
            facet,
            value,
            count,
        })
        .collect();
    (rows, counts)
}

/// Columns: label, sort key, and the class of its `<col>`, which sets its width in the
/// stylesheet (the sentence takes the rest).
const COLUMNS: [(&str, Option<&str>, &str); 8] = [
    ("Value", Some("value"), "col-value"),
    ("Unit", Some("unit"), "col-unit"),
    ("Category", Some("category"), "col-category"),
    ("About", Some("subject"), "col-about"),
    ("As of", Some("date"), "col-as-of"),
    ("Places", None, "col-places"),
    ("Document", Some("doc"), "col-document"),
    ("Sentence", None, "col-sentence"),
];

const PATH: &str = "/facts";

pub fn facts(c: &'static Corpus, f: &Filters, error: RwSignal<Option<String>>) -> Vec<Node> {
    let (rows, counts) = matching(c, f);
    let header = COLUMNS.iter().map(|(label, key, _)| -> Node {
        let th = h("th").a("scope", "col");
        match key {
            Some(k) => {
                let active = f.sort.as_deref() == Some(*k);
                let sort = if !active {
                    "none"
                } else if f.desc {
                    "descending"
                } else {
                    "ascending"
                };
                let mut next = f.clone();
                next.desc = active && !f.desc;
                next.sort = Some(k.to_string());
                let button = h("button")
                    .a("type", "button")
                    .class("sort")
                    .t(*label)
                    .on("click", move |_| go(PATH, &next, false));
                th.a("aria-sort", sort).c(button).into()
            }
            None => th.t(*label).into(),
        }
    });
    let body = rows.iter().map(|fact| {
        h("tr")
            .a("data-fact", &fact.id)
            .c(cell("Value").class("num").t(claim_value(fact)))
            .c(cell("Unit").c(clamped(&fact.unit)))
            .c(cell("Category").t(fact.category.as_str().replace('_', " ")))
            .c(cell("About").c(clamped(fact.subject.as_deref().unwrap_or_default())))
            .c(cell("As of").cs(as_of(fact)))
            .c(cell("Places").c(clamped(&fact.places.join(", "))))
            .c(cell("Document").c(h("span").class("clamp2").t(doc_title(c, &fact.doc.0))))
            .c(cell("Sentence").c(sentence_link(fact)))
            .into()
    });
    // The export is of the rows shown, as they are sorted.
    let export = {
        let f = f.clone();
        move |json: bool| {
            let facts: Vec<Fact> = matching(c, &f).0.into_iter().cloned().collect();
            let r = if json {
                save(
                    "minusma-facts.json",
                    "application/json",
                    &facts_json(&facts),
                )
            } else {
                save("minusma-facts.csv", "text/csv", &facts_csv(&facts))
            };
            error.set(r.err());
        }
    };
    let export_json = export.clone();
    let mut section = h("section")
        .a("aria-labelledby", "facts-h")
        .c(h("h2")
            .id("facts-h")
            .a("aria-live", "polite")
            .t(count(rows.len(), "fact")))
        .c(h("p")
            .class("row")
            .c(h("button")
                .a("type", "button")
                .t("Export CSV")
                .on("click", move |_| export(false)))
            .t(" ")
            .c(h("button")
                .a("type", "button")
                .t("Export JSON")
                .on("click", move |_| export_json(true))));
    if let Some(e) = error.get() {
        section = section.c(h("p").class("errors").a("role", "alert").t(e));
    }
    let cols = COLUMNS
        .iter()
        .map(|(_, _, class)| -> Node { h("col").class(class).into() });
    let table = h("table")
        .class("facts stack fit")
        .c(h("caption")
            .class("visually-hidden")
            .t("Facts matching the filters; column buttons sort."))
        .c(h("colgroup").cs(cols))
        .c(h("thead").c(h("tr").cs(header)))
        .c(h("tbody").cs(body));
    vec![
        h("h1").t("Facts").into(),
        h("p").class("meta").t("Every number the documents quote, with what it measures, whom it is about, as of when, and the sentence it comes from.").into(),
        h("div")
            .class("search-layout")
            .c(facet_panel(c, &counts, f, PATH))
            .c(section.c(h("div").class("table-wrap").c(table)))
            .into(),
    ]
}

/// Text cut to three lines in a fitted table, whole on hover and for screen readers.
fn clamped(t: &str) -> El {
    h("span").class("clamp").a("title", t).t(t)
}

/// A claim's date and how it was found: "2018-10-16 (as of the text)".
pub fn as_of(f: &Fact) -> [Node; 2] {
    [
        // Each date stays whole ("2018-11" never breaks at its hyphen); a range may wrap
        // between its ends.
        h("span")
            .cs(claim_date(f)
                .split(" – ")
                .enumerate()
                .map(|(i, part)| -> Node {
                    let sep = if i == 0 { "" } else { " – " };
                    h("span").class("date").t(format!("{sep}{part}")).into()
                }))
            .into(),
        h("span")
            .class("meta")
            .t(format!(" ({})", crate::i18n::t(f.date_basis.as_str())))
            .into(),
    ]
}

/// The claim's sentence as text (clamped to a few lines by the stylesheet, whole on hover and
/// for screen readers), then a small link to it in the reader.
pub fn sentence_link(f: &Fact) -> El {
    h("span").class("sentence").c(clamped(&f.quote)).c(h("a")
        .class("context")
        .a("href", doc_href(&f.doc.0, &f.block))
        .t("in context")
        .c(h("span")
            .class("visually-hidden")
            .t(format!(": {}", claim_value(f)))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::corpus;

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
