#!/usr/bin/env bash
# Browser check: the API's Swagger UI in a real Chromium registers a work order (build/e2e/*.mjs).
# Starts its own PostgreSQL (or, with PG_PORT set as under build/test.sh, its own database on that
# cluster) and its own API on a free port, and stops both on exit. Screenshot: artifacts/e2e/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

chromium_bin=/usr/bin/chromium
e2e_dir="$root/build/e2e"
api_project="$root/src/AfterSales.Api"
api_dll="$api_project/bin/Release/net10.0/AfterSales.Api.dll"
artifacts="$root/artifacts/e2e"
screenshot="$artifacts/swagger-create-work-order.png"
ready_timeout_seconds=180
browser_timeout_seconds=180

fail() {
  printf 'e2e: %s\n' "$*" >&2
  exit 1
}

started_at=$(date +%s)
tmp=$(mktemp -d)
# mktemp gives 0700; the postgres user must be able to reach $tmp/pg.
chmod 755 "$tmp"
own_cluster=""
api_pid=""

# shellcheck disable=SC2317 # invoked via trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  if [[ -n "$own_cluster" ]]; then
    pg_stop "$own_cluster"
  fi
  # Keep the API's whole log for a failure the last lines do not explain.
  if ((rc != 0)) && [[ -f "$tmp/api.log" ]]; then
    mkdir -p "$artifacts" && cp "$tmp/api.log" "$artifacts/api.log"
    echo "e2e: the API's log is in ${artifacts#"$root"/}/api.log" >&2
  fi
  rm -rf "$tmp"
  if ((rc == 0)); then
    echo "e2e: passed in $(($(date +%s) - started_at)) s" >&2
  else
    echo "e2e: FAILED (exit $rc)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_chromium() {
  [[ -x "$chromium_bin" ]] && return 0
  if [[ $EUID -ne 0 ]]; then
    fail "Chromium not found at $chromium_bin; install it first: sudo apt-get install -y chromium"
  fi
  echo "e2e: installing Chromium with apt-get..." >&2
  # A fresh machine may not have package lists yet.
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium ||
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } ||
    fail "apt-get install chromium failed"
  [[ -x "$chromium_bin" ]] || fail "apt-get installed chromium but $chromium_bin is missing"
}

# npm ci only when node_modules does not hold the pinned playwright-core.
ensure_playwright() {
  local pinned installed
  command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed (Node.js 20+)"
  pinned=$(node -p "require('$e2e_dir/package.json').dependencies['playwright-core']")
  installed=$(node -p "try { require('$e2e_dir/node_modules/playwright-core/package.json').version } catch { '' }")
  if [[ "$installed" != "$pinned" ]]; then
    echo "e2e: npm ci (playwright-core $pinned)..." >&2
    (cd "$e2e_dir" && npm ci --ignore-scripts --no-audit --no-fund) || fail "npm ci failed in build/e2e"
  fi
}

# Sets connection_string to a fresh database for this run.
start_database() {
  local port db=aftersales_e2e
  pg_ensure_installed
  if [[ -n "${PG_PORT:-}" ]]; then
    port=$PG_PORT
  else
    own_cluster="$tmp/pg"
    pg_init_cluster "$own_cluster"
    port=$(pg_free_port)
    pg_start "$own_cluster" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
  fi
  pg_create_db "$port" "$db"
  connection_string="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres"
}

start_api() {
  local port=$1
  if [[ ! -f "$api_dll" ]]; then
    echo "e2e: no Release build yet; building the API..." >&2
    dotnet build "$api_project" -c Release -nodeReuse:false -p:UseSharedCompilation=false >"$tmp/build.log" 2>&1 ||
      { tail -n 40 "$tmp/build.log" >&2; fail "building the API failed"; }
  fi
  # A throwaway signing key: dev tokens only need to outlive this run.
  # Production environment with dev tokens switched on explicitly: exactly what this check needs, no more.
  (
    cd "$api_project"
    exec env \
      ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      DOTNET_hostBuilder__reloadConfigOnChange=false \
      ConnectionStrings__AfterSales="$connection_string" \
      Database__MigrateOnStartup=true \
      Auth__DevTokens__Enabled=true \
      Auth__Jwt__SigningKey="$(head -c 64 /dev/urandom | base64 -w0)" \
      dotnet "$api_dll" --contentRoot "$api_project"
  ) >"$tmp/api.log" 2>&1 &
  api_pid=$!
}

wait_until_ready() {
  local url=$1 deadline=$((SECONDS + ready_timeout_seconds))
  until curl -fsS -o /dev/null --max-time 5 "$url/health/ready" 2>/dev/null; do
    if ! kill -0 "$api_pid" 2>/dev/null; then
      tail -n 40 "$tmp/api.log" >&2
      fail "the API exited before it was ready (log above)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$tmp/api.log" >&2
      fail "the API was not ready within ${ready_timeout_seconds}s (log above)"
    fi
    sleep 0.5
  done
}

ensure_chromium
ensure_playwright
start_database
api_port=$(pg_free_port)
base_url="http://127.0.0.1:$api_port"
start_api "$api_port"
wait_until_ready "$base_url"
echo "e2e: API ready at $base_url after $(($(date +%s) - started_at)) s" >&2

rm -f "$screenshot" "${screenshot%.png}-failure.png" "$artifacts/api.log"
if ! E2E_BASE_URL="$base_url" E2E_SCREENSHOT="$screenshot" E2E_PROFILE_DIR="$tmp/chromium-profile" \
  E2E_CHROMIUM="$chromium_bin" timeout "$browser_timeout_seconds" node "$e2e_dir/swagger-create-work-order.mjs"; then
  echo "e2e: last lines of the API log:" >&2
  tail -n 20 "$tmp/api.log" >&2
  fail "the browser check failed (see above)"
fi
