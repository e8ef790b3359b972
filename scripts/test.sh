#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test with CTest.
# Extra arguments go to ctest (e.g. -R tst_email, -L gui).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build_dir=${AB_BUILD_DIR:-build}
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
cd - >/dev/null
# The fuzz smoke (about 25 s per libFuzzer target, in its own clang build): a crash fails the run.
# Skipped only when ctest was given a selection (e.g. -R tst_email).
if [ $# -eq 0 ]; then
  bash scripts/fuzz.sh
fi
