//! The MINUSMA corpus engine: from a text file to a cleaned, segmented document whose every
//! numeric claim is extracted, categorised, dated and cited back to its sentence.
//!
//! Pure Rust with no web dependencies: the CLI and the browser app are thin callers.
//!
//! ```
//! let doc = corpus::ingest::ingest("d", "d.txt", b"Title line\n\nAs of May 30, 2018, at least 173 peacekeepers have been killed.\n", None).unwrap();
//! let facts = corpus::facts::extract(&doc);
//! assert_eq!(facts[0].value, 173.0);
//! assert_eq!(facts[0].category, corpus::facts::Category::PeacekeepersKilled);
//! ```

pub mod cite;
pub mod corpus;
pub mod dates;
pub mod entities;
pub mod error;
#[cfg(feature = "cli")]
pub mod eval;
pub mod events;
pub mod export;
pub mod facts;
pub mod gazetteer;
pub mod index;
pub mod ingest;
pub mod kwic;
pub mod lexicon;
#[cfg(feature = "cli")]
pub mod load;
pub mod model;
pub mod page_words;
pub mod reference;
pub mod resolutions;
pub mod sentences;
pub mod sorting;
#[cfg(feature = "cli")]
pub mod sources;
pub mod tokens;
pub mod wire;

pub use error::CorpusError;
pub use model::*;
