//! The page shape Charts and Compare share: the facet panel on the side (the Facts view's
//! filters, so every view of the facts agrees on what is selected) and a body drawn from the
//! facts the filters keep.

use corpus::corpus::Corpus;
use corpus::facts::Fact;
use leptos::prelude::*;

use super::facets::facet_panel;
use super::facts::matching;
use crate::app::corpus;
use crate::url_state::use_filters;

/// `path`: the view's route (its filters live in its query string). `body` draws the kept
/// facts; it reruns whenever the filters change.
pub fn filtered_page(
    path: &'static str,
    title: &'static str,
    intro: &'static str,
    body: fn(&'static Corpus, &[&'static Fact]) -> AnyView,
) -> AnyView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let (filters, go_url) = use_filters(path);
    let go = move |f| go_url(f, false);
    let kept = Memo::new(move |_| filters.with(|f| matching(c, f)));
    let panel = move || {
        let f = filters.get();
        kept.with(|(_, counts)| facet_panel(c, counts, &f, go.clone()))
    };
    let main = move || kept.with(|(facts, _)| body(c, facts));
    view! {
        <h1>{title}</h1>
        <p class="meta">{intro}</p>
        <div class="search-layout">
            <aside aria-label="Filters">{panel}</aside>
            <div class="filtered-body">{main}</div>
        </div>
    }
    .into_any()
}
