//! The word lists that read a page's layout rather than its facts: date-line words, labels of
//! a page's own date, last-edit cues, interface chrome, licence notices and abbreviations.
//! They are data (`corpus/data/page-words.tsv`), like the fact grammar's lexicons, so a new
//! site's prompt or a new language's label is a line there, not a change of code.

use std::sync::OnceLock;

/// One list of `page-words.tsv`, in the order of `NAMES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Dateline,
    PageDateLabel,
    EditedCue,
    Ui,
    Licence,
    Abbreviation,
    PublicationCue,
    DateLead,
}

const NAMES: [(&str, List); 8] = [
    ("dateline", List::Dateline),
    ("page_date_label", List::PageDateLabel),
    ("edited_cue", List::EditedCue),
    ("ui", List::Ui),
    ("licence", List::Licence),
    ("abbreviation", List::Abbreviation),
    ("publication_cue", List::PublicationCue),
    ("date_lead", List::DateLead),
];

/// The entries of each list, in `NAMES` order.
type Lists = [Vec<&'static str>; NAMES.len()];

/// Reads `page-words.tsv`: a list name, a tab, entries separated by commas.
fn parse(text: &'static str) -> Result<Lists, String> {
    let mut lists: Lists = Default::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, entries) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: no tab after the list name", n + 1))?;
        let at = NAMES
            .iter()
            .position(|(k, _)| *k == name)
            .ok_or_else(|| format!("line {}: unknown list '{name}'", n + 1))?;
        for e in entries.split(',').map(str::trim) {
            if e.is_empty() || e.chars().any(|c| c.is_uppercase()) {
                return Err(format!(
                    "line {}: entry '{e}' is empty or not folded",
                    n + 1
                ));
            }
            lists[at].push(e);
        }
    }
    Ok(lists)
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        parse(include_str!("../data/page-words.tsv"))
            .unwrap_or_else(|e| panic!("corpus/data/page-words.tsv: {e}"))
    })
}

/// The entries of `list`, folded.
pub fn entries(list: List) -> &'static [&'static str] {
    // `NAMES` lists the lists in the enum's order.
    &lists()[list as usize]
}

/// Whether the folded `word` is an entry of `list`.
pub fn has(list: List, word: &str) -> bool {
    entries(list).contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_and_non_empty() {
        for (at, (name, list)) in NAMES.iter().enumerate() {
            assert_eq!(
                *list as usize, at,
                "NAMES out of the enum's order at {name}"
            );
        }
        for (name, list) in NAMES {
            assert!(!entries(list).is_empty(), "list {name} is empty");
        }
        assert!(has(List::Ui, "menu"));
        assert!(has(List::Abbreviation, "u.n"));
        assert!(entries(List::EditedCue).contains(&"mis a jour le"));
        assert!(!has(List::Dateline, "killed"));
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            parse("ui menu").unwrap_err(),
            "line 1: no tab after the list name"
        );
        assert_eq!(
            parse("# c\nmenus\tmenu").unwrap_err(),
            "line 2: unknown list 'menus'"
        );
        assert!(parse("ui\tMenu").unwrap_err().contains("not folded"));
    }
}
