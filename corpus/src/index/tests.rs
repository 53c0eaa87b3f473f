//! Query behaviour on the seed corpus: phrase, prefix, typo, folding, stemming, filters,
//! facets, snippets, and ranking order on hand-checked queries.

use super::*;
use crate::corpus::Corpus;
use crate::ingest::tests::seed;

fn corpus() -> Corpus {
    Corpus::build((0..5).map(seed).collect())
}

fn q(text: &str) -> Query {
    Query {
        text: text.into(),
        filters: vec![],
        limit: 50,
    }
}

fn texts(c: &Corpus, r: &Results) -> Vec<String> {
    r.hits
        .iter()
        .map(|h| {
            c.docs
                .iter()
                .find(|d| d.id == h.doc)
                .unwrap()
                .block(&h.block)
                .map(|b| {
                    c.docs
                        .iter()
                        .find(|d| d.id == h.doc)
                        .unwrap()
                        .slice(b.span)
                        .to_string()
                })
                .unwrap()
        })
        .collect()
}

#[test]
fn phrases_need_their_words_in_order() {
    let c = corpus();
    let r = c.search(&q("\"civilians killed\""));
    let t = texts(&c, &r);
    assert!(!t.is_empty());
    assert!(t
        .iter()
        .any(|x| x.contains("287 civilians killed in northern and central Mali")));
    assert!(
        t.iter()
            .all(|x| x.to_lowercase().contains("civilians killed")),
        "{t:#?}"
    );
    // The words apart do not match the phrase.
    let loose = c.search(&q("civilians killed "));
    assert!(loose.total > r.total);
    // Stop words keep their slot: "protection of civilians".
    let r = c.search(&q("\"protection of civilians\""));
    assert!(texts(&c, &r)
        .iter()
        .all(|x| x.to_lowercase().contains("protection of civilians")));
    assert!(r.total >= 3);
}

#[test]
fn prefixes_while_typing() {
    let c = corpus();
    let r = c.search(&q("Barkh"));
    assert!(r.total >= 3);
    assert!(texts(&c, &r).iter().all(|x| x.contains("Barkhane")));
    // With a space after it, the word is complete: no completions.
    assert_eq!(c.search(&q("Barkh ")).total, 0);
    assert!(
        c.search(&q("casualties")).total >= 2,
        "a fully typed plural still matches"
    );
}

#[test]
fn one_typo_is_forgiven_and_ranked_below_exact() {
    let c = corpus();
    let r = c.search(&q("Barkane "));
    assert!(r.total >= 3);
    assert!(r.typo_only && r.hits.iter().all(|h| !h.exact));
    assert!(texts(&c, &r)[0].contains("Barkhane"));
    // The brief itself misspells MINUSMA once: that passage matches exactly, the rest by typo.
    let r = c.search(&q("MINSUMA "));
    assert!(r.hits[0].exact);
    assert!(texts(&c, &r)[0].contains("MINSUMA"));
    assert!(r.hits.iter().skip(1).all(|h| !h.exact));
    assert!(r.total > 20);
    // Short words get no typo allowance.
    assert_eq!(c.search(&q("Gai ")).total, 0);
}

#[test]
fn folding_and_stemming() {
    let c = corpus();
    let a = c.search(&q("Menaka ")).total;
    assert!(a >= 2);
    assert_eq!(a, c.search(&q("Ménaka ")).total);
    let t = texts(&c, &c.search(&q("killing ")));
    assert!(t.iter().any(|x| x.contains("killed")));
}

#[test]
fn ranking_on_hand_checked_queries() {
    let c = corpus();
    // A title beats paragraphs that mention the word once.
    let r = c.search(&q("withdrawal "));
    assert_eq!(r.hits[0].kind, BlockKind::Title);
    assert!(r.hits[0]
        .snippet_text
        .starts_with("Minusma’s withdrawal from Mali"));
    // The passage about the Moura massacre's death toll ranks above passing mentions.
    let r = c.search(&q("Moura massacre "));
    assert!(texts(&c, &r)[0].contains("Moura massacre"));
    // Both words in one passage beat either alone.
    let r = c.search(&q("Chadian casualties "));
    assert!(texts(&c, &r)[0].contains("Chadian") && texts(&c, &r)[0].contains("casualties"));
}

#[test]
fn filters_combine_and_facets_count() {
    let c = corpus();
    let all = c.search(&Query {
        text: String::new(),
        filters: vec![],
        limit: 1000,
    });
    assert_eq!(all.total, c.index.passages.len());
    let troops = c.search(&Query {
        text: String::new(),
        filters: vec![(Facet::Category, "troops".into())],
        limit: 100,
    });
    assert!(troops.total >= 4);
    // OR within a facet, AND across facets.
    let either = c.search(&Query {
        text: String::new(),
        filters: vec![
            (Facet::Category, "troops".into()),
            (Facet::Category, "police".into()),
        ],
        limit: 100,
    });
    assert!(either.total >= troops.total);
    // Without sources.toml only the brief's kind is known from its text ("Policy Brief").
    let casualties = vec![
        (Facet::Category, "peacekeepers_killed".to_string()),
        (Facet::Category, "civilians_killed".to_string()),
    ];
    let all_casualties = c.search(&Query {
        text: String::new(),
        filters: casualties.clone(),
        limit: 100,
    });
    let mut f = casualties;
    f.push((Facet::Kind, "policy_brief".into()));
    let brief = c.search(&Query {
        text: String::new(),
        filters: f,
        limit: 100,
    });
    assert!(
        brief.total < all_casualties.total && brief.total >= 3,
        "{} {}",
        brief.total,
        all_casualties.total
    );
    assert!(brief.hits.iter().all(|h| h.doc.0 == "000_42da79048cd32607"));
    // With a query.
    let r = c.search(&Query {
        text: "Kidal ".into(),
        filters: vec![(Facet::Year, "2018".into())],
        limit: 100,
    });
    assert!(r.hits.iter().all(|h| h.doc.0 == "000_42da79048cd32607"));
    let kidal_places = r
        .facets
        .iter()
        .find(|f| f.facet == Facet::Place && f.value == "Kidal")
        .unwrap();
    // Some passages name only "Kidal Region", a place of its own.
    let region = r
        .facets
        .iter()
        .find(|f| f.facet == Facet::Place && f.value == "Kidal Region")
        .map_or(0, |f| f.count);
    assert!(kidal_places.count > 0 && kidal_places.count + region >= r.total);
    // An unknown value matches nothing.
    assert_eq!(
        c.search(&Query {
            text: String::new(),
            filters: vec![(Facet::Place, "Atlantis".into())],
            limit: 10
        })
        .total,
        0
    );
}

#[test]
fn snippets_carry_match_offsets() {
    let c = corpus();
    let r = c.search(&q("peacekeepers killed "));
    assert!(r.total > 0);
    for h in &r.hits {
        let d = c.docs.iter().find(|d| d.id == h.doc).unwrap();
        assert_eq!(d.slice(h.snippet), h.snippet_text);
        assert!(h.snippet_text.len() <= 260);
        for m in &h.matches {
            let w = d.slice(*m).to_lowercase();
            assert!(w.starts_with("peacekeeper") || w.starts_with("kill"), "{w}");
        }
    }
}

#[test]
fn the_index_round_trips_through_serde() {
    let c = corpus();
    let json = serde_json::to_string(&c.index).unwrap();
    let back: Index = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c.index);
}
