//! Criterion benchmarks of the hot paths, on the seed corpus and on copies of it (10× and
//! 100×, perturbed so copies differ and no work can be shared between them):
//! - ingest + fact extraction (linear cost expected);
//! - search index build;
//! - query latency for typical queries (words, phrase, prefix, typo, filter).
//!
//! cargo bench -p corpus --bench pipeline

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use corpus::corpus::Corpus;
use corpus::entities::extract_entities;
use corpus::facts::extract;
use corpus::index::{Facet, Index, Query};
use corpus::ingest::ingest;

const SEEDS: [&str; 5] = [
    include_str!("../../seeds/000_42da79048cd32607.txt"),
    include_str!("../../seeds/001_970d7b45e64713e1.txt"),
    include_str!("../../seeds/002_6414d9968358ac8c.txt"),
    include_str!("../../seeds/003_af16dde49126c9a9.txt"),
    include_str!("../../seeds/004_fc1e265afb404b80.txt"),
];

/// `n` copies of the seeds; each copy's numbers and some words differ.
fn corpus_times(n: usize) -> Vec<(String, String)> {
    (0..n)
        .flat_map(|copy| {
            SEEDS.iter().enumerate().map(move |(i, t)| {
                let t = t
                    .replace("at least", &format!("at least {copy} or"))
                    .replace("mission", &format!("mission{}", copy % 17))
                    .replace("Mali ", &format!("Mali region{} ", copy % 13));
                (format!("{copy}_{i}"), t)
            })
        })
        .collect()
}

fn ingest_extract(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest+extract");
    g.sample_size(10);
    for n in [1usize, 10, 100] {
        let docs = corpus_times(n);
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{n}x")),
            &docs,
            |b, docs| {
                b.iter(|| {
                    let mut facts = 0;
                    for (id, text) in docs {
                        let d = ingest(id, id, text.as_bytes(), None).unwrap();
                        facts += extract(&d).len();
                    }
                    facts
                })
            },
        );
    }
    g.finish();
}

/// One document made of the perturbed copies end to end: its cost should grow with its
/// length, not with its length times its paragraphs (the pull-quote pass once did).
fn long_document(c: &mut Criterion) {
    let mut g = c.benchmark_group("one long document");
    g.sample_size(10);
    for n in [1usize, 10, 40] {
        // Each paragraph numbered, so no copy repeats an earlier one (a repeat is a display
        // quote, and skipped).
        let text = corpus_times(n)
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join("\n\n")
            .split("\n\n")
            .enumerate()
            .map(|(k, p)| format!("({k}) {p}"))
            .collect::<Vec<_>>()
            .join("\n\n");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{n}x")),
            &text,
            |b, text| {
                b.iter(|| {
                    let d = ingest("long", "long", text.as_bytes(), None).unwrap();
                    extract(&d).len()
                })
            },
        );
    }
    g.finish();
}

fn build_corpus(n: usize) -> Corpus {
    Corpus::build(
        corpus_times(n)
            .iter()
            .map(|(id, t)| ingest(id, id, t.as_bytes(), None).unwrap())
            .collect(),
    )
}

fn index_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("index build");
    g.sample_size(10);
    for n in [1usize, 10, 100] {
        let corpus = build_corpus(n);
        let entities: Vec<_> = corpus.docs.iter().flat_map(extract_entities).collect();
        g.bench_function(BenchmarkId::from_parameter(format!("{n}x")), |b| {
            b.iter(|| Index::build(&corpus.docs, &corpus.facts, &entities))
        });
    }
    g.finish();
}

fn queries(c: &mut Criterion) {
    let qs: Vec<Query> = [
        ("Barkhane ", None),
        ("civilians killed ", None),
        ("\"civilians killed\"", None),
        ("peacekeep", None),
        ("Barkane ", None),
        ("Kidal ", Some((Facet::Category, "troops"))),
    ]
    .into_iter()
    .map(|(t, f)| Query {
        text: t.into(),
        filters: f.map(|(k, v)| vec![(k, v.to_string())]).unwrap_or_default(),
        limit: 20,
    })
    .collect();
    let mut g = c.benchmark_group("query");
    for n in [1usize, 10, 100] {
        let corpus = build_corpus(n);
        for q in &qs {
            let name = format!(
                "{n}x {}{}",
                q.text.trim(),
                if q.filters.is_empty() { "" } else { " +filter" }
            );
            g.bench_function(name, |b| b.iter(|| corpus.search(q).total));
        }
    }
    g.finish();
}

criterion_group!(benches, ingest_extract, long_document, index_build, queries);
criterion_main!(benches);
