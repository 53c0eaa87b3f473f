//! The page shape Charts and Compare share: the facet panel on the side (the Facts view's
//! filters, so every view of the facts agrees on what is selected) and a body drawn from the
//! facts the filters keep.

use corpus::corpus::Corpus;
use corpus::facts::Fact;

use super::facets::facet_panel;
use super::facts::matching;
use crate::dom::{h, Node};
use crate::state::Filters;

/// `path`: the view's route (its filters live in its query string). `body` draws the kept
/// facts.
pub fn filtered_page(
    c: &'static Corpus,
    f: &Filters,
    path: &'static str,
    title: &'static str,
    intro: &'static str,
    body: fn(&'static Corpus, &[&'static Fact]) -> Vec<Node>,
) -> Vec<Node> {
    let (facts, counts) = matching(c, f);
    vec![
        h("h1").t(title).into(),
        h("p").class("meta").t(intro).into(),
        h("div")
            .class("search-layout")
            .c(facet_panel(c, &counts, f, path))
            .c(h("div").class("filtered-body").cs(body(c, &facts)))
            .into(),
    ]
}
