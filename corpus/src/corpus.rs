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

/// The corpus as researchers get it from `corpus export`: everything but the index.
#[derive(Serialize)]
pub struct Export<'a> {
    pub docs: &'a [Document],
    pub facts: &'a [Fact],
    pub entities: &'a [EntityMention],
    pub events: &'a [Event],
}

impl Corpus {
    pub fn build(docs: Vec<Document>) -> Corpus {
        let facts: Vec<Fact> = docs.iter().flat_map(extract).collect();
        let entities: Vec<EntityMention> = docs.iter().flat_map(extract_entities).collect();
        let events: Vec<Event> = docs.iter().flat_map(extract_events).collect();
        let index = Index::build(&docs, &facts, &entities);
        Corpus {
            docs,
            facts,
            entities,
            events,
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
