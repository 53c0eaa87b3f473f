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

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(s: Option<&str>) -> String {
    s.map(json_str).unwrap_or_else(|| "null".into())
}

fn json_list(v: &[String]) -> String {
    format!(
        "[{}]",
        v.iter().map(|s| json_str(s)).collect::<Vec<_>>().join(",")
    )
}

/// A number as serde writes an f64 ("287.0"), so both exports read back the same.
fn value_json(v: f64) -> String {
    format!("{v:?}")
}

/// Facts as a JSON array with the same fields as the CLI's, written without serde_json so the
/// browser build stays small.
pub fn facts_json(facts: &[Fact]) -> String {
    let rows: Vec<String> = facts
        .iter()
        .map(|f| {
            format!(
                "{{\"id\":{},\"doc\":{},\"value\":{},\"value_text\":{},\"qualifier\":{},\"unit\":{},\"category\":{},\"subject\":{},\"contingent\":{},\"date\":{},\"date_end\":{},\"date_basis\":{},\"places\":{},\"actors\":{},\"alleged\":{},\"quote\":{},\"start\":{},\"end\":{},\"number_start\":{},\"number_end\":{},\"block\":{}}}",
                json_str(&f.id),
                json_str(&f.doc.0),
                value_json(f.value),
                json_str(&f.value_text),
                json_str(f.qualifier.as_str()),
                json_str(&f.unit),
                json_str(f.category.as_str()),
                json_opt(f.subject.as_deref()),
                json_opt(f.contingent.as_deref()),
                json_opt(f.date.as_deref()),
                json_opt(f.date_end.as_deref()),
                json_str(f.date_basis.as_str()),
                json_list(&f.places),
                json_list(&f.actors),
                f.alleged,
                json_str(&f.quote),
                f.start,
                f.end,
                f.number_start,
                f.number_end,
                json_str(&f.block),
            )
        })
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_export_matches_serde() {
        let doc = crate::ingest::tests::seed(0);
        let facts = crate::facts::extract(&doc);
        let ours: serde_json::Value = serde_json::from_str(&facts_json(&facts)).unwrap();
        let theirs = serde_json::to_value(&facts).unwrap();
        assert_eq!(ours, theirs);
        assert_eq!(json_str("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
    }

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("plain"), "plain");
    }
}
