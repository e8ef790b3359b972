#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test with CTest.
# Extra arguments go to ctest (e.g. -R tst_email, -L gui).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build_dir=${AB_BUILD_DIR:-build}
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
