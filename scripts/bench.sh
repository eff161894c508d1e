#!/usr/bin/env bash
# The benchmark: builds the release, then measures transfer sizes, Lighthouse (mobile) scores
# against a static page drawing the same wheel, interaction timings, and the wasm's largest parts.
# Not part of the test command: these are numbers to read, not pass/fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if ! command -v twiggy >/dev/null; then
  cargo install --locked twiggy
fi
scripts/build.sh --release
CHROME_PATH=/usr/bin/chromium node tests/bench/bench.mjs
echo
echo "## Largest parts of the wasm (twiggy, before wasm-opt)"
echo
twiggy top -n 15 target/wasm32-unknown-unknown/release/hjulet-app.wasm
