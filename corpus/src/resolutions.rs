//! Security Council resolutions cited by number (`corpus/data/resolutions.tsv`): when a
//! sentence gives no date of its own, "Resolution 2100 authorized up to 11,200 military
//! personnel" holds as of the resolution's adoption, not as of the text that recalls it.

use std::sync::OnceLock;

use crate::model::PartialDate;

/// Reads `resolutions.tsv`: a number, a tab, an ISO date, a tab, a note.
fn parse(text: &str) -> Result<Vec<(u32, PartialDate)>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells = line.split('\t');
        let number = cells
            .next()
            .and_then(|c| c.trim().parse::<u32>().ok())
            .ok_or_else(|| format!("line {}: the first field is no resolution number", n + 1))?;
        let adopted = cells
            .next()
            .and_then(|c| PartialDate::parse_iso(c.trim()))
            .ok_or_else(|| format!("line {}: the second field is no ISO date", n + 1))?;
        out.push((number, adopted));
    }
    Ok(out)
}

fn table() -> &'static [(u32, PartialDate)] {
    static T: OnceLock<Vec<(u32, PartialDate)>> = OnceLock::new();
    T.get_or_init(|| {
        parse(include_str!("../data/resolutions.tsv"))
            .unwrap_or_else(|e| panic!("corpus/data/resolutions.tsv: {e}"))
    })
}

/// When resolution `number` was adopted, if the data knows it.
pub fn adopted(number: u32) -> Option<PartialDate> {
    table().iter().find(|(n, _)| *n == number).map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_read_and_a_bad_line_is_named() {
        assert_eq!(
            adopted(2100).map(|d| d.iso()).as_deref(),
            Some("2013-04-25")
        );
        assert_eq!(adopted(1), None);
        let e = parse("2100\t2013-04-25\tok\n21OO\t2013-04-25\tbad\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        let e = parse("2100\tApril 2013\tbad\n").unwrap_err();
        assert!(e.contains("ISO date"), "{e}");
    }
}
