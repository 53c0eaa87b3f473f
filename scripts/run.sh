#!/usr/bin/env bash
# Installs what is missing, builds the explorer in release and serves it on 127.0.0.1.
#   PORT=9000 scripts/run.sh   to use another port
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh app
port=${PORT:-8080}
echo "MINUSMA Explorer will be served at http://127.0.0.1:$port/ (Ctrl-C stops it)"
# No auto-reload: its injected inline script would (rightly) be refused by the page's CSP.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "$port"
