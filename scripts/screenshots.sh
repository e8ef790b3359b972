#!/usr/bin/env bash
# Renders the main window's views, the dialogs and the run progress panel to PNG files in
# docs/screenshots/ (offscreen, on a generated demo workspace). Look at every picture after a
# change: nothing clipped, overlapping or untranslated.
#   scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${AB_BUILD_DIR:-build}
out=${1:-docs/screenshots}
bash scripts/build.sh
cmake --build "$build_dir" --target screenshots -j2
mkdir -p "$out"
# A fixed user, locale and style, so the pictures look alike on every machine.
AUDIENCEBRIDGE_USER=dana LC_ALL=C.UTF-8 LANG=en_US.UTF-8 QT_QPA_PLATFORM=offscreen QT_STYLE_OVERRIDE=Fusion \
    "$build_dir/tests/gui/screenshots" "$out"
