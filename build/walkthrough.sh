#!/usr/bin/env bash
# Runs the README's walkthrough — the ```bash blocks of its "### Walkthrough" section, in one shell —
# against a running API, so the calls shown there are the calls that are checked.
# Needs ./build/run.sh --seed-demo running (API=http://host:port/api/v1 to point elsewhere), curl and jq.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

command -v jq >/dev/null || { echo "walkthrough: jq is needed (apt-get install -y jq)" >&2; exit 1; }

script=$(awk '
  /^### Walkthrough/ { inside = 1; next }
  inside && /^##/ { exit }
  inside && /^```bash$/ { code = 1; next }
  inside && code && /^```$/ { code = 0; next }
  inside && code { print }
' "$root/README.md")
if [[ -z "$script" ]]; then
  echo "walkthrough: no bash blocks under '### Walkthrough' in README.md" >&2
  exit 1
fi

if ! bash -e -u -o pipefail -c "$script"; then
  echo "walkthrough: a call failed (see above); the walkthrough expects a freshly seeded database (README)" >&2
  exit 1
fi
