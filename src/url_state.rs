//! `use_filters`: the view's [`Filters`] read from the URL, and a setter that writes them back.
//! Every view that filters shares it, so state always round-trips through the URL the same way.
//!
//! ```ignore
//! let (filters, go) = use_filters("/search");
//! go(filters.get().toggled(Facet::Kind, "news"), false); // a new history entry
//! ```

use leptos::prelude::*;

use crate::route::{navigate, use_loc};
use crate::state::Filters;

/// `path`: the view's route. The setter's `replace` flag replaces the history entry (for
/// typing) instead of adding one (for choices Back should undo).
pub fn use_filters(
    path: &'static str,
) -> (Memo<Filters>, impl Fn(Filters, bool) + Clone + 'static) {
    let loc = use_loc();
    let filters = Memo::new(move |_| {
        let pairs = loc.with(|l| l.pairs());
        Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let go = move |f: Filters, replace: bool| {
        let qs = f.to_query_string();
        let url = if qs.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{qs}")
        };
        navigate(&url, replace);
    };
    (filters, go)
}
