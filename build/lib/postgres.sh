#!/usr/bin/env bash
# Helpers for throwaway / dev PostgreSQL clusters. Sourced by build/*.sh.
# Callers run with `set -e`, so a function returning non-zero aborts them.
set -euo pipefail

# Bin dir of the chosen PostgreSQL version (set by pg_ensure_installed).
PG_BIN="${PG_BIN:-}"

_pg_err() { printf 'postgres.sh: %s\n' "$*" >&2; }

# Quote one word for /bin/sh: pg_ctl passes -o through `sh -c`.
_pg_shquote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

# Absolute path without requiring it to exist yet.
_pg_abspath() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$PWD" "$1" ;;
  esac
}

_pg_find_bin() {
  local d best=""
  # 15 is what we develop against; otherwise take the newest installed.
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    printf '%s\n' /usr/lib/postgresql/15/bin
    return 0
  fi
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" ]] || continue
    if [[ -z "$best" ]] || [[ "$(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1)" == "$d" ]]; then
      best=$d
    fi
  done
  [[ -n "$best" ]] || return 1
  printf '%s\n' "$best"
}

pg_ensure_installed() {
  if PG_BIN=$(_pg_find_bin); then
    return 0
  fi
  if [[ $EUID -ne 0 ]]; then
    _pg_err "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb)."
    _pg_err "Install them first, e.g.: sudo apt-get install -y postgresql"
    return 1
  fi
  echo "PostgreSQL not found; installing it with apt-get..." >&2
  # The package may auto-start its own cluster on 5432; we leave it alone and use our own.
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  if ! PG_BIN=$(_pg_find_bin); then
    _pg_err "apt-get install postgresql succeeded but initdb is still missing."
    return 1
  fi
}

# Run a command as the cluster owner: postgres refuses to run as root.
pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    # cd / so the postgres user is never left in an unreadable cwd (e.g. /root).
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

_pg_psql() {
  if [[ -n "$PG_BIN" && -x "$PG_BIN/psql" ]]; then
    "$PG_BIN/psql" "$@"
  else
    psql "$@"
  fi
}

# True if nothing listens on / is bound to 127.0.0.1:PORT and no socket lock exists.
pg_port_is_free() {
  local p=$1 hex d
  [[ "$p" =~ ^[0-9]+$ ]] && ((p > 0 && p < 65536)) || return 1
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    return 1
  fi
  # Also catch sockets bound but not (yet) listening, which would still make bind() fail.
  printf -v hex '%04X' "$p"
  if grep -qE "^ *[0-9]+: [0-9A-F]+:$hex " /proc/net/tcp /proc/net/tcp6 2>/dev/null; then
    return 1
  fi
  for d in /tmp /run/postgresql /var/run/postgresql; do
    [[ -e "$d/.s.PGSQL.$p.lock" ]] && return 1
  done
  return 0
}

# Print a free TCP port in 20000-45000.
pg_free_port() {
  local i p
  for ((i = 0; i < 500; i++)); do
    p=$((20000 + ((RANDOM << 15) | RANDOM) % 25001))
    if pg_port_is_free "$p"; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  _pg_err "could not find a free TCP port in 20000-45000"
  return 1
}

pg_init_cluster() {
  local dir log locale d
  dir=$(_pg_abspath "${1:?pg_init_cluster DIR}")
  mkdir -p "$dir"
  # Idempotent: an existing cluster is reused as is.
  if [[ -f "$dir/PG_VERSION" ]]; then
    return 0
  fi
  if [[ $EUID -eq 0 ]]; then
    # postgres must be able to reach DIR; don't chmod system dirs behind the user's back.
    # Check top-down so the error names the first directory that actually blocks access.
    local -a parents=()
    d=$dir
    while [[ "$d" != "/" ]]; do
      d=$(dirname "$d")
      parents=("$d" "${parents[@]}")
    done
    for d in "${parents[@]}"; do
      if ! runuser -u postgres -- test -x "$d"; then
        _pg_err "user 'postgres' cannot traverse '$d' (needed to reach $dir)."
        _pg_err "Fix it (e.g. chmod o+x '$d') or put the repo somewhere postgres can reach."
        return 1
      fi
    done
    chown postgres:postgres "$dir"
  fi
  chmod 0700 "$dir"

  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
    locale=C.UTF-8
  else
    locale=C
  fi
  # Log next to (not inside) DIR: initdb requires an empty data dir.
  log="$(dirname "$dir")/initdb.log"
  if ! pg_as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust \
    --encoding=UTF8 --locale="$locale" >"$log" 2>&1; then
    _pg_err "initdb failed for $dir; log ($log):"
    cat "$log" >&2
    return 1
  fi
  rm -f "$log"
}

# pg_start DIR PORT [extra postgres options...], e.g. -c fsync=off
pg_start() {
  local dir port opts sockdir a
  dir=$(_pg_abspath "${1:?pg_start DIR PORT}")
  port=${2:?pg_start DIR PORT}
  shift 2
  # Unix socket paths are limited to 107 bytes; fall back to TCP only if DIR is too deep.
  sockdir=$dir
  if ((${#dir} + ${#port} + 10 > 107)); then
    sockdir=""
  fi
  opts="-p $port -k $(_pg_shquote "$sockdir") -c listen_addresses=127.0.0.1"
  for a in "$@"; do
    opts+=" $(_pg_shquote "$a")"
  done
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "$opts" start >/dev/null; then
    _pg_err "PostgreSQL failed to start (data dir $dir, port $port). Last log lines:"
    tail -n 40 "$dir/server.log" >&2 2>/dev/null || true
    return 1
  fi
}

# Stop quietly; a cluster that isn't running (or doesn't exist) is fine.
pg_stop() {
  local dir
  dir=$(_pg_abspath "${1:?pg_stop DIR}")
  [[ -n "$PG_BIN" && -f "$dir/postmaster.pid" ]] || return 0
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null 2>&1; then
    # Don't leave a stray postmaster behind if fast shutdown hangs.
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  return 0
}

# pg_create_db PORT DBNAME: create the database unless it already exists.
pg_create_db() {
  local port=${1:?pg_create_db PORT DBNAME} db=${2:?pg_create_db PORT DBNAME}
  # SQL via stdin so psql interpolates :'db' safely; \gexec runs the CREATE only if missing.
  PGCONNECT_TIMEOUT=10 _pg_psql -X -q -v ON_ERROR_STOP=1 -v db="$db" \
    -h 127.0.0.1 -p "$port" -U postgres -d postgres >/dev/null <<'SQL'
SELECT format('CREATE DATABASE %I', :'db')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
SQL
}
