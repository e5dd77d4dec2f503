#!/usr/bin/env bash
# The conventions of .editorconfig hold.
#  - Code style and analyzers: every compile enforces them (EnforceCodeStyleInBuild, warnings as
#    errors in Directory.Build.props), so the build that test.sh runs first already fails on a
#    style slip; a second `dotnet format style/analyzers` pass would load and compile the whole
#    solution again for the same verdict (6 min here).
#  - Whitespace: `dotnet format whitespace --verify-no-changes` below, which needs no compile.
# Generated code (EF migrations, the generated C# client) keeps its generators' layout.
# To fix what it reports: dotnet format AfterSales.Api.sln
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet format whitespace --folder --verify-no-changes --verbosity minimal \
  --exclude src/AfterSales.Infrastructure/Persistence/Migrations clients
echo "format: whitespace unchanged; style and analyzers enforced by the build"
