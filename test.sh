#!/usr/bin/env bash
# Runs every test suite (grains, hubs, persistence and faults against PostgreSQL, the Azure Storage
# configuration against Azurite, browser tests in headless Chromium) and ends with one line:
# "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

# npm records what it installed in node_modules/.package-lock.json: install again when the lockfile is newer.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages from the lockfile…"
  npm ci --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

# The tests start PostgreSQL servers of their own with the same script start.sh uses.
scripts/postgres.sh install || { echo "Could not install postgresql."; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null; } \
    || { echo "Could not install chromium."; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

log=$(mktemp)
dotnet test --solution AntiLeadership.Live.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

read -r total failed passed skipped < <(awk '
  /Test run summary/ { s = 1 }
  s && $1 == "total:" { t += $2 }
  s && $1 == "failed:" { f += $2 }
  s && $1 == "succeeded:" { p += $2 }
  s && $1 == "skipped:" { k += $2 }
  END { print t + 0, f + 0, p + 0, k + 0 }' "$log")
# The last lines are what a CI record keeps: name every failed test there, not only thousands of lines up.
# Each with the first lines of its message (the assertion), without the stack.
failed_tests=$(awk '
  /^failed [A-Za-z]/ { print "  " $0; n = 4; next }
  n > 0 && (/^  from / || /^    at / || /--- End of stack/) { next }
  n > 0 && /^  / { print "    " substr($0, 3, 300); n--; next }
  { n = 0 }' "$log")
rm -f "$log"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run broke before any test could fail (a build error, a crashed test host): count it as a failure.
  failed=1
fi

echo
if [ -n "$failed_tests" ]; then
  echo "Failed tests:"
  echo "$failed_tests"
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
