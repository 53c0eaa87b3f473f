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

/// `v` as Rust's `Display` writes it ("287", "2.5", "-0.25"): the fewest decimals that read
/// back as exactly `v`. Written with integer arithmetic because float formatting adds ~12 KB
/// to the browser build. Exact for counts and their fractions (below 2^53 once scaled, where
/// the check below is exact); beyond that, the shortest form is found by a check that rounds
/// twice, so an exotic value may get a digit more than Rust would write, and whole numbers
/// beyond u64 (1.8e19, far past any count of people) saturate.
pub fn decimal(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let a = v.abs();
    if a >= 9_007_199_254_740_992.0 {
        // Every float this large is a whole number.
        // (Saturating beyond u64: no count of people comes near 1.8e19.)
        return format!("{sign}{}", a as u64);
    }
    let mut k = 0;
    let mut scale = 1.0f64;
    // The shortest decimal that reads back as `a`: a quotient of exact integers below 2^53 is
    // correctly rounded, as reading the decimal is, so there the equality is exact.
    while k < 17 && (a * scale).round() / scale != a && a * scale < 1e18 {
        k += 1;
        scale *= 10.0;
    }
    let n = (a * scale).round() as u64;
    let p = 10u64.pow(k);
    let mut s = format!("{sign}{}", n / p);
    if k > 0 {
        s.push('.');
        s.push_str(&format!("{:0width$}", n % p, width = k as usize));
    }
    s
}

pub fn facts_csv(facts: &[Fact]) -> String {
    let mut out = FACT_COLUMNS.join(",");
    out.push('\n');
    for f in facts {
        let row = [
            csv_field(&f.id),
            csv_field(&f.doc.0),
            decimal(f.value),
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
pub fn json_str(s: &str) -> String {
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
    let s = decimal(v);
    if s.contains(['.', 'N', 'i']) {
        s
    } else {
        s + ".0"
    }
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
    fn decimals_read_as_rust_writes_them() {
        let mut seed = 1u64;
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            0.1,
            0.25,
            -2.5,
            287.0,
            1.5e6,
            12345.678,
            1e-3,
            0.3,
            2.0f64.powi(53),
            1e18,
            123456789012.5,
        ];
        for _ in 0..2000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            // Numbers as texts write them: up to a billion, up to six decimals.
            let int = (seed >> 34) as f64;
            let w = (seed % 7) as u32;
            let text = format!("{int}.{:0w$}", (seed >> 8) % 10u64.pow(w), w = w as usize);
            values.push(text.parse().unwrap());
            values.push(-int);
        }
        for v in values {
            assert_eq!(decimal(v), format!("{v}"), "{v:?}");
            if v.abs() < 1e16 && (v == 0.0 || v.abs() >= 1e-4) {
                assert_eq!(value_json(v), format!("{v:?}"));
            }
        }
    }

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
