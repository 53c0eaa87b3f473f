//! `sources.toml`: metadata per document id. Syntax errors stop the load (the user must fix
//! the file); a bad field is a warning naming file, line and field, and only that field is
//! dropped, so the document still loads with what the text itself says.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::CorpusError;
use crate::ingest::urls::is_http_url;
use crate::ingest::Supplied;
use crate::model::PartialDate;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    title: Option<String>,
    authors: Option<Vec<String>>,
    author_note: Option<String>,
    published: Option<String>,
    published_note: Option<String>,
    publisher: Option<String>,
    kind: Option<String>,
    url: Option<String>,
    republished_from: Option<String>,
    publisher_site: Option<String>,
    url_note: Option<String>,
    licence: Option<String>,
}

pub const KINDS: [&str; 5] = ["policy_brief", "analysis", "news", "report", "article"];

#[derive(Debug, Default)]
pub struct Sources {
    pub entries: BTreeMap<String, Supplied>,
}

/// The line of `field = …` inside the entry starting at byte `from`.
fn field_line(text: &str, from: usize, field: &str) -> u32 {
    let mut pos = from;
    for l in text[from.min(text.len())..].split_inclusive('\n') {
        let t = l.trim_start();
        if t.starts_with(field) && t[field.len()..].trim_start().starts_with('=') {
            return line_at(text, pos);
        }
        pos += l.len();
    }
    line_at(text, from)
}

fn line_at(text: &str, byte: usize) -> u32 {
    1 + text[..byte.min(text.len())].matches('\n').count() as u32
}

/// Parses `text` (the contents of `file`). Returns the entries and the warnings.
pub fn parse(file: &str, text: &str) -> Result<(Sources, Vec<String>), CorpusError> {
    let raw: BTreeMap<String, Spanned<toml::Value>> = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_at(text, s.start));
        CorpusError::new(file, line, format!("not valid TOML: {}", e.message()))
    })?;
    let mut warnings = Vec::new();
    let mut out = Sources::default();
    for (id, value) in raw {
        let from = value.span().start;
        let line = line_at(text, from);
        let entry: RawEntry = match value.into_inner().try_into() {
            Ok(e) => e,
            Err(e) => {
                warnings.push(format!(
                    "{file}:{line}: entry [{id}] ignored: {}",
                    e.message()
                ));
                continue;
            }
        };
        let mut s = Supplied {
            title: entry.title,
            authors: entry.authors,
            author_note: entry.author_note,
            published_note: entry.published_note,
            publisher: entry.publisher,
            republished_from: entry.republished_from,
            url_note: entry.url_note,
            licence: entry.licence,
            ..Supplied::default()
        };
        let mut warn = |field: &str, v: &str, why: &str| {
            warnings.push(format!(
                "{file}:{}: [{id}] {field} = {v:?} {why}; ignored",
                field_line(text, from, field)
            ));
        };
        if let Some(p) = entry.published {
            match PartialDate::parse_iso(&p) {
                Some(d) => s.published = Some(d),
                None => warn(
                    "published",
                    &p,
                    "is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
                ),
            }
        }
        if let Some(k) = entry.kind {
            if KINDS.contains(&k.as_str()) {
                s.kind = Some(k);
            } else {
                warn("kind", &k, &format!("is not one of {}", KINDS.join(", ")));
            }
        }
        for (field, v, slot) in [
            ("url", entry.url, &mut s.url),
            (
                "publisher_site",
                entry.publisher_site,
                &mut s.publisher_site,
            ),
        ] {
            if let Some(v) = v {
                if is_http_url(&v) {
                    *slot = Some(v);
                } else {
                    warn(field, &v, "is not an http(s) address");
                }
            }
        }
        out.entries.insert(id, s);
    }
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_seed_sources() {
        let text = include_str!("../../seeds/sources.toml");
        let (s, w) = parse("sources.toml", text).unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.entries.len(), 5);
        let e = &s.entries["000_42da79048cd32607"];
        assert_eq!(e.published.unwrap().iso(), "2018-11");
        assert!(e.url.is_none(), "no page address was seen for the brief");
        assert_eq!(
            e.publisher_site.as_deref(),
            Some("https://www.policycenter.ma")
        );
    }

    #[test]
    fn bad_fields_are_warnings_with_lines() {
        let text = "[a]\ntitle = \"T\"\npublished = \"June 2018\"\nurl = \"javascript:alert(1)\"\nkind = \"blog\"\n\n[b]\ncolour = 1\n";
        let (s, w) = parse("s.toml", text).unwrap();
        assert_eq!(s.entries["a"].title.as_deref(), Some("T"));
        assert!(s.entries["a"].url.is_none());
        assert!(
            w.iter()
                .any(|x| x.starts_with("s.toml:3:") && x.contains("published")),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|x| x.starts_with("s.toml:4:") && x.contains("http(s)")),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|x| x.starts_with("s.toml:5:") && x.contains("kind")),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|x| x.contains("[b] ignored") && x.contains("colour")),
            "{w:?}"
        );
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let e = parse("s.toml", "[a]\ntitle = \"unclosed\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
    }
}
