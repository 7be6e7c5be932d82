#!/usr/bin/env bash
# Runs every test of RoleMapper on a fresh machine and ends with one line: "N passed, N failed".
# Installs what the tests need when it is missing: Debian's Chromium for the browser tests (never `playwright install`),
# Debian's PostgreSQL 15 server binaries, which the tests start as a private cluster of their own (no service), and
# LibreOffice Calc (headless) to open the exported workbooks as a council would.
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Import".
set -uo pipefail
cd "$(dirname "$0")"

# Installs one Debian package; a failure is reported and the tests that need it fail on their own.
install_package() {
  echo "Installing $1 for $2..."
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$1" >/dev/null \
    || echo "Could not install $1; $2 will fail." >&2
}
command -v chromium >/dev/null 2>&1 || install_package chromium "the browser tests"
# The tests run initdb and pg_ctl from here (ROLEMAPPER_PG_BIN names another folder); no system service is used.
[ -x "${ROLEMAPPER_PG_BIN:-/usr/lib/postgresql/15/bin}/initdb" ] || install_package postgresql "the PostgreSQL tests"
# The Excel map is opened, saved and printed to PDF by a real spreadsheet client (tests convert it with soffice).
command -v soffice >/dev/null 2>&1 || install_package libreoffice-calc-nogui "the spreadsheet client tests"

dotnet tool restore >/dev/null
results="artifacts/test-results"
rm -rf "$results"
dotnet test RoleMapper.sln --logger "trx" --results-directory "$results" "$@"
status=$?

# Sum the counters of every project's TRX file; a project that did not build leaves none, and counts as a failure.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
# The browser tests trace every page; the traces are worth keeping (and uploading) only to see why a test failed.
if [ "$failed" -eq 0 ]; then
  rm -rf "$results/traces"
fi
echo "$passed passed, $failed failed"
exit "$status"
