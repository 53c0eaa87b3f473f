//! From a file's bytes to a cleaned, segmented [`Document`]: decode, give each line a role
//! (chrome, title, dateline, byline, heading, paragraph, quote, caption, note, biography,
//! boilerplate), rejoin paragraphs split by page breaks, move the notes to the end, strip
//! footnote markers (keeping where they stood), repair broken URLs, and record every removal
//! and repair.

mod chrome;
pub mod decode;
pub mod footnotes;
pub mod formats;
mod infer;
mod roles;
pub mod urls;

use std::collections::BTreeSet;

use crate::error::CorpusError;
use crate::model::*;
pub use infer::Inferred;
use roles::{Role, Unit};

/// Metadata supplied from outside the text (a `sources.toml` entry). Every field is optional;
/// what is missing is inferred from the text.
#[derive(Debug, Clone, Default)]
pub struct Supplied {
    pub title: Option<String>,
    pub authors: Option<Vec<String>>,
    pub author_note: Option<String>,
    pub published: Option<PartialDate>,
    pub published_note: Option<String>,
    pub publisher: Option<String>,
    pub kind: Option<String>,
    pub url: Option<String>,
    pub republished_from: Option<String>,
    pub publisher_site: Option<String>,
    pub url_note: Option<String>,
    pub licence: Option<String>,
}

/// Ingests one document. `file` names it in errors; `id` is its document id (the file stem).
pub fn ingest(
    id: &str,
    file: &str,
    bytes: &[u8],
    supplied: Option<&Supplied>,
) -> Result<Document, CorpusError> {
    let decoded = decode::decode(file, bytes)?;
    let mut warnings = decoded.warnings;
    let mut removed = Vec::new();
    let mut repairs = Vec::new();
    let author_hint: Vec<String> = supplied.and_then(|s| s.authors.clone()).unwrap_or_default();
    let units = roles::assign(&decoded.text, &author_hint, &mut removed, &mut repairs);
    if !units
        .iter()
        .any(|u| matches!(u.role, Role::Paragraph | Role::Quote { .. } | Role::Heading))
    {
        return Err(CorpusError::new(
            file,
            None,
            "no article text: every line was page chrome, a title or a note",
        ));
    }
    let inferred = infer::infer(&units);
    let meta = infer::merge_metadata(supplied, &inferred);
    let mut doc = assemble(id, units, &mut warnings, &mut repairs, file);
    doc.meta = meta;
    doc.removed = removed;
    doc.repairs.extend(repairs);
    doc.warnings = warnings;
    Ok(doc)
}

/// Ingests a file of any accepted type (`.txt`, `.md`, `.html`, by its name): the markup is
/// reduced to text first ([`formats::plain_text`]); its notes join the document's warnings.
pub fn ingest_file(
    id: &str,
    file: &str,
    bytes: &[u8],
    supplied: Option<&Supplied>,
) -> Result<Document, CorpusError> {
    let (text, notes) = formats::plain_text(file, bytes)?;
    let mut doc = ingest(id, file, &text, supplied)?;
    doc.warnings.extend(notes);
    Ok(doc)
}

/// Lays out the cleaned text: body blocks in order, then the notes by number.
fn assemble(
    id: &str,
    units: Vec<Unit>,
    warnings: &mut Vec<String>,
    repairs: &mut Vec<Repair>,
    file: &str,
) -> Document {
    let notes_defined: BTreeSet<u32> = units
        .iter()
        .filter_map(|u| match u.role {
            Role::Note { number, .. } => Some(number),
            _ => None,
        })
        .collect();
    let mut doc = Document {
        id: DocId(id.to_string()),
        meta: infer::empty_metadata(),
        text: String::new(),
        blocks: Vec::new(),
        footnotes: Vec::new(),
        note_refs: Vec::new(),
        urls: Vec::new(),
        removed: Vec::new(),
        repairs: Vec::new(),
        warnings: Vec::new(),
    };
    // The sequence of markers starts just before the first note (an extract's notes may start
    // at 6).
    let mut last_marker = notes_defined.first().map_or(0, |&n| n.saturating_sub(1));
    let mut ordinal = 0usize;
    let (notes, body): (Vec<Unit>, Vec<Unit>) = units
        .into_iter()
        .partition(|u| matches!(u.role, Role::Note { .. }));
    for u in body {
        ordinal += 1;
        let block_id = format!("p{ordinal}");
        let (fixed, fixes) = urls::repair_urls(&u.text);
        for (before, after) in fixes {
            repairs.push(Repair {
                line: u.line,
                before,
                after,
                reason: "URL broken by a space".into(),
            });
        }
        let protected = urls::find_urls(&fixed);
        let (text, markers) =
            footnotes::strip_markers(&fixed, &notes_defined, &mut last_marker, &protected);
        if text.is_empty() {
            continue;
        }
        let base = push_block_text(&mut doc.text);
        for m in markers {
            if !notes_defined.contains(&m.number) {
                warnings.push(format!(
                    "{file}:{}: footnote marker {} has no note",
                    u.line, m.number
                ));
            }
            doc.note_refs.push(NoteRef {
                number: m.number,
                at: (base + m.at) as u32,
                block: block_id.clone(),
                written: m.written,
            });
        }
        for (s, e) in urls::find_urls(&text) {
            doc.urls.push(UrlRef {
                url: text[s..e].to_string(),
                span: Span::new(base + s, base + e),
            });
        }
        let attribution = match &u.role {
            Role::Quote {
                attribution: Some(a),
            } => text
                .rfind(a.as_str())
                .map(|p| Span::new(base + p, base + p + a.len())),
            _ => None,
        };
        doc.text.push_str(&text);
        doc.blocks.push(Block {
            id: block_id,
            kind: u.role.kind(),
            span: Span::new(base, doc.text.len()),
            attribution,
            note: None,
            line: u.line,
        });
    }
    let mut notes = notes;
    notes.sort_by_key(|u| match u.role {
        Role::Note { number, .. } => number,
        _ => 0,
    });
    let mut seen = BTreeSet::new();
    for u in notes {
        let Role::Note { number, written } = u.role else {
            continue;
        };
        if !seen.insert(number) {
            warnings.push(format!(
                "{file}:{}: note {number} is defined twice; the first is kept",
                u.line
            ));
            continue;
        }
        let (text, fixes) = urls::repair_urls(&u.text);
        for (before, after) in fixes {
            repairs.push(Repair {
                line: u.line,
                before,
                after,
                reason: "URL broken by a space".into(),
            });
        }
        let base = push_block_text(&mut doc.text);
        let mut note_urls = Vec::new();
        for (s, e) in urls::find_urls(&text) {
            let r = UrlRef {
                url: text[s..e].to_string(),
                span: Span::new(base + s, base + e),
            };
            note_urls.push(r.clone());
            doc.urls.push(r);
        }
        doc.text.push_str(&text);
        let block_id = format!("fn{number}");
        let span = Span::new(base, doc.text.len());
        doc.blocks.push(Block {
            id: block_id.clone(),
            kind: BlockKind::Footnote,
            span,
            attribution: None,
            note: Some(number),
            line: u.line,
        });
        let ibid_of = if text.trim_start().starts_with("Ibid") {
            // Follow chains of Ibid. back to the note that names a source.
            doc.footnotes
                .iter()
                .rev()
                .find(|f| f.number < number)
                .map(|f| f.ibid_of.unwrap_or(f.number))
        } else {
            None
        };
        doc.footnotes.push(Footnote {
            number,
            block: block_id,
            span,
            ibid_of,
            urls: note_urls,
            numbered_in_source: written,
        });
    }
    let referenced: BTreeSet<u32> = doc.note_refs.iter().map(|r| r.number).collect();
    for f in &doc.footnotes {
        if !referenced.contains(&f.number) {
            warnings.push(format!(
                "{file}: note {} is never referenced in the text",
                f.number
            ));
        }
    }
    doc
}

/// Separates blocks by a blank line and returns where the next block starts.
fn push_block_text(text: &mut String) -> usize {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.len()
}

#[cfg(test)]
pub(crate) mod tests;
