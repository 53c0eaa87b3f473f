//! The user's documents as kept: each the original file's bytes, its name and the details the
//! user corrected, so that a better engine reads old documents better (they are parsed again
//! every time they are loaded). Pure Rust, tested natively; `main.rs` stores records in
//! IndexedDB and talks to the page.

use base64::Engine;
use corpus::corpus::{Corpus, Export};
use corpus::ingest::{ingest_file, Supplied};
use corpus::model::PartialDate;
use serde::{Deserialize, Serialize};

/// Every user document's id starts so; the app tells the user's own from the published corpus
/// by it.
pub const PREFIX: &str = corpus::model::USER_PREFIX;

/// The details a user may correct; an empty field means "as the engine inferred".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub authors: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub url: String,
}

/// One kept document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub name: String,
    pub bytes: Vec<u8>,
    pub details: Details,
}

/// A document id from its file name and content: the same file added twice is one document.
pub fn doc_id(name: &str, bytes: &[u8]) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let slug: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    // FNV-1a: a stable content hash with no dependency.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!(
        "{PREFIX}{}-{:08x}",
        if slug.is_empty() { "text" } else { &slug },
        h as u32
    )
}

/// Checks the corrected details, naming the field at fault.
pub fn check(d: &Details) -> Result<(), String> {
    if !d.date.trim().is_empty() && PartialDate::parse_iso(d.date.trim()).is_none() {
        return Err(format!(
            "Date: “{}” is not a date; write it as 2019-03-25, 2019-03 or 2019",
            d.date.trim()
        ));
    }
    let url = d.url.trim();
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        return Err(format!(
            "Address: “{url}” is not a web address; it must start with https:// or http://"
        ));
    }
    Ok(())
}

fn supplied(d: &Details) -> Supplied {
    let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    Supplied {
        title: some(&d.title),
        authors: some(&d.authors).map(|a| {
            a.split([',', ';'])
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        }),
        published: PartialDate::parse_iso(d.date.trim()),
        publisher: some(&d.publisher),
        url: some(&d.url),
        ..Supplied::default()
    }
}

/// Reads every record, in order, into one corpus; a record that no longer reads (an engine
/// change) is reported by name and left out, never dropped from storage.
pub fn read_all(records: &[Record]) -> (Corpus, Vec<String>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for r in records {
        let s = supplied(&r.details);
        match ingest_file(&r.id, &r.name, &r.bytes, Some(&s)) {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (Corpus::build(docs), errors)
}

/// The corpus as the page reads it (the same postcard bytes `build.rs` embeds).
pub fn to_bytes(c: &Corpus) -> Vec<u8> {
    let e: Export = c.export();
    postcard::to_allocvec(&e).unwrap_or_default()
}

/// The file users export and import: every document's original bytes (base64, so any
/// encoding survives) with its name and details.
#[derive(Serialize, Deserialize)]
struct Bundle {
    format: String,
    version: u32,
    documents: Vec<BundleDoc>,
}

#[derive(Serialize, Deserialize)]
struct BundleDoc {
    name: String,
    base64: String,
    #[serde(default)]
    details: Details,
}

const FORMAT: &str = "minusma-explorer-documents";

pub fn export(records: &[Record]) -> String {
    let b = Bundle {
        format: FORMAT.into(),
        version: 1,
        documents: records
            .iter()
            .map(|r| BundleDoc {
                name: r.name.clone(),
                base64: base64::engine::general_purpose::STANDARD.encode(&r.bytes),
                details: r.details.clone(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&b).unwrap_or_default()
}

/// The records of an exported file, or why it is not one (naming `file`).
pub fn import(file: &str, text: &str) -> Result<Vec<Record>, String> {
    let b: Bundle = serde_json::from_str(text)
        .map_err(|e| format!("{file}: not an export of MINUSMA Explorer documents ({e})"))?;
    if b.format != FORMAT {
        return Err(format!(
            "{file}: not an export of MINUSMA Explorer documents (format “{}”)",
            b.format
        ));
    }
    let mut out = Vec::new();
    for (i, d) in b.documents.into_iter().enumerate() {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(d.base64.as_bytes())
            .map_err(|e| format!("{file}: document {} ({}): {e}", i + 1, d.name))?;
        out.push(Record {
            id: doc_id(&d.name, &bytes),
            name: d.name,
            bytes,
            details: d.details,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(name: &str, text: &str) -> Record {
        Record {
            id: doc_id(name, text.as_bytes()),
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
            details: Details::default(),
        }
    }

    #[test]
    fn ids_are_stable_prefixed_and_follow_the_content() {
        let a = doc_id("Report on Mali (2019).txt", b"x");
        assert!(a.starts_with("my-report-on-mali-2019-"), "{a}");
        assert_eq!(a, doc_id("Report on Mali (2019).txt", b"x"));
        assert_ne!(a, doc_id("Report on Mali (2019).txt", b"y"));
        assert!(doc_id("???.md", b"").starts_with("my-text-"));
    }

    #[test]
    fn documents_read_with_their_corrected_details() {
        let mut r = rec(
            "note.txt",
            "Field note\n\nFour peacekeepers were wounded near Kidal on Tuesday.\n",
        );
        r.details.date = "2021-03-02".into();
        r.details.title = "Kidal field note".into();
        let bad = rec("empty.html", "<html><script>x</script></html>");
        let (c, errors) = read_all(&[r.clone(), bad]);
        assert_eq!(c.docs.len(), 1);
        assert_eq!(c.docs[0].meta.title, "Kidal field note");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("empty.html"), "{errors:?}");
        let f = &c.facts[0];
        assert_eq!(f.value, 4.0);
        assert_eq!(
            f.date.as_deref(),
            Some("2021-03-02"),
            "the date drives as-of dates"
        );
        // What the page decodes is what the engine built.
        let back: corpus::corpus::Parts = corpus::wire::from_bytes(&to_bytes(&c)).unwrap();
        assert_eq!(back.facts, c.facts);
    }

    #[test]
    fn export_and_import_are_lossless() {
        let mut latin1 = rec("cp1252.txt", "");
        latin1.bytes = b"Bamako\n\nLes casques bleus \xe9taient 13 000.\n".to_vec();
        latin1.id = doc_id(&latin1.name, &latin1.bytes);
        latin1.details.publisher = "Agence".into();
        let rs = vec![rec("a.md", "# A\n\nText."), latin1];
        let back = import("export.json", &export(&rs)).unwrap();
        assert_eq!(back, rs);
        assert!(import("x.json", "{}")
            .unwrap_err()
            .starts_with("x.json: not an export"));
        assert!(import("x.json", "not json").is_err());
    }

    #[test]
    fn details_are_checked_field_by_field() {
        let mut d = Details::default();
        assert!(check(&d).is_ok());
        d.date = "25 March".into();
        assert!(check(&d).unwrap_err().starts_with("Date:"));
        d.date = "2019-03".into();
        d.url = "javascript:alert(1)".into();
        assert!(check(&d).unwrap_err().starts_with("Address:"));
    }
}
