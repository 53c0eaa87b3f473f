//! Charts: the claims the filters keep, drawn against the official reference series — troop
//! and police numbers over time, casualties over time, civilians killed by place, national
//! contingents. Filters are the Facts view's, so a chart shows what the table lists.

use super::filtered::filtered_page;
use crate::app::reference;
use crate::charts::{casualties, civilians, contingents, personnel, svg::chart_view};
use crate::dom::Node;
use crate::state::Filters;
use corpus::corpus::Corpus;
use corpus::facts::Fact;

fn draw(c: &'static Corpus, facts: &[&'static Fact]) -> Vec<Node> {
    let r = reference();
    [
        personnel(c, facts, r),
        casualties(c, facts, r),
        civilians(c, facts),
        contingents(c, facts),
    ]
    .into_iter()
    .map(|chart| chart_view(chart).into())
    .collect()
}

pub fn charts(c: &'static Corpus, f: &Filters) -> Vec<Node> {
    filtered_page(
        c,
        f,
        "/charts",
        "Charts",
        "Every number the documents quote, where it can be placed; the filters narrow what is drawn. Reference series are the Security Council's and the UN's own figures, never claims.",
        draw,
    )
}
