#!/usr/bin/env bash
# Renders every page of the Add connection and Add export wizards to docs/screenshots/*.png
# (offscreen, against the in-process sandbox), failing when a control is squeezed or sticks out.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build_dir=${AB_BUILD_DIR:-build}
mkdir -p docs/screenshots
AB_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    "$build_dir/tests/gui/tst_wizardscreenshots"
