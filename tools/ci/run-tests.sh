#!/usr/bin/env bash
# README command 2: install dependencies, build from scratch, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/ci/install-deps.sh
build=${FLOWDESK_BUILD_DIR:-build-ci}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON
cmake --build "$build" -j2
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600
