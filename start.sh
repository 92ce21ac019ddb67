#!/usr/bin/env bash
# Starts AntiLeadership Live on this machine: Azurite (grain storage, kept in .data/azurite) and one
# web node that co-hosts the Orleans silo. Ctrl+C stops everything it started.
#   PORT=8080 ./start.sh     serve on another port (default 5080)
#   NODES=2 ./start.sh       a local cluster: N co-hosting nodes on PORT, PORT+1, … sharing Azurite
set -euo pipefail
cd "$(dirname "$0")"
source scripts/azurite-connection.sh

PORT="${PORT:-5080}"
NODES="${NODES:-1}"
BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"

if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/@microsoft/signalr/dist/browser/signalr.min.js ]; then
  echo "Installing browser libraries and Azurite from the lockfile (first run only)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

azurite_pid=""
web_pids=()
# Stops the web nodes first, so their last writes land and their storage connections close, then
# Azurite, which saves its data to disk as it closes.
cleanup() {
  trap - EXIT INT TERM
  for pid in "${web_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${web_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$azurite_pid" ]; then
    kill -TERM "$azurite_pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$azurite_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

if port_in_use "$BLOB_PORT"; then
  echo "Something already listens on port $BLOB_PORT; using it as Azurite."
else
  mkdir -p .data/azurite
  node_modules/.bin/azurite --silent --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry \
    --location .data/azurite \
    --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" \
    --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" &
  azurite_pid=$!
  wait_for_port "$BLOB_PORT" 30 && wait_for_port "$TABLE_PORT" 30 || { echo "Azurite did not start." >&2; exit 1; }
fi

export Cluster__ConnectionString
Cluster__ConnectionString="$(azurite_connection_string "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT")"
if [ "$NODES" -gt 1 ]; then
  export Cluster__Clustering=AzureStorage
fi

dotnet build Web -c Release --nologo -v quiet -clp:ErrorsOnly
for i in $(seq 0 $((NODES - 1))); do
  dotnet run --project Web -c Release --no-build --no-launch-profile -- \
    --urls "http://0.0.0.0:$((PORT + i))" \
    --Cluster:SiloPort=$((11111 + i)) --Cluster:GatewayPort=$((30000 + i)) &
  web_pids+=($!)
done
wait -n "${web_pids[@]}"
