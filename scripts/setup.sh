#!/usr/bin/env bash
# Installs what the project needs and is missing; skips what is already there. Safe to re-run.
#   scripts/setup.sh app    the Rust wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test   the above, plus Chromium, ChromeDriver and the e2e test packages
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app}
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this project's 1.95; 0.21.14 is the pinned one.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.14'; then
  say "installing trunk 0.21.14 (about 7 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version of Cargo.lock.
wb=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
  say "installing wasm-bindgen-cli $wb (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "=$wb"
fi

# wasm-opt 116 from crates.io; never Debian's binaryen 108 (it breaks the module).
if ! "$HOME/.cargo/bin/wasm-opt" --version 2>/dev/null | grep -q 'version 116'; then
  say "installing wasm-opt 116 (about 10 minutes)"
  cargo install wasm-opt --version 0.116.1
fi

# The build's post-build step (CSP, service worker, one-file edition) is a Python script.
if ! command -v python3 >/dev/null; then
  say "installing python3 (the post-build step needs it)"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 >/dev/null
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver from Debian"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! python3 -c 'import brotli' 2>/dev/null; then
    say "installing the brotli Python module (for measuring shipped sizes)"
    python3 -m pip install -q brotli
  fi
  missing=0
  for pkg in playwright-core axe-core lighthouse; do
    [ -f "tests/e2e/node_modules/$pkg/package.json" ] || missing=1
  done
  if [ "$missing" = 1 ]; then
    say "installing the e2e test packages (playwright-core, axe-core, lighthouse; no browser download)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi
