#!/bin/bash
# Fault matrix: 'audiencebridge exports run' against a sandbox with one fault switched on per
# scenario. Every scenario must end Successful with the sandbox's audience exactly equal to the
# hashes that 'audiencebridge hash' computes for the CSV's emails, every hash confirmed in exactly
# one batch of the run's log; "refresh revoked" must first end Failed with a message telling the
# user to reconnect, then, after 'connections login', resume to the same exact result.
#
#   tests/snapchat/with-keyring.sh tests/faults/fault_matrix.sh [PROFILES]
#
# PROFILES (default 200000) synthetic profiles are generated and imported once; each scenario gets
# a fresh sandbox subprocess (Snapchat's 10 requests/s per token limit stays on), its own
# connection (signed in through the loopback redirect) and an export matching on the email field
# only, to the sandbox's audience seg-0001. Prints a Markdown table; exits 1 when a scenario fails.
#
# Environment: AB (the executable, default build/app/audiencebridge), SCENARIOS (a subset, by
# name), BATCH (identifiers per request; default PROFILES/100, about 100 requests a run),
# TTL (access token lifetime in seconds for "token expiry" and "refresh revoked", default 20),
# LATENCY_MS (default 2000), RUN_TIMEOUT (seconds per run, default 1800), KEEP=1 keeps the work
# folder. The two token scenarios use batches small enough for a run to last about 3.5 TTLs.
set -uo pipefail

N=${1:-200000}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
AB=${AB:-$HERE/build/app/audiencebridge}
ALL_SCENARIOS="429-retry-after 429-backoff server-errors resets latency partial-failures token-expiry refresh-revoked"
SCENARIOS=${SCENARIOS:-$ALL_SCENARIOS}
BATCH=${BATCH:-$(( N / 100 > 10 ? N / 100 : 10 ))}
TTL=${TTL:-20}
LATENCY_MS=${LATENCY_MS:-2000}
RUN_TIMEOUT=${RUN_TIMEOUT:-1800}
# The client sends about 8.5 requests/s: runs of ~30 requests per second of token lifetime last
# about 3.5 lifetimes.
SLOW_BATCH=${SLOW_BATCH:-$(( N / (30 * TTL) > 1 ? N / (30 * TTL) : 1 ))}

WORK=$(mktemp -d /tmp/fault-matrix.XXXXXX)
SANDBOX_PID=
cleanup() {
    stop_sandbox
    [ "${KEEP:-0}" = 1 ] && echo "work folder kept: $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT
export AUDIENCEBRIDGE_WORKSPACE=$WORK/ws.audiencebridge
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
export QT_LOGGING_RULES='*.debug=false'
unset AUDIENCEBRIDGE_REFRESH_TOKEN AUDIENCEBRIDGE_CLIENT_SECRET DISPLAY WAYLAND_DISPLAY
cd "$WORK" || exit 2

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
stat_of() { # KEY FILE: a value of the sandbox's "stats key=value ..." line
    tr ' ' '\n' <"$2" | awk -F= -v k="$1" '$1 == k { print $2; found = 1 } END { if (!found) print 0 }'
}

stop_sandbox() {
    if [ -n "$SANDBOX_PID" ]; then
        kill "$SANDBOX_PID" 2>/dev/null   # SIGTERM: it saves its state and prints its stats
        wait "$SANDBOX_PID" 2>/dev/null
        SANDBOX_PID=
    fi
}

start_sandbox() { # DIR ARGS...
    local dir=$1; shift
    "$AB" sandbox --port 0 --state "$dir/state.tsv" --seed 7 "$@" >"$dir/sandbox.out" 2>"$dir/sandbox.err" &
    SANDBOX_PID=$!
    for _ in $(seq 100); do grep -q '^ready' "$dir/sandbox.out" 2>/dev/null && break; sleep 0.1; done
    URL=$(sed -n 's/^listening //p' "$dir/sandbox.out")
    [ -n "$URL" ]
}

login() { # CONNECTION LOGFILE: follows the printed address as a browser would
    local auth=
    : >"$2"
    "$AB" connections login "$1" 2>"$2" >/dev/null &
    local pid=$!
    for _ in $(seq 150); do auth=$(grep -m1 '^http' "$2" || true); [ -n "$auth" ] && break; sleep 0.1; done
    [ -n "$auth" ] && curl -s -L -o /dev/null "$auth"
    wait $pid
}

# The confirmed add batches of a run: "<count of batches> <identifiers> <distinct sequences>".
confirmed_batches() { # RUN_ID
    "$AB" runs show "$1" | awk -F'\t' 'NF >= 6 && $5 == "confirmed" && $3 == "add" {
        n++; ids += $4; if (!($1 in seen)) distinct++; seen[$1] = 1 }
        END { printf "%d %d %d\n", n, ids, distinct }'
}

echo "fault matrix: $N profiles (email only), batches of $BATCH, token scenarios: TTL $TTL s, batches of $SLOW_BATCH"
echo "executable: $AB; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
"$AB" profiles generate --count "$N" profiles.csv >/dev/null || exit 2
"$AB" profiles import profiles.csv --id-column customer_id >/dev/null || exit 2
"$AB" segments create everyone --rule "id is not empty" >/dev/null || exit 2
# The expected audience, computed apart from the export: every valid email of the CSV, hashed.
tail -n +2 profiles.csv | cut -d, -f2 | "$AB" hash --type email \
    | awk -F'\t' 'NF == 2 && $1 !~ /^!/ { print "EMAIL_SHA256\t" $2 }' | sort -u >expected.tsv
EXPECTED=$(wc -l <expected.tsv)
echo "expected audience: $EXPECTED email hashes"
[ "$EXPECTED" -gt $(( N / 2 )) ] || { echo "too few valid emails in the generated profiles" >&2; exit 2; }

ROWS=()
FAILED=0

# Runs one scenario; appends a table row and sets FAILED on any failed check.
scenario() { # NAME DESCRIPTION BATCH SANDBOX_ARGS...
    local name=$1 description=$2 batch=$3; shift 3
    local dir=$WORK/$name problems=() outcome retries=0 start duration status runs=1
    mkdir -p "$dir"
    echo "== $name: $description (sandbox: $*; batches of $batch)"
    if ! start_sandbox "$dir" "$@"; then
        ROWS+=("| $description | sandbox did not start | | | | | no |"); FAILED=1; return
    fi
    echo sandbox-client-secret | "$AB" connections create "$name" --client-id sandbox-client-id \
        --client-secret-stdin --api-url "$URL" --accounts-url "$URL" >/dev/null 2>"$dir/connection.err" \
        || problems+=("connections create failed: $(tail -1 "$dir/connection.err")")
    login "$name" "$dir/login1.err" || problems+=("first sign-in failed")
    "$AB" exports create "$name" --connection "$name" --audience-id seg-0001 --email-field email \
        --segment everyone >/dev/null 2>"$dir/create.err" || problems+=("exports create failed: $(tail -1 "$dir/create.err")")

    start=$(now)
    timeout "$RUN_TIMEOUT" "$AB" exports run "$name" --json --batch-size "$batch" >"$dir/run1.json" 2>"$dir/run1.err"
    local rc=$?
    status=$(jq -r '.status // "none"' "$dir/run1.json" 2>/dev/null || echo none)
    retries=$(jq -r '.retries // 0' "$dir/run1.json" 2>/dev/null || echo 0)
    outcome=$status
    if [ "$name" = refresh-revoked ]; then
        # Cut off halfway: the refresh token stops working, the run fails and says to reconnect.
        local message
        message=$(jq -r '.error // ""' "$dir/run1.json" 2>/dev/null)
        [ "$rc" -ne 0 ] && [ "$status" = failed ] || problems+=("first run: exit $rc, status $status, expected failed")
        grep -qi 'reconnect' <<<"$message" || problems+=("first run's error does not say to reconnect: $message")
        grep -q "connections login '$name'" "$dir/run1.err" \
            || problems+=("first run does not name the command that reconnects: $(tail -1 "$dir/run1.err")")
        local sent_first
        sent_first=$(jq '.schemas.EMAIL_SHA256.uploaded // 0' "$dir/run1.json" 2>/dev/null || echo 0)
        [ "$sent_first" -gt 0 ] && [ "$sent_first" -lt "$EXPECTED" ] \
            || problems+=("first run uploaded $sent_first of $EXPECTED: not cut off halfway")
        login "$name" "$dir/login2.err" || problems+=("second sign-in failed")
        timeout "$RUN_TIMEOUT" "$AB" exports run "$name" --json --batch-size "$batch" >"$dir/run2.json" 2>"$dir/run2.err"
        rc=$?
        status=$(jq -r '.status // "none"' "$dir/run2.json" 2>/dev/null || echo none)
        retries=$(( retries + $(jq -r '.retries // 0' "$dir/run2.json" 2>/dev/null || echo 0) ))
        grep -q "Resuming run" "$dir/run2.err" || problems+=("the second run did not resume the first")
        outcome="failed (reconnect: $sent_first sent), then $status"
        runs=2
    fi
    duration=$(seconds_since "$start")
    local last=$dir/run$runs.json
    [ "$rc" -eq 0 ] && [ "$status" = succeeded ] \
        || problems+=("run ended with exit $rc, status $status: $(jq -r '.error // ""' "$last" 2>/dev/null) $(tail -1 "$dir/run$runs.err")")
    # The counts of the (last) run add up and nothing failed.
    jq -e --argjson n "$N" '.profiles == $n and (.schemas.EMAIL_SHA256 | .failed == 0 and .not_sent == 0
        and (.uploaded + .already_in_audience + .duplicates + .failed + .not_sent + ([.rejected[]] | add // 0)) == $n)' \
        "$last" >/dev/null 2>&1 || problems+=("the run's counts do not add up or show failures")

    # The batch log: one run record; each hash confirmed in exactly one batch across the attempts.
    local run_id batches
    run_id=$("$AB" runs list "$name" | awk -F'\t' 'NR > 1 { print $1 }' | head -1)
    [ "$("$AB" runs list "$name" | tail -n +2 | wc -l)" -eq 1 ] || problems+=("more than one run record")
    batches=$(confirmed_batches "$run_id")
    read -r nbatches confirmed distinct <<<"$batches"
    [ "$confirmed" -eq "$EXPECTED" ] && [ "$distinct" -eq "$nbatches" ] \
        || problems+=("confirmed batches hold $confirmed identifiers for $EXPECTED hashes ($nbatches batches, $distinct distinct)")
    "$AB" runs show "$run_id" >"$dir/runs-show.txt"

    stop_sandbox
    local stats=$dir/stats.txt exact=no
    grep '^stats ' "$dir/sandbox.out" >"$stats" || problems+=("the sandbox printed no stats")
    awk -F'\t' '$1 == "hash" && $2 == "seg-0001" { print $3 "\t" $4 }' "$dir/state.tsv" | sort >"$dir/actual.tsv"
    if cmp -s expected.tsv "$dir/actual.tsv"; then
        exact=yes
    else
        problems+=("audience differs: expected $EXPECTED, sandbox has $(wc -l <"$dir/actual.tsv"), missing $(comm -23 expected.tsv "$dir/actual.tsv" | wc -l), extra $(comm -13 expected.tsv "$dir/actual.tsv" | wc -l)")
    fi

    # The fault must have bitten: the sandbox counts what it injected.
    local injected requests refreshes
    requests=$(stat_of api_requests "$stats")
    # Token refreshes during the runs: each command also refreshes once as it starts.
    refreshes=$(( $(stat_of refresh_grants "$stats") - 1 - runs ))
    case $name in
        429-*) injected="$(stat_of status_429 "$stats") × 429" ;;
        server-errors) injected="$(stat_of status_500 "$stats") × 500, $(stat_of status_503 "$stats") × 503" ;;
        resets) injected="$(stat_of resets "$stats") resets" ;;
        partial-failures) injected="$(stat_of partial_failures "$stats") failed sub-requests" ;;
        latency) injected="$LATENCY_MS ms × $requests" ;;
        token-expiry) injected="TTL $TTL s" ;;
        refresh-revoked) injected="revoked at request $(( REVOKE_AT )), $(stat_of status_401 "$stats") × 401" ;;
    esac
    case $name in
        429-*) [ "$(stat_of status_429 "$stats")" -ge 10 ] || problems+=("fewer than 10 answers were 429") ;;
        server-errors) [ $(( $(stat_of status_500 "$stats") + $(stat_of status_503 "$stats") )) -ge 3 ] || problems+=("fewer than 3 server errors") ;;
        resets) [ "$(stat_of resets "$stats")" -ge 1 ] || problems+=("no connection was reset") ;;
        partial-failures) [ "$(stat_of partial_failures "$stats")" -ge 1 ] || problems+=("no partial failure") ;;
        token-expiry) [ "$refreshes" -ge 3 ] || problems+=("$refreshes token refreshes, expected at least 3") ;;
        refresh-revoked) [ "$(stat_of code_grants "$stats")" -eq 2 ] || problems+=("expected 2 sign-ins") ;;
    esac

    local verdict=pass
    if [ ${#problems[@]} -gt 0 ]; then
        verdict=FAIL; FAILED=1
        printf '   problem: %s\n' "${problems[@]}"
    fi
    echo "   $verdict: $outcome, $retries retries, $refreshes refreshes, $duration s, exact: $exact ($requests API requests; $injected)"
    ROWS+=("| $description | $outcome | $retries | $refreshes | $duration | $exact ($EXPECTED) | $injected | $verdict |")
}

REVOKE_AT=$(( EXPECTED / SLOW_BATCH / 2 ))
for name in $SCENARIOS; do
    case $name in
        429-retry-after) scenario "$name" "429 storm, Retry-After: 1" "$BATCH" --throttle-rate 0.5 --retry-after 1 ;;
        429-backoff) scenario "$name" "429 storm, no Retry-After" "$BATCH" --throttle-rate 0.5 ;;
        server-errors) scenario "$name" "10% 500/503" "$BATCH" --fail-rate 0.1 ;;
        resets) scenario "$name" "5% connections reset mid-answer" "$BATCH" --reset-rate 0.05 ;;
        latency) scenario "$name" "$LATENCY_MS ms latency" "$BATCH" --latency-ms "$LATENCY_MS" ;;
        partial-failures) scenario "$name" "5% partial failures in HTTP 200" "$BATCH" --partial-failure-rate 0.05 ;;
        token-expiry) scenario "$name" "access token expires every $TTL s" "$SLOW_BATCH" --token-ttl "$TTL" ;;
        refresh-revoked) scenario "$name" "refresh revoked halfway" "$SLOW_BATCH" --token-ttl "$TTL" --revoke-after "$REVOKE_AT" ;;
        *) echo "unknown scenario $name (known: $ALL_SCENARIOS)" >&2; exit 2 ;;
    esac
done

echo
echo "| scenario | outcome | retries | refreshes | duration (s) | audience exact (hashes) | faults injected | result |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
exit $FAILED
