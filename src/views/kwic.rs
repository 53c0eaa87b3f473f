//! Keyword in context (`#/kwic?q=…&sort=left|right`): concordance lines for a word, a phrase
//! or a number, aligned on the keyword, sortable by the words to its left or right; each
//! keyword opens its place in the reader (the match marked there); the lines export as CSV with
//! their sources.

use corpus::corpus::Corpus;
use corpus::kwic::{concordance, csv, sort, Order};
use leptos::prelude::{Get, RwSignal, Set};
use leptos::web_sys::Event;

use super::download::save;
use super::facets::doc_title;
use super::format::{cell, col, count, doc_href_with, link};
use super::search::input_value;
use crate::dom::{h, Node};
use crate::route::Loc;
use crate::state::{encode, Filters};
use crate::url_state::go;

const PATH: &str = "/kwic";

/// Words to try when the box is empty.
const EXAMPLES: [&str; 4] = ["Barkhane", "killed", "civilians", "5,000"];

/// The URL state of this view: the query and the order.
fn state(q: &str, order: Order) -> Filters {
    Filters {
        q: q.to_string(),
        sort: (order != Order::Text).then(|| order.as_str().to_string()),
        ..Filters::default()
    }
}

pub fn kwic(c: &'static Corpus, l: &Loc, error: RwSignal<Option<String>>) -> Vec<Node> {
    let q = l.param("q").unwrap_or_default();
    let order = Order::parse(&l.param("sort").unwrap_or_default());
    let mut lines = concordance(&c.docs, &q);
    sort(&mut lines, order);
    let typed_order = order;
    let input = h("input")
        .id("q")
        .a("type", "search")
        .a("autocomplete", "off")
        .a("aria-keyshortcuts", "/")
        .a(".value", &q)
        .on("input", move |e| {
            go(PATH, &state(&input_value(e), typed_order), true)
        });
    let order_buttons = [
        (Order::Text, "Text order"),
        (Order::Left, "Sort by left"),
        (Order::Right, "Sort by right"),
    ]
    .into_iter()
    .map(|(o, label)| -> Node {
        let next = state(&q, o);
        h("button")
            .a("type", "button")
            .a("aria-pressed", if o == order { "true" } else { "false" })
            .t(label)
            .on("click", move |_| go(PATH, &next, false))
            .into()
    });
    // The reader marks the same words.
    let marked = format!("q={}", encode(q.trim()));
    let rows = lines.iter().map(|line| -> Node {
        h("tr")
            .c(cell("Document").c(h("span").class("clamp").t(doc_title(c, &line.doc.0))))
            .c(cell("Left").class("left").t(&line.left))
            .c(cell("Keyword").class("hit").c(h("a")
                .a("href", doc_href_with(&line.doc.0, &line.block, &marked))
                .t(&line.hit)))
            .c(cell("Right").class("right").t(&line.right))
            .into()
    });
    let export = {
        let q = q.clone();
        move |_: &Event| {
            let mut lines = concordance(&c.docs, &q);
            sort(&mut lines, order);
            error.set(save("minusma-kwic.csv", "text/csv", &csv(&lines, &c.docs)).err());
        }
    };
    let mut section = h("section").a("aria-labelledby", "kwic-h").c(h("h2")
        .id("kwic-h")
        .a("aria-live", "polite")
        .t(if q.trim().is_empty() {
            "Type a word, a phrase or a number".to_string()
        } else {
            format!("{} for “{}”", count(lines.len(), "line"), q.trim())
        }));
    if q.trim().is_empty() {
        let examples = EXAMPLES.iter().enumerate().map(|(i, w)| -> Node {
            let sep = if i == 0 { "Try " } else { ", " };
            h("span")
                .t(sep)
                .c(link(&format!("{PATH}?q={}", encode(w)), *w))
                .into()
        });
        section = section.c(h("p").cs(examples).t("."));
    } else {
        section = section.c(h("div")
            .class("row")
            .a("role", "group")
            .a("aria-label", "Order of the lines")
            .cs(order_buttons)
            .c(h("button")
                .a("type", "button")
                .t("Export CSV")
                .on("click", export)));
        if let Some(e) = error.get() {
            section = section.c(h("p").class("errors").a("role", "alert").t(e));
        }
        if !lines.is_empty() {
            section = section.c(h("div").class("table-wrap").c(h("table")
                .class("kwic stack")
                .c(h("caption")
                    .class("visually-hidden")
                    .t("Concordance lines: the keyword with the words before and after it"))
                .c(h("thead").c(h("tr")
                    .c(col("Document"))
                    .c(col("Left"))
                    .c(col("Keyword"))
                    .c(col("Right"))))
                .c(h("tbody").cs(rows))));
        }
    }
    vec![
        h("h1").t("Keyword in context").into(),
        h("p")
            .class("meta")
            .t("Every place a word, a phrase or a number occurs, with the words around it. Sort by the words on either side to see how the texts use it; each keyword opens its sentence in the reader.")
            .into(),
        h("search")
            .class("searchbar")
            .c(h("label").a("for", "q").t("Word, phrase or number"))
            .c(h("div").class("row").c(input))
            .into(),
        section.into(),
    ]
}
