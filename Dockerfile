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

# semgrep-core ships with 59 MB of DWARF debug info and symbol tables that
# nothing reads at run time; scripts/sstrip.py cuts them (why not `strip`: see
# there). The container test and the pack's `semgrep --test` run on this binary.
COPY scripts/sstrip.py /src/sstrip.py
RUN core=/opt/jwt-session-guard/lib/python3.11/site-packages/semgrep/bin/semgrep-core \
 && python3 /src/sstrip.py "$core" \
 && "$core" -version

# The bot itself, with the rule pack (semgrep-rules/ ships as bot/rules, and
# context-rules/ as bot/context_rules, see
# pyproject.toml) and the templates inside the package. --no-deps: every
# dependency came from the lock above. Then what a run never uses goes: pip and
# setuptools (nothing installs at run time), the venv's activate scripts and
# the packages' own test suites.
COPY pyproject.toml README.md /src/
COPY bot /src/bot
COPY semgrep-rules /src/semgrep-rules
COPY context-rules /src/context-rules
RUN --mount=type=secret,id=pip-ca \
    if [ -s /run/secrets/pip-ca ]; then export PIP_CERT=/run/secrets/pip-ca; fi \
 && /opt/jwt-session-guard/bin/pip install --no-deps /src \
 && /opt/jwt-session-guard/bin/pip uninstall -y pip setuptools \
 && rm -f /opt/jwt-session-guard/bin/activate* \
 && find /opt/jwt-session-guard -depth -name __pycache__ -type d -exec rm -rf {} + \
 && find /opt/jwt-session-guard/lib/python3.11/site-packages -depth -type d \
      \( -name tests -o -name test \) -path '*/site-packages/*/*' -exec rm -rf {} + \
 && test -n "$(find /opt/jwt-session-guard/lib/python3.11/site-packages/bot/rules -path '*/python/*.yaml')" \
 && test -n "$(find /opt/jwt-session-guard/lib/python3.11/site-packages/bot/context_rules -path '*/python/*.yaml')" \
 && test -f /opt/jwt-session-guard/lib/python3.11/site-packages/bot/templates/comment.md.j2

# Bytecode for what a run imports, so each job's fresh container does not
# compile it again (about 3 s of semgrep's and the bot's start-up), but not
# for the thousands of modules a run never loads (pygments lexers, semgrep's
# MCP server, ...): a scan with the real rule pack writes exactly those.
ENV PYTHONDONTWRITEBYTECODE=
RUN /opt/jwt-session-guard/bin/python -c 'import pkgutil, importlib, bot; [importlib.import_module(m.name) for m in pkgutil.walk_packages(bot.__path__, "bot.") if m.name != "bot.__main__"]' \
 && /opt/jwt-session-guard/bin/semgrep scan --disable-version-check --metrics=off --quiet --json \
      --config /src/semgrep-rules/python/pyjwt-verify-signature-disabled.yaml \
      /src/semgrep-rules/python/pyjwt-verify-signature-disabled.py > /dev/null \
 && /opt/jwt-session-guard/bin/jwt-session-guard --help > /dev/null \
 && /opt/jwt-session-guard/bin/python -m compileall -q /opt/jwt-session-guard/lib/python3.11/site-packages/bot

# ---------------------------------------------------------------- final image
FROM ${BASE_IMAGE}
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# python3: the venv's interpreter (same path as in the build stage).
# git: the bot reads the PR head's files from the workspace repository
# (rev-parse, cat-file, ls-tree, merge-base, fetch: all built into git's C
# binary or git-remote-https) and greps it for repository facts (`git grep -P`:
# git's libpcre2, checked below). ca-certificates: git over HTTPS.
# git depends on perl only for its Perl scripts (add -i, send-email, svn,
# instaweb...), which the bot never runs: perl's 47 MB are purged (perl-base,
# which is Essential, stays), and so are the git servers and helpers a client
# in a CI job never starts. apt would call the purge a broken dependency: this
# image is an action's runtime, not a base to install more packages on.
# Versions are not pinned: see the build stage.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 git ca-certificates \
 && dpkg --purge --force-depends perl perl-modules-5.36 libperl5.36 liberror-perl git-man \
 && rm -f /usr/lib/git-core/git-daemon /usr/lib/git-core/git-http-backend /usr/lib/git-core/git-http-push \
          /usr/lib/git-core/git-imap-send /usr/lib/git-core/git-shell /usr/lib/git-core/scalar \
          /usr/lib/git-core/git-http-fetch /usr/bin/git-shell /usr/bin/scalar \
 && apt-get clean \
 && rm -rf /usr/share/gitweb /usr/share/perl5/Git* /var/cache/apt/archives/*.deb \
           /var/lib/apt/lists/* /var/cache/debconf/*-old /var/log/apt /var/log/dpkg.log \
 && git --version && python3 --version \
 && (git -C /etc grep --no-index -q -P -e '\bx\s*\(' -- hostname; [ $? -le 1 ])
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
