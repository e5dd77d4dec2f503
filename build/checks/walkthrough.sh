#!/usr/bin/env bash
# The README walkthrough (build/walkthrough.sh) against the API with the demo data, on a database of
# test.sh's cluster (PG_PORT).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"
# shellcheck source=../lib/api.sh source-path=SCRIPTDIR
source "$root/build/lib/api.sh"

: "${PG_PORT:?PG_PORT is not set (build/test.sh sets it)}" "${CHECK_TMP:?CHECK_TMP is not set (build/test.sh sets it)}"
log="$CHECK_TMP/api.log"

# shellcheck disable=SC2317 # invoked via trap
finish() {
  local rc=$?
  api_stop
  if ((rc != 0)) && [[ -f "$log" ]]; then
    echo "walkthrough check: last lines of the API log:" >&2
    tail -n 30 "$log" >&2
  fi
  exit "$rc"
}
trap finish EXIT

db=aftersales_walkthrough
pg_ensure_installed
# The walkthrough expects freshly seeded demo data.
"$PG_BIN/dropdb" --if-exists -h 127.0.0.1 -p "$PG_PORT" -U postgres "$db"
pg_create_db "$PG_PORT" "$db"
port=$(pg_free_port)
api_start "$port" "Host=127.0.0.1;Port=$PG_PORT;Database=$db;Username=postgres" "$log" --seed-demo
api_wait_ready "http://127.0.0.1:$port" 180
API="http://127.0.0.1:$port/api/v1" "$root/build/walkthrough.sh"
