//! Runs the corpus engine on `seeds/` (with `seeds/sources.toml`), or on the folder named by
//! `MINUSMA_SOURCES` (an edition: `scripts/build-edition.sh`), and embeds the parsed corpus
//! — documents, facts, entities, events; the app rebuilds the search index — in the app as
//! postcard bytes, with the official reference series from `reference/*.csv`. A seed or a
//! reference file that cannot be read fails the build, naming the file and the reason.

use std::path::{Path, PathBuf};

fn fail(lines: &[String]) -> ! {
    for e in lines {
        eprintln!("error: {e}");
    }
    std::process::exit(1)
}

fn write(name: &str, bytes: Result<Vec<u8>, postcard::Error>) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    let bytes = bytes.unwrap_or_else(|e| fail(&[format!("cannot serialise {name}: {e}")]));
    if let Err(e) = std::fs::write(&out, bytes) {
        fail(&[format!("cannot write {}: {e}", out.display())]);
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(path)).unwrap_or_else(|e| fail(&[format!("{path}: {e}")]))
}

fn main() {
    println!("cargo::rerun-if-env-changed=MINUSMA_SOURCES");
    let folder = std::env::var("MINUSMA_SOURCES").unwrap_or_else(|_| "seeds".into());
    println!("cargo::rerun-if-changed={folder}");
    println!("cargo::rerun-if-changed=reference");
    println!("cargo::rerun-if-changed=corpus/data");
    let loaded = corpus::load::load(&[PathBuf::from(&folder)]);
    for w in &loaded.warnings {
        println!("cargo::warning={w}");
    }
    if !loaded.errors.is_empty() {
        let mut lines: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        lines.push(format!(
            "the documents of {folder} must all load; fix or remove the files above"
        ));
        fail(&lines);
    }
    let corpus = corpus::corpus::Corpus::build(loaded.docs);
    write("corpus.postcard", postcard::to_allocvec(&corpus.export()));

    let (c, f) = ("reference/mandate-ceilings.csv", "reference/fatalities.csv");
    let reference = corpus::reference::Reference {
        ceilings: corpus::reference::parse_ceilings(c, &read(c)).unwrap_or_else(|e| fail(&[e])),
        fatalities: corpus::reference::parse_fatalities(f, &read(f)).unwrap_or_else(|e| fail(&[e])),
    };
    write("reference.postcard", postcard::to_allocvec(&reference));
}
