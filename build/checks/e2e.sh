#!/usr/bin/env bash
# The Swagger UI in a real browser (see build/e2e.sh); with PG_PORT set it uses test.sh's cluster.
set -euo pipefail
exec "$(dirname "$0")/../e2e.sh"
