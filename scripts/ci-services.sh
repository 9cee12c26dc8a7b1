#!/usr/bin/env bash
# Services the service tests need, for .ci/run and for local runs:
#   - Debian's chromium (the browser tests drive /usr/bin/chromium with playwright-core);
#   - a throwaway PostgreSQL cluster on 127.0.0.1, trust auth, data in a temporary folder.
# Installs with apt-get only what is missing, so a second run only checks. Safe to run again while
# the cluster is up: it is reused. Prints the DATABASE_URL on stdout and nothing else there, so:
#   export DATABASE_URL="$(bash scripts/ci-services.sh)"
# Settings: CORROBORATE_PG_PORT (default 54329), CORROBORATE_PG_DIR (default /tmp/corroborate-pg).
set -euo pipefail

port="${CORROBORATE_PG_PORT:-54329}"
cluster="${CORROBORATE_PG_DIR:-/tmp/corroborate-pg}"
database=corroborate_test
log() { printf 'ci-services: %s\n' "$*" >&2; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing ${missing[*]}; run this script as root (it installs them with apt-get)"
    exit 1
  fi
  log "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root: root runs the cluster as Debian's postgres user.
owner="$(id -un)"
[ "$(id -u)" -eq 0 ] && owner=postgres
as_owner() {
  if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi
}

if [ ! -s "$cluster/PG_VERSION" ]; then
  log "creating a throwaway cluster in $cluster"
  rm -rf "$cluster"
  mkdir -p "$cluster"
  chown "$owner" "$cluster"
  chmod 700 "$cluster"
  as_owner "$bin/initdb" -D "$cluster" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as_owner "$bin/pg_ctl" -D "$cluster" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$port"
  # Throwaway data: durability settings off for speed; the socket stays inside the cluster folder.
  as_owner "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2
fi

psql_admin() { "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
if [ "$(psql_admin -tAc "select 1 from pg_database where datname = '$database'")" != 1 ]; then
  psql_admin -c "create database $database" >&2
fi

echo "postgresql://postgres@127.0.0.1:$port/$database"
