//! The facet panel shared by Search and Facts: one group per facet with counts for the current
//! results; a chosen value stays listed (with 0) so it can be unchosen.

use corpus::corpus::Corpus;
use corpus::index::{Facet, FacetCount};
use leptos::prelude::*;

use crate::state::Filters;

pub const FACET_LABELS: [(Facet, &str); 7] = [
    (Facet::Category, "Fact category"),
    (Facet::Actor, "Force or actor"),
    (Facet::Place, "Place"),
    (Facet::Year, "Year published"),
    (Facet::Kind, "Kind"),
    (Facet::Publisher, "Publisher"),
    (Facet::Doc, "Document"),
];

/// A document's title, or its id if the corpus has no such document.
pub fn doc_title(c: &Corpus, id: &str) -> String {
    c.docs
        .iter()
        .find(|d| d.id.0 == id)
        .map(|d| d.meta.title.clone())
        .unwrap_or_else(|| id.to_string())
}

/// How a facet value reads: documents by title, other values with spaces for underscores.
fn value_label(c: &Corpus, facet: Facet, value: &str) -> String {
    if facet == Facet::Doc {
        doc_title(c, value)
    } else {
        value.replace('_', " ")
    }
}

/// Renders the panel. `go` receives the filters after a change.
pub fn facet_panel(
    c: &Corpus,
    counts: &[FacetCount],
    f: &Filters,
    go: impl Fn(Filters) + Clone + 'static,
) -> impl IntoView {
    FACET_LABELS
        .iter()
        .map(|(facet, title)| {
            let mut group: Vec<FacetCount> = counts.iter().filter(|x| x.facet == *facet).cloned().collect();
            for (ff, v) in f.selected.iter().filter(|(ff, _)| ff == facet) {
                if !group.iter().any(|x| &x.value == v) {
                    group.push(FacetCount { facet: *ff, value: v.clone(), count: 0 });
                }
            }
            group.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            let items = group
                .into_iter()
                .map(|fc| {
                    let checked = f.is_selected(fc.facet, &fc.value);
                    let shown = value_label(c, fc.facet, &fc.value);
                    let next = f.toggled(fc.facet, &fc.value);
                    let go = go.clone();
                    view! {
                        <li>
                            <label>
                                <input type="checkbox" prop:checked=checked on:change=move |_| go(next.clone()) />
                                <span>{shown} <span class="count">{format!("({})", fc.count)}</span></span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet" data-facet=facet.as_str()>
                    <legend>{*title}</legend>
                    <ul>{items}</ul>
                </fieldset>
            }
        })
        .collect_view()
}
