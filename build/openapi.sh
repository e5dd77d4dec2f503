#!/usr/bin/env bash
# Regenerates the committed contract files from the running API: docs/openapi.json, then the NSwag C# client
# in clients/AfterSales.Client (the contract tests rewrite them instead of comparing). Review the diff, commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 exec ./build/test.sh --filter "FullyQualifiedName~AfterSales.Api.Tests.Contract"
