//! `corpus`: the command-line face of the library.
//!
//! ```text
//! corpus facts PATH... [--format json|csv]   every numeric claim, cited
//! corpus docs PATH...                        metadata, blocks, notes, removed chrome (JSON)
//! ```
//! PATH is a .txt file or a folder of them (with its sources.toml, if any).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use corpus::export::facts_csv;
use corpus::facts::{extract, Fact};
use corpus::load::load;

const USAGE: &str = "usage:
  corpus facts PATH... [--format json|csv]
  corpus docs PATH...
PATH is a .txt file or a folder of .txt files (with sources.toml beside them, if any).";

enum Format {
    Json,
    Csv,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("corpus: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err("no command".into());
    };
    if matches!(cmd.as_str(), "-h" | "--help" | "help") {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let mut format = Format::Json;
    let mut paths = Vec::new();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    other => {
                        return Err(format!(
                            "--format takes json or csv, not {}",
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => paths.push(PathBuf::from(s)),
        }
    }
    if paths.is_empty() {
        return Err("no PATH given".into());
    }
    let loaded = load(&paths);
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    let out = match cmd.as_str() {
        "facts" => {
            let facts: Vec<Fact> = loaded.docs.iter().flat_map(extract).collect();
            match format {
                Format::Json => serde_json::to_string_pretty(&facts).map_err(|e| e.to_string())?,
                Format::Csv => facts_csv(&facts),
            }
        }
        "docs" => serde_json::to_string_pretty(&loaded.docs).map_err(|e| e.to_string())?,
        other => return Err(format!("unknown command {other}")),
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(stdout, "{}", out.trim_end());
    Ok(if loaded.docs.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
