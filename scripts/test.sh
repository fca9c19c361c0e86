#!/usr/bin/env bash
# Install, then run the whole test suite (rules, units, end to end).
set -euo pipefail
source "$(dirname "$0")/setup-venv.sh"
cd "$ROOT"
set +e
"$VENV/bin/python" -m pytest "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
if [ "$status" -eq 5 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
