#!/usr/bin/env bash
# Adds an EF Core migration named NAME for both database providers at once (docs/adr/0001):
#   tools/add-migration.sh AddSomething
# Each provider keeps its migrations in its own assembly; ProviderModelTests fails until both have one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ] || [[ ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: tools/add-migration.sh NAME   (NAME in PascalCase, e.g. AddRoleNotes)" >&2
  exit 2
fi
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project="src/RoleMapper.Migrations.$provider"
  echo "$provider:"
  dotnet ef migrations add "$1" --project "$project" --startup-project "$project" --output-dir Migrations
done
