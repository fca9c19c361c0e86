#!/usr/bin/env bash
# Install, then run the review job on the bundled example change (offline).
set -euo pipefail
source "$(dirname "$0")/setup-venv.sh"
exec "$VENV/bin/python" "$ROOT/scripts/demo.py"
