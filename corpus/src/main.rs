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
//! ```
//! PATH is a .txt file or a folder of them (with its sources.toml, if any); without one, the
//! `seeds` folder of the current directory.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use corpus::corpus::Corpus;
use corpus::export::facts_csv;
use corpus::index::{Facet, Query};
use corpus::load::load;

const USAGE: &str = "usage:
  corpus facts [PATH...] [--format json|csv]
  corpus docs [PATH...]
  corpus entities [PATH...]
  corpus events [PATH...]
  corpus search QUERY [--filter KEY=VALUE]... [--limit N] [PATH...]
  corpus export [PATH...]
  corpus index [PATH...]
PATH is a .txt file or a folder of .txt files (with sources.toml beside them, if any);
without one, ./seeds. Filter keys: doc, publisher, kind, year, category, place, actor.
Output is JSON (facts also CSV).";

struct Args {
    cmd: String,
    query: Option<String>,
    csv: bool,
    filters: Vec<(Facet, String)>,
    limit: usize,
    paths: Vec<PathBuf>,
}

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
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if a.cmd == "search" && a.query.is_none() => a.query = Some(s.to_string()),
            s => a.paths.push(PathBuf::from(s)),
        }
    }
    if a.cmd == "search" && a.query.is_none() {
        return Err("search needs a QUERY".into());
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
                "facts", "docs", "entities", "events", "search", "export", "index",
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
    let c = Corpus::build(loaded.docs);
    let json = |v: &dyn erased::Json| v.to_json();
    let out = match a.cmd.as_str() {
        "facts" if a.csv => facts_csv(&c.facts),
        "facts" => json(&c.facts),
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
