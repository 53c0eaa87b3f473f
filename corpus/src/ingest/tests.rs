//! Ingestion rules, each checked on the seed passage that motivated it. The seeds are read
//! without `sources.toml`, so every piece of metadata here is inferred from the text.

use super::*;

pub(crate) const SEEDS: [(&str, &str); 5] = [
    (
        "000_42da79048cd32607",
        include_str!("../../../seeds/000_42da79048cd32607.txt"),
    ),
    (
        "001_970d7b45e64713e1",
        include_str!("../../../seeds/001_970d7b45e64713e1.txt"),
    ),
    (
        "002_6414d9968358ac8c",
        include_str!("../../../seeds/002_6414d9968358ac8c.txt"),
    ),
    (
        "003_af16dde49126c9a9",
        include_str!("../../../seeds/003_af16dde49126c9a9.txt"),
    ),
    (
        "004_fc1e265afb404b80",
        include_str!("../../../seeds/004_fc1e265afb404b80.txt"),
    ),
];

pub(crate) fn seed(n: usize) -> Document {
    let (id, text) = SEEDS[n];
    ingest(id, &format!("{id}.txt"), text.as_bytes(), None).expect("seed ingests")
}

fn blocks_of(doc: &Document, kind: BlockKind) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| doc.slice(b.span))
        .collect()
}

fn block_containing<'a>(doc: &'a Document, needle: &str) -> &'a Block {
    doc.blocks
        .iter()
        .find(|b| doc.slice(b.span).contains(needle))
        .unwrap_or_else(|| panic!("no block contains {needle:?}"))
}

#[test]
fn metadata_is_inferred_from_the_text() {
    let d = seed(0);
    assert_eq!(
        d.meta.title,
        "After Five Years, Challenges Facing MINUSMA Persist"
    );
    assert_eq!(d.meta.authors, ["Rida Lyammouri"]);
    assert_eq!(
        d.meta.published.unwrap().iso(),
        "2018-11",
        "from \"Policy Brief November 2018\""
    );
    assert_eq!(d.meta.published_from, Provenance::Text);
    assert_eq!(d.meta.kind, "policy_brief");

    let d = seed(1);
    assert_eq!(
        d.meta.title,
        "MINUSMA in Mali: The Challenges of Multidimensional Peacekeeping"
    );
    assert_eq!(d.meta.authors, ["Vanessa Gauthier Vela"]);
    assert_eq!(
        d.meta.published.unwrap().iso(),
        "2023-03-08",
        "from \"08 Mar 2023\""
    );
    assert!(d
        .meta
        .licence
        .as_deref()
        .unwrap()
        .contains("Creative Commons"));

    let d = seed(3);
    assert_eq!(d.meta.authors, ["Dr Shannon Zimmerman"]);
    assert_eq!(d.meta.published.unwrap().iso(), "2023-11-07");

    // No dateline: the latest full date in the body ("Per June 30, 2023").
    let d = seed(4);
    assert_eq!(
        d.meta.title,
        "Minusma’s departure: between Mali and the UN, a divorce has become inevitable"
    );
    assert!(d.meta.authors.is_empty());
    assert_eq!(d.meta.published.unwrap().iso(), "2023-06-30");
    assert_eq!(d.meta.published_from, Provenance::Inferred);

    // No day-precise date at all: the latest month ("the end of December 2023").
    let d = seed(2);
    assert_eq!(d.meta.published.unwrap().iso(), "2023-12");
    assert_eq!(d.meta.authors, ["El-Ghassim Wane"]);
    assert_eq!(d.meta.republished_from.as_deref(), Some("ACCORD"));
}

#[test]
fn a_status_line_dates_a_fact_sheet_and_a_period_caption_does_not() {
    let d = ingest(
        "f",
        "f.txt",
        "Contributions par pays\nSituation au 31 mars 2019\n\nPertes cumulées du 1er juillet \
         2013 au 31 mars 2019\nDécès ............ 195\n   dont en actes hostiles ..... 122\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2019-03-31");
    // Rows of dot leaders stay rows: a part row in lower case is not a paragraph's end.
    assert!(d.text.contains("195\n\n"), "{:?}", d.text);
}

#[test]
fn a_date_in_prose_or_after_a_sentence_is_no_page_date() {
    let published = |text: &str| {
        let d = ingest("p", "p.txt", text.as_bytes(), None).unwrap();
        (d.meta.published.map(|p| p.iso()), d.meta.published_from)
    };
    // An abstract's opening sentence names when the mission began, not when it was written.
    let (date, from) = published(
        "Peacekeepers under fire\n\nAbstract\n\nBetween its deployment in July 2013 and its \
         closure a decade later, the mission recorded hundreds of fatalities among its \
         personnel, most of them in the north, and this article asks why.\n",
    );
    assert_ne!((date.as_deref(), from), (Some("2013-07"), Provenance::Text));
    // A long paragraph opening on a preposition and its date tells a story.
    let (date, from) = published(
        "United Nations Mission in Mali\n\nFrom the free reference work\n\nIn January 2013 \
         France launched Operation Serval, deploying around 4,000 soldiers to halt an advance of \
         armed groups towards the south of the country, while African troops gathered.\n",
    );
    assert_ne!((date.as_deref(), from), (Some("2013-01"), Provenance::Text));
    // A transcript's line that reaches a date after a sentence.
    // (Still the latest date of the body, inferred and said so, for want of any other.)
    let (date, from) = published(
        "Episode 12\n\n[00:00:20] HOST: Let's start at the beginning. January 2013.\n\n\
         [00:00:24] GUEST: Right.\n",
    );
    assert_ne!((date.as_deref(), from), (Some("2013-01"), Provenance::Text));
    // A dateline, a label after an abbreviation, a radio programme's line: still dates.
    for (text, iso) in [
        (
            "BAMAKO, 21 January 2019 (AFP) - Gunmen stormed a camp of the UN mission in the north \
             of the country on Sunday, killing ten peacekeepers from Chad, officials said.\n",
            "2019-01-21",
        ),
        (
            "DATA BRIEF | No. 7 | March 2023\n\nWho carries the mission?\n",
            "2023-03",
        ),
        (
            "TRANSCRIPT - \"Morning\", regional radio, Friday 20 March 2020\n\nHOST: Hello.\n",
            "2020-03-20",
        ),
    ] {
        assert_eq!(
            published(text),
            (Some(iso.to_string()), Provenance::Text),
            "{text}"
        );
    }
}

#[test]
fn a_word_hyphenated_by_a_line_break_is_one_word_again() {
    let d = ingest(
        "h",
        "h.txt",
        "Brief, March 2021\n\nBetween January 2016 and December 2020, 94 peace-\nkeepers were \
         killed and the mission's porte-parole said so; its porte-\nparole repeated that près \
         de 1 100 ci-\nvils were killed.\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    assert!(d.text.contains("94 peacekeepers were"), "{:?}", d.text);
    // A compound the text writes with its hyphen elsewhere keeps it.
    assert!(d.text.contains("its porte-parole repeated"), "{:?}", d.text);
    assert!(d.text.contains("1 100 civils were"), "{:?}", d.text);
    assert!(d
        .repairs
        .iter()
        .any(|r| r.reason.contains("hyphenated across lines") && r.after.contains("peacekeepers")));
    // A dash that ends a line is no hyphen: "the toll -" / "it rose".
    let d = ingest(
        "h2",
        "h2.txt",
        "Brief, March 2021\n\nThe figures were revised twice by the mission -\nthey now stand at 94.\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    assert!(d.text.contains("mission - they"), "{:?}", d.text);
}

#[test]
fn a_hard_wrapped_paragraph_goes_on_after_a_line_that_starts_in_capitals() {
    let d = ingest(
        "w",
        "w.txt",
        "Annexe\n\n1. Au cours de la période considérée, 12 membres du personnel en uniforme de la\n\
         MINUSMA ont perdu la vie et 19 ont été blessés. Le détail figure dans le tableau.\n\n\
         Effectifs (30 avril 2022) : 12 388 militaires ; 1 718 policiers ; 1 792 civils\n\
         Pertes (au 31 décembre 2023) : 311 morts\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    let para = block_containing(&d, "12 membres");
    assert!(
        d.slice(para.span).contains("de la MINUSMA ont perdu"),
        "{:?}",
        d.slice(para.span)
    );
    // Over three lines and more: "… trucks; four" / "Chadian peacekeepers were killed …".
    let d3 = ingest(
        "w3",
        "w3.txt",
        "71. On 2 April, the camp in Aguelhok, Kidal region, came under a complex attack\n\
         combining indirect fire with dozens of assailants on motorcycles and pick-up trucks; four\n\
         Chadian peacekeepers were killed and 19 injured.\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    assert!(d3.text.contains("trucks; four Chadian"), "{:?}", d3.text);
    // A fact sheet's labelled lines stay lines of their own.
    let sheet = block_containing(&d, "Effectifs");
    assert!(
        !d.slice(sheet.span).contains("Pertes"),
        "{:?}",
        d.slice(sheet.span)
    );
}

#[test]
fn supplied_metadata_wins_and_says_so() {
    let (id, text) = SEEDS[0];
    let s = Supplied {
        title: Some("T".into()),
        published: PartialDate::parse_iso("2018-11-01"),
        ..Supplied::default()
    };
    let d = ingest(id, "x.txt", text.as_bytes(), Some(&s)).unwrap();
    assert_eq!(d.meta.title, "T");
    assert_eq!(d.meta.title_from, Provenance::Sources);
    assert_eq!(d.meta.published.unwrap().iso(), "2018-11-01");
    assert_eq!(
        d.meta.authors,
        ["Rida Lyammouri"],
        "not supplied, so still read from the byline"
    );
}

#[test]
fn a_table_of_contents_is_page_chrome() {
    let d = ingest(
        "p",
        "p.txt",
        "MINUSMA\n\nThe mission in Mali, 2013–2023.\n\nContents\n1 History\n2 Mandate\n3 \
         Composition\n4 Casualties\n5 Withdrawal\n\nCasualties\nMore than 300 peacekeepers \
         died.\n"
            .as_bytes(),
        None,
    )
    .unwrap();
    let removed: Vec<&str> = d.removed.iter().map(|r| r.text.as_str()).collect();
    assert!(removed.contains(&"4 Casualties"), "{removed:?}");
    assert!(!removed.iter().any(|r| r.contains("300")));
}

#[test]
fn page_chrome_is_removed_with_reasons() {
    let d = seed(2);
    let removed: Vec<&str> = d.removed.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        removed,
        [
            "Menu Close",
            "Add to my bookmarks",
            "ClosePlease login",
            "No account yet? Register",
            "Share This Article:"
        ]
    );
    assert!(!d.text.contains("bookmarks"));

    let d = seed(1);
    assert_eq!(d.removed[0].text, "Australian Outlook");
    assert_eq!(d.removed[0].reason, "site name in the page header");
    assert_eq!(d.removed[1].text, "In this section");

    let d = seed(4);
    let reasons: Vec<&str> = d.removed.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons, ["video caption", "video caption", "cookie banner"]);
    assert!(d.removed[0].text.starts_with("07:50 Mali"));
    // The heading glued after the first video caption survives as a heading.
    assert!(blocks_of(&d, BlockKind::Heading).contains(&"Conflict over human rights"));
    assert!(!d.text.contains("cookies"));

    let d = seed(0);
    let contact = d
        .removed
        .iter()
        .find(|r| r.reason == "publisher contact details")
        .expect("contact block removed");
    assert!(contact.text.contains("Phone"));
    assert_eq!(contact.line, 194);
}

#[test]
fn captions_stay_captions() {
    let d = seed(0);
    let caps = blocks_of(&d, BlockKind::Caption);
    assert!(caps.contains(&"MINUSMA Base in Kidal, Northern Mali. Source: Author"));
    assert!(caps.contains(
        &"Figure 1: Data by International Peace Institute (IPI) of Contributing Troops in Mali"
    ));
    assert!(
        caps.contains(&"Top ten troop contributors (as of April 2018)"),
        "a figure's subtitle"
    );
    assert!(caps
        .iter()
        .any(|c| c.starts_with("Map 1: Distribution of MINUSMA Peacekeepers")));
    let d = seed(1);
    assert!(blocks_of(&d, BlockKind::Caption)[0]
        .contains("The Guinean contingent of MINUSMA composed of 850 soldiers"));
    let d = seed(3);
    assert!(blocks_of(&d, BlockKind::Caption)[0]
        .ends_with("Source: Sylvain Liechti/MINUSMA / https://t.ly/j9qud"));
}

#[test]
fn structure_of_the_policy_brief() {
    let d = seed(0);
    assert_eq!(
        blocks_of(&d, BlockKind::Dateline),
        ["Policy Brief November 2018, PB-18/35"]
    );
    assert_eq!(blocks_of(&d, BlockKind::Byline), ["By Rida Lyammouri"]);
    let heads = blocks_of(&d, BlockKind::Heading);
    assert_eq!(
        heads,
        [
            "Summary",
            "Introduction",
            "Protection of Civilians",
            "Insecurity",
            "Implementation of the Peace Accord",
            "Conclusion"
        ]
    );
    // Biography and publisher's blurb are kept but marked, so their numbers are not claims.
    assert!(blocks_of(&d, BlockKind::AuthorBio)
        .iter()
        .any(|b| b.starts_with("Mr. Lyammouri has more than eight years")));
    assert!(blocks_of(&d, BlockKind::Boilerplate)
        .contains(&"The views expressed in this publication are the views of the author."));
    assert!(blocks_of(&d, BlockKind::Boilerplate).contains(&"OCP Policy Center"));
}

#[test]
fn quotes_carry_their_attribution() {
    let d = seed(0);
    let q = block_containing(&d, "no health centers");
    assert_eq!(q.kind, BlockKind::Quote);
    assert_eq!(
        d.slice(q.attribution.unwrap()),
        "Livestock herder, Yidji village, Mopti Region."
    );
    // What followed the attribution on the same line is a paragraph of its own.
    assert_eq!(
        block_containing(&d, "The inception of the UN peacekeeping mission").kind,
        BlockKind::Paragraph
    );
    let q = block_containing(&d, "disarm all militias");
    assert_eq!(
        d.slice(q.attribution.unwrap()),
        "Farmer from Diougani, Mopti Region."
    );
    // Nested quotation marks ("facilitator,") do not end the quote early.
    let q = block_containing(&d, "There are several barriers");
    assert_eq!(q.kind, BlockKind::Quote);
    assert!(d
        .slice(q.span)
        .ends_with("everybody profits from the standstill.\""));
}

#[test]
fn a_repeated_paragraph_is_a_pull_quote() {
    let d = seed(2);
    let pq = blocks_of(&d, BlockKind::PullQuote);
    assert_eq!(pq.len(), 1);
    assert!(pq[0].starts_with("… [I]t is reasonable to argue"));
}

#[test]
fn paragraphs_split_by_page_breaks_are_rejoined() {
    let d = seed(0);
    let b = block_containing(&d, "In a territory almost the size of France");
    assert!(d.slice(b.span).contains("MINUSMA's mandate is still challenging despite the increase of personnel to an estimated 15,209 uniformed personnel."));
    let b = block_containing(&d, "to this day--");
    assert!(d.slice(b.span).contains("to this day-- at least 47 died."));
    let b = block_containing(&d, "(Figure 1");
    assert!(d
        .slice(b.span)
        .contains("(Figure 1 and 2). Most contributing countries"));
    assert_eq!(
        d.repairs
            .iter()
            .filter(|r| r.reason.contains("page break"))
            .count(),
        3
    );
}

#[test]
fn every_footnote_marker_links_to_its_note() {
    let d = seed(0);
    let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=36).collect::<Vec<_>>());
    let mut refs: Vec<u32> = d.note_refs.iter().map(|r| r.number).collect();
    refs.sort();
    assert_eq!(
        refs,
        (1..=36).collect::<Vec<_>>(),
        "each note referenced once"
    );
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    // Markers are gone from the text, in all their forms.
    for b in d.blocks.iter().filter(|b| b.kind != BlockKind::Footnote) {
        let t = d.slice(b.span);
        assert!(
            !t.contains("^{") && !t.contains(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰']),
            "{t}"
        );
    }
    let at = |n: u32| {
        let r = d.note_refs.iter().find(|r| r.number == n).unwrap();
        &d.text[..r.at as usize]
    };
    assert!(
        at(1).ends_with("since the deployment of MINUSMA."),
        "superscript ¹"
    );
    assert!(
        at(3).ends_with("to June 30th, 2019."),
        "glued digit after a year: 2019.3"
    );
    assert!(
        at(13).ends_with("access to natural resources."),
        "glued digits: resources.13"
    );
    assert!(
        at(26).ends_with("in June 2016"),
        "superscript after a year: 2016²⁶"
    );
    assert!(at(32).ends_with("on May 28th, 2018."), "2018.32");
    assert!(
        at(33).ends_with("in January and March 2018,"),
        "glued after a comma: 2018,33"
    );
    assert!(at(19).ends_with("(Figure 1 and 2)."), "braces: ^{{19 20}}");
    assert_eq!(
        d.note_refs.iter().find(|r| r.number == 20).unwrap().written,
        "^{19 20}"
    );
}

#[test]
fn unnumbered_and_plain_numbered_notes() {
    let d = seed(0);
    let note = |n: u32| d.footnotes.iter().find(|f| f.number == n).unwrap();
    // "International Peace Institute, …", "The United Nations, …", "Ibid." follow note 18 unnumbered.
    assert!(d
        .slice(note(19).span)
        .starts_with("International Peace Institute"));
    assert!(!note(19).numbered_in_source);
    assert!(d
        .slice(note(20).span)
        .starts_with("The United Nations, \"MINUSMA Fact Sheet,\""));
    assert_eq!(note(21).ibid_of, Some(20));
    // " ^{22.} Danish …" then "23. Ibid."
    assert!(d.slice(note(22).span).starts_with("Danish Institute"));
    assert_eq!(note(23).ibid_of, Some(22));
    assert_eq!(note(8).ibid_of, Some(7));
    // The note's own text is kept without its number.
    assert!(d
        .slice(note(1).span)
        .starts_with("The United Nations Security Council, \"Rapport du Secrétaire Général,\""));
}

#[test]
fn urls_broken_by_spaces_are_repaired() {
    let d = seed(0);
    let urls: Vec<&str> = d
        .footnotes
        .iter()
        .flat_map(|f| f.urls.iter().map(|u| u.url.as_str()))
        .collect();
    for u in [
        "https://minusma.unmissions.org/sites/default/files/170629_unsc_res_2364_enq.pdf",
        "https://peacemaker.un.org/node/2681",
        "https://minusma.unmissions.org/en/quick-impact-projects-qips",
        "https://www.lemonde.fr/afrique/article/2018/06/04/dans-le-centre-du-mali-c-est-la-souffrance-la-fatigue-et-la-peur-qui-nous-ont-pousses-a-fuir_5309512_3212.html",
        "https://www.cartercenter.org/resources/pdfs/news/peace_publications/election_reports/mali-observer-report-may-2018-eng.pdf",
        "https://minusma.unmissions.org/en/police",
    ] {
        assert!(urls.contains(&u), "{u} not in {urls:#?}");
    }
    assert!(
        d.repairs
            .iter()
            .filter(|r| r.reason.contains("URL"))
            .count()
            >= 7
    );
    for u in &d.urls {
        assert_eq!(d.slice(u.span), u.url);
    }
}

#[test]
fn spans_and_ids_are_consistent() {
    for n in 0..SEEDS.len() {
        let d = seed(n);
        let mut ids = std::collections::HashSet::new();
        for b in &d.blocks {
            assert!(ids.insert(b.id.clone()), "duplicate id {}", b.id);
            assert!(!d.slice(b.span).is_empty());
            assert_eq!(d.slice(b.span), d.slice(b.span).trim());
            if let Some(a) = b.attribution {
                assert!(a.start >= b.span.start && a.end <= b.span.end);
            }
        }
        for r in &d.note_refs {
            let b = d.block(&r.block).unwrap();
            assert!(r.at >= b.span.start && r.at <= b.span.end);
        }
        // Same input, same document.
        assert_eq!(d, seed(n));
    }
}

#[test]
fn bad_input_gets_a_clear_error() {
    let e = ingest("x", "x.txt", b"", None).unwrap_err();
    assert_eq!(e.to_string(), "x.txt: the file is empty (no text)");
    let e = ingest("x", "x.txt", b"Menu Close\n\nShare This Article:\n\nThis website uses cookies to improve your experience. Accept\n", None).unwrap_err();
    assert!(e.to_string().contains("no article text"), "{e}");
    let e = ingest("x", "x.pdf", b"%PDF-1.4\n\x00\x01\x02", None).unwrap_err();
    assert!(e.to_string().starts_with("x.pdf:2: not a text file"), "{e}");
}

#[test]
fn an_infobox_date_is_no_page_date_and_a_last_edit_is() {
    let text =
        "Operation Example\nFrom the free encyclopedia\n\n  Started        11 January 2013\n  \
                Ended          1 August 2014\n  Strength       4,000\n\nThe operation was a French \
                intervention in Mali.\n\nThis page was last edited on 9 May 2022, at 10:02.\n";
    let d = ingest("w", "w.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2022-05-09");
    // A header line that only holds a source and a date still dates the page.
    let text = "Blue helmet killed in Kidal\nSource: Newswire | 2016-06-01 21:05 | Editor: x\n\n\
                KIDAL, June 1 -- A peacekeeper was killed on Tuesday.\n";
    let d = ingest("x", "x.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2016-06-01");
    // So does a site's name before the date, across a column gap; a later "since April 2006"
    // does not.
    let text = "Cambodia to send peacekeepers\nEnglish.news.cn   2014-02-06 18:05:41\n\n\
                PHNOM PENH, Feb. 6 -- Since April 2006, Cambodia has sent 1,800 peacekeepers.\n";
    let d = ingest("y", "y.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2014-02-06");
}

#[test]
fn a_header_line_with_a_publication_cue_dates_the_text_over_an_older_header_date() {
    let text = "ASSEMBLÉE NATIONALE\nCONSTITUTION DU 4 OCTOBRE 1958\nSEIZIÈME LÉGISLATURE\n\n\
                Enregistré à la Présidence de l'Assemblée nationale le 9 mars 2022.\n\n\
                RAPPORT D'INFORMATION\n\nL'opération compte 4 600 militaires.";
    let d = ingest("r", "r.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2022-03-09");
    // The first date keeps its place when its own line says it is the publication's, and a
    // later answer's "publiée" line dates only its part.
    let text = "Question écrite n° 101 de M. Untel (Haute-Vienne - Les Républicains) publiée \
                dans le JO Sénat du 12/12/2019 - page 6102\n\nLe sénateur demande combien de \
                militaires sont déployés au Sahel aujourd'hui.\n\nRéponse du Ministère des \
                armées\npubliée dans le JO Sénat du 18/02/2021 - page 1098\n\nIls sont 5 100.";
    let d = ingest("q", "q.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2019-12-12");
}

#[test]
fn a_thesis_title_run_on_into_its_defence_date_dates_the_text() {
    // The title's line ends without a stop, so the next line joins it; the date after the
    // title's sentence is still the cover's, not a later paragraph's month.
    let text = "Thèse de doctorat\n« Des casques bleus au Sahel. Une mission à l'épreuve \
                (2013-2020) »\nprésentée et soutenue publiquement le 8 novembre 2021\n\n\
                Lorsque le Conseil autorise, en décembre 2012, une force africaine, son effectif \
                est fixé à 3 300 hommes.";
    let d = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2021-11-08");
    let text = "Peacekeeping at the edge. A study of MINUSMA (2013-2020) submitted on 3 May \
                2021\n\nWhen the Council acted in December 2012, the force had 3,300 troops.";
    let d = ingest("u", "u.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2021-05-03");
}

#[test]
fn a_numbered_item_is_no_header_date_and_a_broadcasts_label_is_its_date() {
    // A quiz's numbered question names a date of its own, not the page's.
    let text = "QUIZ VAULT\n\nQuiz: The UN in Mali\n1. In which city was MINUSMA \
                headquartered?\n2. Resolution 2100, adopted in April 2013, authorised how \
                many soldiers?\n\nAnswers: by 30 June 2023 about 310 had died.";
    let d = ingest("q", "q.txt", text.as_bytes(), None).unwrap();
    assert_ne!(d.meta.published.unwrap().iso(), "2013-04");
    let text = "AFRIWORLD 24 - PRESENTER SCRIPT\nBulletin: 19:00 GMT | Friday 03.10.2014 | \
                Studio B\n\n[TICKER] UN: DEADLIEST ATTACK SINCE DEPLOYMENT IN JULY 2013\n";
    let d = ingest("b", "b.txt", text.as_bytes(), None).unwrap();
    assert_eq!(d.meta.published.unwrap().iso(), "2014-10-03");
}

#[test]
fn notes_numbered_in_brackets_and_their_glued_markers() {
    let text = "Rapport d'information, 14 juin 2023\n\nAu 31 mars 2023, la MINUSMA comptait \
                12 388 militaires et 1 598 policiers(2). La task force réunissait 900 \
                militaires(1).\n\n_______________\n(1) Audition de l'état-major du 12 avril \
                2023.\n(2) Rapport du Secrétaire général S/2023/402.\n(3) Décès accidentels \
                inclus.\n";
    let d = ingest("r", "r.txt", text.as_bytes(), None).unwrap();
    let numbers: Vec<u32> = d.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
    let refs: Vec<u32> = d.note_refs.iter().map(|r| r.number).collect();
    assert_eq!(refs, [2, 1]);
    assert!(!d.text.contains("policiers(2)"), "{}", d.text);
    // A bracketed number with a space before it stays: "(2) options" in prose.
    let text = "Note, 3 mai 2022\n\nLe Conseil avait deux options (2) et aucune note.\n";
    let d = ingest("n", "n.txt", text.as_bytes(), None).unwrap();
    assert!(d.note_refs.is_empty());
    assert!(d.text.contains("options (2)"));
}

#[test]
fn a_first_line_of_date_line_words_and_a_date_is_a_date_line_not_a_title() {
    // (Accented words made the French line longer in bytes than twice its date.)
    for (line, title) in [
        (
            "Publié le 3 mai 2014",
            "La force africaine compte 6 300 soldats",
        ),
        ("Posted on 9 June 2019", "Blue helmets in the north"),
    ] {
        let text = format!("{line}\n\n{title}\n\nFirst paragraph of the text.");
        let d = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
        assert_eq!(blocks_of(&d, BlockKind::Dateline), [line]);
        assert_eq!(d.meta.title, title);
    }
}

#[test]
fn subtitle_cues_lose_their_numbers_and_timings_and_their_sentences_run_on() {
    let text = "1\n00:00:01,000 --> 00:00:03,500\nGood evening. In northern Mali,\n\n2\n\
                00:00:03,600 --> 00:00:06,000\nthe mission counts roughly 13,000 troops\n\
                and about 1,900 police,\n\n3\n00:00:06,100 --> 00:00:08,000\nsays the UN.\n\n\
                4\n00:00:08,100 --> 00:00:10,000\nOnly last week,\n\n5\n00:00:10,100 --> \
                00:00:12,000\ntwo soldiers were killed near Mopti.\n";
    let doc = ingest("srt", "srt.txt", text.as_bytes(), None).expect("ingests");
    let paragraphs = blocks_of(&doc, BlockKind::Paragraph);
    assert!(
        paragraphs.contains(
            &"Good evening. In northern Mali, the mission counts roughly 13,000 troops and about \
              1,900 police, says the UN."
        ),
        "{paragraphs:?}"
    );
    assert!(paragraphs.contains(&"Only last week, two soldiers were killed near Mopti."));
    assert!(!doc.text.contains("-->"));
    assert_eq!(
        doc.removed
            .iter()
            .filter(|r| r.reason == "subtitle cue timing")
            .count(),
        5
    );
    // A cue runs on into the next whatever its first letter, not into a bracketed direction.
    let text = "1\n00:00:01,000 --> 00:00:03,500\n[MUSIQUE]\n\n2\n00:00:03,600 --> 00:00:06,000\n\
                Pour la mission, le bilan dépasse\n\n3\n00:00:06,100 --> 00:00:08,000\n170 \
                Casques bleus tués depuis 2013.\n\n4\n00:00:08,100 --> 00:00:10,000\nFin.\n";
    let doc = ingest("srt", "srt.txt", text.as_bytes(), None).expect("ingests");
    let paragraphs = blocks_of(&doc, BlockKind::Paragraph);
    assert!(
        paragraphs
            .contains(&"Pour la mission, le bilan dépasse 170 Casques bleus tués depuis 2013."),
        "{paragraphs:?}"
    );
    assert!(paragraphs.contains(&"[MUSIQUE]"), "{paragraphs:?}");
    // A spreadsheet's row is still a row: "country,troops,police".
    assert!(roles::export_row("Chad,1425,0"));
    assert!(!roles::export_row("and about 1,900 police,"));
}

#[test]
fn an_emails_quotation_marks_go_and_its_quoted_text_stays() {
    let text = "From: Desk\nSent: 29 June 2021\n\nThanks, see below.\n\n> 2) How many Germans are \
                deployed?\n\nAbout 900 are in Mali now.\n\n>> Hello,\n>> We are writing about \
                foreign forces in Mali\n>> and need figures.\n>>\n>> Best wishes\n";
    let doc = ingest("mail", "mail.txt", text.as_bytes(), None).expect("ingests");
    assert!(!doc.text.contains('>'), "{}", doc.text);
    let paragraphs = blocks_of(&doc, BlockKind::Paragraph);
    assert!(
        paragraphs.contains(&"We are writing about foreign forces in Mali and need figures."),
        "{paragraphs:?}"
    );
    assert!(doc
        .repairs
        .iter()
        .any(|r| r.reason.starts_with("e-mail quotation marks")));
}
