#!/usr/bin/env bash
# Builds both pages of the app into dist/ (the child's at /, the meeting's in /meeting-app/),
# then the licence files (dist/licenses/, scripts/licenses.mjs) and the service worker over all of
# it. Arguments go to both Trunk builds (e.g. --release).
# Expects the tools of scripts/install.sh on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the about panel shows and dist/licenses/dependencies.json records (src/domain/build_info.rs):
# the commit the build is made from and that commit's date — never the build's own clock, so the
# same commit builds the same files. A commit with uncommitted changes on top is marked so.
# Without git, SOURCE_DATE_EPOCH gives the date, if set; otherwise the panel says it is unknown.
# HJULET_SOURCE_URL (the address of the source code) is the county's to set; it passes through.
if commit_date=$(git log -1 --format=%cs 2>/dev/null); then
  HJULET_COMMIT=$(git rev-parse --short=7 HEAD)
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    HJULET_COMMIT="$HJULET_COMMIT-modified"
  fi
  HJULET_COMMIT_DATE=$commit_date
elif [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  HJULET_COMMIT=""
  HJULET_COMMIT_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)
else
  HJULET_COMMIT=""
  HJULET_COMMIT_DATE=""
fi
export HJULET_COMMIT HJULET_COMMIT_DATE

# The static start page, in every language, from the app's own components (Leptos's server-side
# rendering, natively); index.html inlines what it writes.
cargo run --quiet --features prerender --example prerender -- target/prerender
trunk build --offline "$@"
trunk build meeting.html --offline --dist dist/meeting-app --public-url /meeting-app/ "$@"
# The camera reader (the QR decoder), fetched only when a camera reader opens.
trunk build reader.html --offline --dist dist/reader-app --public-url /reader-app/ "$@"
node scripts/licenses.mjs dist
node scripts/service-worker.mjs dist
