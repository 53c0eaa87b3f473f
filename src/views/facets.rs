//! The facet panel shared by Search and Facts: one group per facet with counts for the current
//! results; a chosen value stays listed (with 0) so it can be unchosen.

use corpus::corpus::Corpus;
use corpus::facts::Category;
use corpus::index::{Facet, FacetCount};
use corpus::sorting::sort_by;

use crate::dom::{h, El};
use crate::state::Filters;
use crate::url_state::go;

pub const FACET_LABELS: [(Facet, &str); 8] = [
    (Facet::Category, "Fact category"),
    (Facet::Actor, "Force or actor"),
    (Facet::Place, "Place"),
    (Facet::Year, "Year published"),
    (Facet::Kind, "Kind"),
    (Facet::Publisher, "Publisher"),
    (Facet::Doc, "Document"),
    (Facet::Collection, "Collection"),
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

/// Renders the panel of view `path`; a change of a box goes to that view with the new filters
/// (a new history entry, so Back undoes it).
pub fn facet_panel(c: &Corpus, counts: &[FacetCount], f: &Filters, path: &'static str) -> El {
    let groups = FACET_LABELS.iter().map(|(facet, title)| {
        let mut group: Vec<FacetCount> = counts
            .iter()
            .filter(|x| x.facet == *facet)
            .cloned()
            .collect();
        for (ff, v) in f.selected.iter().filter(|(ff, _)| ff == facet) {
            if !group.iter().any(|x| &x.value == v) {
                group.push(FacetCount {
                    facet: *ff,
                    value: v.clone(),
                    count: 0,
                });
            }
        }
        // Chart categories first, in the charts' order; "other" last.
        let rank = |fc: &FacetCount| -> usize {
            if *facet != Facet::Category {
                return 0;
            }
            Category::parse(&fc.value)
                .map(|c| match c {
                    Category::Other => usize::MAX,
                    c => Category::ALL.iter().position(|x| *x == c).unwrap_or(0),
                })
                .unwrap_or(usize::MAX - 1)
        };
        sort_by(&mut group, |a, b| {
            rank(a)
                .cmp(&rank(b))
                .then(b.count.cmp(&a.count))
                .then(a.value.cmp(&b.value))
        });
        let items = group.into_iter().map(|fc| {
            let checked = f.is_selected(fc.facet, &fc.value);
            let next = f.toggled(fc.facet, &fc.value);
            let input = h("input")
                .a("type", "checkbox")
                .a(".checked", if checked { "true" } else { "false" })
                .on("change", move |_| go(path, &next, false));
            let label = h("span")
                .t(value_label(c, fc.facet, &fc.value))
                .t(" ")
                .c(h("span").class("count").t(format!("({})", fc.count)));
            h("li").c(h("label").c(input).c(label)).into()
        });
        h("fieldset")
            .class("facet")
            .a("data-facet", facet.as_str())
            .c(h("legend").t(*title))
            .c(h("ul").cs(items))
            .into()
    });
    // A disclosure, open by default: closed, it gives its width back to the results.
    h("aside").a("aria-label", "Filters").c(h("details")
        .class("filters")
        .a("open", "")
        .c(h("summary").t("Filters"))
        .cs(groups))
}
