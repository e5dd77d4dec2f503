#!/usr/bin/env bash
# The conventions of .editorconfig hold: `dotnet format --verify-no-changes` finds nothing to change in whitespace,
# code style or analyzer diagnostics. To fix what it reports: dotnet format AfterSales.Api.sln
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
dotnet format AfterSales.Api.sln --verify-no-changes --no-restore --verbosity minimal
