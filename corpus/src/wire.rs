//! Reading the corpus back from postcard bytes without serde.
//!
//! `build.rs` writes the export with postcard (serde's `Serialize`, native only). The browser
//! reads it here: serde's derived `Deserialize` with its visitors and error plumbing was
//! ~30 KB of the wasm for a format that is five rules — unsigned integers as LEB128 varints,
//! signed ones zig-zagged, `u8`/`bool`/`f64` as raw little-endian bytes, strings and
//! sequences behind a varint length, an `Option` behind a 0/1 byte, and a unit enum variant
//! as its varint index in declaration order. Structs are their fields in order.
//!
//! Every type's field list below must follow its declaration; the tests encode with postcard
//! and read back here, so a field added to a type and not here fails them.

use crate::corpus::Parts;
use crate::entities::{Ambiguity, EntityKind, EntityMention};
use crate::events::{Event, Precision};
use crate::facts::{Category, DateBasis, Fact, Qualifier};
use crate::model::{
    Block, BlockKind, DocId, Document, Footnote, Metadata, NoteRef, PartialDate, Provenance,
    Removed, Repair, Span, UrlRef,
};
use crate::reference::{Ceiling, Fatalities, Reference};

/// Why bytes could not be read: what was expected, at which byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    pub at: usize,
    pub what: &'static str,
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// A cursor over postcard bytes. The first error sticks: it is recorded, the cursor jumps to
/// the end (so every later read is empty and every loop stops), and reads return defaults —
/// which keeps each field's read a plain call, with no error branch after it.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    err: Option<WireError>,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader {
            bytes,
            at: 0,
            err: None,
        }
    }

    #[inline(never)]
    fn fail(&mut self, what: &'static str) {
        if self.err.is_none() {
            self.err = Some(WireError { at: self.at, what });
        }
        self.at = self.bytes.len();
    }

    #[inline(never)]
    fn take(&mut self, n: usize) -> &'a [u8] {
        match self.bytes.get(self.at..self.at.saturating_add(n)) {
            Some(b) => {
                self.at += n;
                b
            }
            None => {
                self.fail("unexpected end of data");
                &[]
            }
        }
    }

    fn byte(&mut self) -> u8 {
        self.take(1).first().copied().unwrap_or(0)
    }

    #[inline(never)]
    fn varint(&mut self) -> u64 {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return v;
            }
        }
        self.fail("varint too long");
        0
    }

    #[inline(never)]
    fn u32(&mut self) -> u32 {
        let v = self.varint();
        u32::try_from(v).unwrap_or_else(|_| {
            self.fail("number out of range");
            0
        })
    }

    fn i32(&mut self) -> i32 {
        let z = self.u32();
        (z >> 1) as i32 ^ -((z & 1) as i32)
    }

    /// An `Option`'s tag, or a `bool`.
    #[inline(never)]
    fn some(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => {
                self.fail("not an option tag or bool");
                false
            }
        }
    }

    #[inline(never)]
    fn f64(&mut self) -> f64 {
        let b = <[u8; 8]>::try_from(self.take(8)).unwrap_or_default();
        f64::from_le_bytes(b)
    }

    /// A length, never more than the bytes left (each element takes at least one), so a
    /// corrupt length cannot ask for a huge allocation.
    #[inline(never)]
    fn len(&mut self) -> usize {
        let n = self.varint();
        if n > (self.bytes.len() - self.at) as u64 {
            self.fail("length beyond the data");
            return 0;
        }
        n as usize
    }

    #[inline(never)]
    fn string(&mut self) -> String {
        let n = self.len();
        let b = self.take(n);
        match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) => {
                self.fail("text is not UTF-8");
                String::new()
            }
        }
    }

    fn opt<T: Wire>(&mut self) -> Option<T> {
        self.some().then(|| T::read(self))
    }

    fn vec<T: Wire>(&mut self) -> Vec<T> {
        let n = self.len();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::read(self));
        }
        v
    }

    /// A unit enum variant: its index into `variants` (declaration order).
    fn variant<T: Copy>(&mut self, variants: &[T]) -> T {
        let i = self.varint() as usize;
        if i >= variants.len() {
            self.fail("unknown enum variant");
        }
        variants[i.min(variants.len() - 1)]
    }
}

/// A type read from postcard bytes (see [`Reader`] for errors).
pub trait Wire: Sized {
    fn read(r: &mut Reader) -> Self;
}

/// Reads a whole value; bytes left over are an error (the data is not what was expected).
pub fn from_bytes<T: Wire>(bytes: &[u8]) -> Result<T, WireError> {
    let mut r = Reader::new(bytes);
    let v = T::read(&mut r);
    if r.at != bytes.len() {
        r.fail("data left over");
    }
    match r.err {
        Some(e) => Err(e),
        None => Ok(v),
    }
}

impl Wire for String {
    fn read(r: &mut Reader) -> Self {
        r.string()
    }
}

impl Wire for u32 {
    fn read(r: &mut Reader) -> Self {
        r.u32()
    }
}

impl Wire for (f64, f64) {
    fn read(r: &mut Reader) -> Self {
        (r.f64(), r.f64())
    }
}

impl Wire for DocId {
    fn read(r: &mut Reader) -> Self {
        DocId(r.string())
    }
}

/// `Wire` for a struct: its fields, each read with the reader method or type given, in
/// declaration order.
macro_rules! wire_struct {
    ($t:ident { $($field:ident: $how:tt),* $(,)? }) => {
        impl Wire for $t {
            fn read(r: &mut Reader) -> Self {
                $t { $($field: wire_struct!(@read r, $how)),* }
            }
        }
    };
    (@read $r:ident, string) => { $r.string() };
    (@read $r:ident, u32) => { $r.u32() };
    (@read $r:ident, i32) => { $r.i32() };
    (@read $r:ident, bool) => { $r.some() };
    (@read $r:ident, f64) => { $r.f64() };
    (@read $r:ident, opt) => { $r.opt() };
    (@read $r:ident, vec) => { $r.vec() };
    (@read $r:ident, u8opt) => { $r.some().then(|| $r.byte()) };
    (@read $r:ident, $t:ident) => { $t::read($r) };
}

/// `Wire` for a unit enum: its variants in declaration order.
macro_rules! wire_enum {
    ($t:ident [$($v:ident),* $(,)?]) => {
        impl Wire for $t {
            fn read(r: &mut Reader) -> Self {
                r.variant(&[$($t::$v),*])
            }
        }
    };
}

wire_enum!(BlockKind [Title, Dateline, Byline, Heading, Paragraph, Quote, PullQuote, Caption,
    Footnote, AuthorBio, Boilerplate]);
wire_enum!(Provenance [Sources, Text, Inferred, Unknown]);
wire_enum!(Category [Troops, Police, UniformedPersonnel, CivilianStaff, PeacekeepersKilled,
    PeacekeepersWounded, CiviliansKilled, Displaced, Other, MilitaryKilled]);
wire_enum!(Qualifier [Exact, AtLeast, MoreThan, About, UpTo, Nearly, Estimated, LessThan,
    Vague]);
wire_enum!(DateBasis [Stated, Period, Event, Publication, Unknown]);
wire_enum!(EntityKind [Place, Actor, Country]);
wire_enum!(Precision [Day, Month, Year]);

wire_struct!(Span {
    start: u32,
    end: u32
});
wire_struct!(Block {
    id: string,
    kind: BlockKind,
    span: Span,
    attribution: opt,
    note: opt,
    line: u32
});
wire_struct!(NoteRef {
    number: u32,
    at: u32,
    block: string,
    written: string
});
wire_struct!(UrlRef {
    url: string,
    span: Span
});
wire_struct!(Footnote {
    number: u32,
    block: string,
    span: Span,
    ibid_of: opt,
    urls: vec,
    numbered_in_source: bool
});
wire_struct!(Removed {
    line: u32,
    text: string,
    reason: string
});
wire_struct!(Repair {
    line: u32,
    before: string,
    after: string,
    reason: string
});
wire_struct!(PartialDate {
    year: i32,
    month: u8opt,
    day: u8opt
});
wire_struct!(Metadata {
    title: string,
    title_from: Provenance,
    authors: vec,
    authors_from: Provenance,
    author_note: opt,
    published: opt,
    published_from: Provenance,
    published_note: opt,
    publisher: opt,
    kind: string,
    url: opt,
    republished_from: opt,
    publisher_site: opt,
    url_note: opt,
    licence: opt
});
wire_struct!(Document {
    id: DocId,
    meta: Metadata,
    text: string,
    blocks: vec,
    footnotes: vec,
    note_refs: vec,
    urls: vec,
    removed: vec,
    repairs: vec,
    warnings: vec
});
wire_struct!(Fact {
    id: string,
    doc: DocId,
    value: f64,
    value_text: string,
    qualifier: Qualifier,
    unit: string,
    category: Category,
    subject: opt,
    contingent: opt,
    date: opt,
    date_end: opt,
    date_basis: DateBasis,
    places: vec,
    actors: vec,
    alleged: bool,
    quote: string,
    start: u32,
    end: u32,
    number_start: u32,
    number_end: u32,
    block: string
});
wire_struct!(Ambiguity {
    note: string,
    resolved: bool,
    how: string
});
wire_struct!(EntityMention {
    doc: DocId,
    block: string,
    start: u32,
    end: u32,
    text: string,
    kind: EntityKind,
    name: string,
    subtype: string,
    region: opt,
    coords: opt,
    ambiguity: opt
});
wire_struct!(Event {
    id: string,
    doc: DocId,
    block: string,
    date: string,
    date_end: opt,
    precision: Precision,
    date_text: string,
    resolved: opt,
    label: string,
    actors: vec,
    places: vec,
    start: u32,
    end: u32
});
wire_struct!(Parts {
    docs: vec,
    facts: vec,
    entities: vec,
    events: vec
});
wire_struct!(Ceiling {
    resolution: string,
    adopted: string,
    military: opt,
    police: opt,
    source_url: string,
    note: string
});
wire_struct!(Fatalities {
    as_of: string,
    total: u32,
    hostile_acts: opt,
    injured: opt,
    source_url: string,
    note: string
});
wire_struct!(Reference {
    ceilings: vec,
    fatalities: vec
});

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Wire + serde::Serialize + PartialEq + std::fmt::Debug>(v: &T) {
        let bytes = postcard::to_allocvec(v).unwrap();
        assert_eq!(&from_bytes::<T>(&bytes).unwrap(), v);
    }

    #[test]
    fn reads_what_postcard_writes() {
        for c in Category::ALL {
            round_trip(&c);
        }
        for q in [Qualifier::Exact, Qualifier::LessThan, Qualifier::Vague] {
            round_trip(&q);
        }
        for k in [
            BlockKind::Title,
            BlockKind::Footnote,
            BlockKind::Boilerplate,
        ] {
            round_trip(&k);
        }
        for d in [
            PartialDate::year(-44),
            PartialDate::month(2018, 11),
            PartialDate::day(2024, 2, 29),
        ] {
            round_trip(&d);
        }
        round_trip(&Span {
            start: 0,
            end: u32::MAX,
        });
        // A whole corpus, every field and type of it.
        let text = "Title line\n\nOn 16 October 2018, at least 173 peacekeepers had been killed in Mali, MINUSMA said.¹ Some 500 were wounded near Gao.\n\n^{1.} See https://example.org/a.\n";
        let doc = crate::ingest::ingest("d", "d.txt", text.as_bytes(), None).unwrap();
        let c = crate::corpus::Corpus::build(vec![doc]);
        assert!(!c.facts.is_empty() && !c.entities.is_empty() && !c.events.is_empty());
        let bytes = postcard::to_allocvec(&c.export()).unwrap();
        let back = Corpus::from_parts(from_bytes::<Parts>(&bytes).unwrap());
        assert_eq!(back, c);
    }

    use crate::corpus::Corpus;

    #[test]
    fn bad_bytes_are_an_error_never_a_panic() {
        let c = crate::corpus::Corpus::build(vec![crate::ingest::ingest(
            "d",
            "d.txt",
            b"Title\n\nAt least 300 civilians were killed in Moura in March 2022.\n",
            None,
        )
        .unwrap()]);
        let bytes = postcard::to_allocvec(&c.export()).unwrap();
        for n in 0..bytes.len() {
            assert!(from_bytes::<Parts>(&bytes[..n]).is_err(), "cut at {n}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(
            from_bytes::<Parts>(&extra).unwrap_err().what,
            "data left over"
        );
        let mut seed = 3u64;
        for _ in 0..2000 {
            let mut b = bytes.clone();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let i = (seed >> 33) as usize % b.len();
            b[i] = (seed >> 13) as u8;
            let _ = from_bytes::<Parts>(&b);
        }
        assert!(from_bytes::<Parts>(&[0xff; 12]).is_err());
    }
}
