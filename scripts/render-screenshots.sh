#!/usr/bin/env bash
# Renders every page of the Add connection and Add export wizards to docs/screenshots/*.png
# (offscreen, against the in-process sandbox), failing when a control is squeezed or sticks out.
#   scripts/render-screenshots.sh [LANGUAGE]
# With a language (de, fr), the pages are rendered and checked in it, into docs/screenshots/LANGUAGE/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build_dir=${AB_BUILD_DIR:-build}
language=${1:-}
out="$PWD/docs/screenshots${language:+/$language}"
mkdir -p "$out"
if [ -n "$language" ]; then
    # The language's own number and date formats too (de -> de_DE).
    export LC_ALL="${language}_${language^^}.UTF-8" LANG="${language}_${language^^}.UTF-8" LANGUAGE=""
fi
AB_SCREENSHOT_DIR="$out" AB_SCREENSHOT_LANGUAGE="$language" QT_QPA_PLATFORM=offscreen \
    "$build_dir/tests/gui/tst_wizardscreenshots"
