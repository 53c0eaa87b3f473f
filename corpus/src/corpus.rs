//! A whole parsed corpus: documents, facts, entities, events and the search index, built once
//! (at build time for the seeds, in the browser for a user's documents) and serialisable.

use serde::{Deserialize, Serialize};

use crate::entities::{extract_entities, EntityMention};
use crate::events::{extract_events, Event};
use crate::facts::{extract, Fact};
use crate::index::{Index, Query, Results};
use crate::model::Document;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub docs: Vec<Document>,
    pub facts: Vec<Fact>,
    pub entities: Vec<EntityMention>,
    pub events: Vec<Event>,
    pub index: Index,
}

/// The corpus as researchers get it from `corpus export`, and as the app embeds it: everything
/// but the index. The index is as large as the rest and takes milliseconds to rebuild, so
/// shipping it would cost more bytes than it saves time.
#[derive(Serialize)]
pub struct Export<'a> {
    pub docs: &'a [Document],
    pub facts: &'a [Fact],
    pub entities: &'a [EntityMention],
    pub events: &'a [Event],
}

/// The owned twin of [`Export`] (same fields, same order, so the same bytes), for reading an
/// export back.
#[derive(Debug, Deserialize)]
pub struct Parts {
    pub docs: Vec<Document>,
    pub facts: Vec<Fact>,
    pub entities: Vec<EntityMention>,
    pub events: Vec<Event>,
}

impl Corpus {
    pub fn build(docs: Vec<Document>) -> Corpus {
        let facts: Vec<Fact> = docs.iter().flat_map(extract).collect();
        let entities: Vec<EntityMention> = docs.iter().flat_map(extract_entities).collect();
        let events: Vec<Event> = docs.iter().flat_map(extract_events).collect();
        Corpus::from_parts(Parts {
            docs,
            facts,
            entities,
            events,
        })
    }

    /// Rebuilds the search index over parts read back from an export.
    pub fn from_parts(p: Parts) -> Corpus {
        let index = Index::build(&p.docs, &p.facts, &p.entities);
        Corpus {
            docs: p.docs,
            facts: p.facts,
            entities: p.entities,
            events: p.events,
            index,
        }
    }

    pub fn search(&self, q: &Query) -> Results {
        self.index.search(&self.docs, q)
    }

    pub fn export(&self) -> Export<'_> {
        Export {
            docs: &self.docs,
            facts: &self.facts,
            entities: &self.entities,
            events: &self.events,
        }
    }
}
