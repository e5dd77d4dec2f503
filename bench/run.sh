#!/usr/bin/env bash
# AfterSales against a bare-Npgsql reference (bench/Reference), in one run on one throwaway PostgreSQL.
#
#   ./bench/run.sh                 # 10,000 work orders, the comparison table
#   ./bench/run.sh --rows 100000   # more seeded work orders
#   ./bench/run.sh --growth        # then also list (plain and three filtered, WO-1)/grade-report p50 at 10k, 100k, 1M
#   ./bench/run.sh --mixed         # instead: the day's mix against AfterSales alone (bench/Mixed): 60 % reads of
#                                  # orders and lists, 25 % field actions with If-Match, 10 % registrations, 5 %
#                                  # reports; throughput, p50 and p99 per kind
#   options: --duration S (default 10) --warmup S (3) --connections N (32) --threads N (2)
#            --rounds N (3): run every operation N times; the table shows the last round, the API's working set is
#            printed after each operation of each round (growth across runs shows), and the ratios of every round
#            after the first (warm-up) are printed with their median, which the last line repeats:
#            `ratios: create X get Y list Z`
#
# Ratios are what to compare across machines; absolute numbers depend on the hardware and on whatever
# else runs on it (wrk, both apps and PostgreSQL share the same cores here).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=../build/lib/postgres.sh
source "$root/build/lib/postgres.sh"

rows=10000
growth=0
mixed=0
duration=10
warmup=3
connections=32
threads=2
rounds=3
while (($#)); do
  case "$1" in
    --rows) rows=${2:?--rows N}; shift 2 ;;
    --growth) growth=1; shift ;;
    --mixed) mixed=1; shift ;;
    --duration) duration=${2:?--duration S}; shift 2 ;;
    --warmup) warmup=${2:?--warmup S}; shift 2 ;;
    --connections) connections=${2:?--connections N}; shift 2 ;;
    --threads) threads=${2:?--threads N}; shift 2 ;;
    --rounds) rounds=${2:?--rounds N}; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$rows" =~ ^[0-9]+$ ]] && ((rows > 0)) || { echo "--rows must be a positive number" >&2; exit 2; }
[[ "$rounds" =~ ^[0-9]+$ ]] && ((rounds > 0)) || { echo "--rounds must be a positive number" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[bench] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  if [[ $EUID -ne 0 ]]; then
    echo "wrk is missing; install it (sudo apt-get install -y wrk)" >&2
    exit 1
  fi
  log "installing wrk with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null 2>&1 ||
    { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
fi
command -v jq >/dev/null || { echo "jq is required" >&2; exit 1; }
pg_ensure_installed

log "building Release"
dotnet build AfterSales.Api.sln -c Release -v quiet -nologo >/dev/null
dotnet build bench/Reference/Reference.csproj -c Release -v quiet -nologo >/dev/null
((mixed)) && dotnet build bench/Mixed/Mixed.csproj -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d /tmp/aftersales-bench.XXXXXX)
chmod 755 "$work"
pgdir="$work/pg"
api_pid=""
ref_pid=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  log "stopping"
  for pid in $api_pid $ref_pid; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $api_pid $ref_pid; do
    wait "$pid" 2>/dev/null || true
  done
  pg_stop "$pgdir"
  if ((rc != 0)); then
    log "failed; logs kept in $work (api.log, reference.log, pg/server.log)"
  else
    # The median ratios are the output's last line, after everything stopping printed.
    [[ -f "$work/summary.txt" ]] && { echo; cat "$work/summary.txt"; }
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Durable defaults (fsync, synchronous_commit and full_page_writes on); only room for both apps' pools.
pg_init_cluster "$pgdir"
pg_port=$(pg_free_port)
pg_start "$pgdir" "$pg_port" -c max_connections=300 -c shared_buffers=256MB -c fsync=on -c synchronous_commit=on
pg_create_db "$pg_port" aftersales
connection="Host=127.0.0.1;Port=$pg_port;Database=aftersales;Username=postgres"
psql_db() { PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d aftersales "$@"; }

wait_http() {
  local url=$1 pid=$2 i
  for ((i = 0; i < 120; i++)); do
    curl -sf -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited; see $work"; return 1; }
    sleep 0.5
  done
  log "timed out waiting for $url"
  return 1
}

# The tokens are the built-in provider's, as in production (RS256, checked through its keys): one integrator per role
# the runs need, registered from the environment with a secret made for this run and never written down.
bench_roles=(Dispatcher HR Manager)
bench_secret=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
bench_clients=()
for role in "${bench_roles[@]}"; do
  bench_clients+=("Identity__Clients__bench-${role,,}__Secret=$bench_secret" "Identity__Clients__bench-${role,,}__Roles__0=$role")
done

api_port=$(pg_free_port)
api="http://127.0.0.1:$api_port"
log "starting AfterSales (Benchmark environment) on $api; PostgreSQL on $pg_port"
(
  cd "$root/src/AfterSales.Api"
  export ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="$api" DOTNET_hostBuilder__reloadConfigOnChange=false
  export Identity__KeyDirectory="$work/identity-keys"
  # Tokens are fetched once, before the runs: a long run must not outlive them (the lifetime costs nothing per request).
  export Identity__AccessTokenMinutes=1440
  export ConnectionStrings__AfterSales="$connection"
  # Required at start-up even though the Benchmark profile turns dev tokens off.
  Auth__Jwt__SigningKey=$(head -c 48 /dev/urandom | base64 -w0)
  export Auth__Jwt__SigningKey
  # Client ids with a dash are no shell names: env sets them.
  exec env "${bench_clients[@]}" dotnet "$root/src/AfterSales.Api/bin/Release/net10.0/AfterSales.Api.dll"
) >"$work/api.log" 2>&1 &
api_pid=$!
wait_http "$api/health/ready" "$api_pid" # migrations have run once this answers

seeded=0
seed_to() {
  local target=$1 started
  ((target > seeded)) || return 0
  started=$(date +%s)
  psql_db -v first=$((seeded + 1)) -v last="$target" -f "$root/bench/seed.sql" >/dev/null
  log "seeded work orders $((seeded + 1))..$target in $(($(date +%s) - started)) s"
  seeded=$target
}
seed_to "$rows"

# The mixed workload runs against AfterSales alone.
if ((!mixed)); then
  ref_port=$(pg_free_port)
  ref="http://127.0.0.1:$ref_port"
  log "starting the reference on $ref"
  ConnectionStrings__AfterSales="$connection" ASPNETCORE_URLS="$ref" DOTNET_hostBuilder__reloadConfigOnChange=false \
    dotnet "$root/bench/Reference/bin/Release/net10.0/Reference.dll" >"$work/reference.log" 2>&1 &
  ref_pid=$!
  wait_http "$ref/health" "$ref_pid"
fi

# token ROLE -> an access token for bench-<role> by client credentials at the provider's token endpoint (the secret
# goes in the body, read from stdin, so it shows on no command line)
token() {
  printf 'grant_type=client_credentials&client_id=bench-%s&client_secret=%s' "${1,,}" "$bench_secret" |
    curl -sf -X POST "$api/connect/token" -H 'content-type: application/x-www-form-urlencoded' --data-binary @- |
    jq -er .access_token
}
# jwt_alg TOKEN -> the alg its header names
jwt_alg() {
  local header=${1%%.*}
  header=$(tr '_-' '/+' <<<"$header")
  while ((${#header} % 4)); do header+="="; done
  base64 -d <<<"$header" | jq -r .alg
}
dispatcher=$(token Dispatcher)
hr=$(token HR)
manager=$(token Manager)
for issued in "$dispatcher" "$hr" "$manager"; do
  alg=$(jwt_alg "$issued")
  [[ "$alg" == RS256 ]] || { log "the provider issued a $alg token, not RS256"; exit 1; }
done
log "tokens: RS256, from $api/connect/token (client credentials of bench-dispatcher, bench-hr, bench-manager)"

data="$work/data"
mkdir -p "$data"
psql_db -At -c "SELECT id FROM aftersales.work_orders ORDER BY random() LIMIT 1000" >"$data/ids.txt"
psql_db -At -F, -c "SELECT customer_id, id FROM aftersales.equipment" >"$data/customers.txt"

# wrk_run OP URL PATH TOKEN SECONDS -> "requests rps p50 p99 non2xx socket_errors"
wrk_run() {
  local out
  out=$(BENCH_OP=$1 BENCH_PATH=$3 BENCH_TOKEN=$4 BENCH_DATA="$data" \
    wrk -t"$threads" -c"$connections" -d"${5}s" --timeout 10s -s "$root/bench/wrk/bench.lua" "$2")
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2-
}
# "pid ticks" for the app process given and every PostgreSQL process (user + system CPU so far, in clock ticks)
cpu_snapshot() {
  local postmaster pid
  postmaster=$(head -1 "$pgdir/postmaster.pid")
  for pid in "$1" "$postmaster" $(pgrep -P "$postmaster"); do
    awk -v pid="$pid" -v app="$1" '{ print (pid == app ? "app" : "pg"), pid, $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true
  done
}
# cpu_per_request BEFORE AFTER REQUESTS -> "app_us pg_us": CPU microseconds per request of the app and of PostgreSQL
# (a backend that started during the run counts from zero)
cpu_per_request() {
  awk -v hz="$(getconf CLK_TCK)" -v n="${3:-0}" '
    BEGIN { if (n <= 0) n = 1 }
    FNR == NR { before[$2] = $3; next }
    { used[$1] += $3 - (($2 in before) ? before[$2] : 0) }
    END { printf "%.0f %.0f", used["app"] * 1e6 / hz / n, used["pg"] * 1e6 / hz / n }' "$1" "$2"
}
# measure OP URL PATH TOKEN APP_PID -> warm-up, then the measured run, and the CPU it cost per request
measure() {
  local out
  wrk_run "$1" "$2" "$3" "$4" "$warmup" >/dev/null
  cpu_snapshot "$5" >"$work/cpu.before"
  out=$(wrk_run "$1" "$2" "$3" "$4" "$duration")
  cpu_snapshot "$5" >"$work/cpu.after"
  echo "$out $(cpu_per_request "$work/cpu.before" "$work/cpu.after" "${out%% *}")"
}
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status"; }

if ((mixed)); then
  psql_db -At -c "SELECT id FROM aftersales.work_orders WHERE status = 'InProgress' ORDER BY random() LIMIT 1000" >"$data/field.txt"
  log "mixed workload against AfterSales"
  dotnet "$root/bench/Mixed/bin/Release/net10.0/Mixed.dll" --url "$api" --data "$data" --month 2026-10 \
    --dispatcher-token "$dispatcher" --manager-token "$manager" --hr-token "$hr" \
    --connections "$connections" --warmup "$warmup" --duration "$duration"
  echo "AfterSales working set (VmRSS) after the mixed run: $(rss_mb) MB"
  exit 0
fi

month=2026-10
# The first keyset page, like the reference: no offset and no count, whatever the size of the table.
list_query="status=Registered&pageSize=20&cursor="
rss_log=""
# Reads first, so the seeded size is what they see; create last (it adds rows to both sides' table).
# AfterSales and the reference alternate per operation. The table keeps the last round.
for ((round = 1; round <= rounds; round++)); do
  results="$work/results-$round.txt"
  : >"$results"
  rss_log+="  round $round:"
  for op in get list grades create; do
    case $op in
      get) as_path=/api/v1/work-orders/ ref_path=/work-orders/ as_token=$dispatcher ;;
      list) as_path="/api/v1/work-orders?$list_query" ref_path="/work-orders?status=Registered" as_token=$dispatcher ;;
      grades) as_path="/api/v1/reports/grades?month=$month" ref_path="" as_token=$hr ;;
      create) as_path=/api/v1/work-orders ref_path=/work-orders as_token=$dispatcher ;;
    esac
    log "round $round/$rounds, measuring $op: AfterSales"
    echo "$op aftersales $(measure "$op" "$api" "$as_path" "$as_token" "$api_pid")" >>"$results"
    rss_log+=" $op=$(rss_mb)MB"
    if [[ -n "$ref_path" ]]; then
      log "round $round/$rounds, measuring $op: reference"
      echo "$op reference $(measure "$op" "$ref" "$ref_path" "" "$ref_pid")" >>"$results"
    fi
  done
  rss_log+=$'\n'
done

echo
echo "AfterSales vs bare-Npgsql reference: $rows seeded work orders, round $rounds of $rounds, wrk -t$threads -c$connections -d${duration}s after ${warmup}s warm-up, $(nproc) CPUs shared with wrk and PostgreSQL"
awk '
  { req[$1, $2] = $3; rps[$1, $2] = $4; p50[$1, $2] = $5; p99[$1, $2] = $6; bad[$1, $2] = $7 + $8 }
  END {
    split("create get list grades", ops, " ")
    names["create"] = "create work order"; names["get"] = "get work order by id"
    names["list"] = "list page (Registered, newest first)"; names["grades"] = "monthly grade report (500)"
    printf "%-38s %10s %9s %9s %10s %9s %9s %7s %7s\n", "operation", "AS req/s", "AS p50", "AS p99", "ref req/s", "ref p50", "ref p99", "ratio", "p99 x"
    for (i = 1; i <= 4; i++) {
      o = ops[i]
      if (!((o, "aftersales") in rps)) continue
      if ((o, "reference") in rps) {
        printf "%-38s %10.0f %7.1fms %7.1fms %10.0f %7.1fms %7.1fms %7.2f %7.2f\n", names[o], rps[o, "aftersales"], p50[o, "aftersales"], p99[o, "aftersales"],
          rps[o, "reference"], p50[o, "reference"], p99[o, "reference"], rps[o, "aftersales"] / rps[o, "reference"], p99[o, "aftersales"] / p99[o, "reference"]
      } else {
        printf "%-38s %10.0f %7.1fms %7.1fms %10s %9s %9s %7s %7s\n", names[o], rps[o, "aftersales"], p50[o, "aftersales"], p99[o, "aftersales"], "-", "-", "-", "-", "-"
      }
      if (bad[o, "aftersales"] + bad[o, "reference"] > 0)
        printf "  ! %s: %d non-2xx/socket errors on AfterSales, %d on the reference\n", o, bad[o, "aftersales"], bad[o, "reference"]
    }
  }' "$results"
echo
echo "CPU per request (microseconds of user + system time, same runs): what each side costs the shared cores"
awk '
  { app[$1, $2] = $9; pg[$1, $2] = $10 }
  END {
    split("create get list grades", ops, " ")
    printf "%-10s %10s %10s %10s %10s %10s %10s\n", "operation", "AS app", "AS pg", "AS total", "ref app", "ref pg", "ref total"
    for (i = 1; i <= 4; i++) {
      o = ops[i]
      if (!((o, "aftersales") in app)) continue
      if ((o, "reference") in app)
        printf "%-10s %10d %10d %10d %10d %10d %10d\n", o, app[o, "aftersales"], pg[o, "aftersales"], app[o, "aftersales"] + pg[o, "aftersales"],
          app[o, "reference"], pg[o, "reference"], app[o, "reference"] + pg[o, "reference"]
      else
        printf "%-10s %10d %10d %10d %10s %10s %10s\n", o, app[o, "aftersales"], pg[o, "aftersales"], app[o, "aftersales"] + pg[o, "aftersales"], "-", "-", "-"
    }
  }' "$results"
echo "AfterSales working set (VmRSS) after each operation:"
printf '%s' "$rss_log"
# One run swings by about 15 %, so the figure to compare is the median ratio over the rounds after the first
# (round 1 is the JIT's warm-up); with a single round, that round's.
ratios=$(for ((round = rounds > 1 ? 2 : 1; round <= rounds; round++)); do
  awk -v round="$round" '{ rps[$1, $2] = $4 }
    END { for (o in rps) { split(o, k, SUBSEP); if (k[2] == "aftersales" && ((k[1], "reference") in rps)) printf "%s %d %.4f\n", k[1], round, rps[k[1], "aftersales"] / rps[k[1], "reference"] } }' \
    "$work/results-$round.txt"
done)
echo
echo "Ratio to the reference per round, and the median of rounds $((rounds > 1 ? 2 : 1))..$rounds:"
awk -v summary="$work/summary.txt" '
  { n[$1]++; v[$1, n[$1]] = $3; listed[$1] = listed[$1] sprintf(" %.2f", $3) }
  END {
    split("create get list", ops, " ")
    for (i = 1; i <= 3; i++) {
      o = ops[i]; c = n[o]
      for (j = 1; j <= c; j++) sorted[j] = v[o, j]
      for (j = 2; j <= c; j++) for (k = j; k > 1 && sorted[k - 1] > sorted[k]; k--) { t = sorted[k]; sorted[k] = sorted[k - 1]; sorted[k - 1] = t }
      median[o] = c % 2 ? sorted[(c + 1) / 2] : (sorted[c / 2] + sorted[c / 2 + 1]) / 2
      printf "  %-7s%s  -> median %.2f\n", o, listed[o], median[o]
    }
    printf "ratios: create %.2f get %.2f list %.2f\n", median["create"], median["get"], median["list"] > summary
  }' <<<"$ratios"

if ((growth)); then
  echo
  log "growth: list and grade-report p50 as the table grows"
  # Drop what the create runs added, so each level holds just the seeded rows.
  psql_db -c "DELETE FROM aftersales.work_orders WHERE number NOT LIKE 'WO-B-%'" -c "VACUUM ANALYZE aftersales.work_orders" >/dev/null
  growth_results="$work/growth.txt"
  : >"$growth_results"
  # WO-1 (r2): filtered first pages, each on its own index. The seed gives every 17th order Urgent and a third of the
  # customers Remote; customer 7 has one order in a thousand; the prefix matches the same 100 numbers at every size.
  bench_customer=$(psql_db -At -c "SELECT md5('cust7')::uuid")
  filtered_queries=(
    "zone=Remote&priority=Urgent&pageSize=20&cursor="
    "customerId=$bench_customer&pageSize=20&cursor="
    "numberPrefix=wo-b-0000012&pageSize=20&cursor="
  )
  for level in 10000 100000 1000000; do
    ((level >= rows)) || continue
    seed_to "$level"
    list=$(measure list "$api" "/api/v1/work-orders?$list_query" "$dispatcher" "$api_pid")
    ref_list=$(measure list "$ref" "/work-orders?status=Registered" "" "$ref_pid")
    grades=$(measure grades "$api" "/api/v1/reports/grades?month=$month" "$hr" "$api_pid")
    filtered=""
    for query in "${filtered_queries[@]}"; do
      filtered+=" | $(measure list "$api" "/api/v1/work-orders?$query" "$dispatcher" "$api_pid")"
    done
    total=$(psql_db -At -c "SELECT count(*) FROM aftersales.work_orders")
    echo "$level $total $list | $ref_list | $grades$filtered" >>"$growth_results"
  done
  echo "Growth (p50 of list page and grade report as work orders grow; filtered first pages: zone=Remote&priority=Urgent,"
  echo "one customer's, numberPrefix=wo-b-0000012):"
  awk -F'|' '
    BEGIN { printf "%-10s %10s %14s %14s %16s %14s %14s %14s\n", "seeded", "rows", "AS list p50", "ref list p50", "AS grades p50",
                   "zone+prio p50", "customer p50", "prefix p50" }
    { split($1, a, " "); split($2, r, " "); split($3, g, " "); split($4, z, " "); split($5, c, " "); split($6, n, " ")
      printf "%-10s %10s %12.1fms %12.1fms %14.1fms %12.1fms %12.1fms %12.1fms\n", a[1], a[2], a[5], r[3], g[3], z[3], c[3], n[3] }' "$growth_results"
  echo "AfterSales working set after the growth runs: $(rss_mb) MB"
fi
