use corpus::facts::{extract, Fact};
use corpus::ingest::ingest;
use corpus::Document;
use leptos::prelude::*;

/// The seed documents, compiled in. Metadata from `sources.toml` is applied by the build-time
/// pipeline of the next issue; here the engine infers it from the text, as for a user's file.
const SEEDS: [(&str, &str); 5] = [
    (
        "000_42da79048cd32607",
        include_str!("../seeds/000_42da79048cd32607.txt"),
    ),
    (
        "001_970d7b45e64713e1",
        include_str!("../seeds/001_970d7b45e64713e1.txt"),
    ),
    (
        "002_6414d9968358ac8c",
        include_str!("../seeds/002_6414d9968358ac8c.txt"),
    ),
    (
        "003_af16dde49126c9a9",
        include_str!("../seeds/003_af16dde49126c9a9.txt"),
    ),
    (
        "004_fc1e265afb404b80",
        include_str!("../seeds/004_fc1e265afb404b80.txt"),
    ),
];

fn load() -> (Vec<(Document, Vec<Fact>)>, Vec<String>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for (id, text) in SEEDS {
        match ingest(id, &format!("{id}.txt"), text.as_bytes(), None) {
            Ok(d) => {
                let f = extract(&d);
                docs.push((d, f));
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    (docs, errors)
}

#[component]
pub fn App() -> impl IntoView {
    let (docs, errors) = load();
    let total: usize = docs.iter().map(|(_, f)| f.len()).sum();
    view! {
        <header>
            <h1>"MINUSMA Explorer"</h1>
            <p class="lede">
                "Texts about the UN peacekeeping mission in Mali (2013–2023), every number they quote, and where it comes from."
            </p>
        </header>
        <main>
            <p id="summary">{format!("{} documents, {} numeric facts extracted in your browser.", docs.len(), total)}</p>
            <ul class="errors">{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            <ul id="documents">
                {docs
                    .into_iter()
                    .map(|(d, f)| {
                        let date = d.meta.published.map(|p| p.iso()).unwrap_or_else(|| "undated".into());
                        view! {
                            <li>
                                <strong>{d.meta.title.clone()}</strong>
                                " — " {d.meta.authors.join(", ")} " (" {date} ") — "
                                <span class="count">{f.len()}</span> " facts"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </main>
    }
}
