//! CSV export of facts (JSON is serde's). Kept in the library so the CLI and the app's
//! "export this view" produce the same columns.

use crate::facts::Fact;

pub const FACT_COLUMNS: [&str; 21] = [
    "id",
    "doc",
    "value",
    "value_text",
    "qualifier",
    "unit",
    "category",
    "subject",
    "contingent",
    "date",
    "date_end",
    "date_basis",
    "places",
    "actors",
    "alleged",
    "quote",
    "start",
    "end",
    "number_start",
    "number_end",
    "block",
];

/// One CSV field: quoted when needed; a text starting with `=`, `+`, `-` or `@` gets a leading
/// apostrophe so a spreadsheet does not run it as a formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

pub fn facts_csv(facts: &[Fact]) -> String {
    let mut out = FACT_COLUMNS.join(",");
    out.push('\n');
    for f in facts {
        let row = [
            csv_field(&f.id),
            csv_field(&f.doc.0),
            number(f.value),
            csv_field(&f.value_text),
            f.qualifier.as_str().to_string(),
            csv_field(&f.unit),
            f.category.as_str().to_string(),
            csv_field(f.subject.as_deref().unwrap_or("")),
            csv_field(f.contingent.as_deref().unwrap_or("")),
            f.date.clone().unwrap_or_default(),
            f.date_end.clone().unwrap_or_default(),
            f.date_basis.as_str().to_string(),
            csv_field(&f.places.join("; ")),
            csv_field(&f.actors.join("; ")),
            f.alleged.to_string(),
            csv_field(&f.quote),
            f.start.to_string(),
            f.end.to_string(),
            f.number_start.to_string(),
            f.number_end.to_string(),
            csv_field(&f.block),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("plain"), "plain");
    }
}
