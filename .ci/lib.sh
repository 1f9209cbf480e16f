# shellcheck shell=bash
# Helpers shared by .ci/run and bench/startup.sh: pick a JDK >= 21, install
# Debian packages, and bring up a local PostgreSQL with a throw-away database.
# Source it; it defines functions only (plus the APT_UPDATED flag).

section() { printf '\n==== %s ====\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Feature release of a java binary (8, 17, 21, 25, ...), or nothing if it does
# not run. awk reads all of java's output so java never gets SIGPIPE (which
# pipefail would turn into a failure).
java_major() {
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/ version "/ && !done { print $2; done = 1 }') || true
  case "$v" in 1.*) v=${v#1.} ;; esac
  v=${v%%[.+_-]*}
  [[ $v =~ ^[0-9]+$ ]] && printf '%s\n' "$v"
  return 0
}

# Exports JAVA_HOME (and puts its bin first on PATH) for a JDK of at least
# release $1. Keeps the current java if it is recent enough; otherwise takes
# the newest JDK under /usr/lib/jvm. Needs javac: Maven compiles with it.
use_jdk() {
  local min=${1:-21} cur real major dir best='' best_major=0
  if [[ -n ${JAVA_HOME:-} && -x ${JAVA_HOME}/bin/java ]]; then
    cur=${JAVA_HOME}/bin/java
  else
    cur=$(command -v java || true)
  fi
  if [[ -n $cur ]]; then
    real=$(readlink -f "$cur")
    major=$(java_major "$real")
    if (( ${major:-0} >= min )) && [[ -x ${real%/bin/java}/bin/javac ]]; then
      best=${real%/bin/java}
      best_major=$major
    fi
  fi
  if [[ -z $best ]]; then
    for dir in /usr/lib/jvm/*/; do
      dir=$(readlink -f "$dir")
      [[ -x $dir/bin/java && -x $dir/bin/javac ]] || continue
      major=$(java_major "$dir/bin/java")
      if (( ${major:-0} > best_major )); then
        best=$dir
        best_major=$major
      fi
    done
  fi
  (( best_major >= min )) \
    || die "no JDK >= $min found (current java: ${cur:-none}; looked under /usr/lib/jvm)"
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

# apt-get install with one 'apt-get update' per process; CI has no stdin.
APT_UPDATED=0
apt_install() {
  # needrestart (if present) would only add noise: nothing runs that it could restart.
  export DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1
  if (( APT_UPDATED == 0 )); then
    apt-get update -q </dev/null
    APT_UPDATED=1
  fi
  apt-get install -y -q "$@" </dev/null
}

# Makes sure a local PostgreSQL cluster runs and accepts TCP connections on
# localhost. Installs Debian's postgresql if needed, creates a cluster if there
# is none, starts it if it is down. Sets PG_VERSION, PG_CLUSTER and PG_PORT
# (the port is the cluster's own, not assumed to be 5432).
pg_ensure_running() {
  local line ver name port status _rest i
  if ! command -v pg_lsclusters >/dev/null 2>&1 \
      || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    echo "PostgreSQL server not installed: installing Debian's postgresql"
    apt_install postgresql
  fi
  if [[ -z $(pg_lsclusters --no-header 2>/dev/null) ]]; then
    ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
    echo "No PostgreSQL cluster: creating $ver/main"
    pg_createcluster "$ver" main </dev/null
  fi
  # Prefer a cluster that is already online, then the newest version.
  line=$(pg_lsclusters --no-header | awk '{ print ($4 ~ /^online/ ? 1 : 0), $0 }' \
    | sort -k1,1n -k2,2V | tail -n 1 | cut -d' ' -f2-)
  read -r ver name port status _rest <<<"$line"
  [[ -n ${port:-} ]] || die "could not read a PostgreSQL cluster from pg_lsclusters"
  # shellcheck disable=SC2034 # read by the sourcing scripts
  PG_VERSION=$ver PG_CLUSTER=$name PG_PORT=$port
  if [[ $status != online* ]]; then
    echo "Starting PostgreSQL cluster $ver/$name (port $port)"
    pg_ctlcluster "$ver" "$name" start </dev/null \
      || { tail -n 30 "/var/log/postgresql/postgresql-$ver-$name.log" >&2 || true
           die "could not start PostgreSQL cluster $ver/$name"; }
  fi
  # Bounded wait (60 s) until the server takes TCP connections.
  for (( i = 0; i < 120; i++ )); do
    pg_isready -q -h localhost -p "$PG_PORT" && break
    sleep 0.5
  done
  pg_isready -h localhost -p "$PG_PORT" \
    || die "PostgreSQL $ver/$name not ready on localhost:$PG_PORT after 60 s"
}

# psql as the postgres superuser over the Unix socket (peer authentication).
# Runs from / because postgres may not be allowed into the caller's directory.
# Extra arguments go to psql; the SQL comes on stdin.
# shellcheck disable=SC2120
pg_super_psql() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
}

# Creates role $1 if missing and sets it a fresh random password on every run
# (so the caller knows it); exports nothing, sets PG_PASSWORD. Names are fixed
# identifiers chosen by our scripts, and the password is hex, so inlining both
# into SQL is safe (and keeps the password off process command lines).
pg_ensure_role() {
  local role=$1
  PG_PASSWORD=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  # shellcheck disable=SC2119
  pg_super_psql <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') \gexec
ALTER ROLE "$role" WITH LOGIN PASSWORD '$PG_PASSWORD';
SQL
}

# Drops database $2 (disconnecting any session) and creates it empty, owned by
# role $1: every run starts from a clean schema, so a migration edited since
# the last run cannot trip Flyway's checksum validation.
pg_recreate_db() {
  local role=$1 db=$2
  # shellcheck disable=SC2119
  pg_super_psql <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS "$db" WITH (FORCE);
CREATE DATABASE "$db" OWNER "$role";
SQL
}
