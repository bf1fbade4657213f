#!/usr/bin/env bash
# Starts (or reuses) a local PostgreSQL and makes sure careloop's role and databases exist.
# Debian's cluster runs as the postgres user, so this works when the caller is root (CI).
#   scripts/postgres.sh [start]   start or reuse the cluster on CARELOOP_PG_PORT (default 5432)
#   scripts/postgres.sh crash     stop that cluster as a crash would (immediate mode: crash recovery at the next start)
set -euo pipefail

PG_PORT="${CARELOOP_PG_PORT:-5432}"
PG_USER="${CARELOOP_DB_USER:-careloop}"
PG_PASSWORD="${CARELOOP_DB_PASSWORD:-careloop}" # dev-only default; set CARELOOP_DB_PASSWORD elsewhere
DATABASES=(careloop_review careloop_policy careloop_inference
           careloop_review_test careloop_policy_test careloop_inference_test)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

cluster_on_port() { pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }'; }

start_cluster() {
  if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then return; fi
  local version cluster
  read -r version cluster _ < <(cluster_on_port) || true
  if [ -z "${version:-}" ]; then
    # A machine's first cluster is Debian's `main`; a second careloop beside it gets a cluster of its own.
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    if [ -z "$(pg_lsclusters -h)" ]; then cluster=main; else cluster="careloop-$PG_PORT"; fi
    pg_createcluster "$version" "$cluster" --port "$PG_PORT" >/dev/null
  fi
  pg_ctlcluster "$version" "$cluster" start
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && return
    sleep 1
  done
  echo "PostgreSQL did not become ready on port $PG_PORT" >&2
  exit 1
}

ensure_role_and_databases() {
  as_postgres psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
SQL
  for db in "${DATABASES[@]}"; do
    if ! as_postgres psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
      as_postgres createdb -p "$PG_PORT" -O "$PG_USER" "$db"
    fi
  done
}

crash_cluster() {
  local version cluster
  read -r version cluster _ < <(cluster_on_port) || true
  [ -n "${version:-}" ] || { echo "no PostgreSQL cluster on port $PG_PORT" >&2; exit 1; }
  pg_ctlcluster "$version" "$cluster" stop -m immediate
  echo "PostgreSQL $version/$cluster stopped as a crash would"
}

case "${1:-start}" in
  start)
    start_cluster
    ensure_role_and_databases
    echo "PostgreSQL ready on 127.0.0.1:$PG_PORT (databases: ${DATABASES[*]})"
    ;;
  crash) crash_cluster ;;
  *) echo "usage: scripts/postgres.sh [start|crash]" >&2; exit 2 ;;
esac
