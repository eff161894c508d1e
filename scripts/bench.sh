#!/usr/bin/env bash
# The benchmark: builds the release, then prints the wasm's largest parts, what the start page
# transfers before its start control is usable and after, timings of a cold first visit on
# emulated 3G and slow 4G and of a returning visitor offline, interaction timings, Lighthouse
# (mobile) scores against static copies of the same pages, and last a summary table of the
# targets (tests/bench/bench.mjs says what each number means).
# Not part of the test command: these are numbers to read, not pass/fail.
# BENCH_RUNS (default 3): runs per throttled visit and per Lighthouse audit; the median is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if ! command -v twiggy >/dev/null; then
  cargo install --locked twiggy
fi
scripts/build.sh --release
target_dir=${CARGO_TARGET_DIR:-target}

echo
echo "## Largest parts of the child's wasm (twiggy)"
echo
# wasm-bindgen's output as shipped, but with the function names kept, so twiggy can say whose
# code each part is.
wasm_bindgen_out=$target_dir/bench-wasm
rm -rf "$wasm_bindgen_out"
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$wasm_bindgen_out" \
  "$target_dir/wasm32-unknown-unknown/release/hjulet-app.wasm"
twiggy top -n 1000000 --format csv "$wasm_bindgen_out/hjulet-app_bg.wasm" | node tests/bench/wasm-parts.mjs

# Last, so that its summary table ends the output.
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} node tests/bench/bench.mjs
