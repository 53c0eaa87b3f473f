//! Component tests that run in a real browser (`wasm-bindgen-test`, Chromium through
//! chromedriver): the URL state round trip and the filtering logic as compiled to wasm, and
//! views mounted into the page and read back from the DOM.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::app::{corpus, reference};
use crate::charts::{personnel, svg::chart_view};
use crate::dom::Region;
use crate::state::Filters;
use crate::views::compare::groups;
use crate::views::facts::matching;
use corpus::index::Facet;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the test page.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets the page run a turn (timers, effects), as a browser would before anyone looks.
async fn next_turn() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
}

#[wasm_bindgen_test]
fn filters_round_trip_through_a_real_url() {
    let f = Filters::default()
        .toggled(Facet::Place, "Ségou")
        .toggled(Facet::Category, "civilians_killed");
    let f = Filters {
        q: "\"civilians killed\" 2018 & more".into(),
        ..f
    };
    // Through the browser's own URL parser, as the router reads it.
    let url = web_sys::Url::new(&format!("http://x/search?{}", f.to_query_string())).unwrap();
    let params = url.search_params();
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params).unwrap().unwrap();
    for e in entries {
        let e: js_sys::Array = e.unwrap().unchecked_into();
        pairs.push((e.get(0).as_string().unwrap(), e.get(1).as_string().unwrap()));
    }
    let back = Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!(back, f);
}

#[wasm_bindgen_test]
fn filtering_in_wasm_matches_the_facets() {
    let c = corpus().unwrap();
    let all = matching(c, &Filters::default()).0.len();
    assert_eq!(all, c.facts.len());
    let f = Filters::default().toggled(Facet::Category, "troops");
    let (troops, counts) = matching(c, &f);
    assert!(!troops.is_empty() && troops.len() < all);
    assert!(troops.iter().all(|t| t.category.as_str() == "troops"));
    // OR within a facet.
    let g = f.toggled(Facet::Category, "police");
    assert!(matching(c, &g).0.len() > troops.len());
    // The counts describe the rows.
    let n: usize = counts
        .iter()
        .filter(|x| x.facet == Facet::Category)
        .map(|x| x.count)
        .sum();
    assert_eq!(n, troops.len());
    assert!(!groups(&troops).is_empty());
}

/// A chart mounted in the page: its marks are SVG links (an HTML `<a>` inside `<svg>` draws
/// nothing), one per mark, each labelled.
#[wasm_bindgen_test]
fn chart_marks_are_svg_links() {
    let c = corpus().unwrap();
    let facts: Vec<_> = c.facts.iter().collect();
    let chart = personnel(c, &facts, reference());
    let n = chart.marks.len();
    let el = container();
    Region::new(el.clone().into()).update("chart", vec![chart_view(chart).into()]);
    let links = el.query_selector_all("#chart-personnel a").unwrap();
    assert_eq!(links.length() as usize, n);
    for i in 0..links.length() {
        let a: web_sys::Element = links.item(i).unwrap().unchecked_into();
        assert_eq!(
            a.namespace_uri().as_deref(),
            Some("http://www.w3.org/2000/svg")
        );
        assert!(!a.get_attribute("aria-label").unwrap_or_default().is_empty());
    }
    // The table alternative lists the same marks.
    assert_eq!(
        el.query_selector_all("details tbody tr").unwrap().length() as usize,
        n
    );
}

/// The whole app mounted: the overview draws from the embedded corpus.
#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_overview() {
    let el = container();
    let _handle = mount_to(el.clone(), crate::app::App);
    next_turn().await;
    let docs = el.query_selector_all("#documents li").unwrap().length() as usize;
    assert_eq!(docs, corpus().unwrap().docs.len());
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("Headline figures"));
}

/// A hostile document goes through the engine into the views: nothing in it runs, nothing
/// becomes markup, and only http(s) addresses become links.
#[wasm_bindgen_test]
async fn hostile_document_is_only_text() {
    let text = "Title <script>window.__pwned=1</script>\n\n\
        A paragraph with <img src=x onerror=\"window.__pwned=1\"> and <b onclick=\"window.__pwned=1\">bold</b>, \
        entities &amp; &lt;i&gt; &#x3C;script&#x3E;, links javascript:window.__pwned=1 and \
        data:text/html,<script>window.__pwned=1</script> and https://example.org/ok. \
        At least 300 civilians were killed in Moura in March 2022.¹ <svg onload=\"window.__pwned=1\">\n\n\
        ^{1.} See javascript:alert(1), <a href=\"javascript:alert(1)\">x</a> and https://example.org/note\n";
    let doc = corpus::ingest::ingest("evil", "evil.txt", text.as_bytes(), None).unwrap();
    let id = doc.id.0.clone();
    let c: &'static corpus::corpus::Corpus =
        Box::leak(Box::new(corpus::corpus::Corpus::build(vec![doc])));
    assert!(
        !c.facts.is_empty(),
        "the claim in the hostile text is still extracted"
    );
    for route in [
        format!("#/doc/{id}?q=script"),
        "#/search?q=script".to_string(),
        "#/facts".to_string(),
        "#/charts".to_string(),
        "#/compare".to_string(),
    ] {
        let el = container();
        let (_, content) = crate::app::page(
            c,
            &crate::route::Loc::parse(&route),
            RwSignal::new(None),
            false,
        );
        Region::new(el.clone().into()).update("test", content);
        next_turn().await;
        let html = el.inner_html();
        assert!(
            el.query_selector("script, img, b, i, iframe, object, embed")
                .unwrap()
                .is_none(),
            "{route}: markup from the document"
        );
        let all = el.query_selector_all("*").unwrap();
        for i in 0..all.length() {
            let e: web_sys::Element = all.item(i).unwrap().unchecked_into();
            let names = e.get_attribute_names();
            for n in names.iter() {
                let n = n.as_string().unwrap_or_default();
                assert!(
                    !n.starts_with("on"),
                    "{route}: an event handler attribute {n}"
                );
            }
            if let Some(href) = e.get_attribute("href") {
                assert!(
                    href.starts_with("#/")
                        || href.starts_with("https://")
                        || href.starts_with("http://"),
                    "{route}: a link to {href}"
                );
            }
        }
        if route.starts_with("#/doc/") {
            // The text is shown as text, entities and all.
            assert!(
                el.text_content()
                    .unwrap_or_default()
                    .contains("<img src=x onerror="),
                "{html}"
            );
            assert!(
                el.query_selector("a[href='https://example.org/note']")
                    .unwrap()
                    .is_some(),
                "{html}"
            );
        }
        assert!(js_sys::Reflect::get(&window(), &"__pwned".into())
            .unwrap()
            .is_undefined());
        el.remove();
    }
}

/// The one element matching `selector` in `el`.
fn one(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

/// The patcher keeps elements that keep their place and tag (so focus and a caret survive a
/// redraw), replaces the rest, runs the current tree's handlers, and puts text in as text.
#[wasm_bindgen_test]
fn region_patches_in_place_and_runs_the_current_handlers() {
    use crate::dom::{h, Node};
    use std::cell::Cell;
    use std::rc::Rc;
    let el = container();
    let mut r = Region::new(el.clone().into());
    let clicks = Rc::new(Cell::new(0));
    let tree = |value: &str, text: &str, extra: bool, add: i32| -> Vec<Node> {
        let c = clicks.clone();
        let mut v: Vec<Node> = vec![
            h("input").id("t-in").a(".value", value).into(),
            h("p").t(text).into(),
            h("button")
                .t("go")
                .on("click", move |_| c.set(c.get() + add))
                .into(),
        ];
        if extra {
            v.push(h("ul").c(h("li").t("x")).into());
        }
        v
    };
    r.update("a", tree("a", "<b>one</b>", true, 1));
    let input: web_sys::HtmlElement = one(&el, "#t-in");
    input.focus().unwrap();
    assert!(el.query_selector("b").unwrap().is_none(), "text stays text");
    assert_eq!(one(&el, "p").text_content().unwrap(), "<b>one</b>");
    let button: web_sys::HtmlElement = one(&el, "button");
    button.click();
    assert_eq!(clicks.get(), 1);

    r.update("a", tree("ab", "two", false, 10));
    let same: web_sys::HtmlElement = one(&el, "#t-in");
    assert!(same.is_same_node(Some(&input)), "the input is kept");
    assert!(
        document()
            .active_element()
            .unwrap()
            .is_same_node(Some(&input)),
        "focus survives"
    );
    assert_eq!(
        js_sys::Reflect::get(&same, &"value".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "ab"
    );
    assert_eq!(one(&el, "p").text_content().unwrap(), "two");
    assert!(
        el.query_selector("ul").unwrap().is_none(),
        "what left the tree left the page"
    );
    button.click();
    assert_eq!(clicks.get(), 11, "the new tree's handler runs");

    r.update("b", tree("ab", "two", false, 10));
    let fresh = one(&el, "#t-in");
    assert!(
        !fresh.is_same_node(Some(&input)),
        "another view starts afresh"
    );
    assert_eq!(el.child_element_count(), 3);
    el.remove();
}

/// Every view drawn in French has no interface message left in English: what the message
/// table does not translate must be a document's own words or the engine's data (titles,
/// sentences, names, units), never a label, a heading, a button or a hint.
#[wasm_bindgen_test]
async fn every_view_in_french_translates_every_message() {
    use crate::i18n::{record_misses, set_lang, Lang};
    let c = corpus().unwrap();
    // What may stay as written: the documents and everything the engine read from them.
    let mut hay = String::new();
    for d in &c.docs {
        hay.push_str(&d.text);
        let m = &d.meta;
        for s in [&m.title, &m.kind]
            .into_iter()
            .chain(m.authors.iter())
            .chain(m.author_note.iter())
            .chain(m.publisher.iter())
            .chain(m.url_note.iter())
            .chain(m.published_note.iter())
            .chain(m.licence.iter())
            .chain(m.republished_from.iter())
        {
            hay.push('\n');
            hay.push_str(s);
        }
        for r in &d.removed {
            hay.push('\n');
            hay.push_str(&format!("{r:?}"));
        }
    }
    // The words of the engine's short data (units, values as written, subjects, names): a
    // mark's label puts them together ("850 soldiers … MINUSMA, Guinean contingent").
    let mut data_words = String::new();
    for f in &c.facts {
        for s in [&f.unit, &f.value_text]
            .into_iter()
            .chain(f.subject.iter())
            .chain(f.contingent.iter())
            .chain(f.places.iter())
            .chain(f.actors.iter())
        {
            data_words.push(' ');
            data_words.push_str(s);
        }
    }
    for d in &c.docs {
        data_words.push(' ');
        data_words.push_str(&d.meta.title);
    }
    let mut data_words: Vec<String> = data_words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    data_words.sort();
    for f in &c.facts {
        for s in [&f.unit, &f.quote, &f.value_text]
            .into_iter()
            .chain(f.subject.iter())
            .chain(f.contingent.iter())
            .chain(f.places.iter())
            .chain(f.actors.iter())
        {
            hay.push('\n');
            hay.push_str(s);
        }
    }
    for e in &c.events {
        hay.push('\n');
        hay.push_str(&e.label);
    }
    for e in &c.entities {
        hay.push('\n');
        hay.push_str(&e.name);
    }
    for p in &corpus::gazetteer::gazetteer().places {
        hay.push('\n');
        hay.push_str(&p.name);
        hay.push('\n');
        hay.push_str(&p.kind);
    }
    // Words the French interface itself writes (a line put together from translated parts,
    // "1 dans 1 source", is already French), and the months of its dates.
    let mut french: Vec<String> = include_str!("i18n/fr.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(_, fr)| fr))
        .chain(["janvier février mars avril mai juin juillet août septembre octobre novembre décembre 1er"])
        .flat_map(|fr| fr.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    french.sort();
    let is_french = |p: &str| {
        p.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .all(|w| {
                let w = w.to_string();
                french.binary_search(&w).is_ok() || data_words.binary_search(&w).is_ok()
            })
    };
    let from_data = |s: &str| {
        s.split([':', ',', '·', '—', '(', ')', '“', '”', '–', ';'])
            .map(str::trim)
            .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .map(|p| p.trim_matches('…').trim())
            .all(|p| hay.contains(p) || is_french(p))
    };
    let doc = &c.docs[0].id.0;
    let fact = c.facts.iter().find(|f| &f.doc.0 == doc).unwrap();
    let routes = [
        "#/fr/".to_string(),
        "#/fr/search?q=killed".to_string(),
        "#/fr/search?q=Barkane".to_string(),
        "#/fr/facts".to_string(),
        "#/fr/charts".to_string(),
        "#/fr/compare".to_string(),
        "#/fr/timeline".to_string(),
        "#/fr/timeline?rows=actor".to_string(),
        "#/fr/map".to_string(),
        "#/fr/map?at=Gao".to_string(),
        "#/fr/kwic?q=killed".to_string(),
        "#/fr/kwic".to_string(),
        "#/fr/mine".to_string(),
        format!("#/fr/doc/{doc}?fact={}", fact.id),
        "#/fr/doc/nothing".to_string(),
        "#/fr/nowhere".to_string(),
    ];
    crate::i18n::load_messages(include_str!("i18n/fr.tsv").to_string());
    set_lang(Lang::Fr);
    for route in routes {
        record_misses(true);
        let el = container();
        let (_, content) = crate::app::page(
            c,
            &crate::route::Loc::parse(&route),
            RwSignal::new(None),
            false,
        );
        Region::new(el.clone().into()).update("test", content);
        let misses = record_misses(false);
        let left: Vec<&String> = misses.iter().filter(|m| !from_data(m)).collect();
        assert!(
            left.is_empty(),
            "{route}: {} interface texts left in English: {left:#?}",
            left.len()
        );
        el.remove();
    }
    set_lang(Lang::En);
    next_turn().await;
}
