# jwt-session-guard: the image a Docker container action runs (action.yml: image: Dockerfile).
#
# No "# syntax=" line on purpose: it makes BuildKit pull a frontend image
# (docker/dockerfile), which a build without a registry cannot do. Everything
# below works with the Dockerfile frontend built into Docker >= 20.10.
#
# Base: Debian 12 (bookworm) slim, pinned by digest, with Debian's own python3
# (3.11, the version requirements.lock is resolved for). Why Debian's python3
# rather than python:3.11-slim: CI has no image registry, so it makes the base
# itself with debootstrap of the same Debian release (.ci/docker.sh) and
# `docker import`s it. A debootstrapped bookworm minbase with the slim image's
# dpkg excludes reproduces debian:bookworm-slim faithfully (same packages, same
# apt sources, same python3 from the same archive); it could not reproduce the
# python.org build inside python:*-slim. Docker cannot tag a local image with a
# digest reference, so the base is a build argument whose default is the
# digest-pinned name: GitHub (which builds this file with no build arguments)
# gets exactly the pinned image; CI passes --build-arg BASE_IMAGE=<its import>.
ARG BASE_IMAGE=debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251

# ---------------------------------------------------------------- build stage
FROM ${BASE_IMAGE} AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# Versions come from the pinned base's Debian release; apt versions are not
# pinned because the archive drops superseded (security-fixed) ones.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv \
 && rm -rf /var/lib/apt/lists/*

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
# The same hash-locked file CI installs from (scripts/setup-venv.sh): semgrep,
# PyGithub, Jinja2, ... every distribution pinned by version and sha256.
COPY requirements.lock /src/requirements.lock
# Networks that inspect TLS can hand the build their CA bundle as a BuildKit
# secret (`docker build --secret id=pip-ca,src=/etc/ssl/certs/ca-certificates.crt`):
# it is mounted for this one RUN only and is in no layer. Without it pip uses
# its own certifi bundle, as on GitHub's runners.
RUN --mount=type=secret,id=pip-ca \
    if [ -s /run/secrets/pip-ca ]; then export PIP_CERT=/run/secrets/pip-ca; fi \
 && python3 -m venv /opt/jwt-session-guard \
 && /opt/jwt-session-guard/bin/pip install --require-hashes -r /src/requirements.lock

# The bot itself, with the rule pack (semgrep-rules/ ships as bot/rules, see
# pyproject.toml) and the templates inside the package. --no-deps: every
# dependency came from the lock above.
COPY pyproject.toml README.md /src/
COPY bot /src/bot
COPY semgrep-rules /src/semgrep-rules
RUN --mount=type=secret,id=pip-ca \
    if [ -s /run/secrets/pip-ca ]; then export PIP_CERT=/run/secrets/pip-ca; fi \
 && /opt/jwt-session-guard/bin/pip install --no-deps /src \
 && /opt/jwt-session-guard/bin/pip uninstall -y pip setuptools \
 && rm -f /opt/jwt-session-guard/bin/activate* \
 && find /opt/jwt-session-guard -depth -name __pycache__ -type d -exec rm -rf {} + \
 && find /opt/jwt-session-guard/lib/python3.11/site-packages -depth -type d \
      \( -name tests -o -name test \) -path '*/site-packages/*/*' -exec rm -rf {} + \
 && /opt/jwt-session-guard/bin/python -m compileall -q -j 0 --invalidation-mode unchecked-hash \
      /opt/jwt-session-guard/lib/python3.11/site-packages \
 && /opt/jwt-session-guard/bin/jwt-session-guard --help > /dev/null

# ---------------------------------------------------------------- final image
FROM ${BASE_IMAGE}
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# python3: the venv's interpreter (same path as in the build stage).
# git: the bot reads the PR head's files from the workspace repository.
# ca-certificates: git over HTTPS when it fetches the head commit.
# Not pinned: see the build stage.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 git ca-certificates \
 && rm -rf /var/lib/apt/lists/* /var/cache/debconf/*-old /var/log/apt /var/log/dpkg.log
# GitHub mounts the workspace at /github/workspace owned by the runner's user
# (uid 1001), not by root who runs this container: without this every git
# command there fails with "detected dubious ownership in repository".
RUN git config --system --add safe.directory '*'

COPY --from=build /opt/jwt-session-guard /opt/jwt-session-guard
ENV PATH=/opt/jwt-session-guard/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    SEMGREP_ENABLE_VERSION_CHECK=0 \
    SEMGREP_SEND_METRICS=off

# GitHub runs Docker actions as root (the default user here: no USER line) and
# passes --workdir /github/workspace itself, so nothing relies on a WORKDIR.
# action.yml passes args: ["review"].
ENTRYPOINT ["jwt-session-guard"]
