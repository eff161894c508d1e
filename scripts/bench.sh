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
echo "## Largest parts of the child's wasm (twiggy)"
echo
# wasm-bindgen's output as shipped, but with the function names kept, so twiggy can say whose
# code each part is.
wasm_bindgen_out=target/bench-wasm
rm -rf "$wasm_bindgen_out"
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$wasm_bindgen_out" \
  target/wasm32-unknown-unknown/release/hjulet-app.wasm
twiggy top -n 1000000 --format csv "$wasm_bindgen_out/hjulet-app_bg.wasm" | node tests/bench/wasm-parts.mjs
