//! The views' content as plain data ([`Node`] trees) and the one function that brings the page
//! in line with a new tree ([`Region::update`]).
//!
//! Why not `view!` for everything: every `view!` and `into_any` instantiates Leptos's renderer
//! for its own nested types, and six views of tables, cards and charts cost ~150 KB (brotli) of
//! such code — more than the whole budget the app has. A tree of one element type is built by
//! ordinary function calls and drawn by one small, non-generic patcher, so a view costs about
//! what its logic costs. Leptos keeps what it is best at: the reactive graph (the URL signal
//! and the effect that redraws), the app shell and the navigation.
//!
//! Safety: text is only ever set as text (`createTextNode`, `textContent`); there is no way to
//! put markup into a tree. Attribute values are set with `setAttribute`; hrefs come from the
//! views' link helpers, which admit only `#/…` and http(s) addresses.
//!
//! Events are delegated: the region listens once per event type at its root, and an element
//! with handlers carries `data-h="3 4"`, indices into the handler table of the current tree.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{self, js_sys, Element, Event};

pub type Handler = Rc<dyn Fn(&Event)>;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Event types a view may handle (`focusin`/`mouseover`, unlike `focus`/`mouseenter`, bubble
/// to the region's root).
const EVENTS: [&str; 8] = [
    "click",
    "change",
    "input",
    "keydown",
    "mouseover",
    "focusin",
    "dragover",
    "drop",
];

/// An element: tag, attributes (a name starting with `.` is a DOM property instead, for an
/// input's live `value` and `checked`), children and handlers.
pub struct El {
    tag: &'static str,
    svg: bool,
    attrs: Vec<(&'static str, String)>,
    kids: Vec<Node>,
    on: Vec<(&'static str, Handler)>,
}

pub enum Node {
    El(El),
    Text(String),
}

// The builders are called at hundreds of places; kept out of line, each call is a few bytes
// instead of an inlined `Vec::push` with its growth path.

/// An HTML element.
#[inline(never)]
pub fn h(tag: &'static str) -> El {
    El {
        tag,
        svg: false,
        attrs: Vec::new(),
        kids: Vec::new(),
        on: Vec::new(),
    }
}

/// An SVG element.
#[inline(never)]
pub fn s(tag: &'static str) -> El {
    El {
        svg: true,
        ..h(tag)
    }
}

/// A text node, in the interface's language when it is an interface message
/// ([`crate::i18n::tr`]); a document's words stay as written.
pub fn text(t: impl Into<String>) -> Node {
    Node::Text(translated(t.into()))
}

#[inline(never)]
fn translated(t: String) -> String {
    crate::i18n::tr(&t).unwrap_or(t)
}

/// Attributes whose values people read (labels, hints, tooltips): translated as text is.
const READ_ATTRS: [&str; 5] = ["aria-label", "title", "placeholder", "alt", "data-label"];

impl El {
    /// Sets an attribute.
    pub fn a(self, name: &'static str, value: impl Into<String>) -> El {
        self.attr(name, value.into())
    }

    #[inline(never)]
    fn attr(mut self, name: &'static str, value: String) -> El {
        let value = if READ_ATTRS.contains(&name) {
            translated(value)
        } else {
            value
        };
        self.attrs.push((name, value));
        self
    }

    /// Sets an attribute when there is a value.
    pub fn opt(self, name: &'static str, value: Option<impl Into<String>>) -> El {
        match value {
            Some(v) => self.attr(name, v.into()),
            None => self,
        }
    }

    pub fn class(self, c: &'static str) -> El {
        self.attr("class", c.into())
    }

    pub fn id(self, id: impl Into<String>) -> El {
        self.attr("id", id.into())
    }

    /// Adds a text child.
    pub fn t(self, t: impl Into<String>) -> El {
        self.child(text(t))
    }

    /// Adds a child.
    pub fn c(self, child: impl Into<Node>) -> El {
        self.child(child.into())
    }

    #[inline(never)]
    fn child(mut self, child: Node) -> El {
        self.kids.push(child);
        self
    }

    /// Adds children.
    pub fn cs(mut self, children: impl IntoIterator<Item = Node>) -> El {
        self.kids.extend(children);
        self
    }

    /// Handles an event (one of [`EVENTS`]) on this element or inside it.
    pub fn on(mut self, event: &'static str, f: impl Fn(&Event) + 'static) -> El {
        self.on.push((event, Rc::new(f)));
        self
    }
}

impl From<El> for Node {
    fn from(e: El) -> Node {
        Node::El(e)
    }
}

/// An element of the page whose children this module owns.
pub struct Region {
    root: Element,
    old: Vec<Node>,
    key: String,
    handlers: Rc<RefCell<Vec<(&'static str, Handler)>>>,
}

impl Region {
    /// Takes over `root` (emptied: the trees' nodes must be its only children) and starts
    /// listening for the trees' events.
    pub fn new(root: Element) -> Region {
        root.set_text_content(None);
        let handlers: Rc<RefCell<Vec<(&'static str, Handler)>>> = Rc::default();
        for event in EVENTS {
            let (table, at) = (handlers.clone(), root.clone());
            let listener = Closure::<dyn Fn(Event)>::new(move |e: Event| dispatch(&at, &table, &e));
            let _ = root.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            // The region lives as long as the page; its listeners with it.
            listener.forget();
        }
        Region {
            root,
            old: Vec::new(),
            key: String::new(),
            handlers,
        }
    }

    /// Makes the region show `new`. Elements that keep their place and tag are kept (so focus,
    /// an open `<details>` and a caret survive); a different `key` (another view) starts
    /// afresh.
    pub fn update(&mut self, key: &str, mut new: Vec<Node>) {
        let mut table = Vec::new();
        for n in &mut new {
            collect_handlers(n, &mut table);
        }
        *self.handlers.borrow_mut() = table;
        if key != self.key {
            self.root.set_text_content(None);
            self.old.clear();
            self.key = key.to_string();
        }
        let root: &web_sys::Node = &self.root;
        patch_children(root, &self.old, &new);
        self.old = new;
    }
}

/// Moves each element's handlers into the table, naming them in its `data-h`.
fn collect_handlers(n: &mut Node, table: &mut Vec<(&'static str, Handler)>) {
    let Node::El(e) = n else { return };
    if !e.on.is_empty() {
        let mut ids = String::new();
        for (event, f) in e.on.drain(..) {
            if !ids.is_empty() {
                ids.push(' ');
            }
            ids.push_str(&table.len().to_string());
            table.push((event, f));
        }
        e.attrs.push(("data-h", ids));
    }
    for k in &mut e.kids {
        collect_handlers(k, table);
    }
}

/// Runs the handler of the nearest element (from the event's target up to the region's root)
/// that handles this event type.
fn dispatch(root: &Element, table: &RefCell<Vec<(&'static str, Handler)>>, e: &Event) {
    let kind = e.type_();
    let mut at = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    while let Some(el) = at {
        if let Some(ids) = el.get_attribute("data-h") {
            for id in ids.split(' ').filter_map(|s| s.parse::<usize>().ok()) {
                // Cloned out, so a handler may cause a redraw (which replaces the table).
                let f = table
                    .borrow()
                    .get(id)
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, f)| f.clone());
                if let Some(f) = f {
                    f(e);
                    return;
                }
            }
        }
        if el == *root {
            return;
        }
        at = el.parent_element();
    }
}

fn create(n: &Node) -> web_sys::Node {
    let doc = leptos::prelude::document();
    match n {
        Node::Text(t) => doc.create_text_node(t).into(),
        Node::El(e) => {
            let el = if e.svg {
                doc.create_element_ns(Some(SVG_NS), e.tag)
            } else {
                doc.create_element(e.tag)
            };
            let Ok(el) = el else {
                return doc.create_text_node("").into();
            };
            for (k, v) in &e.attrs {
                set(&el, k, v);
            }
            for k in &e.kids {
                let _ = el.append_child(&create(k));
            }
            el.into()
        }
    }
}

fn set(el: &Element, name: &str, value: &str) {
    match name.strip_prefix('.') {
        Some("checked") => {
            let _ =
                js_sys::Reflect::set(el, &"checked".into(), &JsValue::from_bool(value == "true"));
        }
        Some(prop) => {
            // Only when it differs: setting an input's value moves its caret to the end.
            let now = js_sys::Reflect::get(el, &prop.into())
                .ok()
                .and_then(|v| v.as_string());
            if now.as_deref() != Some(value) {
                let _ = js_sys::Reflect::set(el, &prop.into(), &value.into());
            }
        }
        None => {
            let _ = el.set_attribute(name, value);
        }
    }
}

/// Whether two trees would draw the same DOM, so patching may skip the whole subtree without
/// touching the page (each DOM call from wasm costs; a keystroke in Search redraws a page
/// most of which, header and filters, has not changed). An element with a DOM property
/// (`.value`, `.checked`) is never skipped: the user may have changed it in the page.
fn same(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Text(x), Node::Text(y)) => x == y,
        (Node::El(x), Node::El(y)) => {
            x.tag == y.tag
                && x.svg == y.svg
                && x.attrs == y.attrs
                && !x.attrs.iter().any(|(k, _)| k.starts_with('.'))
                && x.kids.len() == y.kids.len()
                && x.kids.iter().zip(&y.kids).all(|(p, q)| same(p, q))
        }
        _ => false,
    }
}

fn patch(dom: &web_sys::Node, old: &Node, new: &Node) {
    if same(old, new) {
        return;
    }
    match (old, new) {
        (Node::Text(a), Node::Text(b)) => {
            if a != b {
                dom.set_node_value(Some(b));
            }
        }
        (Node::El(a), Node::El(b)) if a.tag == b.tag && a.svg == b.svg => {
            let Some(el) = dom.dyn_ref::<Element>() else {
                return;
            };
            for (k, v) in &b.attrs {
                if k.starts_with('.') || !a.attrs.iter().any(|(ka, va)| ka == k && va == v) {
                    set(el, k, v);
                }
            }
            for (k, _) in &a.attrs {
                if !k.starts_with('.') && !b.attrs.iter().any(|(kb, _)| kb == k) {
                    let _ = el.remove_attribute(k);
                }
            }
            patch_children(dom, &a.kids, &b.kids);
        }
        _ => {
            if let Some(parent) = dom.parent_node() {
                let _ = parent.replace_child(&create(new), dom);
            }
        }
    }
}

fn patch_children(parent: &web_sys::Node, old: &[Node], new: &[Node]) {
    let mut child = parent.first_child();
    for (i, n) in new.iter().enumerate() {
        match (old.get(i), child.clone()) {
            (Some(o), Some(dom)) => {
                // The next sibling first: patching may replace this node.
                child = dom.next_sibling();
                patch(&dom, o, n);
            }
            _ => {
                let _ = parent.append_child(&create(n));
            }
        }
    }
    // Whatever is left was in the old tree only.
    while let Some(dom) = child {
        child = dom.next_sibling();
        let _ = parent.remove_child(&dom);
    }
}
