//! Saving an export: the text goes into a Blob behind a temporary link that is clicked and
//! removed at once, so no non-http(s) link ever stays in the page.

use leptos::wasm_bindgen::JsCast;

pub fn save(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The download could not be prepared ({what}).");
    // A CSV's header names its columns in the interface's language; the rows are the data.
    let localized;
    let text = match (mime, text.split_once('\n')) {
        ("text/csv", Some((header, rows))) if crate::i18n::lang() != crate::i18n::Lang::En => {
            let names: Vec<String> = header.split(',').map(crate::i18n::t).collect();
            localized = format!("{}\n{rows}", names.join(","));
            localized.as_str()
        }
        _ => text,
    };
    let parts = leptos::web_sys::js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("address"))?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into()
        .map_err(|_| fail("link"))?;
    a.set_href(&url);
    a.set_download(filename);
    let body = document.body().ok_or_else(|| fail("page"))?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
