#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# so that a test can use the real keychain without touching the user's own. The keyring's files
# go to a folder of their own, and the daemon is ended afterwards (it outlives its D-Bus session):
# daemons of earlier or parallel tests would otherwise share ~/.local/share/keyrings/login.keyring
# and overwrite each other's items.
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/ab-keyrings.XXXXXX") || exit 1
dbus-run-session -- sh -c '
    dir=$1; shift
    printf pw | XDG_DATA_HOME="$dir" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"
    status=$?
    # The daemon started here is the one whose data folder is $dir.
    for pid in $(pgrep -x gnome-keyring-d); do
        grep -qz "^XDG_DATA_HOME=$dir\$" "/proc/$pid/environ" 2>/dev/null || continue
        kill "$pid"
        # It writes its files as it goes: wait (up to 10 s) before they are removed.
        for _ in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.2; done
    done
    exit $status' sh "$keyrings" "$@"
status=$?
rm -rf "$keyrings"
exit $status
