#!/usr/bin/env bash
# Builds the offline map of Syria and its neighbours shipped with the app:
#   src/SyriaTalks.Web/wwwroot/map/levant.svg
# from Natural Earth's 1:50m countries (public domain) as packaged by npm world-atlas@2.0.2, converted with
# topojson-client. Run at development time only; the output is committed. The app never downloads anything.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
mkdir -p "$root/src/SyriaTalks.Web/wwwroot/map"
NODE_PATH="$work/node_modules" node "$here/build-map.js" "$work/node_modules/world-atlas/countries-50m.json" > "$root/src/SyriaTalks.Web/wwwroot/map/levant.svg"
echo "wrote src/SyriaTalks.Web/wwwroot/map/levant.svg ($(wc -c < "$root/src/SyriaTalks.Web/wwwroot/map/levant.svg") bytes)"
