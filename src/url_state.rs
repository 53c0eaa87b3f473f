//! `use_filters`: the view's [`Filters`] read from the URL, and a setter that writes them back.
//! Every view that filters shares it, so state always round-trips through the URL the same way.
//!
//! ```ignore
//! let (filters, go) = use_filters("/search");
//! go(filters.get().toggled(Facet::Kind, "news"), false); // a new history entry
//! ```

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::state::Filters;

/// `path`: the view's route. The setter's `replace` flag replaces the history entry (for
/// typing) instead of adding one (for choices Back should undo).
pub fn use_filters(
    path: &'static str,
) -> (Memo<Filters>, impl Fn(Filters, bool) + Clone + 'static) {
    let query = use_query_map();
    let filters = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = query
            .get()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let navigate = use_navigate();
    let go = move |f: Filters, replace: bool| {
        let qs = f.to_query_string();
        let url = if qs.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{qs}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    (filters, go)
}
