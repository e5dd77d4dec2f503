#!/usr/bin/env bash
# Generates TypeScript types from the committed contract (docs/openapi.json) with openapi-typescript and
# compiles the typed sample in clients/typescript/src/sample.ts with tsc --strict.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/clients/typescript"

npm ci --no-audit --no-fund --loglevel=error >/dev/null
npm run --silent check
echo "typescript client: types generated and the sample compiles with --strict"
