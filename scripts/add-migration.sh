#!/usr/bin/env bash
# Adds a migration named $1 to each provider's set (SQLite, SQL Server, PostgreSQL).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" \
    --project src/Roadmap.Infrastructure --startup-project src/Roadmap.Infrastructure \
    --context "${provider}RoadmapDbContext" -o "Persistence/Migrations/$provider"
done
