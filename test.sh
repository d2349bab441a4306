#!/usr/bin/env bash
# Runs every test of SyriaTalks: unit, bUnit, integration (real SQLite) and browser tests (headless Chromium).
# Ends with the line "N passed, N failed" and exits non-zero when any test failed or a test run broke.
set -uo pipefail
cd "$(dirname "$0")"

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! chromium_path=$(find_chromium); then
  echo "test.sh: installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  for attempt in 1 2 3; do
    $sudo apt-get update -qq >/dev/null 2>&1
    if $sudo apt-get install -y -qq chromium >/dev/null 2>&1; then break; fi
    echo "test.sh: chromium install attempt $attempt failed; retrying"
    sleep 5
  done
  chromium_path=$(find_chromium) || { echo "test.sh: no Chromium could be found or installed"; echo "0 passed, 1 failed"; exit 1; }
fi
export CHROMIUM_PATH="$chromium_path"
echo "test.sh: browser tests use $CHROMIUM_PATH"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build SyriaTalks.sln -c Release -nologo -v quiet; then
  echo "test.sh: the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
dotnet test SyriaTalks.sln -c Release --no-build -nologo -m:1 --results-directory artifacts/test-results 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries: "Passed!  - Failed: 0, Passed: 11, Skipped: 0, Total: 11, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project failed to run: never report that as green
fi
echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
