//! The worker's side of the conversation with the page, and IndexedDB.
//!
//! The worker says `ready` once it listens. The page then sends `{op, …}` objects: `load`; `add` with `items: [{name, file}]` (a `File`) or
//! `[{name, text}]` (pasted); `details`
//! with `id` and the corrected fields; `remove` with `id`; `clear`; `export`; `import` with
//! `name` and `file` (or `text`). The worker answers `progress` (`name`, `ok`, `message`) for each added
//! item, `corpus` (`bytes`: the user's documents read by the engine, as the page decodes the
//! embedded corpus; `saved`; `note`; `errors`), `exported` (`text`) and `error` (`message`).
//! Another tab's worker changing the store says so on a BroadcastChannel; this one then
//! reloads, so two tabs adding at once both keep their documents.

use std::cell::RefCell;
use std::convert::Infallible;

use corpus::ingest::decode::MAX_BYTES;
use indexed_db::{Database, Factory};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BroadcastChannel, DedicatedWorkerGlobalScope, MessageEvent};

use crate::library::{self, Details, Record};

const DB: &str = "minusma-explorer";
const STORE: &str = "documents";
const CHANNEL: &str = "minusma-explorer-documents";

#[derive(Default)]
struct State {
    records: Vec<Record>,
    db: Option<Database<Infallible>>,
    /// Why documents are not being saved, when they are not.
    unsaved: Option<String>,
    channel: Option<BroadcastChannel>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn text(o: &JsValue, k: &str) -> String {
    get(o, k).as_string().unwrap_or_default()
}

fn post(fields: &[(&str, JsValue)]) {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    let _ = scope().post_message(&o);
}

pub fn start() {
    console_error_panic_hook::set_once();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|e: MessageEvent| {
        wasm_bindgen_futures::spawn_local(handle(e.data()));
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Only now does the worker hear messages: the page waits for this before sending any.
    post(&[("op", "ready".into())]);
    if let Ok(ch) = BroadcastChannel::new(CHANNEL) {
        let on_change = Closure::<dyn Fn(MessageEvent)>::new(|_| {
            wasm_bindgen_futures::spawn_local(async {
                load().await;
                send_corpus(Vec::new());
            });
        });
        ch.set_onmessage(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        STATE.with(|s| s.borrow_mut().channel = Some(ch));
    }
}

async fn handle(msg: JsValue) {
    match text(&msg, "op").as_str() {
        "load" => {
            load().await;
            send_corpus(Vec::new());
        }
        "add" => add(&msg).await,
        "details" => {
            let id = text(&msg, "id");
            let d = Details {
                title: text(&msg, "title"),
                authors: text(&msg, "authors"),
                date: text(&msg, "date"),
                publisher: text(&msg, "publisher"),
                url: text(&msg, "url"),
            };
            if let Err(e) = library::check(&d) {
                post(&[("op", "error".into()), ("message", e.into())]);
                return;
            }
            let rec = STATE.with(|s| {
                let mut s = s.borrow_mut();
                let r = s.records.iter_mut().find(|r| r.id == id)?;
                r.details = d;
                Some(r.clone())
            });
            if let Some(r) = rec {
                store(vec![r], Vec::new(), false).await;
            }
            send_corpus(Vec::new());
        }
        "remove" => {
            let id = text(&msg, "id");
            STATE.with(|s| s.borrow_mut().records.retain(|r| r.id != id));
            store(Vec::new(), vec![id], false).await;
            send_corpus(Vec::new());
        }
        "clear" => {
            let ids: Vec<String> =
                STATE.with(|s| s.borrow_mut().records.drain(..).map(|r| r.id).collect());
            store(Vec::new(), ids, true).await;
            send_corpus(Vec::new());
        }
        "export" => {
            let t = STATE.with(|s| library::export(&s.borrow().records));
            post(&[("op", "exported".into()), ("text", t.into())]);
        }
        "import" => {
            let name = text(&msg, "name");
            let body = match get(&msg, "file").dyn_into::<Blob>() {
                Ok(b) => JsFuture::from(b.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default(),
                Err(_) => text(&msg, "text"),
            };
            match library::import(&name, &body) {
                Ok(rs) => {
                    let n = rs.len();
                    merge(rs.clone());
                    store(rs, Vec::new(), false).await;
                    post(&[
                        ("op", "progress".into()),
                        ("name", name.into()),
                        ("ok", true.into()),
                        ("message", format!("{n} documents imported").into()),
                    ]);
                    send_corpus(Vec::new());
                }
                Err(e) => post(&[("op", "error".into()), ("message", e.into())]),
            }
        }
        _ => {}
    }
}

/// Adds or replaces records by id, keeping the order they were first added in.
fn merge(rs: Vec<Record>) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for r in rs {
            match s.records.iter_mut().find(|x| x.id == r.id) {
                Some(x) => *x = r,
                None => s.records.push(r),
            }
        }
    });
}

async fn add(msg: &JsValue) {
    let items = Array::from(&get(msg, "items"));
    let mut added = Vec::new();
    for item in items.iter() {
        let name = text(&item, "name");
        // A file (read here, off the page's thread) or pasted text.
        let bytes = match get(&item, "file").dyn_into::<Blob>() {
            Ok(file) if file.size() > MAX_BYTES as f64 => Err(format!(
                "{name}: file is {:.1} MB, larger than the {} MB limit for one document",
                file.size() / 1_048_576.0,
                MAX_BYTES / 1_048_576
            )),
            Ok(file) => JsFuture::from(file.array_buffer())
                .await
                .map(|b| Uint8Array::new(&b).to_vec())
                .map_err(|_| format!("{name}: the browser could not read the file")),
            Err(_) => Ok(text(&item, "text").into_bytes()),
        };
        // Read it now, so a bad file is refused before it is kept.
        let id = library::doc_id(&name, bytes.as_deref().unwrap_or_default());
        let result = bytes.and_then(|b| {
            corpus::ingest::ingest_file(&id, &name, &b, None)
                .map(|d| (d, b))
                .map_err(|e| e.to_string())
        });
        let known = STATE.with(|s| s.borrow().records.iter().any(|r| r.id == id));
        let message = match &result {
            Ok((d, _)) if known => format!("{name}: already added (“{}”)", d.meta.title),
            Ok((d, _)) => {
                // What the reader should know about how it was read ("not valid UTF-8; read as
                // Windows-1252").
                let notes: Vec<&str> = d
                    .warnings
                    .iter()
                    .filter(|w| w.contains("UTF-8"))
                    .map(String::as_str)
                    .collect();
                let mut m = format!("{name}: added as “{}”", d.meta.title);
                if !notes.is_empty() {
                    m.push_str(&format!(" (note: {})", notes.join("; ")));
                }
                m
            }
            Err(e) => e.clone(),
        };
        post(&[
            ("op", "progress".into()),
            ("name", name.clone().into()),
            ("ok", result.is_ok().into()),
            ("message", message.into()),
        ]);
        if let (Ok((_, bytes)), false) = (result, known) {
            added.push(Record {
                id,
                name,
                bytes,
                details: Details::default(),
            });
        }
    }
    if !added.is_empty() {
        merge(added.clone());
        store(added, Vec::new(), false).await;
    }
    send_corpus(Vec::new());
}

async fn open() -> Result<Database<Infallible>, String> {
    let factory = Factory::<Infallible>::get().map_err(|e| e.to_string())?;
    factory
        .open(DB, 1, |evt| async move {
            evt.database().build_object_store(STORE).create()?;
            Ok(())
        })
        .await
        .map_err(|e| e.to_string())
}

fn to_js(r: &Record) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set("name", r.name.clone().into());
    set("bytes", Uint8Array::from(r.bytes.as_slice()).into());
    set(
        "details",
        serde_json::to_string(&r.details).unwrap_or_default().into(),
    );
    o.into()
}

fn from_js(id: String, v: &JsValue) -> Record {
    Record {
        id,
        name: text(v, "name"),
        bytes: get(v, "bytes")
            .dyn_into::<Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default(),
        details: serde_json::from_str(&text(v, "details")).unwrap_or_default(),
    }
}

/// Reads every kept record (once the database is open; if it cannot be, documents are kept
/// in memory only and the page is told why).
/// The connection, taken out of the state for the length of a transaction (put it back after),
/// or a new one when another task has it out.
async fn take_or_open() -> Result<Database<Infallible>, String> {
    match STATE.with(|s| s.borrow_mut().db.take()) {
        Some(db) => Ok(db),
        None => open().await,
    }
}

async fn load() {
    match take_or_open().await {
        Ok(db) => {
            let read = db
                .transaction(&[STORE])
                .run(|t| async move {
                    let store = t.object_store(STORE)?;
                    let keys = store.get_all_keys(None).await?;
                    let values = store.get_all(None).await?;
                    Ok((keys, values))
                })
                .await;
            match read {
                Ok((keys, values)) => {
                    let rs: Vec<Record> = keys
                        .iter()
                        .zip(values.iter())
                        .map(|(k, v)| from_js(k.as_string().unwrap_or_default(), v))
                        .collect();
                    STATE.with(|s| {
                        let mut s = s.borrow_mut();
                        // Records only this tab holds (storage refused) stay too.
                        let mine: Vec<Record> = s
                            .records
                            .drain(..)
                            .filter(|r| !rs.iter().any(|x| x.id == r.id))
                            .collect();
                        s.records = rs;
                        s.records.extend(mine);
                        s.unsaved = None;
                    });
                }
                Err(e) => unsaved(format!("reading this browser's storage failed ({e})")),
            }
            STATE.with(|s| s.borrow_mut().db = Some(db));
        }
        Err(e) => unsaved(format!("this browser refuses storage here ({e})")),
    }
}

fn unsaved(why: String) {
    STATE.with(|s| s.borrow_mut().unsaved = Some(why));
}

/// Writes `put` and deletes `delete` (or everything, `clear`) in one transaction; tells the
/// other tabs.
async fn store(put: Vec<Record>, delete: Vec<String>, clear: bool) {
    // The connection may be out with a `load` that another tab's "changed" started while this
    // tab adds: open another rather than skip the write (two tabs adding at once must both
    // keep their documents). Only a browser that refused storage (`unsaved`) skips it.
    let refused = STATE.with(|s| {
        let s = s.borrow();
        s.db.is_none() && s.unsaved.is_some()
    });
    if refused {
        return;
    }
    let db = match take_or_open().await {
        Ok(db) => db,
        Err(e) => {
            unsaved(format!("this browser refuses storage here ({e})"));
            return;
        }
    };
    let values: Vec<(String, JsValue)> = put.iter().map(|r| (r.id.clone(), to_js(r))).collect();
    let result = db
        .transaction(&[STORE])
        .rw()
        .run(move |t| async move {
            let store = t.object_store(STORE)?;
            if clear {
                store.clear().await?;
            }
            for id in &delete {
                store.delete(&JsValue::from_str(id)).await?;
            }
            for (id, v) in &values {
                store.put_kv(&JsValue::from_str(id), v).await?;
            }
            Ok(())
        })
        .await;
    match result {
        Ok(()) => STATE.with(|s| {
            let s = s.borrow();
            if let Some(ch) = &s.channel {
                let _ = ch.post_message(&JsValue::from_str("changed"));
            }
        }),
        Err(e) => unsaved(format!("saving failed ({e}); the storage may be full")),
    }
    STATE.with(|s| s.borrow_mut().db = Some(db));
}

fn send_corpus(mut errors: Vec<String>) {
    let (bytes, note, read_errors) = STATE.with(|s| {
        let s = s.borrow();
        let (c, errs) = library::read_all(&s.records);
        (library::to_bytes(&c), s.unsaved.clone(), errs)
    });
    errors.extend(read_errors);
    let list = Array::new();
    for e in errors {
        list.push(&JsValue::from_str(&e));
    }
    post(&[
        ("op", "corpus".into()),
        ("bytes", Uint8Array::from(bytes.as_slice()).into()),
        ("saved", note.is_none().into()),
        ("note", note.map(JsValue::from).unwrap_or(JsValue::NULL)),
        ("errors", list.into()),
    ]);
}
