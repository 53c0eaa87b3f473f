//! The user's own documents, on the page's side: the Web Worker that reads and keeps them
//! (`worker/`, a second wasm started after the first view), the messages to it, and the state
//! its answers make: the corpus every view draws (the published one with the user's
//! documents added), whether they are saved, and what happened to each file.
//!
//! The page never parses: the worker sends the user's documents already read, as the same
//! postcard bytes `build.rs` embeds, and the page adds them to the published corpus.

use std::cell::{Cell, RefCell};

use corpus::corpus::{Corpus, Parts};
use leptos::prelude::{RwSignal, Set, Track};
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::web_sys::{MessageEvent, Worker};

/// Where the worker stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Starting,
    Ready,
    /// Adding documents is not possible here (the one-file edition, an old browser): why.
    Unavailable(&'static str),
}

#[derive(Clone)]
pub struct Mine {
    pub status: Status,
    /// The published corpus with the user's documents, when there are any.
    pub corpus: Option<&'static Corpus>,
    /// Why the documents are not being saved, when they are not.
    pub unsaved: Option<String>,
    /// What happened to each file and action, oldest first: (succeeded, message).
    pub log: Vec<(bool, String)>,
    /// Kept documents the engine could not read this time.
    pub errors: Vec<String>,
}

thread_local! {
    static STATE: RefCell<Mine> = const {
        RefCell::new(Mine {
            status: Status::Starting,
            corpus: None,
            unsaved: None,
            log: Vec::new(),
            errors: Vec::new(),
        })
    };
    /// Changes when the state does, so the app's effect redraws. Of the type the app already
    /// has a signal of: every new signal type costs the wasm a copy of Leptos's generic code.
    static TICK: Cell<Option<RwSignal<Option<String>>>> = const { Cell::new(None) };
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    /// Messages sent before the worker said it listens (a message it receives before its
    /// wasm has started would be lost).
    static QUEUE: RefCell<Option<Vec<Object>>> = const { RefCell::new(Some(Vec::new())) };
}

/// Makes the change signal; called once from the app's own scope (a signal first made inside
/// an effect would be disposed with that run of it).
pub fn init() {
    if TICK.get().is_none() {
        TICK.set(Some(RwSignal::new(None)));
    }
}

/// Subscribes the running effect to changes of the state.
pub fn track() {
    if let Some(t) = TICK.get() {
        t.track();
    }
}

/// Reads the state.
pub fn with<R>(f: impl FnOnce(&Mine) -> R) -> R {
    STATE.with(|s| f(&s.borrow()))
}

/// Changes the state and redraws.
fn change(f: impl FnOnce(&mut Mine)) {
    STATE.with(|s| f(&mut s.borrow_mut()));
    if let Some(t) = TICK.get() {
        t.set(None);
    }
}

/// The worker's loader (`assets/worker-loader.js`).
const WORKER_JS: &str = "./worker-loader.js";

/// Set in the browser's local storage while this browser keeps documents, so the worker (206
/// KB) is fetched at start-up only then; otherwise only when My documents is opened.
const KEPT: &str = "minusma-explorer-keeps-documents";

fn kept(yes: Option<bool>) -> bool {
    let Some(store) = leptos::prelude::window().local_storage().ok().flatten() else {
        return false;
    };
    match yes {
        Some(true) => store.set_item(KEPT, "1").is_ok(),
        Some(false) => store.remove_item(KEPT).is_ok(),
        None => store.get_item(KEPT).ok().flatten().is_some(),
    }
}

/// At start-up: the worker, if this browser keeps documents (their facts join every view).
pub fn start_if_kept() {
    if kept(None) {
        start();
    }
}

/// Starts the worker, once, and asks it for the kept documents. From `file://` (the one-file
/// edition) there is no worker: the view says so.
pub fn start() {
    if WORKER.with(|w| w.borrow().is_some()) || with(|m| m.status != Status::Starting) {
        return;
    }
    let local = leptos::prelude::window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "file:");
    if local {
        change(|m| {
            m.status = Status::Unavailable("This one-file edition cannot keep documents: open the explorer from its web address to add your own.")
        });
        return;
    }
    let Ok(w) = Worker::new(WORKER_JS) else {
        change(|m| {
            m.status = Status::Unavailable("This browser cannot start the part of the explorer that reads documents (a Web Worker).")
        });
        return;
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| answer(&e.data()));
    w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    WORKER.with(|x| *x.borrow_mut() = Some(w));
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// Sends `{op, …fields}` to the worker.
pub fn send(op: &str, fields: &[(&str, JsValue)]) {
    let o = Object::new();
    let _ = Reflect::set(&o, &"op".into(), &op.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    let queued = QUEUE.with(|q| match &mut *q.borrow_mut() {
        Some(q) => {
            q.push(o.clone());
            true
        }
        None => false,
    });
    if !queued {
        post(&o);
    }
}

fn post(o: &Object) {
    WORKER.with(|w| {
        if let Some(w) = &*w.borrow() {
            let _ = w.post_message(o);
        }
    });
}

/// Files for the worker to add, as `[{name, file}]`.
pub fn add_files(files: &leptos::web_sys::FileList) {
    let items = Array::new();
    for i in 0..files.length() {
        if let Some(f) = files.item(i) {
            let o = Object::new();
            let _ = Reflect::set(&o, &"name".into(), &f.name().into());
            let _ = Reflect::set(&o, &"file".into(), &f);
            items.push(&o);
        }
    }
    if items.length() > 0 {
        send("add", &[("items", items.into())]);
    }
}

/// Pasted text, named after its first words.
pub fn add_text(text: &str) {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let name = format!("{}.txt", words.join(" "));
    let o = Object::new();
    let _ = Reflect::set(&o, &"name".into(), &name.into());
    let _ = Reflect::set(&o, &"text".into(), &text.into());
    send("add", &[("items", Array::of1(&o).into())]);
}

fn answer(msg: &JsValue) {
    let text = |k: &str| get(msg, k).as_string().unwrap_or_default();
    match text("op").as_str() {
        "ready" => {
            post(&{
                let o = Object::new();
                let _ = Reflect::set(&o, &"op".into(), &"load".into());
                o
            });
            for o in QUEUE.with(|q| q.borrow_mut().take()).unwrap_or_default() {
                post(&o);
            }
        }
        "corpus" => {
            let bytes = get(msg, "bytes")
                .dyn_into::<Uint8Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default();
            let merged = corpus::wire::from_bytes::<Parts>(&bytes)
                .ok()
                .and_then(merge);
            let errors: Vec<String> = Array::from(&get(msg, "errors"))
                .iter()
                .filter_map(|e| e.as_string())
                .collect();
            let unsaved = get(msg, "note").as_string();
            kept(Some(merged.is_some()));
            change(|m| {
                m.status = Status::Ready;
                m.corpus = merged;
                m.unsaved = unsaved;
                m.errors = errors;
            });
        }
        "progress" => {
            let ok = get(msg, "ok").as_bool().unwrap_or(false);
            let line = text("message");
            change(|m| m.log.push((ok, line)));
        }
        "error" => {
            let line = text("message");
            change(|m| m.log.push((false, line)));
        }
        "exported" => {
            let r = crate::views::download::save(
                "minusma-my-documents.json",
                "application/json",
                &text("text"),
            );
            let line = match r {
                Ok(()) => "Your documents were exported to minusma-my-documents.json".to_string(),
                Err(e) => e,
            };
            change(|m| m.log.push((true, line)));
        }
        _ => {}
    }
}

/// The published corpus with the user's documents; none when there are none. Each change
/// leaks the previous merged corpus (views borrow it for the page's life); changes are rare
/// and user-paced, so the cost is a copy per added batch.
fn merge(user: Parts) -> Option<&'static Corpus> {
    if user.docs.is_empty() {
        return None;
    }
    let mut all: Parts = corpus::wire::from_bytes(crate::app::CORPUS_BYTES).ok()?;
    all.docs.extend(user.docs);
    all.facts.extend(user.facts);
    all.entities.extend(user.entities);
    all.events.extend(user.events);
    Some(Box::leak(Box::new(Corpus::from_parts(all))))
}

/// Logs a message of the page's own (a refused drop, nothing to add).
pub fn note(ok: bool, line: impl Into<String>) {
    let line = line.into();
    change(|m| m.log.push((ok, line)));
}
