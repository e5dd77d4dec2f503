#!/usr/bin/env bash
# The quick fault drills (durability, graceful shutdown, two instances) on their own durable
# cluster: the shared test cluster runs with fsync off, which would make a durability drill moot.
# The long ones (database outage, kill -9 under load) run in ./build/faults.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
exec "$root/build/faults.sh" --quick --no-build
