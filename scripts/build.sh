#!/usr/bin/env bash
# Installs what is missing, then configures and builds into build/ (or $AB_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build_dir=${AB_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAB_WARNINGS_AS_ERRORS="${AB_WARNINGS_AS_ERRORS:-ON}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
