//! `corpus`: the command-line face of the library. Argument parsing and output only.
//!
//! ```text
//! corpus facts [PATH...] [--format json|csv]     every numeric claim, cited
//! corpus docs [PATH...]                          metadata, blocks, notes, removed chrome
//! corpus entities [PATH...]                      places, actors, countries with spans
//! corpus events [PATH...]                        dated events for a timeline
//! corpus search QUERY [--filter KEY=VALUE]... [--limit N] [PATH...]
//! corpus export [PATH...]                        documents, facts, entities, events
//! corpus index [PATH...]                         the search index, serialised
//! corpus eval GOLD [PATH...] [--min-precision P] [--min-recall R] [--min-subject S] [--min-year Y]
//!                                                scores the facts against gold facts
//! ```
//! PATH is a .txt, .md or .html file or a folder of them (with its sources.toml, if any); without one, the
//! `seeds` folder of the current directory.

use std::io::Write;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use corpus::corpus::Corpus;
use corpus::export::facts_csv;
use corpus::index::{Facet, Query};
use corpus::load::load;
use rayon::prelude::*;

const USAGE: &str = "usage:
  corpus facts [PATH...] [--format json|csv]
  corpus docs [PATH...]
  corpus entities [PATH...]
  corpus events [PATH...]
  corpus search QUERY [--filter KEY=VALUE]... [--limit N] [PATH...]
  corpus export [PATH...]
  corpus index [PATH...]
  corpus eval GOLD [PATH...] [--min-precision P] [--min-recall R] [--min-subject S] [--min-year Y]
PATH is a .txt, .md or .html file or a folder of them (with sources.toml beside them, if any);
without one, ./seeds. Filter keys: doc, publisher, kind, year, category, place, actor.
Output is JSON (facts also CSV). GOLD is a gold .tsv file or a folder of them
(corpus/tests/dev/README.md); eval prints a Markdown table and every miss, and exits 1 when
a score of all chart categories is below its --min-* threshold.";

struct Args {
    cmd: String,
    query: Option<String>,
    csv: bool,
    filters: Vec<(Facet, String)>,
    limit: usize,
    paths: Vec<PathBuf>,
    /// `eval`: minimum precision, recall, subject and year accuracy.
    minimums: [f64; 4],
}

const MINIMUMS: [&str; 4] = [
    "--min-precision",
    "--min-recall",
    "--min-subject",
    "--min-year",
];

fn parse(args: &[String]) -> Result<Args, String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err("no command".into());
    };
    let mut a = Args {
        cmd: cmd.clone(),
        query: None,
        csv: false,
        filters: vec![],
        limit: 20,
        paths: vec![],
        minimums: [0.0; 4],
    };
    let mut it = rest.iter();
    while let Some(x) = it.next() {
        match x.as_str() {
            "--format" => {
                a.csv = match it.next().map(String::as_str) {
                    Some("json") => false,
                    Some("csv") if a.cmd == "facts" => true,
                    other => {
                        return Err(format!(
                            "--format takes json{}, not {}",
                            if a.cmd == "facts" { " or csv" } else { "" },
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            "--filter" => {
                let f = it.next().ok_or("--filter needs KEY=VALUE")?;
                let (k, v) = f
                    .split_once('=')
                    .ok_or_else(|| format!("--filter {f}: expected KEY=VALUE"))?;
                let facet =
                    Facet::parse(k).ok_or_else(|| format!("--filter {f}: unknown key {k:?}"))?;
                a.filters.push((facet, v.to_string()));
            }
            "--limit" => {
                let n = it.next().ok_or("--limit needs a number")?;
                a.limit = n
                    .parse()
                    .map_err(|_| format!("--limit {n}: not a number"))?;
            }
            m if a.cmd == "eval" && MINIMUMS.contains(&m) => {
                let n = it.next().ok_or(format!("{m} needs a number"))?;
                let v: f64 = n
                    .parse()
                    .ok()
                    .filter(|v| (0.0..=1.0).contains(v))
                    .ok_or(format!("{m} {n}: not a number from 0 to 1"))?;
                a.minimums[MINIMUMS.iter().position(|x| *x == m).unwrap_or(0)] = v;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if matches!(a.cmd.as_str(), "search" | "eval") && a.query.is_none() => {
                a.query = Some(s.to_string())
            }
            s => a.paths.push(PathBuf::from(s)),
        }
    }
    if a.cmd == "search" && a.query.is_none() {
        return Err("search needs a QUERY".into());
    }
    if a.cmd == "eval" && a.query.is_none() {
        return Err("eval needs a GOLD file or folder".into());
    }
    if a.paths.is_empty() {
        a.paths.push(PathBuf::from("seeds"));
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(
        args.first().map(String::as_str),
        Some("-h" | "--help" | "help")
    ) {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let a = match parse(&args) {
        Ok(a)
            if [
                "facts", "docs", "entities", "events", "search", "export", "index", "eval",
            ]
            .contains(&a.cmd.as_str()) =>
        {
            a
        }
        Ok(a) => return usage_error(&format!("unknown command {}", a.cmd)),
        Err(e) => return usage_error(&e),
    };
    let loaded = load(&a.paths);
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    if loaded.docs.is_empty() {
        eprintln!("corpus: no document could be read");
        return ExitCode::FAILURE;
    }
    // Facts need neither entities, events nor the search index: build only what is printed.
    if matches!(a.cmd.as_str(), "facts" | "eval") {
        // One document's facts never depend on another's: each core takes its share, and the
        // results come back in document order.
        let facts: Vec<corpus::facts::Fact> = loaded
            .docs
            .par_iter()
            .flat_map_iter(corpus::facts::extract)
            .collect();
        if a.cmd == "eval" {
            let docs: Vec<String> = loaded.docs.iter().map(|d| d.id.0.clone()).collect();
            return eval(
                &docs,
                &facts,
                Path::new(&a.query.unwrap_or_default()),
                a.minimums,
            );
        }
        let out = if a.csv {
            facts_csv(&facts)
        } else {
            serde_json::to_string_pretty(&facts).unwrap_or_default()
        };
        let _ = writeln!(std::io::stdout().lock(), "{}", out.trim_end());
        return ExitCode::SUCCESS;
    }
    let c = Corpus::build(loaded.docs);
    let json = |v: &dyn erased::Json| v.to_json();
    let out = match a.cmd.as_str() {
        "docs" => json(&c.docs),
        "entities" => json(&c.entities),
        "events" => json(&c.events),
        "export" => json(&c.export()),
        "index" => serde_json::to_string(&c.index).unwrap_or_default(),
        _ => {
            let q = Query {
                text: a.query.unwrap_or_default(),
                filters: a.filters,
                limit: a.limit,
            };
            json(&c.search(&q))
        }
    };
    // A closed pipe (`| head`) is not worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{}", out.trim_end());
    ExitCode::SUCCESS
}

/// `corpus eval`: reads the gold, scores, prints the report, and fails below the minimums.
fn eval(
    docs: &[String],
    facts: &[corpus::facts::Fact],
    gold_path: &Path,
    minimums: [f64; 4],
) -> ExitCode {
    let files: Vec<PathBuf> = if gold_path.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(gold_path)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    } else {
        vec![gold_path.to_path_buf()]
    };
    let mut gold = Vec::new();
    for f in &files {
        let name = f.display().to_string();
        let parsed = std::fs::read_to_string(f)
            .map_err(|e| format!("{name}: cannot read: {e}"))
            .and_then(|t| corpus::eval::parse_gold(&name, &t).map_err(|e| e.to_string()));
        match parsed {
            Ok(g) => gold.extend(g),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if gold.is_empty() {
        eprintln!("error: {}: no gold facts", gold_path.display());
        return ExitCode::FAILURE;
    }
    let report = corpus::eval::evaluate(&gold, docs, facts);
    let _ = writeln!(
        std::io::stdout().lock(),
        "{}",
        corpus::eval::render(&report)
    );
    let t = report.total();
    let got = [t.precision(), t.recall(), t.subject(), t.year()];
    let mut ok = true;
    for ((name, min), v) in MINIMUMS.iter().zip(minimums).zip(got) {
        if v < min {
            eprintln!("eval: {} is {v:.3}, below {min}", &name[6..]);
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("corpus: {msg}\n{USAGE}");
    ExitCode::from(2)
}

/// Pretty JSON for any serialisable value, behind one object-safe trait.
mod erased {
    pub trait Json {
        fn to_json(&self) -> String;
    }
    impl<T: serde::Serialize + ?Sized> Json for T {
        fn to_json(&self) -> String {
            serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
        }
    }
}
