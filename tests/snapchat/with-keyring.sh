#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# so that a test can use the real keychain without touching the user's own. Each run keeps its
# keyring in a folder of its own: two daemons sharing one keyring file (tests run in parallel)
# overwrite each other's entries.
exec dbus-run-session -- sh -c '
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/audiencebridge-keyring.XXXXXX") || exit 1
printf pw | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
status=$?
rm -rf "$keyrings"
exit $status' sh "$@"
