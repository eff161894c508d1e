#!/usr/bin/env bash
# Installs whatever is missing, checks the code's form (rustfmt, clippy with warnings as
# errors), then runs every test layer:
#   1. the domain, natively (cargo test);
#   2. browser edges, as wasm in headless Chromium (wasm-bindgen-test);
#   3. the release build end to end in Chromium (Playwright, playwright-core);
#   4. the hosting-dependent end-to-end tests again, on the same build served by nginx and then by
#      Caddy with the configs in deploy/ (HJULET_HOST, tests/e2e/hosts.mjs).
# Before them, the build scripts' own tests (node, a fraction of a second).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# One fresh build, not many small ones: incremental state only costs disk here (5 GB of it).
export CARGO_INCREMENTAL=0

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "form (cargo fmt --check, clippy -D warnings)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# The browser tests and the app's own browser code build only for wasm.
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
# The build step that renders the static start page (only with Leptos's server-side rendering).
cargo clippy --locked --features prerender --example prerender -- -D warnings

say "build-script tests (node)"
node --test tests/build/

say "domain tests (native)"
cargo test --locked

say "browser-edge tests (wasm in headless Chromium)"
# webdriver.json holds the Chromium flags; the runner finds it in the working directory.
# Chromium under ChromeDriver leaves a 100 MB profile in TMPDIR per test binary: give it a
# folder of its own and remove it afterwards.
browser_tmp=$(mktemp -d)
trap 'rm -rf "$browser_tmp"' EXIT
TMPDIR=$browser_tmp \
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test browser_storage --test browser_language --test browser_lock --test browser_media --test browser_broadcast --test browser_codes --test browser_same_device

say "release build"
scripts/build.sh --release

say "end-to-end tests (Playwright in Chromium)"
npm run --silent e2e

# What a host decides: both pages and their paths, an unknown path, the headers and the policy,
# compression, a deep link reloaded, offline after one visit, a new version put up (update),
# Back from another site through the back-forward cache (leaving, locked_stays_locked), the static
# start page's language links and start links (static_start). The rest
# does not depend on the host and runs on the node server only.
hosting_tests=(
  tests/e2e/host.test.mjs
  tests/e2e/privacy_offline.test.mjs
  tests/e2e/update.test.mjs
  tests/e2e/leaving.test.mjs
  tests/e2e/locked_stays_locked.test.mjs
  tests/e2e/static_start.test.mjs
)
for host in nginx caddy; do
  say "hosting end-to-end tests, served by $host with deploy/"
  HJULET_HOST=$host node --test --test-concurrency=1 "${hosting_tests[@]}"
done
