//! The app shell: the embedded corpus, and the effect that draws the navigation and the view
//! the URL names into `<header>` and `<main>`.

use std::sync::OnceLock;

use corpus::corpus::Corpus;
use corpus::reference::Reference;
use leptos::prelude::*;

use std::cell::RefCell;

use leptos::wasm_bindgen::JsCast;

use crate::dom::{h, Node, Region};
use crate::route::{href, provide_location, use_loc, Loc};
use crate::url_state::filters;
use crate::views::format::link;
use crate::views::{
    charts::charts,
    compare::compare,
    facts::facts,
    kwic::kwic,
    map::map,
    mine::mine,
    overview::overview,
    reader::{reader, scroll_to_target},
    search::search,
    timeline::timeline,
};

/// The seed corpus, parsed at build time by `build.rs` (documents, facts, entities, events;
/// the search index is rebuilt here at start-up), as postcard bytes.
pub(crate) static CORPUS_BYTES: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

/// The corpus, decoded once. Read-only for the app's whole life, so every view can borrow it.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    static CORPUS: OnceLock<Result<Corpus, String>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            corpus::wire::from_bytes(CORPUS_BYTES)
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
    REFERENCE.get_or_init(|| corpus::wire::from_bytes(REFERENCE_BYTES).unwrap_or_default())
}

/// The navigation: (label, virtual path).
const NAV: [(&str, &str); 9] = [
    ("Overview", "/"),
    ("Search", "/search"),
    ("Facts", "/facts"),
    ("Charts", "/charts"),
    ("Timeline", "/timeline"),
    ("Map", "/map"),
    ("Compare", "/compare"),
    ("Keyword in context", "/kwic"),
    ("My documents", "/mine"),
];

/// What the page shows at `l`, drawn from corpus `c` (the embedded one, or in tests another):
/// a key naming the view (a new key draws afresh rather than patching the old view) and the
/// content of `<main>`. `first_screen`: a keystroke's draw, which shows only the passages a
/// screen holds; the whole result page follows (see `App`).
pub fn page(
    c: &'static Corpus,
    l: &Loc,
    export_error: RwSignal<Option<String>>,
    first_screen: bool,
) -> (String, Vec<Node>) {
    let segments = l.segments();
    let first = segments.first().map(String::as_str).unwrap_or("");
    let filters = filters(l);
    let content = match first {
        "" => overview(c),
        "search" => search(c, &filters, first_screen),
        "facts" => facts(c, &filters, export_error),
        "charts" => charts(c, &filters),
        "compare" => compare(c, &filters),
        "kwic" => kwic(c, l, export_error),
        "timeline" => timeline(c, l, export_error),
        "map" => map(c, l, export_error),
        "mine" => mine(c, l),
        "doc" => reader(c, l, export_error),
        _ => not_found(),
    };
    let key = match first {
        "doc" => format!("doc/{}", segments.get(1).map(String::as_str).unwrap_or("")),
        other => other.to_string(),
    };
    (key, content)
}

#[component]
pub fn App() -> impl IntoView {
    provide_location();
    let loc = use_loc();
    let header_ref = NodeRef::<leptos::html::Header>::new();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let header = RefCell::new(None::<Region>);
    let header_view = RefCell::new(None::<String>);
    let export_error = RwSignal::new(None::<String>);
    let messages = RwSignal::new(0u32);
    let region = RefCell::new(None::<Region>);
    let target = RefCell::new(String::new());
    // Shared with a pending follow-up draw, which a newer draw makes moot.
    let draws = std::rc::Rc::new(std::cell::Cell::new(0u32));
    // A keystroke in Search draws the passages one screen holds, and the rest of the result
    // page after that frame is painted: the results the user sees paint without waiting for
    // fifty passages to be built and laid out. `typed`: the view and query last drawn;
    // `rest`: bumped to draw the whole page.
    let typed = RefCell::new((String::new(), String::new()));
    let rest = RwSignal::new(0u32);
    // Created here, in the app's own scope: a signal first made inside the effect would be
    // disposed with that run of it.
    crate::mine::init();
    Effect::new(move |_| {
        let (Some(top), Some(root)) = (header_ref.get(), main_ref.get()) else {
            return;
        };
        let l = loc.get();
        // The language: the address's, else the browser's. Links keep the address's.
        let lang = l.lang.unwrap_or_else(crate::i18n::browser_lang);
        crate::i18n::set_lang(lang);
        // French messages are fetched the first time French is shown; the view is drawn
        // again when they are in.
        messages.track();
        if !crate::i18n::messages_ready() {
            crate::i18n::fetch_messages(move || messages.update(|n| *n += 1));
        }
        crate::route::set_url_lang(l.lang);
        // The header only marks the current view: redrawn when the view or the language
        // changes, not on every keystroke of a search.
        let view = format!(
            "{}{}/{}",
            lang.code(),
            crate::i18n::messages_ready(),
            l.segments().first().cloned().unwrap_or_default()
        );
        if header_view.borrow().as_deref() != Some(view.as_str()) {
            // The page's language follows, for screen readers and hyphenation.
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            header
                .borrow_mut()
                .get_or_insert_with(|| Region::new(top.into()))
                .update("header", site_header(&l));
            *header_view.borrow_mut() = Some(view);
        }
        // The user's documents, once the worker has read them, join every view.
        crate::mine::track();
        let user = crate::mine::with(|m| m.corpus);
        rest.track();
        let view_query = (
            l.segments().first().cloned().unwrap_or_default(),
            l.param("q").unwrap_or_default(),
        );
        let first_screen = view_query.0 == "search" && {
            let last = typed.borrow();
            last.0 == view_query.0 && last.1 != view_query.1
        };
        *typed.borrow_mut() = view_query;
        let (key, content) = match corpus() {
            Ok(c) => page(user.unwrap_or(c), &l, export_error, first_screen),
            Err(e) => (
                "error".into(),
                vec![h("p").class("errors").a("role", "alert").t(e).into()],
            ),
        };
        let main: leptos::web_sys::Element = root.clone().into();
        region
            .borrow_mut()
            .get_or_insert_with(|| Region::new(root.into()))
            .update(&key, content);
        // A counter of finished draws: the e2e latency benchmark times a keystroke to the
        // moment this changes (with layout flushed), for this app and its peer engines alike.
        draws.set(draws.get().wrapping_add(1));
        let _ = main.set_attribute("data-drawn", &draws.get().to_string());
        if first_screen {
            // Busy until the rest is in, for assistive technology and for the benchmark's
            // second figure (keystroke to the whole page).
            let _ = main.set_attribute("aria-busy", "true");
            let (draws, this) = (draws.clone(), draws.get());
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if draws.get() == this {
                            rest.update(|n| *n = n.wrapping_add(1));
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        } else {
            let _ = main.remove_attribute("aria-busy");
        }
        // A block named in the URL (a note, a passage from Search) is brought into view and
        // marked, when it or the document changes.
        let now = format!("{key}#{}", l.anchor);
        if !l.anchor.is_empty() && *target.borrow() != now {
            scroll_to_target(&l.anchor);
        }
        *target.borrow_mut() = now;
    });
    // The documents worker is started after the first view has been drawn, and only if this
    // browser keeps documents (My documents starts it otherwise), so its download never
    // delays a first visit.
    set_timeout(
        crate::mine::start_if_kept,
        std::time::Duration::from_millis(50),
    );
    // "/" anywhere outside a text field focuses the search box.
    let focus_key = window_event_listener(leptos::ev::keydown, move |e| {
        let typing = e
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if e.key() == "/" && !typing {
            if let Some(i) = document().get_element_by_id("q") {
                if let Ok(i) = i.dyn_into::<leptos::web_sys::HtmlElement>() {
                    e.prevent_default();
                    let _ = i.focus();
                }
            }
        }
    });
    on_cleanup(move || focus_key.remove());
    view! {
        <header class="site" node_ref=header_ref></header>
        <main id="main" node_ref=main_ref></main>
    }
}

/// The brand and the navigation, the current view's link marked.
fn site_header(l: &Loc) -> Vec<Node> {
    let here = l.segments().first().cloned().unwrap_or_default();
    let nav = NAV.iter().map(|(label, path)| {
        h("a")
            .a("href", href(path))
            .opt("aria-current", (path[1..] == here).then_some("page"))
            .t(*label)
            .into()
    });
    let other = crate::i18n::lang().other();
    vec![
        h("a")
            .class("brand")
            .a("href", href("/"))
            .t("MINUSMA Explorer")
            .into(),
        h("nav").a("aria-label", "Views").cs(nav).into(),
        // The other language, named in itself.
        h("button")
            .a("type", "button")
            .class("lang-switch")
            .a("lang", other.code())
            .a("aria-label", other.switch_label())
            .t(other.name())
            .on("click", move |_| crate::route::switch_lang(other))
            .into(),
    ]
}

fn not_found() -> Vec<Node> {
    vec![
        h("h1").t("Page not found").into(),
        h("p")
            .t("There is no such view. ")
            .c(link("/", "Go to the overview"))
            .t(".")
            .into(),
    ]
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
