#!/usr/bin/env bash
# Build and test against a throwaway PostgreSQL cluster.
# Last stdout line is always "N passed, N failed, N skipped".
# Extra args are passed to `dotnet test` (e.g. --filter "FullyQualifiedName~Orders").
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh source-path=SCRIPTDIR
source "$root/build/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_hostBuilder__reloadConfigOnChange=false
# No lingering MSBuild nodes holding CI pipes open after we finish.
export MSBUILDDISABLENODEREUSE=1

tmp=$(mktemp -d)
# mktemp gives 0700; the postgres user must be able to reach $tmp/pg.
chmod 755 "$tmp"
pgdir="$tmp/pg"

summary_printed=0
# shellcheck disable=SC2317 # invoked via trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # Setup failures (postgres, signals) still end with a parsable summary line.
  if ((rc != 0 && summary_printed == 0)); then
    echo "0 passed, 1 failed, 0 skipped"
  fi
  # Silent on purpose: the summary line must stay the last line of output.
  pg_stop "$pgdir" >/dev/null 2>&1 || true
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
# Route signals through exit so cleanup runs with a conventional status.
trap 'exit 130' INT
trap 'exit 143' TERM

pg_ensure_installed
pg_init_cluster "$pgdir"
port=$(pg_free_port)
# Durability off: tests don't need crash safety, and it makes them much faster.
pg_start "$pgdir" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
pg_create_db "$port" aftersales_test

export ConnectionStrings__AfterSales="Host=127.0.0.1;Port=$port;Database=aftersales_test;Username=postgres;Include Error Detail=true"

# No shared compiler server: VBCSCompiler would outlive the script and can hold CI pipes open.
if ! dotnet build AfterSales.Api.sln -c Release -nodeReuse:false -p:UseSharedCompilation=false; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  summary_printed=1
  exit 1
fi

test_rc=0
dotnet test AfterSales.Api.sln -c Release --no-build \
  --logger "trx;LogFilePrefix=results" --results-directory "$tmp/results" "$@" || test_rc=$?

# Read one attribute from a <Counters .../> element (missing -> 0).
counter() {
  local v
  v=$(grep -oE "[[:space:]]$1=\"[0-9]+\"" <<<"$2" | head -n1 | grep -oE '[0-9]+' || true)
  printf '%s\n' "${v:-0}"
}

passed=0 failed=0 skipped=0 trx_count=0
while IFS= read -r -d '' trx; do
  trx_count=$((trx_count + 1))
  # Join lines first so an element split across lines is still matched.
  counters=$(tr '\n\r' '  ' <"$trx" | grep -oE '<Counters[[:space:]][^>]*>' | head -n1 || true)
  if [[ -z "$counters" ]]; then
    failed=$((failed + 1)) # unreadable result file: don't let it pass silently
    continue
  fi
  t=$(counter total "$counters")
  p=$(counter passed "$counters")
  f=$(($(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
  s=$((t - p - f))
  if ((s < 0)); then s=0; fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
done < <(find "$tmp/results" -type f -name '*.trx' -print0 2>/dev/null || true)

if ((trx_count == 0)); then
  echo "no test results (.trx) were produced" >&2
  failed=$((failed + 1))
fi

# Checks beyond `dotnet test` (contract lint, generated clients, browser, fault drills):
# every executable build/checks/*.sh counts as one test. They get the throwaway cluster's
# port in PG_PORT and a scratch directory in CHECK_TMP; each creates its own database.
export PG_PORT="$port" PG_BIN
if [[ $# -eq 0 ]]; then
  for check in "$root"/build/checks/*.sh; do
    [[ -x "$check" ]] || continue
    name=$(basename "$check" .sh)
    echo "== check: $name" >&2
    check_tmp="$tmp/check-$name"
    mkdir -p "$check_tmp"
    chmod 755 "$check_tmp"
    if CHECK_TMP="$check_tmp" "$check" >"$check_tmp/log" 2>&1; then
      echo "   passed: $name" >&2
      passed=$((passed + 1))
    else
      echo "   FAILED: $name — last lines of its log:" >&2
      tail -n 40 "$check_tmp/log" >&2
      failed=$((failed + 1))
    fi
  done
fi

echo "$passed passed, $failed failed, $skipped skipped"
summary_printed=1

if ((test_rc != 0 || failed > 0 || passed == 0)); then
  exit $((test_rc != 0 ? test_rc : 1))
fi
exit 0
