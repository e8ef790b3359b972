#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# so that a test can use the real keychain without touching the user's own. The keyring's files
# live in a temporary folder of their own (the daemon would otherwise open the user's login
# keyring in ~/.local/share/keyrings): tests running side by side do not share, and clobber, one
# keyring file, and no test secret is left behind.
keyring_data=$(mktemp -d "${TMPDIR:-/tmp}/audiencebridge-keyring.XXXXXX") || exit 1
dbus-run-session -- sh -c 'printf pw | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    "$keyring_data" "$@"
status=$?
rm -rf "$keyring_data"
exit $status
