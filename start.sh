#!/usr/bin/env bash
# Starts AntiLeadership Live on this machine: PostgreSQL (grain state, kept in .data/postgres; installed
# from Debian's packages on first use) and one web node that co-hosts the Orleans silo. Ctrl+C stops
# everything it started, the web nodes first and the database last.
#   PORT=8080 ./start.sh     serve on another port (default 5080)
#   NODES=2 ./start.sh       a local cluster: N co-hosting nodes on PORT, PORT+1, … sharing the database
#   DB_PORT=5481 ./start.sh  the database on another port (default 5480, on 127.0.0.1 only)
#   LIVE_DATA=/srv/live ./start.sh   keep the data somewhere else (default .data in this folder)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ports.sh

PORT="${PORT:-5080}"
NODES="${NODES:-1}"
DB_PORT="${DB_PORT:-5480}"
SILO_PORT="${SILO_PORT:-11111}"
GATEWAY_PORT="${GATEWAY_PORT:-30000}"
LIVE_DATA="${LIVE_DATA:-.data}"
DATABASE_FOLDER="$LIVE_DATA/postgres"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the browser libraries from the lockfile…"
  npm ci --no-audit --no-fund --loglevel=error
fi
scripts/postgres.sh install

web_pids=()
database_started=""
# Stops the web nodes first, so their last writes land and their connections close, then the
# database with a fast shutdown (every committed write is already on disk; it only ends sessions).
cleanup() {
  trap - EXIT INT TERM
  for pid in "${web_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${web_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$database_started" ]; then
    scripts/postgres.sh stop "$DATABASE_FOLDER"
  fi
}
trap cleanup EXIT INT TERM

if port_in_use "$DB_PORT"; then
  echo "Something already listens on port $DB_PORT; set DB_PORT to start our database on another port." >&2
  exit 1
fi
export Cluster__Database
Cluster__Database="$(scripts/postgres.sh start "$DATABASE_FOLDER" "$DB_PORT")"
database_started=1
export Cluster__Storage=PostgreSql
if [ "$NODES" -gt 1 ]; then
  export Cluster__Clustering=PostgreSql
fi

dotnet build Web -c Release --nologo -v quiet -clp:ErrorsOnly
# The runtime's settings for a node, as the systemd unit loads them (deploy/runtime.env says why).
set -a
. deploy/runtime.env
set +a
for i in $(seq 0 $((NODES - 1))); do
  dotnet run --project Web -c Release --no-build --no-launch-profile -- \
    --urls "http://0.0.0.0:$((PORT + i))" \
    --Cluster:SiloPort=$((SILO_PORT + i)) --Cluster:GatewayPort=$((GATEWAY_PORT + i)) &
  web_pids+=($!)
done
wait -n "${web_pids[@]}"
