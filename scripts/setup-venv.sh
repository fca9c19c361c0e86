# Sourced by the other scripts: a project virtualenv with the pinned dependencies.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${JSG_VENV:-$ROOT/.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
# One pip call: the runtime lock (the Docker image installs the same file),
# the test tools and the CI linters, all hash-checked.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r "$ROOT/requirements.lock" -r "$ROOT/requirements-test.lock" -r "$ROOT/requirements-ci.lock"
# setuptools warns at length that the data folders (rule pack, fix templates)
# are not Python packages; they are package data on purpose. Shown on failure.
if ! build_log=$("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e "$ROOT" 2>&1); then
  printf '%s\n' "$build_log" >&2
  exit 1
fi
