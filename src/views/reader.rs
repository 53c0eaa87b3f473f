//! Reader: one document, cleaned and structured, with footnote markers and notes linked both
//! ways, notes' URLs as links (http(s) only), each fact's number highlighted with what it
//! measures, and what the cleaner removed in a collapsed panel. `#p12` deep links scroll to the
//! block and mark it.

use corpus::corpus::Corpus;
use corpus::facts::Fact;
use corpus::index::{Facet, Query};
use corpus::model::{BlockKind, Document, Provenance, Span};
use leptos::prelude::*;

use super::format::{
    claim_date, claim_summary, claim_value, doc_href_with, http_url, original_link,
    original_link_at, text_fragment,
};
use crate::app::corpus;
use crate::route::{href, use_loc};
use crate::state::encode;

/// A piece of a block's text.
enum Piece {
    Text(String),
    /// A footnote marker: note number, the id of this reference (for the way back), and the
    /// link to the note.
    Marker(u32, String, String),
    /// A fact's number: the text, its description, and the link that opens its card.
    Fact(String, String, String),
    /// A match of the search that led here.
    Match(String),
}

/// What stands at a cut of a block's text.
enum At<'a> {
    Fact(&'a Fact),
    Marker(u32, String),
    Match,
}

/// Cuts a block into text, markers, fact numbers and search matches, by byte offsets in the
/// document's text. Where two overlap, the earlier-starting one wins (facts before matches at
/// the same place, so a fact's card stays reachable).
fn pieces(
    doc: &Document,
    facts: &[&Fact],
    matches: &[Span],
    q: &str,
    start: usize,
    end: usize,
) -> Vec<Piece> {
    let inside = |s: usize, e: usize| s >= start && e <= end;
    let mut cuts: Vec<(usize, usize, At)> = Vec::new();
    for (i, r) in doc.note_refs.iter().enumerate() {
        let at = r.at as usize;
        if inside(at, at) {
            cuts.push((at, at, At::Marker(r.number, format!("ref{}-{i}", r.number))));
        }
    }
    for f in facts {
        let (s, e) = (f.number_start as usize, f.number_end as usize);
        if inside(s, e) {
            cuts.push((s, e, At::Fact(f)));
        }
    }
    for m in matches {
        let (s, e) = (m.start as usize, m.end as usize);
        if inside(s, e) {
            cuts.push((s, e, At::Match));
        }
    }
    cuts.sort_by_key(|(s, e, _)| (*s, *e));
    let mut out = Vec::new();
    let mut at = start;
    for (s, e, what) in cuts {
        if s < at || doc.text.get(at..s).is_none() || doc.text.get(s..e).is_none() {
            continue;
        }
        if s > at {
            out.push(Piece::Text(doc.text[at..s].to_string()));
        }
        let text = doc.text[s..e].to_string();
        match what {
            At::Fact(f) => out.push(Piece::Fact(
                text,
                claim_summary(f),
                reader_href(&f.doc.0, q, Some(&f.id), &f.block),
            )),
            At::Marker(n, id) => out.push(Piece::Marker(
                n,
                id,
                anchor_href(&doc.id.0, q, &format!("fn{n}")),
            )),
            At::Match => out.push(Piece::Match(text)),
        }
        at = e;
    }
    if at < end {
        out.push(Piece::Text(doc.text.get(at..end).unwrap_or("").to_string()));
    }
    out
}

/// A place in this document (a note, a marker), keeping the search that led here.
fn anchor_href(doc: &str, q: &str, anchor: &str) -> String {
    reader_href(doc, q, None, anchor)
}

/// A reader address keeping the search `q` (if any) and opening a fact's card (if any).
fn reader_href(doc: &str, q: &str, fact: Option<&str>, anchor: &str) -> String {
    let mut query = Vec::new();
    if !q.is_empty() {
        query.push(format!("q={}", encode(q)));
    }
    if let Some(id) = fact {
        query.push(format!("fact={}", encode(id)));
    }
    doc_href_with(doc, anchor, &query.join("&"))
}

fn render(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.into_any(),
            Piece::Marker(n, id, to) => view! {
                <sup><a id=id href=to aria-label=format!("Note {n}")>{n}</a></sup>
            }
            .into_any(),
            Piece::Fact(t, title, href) => {
                view! { <a class="fact" href=href title=title>{t}</a> }.into_any()
            }
            Piece::Match(t) => view! { <mark>{t}</mark> }.into_any(),
        })
        .collect_view()
}

/// The fact card: everything known about one claim, with the ways on from it.
fn fact_card(c: &Corpus, f: &Fact, q: &str) -> impl IntoView {
    let doc = c.docs.iter().find(|d| d.id == f.doc);
    // The sentence on the original page when its address is known; else what is known.
    let original = match doc.map(|d| (d.meta.url.as_deref().and_then(http_url), &d.meta)) {
        Some((Some(u), _)) => view! { <a href=format!("{u}{}", text_fragment(&f.quote)) rel="noopener noreferrer">"This sentence in the original publication"</a> }.into_any(),
        Some((None, m)) => original_link(m),
        None => ().into_any(),
    };
    let cat = f.category.as_str();
    let close = anchor_href(&f.doc.0, q, &f.block);
    let row =
        |k: &'static str, v: String| (!v.is_empty()).then(|| view! { <dt>{k}</dt><dd>{v}</dd> });
    view! {
        <aside class="fact-card" aria-labelledby="fact-card-h">
            <h2 id="fact-card-h">{format!("{} {}", claim_value(f), f.unit)}</h2>
            <dl>
                {row("Measures", f.category.as_str().replace('_', " "))}
                {row("About", f.subject.clone().unwrap_or_default())}
                {row("Contingent", f.contingent.clone().unwrap_or_default())}
                {row("As of", format!("{} ({})", claim_date(f), f.date_basis.as_str()))}
                {row("Places", f.places.join(", "))}
                {row("Actors", f.actors.join(", "))}
                {row("Reported as", if f.alleged { "an allegation".into() } else { String::new() })}
                {row("Sentence", f.quote.clone())}
            </dl>
            <p class="row">
                <a href=href(&format!("/compare?category={cat}"))>"Compare claims of this kind"</a>
                " · "
                <a href=href(&format!("/facts?category={cat}"))>"All such facts"</a>
                " · "
                {original}
                " · "
                <a href=close>"Close"</a>
            </p>
        </aside>
    }
}

/// A note's text with its http(s) URLs as links.
fn note_text(doc: &Document, start: usize, end: usize) -> impl IntoView {
    let mut out = Vec::new();
    let mut at = start;
    for u in doc
        .urls
        .iter()
        .filter(|u| u.span.start as usize >= start && u.span.end as usize <= end)
    {
        let (s, e) = (u.span.start as usize, u.span.end as usize);
        if s < at {
            continue;
        }
        out.push(doc.text[at..s].to_string().into_any());
        match http_url(&u.url) {
            Some(href) => out.push(
                view! { <a href=href.to_string() rel="noopener noreferrer">{u.url.clone()}</a> }
                    .into_any(),
            ),
            None => out.push(u.url.clone().into_any()),
        }
        at = e;
    }
    out.push(doc.text.get(at..end).unwrap_or("").to_string().into_any());
    out.collect_view()
}

#[component]
pub fn Reader() -> impl IntoView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let loc = use_loc();
    // Memos, so that opening a fact card (`fact=`) or moving to a note does not redraw the
    // document.
    let doc_id = Memo::new(move |_| loc.with(|l| l.segments().get(1).cloned().unwrap_or_default()));
    let search_text = Memo::new(move |_| {
        loc.with(|l| {
            l.param("q")
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect::<String>()
        })
    });
    let fact_id = Memo::new(move |_| loc.with(|l| l.param("fact")));
    let anchor = Memo::new(move |_| loc.with(|l| l.anchor.clone()));
    let card = move || {
        let id = fact_id.get()?;
        let doc = doc_id.get();
        let f = c.facts.iter().find(|f| f.id == id && f.doc.0 == doc)?;
        Some(fact_card(c, f, &search_text.get()))
    };
    // After the document is drawn, bring the block named in the URL into view and mark it.
    Effect::new(move |_| {
        let id = anchor.get();
        let _ = doc_id.get();
        if id.is_empty() {
            return;
        }
        request_animation_frame(move || {
            // One marked block at a time.
            while let Ok(Some(old)) = document().query_selector("[data-target]") {
                if old.remove_attribute("data-target").is_err() {
                    break;
                }
            }
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
                let _ = el.set_attribute("data-target", "");
            }
        });
    });
    let page = move || {
        let id = doc_id.get();
        let Some(doc) = c.docs.iter().find(|d| d.id.0 == id) else {
            return view! {
                <h1>"No such document"</h1>
                <p>"The corpus has no document " <code>{id}</code> ". " <a href=href("/")>"See the list of documents"</a> "."</p>
            }
            .into_any();
        };
        let facts: Vec<&Fact> = c.facts.iter().filter(|f| f.doc == doc.id).collect();
        // The search that led here, if any: its matches in this document are marked.
        let q = search_text.get();
        let matches: Vec<Span> = if q.trim().is_empty() {
            Vec::new()
        } else {
            let found = c.search(&Query {
                text: q.clone(),
                filters: vec![(Facet::Doc, doc.id.0.clone())],
                limit: usize::MAX,
            });
            found.hits.into_iter().flat_map(|h| h.matches).collect()
        };
        let m = &doc.meta;
        let by = if m.authors.is_empty() {
            m.author_note.clone().unwrap_or_default()
        } else {
            m.authors.join(", ")
        };
        let date = match (m.published, m.published_from) {
            (Some(p), Provenance::Inferred) => format!("{} (inferred from the text)", p.iso()),
            (Some(p), _) => p.iso(),
            (None, _) => "undated".into(),
        };
        // When a passage is targeted, the original page opens at its first sentence.
        let original = move || {
            let at = anchor.get();
            let fragment = doc
                .blocks
                .iter()
                .find(|b| b.id == at && b.kind != BlockKind::Footnote)
                .and_then(|b| doc.text.get(b.span.start as usize..b.span.end as usize))
                .map(|t| text_fragment(t.split_inclusive(". ").next().unwrap_or(t).trim()))
                .unwrap_or_default();
            original_link_at(m, &fragment)
        };
        let body = doc
            .blocks
            .iter()
            .filter(|b| !matches!(b.kind, BlockKind::Footnote | BlockKind::Title))
            .map(|b| {
                let id = b.id.clone();
                let content = render(pieces(doc, &facts, &matches, &q, b.span.start as usize, b.span.end as usize));
                match b.kind {
                    BlockKind::Heading => view! { <h2 id=id>{content}</h2> }.into_any(),
                    BlockKind::Quote => view! { <blockquote id=id><p>{content}</p></blockquote> }.into_any(),
                    BlockKind::PullQuote => view! { <aside id=id class="pullquote" aria-label="Pull quote"><p>{content}</p></aside> }.into_any(),
                    BlockKind::Caption => view! { <p id=id class="caption">{content}</p> }.into_any(),
                    BlockKind::Dateline | BlockKind::Byline => view! { <p id=id class="meta">{content}</p> }.into_any(),
                    BlockKind::AuthorBio | BlockKind::Boilerplate => view! { <p id=id class="aside">{content}</p> }.into_any(),
                    _ => view! { <p id=id>{content}</p> }.into_any(),
                }
            })
            .collect_view();
        let notes = doc
            .footnotes
            .iter()
            .map(|f| {
                let backs = doc
                    .note_refs
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.number == f.number)
                    .map(|(i, _)| view! { " " <a href=anchor_href(&doc.id.0, &q, &format!("ref{}-{i}", f.number)) aria-label=format!("Back to the text of note {}", f.number)>"↩"</a> })
                    .collect_view();
                let ibid = f.ibid_of.map(|n| view! { " " <a href=anchor_href(&doc.id.0, &q, &format!("fn{n}"))>{format!("(repeats note {n})")}</a> });
                view! {
                    <li id=format!("fn{}", f.number) value=f.number.to_string()>
                        {note_text(doc, f.span.start as usize, f.span.end as usize)}
                        {ibid}
                        {backs}
                    </li>
                }
            })
            .collect_view();
        let has_notes = !doc.footnotes.is_empty();
        let removed = doc
            .removed
            .iter()
            .map(|r| view! { <li><span class="meta">{format!("line {} — {}: ", r.line, r.reason)}</span>{r.text.clone()}</li> })
            .collect_view();
        let removed_count = doc.removed.len();
        view! {
            <article class="reader">
                <h1>{m.title.clone()}</h1>
                <p class="meta">{by} " · " {date} " · " {m.publisher.clone().unwrap_or_default()}</p>
                <p class="meta">{original} {m.url_note.clone().map(|n| view! { " " <span>{n}</span> })}</p>
                {body}
                {has_notes.then(|| view! {
                    <section aria-labelledby="notes-h" class="notes">
                        <h2 id="notes-h">"Notes"</h2>
                        <ol>{notes}</ol>
                    </section>
                })}
                <details class="removed">
                    <summary>{format!("Removed from the original ({removed_count})")}</summary>
                    <ul>{removed}</ul>
                </details>
            </article>
        }
        .into_any()
    };
    view! { {page} {card} }.into_any()
}
