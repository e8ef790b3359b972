#!/bin/bash
# Benchmark of 'audiencebridge exports run' against the local sandbox (not run by ctest).
#
#   tests/bench/bench_export.sh [PROFILES] [SCENARIO]
#
# SCENARIO: "clean" (default; loopback, no faults, no rate limit), "limited" (10 requests/s, 200 ms latency,
# 2% of requests answered 429 on top of the rate limit's own), or "big"
# (peak RSS only; runs PROFILES profiles, e.g. 10000000, through the same clean setup).
# Prints the wall time of the run, the CLI's peak RSS, profiles per second and the split from
# the run's timings_ms, then checks the sandbox's audience against the hashes that
# 'audiencebridge hash' computes for the same CSV.
#
# Needs a Secret Service: run it as  tests/snapchat/with-keyring.sh tests/bench/bench_export.sh
# AB (the executable) defaults to build/app/audiencebridge; KEEP=1 keeps the work folder;
# MATCH=email matches on the email field only (default: email, phone with region DE, mobile ad ID).
set -euo pipefail

N=${1:-1000000}
SCENARIO=${2:-clean}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
AB=${AB:-$HERE/build/app/audiencebridge}
WORK=$(mktemp -d /tmp/bench-export.XXXXXX)
SANDBOX_PID=
cleanup() {
    [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null && wait "$SANDBOX_PID" 2>/dev/null
    [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"
export AUDIENCEBRIDGE_WORKSPACE=$WORK/ws.audiencebridge
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
unset AUDIENCEBRIDGE_REFRESH_TOKEN AUDIENCEBRIDGE_CLIENT_SECRET

SANDBOX_ARGS=(--port 0 --state "$WORK/state.tsv")
case $SCENARIO in
    clean|big) SANDBOX_ARGS+=(--rate-limit 0) ;;  # no faults: not even the default 10 requests/s limit
    limited) SANDBOX_ARGS+=(--rate-limit 10 --latency-ms 200 --throttle-rate 0.02) ;;
    *) echo "unknown scenario $SCENARIO" >&2; exit 2 ;;
esac

echo "profiles: $N, scenario: $SCENARIO, executable: $AB"
"$AB" profiles generate --count "$N" profiles.csv
"$AB" profiles import profiles.csv --id-column customer_id >/dev/null
"$AB" segments create everyone --rule "id is not empty" >/dev/null

"$AB" sandbox "${SANDBOX_ARGS[@]}" >sandbox.out 2>sandbox.err &
SANDBOX_PID=$!
for _ in $(seq 100); do grep -q '^listening' sandbox.out 2>/dev/null && break; sleep 0.1; done
URL=$(head -1 sandbox.out | sed 's/^listening //')
echo sandbox-client-secret | "$AB" connections create Sandbox --client-id sandbox-client-id \
    --client-secret-stdin --api-url "$URL" --accounts-url "$URL" >/dev/null
: >login.err
"$AB" connections login Sandbox 2>login.err >/dev/null &
LOGIN=$!
AUTH=
for _ in $(seq 100); do AUTH=$(grep -m1 '^http' login.err || true); [ -n "$AUTH" ] && break; sleep 0.1; done
curl -s -L -o /dev/null "$AUTH"
wait $LOGIN
MATCH=${MATCH:-all}
MATCH_ARGS=(--email-field email)
[ "$MATCH" = email ] || MATCH_ARGS+=(--phone-field phone --default-region DE --maid-field mobile_ad_id)
"$AB" exports create Bench --connection Sandbox --audience-id seg-0001 "${MATCH_ARGS[@]}" \
    --segment everyone >/dev/null

LOAD=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -v -o time.txt "$AB" exports run Bench --json >run.json 2>run.err || {
    echo "exports run failed:"; cat run.err run.json; exit 1; }
WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt)
RSS=$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)
SECONDS_WALL=$(echo "$WALL" | awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')
CPU=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' time.txt)
echo "match:             $MATCH"
echo "status:            $(jq -r .status run.json)"
echo "wall time:         ${SECONDS_WALL} s (exports run, whole process)"
echo "CPU time:          ${CPU} s (user + system; load average before: $LOAD)"
echo "peak RSS:          $((RSS / 1024)) MB"
echo "profiles/s:        $(awk -v n="$N" -v s="$SECONDS_WALL" 'BEGIN { printf "%d", n / s }')"
echo "timings_ms:        $(jq -c .timings_ms run.json)"
echo "retries:           $(jq .retries run.json)"
jq -r '.schemas | to_entries[] | "\(.key): uploaded \(.value.uploaded), duplicates \(.value.duplicates), rejected \(.value.rejected | tostring), failed \(.value.failed), not sent \(.value.not_sent)"' run.json

# The exact check: the sandbox's audience against the hashes of the CSV's values.
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true; SANDBOX_PID=
expected() { # column type [region]
    tail -n +2 profiles.csv | cut -d, -f"$1" | "$AB" hash --type "$2" ${3:+--default-region "$3"} \
        | awk -F'\t' -v schema="$4" 'NF == 2 && $1 !~ /^!/ { print schema "\t" $2 }'
}
{
    expected 2 email "" EMAIL_SHA256
    if [ "$MATCH" != email ]; then expected 5 phone DE PHONE_SHA256; expected 9 maid "" MOBILE_AD_ID_SHA256; fi
} | sort -u >expected.tsv
awk -F'\t' '$1 == "hash" && $2 == "seg-0001" { print $3 "\t" $4 }' state.tsv | sort >actual.tsv
if cmp -s expected.tsv actual.tsv; then
    echo "audience:          exact ($(wc -l <actual.tsv) hashes)"
else
    echo "audience:          DIFFERS: expected $(wc -l <expected.tsv), sandbox has $(wc -l <actual.tsv)"
    comm -23 expected.tsv actual.tsv | cut -f1 | sort | uniq -c | sed 's/^/  missing: /'
    comm -13 expected.tsv actual.tsv | cut -f1 | sort | uniq -c | sed 's/^/  extra:   /'
    exit 1
fi
