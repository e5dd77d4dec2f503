#!/usr/bin/env bash
# Browser check: in a real Chromium, the API's Swagger UI signs in on the built-in provider's page as a user made with
# `create-admin`, then registers a work order with that sign-in (build/e2e/*.mjs).
# Starts its own PostgreSQL (or, with PG_PORT set as under build/test.sh, its own database on that
# cluster) and its own API on a free port, and stops both on exit. Screenshot: artifacts/e2e/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"
# shellcheck source=lib/api.sh source-path=SCRIPTDIR
source "$root/build/lib/api.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

chromium_bin=/usr/bin/chromium
e2e_dir="$root/build/e2e"
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

# shellcheck disable=SC2317 # invoked via trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  api_stop
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
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    fail "node and npm are needed (Node.js 20+)"
  fi
  pinned=$(node -p "require('$e2e_dir/package.json').dependencies['playwright-core']")
  installed=$(node -p "try { require('$e2e_dir/node_modules/playwright-core/package.json').version } catch { '' }")
  if [[ "$installed" != "$pinned" ]]; then
    echo "e2e: npm ci (playwright-core $pinned)..." >&2
    (cd "$e2e_dir" && npm ci --ignore-scripts --no-audit --no-fund) || fail "npm ci failed in build/e2e"
  fi
}

# Sets connection_string to this run's database (its own cluster, or test.sh's at PG_PORT).
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

ensure_chromium
ensure_playwright
start_database
api_port=$(pg_free_port)
base_url="http://127.0.0.1:$api_port"
# Swagger UI's app, as Development registers it (Production, which api.sh runs, registers none).
api_start "$api_port" "$connection_string" "$tmp/api.log" \
  --Identity:Apps:swagger:DisplayName="Swagger UI" \
  --Identity:Apps:swagger:RedirectUris:0=http://127.0.0.1/swagger/oauth2-redirect.html \
  --Identity:Apps:swagger:AnyLoopbackPort=true
api_wait_ready "$base_url" "$ready_timeout_seconds"
echo "e2e: API ready at $base_url after $(($(date +%s) - started_at)) s" >&2

# The first Admin, as an operator makes one; the password is this run's, handed over on stdin.
e2e_user=e2e.admin
e2e_password="E2e-$(head -c 24 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')"
if ! printf '%s\n' "$e2e_password" | api_command "$connection_string" "$tmp/api.log" create-admin --user-name "$e2e_user" --password-stdin >"$tmp/create-admin.log" 2>&1; then
  cat "$tmp/create-admin.log" >&2
  fail "create-admin failed"
fi

rm -f "$screenshot" "${screenshot%.png}-failure.png" "$artifacts/api.log"
if ! E2E_BASE_URL="$base_url" E2E_SCREENSHOT="$screenshot" E2E_PROFILE_DIR="$tmp/chromium-profile" \
  E2E_CHROMIUM="$chromium_bin" E2E_USER="$e2e_user" E2E_PASSWORD="$e2e_password" timeout "$browser_timeout_seconds" node "$e2e_dir/swagger-create-work-order.mjs"; then
  echo "e2e: last lines of the API log:" >&2
  tail -n 20 "$tmp/api.log" >&2
  fail "the browser check failed (see above)"
fi
