#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the app; fast when all is there.
# Safe to run again and again. Needs root (or sudo) only when Debian packages are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# scripts/test.sh checks the code's form with both.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  # Trunk 0.22 needs a newer rustc than these machines have.
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: one of its locked dependencies is gone from the registry.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

missing_packages=()
[ -x /usr/bin/chromium ] || missing_packages+=(chromium)
[ -x /usr/bin/chromedriver ] || missing_packages+=(chromium-driver)
# pdftotext: the print tests read back the PDF the app prints (tests/e2e/printing.test.mjs).
[ -x /usr/bin/pdftotext ] || missing_packages+=(poppler-utils)
# nginx and Caddy: the hosting tests run the shipped deploy/ configs in them (HJULET_HOST in
# tests/e2e/harness.mjs), as ordinary processes on a loopback port. The brotli module is
# optional for a county; here it lets the tests see brotli from nginx too.
[ -x /usr/sbin/nginx ] || missing_packages+=(nginx)
[ -e /usr/share/nginx/modules-available/mod-http-brotli-filter.conf ] || missing_packages+=(libnginx-mod-http-brotli-filter)
[ -x /usr/bin/caddy ] || missing_packages+=(caddy)
if [ ${#missing_packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_packages[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Installing nginx or caddy would start it as a system service on port 80 (invoke-rc.d, in a
  # container through /etc/init.d). A policy-rc.d that answers 101 ("not allowed") stops that;
  # one that is already there (Docker images have one) is left as it is. On a machine with
  # systemd, the services this script installed are then disabled, so that no boot starts them.
  policy=/usr/sbin/policy-rc.d
  made_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# scripts/install.sh: no service starts while it installs packages\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    made_policy=yes
    trap '$SUDO rm -f "$policy"' EXIT
  fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing_packages[@]}"
  if [ -n "$made_policy" ]; then
    $SUDO rm -f "$policy"
    trap - EXIT
  fi
  if [ -d /run/systemd/system ]; then
    for service in nginx caddy; do
      if [[ " ${missing_packages[*]} " == *" $service "* ]]; then
        $SUDO systemctl disable --now "$service" || true
      fi
    done
  fi
fi

# node_modules also brings wasm-opt (npm's binaryen), which trunk finds on PATH.
# node_modules is current when it was installed from this very package-lock.json.
lock_stamp=node_modules/.installed-from-lock
if ! cmp -s package-lock.json "$lock_stamp"; then
  say "installing node modules"
  npm ci --no-audit --no-fund
  cp package-lock.json "$lock_stamp"
fi
