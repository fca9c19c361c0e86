#!/usr/bin/env bash
# Install, then run the whole test suite: rule tests, unit and end-to-end tests,
# static checks of the action, then the Docker image built and run like the runner does.
set -euo pipefail
source "$(dirname "$0")/setup-venv.sh"
cd "$ROOT"
set +e
# Two workers on two cores; a file's tests stay together (their semgrep results are cached per file).
"$VENV/bin/python" -m pytest -n auto --dist loadfile "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
if [ "$status" -eq 5 ]; then
  echo "no test ran" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
if [ "${JSG_SKIP_DOCKER:-}" = "1" ]; then
  echo "JSG_SKIP_DOCKER=1: the Docker image was not built or tested" >&2
  exit 0
fi
# Builds the image (a local debootstrap base; needs root for apt and dockerd)
# and runs tests/test_docker_image.py against it.
bash "$ROOT/.ci/docker.sh" "$VENV/bin/python"
