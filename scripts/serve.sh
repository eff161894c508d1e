#!/usr/bin/env bash
# Installs whatever is missing, builds the app (both pages, release) and serves it on
# http://127.0.0.1:8080 as a real host would (brotli, each path its page). Ctrl+C stops it;
# run it again after a change. A port as the first argument serves there instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh --release
exec node scripts/serve-dist.mjs "${1:-8080}"
