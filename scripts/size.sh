#!/usr/bin/env bash
# Prints each shipped file of dist/ with its raw and brotli size, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import os, sys
try:
    import brotli
    comp = lambda b: len(brotli.compress(b, quality=11))
    how = "brotli -q 11"
except ImportError:
    import gzip
    comp = lambda b: len(gzip.compress(b, 9))
    how = "gzip -9 (python brotli module not installed)"
total_raw = total_c = 0
rows = []
for root, _, files in os.walk("dist"):
    for f in files:
        if f == "minusma-explorer-offline.html" or f == "fr.tsv" or f.startswith(("minusma-worker", "worker-loader")):
            continue  # the one-file edition, the documents worker and the French messages are not the first load
        p = os.path.join(root, f)
        b = open(p, "rb").read()
        rows.append((p[5:], len(b), comp(b)))
for name, raw, c in sorted(rows, key=lambda r: -r[2]):
    print(f"{name:48} {raw:>10,} B raw {c:>9,} B {how.split()[0]}")
    total_raw += raw
    total_c += c
print(f"{'total':48} {total_raw:>10,} B raw {total_c:>9,} B {how}")
PY
