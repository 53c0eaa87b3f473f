#!/usr/bin/env bash
# Builds the explorer from any folder of documents, so an organisation can publish its own:
#   scripts/build-edition.sh DIR [OUT]
# DIR holds .txt, .md and .html files and, optionally, a sources.toml (titles, authors, dates,
# addresses; see seeds/sources.toml). OUT (default: edition/) receives the static site, to be
# served from any static host, and OUT/minusma-explorer-offline.html, the one-file edition.
# A document that cannot be read stops the build, naming the file and the reason; a folder
# with no readable document is an error.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: scripts/build-edition.sh DIR [OUT]" >&2
  exit 2
fi
dir=$(realpath -m "$1")
out=$(realpath -m "${2:-edition}")
if [ ! -d "$dir" ]; then
  echo "error: $1: not a folder" >&2
  exit 1
fi
if ! find "$dir" -maxdepth 1 -type f \( -iname '*.txt' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.htm' -o -iname '*.html' -o -iname '*.xhtml' \) | grep -q .; then
  echo "error: $1: no .txt, .md or .html files" >&2
  exit 1
fi

scripts/setup.sh app
# Read every document natively first: a bad file is reported by name before the long build.
report=$(cargo run -q --release -p corpus -- docs "$dir" 2>&1 > /dev/null) || { echo "$report" >&2; exit 1; }
if grep -q '^error:' <<< "$report"; then
  grep '^error:' <<< "$report" >&2
  echo "error: every document of $1 must be readable; fix or remove the files above" >&2
  exit 1
fi
MINUSMA_SOURCES="$dir" trunk build --release --dist "$out"
echo "edition of $dir built in $out (open $out/minusma-explorer-offline.html, or serve $out)"
