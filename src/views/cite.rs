//! The "Cite" panel of a document and of a fact: the plain-text citation, BibTeX, RIS and
//! CSL-JSON (the fact's paragraph as locator), each shown as selectable text and downloadable,
//! with the permalink into the explorer and the link to the sentence on the original page.

use corpus::cite::{bibtex, csl_json, plain, ris, Source};
use corpus::facts::Fact;
use corpus::model::Document;
use leptos::prelude::{Get, RwSignal, Set};

use super::download::save;
use super::format::{http_url, text_fragment};
use crate::dom::{h, Node};

/// The explorer's own address for the virtual URL `to`: the page without its fragment, then the
/// route. Shown as text, not a link: from the one-file edition it is a `file:` address.
pub fn permalink(to: &str) -> String {
    let here = leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}{}", crate::route::href(to))
}

/// The panel, collapsed; `to` is the virtual URL of what is cited.
pub fn cite_panel(
    doc: &'static Document,
    fact: Option<&'static Fact>,
    to: &str,
    error: RwSignal<Option<String>>,
) -> Node {
    let original = doc
        .meta
        .url
        .as_deref()
        .and_then(http_url)
        .map(|u| match fact {
            Some(f) => format!("{u}{}", text_fragment(&f.quote)),
            None => u.to_string(),
        });
    // The words a citation writes itself come from the message table like every other label.
    let english = corpus::cite::Words::ENGLISH;
    let words = [english.paragraph, english.no_date, english.via].map(crate::i18n::t);
    let source = Source {
        doc,
        fact,
        permalink: permalink(to),
        original,
        words: corpus::cite::Words {
            paragraph: &words[0],
            no_date: &words[1],
            via: &words[2],
        },
    };
    let what = if fact.is_some() { "fact" } else { "document" };
    let stem = match fact {
        Some(f) => format!("minusma-{}", f.id.replace(':', "-")),
        None => format!("minusma-{}", doc.id.0),
    };
    let formats = [
        ("Plain text", "txt", "text/plain", plain(&source)),
        ("BibTeX", "bib", "application/x-bibtex", bibtex(&source)),
        (
            "RIS",
            "ris",
            "application/x-research-info-systems",
            ris(&source),
        ),
        (
            "CSL-JSON",
            "json",
            "application/vnd.citationstyles.csl+json",
            csl_json(&source),
        ),
    ];
    let blocks = formats.into_iter().map(|(label, ext, mime, text)| -> Node {
        let file = format!("{stem}.{ext}");
        let body = text.clone();
        h("div")
            .class("cite-format")
            .c(h("h3").t(label))
            .c(h("pre")
                .a("tabindex", "0")
                .a("aria-label", format!("{label} citation"))
                .t(text))
            .c(h("button")
                .a("type", "button")
                .t(format!("Download {label}"))
                .on("click", move |_| error.set(save(&file, mime, &body).err())))
            .into()
    });
    let mut panel = h("details")
        .class("cite")
        .c(h("summary").t(format!("Cite this {what}")))
        .c(h("p")
            .class("meta")
            .t("Permalink: ")
            .c(h("code").t(&source.permalink)));
    if let Some(e) = error.get() {
        panel = panel.c(h("p").class("errors").a("role", "alert").t(e));
    }
    panel.cs(blocks).into()
}
