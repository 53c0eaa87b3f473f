//! Timeline (`#/timeline`): the dated facts the filters keep and the dated events of the same
//! documents on one time axis (2012–2024), a row per document or per actor (`rows=actor`).
//! Every mark is a link to its sentence in the reader (Tab and Enter reach it); a table lists
//! the same marks; the marks export as TimelineJS JSON and as CSV.

use corpus::corpus::Corpus;
use corpus::events::Event;
use corpus::export::{csv_field, json_str};
use corpus::facts::{Category, DateBasis, Fact};
use corpus::index::Facet;
use leptos::prelude::{Get, RwSignal, Set};

use super::download::save;
use super::facets::{doc_title, facet_panel};
use super::facts::matching;
use super::format::{cell, claim_date, claim_value, col, count, doc_href, link};
use crate::charts::year_fraction;
use crate::dom::{h, s, Node};
use crate::route::Loc;
use crate::state::{encode, Filters};

const PATH: &str = "/timeline";
const FIRST: i32 = 2012;
const LAST: i32 = 2024;
const W: i32 = 900;
const LEFT: i32 = 220;
const RIGHT: i32 = 880;
const ROW_H: i32 = 28;
const TOP: i32 = 30;

/// One mark: a fact or an event, placed in time, with where it leads.
struct Mark {
    year: f64,
    date: String,
    /// "fact" or "event".
    kind: &'static str,
    label: String,
    doc: String,
    href: String,
    /// The row: the document's title or an actor.
    rows: Vec<String>,
    /// Dated only by the text's own date: drawn faded.
    assumed: bool,
}

fn fact_mark(c: &Corpus, f: &Fact) -> Option<Mark> {
    let date = f.as_of()?.to_string();
    let year = year_fraction(&date)?;
    Some(Mark {
        year,
        date: claim_date(f),
        kind: "fact",
        label: format!(
            "{} {} ({}){}",
            claim_value(f),
            f.unit,
            crate::i18n::t(&f.category.as_str().replace('_', " ")),
            f.subject
                .as_deref()
                .map(|s| format!(" — {s}"))
                .unwrap_or_default()
        ),
        doc: f.doc.0.clone(),
        href: super::format::doc_href_with(&f.doc.0, &f.block, &format!("fact={}", encode(&f.id))),
        rows: Vec::new(),
        assumed: f.date_basis == DateBasis::Publication,
    })
    .map(|mut m| {
        m.rows = if f.actors.is_empty() {
            vec![doc_title(c, &f.doc.0)]
        } else {
            f.actors.clone()
        };
        m
    })
}

/// A mark's date or period as the interface writes dates ("30 juin 2023" in French).
fn shown_date(d: &str) -> String {
    d.split(" – ")
        .map(super::format::date_text)
        .collect::<Vec<_>>()
        .join(" – ")
}

fn event_mark(e: &Event) -> Option<Mark> {
    Some(Mark {
        year: year_fraction(&e.date)?,
        date: match &e.date_end {
            Some(end) if end != &e.date => format!("{} – {end}", e.date),
            _ => e.date.clone(),
        },
        kind: "event",
        label: e.label.clone(),
        doc: e.doc.0.clone(),
        href: doc_href(&e.doc.0, &e.block),
        rows: e.actors.clone(),
        assumed: false,
    })
}

/// The events the filters keep: of a kept document, naming a chosen actor or place; none when
/// a fact category is chosen (events are not facts).
fn kept_events<'a>(c: &'a Corpus, f: &Filters, docs: &[String]) -> Vec<&'a Event> {
    if f.selected.iter().any(|(k, _)| *k == Facet::Category) {
        return Vec::new();
    }
    let chosen = |facet: Facet| -> Vec<&str> {
        f.selected
            .iter()
            .filter(|(k, _)| *k == facet)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let (actors, places) = (chosen(Facet::Actor), chosen(Facet::Place));
    c.events
        .iter()
        .filter(|e| docs.contains(&e.doc.0))
        .filter(|e| actors.is_empty() || e.actors.iter().any(|a| actors.contains(&a.as_str())))
        .filter(|e| places.is_empty() || e.places.iter().any(|p| places.contains(&p.as_str())))
        .collect()
}

/// The marks of the facts the filters keep (`facts`, from [`matching`]) and of the events of
/// their documents.
fn marks(c: &'static Corpus, f: &Filters, facts: &[&Fact], by_actor: bool) -> Vec<Mark> {
    let mut docs: Vec<String> = facts.iter().map(|x| x.doc.0.clone()).collect();
    if f.selected.is_empty() && f.q.is_empty() {
        docs = c.docs.iter().map(|d| d.id.0.clone()).collect();
    }
    let mut out: Vec<Mark> = facts
        .iter()
        .filter(|x| x.category != Category::Other)
        .filter_map(|x| fact_mark(c, x))
        .chain(kept_events(c, f, &docs).into_iter().filter_map(event_mark))
        .filter(|m| (FIRST as f64..(LAST + 1) as f64).contains(&m.year))
        .collect();
    for m in &mut out {
        if !by_actor || m.rows.is_empty() {
            m.rows = vec![doc_title(c, &m.doc)];
        }
    }
    corpus::sorting::sort_by(&mut out, |a, b| a.year.total_cmp(&b.year));
    out
}

fn x_of(year: f64) -> i32 {
    let span = (LAST + 1 - FIRST) as f64;
    LEFT + ((year - FIRST as f64) / span * (RIGHT - LEFT) as f64).round() as i32
}

/// Row labels, at most this many characters.
fn short(s: &str) -> String {
    if s.chars().count() <= 30 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(29).collect::<String>())
    }
}

fn svg(marks: &[Mark]) -> Node {
    let mut rows: Vec<String> = Vec::new();
    for m in marks {
        for r in &m.rows {
            if !rows.contains(r) {
                rows.push(r.clone());
            }
        }
    }
    let height = TOP + ROW_H * rows.len().max(1) as i32 + 10;
    let mut g = s("svg")
        .a("viewBox", format!("0 0 {W} {height}"))
        .a("role", "group")
        .a(
            "aria-label",
            "Timeline: each mark opens its sentence in the reader",
        )
        .class("timeline-svg");
    for y in FIRST..=LAST {
        let x = x_of(y as f64);
        g = g
            .c(s("line")
                .a("x1", x.to_string())
                .a("x2", x.to_string())
                .a("y1", (TOP - 6).to_string())
                .a("y2", height.to_string())
                .a("stroke", "currentColor")
                .a("stroke-opacity", "0.15"))
            .c(s("text")
                .a("x", (x + 4).to_string())
                .a("y", (TOP - 12).to_string())
                .a("font-size", "11")
                .a("fill", "currentColor")
                .t(y.to_string()));
    }
    for (i, r) in rows.iter().enumerate() {
        let y = TOP + ROW_H * i as i32 + ROW_H / 2;
        g = g.c(s("text")
            .a("x", "4")
            .a("y", (y + 4).to_string())
            .a("font-size", "12")
            .a("fill", "currentColor")
            .c(s("title").t(r))
            .t(short(r)));
    }
    for m in marks {
        for r in &m.rows {
            let i = rows.iter().position(|x| x == r).unwrap_or(0) as i32;
            // Facts sit a little above the row's middle and events a little below, so a fact
            // and an event of the same day stay apart.
            let lane = if m.kind == "fact" { -6 } else { 6 };
            let (x, y) = (x_of(m.year), TOP + ROW_H * i + ROW_H / 2 + lane);
            let shape = if m.kind == "fact" {
                s("circle")
                    .a("cx", x.to_string())
                    .a("cy", y.to_string())
                    .a("r", "6")
                    .a("fill", "#1f6feb")
            } else {
                s("path")
                    .a("d", format!("M{x} {}l6 6l-6 6l-6 -6z", y - 6))
                    .a("fill", "#d97706")
            };
            let shape = if m.assumed {
                shape.a("fill-opacity", "0.35")
            } else {
                shape
            };
            let what = format!(
                "{} {}: {}{}",
                crate::i18n::t(m.kind),
                shown_date(&m.date),
                m.label,
                if m.assumed {
                    " (assumed: the text's own date)"
                } else {
                    ""
                }
            );
            g = g.c(s("a")
                .a("href", &m.href)
                .a("aria-label", &what)
                .class("mark")
                .c(s("title").t(&what))
                .c(shape));
        }
    }
    h("figure")
        .class("timeline")
        .c(g)
        .c(h("figcaption").class("meta").t(
            "Blue circles: facts, at the date they hold as of (faded: dated only by the text's own date). Orange diamonds: dated events.",
        ))
        .into()
}

/// TimelineJS's JSON: one event per mark, grouped by row.
fn timelinejs(marks: &[Mark], c: &Corpus) -> String {
    let date = |iso: &str| -> String {
        let d = iso.split(' ').next().unwrap_or(iso);
        let parts: Vec<&str> = d.split('-').collect();
        let names = ["year", "month", "day"];
        let fields: Vec<String> = parts
            .iter()
            .zip(names)
            .map(|(v, k)| format!("\"{k}\":\"{}\"", v.trim_start_matches('0')))
            .collect();
        format!("{{{}}}", fields.join(","))
    };
    let events: Vec<String> = marks
        .iter()
        .map(|m| {
            format!(
                "{{\"start_date\":{},\"text\":{{\"headline\":{},\"text\":{}}},\"group\":{}}}",
                date(&m.date),
                json_str(&m.label),
                json_str(&format!("{} ({})", doc_title(c, &m.doc), m.kind)),
                json_str(m.rows.first().map(String::as_str).unwrap_or(""))
            )
        })
        .collect();
    format!("{{\"events\":[{}]}}\n", events.join(","))
}

fn csv(marks: &[Mark], c: &Corpus) -> String {
    let mut out = String::from("date,kind,label,row,doc,title,url\n");
    for m in marks {
        let d = c.docs.iter().find(|d| d.id.0 == m.doc);
        let cells = [
            m.date.as_str(),
            m.kind,
            m.label.as_str(),
            m.rows.first().map(String::as_str).unwrap_or(""),
            m.doc.as_str(),
            d.map_or("", |d| d.meta.title.as_str()),
            d.and_then(|d| d.meta.url.as_deref()).unwrap_or(""),
        ];
        let row: Vec<String> = cells.iter().map(|x| csv_field(x)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

pub fn timeline(c: &'static Corpus, l: &Loc, error: RwSignal<Option<String>>) -> Vec<Node> {
    let f = Filters::from_pairs(
        l.pairs()
            .iter()
            .filter(|(k, _)| k != "rows")
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let by_actor = l.param("rows").as_deref() == Some("actor");
    let (facts, counts) = matching(c, &f);
    let ms = marks(c, &f, &facts, by_actor);
    let qs = f.to_query_string();
    let with_rows = |actor: bool| -> String {
        let mut q = qs.clone();
        if actor {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str("rows=actor");
        }
        if q.is_empty() {
            PATH.to_string()
        } else {
            format!("{PATH}?{q}")
        }
    };
    let rows_switch = h("p")
        .class("row")
        .t("Rows: ")
        .c(if by_actor {
            link(&with_rows(false), "by document")
        } else {
            h("strong").t("by document")
        })
        .t(" · ")
        .c(if by_actor {
            h("strong").t("by force or actor")
        } else {
            link(&with_rows(true), "by force or actor")
        });
    let export = {
        let (f, by_actor) = (f.clone(), by_actor);
        move |json: bool| {
            let ms = marks(c, &f, &matching(c, &f).0, by_actor);
            let r = if json {
                save(
                    "minusma-timeline.json",
                    "application/json",
                    &timelinejs(&ms, c),
                )
            } else {
                save("minusma-timeline.csv", "text/csv", &csv(&ms, c))
            };
            error.set(r.err());
        }
    };
    let export_json = export.clone();
    let table_rows = ms.iter().map(|m| -> Node {
        h("tr")
            .c(cell("Date").t(shown_date(&m.date)))
            .c(cell("Kind").t(m.kind))
            .c(cell("What").t(&m.label))
            .c(cell("Row").t(m.rows.first().cloned().unwrap_or_default()))
            .c(cell("Sentence").c(h("a").a("href", &m.href).t("in context")))
            .into()
    });
    let mut body = h("section")
        .a("aria-labelledby", "timeline-h")
        .c(h("h2")
            .id("timeline-h")
            .a("aria-live", "polite")
            .t(count(ms.len(), "dated mark")))
        .c(rows_switch)
        .c(h("p")
            .class("row")
            .c(h("button")
                .a("type", "button")
                .t("Export TimelineJS JSON")
                .on("click", move |_| export_json(true)))
            .t(" ")
            .c(h("button")
                .a("type", "button")
                .t("Export CSV")
                .on("click", move |_| export(false))));
    if let Some(e) = error.get() {
        body = body.c(h("p").class("errors").a("role", "alert").t(e));
    }
    body = body.c(svg(&ms)).c(h("details")
        .class("timeline-table")
        .c(h("summary").t("Show as table"))
        .c(h("div").class("table-wrap").c(h("table")
            .class("stack")
            .c(h("caption")
                .class("visually-hidden")
                .t("The timeline's marks in date order"))
            .c(h("thead").c(h("tr")
                .c(col("Date"))
                .c(col("Kind"))
                .c(col("What"))
                .c(col("Row"))
                .c(col("Sentence"))))
            .c(h("tbody").cs(table_rows)))));
    vec![
        h("h1").t("Timeline").into(),
        h("p")
            .class("meta")
            .t("The dated numbers and events of the documents on one axis, 2012–2024. The filters are the Facts view's; each mark opens its sentence.")
            .into(),
        h("div")
            .class("search-layout")
            .c(facet_panel(c, &counts, &f, PATH))
            .c(body)
            .into(),
    ]
}
