#!/usr/bin/env bash
# Opens the demo: starts the Snapchat sandbox on loopback, creates the demo workspace the first time
# (generated profiles, three segments, a connection to the sandbox, one export), signs the
# connection in, and starts the desktop application on it. The sandbox stops when the window closes.
#   bash scripts/demo.sh                  (scripts/run.sh builds first, then calls this)
#   bash scripts/demo.sh exports run 'Newsletter subscribers'    (any command, on the demo)
# Settings: AB_DEMO_DIR (default ~/.local/share/AudienceBridge/demo), AB_DEMO_PORT (47617),
# AB_DEMO_PROFILES (50000), AB_BUILD_DIR (build).
set -euo pipefail
cd "$(dirname "$0")/.."

ab=$(realpath "${AB_BUILD_DIR:-build}/app/audiencebridge")
demo_dir=${AB_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/AudienceBridge/demo}
port=${AB_DEMO_PORT:-47617}
mkdir -p "$demo_dir"

# The sign-in (a rotating refresh token) must be stored in a Secret Service. Without one (a
# container, a bare VM), run the demo inside a private D-Bus session with its own GNOME Keyring,
# kept in the demo folder and unlocked with a fixed password: it only ever holds the sandbox's
# made-up credentials.
has_secret_service() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] &&
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
if [ -z "${AB_DEMO_IN_KEYRING:-}" ] && ! has_secret_service; then
    echo "No Secret Service running: the demo uses its own keyring in $demo_dir/keyrings." >&2
    export AB_DEMO_IN_KEYRING=1
    exec dbus-run-session -- sh -c 'printf demo | XDG_DATA_HOME="$1" gnome-keyring-daemon --unlock --components=secrets >/dev/null
        shift; exec bash "$@"' sh "$demo_dir" "$PWD/scripts/demo.sh" "$@"
fi

export AUDIENCEBRIDGE_WORKSPACE="$demo_dir/demo.audiencebridge"
url="http://127.0.0.1:$port"
log="$demo_dir/sandbox.log"

# The sandbox, on a fixed port because the connection stores its address; its audiences persist
# in the state file, so the export's earlier runs and the audience agree across launches.
"$ab" sandbox --port "$port" --state "$demo_dir/sandbox-state.tsv" >"$log" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q '^ready' "$log" && break
    kill -0 "$sandbox" 2>/dev/null || { cat "$log" >&2; echo "The sandbox did not start (port $port busy? set AB_DEMO_PORT)." >&2; exit 1; }
    sleep 0.1
done
grep -q '^ready' "$log" || { echo "The sandbox did not become ready on $url." >&2; exit 1; }

if [ ! -s "$AUDIENCEBRIDGE_WORKSPACE" ]; then
    echo "Creating the demo workspace $AUDIENCEBRIDGE_WORKSPACE ..." >&2
    trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null || true; rm -f "$AUDIENCEBRIDGE_WORKSPACE"*' ERR
    csv="$demo_dir/profiles.csv"
    "$ab" profiles generate "$csv" --count "${AB_DEMO_PROFILES:-50000}"
    "$ab" profiles import "$csv" --id-column customer_id >/dev/null
    rm -f "$csv"
    "$ab" segments create "Everyone" --rule "customer_id is not empty" >/dev/null
    "$ab" segments create "Germany" --rule "country = 'DE'" >/dev/null
    "$ab" segments create "High value" --rule "ltv >= 2000" >/dev/null
    echo sandbox-client-secret | "$ab" connections create "Snapchat sandbox" --client-id sandbox-client-id \
        --client-secret-stdin --api-url "$url" --accounts-url "$url" >/dev/null
    trap - ERR
fi

# Sign in on every launch: the sandbox forgets its tokens when it stops. The authorization
# address is followed the way a browser would (the sandbox approves at once), never in a real
# browser: the login's own browser opening is switched off by hiding the display.
login_err="$demo_dir/login.log"
env -u DISPLAY -u WAYLAND_DISPLAY "$ab" connections login "Snapchat sandbox" --timeout 30 2>"$login_err" >/dev/null &
login=$!
authorize=""
for _ in $(seq 100); do
    authorize=$(grep -m1 '^http' "$login_err" || true)
    [ -n "$authorize" ] && break
    sleep 0.1
done
[ -n "$authorize" ] && curl -sfL -o /dev/null "$authorize" || true
wait "$login" || { cat "$login_err" >&2; echo "Signing in to the sandbox failed." >&2; exit 1; }

exports=$("$ab" exports list)
if ! grep -q 'Newsletter subscribers' <<<"$exports"; then
    "$ab" exports create "Newsletter subscribers" --connection "Snapchat sandbox" --audience-id seg-0001 \
        --email-field email --phone-field phone --default-region DE --maid-field mobile_ad_id \
        --segment "Everyone" >/dev/null
fi

# The window, on the demo workspace (AUDIENCEBRIDGE_WORKSPACE); with arguments, that command instead.
"$ab" "$@"
