#!/usr/bin/env python3
"""Writes N perturbed copies of the seeds (default 100, so 500 texts) into a folder, the same
perturbation as corpus/benches/pipeline.rs, for timing the CLI as a whole process:

    scripts/seeds-x100.py /tmp/seeds-x100
    time target/release/corpus facts /tmp/seeds-x100 > /dev/null
"""
import pathlib
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/seeds-x100")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
seeds = sorted(pathlib.Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
out.mkdir(parents=True, exist_ok=True)
total = 0
for copy in range(n):
    for i, path in enumerate(seeds):
        t = path.read_text(encoding="utf-8")
        t = (
            t.replace("at least", f"at least {copy} or")
            .replace("mission", f"mission{copy % 17}")
            .replace("Mali ", f"Mali region{copy % 13} ")
        )
        data = t.encode("utf-8")
        total += len(data)
        (out / f"{copy:03}_{i}.txt").write_bytes(data)
print(f"{n * len(seeds)} texts, {total / 2**20:.2f} MiB in {out}")
