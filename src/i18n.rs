//! The interface in English or French.
//!
//! Views are written in English. Every text node and every label attribute passes through
//! [`tr`] on its way into a [`crate::dom`] tree: in French, an interface message is looked up
//! in one message table, `src/i18n/fr.tsv` (exact messages, and templates whose `{}` stand for
//! numbers or names: "{} documents"); anything else, such as a document's own words, has no
//! entry and stays as written. Keeping the views in English and translating at the tree keeps
//! every view's code as it was, costs one table in the wasm (no Fluent runtime: it would not
//! fit the first-load budget), and leaves one place to check for completeness: the component
//! test draws every view in French and fails on any interface message without an entry.
//!
//! Numbers and dates follow the language in [`crate::views::format`] ("11,700" / "11 700";
//! "2023-06-30" / "30 juin 2023").

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// The code used in the address (`#/fr/facts`) and in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The other language, for the switch in the header.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// What the switch to this language says to a screen reader, in this language.
    pub fn switch_label(self) -> &'static str {
        match self {
            Lang::En => "Read in English",
            Lang::Fr => "Lire en français",
        }
    }

    /// The language's own name, as the switch offers it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
    /// Interface-looking texts that had no French entry, kept while a test asks for them.
    static MISSES: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// The language views are being drawn in.
pub fn lang() -> Lang {
    LANG.get()
}

pub fn set_lang(l: Lang) {
    LANG.set(l);
}

/// The browser's preferred language, when the address names none.
/// Read once: the page redraws on every keystroke of a search, and the preference does not
/// change while it is open.
pub fn browser_lang() -> Lang {
    static BROWSER: OnceLock<Lang> = OnceLock::new();
    *BROWSER.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        {
            let nav = leptos::prelude::window().navigator();
            let l = nav.language().unwrap_or_default();
            if l.to_ascii_lowercase().starts_with("fr") {
                return Lang::Fr;
            }
        }
        Lang::En
    })
}

/// Starts (`true`) or stops keeping the texts [`tr`] finds no entry for; stopping returns them.
#[cfg(all(test, target_arch = "wasm32"))]
pub fn record_misses(on: bool) -> Vec<String> {
    MISSES.with_borrow_mut(|m| {
        let had = m.take().unwrap_or_default();
        if on {
            *m = Some(Vec::new());
        }
        had
    })
}

struct Table {
    /// English → French, sorted by English.
    exact: Vec<(&'static str, &'static str)>,
    /// English templates split at their `{}`, and the French template.
    templates: Vec<(Vec<&'static str>, &'static str)>,
}

#[cfg(test)]
static FR: &str = include_str!("i18n/fr.tsv");

thread_local! {
    /// The French messages, once loaded: a visit in English never downloads them.
    static TABLE: Cell<Option<&'static Table>> = const { Cell::new(None) };
}

fn table() -> Option<&'static Table> {
    TABLE.get()
}

/// Whether the French messages are here (English needs none).
pub fn messages_ready() -> bool {
    lang() == Lang::En || TABLE.get().is_some()
}

/// Takes the text of `fr.tsv` as the French messages.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn load_messages(text: String) {
    if TABLE.get().is_none() {
        TABLE.set(Some(Box::leak(Box::new(parse(Box::leak(
            text.into_boxed_str(),
        ))))));
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn fetch_messages(_done: impl FnOnce() + 'static) {}

/// Fetches the French messages (`fr.tsv`, one of the app's own files, kept offline by the
/// service worker) and calls `done` once they are in. The one-file edition carries them in
/// the page itself (`#messages-fr`, written by `scripts/postbuild.py`), since a page opened
/// from disk may fetch nothing. If they cannot be had, the interface stays in English.
#[cfg(target_arch = "wasm32")]
pub fn fetch_messages(done: impl FnOnce() + 'static) {
    use leptos::prelude::{document, window};
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::Response;
    thread_local! {
        static ASKED: Cell<bool> = const { Cell::new(false) };
    }
    if TABLE.get().is_some() || ASKED.replace(true) {
        return;
    }
    if let Some(text) = document()
        .get_element_by_id("messages-fr")
        .and_then(|e| e.text_content())
    {
        load_messages(text);
        done();
        return;
    }
    let request = window().fetch_with_str("fr.tsv");
    leptos::task::spawn_local(async move {
        let text = async {
            let resp = wasm_bindgen_futures::JsFuture::from(request).await.ok()?;
            let resp: Response = resp.dyn_into().ok()?;
            if !resp.ok() {
                return None;
            }
            let body = wasm_bindgen_futures::JsFuture::from(resp.text().ok()?)
                .await
                .ok()?;
            body.as_string()
        };
        match text.await {
            Some(t) => {
                load_messages(t);
                done();
            }
            None => ASKED.set(false),
        }
    });
}

/// Reads `fr.tsv`: `English<TAB>French` a line, `#` starts a comment. A bad line is skipped
/// here and reported by the native test that reads the same file.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn parse(data: &'static str) -> Table {
    let mut exact = Vec::new();
    let mut templates = Vec::new();
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((en, fr)) = line.split_once('\t') else {
            continue;
        };
        if en.contains("{}") {
            templates.push((en.split("{}").collect::<Vec<_>>(), fr));
        } else {
            exact.push((en, fr));
        }
    }
    corpus::sorting::sort_by(&mut exact, |a, b| a.0.cmp(b.0));
    // The most specific template first: "{} (first {} shown)" before "{} passages".
    corpus::sorting::sort_by_key(&mut templates, |(pieces, _)| {
        std::cmp::Reverse(pieces.iter().map(|p| p.len()).sum::<usize>())
    });
    Table { exact, templates }
}

fn exact(s: &str) -> Option<&'static str> {
    let t = table()?;
    t.exact
        .binary_search_by(|(en, _)| (*en).cmp(s))
        .ok()
        .map(|i| t.exact[i].1)
}

/// The arguments of `s` read against a template's pieces, if it fits: every piece in order,
/// each gap short and not empty (a long gap is a document's sentence, not a name or number).
fn fit<'s>(pieces: &[&str], s: &'s str) -> Option<Vec<&'s str>> {
    let (first, rest) = pieces.split_first()?;
    let mut at = s.strip_prefix(first)?;
    let mut args = Vec::new();
    for (i, p) in rest.iter().enumerate() {
        let end = if i + 1 == rest.len() {
            if !at.ends_with(p) {
                return None;
            }
            at.len() - p.len()
        } else {
            at.find(p)?
        };
        let arg = &at[..end];
        if arg.is_empty() || arg.len() > 80 {
            return None;
        }
        args.push(arg);
        at = &at[end + p.len()..];
    }
    Some(args)
}

/// Fills a French template: `{}` takes the next argument, `{2}` the second; an argument that
/// is itself a message is translated too ("12 passages" in "{} (first {} shown)").
fn fill(template: &str, args: &[&str], depth: usize) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let i = if inner.is_empty() {
            next += 1;
            next - 1
        } else {
            inner.parse::<usize>().unwrap_or(1).saturating_sub(1)
        };
        let arg = args.get(i).copied().unwrap_or("");
        match found(arg, depth + 1) {
            Some(a) => out.push_str(&a),
            None => out.push_str(arg),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The French of a trimmed message: an exact entry, a template, or (for a line of parts such
/// as a chart mark's "value — subject — as of … — source") its parts one by one.
fn found(core: &str, depth: usize) -> Option<String> {
    if depth > 3 {
        return None;
    }
    if let Some(e) = exact(core) {
        return Some(e.to_string());
    }
    let templated = table()?
        .templates
        .iter()
        .find_map(|(pieces, fr)| fit(pieces, core).map(|args| fill(fr, &args, depth)));
    if templated.is_some() {
        return templated;
    }
    for sep in [" — ", " · ", ": "] {
        if core.contains(sep) {
            let parts: Vec<Option<String>> = core
                .split(sep)
                .map(|p| found(p.trim(), depth + 1))
                .collect();
            if parts.iter().any(Option::is_some) {
                let joined: Vec<String> = core
                    .split(sep)
                    .zip(parts)
                    .map(|(p, t)| t.unwrap_or_else(|| p.to_string()))
                    .collect();
                return Some(joined.join(sep));
            }
        }
    }
    None
}

/// Whether a text reads as interface text worth an entry: letters, not a bare name.
fn looks_like_message(s: &str) -> bool {
    s.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2 && !s.contains("://")
}

/// The French of an interface text, or `None` to keep it as written (English, or no entry: a
/// document's words). Spaces around the text are kept ("… facts · " is " faits · ").
pub fn tr(s: &str) -> Option<String> {
    if lang() == Lang::En {
        return None;
    }
    // Spaces and joining punctuation around a message are kept as they are (": about 500").
    let edge = |c: char| c.is_whitespace() || ":;,·—".contains(c);
    let core = s.trim_matches(edge);
    if core.is_empty() {
        return None;
    }
    match found(core, 0) {
        Some(f) => {
            let lead = &s[..s.len() - s.trim_start_matches(edge).len()];
            let trail = &s[s.trim_end_matches(edge).len()..];
            Some(format!("{lead}{f}{trail}"))
        }
        None => {
            if looks_like_message(core) {
                MISSES.with_borrow_mut(|m| {
                    if let Some(m) = m {
                        m.push(core.to_string());
                    }
                });
            }
            None
        }
    }
}

/// [`tr`], or the text itself.
pub fn t(s: &str) -> String {
    tr(s).unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the table is `English<TAB>French`, no English twice, every template's
    /// French has as many places as its English.
    #[test]
    fn the_french_table_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for (n, line) in FR.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (en, fr) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("fr.tsv:{}: expected English<TAB>French", n + 1));
            assert!(!fr.is_empty() && !fr.contains('\t'), "fr.tsv:{}", n + 1);
            assert!(seen.insert(en), "fr.tsv:{}: `{en}` twice", n + 1);
            let places = |s: &str| s.matches('{').count();
            assert_eq!(places(en), places(fr), "fr.tsv:{}: places", n + 1);
            if en.contains("{}") {
                let literal: usize = en
                    .split("{}")
                    .map(|p| {
                        p.chars()
                            .filter(|c| c.is_alphabetic() || "“”«»()".contains(*c))
                            .count()
                    })
                    .sum();
                assert!(
                    literal >= 4,
                    "fr.tsv:{}: a template needs words of its own, or it would translate \
                     documents' text",
                    n + 1
                );
            }
        }
    }

    /// The string literals of the app's code that read as interface text, with `{name}`
    /// written `{}`, and where they are.
    fn literals() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if !name.ends_with(".rs") || name == "browser_tests.rs" || name == "i18n.rs" {
                    continue;
                }
                let code = std::fs::read_to_string(&path).unwrap();
                // Tests are not the interface.
                let code = code.split("#[cfg(test)]").next().unwrap();
                let code = code.split("#[cfg(all(test").next().unwrap();
                let b = code.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    // Skip comments and character literals.
                    if code[i..].starts_with("//") {
                        i += code[i..].find('\n').unwrap_or(code.len() - i);
                        continue;
                    }
                    if b[i] == b'\'' && i + 2 < b.len() && (b[i + 2] == b'\'' || b[i + 1] == b'\\')
                    {
                        i += code[i + 1..].find('\'').map_or(1, |k| k + 2);
                        continue;
                    }
                    if b[i] != b'"' {
                        i += 1;
                        continue;
                    }
                    let mut j = i + 1;
                    let mut lit = String::new();
                    while j < b.len() && b[j] != b'"' {
                        if b[j] == b'\\' {
                            j += 1;
                            match b.get(j) {
                                Some(b'n') => lit.push('\n'),
                                Some(&c) => lit.push(c as char),
                                None => {}
                            }
                            j += 1;
                            continue;
                        }
                        let ch = code[j..].chars().next().unwrap();
                        lit.push(ch);
                        j += ch.len_utf8();
                    }
                    i = j + 1;
                    // `{name}` and `{}` alike; `{{` is a brace.
                    let mut norm = String::new();
                    let mut rest = lit.as_str();
                    while let Some(open) = rest.find('{') {
                        norm.push_str(&rest[..open]);
                        match rest[open..].find('}') {
                            Some(close) => {
                                norm.push_str("{}");
                                rest = &rest[open + close + 1..];
                            }
                            None => {
                                rest = &rest[open..];
                                break;
                            }
                        }
                    }
                    norm.push_str(rest);
                    let t = norm
                        .trim_matches(|c: char| c.is_whitespace() || ":;,·—".contains(c))
                        .to_string();
                    let letters = t.chars().filter(|c| c.is_ascii_alphabetic()).count();
                    let identifier = !t.contains(' ')
                        && t.chars().all(|c| {
                            c.is_ascii_lowercase()
                                || c.is_ascii_digit()
                                || "_-.:#/=&?{}".contains(c)
                        });
                    if letters < 2 || identifier || t.starts_with("http") || t.starts_with("<?xml")
                    {
                        continue;
                    }
                    out.push((t, name.clone()));
                }
            }
        }
        out
    }

    /// Every interface text in the code has its French, or is named as no message (a format,
    /// a file type, a name). A view that gains an English message without a French one fails
    /// here.
    #[test]
    fn every_message_in_the_code_has_its_french() {
        let allowed: Vec<&str> = include_str!("i18n/not-messages.txt")
            .lines()
            .filter(|l| !l.starts_with("# ") && !l.trim().is_empty())
            .collect();
        let keys: Vec<&str> = FR
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t').map(|(en, _)| en))
            .collect();
        let mut missing: Vec<String> = literals()
            .into_iter()
            .filter(|(t, _)| {
                // A line of parts ("{} — no place named — {}") is translated part by part.
                let covered = |p: &str| {
                    p.chars().filter(|c| c.is_ascii_alphabetic()).count() < 2
                        || keys.iter().any(|k| *k == p || k.contains(p))
                };
                let parts_covered = [" — ", " · "]
                    .iter()
                    .any(|sep| t.contains(sep) && t.split(sep).all(|p| covered(p.trim())));
                !allowed.contains(&t.as_str()) && !covered(t) && !parts_covered
            })
            .map(|(t, file)| format!("{file}: {t}"))
            .collect();
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "{} interface texts have no French in src/i18n/fr.tsv (or belong in \
             src/i18n/not-messages.txt):\n{}",
            missing.len(),
            missing.join("\n")
        );
    }

    #[test]
    fn messages_templates_and_documents_text() {
        set_lang(Lang::Fr);
        // Until the messages are in, French shows the English.
        assert_eq!(t("Facts"), "Facts");
        load_messages(FR.to_string());
        assert_eq!(t("Facts"), "Faits");
        assert_eq!(t(" Search "), " Rechercher ");
        assert_eq!(t("Export CSV"), "Exporter en CSV");
        // A template's argument is translated when it is itself a message.
        assert_eq!(t("Remove “Gao note”"), "Retirer « Gao note »");
        // A document's words stay as written.
        let sentence = "Ten peacekeepers were killed in Aguelhok on Sunday.";
        assert_eq!(t(sentence), sentence);
        set_lang(Lang::En);
        assert_eq!(t("Facts"), "Facts");
    }

    #[test]
    fn templates_read_their_arguments() {
        assert_eq!(fit(&["", " documents"], "12 documents"), Some(vec!["12"]));
        assert_eq!(
            fit(&["Show all ", " passages"], "Show all 9 passages"),
            Some(vec!["9"])
        );
        assert_eq!(fit(&["", " documents"], " documents"), None);
        assert_eq!(fill("{2} sur {1}", &["a", "b"], 0), "b sur a");
    }
}
