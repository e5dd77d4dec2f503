#!/usr/bin/env bash
# Fault drills: the API under a database outage, a kill -9, an immediate PostgreSQL stop, SIGTERM
# with requests in flight, two instances side by side, and reads served by a streaming standby that stops. Each drill checks, straight in the
# database, that every acknowledged create is there and no aggregate is half written, then a
# summary table is printed. Exit status 0 only when every drill passed.
#
#   ./build/faults.sh            all drills (about 4 minutes after the build)
#   ./build/faults.sh --quick    durability, graceful shutdown, two instances (what CI runs)
#   --no-build                   use the Release build already there
#   --keep                       keep the scratch directory (logs, cluster) for a look afterwards
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"

quick=0 build=1 keep=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    *)
      echo "usage: $0 [--quick] [--no-build] [--keep]" >&2
      exit 2
      ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_hostBuilder__reloadConfigOnChange=false MSBUILDDISABLENODEREUSE=1

# Every drill API has the same shutdown timeout; the graceful-shutdown drill holds it to it.
shutdown_timeout=30
api_dll="$root/src/AfterSales.Api/bin/Release/net10.0/AfterSales.Api.dll"
drill_dll="$root/tools/FaultDrill/bin/Release/net10.0/FaultDrill.dll"

work=$(mktemp -d)
# mktemp gives 0700; the postgres user must be able to reach $work/pg.
chmod 755 "$work"
pgdir="$work/pg"
summary="$work/summary.jsonl"
summary_printed=0
declare -A api_pids=() api_urls=() api_ports=()

# shellcheck disable=SC2317 # invoked via trap
cleanup() {
  local rc=$? name
  trap - EXIT INT TERM
  for name in "${!api_pids[@]}"; do
    kill -KILL "${api_pids[$name]}" 2>/dev/null || true
  done
  # A drill that broke off still shows the rows of those that finished.
  if ((!summary_printed)) && [[ -s "$summary" ]]; then
    drill summary --summary "$summary" || true
  fi
  pg_stop "$work/standby" >/dev/null 2>&1 || true
  pg_stop "$pgdir" >/dev/null 2>&1 || true
  if ((keep)); then
    echo "scratch directory kept: $work" >&2
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[faults %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

drill() { dotnet "$drill_dll" "$@"; }

connection() { printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=postgres' "$pg_port" "$1"; }

# is_ready PORT: /health/ready answers 200 (plain bash, no HTTP client needed).
is_ready() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    IFS= read -r -t 5 status <&3 && [[ "$status" == "HTTP/1.1 200"* ]]
  ) 2>/dev/null
}

# start_api NAME DATABASE [PORT] [VAR=value...]: run the Release API in the background, wait until it is live.
start_api() {
  local name=$1 database=$2 port=${3:-} waited
  shift 3 || shift $#
  [[ -n "$port" ]] || port=$(pg_free_port)
  (
    cd "$root/src/AfterSales.Api"
    exec env \
      ConnectionStrings__AfterSales="$(connection "$database")" \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Auth__Jwt__SigningKey="$signing_key" \
      Auth__DevTokens__Enabled=true \
      Identity__KeyDirectory="$work/identity-keys" \
      Database__MigrateOnStartup=true \
      RateLimiting__Enabled=false \
      ShutdownTimeoutSeconds="$shutdown_timeout" \
      "$@" dotnet "$api_dll" >>"$work/$name.log" 2>&1
  ) &
  api_pids[$name]=$!
  api_urls[$name]="http://127.0.0.1:$port"
  api_ports[$name]=$port
  for ((waited = 0; waited < 600; waited++)); do
    if is_ready "$port"; then
      return 0
    fi
    if ! kill -0 "${api_pids[$name]}" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  log "API $name did not come up; its log:"
  tail -n 40 "$work/$name.log" >&2
  return 1
}

# stop_api NAME: SIGTERM and wait; its exit status is left in api_exit.
stop_api() {
  local name=$1
  api_exit=0
  kill -TERM "${api_pids[$name]}" 2>/dev/null || true
  wait "${api_pids[$name]}" || api_exit=$?
  unset "api_pids[$name]"
}

# wait_until_ready PORT: the API serves again after PostgreSQL came back (a minute at most).
wait_until_ready() {
  local waited
  for ((waited = 0; waited < 600; waited++)); do
    is_ready "$1" && return 0
    sleep 0.1
  done
  log "the API on port $1 did not get ready again"
  return 1
}

check() { drill check --db "$(connection "$1")" --summary "$summary" --state "$work/$2.json" "${@:3}"; }

# wait_for_orders DATABASE N: until N orders are committed, so a fault lands in the middle of the load.
wait_for_orders() {
  local waited count
  for ((waited = 0; waited < 600; waited++)); do
    count=$("$PG_BIN/psql" -XAtq -h 127.0.0.1 -p "$pg_port" -U postgres -d "$1" -c 'SELECT count(*) FROM aftersales.work_orders')
    ((count >= $2)) && return 0
    sleep 0.1
  done
  log "the load did not get going ($count orders after a minute)"
  return 1
}

# The quick drills share one database and instance A, which lives through the PostgreSQL restart of
# the durability drill (so it also shows recovery without an API restart) and ends in the SIGTERM drill.
quick_drills() {
  pg_create_db "$pg_port" drills
  start_api a drills "" Sla__SweepIntervalSeconds=1

  log "durability: acknowledged creates and an acknowledged upload chunk, then pg_ctl stop -m immediate, then restart"
  drill load --scenario "durability: immediate stop after 201" --api "${api_urls[a]}" --seconds 8 --state "$work/durability.json"
  drill upload-start --api "${api_urls[a]}" --state "$work/durability-upload.json"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$pgdir" -m immediate -w stop >/dev/null
  pg_start "$pgdir" "$pg_port" "${durable[@]}"
  check drills durability --log "$work/a.log"
  wait_until_ready "${api_ports[a]}"
  drill upload-finish --api "${api_urls[a]}" --state "$work/durability-upload.json" --summary "$summary" \
    --scenario "durability: an acknowledged upload chunk after the immediate stop (X-6)"

  log "two instances: conflicting updates, one Idempotency-Key, creates on both, the SLA sweeper"
  start_api b drills "" Sla__SweepIntervalSeconds=1
  drill two-instances --api "${api_urls[a]},${api_urls[b]}" --db "$(connection drills)" \
    --logs "$work/a.log,$work/b.log" --summary "$summary"
  stop_api b

  log "graceful shutdown: SIGTERM with creates in flight"
  drill shutdown --scenario "graceful shutdown: SIGTERM in flight" --api "${api_urls[a]}" --db "$(connection drills)" \
    --pid "${api_pids[a]}" --requests 20 --timeout-seconds "$shutdown_timeout" --state "$work/shutdown.json"
  stop_api a
  check drills shutdown --exit-code "$api_exit"
}

drill_outage() {
  log "database outage: PostgreSQL stopped for 10 s under load"
  pg_create_db "$pg_port" outage
  start_api outage outage "" Sla__SweepIntervalSeconds=1
  drill load --scenario "database outage: 10 s stop under load" --api "${api_urls[outage]}" --seconds 30 --state "$work/outage.json" &
  local load=$!
  wait_for_orders outage 30
  log "stopping PostgreSQL"
  pg_stop "$pgdir"
  sleep 10
  log "starting PostgreSQL"
  pg_start "$pgdir" "$pg_port" "${durable[@]}"
  wait "$load"
  stop_api outage
  check outage outage --expect outage --exit-code "$api_exit" --log "$work/outage.log"
}

drill_crash() {
  log "crash: kill -9 the API under write load, restart it"
  pg_create_db "$pg_port" crash
  start_api crash crash
  # Before the load, so the kill still lands in its middle; the chunk is acknowledged, hence committed, either way.
  drill upload-start --api "${api_urls[crash]}" --state "$work/crash-upload.json"
  drill load --scenario "crash: kill -9 under load" --api "${api_urls[crash]}" --seconds 30 --state "$work/crash.json" &
  local load=$!
  wait_for_orders crash 30
  log "kill -9 the API"
  kill -KILL "${api_pids[crash]}"
  wait "${api_pids[crash]}" 2>/dev/null || true
  unset "api_pids[crash]"
  sleep 2
  start_api crash crash "${api_ports[crash]}"
  drill upload-finish --api "${api_urls[crash]}" --state "$work/crash-upload.json" --summary "$summary" \
    --scenario "crash: an acknowledged upload chunk after kill -9 (X-6)"
  wait "$load"
  stop_api crash
  check crash crash --expect crash
}

drill_standby() {
  log "standby: a streaming standby made with pg_basebackup serves lists and reports; then it stops under load"
  pg_create_db "$pg_port" standby
  "$PG_BIN/psql" -XAtq -h 127.0.0.1 -p "$pg_port" -U postgres -d standby -c 'CREATE EXTENSION pg_stat_statements' >/dev/null
  local standby_dir="$work/standby" standby_port
  mkdir -p "$standby_dir" && chmod 0700 "$standby_dir"
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$standby_dir"
  pg_as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$pg_port" -U postgres -D "$standby_dir" -R -X stream --checkpoint=fast
  standby_port=$(pg_free_port)
  # Its own statistics and a log line per statement, prefixed with the connection's application_name.
  pg_start "$standby_dir" "$standby_port" -c hot_standby=on -c shared_preload_libraries=pg_stat_statements \
    -c log_min_duration_statement=0 -c 'log_line_prefix=%a|'
  local standby_connection="Host=127.0.0.1;Port=$standby_port;Database=standby;Username=postgres"
  start_api standby standby "" ConnectionStrings__AfterSalesReplica="$standby_connection"

  drill standby-load --scenario "standby: lists and reports served by the standby" --api "${api_urls[standby]}" --seconds 8 \
    --standby "$standby_connection" --standby-log "$standby_dir/server.log" --state "$work/standby-serving.json"
  log "stopping the standby"
  pg_stop "$standby_dir"
  drill standby-load --scenario "standby stopped: the same reads fall back to the primary" --api "${api_urls[standby]}" --seconds 8 \
    --state "$work/standby-stopped.json"
  stop_api standby
  check standby standby-serving
  check standby standby-stopped --exit-code "$api_exit"
}

pg_ensure_installed
if ((build)); then
  log "building (Release)"
  dotnet build AfterSales.Api.sln -c Release -nodeReuse:false -p:UseSharedCompilation=false >"$work/build.log" 2>&1 || {
    tail -n 40 "$work/build.log" >&2
    exit 1
  }
fi

signing_key=$(head -c 48 /dev/urandom | base64 -w0)
# Durable on purpose (the test suite's cluster is not): fsync and synchronous commit on.
durable=(-c fsync=on -c synchronous_commit=on -c full_page_writes=on)
pg_init_cluster "$pgdir"
pg_port=$(pg_free_port)
pg_start "$pgdir" "$pg_port" "${durable[@]}"

quick_drills
if ((!quick)); then
  drill_outage
  drill_crash
  drill_standby
fi

echo
summary_printed=1
drill summary --summary "$summary"
