//! The explorer's state lives in the URL, so every view is a permalink and back/forward work.
//! `Filters` is that state, parsed from and written to a query string. Parsing never fails:
//! unknown keys are ignored and odd values simply match nothing, so any URL loads.

use corpus::index::{Facet, Query};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search text as typed (a trailing space matters: it ends prefix matching).
    pub q: String,
    /// Selected facet values, in the order chosen.
    pub selected: Vec<(Facet, String)>,
    /// The facts table's sort column (one of [`SORT_KEYS`]) and direction.
    pub sort: Option<String>,
    pub desc: bool,
}

/// Columns the facts table can be sorted by, and the concordance's orders ("left", "right").
pub const SORT_KEYS: [&str; 8] = [
    "value", "date", "category", "subject", "doc", "unit", "left", "right",
];

/// Longest accepted query text and number of filters: a pasted essay or a crafted URL with
/// thousands of keys must not stall the page.
const MAX_Q: usize = 200;
const MAX_FILTERS: usize = 40;

impl Filters {
    /// From `(key, value)` pairs of a query string (already percent-decoded).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Filters {
        let mut f = Filters::default();
        for (k, v) in pairs {
            if k == "q" {
                f.q = v.chars().take(MAX_Q).collect();
            } else if k == "sort" {
                f.sort = SORT_KEYS.iter().find(|s| **s == v).map(|s| s.to_string());
            } else if k == "desc" {
                f.desc = v == "1";
            } else if let Some(facet) = Facet::parse(k) {
                let v = v.trim();
                if !v.is_empty() && f.selected.len() < MAX_FILTERS && !f.is_selected(facet, v) {
                    f.selected.push((facet, v.chars().take(MAX_Q).collect()));
                }
            }
        }
        f
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected.iter().any(|(f, v)| *f == facet && v == value)
    }

    /// Adds or removes one facet value.
    pub fn toggled(&self, facet: Facet, value: &str) -> Filters {
        let mut f = self.clone();
        if f.is_selected(facet, value) {
            f.selected.retain(|(ff, v)| !(*ff == facet && v == value));
        } else {
            f.selected.push((facet, value.to_string()));
        }
        f
    }

    /// The query string, `?`-less, keys in a stable order.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        for (f, v) in &self.selected {
            parts.push(format!("{}={}", f.as_str(), encode(v)));
        }
        if let Some(s) = &self.sort {
            parts.push(format!("sort={s}"));
            if self.desc {
                parts.push("desc=1".into());
            }
        }
        parts.join("&")
    }

    pub fn query(&self, limit: usize) -> Query {
        Query {
            text: self.q.clone(),
            filters: self.selected.clone(),
            limit,
        }
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let f = Filters {
            q: "civilians kil".into(),
            selected: vec![
                (Facet::Category, "troops".into()),
                (Facet::Place, "Ménaka".into()),
            ],
            sort: Some("date".into()),
            desc: true,
        };
        let qs = f.to_query_string();
        assert_eq!(
            qs,
            "q=civilians%20kil&category=troops&place=M%C3%A9naka&sort=date&desc=1"
        );
        let decoded = [
            ("q", "civilians kil"),
            ("category", "troops"),
            ("place", "Ménaka"),
            ("sort", "date"),
            ("desc", "1"),
        ];
        assert_eq!(Filters::from_pairs(decoded), f);
    }

    #[test]
    fn odd_urls_fall_back_to_defaults() {
        let f = Filters::from_pairs([
            ("colour", "red"),
            ("category", ""),
            ("year", "<script>"),
            ("sort", "nonsense"),
        ]);
        assert_eq!(f.sort, None);
        assert_eq!(f.q, "");
        assert_eq!(
            f.selected,
            vec![(Facet::Year, "<script>".to_string())],
            "kept as text, matches nothing"
        );
        let long = "x".repeat(10_000);
        assert_eq!(Filters::from_pairs([("q", long.as_str())]).q.len(), MAX_Q);
        let many: Vec<(String, String)> = (0..1000)
            .map(|i| ("place".to_string(), i.to_string()))
            .collect();
        assert_eq!(
            Filters::from_pairs(many.iter().map(|(a, b)| (a.as_str(), b.as_str())))
                .selected
                .len(),
            MAX_FILTERS
        );
    }

    #[test]
    fn toggling() {
        let f = Filters::default().toggled(Facet::Kind, "news");
        assert!(f.is_selected(Facet::Kind, "news"));
        assert!(!f
            .toggled(Facet::Kind, "news")
            .is_selected(Facet::Kind, "news"));
    }
}
