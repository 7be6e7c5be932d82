#!/usr/bin/env bash
# PostgreSQL and two RoleMapper web nodes on this machine, set up step by step as docs/deploy.md says: the app published
# once, a PostgreSQL 15 cluster with a `rolemapper` login and database, two nodes on one database configured only by
# environment variables (node B with the nightly import off). Everything lives in one temporary folder, listens on
# 127.0.0.1 only, and is stopped and deleted when the script ends.
#
#   tools/two-nodes.sh                  start, print the nodes' addresses, serve until Ctrl+C
#   tools/two-nodes.sh COMMAND [ARG...] start, run COMMAND with NODE_A and NODE_B (the nodes' URLs) and PGHOST, PGPORT,
#                                       PGUSER, PGPASSWORD, PGDATABASE (the app's login) set, then stop; the script
#                                       exits with COMMAND's exit code
#
# The two-node load figures in the README:
#   tools/two-nodes.sh sh -c 'dotnet run -c Release --project tools/RoleMapper.Benchmarks -- search-load --urls "$NODE_A,$NODE_B"'
#
# As root, PostgreSQL's tools run as the `postgres` user (initdb refuses root). PG_BIN names another PostgreSQL.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
work="$(mktemp -d -t rolemapper-two-nodes-XXXXXX)"
pids=()

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$work/pg/postmaster.pid" ]; then as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null || true; fi
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A port nothing listens on yet.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
}

echo "Publishing the web app (Release) into $work/app ..."
dotnet publish "$repo/src/RoleMapper.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log"; exit 1; }

echo "Starting PostgreSQL ..."
if [ "$(id -u)" = 0 ]; then chown postgres: "$work"; chmod 755 "$work"; fi
pg_port="$(free_port)"
superuser_password="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
app_password="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s' "$superuser_password" >"$work/pw" && chmod 644 "$work/pw"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres --pwfile="$work/pw" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log"
rm "$work/pw"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work" start >/dev/null
# The app's own login owns its database, so its migrations can create and change tables (docs/deploy.md).
PGPASSWORD="$superuser_password" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE rolemapper LOGIN PASSWORD '$app_password'" \
    -c "CREATE DATABASE rolemapper OWNER rolemapper"

# Both nodes: the same database settings, as docs/deploy.md gives them.
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=postgres
export ConnectionStrings__RoleMapper="Host=127.0.0.1;Port=$pg_port;Database=rolemapper;Username=rolemapper;Password=$app_password"
export Logging__LogLevel__Default=Warning

port_a="$(free_port)"
port_b="$(free_port)"
while [ "$port_b" = "$port_a" ]; do port_b="$(free_port)"; done
export NODE_A="http://127.0.0.1:$port_a" NODE_B="http://127.0.0.1:$port_b"
# Started together, as after an upgrade: one migrates and seeds, the other waits on the migration lock and the lease.
(cd "$work/app" && ASPNETCORE_URLS="$NODE_A" exec dotnet RoleMapper.Web.dll >"$work/node-a.log" 2>&1) & pids+=($!)
(cd "$work/app" && ASPNETCORE_URLS="$NODE_B" Import__ScheduleEnabled=false exec dotnet RoleMapper.Web.dll >"$work/node-b.log" 2>&1) & pids+=($!)

# Serving once /healthz is 200 with standards in the node's index; a node beside the seeding one builds its index
# from the database at its next refresh (Search:RefreshInterval, a minute). Ten minutes only catches a node that hangs.
wait_serving() {
    local url="$1" log="$2" tries=0
    until curl -fsS "$url/healthz" 2>/dev/null | jq -e '.checks.index.data.standards > 0' >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ]; then echo "$url did not serve within 10 minutes:"; cat "$log"; exit 1; fi
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "A node stopped:"; cat "$work"/node-*.log; exit 1; }; done
        sleep 1
    done
}
wait_serving "$NODE_A" "$work/node-a.log"
wait_serving "$NODE_B" "$work/node-b.log"
echo "Serving: node A $NODE_A, node B $NODE_B (PostgreSQL on 127.0.0.1:$pg_port)"

if [ "$#" -gt 0 ]; then
    # pg_dump, psql and pg_restore in COMMAND reach the database as the app does.
    export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=rolemapper PGPASSWORD="$app_password" PGDATABASE=rolemapper
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
fi
echo "Ctrl+C stops both nodes and PostgreSQL and deletes $work."
wait "${pids[0]}"
