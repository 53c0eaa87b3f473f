//! Reading documents from the file system: a path is a file or a folder (its `.txt`, `.md` and
//! `.html` files, with the folder's `sources.toml` when there is one). Shared by the CLI and the app's build script.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::CorpusError;
use crate::ingest::formats::{Format, ACCEPTED};
use crate::ingest::ingest_file;
use crate::model::Document;
use crate::sources::{self, Sources};

#[derive(Debug, Default)]
pub struct Loaded {
    pub docs: Vec<Document>,
    pub errors: Vec<CorpusError>,
    pub warnings: Vec<String>,
}

/// Loads every document the paths name, in path order then file-name order.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let mut out = Loaded::default();
    for p in paths {
        let (files, sources_file) = if p.is_dir() {
            let mut files: Vec<PathBuf> = match fs::read_dir(p) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| Format::of(&f.to_string_lossy()).is_some())
                    .collect(),
                Err(e) => {
                    out.errors.push(CorpusError::new(
                        &p.display().to_string(),
                        None,
                        format!("cannot read folder: {e}"),
                    ));
                    continue;
                }
            };
            files.sort();
            if files.is_empty() {
                out.errors.push(CorpusError::new(
                    &p.display().to_string(),
                    None,
                    format!("folder has no {ACCEPTED} files"),
                ));
            }
            (files, p.join("sources.toml"))
        } else {
            let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
            (vec![p.clone()], dir.join("sources.toml"))
        };
        let sources = read_sources(&sources_file, &mut out);
        // Reading and ingesting are independent per file: the command line uses every core
        // (rayon), then takes the results in file-name order so the output never changes.
        // The outer error is a file that cannot be read (it matches no `sources.toml` entry);
        // the inner one a file read but refused by the ingest.
        type Read = Result<Result<Document, CorpusError>, CorpusError>;
        let read: Vec<(String, String, Read)> = files
            .par_iter()
            .map(|f| {
                let name = f.display().to_string();
                let id = f
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let supplied = sources.as_ref().and_then(|s| s.entries.get(&id));
                let doc = fs::read(f)
                    .map_err(|e| CorpusError::new(&name, None, format!("cannot read: {e}")))
                    .map(|bytes| ingest_file(&id, &name, &bytes, supplied));
                (name, id, doc)
            })
            .collect();
        let mut matched = Vec::new();
        for (name, id, doc) in read {
            let doc = match doc {
                Ok(doc) => doc,
                Err(e) => {
                    out.errors.push(e);
                    continue;
                }
            };
            if sources
                .as_ref()
                .is_some_and(|s| !s.entries.contains_key(&id))
            {
                out.warnings.push(format!("{name}: no entry [{id}] in {}; title, author and date are inferred from the text", sources_file.display()));
            }
            matched.push(id);
            match doc {
                Ok(d) => {
                    out.warnings.extend(d.warnings.iter().cloned());
                    out.docs.push(d);
                }
                Err(e) => out.errors.push(e),
            }
        }
        if let (Some(s), true) = (&sources, p.is_dir()) {
            for id in s.entries.keys().filter(|id| !matched.contains(id)) {
                out.warnings.push(format!(
                    "{}: entry [{id}] has no file {id}.txt, .md or .html",
                    sources_file.display()
                ));
            }
        }
    }
    out
}

fn read_sources(path: &Path, out: &mut Loaded) -> Option<Sources> {
    let text = fs::read_to_string(path).ok()?;
    match sources::parse(&path.display().to_string(), &text) {
        Ok((s, w)) => {
            out.warnings.extend(w);
            Some(s)
        }
        Err(e) => {
            out.errors.push(e);
            None
        }
    }
}
