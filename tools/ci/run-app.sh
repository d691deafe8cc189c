#!/usr/bin/env bash
# README command 1: install dependencies, build, start FlowDesk on its built-in demo feed.
# Without a display it says so and runs the headless pipeline instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/ci/install-deps.sh
build=${FLOWDESK_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DFLOWDESK_BUILD_BENCH=OFF
cmake --build "$build" -j2 --target flowdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  sample=../shared/testdata/golden/scenario.jsonl.gz
  echo "No display found (DISPLAY/WAYLAND_DISPLAY unset), so no window can open." >&2
  if [ -f "$sample" ]; then
    echo "Running the headless pipeline on the recorded golden scenario instead (8 min of relay frames):" >&2
    exec "$build/app/flowdesk" --headless --replay "$sample" --views micro --out -
  fi
  exec "$build/app/flowdesk" --help
fi
# With no arguments: the built-in demo feed (labelled DEMO); any arguments go to FlowDesk
# as they are (e.g. --relay ws://host:9001).
[ $# -gt 0 ] || set -- --demo
exec "$build/app/flowdesk" "$@"
