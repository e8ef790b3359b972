#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts the desktop application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec "${AB_BUILD_DIR:-build}/app/audiencebridge" "$@"
