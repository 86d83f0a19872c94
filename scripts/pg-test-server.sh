#!/bin/sh
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the store tests and prints its URL on stdout:
#   export TEST_DATABASE_URL=$(scripts/pg-test-server.sh)
#   npm test -- store
#   scripts/pg-test-server.sh stop "$TEST_DATABASE_URL"   # stops that server and removes its folder
#   (stop without an argument stops the server this script started last)
# Needs Debian's packages: apt-get install -y postgresql postgresql-contrib (contrib ships unaccent and pg_trgm).
# As root it runs the server as the `postgres` user. Durability is switched off: the data is thrown away anyway.
set -eu

STATE=${TMPDIR:-/tmp}/doingoai-pg-test.last

if [ "${1:-}" = "stop" ]; then
  case "${2:-}" in
    postgres://*|postgresql://*)
      P=$(echo "$2" | sed -E 's#^[a-z]+://[^/]*:([0-9]+)/.*#\1#')
      DIR=$(cat "${TMPDIR:-/tmp}/doingoai-pg-test.$P" 2>/dev/null || true) ;;
    "") DIR=$(cat "$STATE" 2>/dev/null || true) ;;
    *) DIR=$2 ;;
  esac
  [ -n "$DIR" ] && [ -d "$DIR" ] || { echo "pg-test-server: nothing to stop" >&2; exit 0; }
  BIN=$(cat "$DIR/bin")
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "'$BIN/pg_ctl' -D '$DIR/data' -m immediate stop" >&2 || true
  else "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >&2 || true; fi
  grep -l "^$DIR$" "${TMPDIR:-/tmp}"/doingoai-pg-test.[0-9]* 2>/dev/null | xargs rm -f
  rm -rf "$DIR"
  [ "$(cat "$STATE" 2>/dev/null)" = "$DIR" ] && rm -f "$STATE"
  exit 0
fi

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] && [ -x "$BIN/initdb" ] || { echo "pg-test-server: PostgreSQL not found; apt-get install -y postgresql postgresql-contrib" >&2; exit 1; }
PORT=${PGTEST_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/doingoai-pg.XXXXXX")
echo "$BIN" > "$DIR/bin"
chmod 755 "$DIR"

run() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$DIR"

run "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >'$DIR/initdb.log' 2>&1" \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
run "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w -t 30 \
  -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100\" \
  start >/dev/null" || { cat "$DIR/server.log" >&2; exit 1; }
run "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -qAt -c 'CREATE DATABASE doingoai_test'" >&2
echo "$DIR" > "$STATE"
echo "$DIR" > "${TMPDIR:-/tmp}/doingoai-pg-test.$PORT"
echo "postgres://postgres@127.0.0.1:$PORT/doingoai_test"
