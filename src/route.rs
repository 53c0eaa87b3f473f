//! Routing in the URL's fragment: `index.html#/search?q=Moura`, `#/doc/ID?fact=F#p21`.
//!
//! Why the fragment and not the path: the same build then works on any static server, under
//! any subpath, with no rewrite rule (the server only ever serves `index.html`); deep links
//! and reloads work offline through the service worker; and the one-file edition works from
//! `file://`, where browsers refuse to change the path. Every view's state is still in the
//! URL, so links are permalinks and back/forward work (each change is a history entry, or
//! replaces one while typing).
//!
//! The part after `#` is a *virtual URL*: a path, an optional `?query` and an optional
//! `#anchor` naming a block of the reader.

use leptos::prelude::*;

use crate::i18n::Lang;

/// The virtual URL held in the fragment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loc {
    /// Starts with `/`.
    pub path: String,
    /// Without the `?`, still percent-encoded.
    pub query: String,
    /// Without the `#`.
    pub anchor: String,
    /// The interface language the address names (`#/fr/facts`), if any.
    pub lang: Option<Lang>,
}

/// Longest fragment read: a crafted link of megabytes must not stall the page.
const MAX_FRAGMENT: usize = 8192;

impl Loc {
    /// From a location's fragment (with or without its leading `#`). Anything that is not a
    /// virtual URL — an empty fragment, `#p21` — is the overview.
    pub fn parse(fragment: &str) -> Loc {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        let f = match f.char_indices().nth(MAX_FRAGMENT) {
            Some((i, _)) => &f[..i],
            None => f,
        };
        if !f.starts_with('/') {
            return Loc {
                path: "/".into(),
                ..Loc::default()
            };
        }
        let (rest, anchor) = f.split_once('#').unwrap_or((f, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        // A language first: `/fr/facts`, `/fr`.
        let first = path[1..].split('/').next().unwrap_or("");
        let (lang, path) = match Lang::parse(first) {
            Some(l) => {
                let rest = &path[1 + first.len()..];
                (Some(l), if rest.is_empty() { "/" } else { rest })
            }
            None => (None, path),
        };
        Loc {
            path: path.to_string(),
            query: query.to_string(),
            anchor: anchor.to_string(),
            lang,
        }
    }

    /// The virtual URL without its language: path, `?query` and `#anchor`.
    pub fn virtual_url(&self) -> String {
        let mut out = self.path.clone();
        if !self.query.is_empty() {
            out.push('?');
            out.push_str(&self.query);
        }
        if !self.anchor.is_empty() {
            out.push('#');
            out.push_str(&self.anchor);
        }
        out
    }

    /// The query's `(key, value)` pairs, percent-decoded.
    pub fn pairs(&self) -> Vec<(String, String)> {
        self.query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect()
    }

    /// The first value of `key`.
    pub fn param(&self, key: &str) -> Option<String> {
        self.pairs()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The path's segments after the first: `/doc/ID` → `["ID"]` for route `doc`.
    pub fn segments(&self) -> Vec<String> {
        self.path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect()
    }
}

/// Percent-decoding (and `+` as a space, as forms write it); malformed escapes stay as they
/// are and invalid UTF-8 is replaced, so no input is refused.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

thread_local! {
    /// The language the current address names, which every link keeps.
    static URL_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets the language links keep (the current address's, or the one being switched to).
pub fn set_url_lang(l: Option<Lang>) {
    URL_LANG.set(l);
}

/// The link to a virtual URL (`/search?q=x`): a fragment, so it resolves against the page
/// wherever it is hosted; it keeps the language the address names (`#/fr/search?q=x`).
pub fn href(virtual_url: &str) -> String {
    match URL_LANG.get() {
        Some(l) => format!("#/{}{virtual_url}", l.code()),
        None => format!("#{virtual_url}"),
    }
}

/// The current location, shared through context by [`provide_location`].
pub fn use_loc() -> ReadSignal<Loc> {
    use_context::<ReadSignal<Loc>>().unwrap_or_else(|| signal(Loc::parse("")).0)
}

fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

thread_local! {
    /// The location signal, for [`navigate`] to set directly while typing.
    static LOC: std::cell::Cell<Option<(ReadSignal<Loc>, WriteSignal<Loc>)>> =
        const { std::cell::Cell::new(None) };
    /// The URL update typing has put off, if any, and its target.
    static PENDING: std::cell::RefCell<Option<(TimeoutHandle, String)>> =
        const { std::cell::RefCell::new(None) };
}

/// The current location, read without tracking (for handlers).
pub fn current_loc() -> Loc {
    LOC.get()
        .map(|(loc, _)| loc.get_untracked())
        .unwrap_or_else(|| Loc::parse(&current_fragment()))
}

/// Shows the current view in another language: the address names it, and a reload or a
/// copied link keeps it.
pub fn switch_lang(to: Lang) {
    let here = current_loc();
    set_url_lang(Some(to));
    navigate(&here.virtual_url(), false);
}

/// How long typing may run ahead of the address bar.
const URL_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// Starts tracking the location: read once now, then on every `hashchange` (links, back and
/// forward, edits of the address bar).
pub fn provide_location() {
    let (loc, set_loc) = signal(Loc::parse(&current_fragment()));
    LOC.set(Some((loc, set_loc)));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = Loc::parse(&current_fragment());
        if loc.with_untracked(|l| *l != next) {
            set_loc.set(next);
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(loc);
}

/// Goes to a virtual URL: a new history entry, or (`replace`) in place of the current one,
/// as while typing a search. The view follows through `hashchange`, except while typing:
/// then the view is drawn at once and the address bar follows when typing pauses. Changing
/// the URL costs Chromium about a millisecond, as much as the whole redraw, and a keystroke
/// must paint its results first.
pub fn navigate(virtual_url: &str, replace: bool) {
    let location = window().location();
    let target = href(virtual_url);
    // A choice right after typing: the typed state first takes its place in history, so
    // Back returns to it.
    if let Some((pending, typed)) = PENDING.take() {
        pending.clear();
        if !replace {
            let _ = location.replace(&typed);
        }
    }
    match (replace, LOC.get()) {
        (true, Some((loc, set_loc))) => {
            let next = Loc::parse(&target);
            set_loc.set(next.clone());
            let later = target.clone();
            let handle = set_timeout_with_handle(
                move || {
                    PENDING.take();
                    // Only if nothing has moved the page on since (a link, Back).
                    if loc.with_untracked(|l| *l == next) {
                        // `replace` keeps the page (same document, new fragment), no entry.
                        let _ = window().location().replace(&later);
                    }
                },
                URL_DELAY,
            );
            if let Ok(h) = handle {
                PENDING.set(Some((h, target)));
            }
        }
        (true, None) => {
            let _ = location.replace(&target);
        }
        (false, loc) => {
            let _ = location.set_hash(&target);
            // Drawn at once too (the `hashchange` that follows finds nothing new): the page
            // never shows a new address over the old view.
            if let Some((_, set_loc)) = loc {
                set_loc.set(Loc::parse(&target));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_virtual_urls() {
        let l = Loc::parse("#/doc/000_ab?q=civilians%20killed&fact=000_ab%3A11#p21");
        assert_eq!(l.path, "/doc/000_ab");
        assert_eq!(l.segments(), ["doc", "000_ab"]);
        assert_eq!(l.param("q").as_deref(), Some("civilians killed"));
        assert_eq!(l.param("fact").as_deref(), Some("000_ab:11"));
        assert_eq!(l.anchor, "p21");
        for odd in [
            "",
            "#",
            "#p21",
            "#%%%",
            "#//",
            "#/?&&=&",
            "#/search?q=%E2%82",
            "#/search?q=%",
        ] {
            let l = Loc::parse(odd);
            assert!(l.path.starts_with('/'), "{odd}");
            let _ = l.pairs();
        }
        assert_eq!(Loc::parse("#p21").path, "/");
        let fr = Loc::parse("#/fr/facts?category=troops#p2");
        assert_eq!(
            (fr.lang, fr.path.as_str(), fr.virtual_url().as_str()),
            (Some(Lang::Fr), "/facts", "/facts?category=troops#p2")
        );
        assert_eq!(Loc::parse("#/fr").path, "/");
        assert_eq!(Loc::parse("#/en/").lang, Some(Lang::En));
        assert_eq!(Loc::parse("#/france").lang, None);
        set_url_lang(Some(Lang::Fr));
        assert_eq!(href("/map"), "#/fr/map");
        set_url_lang(None);
        assert_eq!(href("/map"), "#/map");
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz+b"), "%zz b");
        assert_eq!(decode("caf%C3%A9"), "café");
        let long = format!("#/search?q={}", "x".repeat(100_000));
        assert!(Loc::parse(&long).query.len() <= MAX_FRAGMENT);
    }
}
