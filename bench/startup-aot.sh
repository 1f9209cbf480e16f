#!/usr/bin/env bash
# The startup benchmark again, for the jar as the Docker image runs it: extracted
# (java -Djarmode=tools ... extract) and started with a JDK 25 AOT cache made by
# a training run that stops right after the Spring context refreshes.
#
# Usage: bench/startup-aot.sh [JAR]   (same environment as bench/startup.sh)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=.ci/lib.sh
source "$ROOT/.ci/lib.sh"

JAR=$(readlink -f "${1:-$ROOT/target/archipelago.jar}")
[[ -f $JAR ]] || die "no jar at $JAR (build it: ./mvnw -Pproduction package -DskipTests)"
use_jdk 25   # -XX:AOTCacheOutput needs JDK 25 (JEP 514)
JAVA=$JAVA_HOME/bin/java

WORK=$(mktemp -d "${TMPDIR:-/tmp}/archipelago-aot.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

section "Extract and train"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
# The cache is valid only for the same class path, so train with the very path
# that bench/startup.sh starts.
(cd "$ROOT" && "$JAVA" -XX:AOTCacheOutput="$WORK/app/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$WORK/app/archipelago.jar" --archipelago.data-dir="$WORK/training" >"$WORK/training.log" 2>&1) \
  || { tail -n 30 "$WORK/training.log" >&2; die "the training run failed"; }
echo "AOT cache: $(du -m "$WORK/app/app.aot" | cut -f1) MiB"

BENCH_JAVA_OPTS="-XX:AOTCache=$WORK/app/app.aot ${BENCH_JAVA_OPTS:-}" \
  bash "$ROOT/bench/startup.sh" "$WORK/app/archipelago.jar"
