//! Search and filter: a search box that updates as you type, facets with counts (OR within a
//! facet, AND across facets), one-click clear, passages with their matches highlighted. The
//! state is the URL's query string. "/" focuses the box; Esc clears it.

use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;

use super::facets::facet_panel;
use super::format::{doc_href_with, highlight};
use crate::app::corpus;
use crate::state::{encode, Filters};
use crate::url_state::use_filters;

/// How many passages a result page shows.
const LIMIT: usize = 50;

#[component]
pub fn Search() -> impl IntoView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    // Typing replaces the history entry; choosing a facet adds one, so Back undoes it.
    let (filters, go) = use_filters("/search");
    let results = Memo::new(move |_| filters.with(|f| c.search(&f.query(LIMIT))));
    let input: NodeRef<Input> = NodeRef::new();

    // "/" anywhere outside a text field focuses the search box.
    let focus_key = window_event_listener(ev::keydown, move |e| {
        let typing = e
            .target()
            .and_then(|t| {
                leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::Element>(t).ok()
            })
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if e.key() == "/" && !typing {
            if let Some(i) = input.get() {
                e.prevent_default();
                let _ = i.focus();
            }
        }
    });
    on_cleanup(move || focus_key.remove());

    let go_input = go.clone();
    let go_key = go.clone();
    let go_clear = go.clone();
    let go_facet = go.clone();

    let facet_groups = move || {
        let f = filters.get();
        let r = results.get();
        let go_facet = go_facet.clone();
        facet_panel(c, &r.facets, &f, move |n| go_facet(n, false))
    };

    let hits = move || {
        let r = results.get();
        // The reader marks the same matches.
        let query = format!(
            "q={}",
            encode(filters.with(|f| f.q.trim().to_string()).as_str())
        );
        r.hits
            .into_iter()
            .map(|h| {
                let doc = c.docs.iter().find(|d| d.id == h.doc);
                let title = doc.map(|d| d.meta.title.clone()).unwrap_or_default();
                let spans: Vec<(usize, usize)> = h.matches.iter().map(|m| (m.start as usize, m.end as usize)).collect();
                let parts = highlight(&h.snippet_text, h.snippet.start as usize, &spans)
                    .into_iter()
                    .map(|(t, hl)| if hl { view! { <mark>{t}</mark> }.into_any() } else { t.into_any() })
                    .collect_view();
                let kind = h.kind.as_str().replace('_', " ");
                view! {
                    <li class="hit" data-doc=h.doc.0.clone() data-block=h.block.clone()>
                        <p class="hit-title">
                            <a href=doc_href_with(&h.doc.0, &h.block, &query)>{title}</a>
                            <span class="kind">{kind}</span>
                            {(!h.exact).then(|| view! { <span class="typo">"close spelling"</span> })}
                        </p>
                        <p class="snippet">{parts}</p>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h1>"Search the texts"</h1>
        <search class="searchbar">
            <label for="q">"Words, \"a phrase\", or the start of a word"</label>
            <div class="row">
                <input
                    id="q"
                    type="search"
                    node_ref=input
                    autocomplete="off"
                    aria-keyshortcuts="/"
                    prop:value=move || filters.with(|f| f.q.clone())
                    on:input=move |e| {
                        let mut f = filters.get_untracked();
                        f.q = event_target_value(&e);
                        go_input(f, true);
                    }
                    on:keydown=move |e| {
                        if e.key() == "Escape" {
                            let mut f = filters.get_untracked();
                            f.q.clear();
                            go_key(f, true);
                        }
                    }
                />
                <button type="button" on:click=move |_| go_clear(Filters::default(), false)>"Clear all"</button>
            </div>
        </search>
        <div class="search-layout">
            <aside aria-label="Filters">{facet_groups}</aside>
            <section aria-labelledby="results-h">
                <h2 id="results-h" aria-live="polite">
                    {move || {
                        let r = results.get();
                        let more = if r.total > LIMIT { format!(" (first {LIMIT} shown)") } else { String::new() };
                        let typo = if r.typo_only && r.total > 0 { " — no exact match; close spellings shown" } else { "" };
                        format!("{} passage{}{}{}", r.total, if r.total == 1 { "" } else { "s" }, more, typo)
                    }}
                </h2>
                <ol class="hits">{hits}</ol>
            </section>
        </div>
    }
    .into_any()
}
