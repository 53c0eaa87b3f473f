//! Fact rules, each checked on a real passage of a seed (read without `sources.toml`), plus a
//! few made-up sentences for forms the seeds do not use.

use super::*;
use crate::ingest::{ingest, tests::seed};

fn facts_of(n: usize) -> (Document, Vec<Fact>) {
    let d = seed(n);
    let f = extract(&d);
    (d, f)
}

/// The fact whose sentence contains `needle` and whose number is written `written`.
fn find<'a>(facts: &'a [Fact], needle: &str, written: &str) -> &'a Fact {
    facts
        .iter()
        .find(|f| f.quote.contains(needle) && f.value_text == written)
        .unwrap_or_else(|| {
            panic!(
                "no fact {written:?} in a sentence with {needle:?}; have {:#?}",
                facts
                    .iter()
                    .map(|f| (&f.value_text, &f.quote))
                    .collect::<Vec<_>>()
            )
        })
}

fn text_facts(text: &str) -> Vec<Fact> {
    let d = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
    extract(&d)
}

#[test]
fn casualties_in_the_policy_brief() {
    let (_, f) = facts_of(0);
    let k = find(&f, "As of October 16, 2018", "173");
    assert_eq!(
        (k.value, k.qualifier, k.category),
        (173.0, Qualifier::AtLeast, Category::PeacekeepersKilled)
    );
    assert_eq!(k.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(
        (k.date.as_deref(), k.date_basis),
        (Some("2018-10-16"), DateBasis::Stated)
    );
    // "and more than 360 wounded": the noun is elided, the victims carry over.
    let w = find(&f, "As of October 16, 2018", "360");
    assert_eq!(
        (w.qualifier, w.category),
        (Qualifier::MoreThan, Category::PeacekeepersWounded)
    );
    assert_eq!(w.subject.as_deref(), Some("MINUSMA"));
    // "they … at least 47 died": the contingent of the sentence before.
    let c = find(&f, "at least 47 died", "47");
    assert_eq!(
        (c.qualifier, c.category),
        (Qualifier::AtLeast, Category::PeacekeepersKilled)
    );
    assert_eq!(c.subject.as_deref(), Some("MINUSMA, Chadian contingent"));
    assert_eq!(c.contingent.as_deref(), Some("Chad"));
}

#[test]
fn civilians_killed_with_periods() {
    let (_, f) = facts_of(0);
    let a = find(&f, "since June 2018, at least 287 civilians", "287");
    assert_eq!(
        (a.qualifier, a.category),
        (Qualifier::AtLeast, Category::CiviliansKilled)
    );
    assert_eq!(a.subject.as_deref(), Some("civilians"));
    assert_eq!(
        (a.date.as_deref(), a.date_basis),
        (Some("2018-06"), DateBasis::Period)
    );
    assert_eq!(
        a.date_end.as_deref(),
        Some("2018-11"),
        "since …: until the time of writing"
    );
    let b = find(&f, "between June and September 2018", "287");
    assert_eq!(
        (b.qualifier, b.date.as_deref(), b.date_end.as_deref()),
        (Qualifier::Exact, Some("2018-06"), Some("2018-09"))
    );
    let c = find(&f, "since January 2018", "200");
    assert_eq!(
        (c.qualifier, c.category, c.date.as_deref()),
        (
            Qualifier::MoreThan,
            Category::CiviliansKilled,
            Some("2018-01")
        )
    );
}

#[test]
fn personnel_and_percentages() {
    let (_, f) = facts_of(0);
    let u = find(&f, "uniformed personnel", "15,209");
    assert_eq!(
        (u.value, u.qualifier, u.category),
        (15209.0, Qualifier::Estimated, Category::UniformedPersonnel)
    );
    assert_eq!(u.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(
        (u.date.as_deref(), u.date_basis),
        (Some("2018-11"), DateBasis::Publication)
    );
    let p = find(&f, "33 percent", "33");
    assert_eq!((p.unit.as_str(), p.category), ("percent", Category::Other));
    assert_eq!(
        (p.date.as_deref(), p.date_basis),
        (Some("2018-05-30"), DateBasis::Stated),
        "as of May 30, 2018 beats 'published in June 6th'"
    );
    assert!(p.places.contains(&"Mopti Region".to_string()));
    let q = find(&f, "Since 2013, MINUSMA completed", "286");
    assert_eq!(
        (q.qualifier, q.unit.as_str(), q.subject.as_deref()),
        (Qualifier::AtLeast, "projects", Some("MINUSMA"))
    );
    // Families, not people: no displacement figure.
    let v = find(&f, "dozens of families", "dozens");
    assert_eq!(
        (v.qualifier, v.category, v.value),
        (Qualifier::Vague, Category::Other, 24.0)
    );
}

#[test]
fn barkhane_is_not_minusma() {
    let (_, f) = facts_of(4);
    let b = find(&f, "Operation Barkhane", "5,000");
    assert_eq!(
        (b.category, b.subject.as_deref()),
        (Category::Troops, Some("Operation Barkhane"))
    );
    // "launched in August 2014" dates the launch, not the 5,000 men.
    assert_eq!(b.date_basis, DateBasis::Publication);
    let area = find(&f, "Operation Barkhane", "three million");
    assert_eq!(
        (area.value, area.unit.as_str(), area.category),
        (3_000_000.0, "km²", Category::Other)
    );
    let s = find(&f, "Consisting of", "11,700");
    assert_eq!(
        (s.category, s.subject.as_deref()),
        (Category::Troops, Some("MINUSMA"))
    );
    let p = find(&f, "Consisting of", "1,600");
    assert_eq!(
        (p.category, p.unit.as_str()),
        (Category::Police, "police officers")
    );
    let c = find(&f, "Consisting of", "55");
    assert_eq!(
        (c.qualifier, c.unit.as_str()),
        (Qualifier::MoreThan, "countries")
    );
    let j = find(&f, "civilian component", "13,000");
    assert_eq!(
        j.category,
        Category::UniformedPersonnel,
        "soldiers and police counted together"
    );
    let cs = find(&f, "civilian component", "1,800");
    assert_eq!(
        (cs.category, cs.subject.as_deref()),
        (Category::CivilianStaff, Some("MINUSMA"))
    );
}

#[test]
fn news_casualties_and_the_moura_massacre() {
    let (_, f) = facts_of(4);
    let k = find(&f, "Per June 30, 2023", "174");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::PeacekeepersKilled, Some("MINUSMA"))
    );
    assert_eq!(
        (k.date.as_deref(), k.date_basis),
        (Some("2023-06-30"), DateBasis::Stated)
    );
    let m = find(&f, "at least 500 people died", "500");
    assert_eq!(
        (m.qualifier, m.category),
        (Qualifier::AtLeast, Category::CiviliansKilled)
    );
    assert_eq!(
        (m.date.as_deref(), m.date_end.as_deref(), m.date_basis),
        (Some("2022-03-27"), Some("2022-03-31"), DateBasis::Period)
    );
    assert!(
        m.places.contains(&"Moura".to_string()),
        "'this village' refers back to Moura"
    );

    let (_, f) = facts_of(3);
    let w = find(&f, "Wagner and Malian forces killed", "500");
    assert_eq!(
        (w.qualifier, w.category),
        (Qualifier::About, Category::CiviliansKilled)
    );
    assert_eq!(w.actors, ["Wagner Group", "Malian Armed Forces (FAMa)"]);
    assert_eq!(w.places, ["Moura"]);
    let usd = find(&f, "Wagner Group, receives", "10 million");
    assert_eq!(
        (
            usd.value,
            usd.unit.as_str(),
            usd.qualifier,
            usd.subject.as_deref()
        ),
        (10_000_000.0, "USD", Qualifier::About, Some("Wagner Group"))
    );

    let (_, f) = facts_of(1);
    let x = find(&f, "alleged execution of 300 men", "300");
    assert_eq!((x.category, x.alleged), (Category::CiviliansKilled, true));
    assert_eq!(
        (x.date.as_deref(), x.date_basis),
        (Some("2022-03"), DateBasis::Event)
    );
    let h = find(&f, "hundreds of killings", "hundreds");
    assert_eq!(
        (h.category, h.qualifier, h.date.as_deref()),
        (Category::CiviliansKilled, Qualifier::Vague, Some("2022"))
    );
}

#[test]
fn contingents_troops_and_displacement() {
    let (_, f) = facts_of(1);
    let g = find(&f, "Guinean contingent", "850");
    assert_eq!(
        (g.category, g.subject.as_deref(), g.contingent.as_deref()),
        (
            Category::Troops,
            Some("MINUSMA, Guinean contingent"),
            Some("Guinea")
        )
    );
    assert!(g.places.contains(&"Kidal".to_string()));
    let t = find(&f, "With 12,300 troops", "12,300");
    assert_eq!(
        (t.category, t.subject.as_deref()),
        (Category::Troops, Some("MINUSMA")),
        "'it' is the MINUSMA of the sentence before"
    );
    let d = find(&f, "internally displaced", "422,000");
    assert_eq!((d.category, d.value), (Category::Displaced, 422_000.0));
    assert_eq!(
        (d.date.as_deref(), d.date_basis),
        (Some("2023-03-08"), DateBasis::Publication)
    );
}

#[test]
fn what_is_not_a_fact() {
    for n in 0..5 {
        let (d, f) = facts_of(n);
        for fact in &f {
            // Years, day numbers, codes and markers never become facts.
            assert!(
                !(1900.0..=2100.0).contains(&fact.value)
                    || fact.value.fract() != 0.0
                    || fact.value_text.contains(','),
                "{fact:?}"
            );
            let b = d.block(&fact.block).unwrap();
            assert!(
                b.kind.carries_claims(),
                "fact from a {:?} block: {}",
                b.kind,
                fact.quote
            );
        }
        let written: Vec<&str> = f.iter().map(|x| x.value_text.as_str()).collect();
        for bad in ["2364", "2374", "18", "35", "25", "72", "10", "1", "19th"] {
            if n == 0 {
                assert!(
                    !written.contains(&bad) || bad == "10",
                    "{bad} taken as a fact in {written:?}"
                );
            }
        }
    }
    let (_, f) = facts_of(0);
    // Markers glued to dates ("2019.3") and the figure reference "(Figure 1 and 2)".
    assert!(!f
        .iter()
        .any(|x| x.value_text == "3" || (x.value == 2.0 && x.quote.contains("Figure"))));
    // The biography ("more than eight years", "more than 200 … reports") and the blurb.
    assert!(!f
        .iter()
        .any(|x| x.quote.contains("Lyammouri") || x.quote.contains("research programs")));
    // "(1) hostile actors … (2) have strong feelings" are enumerators; "top ten" is a rank.
    assert!(!f
        .iter()
        .any(|x| x.quote.contains("(1) hostile") && x.value == 1.0));
    assert!(!f.iter().any(|x| x.value_text == "ten"));
    let (_, f) = facts_of(2);
    assert!(
        !f.iter().any(|x| x.quote.contains("10-1-2")),
        "a doctrine name"
    );
    assert!(!f.iter().any(|x| x.quote.contains("2012/13")));
    // A sentence the text repeats counts once.
    assert_eq!(f.iter().filter(|x| x.value == 30.0).count(), 1);
    // The pull quote repeats a paragraph: no facts from it.
    assert!(f.iter().all(|x| !x.quote.starts_with('…')));
    let (_, f) = facts_of(4);
    assert!(
        !f.iter().any(|x| x.quote.contains("three borders")),
        "a number inside a name"
    );
    assert!(
        !f.iter()
            .any(|x| x.value_text == "31" || x.value_text == "30"),
        "June 31, June 30 are dates"
    );
}

#[test]
fn the_mission_is_the_texts_own_mission() {
    let (_, f) = facts_of(2);
    let a = find(&f, "facilitated the conclusion of more than 30", "30");
    assert_eq!(
        (a.qualifier, a.unit.as_str(), a.subject.as_deref()),
        (
            Qualifier::MoreThan,
            "local peace agreements",
            Some("MINUSMA")
        )
    );
    let (_, f) = facts_of(3);
    let d = find(&f, "over six-months", "six");
    assert_eq!(
        (d.unit.as_str(), d.date.as_deref()),
        ("months", Some("2023-12")),
        "'concluding in December of 2023'"
    );
}

#[test]
fn spans_point_at_the_sentence_and_the_number() {
    for n in 0..5 {
        let (d, f) = facts_of(n);
        assert!(!f.is_empty());
        for x in &f {
            assert_eq!(d.slice(x.span()), x.quote);
            assert_eq!(d.slice(x.number_span()), x.value_text);
            assert!(x.number_start >= x.start && x.number_end <= x.end);
            assert!(x
                .date
                .as_deref()
                .is_none_or(|s| crate::model::PartialDate::parse_iso(s).is_some()));
        }
    }
}

#[test]
fn number_words_and_forms_the_seeds_lack() {
    let f = text_facts(
        "Title\n\nEleven soldiers and a dozen police officers were deployed in Gao in 2019.\n",
    );
    assert_eq!((f[0].value, f[0].category), (11.0, Category::Troops));
    assert_eq!(
        (f[1].value, f[1].qualifier, f[1].category),
        (12.0, Qualifier::About, Category::Police)
    );
    assert_eq!(f[0].places, ["Gao"]);
    let f = text_facts("Title\n\nNearly twenty-five peacekeepers were injured near Ménaka; up to 2.5 million people were displaced.\n");
    assert_eq!(
        (f[0].value, f[0].qualifier, f[0].category),
        (25.0, Qualifier::Nearly, Category::PeacekeepersWounded)
    );
    assert_eq!(f[0].places, ["Ménaka"]);
    assert_eq!(
        (f[1].value, f[1].qualifier, f[1].category),
        (2_500_000.0, Qualifier::UpTo, Category::Displaced)
    );
    let f = text_facts("Title\n\nCall +223 20 22 14 83 or 44 97 30 21 for the 3rd report, Resolution 2100, PB-18/35, at 07:50.\n");
    assert!(f.is_empty(), "{f:#?}");
    let f = text_facts("Title\n\nAt least 15 Malian soldiers were killed in Boni.\n");
    assert_eq!(
        (f[0].category, f[0].subject.as_deref()),
        (Category::MilitaryKilled, Some("Malian Armed Forces (FAMa)"))
    );
}

/// The fact written `written` in a made-up text.
fn one<'a>(facts: &'a [Fact], written: &str) -> &'a Fact {
    facts
        .iter()
        .find(|f| f.value_text == written)
        .unwrap_or_else(|| panic!("no fact {written:?} in {facts:#?}"))
}

#[test]
fn partitives_and_elided_nouns() {
    let f = text_facts(
        "Report\n\nBAMAKO, 14 March 2019 - Ambushes killed 64 of its soldiers, the Malian army said. \
         Four peacekeepers died and two others were injured near Gao. \
         The raid, killing 9 and wounding 12 others, targeted a MINUSMA convoy.\n",
    );
    assert_eq!(one(&f, "64").category, Category::MilitaryKilled);
    assert_eq!(one(&f, "Four").category, Category::PeacekeepersKilled);
    assert_eq!(one(&f, "two").category, Category::PeacekeepersWounded);
    assert_eq!(one(&f, "9").category, Category::PeacekeepersKilled);
    assert_eq!(one(&f, "12").category, Category::PeacekeepersWounded);
    assert_eq!(one(&f, "64").date.as_deref(), Some("2019-03-14"));
}

#[test]
fn breakdowns_tolls_and_strength_phrases() {
    let f = text_facts(
        "Report\n\n14 March 2019\n\nMINUSMA peacekeepers were hit again. The 14 dead include six \
         Bangladeshis, five Nigeriens and three from Senegal. \
         Chad, which contributes some 1,400 soldiers to the mission, has lost more troops than \
         any other country. A 650-strong battalion arrived in Gao. \
         Over 80,000 peacekeepers serve in 12 missions worldwide.\n",
    );
    let six = one(&f, "six");
    assert_eq!(
        (six.category, six.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Bangladesh"))
    );
    assert_eq!(one(&f, "three").contingent.as_deref(), Some("Senegal"));
    assert_eq!(one(&f, "14").category, Category::PeacekeepersKilled);
    let chad = one(&f, "1,400");
    assert_eq!(
        (chad.category, chad.contingent.as_deref()),
        (Category::Troops, Some("Chad"))
    );
    assert_eq!(one(&f, "650").category, Category::Troops);
    assert_eq!(
        one(&f, "80,000").subject.as_deref(),
        Some(subject::WORLDWIDE)
    );
}

#[test]
fn numbers_with_separators_and_words_in_casualty_sentences() {
    for (form, value) in [
        ("11 954", 11954.0),
        ("14.500", 14500.0),
        ("three hundred and twelve", 312.0),
        ("two thousand and forty", 2040.0),
        ("3 dozens", 36.0),
    ] {
        let f = text_facts(&format!(
            "Report\n\nOn 3 May 2019, {form} civilians were killed in the attack.\n"
        ));
        let k = f
            .iter()
            .find(|x| x.category == Category::CiviliansKilled)
            .unwrap_or_else(|| panic!("{form}: {f:#?}"));
        assert_eq!(k.value, value, "{form}");
    }
}

#[test]
fn cumulative_totals_hold_as_of_the_texts_date() {
    let f = text_facts(
        "Report\n\nPublished 12/03/2021 at 14:05\n\nMore than 250 peacekeepers have died in Mali \
         since the mission deployed in 2013.\n",
    );
    let k = one(&f, "250");
    assert_eq!(k.as_of_year(), Some(2021));
    assert_eq!(k.date_basis, DateBasis::Period);
}

#[test]
fn counts_in_brackets_after_countries_are_contingent_shares() {
    let fs = text_facts(
        "MINUSMA lost more peacekeepers in 2021 than any other mission. The peacekeepers killed \
         that year came from Chad (6), Egypt (3) and Burkina Faso (1), the mission said.",
    );
    let shares: Vec<(f64, Category, Option<&str>)> = fs
        .iter()
        .filter(|f| f.contingent.is_some())
        .map(|f| (f.value, f.category, f.contingent.as_deref()))
        .collect();
    assert_eq!(
        shares,
        [
            (6.0, Category::PeacekeepersKilled, Some("Chad")),
            (3.0, Category::PeacekeepersKilled, Some("Egypt")),
            (1.0, Category::PeacekeepersKilled, Some("Burkina Faso")),
        ]
    );
    // An enumerator in brackets is still no count.
    let fs = text_facts("The plan has three aims: (1) protect civilians and (2) support the army.");
    assert!(
        fs.iter().all(|f| f.value != 1.0 && f.value != 2.0),
        "{fs:#?}"
    );
}

/// (value, category) of every chart fact of a text.
fn chart(text: &str) -> Vec<(f64, Category)> {
    text_facts(text)
        .iter()
        .filter(|f| f.category != Category::Other)
        .map(|f| (f.value, f.category))
        .collect()
}

#[test]
fn coordinated_numbers_share_their_verb_and_noun() {
    assert_eq!(
        chart("Gao, 2 May 2019 - An assault on the outpost killed 53 soldiers and one civilian."),
        [
            (53.0, Category::MilitaryKilled),
            (1.0, Category::CiviliansKilled)
        ]
    );
    assert_eq!(
        chart(
            "Gao, 3 March 2020 - The MINUSMA reconnaissance units of Germany and Sweden count \
             roughly 1,000 and 250 soldiers respectively."
        ),
        [(1000.0, Category::Troops), (250.0, Category::Troops)],
        "digits joined by 'and' stay two numbers"
    );
    assert_eq!(
        chart(
            "Bamako, 21 January 2019 - Over 100 of the more than 170 peacekeepers who have died \
             in Mali since 2013 were killed in hostile acts."
        ),
        [
            (100.0, Category::PeacekeepersKilled),
            (170.0, Category::PeacekeepersKilled)
        ]
    );
}

#[test]
fn an_aggregate_noun_names_what_a_later_number_counts() {
    assert_eq!(
        chart(
            "Mopti, 12 January 2018 - The number of internally displaced people rose to 38,172 \
             by the end of December."
        ),
        [(38172.0, Category::Displaced)]
    );
    // An aggregate of things is no claim.
    assert_eq!(
        chart("Mopti, 12 January 2018 - The number of attacks rose to 300 last year."),
        []
    );
}

#[test]
fn a_single_person_counts_only_with_a_casualty() {
    assert_eq!(
        chart(
            "Gao, 1 June 2016 - A Chinese peacekeeper was killed in the rocket attack on the camp."
        ),
        [(1.0, Category::PeacekeepersKilled)]
    );
    assert_eq!(
        chart("Gao, 1 June 2016 - A peacekeeper described the camp as quiet before the attack."),
        []
    );
}

#[test]
fn a_country_with_its_own_forces_counts_them_not_a_contingent() {
    let fs = text_facts(
        "Paris, 18 February 2022 - France has lost 53 soldiers in the region since 2013.",
    );
    let f = fs.iter().find(|f| f.value == 53.0).expect("53");
    assert_eq!(f.category, Category::MilitaryKilled);
    assert_eq!(f.subject.as_deref(), Some("French forces"));
    let fs = text_facts(
        "N'Djamena, 3 April 2021 - Chad has lost 60 soldiers in MINUSMA since the mission began.",
    );
    let f = fs.iter().find(|f| f.value == 60.0).expect("60");
    assert_eq!(f.category, Category::PeacekeepersKilled);
    assert_eq!(f.contingent.as_deref(), Some("Chad"));
}

#[test]
fn relative_and_yearless_dates_resolve_against_the_texts_date() {
    let fs = text_facts(
        "BAMAKO, 12 January 2018 (AA) - The UN mission lost 21 peacekeepers to hostile acts last \
         year. In an attack last September near Gao, three Bangladeshi peacekeepers were killed. \
         In December, two Togolese peacekeepers were wounded near Douentza.",
    );
    let year = |v: f64| {
        fs.iter()
            .find(|f| f.value == v)
            .and_then(|f| f.as_of_year())
    };
    assert_eq!(year(21.0), Some(2017), "last year");
    assert_eq!(year(3.0), Some(2017), "last September, in a January text");
    assert_eq!(year(2.0), Some(2017), "a December before a January date");
}

#[test]
fn a_timelines_year_headings_date_its_entries() {
    let fs = text_facts(
        "MINUSMA: a timeline\n\nLast updated: 12 December 2023\n\n2014\n\n3 October - Nine Nigerien \
         peacekeepers are killed in an ambush near Indelimane.\n\n2016\n\nThe ceiling is raised to \
         13,289 troops.\n",
    );
    let year = |v: f64| {
        fs.iter()
            .find(|f| f.value == v)
            .and_then(|f| f.as_of_year())
    };
    assert_eq!(year(9.0), Some(2014));
    assert_eq!(year(13289.0), Some(2016));
}

#[test]
fn members_of_a_contingent_nationals_of_contributors_ages_and_long_lists() {
    assert_eq!(
        chart("Bamako, 21 January 2019 - Twenty-five other members of the Chadian contingent were hurt."),
        [(25.0, Category::PeacekeepersWounded)]
    );
    // A contributor's soldiers wounded in Mali are peacekeepers; France's are its own forces.
    assert_eq!(
        chart(
            "Gao, 26 June 2021 - A car bomb near Tarkint wounded 12 German soldiers. Thirteen \
             French soldiers died when two helicopters collided."
        ),
        [
            (12.0, Category::PeacekeepersWounded),
            (13.0, Category::MilitaryKilled)
        ]
    );
    assert_eq!(
        chart(
            "Gao, 2 April 2024 - The strikes killed at least 13 civilians, seven of them children \
             aged between two and 17."
        ),
        [
            (13.0, Category::CiviliansKilled),
            (7.0, Category::CiviliansKilled)
        ]
    );
    assert_eq!(
        chart(
            "Menaka, 25 November 2017 - On 24 November, three peacekeepers from the Niger \
             contingent and one member of the Malian defence and security forces were killed in \
             an ambush near the town."
        ),
        [
            (3.0, Category::PeacekeepersKilled),
            (1.0, Category::MilitaryKilled)
        ]
    );
}

#[test]
fn the_number_of_after_a_figure_and_a_contingent_named_in_the_next_sentence() {
    assert_eq!(
        chart(
            "Gao, 5 May 2021 - The blast brought to 10 the number of blue helmets killed since the \
             start of the year."
        ),
        [(10.0, Category::PeacekeepersKilled)]
    );
    let fs = text_facts(
        "Bamako, 17 October 2022 - Three peacekeepers were killed this morning near Tessalit. The \
         victims belonged to the Egyptian contingent.",
    );
    assert_eq!(fs[0].contingent.as_deref(), Some("Egypt"), "{fs:#?}");
    // A next sentence with figures of its own is about them, not the victims before.
    let fs = text_facts(
        "Bamako, 17 October 2022 - Three peacekeepers were killed this morning near Tessalit. The \
         Egyptian contingent has 1,100 soldiers in the north.",
    );
    let dead = fs.iter().find(|f| f.value == 3.0).unwrap();
    assert_eq!(dead.contingent, None);
}

#[test]
fn a_sentence_can_continue_the_last_ones_figure() {
    let fs = text_facts(
        "Gao, 11 June 2021 - The Takuba force counts about 800 special forces. About 300 of them \
         are French; Sweden provides 140, Estonia some 95 and the Czech Republic 60.",
    );
    let got: Vec<(f64, Category, Option<&str>)> = fs
        .iter()
        .map(|f| (f.value, f.category, f.contingent.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (800.0, Category::Troops, None),
            (300.0, Category::Troops, Some("France")),
            (140.0, Category::Troops, Some("Sweden")),
            (95.0, Category::Troops, Some("Estonia")),
            (60.0, Category::Troops, Some("Czechia")),
        ]
    );
    assert_eq!(fs[1].subject.as_deref(), Some("Task Force Takuba"));
    assert_eq!(
        chart(
            "Paris, 3 January 2020 - By 31 December 2019, 209 MINUSMA personnel had died. Of the \
             127 hostile-act fatalities, 49 were Chadian."
        ),
        [
            (209.0, Category::PeacekeepersKilled),
            (127.0, Category::PeacekeepersKilled),
            (49.0, Category::PeacekeepersKilled)
        ]
    );
}

#[test]
fn a_strength_verb_after_casualties_starts_a_strength_and_refugees_by_predicate() {
    assert_eq!(
        chart(
            "Bamako, 27 November 2019 - The army has lost upwards of 140 soldiers since late \
             September, an extraordinary rate for a force that numbers perhaps 20,000 on paper."
        ),
        [
            (140.0, Category::MilitaryKilled),
            (20000.0, Category::Troops)
        ]
    );
    assert_eq!(
        chart(
            "Bamako, 12 July 2023 - More than 375,000 Malians are internally displaced and a \
             further 200,000 live as refugees in Mauritania."
        ),
        [
            (375000.0, Category::Displaced),
            (200000.0, Category::Displaced)
        ]
    );
    assert_eq!(
        chart(
            "Bamako, 4 September 2024 - The rebels claimed that 47 Malian soldiers and 84 Wagner \
             fighters had died."
        ),
        [
            (47.0, Category::MilitaryKilled),
            (84.0, Category::MilitaryKilled)
        ]
    );
}

#[test]
fn subsets_comrades_one_more_and_machine_translated_casualties() {
    assert_eq!(
        chart(
            "Bamako, 31 May 2019 - As at 24 May, the military component comprised 12,672 \
             personnel, including 412 women."
        ),
        [(12672.0, Category::Troops), (412.0, Category::Troops)]
    );
    assert_eq!(
        chart(
            "Kidal, 2 October 2015 - A rocket attack on the camp killed a Senegalese peacekeeper \
             and lightly injured two of his comrades."
        ),
        [
            (1.0, Category::PeacekeepersKilled),
            (2.0, Category::PeacekeepersWounded)
        ]
    );
    assert_eq!(
        chart(
            "Gao, 20 July 2016 - Two Dutch soldiers of MINUSMA died and one more was wounded when \
             a mortar round exploded."
        ),
        [
            (2.0, Category::PeacekeepersKilled),
            (1.0, Category::PeacekeepersWounded)
        ]
    );
    assert_eq!(
        chart(
            "Ouagadougou, 2 July 2015 - Five Burkinabe peacekeepers lost the life in an ambush. \
             The attack also made five wounded of which four in a serious state. The Burkinabe \
             contingent counts eight deaths since the deployment of the Minusma."
        ),
        [
            (5.0, Category::PeacekeepersKilled),
            (5.0, Category::PeacekeepersWounded),
            (4.0, Category::PeacekeepersWounded),
            (8.0, Category::PeacekeepersKilled)
        ]
    );
    assert_eq!(
        chart(
            "Kidal, 28 November 2015 - The rockets killed two peacekeepers from Guinea and a \
             civilian contractor."
        ),
        [
            (2.0, Category::PeacekeepersKilled),
            (1.0, Category::CiviliansKilled)
        ]
    );
}

#[test]
fn the_whole_of_a_partitive_and_the_subject_of_a_whose_clause() {
    let fs = text_facts(
        "Dakar, 18 September 2014 - Chad provides about 1,200 of the 9,300 soldiers now serving \
         in the U.N. force.",
    );
    let c = |v: f64| fs.iter().find(|f| f.value == v).unwrap().contingent.clone();
    assert_eq!(c(1200.0).as_deref(), Some("Chad"));
    assert_eq!(c(9300.0), None);
    let fs = text_facts(
        "The Hague, 7 October 2016 - Germany, whose 570 soldiers in Gao rely on the Dutch \
         helicopters for medical evacuation, wants a replacement.",
    );
    assert_eq!(fs[0].contingent.as_deref(), Some("Germany"), "{fs:#?}");
}

#[test]
fn wounded_in_many_phrasings() {
    let fs = chart(
        "Gao, 12 March 2021 - The attack left two dead and 11 injured among the peacekeepers. \
         Four of the injured were in critical condition. A further three were injured. Twelve \
         peacekeepers, including two women, were wounded. The explosion resulted in the injury \
         of three peacekeepers. Among the wounded were five Togolese. The number of injured rose \
         to 30. Eight peacekeepers were slightly wounded and two seriously.",
    );
    assert_eq!(
        fs,
        [
            (2.0, Category::PeacekeepersKilled),
            (11.0, Category::PeacekeepersWounded),
            (4.0, Category::PeacekeepersWounded),
            (3.0, Category::PeacekeepersWounded),
            (12.0, Category::PeacekeepersWounded),
            (2.0, Category::PeacekeepersWounded),
            (3.0, Category::PeacekeepersWounded),
            (5.0, Category::PeacekeepersWounded),
            (30.0, Category::PeacekeepersWounded),
            (8.0, Category::PeacekeepersWounded),
            (2.0, Category::PeacekeepersWounded),
        ]
    );
}

#[test]
fn ranks_are_soldiers_when_killed_or_deployed_not_when_named() {
    assert_eq!(
        chart(
            "Paris, 26 November 2019 - Thirteen French soldiers died. The dead - six officers and \
             six non-commissioned officers - were serving with Operation Barkhane."
        )
        .iter()
        .filter(|(_, c)| *c == Category::MilitaryKilled)
        .count(),
        3
    );
    assert_eq!(
        chart(
            "Timbuktu, 21 January 2015 - Around 30 Swedish staff officers have served at MINUSMA \
             headquarters since 2013."
        ),
        [(30.0, Category::Troops)]
    );
    assert_eq!(
        chart(
            "Bamako, 7 November 2023 - MINUSMA's report led to sanctions on two high-ranking \
             Malian officers."
        ),
        []
    );
}

#[test]
fn respectively_pairs_countries_and_figures_in_order() {
    let fs = text_facts(
        "Gao, 3 March 2020 - The British will work beside the German and Swedish units of \
         MINUSMA, of roughly 1,000 and 250 soldiers respectively.",
    );
    let got: Vec<(f64, Option<&str>)> = fs
        .iter()
        .map(|f| (f.value, f.contingent.as_deref()))
        .collect();
    assert_eq!(got, [(1000.0, Some("Germany")), (250.0, Some("Sweden"))]);
}

#[test]
fn relative_clauses_adverbs_degrees_and_partitive_wholes() {
    let f = text_facts(
        "Published 2 June 2020\n\n\
         The mission, which fields some 12,900 military and police personnel in Mali, has lost \
         more than 200 members since 2013.\n\n\
         Over the past year 31 blue helmets were killed and 140 wounded there, most by mines.\n\n\
         A rocket struck the camp at Tessalit, killing one peacekeeper from Chad and injuring \
         one other Chadian peacekeeper.\n\n\
         Three UN police officers were shot dead and five others hurt, one critically, near \
         the market.\n\n\
         The police component counted 1,650 of the 1,920 authorised personnel.\n",
    );
    let cat = |needle: &str, written: &str| find(&f, needle, written).category;
    // The relative clause's number takes no predicate from the main clause after it.
    assert_eq!(cat("which fields", "12,900"), Category::UniformedPersonnel);
    assert_eq!(cat("which fields", "200"), Category::PeacekeepersKilled);
    // "140 wounded there": an adverb ends the elided noun's phrase.
    assert_eq!(cat("140 wounded", "140"), Category::PeacekeepersWounded);
    // "one other Chadian peacekeeper" and "one critically" are counts.
    let other = find(&f, "one other", "one");
    assert!(f.iter().any(|x| x.quote.contains("one other")
        && x.category == Category::PeacekeepersWounded
        && x.value == 1.0));
    assert_eq!(
        other.subject.as_deref(),
        Some("MINUSMA, Chadian contingent")
    );
    assert!(f.iter().any(|x| x.quote.contains("one critically")
        && x.category == Category::PeacekeepersWounded
        && x.value == 1.0));
    // The whole of a partitive counts what its part counts.
    assert_eq!(cat("police component", "1,650"), Category::Police);
    assert_eq!(cat("police component", "1,920"), Category::Police);
}

#[test]
fn authorized_ceilings_after_a_figure_count_what_it_counts() {
    let f = text_facts(
        "Report of the Secretary-General, 30 May 2018\n\n\
         41. The police component comprised 1 705 personnel, or 89 per cent of the authorized \
         1 920, including 260 women.\n\n\
         42. The military component stood at 12 021 troops against an authorised 13 289.\n\n\
         43. The Mission had 1 401 civilian staff against 1 700 approved positions, and 160 \
         United Nations Volunteers.\n",
    );
    let cat = |needle: &str, written: &str| find(&f, needle, written).category;
    assert_eq!(cat("police component", "1 920"), Category::Police);
    assert_eq!(cat("military component", "13 289"), Category::Troops);
    assert_eq!(cat("approved positions", "1 700"), Category::CivilianStaff);
    assert_eq!(cat("approved positions", "160"), Category::CivilianStaff);
}

#[test]
fn dotted_abbreviations_inside_the_quantity_phrase() {
    let f = text_facts(
        "Wire\n\nPublished 4 June 2019\n\nGAO, Mali (AP) — Three U.N. peacekeepers from Chad \
         died on Monday and four others were hurt. Some 13,000 U.N. troops serve in the country.\n",
    );
    let k = find(&f, "Three U.N.", "Three");
    assert_eq!(k.category, Category::PeacekeepersKilled);
    assert_eq!(k.unit, "peacekeepers");
    assert_eq!(find(&f, "13,000 U.N.", "13,000").category, Category::Troops);
}

#[test]
fn an_elided_figure_continues_the_paragraph_before() {
    let f = text_facts(
        "Wire\n\nDAKAR, 3 March 2022 (AFP) - Two peacekeepers from Togo were killed on Tuesday \
         when their vehicle struck a mine near Bandiagara.\n\n\
         Four others were wounded, one of them seriously.\n\n\
         Local officials said 12 people had fled the area.\n",
    );
    let w = find(&f, "Four others", "Four");
    assert_eq!(w.category, Category::PeacekeepersWounded);
    assert_eq!(
        w.subject.as_deref().map(|s| s.starts_with("MINUSMA")),
        Some(true)
    );
    // A paragraph that names its own people is not a continuation.
    assert_eq!(find(&f, "12 people", "12").category, Category::Displaced);
}

#[test]
fn a_demonym_list_with_places_after_each_member() {
    let f = text_facts(
        "Wire\n\nPublished 3 June 2016\n\nThe attacks on MINUSMA killed four Chadians near Tessalit, \
         three Guineans outside Kidal and one Chinese engineer in Gao.\n",
    );
    let g = find(&f, "three Guineans", "three");
    assert_eq!(g.category, Category::PeacekeepersKilled);
    assert_eq!(g.contingent.as_deref(), Some("Guinea"));
}

#[test]
fn a_french_text_is_read_with_the_french_word_lists() {
    let text = "Mali : attaque contre un camp de la Minusma\n\n\
        GAO, 12 avril 2021 (AFP) - Quatre casques bleus tchadiens ont été tués et dix-neuf \
        autres blessés, dont trois grièvement, lors d'une attaque contre le camp d'Aguelhok.\n\n\
        La Minusma compte quelque 13 000 militaires et 1 900 policiers. Depuis 2013, plus de \
        230 casques bleus ont perdu la vie au Mali.\n\n\
        Au moins 21 civils ont été tués dans le centre. Environ 120 000 personnes ont fui.\n\n\
        Un casque bleu égyptien a été tué mardi. Le contingent togolais compte 900 hommes. \
        Le pays compte 1,5 million de déplacés.\n\n\
        Le Niger y déploie quelque 1.400 militaires et policiers.\n\n\
        Deux casques bleus guinéens ont perdu la vie et deux de leurs camarades ont été \
        blessés. Douze soldats de la Minusma ont été blessés, trois d'entre eux grièvement, \
        et une douzaine d'autres casques bleus ont été évacués.\n\n\
        Le Tchad fournit près de 1 400 soldats à la Minusma, le Bangladesh environ 1 300.\n";
    assert!(crate::lexicon::is_french(text));
    assert!(!crate::lexicon::is_french(
        "Four peacekeepers were killed in the attack on the camp."
    ));
    // A short dispatch with few grammar words: its elided article says French.
    assert!(crate::lexicon::is_french(
        "BAMAKO (AFP) - 14 Casques bleus sont morts l'année précédente."
    ));
    assert!(!crate::lexicon::is_french(
        "Côte d'Ivoire sent 650 troops to the mission."
    ));
    let f = text_facts(text);
    let k = find(&f, "Quatre casques", "Quatre");
    assert_eq!(k.category, Category::PeacekeepersKilled);
    assert_eq!(k.contingent.as_deref(), Some("Chad"));
    assert_eq!(find(&f, "Quatre casques", "dix-neuf").value, 19.0);
    // "casques bleus tchadiens … dix-neuf autres": the contingent named after its noun.
    assert_eq!(
        find(&f, "Quatre casques", "dix-neuf").contingent.as_deref(),
        Some("Chad")
    );
    assert_eq!(
        find(&f, "Quatre casques", "dix-neuf").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "compte quelque", "13 000").category,
        Category::Troops
    );
    assert_eq!(
        find(&f, "compte quelque", "1 900").category,
        Category::Police
    );
    let t = find(&f, "Depuis 2013", "230");
    assert_eq!(t.category, Category::PeacekeepersKilled);
    assert_eq!(
        t.as_of().map(|d| d[..4].to_string()).as_deref(),
        Some("2021")
    );
    assert_eq!(
        find(&f, "21 civils", "21").category,
        Category::CiviliansKilled
    );
    assert_eq!(find(&f, "120 000", "120 000").category, Category::Displaced);
    let one = find(&f, "Un casque", "Un");
    assert_eq!(
        (one.value, one.category),
        (1.0, Category::PeacekeepersKilled)
    );
    assert_eq!(one.contingent.as_deref(), Some("Egypt"));
    assert_eq!(find(&f, "togolais", "900").category, Category::Troops);
    assert_eq!(
        find(&f, "militaires et policiers", "1.400").category,
        Category::UniformedPersonnel
    );
    // Elisions ("d'entre eux", "d'autres") are read as the word after the apostrophe.
    for (needle, written) in [
        ("de leurs camarades", "deux"),
        ("trois d'entre eux", "trois"),
    ] {
        assert!(
            f.iter().any(|x| x.quote.contains(needle)
                && x.value_text == written
                && x.category == Category::PeacekeepersWounded),
            "{written} in “{needle}”"
        );
    }
    // A contributing country as the clause's subject names the contingent.
    assert_eq!(
        find(&f, "Le Tchad fournit", "1 400").contingent.as_deref(),
        Some("Chad")
    );
    assert_eq!(
        find(&f, "Le Tchad fournit", "1 300").contingent.as_deref(),
        Some("Bangladesh")
    );
    let d = find(&f, "1,5 million", "1,5 million");
    assert_eq!((d.value, d.category), (1_500_000.0, Category::Displaced));
}

#[test]
fn a_date_after_a_figure_with_a_thousands_comma_is_in_its_clause() {
    let f = text_facts(
        "Analysis\n\nPublished 12 January 2022\n\nOperation Barkhane had 5,100 troops in the \
         Sahel in June 2020.\n",
    );
    let t = find(&f, "5,100 troops", "5,100");
    assert_eq!(t.date.as_deref(), Some("2020-06"));
}

#[test]
fn the_army_of_a_mali_text_is_fama() {
    let f = text_facts(
        "Army toll rises\n\nBAMAKO, 2 November 2019 - Mali's army raised to 53 the number of \
         soldiers killed in an assault on a post near Menaka.\n\nIn September the army lost at \
         least 38 of its men in twin raids near the border.\n",
    );
    for (needle, written) in [("Mali's army", "53"), ("the army lost", "38")] {
        let k = find(&f, needle, written);
        assert_eq!(k.category, Category::MilitaryKilled, "{written}");
        assert_eq!(
            k.subject.as_deref(),
            Some("Malian Armed Forces (FAMa)"),
            "{written}"
        );
    }
}

#[test]
fn worldwide_clause_and_national_troops_of_an_operation() {
    let f = text_facts(
        "Peacekeeping today\n\nDecember 9, 2021\n\nToday over 87,000 peacekeepers from more than \
         120 countries serve in 12 UN missions worldwide, of whom some 15,000 are deployed in \
         Mali.\n\nThe pull-out concerns the Barkhane force, which counts about 4,300 French \
         soldiers in the Sahel.\n",
    );
    let subject = |w: &str| find(&f, "", w).subject.clone();
    assert_eq!(
        subject("87,000").as_deref(),
        Some("UN peacekeeping (all missions)")
    );
    assert_eq!(subject("15,000").as_deref(), Some("MINUSMA"));
    assert_eq!(subject("4,300").as_deref(), Some("Operation Barkhane"));
}

#[test]
fn bracketed_counts_in_a_list_row_keep_their_own_country() {
    let f = text_facts(
        "MINUSMA at a glance\n\nJune 15, 2021\n\n- Largest troop contributors in April 2021: \
         Chad (1,446), Bangladesh (1,383), Egypt (1,072) and Togo (933).\n",
    );
    for (w, country) in [
        ("1,446", "Chad"),
        ("1,383", "Bangladesh"),
        ("1,072", "Egypt"),
        ("933", "Togo"),
    ] {
        let k = find(&f, "contributors", w);
        assert_eq!(k.category, Category::Troops, "{w}");
        assert_eq!(k.contingent.as_deref(), Some(country), "{w}");
    }
}

#[test]
fn a_header_cell_with_a_year_and_a_rule_under_the_header_keep_the_columns() {
    let f = text_facts(
        "Who serves\n\nMain contributors to the UN mission in Mali, as at 31 March 2023\n\n\
         Country   | Troops | Police | Deaths since 2013\n\
         ----------|--------|--------|------------------\n\
         Chad      |  1,447 |     10 |  62\n\
         Togo      |    733 |    274 |  30\n",
    );
    let cat = |w: &str| find(&f, "", w).category;
    assert_eq!(cat("1,447"), Category::Troops);
    assert_eq!(cat("274"), Category::Police);
    assert_eq!(cat("62"), Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "733").contingent.as_deref(), Some("Togo"));
}

#[test]
fn french_compounds_total_columns_and_places_in_tables() {
    let f = text_facts(
        "La Minusma en chiffres\n\nPublié le 28 août 2023\n\n\
         Lorsque la résolution 2690 a été adoptée, la mission comptait 12 947 personnels en \
         uniforme et 1 573 membres du personnel civil.\n\n\
         Trois soldats de la paix sénégalais ont été tués et quatre de leurs compatriotes ont \
         été blessés.\n\n\
         | Pays | Militaires | Policiers | Total |\n\
         |---|---|---|---|\n\
         | Togo | 936 | 302 | 1 238 |\n\n\
         Répartition des déplacés internes par région\n\
         | Région | PDI |\n\
         | Mopti | 139 016 |\n",
    );
    let cat = |w: &str| find(&f, "", w).category;
    assert_eq!(cat("12 947"), Category::UniformedPersonnel);
    assert_eq!(cat("1 573"), Category::CivilianStaff);
    assert_eq!(cat("Trois"), Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "Trois").contingent.as_deref(), Some("Senegal"));
    assert_eq!(cat("quatre"), Category::PeacekeepersWounded);
    assert_eq!(cat("936"), Category::Troops);
    assert_eq!(cat("302"), Category::Police);
    assert_eq!(cat("1 238"), Category::UniformedPersonnel);
    assert_eq!(cat("139 016"), Category::Displaced);
}

#[test]
fn french_forces_by_their_french_names_and_the_texts_own_mission() {
    let f = text_facts(
        "Chronologie\n\nPublié le 2 novembre 2019\n\n\
         L'armée malienne a perdu 53 soldats à Indelimane.\n\n\
         Cela porte à vingt-huit le nombre de militaires français morts au Mali depuis 2013.\n\n\
         En 2013, la Minusma succède à la Misma. Son plafond est fixé à 11 200 militaires.\n",
    );
    let subject = |w: &str| find(&f, "", w).subject.clone();
    assert_eq!(subject("53").as_deref(), Some("Malian Armed Forces (FAMa)"));
    assert_eq!(subject("vingt-huit").as_deref(), Some("French forces"));
    assert_eq!(subject("11 200").as_deref(), Some("MINUSMA"));
}

#[test]
fn contractors_of_a_named_force_more_of_a_nationality_and_one_from_a_country() {
    let f = text_facts(
        "Mali after the mission\n\nDecember 9, 2021\n\n\
         The junta turned to an estimated 1,500 Russian contractors from the Wagner Group.\n\n\
         Seven Togolese peacekeepers were killed and three more Togolese were seriously hurt.\n\n\
         Egypt and Chad lost three and two peacekeepers respectively, while one peacekeeper \
         from Jordan and one from Guinea were also killed.\n\n\
         At least 500 people died during the intervention of Malian soldiers.\n",
    );
    let k = find(&f, "contractors", "1,500");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::Troops, Some("Wagner Group"))
    );
    let k = find(&f, "more Togolese", "three");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Togo"))
    );
    let guinea = f
        .iter()
        .find(|x| x.quote.contains("one from Guinea") && x.contingent.as_deref() == Some("Guinea"))
        .expect("one from Guinea");
    assert_eq!(guinea.category, Category::PeacekeepersKilled);
    // A force named after a casualty verb is no owner of the dead.
    assert_eq!(
        find(&f, "500 people", "500").category,
        Category::CiviliansKilled
    );
}

#[test]
fn one_of_a_wounded_group_who_died_and_french_un() {
    let f = text_facts(
        "Kerena\n\nFebruary 10, 2021\n\nMINUSMA regrets to announce that one of the seriously \
         wounded peacekeepers, a captain of the Togolese contingent, succumbed to his injuries.\n",
    );
    assert_eq!(
        find(&f, "succumbed", "one").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "Kéréna\n\nPublié le 10 février 2021\n\nLe bilan s'alourdit : un des Casques bleus \
         togolais grièvement blessés ce matin a succombé à ses blessures.\n\n\
         Le 3 novembre, un Casque bleu du contingent tchadien a été tué par des obus.\n\n\
         Quatre Casques bleus jordaniens y avaient été blessés ; un d'entre eux est décédé.\n\n\
         La présence des 4 500 militaires français de Barkhane.\n",
    );
    for needle in ["un des Casques", "un Casque bleu du", "un d'entre"] {
        assert_eq!(
            find(&f, needle, "un").category,
            Category::PeacekeepersKilled,
            "{needle}"
        );
    }
    assert_eq!(find(&f, "4 500", "4 500").category, Category::Troops);
}

#[test]
fn french_spaced_percent_toll_before_and_long_compound_subjects() {
    let f = text_facts(
        "Note\n\nPublié le 16 août 2022\n\n\
         La Task Force Takuba a compté jusqu'à 800 militaires, dont environ 40 % de Français.\n\n\
         Assaut contre le contingent tchadien à Aguelhok. Dix morts sur le coup ; le bilan \
         passe à onze en février, lorsqu'un blessé succombe.\n\n\
         Trois des soldats de la paix sénégalais de la mission des Nations Unies au Mali ont été \
         tués mardi.\n",
    );
    assert!(f
        .iter()
        .all(|x| x.value != 40.0 || x.category == Category::Other));
    assert_eq!(
        find(&f, "bilan passe", "onze").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "sénégalais", "Trois").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn soldiers_killed_no_sentence_attributes_are_the_host_army() {
    let f = text_facts(
        "Éditorial\n\nPublié le 4 novembre 2019\n\n\
         Le gouvernement a d'abord évoqué 15 militaires tués, puis 35.\n",
    );
    for w in ["15", "35"] {
        let k = find(&f, "évoqué", w);
        assert_eq!(
            (k.category, k.subject.as_deref()),
            (Category::MilitaryKilled, Some("Malian Armed Forces (FAMa)")),
            "{w}"
        );
    }
}

#[test]
fn a_countrys_possessive_owns_the_troops_after_it() {
    let f = text_facts(
        "UK leaves Mali\n\nNovember 15, 2022\n\nGermany's contingent of some 1,100 soldiers, the \
         largest European presence in the mission, is due to leave, and Sweden's roughly 220 \
         troops are scheduled to depart.\n",
    );
    assert_eq!(find(&f, "", "1,100").contingent.as_deref(), Some("Germany"));
    assert_eq!(find(&f, "", "220").contingent.as_deref(), Some("Sweden"));
}

#[test]
fn a_relative_clause_after_a_country_is_about_it() {
    let f = text_facts(
        "Council debate\n\nOctober 12, 2022\n\nThe speaker for Egypt, whose country deploys \
         nearly 1,100 troops to MINUSMA, asked for air cover.\n",
    );
    assert_eq!(find(&f, "", "1,100").contingent.as_deref(), Some("Egypt"));
}

#[test]
fn french_number_words_with_et_head_nouns_and_components() {
    let f = text_facts(
        "Rapport\n\nPublié le 3 juin 2022\n\n\
         Le Premier ministre vient d'annoncer un bilan de trente et un villageois tués.\n\n\
         Au 30 avril, 175 466 réfugiés maliens étaient accueillis au Burkina Faso.\n\n\
         Au 20 mai 2022, l'effectif militaire de la MINUSMA s'élevait à 12 388 personnes.\n\n\
         La composante Police comptait 1 715 agents.\n",
    );
    let k = find(&f, "villageois", "trente et un");
    assert_eq!((k.value, k.category), (31.0, Category::CiviliansKilled));
    assert_eq!(find(&f, "", "175 466").category, Category::Displaced);
    assert_eq!(find(&f, "", "12 388").category, Category::Troops);
    assert_eq!(find(&f, "", "1 715").category, Category::Police);
}

#[test]
fn an_army_named_in_the_sentence_says_whose_dead_and_spaced_percent_cells() {
    let f = text_facts(
        "Boulkessy\n\nPublié le 4 octobre 2019\n\n\
         Boulkessy et Mondoro : le bilan s'alourdit à 38 morts dans les rangs des FAMa.\n\n\
         – 25 novembre : treize militaires français de Barkhane meurent dans une collision.\n\n\
         Déplacés internes par région\n\
         | Région | Déplacés internes | Part |\n\
         | Kidal  | 8 602             | 0 %  |\n",
    );
    assert_eq!(find(&f, "", "38").category, Category::MilitaryKilled);
    assert_eq!(find(&f, "", "treize").category, Category::MilitaryKilled);
    assert!(
        f.iter().all(|x| x.value != 0.0),
        "a percentage cell is no count"
    );
}

#[test]
fn one_after_a_list_word_with_a_casualty_and_uniformed_peacekeepers() {
    let f = text_facts(
        "Report\n\nJune 20, 2016\n\nOn 29 May, five peacekeepers from Togo were killed and one was \
         injured in an attack on a convoy near Sévaré.\n\nWith about 13,000 of the roughly 82,000 \
         uniformed peacekeepers deployed worldwide, Mali hosts a sixth of them.\n",
    );
    assert_eq!(
        find(&f, "one was injured", "one").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "", "82,000").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn personnel_of_a_named_force_police_peacekeepers_and_police_compounds() {
    let f = text_facts(
        "Contributors\n\nDecember 5, 2020\n\n140 police peacekeepers fly to Mali.\n\n\
         Bangladesh Police sent a fresh 140-member contingent to Mali on Friday.\n\n\
         Western governments estimate that the Wagner Group has around 1,000 personnel in Mali.\n",
    );
    assert_eq!(find(&f, "fly", "140").category, Category::Police);
    assert_eq!(find(&f, "member", "140").category, Category::Police);
    let k = find(&f, "Wagner", "1,000");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::Troops, Some("Wagner Group"))
    );
}

#[test]
fn french_worldwide_figures_and_hyphenated_countries() {
    let f = text_facts(
        "Éditorial\n\nPublié le 29 mai 2023\n\n\
         Aujourd'hui encore, quelque 87 000 militaires et policiers servent dans douze opérations.\n\n\
         Le Royaume-Uni a rapatrié ses quelque 300 militaires à la fin de 2022.\n",
    );
    assert_eq!(
        find(&f, "", "87 000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
    assert_eq!(
        find(&f, "", "300").contingent.as_deref(),
        Some("United Kingdom")
    );
}

#[test]
fn a_fact_sheet_item_is_no_caption_and_its_last_figure_may_trail_a_phrase() {
    let f = text_facts(
        "La MINUSMA en chiffres\nMise à jour : 30 juin 2023\n\n\
         • Création : 25 avril 2013 (résolution 2100 du Conseil de sécurité)\n\
         • Personnel civil : 1 791 personnes, dont 791 recrutées localement\n\
         • Casques bleus décédés depuis 2013 : 310, dont 187 dans des actes hostiles\n",
    );
    let k = find(&f, "", "1 791");
    assert_eq!(
        (k.category, k.date.as_deref()),
        (Category::CivilianStaff, Some("2023-06-30"))
    );
    assert_eq!(find(&f, "", "310").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "187").category, Category::PeacekeepersKilled);
}

#[test]
fn did_not_survive_is_a_death_and_things_are_no_claims() {
    let f = text_facts(
        "Aguelhok\n\nPublié le 21 janvier 2019\n\nDix casques bleus tchadiens ont été tués à \
         Aguelhok. « Deux de nos frères blessés n'ont pas survécu \
         pendant la nuit », a confié un officier tchadien.\n\nLa seconde phase prévoit la fermeture \
         de six autres bases.\n",
    );
    assert_eq!(
        find(&f, "survécu", "Deux").category,
        Category::PeacekeepersKilled
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "six" || x.category == Category::Other));
}

#[test]
fn a_partitive_keeps_its_contingent_and_a_mission_component_is_the_mission() {
    let f = text_facts(
        "BAMAKO, 22 février 2023 (AFP) - Trois des soldats de la paix sénégalais de la Minusma \
         ont été tués mardi.\n\nLa force Barkhane a poursuivi ses opérations avec la Force \
         conjointe du G5 Sahel.\n\nIX. Capacités\n\nAu 1er décembre, l'effectif de la composante \
         militaire s'élevait à 13 047 personnes, dont 530 femmes, sur un effectif autorisé de \
         13 289.\n",
    );
    assert_eq!(
        find(&f, "sénégalais", "Trois").contingent.as_deref(),
        Some("Senegal")
    );
    for n in ["13 047", "530", "13 289"] {
        let k = find(&f, "composante", n);
        assert_eq!(
            (k.category, k.subject.as_deref()),
            (Category::Troops, Some("MINUSMA")),
            "{n}"
        );
    }
    let e = text_facts(
        "Published 3 March 2023\n\nThree of the Chadian peacekeepers of MINUSMA were killed.\n",
    );
    assert_eq!(
        find(&e, "Chadian", "Three").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn a_report_breakdown_of_strengths_by_kind_of_personnel() {
    let en = text_facts(
        "1 June 2022\n\nAs at 20 May 2022, MINUSMA's military strength stood at 12,388 \
         personnel, against an authorized 13,289: 40 military observers, 446 staff officers \
         and 11,902 contingent members.\n\nOn the same date, the police component had 1,715 \
         officers out of the 1,920 authorized, including 298 individual police officers and \
         1,417 members of formed police units.\n\nOf the 1,881 approved civilian posts, 1,604 \
         were filled.\n",
    );
    let fr = text_facts(
        "1er juin 2022\n\nAu 20 mai 2022, l'effectif militaire de la MINUSMA s'élevait à 12 388 \
         personnes, pour un effectif autorisé de 13 289 : 40 observateurs militaires, 446 \
         officiers d'état-major et 11 902 membres des contingents.\n\nÀ la même date, la \
         composante Police comptait 1 715 agents sur les 1 920 autorisés, dont 298 membres de \
         la police hors unités constituées.\n\nSur les 1 881 postes civils approuvés, 1 604 \
         étaient pourvus.\n",
    );
    for (f, want) in [
        (
            &en,
            [
                ("446", Category::Troops),
                ("11,902", Category::Troops),
                ("1,920", Category::Police),
                ("298", Category::Police),
                ("1,881", Category::CivilianStaff),
                ("1,604", Category::CivilianStaff),
            ],
        ),
        (
            &fr,
            [
                ("446", Category::Troops),
                ("11 902", Category::Troops),
                ("1 920", Category::Police),
                ("298", Category::Police),
                ("1 881", Category::CivilianStaff),
                ("1 604", Category::CivilianStaff),
            ],
        ),
    ] {
        for (n, c) in want {
            assert_eq!(find(f, "", n).category, c, "{n}");
        }
    }
}

#[test]
fn a_breakdown_after_a_colon_and_men_and_women_of_a_mission() {
    let f = text_facts(
        "GAO, 14 février 2020 - D'après le gouvernement, neuf personnes ont péri : un soldat et \
         huit civils qui voyageaient avec le convoi.\n\nLa MINUSMA a lu les noms de 309 femmes \
         et hommes morts au Mali depuis 2013.\n\nLa seconde phase prévoit la fermeture de six \
         autres bases.\n",
    );
    assert_eq!(find(&f, "soldat", "un").category, Category::MilitaryKilled);
    assert_eq!(
        find(&f, "soldat", "huit").category,
        Category::CiviliansKilled
    );
    assert_eq!(
        find(&f, "noms", "309").category,
        Category::PeacekeepersKilled
    );
    assert!(f.iter().all(|x| x.value_text != "six"));
    let e = text_facts(
        "Published 14 February 2020\n\nThe attack killed 12 people: four soldiers and eight \
         civilians.\n\nIn the village, 30 men and women were killed.\n\nThe Swedish task force \
         of MINUSMA numbers about 250 men and women.\n",
    );
    assert_eq!(find(&e, "", "four").category, Category::MilitaryKilled);
    assert_eq!(find(&e, "", "eight").category, Category::CiviliansKilled);
    assert_eq!(find(&e, "", "30").category, Category::CiviliansKilled);
    assert_eq!(find(&e, "", "250").category, Category::Troops);
}

#[test]
fn a_subset_after_its_own_uncharted_whole_is_not_the_previous_sentences() {
    let f = text_facts(
        "Publié le 4 octobre 2019\n\nTrente-huit de nos soldats y sont tombés.\n\nSelon le \
         ministre, 33 éléments ont été retrouvés vivants, dont huit sont soignés à Sévaré.\n",
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "huit" || x.category == Category::Other));
}

#[test]
fn whose_number_across_a_comma_a_for_phrase_and_a_nations_operations() {
    let f = text_facts(
        "BAMAKO, 21 janvier 2019 (AFP) - La Minusma a été durement touchée. Forte de quelque \
         13 000 militaires et 1 900 policiers, elle opère aux côtés des 4 500 soldats français \
         de l'opération Barkhane.\n\nLe 25 novembre, treize militaires français de Barkhane \
         meurent dans la collision de deux hélicoptères.\n",
    );
    assert_eq!(find(&f, "", "13 000").subject.as_deref(), Some("MINUSMA"));
    assert_eq!(find(&f, "", "1 900").subject.as_deref(), Some("MINUSMA"));
    assert_eq!(
        find(&f, "", "4 500").subject.as_deref(),
        Some("Operation Barkhane")
    );
    assert_eq!(
        find(&f, "", "treize").subject.as_deref(),
        Some("Operation Barkhane")
    );
    let e = text_facts(
        "Published 26 November 2019\n\nFrench losses since January 2013 (Serval, then \
         Barkhane): 50 dead.\n\nThe Bundestag mandate allows up to 1,100 soldiers for MINUSMA \
         and up to 600 for EUTM.\n\nConsisting of 11,700 soldiers deployed by more than 55 \
         countries, MINUSMA protects civilians.\n",
    );
    let k = find(&e, "", "50");
    assert_eq!(
        (k.subject.as_deref(), k.contingent.as_deref()),
        (Some("French forces"), None)
    );
    assert_eq!(
        find(&e, "", "600").subject.as_deref(),
        Some("European Union")
    );
    assert_eq!(find(&e, "", "11,700").subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn french_strengths_in_men_ranges_and_qualified_subsets() {
    let f = text_facts(
        "Publié le 21 janvier 2019\n\nLe contingent tchadien, qui aligne environ 1 400 hommes \
         répartis entre Aguelhok et Kidal, est régulièrement visé.\n\nLe camp abrite le \
         bataillon malien de la Force conjointe du G5 Sahel, fort d'environ 650 hommes.\n\n\
         Selon des sources diplomatiques, les effectifs de Wagner au Mali seraient compris entre \
         1 000 et 1 200 hommes.\n\nLa Bundeswehr a environ 1 000 soldats au Mali, dont à peu \
         près 900 avec la MINUSMA.\n\nLe contingent togolais réunit quelque 930 militaires \
         ainsi qu'une unité de police constituée de 140 éléments.\n",
    );
    let k = find(&f, "", "1 400");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Chad"))
    );
    let k = find(&f, "", "650");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::Troops, Some("G5 Sahel Joint Force"))
    );
    for n in ["1 000", "1 200"] {
        let k = find(&f, "Wagner", n);
        assert_eq!(
            (k.category, k.subject.as_deref()),
            (Category::Troops, Some("Wagner Group")),
            "{n}"
        );
    }
    let k = find(&f, "", "900");
    assert_eq!(
        (k.category, k.qualifier, k.contingent.as_deref()),
        (Category::Troops, Qualifier::About, Some("Germany"))
    );
    assert_eq!(find(&f, "", "140").category, Category::Police);
}

#[test]
fn a_fact_sheets_part_rows_under_a_period_caption() {
    let f = text_facts(
        "MINUSMA — Contributions\nSituation au 31 mars 2019\n\nPertes cumulées du 1er juillet \
         2013 au 31 mars 2019\nDécès, toutes causes confondues ............ 195\n   dont à la \
         suite d'actes malveillants ..... 122\n",
    );
    for n in ["195", "122"] {
        let k = find(&f, "", n);
        assert_eq!(
            (k.category, k.date.as_deref(), k.date_end.as_deref()),
            (
                Category::PeacekeepersKilled,
                Some("2013-07-01"),
                Some("2019-03-31")
            ),
            "{n}"
        );
    }
}

#[test]
fn a_timeline_entry_opens_on_its_own_date_and_a_strength_after_a_toll_is_no_casualty() {
    let f = text_facts(
        "Chronologie\nPublié le 16 août 2022\n\n25 novembre 2019 — Treize militaires de \
         Barkhane meurent dans la collision de deux hélicoptères.\n\nFévrier 2013 — Serval \
         atteint son effectif maximal, 4 500 hommes.\n",
    );
    let k = find(&f, "", "Treize");
    assert_eq!(
        (k.date.as_deref(), k.date_basis),
        (Some("2019-11-25"), DateBasis::Event)
    );
    let k = find(&f, "", "4 500");
    assert_eq!(
        (k.category, k.date.as_deref()),
        (Category::Troops, Some("2013-02"))
    );
    // A dateline that is the text's own date still dates the report, not the figure.
    let e =
        text_facts("BAMAKO, 12 January 2018 (AA) - The mission lost 21 peacekeepers last year.\n");
    assert_eq!(find(&e, "", "21").date.as_deref(), Some("2017"));
}

#[test]
fn french_casualties_of_de_phrases_lists_tolls_and_a_forces_own() {
    let f = text_facts(
        "NIAMEY, 4 octobre 2014 (AFP) - Le Niger observe trois jours de deuil après la mort de \
         neuf de ses soldats, tués dans le nord-est du Mali sous le drapeau de la Minusma. Deux \
         de ses camarades, grièvement touchés, ont été évacués.\n\nLe communiqué de l'armée \
         faisait état de 17 soldats et 4 civils tués.\n\nLa mission a perdu 311 des siens en \
         dix ans.\n\nRestent, aux côtés des FAMa, les quelque 1 500 combattants de Wagner.\n\n\
         Avec cette attaque, le nombre de Casques bleus tués dans des actes hostiles depuis le \
         déploiement de la mission s'élève à 42, et 166 ont été blessés.\n",
    );
    assert_eq!(find(&f, "", "neuf").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "Deux").category, Category::PeacekeepersWounded);
    assert_eq!(find(&f, "", "17").category, Category::MilitaryKilled);
    assert_eq!(find(&f, "", "311").category, Category::PeacekeepersKilled);
    let k = find(&f, "", "1 500");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::Troops, Some("Wagner Group"))
    );
    assert_eq!(find(&f, "", "42").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "166").category, Category::PeacekeepersWounded);
}

#[test]
fn fact_sheet_labels_nationalities_after_one_and_a_missions_own_in_the_next_sentence() {
    let f = text_facts(
        "Published 3 March 2022\n\nIn June 2021 a suicide attack near Tarkint injured thirteen \
         peacekeepers - twelve of them German and one Belgian.\n\nThe mission lowers its flag. \
         In ten years, 311 of its personnel died in service.\n\n* Fatalities since July 2013: \
         177 peacekeepers, of whom 104 died as a result of malicious acts\n\nBy 28 September \
         the mission said 2,680 members of its Force had been repatriated.\n",
    );
    let k = find(&f, "", "one");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Belgium"))
    );
    assert_eq!(find(&f, "", "311").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "177").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "2,680").category, Category::Troops);
}

#[test]
fn a_toll_with_no_word_of_whose_counts_the_storys_victims_and_other_fates_are_no_deaths() {
    let f = text_facts(
        "Vendredi 3 juillet 2015\n\nÀ la une : six Casques bleus burkinabè tués hier dans le \
         nord du Mali.\n\nLe convoi est tombé dans une embuscade. Au début, une source \
         sécuritaire parlait de cinq morts et de neuf blessés.\n\nAu village, 20 personnes ont \
         été tuées.\n\nAu moins 35 habitants ont été tués, et 19 autres sont toujours portés \
         disparus.\n\nTableau 1 : Personnes déplacées internes par région\n",
    );
    assert_eq!(find(&f, "", "cinq").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "neuf").category, Category::PeacekeepersWounded);
    assert_eq!(find(&f, "", "20").category, Category::CiviliansKilled);
    assert!(f
        .iter()
        .all(|x| (x.value_text != "19" && x.value_text != "1") || x.category == Category::Other));
}

#[test]
fn a_contributors_dead_and_a_whole_whose_part_is_police() {
    for (text, dead, whole) in [
        (
            "Publié le 29 mai 2023\n\nLa Minusma a perdu 309 Casques bleus. Le Tchad, premier \
             contributeur africain avec 1 450 soldats, compte à lui seul plus de 70 morts.\n\n\
             Sur le terrain, la Minusma aligne quelque 13 000 hommes, dont 1 700 policiers.\n",
            "70",
            "13 000",
        ),
        (
            "Published 29 May 2023\n\nMINUSMA has lost 309 peacekeepers. Chad, the largest \
             African contributor with 1,450 soldiers, alone counts more than 70 dead.\n\nOn the \
             ground, MINUSMA fields some 13,000 personnel, including 1,700 police.\n",
            "70",
            "13,000",
        ),
    ] {
        let f = text_facts(text);
        let k = find(&f, "", dead);
        assert_eq!(
            (k.category, k.contingent.as_deref()),
            (Category::PeacekeepersKilled, Some("Chad"))
        );
        assert_eq!(find(&f, "", whole).category, Category::UniformedPersonnel);
    }
}

#[test]
fn a_toll_that_names_no_one_keeps_the_storys_contingent_and_an_elided_article_names_a_country() {
    let f = text_facts(
        "Vendredi 3 juillet 2015\n\nÀ la une : six Casques bleus burkinabè tués hier dans le \
         nord du Mali.\n\nAu début, une source sécuritaire parlait de cinq morts et de neuf \
         blessés.\n\nLes Occidentaux sont moins nombreux : l'Allemagne, premier contributeur \
         européen avec près de 1 100 militaires, et la Suède.\n",
    );
    for n in ["cinq", "neuf"] {
        assert_eq!(
            find(&f, "", n).contingent.as_deref(),
            Some("Burkina Faso"),
            "{n}"
        );
    }
    assert_eq!(find(&f, "", "1 100").contingent.as_deref(), Some("Germany"));
}

#[test]
fn national_shares_of_them_belong_to_the_multinational_force_before() {
    let f = text_facts(
        "Published 11 June 2021\n\nTask Force Takuba counts about 600 special forces. About 300 \
         of them are French; Sweden provides 140, Estonia some 95 and the Czech Republic 60.\n",
    );
    for (n, c) in [("140", "Sweden"), ("95", "Estonia")] {
        let k = find(&f, "", n);
        assert_eq!(
            (k.subject.as_deref(), k.contingent.as_deref()),
            (Some("Task Force Takuba"), Some(c))
        );
    }
}

#[test]
fn the_same_count_again_is_the_same_contingents_and_soldiers_of_a_contributor_are_peacekeepers() {
    let f = text_facts(
        "NIAMEY, 4 octobre 2014 (AFP) - Le Niger observe trois jours de deuil après la mort de \
         neuf de ses soldats, tués dans le nord-est du Mali sous le drapeau de la Minusma.\n\n\
         « Les neuf militaires sont morts sur le coup », a confié un officier nigérien. Deux de \
         ses camarades, grièvement touchés, ont été évacués.\n",
    );
    let k = find(&f, "militaires", "neuf");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Niger"))
    );
    let k = find(&f, "", "Deux");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Niger"))
    );
}

#[test]
fn per_cent_lives_claimed_uniformed_women_and_men_and_a_nations_losses_beside_its_operation() {
    let f = text_facts(
        "Published 9 December 2020\n\nChad has about 1,450 troops in MINUSMA. By the end of last \
         year, 51 of them had lost their lives.\n\nAn attack on the army camp at Bamba claimed \
         the lives of 25 soldiers.\n\nAs at the same date, 36 per cent of the staff were women, \
         and more than 60 countries sent personnel.\n\nTogo has some 930 personnel deployed, out \
         of a total of around 15,200 uniformed women and men serving with MINUSMA.\n\nFrance \
         has lost 50 soldiers in the Sahel since it intervened in 2013 and still keeps some \
         5,100 troops there under Barkhane.\n",
    );
    assert_eq!(find(&f, "", "51").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "25").category, Category::MilitaryKilled);
    assert_eq!(find(&f, "", "36").category, Category::Other);
    assert_eq!(find(&f, "", "60").category, Category::Other);
    assert_eq!(
        find(&f, "", "15,200").category,
        Category::UniformedPersonnel
    );
    assert_eq!(find(&f, "", "50").subject.as_deref(), Some("French forces"));
}

#[test]
fn a_month_of_last_year_a_year_ago_and_whom_in_its_own_sentence() {
    let f = text_facts(
        "Published 30 June 2023\n\nHe recalled the execution of some 500 civilians at Moura in \
         March of last year.\n\nAnd just over a year ago, 49 Malian soldiers were killed in a \
         single attack.\n\nSome 2,000 people fled. China's representative said its troops, some \
         400 of whom are deployed in Gao, would withdraw.\n",
    );
    assert_eq!(find(&f, "", "500").date.as_deref(), Some("2022-03"));
    assert_eq!(find(&f, "", "49").date.as_deref(), Some("2022"));
    assert_eq!(find(&f, "", "400").category, Category::Troops);
}

#[test]
fn french_relative_dates() {
    let f = text_facts(
        "Publié le 30 juin 2023\n\nEn mars dernier, 300 civils ont été tués à Moura.\n\nL'an \
         dernier, 40 civils ont été tués à Ogossagou.\n\nMardi, 12 civils ont été tués près de \
         Gao.\n\nEn décembre, 9 civils ont été tués près de Kidal.\n\nIl y a deux ans, 33 civils \
         ont été tués près de Bandiagara.\n\nLe 12 mars, 7 civils ont été tués près de Mopti.\n",
    );
    for (n, d) in [
        ("300", "2023-03"),
        ("40", "2022"),
        ("12", "2023-06-27"),
        ("9", "2022-12"),
        ("33", "2021"),
        ("7", "2023-03-12"),
    ] {
        assert_eq!(find(&f, "", n).date.as_deref(), Some(d), "{n}");
    }
}

#[test]
fn a_range_counts_what_its_second_end_counts_for_the_force_it_names() {
    let f = text_facts(
        "Officials put the number of Russian fighters at work beside the army at between 900 and \
         1,300 Russian fighters, while the mission keeps 12,000 troops.\n",
    );
    for n in ["900", "1,300"] {
        assert_eq!(find(&f, "", n).category, Category::Troops, "{n}");
        assert_eq!(
            find(&f, "", n).subject.as_deref(),
            Some("Wagner Group"),
            "{n}"
        );
    }
}

#[test]
fn a_speakers_own_country_and_a_country_far_before_its_figure() {
    let f = text_facts(
        "About MINUSMA.\n\nThe delegate of Niger said his country, which has some 850 soldiers and \
         police officers in Mali, wanted more helicopters.\n\nTogo, which has served in the \
         mission since its first months and has lost many of its men under the UN flag, keeps \
         about 930 troops there.\n\nTwo mines later, seven dead and twelve wounded were counted \
         in the ranks of the contingent of Guinea.\n\nThe Egyptian envoy said its troops, some \
         300 of whom are in Kidal, would stay.\n",
    );
    assert_eq!(find(&f, "", "850").contingent.as_deref(), Some("Niger"));
    assert_eq!(find(&f, "", "930").contingent.as_deref(), Some("Togo"));
    assert_eq!(find(&f, "", "seven").contingent.as_deref(), Some("Guinea"));
    assert_eq!(find(&f, "", "twelve").contingent.as_deref(), Some("Guinea"));
}

#[test]
fn a_bare_number_answering_a_question_counts_what_it_asks() {
    let f = text_facts(
        "Questions about MINUSMA\n\nHow many blue helmets have lost their lives in Mali?\n\nJust \
         over 310 since 2013, two thirds of them in attacks.\n\nHow many soldiers does the mission \
         still have? Roughly 11,000, against 13,289 authorized.\n\nWhen will it leave? 2023 is \
         the year set.\n",
    );
    assert_eq!(find(&f, "", "310").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "11,000").category, Category::Troops);
    assert!(f.iter().all(|x| x.value_text != "2023"));
    let f = text_facts(
        "Combien de soldats de la paix ont perdu la vie ?\n\nPlus de 300 depuis 2013.\n\nCombien \
         de civils ont fui leurs foyers ? Quelque 375 000 selon l'OCHA.\n",
    );
    assert_eq!(find(&f, "", "300").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "", "375 000").category, Category::Displaced);
}

#[test]
fn french_groups_with_complements_children_as_a_part_and_a_figure_against_an_earlier_one() {
    let f = text_facts(
        "Rapport du Secrétaire général\n\n12. La composante Police de la Mission comptait 1 612 \
         personnes, dont 1 290 membres d'unités de police constituées.\n\n13. Les violences ont \
         fait au moins 140 morts parmi les civils dans les cercles de Bankass et de Koro, dont 21 \
         enfants. Le nombre de personnes déplacées à l'intérieur du pays s'élevait à 81 200, \
         contre 64 900 en mai.\n",
    );
    assert_eq!(find(&f, "", "1 290").category, Category::Police);
    assert_eq!(find(&f, "", "21").category, Category::CiviliansKilled);
    assert_eq!(find(&f, "", "64 900").category, Category::Displaced);
}

#[test]
fn a_verb_with_its_own_later_object_a_bodys_membership_and_units_counted_as_units() {
    let f = text_facts(
        "NEW YORK (AP) - The Council voted to reinforce the UN mission in Mali by 1,800 troops, \
         after a wave of attacks that killed 14 peacekeepers. A delegation of the 15-member \
         Council, which condemned the killings, flew to Bamako. The police component numbered \
         1,650 officers, including nine formed police units.\n",
    );
    assert_eq!(find(&f, "", "1,800").category, Category::Troops);
    assert_eq!(find(&f, "", "14").category, Category::PeacekeepersKilled);
    assert!(f.iter().all(|x| x.value_text != "15"), "{f:#?}");
    assert!(
        f.iter()
            .all(|x| x.value_text != "nine" || x.category == Category::Other),
        "{f:#?}"
    );
}

#[test]
fn a_contributing_countrys_partitive_dead_are_peacekeepers() {
    let f = text_facts(
        "About MINUSMA, the UN mission in Mali.\n\nNiger, which keeps some 850 soldiers with the \
         mission in the east, had lost 23 of its personnel by the end of last year.\n",
    );
    let dead = find(&f, "", "23");
    assert_eq!(dead.category, Category::PeacekeepersKilled);
    assert_eq!(dead.contingent.as_deref(), Some("Niger"));
}

#[test]
fn national_shares_of_a_multinational_force_and_a_missions_possessive_after_a_speaker() {
    let f = text_facts(
        "About MINUSMA, the UN mission in Mali.\n\nTask Force Takuba reached about 700 personnel \
         last year. Denmark sends a commando unit of 90, Estonia 95 and Italy close to 200.\n\nThe \
         G5 Sahel Joint Force has 5,000 soldiers, among them a 1,100-strong Chadian \
         battalion.\n\nThe delegate of Norway said the Mission's roughly 11,000 troops faced a \
         hard withdrawal.\n",
    );
    for (n, c) in [("90", "Denmark"), ("95", "Estonia"), ("200", "Italy")] {
        let x = find(&f, "", n);
        assert_eq!(x.subject.as_deref(), Some("Task Force Takuba"), "{n}");
        assert_eq!(x.contingent.as_deref(), Some(c), "{n}");
    }
    assert_eq!(find(&f, "", "1,100").contingent.as_deref(), Some("Chad"));
    let t = find(&f, "", "11,000");
    assert_eq!(t.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(t.contingent, None);
}

#[test]
fn a_reports_undated_figures_hold_at_the_end_of_the_period_it_covers() {
    let f = text_facts(
        "Report of the Secretary-General on the situation in Mali\n\n5 January 2022\n\n1. The \
         present report covers developments from 1 October to 20 December 2021.\n\n2. In total, \
         eleven peacekeepers were killed during the period. On 3 January 2022, 12 civilians were \
         killed near Gao.\n",
    );
    let dead = find(&f, "", "eleven");
    assert_eq!(dead.date.as_deref(), Some("2021-12-20"));
    assert_eq!(dead.date_basis, DateBasis::Period);
    assert_eq!(find(&f, "", "12").date.as_deref(), Some("2022-01-03"));
}

#[test]
fn a_resolutions_number_and_its_bracketed_year_date_nothing() {
    let f = text_facts(
        "Published 12 March 2016\n\nThe authorized strength of MINUSMA, as extended by resolution \
         2227 (2015), stands at 11,240 military personnel. Resolution 2100 first authorized up to \
         11,200 troops.\n",
    );
    assert_eq!(find(&f, "", "11,240").date.as_deref(), Some("2016-03-12"));
    assert_ne!(find(&f, "", "11,200").date.as_deref(), Some("2100"));
}

#[test]
fn at_the_same_date_takes_the_date_given_last() {
    let f = text_facts(
        "Published 14 January 2019\n\nAs of 31 December 2018, some 120,000 people were displaced \
         in the centre. The mission's strength stood at 12,300 troops at the same date.\n",
    );
    let t = find(&f, "", "12,300");
    assert_eq!(t.date.as_deref(), Some("2018-12-31"));
    assert_eq!(t.date_basis, DateBasis::Stated);
}

#[test]
fn a_component_named_well_before_its_count_says_what_it_counts() {
    let f = text_facts(
        "Rapport du Secrétaire général sur la MINUSMA\n\nAu 15 mai 2016, l'effectif de la \
         composante militaire de la MINUSMA s'établissait à 10 540 personnes. L'effectif civil \
         se composait de 1 210 personnes.\n",
    );
    assert_eq!(find(&f, "", "10 540").category, Category::Troops);
    assert_eq!(find(&f, "", "1 210").category, Category::CivilianStaff);
}

#[test]
fn a_number_of_displaced_after_deaths_and_a_bare_part_of_a_toll() {
    let f = text_facts(
        "About MINUSMA, the mission in Mali.\n\nAt least 120 civilians were killed in the centre \
         in 2018, and the number of internally displaced people rose to 77,046 by December.\n\nThe \
         toll of hostile acts against the mission climbs to 51 blue helmets killed, of which \
         twelve since January, and 170 wounded.\n",
    );
    assert_eq!(find(&f, "", "77,046").category, Category::Displaced);
    assert_eq!(
        find(&f, "", "twelve").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "", "170").category, Category::PeacekeepersWounded);
}

#[test]
fn a_year_said_in_words_is_no_count() {
    let f = text_facts(
        "REPORTER: Since two thousand and fifteen, two hundred and six peacekeepers have died \
         in Mali; in twenty twenty alone, nine.\n",
    );
    assert!(
        f.iter().all(|x| x.value != 2015.0 && x.value != 15.0),
        "{f:#?}"
    );
    assert_eq!(
        find(&f, "", "two hundred and six").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_force_with_a_relative_clause_owns_its_figure_not_the_country_before() {
    let f = text_facts(
        "Le Togo déploie près de 900 militaires au sein de la Force de la MINUSMA, qui compte au \
         total quelque 12 100 militaires et 1 650 policiers.\n",
    );
    assert_eq!(find(&f, "", "900").contingent.as_deref(), Some("Togo"));
    for n in ["12 100", "1 650"] {
        assert_eq!(find(&f, "", n).contingent, None, "{n}");
        assert_eq!(find(&f, "", n).subject.as_deref(), Some("MINUSMA"), "{n}");
    }
}

#[test]
fn a_casualty_figure_repeated_takes_the_contingent_one_mention_gives() {
    let f = text_facts(
        "Four UN peacekeepers killed by mine in central Mali\n\nBAMAKO, March 3 (Reuters) - Four \
         peacekeepers died on Tuesday when their vehicle struck a mine, the UN mission said.\n\nThe \
         four Nigerien peacekeepers who died had been escorting a convoy near Ansongo.\n",
    );
    let all: Vec<&Fact> = f.iter().filter(|x| x.value == 4.0).collect();
    assert_eq!(all.len(), 3, "{f:#?}");
    for x in all {
        assert_eq!(x.contingent.as_deref(), Some("Niger"), "{}", x.quote);
    }
}

#[test]
fn survival_denied_is_a_death() {
    let f = text_facts(
        "Drone strike near Kidal\n\nEleven villagers were killed outright and four more did not \
         survive their wounds.\n",
    );
    assert_eq!(find(&f, "", "four").category, Category::CiviliansKilled);
    let f = text_facts(
        "Attaque contre le camp de la MINUSMA\n\nDeux casques bleus n'ont pas survécu à leurs \
         blessures.\n",
    );
    assert_eq!(find(&f, "", "Deux").category, Category::PeacekeepersKilled);
}

#[test]
fn a_possessive_partitives_owner_far_before_and_a_participle_part() {
    let f = text_facts(
        "La MINUSMA au Mali.\n\nLe Niger, qui aligne près de 850 hommes dans les secteurs les plus \
         exposés de l'Est - Ménaka, Ansongo et Ouatagouna -, a payé un lourd tribut parmi les pays \
         contributeurs : 23 de ses soldats ont été tués depuis 2013.\n\nLe personnel civil \
         s'élevait à 1 210 personnes, dont 815 recrutées sur le plan national.\n",
    );
    let dead = find(&f, "", "23");
    assert_eq!(dead.category, Category::PeacekeepersKilled);
    assert_eq!(dead.contingent.as_deref(), Some("Niger"));
    assert_eq!(find(&f, "", "815").category, Category::CivilianStaff);
}

#[test]
fn a_figure_continuing_the_one_before_keeps_its_owner() {
    let f = text_facts(
        "Published 27 January 2021\n\nAbout MINUSMA.\n\nWorldwide, 23 peacekeepers were killed by \
         malicious acts in 2020, down from 26 in 2019.\n",
    );
    for n in ["23", "26"] {
        assert_eq!(
            find(&f, "", n).subject.as_deref(),
            Some("UN peacekeeping (all missions)"),
            "{n}"
        );
    }
}

#[test]
fn a_nationality_in_the_unit_a_strength_is_of() {
    let f = text_facts(
        "Report on MINUSMA\n\nA Bangladeshi engineering company of 210 personnel is expected in \
         May, and a Chadian battalion of about 700 soldiers later.\n",
    );
    assert_eq!(
        find(&f, "", "210").contingent.as_deref(),
        Some("Bangladesh")
    );
    assert_eq!(find(&f, "", "700").contingent.as_deref(), Some("Chad"));
}

#[test]
fn a_speakers_country_through_its_possessive_pronoun_or_government() {
    let f = text_facts(
        "About MINUSMA, the UN mission in Mali.\n\nOperation Barkhane had some 3,000 soldiers \
         across the Sahel.\n\nNiger's representative recalled that his country's 860 soldiers \
         held the eastern camps. The representative of Bangladesh said its 1,400 blue helmets \
         were ready. Egypt's speaker said his Government would deploy a battalion of 650 troops.\n",
    );
    for (n, c) in [("860", "Niger"), ("1,400", "Bangladesh"), ("650", "Egypt")] {
        let x = find(&f, "", n);
        assert_eq!(x.contingent.as_deref(), Some(c), "{n}");
        assert!(
            x.subject.as_deref().unwrap_or("").starts_with("MINUSMA"),
            "{n}"
        );
    }
}

#[test]
fn bare_figures_after_a_counted_run_count_the_same_respectively() {
    let f = text_facts(
        "About MINUSMA.\n\nThe Council raised the authorized size to 13,289 military personnel and \
         1,920 police, up from 12,640 and 1,440 respectively.\n",
    );
    assert_eq!(find(&f, "", "12,640").category, Category::Troops);
    assert_eq!(find(&f, "", "1,440").category, Category::Police);
}

#[test]
fn a_contributing_countrys_personnel_in_a_peace_operation_are_troops() {
    let f = text_facts(
        "Berlin, 4 May 2022. MINUSMA will keep its base in Gao. Sweden currently has some 250 \
         personnel with the UN mission, most of them in Timbuktu.",
    );
    let x = find(&f, "250", "250");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Sweden"));
    // Not a country's: the mission's own personnel may be civilians too.
    let f = text_facts("Bamako, 4 May 2022. MINUSMA has some 15,000 personnel in Mali.");
    assert_ne!(find(&f, "15,000", "15,000").category, Category::Troops);
}

#[test]
fn a_contingents_personnel_with_police_among_them_are_uniformed_personnel() {
    let f = text_facts(
        "Lomé, 4 May 2022. MINUSMA thanked its contributors. Niger deploys some 870 personnel \
         with the mission, including a formed police unit of 140 officers.",
    );
    let x = find(&f, "870", "870");
    assert_eq!(x.category, Category::UniformedPersonnel);
    assert_eq!(x.contingent.as_deref(), Some("Niger"));
}

#[test]
fn service_personnel_and_a_contributors_personnel_are_troops() {
    let f = text_facts(
        "London, 3 December 2020. Some 300 Dutch service personnel will join MINUSMA this \
         month. Since 2014 more than 2,000 Swedish personnel have served with the mission in \
         Timbuktu.",
    );
    let x = find(&f, "300", "300");
    assert_eq!(x.category, Category::Troops);
    let x = find(&f, "2,000", "2,000");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Sweden"));
}

#[test]
fn every_one_of_them_is_no_count() {
    let f = text_facts(
        "London, 3 December 2022. More than 900 British personnel have served with MINUSMA in \
         Gao, and I thank every one of them. No one was hurt.",
    );
    assert!(f.iter().all(|x| x.value_text != "one"), "{f:?}");
}

#[test]
fn parts_of_a_figure_named_before_count_what_it_counts() {
    let f = text_facts(
        "The Hague, 3 March 2016. Some 450 Dutch soldiers serve with MINUSMA in Gao. Of these, \
         380 make up the intelligence task force, and the remaining 70 form a logistics \
         detachment.",
    );
    for n in ["380", "70"] {
        let x = find(&f, n, n);
        assert_eq!(x.category, Category::Troops, "{n}");
        // Parts of the Dutch soldiers, in a text that speaks of the Dutch: Dutch too.
        assert_eq!(
            x.subject.as_deref(),
            Some("MINUSMA, Dutch contingent"),
            "{n}"
        );
    }
}

#[test]
fn men_killed_whom_the_sentence_calls_civilians_are_civilians() {
    let f = text_facts(
        "Bamako, le 12 avril 2022. Selon l'enquête de la MINUSMA, les soldats ont exécuté \
         sommairement quelque 40 villageois. Des témoins font état de 60 à 70 hommes \
         exécutés, pour la plupart des civils peuls.",
    );
    for n in ["40", "60", "70"] {
        assert_eq!(find(&f, n, n).category, Category::CiviliansKilled, "{n}");
    }
}

#[test]
fn parts_of_a_toll_keep_its_victims_whoever_killed_them() {
    let f = text_facts(
        "Bamako, 3 May 2022. At least 90 civilians were killed in the region in April. Of \
         these, at least 60 were killed by Malian soldiers.",
    );
    let x = find(&f, "60", "60");
    assert_eq!(x.category, Category::CiviliansKilled);
}

#[test]
fn a_bare_number_that_serves_is_a_strength_of_whom_the_words_say() {
    let f = text_facts(
        "Bamako, 10 April 2019. The Council lets MINUSMA deploy up to 1,920 police. At the end \
         of March, 1,702 were on the ground. Of the police, 230 were women. Around 1,300 serve \
         in formed police units, and the remaining 402 are individual officers. Some 1,500 \
         serve in the engineering companies.",
    );
    for n in ["1,702", "230", "1,300"] {
        assert_eq!(find(&f, n, n).category, Category::Police, "{n}");
    }
    assert_eq!(find(&f, "1,500", "1,500").category, Category::Troops);
    // Still a noun of its own: "police on the ground".
    let f = text_facts("Bamako, 10 April 2019. MINUSMA had 1,702 police on the ground.");
    assert_eq!(find(&f, "1,702", "1,702").category, Category::Police);
}

#[test]
fn footnote_markers_are_no_figures() {
    let f = text_facts(
        "Takuba. The task force lost no soldier in action.[3] Estonia's detachment numbered 95 \
         soldiers.[5][6] Sweden sent 150 special forces personnel[7] in 2021.",
    );
    for v in [3.0, 5.0, 6.0, 7.0] {
        assert!(f.iter().all(|x| x.value != v), "{v}: {f:?}");
    }
    assert!(f.iter().any(|x| x.value == 95.0));
}

#[test]
fn lives_given_or_paid_are_deaths() {
    let f = text_facts(
        "Paris, 5 October 2021. Forty-one French soldiers had given their lives in the Sahel \
         since 2013. Two of our Togolese peacekeepers paid with their lives.",
    );
    assert_eq!(
        find(&f, "Forty-one", "Forty-one").category,
        Category::MilitaryKilled
    );
    assert_eq!(
        find(&f, "Two", "Two").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn one_of_them_wounded_nouns_and_a_contributors_soldiers_in_a_peacekeeping_story() {
    let f = text_facts(
        "BAMAKO, 12 février 2021 (AFP) - Douze Casques bleus nigériens ont été blessés \
         mercredi, et l'un d'eux est décédé vendredi, a annoncé la Minusma. Une source \
         militaire nigérienne évoquait pour sa part sept blessés graves.",
    );
    let x = find(&f, "l'un", "l'un");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.unit, "personnel");
    assert_eq!(
        find(&f, "sept", "sept").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn french_displacement_and_arrivals_nouns() {
    let f = text_facts(
        "Niamey, le 3 mai 2022. Les combats ont provoqué le déplacement de plus de 12 000 \
         personnes, tandis que plus de 6 000 autres ont gagné le Niger. Le camp de Mbera a \
         enregistré près de 4 200 nouvelles arrivées depuis janvier.",
    );
    for n in ["12 000", "6 000", "4 200"] {
        assert_eq!(find(&f, n, n).category, Category::Displaced, "{n}");
    }
    assert_eq!(find(&f, "6 000", "6 000").unit, "people");
}

#[test]
fn deaths_under_the_un_flag_are_all_missions_strengths_are_the_missions() {
    let f = text_facts(
        "NEW YORK, 20 January 2022 (UN) – Twenty-four peacekeepers were killed in malicious \
         acts while serving under the United Nations flag during 2021, the Staff Union said. \
         In Mali, the 13,000 soldiers and police under the UN flag remain.",
    );
    assert_eq!(
        find(&f, "Twenty-four", "Twenty-four").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
    assert_ne!(
        find(&f, "13,000", "13,000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn a_speakers_possessive_right_before_the_number_names_the_contingent() {
    let f = text_facts(
        "New York, 5 October 2021. The representative of Senegal said his 1,050 soldiers in \
         the Mopti region faced attacks every week.",
    );
    assert_eq!(
        find(&f, "1,050", "1,050").contingent.as_deref(),
        Some("Senegal")
    );
}

#[test]
fn a_hyphenated_country_named_before_the_speakers_country() {
    let f = text_facts(
        "New York, le 7 avril 2022. Le représentant du Royaume-Uni a indiqué que son pays \
         maintenait 250 soldats au sein de la MINUSMA.",
    );
    assert_eq!(
        find(&f, "250", "250").contingent.as_deref(),
        Some("United Kingdom")
    );
}

#[test]
fn a_force_the_title_names_owns_later_paragraphs_that_name_none() {
    let f = text_facts(
        "Opération Barkhane\n\nL'opération Barkhane est une opération militaire française. \
         Elle prend le relais, le 1er août 2014, de l'opération Serval.\n\nSommaire\n\n1 \
         Effectifs\n\n2 Pertes\n\nEn 2016, le dispositif compte quelque 3 500 hommes.\n",
    );
    assert_eq!(
        find(&f, "3 500", "3 500").subject.as_deref(),
        Some("Operation Barkhane")
    );
}

#[test]
fn households_and_families_are_no_count_of_people() {
    let f = text_facts(
        "Gao, 30 June 2014. Some 1,240 displaced households received kits, and about 6,500 \
         displaced people were registered. Ten United Nations Volunteers joined the Mission.",
    );
    assert_eq!(find(&f, "1,240", "1,240").category, Category::Other);
    assert_eq!(find(&f, "6,500", "6,500").category, Category::Displaced);
    assert_eq!(find(&f, "Ten", "Ten").category, Category::CivilianStaff);
}

#[test]
fn bodies_found_are_the_dead() {
    let f = text_facts(
        "Mopti, 24 March 2019. Gunmen attacked the village of Ogossagou at dawn. Rescuers \
         pulled 134 bodies from the burnt houses.",
    );
    assert_eq!(find(&f, "134", "134").category, Category::CiviliansKilled);
}

#[test]
fn a_span_of_years_dates_a_figure_as_of_its_end() {
    let f = text_facts(
        "Bamako, 2 February 2024. Over the years 2014–2022, another 615 peacekeepers were \
         wounded in attacks on the Mission.",
    );
    let w = find(&f, "615", "615");
    assert_eq!(w.category, Category::PeacekeepersWounded);
    assert_eq!(w.date_basis, DateBasis::Period);
    assert_eq!(w.as_of_year(), Some(2022));
}

#[test]
fn figures_of_a_relative_clause_take_no_loss_from_the_main_clause() {
    let f = text_facts(
        "Lomé, 9 mars 2020 (AFP) - Le Bénin, qui fournit quelque 450 militaires et 140 \
         policiers à la Minusma, n'avait plus perdu d'hommes au Mali depuis deux ans. Le \
         délégué du Niger, pays qui déploie près de 870 soldats dans la Mission, a rappelé que \
         son pays avait perdu plus de 20 hommes.",
    );
    assert_eq!(find(&f, "450", "450").category, Category::Troops);
    assert_eq!(find(&f, "140", "140").category, Category::Police);
    let niger = find(&f, "870", "870");
    assert_eq!(niger.category, Category::Troops);
    assert_eq!(niger.contingent.as_deref(), Some("Niger"));
}

#[test]
fn a_part_said_to_be_badly_hurt_is_wounded_whatever_follows() {
    let f = text_facts(
        "Gao, 4 May 2018. Six Barkhane soldiers were injured, two of them seriously, and \
         about ten assailants were killed.",
    );
    assert_ne!(
        find(&f, "two of them", "two").category,
        Category::MilitaryKilled
    );
    let f = text_facts(
        "Gao, le 4 mai 2018. L'état-major de Barkhane indique que cinq militaires ont été \
         blessés, dont deux grièvement, et que douze assaillants ont été tués.",
    );
    assert_ne!(
        find(&f, "deux grièvement", "deux").category,
        Category::MilitaryKilled
    );
}

#[test]
fn our_soldiers_in_a_contributors_release_are_its_contingent() {
    let f = text_facts(
        "Ministry of Defence\n\nPress release\nStockholm, 3 March 2020\n\nSwedish \
         peacekeepers attacked near Timbuktu\n\nAbout 220 of our soldiers serve with MINUSMA \
         in Timbuktu. In 2017, two of our soldiers were killed during a MINUSMA patrol.\n",
    );
    let strength = find(&f, "220", "220");
    assert_eq!(strength.category, Category::Troops);
    assert_eq!(strength.contingent.as_deref(), Some("Sweden"));
    assert_eq!(
        find(&f, "two of our", "two").contingent.as_deref(),
        Some("Sweden")
    );
    // Without a country in its header, "our" says nothing of whose.
    let f = text_facts(
        "Press release\nBamako, 3 March 2020\n\nAbout 220 of our soldiers serve with MINUSMA \
         in Timbuktu.\n",
    );
    assert_eq!(find(&f, "220", "220").contingent, None);
}

#[test]
fn forces_personnel_rotations_and_paramilitaries_are_troops() {
    let f = text_facts(
        "Gao, 2 June 2021. As of 1 June, 280 Dutch Armed Forces personnel were deployed to \
         MINUSMA. The 150 men and women of the rotation known as Atlas 7 arrived last week. \
         Observers count some 800 Russian paramilitaries in the centre.",
    );
    assert_eq!(find(&f, "280", "280").category, Category::Troops);
    assert_eq!(find(&f, "150", "150").category, Category::Troops);
    assert_eq!(find(&f, "800", "800").category, Category::Troops);
    // The rotation's name holds a number that counts no one.
    assert!(f
        .iter()
        .all(|x| x.value != 7.0 || x.category == Category::Other));
    // A casualty noun with its own number ("the deaths of 12") is no predicate of the
    // number before it.
    let f = text_facts(
        "New York, 2 June 2021. At the Council, the delegate said the 700 Togolese soldiers \
         serving with MINUSMA in Mopti remained committed, despite the deaths of 12 of their \
         comrades.",
    );
    assert_eq!(find(&f, "700", "700").category, Category::Troops);
    assert_ne!(find(&f, "deaths of 12", "12").category, Category::Troops);
}

#[test]
fn an_armys_friendly_side_toll_counts_its_soldiers() {
    let f = text_facts(
        "Bamako, le 5 février 2020. Communiqué des Forces armées maliennes (FAMa).\n\nLe bilan \
         est le suivant : côté ami, 11 morts et 9 blessés ; côté ennemi, 30 terroristes \
         neutralisés. Dans la soirée, l'armée perd deux hommes de plus, mortellement atteints \
         par une mine.",
    );
    let k = find(&f, "11 morts", "11");
    assert_eq!(k.category, Category::MilitaryKilled);
    assert_ne!(
        find(&f, "30 terroristes", "30").category,
        Category::MilitaryKilled
    );
    assert_eq!(
        find(&f, "perd deux", "deux").category,
        Category::MilitaryKilled
    );
    let f = text_facts(
        "Gao, 6 February 2020. Army statement. On the friendly side, 6 dead and 4 wounded; on \
         the enemy side, 20 terrorists neutralised.",
    );
    assert_eq!(find(&f, "6 dead", "6").category, Category::MilitaryKilled);
    // A list under its lead-in line.
    let f = text_facts(
        "Gao, 6 February 2020. Army statement.\n\nOn the friendly side:\n- 9 dead;\n- 5 \
         wounded.\n\nOn the enemy side:\n- 20 terrorists neutralised.\n",
    );
    assert_eq!(find(&f, "9 dead", "9").category, Category::MilitaryKilled);
}

#[test]
fn an_armys_victims_and_the_parts_of_a_civilian_toll_are_civilians() {
    let f = text_facts(
        "Bamako, 3 May 2022. Our researchers documented at least 410 civilians killed. Of these, \
         at least 290 deaths are attributed to state forces. In one village, soldiers and \
         foreign fighters gathered the men and executed some 60 of them.",
    );
    assert_eq!(find(&f, "290", "290").category, Category::CiviliansKilled);
    assert_eq!(
        find(&f, "60 of them", "60").category,
        Category::CiviliansKilled
    );
}

#[test]
fn a_bare_number_after_an_opening_partitive_is_a_part_of_its_toll() {
    let f = text_facts(
        "Bamako, 3 May 2022. Of the roughly 280 peacekeepers who have died in Mali since 2013, \
         about 160 fell to hostile acts. The army said it had killed 90 \"terrorists\".",
    );
    assert_eq!(
        find(&f, "160", "160").category,
        Category::PeacekeepersKilled
    );
    assert_ne!(find(&f, "90", "90").category, Category::CiviliansKilled);
}

#[test]
fn the_unit_of_a_text_about_one_contingent_is_that_contingent() {
    let f = text_facts(
        "Swedish task force settles in Timbuktu\n\nTimbuktu, 21 January 2015. MINUSMA welcomed \
         a new intelligence unit this week. The task force numbers about 250 men and women.\n",
    );
    assert_eq!(find(&f, "250", "250").contingent.as_deref(), Some("Sweden"));
    // Past an adjective, and beside the text's own country named again.
    let f = text_facts(
        "German engineers leave Gao\n\nGao, 12 December 2023. The German participation in \
         MINUSMA ends. On Tuesday the last contingent of 140 soldiers flew home. In summer the \
         contingent still had some 1,000 soldiers, under a Bundestag ceiling of 1,400.\n",
    );
    assert_eq!(
        find(&f, "140", "140").contingent.as_deref(),
        Some("Germany")
    );
    assert_eq!(
        find(&f, "1,000", "1,000").contingent.as_deref(),
        Some("Germany")
    );
    // "the contingents" are all of them.
    let f = text_facts(
        "Swedish task force settles in Timbuktu\n\nTimbuktu, 21 January 2015. The contingents \
         of MINUSMA count about 9,100 soldiers.\n",
    );
    assert_eq!(find(&f, "9,100", "9,100").contingent, None);
}

#[test]
fn a_countrys_personnel_in_un_peacekeeping_operations_are_worldwide() {
    let f = text_facts(
        "Gao, 1 June 2016. A Chinese peacekeeper was killed at the MINUSMA camp. In all, more \
         than 2,400 Chinese military and police personnel serve in UN peacekeeping operations, \
         most of them in Africa.",
    );
    assert_eq!(
        find(&f, "2,400", "2,400").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn members_of_a_private_military_company_and_jambaars_are_troops() {
    let f = text_facts(
        "New York, 4 mai 2022 (AFP) - Le Conseil s'inquiète du déploiement au Mali d'environ \
         1 200 membres du groupe Wagner. Le Sénégal maintient près de 900 jambaars à Kidal.",
    );
    assert_eq!(find(&f, "1 200", "1 200").category, Category::Troops);
    assert_eq!(find(&f, "900", "900").category, Category::Troops);
}

#[test]
fn a_part_named_by_its_copula_counts_what_it_names() {
    let f = text_facts(
        "Bamako, 3 May 2023. MINUSMA then counted 14,100 uniformed personnel, of whom 12,300 \
         were soldiers and 1,800 police.",
    );
    assert_eq!(find(&f, "12,300", "12,300").category, Category::Troops);
    assert_eq!(find(&f, "1,800", "1,800").category, Category::Police);
}

#[test]
fn the_parts_of_a_toll_named_by_their_copula_count_whom_they_name_as_of_the_tolls_date() {
    let f = text_facts(
        "Report, 3 October 2022\n\nIn 2021 roadside bombs killed 103 people. Of these, 27 were \
         civilians, 19 were peacekeepers and 57 were members of the Malian defence forces.",
    );
    let c = find(&f, "27 were", "27");
    assert_eq!(c.category, Category::CiviliansKilled);
    assert_eq!(c.as_of_year(), Some(2021));
    let p = find(&f, "19 were", "19");
    assert_eq!(p.category, Category::PeacekeepersKilled);
    assert_eq!(p.as_of_year(), Some(2021));
    assert_eq!(find(&f, "57 were", "57").category, Category::MilitaryKilled);
    // A part with a fate of its own keeps it: "19 were killed by soldiers" is no group.
    let f = text_facts(
        "Report, 3 October 2022\n\nIn 2021 mines wounded 40 peacekeepers. Of them, 12 were \
         Chadians.",
    );
    assert_eq!(
        find(&f, "12 were", "12").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn a_range_of_months_without_a_year_ends_at_its_latest_occurrence() {
    let f = text_facts(
        "Report released February 2020\n\nBetween January and November, researchers recorded \
         456 civilians killed. De novembre à janvier, 12 civils ont été tués.",
    );
    let a = find(&f, "456", "456");
    assert_eq!(
        (a.date.as_deref(), a.date_end.as_deref()),
        (Some("2019-01"), Some("2019-11"))
    );
    assert_eq!(a.as_of_year(), Some(2019));
}

#[test]
fn a_number_whose_own_verb_moves_troops_is_a_strength_after_a_toll() {
    let f = text_facts(
        "Bamako, 2 January 2024. In 2023 nine more blue helmets die, and nearly 13,000 troops and \
         police are withdrawn in six months. MINUSMA has lost more than 170 peacekeepers since it \
         deployed in 2013.",
    );
    assert_eq!(
        find(&f, "13,000", "13,000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "170", "170").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "Bamako, 2 janvier 2024. Deux Casques bleus ont été tués en décembre et 1 200 soldats \
         égyptiens ont été rapatriés.",
    );
    assert_eq!(find(&f, "1 200", "1 200").category, Category::Troops);
}

#[test]
fn a_running_total_under_a_years_label_counts_the_mission_up_to_that_year() {
    let f = text_facts(
        "MINUSMA, year by year\n\nPublished 2 January 2024\n\n2014: 28 blue helmets are killed, \
         nine of them Nigeriens in one ambush. Cumulative since 2013: 34.\n\n2017: Twenty-one \
         peacekeepers killed. Cumulative since 2013: 111.\n",
    );
    let a = find(&f, "Cumulative since 2013: 34", "34");
    assert_eq!(a.category, Category::PeacekeepersKilled);
    // The part just before ("nine of them Nigeriens") lends the total no contingent.
    assert_eq!(a.contingent, None);
    assert_eq!(a.as_of_year(), Some(2014));
    let b = find(&f, "Cumulative since 2013: 111", "111");
    assert_eq!(b.category, Category::PeacekeepersKilled);
    assert_eq!(b.as_of_year(), Some(2017));
    let f = text_facts(
        "La MINUSMA, année par année\n\nPublié le 29 décembre 2023\n\n2014 : 28 Casques bleus \
         sont tués, dont neuf Nigériens dans une embuscade. Cumul : 34.\n",
    );
    let c = find(&f, "Cumul", "34");
    assert_eq!(c.category, Category::PeacekeepersKilled);
    assert_eq!(c.contingent, None);
}

#[test]
fn a_toll_far_above_a_contingents_dead_is_the_missions() {
    let f = text_facts(
        "Bamako, 29 décembre 2021. Le 8 décembre, sept Togolais sont tués près de Bandiagara. \
         Treize morts sur l'année ; cumul : 154.",
    );
    assert_eq!(find(&f, "cumul", "154").contingent, None);
    // The same contingent's later dead, and its wounded however many, stay its own.
    let f = text_facts(
        "Bamako, 9 décembre 2021. Sept Casques bleus togolais ont été tués mercredi. Le bilan \
         est passé à huit morts jeudi. Vingt autres ont été blessés.",
    );
    assert_eq!(find(&f, "huit", "huit").contingent.as_deref(), Some("Togo"));
    assert_eq!(
        find(&f, "Vingt", "Vingt").contingent.as_deref(),
        Some("Togo")
    );
}

#[test]
fn casualties_named_only_by_a_contributors_nationality_are_the_missions_peacekeepers() {
    let f = text_facts(
        "UK deployment to MINUSMA\n\nLondon, 3 March 2022\n\nMalian soldiers were also attacked \
         last month.\n\nTwo UK personnel have been wounded in action during the deployment.\n\n\
         Of the 127 hostile-act fatalities, 49 were Chadian.\n",
    );
    let a = find(&f, "UK personnel", "Two");
    assert_eq!(a.category, Category::PeacekeepersWounded);
    assert_eq!(a.contingent.as_deref(), Some("United Kingdom"));
    assert_eq!(
        find(&f, "127", "127").category,
        Category::PeacekeepersKilled
    );
    let c = find(&f, "127", "49");
    assert_eq!(c.category, Category::PeacekeepersKilled);
    assert_eq!(c.contingent.as_deref(), Some("Chad"));
}

#[test]
fn a_qualifier_before_the_wounded_leaves_the_dead_their_verb() {
    let f = text_facts(
        "Bamako, 18 March 2016. Seven peacekeepers were killed and about 30 wounded. Six soldiers \
         died and at least 12 were hurt.",
    );
    assert_eq!(
        find(&f, "Seven", "Seven").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "about 30", "30").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "Six soldiers", "Six").category,
        Category::MilitaryKilled
    );
    // A two-word qualifier still leads the verb to its own number: "killed at least 25".
    let f = text_facts("Bamako, 18 March 2016. The attackers killed at least 25 peacekeepers.");
    assert_eq!(find(&f, "25", "25").category, Category::PeacekeepersKilled);
}

#[test]
fn a_repeated_small_toll_in_a_sentence_naming_another_nationality_is_another_claim() {
    let f = text_facts(
        "BAMAKO, 12 March 2019 (Reuters) - Gunmen killed two Chadian peacekeepers on Monday.\n\n\
         A Sri Lankan convoy was ambushed on Tuesday; two soldiers died and four were hurt.\n",
    );
    let a = find(&f, "Sri Lankan", "two");
    assert_eq!(a.category, Category::PeacekeepersKilled);
    assert_ne!(a.contingent.as_deref(), Some("Chad"));
}

#[test]
fn one_with_a_casualty_noun_or_after_a_casualty_verb_is_a_count() {
    let f = text_facts(
        "BAMAKO, 12 mars 2019 (AFP) - L'attaque a fait un mort parmi les Casques bleus. Les \
         assaillants ont tué un Casque bleu. Les islamistes ont tué 12 civils et un Casque bleu \
         dans le village.",
    );
    assert_eq!(
        find(&f, "fait un mort", "un").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "assaillants", "un").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "12 civils", "un").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "BAMAKO, 12 March 2019 (AFP) - The attack left one dead among the peacekeepers. Gunmen \
         killed a Malian soldier.",
    );
    assert_eq!(
        find(&f, "one dead", "one").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "Gunmen", "a").category, Category::MilitaryKilled);
    let f = text_facts(
        "BAMAKO, 12 March 2019 (AFP) - A roadside bomb killed three Togolese peacekeepers and \
         injured one.",
    );
    assert_eq!(
        find(&f, "injured one", "one").category,
        Category::PeacekeepersWounded
    );
    let f = text_facts(
        "BAMAKO, 12 March 2019 (AFP) - Ten peacekeepers were killed. The dead included two \
         Chadians and a Nigerien.",
    );
    let n = find(&f, "a Nigerien", "a");
    assert_eq!(n.category, Category::PeacekeepersKilled);
    assert_eq!(n.contingent.as_deref(), Some("Niger"));
    // An article before a thing is no count.
    let f = text_facts("BAMAKO, 12 March 2019 (AFP) - Gunmen killed a decade of hope.");
    assert!(f.iter().all(|x| x.value_text != "a"), "{f:#?}");
}

#[test]
fn an_age_in_apposition_is_no_count() {
    let f = text_facts(
        "Paris, 18 March 2015. The pilot, 30, died at the scene. Corporal Jean Martin, 24, was \
         killed on Tuesday. Of the wounded, 12 were flown to Gao.",
    );
    assert_eq!(find(&f, "pilot", "30").category, Category::Other);
    assert_eq!(find(&f, "Corporal", "24").category, Category::Other);
    // Not a figure after a plural noun: "Of the wounded, 12 were flown to Gao".
    assert_ne!(find(&f, "Of the wounded", "12").unit, "years");
}

#[test]
fn a_two_word_or_acronym_countrys_possessive_owns_the_strength() {
    let f = text_facts(
        "Published 4 June 2022\n\nThe United Kingdom's 300-strong reconnaissance group operates \
         from Gao. The UK's 100 helicopter crew serve with Barkhane.\n",
    );
    assert_eq!(
        find(&f, "United Kingdom's", "300").contingent.as_deref(),
        Some("United Kingdom")
    );
    assert_eq!(
        find(&f, "UK's", "100").contingent.as_deref(),
        Some("United Kingdom")
    );
}

#[test]
fn a_running_total_in_brackets_after_a_toll_counts_the_same() {
    let f = text_facts(
        "Publié le 29 décembre 2023\n\n2018 : Année plus calme pour la mission, avec 13 Casques \
         bleus tués (105 au total).\n\n2019 : La mission perd 26 Casques bleus (131 au total). Un Casque bleu est \
         mort vendredi (25).\n",
    );
    assert_eq!(
        find(&f, "105 au total", "105").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "131 au total", "131").category,
        Category::PeacekeepersKilled
    );
    // A day alone in its brackets is no figure.
    assert!(f
        .iter()
        .all(|x| x.value != 25.0 || x.category == Category::Other));
}

#[test]
fn shorthand_of_threads_counts_peacekeepers_killed_and_wounded() {
    let f = text_facts(
        "Published 9 November 2023\n\n5/9 Wed 1 Nov, 8 PKs WIA near Anefis. 9/9 Ten years, 310 PKs \
         KIA or dead of illness in this mission.\n",
    );
    assert_eq!(
        find(&f, "8 PKs", "8").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "310 PKs", "310").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_count_of_nations_between_a_number_and_its_verb_is_an_aside() {
    let f = text_facts(
        "New York, 24 May 2023. In 2022, 103 peacekeepers from 39 countries lost their lives.",
    );
    assert_eq!(
        find(&f, "103", "103").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "New York, 24 May 2023. Across all UN peace operations, 103 peacekeepers lost their lives \
         in 2022.",
    );
    assert_eq!(
        find(&f, "103", "103").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
    // Not when the clause closes after the nations: "fournis par cinq pays, elle a perdu …".
    let f = text_facts(
        "Bamako, 3 mai 2023. Créée en 2017 avec un objectif de 5 000 soldats fournis par cinq \
         pays, elle a perdu le Mali.",
    );
    assert_eq!(find(&f, "5 000", "5 000").category, Category::Troops);
}

#[test]
fn french_shorthand_cb_counts_peacekeepers() {
    let f = text_facts(
        "Publié le 12 mars 2023\n\n1/7 Triste nouvelle ce matin : 3 CB sénégalais tués entre \
         Ogossagou et Sévaré. L'an dernier, 14 CB ont été tués en actes hostiles.\n",
    );
    let a = find(&f, "3 CB", "3");
    assert_eq!(a.category, Category::PeacekeepersKilled);
    assert_eq!(a.contingent.as_deref(), Some("Senegal"));
    assert_eq!(
        find(&f, "14 CB", "14").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_casualty_verb_reaches_across_a_figure_set_off_by_dashes() {
    let f = text_facts(
        "London, 25 June 2021. On 25 June, thirteen MINUSMA peacekeepers – twelve from the German \
         contingent and one from Belgium – were wounded by a car bomb.",
    );
    assert_eq!(
        find(&f, "thirteen", "thirteen").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "thirteen", "twelve").contingent.as_deref(),
        Some("Germany")
    );
}

#[test]
fn decimals_and_rate_denominators_count_no_one() {
    let f = text_facts(
        "Published 14 March 2024\n\n4.1 Fatalities by incident type\n\nThe malicious-act fatality \
         rate was 1.4 per 1,000 personnel per year, and 1.5 million people were displaced.\n",
    );
    assert!(
        f.iter()
            .filter(|x| x.category != Category::Other)
            .all(|x| x.value == 1_500_000.0),
        "{f:#?}"
    );
    let f = text_facts(
        "Publié le 3 mars 2020\n\nCes chiffres correspondent à un taux annuel de 2,7 décès pour \
         1 000 personnels.\n",
    );
    assert!(f.iter().all(|x| x.category == Category::Other), "{f:#?}");
}

#[test]
fn deaths_counted_by_an_army_named_before_them_are_its_own() {
    let f = text_facts(
        "Published 14 March 2024. French forces of Operation Barkhane recorded 33 deaths over the \
         same period, despite fielding a force a third of MINUSMA's size.",
    );
    let a = find(&f, "33", "33");
    assert_eq!(a.category, Category::MilitaryKilled);
    assert_eq!(a.subject.as_deref(), Some("Operation Barkhane"));
}

#[test]
fn peacekeepers_across_the_planet_are_every_missions() {
    let f = text_facts(
        "Publié le 4 janvier 2024. L'ONU déploie aujourd'hui quelque 70 000 Casques bleus sur toute \
         la planète.",
    );
    assert_eq!(
        find(&f, "70 000", "70 000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn an_apposed_nationality_of_everyone_counted_names_the_contingent() {
    let f = text_facts(
        "Bamako, 2 juin 2023. Trois Casques bleus, tous sénégalais, ont été tués à Mopti. Le plan, \
         chiffré à 751 millions de dollars, est financé à 13 %.",
    );
    assert_eq!(
        find(&f, "Trois", "Trois").contingent.as_deref(),
        Some("Senegal")
    );
    // A currency past a scale's "de" is money, not people.
    assert_eq!(find(&f, "751", "751 millions").category, Category::Other);
    let f = text_facts("Bamako, 2 June 2023. Three peacekeepers, all Senegalese, were killed.");
    assert_eq!(
        find(&f, "Three", "Three").contingent.as_deref(),
        Some("Senegal")
    );
}

#[test]
fn an_apposition_after_the_figure_or_its_casualty_noun_names_the_contingent_before_it() {
    // "both of them …", "all of them …", and the aside does not cut the date after it.
    let f = text_facts(
        "Published 14 February 2021\n\nTwo peacekeepers were killed, both of them Senegalese, \
         in the blast on 3 March 2020.",
    );
    let x = find(&f, "Two", "Two");
    assert_eq!(
        (x.contingent.as_deref(), x.date.as_deref()),
        (Some("Senegal"), Some("2020-03-03"))
    );
    // After the casualty noun; the wounded counted after the aside are not its.
    let f = text_facts(
        "Bamako, 20 janvier 2019. Le bilan fait état de dix Casques bleus tués, tous tchadiens, et \
         d'au moins 25 blessés.",
    );
    assert_eq!(find(&f, "dix", "dix").contingent.as_deref(), Some("Chad"));
    assert_eq!(find(&f, "25", "25").contingent, None);
}

#[test]
fn a_casualty_participle_or_noun_in_the_figures_own_phrase_beats_a_verb_of_strength() {
    for text in [
        "Bamako, 1 July 2023. The UN counts 309 peacekeepers killed since 2013.",
        "Bamako, 1 July 2023. The UN counts 309 MINUSMA fatalities from all causes.",
    ] {
        assert_eq!(
            find(&text_facts(text), "309", "309").category,
            Category::PeacekeepersKilled,
            "{text}"
        );
    }
    // A strength is still a strength.
    let f = text_facts("Bamako, 1 July 2023. The mission counts 13,000 soldiers in Mali.");
    assert_eq!(find(&f, "13,000", "13,000").category, Category::Troops);
}

#[test]
fn an_items_number_opening_its_sentence_counts_no_one() {
    let f = text_facts(
        "1 July 2023\n\n5/ Wounded: more than 700 peacekeepers were injured.\n\n2) Two \
         peacekeepers were killed in Kidal.",
    );
    assert!(f.iter().all(|x| x.value_text != "5"), "{f:#?}");
    assert_eq!(
        find(&f, "Two", "Two").category,
        Category::PeacekeepersKilled
    );
    assert!(f.iter().all(|x| x.value_text != "2"), "{f:#?}");
}

#[test]
fn a_country_with_forces_of_its_own_loses_its_soldiers_after_a_sentence_on_the_mission() {
    let f = text_facts(
        "Bamako, 1 July 2023. MINUSMA has operated alongside other foreign forces. France lost 58 \
         soldiers in Mali between 2013 and 2022. Chad has lost more than 60 soldiers in Mali since \
         2013.",
    );
    let x = find(&f, "58", "58");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::MilitaryKilled, Some("French forces"))
    );
    // A contributor without forces of its own in Mali lost peacekeepers.
    assert_eq!(find(&f, "60", "60").contingent.as_deref(), Some("Chad"));
}

#[test]
fn a_ministrys_words_for_its_dead_mourned_martyrs_and_sons() {
    let f = text_facts(
        "Cairo, 6 July 2022. MINUSMA mourns two of its peacekeepers from the Egyptian \
         contingent. The bodies of the 10 martyrs of the Chadian contingent of MINUSMA were flown \
         home. The battalion lost three of its sons on the Gao road, MINUSMA said.",
    );
    for v in ["two", "10", "three"] {
        assert_eq!(find(&f, v, v).category, Category::PeacekeepersKilled, "{v}");
    }
}

#[test]
fn a_glued_k_scales_a_french_decimal() {
    let f = text_facts(
        "Bamako, 1er juillet 2023. Le plafond de la MINUSMA a été relevé à 13,3k militaires en 2016.",
    );
    let x = find(&f, "13,3k", "13,3k");
    assert_eq!((x.value, x.category), (13_300.0, Category::Troops));
}

#[test]
fn a_toll_of_no_ones_in_a_text_about_the_mission_counts_its_peacekeepers() {
    let f = text_facts(
        "1 juil. 2023\n\nIl y a dix ans, la MINUSMA prenait le relais de la MISMA.\n\nLe prix \
         payé est énorme : 309 morts au 31 mai, dont 175 tués dans des attaques.",
    );
    for v in ["309", "175"] {
        assert_eq!(find(&f, v, v).category, Category::PeacekeepersKilled, "{v}");
    }
}

#[test]
fn dead_told_from_context_in_a_story_about_one_contingent_are_its_own_but_not_a_running_total() {
    let f = text_facts(
        "N'Djamena, 2 février 2019. Le contingent tchadien de la MINUSMA tient le camp d'Aguelhok. \
         Le Tchad y a déployé un bataillon. Le Tchad a payé un lourd tribut. Col. Abakar Mahamat : \
         Nous avons perdu dix frères d'armes. Et vingt-cinq ont été blessés. Plus de trois cents \
         morts depuis 2013, tous contingents confondus.",
    );
    for v in ["dix", "vingt-cinq"] {
        let x = find(&f, v, v);
        assert!(
            matches!(
                x.category,
                Category::PeacekeepersKilled | Category::PeacekeepersWounded
            ) && x.contingent.as_deref() == Some("Chad"),
            "{x:#?}"
        );
    }
    assert_eq!(find(&f, "trois cents", "trois cents").contingent, None);
}

#[test]
fn a_bare_figure_in_brackets_after_a_forces_name_is_its_strength_dated_inside_them() {
    let f = text_facts(
        "1 juil. 2023\n\nLa Minusma n'était pas seule : Barkhane (5 100 au pic, en 2020), la \
         force conjointe du G5 Sahel (5 000 sur le papier) et l'EUTM.",
    );
    let x = find(&f, "5 100", "5 100");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.as_of_year()),
        (Category::Troops, Some("Operation Barkhane"), Some(2020))
    );
    let x = find(&f, "5 000", "5 000");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.as_of_year()),
        (Category::Troops, Some("G5 Sahel Joint Force"), Some(2023))
    );
    // Not a note's number, nor a sum of money.
    let f = text_facts(
        "Paris, 14 avril 2021. Dix soldats sont morts au titre de Barkhane (2). Son budget est \
         comparable à celui de la MINUSMA (1,26 milliard).",
    );
    assert!(
        f.iter()
            .all(|x| x.category == Category::Other || x.value >= 10.0),
        "{f:#?}"
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "1,26 milliard" || x.category == Category::Other));
}

#[test]
fn a_quoted_strength_keeps_its_verb_and_ours_are_the_speakers_soldiers() {
    let f = text_facts(
        "Dakar, 12 juin 2023. L'article affirme que la MINUSMA compte « 17 000 soldats » et \
         qu'elle a perdu près de 200 hommes. Nos soldats paient leur part : trois des nôtres ont \
         été tués le 21 février dans la région de Mopti, au sein de la MINUSMA.",
    );
    assert_eq!(find(&f, "17 000", "17 000").category, Category::Troops);
    assert_eq!(
        find(&f, "trois", "trois").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "Kidal, 28 November 2015. Rockets hit the MINUSMA base in Kidal at dawn. A UN source \
         told us: \"Three of ours are dead.\"",
    );
    assert_ne!(find(&f, "Three", "Three").category, Category::Other);
}

#[test]
fn a_reports_date_gives_way_to_the_figures_own_date_after_a_share_of_them() {
    let f = text_facts(
        "Published 1 July 2023. A UN report in May concluded that Malian troops killed at least \
         500 people, most of them unarmed villagers, in Moura in March 2022.",
    );
    assert_eq!(find(&f, "500", "500").as_of_year(), Some(2022));
    // With no date of its own, the report's date stands.
    let f = text_facts(
        "Published 12 January 2023. In September 2021, the army reported that 22 soldiers had \
         been killed.",
    );
    assert_eq!(find(&f, "22", "22").as_of_year(), Some(2021));
}

#[test]
fn a_range_of_days_without_a_year_ends_at_its_latest_end_before_the_text() {
    let f = text_facts(
        "Published 10 February 2020. Between 1 January and 15 November, observers documented the \
         killing of at least 456 civilians in Mopti.",
    );
    let x = find(&f, "456", "456");
    assert_eq!(
        (x.date.as_deref(), x.date_end.as_deref(), x.date_basis),
        (Some("2019-01-01"), Some("2019-11-15"), DateBasis::Period)
    );
}

#[test]
fn a_comma_decimal_before_a_scale_and_military_personnel_after_a_police_figure() {
    let f = text_facts(
        "Published 1 February 2020. Across the Sahel, close to 1,2 million people had been \
         displaced. The Council authorised 11,200 troops and 1,440 police for MINUSMA; at \
         present about 6,300 military personnel are deployed.",
    );
    let x = find(&f, "1,2 million", "1,2 million");
    assert_eq!((x.value, x.category), (1_200_000.0, Category::Displaced));
    assert_eq!(find(&f, "6,300", "6,300").category, Category::Troops);
    // Thousands stay thousands.
    let f = text_facts("Published 1 February 2020. MINUSMA has 1,440 police.");
    assert_eq!(find(&f, "1,440", "1,440").value, 1440.0);
}

#[test]
fn a_plus_glued_to_a_figure_does_not_end_its_noun() {
    let f = text_facts(
        "MINUSMA, 12 September 2018\n\n• Chadian contingent alone: 40+ dead since 2013\n\nSome \
         20+ peacekeepers were wounded in Kidal.",
    );
    let x = find(&f, "40", "40");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Chad"))
    );
    assert_eq!(find(&f, "20", "20").category, Category::PeacekeepersWounded);
    // "-odd" too.
    let f = text_facts(
        "Published 3 July 2023. Just over three hundred peacekeepers have died in MINUSMA since \
         2013. A hundred and eighty-odd of them were killed in attacks.",
    );
    assert_eq!(
        find(&f, "A hundred and eighty", "A hundred and eighty").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn troops_their_own_noun_calls_peacekeepers_belong_to_a_peace_operation() {
    let f = text_facts(
        "London, 9 December 2020. MINUSMA is the UN mission in Mali. How will our 300 blue \
         helmets deconflict with Barkhane, which has a counter-terrorism mandate?",
    );
    assert_eq!(
        find(&f, "300", "300")
            .subject
            .as_deref()
            .map(|s| s.starts_with("MINUSMA")),
        Some(true)
    );
}

#[test]
fn the_african_force_of_2013_is_afisma() {
    let f = text_facts(
        "1 July 2023. Ten years ago MINUSMA took over in Mali. The African force had about 6,000 \
         men, and most of them simply swapped their berets for blue ones.",
    );
    assert_eq!(
        find(&f, "6,000", "6,000").subject.as_deref(),
        Some("AFISMA")
    );
    let f = text_facts(
        "Bamako, 1er juillet 2023. Il y a dix ans, la force panafricaine comptait quelque 6 000 \
         soldats.",
    );
    assert_eq!(
        find(&f, "6 000", "6 000").subject.as_deref(),
        Some("AFISMA")
    );
}

#[test]
fn digits_in_quotes_are_a_figure_quoted_but_a_number_word_in_a_quoted_name_is_not() {
    let f = text_facts(
        "Published 3 July 2023. The article described MINUSMA as \"15,000 soldiers strong\". \
         The infobox still reads \"303 peacekeepers killed\". Jihadists roam the “three \
         borders” zone.",
    );
    assert_eq!(find(&f, "15,000", "15,000").category, Category::Troops);
    assert_eq!(
        find(&f, "303", "303").category,
        Category::PeacekeepersKilled
    );
    assert!(f.iter().all(|x| x.value_text != "three"));
}

#[test]
fn a_bare_figure_after_a_forces_verb_of_strength_is_its_strength() {
    let f = text_facts(
        "Published 3 July 2023. MINUSMA had just over 11,700. Barkhane had ~5,100 across the \
         Sahel by 2020. MINUSMA had 12 camps.",
    );
    assert_eq!(find(&f, "11,700", "11,700").category, Category::Troops);
    let x = find(&f, "5,100", "5,100");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("Operation Barkhane"))
    );
    assert_eq!(find(&f, "12", "12").category, Category::Other);
    // "en" stands for what the figure counts.
    let f = text_facts(
        "Bamako, 13 décembre 2021. Au 30 novembre 2021, la MINUSMA en comptait 262 depuis son \
         déploiement.",
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "262" || x.category != Category::Troops));
}

#[test]
fn a_list_items_sentences_are_prose_and_a_country_in_brackets_after_a_figure_is_its_contingent() {
    let f = text_facts(
        "List of attacks on MINUSMA\n\nThis article lists attacks on MINUSMA.\n\n* 7 October 2014 \
         – Kidal: rockets fired at the camp. Dead: 1 (Senegal). Wounded: 2 (Senegal).\n",
    );
    let x = find(&f, "2", "2");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Senegal"))
    );
    assert_eq!(find(&f, "1", "1").contingent.as_deref(), Some("Senegal"));
}

#[test]
fn one_of_a_toll_is_no_count_and_laying_down_ones_life_is_dying() {
    let f = text_facts(
        "Lomé, 21 December 2021. He was one of seven Togolese peacekeepers killed that morning \
         near Bandiagara. Since 2014, twelve Bangladeshi peacekeepers have laid down their lives \
         in Mali.",
    );
    assert!(f.iter().all(|x| x.value_text != "one"), "{f:#?}");
    assert_eq!(
        find(&f, "seven", "seven").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "twelve", "twelve").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_word_of_the_present_before_a_figure_keeps_an_earlier_date_from_it() {
    let f = text_facts(
        "Lomé, 10 décembre 2021. Le Togo, l'un des premiers pays à avoir dépêché des troupes au \
         Mali début 2013, aligne actuellement quelque 930 militaires au sein de la MINUSMA.",
    );
    assert_eq!(find(&f, "930", "930").as_of_year(), Some(2021));
    let f = text_facts(
        "Lomé, 10 December 2021. Togo, which sent troops to Mali in early 2013, currently fields \
         some 930 soldiers in MINUSMA.",
    );
    assert_eq!(find(&f, "930", "930").as_of_year(), Some(2021));
}

#[test]
fn a_side_named_after_a_casualty_noun_ends_its_phrase() {
    let f = text_facts(
        "Tombouctou, 14 avril 2018. La MINUSMA a été attaquée à Tombouctou. RFI annonce 7 \
         blessés côté Minusma.",
    );
    assert_eq!(find(&f, "7", "7").category, Category::PeacekeepersWounded);
}

#[test]
fn a_period_ending_on_an_events_date_and_a_cited_headlines_date() {
    let f = text_facts(
        "List of attacks on MINUSMA, 3 March 2024. Between July 2013 and the end of its \
         withdrawal in December 2023, 310 members of its personnel died.",
    );
    let x = find(&f, "310", "310");
    assert_eq!(
        (x.date_end.as_deref(), x.date_basis),
        (Some("2023-12"), DateBasis::Period)
    );
    let f = text_facts(
        "References, 3 March 2024\n\n2. ^ \"Two Senegalese peacekeepers killed in Kidal blast\", \
         15 December 2013.\n",
    );
    assert_eq!(find(&f, "Two", "Two").as_of_year(), Some(2013));
    // Curly quotes too (a multi-byte closing quote before the comma).
    let f = text_facts(
        "References, 3 March 2024\n\n2. ^ “Two Senegalese peacekeepers killed in Kidal blast”, \
         15 December 2013.\n",
    );
    assert_eq!(find(&f, "Two", "Two").as_of_year(), Some(2013));
}

#[test]
fn un_peace_support_operations_are_all_missions() {
    let f = text_facts(
        "Dublin, 19 January 2022. Ireland has 14 soldiers with EUTM Mali. Around 570 Defence \
         Forces personnel are currently serving on UN peace support operations overseas.",
    );
    assert_eq!(
        find(&f, "570", "570").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn a_number_alone_in_its_sentence_and_a_number_of_countries_count_no_one() {
    let f = text_facts(
        "Ottawa, 31 août 2019\n\nLe Canada a déployé des hélicoptères au sein de la MINUSMA.\n\n\
         3.\n\nNombre de pays fournissant des militaires : 58 – des policiers : 32\n",
    );
    assert!(
        f.iter().all(|x| x.category == Category::Other),
        "{:#?}",
        f.iter()
            .filter(|x| x.category != Category::Other)
            .collect::<Vec<_>>()
    );
}

#[test]
fn police_forces_are_police_and_never_going_home_is_dying() {
    let f = text_facts(
        "Berlin, 23 May 2022. MINUSMA counts approximately 12.000 military and 1.700 police \
         forces from over 60 nations. Three hundred and ten peacekeepers never went home.",
    );
    assert_eq!(find(&f, "1.700", "1.700").category, Category::Police);
    assert_eq!(
        find(&f, "Three hundred and ten", "Three hundred and ten").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_uniformed_component_counts_uniformed_personnel() {
    let f = text_facts(
        "MINUSMA, 30 June 2023. From 2016 until 2023 the uniformed component of MINUSMA hovered \
         between 13,000 and 15,000 people.",
    );
    for v in ["13,000", "15,000"] {
        assert_eq!(find(&f, v, v).category, Category::UniformedPersonnel, "{v}");
    }
}

#[test]
fn a_breakdown_set_off_after_the_word_for_the_dead_counts_the_dead() {
    let f = text_facts(
        "Paris, 26 November 2019. Thirteen French soldiers of Operation Barkhane died when two \
         helicopters collided. The victims - six officers, six non-commissioned officers and one \
         corporal - belonged to army units taking part in the operation.",
    );
    assert_eq!(find(&f, "one", "one").category, Category::MilitaryKilled);
    assert_eq!(
        f.iter()
            .filter(|x| x.value_text == "six" && x.category == Category::MilitaryKilled)
            .count(),
        2
    );
    // Not a toll's wounded after a colon.
    let f = text_facts(
        "Tessalit, 9 January 2020. MINUSMA confirms the interim toll: 18 blue helmets wounded, no \
         fatalities.",
    );
    assert_eq!(find(&f, "18", "18").category, Category::PeacekeepersWounded);
}

#[test]
fn adjectives_coordinated_before_their_noun_keep_the_count_and_name_no_one_contingent() {
    let f = text_facts(
        "Bamako, 1 July 2013. AFISMA's roughly 6,100 West African and Chadian soldiers changed \
         helmets. Paris says about a hundred Estonian and French commandos will arrive. Up to 1.400 \
         female and male soldiers can be deployed.",
    );
    let a = find(&f, "6,100", "6,100");
    assert_eq!(a.category, Category::Troops);
    assert_eq!(a.contingent, None);
    assert_eq!(
        find(&f, "commandos", "a hundred").category,
        Category::Troops
    );
    assert_eq!(find(&f, "female", "1.400").category, Category::Troops);
}

#[test]
fn a_contributors_nationals_who_serve_are_its_soldiers() {
    let f = text_facts(
        "Colombo, 27 January 2019. Altogether, 207 Sri Lankans are serving with the UN mission \
         there.",
    );
    let a = find(&f, "207", "207");
    assert_eq!(a.category, Category::Troops);
    assert_eq!(a.contingent.as_deref(), Some("Sri Lanka"));
}

#[test]
fn a_countrys_contribution_is_its_contingent() {
    let f = text_facts(
        "Gao, 9 March 2020. The Dutch contribution to the UN mission was then about 450 men and \
         women, 90 of them special forces.",
    );
    let a = find(&f, "450", "450");
    assert_eq!(a.category, Category::Troops);
    assert_eq!(a.contingent.as_deref(), Some("Netherlands"));
}

#[test]
fn a_country_cell_after_a_rows_figures_names_their_contingent() {
    let f = text_facts(
        "Publié le 2 mars 2023\n\n| Date | Lieu | Tués | Blessés | Contingent |\n|---|---|---|---|---|\n\
         | 16 août 2014 | Ber | 2 | 7 | Burkina Faso |\n| 2 septembre 2014 | Aguelhok | 4 | 15 | Tchad |\n\
         | 3 octobre 2014 | Ménaka | 9 | 3 | 9 Nigériens tués dans une embuscade |\n",
    );
    let a = find(&f, "Ber", "2");
    assert_eq!(a.category, Category::PeacekeepersKilled);
    assert_eq!(a.contingent.as_deref(), Some("Burkina Faso"));
    assert_eq!(
        find(&f, "Aguelhok", "15").contingent.as_deref(),
        Some("Chad")
    );
    // A remark cell that names a nationality is no contingent cell for the row's totals.
    let f = text_facts(
        "Publié le 2 mars 2023\n\nDécès de Casques bleus par année\n\n| Année | Décès | dont actes \
         hostiles | Fait marquant |\n|---|---|---|---|\n| 2019 | 28 | 21 | 10 Tchadiens tués à \
         Aguelhok |\n",
    );
    assert_eq!(find(&f, "2019", "28").contingent, None);
}

#[test]
fn a_releases_closing_paragraph_about_the_mission_counts_its_strength() {
    let f = text_facts(
        "PRESS RELEASE\nBamako, 3 October 2014\n\nMINUSMA condemns an attack\n\nA convoy of MINUSMA \
         peacekeepers came under attack this morning near Ménaka.\n\nAbout MINUSMA\nThe Mission was \
         established by Security Council resolution 2100. Its authorized strength is 11,200 military \
         personnel and 1,440 police. It runs four regional offices.\n\nMedia contacts:\nTel.: +223 94 \
         95 03 17\n",
    );
    assert_eq!(find(&f, "authorized", "11,200").category, Category::Troops);
    assert_eq!(find(&f, "authorized", "1,440").category, Category::Police);
    // Its other figures are no claims.
    assert!(f.iter().all(|x| x.value_text != "four"), "{f:#?}");
}

#[test]
fn a_number_hyphenated_throughout_reads_whole() {
    let f = text_facts(
        "Ouagadougou, 3 March 2021. Men from the six-hundred-and-fifty-strong Burkinabe battalion \
         load water; twenty-five more arrive.",
    );
    let a = find(&f, "Burkinabe", "six-hundred-and-fifty");
    assert_eq!(a.value, 650.0);
    assert_eq!(a.category, Category::Troops);
    assert_eq!(find(&f, "twenty-five", "twenty-five").value, 25.0);
}

#[test]
fn a_figure_the_copula_gives_a_group_of_personnel_is_its_strength() {
    let f = text_facts(
        "Sévaré, 3 October 2019. The blue helmets of MINUSMA, they are more than thirteen \
         thousand.",
    );
    let a = find(&f, "thirteen", "thirteen thousand");
    assert_eq!(a.category, Category::Troops);
    assert_eq!(a.value, 13_000.0);
}

#[test]
fn infinitives_of_strength_verbs_make_a_countrys_men_its_soldiers() {
    let f = text_facts(
        "Publié le 11 janvier 2023. Au plus fort, environ 4 500 hommes sont déployés sur le sol \
         malien.",
    );
    assert_eq!(find(&f, "4 500", "4 500").category, Category::Troops);
    let f = text_facts("Publié le 11 janvier 2023. Le Nigeria s'engage à fournir 1 200 hommes.");
    let a = find(&f, "1 200", "1 200");
    assert_eq!(a.category, Category::Troops);
    assert_eq!(a.contingent.as_deref(), Some("Nigeria"));
}

#[test]
fn a_part_after_an_opening_parmi_counts_what_its_group_counts() {
    let f = text_facts(
        "Publié le 3 février 2014. Quatre Casques bleus tchadiens ont été tués et quinze blessés. \
         Parmi les quinze blessés, six se trouvent dans un état jugé très préoccupant.",
    );
    assert_eq!(
        find(&f, "Parmi", "six").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn afismas_dead_are_soldiers_of_an_african_force_not_un_peacekeepers() {
    let f = text_facts(
        "Published 3 March 2021. The fighting was brutal, and 38 Chadian soldiers of AFISMA were \
         killed in the mountains in February 2013.",
    );
    let a = find(&f, "38", "38");
    assert_eq!(a.category, Category::MilitaryKilled);
    assert_eq!(a.subject.as_deref(), Some("AFISMA"));
    let f = text_facts(
        "Published 3 January 2024. MINUSMA was the deadliest UN peacekeeping operation of its era. \
         Between the transfer of authority from AFISMA on 1 July 2013 and the end of its mandate, \
         311 peacekeepers died.",
    );
    let b = find(&f, "311", "311");
    assert_eq!(b.category, Category::PeacekeepersKilled);
    assert_eq!(b.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn a_rotation_named_after_its_country_is_no_count() {
    let f = text_facts(
        "Skövde, 3 December 2019. The outgoing rotation, Mali 09, flew home. The soldiers of Mali \
         10 are back after six months. Contingent: Mali 11\n",
    );
    assert!(
        f.iter()
            .filter(|x| x.category != Category::Other)
            .all(|x| !matches!(x.value_text.as_str(), "09" | "10" | "11")),
        "{f:#?}"
    );
}

#[test]
fn officers_of_a_police_unit_or_after_a_police_strength_are_police() {
    let f = text_facts(
        "Abuja, 27 January 2021. The Inspector-General approved the rotation of 140 officers of \
         the Nigeria Formed Police Unit to MINUSMA. Its authorised police strength is 1,920, against \
         which 1,718 officers were in post.",
    );
    assert_eq!(find(&f, "rotation", "140").category, Category::Police);
    assert_eq!(find(&f, "in post", "1,718").category, Category::Police);
}

#[test]
fn peacekeepers_who_needed_treatment_were_wounded() {
    let f = text_facts(
        "Gao, 8 November 2023. Thirty-seven blue helmets needed treatment after six explosive \
         devices struck the column.",
    );
    assert_eq!(
        find(&f, "Thirty-seven", "Thirty-seven").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn mission_personnel_who_died_are_peacekeepers_whatever_force_came_last() {
    let f = text_facts(
        "Published 31 December 2023. Wagner fighters now operate beside the army.\n\n* More than \
         300 mission personnel died, over 180 of them in hostile acts.\n",
    );
    assert_eq!(
        find(&f, "mission personnel", "300").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_casualty_verb_before_a_years_range_is_the_numbers_own() {
    let f = text_facts(
        "Rapport du 3 octobre 2024 sur la mission.\n\n310 casques bleus sont morts entre 2013 et \
         2023. Au Mali, 42 soldats de la paix ont été tués de 2013 à 2016.",
    );
    let a = find(&f, "310", "310");
    assert_eq!(a.category, Category::PeacekeepersKilled);
    assert_eq!(a.as_of_year(), Some(2023));
    let b = find(&f, "42", "42");
    assert_eq!(b.category, Category::PeacekeepersKilled);
    assert_eq!(b.as_of_year(), Some(2016));
}

#[test]
fn a_timeline_rows_country_cell_names_the_contingent_of_its_toll() {
    let f = text_facts(
        "Bamako, 24 February 2023. The deadliest attacks on MINUSMA peacekeepers.\n\n- 9 Jun \
         2017 | Kidal camp | Guinea | 3 killed, more than 20 wounded in a mortar attack\n",
    );
    let k = find(&f, "3 killed", "3");
    assert_eq!(k.category, Category::PeacekeepersKilled);
    assert_eq!(k.contingent.as_deref(), Some("Guinea"));
}

#[test]
fn a_number_of_that_follows_its_own_number_leaves_the_next_one_alone() {
    let f = text_facts(
        "Bamako, 3 May 2021. MINUSMA said the attack brings to 12 the number of peacekeepers \
         killed in Mali since 1 January, while 51 others have been injured in the same period.",
    );
    assert_eq!(find(&f, "12", "12").category, Category::PeacekeepersKilled);
    assert_eq!(find(&f, "51", "51").category, Category::PeacekeepersWounded);
}

#[test]
fn a_department_of_peace_operations_in_a_tables_caption_is_no_worldwide_figure() {
    let f = text_facts(
        "MINUSMA — pays contributeurs de personnel en uniforme\nSituation au 31 mai 2019 \
         (Département des opérations de paix)\n\n| Pays | Militaires | Policiers |\n|---|---:|---:|\n\
         | Tchad | 1 445 | — |\n| Niger | 865 | 145 |\n",
    );
    let k = find(&f, "Tchad", "1 445");
    assert_eq!(k.category, Category::Troops);
    assert_eq!(k.subject.as_deref(), Some("MINUSMA, Chadian contingent"));
    // Nor in a sentence: the department's figure for Mali is the mission's.
    let f = text_facts(
        "Bamako, 9 December 2021. A convoy of MINUSMA was hit near Bandiagara. The Department \
         of Peacekeeping Operations says 19 peacekeepers have been killed this year.",
    );
    assert_eq!(find(&f, "19", "19").subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn a_figure_compared_with_counts_the_same_and_takes_its_own_date() {
    let f = text_facts(
        "Bamako, 20 May 2022. The number of internally displaced persons rose to 120,298 as at \
         30 April, compared with 99,039 in January. The number of refugees reached 38,172 by the end of \
         December, up from 36,690 the year before.",
    );
    let now = find(&f, "120,298", "120,298");
    assert_eq!(now.category, Category::Displaced);
    assert_eq!(now.date.as_deref(), Some("2022-04-30"));
    let then = find(&f, "99,039", "99,039");
    assert_eq!(then.category, Category::Displaced);
    assert_eq!(then.date.as_deref(), Some("2022-01"));
    assert_eq!(find(&f, "36,690", "36,690").category, Category::Displaced);
}

#[test]
fn men_in_uniform_and_a_part_named_after_of_them() {
    let f = text_facts(
        "Bamako, 14 February 2019. Senegal now has close to 1 500 men and women in uniform in \
         Mali. The Council raised the ceiling by 2,069 uniformed personnel, 1,730 of them \
         soldiers and 339 police.",
    );
    assert_eq!(
        find(&f, "1 500", "1 500").category,
        Category::UniformedPersonnel
    );
    assert_eq!(find(&f, "1,730", "1,730").category, Category::Troops);
    assert_eq!(find(&f, "339", "339").category, Category::Police);
    let f = text_facts("Bamako, le 3 mai 2019. Le pays aligne 850 hommes en uniforme au Mali.");
    assert_eq!(
        find(&f, "850", "850").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn an_army_that_loses_men_is_who_dies() {
    let en = text_facts(
        "Bamako, 1 October 2021. The national defence and security forces had lost over 80 men \
         since January.",
    );
    let fr = text_facts("Bamako, le 1er octobre 2021. L'armée malienne a perdu 12 hommes mardi dans le centre du pays.");
    for (f, needle, n) in [(&en, "80 men", "80"), (&fr, "12 hommes", "12")] {
        let k = find(f, needle, n);
        assert_eq!(k.category, Category::MilitaryKilled);
        assert_eq!(k.subject.as_deref(), Some("Malian Armed Forces (FAMa)"));
    }
}

#[test]
fn components_formed_police_units_and_staff_members_in_a_strength_paragraph() {
    let f = text_facts(
        "Report of the Secretary-General, 1 October 2021\n\n62. The police component of \
         MINUSMA numbered 1,718 out of an authorized 1,920, comprising 1,267 personnel in formed \
         police units and 451 individual police officers.\n\n63. The Mission employed 1,746 \
         civilian staff, of whom 810 were international and 936 national staff members.\n\n64. \
         Those killed comprised two peacekeepers from Egypt.",
    );
    for n in ["1,718", "1,920", "1,267", "451"] {
        assert_eq!(find(&f, "formed", n).category, Category::Police, "{n}");
    }
    assert_eq!(find(&f, "936", "936").category, Category::CivilianStaff);
    let k = find(&f, "Those killed", "two");
    assert_eq!(k.category, Category::PeacekeepersKilled);
    assert_eq!(k.contingent.as_deref(), Some("Egypt"));
}

#[test]
fn french_mille_opens_a_number_without_un() {
    let f = text_facts(
        "Bamako, le 29 juin 2018. Le plafond de la mission ne bouge pas : treize mille deux cent \
         quatre-vingt-neuf militaires et mille neuf cent vingt policiers.",
    );
    let p = find(&f, "policiers", "mille neuf cent vingt");
    assert_eq!((p.value, p.category), (1920.0, Category::Police));
    assert_eq!(
        find(&f, "policiers", "treize mille deux cent quatre-vingt-neuf").value,
        13289.0
    );
}

#[test]
fn french_quatre_vingts_is_eighty() {
    // The plural "vingts" of "quatre-vingts" had been no number word: the figure read 4.
    let f = text_facts(
        "Paris, le 1er juillet 2023. La MINUSMA a perdu quatre-vingts Casques bleus tchadiens, \
         et deux cents autres ont été blessés.",
    );
    assert_eq!(find(&f, "perdu", "quatre-vingts").value, 80.0);
    // "un" after "cent" or "mille" ends the number, as after "et".
    let f =
        text_facts("Paris, le 1er juillet 2023. La MINUSMA a perdu deux cent un Casques bleus.");
    assert_eq!(find(&f, "perdu", "deux cent un").value, 201.0);
}

#[test]
fn french_comparisons_exiles_uniforms_and_tolls_of_wounded() {
    let f = text_facts(
        "Bamako, le 20 juin 2023 (AFP) - Le nombre de Casques bleus tués par des engins \
         explosifs est passé de 24 en 2016 à cinq en 2019. Le nombre de déplacés atteint 350 110 \
         en décembre 2021, contre 326 000 fin juin 2021. Quelque 138 391 Maliens vivent \
         toujours en exil. Bilan : 22 Casques bleus blessés. Plus de 6 000 membres du personnel \
         en uniforme ont été rapatriés. Le Sénégal compte près de 3 700 de ses ressortissants en \
         uniforme sous le drapeau de l'ONU, toutes missions confondues.",
    );
    let five = find(&f, "passé de 24", "cinq");
    assert_eq!(five.category, Category::PeacekeepersKilled);
    assert_eq!(five.date.as_deref(), Some("2019"));
    assert_eq!(find(&f, "contre", "326 000").category, Category::Displaced);
    assert_eq!(find(&f, "exil", "138 391").category, Category::Displaced);
    assert_eq!(
        find(&f, "Bilan", "22").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "rapatriés", "6 000").category,
        Category::UniformedPersonnel
    );
    let world = find(&f, "confondues", "3 700");
    assert_eq!(world.category, Category::UniformedPersonnel);
    assert_eq!(
        world.subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn a_french_list_of_victims_joined_by_et_shares_its_casualty() {
    let f = text_facts(
        "Bamako, le 20 juin 2023. Parmi les personnes tuées figuraient 38 femmes et 51 enfants.",
    );
    assert_eq!(
        find(&f, "enfants", "51").category,
        Category::CiviliansKilled
    );
}

#[test]
fn french_partitive_des_shares_the_wholes_noun() {
    let f = text_facts(
        "Bamako, le 20 juin 2023 (AFP) - Quelque 300 des 1 400 militaires tchadiens sont \
         déployés à Kidal. Plus de 100 des quelque 170 Casques bleus morts au Mali ont été tués \
         lors d'attaques.",
    );
    let part = find(&f, "Kidal", "300");
    assert_eq!(part.category, Category::Troops);
    assert_eq!(part.contingent.as_deref(), Some("Chad"));
    assert_eq!(
        find(&f, "attaques", "100").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn personnel_of_a_regional_or_military_force_are_troops() {
    let f = text_facts(
        "Berlin, 20 May 2022. EUTM Mali, the EU's training mission, has around 1,000 personnel \
         from over 20 countries. Task Force Takuba was wound up on 30 June. It peaked at \
         roughly 800 personnel.",
    );
    let eu = find(&f, "EUTM", "1,000");
    assert_eq!(eu.category, Category::Troops);
    assert_eq!(eu.subject.as_deref(), Some("European Union"));
    let tk = find(&f, "peaked", "800");
    assert_eq!(tk.category, Category::Troops);
    assert_eq!(tk.subject.as_deref(), Some("Task Force Takuba"));
}

#[test]
fn a_formations_members_and_elements_are_its_soldiers() {
    let f = text_facts(
        "Bamako, 20 June 2021 (Xinhua) - MINUSMA welcomed new units. The 9th Chinese \
         peacekeeping force to Mali has 413 members. The Egyptian contingent, of approximately \
         1 070 elements, escorts convoys. Nigeria maintains in Gao a unit of police constituted \
         of 140 elements.",
    );
    let cn = find(&f, "413", "413");
    assert_eq!(cn.category, Category::Troops);
    assert_eq!(cn.contingent.as_deref(), Some("China"));
    assert_eq!(find(&f, "1 070", "1 070").category, Category::Troops);
    assert_eq!(find(&f, "140", "140").category, Category::Police);
}

#[test]
fn a_figure_that_refers_back_to_the_last_toll_is_a_toll() {
    let f = text_facts(
        "BAMAKO, 21 January 2019 (AFP) - A first toll from the mission spoke of eight \
         peacekeepers dead. By Monday the figure had climbed to 10. The government put the toll \
         at 38 soldiers killed; unofficial counts ran as high as 85.",
    );
    let ten = find(&f, "climbed", "10");
    assert_eq!(ten.category, Category::PeacekeepersKilled);
    assert_eq!(
        find(&f, "unofficial", "85").category,
        Category::MilitaryKilled
    );
    // With no casualty before it, a figure is nobody's toll.
    let f = text_facts("Bamako, 3 May 2019. The figure rose to 13,000 by June.");
    assert!(f.iter().all(|x| x.category == Category::Other));
}

#[test]
fn bare_figures_after_a_possessive_instead_of_or_before_today_continue_the_last() {
    let f = text_facts(
        "BERLIN, 20 May 2022 (dpa) - Sweden said its roughly 220 soldiers in Timbuktu would \
         leave, and Côte d'Ivoire is recalling its 900. EUTM Mali will be capped at 300 \
         personnel instead of 600. The Dutch contingent will shrink to about 290 personnel, \
         from some 400 today.",
    );
    let ci = find(&f, "recalling", "900");
    assert_eq!(ci.category, Category::Troops);
    assert_eq!(ci.contingent.as_deref(), Some("Côte d'Ivoire"));
    assert_eq!(find(&f, "instead", "600").category, Category::Troops);
    assert_eq!(find(&f, "today", "400").category, Category::Troops);
}

#[test]
fn a_date_stays_in_its_semicolon_clause_and_since_reaches_a_far_date() {
    let f = text_facts(
        "Publié le 3 juillet 2023\n\nAu plus fort de l'engagement français, en 2020, Barkhane \
         comptait 5 100 soldats ; la force conjointe du G5 Sahel revendiquait 5 000 hommes sur \
         le papier. Depuis la création de la toute première opération de paix, en 1948, plus de \
         4 200 Casques bleus ont perdu la vie.",
    );
    assert_eq!(find(&f, "Barkhane", "5 100").as_of_year(), Some(2020));
    assert_eq!(find(&f, "G5", "5 000").as_of_year(), Some(2023));
    let since = find(&f, "1948", "4 200");
    assert_eq!(since.date_basis, DateBasis::Period);
    assert_eq!(since.as_of_year(), Some(2023));
    // A timeline entry's date still reaches past its semicolon.
    let f = text_facts(
        "2017\n\n- 18 September: a convoy of MINUSMA strikes a mine; four Chadian peacekeepers \
         are killed.",
    );
    assert_eq!(find(&f, "convoy", "four").as_of_year(), Some(2017));
}

#[test]
fn the_world_body_is_the_un_speaking_not_a_worldwide_figure() {
    let f = text_facts(
        "BAMAKO, Jan 20, 2019 (AFP) - Gunmen stormed a United Nations camp at Aguelhok on \
         Sunday, leaving ten peacekeepers from Chad dead and 25 others wounded, the world body \
         said.",
    );
    let w = find(&f, "world body", "25");
    assert_eq!(w.category, Category::PeacekeepersWounded);
    // The mission's, not the world's; "25 others" leaves their nationality open.
    assert_eq!(w.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn civilians_named_by_their_trade_are_civilians() {
    let f = text_facts(
        "Gao, 3 May 2022. Two humanitarian workers were killed and four were abducted. Six \
         civil servants were killed at the governorate.",
    );
    assert_eq!(
        find(&f, "workers", "Two").category,
        Category::CiviliansKilled
    );
    assert_eq!(
        find(&f, "servants", "Six").category,
        Category::CiviliansKilled
    );
    let f = text_facts("Mopti, le 3 mai 2022. Deux travailleurs humanitaires ont été tués mardi.");
    assert_eq!(
        find(&f, "travailleurs", "Deux").category,
        Category::CiviliansKilled
    );
}

#[test]
fn soldiers_of_them_who_died_are_the_previous_figures_not_the_host_army() {
    let f = text_facts(
        "Dakar, 31 January 2024. Since 2013 some 13,000 Senegalese soldiers have served in \
         Mali. Fourteen of them died there.",
    );
    let k = find(&f, "Fourteen", "Fourteen");
    assert_ne!(k.subject.as_deref(), Some("Malian Armed Forces (FAMa)"));
    assert_eq!(k.contingent.as_deref(), Some("Senegal"));
    let f = text_facts(
        "Dakar, le 31 janvier 2024. Depuis 2013, environ 13 000 soldats sénégalais se sont \
         relayés au Mali. Quatorze d'entre eux y ont perdu la vie.",
    );
    let k = find(&f, "Quatorze", "Quatorze");
    assert_ne!(k.subject.as_deref(), Some("Malian Armed Forces (FAMa)"));
    assert_eq!(k.contingent.as_deref(), Some("Senegal"));
}

#[test]
fn a_toll_since_1948_is_every_missions() {
    let f = text_facts(
        "Sévaré, 29 May 2016. On the day of UN peacekeepers, the mission honoured the more than \
         3,400 blue helmets who have died in service since 1948, 129 of them last year, and the \
         two Togolese peacekeepers killed near Sévaré this week.",
    );
    let all = Some("UN peacekeeping (all missions)");
    assert_eq!(find(&f, "3,400", "3,400").subject.as_deref(), all);
    assert_eq!(find(&f, "129", "129").subject.as_deref(), all);
    assert_eq!(
        find(&f, "two Togolese", "two").subject.as_deref(),
        Some("MINUSMA, Togolese contingent")
    );
    // And in French, where "depuis 1948" may open a long sentence; "une douzaine de
    // missions" are all of them too.
    let f = text_facts(
        "Bamako, 29 mai 2020. Depuis 1948, plus d'un million de militaires et de policiers ont \
         servi sous le casque bleu, et un peu plus de 4 000 d'entre eux sont morts en service. \
         L'ONU déploie encore environ 70 000 militaires et policiers dans une douzaine de \
         missions.",
    );
    assert_eq!(find(&f, "4 000", "4 000").subject.as_deref(), all);
    assert_eq!(find(&f, "70 000", "70 000").subject.as_deref(), all);
}

#[test]
fn a_force_in_the_numbers_phrase_or_as_its_agent_owns_it_and_from_x_to_y_is_no_contingent() {
    let f = text_facts(
        "Bamako, 20 January 2019. The peacekeepers work alongside the Malian army and France's \
         4,500-strong Barkhane force. Barkhane itself numbers roughly 5,100 French troops \
         across the Sahel, from Mauritania to Chad.",
    );
    let barkhane = Some("Operation Barkhane");
    assert_eq!(find(&f, "4,500", "4,500").subject.as_deref(), barkhane);
    let t = find(&f, "5,100", "5,100");
    assert_eq!(
        (t.subject.as_deref(), t.contingent.as_deref()),
        (barkhane, None)
    );
    let f = text_facts(
        "Paris, 2 January 2020. Operation Barkhane lost 41 soldiers between 2014 and 2019. \
         France, whose Operation Serval ended in 2014, has lost 50 soldiers in the Sahel.",
    );
    assert_eq!(find(&f, "41", "41").subject.as_deref(), barkhane);
    assert_eq!(
        find(&f, "50", "50").subject.as_deref(),
        Some("French forces")
    );
}

#[test]
fn a_figure_for_each_of_several_countries_is_one_fact_per_country() {
    let f = text_facts(
        "Bamako, 8 December 2021. Since January, 19 peacekeepers have been killed in Mali: \
         eight from Togo, four each from Chad and Niger, and three from Egypt. Those killed \
         on Monday comprised two peacekeepers from Egypt and one each from Togo and Guinea.",
    );
    let of = |written: &str| {
        let mut c: Vec<_> = f
            .iter()
            .filter(|x| x.value_text == written)
            .map(|x| x.contingent.clone().unwrap_or_default())
            .collect();
        c.sort();
        c
    };
    assert_eq!(of("four"), ["Chad", "Niger"]);
    assert_eq!(of("one"), ["Guinea", "Togo"]);
    assert_eq!(of("eight"), ["Togo"]);
    // French: after the pronoun "en", past "chacun" and a two-word qualifier.
    let f = text_facts(
        "Bamako, 3 mars 2021. Le Tchad fournit 1 450 soldats, tandis que le Burkina Faso, le \
         Togo et l'Égypte en déploient chacun plus de 800.",
    );
    let mut c: Vec<_> = f
        .iter()
        .filter(|x| x.value_text == "800")
        .map(|x| (x.category, x.contingent.clone().unwrap_or_default()))
        .collect();
    c.sort_by(|a, b| a.1.cmp(&b.1));
    assert_eq!(
        c,
        [
            (Category::Troops, "Burkina Faso".to_string()),
            (Category::Troops, "Egypt".to_string()),
            (Category::Troops, "Togo".to_string())
        ]
    );
}

#[test]
fn personnel_of_a_military_force_named_after_them_are_troops() {
    let f = text_facts(
        "London, 9 December 2020. Since 2018, about 100 RAF personnel have flown in support of \
         France's Operation Barkhane.",
    );
    let x = find(&f, "100", "100");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.subject.as_deref(), Some("Operation Barkhane"));
    assert_eq!(x.contingent.as_deref(), Some("United Kingdom"));
    // A peace operation's personnel may be civilians: no force after, no troops.
    let f = text_facts("Bamako, 9 December 2020. MINUSMA employs 500 personnel in Bamako.");
    assert!(f
        .iter()
        .all(|x| x.value_text != "500" || x.category != Category::Troops));
}

#[test]
fn a_countrys_share_of_all_missions_keeps_its_country() {
    let f = text_facts(
        "Dhaka, 3 August 2017. Worldwide, Bangladesh had 7,636 uniformed personnel in UN \
         peacekeeping operations. Of the 129 Bangladeshi peacekeepers killed in UN operations \
         worldwide, six died in Mali.",
    );
    for n in ["7,636", "129"] {
        let x = find(&f, n, n);
        assert_eq!(
            x.subject.as_deref(),
            Some("UN peacekeeping (all missions)"),
            "{n}"
        );
        assert_eq!(x.contingent.as_deref(), Some("Bangladesh"), "{n}");
    }
}

#[test]
fn the_missions_relative_clause_owns_its_figure_not_the_country_before() {
    let f = text_facts(
        "Nine MINUSMA peacekeepers killed\n\nNiamey, 3 October 2014. Niger has close to 860 \
         soldiers in the mission, which currently musters roughly 8,900 troops and police.\n",
    );
    assert_eq!(find(&f, "860", "860").contingent.as_deref(), Some("Niger"));
    let x = find(&f, "8,900", "8,900");
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(x.contingent, None);
}

#[test]
fn national_shares_after_a_pronoun_sentence_are_the_paragraphs_force() {
    let f = text_facts(
        "Brussels, 3 March 2022. MINUSMA still fields 12,000 soldiers.\n\nTask Force Takuba was \
         meant to share the burden. It never grew beyond about 900 personnel. Sweden contributed \
         a force of some 150; Estonia sent 95.\n",
    );
    for (n, c) in [("150", "Sweden"), ("95", "Estonia")] {
        let x = find(&f, n, n);
        assert_eq!(x.subject.as_deref(), Some("Task Force Takuba"), "{n}");
        assert_eq!(x.contingent.as_deref(), Some(c), "{n}");
    }
}

#[test]
fn casualties_of_the_day_one_contingent_lost_are_that_contingents() {
    let f = text_facts(
        "Ouagadougou, 3 July 2015. On 2 July, six peacekeepers lost their lives and five others \
         were wounded when their convoy was attacked west of Timbuktu. On 2 July, the six \
         Burkinabe peacekeepers killed had been escorting trucks. The attack brought to 40 the number \
         of peacekeepers killed in Mali this year.",
    );
    for n in ["six", "five"] {
        assert_eq!(
            find(&f, "lost their lives", n).contingent.as_deref(),
            Some("Burkina Faso"),
            "{n}"
        );
    }
    // A running total above the day's figures is not the day's.
    assert_eq!(find(&f, "40", "40").contingent, None);
}

#[test]
fn the_date_a_mandate_runs_until_does_not_date_its_ceiling() {
    let f = text_facts(
        "New York, 28 June 2018. The Security Council renewed the mandate of MINUSMA until 30 \
         June 2019, keeping its authorized strength at up to 13,289 military personnel.",
    );
    assert_eq!(
        find(&f, "13,289", "13,289").date.as_deref(),
        Some("2018-06-28")
    );
    let f = text_facts(
        "New York, 29 juin 2022. Le Conseil de sécurité proroge jusqu'au 30 juin 2023 le mandat \
         de la MINUSMA, avec un plafond de 13 289 militaires.",
    );
    assert_eq!(
        find(&f, "13 289", "13 289").date.as_deref(),
        Some("2022-06-29")
    );
}

#[test]
fn a_number_in_words_then_in_brackets_is_one_number() {
    let f = text_facts(
        "Dublin, 28 June 2022. Up to fourteen (14) Defence Forces personnel may serve with \
         MINUSMA; at present twelve (12) Rangers are attached to the German-led task force.",
    );
    let x = find(&f, "fourteen", "fourteen (14)");
    assert_eq!((x.value, x.category), (14.0, Category::Troops));
    assert_eq!(find(&f, "twelve", "twelve (12)").category, Category::Troops);
    assert!(f
        .iter()
        .all(|x| x.value_text != "14" && x.value_text != "12"));
    let f = text_facts(
        "Ouagadougou, 2 juillet 2015. Le bilan s'établit à six (06) Casques bleus burkinabè \
         tués et neuf (09) autres blessés.",
    );
    assert_eq!(
        find(&f, "six", "six (06)").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "neuf", "neuf (09)").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn a_tolls_side_names_its_contingent_and_a_missions_soldiers_are_peacekeepers() {
    let f = text_facts(
        "Ouagadougou, 2 juillet 2015. Un convoi de la MINUSMA est tombé dans une embuscade. Le \
         bilan côté burkinabè s'établit à six (06) militaires décédés et neuf (09) blessés.",
    );
    let x = find(&f, "six", "six (06)");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.contingent.as_deref(), Some("Burkina Faso"));
    // "Côté français" is France's own forces, not a contingent of the mission.
    let f = text_facts(
        "Tombouctou, 14 avril 2018. La MINUSMA annonce un Casque bleu tué et sept autres \
         blessés. Côté français, sept militaires de Barkhane sont blessés.",
    );
    let x = find(&f, "La MINUSMA", "sept");
    assert_eq!(x.contingent, None);
}

#[test]
fn a_figure_referred_back_to_counts_the_dead_before_later_casualty_words() {
    let f = text_facts(
        "Bamako, 8 December 2021. MINUSMA put the provisional toll at six peacekeepers dead. The figure \
         rose to seven in the afternoon after one of the wounded died during his evacuation. \
         The exact figure is eight wounded.",
    );
    assert_eq!(
        find(&f, "rose to seven", "seven").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "eight wounded", "eight").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn the_death_of_a_peacekeeper_counts_one() {
    let f = text_facts(
        "Bamako, 8 December 2021. MINUSMA announced the death of a Chinese peacekeeper in Gao.",
    );
    let x = find(&f, "death of a", "a");
    assert_eq!((x.value, x.category), (1.0, Category::PeacekeepersKilled));
    assert_eq!(x.contingent.as_deref(), Some("China"));
    let f = text_facts(
        "Bamako, 8 décembre 2021. La MINUSMA annonce avec tristesse le décès, survenu le 6 \
         décembre à Dakar, d'un Casque bleu égyptien. Il avait été grièvement blessé près de \
         Kidal.",
    );
    let x = find(&f, "décès", "un");
    assert_eq!((x.value, x.category), (1.0, Category::PeacekeepersKilled));
    assert_eq!(x.contingent.as_deref(), Some("Egypt"));
}

#[test]
fn a_forces_long_name_between_a_number_and_its_verb_takes_one_place() {
    let f = text_facts(
        "Bamako, 3 June 2022 – Two peacekeepers of the Egyptian contingent of the United \
         Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) lost their \
         lives this morning near Douentza.",
    );
    let x = find(&f, "lost their", "Two");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.contingent.as_deref(), Some("Egypt"));
}

#[test]
fn our_dead_in_a_contributors_text_are_its_peacekeepers_not_the_host_army() {
    let f = text_facts(
        "Dutch debate on MINUSMA\n\nThe Hague, 3 November 2016. Ms Brouwer: we cannot hold this \
         debate without remembering the price paid by the Dutch in Mali. In July two of our \
         servicemen lost their lives when a mortar grenade exploded during an exercise in \
         Kidal.\n",
    );
    let x = find(&f, "servicemen", "two");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.contingent.as_deref(), Some("Netherlands"));
}

#[test]
fn a_figure_referred_back_to_after_a_strength_is_that_strength() {
    let f = text_facts(
        "The Hague, 3 November 2016. At present some 450 Dutch military personnel serve in \
         MINUSMA. From 1 January the figure will come down to about 290.",
    );
    assert_eq!(find(&f, "come down", "290").category, Category::Troops);
}

#[test]
fn a_nations_operation_named_by_its_adjective_is_the_one_named_last() {
    let f = text_facts(
        "Brussels, 3 October 2022. MINUSMA lost its air cover when Operation Barkhane left. The \
         French operation, which had 5,100 troops in the Sahel in 2020, completed its departure \
         from Mali in August.",
    );
    let x = find(&f, "French operation", "5,100");
    assert_eq!(x.subject.as_deref(), Some("Operation Barkhane"));
    assert_eq!(x.contingent, None);
}

#[test]
fn a_force_in_a_relative_aside_closed_before_the_number_is_not_its_owner() {
    let f = text_facts(
        "Kidal, 14 December 2013. MINUSMA, which took over from the African-led AFISMA force on \
         1 July, currently has about 5,500 uniformed personnel in the country. France, whose \
         Operation Serval halted the advance, has about 3,200 soldiers left in the country.",
    );
    assert_eq!(
        find(&f, "took over", "5,500").subject.as_deref(),
        Some("MINUSMA")
    );
    assert_eq!(
        find(&f, "whose", "3,200").subject.as_deref(),
        Some("Operation Serval")
    );
}

#[test]
fn an_army_losing_soldiers_counts_its_dead() {
    let f = text_facts(
        "Bamako, 30 December 2016. The Malian defence and security forces were also repeatedly \
         targeted, losing 11 soldiers during the reporting period.",
    );
    let x = find(&f, "losing", "11");
    assert_eq!(x.category, Category::MilitaryKilled);
    assert_eq!(x.subject.as_deref(), Some("Malian Armed Forces (FAMa)"));
}

#[test]
fn a_strong_force_of_soldiers_and_police_is_uniformed_personnel() {
    let f = text_facts(
        "Bamako, 21 January 2019. The raid gives the 15,000-strong force of soldiers and police \
         its bloodiest start to a year, MINUSMA said.",
    );
    assert_eq!(
        find(&f, "strong", "15,000").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn a_formed_police_unit_by_its_french_acronym_counts_police() {
    let f = text_facts(
        "Dakar, 3 mars 2019. Le Sénégal a déployé à Gao, au sein de la MINUSMA, une UPC de 140 \
         éléments.",
    );
    let x = find(&f, "UPC", "140");
    assert_eq!(x.category, Category::Police);
    assert_eq!(x.contingent.as_deref(), Some("Senegal"));
}

#[test]
fn a_french_units_nationality_in_any_gender_and_number_names_its_contingent() {
    // The table lists "roumain" and "sri-lankais"; their feminine and plural forms, a hyphen
    // inside the adjective and a "de" elided onto the qualifier all still name the country.
    let f = text_facts(
        "Bamako, 3 mars 2019. La relève sera assurée par une compagnie roumaine de 120 \
         militaires. Une compagnie sri-lankaise de 140 militaires escorte les convois. \
         L'arrivée d'un détachement d'hélicoptères allemand d'environ 350 militaires est \
         attendue. Le détachement néerlandais, qui compte environ 270 militaires, partira en \
         avril.",
    );
    for (near, n, country) in [
        ("roumaine", "120", "Romania"),
        ("sri-lankaise", "140", "Sri Lanka"),
        ("allemand", "350", "Germany"),
        ("néerlandais", "270", "Netherlands"),
    ] {
        let x = find(&f, near, n);
        assert_eq!(x.category, Category::Troops, "{n}");
        assert_eq!(x.contingent.as_deref(), Some(country), "{n}");
    }
}

#[test]
fn a_helicopter_detachment_names_its_contingent() {
    let f = text_facts(
        "Gao, 3 March 2019. The Dutch helicopter detachment, which numbers about 270 soldiers, \
         will leave in April.",
    );
    assert_eq!(
        find(&f, "Dutch", "270").contingent.as_deref(),
        Some("Netherlands")
    );
}

#[test]
fn gunned_down_and_buried_count_the_dead() {
    let f = text_facts(
        "Dhaka, 29 May 2021. Bangladesh is one of the largest contributors to MINUSMA. We \
         have buried eight of our comrades in Mali, the contingent commander said. In March, \
         five peacekeepers were gunned down near Ménaka.",
    );
    assert_eq!(
        find(&f, "buried", "eight").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "gunned", "five").category,
        Category::PeacekeepersKilled
    );
    // A French text is read with the French word lists.
    let f = text_facts("N'Djamena, 19 mai 2016. Le Tchad a enterré 82 de ses soldats au Mali.");
    assert_eq!(
        find(&f, "enterré", "82").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_since_dates_when_clause_happened_at_that_date() {
    let f = text_facts(
        "Bamako, 21 January 2019. It was the force's worst day since October 2014, when nine \
         peacekeepers from Niger were gunned down near Ansongo.",
    );
    let x = find(&f, "when", "nine");
    assert_eq!(x.date.as_deref(), Some("2014-10"));
    assert_eq!(x.date_basis, DateBasis::Event);
}

#[test]
fn their_comrades_are_the_same_contingent() {
    let f = text_facts(
        "Bamako, 8 December 2021. Seven Togolese peacekeepers were killed when their vehicle \
         struck a mine near Bandiagara. Three of their comrades were seriously injured.",
    );
    let x = find(&f, "comrades", "Three");
    assert_eq!(x.category, Category::PeacekeepersWounded);
    assert_eq!(x.contingent.as_deref(), Some("Togo"));
}

#[test]
fn a_number_word_inside_a_capitalised_name_is_no_count() {
    let f = text_facts(
        "New York, 29 June 2018. Speakers welcomed the Mission's cooperation with the Joint \
         Force of the Group of Five for the Sahel, which has some 5,000 troops.",
    );
    assert!(f.iter().all(|x| x.value_text != "Five"), "{f:?}");
    assert_eq!(find(&f, "Sahel", "5,000").category, Category::Troops);
}

#[test]
fn a_part_of_them_counts_what_the_figure_before_counts_whatever_verb_follows() {
    let f = text_facts(
        "New York, 29 June 2018. Since its deployment, he said, 170 peacekeepers had died, 102 \
         of them as a result of malicious acts, and 372 had been wounded in attacks.",
    );
    assert_eq!(
        find(&f, "of them", "102").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "wounded", "372").category,
        Category::PeacekeepersWounded
    );
    // A part with a fate of its own keeps it.
    let f = text_facts(
        "Lomé, 12 February 2021. A suicide vehicle hit the base at Kerena: 28 Togolese \
         peacekeepers were hurt, and one of them died two days later.",
    );
    assert_eq!(
        find(&f, "one of them", "one").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_figure_up_from_an_earlier_ceiling_is_the_same_contingents() {
    let f = text_facts(
        "Berlin, 6 May 2022. The Bundestag has renewed the German deployment to MINUSMA. The \
         new mandate allows up to 1,400 Bundeswehr personnel, up from a previous ceiling of \
         1,100.",
    );
    assert_eq!(
        find(&f, "ceiling", "1,100").contingent.as_deref(),
        Some("Germany")
    );
}

#[test]
fn members_of_its_personnel_are_the_forces_own() {
    let f = text_facts(
        "Bamako, 25 mai 2023. La MINUSMA prépare son départ du Mali. Depuis son déploiement, \
         quelque 300 membres de son personnel y ont péri, toutes causes confondues.",
    );
    let x = find(&f, "membres", "300");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn people_forced_from_their_homes_are_displaced() {
    let f = text_facts(
        "Bamako, 30 juin 2022. Selon les agences humanitaires, les violences ont contraint \
         près de 380 000 personnes à quitter leurs foyers dans le centre et le nord du Mali.",
    );
    assert_eq!(find(&f, "foyers", "380 000").category, Category::Displaced);
}

#[test]
fn a_forces_dont_clause_is_its_own_not_the_country_named_before() {
    let f = text_facts(
        "Paris, 14 octobre 2021. La France reste attachée au succès de la MINUSMA, dont les \
         quelque 13 300 militaires protègent les populations du centre.",
    );
    let x = find(&f, "dont", "13 300");
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(x.contingent, None);
}

#[test]
fn civilians_counted_after_a_strength_are_civilian_staff() {
    let f = text_facts(
        "Bamako, June 2022. MINUSMA has about 13,000 troops and some 1,900 police officers, as \
         well as nearly 1,800 civilians, of whom just over 800 were recruited in Mali.",
    );
    assert_eq!(
        find(&f, "civilians", "1,800").category,
        Category::CivilianStaff
    );
    assert_eq!(
        find(&f, "recruited", "800").category,
        Category::CivilianStaff
    );
    let f = text_facts(
        "Bamako, juin 2022. La MINUSMA compte environ 13 000 militaires et quelque 1 900 \
         policiers, auxquels s'ajoutent près de 1 800 civils.",
    );
    assert_eq!(
        find(&f, "civils", "1 800").category,
        Category::CivilianStaff
    );
    // A casualty sentence's civilians are no staff.
    let f = text_facts(
        "Mopti, 3 March 2019. The attack killed two soldiers and 14 civilians, the army said.",
    );
    assert_eq!(
        find(&f, "civilians", "14").category,
        Category::CiviliansKilled
    );
}

#[test]
fn a_losses_label_counts_the_texts_forces_own_people() {
    let f = text_facts(
        "MINUSMA\n\nUnited Nations peacekeeping mission in Mali, 2013 to 2023.\n\nLosses (as of \
         31 December 2023): 311 dead, 174 of them from malicious acts; more than 700 wounded",
    );
    assert_eq!(
        find(&f, "Losses", "311").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "Losses", "700").category,
        Category::PeacekeepersWounded
    );
    let f = text_facts(
        "MINUSMA\n\nMission des Nations unies au Mali, de 2013 à 2023.\n\nPertes (au 31 décembre \
         2023) : 311 morts, dont 174 par actes malveillants ; plus de 700 blessés",
    );
    let x = find(&f, "Pertes", "311");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn a_qualified_count_in_brackets_after_a_country_is_its_contingents() {
    for text in [
        "Bamako, June 2022. Chad leads MINUSMA's troop contributors with about 1,450 soldiers, \
         ahead of Bangladesh (about 1,300), Egypt (about 1,070) and Burkina Faso (860).",
        "Bamako, juin 2022. Le Tchad arrive en tête des contributeurs de la MINUSMA avec environ \
         1 450 militaires, devant le Bangladesh (environ 1 300), l'Égypte (environ 1 070 \
         militaires) et le Burkina Faso (860).",
    ] {
        let f = text_facts(text);
        for (n, country) in [
            ("1,300", "Bangladesh"),
            ("1,070", "Egypt"),
            ("860", "Burkina Faso"),
        ] {
            let n = if text.contains("Tchad") {
                n.replace(',', " ")
            } else {
                n.to_string()
            };
            let x = find(&f, "Bangladesh", &n);
            assert_eq!(x.category, Category::Troops, "{n}");
            assert_eq!(x.contingent.as_deref(), Some(country), "{n}");
        }
    }
}

#[test]
fn the_leader_of_a_led_force_is_not_its_owner() {
    let f = text_facts(
        "Bamako, 1 July 2013. Roughly 6,000 soldiers of the ECOWAS-led AFISMA put on blue \
         helmets as the UN takes over.",
    );
    assert_eq!(
        find(&f, "ECOWAS", "6,000").subject.as_deref(),
        Some("AFISMA")
    );
}

#[test]
fn a_forces_possessive_owns_a_number_only_within_its_phrase() {
    let f = text_facts(
        "June 2022. Chad fielded the largest contingent for most of the mission's life, with \
         about 1,400 soldiers at the end.",
    );
    assert_eq!(
        find(&f, "Chad", "1,400").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn a_timeline_entry_dates_all_its_sentences_and_is_no_page_date() {
    let text = "Mali: ten years of foreign forces, in dates\n\n\
                • 11 January 2013 — France launches Operation Serval. At its height, some 4,000 \
                French soldiers are engaged.\n\n\
                • 25 April 2013 — The Security Council creates MINUSMA. The resolution allows up \
                to 11,200 troops and 1,440 police.\n\n\
                • 31 December 2023 — The mission's operations end. Over ten years, 311 \
                peacekeepers died in Mali.\n";
    let d = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
    // No line dates the page: the first entry's date is an event's.
    assert_ne!(
        d.meta.published.map(|p| (p.year, p.month)),
        Some((2013, Some(1)))
    );
    let f = extract(&d);
    let year = |needle: &str, n: &str| find(&f, needle, n).date.clone().unwrap()[..4].to_string();
    assert_eq!(year("At its height", "4,000"), "2013");
    assert_eq!(year("resolution allows", "11,200"), "2013");
    assert_eq!(year("Over ten years", "311"), "2023");
}

#[test]
fn others_hurt_with_our_dead_are_our_wounded() {
    let f = text_facts(
        "N'Djamena, le 19 mai 2016\n\nLe ministère de la Défense du Tchad annonce qu'un convoi \
         de la MINUSMA escorté par le contingent tchadien est tombé dans une embuscade.\n\nAu \
         cours des échanges de tirs, cinq de nos soldats sont tombés et trois autres ont été \
         blessés.",
    );
    let x = find(&f, "autres", "trois");
    assert_eq!(x.category, Category::PeacekeepersWounded);
    assert_eq!(x.contingent.as_deref(), Some("Chad"));
}

#[test]
fn a_nation_losing_its_sons_counts_its_dead() {
    let f = text_facts(
        "N'Djamena, le 19 mai 2016. Le Tchad, qui compte 1 390 militaires au sein de la \
         MINUSMA, a déjà perdu plus de trente de ses fils sous la bannière onusienne.",
    );
    let x = find(&f, "fils", "trente");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.contingent.as_deref(), Some("Chad"));
}

#[test]
fn a_casualty_word_before_a_when_clause_is_not_its_figures() {
    let f = text_facts(
        "N'Djamena, le 19 mai 2016. Ces pertes s'ajoutent aux 38 soldats tchadiens tombés en \
         2013 au sein de la MISMA, lorsque quelque 2 000 de nos militaires combattaient dans \
         l'Adrar des Ifoghas.",
    );
    assert_eq!(find(&f, "lorsque", "2 000").category, Category::Troops);
    assert_eq!(
        find(&f, "lorsque", "38").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn an_answer_published_later_dates_the_figures_after_it() {
    let text = "Question écrite n° 1234 de M. Dupont\npubliée dans le JO Sénat du 14/10/2021\n\n\
                M. Dupont interroge la ministre sur Barkhane, qui compte quelque 5 100 \
                militaires.\n\n\
                Réponse du Ministère des armées\npubliée dans le JO Sénat du 10/02/2022\n\n\
                La task force Takuba rassemble à ce jour environ 800 militaires européens.\n";
    let f = text_facts(text);
    assert_eq!(
        find(&f, "Barkhane", "5 100").date.as_deref(),
        Some("2021-10-14")
    );
    assert_eq!(
        find(&f, "Takuba", "800").date.as_deref(),
        Some("2022-02-10")
    );
    let text = "Mali: UK forces\nAsked on 3 December 2020\n\nTo ask the Secretary of State for \
                Defence, how many UK armed forces personnel are deployed to Mali with the UN \
                mission.\n\nAnswered on 9 December 2020\n\nThere are some 300 UK troops \
                deployed with MINUSMA.\n";
    let f = text_facts(text);
    assert_eq!(
        find(&f, "UK troops", "300").date.as_deref(),
        Some("2020-12-09")
    );
}

#[test]
fn a_sum_of_the_figures_before_it_counts_what_they_count() {
    let f = text_facts(
        "Bamako, le 4 octobre 2023. Le personnel civil est concerné : 143 fonctionnaires \
         internationaux et 27 Volontaires des Nations Unies ont achevé leur affectation, soit \
         170 départs au total. À ce jour, 4 120 membres de la Force sont rentrés, parmi lesquels \
         128 officiers d'état-major. L'effectif s'établissait à 12 015 personnes, sur un effectif \
         autorisé de 13 289, soit 90 %.",
    );
    assert_eq!(find(&f, "soit", "170").category, Category::CivilianStaff);
    assert_eq!(find(&f, "lesquels", "128").category, Category::Troops);
    assert!(f
        .iter()
        .all(|x| x.value_text != "90" || x.category == Category::Other));
}

#[test]
fn a_countrys_name_used_as_its_adjective_names_its_contingent() {
    let f = text_facts(
        "Bamako, 25 September 2017. The Chad contingent lost three peacekeepers on Sunday. Two \
         Niger peacekeepers were killed in a separate ambush. Five members of the Bangladesh \
         Army serving with MINUSMA were injured.",
    );
    assert_eq!(
        find(&f, "Chad", "three").contingent.as_deref(),
        Some("Chad")
    );
    assert_eq!(
        find(&f, "Niger", "Two").contingent.as_deref(),
        Some("Niger")
    );
    assert_eq!(
        find(&f, "Bangladesh", "Five").contingent.as_deref(),
        Some("Bangladesh")
    );
}

#[test]
fn martyrdom_and_the_supreme_sacrifice_count_the_dead() {
    let f = text_facts(
        "Dhaka, 25 September 2017. Three Bangladeshi peacekeepers embrace martyrdom in Mali. \
         Since 1988, 129 Bangladeshi peacekeepers have made the supreme sacrifice under the UN \
         flag.",
    );
    assert_eq!(
        find(&f, "martyrdom", "Three").category,
        Category::PeacekeepersKilled
    );
    let x = find(&f, "supreme", "129");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.subject.as_deref(), Some("UN peacekeeping (all missions)"));
}

#[test]
fn an_opening_participles_date_is_not_the_main_clauses() {
    let f = text_facts(
        "Bamako, 21 January 2019. Deployed in July 2013, MINUSMA counts some 13,000 soldiers. \
         Killed in March, the 12 soldiers were buried in Gao.",
    );
    assert_eq!(
        find(&f, "Deployed", "13,000").date_basis,
        DateBasis::Publication
    );
    assert_eq!(
        find(&f, "Killed in March", "12").date.as_deref(),
        Some("2018-03")
    );
    let f = text_facts(
        "Bamako, le 21 janvier 2019. Déployée en juillet 2013, la Minusma compte quelque 12 500 \
         militaires et policiers.",
    );
    assert_eq!(
        find(&f, "Déployée", "12 500").date.as_deref(),
        Some("2019-01-21")
    );
}

#[test]
fn a_relative_clause_of_worldwide_operations_is_worldwide() {
    let f = text_facts(
        "Bamako, le 4 septembre 2023. L'ONU conduit encore une douzaine d'opérations de maintien \
         de la paix, qui emploient au total quelque 87 000 militaires et policiers.",
    );
    assert_eq!(
        find(&f, "emploient", "87 000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn the_host_country_is_no_contingent_of_the_mission() {
    let f = text_facts(
        "Bamako, 12 février 2024. Le départ de la MINUSMA a touché quelque 1 800 employés civils, \
         dont plus de 800 Maliens.",
    );
    let x = find(&f, "Maliens", "800");
    assert_eq!(x.contingent, None);
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn the_force_a_force_succeeds_is_not_its_figures_owner() {
    let f = text_facts(
        "Paris, 2024. 1er août 2014 – Barkhane succède à Serval et étend son action à cinq pays \
         du Sahel, avec 3 000 militaires. 1er juillet 2013 – La MINUSMA prend officiellement le \
         relais de la MISMA, avec quelque 6 100 soldats et policiers.",
    );
    assert_eq!(
        find(&f, "succède", "3 000").subject.as_deref(),
        Some("Operation Barkhane")
    );
    assert_eq!(
        find(&f, "relais", "6 100").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn a_nations_troops_after_a_sentence_naming_its_one_operation_are_the_operations() {
    let f = text_facts(
        "Paris, 2024. 11 janvier 2013 – La France lance l'opération Serval. Plus de 4 000 \
         militaires français sont engagés en quelques semaines.",
    );
    assert_eq!(
        find(&f, "engagés", "4 000").subject.as_deref(),
        Some("Operation Serval")
    );
}

#[test]
fn a_dozen_operations_are_all_missions() {
    let f = text_facts(
        "New York, 29 May 2023. Some 87,000 peacekeepers serve in a dozen operations, the \
         Secretary-General said.",
    );
    assert_eq!(
        find(&f, "dozen", "87,000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn a_pronouns_men_are_the_force_the_sentence_before_names() {
    let f = text_facts(
        "Bamako, 3 avril 2023. La junte a fait venir des « instructeurs » que les diplomates \
         rattachent au groupe Wagner. Une source militaire évalue leur nombre à quelque 1 250 \
         hommes.",
    );
    let e = text_facts(
        "Kyiv, 2 May 2022. Moscow has sent contractors of the Wagner Group to Mali. They are \
         thought to number about 900 men.",
    );
    for (facts, needle, n) in [(&f, "évalue", "1 250"), (&e, "thought", "900")] {
        let x = find(facts, needle, n);
        assert_eq!(x.category, Category::Troops, "{n}");
        assert_eq!(x.subject.as_deref(), Some("Wagner Group"), "{n}");
    }
}

#[test]
fn an_estimated_range_after_a_forces_soldiers_is_their_strength() {
    let f = text_facts(
        "Dakar, 5 juin 2023. Les mercenaires de Wagner, estimés entre 1 100 et 1 600 au Mali, \
         sont mis en cause. Les soldats de Barkhane, évalués à 2 400 au printemps, quittent \
         Gao.",
    );
    for (needle, n) in [
        ("estimés", "1 100"),
        ("estimés", "1 600"),
        ("évalués", "2 400"),
    ] {
        assert_eq!(find(&f, needle, n).category, Category::Troops, "{n}");
    }
}

#[test]
fn a_figure_for_the_mission_named_after_it_is_the_missions() {
    let f = text_facts(
        "Policy brief, September 2021. MINUSMA has about 12,000 troops. In late 2019 the Malian \
         army lost 38 soldiers at Boulkessi.\n\nIn July the Secretary-General asked the Council \
         for 2,100 more uniformed personnel for the Mission.",
    );
    assert_eq!(
        find(&f, "asked", "2,100").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn a_breakdown_by_origin_names_no_contingent_for_its_total() {
    let f = text_facts(
        "New York, 2 June 2020. The Mission suffered 17 attacks, which killed four \
         peacekeepers, three from Niger and one from Togo, and injured 11 others. Those killed \
         in May comprised two peacekeepers from Egypt and one each from Chad and Guinea.",
    );
    assert_eq!(find(&f, "17 attacks", "four").contingent, None);
    assert_eq!(find(&f, "17 attacks", "11").contingent, None);
    assert_eq!(
        find(&f, "17 attacks", "three").contingent.as_deref(),
        Some("Niger")
    );
    assert_eq!(
        find(&f, "comprised", "two").contingent.as_deref(),
        Some("Egypt")
    );
}

#[test]
fn the_country_a_speaker_speaks_for_is_no_contingent_of_other_figures() {
    let f = text_facts(
        "New York, 30 June 2023. After the vote, the representative of the United States \
         honoured the more than 300 peacekeepers who died in Mali. The representative of Chad, \
         whose contingent of 1,400 troops holds Tessalit, asked for helicopters. The British \
         join some 12,000 soldiers from more than 50 nations serving with the Mission.",
    );
    assert_eq!(find(&f, "United States", "300").contingent, None);
    assert_eq!(
        find(&f, "Tessalit", "1,400").contingent.as_deref(),
        Some("Chad")
    );
    assert_eq!(find(&f, "British", "12,000").contingent, None);
    let f = text_facts(
        "New York, 30 juin 2023. La représentante des États-Unis a salué les plus de 300 \
         casques bleus morts au Mali. Le délégué du Tchad, pays qui fournit 1 400 militaires à \
         la Mission, a demandé des hélicoptères.",
    );
    assert_eq!(find(&f, "salué", "300").contingent, None);
    assert_eq!(
        find(&f, "délégué", "1 400").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn a_spreadsheet_export_is_read_cell_by_cell() {
    let f = text_facts(
        "MINUSMA contributors, data as of 30 April 2022\n\n\
         country,contingent_troops,staff_officers,individual_police,formed_police_units,total\n\
         Niger,860,19,11,,890\n\
         Togo,731,14,7,280,1032\n\
         Mission total,12021,480,301,1390,14192\n",
    );
    let niger = find(&f, "Niger,860", "860");
    assert_eq!(niger.category, Category::Troops);
    assert_eq!(niger.contingent.as_deref(), Some("Niger"));
    assert_eq!(find(&f, "Togo,731", "280").category, Category::Police);
    assert_eq!(
        find(&f, "Togo,731", "1032").category,
        Category::UniformedPersonnel
    );
    let total = find(&f, "Mission total", "1390");
    assert_eq!(total.category, Category::Police);
    assert_eq!(total.contingent, None);
    assert_eq!(total.subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn a_wide_table_with_bars_reads_its_country_date_and_figures_wherever_they_stand() {
    let f = text_facts(
        "Attacks on MINUSMA peacekeepers\n\n\
         Date              | Place (region)                  | Killed       | Injured  | Contingent | Remarks\n\
         6 October 2017    | near Ber, on the Timbuktu road  | 3 (later 4)  | c. 12    | Burkina Faso | Mortar fire, then an ambush of the relief column; claimed by AQIM\n\
         14 August 2018    | Ansongo camp (Gao)              | 2            | -        | Togo       | Rockets fired at night from the dunes east of the camp\n",
    );
    let first = find(&f, "6 October 2017", "3");
    assert_eq!(first.category, Category::PeacekeepersKilled);
    assert_eq!(
        first.subject.as_deref(),
        Some("MINUSMA, Burkinabe contingent")
    );
    assert_eq!(first.date.as_deref(), Some("2017-10-06"));
    assert_eq!(
        find(&f, "6 October 2017", "4").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "6 October 2017", "12").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "14 August 2018", "2").contingent.as_deref(),
        Some("Togo")
    );
}

#[test]
fn a_french_export_with_semicolons_is_read_cell_by_cell() {
    let f = text_facts(
        "Effectifs de la MINUSMA au 31 mars 2023\n\n\
         pays;militaires;policiers;total\n\
         Tchad;1402;9;1411\n\
         Sénégal;818;436;1254\n",
    );
    let chad = find(&f, "Tchad;1402", "1402");
    assert_eq!(chad.category, Category::Troops);
    assert_eq!(chad.contingent.as_deref(), Some("Chad"));
    assert_eq!(find(&f, "Sénégal;818", "436").category, Category::Police);
}

#[test]
fn a_contributors_army_communique_counts_its_own_side_as_its_contingent() {
    let f = text_facts(
        "RÉPUBLIQUE DU NIGER\n\nMINISTÈRE DE LA DÉFENSE NATIONALE\n\nNiamey, le 7 octobre \
         2014\n\nCOMMUNIQUÉ\n\nLe convoi du bataillon nigérien de la MINUSMA a été attaqué \
         entre Ménaka et Ansongo. Nos soldats ont riposté avec vigueur.\n\nLe bilan côté ami \
         est de neuf (09) militaires tombés au champ d'honneur et de deux blessés.",
    );
    let dead = find(&f, "côté ami", "neuf (09)");
    assert_eq!(dead.category, Category::PeacekeepersKilled);
    assert_eq!(dead.contingent.as_deref(), Some("Niger"));
}

#[test]
fn his_country_after_a_sentence_naming_the_speakers_country_is_its_contingent() {
    let f = text_facts(
        "New York, 29 juin 2016. Le représentant du Tchad a pris la parole après le vote. Son \
         pays, a-t-il rappelé, a perdu trente-neuf de ses Casques bleus depuis 2013.",
    );
    assert_eq!(
        find(&f, "Son pays", "trente-neuf").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn a_country_opening_the_clause_after_the_numbers_phrase_owns_it() {
    let f = text_facts(
        "Bamako, 21 janvier 2019. Avec quelque 1 400 militaires, le Tchad fournit l'un des plus \
         importants contingents de la force onusienne.",
    );
    assert_eq!(
        find(&f, "Avec", "1 400").contingent.as_deref(),
        Some("Chad")
    );
    let f = text_facts(
        "Accra, 14 December 2023. Ghana's presence in Mali peaked in 2019, when 217 military \
         personnel and 31 individual police officers served with the UN mission.",
    );
    assert_eq!(
        find(&f, "presence", "217").contingent.as_deref(),
        Some("Ghana")
    );
    assert_eq!(
        find(&f, "presence", "31").contingent.as_deref(),
        Some("Ghana")
    );
}

#[test]
fn the_un_mission_in_a_text_about_mali_is_minusma() {
    let f = text_facts(
        "Bruxelles, 10 août 2022 (Belga). Une attaque a visé le camp de l'armée malienne à \
         Tessit, près de Gao. La mission de l'ONU, qui compte environ 13 000 militaires et \
         policiers, n'est pas présente à Tessit.",
    );
    assert_eq!(
        find(&f, "mission de l'ONU", "13 000").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn notes_numbered_without_a_full_stop_are_notes_not_figures() {
    let f = text_facts(
        "Washington, 3 March 2022. MINUSMA may deploy up to 13,289 military personnel.10 Some \
         165 of its peacekeepers have been killed by hostile acts since it was created in \
         2013.11\n\n________\n\n\
         10 U.N. Security Council Resolution 2584 (2021).\n\
         11 U.N. Peacekeeping, fatalities by mission and incident type, January 31, 2022.\n\
         12 State Department briefing, January 2022.\n",
    );
    assert!(f
        .iter()
        .all(|x| x.value != 2013.11 && x.value != 11.0 && x.value != 12.0));
    assert_eq!(
        find(&f, "165", "165").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn blue_helmets_and_police_in_a_text_about_another_force_are_the_missions() {
    let f = text_facts(
        "Forum Sahel, 3 mars 2020. L'opération Barkhane compte 5 100 militaires au Sahel. La \
         MINUSMA est aussi présente au Mali. Perso j'avais retenu 15 000 casques bleus, ça me \
         paraît énorme. Tu confonds avec le plafond : 13 289 militaires et 1 920 policiers.",
    );
    assert_eq!(
        find(&f, "Barkhane compte", "5 100").subject.as_deref(),
        Some("Operation Barkhane")
    );
    for (needle, n) in [
        ("Perso", "15 000"),
        ("plafond", "13 289"),
        ("plafond", "1 920"),
    ] {
        assert_eq!(
            find(&f, needle, n).subject.as_deref(),
            Some("MINUSMA"),
            "{n}"
        );
    }
}

#[test]
fn a_country_compared_with_is_not_the_clauses_subject() {
    let f = text_facts(
        "Bamako, 21 janvier 2019 (AFP). Le Tchad est le deuxième pourvoyeur de troupes de la \
         Minusma après le Burkina Faso, avec quelque 1 450 militaires déployés.",
    );
    assert_eq!(
        find(&f, "pourvoyeur", "1 450").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn an_apposition_of_names_or_a_wound_does_not_hide_the_verb_after_it() {
    let f = text_facts(
        "Bamako, 9 avril 2019. Le 8 avril, deux Casques bleus égyptiens, le sergent Ahmed Khalil \
         et le caporal Ali Saïd, ont succombé à leurs blessures. Le 7 avril, un Casque bleu \
         tchadien, blessé la veille, a succombé à Gao.",
    );
    assert_eq!(
        find(&f, "sergent", "deux").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "la veille", "un").category,
        Category::PeacekeepersKilled
    );
    let e = text_facts(
        "New York, 26 January 2019. Two Sri Lankan peacekeepers, Captain Rajitha Perera and \
         Corporal Anura Silva of the convoy escort company, were killed near Douentza.",
    );
    assert_eq!(
        find(&e, "Captain", "Two").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn national_shares_on_a_multinational_operations_page_are_its() {
    let f = text_facts(
        "Task Force Takuba\n\nKyiv, January 2022.\n\nTask Force Takuba was a European \
         special-forces grouping under French command, alongside MINUSMA.\n\nContributions\n\n\
         - Estonia: 95 troops\n- Sweden: 150 troops\n\nIn January 2022 a Danish contingent of \
         around 90 soldiers arrived in Ménaka.",
    );
    for (needle, n) in [("Estonia", "95"), ("Sweden", "150"), ("Danish", "90")] {
        assert_eq!(
            find(&f, needle, n).subject.as_deref(),
            Some("Task Force Takuba"),
            "{n}"
        );
    }
}

#[test]
fn french_lower_case_nationalities_pair_with_figures_respectively() {
    let f = text_facts(
        "Paris, 14 juin 2023. Les contingents estonien et suédois comptaient respectivement 95 \
         et 150 militaires.",
    );
    assert_eq!(
        find(&f, "estonien", "95").contingent.as_deref(),
        Some("Estonia")
    );
    let sweden = find(&f, "estonien", "150");
    assert_eq!(sweden.contingent.as_deref(), Some("Sweden"));
    assert_eq!(sweden.subject.as_deref(), Some("Swedish contingent"));
}

#[test]
fn a_text_about_one_contingent_gives_it_the_strengths_that_name_no_country() {
    let text = "Sligo, 3 October 2019\n\nIrish rangers head for Gao\n\n\
        The Irish Defence Forces will send a small team to Mali next month. Fourteen members \
        of the Army Ranger Wing will deploy to MINUSMA for four months.\n\n\
        Ireland has served in UN missions since 1958, and Irish officers know the Sahel \
        well. The mission has about 13,000 troops and 1,900 police. A relief \
        rotation of 12 personnel will follow in the spring. Some 15,000 of the mission's \
        people are uniformed.\n\n\
        Roughly 12,000 soldiers from more than 50 countries serve with MINUSMA.";
    let f = text_facts(text);
    let irish = Some("Ireland");
    // The deployment names no country in its sentence: the text's.
    assert_eq!(
        find(&f, "Fourteen members", "Fourteen")
            .contingent
            .as_deref(),
        irish
    );
    assert_eq!(
        find(&f, "relief rotation", "12").contingent.as_deref(),
        irish
    );
    // The mission named as the holder, or many countries counted: the whole mission's.
    for (needle, n) in [
        ("The mission has", "13,000"),
        ("The mission has", "1,900"),
        ("from more than 50", "12,000"),
    ] {
        let x = find(&f, needle, n);
        assert_eq!(
            (x.subject.as_deref(), x.contingent.as_deref()),
            (Some("MINUSMA"), None),
            "{n}"
        );
    }

    // The same in French, where the mission is named by a pronoun the sentence before.
    let fr = "Dakar, 4 mars 2021\n\nLe Sénégal relève son bataillon au Mali\n\n\
        Le contingent sénégalais de la MINUSMA change de chef. Les soldats sénégalais partent \
        de Dakar ce mardi, et le ministère sénégalais précise que 650 hommes seront déployés \
        à la MINUSMA.\n\n\
        Créée en 2013, la MINUSMA est déployée dans le nord du pays. Elle compte aujourd'hui \
        quelque 13 000 militaires.";
    let f = text_facts(fr);
    assert_eq!(
        find(&f, "650 hommes", "650").contingent.as_deref(),
        Some("Senegal")
    );
    let all = find(&f, "Elle compte", "13 000");
    assert_eq!(all.contingent.as_deref(), None);
}

#[test]
fn a_private_military_companys_bare_figure_after_it_is_its_strength() {
    let f = text_facts(
        "Bamako, 5 May 2022\n\nThe United States said the Wagner Group's fighters in Mali \
         numbered 1,500. The Wagner Group, whose men are thought to be about 1,200, has also \
         killed 30 civilians.",
    );
    let w = find(&f, "numbered", "1,500");
    assert_eq!(
        (w.category, w.subject.as_deref()),
        (Category::Troops, Some("Wagner Group"))
    );
    assert_eq!(
        find(&f, "has also", "30").category,
        Category::CiviliansKilled
    );
    let f = text_facts(
        "Bamako, 5 mai 2022\n\nLes autorités bénéficient de l'appui de combattants russes du \
         groupe Wagner, dont le nombre est estimé à environ 1 000 par plusieurs gouvernements. \
         D'autres évoquent la présence de personnels de sécurité russes, estimés à près d'un \
         millier.",
    );
    for (needle, n) in [("dont le nombre", "1 000"), ("personnels de", "un millier")] {
        let w = find(&f, needle, n);
        assert_eq!(
            (w.category, w.subject.as_deref()),
            (Category::Troops, Some("Wagner Group")),
            "{n}"
        );
    }
    // "Un millier" is about a thousand, and what follows "de" is what it counts.
    let f = text_facts(
        "Bamako, 5 mai 2022\n\nSelon la mission, la Minusma compte aujourd'hui un peu plus de \
         8 000 militaires et près d'un millier de policiers, qui sont déployés dans le nord et \
         le centre du pays.",
    );
    let p = find(&f, "policiers", "un millier");
    assert_eq!(
        (p.value, p.qualifier, p.category),
        (1000.0, Qualifier::About, Category::Police)
    );
}

#[test]
fn soldiers_no_force_is_named_for_are_the_topic_contingents_dead() {
    let text = "The Hague, 3 August 2016\n\nDutch helicopters leave Gao\n\n\
        The Netherlands will withdraw its Apache and Chinook helicopters from MINUSMA next \
        year, the Dutch defence ministry said. The Dutch deployment has been marked by \
        accidents. In July two soldiers died and one more was wounded when a mortar round \
        exploded during an exercise near the camp.\n\n\
        Dutch officers will stay at the mission's headquarters.\n\n\
        Elsewhere in the north, a Malian army convoy lost seven soldiers on the Ansongo road.";
    let f = text_facts(text);
    let dead = find(&f, "mortar round", "two");
    assert_eq!(
        (dead.category, dead.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Netherlands"))
    );
    let hurt = find(&f, "mortar round", "one");
    assert_eq!(
        (hurt.category, hurt.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Netherlands"))
    );
    // A sentence that names the host country's army keeps its soldiers.
    let fama = find(&f, "Ansongo", "seven");
    assert_eq!(
        (fama.category, fama.subject.as_deref()),
        (Category::MilitaryKilled, Some("Malian Armed Forces (FAMa)"))
    );
}

#[test]
fn our_wounded_in_a_contributors_text_are_its_contingents() {
    let text = "Bundeswehr: patrol attacked near Gao\n\nPotsdam, 25 June 2021\n\n\
        A vehicle packed with explosives struck a MINUSMA patrol on Friday morning. Twelve of \
        our soldiers were wounded, three of them seriously. They were flown to Gao.";
    let f = text_facts(text);
    for n in ["Twelve", "three"] {
        let x = find(&f, "Twelve of", n);
        assert_eq!(
            (x.category, x.contingent.as_deref()),
            (Category::PeacekeepersWounded, Some("Germany")),
            "{n}"
        );
    }
}

#[test]
fn a_subset_column_counts_a_share_of_the_column_before_it() {
    let text = "# deces_par_pays.csv\n# Jeu de données : décès de Casques bleus de la MINUSMA \
        par pays contributeur, pour toutes les causes et pour les actes malveillants\n\
        # Période couverte : du 1er juillet 2013 au 31 décembre \
        2022\n# Extraction réalisée le 15/01/2023\n\npays;deces_total;dont_actes_malveillants\n\
        Tchad;73;61\nTogo;18;14\n";
    let d = ingest("t", "t.txt", text.as_bytes(), None).unwrap();
    // The span the data covers is not the text's own date.
    assert_eq!(
        d.meta.published.map(|p| p.iso()).as_deref(),
        Some("2023-01-15")
    );
    let f = extract(&d);
    for (row, n, country) in [("Tchad", "61", "Chad"), ("Togo", "14", "Togo")] {
        let x = find(&f, row, n);
        assert_eq!(
            (x.category, x.contingent.as_deref()),
            (Category::PeacekeepersKilled, Some(country)),
            "{n}"
        );
    }
}

#[test]
fn an_apposition_after_the_subject_names_no_owner_and_no_date_of_its_figure() {
    let f = text_facts(
        "BAMAKO, Jan 21, 2019 (Reuters) - The attack was the deadliest this year. MINUSMA, set \
         up in 2013 after French troops pushed jihadists out of the north's towns, fields \
         around 13,000 troops and 1,900 police officers.",
    );
    for n in ["13,000", "1,900"] {
        let x = find(&f, "set up in 2013", n);
        assert_eq!(x.subject.as_deref(), Some("MINUSMA"), "{n}");
        assert_eq!(
            (x.date.as_deref(), x.date_basis),
            (Some("2019-01-21"), DateBasis::Publication),
            "{n}"
        );
    }
}

#[test]
fn an_answer_gives_its_figures_to_the_country_its_question_names() {
    let text = "Published 18 November 2022\n\nSeveral countries are pulling their soldiers out \
        of MINUSMA. We asked a researcher what that means.\n\n\
        Côte d'Ivoire has said it is leaving too. How big is its contingent?\n\n\
        Some 900 soldiers, deployed mainly around Timbuktu and Mopti.\n\n\
        Will the departures hollow out the mission?\n\n\
        The mission still has about 12,000 troops.";
    let f = text_facts(text);
    assert_eq!(
        find(&f, "Some 900", "900").contingent.as_deref(),
        Some("Côte d'Ivoire")
    );
    assert_eq!(find(&f, "still has", "12,000").contingent.as_deref(), None);
}

#[test]
fn french_respectively_figures_and_le_nombre_de_count_what_they_name() {
    let f = text_facts(
        "Bamako, 29 juin 2016\n\nLe Conseil de sécurité porte à 15 209 le nombre de personnels \
         en tenue de la MINUSMA. Aux termes de ce texte, l'effectif autorisé de la Mission \
         passe à 13 289 militaires et 1 920 policiers, contre respectivement 11 240 et 1 440 \
         jusqu'à présent, soit quelque 2 500 personnels en tenue supplémentaires.",
    );
    assert_eq!(
        find(&f, "porte à", "15 209").category,
        Category::UniformedPersonnel
    );
    for (n, c) in [
        ("11 240", Category::Troops),
        ("1 440", Category::Police),
        ("2 500", Category::UniformedPersonnel),
    ] {
        assert_eq!(find(&f, "respectivement", n).category, c, "{n}");
    }
}

#[test]
fn our_comrades_who_died_are_the_speaking_contingents_peacekeepers() {
    let f = text_facts(
        "Publié le 3 juin 2019 | Lomé\n\nLe colonel Agbéyomé, commandant du bataillon togolais \
         de la Minusma, revient pour nous sur la mission de ses hommes dans le centre du Mali.\n\n\
         Combien de vos soldats y sont tombés ?\n\n\
         Depuis 2013, dix-neuf de nos camarades ont perdu la vie.",
    );
    let x = find(&f, "camarades", "dix-neuf");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Togo"))
    );
}

#[test]
fn a_contributors_people_serving_are_its_contingents_soldiers() {
    let f = text_facts(
        "Niamey, 29 May 2023\n\nThe Nigerien battalion of MINUSMA has been in Menaka since \
         2014. Some 860 Nigeriens serve there, escorting the mission's convoys. In all, eight \
         Nigeriens have died while serving with MINUSMA.",
    );
    let x = find(&f, "serve there", "860");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Troops, Some("Niger"))
    );
    assert_eq!(
        find(&f, "have died", "eight").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn its_personnel_who_died_in_a_peace_operations_text_are_peacekeepers() {
    let f = text_facts(
        "MINUSMA at a glance\n\nThe UN mission in Mali was created in 2013. By the time it \
         closed on 31 December 2023, 310 of its personnel had died, more than 170 of them in \
         hostile acts.",
    );
    for n in ["310", "170"] {
        let x = find(&f, "of its personnel", n);
        assert_eq!(
            (x.category, x.subject.as_deref()),
            (Category::PeacekeepersKilled, Some("MINUSMA")),
            "{n}"
        );
    }
    // In a text about one contingent, soldiers who died "in Mali" are still its own.
    let f = text_facts(
        "Berlin, 15 December 2023\n\nGerman troops leave Mali\n\nThe last German soldiers of \
         MINUSMA have left Gao. Germany had served in the mission since 2013, and German \
         officers led its reconnaissance. The mission cost German lives. Three soldiers died \
         in Mali, two of them in a helicopter crash in 2017.",
    );
    let x = find(&f, "died in Mali", "Three");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Germany"))
    );
}

#[test]
fn a_verb_of_suffering_is_no_noun_of_the_number() {
    let f = text_facts(
        "New York, 30 May 2023\n\nMINUSMA recorded 41 attacks, in which nine peacekeepers were \
         killed and 31 were injured. Of the injured, eleven sustained serious wounds.",
    );
    assert_eq!(
        find(&f, "sustained", "eleven").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn wounded_others_beside_named_dead_keep_their_own_nationality_open() {
    // English wire copy names the dead's contingent and leaves the wounded's open.
    let f = text_facts(
        "DAKAR, 12 March 2017 - On Saturday a Senegalese peacekeeper of MINUSMA was killed and \
         four others were wounded when a mine hit their convoy near Gao.",
    );
    let dead = find(&f, "was killed", "a");
    assert_eq!(dead.contingent.as_deref(), Some("Senegal"));
    let x = find(&f, "four others", "four");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("MINUSMA"), None)
    );
    // An elided noun, comrades, or "from the same contingent" keep it.
    for (s, n) in [
        (
            "Ten Chadian peacekeepers died and 25 were wounded in the attack on the camp.",
            "25",
        ),
        (
            "Two Nigerien peacekeepers were killed and three of their comrades wounded.",
            "three",
        ),
        (
            "Two Egyptian peacekeepers were killed and five others from the same contingent \
             were hurt.",
            "five",
        ),
    ] {
        let f = text_facts(&format!(
            "GAO, 3 May 2019 - {s} MINUSMA condemned the attack."
        ));
        let x = find(&f, s, n);
        assert_eq!(x.category, Category::PeacekeepersWounded, "{s}");
        assert!(x.contingent.is_some(), "{s}");
    }
    // In a text about one contingent, the wounded beside its dead are its own.
    let f = text_facts(
        "Lomé, 10 December 2021\n\nTogo mourns its blue helmets\n\nTogo has served in MINUSMA \
         since 2013 and Togolese units guard the road to Boni. Togo's government declared \
         national mourning. Togo will keep its soldiers in Mali. Seven Togolese peacekeepers \
         lost their lives on Wednesday and three others were seriously wounded.",
    );
    let x = find(&f, "three others", "three");
    assert_eq!(x.contingent.as_deref(), Some("Togo"));
}

#[test]
fn a_share_of_a_contingent_counted_before_is_that_contingents() {
    let f = text_facts(
        "London, 4 March 2021\n\nAbout 300 British troops are serving with MINUSMA in Gao. Of \
         these, 240 soldiers belong to the reconnaissance group and the remaining 60 soldiers run its support \
         base.",
    );
    for n in ["240", "60"] {
        let x = find(&f, "Of these", n);
        assert_eq!(
            (x.category, x.contingent.as_deref()),
            (Category::Troops, Some("United Kingdom")),
            "{n}"
        );
    }
    // "N of these serve with …": the force named after the verb is the share's.
    let f = text_facts(
        "Dublin, 9 May 2022\n\nIreland currently has 31 Defence Forces personnel in Mali. Eleven \
         of these serve with MINUSMA, and 20 serve with EUTM Mali.",
    );
    let x = find(&f, "Eleven of these", "Eleven");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("MINUSMA, Irish contingent"), Some("Ireland"))
    );
    let x = find(&f, "20 serve", "20");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("European Union, Irish contingent"), Some("Ireland"))
    );
}

#[test]
fn a_clause_about_a_place_has_its_own_casualty_words() {
    let f = text_facts(
        "Bamako, 3 May 2021\n\nMINUSMA keeps about 2,800 of its roughly 12,400 troops in the \
         centre, where most civilian deaths now occur.",
    );
    for n in ["2,800", "12,400"] {
        assert_eq!(find(&f, "where most", n).category, Category::Troops, "{n}");
    }
}

#[test]
fn a_national_army_in_the_numbers_phrase_beats_the_sentences_contingent() {
    let f = text_facts(
        "GAO, 25 November 2017 - On 24 November, assailants ambushed a Mission convoy near \
         Indelimane, killing two Nigerien peacekeepers and one soldier of the Malian Defence \
         and Security Forces escorting it.",
    );
    let x = find(&f, "one soldier", "one");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.contingent.as_deref()),
        (
            Category::MilitaryKilled,
            Some("Malian Armed Forces (FAMa)"),
            None
        )
    );
    assert_eq!(
        find(&f, "Nigerien", "two").contingent.as_deref(),
        Some("Niger")
    );
}

#[test]
fn a_breakdown_by_contingent_after_a_total_leaves_the_total_to_the_mission() {
    let f = text_facts(
        "New York, 20 décembre 2018\n\nLa MINUSMA a subi de lourdes pertes. Sept Casques \
         bleus ont été tués dans des actes \
         hostiles : trois membres du contingent tchadien, deux du contingent togolais et deux \
         du contingent burkinabè.",
    );
    let x = find(&f, "Sept Casques", "Sept");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("MINUSMA"), None)
    );
    // Several contingents in one sentence: each number takes the one named before it.
    let f = text_facts(
        "Gao, 12 mars 2021\n\nDeux unités de police constituées sont déployées à Gao : la FPU \
         togolaise, forte de 140 éléments, et la FPU nigériane, qui compte 150 policiers.",
    );
    assert_eq!(find(&f, "FPU", "140").contingent.as_deref(), Some("Togo"));
    assert_eq!(
        find(&f, "FPU", "150").contingent.as_deref(),
        Some("Nigeria")
    );
}

#[test]
fn a_french_units_country_after_de_is_its_contingent() {
    let f = text_facts(
        "Ménaka, 22 août 2023\n\nLa MINUSMA quitte Ménaka. Les dernières unités onusiennes, au \
         premier rang desquelles l'unité de police constituée du Togo, forte de 140 policiers, \
         ont commencé à charger leurs conteneurs.",
    );
    let x = find(&f, "forte de", "140");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Police, Some("Togo"))
    );
}

#[test]
fn a_french_relative_after_a_count_of_operations_is_worldwide() {
    let f = text_facts(
        "New York, 29 juin 2016\n\nLe représentant de la France a rappelé que la MINUSMA était \
         devenue la plus exposée des seize opérations de maintien de la paix, lesquelles \
         mobilisent au total plus de 100 000 militaires et policiers.",
    );
    assert_eq!(
        find(&f, "lesquelles", "100 000").subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn a_speakers_country_after_an_elided_article_is_found() {
    let f = text_facts(
        "New York, 29 juin 2016\n\nLa MINUSMA renforce ses convois. Le représentant de \
         l'Égypte a annoncé que son pays achèverait avant la fin de l'année le déploiement d'un \
         bataillon de protection des convois de 850 hommes.",
    );
    assert_eq!(
        find(&f, "son pays", "850").contingent.as_deref(),
        Some("Egypt")
    );
}

#[test]
fn wounded_of_the_contingent_just_named_are_its_own() {
    let f = text_facts(
        "Bamako, le 11 juillet 2022\n\nUn soldat de la paix du contingent sénégalais de la \
         MINUSMA est décédé ce lundi dans un accident de la route près de Sévaré. Neuf autres \
         membres du contingent ont été blessés.",
    );
    let x = find(&f, "membres du contingent", "Neuf");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Senegal"))
    );
    // Contingents in general are no one contingent.
    let f = text_facts(
        "Bamako, le 11 juillet 2022\n\nUn Casque bleu tchadien a été tué près de Kidal. Le \
         nombre de Casques bleus tués par des engins explosifs est passé de 24 en 2016 à cinq \
         en 2019, grâce à un meilleur entraînement des contingents.",
    );
    assert_eq!(find(&f, "grâce", "24").contingent, None);
}

#[test]
fn of_two_operations_of_a_nation_the_strength_is_the_nearest_ones() {
    for (text, n) in [
        (
            "Chronologie\n\n• 1er août 2014 : Serval cède la place à Barkhane, opération \
             régionale de 3 000 militaires français répartis entre cinq pays du Sahel.",
            "3 000",
        ),
        (
            "Paris, 28 November 2015\n\nOperation Barkhane, which took over from Serval in \
             August 2014, mobilizes some 3,500 French soldiers across the Sahel.",
            "3,500",
        ),
    ] {
        let f = text_facts(text);
        assert_eq!(
            find(&f, "", n).subject.as_deref(),
            Some("Operation Barkhane"),
            "{text}"
        );
    }
}

#[test]
fn people_who_had_to_flee_are_displaced_in_french() {
    let f = text_facts(
        "Bamako, le 3 mai 2022\n\nSelon le HCR, près de 2,7 millions de personnes ont dû fuir \
         leur foyer dans le Sahel central, dont 400 000 au Mali.",
    );
    for n in ["2,7 millions", "400 000"] {
        assert_eq!(find(&f, "fuir", n).category, Category::Displaced, "{n}");
    }
}

#[test]
fn french_ordinals_operators_and_prisoners() {
    let f = text_facts(
        "New York, le 26 décembre 2018\n\nAu cours de la période, deux Casques bleus de la \
         MINUSMA sont décédés de maladie et un troisième a trouvé la mort dans un accident de \
         la circulation. La task force Takuba a réuni entre 800 et 900 opérateurs de forces \
         spéciales. Trois assaillants ont été tués et un quatrième a été fait prisonnier.",
    );
    assert_eq!(
        find(&f, "troisième", "un").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "opérateurs", "800").category, Category::Troops);
    assert!(
        !f.iter()
            .any(|x| x.quote.contains("prisonnier") && x.category != Category::Other),
        "{f:#?}"
    );
}

#[test]
fn a_contributors_personnel_in_a_text_about_its_contingent_are_its_soldiers() {
    let f = text_facts(
        "London, 9 December 2021\n\nBritish troops in Mali\n\nThe United Kingdom has served \
         in MINUSMA since 2020, and British soldiers patrol from Gao. Britain's commitment is \
         reviewed each year. The Long Range Reconnaissance Group, around 240 personnel drawn \
         from the Light Dragoons, will hand over next month. A further 40 personnel make up \
         the national support element. Two other soldiers are missing.",
    );
    for n in ["240", "40"] {
        let x = find(&f, "personnel", n);
        assert_eq!(
            (x.category, x.contingent.as_deref()),
            (Category::Troops, Some("United Kingdom")),
            "{n}"
        );
    }
    assert_eq!(find(&f, "missing", "Two").category, Category::Other);
}

#[test]
fn members_of_a_countrys_own_force_are_its_contingent() {
    let f = text_facts(
        "Dublin, 16 May 2019\n\nAt present twenty members of the Permanent Defence Force serve \
         with EUTM Mali, and some 14 members of the Permanent Defence Force serve with MINUSMA.",
    );
    let x = find(&f, "EUTM", "twenty");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("European Union"), Some("Ireland"))
    );
    assert_eq!(
        find(&f, "EUTM", "14").contingent.as_deref(),
        Some("Ireland")
    );
}

#[test]
fn a_regional_force_has_contingents_of_its_members_only() {
    let f = text_facts(
        "Dakar, 22 June 2023\n\nMINUSMA is packing up. The G5 Sahel Joint Force never reached \
         the 5,000 troops it was \
         promised. The Europeans are going too: Sweden's 220 soldiers are leaving Timbuktu.",
    );
    let x = find(&f, "Sweden", "220");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("MINUSMA, Swedish contingent"), Some("Sweden"))
    );
}

#[test]
fn proportions_national_sides_and_remains() {
    let f = text_facts(
        "Tombouctou, le 15 avril 2018\n\nLe camp de la MINUSMA a été attaqué samedi. Côté \
         français, l'état-major indique que sept militaires ont été blessés. La MINUSMA a perdu \
         311 membres de son personnel en uniforme, soit près de six décès sur dix imputables à \
         des attaques. Les dépouilles des quatre Casques bleus ont été rapatriées dimanche.",
    );
    let wounded = find(&f, "Côté", "sept");
    assert_ne!(wounded.category, Category::PeacekeepersWounded);
    assert_eq!(find(&f, "sur dix", "six").category, Category::Other);
    assert_eq!(
        find(&f, "dépouilles", "quatre").category,
        Category::PeacekeepersKilled
    );
    // Not a proportion: "17 villagers in two hamlets".
    let f = text_facts("Niamey, 5 April 2021\n\nGunmen killed 17 villagers in two hamlets.");
    assert_eq!(
        find(&f, "hamlets", "17").category,
        Category::CiviliansKilled
    );
}

#[test]
fn a_nation_with_forces_of_its_own_is_no_contingent_of_the_mission_in_view() {
    let f = text_facts(
        "Bamako, le 2 juillet 2013\n\nLa MINUSMA a pris le relais de la MISMA lundi. Il y a \
         ensuite l'ombre portée de Serval. La France a compté jusqu'à 4 500 soldats au plus \
         fort de l'opération.",
    );
    assert_eq!(
        find(&f, "La France", "4 500").subject.as_deref(),
        Some("Operation Serval")
    );
    // Unless the sentence names the mission they serve in.
    let f = text_facts(
        "Paris, le 13 août 2020\n\nLa France contribue également à la MINUSMA, avec 24 \
         militaires servant principalement en état-major.",
    );
    let x = find(&f, "contribue", "24");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("MINUSMA, French contingent"), Some("France"))
    );
}

#[test]
fn a_score_is_twenty_and_a_games_score_no_count() {
    let f = text_facts(
        "KIDAL, 21 January 2019 - A source spoke of six Chadian blue helmets killed and a \
         score of their comrades wounded. The score was settled later.",
    );
    let x = find(&f, "a score", "a score");
    assert_eq!((x.value, x.category), (20.0, Category::PeacekeepersWounded));
    assert!(!f.iter().any(|x| x.quote.contains("settled")));
}

#[test]
fn a_country_written_as_an_acronym_in_capitals_is_a_contributor() {
    let f = text_facts(
        "London, 5 July 2021\n\nThe UK currently contributes around 300 personnel to the UN \
         mission in Mali. The minister told us 12 people asked.",
    );
    let x = find(&f, "The UK", "300");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Troops, Some("United Kingdom"))
    );
    assert_eq!(find(&f, "told us", "12").contingent, None);
}

#[test]
fn a_date_just_after_the_number_or_past_an_aside_on_its_people_dates_it() {
    let f = text_facts(
        "New York, 22 June 2023\n\nThe number of internally displaced people rose from roughly \
         38,000 in January 2018 to more than 200,000 by the end of 2019. Investigators \
         concluded last month that at least 500 people, almost all of them civilians, were \
         killed at Moura in March last year.",
    );
    assert_eq!(find(&f, "by the end", "200,000").as_of_year(), Some(2019));
    assert_eq!(find(&f, "by the end", "38,000").as_of_year(), Some(2018));
    assert_eq!(find(&f, "Moura", "500").as_of_year(), Some(2022));
}

#[test]
fn men_a_speaker_says_we_lost_are_soldiers() {
    let f = text_facts(
        "Publié le 24 novembre 2022\n\nUne patrouille de la Minusma est sortie du camp à \
         l'aube. Nous avons perdu quatre hommes, et deux autres ont été blessés.",
    );
    assert_eq!(
        find(&f, "perdu", "quatre").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn an_answers_bare_figures_count_the_men_its_question_asks_about() {
    let f = text_facts(
        "Publié le 24 novembre 2022\n\nLe général commande le contingent tchadien de la \
         Minusma.\n\nCombien d'hommes commandez-vous aujourd'hui ?\n\nUn peu plus de 1 400. \
         Environ 600 sont à Aguelhok. Plus de 30 ont été blessés cette année.",
    );
    for n in ["1 400", "600"] {
        assert_eq!(find(&f, "", n).category, Category::Troops, "{n}");
    }
    assert_ne!(find(&f, "blessés", "30").category, Category::Troops);
}

#[test]
fn a_section_heading_that_names_a_multinational_operation_owns_its_shares() {
    let f = text_facts(
        "SAHEL DIGEST, 2 July 2020\n\n1 · MANDATE\n\nThe Security Council will vote on a French \
         draft renewing MINUSMA for a year.\n\n4 · TAKUBA TAKES SHAPE\n\nParis says the \
         European special forces task force will be ready on 15 July. A Czech detachment of \
         some 60 is due in October.",
    );
    let x = find(&f, "Czech", "60");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("Task Force Takuba"), Some("Czechia"))
    );
}

#[test]
fn that_year_is_the_year_last_stated() {
    let f = text_facts(
        "Data note, 12 February 2024\n\nDeaths among MINUSMA peacekeepers nearly doubled to 30 \
         in 2021. The 19 hostile deaths that year match the Staff Union's count.",
    );
    assert_eq!(find(&f, "that year", "19").as_of_year(), Some(2021));
}

#[test]
fn deaths_after_a_table_of_the_missions_dead_are_peacekeepers() {
    let f = text_facts(
        "MINUSMA fatalities by year\n\n| Year | Deaths (all causes) |\n|------|------:|\n| 2014 \
         | 40 |\n| 2017 | 40 |\n\nTwo years share the grim distinction of being the \
         deadliest: 2014 and 2017, with 40 deaths each.",
    );
    assert_eq!(
        find(&f, "grim", "40").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_french_life_counts_a_death_only_after_a_verb_that_gives_or_loses_it() {
    let f = text_facts(
        "BAMAKO, 21 janvier 2019 (AFP) - Forte de quelque 13.000 militaires, la Minusma est la \
         mission de l'ONU la plus coûteuse en vies humaines. Depuis 2013, plus de 170 membres \
         du personnel en uniforme de la Mission ont donné leur vie. L'an dernier déjà, 23 \
         Casques bleus avaient payé de leur vie leur engagement.",
    );
    assert_eq!(find(&f, "Forte", "13.000").category, Category::Troops);
    for n in ["170", "23"] {
        assert_eq!(
            find(&f, "vie", n).category,
            Category::PeacekeepersKilled,
            "{n}"
        );
    }
}

#[test]
fn a_chronology_tables_year_cell_dates_its_row_and_a_resolution_number_dates_nothing() {
    let f = text_facts(
        "MALI: A CHRONOLOGY\n\n| year | event |\n|------|-------|\n| 2013 | 25 April: Security \
         Council resolution 2100 creates MINUSMA, authorising up to 11,200 military personnel. |\n\
         | 2014 | 1 August: Serval gives way to Operation Barkhane, about 3,000 French troops. |\n",
    );
    assert_eq!(find(&f, "resolution", "11,200").as_of_year(), Some(2013));
    assert_eq!(find(&f, "Barkhane", "3,000").as_of_year(), Some(2014));
}

#[test]
fn a_title_about_the_missions_dead_says_whose_bare_deaths_count() {
    let f = text_facts(
        "Fatalities among MINUSMA uniformed personnel, 2013-2023\n\nThe deadliest years were \
         2014 and 2017, with 40 deaths each.",
    );
    assert_eq!(
        find(&f, "deadliest", "40").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_council_members_vote_names_no_contingent() {
    let f = text_facts(
        "NEW YORK, 5 July 2022 (AP) - The Security Council renewed MINUSMA on Wednesday. \
         Resolution 2640, adopted 13-0 with Russia and China abstaining, keeps the mission's \
         authorized strength at 13,289 military personnel and 1,920 international police.",
    );
    assert_eq!(find(&f, "abstaining", "1,920").contingent, None);
}

#[test]
fn a_charts_caption_gives_the_bare_figures_describing_it_their_category() {
    let f = text_facts(
        "Data Brief, 3 April 2023\n\nFIGURE 1 - Uniformed personnel of MINUSMA killed by \
         malicious acts, per year (vertical bars)\n\nThe series opens low, with the 2013 bar at \
         about 6. It jumps to roughly 28 in 2014, then drops back to a dozen or so in \
         2015.\n\nFIGURE 3 - Internally displaced persons in Mali (line)\n\nThe line starts near \
         50 000 in mid-2016.",
    );
    for n in ["6", "28", "a dozen"] {
        assert_eq!(
            find(&f, "", n).category,
            Category::PeacekeepersKilled,
            "{n}"
        );
    }
    assert_eq!(
        find(&f, "line starts", "50 000").category,
        Category::Displaced
    );
}

#[test]
fn a_charts_values_listed_after_a_heading_about_it_count_what_its_caption_counts() {
    // The caption, a source line, a heading about the chart and two paragraphs of
    // description, then its bars one per list item, each with no noun of its own.
    let f = text_facts(
        "Figure 2 - Peacekeepers of MINUSMA who died, per year (2013-2023)\n\nSource: UN \
         fatalities database, as printed under the chart.\n\nReading the chart\n\nThe bars \
         rise from the left; each is split between malicious acts and other causes.\n\nApproximate \
         values, read by eye:\n\n- 2016: about 30, of which 18.\n\n- 2017: some 40, of which \
         21.\n\n- 2018: around 25, of which 15 only.",
    );
    for (ctx, n) in [
        ("2016", "30"),
        ("2016", "18"),
        ("2017", "21"),
        ("2018", "25"),
        ("2018", "15"),
    ] {
        let x = find(&f, ctx, n);
        assert_eq!(x.category, Category::PeacekeepersKilled, "{n}");
        assert_eq!(x.date.as_deref().map(|d| &d[..4]), Some(ctx), "{n}");
    }
    let f = text_facts(
        "Graphique 1 — Personnes déplacées internes au Mali, par année\n\nDescription du \
         graphique\n\nUne seule courbe, qui monte puis redescend.\n\n- 2019 : environ 200 000.\n\n\
         - 2020 : près de 300 000 seulement.",
    );
    assert_eq!(find(&f, "2019", "200 000").category, Category::Displaced);
    assert_eq!(find(&f, "2020", "300 000").category, Category::Displaced);
    // A heading about something else ends the caption's reach.
    let f = text_facts(
        "Figure 2 - Peacekeepers of MINUSMA who died, per year\n\nThe bars rise.\n\nBudget \
         lines\n\n- 2016: about 30, of which 18.",
    );
    assert!(f.iter().all(|x| x.category != Category::PeacekeepersKilled));
}

#[test]
fn bare_personnel_beside_soldiers_words_are_soldiers() {
    let f = text_facts(
        "London, 3 May 2021. The reconnaissance group, around 300 personnel currently drawn \
         from the Light Dragoons, will complete its rotation in Gao. Our helicopters and their \
         crews, some 90 personnel in all, stay in Gao.",
    );
    assert_eq!(find(&f, "Dragoons", "300").category, Category::Troops);
    assert_eq!(find(&f, "crews", "90").category, Category::Troops);
    // Not with police, civilians or a casualty in the sentence, and a crew counted is no
    // soldier.
    let f = text_facts(
        "London, 3 May 2021. The police component, around 300 personnel drawn from five \
         countries, stays. One of our crews evacuated five wounded soldiers.",
    );
    assert_ne!(find(&f, "police", "300").category, Category::Troops);
    assert!(f
        .iter()
        .all(|x| x.value != 1.0 || x.category == Category::Other));
}

#[test]
fn a_changes_second_end_counts_what_its_first_counted_whatever_the_next_clause_names() {
    let f = text_facts(
        "Oslo, 3 March 2021. The force grew from about 9,000 soldiers at the start to nearly \
         12,000 in 2019, but deaths in attacks kept rising.",
    );
    assert_eq!(find(&f, "nearly", "12,000").category, Category::Troops);
    let f = text_facts(
        "Bamako, le 3 mars 2021. La composante est passée de 1 100 policiers en 2014 à quelque \
         1 700 en 2019, alors que les pertes des casques bleus augmentaient.",
    );
    assert_eq!(find(&f, "quelque", "1 700").category, Category::Police);
    // Two ranges side by side keep their own nouns.
    let f = text_facts(
        "New York, le 29 juin 2016. Le texte relève l'effectif militaire de 11 240 à 13 289 et \
         l'effectif de police de 1 440 à 1 920.",
    );
    assert_eq!(find(&f, "police", "1 920").category, Category::Police);
    // A toll's tallies, in the plural too.
    let f = text_facts(
        "Bamako, 3 October 2019. The government put army losses at 38 dead; unofficial tallies \
         reached 85.",
    );
    assert_eq!(find(&f, "tallies", "85").category, Category::MilitaryKilled);
}

#[test]
fn figures_alone_in_brackets_after_a_list_of_causes_are_parts_of_the_toll_before() {
    let f = text_facts(
        "Oslo, 3 March 2021. Since 2013, 231 peacekeepers of MINUSMA have died. The other 98 \
         deaths were due to illness (61), accidents (29) and other causes (8).",
    );
    for n in ["61", "29", "8"] {
        assert_eq!(
            find(&f, "illness", n).category,
            Category::PeacekeepersKilled,
            "{n}"
        );
    }
    // Not a numeral restated, a day or an age in brackets.
    let f = text_facts(
        "Colombo, 26 January 2019. Two peacekeepers of MINUSMA were killed and three (03) \
         others wounded yesterday (25) when a mine went off; a sergeant (31) and a corporal \
         (24) died.",
    );
    for n in ["25", "31", "24"] {
        assert!(
            f.iter()
                .all(|x| x.value_text != n || x.category == Category::Other),
            "{n}"
        );
    }
}

#[test]
fn loose_approximations_qualify_the_figure() {
    let f = text_facts(
        "Bamako, 12 August 2019. Germany has something like 850 soldiers in Gao, and Sweden in \
         the region of 220 troops in Timbuktu.",
    );
    let x = find(&f, "something", "850");
    assert_eq!(
        (x.category, x.qualifier),
        (Category::Troops, Qualifier::About)
    );
    assert_eq!(find(&f, "region", "220").qualifier, Qualifier::About);
    let f =
        text_facts("Bamako, le 12 août 2019. L'Allemagne compte de l'ordre de 850 soldats à Gao.");
    assert_eq!(find(&f, "ordre", "850").qualifier, Qualifier::About);
}

#[test]
fn members_of_police_units_are_police_and_a_pronoun_ends_the_phrase() {
    let f = text_facts(
        "Bamako, le 27 novembre 2023. Ce chiffre comprend 1 446 personnels de la Police des \
         Nations Unies, à savoir 1 020 éléments des unités de police constituées et 426 \
         policiers individuels.",
    );
    assert_eq!(find(&f, "savoir", "1 020").category, Category::Police);
    // Not a battalion's men with a police unit named after them.
    let f = text_facts(
        "Lomé, le 3 février 2023. Le centre prépare le 11e bataillon, soit environ 700 hommes, \
         ainsi qu'une unité de police constituée de 140 éléments.",
    );
    assert_eq!(find(&f, "bataillon", "700").category, Category::Troops);
    // « contre plus de 100 000 il y a dix ans »: the figure compared with, of the same kind.
    let f = text_facts(
        "Paris, le 1er juillet 2023. Les opérations de l'ONU comptent environ 75 000 militaires \
         et policiers dans le monde, contre plus de 100 000 il y a dix ans.",
    );
    assert_eq!(
        find(&f, "contre", "100 000").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn a_deployment_named_as_a_noun_counts_a_countrys_soldiers() {
    let f =
        text_facts("Abuja, 16 January 2013. Nigeria announced the deployment of 900 men to Mali.");
    let x = find(&f, "deployment", "900");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Nigeria"));
    let f = text_facts(
        "Paris, le 16 janvier 2013. Le Nigeria a annoncé l'envoi de 900 hommes au Mali.",
    );
    assert_eq!(find(&f, "envoi", "900").category, Category::Troops);
    // "Since the deployment" dates a toll; it counts no soldiers.
    let f = text_facts(
        "Paris, le 26 novembre 2017. Ces quatre soldats de la paix tués portent à plus de 140 \
         le nombre de morts depuis le déploiement de la mission.",
    );
    assert_ne!(find(&f, "quatre", "quatre").category, Category::Troops);
}

#[test]
fn malis_own_armed_forces_are_the_malian_army() {
    let f = text_facts(
        "Paris, 15 August 2022. The UN mission keeps about 12,000 troops. Mali's own armed \
         forces, around 40,000 strong, now rely on Russian helicopters.",
    );
    assert_eq!(
        find(&f, "own", "40,000").subject.as_deref(),
        Some("Malian Armed Forces (FAMa)")
    );
}

#[test]
fn a_question_about_the_missions_members_asks_for_its_dead() {
    let f = text_facts(
        "Quiz on MINUSMA, 3 July 2023.\n\nHow many members of the mission died in total? \
         Answer: about 310 from all causes, some 180 of them in hostile acts.",
    );
    for n in ["310", "180"] {
        assert_eq!(
            find(&f, "Answer", n).category,
            Category::PeacekeepersKilled,
            "{n}"
        );
    }
}

#[test]
fn a_participle_after_a_personnel_noun_is_no_part_of_its_phrase() {
    let f = text_facts(
        "London, 16 November 2022. The mission, with about 12,000 troops and 1,700 police \
         spread over a huge area, was stretched.",
    );
    assert_eq!(find(&f, "police", "1,700").category, Category::Police);
    // A plural noun after it is its noun: police vehicles are no police.
    let f =
        text_facts("London, 16 November 2022. The mission lost 12 police vehicles in the north.");
    assert_ne!(find(&f, "vehicles", "12").category, Category::Police);
}

#[test]
fn a_contingents_figure_before_its_clauses_verb_is_its_strength() {
    let f = text_facts(
        "London, 16 November 2022. Germany, whose contingent of about 1,000 carries much of \
         the mission's reconnaissance burden, is reviewing its position.",
    );
    let x = find(&f, "contingent", "1,000");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Germany"));
    // Not a team's people of an unknown trade.
    let f = text_facts("Bamako, 30 June 2014. Teams of 120 enumerators cover all regions of Mali.");
    assert!(f.iter().all(|x| x.category == Category::Other));
}

#[test]
fn a_contributors_people_counted_by_of_them_are_its_soldiers() {
    let f = text_facts(
        "London, 16 November 2022. The UN mission in Mali is stretched. It is the Chadians in \
         Kidal and Tessalit, some 1,400 of them, who hold the line.",
    );
    let x = find(&f, "Chadians", "1,400");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Chad"));
    // Not in a toll.
    let f = text_facts(
        "London, 16 November 2022. The UN mission in Mali is stretched. The Chadians lost \
         many soldiers, some 60 of them killed in Kidal.",
    );
    assert_ne!(find(&f, "Chadians", "60").category, Category::Troops);
}

#[test]
fn a_strength_with_its_own_verb_takes_no_death_of_the_next_clause() {
    let f = text_facts(
        "Dhaka, 9 March 2018. Worldwide, more than 7,000 Bangladeshi troops and police serve in \
         UN operations, and 145 have died on duty since 1988.",
    );
    assert_eq!(
        find(&f, "serve", "7,000").category,
        Category::UniformedPersonnel
    );
    // A list's members still share the verb after them.
    let f = text_facts(
        "Bamako, 9 March 2018. Twelve peacekeepers, and 3 civilians with them, were killed.",
    );
    assert_eq!(
        find(&f, "Twelve", "Twelve").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_timeline_entrys_heading_dates_the_paragraph_under_it() {
    let f = text_facts(
        "Key dates\n\nPublished 15 August 2022\n\nThe last soldiers left on Monday.\n\n11 January \
         2013 - Operation Serval\n\nParis sends troops. At its height the operation counts \
         about 4,500 French soldiers.\n\n13 January 2020 - The Pau summit\n\nThe president \
         adds 600 troops, taking Barkhane to 5,100.\n\nWhat next\n\nToday Barkhane has 2,500 \
         soldiers.",
    );
    assert_eq!(find(&f, "height", "4,500").as_of_year(), Some(2013));
    assert_eq!(find(&f, "Barkhane to", "5,100").as_of_year(), Some(2020));
    // A heading that is no entry ends its reach.
    assert_eq!(find(&f, "Today", "2,500").as_of_year(), Some(2022));
}

#[test]
fn a_units_designation_counts_no_one() {
    let f = text_facts(
        "Lomé, le 3 mars 2023. Hommage aux soldats tombés.\n\n• Sergent Kossi A. – Bataillon \
         TOGO 5, 2e compagnie\n• Caporal Komlan D. – Bataillon TOGO 11, escorte",
    );
    assert!(f.iter().all(|x| x.category == Category::Other), "{f:?}");
    // A name's number before a unit's word, or set off after one.
    let f = text_facts(
        "Bamako, 2 July 2015. Five Burkinabe peacekeepers of the Badenya 3 battalion were \
         killed. The outgoing rotation, Mali 11, numbered 220.",
    );
    assert_eq!(
        find(&f, "Badenya", "Five").category,
        Category::PeacekeepersKilled
    );
    assert!(
        f.iter()
            .all(|x| x.value_text != "3" && x.value_text != "11"),
        "{f:?}"
    );
    assert_eq!(find(&f, "numbered", "220").category, Category::Troops);
}

#[test]
fn a_planned_withdrawals_deadline_does_not_date_the_strength() {
    let f = text_facts(
        "New York, 30 June 2022. Germany intends to withdraw its roughly 1,100 soldiers by May \
         2024. Sweden's 220 troops are due to leave by 2023. France will cut Barkhane from 5,100 \
         troops to between 2,500 and 3,000 by 2023.",
    );
    assert_eq!(find(&f, "withdraw", "1,100").as_of_year(), Some(2022));
    assert_eq!(find(&f, "Sweden", "220").as_of_year(), Some(2022));
    // A target the deadline brings keeps it.
    assert_eq!(find(&f, "between", "3,000").as_of_year(), Some(2023));
}

#[test]
fn a_contingent_named_around_its_figures_by_an_opening_phrase_brackets_or_a_relative() {
    let f = text_facts(
        "London, 3 March 2020. With 1,390 troops and 17 police in Mali, Chad is one of the main \
         contributors to MINUSMA. He is one of the 395 soldiers that China has deployed with \
         the mission.",
    );
    for (ctx, n, c) in [
        ("With", "1,390", "Chad"),
        ("With", "17", "Chad"),
        ("China", "395", "China"),
    ] {
        assert_eq!(find(&f, ctx, n).contingent.as_deref(), Some(c), "{n}");
    }
    let f = text_facts(
        "Paris, le 3 mars 2020. Outre la MINUSMA, plusieurs pays européens ont participé : les \
         Pays-Bas (environ 450 militaires en 2015), la Suède (quelque 250 soldats à Tombouctou). \
         Il fait partie des 395 militaires que la Chine a déployés au sein de la MINUSMA.",
    );
    for (ctx, n, c) in [
        ("Pays-Bas", "450", "Netherlands"),
        ("Suède", "250", "Sweden"),
        ("Chine", "395", "China"),
    ] {
        assert_eq!(find(&f, ctx, n).contingent.as_deref(), Some(c), "{n}");
    }
}

#[test]
fn french_approximate_tens_and_engaged_soldiers_count() {
    let f = text_facts(
        "Paris, le 3 mars 2020. La Belgique compte une soixantaine de militaires dans la \
         MINUSMA. Barkhane compte environ 2 400 militaires au Mali, sur quelque 4 600 engagés au \
         Sahel.",
    );
    let x = find(&f, "Belgique", "une soixantaine");
    assert_eq!((x.value, x.category), (60.0, Category::Troops));
    assert_eq!(find(&f, "engagés", "4 600").category, Category::Troops);
}

#[test]
fn a_strength_restated_as_still_holding_continues_the_figure_before() {
    let f = text_facts(
        "Paris, le 3 mars 2020. La France a compté jusqu'à 4 500 soldats au plus fort de \
         l'opération ; ils sont encore 3 200 environ.",
    );
    assert_eq!(find(&f, "encore", "3 200").category, Category::Troops);
    let f = text_facts(
        "London, 3 March 2020. France had 4,500 soldiers at the peak; they are still 3,200.",
    );
    assert_eq!(find(&f, "still", "3,200").category, Category::Troops);
}

#[test]
fn soldiers_a_contributors_contingent_lost_are_peacekeepers() {
    let f = text_facts(
        "Bamako, 2 January 2020. MINUSMA honour roll for 2019. Chad paid the heaviest price. \
         Its battalions held Aguelhok, Tessalit and Kidal and lost over 60 soldiers there.",
    );
    assert_eq!(
        find(&f, "battalions", "60").category,
        Category::PeacekeepersKilled
    );
    // Not the host country's own battalion, after a sentence about the mission.
    let f = text_facts(
        "Bamako, 2 January 2020. MINUSMA honour roll for 2019. The Malian battalion at \
         Boulkessi lost 38 soldiers.",
    );
    assert_eq!(
        find(&f, "Boulkessi", "38").category,
        Category::MilitaryKilled
    );
}

#[test]
fn a_sources_as_of_date_dates_the_casualties_after_it() {
    let f = text_facts(
        "Oslo, 3 March 2021. MINUSMA lost many peacekeepers.\n\nSource: UN fatalities table, \
         data as of 31 December 2020. The other 98 deaths of MINUSMA peacekeepers were due to \
         illness and accidents.",
    );
    assert_eq!(find(&f, "other", "98").as_of_year(), Some(2020));
}

#[test]
fn a_french_bare_month_takes_the_year_its_sentence_names() {
    let f = text_facts(
        "Paris, le 8 novembre 2021. L'offensive de janvier 2013 change tout : en avril, la MISMA \
         aligne déjà quelque 6 300 soldats.",
    );
    assert_eq!(find(&f, "avril", "6 300").as_of_year(), Some(2013));
    // Alone, the latest such month up to the text.
    let f = text_facts("Paris, le 8 novembre 2021. En avril, la MISMA alignait 6 300 soldats.");
    assert_eq!(find(&f, "avril", "6 300").as_of_year(), Some(2021));
}

#[test]
fn a_future_clauses_date_does_not_date_the_next_clauses_figures() {
    let f = text_facts(
        "London, 21 November 2022. Chad will pull one battalion out of Tessalit in 2024, but the \
         1,450 Chadian soldiers still deployed there are on alert.",
    );
    assert_eq!(
        find(&f, "1,450", "1,450").date.as_deref(),
        Some("2022-11-21")
    );
    let f = text_facts(
        "Paris, 21 novembre 2022. La Suède va quitter Tombouctou en 2023, et l'Allemagne, avec \
         environ 1 100 soldats sur le terrain, envisage un départ.",
    );
    assert_eq!(
        find(&f, "1 100", "1 100").date.as_deref(),
        Some("2022-11-21")
    );
    // The plan's own figures keep its date.
    let f = text_facts(
        "New York, 3 July 2013. The mission will reach full strength by the end of 2013, with \
         11,200 troops and 1,440 police.",
    );
    assert_eq!(find(&f, "11,200", "11,200").date.as_deref(), Some("2013"));
}

#[test]
fn a_contributors_nationals_counted_beside_a_force_are_its_soldiers() {
    let f = text_facts(
        "Paris, 3 mars 2022. La task force Takuba réunissait près de 900 militaires, dont \
         environ 95 Estoniens et quelque 150 Suédois. En 2018, nous étions jusqu'à 170 Belges \
         sous casque bleu à Gao.",
    );
    let x = find(&f, "150", "150");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Sweden"));
    let x = find(&f, "170", "170");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("Belgium"));
    let f = text_facts(
        "London, 3 March 2022. Task Force Takuba had close to 900 soldiers, including about 95 \
         Estonians and some 150 Swedes.",
    );
    assert_eq!(find(&f, "150", "150").contingent.as_deref(), Some("Sweden"));
    // Without a force or its soldiers, or beside a death, nationals are no strength.
    let f = text_facts(
        "Dakar, 3 March 2022. Some 2,000 Senegalese gathered in the capital. Three \
         peacekeepers, two Egyptians and a Togolese, were killed near Gao.",
    );
    assert!(f
        .iter()
        .all(|x| x.category != Category::Troops || x.value_text != "2,000"));
    assert_ne!(find(&f, "two", "two").category, Category::Troops);
}

#[test]
fn a_search_results_byline_dates_its_result() {
    let f = text_facts(
        "peacekeepers killed mali\nAbout 12,000 results\n\nAFP · 4 Oct 2019\nTwo peacekeepers \
         killed near Tessalit\nThe convoy struck a mine on the road north of the town, the \
         mission said in a statement on Friday.\n\nLe Monde | 12 mars 2016\nFive peacekeepers \
         wounded in Kidal rocket attack\nThe camp was shelled at dawn.\n\n| 2014-10-03 | Kidal | \
         9 |\n\nSeven peacekeepers were injured in Gao.",
    );
    assert_eq!(find(&f, "Two", "Two").date.as_deref(), Some("2019-10-04"));
    assert_eq!(find(&f, "Five", "Five").date.as_deref(), Some("2016-03-12"));
    // A table row with its cells and figures is no byline.
    assert_eq!(
        find(&f, "Seven", "Seven").date.as_deref(),
        Some("2016-03-12")
    );
}

#[test]
fn a_sitreps_shorthand_counts_and_dates() {
    let f = text_facts(
        "[ALERT 0902-01] 02/09/22 0640Z\nGAO REG: convoy hit IED nr Ansongo. 2x PK KIA, 5x PK \
         WIA. 3x civ KIA.\n\n[INFO 0902-02] 02/09/22 1200Z\nDRAWDOWN: ~12.1k mil + ~1.7k pol \
         in theatre.",
    );
    let x = find(&f, "2x PK KIA", "2x");
    assert_eq!((x.value, x.category), (2.0, Category::PeacekeepersKilled));
    assert_eq!(x.date.as_deref(), Some("2022-09-02"));
    assert_eq!(
        find(&f, "5x PK", "5x").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(find(&f, "3x civ", "3x").category, Category::CiviliansKilled);
    // A glued scale ends the number: "mil" after "12.1k" is military, not a million.
    let x = find(&f, "DRAWDOWN", "12.1k");
    assert_eq!((x.value, x.category), (12_100.0, Category::Troops));
    assert_eq!(find(&f, "DRAWDOWN", "1.7k").category, Category::Police);
}

#[test]
fn a_paragraph_that_sets_its_scene_on_a_day_dates_the_casualties_it_tells_of() {
    let f = text_facts(
        "Bamako, le 10 novembre 2022.\n\nLes faits remontent au dimanche 20 janvier 2019. À \
         l'aube, une colonne armée a attaqué le camp. Dix Casques bleus tchadiens ont été tués \
         et vingt-cinq autres blessés. Le contingent avait déjà perdu plus de 30 soldats.\n\nLe \
         Tchad aligne 1 400 hommes.",
    );
    assert_eq!(find(&f, "Dix", "Dix").date.as_deref(), Some("2019-01-20"));
    assert_eq!(
        find(&f, "vingt-cinq", "vingt-cinq").date.as_deref(),
        Some("2019-01-20")
    );
    // A running total is no toll of that day, nor a strength.
    assert_eq!(find(&f, "30", "30").date.as_deref(), Some("2022-11-10"));
    assert_eq!(
        find(&f, "1 400", "1 400").date.as_deref(),
        Some("2022-11-10")
    );
    let f = text_facts(
        "London, 9 March 2023.\n\nIt was early on 12 February 2016. Rockets struck the camp at \
         Kidal. Seven peacekeepers were killed.",
    );
    assert_eq!(
        find(&f, "Seven", "Seven").date.as_deref(),
        Some("2016-02-12")
    );
}

#[test]
fn a_story_of_an_earlier_year_dates_the_days_it_tells_without_a_year() {
    // A 2022 retrospective: the days after "11 janvier 2013" are in 2013, and a day before
    // the last one told is in the year after it.
    let f = text_facts(
        "Publié le 9 mars 2022\n\nLe 11 janvier 2013, Paris engage ses avions. Le 16 janvier, \
         quelque 1 100 militaires français sont déjà sur place.\n\nLe 2 mars, dix soldats \
         tchadiens sont tués dans l'Adrar.\n\nEn octobre 2013, un camp est visé. Le 14 \
         février, deux Casques bleus sénégalais sont tués.",
    );
    assert_eq!(
        find(&f, "1 100", "1 100").date.as_deref(),
        Some("2013-01-16")
    );
    assert_eq!(find(&f, "dix", "dix").date.as_deref(), Some("2013-03-02"));
    assert_eq!(find(&f, "deux", "deux").date.as_deref(), Some("2014-02-14"));
    // A date inside a sentence is a reference back, not the story's scene; and "this year"
    // in the sentence ends the story.
    let f = text_facts(
        "Posted 20 May 2021\n\nIn January 2019 ten Chadians were killed at Aguelhok. Chad is \
         stretched: in February it sent 1,200 soldiers to Niger.\n\nIn March 2015 a helicopter \
         crashed, and in April this year a mortar exploded. In May, seven peacekeepers were \
         injured.",
    );
    assert_eq!(find(&f, "1,200", "1,200").date.as_deref(), Some("2021-02"));
    assert_eq!(find(&f, "seven", "seven").date.as_deref(), Some("2021-05"));
}

#[test]
fn a_figure_after_en_and_a_verb_of_strength_counts_what_en_stands_for() {
    let f = text_facts(
        "Publié le 14 novembre 2021\n\nFin 2016, la MINUSMA n'alignait qu'environ 11 000 \
         militaires. Elle en compte aujourd'hui quelque 12 400.\n\nL'opération Barkhane a \
         rapatrié plusieurs centaines d'hommes ; elle en déploie encore environ 4 800 au Sahel.\n\n\
         Les contingents africains totalisent 139 de ces décès ; le Tchad en compte à lui seul 54.",
    );
    let x = find(&f, "12 400", "12 400");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("MINUSMA"))
    );
    let x = find(&f, "4 800", "4 800");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("Operation Barkhane"))
    );
    // What "en" stands for may be the dead: no strength then.
    assert!(f
        .iter()
        .all(|x| x.value_text != "54" || x.category != Category::Troops));
}

#[test]
fn swiss_thousands_with_an_apostrophe_are_one_number() {
    let f = text_facts(
        "Berne, le 3 février 2023. L'Allemagne, qui aligne encore 1'100 soldats au sein de la \
         MINUSMA, partira d'ici mai 2024. Quelque 76’000 Casques bleus servent dans le monde.",
    );
    assert_eq!(find(&f, "1'100", "1'100").value, 1100.0);
    assert_eq!(find(&f, "1'100", "1'100").category, Category::Troops);
    assert_eq!(find(&f, "76’000", "76’000").value, 76000.0);
}

#[test]
fn a_day_without_a_year_after_the_year_its_sentence_names_is_in_that_year() {
    let f = text_facts(
        "Bamako, le 12 mars 2020\n\nLa MINUSMA a perdu en 2019 vingt-trois soldats de la paix, \
         dont dix Casques bleus tchadiens lors de l'attaque d'Aguelhok le 20 janvier.",
    );
    assert_eq!(find(&f, "dix", "dix").as_of_year(), Some(2019));
    // A year after the day, or past a semicolon, is another time.
    let f = text_facts(
        "Published 14 May 2019\n\nAs at 30 April, 120,298 persons were displaced, compared with \
         99,000 in April 2018. Displacement was high in 2017; on 2 May, 5,000 more fled Ménaka.",
    );
    assert_eq!(
        find(&f, "120,298", "120,298").date.as_deref(),
        Some("2019-04-30")
    );
    assert_eq!(
        find(&f, "5,000", "5,000").date.as_deref(),
        Some("2019-05-02")
    );
}

#[test]
fn a_figure_in_an_opening_phrase_is_the_pronoun_subjects_not_a_force_named_after() {
    let f = text_facts(
        "Gao, le 1er juin 2016 (Xinhua) -- La MINUSMA a été créée en 2013. Forte d'environ \
         10.000 militaires, elle opère aux côtés de la force française Barkhane, qui mobilise \
         quelque 3.000 soldats.",
    );
    assert_eq!(
        find(&f, "10.000", "10.000").subject.as_deref(),
        Some("MINUSMA")
    );
    assert_eq!(
        find(&f, "3.000", "3.000").subject.as_deref(),
        Some("Operation Barkhane")
    );
    let f = text_facts(
        "Published 20 March 2019. MINUSMA is the UN mission in Mali. With about 10,000 troops, \
         it operates alongside Operation Barkhane. With 4,500 troops, Barkhane hunts jihadists.",
    );
    assert_eq!(
        find(&f, "10,000", "10,000").subject.as_deref(),
        Some("MINUSMA")
    );
    assert_eq!(
        find(&f, "4,500", "4,500").subject.as_deref(),
        Some("Operation Barkhane")
    );
}

#[test]
fn nationalities_sharing_infantry_name_no_one_contingent() {
    let f = text_facts(
        "Published 20 March 2019. At the mission's height some 2,000 MINUSMA peacekeepers were \
         stationed in the region, chiefly Chadian and Guinean infantry; the main camp at Kidal \
         held about 800 troops and 60 police officers. Two infantry battalions remain to be \
         generated.",
    );
    assert_eq!(find(&f, "800", "800").contingent, None);
    assert_eq!(find(&f, "60", "60").contingent, None);
    // "infantry" names whose soldiers they are, not a count of soldiers.
    assert!(f
        .iter()
        .all(|x| x.value_text != "Two" || x.category != Category::Troops));
}

#[test]
fn a_plural_pronoun_with_a_copula_and_a_bare_figure_counts_the_group_named_before() {
    let f = text_facts(
        "Publié le 20 décembre 2021\n\nLe bataillon togolais de la MINUSMA est déployé dans la \
         région de Mopti. Ils sont 933, dont 42 femmes, répartis entre Sévaré et Boni.\n\nLes \
         habitants ont fui. Ils sont 3 000.",
    );
    let x = find(&f, "933", "933");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Troops, Some("Togo"))
    );
    // A group that is no force's: no strength.
    assert!(f
        .iter()
        .all(|x| x.value_text != "3 000" || x.category != Category::Troops));
}

#[test]
fn a_country_sending_a_bare_figure_to_a_multinational_operation_is_its_share() {
    let f = text_facts(
        "Published 3 May 2021. Task Force Takuba now numbers about 600 soldiers, half of them \
         French. Sweden has sent 150, Estonia 95 and Italy 200.",
    );
    let x = find(&f, "150", "150");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.contingent.as_deref()),
        (Category::Troops, Some("Task Force Takuba"), Some("Sweden"))
    );
    assert_eq!(find(&f, "95", "95").contingent.as_deref(), Some("Estonia"));
}

#[test]
fn a_contributing_people_as_the_subject_of_a_copula_and_a_bare_figure_is_its_contingent() {
    let f = text_facts(
        "Posted 4 June 2023. MINUSMA had some 13,000 soldiers from fifty countries. The Germans \
         at Camp Castor were about 1,100 at their biggest, the Swedes maybe 220, the Chinese \
         about 400.",
    );
    for (n, country) in [("1,100", "Germany"), ("220", "Sweden"), ("400", "China")] {
        let x = find(&f, n, n);
        assert_eq!(
            (x.category, x.contingent.as_deref()),
            (Category::Troops, Some(country)),
            "{n}"
        );
    }
}

#[test]
fn a_contributing_countrys_possessive_before_a_bare_figure_is_its_contingent() {
    let f = text_facts(
        "Posted 23 November 2022\n\nMINUSMA is shrinking.\n\nBurkina Faso's 1,700 are still in \
         Timbuktu. Sweden's 220 are packing. Chad's 54 dead are not forgotten.",
    );
    let x = find(&f, "1,700", "1,700");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Troops, Some("Burkina Faso"))
    );
    assert_eq!(find(&f, "220", "220").contingent.as_deref(), Some("Sweden"));
    assert_ne!(find(&f, "54", "54").category, Category::Troops);
}

#[test]
fn a_units_pronoun_before_a_verb_of_strength_and_a_bare_figure_is_its_strength() {
    let f = text_facts(
        "Published 17 November 2022. When the first British rotation deployed to Gao with \
         MINUSMA in December 2020 it numbered about 300. When the convoy left Gao it carried \
         about 300.",
    );
    let x = find(&f, "numbered about 300", "300");
    assert_eq!(x.category, Category::Troops);
    assert_eq!(x.contingent.as_deref(), Some("United Kingdom"));
    // (A convoy is no unit of soldiers.)
    assert!(f
        .iter()
        .filter(|x| x.category == Category::Troops)
        .all(|x| !x.quote.contains("carried")));
}

#[test]
fn a_casualty_verb_after_a_long_aside_between_commas_is_the_figures() {
    let f = text_facts(
        "Published 25 June 2021. Twelve German peacekeepers of MINUSMA were wounded near \
         Tarkint. One soldier from Belgium, serving in the same mixed reconnaissance company of \
         the German contingent, was also injured.",
    );
    let x = find(&f, "One soldier", "One");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersWounded, Some("Belgium"))
    );
}

#[test]
fn an_attack_that_took_the_lives_of_peacekeepers_killed_them() {
    let f = text_facts(
        "New York, 21 February 2023. The Secretary-General condemned the attack on MINUSMA, \
         which took the lives of three peacekeepers from Senegal and left five of their \
         comrades wounded. The convoy took 300 soldiers to Gao.",
    );
    let x = find(&f, "three", "three");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Senegal"))
    );
    assert_ne!(
        find(&f, "300", "300").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn french_soldiers_an_attack_cost_or_who_were_falling_died() {
    let f = text_facts(
        "Publié le 28 novembre 2019\n\nLes attaques de l'automne ont coûté aux forces armées \
         maliennes plus de 140 hommes. Un mois plus tôt, 38 de nos militaires tombaient déjà à \
         Boulkessi. L'opération a coûté 880 millions d'euros et compte 5 100 soldats. Les villes \
         tombent vite : Gao le 26 janvier, Tombouctou le 28.",
    );
    for n in ["140", "38"] {
        assert_eq!(find(&f, n, n).category, Category::MilitaryKilled, "{n}");
    }
    assert_eq!(find(&f, "5 100", "5 100").category, Category::Troops);
    assert!(f
        .iter()
        .all(|x| x.value_text != "28" || x.category == Category::Other));
}

#[test]
fn peoples_of_central_mali_killed_are_civilians() {
    let f = text_facts(
        "Published 9 December 2019. At Sobane Da in June, 35 Dogon were killed. In March a \
         militia killed more than 150 Fulani at Ogossagou. Colonel Bambara's battalion counts 650 \
         soldiers near Bambara-Maoudé.",
    );
    assert_eq!(find(&f, "35", "35").category, Category::CiviliansKilled);
    assert_eq!(find(&f, "150", "150").category, Category::CiviliansKilled);
    assert_eq!(find(&f, "650", "650").category, Category::Troops);
}

#[test]
fn a_casualty_subject_past_its_place_and_year_before_a_verb_of_strength_counts_the_dead() {
    let f = text_facts(
        "Published 3 March 2021. Civilians killed in Mali in 2020 numbered nearly 900, the \
         highest annual count. After the attacks that killed 20 peacekeepers, MINUSMA numbered \
         about 13,000 soldiers.",
    );
    assert_eq!(find(&f, "900", "900").category, Category::CiviliansKilled);
    assert_eq!(find(&f, "13,000", "13,000").category, Category::Troops);
}

#[test]
fn a_forces_personnel_as_the_subject_of_a_verb_of_strength_count_the_bare_figure() {
    let f = text_facts(
        "Published 3 March 2021. MINUSMA soldiers deployed in Gao in 2020 numbered about 1,400. \
         Villagers who fled to Gao numbered about 3,000.",
    );
    let x = find(&f, "1,400", "1,400");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("MINUSMA"))
    );
    assert_ne!(find(&f, "3,000", "3,000").category, Category::Troops);
}

#[test]
fn the_host_countrys_people_displaced_and_others_who_live_as_refugees() {
    let f = text_facts(
        "Published 2 July 2023. Violence has displaced more than 350,000 Malians inside the \
         country, and some 200,000 others live as refugees in Mauritania and Niger. A mine killed \
         three Malians near Gao.",
    );
    assert_eq!(find(&f, "350,000", "350,000").category, Category::Displaced);
    assert_eq!(find(&f, "200,000", "200,000").category, Category::Displaced);
    assert_ne!(find(&f, "three", "three").category, Category::Displaced);
}

#[test]
fn a_future_deadline_is_no_as_of_date_but_a_target_keeps_it() {
    let f = text_facts(
        "Published 10 December 2023. Germany has announced that its 1,100 MINUSMA troops will be \
         out by May 2024. France said Operation Barkhane will be cut to about 2,500 troops by \
         2023.",
    );
    assert_eq!(find(&f, "1,100", "1,100").as_of_year(), Some(2023));
    assert_eq!(find(&f, "2,500", "2,500").date.as_deref(), Some("2023"));
    let f = text_facts(
        "Publié le 10 juin 2021\n\nL'Allemagne retirera ses quelque 1 100 soldats de la MINUSMA \
         d'ici à mai 2024. Barkhane sera ramenée à environ 2 500 ou 3 000 hommes d'ici 2023.",
    );
    assert_eq!(find(&f, "1 100", "1 100").as_of_year(), Some(2021));
    assert_eq!(find(&f, "3 000", "3 000").as_of_year(), Some(2023));
}

#[test]
fn an_author_date_citation_closing_the_sentence_dates_what_it_cites() {
    let f = text_facts(
        "Submitted March 2024. Three years later the Security Council raised the MINUSMA \
         ceiling to 13,289 military and 1,920 police (UNSC, 2016). MINUSMA has lost more than \
         300 peacekeepers (see Annex 2).",
    );
    assert_eq!(find(&f, "13,289", "13,289").as_of_year(), Some(2016));
    assert_eq!(find(&f, "1,920", "1,920").as_of_year(), Some(2016));
    assert_ne!(find(&f, "300", "300").as_of_year(), Some(2016));
}

#[test]
fn a_planned_month_without_a_year_is_the_next_one() {
    let f = text_facts(
        "Published 31 May 2019. An Egyptian battalion of 650 MINUSMA personnel is expected in \
         September. In September, 12 MINUSMA peacekeepers were wounded.",
    );
    assert_eq!(find(&f, "650", "650").date.as_deref(), Some("2019-09"));
    assert_eq!(find(&f, "12", "12").date.as_deref(), Some("2018-09"));
}

#[test]
fn a_period_whose_end_is_no_date_runs_to_the_text() {
    let f = text_facts(
        "Published 20 March 2024. The report counts 310 MINUSMA personnel dead between 2013 and \
         the closure. Between 2013 and 2020, MINUSMA lost 230 peacekeepers.",
    );
    assert_eq!(find(&f, "310", "310").as_of_year(), Some(2023));
    assert_eq!(find(&f, "230", "230").as_of_year(), Some(2020));
}

#[test]
fn a_french_deadline_with_au_is_no_as_of_date() {
    let f = text_facts(
        "Bamako, le 3 juillet 2023. Il faudra rapatrier les 12 947 personnels en uniforme de la \
         MINUSMA d'ici au 31 décembre 2023.",
    );
    assert_eq!(
        find(&f, "12 947", "12 947").date.as_deref(),
        Some("2023-07-03")
    );
}

#[test]
fn a_country_after_followed_by_in_a_ranking_owns_its_figure() {
    let f = text_facts(
        "Published 15 July 2021. Among MINUSMA contingents, Chad has lost 63 peacekeepers, \
         followed by Guinea with 15. Chad has the largest MINUSMA contingent with 1,400 soldiers, \
         followed by Bangladesh with 1,300.",
    );
    assert_eq!(find(&f, "15", "15").contingent.as_deref(), Some("Guinea"));
    assert_eq!(find(&f, "63", "63").contingent.as_deref(), Some("Chad"));
    assert_eq!(
        find(&f, "1,300", "1,300").contingent.as_deref(),
        Some("Bangladesh")
    );
}

#[test]
fn a_handful_of_soldiers_in_a_story_is_no_strength() {
    let f = text_facts(
        "Bamako, 8 March 2023. The prosecution relied on the evidence of two Chadian officers of \
         MINUSMA heard by videolink. Ireland deploys nine soldiers to MINUSMA.",
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "two" || x.category != Category::Troops));
    assert_eq!(find(&f, "nine", "nine").category, Category::Troops);
}

#[test]
fn a_list_of_missions_gives_each_row_its_own_mission() {
    let f = text_facts(
        "List of peacekeeping missions\nLast updated 3 February 2024\n\nAbbreviation | Name | \
         Start | End | Authorized strength | Fatalities | Notes\n-------------+------+-------+-----+\
         ------------+------------+------\nMINUSCA | Central African \
         Republic | April 2014 | present | 14,400 military; 3,020 police | 205 |\nMINUSMA | Mali \
         | April 2013 | December 2023 | 13,289 military; 1,920 police | 310 | Took over from \
         AFISMA\nMINURSO | Western Sahara | April 1991 | present | 245 uniformed | 19 |\n",
    );
    let x = find(&f, "MINUSCA", "14,400");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("MINUSCA"))
    );
    assert_eq!(find(&f, "MINUSCA", "3,020").category, Category::Police);
    let x = find(&f, "MINUSCA", "205");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::PeacekeepersKilled, Some("MINUSCA"))
    );
    // A row with a start and an end counts up to the end.
    let x = find(&f, "MINUSMA", "310");
    assert_eq!(x.subject.as_deref(), Some("MINUSMA"));
    assert_eq!(x.date_end.as_deref(), Some("2023-12"));
    assert_eq!(
        find(&f, "MINURSO", "245").category,
        Category::UniformedPersonnel
    );
    // A country in brackets after a mission is where it serves.
    let f = text_facts(
        "Note, 20 janvier 2023\n\nDécès dus à des actes malveillants en 2022 :\n- MINUSMA (Mali) : \
         14\n- MONUSCO (République démocratique du Congo) : 13\n- FINUL (Liban) : 1\n",
    );
    let x = find(&f, "MONUSCO", "13");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("MONUSCO"), None)
    );
    assert_eq!(find(&f, "FINUL", "1").subject.as_deref(), Some("UNIFIL"));
    // A mission named in a place's clause with a toll of its own is not the figure's.
    let f = text_facts(
        "Since 2013, MINUSMA has been the deadliest mission. In all, 309 of its personnel have \
         been killed, second only to Lebanon, where UNIFIL has recorded 329 deaths since 1978.",
    );
    assert_eq!(find(&f, "309", "309").subject.as_deref(), Some("MINUSMA"));
}

#[test]
fn a_machine_translations_peacekeepers_and_fatalities() {
    let f = text_facts(
        "BAMAKO, 21 janvier 2019 (Xinhua) -- Dix gardiens de la paix tchadiens ont été tués \
         dimanche. Depuis 1948, plus de 3.800 gardiens de la paix ont perdu leur vie dans le \
         monde. La mission a souffert plus que 170 fatalités dû aux actes malicieux.",
    );
    let x = find(&f, "Dix", "Dix");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.contingent.as_deref(), Some("Chad"));
    assert_eq!(
        find(&f, "3.800", "3.800").category,
        Category::PeacekeepersKilled
    );
    assert_ne!(find(&f, "170", "170").category, Category::Other);
    // "Une fatalité" is fate, not a death.
    let f = text_facts("Paris, 3 mars 2022. Les morts de Moura ne sont pas une fatalité.");
    assert!(f.iter().all(|x| x.category == Category::Other));
}

#[test]
fn verbs_that_keep_or_commit_men_give_a_strength() {
    let f = text_facts(
        "Paris, 2 juillet 2022. La Suède avait engagé jusqu'à 150 hommes dans la task force \
         Takuba. La France maintient 2 500 militaires au Sahel.",
    );
    assert_eq!(find(&f, "150", "150").category, Category::Troops);
    assert_eq!(find(&f, "2 500", "2 500").category, Category::Troops);
    let f = text_facts(
        "London, 2 July 2022. Sweden committed up to 150 men to Task Force Takuba, and France \
         maintains 2,500 men in the Sahel.",
    );
    assert_eq!(find(&f, "150", "150").category, Category::Troops);
    assert_eq!(find(&f, "2,500", "2,500").category, Category::Troops);
}

#[test]
fn other_ranks_are_soldiers_but_a_forces_ranks_are_no_count() {
    let f = text_facts(
        "Colombo, 2 May 2019. A relief contingent of 243 personnel - 20 officers and 223 other \
         ranks - will leave for Mali. At least 310 personnel have died in the mission's ranks \
         since 2013.",
    );
    assert_eq!(find(&f, "223", "223").category, Category::Troops);
    assert_eq!(
        find(&f, "310", "310").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn who_the_dead_were_said_after_them_or_by_the_army_that_counts_them() {
    let f = text_facts(
        "Gao, 23 October 2023. The recovery of the camp had cost the life of six soldiers. On 7 \
         September, the attack on the camp of Bamba made 15 dead among the military, the same \
         day a boat was targeted on the river, killing 49 civilians. On 12 September at \
         Bourem, the FAMa deplored 10 dead in their ranks.",
    );
    for (needle, written) in [("cost the life", "six"), ("Bamba", "15"), ("Bourem", "10")] {
        let x = find(&f, needle, written);
        assert_eq!(x.category, Category::MilitaryKilled, "{written}");
        assert_eq!(
            x.subject.as_deref(),
            Some("Malian Armed Forces (FAMa)"),
            "{written}"
        );
    }
    assert_eq!(find(&f, "Bamba", "49").category, Category::CiviliansKilled);
    // A contributor's soldiers among the wounded are peacekeepers.
    let f = text_facts(
        "Bruxelles, 3 mars 2020. Deux véhicules du contingent belge de la MINUSMA ont sauté sur \
         des engins explosifs, faisant au total six blessés parmi les militaires belges.",
    );
    assert_eq!(
        find(&f, "six", "six").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn the_same_toll_told_again_after_a_semicolon_keeps_its_date() {
    let f = text_facts(
        "Human rights briefing - Published on 20 February 2020\n\nOn the morning of 23 March \
         last year, armed men killed at least 157 residents of Ogossagou; village elders told \
         us the figure was closer to 160.",
    );
    assert_eq!(find(&f, "157", "157").date.as_deref(), Some("2019-03-23"));
    assert_eq!(find(&f, "160", "160").date.as_deref(), Some("2019-03-23"));
}

#[test]
fn a_toll_broken_down_in_an_aside_keeps_the_date_after_it() {
    let f = text_facts(
        "NEW YORK, 20 January 2023 (UN) – Thirty-two uniformed peacekeepers, twenty-eight \
         soldiers and four police officers, were killed in malicious acts during 2022.",
    );
    assert_eq!(
        find(&f, "Thirty-two", "Thirty-two").date.as_deref(),
        Some("2022")
    );
    // Figures in digits inside the aside are no breakdown of it.
    let f = text_facts(
        "New York, 3 July 2013. The Council has authorised 11,200 military personnel and 1,440 \
         police, but officials conceded full strength may not be reached before December.",
    );
    assert_ne!(
        find(&f, "11,200", "11,200").date.as_deref(),
        Some("2013-12")
    );
}

#[test]
fn a_resolution_cited_by_number_dates_the_figures_it_sets() {
    let f = text_facts(
        "Explainer, 3 March 2023. Resolution 2100 authorized up to 11,200 military personnel \
         and 1,440 police. MINUSMA, established by resolution 2100 (2013), brings together \
         about 13,000 troops. La résolution 2295 porte le plafond à 13 289 militaires.",
    );
    assert_eq!(
        find(&f, "authorized", "11,200").date.as_deref(),
        Some("2013-04-25")
    );
    assert_eq!(
        find(&f, "authorized", "1,440").date.as_deref(),
        Some("2013-04-25")
    );
    // A present strength after the resolution's aside holds as of the text.
    assert_eq!(
        find(&f, "brings", "13,000").date.as_deref(),
        Some("2023-03-03")
    );
    assert_eq!(
        find(&f, "2295", "13 289").date.as_deref(),
        Some("2016-06-29")
    );
    // Across the resolution's own relative clause.
    let f = text_facts(
        "Encyclopédie, 3 mars 2023. La MINUSMA est créée par la résolution 2100 du Conseil de \
         sécurité, qui autorise le déploiement de 11 200 militaires.",
    );
    assert_eq!(
        find(&f, "11 200", "11 200").date.as_deref(),
        Some("2013-04-25")
    );
}

#[test]
fn a_demonstrative_partitive_reaches_the_toll_of_the_sentence_before() {
    let f = text_facts(
        "Lecture handout, 3 May 2023\n\nFatalities:\n- 310 peacekeepers died from all causes \
         between 2013 and 2023.\n  * approx. 180 of these due to malicious acts.\n",
    );
    assert_eq!(
        find(&f, "180", "180").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_table_whose_columns_are_dates_dates_each_figure_by_its_column() {
    let f = text_facts(
        "Rapport de situation, 10 mars 2023\n\nTableau 1 – Personnes déplacées internes par \
         région\n\nRégion            | 30 sept. 2022 | 31 déc. 2022\n\
         ------------------|---------------|-------------\n\
         Ménaka            |        61.430 |       74.201\n\
         Gao               |        66.245 |       69.118\n\
         TOTAL             |       127.675 |      143.319\n",
    );
    let x = find(&f, "Ménaka", "61.430");
    assert_eq!(
        (x.category, x.value, x.date.as_deref()),
        (Category::Displaced, 61_430.0, Some("2022-09-30"))
    );
    assert_eq!(
        find(&f, "Ménaka", "74.201").date.as_deref(),
        Some("2022-12-31")
    );
    assert_eq!(find(&f, "TOTAL", "143.319").category, Category::Displaced);
}

#[test]
fn a_date_in_brackets_right_after_the_figures_phrase_is_its_own() {
    let f = text_facts(
        "Infographic, posted 15 January 2024\n\n• Highest deployment recorded: 15 209 \
         uniformed personnel (June 2020)\n• Internally displaced persons in Mali: 375,539 \
         (December 2022)\n",
    );
    assert_eq!(
        find(&f, "15 209", "15 209").date.as_deref(),
        Some("2020-06")
    );
    assert_eq!(
        find(&f, "375,539", "375,539").date.as_deref(),
        Some("2022-12")
    );
}

#[test]
fn a_part_row_after_a_bullet_and_a_caption_of_all_causes() {
    let f = text_facts(
        "MINUSMA in numbers, posted 15 January 2024\n\nHUMAN COST\n• Total fatalities among \
         mission personnel, 2013–2023: 311\n• Of which due to malicious acts: 187\n\nMOST \
         AFFECTED CONTINGENTS (all causes)\n1. Chad – 59\n2. Niger – 21\n",
    );
    let x = find(&f, "Of which", "187");
    assert_eq!(x.category, Category::PeacekeepersKilled);
    assert_eq!(x.date_end.as_deref(), Some("2023"));
    let x = find(&f, "Chad", "59");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Chad"))
    );
}

#[test]
fn an_image_description_in_brackets_between_a_caption_and_its_rows() {
    let f = text_facts(
        "MINUSMA, publié le 29 mai 2023\n\nBloc 2 – PRINCIPAUX PAYS CONTRIBUTEURS DE \
         TROUPES\n(pictogramme : drapeaux alignés)\n• Tchad : 1 425\n• Bangladesh : 1 381\n",
    );
    let x = find(&f, "Tchad", "1 425");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::Troops, Some("Chad"))
    );
}

#[test]
fn euphemisms_of_death() {
    let f = text_facts(
        "Dhaka, 8 July 2023. Our country has sent 188,558 peacekeepers to UN operations since \
         1988; 167 of them never came home.",
    );
    assert_eq!(
        find(&f, "167", "167").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "Bruxelles, 14 octobre 2023. Je pense aux plus de 300 Casques bleus qui ne sont jamais \
         rentrés chez eux depuis 2013.",
    );
    assert_eq!(
        find(&f, "300", "300").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn civilian_staff_by_kind_of_post_in_a_report() {
    let f = text_facts(
        "Rapport du Secrétaire général, 30 décembre 2020. Le personnel civil s'élevait à 1 552 \
         personnes, soit 681 fonctionnaires recrutés sur le plan international, 761 recrutés \
         sur le plan national et 110 Volontaires des Nations Unies. Sur les 1 898 postes \
         autorisés, 748 postes soumis à recrutement international étaient pourvus.",
    );
    for written in ["681", "761", "1 898", "748"] {
        assert_eq!(
            find(&f, written, written).category,
            Category::CivilianStaff,
            "{written}"
        );
    }
}

#[test]
fn a_french_alerts_abbreviations() {
    let f = text_facts(
        "[ALERTE] 14/04/18 0712Z TBT : 2 sdts FAMa tués, 3 blessés. Bilan prov : 1 CB KIA, ~10 \
         CB WIA. Au marché, le mil 250 francs le kilo.",
    );
    assert_eq!(find(&f, "sdts", "2").category, Category::MilitaryKilled);
    assert_eq!(find(&f, "KIA", "1").category, Category::PeacekeepersKilled);
    assert_eq!(
        find(&f, "WIA", "10").category,
        Category::PeacekeepersWounded
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "250" || x.category == Category::Other));
}

#[test]
fn a_bilingual_statement_reads_each_paragraph_in_its_own_language() {
    let f = text_facts(
        "New York, 14 February 2022\n\nThe Secretary-General strongly condemns the complex \
         attack launched early this morning against a temporary operating base of the mission \
         near Léré, in the Timbuktu region, in which two peacekeepers from Niger were killed \
         and eleven others injured.\n\nLe Secrétaire général condamne fermement l'attaque \
         complexe menée tôt ce matin contre une base opérationnelle temporaire de la MINUSMA \
         près de Léré, dans la région de Tombouctou. Selon un bilan préliminaire, deux Casques \
         bleus nigériens ont été tués et onze autres membres du même contingent ont été \
         blessés.\n",
    );
    let x = find(&f, "bilan", "deux");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Niger"))
    );
    assert_eq!(
        find(&f, "bilan", "onze").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn an_answer_past_its_speakers_label_counts_what_the_question_asked() {
    let f = text_facts(
        "New York, 23 octobre 2023\n\nQuestion : Combien de personnels en uniforme de la MINUSMA \
         restent-ils au Mali ?\n\nPorte-parole : Un peu plus de 6 700.\n",
    );
    assert_eq!(
        find(&f, "6 700", "6 700").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn un_missions_named_with_the_un_or_a_demonstrative_are_all_missions() {
    let f = text_facts(
        "Beijing, 2 June 2016. In total more than 2,400 Chinese peacekeepers are now serving in \
         eight UN missions. MINUSMA, whose 12,000-odd troops make it one of the largest UN \
         operations, has lost more than 100 of them.",
    );
    let x = find(&f, "2,400", "2,400");
    assert_eq!(
        (x.subject.as_deref(), x.contingent.as_deref()),
        (Some("UN peacekeeping (all missions)"), Some("China"))
    );
    assert_eq!(
        find(&f, "12,000", "12,000").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn the_parts_of_a_nations_losses_go_to_the_operation_their_phrase_names() {
    let f = text_facts(
        "Paris, 14 avril 2021. Au 31 mars 2021, 50 militaires français sont morts au Sahel \
         depuis janvier 2013 : 10 au titre de l'opération Serval et 40 au titre de Barkhane.",
    );
    assert_eq!(
        find(&f, "50", "50").subject.as_deref(),
        Some("French forces")
    );
    assert_eq!(
        find(&f, "50", "10").subject.as_deref(),
        Some("Operation Serval")
    );
    assert_eq!(
        find(&f, "50", "40").subject.as_deref(),
        Some("Operation Barkhane")
    );
    // Both operations in the phrase: the nation's.
    let f = text_facts(
        "London, 3 March 2023. Between 2013 and 2022, 58 French soldiers died in the Serval and \
         Barkhane operations.",
    );
    assert_eq!(
        find(&f, "58", "58").subject.as_deref(),
        Some("French forces")
    );
}

#[test]
fn the_force_succeeded_owns_the_figure_of_a_relative_clause_about_it() {
    let f = text_facts(
        "Paris, 20 juin 2023. Déployée à partir du 1er juillet 2013, elle prend le relais de la \
         MISMA, la force africaine qui comptait alors environ 6 000 soldats.",
    );
    assert_eq!(
        find(&f, "6 000", "6 000").subject.as_deref(),
        Some("AFISMA")
    );
    // Not the successor's own figure after the succession.
    let f = text_facts("Paris, 20 juin 2023. La MINUSMA succède à la MISMA, avec 6 100 soldats.");
    assert_eq!(
        find(&f, "6 100", "6 100").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn dead_in_our_ranks_are_the_speakers_soldiers() {
    let f = text_facts(
        "Bamako, le 8 août 2022. Communiqué de l'état-major général des armées. Un premier bilan \
         provisoire faisait état de 17 morts dans nos rangs.",
    );
    assert_eq!(find(&f, "17", "17").category, Category::MilitaryKilled);
}

#[test]
fn a_country_after_by_is_no_other_contingent_in_a_story_about_one() {
    let f = text_facts(
        "San Salvador, 6 March 2023. El Salvador's Torogoz unit flies for MINUSMA. The Salvadoran \
         pilots fly from Timbuktu. El Salvador has rotated eight units since 2015. The eighth \
         rotation left San Salvador in January with 110 soldiers and four helicopters donated \
         by the United States.",
    );
    assert_eq!(
        find(&f, "110", "110").contingent.as_deref(),
        Some("El Salvador")
    );
}

#[test]
fn a_label_that_names_whom_it_counts_before_countries() {
    let f = text_facts(
        "Infographic, posted 15 January 2024\n\nDISPLACEMENT\n• Malian refugees in neighbouring \
         countries: more than 200,000\n\nMISSION\n• Troop- and police-contributing countries: \
         56\n",
    );
    assert_eq!(find(&f, "200,000", "200,000").category, Category::Displaced);
    assert!(f
        .iter()
        .all(|x| x.value_text != "56" || x.category == Category::Other));
}

#[test]
fn an_aside_in_brackets_does_not_lengthen_a_rows_label() {
    let f = text_facts(
        "Infographic, posted 15 January 2024\n\nFOR COMPARISON\n• French military deaths in the \
         Sahel, 2013–2022 (Serval and Barkhane): 58\n",
    );
    let x = find(&f, "58", "58");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::MilitaryKilled, Some("French forces"))
    );
}

#[test]
fn a_verb_of_falling_is_a_death_after_its_subject_and_a_change_before_a_figure() {
    let f = text_facts(
        "Berlin, 23 May 2022. Since 2013 more than 170 blue helmets fell to attacks in Mali. \
         The German contribution fell to fewer than 20 soldiers by December 2022.",
    );
    assert_eq!(
        find(&f, "170", "170").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "fewer than 20", "20").category, Category::Troops);
    let f = text_facts(
        "Paris, 7 septembre 2018. Onze soldats guinéens sont tombés à Kidal depuis 2014. Les \
         effectifs étaient tombés à moins de 1 000 en décembre.",
    );
    assert_eq!(
        find(&f, "Onze", "Onze").category,
        Category::PeacekeepersKilled
    );
    assert_ne!(
        find(&f, "1 000", "1 000").category,
        Category::PeacekeepersKilled
    );
    // Its future and simple past too.
    let f = text_facts(
        "Paris, 2 mars 2013. Le 19 février, un sergent-chef y est tué ; deux autres militaires \
         français tomberont en mars dans le même massif.",
    );
    assert_eq!(
        find(&f, "tomberont", "deux").category,
        Category::MilitaryKilled
    );
}

#[test]
fn a_named_part_of_a_casualty_figure_counts_the_same() {
    let f = text_facts(
        "Berlin, 30 June 2021. On 25 June a car bomb near Tarkint wounded 15 peacekeepers, \
         including twelve of our soldiers, three of them seriously.",
    );
    assert_eq!(
        find(&f, "twelve", "twelve").category,
        Category::PeacekeepersWounded
    );
    let f = text_facts(
        "Berlin, le 30 juin 2021. Une attaque a blessé 15 Casques bleus, dont douze de nos \
         soldats.",
    );
    assert_eq!(
        find(&f, "douze", "douze").category,
        Category::PeacekeepersWounded
    );
    // Not a part with a fate of its own.
    let f = text_facts(
        "Gao, 30 June 2021. The attack wounded 15 peacekeepers, including twelve soldiers who \
         later died.",
    );
    assert_ne!(
        find(&f, "twelve", "twelve").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn a_header_of_words_then_dates_dates_its_columns() {
    let f = text_facts(
        "ANNUAL REPORT 2021\nPublished June 2022\n\nTable 3.4: Soldiers serving overseas, by mission\n\n Mission      | Location   | Led by | 31 Dec 2020 | 31 Dec 2021\n\
         ---------------+------------+--------+-------------+------------\n MINUSMA      | \
         Mali       | UN     |      14     |      13\n UNIFIL       | Lebanon    | UN     |     \
         342     |     338\n",
    );
    let x = find(&f, "MINUSMA", "14");
    assert_eq!(
        (x.category, x.subject.as_deref(), x.date.as_deref()),
        (Category::Troops, Some("MINUSMA"), Some("2020-12-31"))
    );
    assert_eq!(
        find(&f, "UNIFIL", "338").date.as_deref(),
        Some("2021-12-31")
    );
    // An event's row with one date is no header.
    let f = text_facts(
        "List of attacks, updated 2 March 2020\n\n Place    | Date            | Event\n \
         Aguelhok | 20 January 2019 | camp attacked\n Tessalit | 3 April 2019    | 4 \
         peacekeepers killed\n",
    );
    assert_eq!(
        find(&f, "Tessalit", "4").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_figure_that_sizes_the_whole_force_is_no_contingents() {
    let f = text_facts(
        "Lomé, 3 March 2021. Togo, one of the longest-serving contributors, has some 930 \
         personnel deployed, out of a total of around 15,200 uniformed women and men serving \
         with MINUSMA. Chad is one of the biggest contributors to the 13,000-strong force, \
         with roughly 1,400 soldiers deployed.",
    );
    assert_eq!(find(&f, "15,200", "15,200").contingent, None);
    assert_eq!(find(&f, "13,000", "13,000").contingent, None);
    assert_eq!(
        find(&f, "1,400", "1,400").contingent.as_deref(),
        Some("Chad")
    );
    // A country right before it keeps it.
    let f = text_facts("N'Djamena, 3 March 2021. Chad's 1,400-strong force serves with MINUSMA.");
    assert_eq!(
        find(&f, "1,400", "1,400").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn a_pronoun_and_a_copula_before_a_bare_figure_count_what_the_figure_before_did() {
    let f = text_facts(
        "Published 10 March 2023. Internally displaced people numbered fewer than 40,000 in \
         early 2018; today they are more than 375,000.",
    );
    let x = find(&f, "today", "375,000");
    assert_eq!(
        (x.category, x.date.as_deref()),
        (Category::Displaced, Some("2023-03-10"))
    );
    let f = text_facts(
        "Publié le 10 mars 2023. Les déplacés internes étaient moins de 40 000 début 2018 ; ils \
         sont plus de 375 000 aujourd'hui.",
    );
    assert_eq!(find(&f, "ils", "375 000").category, Category::Displaced);
    // Not after a sentence's own casualty word: another count.
    let f = text_facts(
        "Bamako, 3 October 2019. Thirty-eight soldiers were killed. The wounded, they are 17.",
    );
    assert_ne!(find(&f, "wounded", "17").category, Category::MilitaryKilled);
}

#[test]
fn a_list_of_strengths_joined_by_and_continues_larger_or_not() {
    let f = text_facts(
        "Published 2 May 2017. MINUSMA had 6,100 troops in 2013, 9,300 in 2014, 11,000 in 2015 \
         and 12,500 in 2016.",
    );
    let x = find(&f, "12,500", "12,500");
    assert_eq!(
        (x.category, x.date.as_deref()),
        (Category::Troops, Some("2016"))
    );
    // Not a part of a casualty figure ("and two others"), nor a pair of ceilings.
    let f = text_facts(
        "Published 2 May 2017. At the end of January, the mission had 12,388 military personnel \
         and 1,739 police officers, against authorized ceilings of 13,289 and 1,920.",
    );
    assert!(f
        .iter()
        .all(|x| x.value_text != "13,289" || x.category != Category::Police));
}

#[test]
fn there_were_and_a_bare_figure_continue_the_figure_before() {
    let f = text_facts(
        "Published 2 May 2017. MINUSMA deployed 6,100 troops in July 2013. By December 2014 \
         there were 9,300.",
    );
    let x = find(&f, "there were", "9,300");
    assert_eq!(
        (x.category, x.subject.as_deref()),
        (Category::Troops, Some("MINUSMA"))
    );
}

#[test]
fn contingents_figures_that_add_up_to_a_casualty_figure_are_its_breakdown() {
    let f = text_facts(
        "New York, 3 April 2019. During the reporting period, MINUSMA sustained 13 fatalities \
         resulting from hostile acts, 10 peacekeepers from Chad, 2 from Sri Lanka and 1 from \
         Guinea, and 47 peacekeepers were injured.",
    );
    let x = find(&f, "Sri Lanka", "2");
    assert_eq!(
        (x.category, x.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Sri Lanka"))
    );
    assert_eq!(
        find(&f, "Chad", "10").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "47", "47").category, Category::PeacekeepersWounded);
    // Not one contingent's figures after another's.
    let f = text_facts(
        "New York, 6 June 2022. On 1 June three Jordanian peacekeepers were wounded near Kidal, \
         and on 3 June two Egyptian blue helmets died near Douentza; one other Egyptian was \
         injured.",
    );
    assert_eq!(
        find(&f, "two Egyptian", "two").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn soldiers_and_police_counted_together_or_apart() {
    let f = text_facts(
        "Published 14 June 2021. The UN force numbers around 13,500 blue helmets, soldiers and \
         police combined. The mission's military and police components total 14,300. Of the \
         13,000 peacekeepers, about 1,700 are police. MINUSMA had about 14,000 uniformed \
         personnel. About 12,000 of them were soldiers and nearly 2,000 were police officers. \
         UN peacekeeping deploys about 87,000 people, some 75,000 of whom are military and \
         police personnel.",
    );
    let cat = |needle: &str, n: &str| find(&f, needle, n).category;
    assert_eq!(cat("combined", "13,500"), Category::UniformedPersonnel);
    assert_eq!(cat("components", "14,300"), Category::UniformedPersonnel);
    assert_eq!(cat("are police", "1,700"), Category::Police);
    assert_eq!(cat("of them were", "12,000"), Category::Troops);
    assert_eq!(cat("of them were", "2,000"), Category::Police);
    assert_eq!(cat("of whom", "75,000"), Category::UniformedPersonnel);
    let f = text_facts(
        "Publié le 14 juin 2021. Son effectif en uniforme s'élève à 14 800. La MINUSMA déploie \
         près de 14 000 Casques bleus, militaires et policiers confondus. Plus de 87 000 \
         personnes, militaires, policiers et civils confondus, servent l'ONU.",
    );
    let cat = |needle: &str, n: &str| find(&f, needle, n).category;
    assert_eq!(cat("uniforme", "14 800"), Category::UniformedPersonnel);
    assert_eq!(cat("confondus", "14 000"), Category::UniformedPersonnel);
    assert!(f
        .iter()
        .all(|x| x.value_text != "87 000" || x.category != Category::UniformedPersonnel));
}

#[test]
fn bare_strength_after_a_contributor_or_a_level() {
    let f = text_facts(
        "Published 20 June 2023. Ten years of MINUSMA, in numbers. Ireland had about 140 in \
         Timbuktu under a cap of 150. The Swedes deployed some 220 for intelligence work. \
         Operation Barkhane peaked at roughly 5,100 across the Sahel in 2020. Mali had 400 \
         in the north. Chad lost 60 in ten years.",
    );
    let k = find(&f, "Ireland had", "140");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Ireland"))
    );
    let k = find(&f, "Swedes", "220");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Sweden"))
    );
    let k = find(&f, "peaked", "5,100");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::Troops, Some("Operation Barkhane"))
    );
    // Not the host country, nor a verb of loss.
    assert!(f
        .iter()
        .all(|x| x.value_text != "400" || x.category == Category::Other));
    assert!(f
        .iter()
        .all(|x| x.value_text != "60" || x.category != Category::Troops));
}

#[test]
fn a_people_named_then_referred_to_as_they() {
    let f = text_facts(
        "Published 4 May 2019. MINUSMA at six. In the north, the Togolese carry the heaviest \
         load. They have roughly 1,400 soldiers around Douentza. They have also paid dearly: 40 \
         of their soldiers had died by the end of last year.\n\nGunmen attacked a village near \
         Mopti on Sunday. They killed 12 soldiers.",
    );
    let k = find(&f, "roughly", "1,400");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Togo"))
    );
    let k = find(&f, "paid dearly", "40");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Togo"))
    );
    // Attackers are no people named: their victims stay the host's soldiers.
    assert_eq!(
        find(&f, "They killed", "12").category,
        Category::MilitaryKilled
    );
    // The people itself as the subject of a loss, and not an adjective of a name.
    let f = text_facts(
        "Published 4 May 2019. MINUSMA at six. In March the Guineans lost seven men at Kidal. \
         Fighters linked to the Russian Wagner Group and their partners killed at least 40 \
         people.",
    );
    let k = find(&f, "Guineans", "seven");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Guinea"))
    );
    assert_eq!(find(&f, "Wagner", "40").category, Category::CiviliansKilled);
}

#[test]
fn the_first_person_of_a_mission_voice() {
    let f = text_facts(
        "Q&A with the Force Commander of MINUSMA\n\nPublished 18 November 2019.\n\nQ: What weighs \
         on you?\n\nA: Since I took command, 27 of my soldiers have been killed and more than 90 \
         wounded. We also lost 14 soldiers to accidents. Our partners lost more: six Malian \
         soldiers died at Boni last week.",
    );
    let k = find(&f, "of my soldiers", "27");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::PeacekeepersKilled, Some("MINUSMA"))
    );
    assert_eq!(
        find(&f, "of my soldiers", "90").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "accidents", "14").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(find(&f, "Malian", "six").category, Category::MilitaryKilled);
    // Without a voice of the mission, a first person's soldiers stay the host's army's.
    let f = text_facts(
        "Published 18 November 2019. MINUSMA and the army. An officer said we lost 14 soldiers \
         to mines.",
    );
    assert_eq!(find(&f, "mines", "14").category, Category::MilitaryKilled);
}

#[test]
fn strengths_named_by_under_of_and_against() {
    let f = text_facts(
        "Published 18 November 2019. MINUSMA today. We have about 13,000 troops, plus some 1,900 \
         police under the Police Commissioner. In Gao the Germans have roughly 850 people, with \
         drones. The convoy was escorted by 186 personnel of the Egyptian Combat Convoy \
         Battalion. The Council lifted the ceiling to 13,289 military personnel and 1,920 police, \
         against 11,240 and 1,440 under the previous resolution. Nine peacekeepers were killed. \
         The count of injured has risen to 25.",
    );
    let cat = |needle: &str, n: &str| find(&f, needle, n).category;
    assert_eq!(cat("Commissioner", "1,900"), Category::Police);
    let k = find(&f, "Germans", "850");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Germany"))
    );
    assert_eq!(cat("escorted", "186"), Category::Troops);
    assert_eq!(cat("against", "11,240"), Category::Troops);
    assert_eq!(cat("against", "1,440"), Category::Police);
    assert_eq!(cat("injured", "25"), Category::PeacekeepersWounded);
}

#[test]
fn soldiers_gendarmes_and_police_listed_after_the_number() {
    let f = text_facts(
        "Publié le 16 avril 2018. Au fil des rotations, plus de 10 000 militaires, gendarmes et \
         policiers sénégalais ont servi au sein de la MINUSMA. Forte d'environ 12.500 militaires \
         et policiers, la MINUSMA avait perdu, avant samedi, plus de 160 Casques bleus. La \
         mission compte 11 000 militaires, soit huit bataillons et deux compagnies.",
    );
    let cat = |needle: &str, n: &str| find(&f, needle, n).category;
    assert_eq!(cat("gendarmes", "10 000"), Category::UniformedPersonnel);
    assert_eq!(cat("Forte", "12.500"), Category::UniformedPersonnel);
    assert_eq!(cat("Forte", "160"), Category::PeacekeepersKilled);
    assert_eq!(cat("bataillons", "11 000"), Category::Troops);
}

#[test]
fn an_estimate_of_the_force_named_before() {
    let f = text_facts(
        "Published 3 May 2022. After the coup, Mali's junta brought in the Wagner Group. Western \
         estimates put their number at between 1,000 and 1,500.\n\nGunmen killed dozens of \
         villagers near Mopti. Community leaders put the figure closer to 170.",
    );
    for n in ["1,000", "1,500"] {
        let k = find(&f, "estimates", n);
        assert_eq!(
            (k.category, k.subject.as_deref()),
            (Category::Troops, Some("Wagner Group"))
        );
    }
    assert_ne!(find(&f, "closer", "170").category, Category::Troops);
    // A bare range after a force's verb of strength.
    let f = text_facts("Published 3 May 2022. In Mali, Barkhane had between 4,500 and 5,100.");
    for n in ["4,500", "5,100"] {
        assert_eq!(find(&f, "Barkhane", n).category, Category::Troops);
    }
}

#[test]
fn a_whole_broken_down_by_country_is_no_one_contingent() {
    let f = text_facts(
        "Published 27 January 2021. MINUSMA in 2020. The 14 dead include six Bangladeshis, five \
         Nigeriens and three from Senegal. In the north, the Chadians lost 10 men at Aguelhok.",
    );
    let k = find(&f, "include", "14");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::PeacekeepersKilled, None)
    );
    for (n, c) in [
        ("six", "Bangladesh"),
        ("five", "Niger"),
        ("three", "Senegal"),
    ] {
        assert_eq!(find(&f, "include", n).contingent.as_deref(), Some(c));
    }
    assert_eq!(
        find(&f, "Chadians", "10").contingent.as_deref(),
        Some("Chad")
    );
}

#[test]
fn an_attack_that_costs_lives() {
    let f = text_facts(
        "Published 3 May 2023. In Mali, an assault on the army camp at Bourem costs the lives of \
         ten soldiers, and another, costing the lives of four more, follows at Léré.",
    );
    assert_eq!(find(&f, "Bourem", "ten").category, Category::MilitaryKilled);
    // Reinforcements are soldiers.
    let f = text_facts(
        "Published 3 June 2020. In Mali, Operation Barkhane received 600 reinforcements after the \
         Pau summit; l'opération a reçu 600 renforts.",
    );
    assert_eq!(find(&f, "reinforcements", "600").category, Category::Troops);
    // Compatriots and countrymen stand for the noun of the figure before.
    let f = text_facts(
        "Published 3 June 2020. MINUSMA. In October 2014 nine Nigerien peacekeepers were \
         killed; in 2019 ten of their compatriots fell at Aguelhok.",
    );
    assert_eq!(
        find(&f, "compatriots", "ten").category,
        Category::PeacekeepersKilled
    );
    // The coffins of soldiers are their dead.
    let f = text_facts(
        "Published 3 June 2020. In Mali, the general saluted the coffins of 13 soldiers.",
    );
    assert_eq!(find(&f, "coffins", "13").category, Category::MilitaryKilled);
}

#[test]
fn a_strength_broken_down_after_a_colon() {
    let f = text_facts(
        "Publié le 5 février 2020. À la date du 1er février 2020, la Défense compte 74 militaires \
         au sein de la MINUSMA : cinq au quartier général, neuf spécialistes du renseignement et \
         60 au sein du bataillon. Force conjointe du G5 Sahel : 5 000 soldats, répartis en sept \
         bataillons.",
    );
    assert_eq!(find(&f, "spécialistes", "neuf").category, Category::Troops);
    assert_eq!(find(&f, "bataillons", "sept").category, Category::Other);
}

#[test]
fn wounded_told_again_in_a_later_sentence() {
    let f = text_facts(
        "DAKAR, Sept 18 2014 - Five Chadian soldiers serving with the UN mission in Mali died \
         and three others were wounded on Thursday.\n\n\"The three injured men were flown to Gao and \
         their lives are not in danger,\" a MINUSMA spokesman said.\n\nSeven French soldiers were \
         also wounded.",
    );
    assert_eq!(
        find(&f, "injured men", "three").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(find(&f, "French", "Seven").category, Category::Other);
}

#[test]
fn soldiers_in_their_own_words() {
    let f = text_facts(
        "Publié le 3 juin 2018. MINUSMA. Barkhane, c'est 4 500, et ça va monter avec les 600 gars \
         annoncés en février.",
    );
    assert_eq!(find(&f, "gars", "600").category, Category::Troops);
    let f = text_facts(
        "Published 3 June 2016. MINUSMA, Gao. We were about 450 Dutch in camp. In July two of \
         our lads were killed in a mortar accident.",
    );
    assert_ne!(find(&f, "lads", "two").category, Category::Other);
}

#[test]
fn a_verbless_country_and_figure_continues_the_sentence_before() {
    let f = text_facts(
        "Published 20 June 2023. MINUSMA. Germany had about 1,100 soldiers in Gao. Sweden some \
         220. Chad lost 60.",
    );
    let k = find(&f, "Sweden", "220");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Sweden"))
    );
}

#[test]
fn a_contributors_possessive_and_a_bare_figure() {
    let f = text_facts(
        "Published 20 June 2023. MINUSMA. Britain had already pulled its 300 out in December. \
         Germany has set a date for the departure of its 1,100.",
    );
    let k = find(&f, "Britain", "300");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("United Kingdom"))
    );
    assert_eq!(
        find(&f, "departure", "1,100").contingent.as_deref(),
        Some("Germany")
    );
}

#[test]
fn those_who_did_not_come_home() {
    let f = text_facts(
        "Publié le 12 mars 2024. MINUSMA. Le Sénégal a envoyé 13 000 militaires au Mali ; quinze \
         d'entre eux ne sont pas rentrés.",
    );
    assert_ne!(find(&f, "rentrés", "quinze").category, Category::Troops);
    assert_ne!(find(&f, "rentrés", "quinze").category, Category::Other);
}

#[test]
fn deaths_from_all_causes_combined() {
    let f = text_facts(
        "Publié le 3 juin 2022. MINUSMA. Depuis 2013, 177 Casques bleus ont été tués dans des \
         actes hostiles au Mali, et on dépasse les 270 décès toutes causes confondues.",
    );
    assert_eq!(
        find(&f, "confondues", "270").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn une_vingtaine_is_about_twenty_and_des_dizaines_stays_vague() {
    let f = text_facts(
        "Publié le 3 mars 2021. MINUSMA. Une vingtaine de Casques bleus ont été blessés à \
         Kerena. Des dizaines de soldats maliens sont morts cette année.",
    );
    let k = find(&f, "vingtaine", "Une vingtaine");
    assert_eq!(
        (k.value, k.qualifier, k.category),
        (20.0, Qualifier::About, Category::PeacekeepersWounded)
    );
    assert!(f
        .iter()
        .filter(|x| x.value_text.to_lowercase().contains("dizaines"))
        .all(|x| x.qualifier == Qualifier::Vague));
}

#[test]
fn a_noun_in_a_contributors_brackets_outranks_the_count_before() {
    // The civilians of the sentence before lend their category to bare bracketed counts only.
    let f = text_facts(
        "Published 10 July 2023. MINUSMA had 13,000 troops and police and about 1,800 \
         civilians. Its top contributors are Chad (about 1,400 soldiers), Bangladesh (1,350) \
         and Egypt (1,070).",
    );
    for (n, country) in [
        ("1,400", "Chad"),
        ("1,350", "Bangladesh"),
        ("1,070", "Egypt"),
    ] {
        let k = find(&f, "contributors", n);
        assert_eq!(
            (k.category, k.contingent.as_deref()),
            (Category::Troops, Some(country)),
            "{n}"
        );
    }
    let f = text_facts(
        "Publié le 10 juillet 2023. La MINUSMA comptait 13 000 militaires et policiers, ainsi \
         qu'environ 1 800 civils. Ses premiers contributeurs sont le Tchad (environ 1 400 \
         militaires), le Bangladesh (1 350) et l'Égypte (1 070).",
    );
    assert_eq!(
        find(&f, "contributeurs", "1 400").category,
        Category::Troops
    );
    assert_eq!(
        find(&f, "contributeurs", "1 070").category,
        Category::Troops
    );
}

#[test]
fn an_export_header_may_hold_digits_inside_its_names() {
    // "iso3", "deaths_2q": a digit inside a column's name is no figure of the header row.
    let f = text_facts(
        "Snapshot of 31 March 2022, MINUSMA.\n\nnation,iso3,troops,police,deaths_all\n\
         Niger,NER,860,140,21\nTogo,TGO,730,280,13\n",
    );
    let k = find(&f, "Niger,NER", "860");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Niger"))
    );
    assert_eq!(find(&f, "Togo,TGO", "280").category, Category::Police);
    assert_eq!(
        find(&f, "Togo,TGO", "13").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_missions_figure_in_a_text_written_after_it_closed_holds_at_its_close() {
    let f = text_facts(
        "Published 9 January 2025. Looking back at MINUSMA: the mission had some 1,800 civilian \
         staff, and more than 300 peacekeepers died there since 2013. Operation Barkhane \
         struggles with its 5,000 men.",
    );
    let k = find(&f, "civilian", "1,800");
    assert_eq!(
        (k.category, k.as_of_year(), k.date_basis),
        (Category::CivilianStaff, Some(2023), DateBasis::Period)
    );
    assert_eq!(find(&f, "died", "300").as_of_year(), Some(2023));
    // A military operation's figure keeps the only date the text gives, said to be its own.
    let b = find(&f, "struggles", "5,000");
    assert_eq!(
        (b.as_of_year(), b.date_basis),
        (Some(2025), DateBasis::Publication)
    );
}

#[test]
fn a_member_compound_before_a_police_unit_counts_police() {
    let f = text_facts(
        "Gao, 12 March 2021. MINUSMA. Bangladesh fields about 1,350 peacekeepers: a battalion, \
         the 140-member Formed Police Unit in Bamako, and a 120-man aviation unit.",
    );
    assert_eq!(find(&f, "Formed", "140").category, Category::Police);
    assert_eq!(find(&f, "aviation", "120").category, Category::Troops);
}

#[test]
fn the_whole_an_opening_partitive_names_is_a_strength_not_the_parts_casualty() {
    let f = text_facts(
        "Gao, 11 March 2021. MINUSMA. Of the 850 peacekeepers in the battalion, seven were \
         injured. Of those 303, 188 were killed in attacks. Parmi les 850 Casques bleus du \
         bataillon, sept ont été blessés.",
    );
    assert_eq!(
        find(&f, "battalion, seven", "850").category,
        Category::Troops
    );
    assert_eq!(
        find(&f, "battalion, seven", "seven").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(find(&f, "Parmi", "850").category, Category::Troops);
    // A bare whole restating the dead keeps their verb.
    assert_eq!(
        find(&f, "Of those", "303").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_speakers_voice_leaves_the_host_armys_own_dead_to_it() {
    let f = text_facts(
        "Bangladesh Army - Inter Services Public Relations\n\nGao, 11 March 2021. MINUSMA \
         medal parade. We serve beside the Malian Armed Forces, who have lost more than a \
         hundred soldiers this year. We have lost four soldiers ourselves.",
    );
    assert_eq!(
        find(&f, "beside", "a hundred").category,
        Category::MilitaryKilled
    );
    let ours = find(&f, "ourselves", "four");
    assert_eq!(
        (ours.category, ours.contingent.as_deref()),
        (Category::PeacekeepersKilled, Some("Bangladesh"))
    );
}

#[test]
fn a_figure_on_a_line_of_its_own_counts_what_the_paragraph_under_it_says() {
    let f = text_facts(
        "MINUSMA in numbers\n\nPublished 1 July 2023\n\n303\n\nPeacekeepers who have died in \
         Mali since the mission began in 2013.\n\n12,400\n\nSoldiers still deployed with the \
         mission.\n\n54. Displacement continued to rise.\n",
    );
    assert_eq!(
        find(&f, "Peacekeepers who", "303").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "Soldiers still", "12,400").category,
        Category::Troops
    );
    assert!(f
        .iter()
        .all(|x| x.value != 54.0 || x.category == Category::Other));
}

#[test]
fn page_numbers_between_paragraphs_are_no_captioned_figures() {
    let f = text_facts(
        "Report, published 1 July 2023\n\n12\n\nPeacekeepers patrolled the road.\n\n13\n\n\
         Soldiers of the mission escorted convoys.\n",
    );
    assert!(f.iter().all(|x| x.category == Category::Other));
}

#[test]
fn the_operation_after_a_military_operation_is_named_is_that_one() {
    let f = text_facts(
        "BAMAKO, 20 August 2022 - MINUSMA said its patrols would go on.\n\nThe last soldiers of \
         Operation Barkhane left Mali on Monday. At its 2020 peak the operation counted about \
         5,100 personnel across the Sahel.\n\nThe mission itself still counts 12,000 troops.",
    );
    assert_eq!(
        find(&f, "peak", "5,100").subject.as_deref(),
        Some("Operation Barkhane")
    );
    assert_eq!(
        find(&f, "itself", "12,000").subject.as_deref(),
        Some("MINUSMA")
    );
}

#[test]
fn an_intensifier_before_a_degree_leaves_the_part_bare() {
    let f = text_facts(
        "BAMAKO, 3 March 2021 - MINUSMA said on Monday that 25 peacekeepers were wounded, eight \
         so badly that helicopters flew them to Gao.",
    );
    assert_eq!(
        find(&f, "so badly", "eight").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn a_list_of_soldiers_and_two_word_police_items_is_uniformed() {
    let f = text_facts(
        "Gao, 3 March 2021. MINUSMA. Bangladesh fields about 1,350 soldiers, police officers \
         and airmen in Mali. Some 900 soldiers, staff officers and engineers serve in Gao.",
    );
    assert_eq!(
        find(&f, "fields", "1,350").category,
        Category::UniformedPersonnel
    );
    assert_eq!(find(&f, "engineers", "900").category, Category::Troops);
}

#[test]
fn a_mandate_that_allows_up_to_a_figure_sets_the_strengths_ceiling() {
    let f = text_facts(
        "BERLIN, 20 May 2022 - MINUSMA. Germany has about 1,100 soldiers in MINUSMA, under a \
         Bundestag mandate that allows up to 1,400.",
    );
    let k = find(&f, "allows", "1,400");
    assert_eq!(
        (k.category, k.contingent.as_deref()),
        (Category::Troops, Some("Germany"))
    );
}

#[test]
fn a_bare_figure_apposed_to_a_named_force_is_its_strength() {
    let f = text_facts(
        "PARIS, 3 March 2020 - MINUSMA. The French forces of Operation Serval, up to 4,500 at \
         their peak in early 2013, stayed under national command. L'opération Barkhane, quelque \
         5 100 au plus fort, a quitté le Mali.",
    );
    let k = find(&f, "peak", "4,500");
    assert_eq!(
        (k.category, k.subject.as_deref(), k.as_of_year()),
        (Category::Troops, Some("Operation Serval"), Some(2013))
    );
}

#[test]
fn members_of_the_force_in_a_un_report_are_peacekeepers() {
    let f = text_facts(
        "BAMAKO, 30 December 2016 (AFP) - MINUSMA published its report. In all, four members of \
         the Force were killed and 31 injured in hostile acts during the period.",
    );
    assert_eq!(
        find(&f, "members", "four").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "members", "31").category,
        Category::PeacekeepersWounded
    );
    let f = text_facts(
        "BAMAKO, 30 décembre 2016 (AFP) - La MINUSMA a publié son rapport. Au total, quatre \
         membres de la Force ont été tués et 31 blessés dans des actes hostiles.",
    );
    assert_eq!(
        find(&f, "membres", "quatre").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_fronted_strength_keeps_the_main_clauses_dead_apart() {
    let f = text_facts(
        "BAMAKO, 30 décembre 2016 (AFP) - La MINUSMA a publié son rapport. Forte d'environ \
         12 500 militaires et policiers, la Minusma avait perdu avant dimanche plus de 160 \
         Casques bleus.",
    );
    assert_eq!(
        find(&f, "Forte", "12 500").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "perdu", "160").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_strength_column_counts_each_forces_soldiers_and_the_next_cell_is_no_noun() {
    let f = text_facts(
        "Note d'analyse, juillet 2021\n\nTableau 1 — Forces présentes au Mali (juin 2021)\n\n  \
         Force / acteur                        Effectif     Nature\n  \
         ------------------------------------  -----------  --------------------\n  \
         MINUSMA - composante police           1 730        mission de l'ONU\n  \
         Opération Barkhane (tout le Sahel)    5 100        opération française\n",
    );
    let b = find(&f, "Barkhane", "5 100");
    assert_eq!(
        (b.category, b.subject.as_deref()),
        (Category::Troops, Some("Operation Barkhane"))
    );
    assert_eq!(
        find(&f, "composante police", "1 730").category,
        Category::Police
    );
}

#[test]
fn a_numero_is_a_reference_past_its_degree_sign() {
    let f = text_facts(
        "Rapport annuel 2022, Lomé. Le centre a préparé les unités de la MINUSMA et les a \
         déployées au cours de l'année.\n\n| Unité | Mission | Effectif | Mois |\n|---|---|---|---|\n\
         | Unité de police constituée n° 3 | MINUSMA (Mali) | 140 policiers | mai |\n",
    );
    assert!(f
        .iter()
        .all(|x| x.value != 3.0 || x.category == Category::Other));
    assert_eq!(find(&f, "constituée", "140").category, Category::Police);
}

#[test]
fn of_them_opening_a_sentence_is_a_part_of_the_dead_before() {
    let f = text_facts(
        "PARIS, 12 March 2023 (AFP) - More than 1,900 civilians were killed in Mali in 2022. \
         Nearly 700 of them died in operations involving the Malian armed forces. Around 900 of \
         them were women.",
    );
    assert_eq!(
        find(&f, "Nearly 700", "700").category,
        Category::CiviliansKilled
    );
    let f = text_facts(
        "PARIS, 12 mars 2023 (AFP) - Plus de 1 900 civils ont été tués au Mali en 2022. Près de \
         700 d'entre eux ont péri lors d'opérations de l'armée. Quatre blessés ont été évacués, \
         avant le décès de l'un d'entre eux.",
    );
    assert_eq!(
        find(&f, "Près de", "700").category,
        Category::CiviliansKilled
    );
    assert_ne!(
        find(&f, "décès de", "l'un").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn an_article_after_a_bare_figure_opens_another_phrase() {
    let f = text_facts(
        "PARIS, 12 mars 2023 (AFP) - Selon ACLED, plus de 1 900 civils ont été tués au Mali en \
         2022, contre 880 l'année précédente.",
    );
    assert_eq!(
        find(&f, "contre", "880").category,
        Category::CiviliansKilled
    );
}

#[test]
fn the_year_before_counts_back_from_the_year_named_before_it() {
    let f = text_facts(
        "PARIS, 12 March 2024 (AFP) - More than 1,900 civilians were killed in Mali in 2022, \
         against 880 the year before. Plus de 1 900 civils ont été tués au Mali en 2022, contre \
         880 l'année précédente.",
    );
    assert_eq!(find(&f, "against", "880").as_of_year(), Some(2021));
    assert_eq!(find(&f, "contre", "880").as_of_year(), Some(2021));
}

#[test]
fn an_element_or_a_team_of_a_figure_is_a_strength() {
    let f = text_facts(
        "LONDON, 3 March 2022 - MINUSMA. The British contingent comprises some 250 \
         reconnaissance soldiers and a national support element of about 50. A medical team of \
         70 serves in Gao.",
    );
    assert_eq!(find(&f, "element", "50").category, Category::Troops);
    assert_eq!(find(&f, "medical team", "70").category, Category::Troops);
}

#[test]
fn or_so_after_a_figure_is_about_and_the_noun_follows() {
    let f = text_facts(
        "BERLIN, 15 December 2023 - MINUSMA. The last 300 or so soldiers of the German contingent \
         flew out of Gao on Tuesday.",
    );
    let k = find(&f, "or so", "300");
    assert_eq!(
        (k.category, k.qualifier),
        (Category::Troops, Qualifier::About)
    );
}

#[test]
fn these_nine_soldiers_after_nine_dead_are_the_dead_again() {
    let f = text_facts(
        "BAMAKO, 3 October 2014 - MINUSMA. Nine peacekeepers lost their lives in the ambush. \
         \"These nine soldiers came to Mali to help its people find peace,\" the head of the \
         mission said.",
    );
    assert_eq!(
        find(&f, "These nine", "nine").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_pronoun_and_a_copula_before_a_range_give_the_groups_strength() {
    let f = text_facts(
        "PARIS, 12 mars 2023 (AFP) - La MINUSMA se retire. Le vide a été comblé par des \
         paramilitaires russes dont les effectifs restent l'objet de spéculations : selon nos \
         sources, ils seraient entre 1 000 et 1 500.",
    );
    for n in ["1 000", "1 500"] {
        let k = find(&f, "seraient", n);
        assert_eq!(
            (k.category, k.subject.as_deref()),
            (Category::Troops, Some("Wagner Group")),
            "{n}"
        );
    }
}

#[test]
fn parts_of_a_strength_placed_by_a_copula_are_that_strength() {
    let f = text_facts(
        "TESSALIT, 3 March 2022 - MINUSMA. The Chadian battalion has 1,400 soldiers. About 600 \
         are in Aguelhok, a little under 500 in Tessalit, and the rest in Kidal.",
    );
    assert_eq!(find(&f, "Aguelhok", "600").category, Category::Troops);
    let k = find(&f, "Tessalit", "500");
    assert_eq!(
        (k.category, k.qualifier),
        (Category::Troops, Qualifier::Nearly)
    );
}

#[test]
fn a_verb_of_lives_before_the_number_governs_the_lives_after_it() {
    let f = text_facts(
        "BAMAKO, 12 June 2019 - MINUSMA said its patrols continued. Operation Serval cost nine \
         French lives. The ambush claimed 12 lives on the road to Boni.",
    );
    let k = find(&f, "Serval cost", "nine");
    assert_eq!(
        (k.category, k.subject.as_deref()),
        (Category::MilitaryKilled, Some("Operation Serval"))
    );
    assert_ne!(find(&f, "claimed", "12").category, Category::Other);
}

#[test]
fn never_came_back_is_a_death() {
    let f = text_facts(
        "LOMÉ, 3 March 2021 - MINUSMA. Some 900 Togolese peacekeepers left for Mali that year. \
         Seven of them never came back.",
    );
    assert_eq!(
        find(&f, "never came back", "Seven").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_missions_possessive_owns_no_figure_past_its_own_phrase() {
    let f = text_facts(
        "BAMAKO, 21 January 2019 (Reuters) - MINUSMA said ten peacekeepers died. Chad, one of \
         the mission's biggest contributors with roughly 1,400 soldiers on the ground, had lost \
         51 of its personnel. The Mission's 12,000 troops stayed.",
    );
    assert_eq!(
        find(&f, "contributors with", "1,400").contingent.as_deref(),
        Some("Chad")
    );
    assert_eq!(find(&f, "Mission's", "12,000").contingent, None);
}

#[test]
fn wounded_named_again_without_the_deads_nationality_are_no_contingents() {
    let f = text_facts(
        "BAMAKO, 18 March 2016 - MINUSMA. Six Guinean peacekeepers were killed and 30 \
         peacekeepers were injured. Ten Chadian peacekeepers died and 25 others were wounded.",
    );
    let k = find(&f, "30", "30");
    assert_eq!(
        (k.category, k.contingent.as_deref(), k.subject.as_deref()),
        (Category::PeacekeepersWounded, None, Some("MINUSMA"))
    );
    // ("25 others" is left to the rules for elided nouns.)
    assert_eq!(
        find(&f, "25 others", "25").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn mourning_soldiers_counts_the_dead() {
    let f = text_facts(
        "DAKAR, 22 février 2023 (APA) - La MINUSMA a confirmé l'attaque. Le Sénégal pleure trois \
         Casques bleus. Le deuil national a été décrété.",
    );
    assert_eq!(
        find(&f, "pleure", "trois").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_bare_part_after_an_opening_partitive_of_a_strength_is_that_strength() {
    let f = text_facts(
        "BERLIN, 15 December 2023 - MINUSMA. Of the nearly 13,000 uniformed personnel MINUSMA had \
         in June, fewer than 2,000 remained in the country this week. Of the roughly 13 000 \
         personnel in uniform it counted, about 6 000 have already left. Of the 13,000 \
         peacekeepers, about 1,700 are police.",
    );
    assert_eq!(
        find(&f, "remained", "2,000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "in uniform", "13 000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "already left", "6 000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(find(&f, "are police", "1,700").category, Category::Police);
}

#[test]
fn a_strong_compound_before_military_and_police_adjectives_is_uniformed() {
    let f = text_facts(
        "COLOMBO, 26 January 2019 - More than 180 peacekeepers have died in Mali since the \
         14,000-strong UN military and police mission deployed in 2013. The 650-strong Chadian \
         battalion left.",
    );
    assert_eq!(
        find(&f, "military and police", "14,000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(find(&f, "battalion", "650").category, Category::Troops);
}

#[test]
fn uniformed_alone_is_uniformed_personnel() {
    let f = text_facts(
        "BAMAKO, 3 November 2023 - MINUSMA had 11,600 troops and 1,500 police in June. By my \
         count 7,000 uniformed have already left Mali.",
    );
    assert_eq!(
        find(&f, "uniformed have", "7,000").category,
        Category::UniformedPersonnel
    );
}

#[test]
fn a_date_a_superlative_compares_with_does_not_date_the_figure() {
    let f = text_facts(
        "BAMAKO, 12 March 2021 - Gunmen attacked a UN base in Kidal on Sunday, killing seven \
         peacekeepers from Togo in the bloodiest assault on the mission since it deployed in \
         2013. MINUSMA has lost 250 peacekeepers since it deployed in 2013.",
    );
    assert_eq!(find(&f, "seven", "seven").as_of_year(), Some(2021));
    assert_eq!(find(&f, "250", "250").as_of_year(), Some(2021));
    assert_eq!(find(&f, "250", "250").date_basis, DateBasis::Period);
    let f = text_facts(
        "Bamako, le 9 mai 2022. L'attaque de dimanche a tué cinq Casques bleus tchadiens, le \
         bilan le plus lourd depuis 2019.",
    );
    assert_eq!(find(&f, "cinq", "cinq").as_of_year(), Some(2022));
}

#[test]
fn a_bare_figure_after_a_force_or_before_a_verb_continues_the_figure_before() {
    let f = text_facts(
        "Published 10 March 2022. The UK contributes around 300 personnel to MINUSMA. Of \
         these, roughly 250 form the reconnaissance group, and some 50 make up the national \
         support element. At the end of March Barkhane still had some 2,400 soldiers in the \
         country and Takuba around 800.",
    );
    assert_eq!(find(&f, "some 50", "50").category, Category::Troops);
    let takuba = find(&f, "around 800", "800");
    assert_eq!(takuba.category, Category::Troops);
    assert_eq!(takuba.subject.as_deref(), Some("Task Force Takuba"));
}

#[test]
fn a_verb_right_after_a_bare_figure_ends_its_noun_phrase() {
    let f = text_facts(
        "Published 2 June 2020. The police component comprised 1,718 officers, of whom 1,341 \
         served in formed police units. In mid-2017 the military component stood at 10,957, of \
         whom 1,412 were Chadian and 1,717 came from Burkina Faso.",
    );
    assert_eq!(find(&f, "1,341", "1,341").category, Category::Police);
    assert_eq!(find(&f, "1,717", "1,717").category, Category::Troops);
}

#[test]
fn french_verbs_of_living_and_engages_end_a_bare_figure_phrase() {
    let f = text_facts(
        "Publié le 12 mai 2020\n\nPlus de 160 000 Maliens vivent par ailleurs comme réfugiés \
         dans les pays voisins. Barkhane compte encore environ 2 400 militaires dans le pays, \
         et 4 600 engagés au Sahel.",
    );
    assert_eq!(find(&f, "160 000", "160 000").category, Category::Displaced);
    assert_eq!(find(&f, "4 600", "4 600").category, Category::Troops);
}

#[test]
fn a_charts_bars_laid_out_along_one_line_read_as_rows() {
    let f = text_facts(
        "MINUSMA in charts\n\nPublished 5 May 2023.\n\nCHART 3 (horizontal bars): Top five \
         MINUSMA troop contributors, April 2023\nChad 1 449 | Bangladesh 1 389 | Egypt 1 197 | \
         Germany 1 083\n",
    );
    let egypt = find(&f, "1 197", "1 197");
    assert_eq!(egypt.category, Category::Troops);
    assert_eq!(egypt.contingent.as_deref(), Some("Egypt"));
    assert_eq!(egypt.date.as_deref(), Some("2023-04"));
    assert_eq!(
        find(&f, "1 083", "1 083").contingent.as_deref(),
        Some("Germany")
    );
}

#[test]
fn two_kinds_of_personnel_joined_by_and_pair_with_figures_respectively() {
    let f = text_facts(
        "Published 31 August 2016. Resolution 2295 raised the MINUSMA troop and police \
         ceilings to 13,289 and 1,920 respectively. The Council set ceilings of 13 289 and 1 920 \
         respectively for military and police personnel. Our closest partners in Gao are the \
         German and Swedish contingents, which number approximately 1,100 and 220 \
         respectively. The mission deploys 10,500 troops and 1,200 police against ceilings of \
         13,289 and 1,920.",
    );
    assert_eq!(find(&f, "13,289 and", "13,289").category, Category::Troops);
    assert_eq!(find(&f, "1,920 resp", "1,920").category, Category::Police);
    assert_eq!(find(&f, "1 920", "1 920").category, Category::Police);
    let sweden = find(&f, "220", "220");
    assert_eq!(sweden.category, Category::Troops);
    assert_eq!(sweden.contingent.as_deref(), Some("Sweden"));
    assert_eq!(find(&f, "1,200", "1,200").category, Category::Police);
    assert_eq!(find(&f, "1,920.", "1,920").category, Category::Police);
}

#[test]
fn a_year_cut_to_two_figures_dates_and_counts_no_one() {
    let f = text_facts(
        "Lecture notes, 5 March 2024\n\n- MINUSMA reality: Dec '14 only ~9k tps deployed\n- \
         Wagner in Mali (from Dec '21): est. 1,000 fighters\n",
    );
    let deployed = find(&f, "~9k", "9k");
    assert_eq!(deployed.category, Category::Troops);
    assert_eq!(deployed.date.as_deref(), Some("2014-12"));
    assert!(f.iter().all(|x| x.value != 21.0 && x.value != 14.0));
}

#[test]
fn a_peace_operation_a_toll_sentence_is_about_owns_its_dead() {
    let f = text_facts(
        "Publié le 31 mai 2023\n\nDepuis le lancement de l'opération Serval, 58 militaires \
         français sont morts au Sahel.\n\nPour la MINUSMA, le bilan arrêté au 30 avril 2023 \
         s'établit à 303 morts, dont 174 du fait d'actes hostiles, et à plus de 680 blessés.\n",
    );
    assert_eq!(find(&f, "58", "58").category, Category::MilitaryKilled);
    assert_eq!(
        find(&f, "303", "303").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "174", "174").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "680", "680").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn french_en_before_any_verb_counts_what_the_last_figure_counted() {
    let f = text_facts(
        "Publié le 2 avril 2021\n\nAu camp de Mbera vivent environ 63 000 réfugiés maliens. \
         Le Niger en accueille plus de 60 000. Le pays compte 372 266 personnes déplacées. La \
         région de Mopti en concentre près de 135 000. Entre 2013 et 2020, 231 personnels de la \
         MINUSMA ont perdu la vie. Les contingents africains en supportent l'essentiel : le \
         Tchad en déplore 56. Pour tenir le Nord il en faudrait 40 000.",
    );
    assert_eq!(find(&f, "60 000", "60 000").category, Category::Displaced);
    assert_eq!(find(&f, "135 000", "135 000").category, Category::Displaced);
    assert_eq!(find(&f, "56", "56").category, Category::PeacekeepersKilled);
    assert!(f
        .iter()
        .all(|x| x.value != 40000.0 || x.category == Category::Other));
}

#[test]
fn a_nationality_of_two_words_is_one_noun() {
    let f = text_facts(
        "Published 10 March 2021. The attack near Douentza killed two Sri Lankans and wounded \
         three others.",
    );
    let dead = find(&f, "two", "two");
    assert_eq!(dead.category, Category::PeacekeepersKilled);
    assert_eq!(dead.contingent.as_deref(), Some("Sri Lanka"));
    let f = text_facts(
        "Publié le 3 mars 2021\n\nDeux Casques bleus sri-lankais ont péri. Trois autres \
         Sri-Lankais ont été grièvement blessés.\n",
    );
    let hurt = find(&f, "Trois", "Trois");
    assert_eq!(hurt.category, Category::PeacekeepersWounded);
    assert_eq!(hurt.contingent.as_deref(), Some("Sri Lanka"));
}

#[test]
fn a_contributors_people_counted_outside_a_casualty_are_its_contingent() {
    let f = text_facts(
        "Published 14 September 2021. I served with MINUSMA in Timbuktu. On my first tour the \
         camp held about 250 Swedes. Two Swedes were wounded in a rocket attack.",
    );
    let swedes = find(&f, "250", "250");
    assert_eq!(swedes.category, Category::Troops);
    assert_eq!(swedes.contingent.as_deref(), Some("Sweden"));
    assert_eq!(
        find(&f, "Two", "Two").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn speakers_counting_themselves_are_soldiers() {
    let f = text_facts(
        "Publié le 3 mars 2019\n\nNous étions 850 hommes, presque tous des fantassins. À Ber, \
         nous tenions le poste avec cent vingt hommes.\n",
    );
    assert_eq!(find(&f, "850", "850").category, Category::Troops);
    assert_eq!(
        find(&f, "cent vingt", "cent vingt").category,
        Category::Troops
    );
    let f = text_facts("Published 3 March 2019. We were 850 men, almost all infantry.");
    assert_eq!(find(&f, "850", "850").category, Category::Troops);
}

#[test]
fn a_row_labelled_by_an_army_or_operation_alone_gives_a_strength() {
    let f = text_facts(
        "Briefing slides, 12 March 2018\n\nOther forces in theatre\n• Operation Barkhane \
         (France): ~4,500 across the Sahel, ~2,700 of them in Mali\n• EUTM Mali: ~580 trainers\n",
    );
    let barkhane = find(&f, "~4,500", "4,500");
    assert_eq!(barkhane.category, Category::Troops);
    assert_eq!(barkhane.subject.as_deref(), Some("Operation Barkhane"));
}

#[test]
fn circa_written_c_is_a_qualifier_and_ends_no_sentence() {
    let f = text_facts(
        "Published 12 March 2022. Task Force Takuba had c. 800 special forces in Mali, against \
         ca. 5,100 troops for Operation Barkhane.",
    );
    let takuba = find(&f, "c. 800", "800");
    assert_eq!(takuba.category, Category::Troops);
    assert_eq!(takuba.qualifier, Qualifier::About);
    assert_eq!(find(&f, "5,100", "5,100").qualifier, Qualifier::About);
}

#[test]
fn the_operation_in_a_paragraph_after_one_about_it_is_that_operation() {
    let f = text_facts(
        "Operation Barkhane\n\nOperation Barkhane was a French-led operation in the Sahel, \
         launched on 1 August 2014.\n\nThe operation began with about 3,000 troops.\n",
    );
    assert_eq!(
        find(&f, "3,000", "3,000").subject.as_deref(),
        Some("Operation Barkhane")
    );
}

#[test]
fn one_french_rank_or_guard_counts_and_a_contributors_soldier_is_a_peacekeeper() {
    let f = text_facts(
        "Publié le 3 mars 2022\n\nLa MINUSMA a rendu hommage au bataillon burkinabè. Le 14 \
         avril 2018, à Tombouctou, un caporal burkinabè a perdu la vie et cinq de ses camarades \
         ont été blessés. Un gardien civil du camp avait également péri.\n",
    );
    let corporal = find(&f, "caporal", "un");
    assert_eq!(corporal.category, Category::PeacekeepersKilled);
    assert_eq!(
        find(&f, "cinq", "cinq").category,
        Category::PeacekeepersWounded
    );
    assert_eq!(
        find(&f, "gardien", "Un").category,
        Category::CiviliansKilled
    );
}

#[test]
fn the_speakers_counted_as_of_us_are_soldiers_outside_a_casualty() {
    let f = text_facts(
        "Published 3 March 2019. We landed in Bamako in January 2016 to join MINUSMA, one \
         hundred and forty-four of us packed into a chartered aircraft. Two of us were wounded \
         in Gao.",
    );
    assert_eq!(
        find(&f, "packed", "one hundred and forty-four").category,
        Category::Troops
    );
    assert_ne!(find(&f, "Two of us", "Two").category, Category::Troops);
}

#[test]
fn french_participles_of_deployment_make_ranks_and_men_a_strength() {
    let f = text_facts(
        "Publié le 3 mars 2021\n\nLa Chine a envoyé plus de 2 400 officiers et soldats au Mali \
         depuis 2013. Le Danemark avait projeté une centaine d'hommes en janvier. Elle y affecte \
         23 officiers et sous-officiers.\n",
    );
    assert_eq!(find(&f, "2 400", "2 400").category, Category::Troops);
    assert_eq!(
        find(&f, "centaine", "une centaine").category,
        Category::Troops
    );
    assert_eq!(find(&f, "23", "23").category, Category::Troops);
}

#[test]
fn women_counted_with_a_forces_strength_or_unit_are_its_personnel() {
    let f = text_facts(
        "Published 3 March 2021. The 850 Nigerien peacekeepers include 46 women. The Ghanaian \
         contingent, which includes 31 women, is made up of engineers. Twelve women and \
         children were killed in the attack on the village.",
    );
    assert_eq!(find(&f, "46", "46").category, Category::Troops);
    assert_eq!(find(&f, "31", "31").category, Category::Troops);
    let f = text_facts(
        "Publié le 29 mai 2020\n\nLa proportion est plus élevée dans la police : 234 femmes sur \
         un effectif de 1 726 policiers.\n",
    );
    assert_eq!(find(&f, "234", "234").category, Category::Police);
}

#[test]
fn the_mission_named_before_a_possessive_toll_owns_it() {
    let f = text_facts(
        "Published 29 May 2020. A Malian army convoy lost seven men on the Ansongo road. The \
         older hands tell me the mission has buried more than two hundred of its own since it \
         began.",
    );
    assert_eq!(
        find(&f, "seven", "seven").category,
        Category::MilitaryKilled
    );
    assert_eq!(
        find(&f, "two hundred", "two hundred").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn civilians_counted_with_a_peace_operation_and_no_casualty_are_its_staff() {
    let f = text_facts(
        "Publié le 3 mars 2022\n\nLa MINUSMA compte 12 000 militaires et 1 700 policiers. Il \
         faut y ajouter quelque 1 800 civils. La mission emploie également près de 1 800 civils. \
         Après le massacre, environ 1 000 habitants ont fui vers Djenné.\n",
    );
    assert_eq!(
        find(&f, "ajouter", "1 800").category,
        Category::CivilianStaff
    );
    assert_eq!(
        find(&f, "emploie", "1 800").category,
        Category::CivilianStaff
    );
    assert_eq!(find(&f, "ont fui", "1 000").category, Category::Displaced);
    // (English "massacre" stays out of the casualty words: "two officers who played a major
    // role in the massacre" are no toll.)
    let f = text_facts(
        "Published 7 November 2023. MINUSMA's report led to sanctions on two high-ranking \
         Malian officers who played a major role in the massacre.",
    );
    assert!(f.iter().all(|x| x.category == Category::Other));
}

#[test]
fn people_an_army_or_operation_has_are_its_troops() {
    let f = text_facts(
        "Published 3 March 2022. Barkhane had about 4,500 people across the whole Sahel in \
         2018. The mission is still big: about 12,000 troops plus 1,700 police according to the \
         UN fact sheet.",
    );
    assert_eq!(find(&f, "4,500", "4,500").category, Category::Troops);
    assert_eq!(find(&f, "1,700", "1,700").category, Category::Police);
}

#[test]
fn all_ranks_counts_soldiers_but_its_ranks_does_not() {
    let f = text_facts(
        "Published 14 November 2023. BANBAT-10 of MINUSMA had deployed to Gao in December 2022 \
         with 850 all ranks. At least 310 personnel have died in the mission's ranks since \
         2013.",
    );
    assert_eq!(find(&f, "850", "850").category, Category::Troops);
    assert_eq!(
        find(&f, "310", "310").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn officers_of_police_units_named_a_few_words_before_are_police() {
    let f = text_facts(
        "Published 3 March 2022. MINUSMA grew in 2015. The Bangladesh Police added two formed \
         police units in 2015, each of about 140 officers.",
    );
    assert_eq!(find(&f, "140", "140").category, Category::Police);
}

#[test]
fn a_verb_of_lives_a_few_words_before_governs_the_lives_after_the_figure() {
    let f = text_facts(
        "Published 11 September 2025. The book follows the blue helmets of MINUSMA. Mali cost \
         the United Nations three hundred and eleven lives, more than any peacekeeping \
         deployment of its era.",
    );
    assert_eq!(
        find(&f, "eleven", "three hundred and eleven").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_bare_figure_compared_with_a_toll_counts_the_same() {
    let f = text_facts(
        "Published 3 March 2023. 2022 was the deadliest year for civilians: 1,849 were killed, \
         more than double the 786 recorded in 2021.",
    );
    assert_eq!(find(&f, "786", "786").category, Category::CiviliansKilled);
}

#[test]
fn one_of_a_number_named_before_a_casualty_counts_one() {
    let f = text_facts(
        "Published 19 July 2019. MINUSMA said four peacekeepers were wounded near Tarkint. One of \
         the four, a Chadian soldier, died of his injuries.",
    );
    let one = find(&f, "One of the four", "One");
    assert_eq!(one.category, Category::PeacekeepersKilled);
    assert_eq!(one.value, 1.0);
}

#[test]
fn a_range_glued_by_a_dash_gives_both_ends_but_days_and_codes_none() {
    let f = text_facts(
        "Published 12 September 2023. Wagner has 1,000-1,500 personnel in Mali. Takuba had \
         800–900 soldiers. The killings at Moura lasted from 27–31 March 2022. The form is \
         10-1-2.",
    );
    assert_eq!(find(&f, "Wagner", "1,000").category, Category::Troops);
    assert_eq!(find(&f, "Wagner", "1,500").category, Category::Troops);
    assert_eq!(find(&f, "Takuba", "800").category, Category::Troops);
    assert!(f.iter().all(|x| x.value != 27.0 && x.value != 10.0));
}

#[test]
fn a_part_of_a_names_possessive_figure_counts_what_it_counts() {
    let f = text_facts(
        "Published 3 March 2020. At the end of 2019, fewer than 2,000 of MINUSMA's roughly \
         13,000 troops were based in the centre.",
    );
    assert_eq!(find(&f, "2,000", "2,000").category, Category::Troops);
}

#[test]
fn a_country_followed_closely_at_a_figure_owns_it() {
    let f = text_facts(
        "Published 3 March 2023. Among MINUSMA contributors, Chad leads with about 1 430 troops, \
         followed closely by Bangladesh at roughly 1 400. Italy supplied some 200.",
    );
    let bangladesh = find(&f, "Bangladesh", "1 400");
    assert_eq!(bangladesh.category, Category::Troops);
    assert_eq!(bangladesh.contingent.as_deref(), Some("Bangladesh"));
}

#[test]
fn a_countrys_bare_row_under_a_counted_row_counts_the_same() {
    let f = text_facts(
        "MINUSMA explained, 3 March 2021\n\nIn later years the largest contributors were:\n  • \
         Chad – about 1,400 troops\n  • Bangladesh – about 1,300\n  • Egypt – about 1,100\n",
    );
    let egypt = find(&f, "Egypt", "1,100");
    assert_eq!(egypt.category, Category::Troops);
    assert_eq!(egypt.contingent.as_deref(), Some("Egypt"));
}

#[test]
fn a_force_that_reached_a_bare_figure_has_that_strength() {
    let f = text_facts("Published 3 March 2021. MINUSMA had reached 12,000 by 2016.");
    assert_eq!(find(&f, "12,000", "12,000").category, Category::Troops);
}

#[test]
fn money_and_a_strength_joined_by_and_stay_two_figures() {
    let f = text_facts(
        "Published 3 March 2023. The mission has a budget of USD 1.2 billion and 12,000 troops. \
         The EUTM operation cost EUR 52 million in 2022.",
    );
    assert_eq!(find(&f, "12,000", "12,000").category, Category::Troops);
    assert_eq!(find(&f, "12,000", "12,000").value, 12000.0);
    assert!(f
        .iter()
        .filter(|x| x.value >= 1.0e6)
        .all(|x| x.category == Category::Other));
}

#[test]
fn a_number_in_words_after_a_day_or_month_is_a_count() {
    let f = text_facts(
        "Published 3 July 2022. Ten MINUSMA peacekeepers died this year, and in June eight were \
         hurt when a mine went off. The toll since 01 JAN 21 is 28 KIA.",
    );
    assert_eq!(
        find(&f, "June", "eight").category,
        Category::PeacekeepersWounded
    );
    assert!(f
        .iter()
        .all(|x| x.value != 21.0 || x.category == Category::Other));
}

#[test]
fn sacrificed_in_a_translated_dispatch_is_a_death() {
    let f = text_facts(
        "Published 1 June 2016. MINUSMA was attacked in Gao. In the attack one peacekeeper was \
         sacrificed.",
    );
    assert_eq!(
        find(&f, "sacrificed", "one").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn the_mission_by_its_common_noun_owns_a_toll_after_an_armys_losses() {
    let f = text_facts(
        "Published 2 January 2024\n\nTwo Malian soldiers died when the headquarters was \
         bombed.\n\n2020 was a quieter year for the mission, with 8 deaths.\n",
    );
    assert_eq!(
        find(&f, "8 deaths", "8").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_unit_as_the_subject_past_a_relative_aside_has_the_strength() {
    let f = text_facts(
        "Published 3 March 2021. The UK's task group serves with MINUSMA. The third rotation, \
         which is in Gao now, numbers 284.",
    );
    assert_eq!(find(&f, "284", "284").category, Category::Troops);
}

#[test]
fn an_abbreviated_french_september_inside_a_sentence_counts_no_one() {
    let f = text_facts(
        "Publié le 3 mars 2022. Le contingent tchadien de la MINUSMA, arrivé en sept. dernier, \
         compte 1 400 soldats. Ils étaient sept. Les autres sont rentrés.",
    );
    assert!(f
        .iter()
        .all(|x| x.value != 7.0 || x.quote.contains("étaient")));
    assert_eq!(find(&f, "compte", "1 400").category, Category::Troops);
}

#[test]
fn soldiers_and_police_named_together_after_the_noun_are_uniformed_personnel() {
    let f = text_facts(
        "Published 3 March 2021. Nearly 13,000 uniformed members of MINUSMA serve in Mali. \
         Its 13,000 blue helmets, soldiers and police alike, are leaving. MINUSMA's 12,000 or \
         so troops and police remain.",
    );
    assert_eq!(
        find(&f, "or so", "12,000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "uniformed members", "13,000").category,
        Category::UniformedPersonnel
    );
    assert_eq!(
        find(&f, "alike", "13,000").category,
        Category::UniformedPersonnel
    );
    let f = text_facts(
        "Publié le 3 mars 2021. Au total, 15 000 personnels militaires et de police servent au \
         sein de la MINUSMA. Sur les 14 000 casques bleus (militaires et policiers) de la \
         MINUSMA, 2 000 sont partis. La composante en uniforme compte 12 500 personnes.",
    );
    for (needle, n) in [
        ("Au total", "15 000"),
        ("Sur les", "14 000"),
        ("composante", "12 500"),
    ] {
        assert_eq!(
            find(&f, needle, n).category,
            Category::UniformedPersonnel,
            "{n}"
        );
    }
    // A bracket gloss names the kind of a strength; it makes no strength of another count.
    let f = text_facts(
        "Published 3 March 2021. MINUSMA reviewed 146 interviews (with military and police \
         officers).",
    );
    assert!(f.iter().all(|x| x.category != Category::UniformedPersonnel));
}

#[test]
fn a_contributors_soldiers_and_police_in_other_operations_are_worldwide() {
    let f = text_facts(
        "Publié le 3 mars 2021. Le Sénégal a envoyé son premier contingent à la MINUSMA en \
         2013. Aujourd'hui, plus de 2 100 de ses soldats et policiers servent dans d'autres \
         opérations des Nations unies.",
    );
    let x = find(&f, "autres", "2 100");
    assert_eq!(x.category, Category::UniformedPersonnel);
    assert_eq!(x.subject.as_deref(), Some("UN peacekeeping (all missions)"));
}

#[test]
fn a_padded_pipe_table_is_read_with_its_column_dates() {
    // Aligned columns make the rows longer than prose rows; a word column with its own
    // period ("Vacancy rate (Dec. 2020)") leaves the dated columns their dates.
    let f = text_facts(
        "Published 12 April 2021\n\nTable 1. MINUSMA personnel\n\n\
         | Category              | Authorized   | Deployed at 30 June 2020   | Deployed at 31 December 2020   | Vacancy rate (Dec. 2020)   |\n\
         |-----------------------|--------------|----------------------------|--------------------------------|----------------------------|\n\
         | Military              | 13,289       | 12,274                     | 12,157                         | 8.5 %                      |\n\
         | Police                | 1,920        | 1,722                      | 1,703                          | 11.3 %                     |\n",
    );
    let dec = find(&f, "| Military", "12,157");
    assert_eq!(dec.category, Category::Troops);
    assert_eq!(dec.date.as_deref(), Some("2020-12-31"));
    let june = find(&f, "| Police", "1,722");
    assert_eq!(june.category, Category::Police);
    assert_eq!(june.date.as_deref(), Some("2020-06-30"));
}

#[test]
fn at_the_same_date_skips_a_budgets_fiscal_year() {
    let f = text_facts(
        "Rapport publié le 12 avril 2021.\n\nAu 31 décembre 2020, la MINUSMA comptait 12 157 \
         militaires. Le budget approuvé pour l'exercice 2020/21 s'élevait à 1,18 milliard de \
         dollars.\n\nÀ la même date, le Tchad comptait 1 452 militaires au sein de la mission.",
    );
    let chad = find(&f, "même date", "1 452");
    assert_eq!(chad.date.as_deref(), Some("2020-12-31"));
}

#[test]
fn men_in_an_item_of_a_list_of_contributing_countries_are_troops() {
    let f = text_facts(
        "Publié le 19 janvier 2013. La Conférence prend acte des contributions annoncées par les \
         États membres, à savoir : Nigeria, 1 200 hommes ; Burkina Faso, Niger et Sénégal, 500 \
         hommes chacun ; Togo, 540 ; Bénin, 300.",
    );
    let nigeria = find(&f, "Nigeria", "1 200");
    assert_eq!(nigeria.category, Category::Troops);
    assert_eq!(nigeria.contingent.as_deref(), Some("Nigeria"));
    assert_eq!(find(&f, "Bénin", "300").category, Category::Troops);
    let f = text_facts(
        "Published 19 January 2013. The summit noted the pledges of member states: Nigeria, 1,200 \
         men; Togo, 540. In Niger, 300 men were arrested.",
    );
    assert_eq!(find(&f, "Nigeria", "1,200").category, Category::Troops);
    assert_eq!(find(&f, "arrested", "300").category, Category::Other);
}

#[test]
fn a_logs_timed_lines_are_prose_and_a_breakdown_ends_on_one() {
    // Three timed lines or more had made a table whose label was the clock time.
    let f = text_facts(
        "Le Fil Info — notifications\n\nMER. 6 NOV. 2019\n20:14  Burkina Faso : 37 employés d'une \
         mine tués près de Boungou\n16:05  Minusma : un Casque bleu tchadien tué par une mine\n\
         11:18  ONU : plus de 3 800 Casques bleus morts depuis 1948\n\nSAM. 2 NOV. 2019\n17:30  \
         Un militaire français de Barkhane tué par un engin explosif près de Ménaka\n09:12  \
         Indelimane : 53 soldats maliens tués\n",
    );
    assert_eq!(
        find(&f, "Barkhane tué", "Un").category,
        Category::MilitaryKilled
    );
    let f = text_facts(
        "Publié le 27 novembre 2019. Les 13 militaires de Barkhane tués : six officiers, six \
         sous-officiers et un caporal-chef.",
    );
    assert_eq!(find(&f, "caporal", "un").category, Category::MilitaryKilled);
}

#[test]
fn a_feeds_items_are_dated_by_their_own_dates() {
    let feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Mali desk</title>\n\
        <lastBuildDate>Thu, 10 Nov 2022 07:30:00 GMT</lastBuildDate>\n<item>\n<title>Displacement \
        passes 440,000</title>\n<pubDate>Thu, 10 Nov 2022 07:12:00 GMT</pubDate>\n<description>The \
        number of internally displaced people in Mali has reached 442,620, the working group \
        said.</description>\n</item>\n\
        <item>\n<title>Council renews MINUSMA</title>\n<pubDate>Tue, 29 Jun 2021 21:20:00 GMT\
        </pubDate>\n<description>The Security Council renewed the UN mission in Mali, authorising \
        up to 13,289 military personnel.</description>\n</item>\n</channel></rss>\n";
    let doc =
        crate::ingest::ingest_file("feed", "feed.txt", feed.as_bytes(), None).expect("ingests");
    let f = crate::facts::extract(&doc);
    assert_eq!(
        find(&f, "authorising", "13,289").date.as_deref(),
        Some("2021-06-29")
    );
    assert_eq!(
        find(&f, "reached", "442,620").date.as_deref(),
        Some("2022-11-10")
    );
}

#[test]
fn a_force_after_a_semicolon_heads_its_own_clause() {
    let f = text_facts(
        "Publié le 29 juin 2021. Barkhane, 5 100 militaires ; Takuba, environ 600 membres des \
         forces spéciales européennes.",
    );
    assert_eq!(
        find(&f, "Takuba", "600").subject.as_deref(),
        Some("Task Force Takuba")
    );
}

#[test]
fn a_demonym_ends_its_phrase_before_a_participle_or_an_unknown_noun_of_a_casualty() {
    let f = text_facts(
        "Publié le 21 juin 2022. Depuis le 1er janvier, neuf Casques bleus de la MINUSMA ont \
         perdu la vie, dont cinq Égyptiens chargés de l'escorte des convois.",
    );
    let egypt = find(&f, "dont cinq", "cinq");
    assert_eq!(egypt.category, Category::PeacekeepersKilled);
    assert_eq!(egypt.contingent.as_deref(), Some("Egypt"));
    let f = text_facts(
        "Published 2 June 2021. Twelve German soldiers of MINUSMA and one Belgian comrade were \
         injured near Tarkint. Thank you to my team of 38, and to two Malian interpreters.",
    );
    let belgian = find(&f, "Belgian", "one");
    assert_eq!(belgian.category, Category::PeacekeepersWounded);
    assert_eq!(belgian.contingent.as_deref(), Some("Belgium"));
    assert!(f
        .iter()
        .filter(|x| x.quote.contains("interpreters"))
        .all(|x| x.value != 2.0 || x.category == Category::Other));
}

#[test]
fn an_archive_columns_headings_date_their_paragraphs() {
    let f = text_facts(
        "THE CONTINENTAL | Saturday 1 July 2023\n\nFROM OUR ARCHIVES\n\nTen years ago today\n\
         The African-led force handed over to the new UN mission in Mali. Some 6,100 soldiers \
         became MINUSMA's first troops.\n\nSeven years ago (29 June 2016)\nThe Council raised \
         MINUSMA's ceiling to 13,289 military personnel.\n\nAnd yesterday...\nThe Council ended \
         the mandate. The mission's roughly 12,000 troops now have until 31 December to leave.\n",
    );
    let year = |needle: &str, n: &str| find(&f, needle, n).date.clone().unwrap_or_default();
    assert!(year("first troops", "6,100").starts_with("2013"));
    assert!(year("ceiling", "13,289").starts_with("2016"));
    assert!(year("until 31 December", "12,000").starts_with("2023"));
}

#[test]
fn a_contributors_personnel_in_a_key_figures_box_are_its_soldiers() {
    let f = text_facts(
        "Published 9 September 2019\n\n+------------------------------------------+\n\
         | KEY FIGURES                              |\n\
         | Irish personnel in MINUSMA: 14           |\n\
         | Irish personnel on UN missions: c. 560   |\n\
         +------------------------------------------+\n",
    );
    let mali = find(&f, "in MINUSMA", "14");
    assert_eq!(mali.category, Category::Troops);
    assert_eq!(mali.contingent.as_deref(), Some("Ireland"));
    let all = find(&f, "UN missions", "560");
    assert_eq!(
        all.subject.as_deref(),
        Some("UN peacekeeping (all missions)")
    );
}

#[test]
fn attackers_losses_count_no_one_and_a_quoted_figure_before_its_noun_counts() {
    let f = text_facts(
        "Published 2 November 2019. The assailants have lost a dozen men according to the \
         same source. The attackers lost 15 fighters in the assault. The army neutralized more \
         than 700 terrorists while losing 96 of its soldiers. Gao FM told listeners that \"at \
         least ten\" peacekeepers had been hurt.",
    );
    assert_eq!(find(&f, "assailants", "a dozen").category, Category::Other);
    assert_eq!(find(&f, "attackers", "15").category, Category::Other);
    // (Past a qualifier of several words too.)
    let g = text_facts("Published 2 November 2019. The attackers lost more than 15 fighters.");
    assert_eq!(find(&g, "attackers", "15").category, Category::Other);
    assert_eq!(find(&f, "losing", "96").category, Category::MilitaryKilled);
    assert_eq!(
        find(&f, "listeners", "ten").category,
        Category::PeacekeepersWounded
    );
}

#[test]
fn soldiers_of_the_peacekeeping_forces_are_peacekeepers() {
    let f = text_facts(
        "Published 24 June 2022. Two soldiers of the peacekeeping forces were killed in Mali.",
    );
    assert_eq!(
        find(&f, "soldiers", "Two").category,
        Category::PeacekeepersKilled
    );
    let f = text_facts(
        "Publié le 24 juin 2022. Deux soldats des forces de maintien de la paix ont été tués au \
         Mali.",
    );
    assert_eq!(
        find(&f, "soldats", "Deux").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn an_adverb_of_time_after_a_toll_is_no_noun_of_it() {
    let f = text_facts(
        "Published 3 March 2021. The death toll among peacekeepers rose to seven overnight.",
    );
    assert_eq!(
        find(&f, "overnight", "seven").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn days_and_parts_of_days_end_a_noun_and_a_rotation_named_for_mali_counts_no_one() {
    let f = text_facts(
        "Published 3 March 2021. The toll among peacekeepers rose to seven last night. The number \
         of peacekeepers killed this year reached 21 Tuesday. The Swedish unit relieved Mali 15 \
         last week. In Mali 15 peacekeepers died that year.",
    );
    assert_eq!(
        find(&f, "last night", "seven").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "Tuesday", "21").category,
        Category::PeacekeepersKilled
    );
    assert!(f.iter().all(|x| !x.quote.contains("relieved")));
    assert_eq!(
        find(&f, "died", "15").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn a_toll_as_its_clauses_subject_counts_the_dead_past_its_group() {
    let f = text_facts(
        "Publié le 3 mars 2021. Le bilan parmi les Casques bleus de la MINUSMA s'élève à huit. \
         Le bilan des Casques bleus est passé à neuf dans la nuit.",
    );
    assert_eq!(
        find(&f, "élève", "huit").category,
        Category::PeacekeepersKilled
    );
    assert_eq!(
        find(&f, "passé", "neuf").category,
        Category::PeacekeepersKilled
    );
}

#[test]
fn civilians_after_a_verb_of_displacement_are_displaced() {
    let f = text_facts(
        "Published 3 March 2021. Clashes have displaced 20,000 civilians. The fighting uprooted \
         nearly 9,000 residents of the region.",
    );
    assert_eq!(find(&f, "Clashes", "20,000").category, Category::Displaced);
    assert_eq!(find(&f, "uprooted", "9,000").category, Category::Displaced);
    let f = text_facts("Publié le 3 mars 2021. Près de 5 000 personnes ont trouvé refuge à Gao.");
    assert_eq!(find(&f, "refuge", "5 000").category, Category::Displaced);
}

#[test]
fn the_united_nations_soldiers_are_the_texts_mission() {
    let f = text_facts(
        "Published 3 March 2021. MINUSMA is the UN mission in Mali. Some 13,000 UN troops and \
         5,100 French soldiers are deployed in Mali.",
    );
    assert_eq!(
        find(&f, "UN troops", "13,000").subject.as_deref(),
        Some("MINUSMA")
    );
    assert_eq!(
        find(&f, "French soldiers", "5,100").subject.as_deref(),
        Some("French forces")
    );
}

#[test]
fn the_victims_are_the_dead_as_les_victimes_are() {
    let f = text_facts(
        "Published 3 March 2021. Three MINUSMA peacekeepers were killed near Douentza on Monday. \
         The victims were two Togolese and one Guinean peacekeeper.",
    );
    let togo = find(&f, "victims", "two");
    assert_eq!(togo.category, Category::PeacekeepersKilled);
    assert_eq!(togo.contingent.as_deref(), Some("Togo"));
}

#[test]
fn the_whole_a_sentence_opens_on_is_no_contingents() {
    let f = text_facts(
        "Published 3 March 2024. Of the 311 peacekeepers who died in Mali, 63 were from Chad.",
    );
    assert_eq!(find(&f, "Of the", "311").contingent, None);
    assert_eq!(find(&f, "Chad", "63").contingent.as_deref(), Some("Chad"));
}
