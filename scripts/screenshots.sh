#!/usr/bin/env bash
# Renders the main window's views, the dialogs and the run progress panel to PNG files in
# docs/screenshots/ (offscreen, on a generated demo workspace). Look at every picture after a
# change: nothing clipped, overlapping or untranslated.
#   scripts/screenshots.sh [OUTPUT_DIR]
#   AB_SCREENSHOT_LANGUAGE=de scripts/screenshots.sh    (German, into docs/screenshots/de)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${AB_BUILD_DIR:-build}
language=${AB_SCREENSHOT_LANGUAGE:-}
out=${1:-docs/screenshots${language:+/$language}}
bash scripts/build.sh
cmake --build "$build_dir" --target screenshots -j2
mkdir -p "$out"
# A fixed user, locale and style, so the pictures look alike on every machine.
locale=C.UTF-8 lang=en_US.UTF-8
if [ -n "$language" ]; then
    locale="${language}_${language^^}.UTF-8" lang=$locale
fi
AUDIENCEBRIDGE_USER=dana LC_ALL=$locale LANG=$lang LANGUAGE="" QT_QPA_PLATFORM=offscreen QT_STYLE_OVERRIDE=Fusion \
    AB_SCREENSHOT_LANGUAGE="$language" "$build_dir/tests/gui/screenshots" "$out"
