#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests, on a free loopback port.
#   postgres_fixture.sh start ENV_FILE   initdb into a temporary folder, start, write ENV_FILE
#   postgres_fixture.sh stop ENV_FILE    stop the server and remove its folder
# ENV_FILE holds PGFIXTURE_* lines (port, user, password, database) for the tests.
# initdb and postgres refuse to run as root: as root, they run as the postgres OS user.
set -euo pipefail

action=${1:?start or stop}
env_file=${2:?env file}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install 'postgresql')" >&2; exit 1; }

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [ -f "$env_file" ]; then "$0" stop "$env_file" || true; fi
  state=$(mktemp -d /tmp/audiencebridge-pg.XXXXXX)
  chmod 700 "$state"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$state"
  password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  as_server_user sh -c "umask 077; printf '%s\n' '$password' > '$state/pwfile'"
  as_server_user "$bindir/initdb" -D "$state/data" -U abtest --pwfile="$state/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale --no-sync >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
  # A free port: nothing answers on it now.
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  done
  as_server_user "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
    -o "-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$state/server.log" >&2; exit 1; }
  as_server_user "$bindir/createdb" -h "$state" -p "$port" -U abtest abtest
  cat >"$env_file" <<ENV
PGFIXTURE_STATE=$state
PGFIXTURE_HOST=127.0.0.1
PGFIXTURE_PORT=$port
PGFIXTURE_USER=abtest
PGFIXTURE_PASSWORD=$password
PGFIXTURE_DATABASE=abtest
ENV
  echo "PostgreSQL started on 127.0.0.1:$port ($state)"
  ;;
stop)
  [ -f "$env_file" ] || exit 0
  state=$(sed -n 's/^PGFIXTURE_STATE=//p' "$env_file")
  if [ -n "$state" ] && [ -d "$state/data" ]; then
    as_server_user "$bindir/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null || true
  fi
  case "$state" in /tmp/audiencebridge-pg.*) rm -rf "$state" ;; esac
  rm -f "$env_file"
  ;;
*)
  echo "usage: $0 start|stop ENV_FILE" >&2
  exit 2
  ;;
esac
