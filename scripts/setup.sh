#!/usr/bin/env bash
# Installs every Debian 12 package AudienceBridge needs to build, run and test.
# Idempotent: packages already present are left alone. Run as root or through sudo.
set -euo pipefail

packages=(
  # build tools
  cmake ninja-build g++ pkg-config
  # the libFuzzer targets (scripts/fuzz.sh): clang with its sanitizer and fuzzer runtimes
  clang libclang-rt-14-dev
  # Qt 6.4.2: base (Core, Gui, Widgets, Network, Sql, Concurrent, Test), OAuth, Linguist
  qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6 libgl-dev
  # SQL drivers: the workspace (SQLite) and external profile sources
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-odbc libsqlite3-dev
  # secrets, crypto, phone numbers
  qtkeychain-qt6-dev libssl-dev libphonenumber-dev
  # what the tests need: a real PostgreSQL server, sqlite3 for the import benchmark,
  # a Secret Service for the keychain test
  postgresql sqlite3 dbus dbus-x11 gnome-keyring libsecret-tools
  # tests/snapchat/with-keyring.sh ends the keyring daemon it started (pgrep)
  procps
  # the fault matrix, the crash test and the export benchmark read the runs' JSON summaries;
  # the export benchmark measures peak memory with /usr/bin/time
  jq time
  # packaging and desktop integration: icons rendered from the SVG, validators, the .deb
  librsvg2-bin desktop-file-utils appstream dpkg-dev file
  # the demo (scripts/demo.sh) follows the sandbox's sign-in address the way a browser would
  curl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
