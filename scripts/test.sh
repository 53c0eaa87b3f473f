#!/usr/bin/env bash
# Installs what is missing and runs every check and test: format, lints, the corpus engine's
# unit, property and CLI tests, the app's component tests in Chromium, a release build of the app with Trunk, and the end-to-end
# tests in the system Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh test
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check
step "lints (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p minusma-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo check -p corpus --lib --no-default-features --target wasm32-unknown-unknown
step "corpus engine: unit, property and CLI tests"
cargo test --workspace
step "component tests in Chromium (wasm-bindgen-test)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
  cargo test -p minusma-explorer --target wasm32-unknown-unknown
step "release build with Trunk and wasm-opt"
trunk build --release
step "shipped size"
scripts/size.sh
step "end-to-end tests in Chromium"
(cd tests/e2e && node --test)
