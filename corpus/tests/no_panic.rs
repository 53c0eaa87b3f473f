//! Whatever bytes come in, the engine answers with a document or a clear error, never a
//! panic, and every span it returns is a valid slice of its text.

use corpus::facts::extract;
use corpus::ingest::ingest;
use proptest::prelude::*;

/// Fragments that exercise the rules: markers, notes, dates, numbers, quotes, URLs, chrome.
const PIECES: &[&str] = &[
    "MINUSMA",
    "¹",
    "²³",
    "^{12}",
    "^{1.} ",
    "^{19 20}",
    "2019.3 It",
    "2018,33 though",
    "Ibid.",
    "As of October 16, 2018, ",
    "at least ",
    "173 ",
    "peacekeepers ",
    "killed",
    " and ",
    "more than ",
    "360 wounded.",
    "between June and September 2018",
    "from March 27 to 31, 2022",
    "\"",
    "“",
    "”",
    "https://example.org/ path/x",
    "https:// ",
    ". html",
    "Source: Author",
    "Figure 1:",
    "By Dr X Y",
    "08 Mar 2023",
    "07:50 Mali © FRANCE 24",
    "Menu Close",
    "three million",
    "a dozen",
    "hundreds of",
    "(1)",
    "10-1-2",
    "PB-18/35",
    "\n",
    "\n\n",
    " ",
    "--",
    "…",
    "[I]t",
    "km²",
    "+223 20 22",
    "é",
    "Operation Barkhane, launched in August 2014, ",
    "its 5,000 men",
    "Chadian contingent",
    "23. ",
];

fn check(bytes: &[u8]) {
    if let Ok(doc) = ingest("p", "p.txt", bytes, None) {
        for b in &doc.blocks {
            assert!(
                doc.text.get(b.span.range()).is_some(),
                "block span off a char boundary"
            );
        }
        for r in &doc.note_refs {
            assert!(doc.text.is_char_boundary(r.at as usize));
        }
        for f in extract(&doc) {
            assert_eq!(
                doc.text.get(f.start as usize..f.end as usize),
                Some(f.quote.as_str())
            );
            assert!(doc
                .text
                .get(f.number_start as usize..f.number_end as usize)
                .is_some());
            assert!(f.value.is_finite());
        }
    }
}

const MARKUP: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<title>",
    "</title>",
    "<table><tr><td>",
    "</td><td>",
    "&amp;",
    "&nbsp;",
    "&#x2013;",
    "&",
    "<",
    ">",
    "<br/>",
    "# ",
    "**",
    "[",
    "](",
    ")",
    "![",
    "```",
    "\n",
    "\n\n",
    "Ten peacekeepers were killed. ",
    "13 000 troops ",
    "é",
    "<nav>",
    "</nav>",
    "<style>p{}</style>",
    "<![CDATA[",
    "]]>",
    "<p a='\"'>",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        check(&bytes);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,1500}") {
        check(text.as_bytes());
    }

    /// Markup users bring: HTML and Markdown fragments in any order, as `.html` and `.md`.
    #[test]
    fn markup_files_never_panic(idx in proptest::collection::vec(0..MARKUP.len(), 0..120)) {
        let text: String = idx.into_iter().map(|i| MARKUP[i]).collect();
        for name in ["t.html", "t.md"] {
            if let Ok(d) = corpus::ingest::ingest_file("t", name, text.as_bytes(), None) {
                for f in extract(&d) {
                    assert!(d.text.get(f.start as usize..f.end as usize).is_some());
                }
            }
        }
    }

    #[test]
    fn shuffled_rule_fragments_never_panic(idx in proptest::collection::vec(0..PIECES.len(), 0..200)) {
        let text: String = idx.into_iter().map(|i| PIECES[i]).collect();
        check(text.as_bytes());
    }
}

#[test]
fn a_long_document_is_handled() {
    // 2 MB of repeated seed text: within the limit, processed without trouble.
    let seed = include_str!("../../seeds/000_42da79048cd32607.txt");
    let big = seed.repeat(70);
    check(big.as_bytes());
}
