#!/bin/sh
# Derives src/SyriaTalks.Extraction/Resources/Sentences/abbreviations.txt from NLTK Punkt's English
# parameters as Debian ships them (golang-gopkg-neurosnap-sentences.v1-dev, data/english.json, MIT).
# Single letters are left out (initials are handled by rule); our own additions follow the Punkt list.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download golang-gopkg-neurosnap-sentences.v1-dev >/dev/null
dpkg-deb -x ./*.deb x
json=$(find x -path '*sentences.v1/data/english.json')
out="$root/src/SyriaTalks.Extraction/Resources/Sentences/abbreviations.txt"
mkdir -p "$(dirname "$out")"
{
  echo "# NLTK Punkt English abbreviation types (MIT), via Debian golang-gopkg-neurosnap-sentences.v1-dev; see LICENSES.md"
  python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
for a in sorted(d['AbbrevTypes']):
    a = a.strip()
    if len(a) > 1 and ' ' not in a:
        print(a)
" "$json"
  echo "# SyriaTalks additions: titles and abbreviations of world news"
  for a in gov gen lt sgt capt cmdr col maj brig adm pres rev no nos st mt jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun est approx dept govt u.a.e e.g i.e etc vs u.s u.n u.k e.u a.m p.m; do
    echo "$a"
  done
} | awk '!seen[$0]++' > "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
