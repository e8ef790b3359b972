#!/usr/bin/env bash
# Builds the Debian package, installs it with apt (pulling its dependencies), checks the installed
# program as a user would, and removes the package. Needs root or password-less sudo.
set -euo pipefail
build_dir=$1
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB >/dev/null) || fail "cpack could not build the package"
deb=$(ls -t "$build_dir"/audiencebridge_*_amd64.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb in $build_dir"

depends=$(dpkg-deb --field "$deb" Depends)
contents=$(dpkg-deb --contents "$deb")
grep -q 'libqt6sql6-sqlite' <<<"$depends" || fail "Depends lacks the SQLite driver: $depends"
grep -q 'gnome-keyring | kwalletmanager' <<<"$depends" || fail "Depends lacks a Secret Service: $depends"
grep -q 'qt6-translations-l10n' <<<"$depends" || fail "Depends lacks Qt's translations: $depends"
for path in ./usr/bin/audiencebridge ./usr/share/applications/io.github.audiencebridge.AudienceBridge.desktop \
            ./usr/share/metainfo/io.github.audiencebridge.AudienceBridge.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.audiencebridge.AudienceBridge.svg \
            ./usr/share/icons/hicolor/48x48/apps/io.github.audiencebridge.AudienceBridge.png \
            ./usr/share/man/man1/audiencebridge.1; do
    grep -q " $path" <<<"$contents" || fail "the package lacks $path"
done

cleanup() { $SUDO dpkg --purge audiencebridge >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$deb" >/dev/null \
    || fail "apt-get could not install $deb"

version=$(/usr/bin/audiencebridge --version)
[ "$version" = "AudienceBridge $(dpkg-deb --field "$deb" Version)" ] || fail "unexpected version: $version"
hashed=$(printf ' Test@Example.COM \n' | /usr/bin/audiencebridge hash --type email)
[ "$hashed" = "$(printf 'test@example.com\t973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b')" ] \
    || fail "the installed hash command printed: $hashed"
man -w audiencebridge >/dev/null 2>&1 || [ -f /usr/share/man/man1/audiencebridge.1.gz ] || fail "no man page"

# The installed GUI starts and keeps running with its window up until it is stopped.
tmp_home=$(mktemp -d)
set +e
HOME=$tmp_home XDG_RUNTIME_DIR=$tmp_home QT_QPA_PLATFORM=offscreen timeout 3 /usr/bin/audiencebridge \
    >"$tmp_home/gui.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { cat "$tmp_home/gui.log" >&2; fail "the GUI exited with $status before 3 s"; }
rm -rf "$tmp_home"

$SUDO dpkg --purge audiencebridge >/dev/null || fail "the package did not remove cleanly"
[ ! -e /usr/bin/audiencebridge ] || fail "/usr/bin/audiencebridge is still there after removal"
trap - EXIT
echo "package $deb installed, ran and was removed"
