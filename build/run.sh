#!/usr/bin/env bash
# Run the API locally. Without ConnectionStrings__AfterSales it starts a persistent
# dev PostgreSQL cluster in .data/pg and stops it again when the API exits.
# Script args are forwarded to the app (e.g. ./build/run.sh --seed-demo, which also creates demo users and prints
# their one password and where to sign in, once, before the API starts).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pg_ensure_installed
dotnet build AfterSales.Api.sln -c Debug

datadir="$root/.data"
mkdir -p "$datadir"
# When root, the postgres user must be able to traverse .data to reach .data/pg.
chmod 755 "$datadir"

if [[ -z "${ConnectionStrings__AfterSales:-}" ]]; then
  pgdir="$datadir/pg"
  portfile="$datadir/pg.port"

  cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    echo "Stopping dev PostgreSQL..." >&2
    pg_stop "$pgdir"
    exit "$rc"
  }
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  pg_init_cluster "$pgdir" # no-op once the cluster exists
  # A previous run that was killed hard may have left it running; restart it cleanly.
  pg_stop "$pgdir"

  port=""
  if [[ -f "$portfile" ]]; then
    port=$(tr -dc '0-9' <"$portfile")
  fi
  # Keep a stable port across runs so external tools keep working, unless it got taken.
  if [[ -z "$port" ]] || ! pg_port_is_free "$port"; then
    port=$(pg_free_port)
    printf '%s\n' "$port" >"$portfile"
  fi

  pg_start "$pgdir" "$port"
  pg_create_db "$port" aftersales
  echo "Dev PostgreSQL running on 127.0.0.1:$port (data: $pgdir)" >&2
  export ConnectionStrings__AfterSales="Host=127.0.0.1;Port=$port;Database=aftersales;Username=postgres"
fi

if [[ -z "${Auth__Jwt__SigningKey:-}" ]]; then
  keyfile="$datadir/dev-signing-key"
  if [[ ! -s "$keyfile" ]]; then
    # Generated once so issued dev tokens survive restarts.
    (umask 077 && head -c 64 /dev/urandom | base64 -w0 >"$keyfile")
  fi
  chmod 600 "$keyfile"
  Auth__Jwt__SigningKey=$(<"$keyfile")
  export Auth__Jwt__SigningKey
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# The built-in sign-in provider's RSA keys: generated there on first start, kept across restarts (never committed).
export Identity__KeyDirectory="${Identity__KeyDirectory:-$datadir/identity-keys}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export DOTNET_hostBuilder__reloadConfigOnChange=false

# Foreground, not exec: Ctrl-C reaches the API first, then our trap stops PostgreSQL.
# cwd = project dir so the content root (appsettings*.json) resolves as usual.
cd "$root/src/AfterSales.Api"
dotnet run --no-build --project "$root/src/AfterSales.Api" --no-launch-profile -- "$@"
