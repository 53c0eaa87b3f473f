//! Presentation helpers shared by the views.

use leptos::prelude::*;

/// 15209.0 → "15,209"; fractional values keep one decimal.
pub fn number(v: f64) -> String {
    if v.fract() != 0.0 {
        return format!("{v:.1}");
    }
    let s = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// Only absolute http(s) addresses become links (the library's rule).
pub fn http_url(s: &str) -> Option<&str> {
    corpus::ingest::urls::is_http_url(s).then_some(s)
}

/// The link to where a text can be read: its page, else its publisher's site (saying no page
/// address is known), else a plain statement.
pub fn original_link(m: &corpus::model::Metadata) -> AnyView {
    match (m.url.as_deref().and_then(http_url), m.publisher_site.as_deref().and_then(http_url)) {
        (Some(u), _) => view! { <a href=u.to_string() rel="noopener noreferrer">"Original publication"</a> }.into_any(),
        (None, Some(site)) => view! {
            <span>"No page address is known; " <a href=site.to_string() rel="noopener noreferrer">"publisher's site"</a></span>
        }
        .into_any(),
        (None, None) => view! { <span>"No address is known for this text."</span> }.into_any(),
    }
}

/// Splits `text` (which starts at byte `base` of its document) into (segment, highlighted)
/// pieces around the document-coordinate `spans`. Spans outside the text are ignored.
pub fn highlight(text: &str, base: usize, spans: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in spans {
        let (Some(s), Some(e)) = (s.checked_sub(base), e.checked_sub(base)) else {
            continue;
        };
        if s < at
            || e > text.len()
            || s >= e
            || text.get(s..e).is_none()
            || text.get(at..s).is_none()
        {
            continue;
        }
        if s > at {
            out.push((text[at..s].to_string(), false));
        }
        out.push((text[s..e].to_string(), true));
        at = e;
    }
    if at < text.len() {
        out.push((text[at..].to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(15209.0), "15,209");
        assert_eq!(number(3_000_000.0), "3,000,000");
        assert_eq!(number(850.0), "850");
        assert_eq!(number(2.5), "2.5");
    }

    #[test]
    fn urls() {
        assert!(http_url("https://www.policycenter.ma").is_some());
        assert!(http_url("javascript:alert(1)").is_none());
        assert!(http_url("data:text/html,x").is_none());
        assert!(http_url("https://").is_none());
    }

    #[test]
    fn highlighting() {
        let parts = highlight(
            "287 civilians killed in Mali",
            100,
            &[(104, 113), (114, 120)],
        );
        assert_eq!(
            parts,
            vec![
                ("287 ".into(), false),
                ("civilians".into(), true),
                (" ".into(), false),
                ("killed".into(), true),
                (" in Mali".into(), false)
            ]
        );
        // Off-text and overlapping spans are dropped, never a panic.
        assert_eq!(highlight("abc", 0, &[(5, 9), (1, 2), (0, 3)]).len(), 3);
        assert_eq!(highlight("é", 0, &[(0, 1)]), vec![("é".into(), false)]);
    }
}
