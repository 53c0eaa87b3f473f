//! Counting-number forms (Microsoft Recognizers-Text's English number spec, plus forms news
//! texts use; `tests/data/number_forms.tsv`) read inside a casualty sentence: at least 95% must
//! come out as a civilians-killed fact with the right value.

use corpus::facts::{extract, Category};
use corpus::ingest::ingest;

#[test]
fn counting_number_forms_in_a_casualty_sentence() {
    let data = include_str!("data/number_forms.tsv");
    let mut total = 0;
    let mut wrong = Vec::new();
    for line in data.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let Some((form, value)) = line.split_once('\t') else {
            continue;
        };
        let value: f64 = value.trim().parse().expect("a value");
        total += 1;
        let text =
            format!("Report\n\nIn the attack on 3 May 2019, {form} civilians were killed.\n");
        let doc = ingest("t", "t.txt", text.as_bytes(), None).expect("ingests");
        let got: Vec<(f64, Category)> = extract(&doc)
            .iter()
            .map(|f| (f.value, f.category))
            .collect();
        if !got.contains(&(value, Category::CiviliansKilled)) {
            wrong.push(format!("{form:?} = {value}: got {got:?}"));
        }
    }
    let right = total - wrong.len();
    println!("{right}/{total} counting forms read right");
    for w in &wrong {
        println!("  {w}");
    }
    assert!(total >= 35, "the form list is cut short: {total}");
    assert!(
        right as f64 >= 0.95 * total as f64,
        "{right}/{total} read right; wrong:\n{}",
        wrong.join("\n")
    );
}
