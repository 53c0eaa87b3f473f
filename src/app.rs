//! The app shell: the embedded corpus, the router, the navigation.

use std::sync::OnceLock;

use corpus::corpus::Corpus;
use corpus::reference::Reference;
use leptos::prelude::*;

use crate::route::{href, provide_location, use_loc};
use crate::views::{
    charts::Charts, compare::Compare, facts::Facts, overview::Overview, reader::Reader,
    search::Search,
};

/// The seed corpus, parsed at build time by `build.rs` (documents, facts, entities, events;
/// the search index is rebuilt here at start-up), as postcard bytes.
static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

/// A corpus other than the embedded one, provided through context (the documents a reader
/// brings; the component tests' hostile document).
#[derive(Clone, Copy)]
pub struct CorpusOverride(pub &'static Corpus);

/// The corpus, decoded once. Read-only for the app's whole life, so every view can borrow it.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    if let Some(CorpusOverride(c)) = use_context::<CorpusOverride>() {
        return Ok(c);
    }
    static CORPUS: OnceLock<Result<Corpus, String>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            postcard::from_bytes(CORPUS_BYTES)
                .map(Corpus::from_parts)
                .map_err(|e| format!("The embedded corpus could not be read ({e})."))
        })
        .as_ref()
        .map_err(String::as_str)
}

/// The official reference series (ceilings, UN fatality totals), read from `reference/*.csv`
/// by `build.rs`.
static REFERENCE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/reference.postcard"));

/// The reference series, decoded once; empty (charts then draw claims alone) if unreadable,
/// which the build's own checks make impossible in practice.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| postcard::from_bytes(REFERENCE_BYTES).unwrap_or_default())
}

/// The navigation: (label, virtual path).
const NAV: [(&str, &str); 5] = [
    ("Overview", "/"),
    ("Search", "/search"),
    ("Facts", "/facts"),
    ("Charts", "/charts"),
    ("Compare", "/compare"),
];

#[component]
pub fn App() -> impl IntoView {
    provide_location();
    let loc = use_loc();
    // The view, chosen by the first path segment; redrawn only when that changes.
    let section =
        Memo::new(move |_| loc.with(|l| l.segments().first().cloned().unwrap_or_default()));
    let nav = NAV
        .iter()
        .map(|(label, path)| {
            let here = move || {
                let first = path.trim_start_matches('/');
                (section.get() == first).then_some("page")
            };
            view! { <a href=href(path) aria-current=here>{*label}</a> }
        })
        .collect_view();
    let page = move || match corpus() {
        Err(e) => view! { <p class="errors" role="alert">{e}</p> }.into_any(),
        Ok(_) => match section.get().as_str() {
            "" => Overview().into_any(),
            "search" => Search().into_any(),
            "facts" => Facts().into_any(),
            "charts" => Charts().into_any(),
            "compare" => Compare().into_any(),
            "doc" => Reader().into_any(),
            _ => NotFound().into_any(),
        },
    };
    view! {
        <header class="site">
            <a class="brand" href=href("/")>"MINUSMA Explorer"</a>
            <nav aria-label="Views">{nav}</nav>
        </header>
        <main id="main">{page}</main>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no such view. " <a href=href("/")>"Go to the overview"</a> "."</p>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The embedded export, read back, is the corpus the engine builds from `seeds/` — the
    /// index rebuilt at start-up included.
    #[test]
    fn embedded_corpus_round_trips() {
        let loaded = corpus::load::load(&[std::path::PathBuf::from("seeds")]);
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        let fresh = Corpus::build(loaded.docs);
        assert_eq!(corpus().unwrap(), &fresh);
    }
}
