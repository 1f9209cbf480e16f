#!/usr/bin/env bash
# Startup benchmark of the production jar, on H2 and on PostgreSQL.
#
# Measures the milliseconds from process launch to the first HTTP 200 from
# /actuator/health, and the live heap right after start (after a full GC, read
# with jcmd). For each database: one cold start on an empty database, then
# RUNS warm restarts on the database (and data directory) that start left
# behind; the headline figure is the warm median. It prints figures and fails
# only if the app does not start: it never judges speed.
#
# Usage: bench/startup.sh [JAR]            JAR defaults to target/archipelago.jar
# Environment (all optional):
#   RUNS=5                  warm restarts per database
#   BENCH_PORT=18080        port for the app, bound to 127.0.0.1 only
#   BENCH_DBS="h2 postgres" databases to measure
#   BENCH_JAVA_OPTS=""      extra JVM flags, e.g. "-Xmx1g"
#   BENCH_KEEP=1            keep the work folder (logs, H2 files) afterwards
# PostgreSQL: as root, a local cluster with a throw-away archipelago_bench
# database, set up like .ci/run does. To measure another server instead, set
# ARCHIPELAGO_DB_URL, ARCHIPELAGO_DB_USER, ARCHIPELAGO_DB_PASSWORD and
# BENCH_ALLOW_WIPE=1: the cold start empties that database's public schema,
# so this never happens by accident to a database named in the environment.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=.ci/lib.sh
source "$ROOT/.ci/lib.sh"

# Resolve the jar before changing directory, so a relative path means what the
# caller meant.
JAR=${1:-$ROOT/target/archipelago.jar}
[[ -f $JAR ]] || die "no jar at $JAR (build it: ./mvnw -B -Pproduction package -DskipTests)"
JAR=$(readlink -f "$JAR")

RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-18080}
DBS=${BENCH_DBS:-h2 postgres}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"
HEALTH_URL="http://127.0.0.1:${PORT}/actuator/health"
START_TIMEOUT_S=120   # a start slower than this counts as a failure
STOP_TIMEOUT_S=60     # graceful shutdown budget before SIGKILL
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

# Started from the repository root, as a developer would.
cd "$ROOT"

use_jdk 21
JAVA=$JAVA_HOME/bin/java
JCMD=$JAVA_HOME/bin/jcmd   # same JDK as the app, so attach always matches

WORK=$(mktemp -d "${TMPDIR:-/tmp}/archipelago-bench.XXXXXX")
APP_PID=''
HEAP_METHODS=''

cleanup() {
  local status=$?
  if [[ -n $APP_PID ]]; then
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [[ $status -ne 0 || ${BENCH_KEEP:-} == 1 ]]; then
    echo "Work folder kept (logs, data): $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Something else answering on the port would be measured instead of our app.
port_busy() {
  local rc=0
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:${PORT}/" || rc=$?
  (( rc != 7 ))   # 7 = could not connect
}

# launch LOG DATA_DIR [ENV=VALUE...]: starts the jar in the background with a
# clean database environment plus the given variables. Sets APP_PID and T0.
launch() {
  local log=$1 data=$2
  shift 2
  port_busy && die "port $PORT is already in use (set BENCH_PORT)"
  T0=$(date +%s%N)
  env -u SPRING_PROFILES_ACTIVE -u ARCHIPELAGO_DB_URL -u ARCHIPELAGO_DB_USER \
      -u ARCHIPELAGO_DB_PASSWORD -u JAVA_TOOL_OPTIONS \
      ARCHIPELAGO_DATA_DIR="$data" "$@" \
      "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" \
      --server.port="$PORT" --server.address=127.0.0.1 \
      >"$log" 2>&1 &
  APP_PID=$!
}

# Polls the health endpoint every 50 ms, for at most START_TIMEOUT_S.
# Sets ELAPSED_MS (launch to first 200).
wait_healthy() {
  local log=$1 code deadline
  deadline=$(( $(date +%s) + START_TIMEOUT_S ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$HEALTH_URL" || true)
    if [[ $code == 200 ]]; then
      ELAPSED_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2
      die "the app exited before it answered 200 on $HEALTH_URL (log: $log)"
    fi
    if (( $(date +%s) >= deadline )); then
      tail -n 40 "$log" >&2
      die "no 200 from $HEALTH_URL within ${START_TIMEOUT_S}s (last status: $code; log: $log)"
    fi
    sleep 0.05
  done
}

# Live heap in MiB right after start. Preferred: a full GC then GC.heap_info,
# summing every "used N[KMG]" figure above Metaspace (one line for G1 and ZGC,
# young + old for Serial and Parallel). Fallback: the actuator metric, which
# is taken without a GC and may not be exposed anonymously. Sets RUN_HEAP
# (not printed: a command substitution would lose HEAP_METHODS).
heap_mib() {
  local info json value
  if [[ -x $JCMD ]] \
      && timeout 30 "$JCMD" "$APP_PID" GC.run >/dev/null 2>&1 \
      && info=$(timeout 30 "$JCMD" "$APP_PID" GC.heap_info 2>/dev/null); then
    value=$(awk '/Metaspace/ { exit }
      { while (match($0, /used [0-9]+[KMG]/)) {
          n = substr($0, RSTART + 5, RLENGTH - 6); u = substr($0, RSTART + RLENGTH - 1, 1)
          kib += n * (u == "K" ? 1 : (u == "M" ? 1024 : 1048576))
          $0 = substr($0, RSTART + RLENGTH) } }
      END { if (kib > 0) printf "%.1f\n", kib / 1024 }' <<<"$info")
    if [[ -n $value ]]; then
      HEAP_METHODS+=' jcmd'
      RUN_HEAP=$value
      return
    fi
  fi
  json=$(curl -s --max-time 5 "http://127.0.0.1:${PORT}/actuator/metrics/jvm.memory.used?tag=area:heap" || true)
  value=$(sed -n 's/.*"statistic":"VALUE","value":\([0-9.eE+-]*\).*/\1/p' <<<"$json")
  if [[ -n $value ]]; then
    HEAP_METHODS+=' actuator'
    RUN_HEAP=$(awk -v b="$value" 'BEGIN { printf "%.1f\n", b / 1048576 }')
  else
    RUN_HEAP=n/a
  fi
}

# SIGTERM, then wait up to STOP_TIMEOUT_S for a graceful shutdown.
stop_app() {
  local i
  kill -TERM "$APP_PID" 2>/dev/null || true
  for (( i = 0; i < STOP_TIMEOUT_S * 10; i++ )); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$APP_PID" 2>/dev/null; then
    echo "  (no exit ${STOP_TIMEOUT_S}s after SIGTERM: killed)" >&2
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=''
}

# One measured start: launch, wait for 200, read heap, stop. Sets RUN_MS, RUN_HEAP.
measure() {
  local label=$1 log=$2
  shift 2
  launch "$log" "$@"
  wait_healthy "$log"
  RUN_MS=$ELAPSED_MS
  heap_mib
  stop_app
  printf '  %-22s %7s ms   heap %7s MiB\n' "$label" "$RUN_MS" "$RUN_HEAP"
}

median() {   # median of the arguments; "n/a" if any is not a number
  printf '%s\n' "$@" | sort -n | awk '
    $1 !~ /^[0-9.]+$/ { bad = 1 } { a[NR] = $1 }
    END { if (bad || NR == 0) { print "n/a"; exit }
          m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
          print (m == int(m)) ? m : sprintf("%.1f", m) }'
}

# Where to measure PostgreSQL: sets PG_MODE to external, local or none (and
# says why not). Only checks here; the set-up runs in pg_setup, outside any
# condition, so that errexit stops it on the first failure.
pg_choose() {
  PG_MODE=none
  if [[ -n ${ARCHIPELAGO_DB_URL:-} ]]; then
    if [[ ${BENCH_ALLOW_WIPE:-} != 1 ]]; then
      echo "  skipped: ARCHIPELAGO_DB_URL is set and the cold start would empty that database;"
      echo "  set BENCH_ALLOW_WIPE=1 to allow it, or unset ARCHIPELAGO_DB_URL to use a local one."
    elif ! command -v psql >/dev/null; then
      echo "  skipped: psql is needed to empty $ARCHIPELAGO_DB_URL"
    else
      PG_MODE=external
    fi
  elif (( EUID == 0 )); then
    PG_MODE=local
  else
    echo "  skipped: needs root to set up a local PostgreSQL, or ARCHIPELAGO_DB_URL etc."
  fi
}

# Sets PG_URL, PG_USER, PG_PASS for the chosen PG_MODE.
pg_setup() {
  if [[ $PG_MODE == external ]]; then
    PG_URL=$ARCHIPELAGO_DB_URL
    PG_USER=${ARCHIPELAGO_DB_USER:?ARCHIPELAGO_DB_USER must be set too}
    PG_PASS=${ARCHIPELAGO_DB_PASSWORD:?ARCHIPELAGO_DB_PASSWORD must be set too}
  else
    pg_ensure_running
    pg_ensure_role archipelago_bench
    PG_URL="jdbc:postgresql://localhost:${PG_PORT}/archipelago_bench"
    PG_USER=archipelago_bench
    PG_PASS=$PG_PASSWORD
  fi
}

# Empty database for the cold start.
pg_reset() {
  if [[ $PG_MODE == local ]]; then
    pg_recreate_db archipelago_bench archipelago_bench
  else
    # libpq takes the JDBC URL without its prefix and JDBC-only parameters.
    local uri=${PG_URL#jdbc:}
    uri=${uri%%\?*}
    PGPASSWORD=$PG_PASS psql -X -q -w -v ON_ERROR_STOP=1 -U "$PG_USER" -d "$uri" \
      -c 'SET client_min_messages = warning' \
      -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public'
  fi
}

# bench_db NAME: cold start on an empty database, then RUNS warm restarts.
# Appends a result line to RESULTS.
RESULTS=()
bench_db() {
  local db=$1 data=$WORK/$1-data i cold_ms cold_heap
  local -a env_vars=() warm_ms=() warm_heap=()
  section "$db"
  case $db in
    h2) ;;
    postgres)
      pg_choose
      [[ $PG_MODE != none ]] || return 0
      pg_setup
      pg_reset
      env_vars=(SPRING_PROFILES_ACTIVE=postgres ARCHIPELAGO_DB_URL="$PG_URL"
                ARCHIPELAGO_DB_USER="$PG_USER" ARCHIPELAGO_DB_PASSWORD="$PG_PASS")
      echo "  database: $PG_URL"
      ;;
    *) die "unknown database '$db' in BENCH_DBS (h2, postgres)" ;;
  esac
  mkdir -p "$data"
  measure "cold (empty database)" "$WORK/$db-cold.log" "$data" "${env_vars[@]}"
  cold_ms=$RUN_MS cold_heap=$RUN_HEAP
  for (( i = 1; i <= RUNS; i++ )); do
    measure "warm $i/$RUNS" "$WORK/$db-warm-$i.log" "$data" "${env_vars[@]}"
    warm_ms+=("$RUN_MS")
    warm_heap+=("$RUN_HEAP")
  done
  RESULTS+=("$(printf '%-9s %9s %10s %10s %10s   %s' "$db" "$cold_ms" "$cold_heap" \
    "$(median "${warm_ms[@]}")" "$(median "${warm_heap[@]}")" "${warm_ms[*]}")")
}

section "Startup benchmark"
echo "jar:     $JAR ($(( $(stat -c %s "$JAR") / 1048576 )) MiB)"
echo "java:    $("$JAVA" -version 2>&1 | sed -n 1p) ($JAVA_HOME)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "runs:    1 cold + $RUNS warm per database; health: $HEALTH_URL"

for db in $DBS; do
  bench_db "$db"
done

section "Results"
printf '%-9s %9s %10s %10s %10s   %s\n' database "cold ms" "cold MiB" "warm ms" "warm MiB" "warm runs ms"
printf '%-9s %9s %10s %10s %10s   %s\n' "" "" "" "(median)" "(median)" ""
if (( ${#RESULTS[@]} > 0 )); then
  printf '%s\n' "${RESULTS[@]}"
else
  echo "(no database measured)"
fi
echo
echo "ms: process launch to first HTTP 200 from /actuator/health."
case $HEAP_METHODS in
  *actuator*) echo "MiB: heap used after start (jcmd GC.run + GC.heap_info where possible, else actuator jvm.memory.used without a GC)." ;;
  *) echo "MiB: live heap after start (jcmd GC.run, then GC.heap_info)." ;;
esac
echo "Defaults kept: no demo data (java -jar loads it only with ARCHIPELAGO_DEMO_DATA=true)."
