#!/usr/bin/env bash
# Run the Release build of the API for a scripted check (build/e2e.sh, build/checks/*.sh).
# Callers run with `set -e` and stop it with api_stop in their EXIT trap.
set -euo pipefail

_api_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
_api_project="$_api_root/src/AfterSales.Api"
_api_dll="$_api_project/bin/Release/net10.0/AfterSales.Api.dll"

# Set by api_start.
API_PID=""
API_LOG=""

_api_err() { printf 'api.sh: %s\n' "$*" >&2; }

# Build the API in Release unless test.sh (or an earlier run) already did.
api_ensure_built() {
  [[ -f "$_api_dll" ]] && return 0
  echo "api.sh: no Release build yet; building the API..." >&2
  if ! dotnet build "$_api_project" -c Release -nodeReuse:false -p:UseSharedCompilation=false >&2; then
    _api_err "building the API failed"
    return 1
  fi
}

# _api_environment CONNECTION_STRING LOG: the environment the API runs in for a check, in _API_ENV: migrations, dev
# tokens, a throwaway signing key (tokens only need to outlive the run), the sign-in provider's keys generated next to
# LOG and its endpoints over plain HTTP (loopback); the Production environment otherwise, so only what a check needs
# is switched on.
_api_environment() {
  local connection_string=$1 log=$2
  _API_ENV=(
    ASPNETCORE_ENVIRONMENT=Production
    DOTNET_hostBuilder__reloadConfigOnChange=false
    ConnectionStrings__AfterSales="$connection_string"
    Database__MigrateOnStartup=true
    Auth__DevTokens__Enabled=true
    Auth__Jwt__SigningKey="$(head -c 64 /dev/urandom | base64 -w0)"
    Identity__KeyDirectory="$(dirname "$log")/identity-keys"
    Identity__RequireHttps=false
  )
}

# api_start PORT CONNECTION_STRING LOG [app args, e.g. --seed-demo]: in the background, in _api_environment's settings.
api_start() {
  local port=${1:?api_start PORT CONNECTION_STRING LOG} connection_string=${2:?} log=${3:?}
  shift 3
  api_ensure_built
  _api_environment "$connection_string" "$log"
  API_LOG=$log
  (
    cd "$_api_project"
    exec env "${_API_ENV[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$_api_dll" --contentRoot "$_api_project" "$@"
  ) >"$log" 2>&1 &
  API_PID=$!
}

# api_command CONNECTION_STRING LOG VERB [options]: one of the API's command-line steps (create-admin) against the same
# database and settings as api_start, in the foreground, reading standard input.
api_command() {
  local connection_string=${1:?api_command CONNECTION_STRING LOG VERB [options]} log=${2:?}
  shift 2
  api_ensure_built
  _api_environment "$connection_string" "$log"
  (cd "$_api_project" && exec env "${_API_ENV[@]}" dotnet "$_api_dll" "$@")
}

# api_wait_ready BASE_URL TIMEOUT_SECONDS: until /health/ready answers 200; fails early if the API exits.
api_wait_ready() {
  local url=${1:?api_wait_ready BASE_URL TIMEOUT_SECONDS} timeout=${2:?} deadline
  deadline=$((SECONDS + timeout))
  until curl -fsS -o /dev/null --max-time 5 "$url/health/ready" 2>/dev/null; do
    if ! kill -0 "$API_PID" 2>/dev/null; then
      tail -n 40 "$API_LOG" >&2
      _api_err "the API exited before it was ready (log above)"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$API_LOG" >&2
      _api_err "the API was not ready within ${timeout}s (log above)"
      return 1
    fi
    sleep 0.5
  done
}

# Stop quietly; nothing started is fine.
api_stop() {
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
}
