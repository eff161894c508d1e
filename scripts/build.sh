#!/usr/bin/env bash
# Builds both pages of the app into dist/ (the child's at /, the meeting's in /meeting-app/),
# then the service worker over both. Arguments go to both Trunk builds (e.g. --release).
# Expects the tools of scripts/install.sh on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --offline "$@"
trunk build meeting.html --offline --dist dist/meeting-app --public-url /meeting-app/ "$@"
node scripts/service-worker.mjs dist
