//! The filtering views' state in the URL: [`Filters`] read from a location, and written back
//! by navigating. Every view that filters shares these two, so state always round-trips
//! through the URL the same way.

use crate::route::{navigate, Loc};
use crate::state::Filters;

/// The filters a location's query string holds.
pub fn filters(l: &Loc) -> Filters {
    let pairs = l.pairs();
    Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Goes to view `path` with filters `f`. `replace` replaces the history entry (for typing)
/// instead of adding one (for choices Back should undo).
pub fn go(path: &str, f: &Filters, replace: bool) {
    let qs = f.to_query_string();
    let url = if qs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{qs}")
    };
    navigate(&url, replace);
}
