//! Runs the corpus engine on `seeds/` (with `seeds/sources.toml`) and embeds the parsed corpus
//! — documents, facts, entities, events, search index — in the app as postcard bytes. A seed
//! that cannot be read fails the build, naming the file and the reason.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=seeds");
    println!("cargo::rerun-if-changed=corpus/data");
    let loaded = corpus::load::load(&[PathBuf::from("seeds")]);
    for w in &loaded.warnings {
        println!("cargo::warning={w}");
    }
    if !loaded.errors.is_empty() {
        for e in &loaded.errors {
            eprintln!("error: {e}");
        }
        eprintln!("error: the seed corpus must load cleanly; fix the files above");
        std::process::exit(1);
    }
    let corpus = corpus::corpus::Corpus::build(loaded.docs);
    let bytes = postcard::to_allocvec(&corpus).unwrap_or_else(|e| {
        eprintln!("error: cannot serialise the corpus: {e}");
        std::process::exit(1)
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("corpus.postcard");
    if let Err(e) = std::fs::write(&out, bytes) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
