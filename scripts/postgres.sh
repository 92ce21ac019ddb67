#!/usr/bin/env bash
# PostgreSQL for AntiLeadership Live: Debian's server package, run from a data folder of our own, on
# 127.0.0.1 only, with a password of its own. Used by start.sh, test.sh and the tests themselves, so
# the tests start the database exactly as the product does.
#
#   scripts/postgres.sh install                    installs Debian's postgresql when it is missing
#   scripts/postgres.sh start <folder> <port>      creates the server the first time, starts it, and
#                                                  prints the connection string (one line)
#   scripts/postgres.sh stop <folder>              a clean, fast shutdown (every commit is kept)
#   scripts/postgres.sh pids <folder>              the server's processes, one pid a line
#
# PostgreSQL refuses to run as root: as root, the server runs as the "postgres" user the Debian
# package creates, and owns its data folder. A normal user runs it as themselves.
set -euo pipefail

DATABASE=antileadership
ROLE=antileadership

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$dir" ] || [ ! -x "$dir/pg_ctl" ]; then
    echo "PostgreSQL is not installed: run 'scripts/postgres.sh install' (or apt-get install postgresql)." >&2
    return 1
  fi
  echo "$dir"
}

install() {
  if bin_dir >/dev/null 2>&1; then return 0; fi
  echo "Installing Debian's postgresql (first run only)…" >&2
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  # The package would also start a system-wide server on port 5432, which we neither need nor want
  # running: a policy-rc.d that says "no" keeps apt from starting services while it installs.
  local policy=/usr/sbin/policy-rc.d added=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null && $sudo_cmd chmod +x "$policy" && added=1
  fi
  local status=0
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >&2 || status=$?
  [ -n "$added" ] && $sudo_cmd rm -f "$policy"
  return $status
}

# The postgres user must be able to reach a data folder inside the repository. A checkout under a
# home folder (/root is 700) is out of its reach, so give others the right to pass through (x, not
# read) on each folder above it that lacks it, and say so.
ensure_reachable() {
  local folder=$1 dir="" part
  [ "$(id -u)" -eq 0 ] || return 0
  # From the root down, so that each folder is checked once the ones above it can be passed.
  local IFS=/
  for part in $(dirname "$folder"); do
    [ -n "$part" ] || continue
    dir="$dir/$part"
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
      chmod o+x "$dir"
      echo "Let the database user pass through $dir (o+x) to reach its data folder." >&2
    fi
  done
}

start() {
  local folder=$1 port=$2 bin
  bin=$(bin_dir)
  mkdir -p "$folder"
  folder=$(cd "$folder" && pwd)
  local data="$folder/data" password_file="$folder/password" log="$folder/server.log"
  ensure_reachable "$data"

  if [ ! -s "$password_file" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
  fi

  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    chmod 700 "$data"
    local pwfile
    pwfile=$(mktemp)
    cp "$password_file" "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$data" "$pwfile"
    fi
    # scram passwords over TCP, and no Unix socket at all (nothing to secure, no path-length limit).
    as_owner "$bin/initdb" -D "$data" -U "$ROLE" --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi

  if [ "$(id -u)" -eq 0 ]; then
    touch "$log" && chown postgres "$log"
  fi

  if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # fsync and synchronous_commit stay at PostgreSQL's defaults (on): a commit is on disk when it
    # is acknowledged, which is why this database is the store of record. 250 connections: each node
    # keeps at most 50 (DatabaseConnection), so a cluster of several fits.
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=250" start >/dev/null \
      || { echo "PostgreSQL did not start; its log is $log:" >&2; tail -20 "$log" >&2; return 1; }
  fi

  local password
  password=$(cat "$password_file")
  if ! PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
    PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$ROLE" "$DATABASE"
  fi

  echo "Host=127.0.0.1;Port=$port;Database=$DATABASE;Username=$ROLE;Password=$password"
}

stop() {
  local folder=$1 bin
  bin=$(bin_dir)
  folder=$(cd "$folder" && pwd)
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
}

pids() {
  local folder=$1 main
  [ -f "$folder/data/postmaster.pid" ] || return 0
  main=$(head -1 "$folder/data/postmaster.pid")
  kill -0 "$main" 2>/dev/null || return 0
  echo "$main"
  # Its children (the backends and background workers), read from /proc: no procps needed.
  local stat content rest
  for stat in /proc/[0-9]*/stat; do
    content=$(cat "$stat" 2>/dev/null) || continue
    rest=${content##*) }
    set -- $rest
    if [ "${2:-}" = "$main" ]; then
      local pid=${stat#/proc/}
      echo "${pid%/stat}"
    fi
  done
}

command=${1:-}
shift || true
case "$command" in
  install) install ;;
  start) start "$@" ;;
  stop) stop "$@" ;;
  pids) pids "$@" ;;
  *) echo "usage: $0 install | start <folder> <port> | stop <folder> | pids <folder>" >&2; exit 2 ;;
esac
