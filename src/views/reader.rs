//! Reader: one document, cleaned and structured, with footnote markers and notes linked both
//! ways, notes' URLs as links (http(s) only), each fact's number highlighted with what it
//! measures, and what the cleaner removed in a collapsed panel. `#p12` deep links scroll to the
//! block and mark it.

use corpus::facts::Fact;
use corpus::model::{BlockKind, Document, Provenance};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use super::format::{http_url, number, original_link};
use crate::app::corpus;

/// A piece of a block's text.
enum Piece {
    Text(String),
    /// A footnote marker: note number and the id of this reference (for the way back).
    Marker(u32, String),
    /// A fact's number, with its description.
    Fact(String, String),
}

fn fact_title(f: &Fact) -> String {
    let date = f.date.clone().unwrap_or_else(|| "undated".into());
    format!(
        "{} {} — {} — {} — as of {} ({})",
        f.qualifier.as_str().replace('_', " "),
        number(f.value),
        f.category.as_str().replace('_', " "),
        f.subject.clone().unwrap_or_else(|| "no subject".into()),
        date,
        f.date_basis.as_str()
    )
}

/// Where a block's text is cut: a byte range and what stands there.
struct Cut<'a> {
    start: usize,
    end: usize,
    fact: Option<&'a Fact>,
    marker: Option<(u32, String)>,
}

/// Cuts a block into text, markers and fact numbers, by byte offsets in the document's text.
fn pieces(doc: &Document, facts: &[&Fact], start: usize, end: usize) -> Vec<Piece> {
    let mut cuts: Vec<Cut> = Vec::new();
    for (i, r) in doc.note_refs.iter().enumerate() {
        let at = r.at as usize;
        if at >= start && at <= end {
            let marker = Some((r.number, format!("ref{}-{i}", r.number)));
            cuts.push(Cut {
                start: at,
                end: at,
                fact: None,
                marker,
            });
        }
    }
    for f in facts {
        let (s, e) = (f.number_start as usize, f.number_end as usize);
        if s >= start && e <= end {
            cuts.push(Cut {
                start: s,
                end: e,
                fact: Some(f),
                marker: None,
            });
        }
    }
    cuts.sort_by_key(|c| (c.start, c.end));
    let mut out = Vec::new();
    let mut at = start;
    for Cut {
        start: s,
        end: e,
        fact,
        marker,
    } in cuts
    {
        if s < at || doc.text.get(at..s).is_none() || doc.text.get(s..e).is_none() {
            continue;
        }
        if s > at {
            out.push(Piece::Text(doc.text[at..s].to_string()));
        }
        match (fact, marker) {
            (Some(f), _) => out.push(Piece::Fact(doc.text[s..e].to_string(), fact_title(f))),
            (None, Some((n, id))) => out.push(Piece::Marker(n, id)),
            _ => {}
        }
        at = e;
    }
    if at < end {
        out.push(Piece::Text(doc.text.get(at..end).unwrap_or("").to_string()));
    }
    out
}

fn render(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.into_any(),
            Piece::Marker(n, id) => view! {
                <sup><a id=id href=format!("#fn{n}") aria-label=format!("Note {n}")>{n}</a></sup>
            }
            .into_any(),
            Piece::Fact(t, title) => view! { <mark class="fact" title=title>{t}</mark> }.into_any(),
        })
        .collect_view()
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
    let params = use_params_map();
    let location = use_location();
    // After the document is drawn, bring the block named in the URL's fragment into view.
    Effect::new(move |_| {
        let hash = location.hash.get();
        let id = hash.trim_start_matches('#').to_string();
        if id.is_empty() {
            return;
        }
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
                let _ = el.set_attribute("data-target", "");
            }
        });
    });
    let page = move || {
        let id = params.get().get("id").unwrap_or_default();
        let Some(doc) = c.docs.iter().find(|d| d.id.0 == id) else {
            return view! {
                <h1>"No such document"</h1>
                <p>"The corpus has no document " <code>{id}</code> ". " <a href="/">"See the list of documents"</a> "."</p>
            }
            .into_any();
        };
        let facts: Vec<&Fact> = c.facts.iter().filter(|f| f.doc == doc.id).collect();
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
        let original = original_link(m);
        let body = doc
            .blocks
            .iter()
            .filter(|b| !matches!(b.kind, BlockKind::Footnote | BlockKind::Title))
            .map(|b| {
                let id = b.id.clone();
                let content = render(pieces(doc, &facts, b.span.start as usize, b.span.end as usize));
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
                    .map(|(i, _)| view! { " " <a href=format!("#ref{}-{i}", f.number) aria-label=format!("Back to the text of note {}", f.number)>"↩"</a> })
                    .collect_view();
                let ibid = f.ibid_of.map(|n| view! { " " <a href=format!("#fn{n}")>{format!("(repeats note {n})")}</a> });
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
    view! { {page} }.into_any()
}
