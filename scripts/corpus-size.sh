#!/usr/bin/env bash
# Measures the parsed seed corpus and its search index as they would ship: JSON, raw and
# brotli-compressed (quality 11).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
cargo run -q --release -p corpus -- export seeds 2>/dev/null | python3 -c 'import json,sys; json.dump(json.load(sys.stdin), sys.stdout, separators=(",", ":"))' > "$out/corpus.json"
cargo run -q --release -p corpus -- index seeds 2>/dev/null > "$out/index.json"
python3 - "$out" <<'PY'
import os, sys, brotli
d = sys.argv[1]
for name in ("corpus.json", "index.json"):
    b = open(os.path.join(d, name), "rb").read()
    print(f"{name:12} {len(b):>9,} B raw {len(brotli.compress(b, quality=11)):>8,} B brotli")
PY
rm -rf "$out"
