//! Official reference series (Security Council ceilings, UN fatality totals) read from the
//! project's `reference/*.csv`. They are drawn *behind* the documents' claims and never mixed
//! with them, so they have their own types: nothing here is a [`crate::facts::Fact`].
//!
//! The CSVs are small and hand-maintained; reading them is strict (every row must parse) and
//! every error names the file, the line and the field.

use serde::{Deserialize, Serialize};

use crate::model::PartialDate;

/// One Security Council resolution's authorized ceilings. `None`: the resolution sets no
/// ceiling (the mandate ended).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ceiling {
    pub resolution: String,
    /// ISO date of adoption.
    pub adopted: String,
    pub military: Option<u32>,
    pub police: Option<u32>,
    pub source_url: String,
    pub note: String,
}

/// The UN's count of mission personnel who died, as of a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fatalities {
    /// ISO date.
    pub as_of: String,
    pub total: u32,
    pub hostile_acts: Option<u32>,
    pub injured: Option<u32>,
    pub source_url: String,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub ceilings: Vec<Ceiling>,
    pub fatalities: Vec<Fatalities>,
}

/// Splits one CSV record (RFC 4180 quoting, no embedded newlines).
pub fn csv_record(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(ch),
        }
    }
    out.push(cur);
    out
}

/// Reads a table whose header must hold `columns`, in any order; yields each data row as the
/// values of `columns`, in that order, with its line number.
fn table(file: &str, text: &str, columns: &[&str]) -> Result<Vec<(usize, Vec<String>)>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(format!("{file}: empty file, expected a header row"));
    };
    let header = csv_record(header.trim_start_matches('\u{feff}'));
    let mut at = Vec::new();
    for c in columns {
        match header.iter().position(|h| h.trim() == *c) {
            Some(i) => at.push(i),
            None => return Err(format!("{file}:1: missing column `{c}`")),
        }
    }
    Ok(lines
        .map(|(n, l)| {
            let rec = csv_record(l);
            let row = at
                .iter()
                .map(|&i| rec.get(i).map(|s| s.trim().to_string()).unwrap_or_default())
                .collect();
            (n + 1, row)
        })
        .collect())
}

fn count(file: &str, line: usize, field: &str, v: &str) -> Result<Option<u32>, String> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<u32>()
        .map(Some)
        .map_err(|_| format!("{file}:{line}: `{field}` is not a whole number: {v:?}"))
}

fn date(file: &str, line: usize, field: &str, v: &str) -> Result<String, String> {
    match PartialDate::parse_iso(v) {
        Some(d) => Ok(d.iso()),
        None => Err(format!(
            "{file}:{line}: `{field}` is not a date (YYYY-MM-DD): {v:?}"
        )),
    }
}

/// Source addresses must be http(s) (they become links) or empty.
fn url(file: &str, line: usize, v: &str) -> Result<String, String> {
    if v.is_empty() || crate::ingest::urls::is_http_url(v) {
        Ok(v.to_string())
    } else {
        Err(format!(
            "{file}:{line}: `source_url` is not an http(s) address: {v:?}"
        ))
    }
}

/// `mandate-ceilings.csv`: resolution, adopted, military_ceiling, police_ceiling, source_url,
/// note.
pub fn parse_ceilings(file: &str, text: &str) -> Result<Vec<Ceiling>, String> {
    let cols = [
        "resolution",
        "adopted",
        "military_ceiling",
        "police_ceiling",
        "source_url",
        "note",
    ];
    let mut out = Vec::new();
    for (n, r) in table(file, text, &cols)? {
        out.push(Ceiling {
            resolution: r[0].clone(),
            adopted: date(file, n, "adopted", &r[1])?,
            military: count(file, n, "military_ceiling", &r[2])?,
            police: count(file, n, "police_ceiling", &r[3])?,
            source_url: url(file, n, &r[4])?,
            note: r[5].clone(),
        });
    }
    out.sort_by(|a, b| a.adopted.cmp(&b.adopted));
    Ok(out)
}

/// `fatalities.csv`: as_of, total_fatalities, hostile_acts, injured, source_url, note.
pub fn parse_fatalities(file: &str, text: &str) -> Result<Vec<Fatalities>, String> {
    let cols = [
        "as_of",
        "total_fatalities",
        "hostile_acts",
        "injured",
        "source_url",
        "note",
    ];
    let mut out = Vec::new();
    for (n, r) in table(file, text, &cols)? {
        out.push(Fatalities {
            as_of: date(file, n, "as_of", &r[0])?,
            total: count(file, n, "total_fatalities", &r[1])?
                .ok_or_else(|| format!("{file}:{n}: `total_fatalities` is empty"))?,
            hostile_acts: count(file, n, "hostile_acts", &r[2])?,
            injured: count(file, n, "injured", &r[3])?,
            source_url: url(file, n, &r[4])?,
            note: r[5].clone(),
        });
    }
    out.sort_by(|a, b| a.as_of.cmp(&b.as_of));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceilings_parse_with_quotes_and_empty_cells() {
        let t = "resolution,adopted,military_ceiling,police_ceiling,source_url,note\n\
                 2100,2013-04-25,11200,1440,https://example.org/a,\"establishes, with a comma\"\n\
                 2690,2023-06-30,,,,terminates the mandate\n";
        let c = parse_ceilings("c.csv", t).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].military, Some(11200));
        assert_eq!(c[0].note, "establishes, with a comma");
        assert_eq!(c[1].police, None);
    }

    #[test]
    fn errors_name_file_line_and_field() {
        let t = "resolution,adopted,military_ceiling,police_ceiling,source_url,note\n\
                 2100,2013-04-25,lots,1440,,\n";
        let e = parse_ceilings("c.csv", t).unwrap_err();
        assert!(
            e.starts_with("c.csv:2:") && e.contains("military_ceiling"),
            "{e}"
        );
        let e = parse_fatalities("f.csv", "as_of,total_fatalities\n").unwrap_err();
        assert!(e.contains("missing column `hostile_acts`"), "{e}");
        let t = "as_of,total_fatalities,hostile_acts,injured,source_url,note\n\
                 2023-06-30,309,,,javascript:alert(1),\n";
        let e = parse_fatalities("f.csv", t).unwrap_err();
        assert!(e.contains("f.csv:2") && e.contains("http"), "{e}");
        assert!(parse_fatalities("f.csv", "").is_err());
    }

    #[test]
    fn project_reference_files_parse() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../reference/");
        let c = std::fs::read_to_string(format!("{dir}mandate-ceilings.csv")).unwrap();
        let ceilings = parse_ceilings("mandate-ceilings.csv", &c).unwrap();
        assert!(ceilings.iter().any(|c| c.military.is_some()));
        let f = std::fs::read_to_string(format!("{dir}fatalities.csv")).unwrap();
        assert!(!parse_fatalities("fatalities.csv", &f).unwrap().is_empty());
    }
}
