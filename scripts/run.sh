#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts the desktop application.
#   bash scripts/run.sh                    the demo: a local Snapchat sandbox and a ready workspace
#   bash scripts/run.sh --workspace FILE   another workspace (any options go to the application)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ $# -eq 0 ]; then
    exec bash scripts/demo.sh
fi
exec "${AB_BUILD_DIR:-build}/app/audiencebridge" "$@"
