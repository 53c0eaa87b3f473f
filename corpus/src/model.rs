//! The types every stage shares. Offsets are byte offsets into [`Document::text`], the cleaned
//! text: every span of a block, marker, URL and fact points there (the invariant the reader and
//! the highlighting rely on).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A document's id: the file stem (`000_42da79048cd32607`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A half-open byte range `[start, end)` into a document's cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start as usize + by, self.end as usize + by)
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// What a block of the cleaned document is. Facts are only taken from blocks whose kind
/// [`BlockKind::carries_claims`]: a biography is no claim about Mali; of a publisher's blurb
/// or a release's closing paragraph only the chart figures count (`facts::extract`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    /// "Policy Brief November 2018, PB-18/35", "08 Mar 2023".
    Dateline,
    Byline,
    Heading,
    Paragraph,
    /// A quotation set apart (an interview quote, with its attribution when given).
    Quote,
    /// A paragraph repeated as a display quote; shown, but its numbers are not counted twice.
    PullQuote,
    /// Image, figure and map captions.
    Caption,
    Footnote,
    AuthorBio,
    /// Licence notices, "first published at …", "About <publisher>", disclaimers.
    Boilerplate,
}

impl BlockKind {
    pub fn carries_claims(self) -> bool {
        // A news headline states its toll ("Seven peacekeepers killed in blast"): a claim.
        // So does a release's closing paragraph about the mission ("Its authorized strength is
        // 11,200 military personnel …"); a licence or a disclaimer counts no one anyway.
        matches!(
            self,
            BlockKind::Title
                | BlockKind::Heading
                | BlockKind::Paragraph
                | BlockKind::Quote
                | BlockKind::Caption
                | BlockKind::Footnote
                | BlockKind::Boilerplate
        )
    }
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Quote => "quote",
            BlockKind::PullQuote => "pull_quote",
            BlockKind::Caption => "caption",
            BlockKind::Footnote => "footnote",
            BlockKind::AuthorBio => "author_bio",
            BlockKind::Boilerplate => "boilerplate",
        }
    }
}

/// One structural unit of the cleaned text. `id` is stable for a given input (kind prefix and
/// ordinal, or the note number for footnotes) so it can be used in deep links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub span: Span,
    /// For quotes: who is quoted ("Farmer from Diougani, Mopti Region."), inside `span`.
    pub attribution: Option<Span>,
    /// For footnotes: the note's number.
    pub note: Option<u32>,
    /// 1-based line of the source file where the block starts.
    pub line: u32,
}

/// A footnote marker in the body, removed from the cleaned text; `at` is where it stood.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteRef {
    pub number: u32,
    pub at: u32,
    /// Id of the block the marker is in.
    pub block: String,
    /// The marker as written ("¹", "^{12}", "3" glued after punctuation).
    pub written: String,
}

/// A URL found in the cleaned text (repaired if the source broke it with spaces).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlRef {
    pub url: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    pub number: u32,
    pub block: String,
    pub span: Span,
    /// "Ibid." notes: the number of the note they repeat (followed through chains of Ibid.).
    pub ibid_of: Option<u32>,
    pub urls: Vec<UrlRef>,
    /// Whether the number was written in the source or inferred from its neighbours.
    pub numbered_in_source: bool,
}

/// Something the cleaner took out of the source, with the reason: the reader's "removed from
/// the original" panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    pub line: u32,
    pub text: String,
    pub reason: String,
}

/// Something the cleaner changed in place (a URL rejoined, a paragraph rejoined across a page
/// break), so nothing is altered silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    pub line: u32,
    pub before: String,
    pub after: String,
    pub reason: String,
}

/// A document id of the user's own documents starts so (the explorer's documents worker gives
/// them such ids); every other document is the published corpus's.
pub const USER_PREFIX: &str = "my-";

/// "my documents" or "published corpus", the values of the collection facet.
pub fn collection_of(doc_id: &str) -> &'static str {
    if doc_id.starts_with(USER_PREFIX) {
        "my documents"
    } else {
        "published corpus"
    }
}

/// A date known to a year, month or day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: i32, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
    /// ISO 8601 at the precision known: `2018`, `2018-11`, `2018-10-16`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking month and day ranges.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let y = parts.next()?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month = match parts.next() {
            None => return Some(PartialDate::year(year)),
            Some(m) if m.len() == 2 => m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?,
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => return Some(PartialDate::month(year, month)),
            Some(d) if d.len() == 2 => d.parse::<u8>().ok()?,
            Some(_) => return None,
        };
        if parts.next().is_some() || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate::day(year, month, day))
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Where a piece of metadata came from, so the interface can say "inferred from the text".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// `sources.toml`.
    Sources,
    /// A dateline, byline or title line of the text.
    Text,
    /// A guess from the body (the latest date it mentions).
    Inferred,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: String,
    pub title_from: Provenance,
    pub authors: Vec<String>,
    pub authors_from: Provenance,
    pub author_note: Option<String>,
    pub published: Option<PartialDate>,
    pub published_from: Provenance,
    pub published_note: Option<String>,
    pub publisher: Option<String>,
    /// `policy_brief`, `analysis`, `news`, or `article` when unknown.
    pub kind: String,
    /// Where this text can be read (an http(s) address that was actually seen).
    pub url: Option<String>,
    pub republished_from: Option<String>,
    /// The publisher's home page, for documents whose own address is not known.
    pub publisher_site: Option<String>,
    pub url_note: Option<String>,
    pub licence: Option<String>,
}

/// A cleaned, segmented document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    pub meta: Metadata,
    /// The cleaned text: blocks joined by blank lines; all spans point here.
    pub text: String,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
    pub note_refs: Vec<NoteRef>,
    pub urls: Vec<UrlRef>,
    pub removed: Vec<Removed>,
    pub repairs: Vec<Repair>,
    pub warnings: Vec<String>,
}

impl Document {
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip_and_validation() {
        for s in ["2018", "2018-11", "2018-10-16", "2024-02-29"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().iso(), s);
        }
        for s in [
            "18",
            "2018-13",
            "2018-06-31",
            "2023-02-29",
            "2018-1",
            "x",
            "2018-01-01-01",
        ] {
            assert!(PartialDate::parse_iso(s).is_none(), "{s}");
        }
    }
}
