//! Search and filter: a search box that updates as you type, facets with counts (OR within a
//! facet, AND across facets), one-click clear, passages with their matches highlighted. The
//! state is the URL's query string. "/" focuses the box; Esc clears it.

use corpus::corpus::Corpus;
use corpus::index::{Facet, FacetCount};
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Event, HtmlInputElement, KeyboardEvent};

use super::facets::facet_panel;
use super::format::{count, doc_href_with, highlight};
use crate::dom::{h, text, Node};
use crate::state::{encode, Filters};
use crate::url_state::go;

const PATH: &str = "/search";

/// How many passages a result page shows.
const LIMIT: usize = 50;

/// How many a keystroke draws at once, before the rest of the page: more than a tall screen
/// holds above the fold.
const FIRST_SCREEN: usize = 12;

/// Facet counts as shown, with the filters they were counted under.
type Shown = Option<(Vec<(Facet, String)>, Vec<FacetCount>)>;

thread_local! {
    /// The facet counts the page shows: a keystroke's first draw keeps them, so the panel is
    /// not laid out again before the passages; the rest of the page, a frame later, brings the
    /// new counts.
    static SHOWN: std::cell::RefCell<Shown> = const { std::cell::RefCell::new(None) };
}

/// The Search view. `first_screen`: draw only the passages a screen shows (a keystroke; the
/// app draws the whole page, facet counts included, in the next task).
pub fn search(c: &'static Corpus, f: &Filters, first_screen: bool) -> Vec<Node> {
    let mut r = c.search(&f.query(if first_screen { FIRST_SCREEN } else { LIMIT }));
    let fresh = std::mem::take(&mut r.facets);
    let facets = SHOWN.with_borrow_mut(|shown| match shown {
        Some((selected, counts)) if first_screen && *selected == f.selected => counts.clone(),
        _ => {
            *shown = Some((f.selected.clone(), fresh.clone()));
            fresh
        }
    });
    // The reader marks the same matches.
    let query = format!("q={}", encode(f.q.trim()));
    let hits = r.hits.into_iter().map(|hit| {
        let title = c
            .docs
            .iter()
            .find(|d| d.id == hit.doc)
            .map(|d| d.meta.title.clone())
            .unwrap_or_default();
        let spans: Vec<(usize, usize)> = hit
            .matches
            .iter()
            .map(|m| (m.start as usize, m.end as usize))
            .collect();
        let parts = highlight(&hit.snippet_text, hit.snippet.start as usize, &spans)
            .into_iter()
            .map(|(t, marked)| {
                if marked {
                    h("mark").t(t).into()
                } else {
                    text(t)
                }
            });
        let mut head = h("p")
            .class("hit-title")
            .c(h("a")
                .a("href", doc_href_with(&hit.doc.0, &hit.block, &query))
                .t(title))
            .c(h("span")
                .class("kind")
                .t(hit.kind.as_str().replace('_', " ")));
        if !hit.exact {
            head = head.c(h("span").class("typo").t("close spelling"));
        }
        h("li")
            .class("hit")
            .a("data-doc", hit.doc.0)
            .a("data-block", hit.block)
            .c(head)
            .c(h("p").class("snippet").cs(parts))
            .into()
    });
    let more = if r.total > LIMIT {
        format!(" (first {LIMIT} shown)")
    } else {
        String::new()
    };
    let typo = if r.typo_only && r.total > 0 {
        " — no exact match; close spellings shown"
    } else {
        ""
    };
    let (typed, escaped) = (f.clone(), f.clone());
    let input = h("input")
        .id("q")
        .a("type", "search")
        .a("autocomplete", "off")
        .a("aria-keyshortcuts", "/")
        .a(".value", &f.q)
        // Typing replaces the history entry; choosing a facet adds one, so Back undoes it.
        .on("input", move |e| {
            let mut f = typed.clone();
            f.q = input_value(e);
            go(PATH, &f, true);
        })
        .on("keydown", move |e| {
            if e.dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape")
            {
                let mut f = escaped.clone();
                f.q.clear();
                go(PATH, &f, true);
            }
        });
    let clear = h("button")
        .a("type", "button")
        .t("Clear all")
        .on("click", |_| go(PATH, &Filters::default(), false));
    vec![
        h("h1").t("Search the texts").into(),
        h("search")
            .class("searchbar")
            .c(h("label")
                .a("for", "q")
                .t("Words, \"a phrase\", or the start of a word"))
            .c(h("div").class("row").c(input).c(clear))
            .into(),
        h("div")
            .class("search-layout")
            .c(facet_panel(c, &facets, f, PATH))
            .c(h("section")
                .a("aria-labelledby", "results-h")
                .c(h("h2")
                    .id("results-h")
                    .a("aria-live", "polite")
                    .t(format!("{}{more}{typo}", count(r.total, "passage"))))
                .c(h("ol").class("hits").cs(hits)))
            .into(),
    ]
}

/// The value of the input an event came from.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}
