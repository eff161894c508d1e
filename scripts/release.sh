#!/usr/bin/env bash
# Makes a release a county can audit, offline, from the commit checked out:
#   release/barnets-basta-hjulet-<version>-<commit>/
#     barnets-basta-hjulet-<version>-<commit>.tar.gz  the built site (dist/ of a release build)
#     dependencies.json   every part of the build with its version and licence (CycloneDX 1.5)
#     LICENSES/           the app's licence (MIT.txt, Apache-2.0.txt), the pictograms' (PICTOGRAMS.md)
#                         and the crates' licence texts and notices (third-party.txt)
#     SHA256SUMS          checksums of all of the above and of every file in the archive
# The archive is reproducible: sorted entries, every file dated at the commit, no owner names,
# gzip without a name or time. Check it with `sha256sum -c --ignore-missing SHA256SUMS`, or,
# after `tar -xzf <archive>` in the same folder, every file with `sha256sum -c SHA256SUMS`.
#
# Options (tests use them; a county needs none):
#   --from DIR  pack an already built site instead of building one (skips the build and the
#               check for uncommitted changes)
#   --out DIR   where the release's folder goes (default: release/)
# HJULET_SOURCE_URL: the address of the source code that the about panel shows (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

from=""
out="release"
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "release.sh: unknown option $1 (see the top of the script)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
  commit=$(git rev-parse --short=7 HEAD)
  epoch=$(git log -1 --format=%ct)
  name="barnets-basta-hjulet-$version-$commit"
elif [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  # A copy of the source without git: the date must come from whoever made the copy.
  epoch=$SOURCE_DATE_EPOCH
  name="barnets-basta-hjulet-$version"
else
  echo "release.sh: no git history here; set SOURCE_DATE_EPOCH to the source's date (seconds since 1970)" >&2
  exit 1
fi

if [ -z "$from" ]; then
  # Untracked files count too: the build would take in a stray file in public/ or locales/.
  if [ -n "$(git status --porcelain --untracked-files=normal 2>/dev/null)" ]; then
    echo "release.sh: there are uncommitted or untracked files. A release is named by its commit: commit or remove them first." >&2
    exit 1
  fi
  scripts/install.sh
  export PATH="$repo/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  if [ -z "${HJULET_SOURCE_URL:-}" ]; then
    say "HJULET_SOURCE_URL is not set: the about panel will say that no source address was given"
  fi
  say "release build"
  rm -rf dist
  scripts/build.sh --release
  from=dist
fi
for needed in index.html licenses/dependencies.json licenses/third-party.txt; do
  [ -f "$from/$needed" ] || { echo "release.sh: $from has no $needed: is it a build of scripts/build.sh?" >&2; exit 1; }
done

target="$out/$name"
say "packing $target"
rm -rf "$target"
mkdir -p "$target/LICENSES"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$from" "$staging/$name"

tar --create --format=gnu --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' --directory "$staging" "$name" | gzip -9 -n > "$target/$name.tar.gz"
cp "$from/licenses/dependencies.json" "$target/dependencies.json"
cp LICENSES/MIT.txt LICENSES/Apache-2.0.txt LICENSES/PICTOGRAMS.md "$target/LICENSES/"
cp "$from/licenses/third-party.txt" "$target/LICENSES/third-party.txt"

# The files in the archive by the path they get when it is unpacked here, then what lies beside it.
(
  cd "$staging"
  find "$name" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
) > "$staging/in-archive"
(
  cd "$target"
  find . -type f ! -name SHA256SUMS -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum
  cat "$staging/in-archive"
) > "$staging/SHA256SUMS"
mv "$staging/SHA256SUMS" "$target/SHA256SUMS"

say "done: $target ($(wc -l < "$target/SHA256SUMS") checksums)"
