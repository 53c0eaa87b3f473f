//! Every mention of a place, force or organisation, or country (by name or by adjective:
//! "Chadian peacekeepers" → Chad), with its span. Names that can mean something else are
//! resolved by the document's own context (it names the place's region) or flagged — never
//! guessed silently.

use serde::{Deserialize, Serialize};

use crate::gazetteer::{gazetteer, Entity};
use crate::model::{DocId, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Place,
    /// A force, mission, organisation or armed group.
    Actor,
    /// A country named by its adjective ("Chadian", "Dutch").
    Country,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ambiguity {
    /// What else the name can mean.
    pub note: String,
    pub resolved: bool,
    /// How it was resolved, or why it could not be.
    pub how: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    pub doc: DocId,
    pub block: String,
    pub start: u32,
    pub end: u32,
    /// As written ("Aguelhoc", "Minusma", "Chadian").
    pub text: String,
    pub kind: EntityKind,
    /// Canonical name ("Aguelhok", "MINUSMA", "Chad").
    pub name: String,
    /// Place kind (town, region…) or actor kind (peace_operation, armed_group…).
    pub subtype: String,
    pub region: Option<String>,
    /// (latitude, longitude) where known.
    pub coords: Option<(f64, f64)>,
    pub ambiguity: Option<Ambiguity>,
}

/// All entity mentions of a document, in text order.
pub fn extract_entities(doc: &Document) -> Vec<EntityMention> {
    let g = gazetteer();
    let mut raw = Vec::new();
    for b in &doc.blocks {
        let base = b.span.start as usize;
        for m in g.find(doc.slice(b.span)) {
            raw.push((b.id.clone(), base + m.start, base + m.end, m.entity));
        }
    }
    // Regions the document names, directly or through one of their places.
    let regions: Vec<&str> = raw
        .iter()
        .filter_map(|(_, _, _, e)| match *e {
            Entity::Place(i) => g.places[i]
                .region
                .as_deref()
                .filter(|_| g.places[i].ambiguity.is_none()),
            _ => None,
        })
        .collect();
    raw.into_iter()
        .map(|(block, s, e, entity)| {
            let text = doc.text[s..e].to_string();
            let (kind, name, subtype, region, coords, ambiguity) = match entity {
                Entity::Place(i) => {
                    let p = &g.places[i];
                    let amb = p.ambiguity.as_ref().map(|note| {
                        let in_region = p.region.as_deref().is_some_and(|r| regions.contains(&r));
                        Ambiguity {
                            note: note.clone(),
                            resolved: in_region,
                            how: match (&p.region, in_region) {
                                (Some(r), true) => {
                                    format!("the document names other places of the {r} region")
                                }
                                (Some(r), false) => {
                                    format!("the document names no other place of the {r} region")
                                }
                                (None, _) => "no region to check against".into(),
                            },
                        }
                    });
                    (
                        EntityKind::Place,
                        p.name.clone(),
                        p.kind.clone(),
                        p.region.clone(),
                        p.coords,
                        amb,
                    )
                }
                Entity::Force(i) => {
                    let f = &g.forces[i];
                    (
                        EntityKind::Actor,
                        f.name.clone(),
                        f.kind.as_str().to_string(),
                        None,
                        None,
                        None,
                    )
                }
                Entity::Demonym(i) => (
                    EntityKind::Country,
                    g.countries[i].name.clone(),
                    "country".into(),
                    None,
                    None,
                    None,
                ),
            };
            EntityMention {
                doc: doc.id.clone(),
                block,
                start: s as u32,
                end: e as u32,
                text,
                kind,
                name,
                subtype,
                region,
                coords,
                ambiguity,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::tests::seed;

    fn names(n: usize, kind: EntityKind) -> Vec<(String, String)> {
        extract_entities(&seed(n))
            .into_iter()
            .filter(|m| m.kind == kind)
            .map(|m| (m.text, m.name))
            .collect()
    }

    #[test]
    fn spelling_variants_in_the_seeds() {
        let p = names(0, EntityKind::Place);
        assert!(p.contains(&("Aguelhoc".into(), "Aguelhok".into())));
        assert!(p.contains(&("Ménaka Region".into(), "Ménaka Region".into())));
        assert!(
            p.contains(&("Diougani".into(), "Diougani".into())),
            "in a quote's attribution"
        );
        assert!(p.contains(&("Timbuktu".into(), "Timbuktu".into())));
        let p = names(2, EntityKind::Place);
        assert!(p.contains(&("Aguelhok".into(), "Aguelhok".into())));
        assert!(p.contains(&("Dioungani".into(), "Diougani".into())));
        assert!(p.contains(&("Sevare".into(), "Sévaré".into())));
        assert!(p.contains(&("Menaka".into(), "Ménaka".into())));
    }

    #[test]
    fn actors_and_countries() {
        let a = names(4, EntityKind::Actor);
        assert!(a.contains(&("Minusma".into(), "MINUSMA".into())));
        assert!(a.contains(&("Operation Barkhane".into(), "Operation Barkhane".into())));
        assert!(a.contains(&("Fama".into(), "Malian Armed Forces (FAMa)".into())));
        assert!(a.contains(&("GSIM".into(), "JNIM (GSIM)".into())));
        let a = names(0, EntityKind::Actor);
        assert!(
            a.contains(&("MINSUMA".into(), "MINUSMA".into())),
            "the brief's misspelling"
        );
        let c = names(0, EntityKind::Country);
        assert!(c.contains(&("Chadian".into(), "Chad".into())));
        assert!(
            c.contains(&("Dutch".into(), "Netherlands".into())),
            "in a caption"
        );
        assert!(c.contains(&("Burkinabe".into(), "Burkina Faso".into())));
    }

    #[test]
    fn ambiguous_names_are_resolved_or_flagged() {
        let d = crate::ingest::ingest(
            "k",
            "k.txt",
            "Title\n\nClashes were reported near Bankass and in Koro in 2019.\n".as_bytes(),
            None,
        )
        .unwrap();
        let e = extract_entities(&d);
        let koro = e.iter().find(|m| m.name == "Koro").unwrap();
        let a = koro.ambiguity.as_ref().unwrap();
        assert!(a.resolved, "Bankass puts it in the Mopti region: {}", a.how);
        let e = extract_entities(&seed(3));
        let moura = e.iter().find(|m| m.name == "Moura").unwrap();
        assert!(
            !moura.ambiguity.as_ref().unwrap().resolved,
            "nothing else of Mopti region is named"
        );
        for m in &e {
            assert_eq!(&seed(3).text[m.start as usize..m.end as usize], m.text);
        }
    }
}
