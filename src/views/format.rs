//! Presentation helpers shared by the views.

use crate::dom::{h, El, Node};
use corpus::facts::{Category, Fact, Qualifier};

/// 15209.0 → "15,209"; fractional values keep one decimal ("2.5"). Written with integer
/// arithmetic: float formatting would add ~10 KB of code to the wasm.
pub fn number(v: f64) -> String {
    // French groups thousands with a narrow no-break space and writes a decimal comma.
    let (group, point) = match crate::i18n::lang() {
        crate::i18n::Lang::En => (',', '.'),
        crate::i18n::Lang::Fr => ('\u{202F}', ','),
    };
    let tenths = (v.abs() * 10.0).round() as u64;
    let s = (tenths / 10).to_string();
    let mut out = String::new();
    if v < 0.0 && tenths > 0 {
        out.push('-');
    }
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !tenths.is_multiple_of(10) {
        out.push(point);
        out.push(char::from(b'0' + (tenths % 10) as u8));
    }
    out
}

/// What a category of claims is called in headings, legends and group titles.
pub fn category_label(c: Category) -> &'static str {
    match c {
        Category::Troops => "Troops",
        Category::Police => "Police",
        Category::UniformedPersonnel => "Uniformed personnel",
        Category::CivilianStaff => "Civilian staff",
        Category::PeacekeepersKilled => "Peacekeepers killed",
        Category::PeacekeepersWounded => "Peacekeepers wounded",
        Category::CiviliansKilled => "Civilians killed",
        Category::Displaced => "Displaced people",
        Category::MilitaryKilled => "Soldiers killed",
        Category::Other => "Other",
    }
}

/// A claim's value as a reader should quote it: "at least 173", "about 500", "hundreds" (a
/// vague number is shown as written, never as the figure standing in for it).
pub fn claim_value(f: &Fact) -> String {
    match f.qualifier {
        Qualifier::Vague => f.value_text.clone(),
        Qualifier::Exact => number(f.value),
        q => format!("{} {}", q.as_str().replace('_', " "), number(f.value)),
    }
}

/// When a claim holds: "2018-10-16", a period "2018-06 – 2018-11", or "undated"; in French
/// "16 octobre 2018", "juin 2018 – novembre 2018".
pub fn claim_date(f: &Fact) -> String {
    match (&f.date, &f.date_end) {
        (Some(a), Some(b)) if a != b => format!("{} – {}", date_text(a), date_text(b)),
        (Some(a), _) => date_text(a),
        _ => "undated".into(),
    }
}

const MOIS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// An ISO date ("2023-06-30", "2023-06", "2023") as the interface writes it: as it is in
/// English (sortable, unambiguous), "30 juin 2023" in French.
pub fn date_text(iso: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return iso.to_string();
    }
    let mut parts = iso.splitn(3, '-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    let month = m
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MOIS.get(m.wrapping_sub(1)));
    match (y, month, d.and_then(|d| d.parse::<u32>().ok())) {
        (Some(y), Some(m), Some(1)) => format!("1er {m} {y}"),
        (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
        (Some(y), Some(m), None) => format!("{m} {y}"),
        _ => iso.to_string(),
    }
}

/// One line saying everything about a claim: value, unit, category, subject, date and how the
/// date was found.
pub fn claim_summary(f: &Fact) -> String {
    format!(
        "{} {} — {} — {} — as of {} ({})",
        claim_value(f),
        f.unit,
        f.category.as_str().replace('_', " "),
        f.subject.as_deref().unwrap_or("no subject"),
        claim_date(f),
        f.date_basis.as_str()
    )
}

/// The reader's address for a document, at a block.
pub fn doc_href(doc: &str, block: &str) -> String {
    doc_href_with(doc, block, "")
}

/// The same, with a query string (`q=…&fact=…`, already encoded).
pub fn doc_href_with(doc: &str, block: &str, query: &str) -> String {
    let mut s = format!("/doc/{doc}");
    if !query.is_empty() {
        s.push('?');
        s.push_str(query);
    }
    if !block.is_empty() {
        s.push('#');
        s.push_str(block);
    }
    crate::route::href(&s)
}

/// A text fragment (`#:~:text=start,end`) that makes the browser scroll to and mark a sentence
/// on the original page: its first and last few words, so small differences in between (a
/// footnote number the cleaner removed) do not break the match. Empty for an empty sentence.
pub fn text_fragment(sentence: &str) -> String {
    // Text fragments reserve `-`, `,` and `&`; everything but letters and digits is encoded.
    let enc = |words: &[&str]| {
        let mut out = String::new();
        for b in words.join(" ").bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    let words: Vec<&str> = sentence.split_whitespace().collect();
    const N: usize = 4;
    match words.len() {
        0 => String::new(),
        n if n <= 2 * N => format!("#:~:text={}", enc(&words)),
        n => format!("#:~:text={},{}", enc(&words[..N]), enc(&words[n - N..])),
    }
}

/// Only absolute http(s) addresses become links (the library's rule).
pub fn http_url(s: &str) -> Option<&str> {
    corpus::ingest::urls::is_http_url(s).then_some(s)
}

/// The link to where a text can be read: its page, else its publisher's site (saying no page
/// address is known), else a plain statement.
pub fn original_link(m: &corpus::model::Metadata) -> Node {
    original_link_at(m, "")
}

/// The same, the page's link carrying `fragment` (a `#:~:text=` of the passage being read).
pub fn original_link_at(m: &corpus::model::Metadata, fragment: &str) -> Node {
    match (
        m.url.as_deref().and_then(http_url),
        m.publisher_site.as_deref().and_then(http_url),
    ) {
        (Some(u), _) => outside_link(format!("{u}{fragment}"), "Original publication").into(),
        (None, Some(site)) => h("span")
            .t("No page address is known; ")
            .c(outside_link(site.to_string(), "publisher's site"))
            .into(),
        (None, None) => h("span").t("No address is known for this text.").into(),
    }
}

/// A link inside the app, to a virtual URL (`/search?q=x`).
pub fn link(to: &str, label: impl Into<String>) -> El {
    h("a").a("href", crate::route::href(to)).t(label)
}

/// A table's column header.
pub fn col(label: &str) -> Node {
    h("th").a("scope", "col").t(label).into()
}

/// A table cell named by its column (on phones, where rows become cards, the name shows).
pub fn cell(label: &'static str) -> El {
    h("td").a("data-label", label)
}

/// A link to another site (only ever built from an address [`http_url`] admitted).
pub fn outside_link(href: String, label: impl Into<String>) -> El {
    h("a")
        .a("href", href)
        .a("rel", "noopener noreferrer")
        .t(label)
}

/// "1 source", "2 sources".
pub fn count(n: usize, what: &str) -> String {
    crate::i18n::t(&format!("{n} {what}{}", if n == 1 { "" } else { "s" }))
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
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1200.0), "-1,200");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(850.0), "850");
        assert_eq!(number(2.5), "2.5");
    }

    #[test]
    fn text_fragments() {
        assert_eq!(text_fragment(""), "");
        assert_eq!(
            text_fragment("Six years later."),
            "#:~:text=Six%20years%20later%2E"
        );
        let f = text_fragment(
            "In a territory almost the size of France, MINUSMA's mandate is still challenging.",
        );
        assert_eq!(
            f,
            "#:~:text=In%20a%20territory%20almost,mandate%20is%20still%20challenging%2E"
        );
        assert!(!text_fragment("a-b, c & d").contains(['-', ',', '&']));
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
