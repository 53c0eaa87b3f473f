//! My documents (`#/mine`, `#/mine?edit=ID`): add texts (open or drop .txt, .md and .html
//! files, or paste), see what happened to each, correct a document's details, remove one or
//! all, export them all to one file and import it elsewhere. The documents join every view
//! (the Collection filter tells them apart); the worker reads and keeps them (`crate::mine`).

use corpus::corpus::Corpus;
use corpus::model::USER_PREFIX;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::js_sys::Reflect;
use leptos::web_sys::{Event, FileList};

use super::format::{cell, col, count, doc_href, link};
use crate::dom::{h, Node};
use crate::mine::{self, Mine, Status};
use crate::route::Loc;

const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/// The `value` of the form field `id` (an input or the text area), read as a property so one
/// path serves both.
fn value_of(id: &str) -> String {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn clear(id: &str) {
    if let Some(el) = leptos::prelude::document().get_element_by_id(id) {
        let _ = Reflect::set(&el, &"value".into(), &"".into());
    }
}

/// The files of a file input's `change` or of a `drop`.
fn files_of(e: &Event) -> Option<FileList> {
    let from = match e.target() {
        Some(t) if e.type_() == "change" => t.into(),
        _ => Reflect::get(e, &"dataTransfer".into()).ok()?,
    };
    Reflect::get(&from, &"files".into()).ok()?.dyn_into().ok()
}

fn confirm(question: &str) -> bool {
    leptos::prelude::window()
        .confirm_with_message(question)
        .unwrap_or(false)
}

/// Sends a file input's or a drop's files to the worker; empties the input, so the same file
/// may be chosen again after a fix.
fn add_files(e: &Event) {
    e.prevent_default();
    match files_of(e) {
        Some(f) if f.length() > 0 => mine::add_files(&f),
        _ if e.type_() == "drop" => {
            mine::note(false, "Nothing to add: drop files (.txt, .md or .html).")
        }
        _ => {}
    }
    if let Some(t) = e.target() {
        let _ = Reflect::set(&t, &"value".into(), &"".into());
    }
}

/// The details form of one of the user's documents.
fn details_form(c: &Corpus, id: &str) -> Node {
    let Some(d) = c.docs.iter().find(|d| d.id.0 == id) else {
        return h("p")
            .class("errors")
            .a("role", "alert")
            .t("There is no such document among yours.")
            .into();
    };
    let m = &d.meta;
    let values = [
        m.title.clone(),
        m.authors.join(", "),
        m.published.map(|p| p.iso()).unwrap_or_default(),
        m.publisher.clone().unwrap_or_default(),
        m.url.clone().unwrap_or_default(),
    ];
    let fields = FIELDS
        .iter()
        .zip(values)
        .map(|((fid, label, hint), value)| -> Node {
            h("p")
                .c(h("label").a("for", *fid).t(*label))
                .c(h("input")
                    .id(*fid)
                    .a("type", "text")
                    .a("autocomplete", "off")
                    .a(".value", value)
                    .a("aria-describedby", format!("{fid}-hint")))
                .c(h("span").id(format!("{fid}-hint")).class("meta").t(*hint))
                .into()
        });
    let doc = id.to_string();
    h("form")
        .class("details-form")
        .a("aria-labelledby", "details-h")
        .c(h("h2")
            .id("details-h")
            .t(format!("Details of “{}”", m.title)))
        .c(h("p").class("meta").t(
            "What the engine inferred; correct any of it. The date drives the as-of dates of figures the text does not date.",
        ))
        .cs(fields)
        .c(h("p")
            .class("row")
            .c(h("button")
                .a("type", "button")
                .t("Save details")
                .on("click", move |_| {
                    let mut msg = vec![("id", doc.as_str().into())];
                    msg.extend(FIELDS.iter().map(|(fid, _, _)| (&fid[2..], value_of(fid).into())));
                    mine::send("details", &msg);
                    crate::url_state::go(PATH, &Default::default(), false);
                }))
            .t(" ")
            .c(link(PATH, "Cancel")))
        .into()
}

const PATH: &str = "/mine";

/// The details form's fields: id (`d-` and the worker's field name), label, hint.
const FIELDS: [(&str, &str, &str); 5] = [
    ("d-title", "Title", ""),
    ("d-authors", "Authors", "separated by commas"),
    ("d-date", "Published", "2019-03-25, 2019-03 or 2019"),
    ("d-publisher", "Publisher", ""),
    ("d-url", "Address of the original", "https://…"),
];

pub fn mine(c: &'static Corpus, l: &Loc) -> Vec<Node> {
    mine::start();
    let m = mine::with(Mine::clone);
    let status = match (&m.status, &m.unsaved) {
        (Status::Unavailable(why), _) => h("p").class("errors").a("role", "status").t(*why),
        (Status::Starting, _) => h("p").a("role", "status").t("Opening your documents…"),
        (Status::Ready, Some(why)) => h("p").class("errors").a("role", "status").t(format!(
            "Not saved: {why}. Your documents stay until you close this page; export them to keep them."
        )),
        (Status::Ready, None) => h("p").a("role", "status").class("meta").t(
            "Saved in this browser only: nothing is sent anywhere. They stay after a reload and offline.",
        ),
    };
    let usable = m.status == Status::Ready;
    let mut out = vec![
        h("h1").t("My documents").into(),
        h("p")
            .class("meta")
            .t("Add your own texts about MINUSMA and Mali. The engine reads them as it reads the published corpus; their numbers join every view, marked as yours (the Collection filter sets them apart).")
            .into(),
        status.into(),
    ];
    if matches!(m.status, Status::Unavailable(_)) {
        return out;
    }
    let add = h("section")
        .class("add-docs")
        .a("aria-labelledby", "add-h")
        .c(h("h2").id("add-h").t("Add documents"))
        .c(h("p")
            .c(h("label")
                .a("for", "files")
                .t("Open files (.txt, .md or .html; several at once)"))
            .c(h("input")
                .id("files")
                .a("type", "file")
                .a("multiple", "")
                .a("accept", ACCEPT)
                .opt("disabled", (!usable).then_some(""))
                .on("change", add_files)))
        .c(h("div")
            .class("dropzone")
            .t("…or drop files here")
            .on("dragover", |e| e.prevent_default())
            .on("drop", add_files))
        .c(h("p")
            .c(h("label").a("for", "paste").t("Or paste a text"))
            .c(h("textarea").id("paste").a("rows", "6")))
        .c(h("p").c(h("button")
            .a("type", "button")
            .opt("disabled", (!usable).then_some(""))
            .t("Add the pasted text")
            .on("click", |_| {
                let t = value_of("paste");
                if t.trim().is_empty() {
                    mine::note(false, "Nothing to add: the text box is empty.");
                } else {
                    mine::add_text(&t);
                    clear("paste");
                }
            })));
    let log = m.log.iter().rev().take(20).map(|(ok, line)| -> Node {
        h("li")
            .class(if *ok { "ok" } else { "bad" })
            .t(if *ok { "✓ " } else { "✗ " })
            .t(line)
            .into()
    });
    out.push(add.into());
    out.push(
        h("ul")
            .class("doc-log")
            .a("aria-live", "polite")
            .a("aria-label", "What happened to the files, newest first")
            .cs(log)
            .into(),
    );
    for e in &m.errors {
        out.push(
            h("p")
                .class("errors")
                .t(format!("Kept but not readable by this version: {e}"))
                .into(),
        );
    }
    let mine_docs: Vec<_> = c
        .docs
        .iter()
        .filter(|d| d.id.0.starts_with(USER_PREFIX))
        .collect();
    let rows = mine_docs.iter().map(|d| -> Node {
        let facts = c.facts.iter().filter(|f| f.doc == d.id).count();
        let (id, title) = (d.id.0.clone(), d.meta.title.clone());
        h("tr")
            .c(cell("Title").c(h("a").a("href", doc_href(&d.id.0, "")).t(&d.meta.title)))
            .c(cell("Published").t(d
                .meta
                .published
                .map(|p| p.iso())
                .unwrap_or_else(|| "unknown".into())))
            .c(cell("Publisher").t(d.meta.publisher.clone().unwrap_or_default()))
            .c(cell("Facts").class("num").t(facts.to_string()))
            .c(cell("Actions")
                .c(link(
                    &format!("{PATH}?edit={}", crate::state::encode(&d.id.0)),
                    "Edit details",
                ))
                .t(" ")
                .c(h("button")
                    .a("type", "button")
                    .a("aria-label", format!("Remove “{title}”"))
                    .t("Remove")
                    .on("click", move |_| {
                        if confirm(&format!(
                            "Remove “{title}” from your documents? This cannot be undone."
                        )) {
                            mine::send("remove", &[("id", id.as_str().into())]);
                        }
                    })))
            .into()
    });
    let mut list = h("section").a("aria-labelledby", "mine-h").c(h("h2")
        .id("mine-h")
        .t(format!("Your documents ({})", mine_docs.len())));
    if mine_docs.is_empty() {
        list = list.c(h("p").t("None yet."));
    } else {
        list = list
            .c(h("p").c(link("/facts?collection=my%20documents", "See their facts")))
            .c(h("div").class("table-wrap").c(h("table")
                .class("stack my-docs")
                .c(h("caption").class("visually-hidden").t("Your documents"))
                .c(h("thead").c(h("tr")
                    .c(col("Title"))
                    .c(col("Published"))
                    .c(col("Publisher"))
                    .c(col("Facts"))
                    .c(col("Actions"))))
                .c(h("tbody").cs(rows))));
    }
    let n = mine_docs.len();
    list = list.c(h("p")
        .class("row")
        .c(h("button")
            .a("type", "button")
            .opt("disabled", (n == 0).then_some(""))
            .t("Export my documents")
            .on("click", |_| mine::send("export", &[])))
        .t(" ")
        .c(h("label").a("for", "import").t("Import documents"))
        .c(h("input")
            .id("import")
            .a("type", "file")
            .a("accept", ".json,application/json")
            .on("change", |e| {
                if let Some(f) = files_of(e).and_then(|fs| fs.item(0)) {
                    mine::send("import", &[("name", f.name().into()), ("file", f.into())]);
                }
                clear("import");
            }))
        .t(" ")
        .c(h("button")
            .a("type", "button")
            .opt("disabled", (n == 0).then_some(""))
            .t("Remove all")
            .on("click", move |_| {
                if confirm(&format!(
                    "Remove all {} from this browser? This cannot be undone; export them first to keep a copy.",
                    count(n, "document")
                )) {
                    mine::send("clear", &[]);
                }
            })));
    out.push(list.into());
    // Below the list, where "Edit details" was clicked.
    if let Some(id) = l.param("edit") {
        out.push(details_form(c, &id));
    }
    out
}
