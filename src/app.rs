use corpus::corpus::Corpus;
use leptos::prelude::*;

/// The seed corpus, parsed at build time by `build.rs` (documents, facts, entities, events,
/// search index), as postcard bytes.
static CORPUS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

fn load() -> Result<Corpus, String> {
    postcard::from_bytes(CORPUS).map_err(|e| format!("the embedded corpus could not be read: {e}"))
}

#[component]
pub fn App() -> impl IntoView {
    let corpus = load();
    view! {
        <header>
            <h1>"MINUSMA Explorer"</h1>
            <p class="lede">
                "Texts about the UN peacekeeping mission in Mali (2013–2023), every number they quote, and where it comes from."
            </p>
        </header>
        <main>
            {match corpus {
                Ok(c) => summary(c).into_any(),
                Err(e) => view! { <p class="errors" role="alert">{e}</p> }.into_any(),
            }}
        </main>
    }
}

fn summary(c: Corpus) -> impl IntoView {
    let docs: Vec<_> = c
        .docs
        .iter()
        .map(|d| {
            let n = c.facts.iter().filter(|f| f.doc == d.id).count();
            let date = d
                .meta
                .published
                .map(|p| p.iso())
                .unwrap_or_else(|| "undated".into());
            let by = if d.meta.authors.is_empty() {
                d.meta.publisher.clone().unwrap_or_default()
            } else {
                d.meta.authors.join(", ")
            };
            (d.meta.title.clone(), by, date, n)
        })
        .collect();
    view! {
        <p id="summary">
            {format!(
                "{} documents, {} numeric facts, {} places and actors named, {} dated events.",
                c.docs.len(),
                c.facts.len(),
                c.entities.len(),
                c.events.len()
            )}
        </p>
        <ul id="documents">
            {docs
                .into_iter()
                .map(|(title, by, date, n)| {
                    view! {
                        <li>
                            <strong>{title}</strong>
                            " — " {by} " (" {date} ") — "
                            <span class="count">{n}</span>
                            " facts"
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
