//! Charts: the claims the filters keep, drawn against the official reference series — troop
//! and police numbers over time, casualties over time, civilians killed by place, national
//! contingents. Filters are the Facts view's, so a chart shows what the table lists.

use corpus::corpus::Corpus;
use corpus::facts::Fact;
use leptos::prelude::*;

use super::filtered::filtered_page;
use crate::app::reference;
use crate::charts::{casualties, civilians, contingents, personnel, svg::chart_view};

fn draw(c: &'static Corpus, facts: &[&'static Fact]) -> AnyView {
    let r = reference();
    [
        personnel(c, facts, r),
        casualties(c, facts, r),
        civilians(c, facts),
        contingents(c, facts),
    ]
    .into_iter()
    .map(chart_view)
    .collect_view()
    .into_any()
}

#[component]
pub fn Charts() -> impl IntoView {
    filtered_page(
        "/charts",
        "Charts",
        "Every number the documents quote, where it can be placed; the filters narrow what is drawn. Reference series are the Security Council's and the UN's own figures, never claims.",
        draw,
    )
}
