//! Reader: one document, cleaned and structured, with footnote markers and notes linked both
//! ways, notes' URLs as links (http(s) only), each fact's number highlighted with what it
//! measures, and what the cleaner removed in a collapsed panel. `#p12` deep links scroll to the
//! block and mark it.

use corpus::corpus::Corpus;
use corpus::facts::Fact;
use corpus::index::{Facet, Query};
use corpus::model::{BlockKind, Document, Provenance, Span};
use corpus::sorting::sort_by_key;
use leptos::prelude::{document, request_animation_frame, RwSignal};

use super::cite::cite_panel;
use super::format::{
    claim_date, claim_summary, claim_value, doc_href_with, http_url, link, original_link,
    original_link_at, outside_link, text_fragment,
};
use crate::dom::{h, text, Node};
use crate::route::Loc;
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
    sort_by_key(&mut cuts, |(s, e, _)| (*s, *e));
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

fn render(pieces: Vec<Piece>) -> Vec<Node> {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => text(t),
            Piece::Marker(n, id, to) => h("sup")
                .c(h("a")
                    .id(id)
                    .a("href", to)
                    .a("aria-label", format!("Note {n}"))
                    .t(n.to_string()))
                .into(),
            Piece::Fact(t, title, to) => h("a")
                .class("fact")
                .a("href", to)
                .a("title", title)
                .t(t)
                .into(),
            Piece::Match(t) => h("mark").t(t).into(),
        })
        .collect()
}

/// The fact card: everything known about one claim, with the ways on from it.
fn fact_card(
    c: &'static Corpus,
    f: &'static Fact,
    q: &str,
    error: RwSignal<Option<String>>,
) -> Node {
    let doc = c.docs.iter().find(|d| d.id == f.doc);
    // The sentence on the original page when its address is known; else what is known.
    let original = match doc.map(|d| (d.meta.url.as_deref().and_then(http_url), &d.meta)) {
        Some((Some(u), _)) => Some(
            outside_link(
                format!("{u}{}", text_fragment(&f.quote)),
                "This sentence in the original publication",
            )
            .into(),
        ),
        Some((None, m)) => Some(original_link(m)),
        None => None,
    };
    let cat = f.category.as_str();
    let rows = [
        ("Measures", f.category.as_str().replace('_', " ")),
        ("About", f.subject.clone().unwrap_or_default()),
        ("Contingent", f.contingent.clone().unwrap_or_default()),
        (
            "As of",
            format!(
                "{} ({})",
                claim_date(f),
                crate::i18n::t(f.date_basis.as_str())
            ),
        ),
        ("Places", f.places.join(", ")),
        ("Actors", f.actors.join(", ")),
        (
            "Reported as",
            if f.alleged {
                "an allegation".into()
            } else {
                String::new()
            },
        ),
        ("Sentence", f.quote.clone()),
    ];
    let dl = h("dl").cs(rows
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .flat_map(|(k, v)| [h("dt").t(k).into(), h("dd").t(v).into()]));
    let mut ways = h("p")
        .class("row")
        .c(link(
            &format!("/compare?category={cat}"),
            "Compare claims of this kind",
        ))
        .t(" · ")
        .c(link(&format!("/facts?category={cat}"), "All such facts"))
        .t(" · ");
    if let Some(o) = original {
        ways = ways.c(o);
    }
    ways = ways.t(" · ").c(h("a")
        .a("href", anchor_href(&f.doc.0, q, &f.block))
        .t("Close"));
    h("aside")
        .class("fact-card")
        .a("aria-labelledby", "fact-card-h")
        .c(h("h2")
            .id("fact-card-h")
            .t(format!("{} {}", claim_value(f), f.unit)))
        .c(dl)
        .c(ways)
        .cs(doc.map(|d| {
            let to = format!(
                "/doc/{}?fact={}#{}",
                f.doc.0,
                crate::state::encode(&f.id),
                f.block
            );
            cite_panel(d, Some(f), &to, error)
        }))
        .into()
}

/// A note's text with its http(s) URLs as links.
fn note_text(doc: &Document, start: usize, end: usize) -> Vec<Node> {
    let mut out = Vec::new();
    let mut at = start;
    for u in doc
        .urls
        .iter()
        .filter(|u| u.span.start as usize >= start && u.span.end as usize <= end)
    {
        let (s, e) = (u.span.start as usize, u.span.end as usize);
        if s < at || doc.text.get(at..s).is_none() {
            continue;
        }
        out.push(text(&doc.text[at..s]));
        out.push(match http_url(&u.url) {
            Some(href) => outside_link(href.to_string(), &u.url).into(),
            None => text(&u.url),
        });
        at = e;
    }
    out.push(text(doc.text.get(at..end).unwrap_or("")));
    out
}

/// Brings the block with this id into view and marks it (one marked block at a time), once
/// the page has been laid out.
pub fn scroll_to_target(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
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
}

/// The reader at location `l` (`/doc/ID?q=…&fact=…#block`).
pub fn reader(c: &'static Corpus, l: &Loc, error: RwSignal<Option<String>>) -> Vec<Node> {
    let id = l.segments().get(1).cloned().unwrap_or_default();
    let Some(doc) = c.docs.iter().find(|d| d.id.0 == id) else {
        return vec![
            h("h1").t("No such document").into(),
            h("p")
                .t("The corpus has no document ")
                .c(h("code").t(id))
                .t(". ")
                .c(link("/", "See the list of documents"))
                .t(".")
                .into(),
        ];
    };
    let q: String = l.param("q").unwrap_or_default().chars().take(200).collect();
    let facts: Vec<&Fact> = c.facts.iter().filter(|f| f.doc == doc.id).collect();
    // The search that led here, if any: its matches in this document are marked.
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
    let fragment = doc
        .blocks
        .iter()
        .find(|b| b.id == l.anchor && b.kind != BlockKind::Footnote)
        .and_then(|b| doc.text.get(b.span.start as usize..b.span.end as usize))
        .map(|t| text_fragment(t.split_inclusive(". ").next().unwrap_or(t).trim()))
        .unwrap_or_default();
    let mut source = h("p").class("meta").c(original_link_at(m, &fragment));
    if let Some(n) = &m.url_note {
        source = source.t(" ").c(h("span").t(n));
    }
    let body = doc
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Footnote | BlockKind::Title))
        .map(|b| {
            let content = render(pieces(
                doc,
                &facts,
                &matches,
                &q,
                b.span.start as usize,
                b.span.end as usize,
            ));
            let p = |class: Option<&'static str>, content| h("p").opt("class", class).cs(content);
            let el = match b.kind {
                BlockKind::Heading => h("h2").cs(content),
                BlockKind::Quote => h("blockquote").c(p(None, content)),
                BlockKind::PullQuote => h("aside")
                    .class("pullquote")
                    .a("aria-label", "Pull quote")
                    .c(p(None, content)),
                BlockKind::Caption => p(Some("caption"), content),
                BlockKind::Dateline | BlockKind::Byline => p(Some("meta"), content),
                BlockKind::AuthorBio | BlockKind::Boilerplate => p(Some("aside"), content),
                _ => p(None, content),
            };
            el.id(&b.id).into()
        });
    let mut article = h("article")
        .class("reader")
        .c(h("h1").t(&m.title))
        .c(h("p").class("meta").t(format!(
            "{by} · {date} · {}",
            m.publisher.as_deref().unwrap_or_default()
        )))
        .c(source)
        .c(cite_panel(doc, None, &format!("/doc/{}", doc.id.0), error))
        .cs(body);
    if !doc.footnotes.is_empty() {
        let notes = doc.footnotes.iter().map(|f| {
            let mut li = h("li")
                .id(format!("fn{}", f.number))
                .a("value", f.number.to_string())
                .cs(note_text(doc, f.span.start as usize, f.span.end as usize));
            if let Some(n) = f.ibid_of {
                li = li.t(" ").c(h("a")
                    .a("href", anchor_href(&doc.id.0, &q, &format!("fn{n}")))
                    .t(format!("(repeats note {n})")));
            }
            for (i, _) in doc
                .note_refs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.number == f.number)
            {
                li = li.t(" ").c(h("a")
                    .a(
                        "href",
                        anchor_href(&doc.id.0, &q, &format!("ref{}-{i}", f.number)),
                    )
                    .a(
                        "aria-label",
                        format!("Back to the text of note {}", f.number),
                    )
                    .t("↩"));
            }
            li.into()
        });
        article = article.c(h("section")
            .a("aria-labelledby", "notes-h")
            .class("notes")
            .c(h("h2").id("notes-h").t("Notes"))
            .c(h("ol").cs(notes)));
    }
    let removed = doc.removed.iter().map(|r| {
        h("li")
            .c(h("span")
                .class("meta")
                .t(format!("line {} — {}: ", r.line, r.reason)))
            .t(&r.text)
            .into()
    });
    article = article.c(h("details")
        .class("removed")
        .c(h("summary").t(format!("Removed from the original ({})", doc.removed.len())))
        .c(h("ul").cs(removed)));
    let mut out = vec![article.into()];
    // The card of the fact named in the URL, if it is one of this document's.
    if let Some(f) = l
        .param("fact")
        .and_then(|id| facts.iter().find(|f| f.id == id))
    {
        out.push(fact_card(c, f, &q, error));
    }
    out
}
