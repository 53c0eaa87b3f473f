//! Ingest + fact extraction over the seed corpus, and over copies of it (10× and 100×), to
//! show the cost grows linearly. Copies are perturbed (ids and a number changed) so no work
//! can be shared between them.
//!
//! cargo bench -p corpus --bench pipeline

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEEDS: [&str; 5] = [
    include_str!("../../seeds/000_42da79048cd32607.txt"),
    include_str!("../../seeds/001_970d7b45e64713e1.txt"),
    include_str!("../../seeds/002_6414d9968358ac8c.txt"),
    include_str!("../../seeds/003_af16dde49126c9a9.txt"),
    include_str!("../../seeds/004_fc1e265afb404b80.txt"),
];

fn corpus_times(n: usize) -> Vec<(String, String)> {
    (0..n)
        .flat_map(|copy| {
            SEEDS.iter().enumerate().map(move |(i, t)| {
                (
                    format!("{copy}_{i}"),
                    t.replace("at least", &format!("at least {copy} or")),
                )
            })
        })
        .collect()
}

fn bench(c: &mut Criterion) {
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
                        let d = corpus::ingest::ingest(id, id, text.as_bytes(), None).unwrap();
                        facts += corpus::facts::extract(&d).len();
                    }
                    facts
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
