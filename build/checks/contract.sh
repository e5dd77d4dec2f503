#!/usr/bin/env bash
# The contract holds: the API with the demo data, Stoplight Prism's validating proxy in front of it (pinned in
# build/contract/), and the README walkthrough plus build/contract/walk.mjs sent through the proxy. Fails on any
# response that breaks docs/openapi.json, on a request violation the walk does not declare deliberately bad, and
# on an operation of the document no request completed (build/contract/check.mjs). On a database of test.sh's
# cluster (PG_PORT); the report is left in CHECK_TMP (artifacts/contract/ when it fails).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"
# shellcheck source=../lib/api.sh source-path=SCRIPTDIR
source "$root/build/lib/api.sh"

: "${PG_PORT:?PG_PORT is not set (build/test.sh sets it)}" "${CHECK_TMP:?CHECK_TMP is not set (build/test.sh sets it)}"
tool="$root/build/contract"
log="$CHECK_TMP/api.log"
started_at=$(date +%s)

# shellcheck disable=SC2317 # invoked via trap
finish() {
  local rc=$?
  api_stop
  if ((rc != 0)); then
    mkdir -p "$root/artifacts/contract"
    cp "$log" "$CHECK_TMP"/contract-report.json "$CHECK_TMP"/prism.log "$root/artifacts/contract/" 2>/dev/null || true
    echo "contract check: FAILED; the API's log, Prism's log and the report are in artifacts/contract/" >&2
    [[ -f "$log" ]] && tail -n 20 "$log" >&2
  else
    echo "contract check: passed in $(($(date +%s) - started_at)) s" >&2
  fi
  exit "$rc"
}
trap finish EXIT

command -v node >/dev/null && command -v npm >/dev/null || { echo "contract check: node and npm are needed (Node.js 20+)" >&2; exit 1; }
# npm ci only when node_modules does not hold the pinned Prism. Prism 5.16 declares Node 24 but runs on 20 (EBADENGINE is a warning).
pinned=$(node -p "require('$tool/package.json').dependencies['@stoplight/prism-cli']")
installed=$(node -p "try { require('$tool/node_modules/@stoplight/prism-cli/package.json').version } catch { '' }")
if [[ "$installed" != "$pinned" ]]; then
  echo "contract check: npm ci (@stoplight/prism-cli $pinned)..." >&2
  (cd "$tool" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || { echo "contract check: npm ci failed in build/contract" >&2; exit 1; }
fi

db=aftersales_contract
pg_ensure_installed
# The README walkthrough expects freshly seeded demo data.
"$PG_BIN/dropdb" --if-exists -h 127.0.0.1 -p "$PG_PORT" -U postgres "$db"
pg_create_db "$PG_PORT" "$db"
port=$(pg_free_port)
# Several hundred requests a minute from a few callers: above the default per-caller limit, which is not what is checked here.
# The renewal-task job (CU-3) opens the demo contract's task within seconds rather than the hour, so the walk can work it.
RateLimiting__PermitsPerWindow=100000 Reminders__RenewalTaskIntervalSeconds=2 \
  api_start "$port" "Host=127.0.0.1;Port=$PG_PORT;Database=$db;Username=postgres" "$log" --seed-demo
api_wait_ready "http://127.0.0.1:$port" 180
CONTRACT_API="http://127.0.0.1:$port" CONTRACT_TMP="$CHECK_TMP" node "$tool/check.mjs"
