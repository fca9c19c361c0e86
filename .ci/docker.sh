#!/usr/bin/env bash
# Build the action's image the way GitHub does, then run it the way the runner
# does against the fake GitHub (tests/test_docker_image.py).
#
#   bash .ci/docker.sh [PYTHON]
#
# PYTHON: the interpreter whose pytest runs the container test (default
# $VENV/bin/python, else .venv/bin/python of this checkout).
#
# No image registry is reachable here, so the Dockerfile's base
# (debian:bookworm-slim, pinned by digest) is stood in for by a debootstrap of
# the same Debian release, slimmed like the official slim image and imported
# with `docker import`; the root file system is cached under
# /var/cache/jwt-session-guard/ so later runs on the same machine skip it.
#
# Environment:
#   JSG_IMAGE            tag to build (default jwt-session-guard:ci)
#   JSG_NO_CACHE=1       docker build --no-cache (the uncached build time)
#   JSG_REFRESH_BASE=1   debootstrap again even if a cached base exists
#   JSG_BASE_MAX_AGE_DAYS  rebuild a cached base older than this (default 7)
#   JSG_KEEP_DOCKERD=1   leave a dockerd this script started running
#   JSG_SKIP_TEST=1      build only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${JSG_IMAGE:-jwt-session-guard:ci}"
CACHE_DIR=/var/cache/jwt-session-guard
SUITE=bookworm
MIRROR=http://deb.debian.org/debian
# Bump when the base recipe below changes: it names the cache and the image.
RECIPE=2
BASE_TAG="jwt-session-guard-base/debian:${SUITE}-slim-r${RECIPE}"
BASE_TAR="$CACHE_DIR/debian-${SUITE}-slim-r${RECIPE}.tar"
DOCKERD_LOG=/var/log/jwt-session-guard-dockerd.log

t_start=$(date +%s.%N)
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[docker.sh %6ss] %s\n' "$(elapsed "$t_start")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, dockerd, debootstrap)"

# ------------------------------------------------------------ tools
need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need_pkgs+=(debootstrap)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  echo "[docker.sh] apt-get install ${need_pkgs[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi
log "tools ready"

# Debian's docker.io ships a 20.10 client at /usr/bin/docker that drives the
# daemon's built-in BuildKit with DOCKER_BUILDKIT=1 (needed for the build
# secret below) without the buildx plugin; a newer client elsewhere on PATH
# refuses BuildKit without buildx.
DOCKER=docker
[ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker
export DOCKER_BUILDKIT=1

# ------------------------------------------------------------ daemon
started_dockerd=""
cleanup() {
  if [ -n "$started_dockerd" ] && [ "${JSG_KEEP_DOCKERD:-}" != 1 ]; then
    kill "$started_dockerd" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$started_dockerd" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap cleanup EXIT
if ! "$DOCKER" info >/dev/null 2>&1; then
  log "starting dockerd (log: $DOCKERD_LOG)"
  nohup dockerd >"$DOCKERD_LOG" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 1 60); do
    "$DOCKER" info >/dev/null 2>&1 && break
    kill -0 "$started_dockerd" 2>/dev/null || { tail -20 "$DOCKERD_LOG" >&2; die "dockerd exited"; }
    sleep 1
  done
  "$DOCKER" info >/dev/null 2>&1 || { tail -20 "$DOCKERD_LOG" >&2; die "dockerd did not answer within 60 s"; }
fi
log "dockerd ready: $("$DOCKER" version --format 'server {{.Server.Version}}')"

# ------------------------------------------------------------ base image
# What debuerreotype does for debian:<suite>-slim: a minbase debootstrap, the
# official apt sources (with updates and security), upgraded, and the slim
# variant's dpkg path excludes applied to the files already installed.
make_base_tar() {
  local rootfs
  rootfs="$(mktemp -d /var/tmp/jsg-rootfs.XXXXXX)"
  log "debootstrap --variant=minbase $SUITE (once per machine, cached in $CACHE_DIR)"
  debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR" >"$CACHE_DIR/debootstrap.log" 2>&1 \
    || { tail -30 "$CACHE_DIR/debootstrap.log" >&2; die "debootstrap failed"; }

  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # The apt and dpkg settings of Debian's official container images.
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  printf 'Apt::AutoRemove::SuggestsImportant "false";\n' >"$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
  printf 'Acquire::GzipIndexes "true";\n' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
  printf 'Acquire::Languages "none";\n' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  printf 'force-unsafe-io\n' >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
# This is the "slim" variant of the Debian base image.
# Many files which are normally unnecessary in containers are excluded,
# and this configuration file keeps them that way.
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/all_languages
path-include /usr/share/locale/currency/*
path-include /usr/share/locale/l10n/*
path-include /usr/share/locale/languages
path-include /usr/share/locale/locale.alias
path-include /usr/share/locale/xml/*
path-exclude /usr/share/man/*
EOF
  # Security and point-release updates, as the official image has them.
  chroot "$rootfs" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive chroot "$rootfs" apt-get -y -qq upgrade >/dev/null
  chroot "$rootfs" apt-get clean
  # Apply the excludes to what debootstrap already unpacked.
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$rootfs/usr/share/groff/"* "$rootfs/usr/share/info/"* "$rootfs/usr/share/linda/"* \
         "$rootfs/usr/share/lintian/overrides/"* "$rootfs/usr/share/man/"*
  find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 \
    -not \( -name all_languages -o -name currency -o -name l10n -o -name languages \
            -o -name locale.alias -o -name xml \) -exec rm -rf {} +
  rm -rf "$rootfs/var/lib/apt/lists/"* "$rootfs/var/cache/apt/"*.bin "$rootfs/var/cache/apt/archives/"*.deb \
         "$rootfs/var/log/"*.log "$rootfs/var/log/apt/"* "$rootfs/tmp/"* "$rootfs/var/cache/debconf/"*-old
  : >"$rootfs/etc/machine-id"
  tar --numeric-owner -C "$rootfs" -cf "$BASE_TAR.tmp" .
  mv "$BASE_TAR.tmp" "$BASE_TAR"
  rm -rf "$rootfs"
}

mkdir -p "$CACHE_DIR"
max_age="${JSG_BASE_MAX_AGE_DAYS:-7}"
if [ "${JSG_REFRESH_BASE:-}" = 1 ] || [ ! -s "$BASE_TAR" ] \
   || [ -n "$(find "$BASE_TAR" -mtime +"$max_age" 2>/dev/null)" ]; then
  make_base_tar
  "$DOCKER" image rm -f "$BASE_TAG" >/dev/null 2>&1 || true
fi
tar_id="$(stat -c %Y-%s "$BASE_TAR")"
if [ "$("$DOCKER" image inspect -f '{{index .Config.Labels "jsg.base.tar"}}' "$BASE_TAG" 2>/dev/null)" != "$tar_id" ]; then
  log "docker import $BASE_TAR as $BASE_TAG"
  "$DOCKER" import --change 'CMD ["bash"]' --change "LABEL jsg.base.tar=$tar_id" \
    "$BASE_TAR" "$BASE_TAG" >/dev/null
fi
log "base image $BASE_TAG: $("$DOCKER" image inspect -f '{{.Size}}' "$BASE_TAG" | awk '{printf "%.1f MB", $1/1e6}')"

# ------------------------------------------------------------ build
build_args=(--build-arg "BASE_IMAGE=$BASE_TAG" -t "$IMAGE" --progress plain)
[ "${JSG_NO_CACHE:-}" = 1 ] && build_args+=(--no-cache)
# This machine's TLS goes through an inspecting proxy whose CA only the
# host's bundle has: hand it to pip as a BuildKit secret (in no layer).
for ca in "${PIP_CERT:-}" /etc/ssl/certs/ca-certificates.crt; do
  if [ -n "$ca" ] && [ -s "$ca" ]; then build_args+=(--secret "id=pip-ca,src=$ca"); break; fi
done
log "docker build ${build_args[*]} $ROOT"
b0=$(date +%s.%N)
"$DOCKER" build "${build_args[@]}" "$ROOT" >"$CACHE_DIR/build.log" 2>&1 \
  || { tail -40 "$CACHE_DIR/build.log" >&2; die "docker build failed (full log: $CACHE_DIR/build.log)"; }
build_s=$(elapsed "$b0")
size=$("$DOCKER" image inspect -f '{{.Size}}' "$IMAGE")
printf 'image %s: %s MB (%s bytes); docker build took %s s%s\n' \
  "$IMAGE" "$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')" "$size" "$build_s" \
  "$([ "${JSG_NO_CACHE:-}" = 1 ] && echo ' (--no-cache)' || echo ' (layer cache allowed)')"

# ------------------------------------------------------------ run it like the runner
if [ "${JSG_SKIP_TEST:-}" = 1 ]; then
  log "done (JSG_SKIP_TEST=1: container test skipped)"
  exit 0
fi
PY="${1:-}"
if [ -z "$PY" ]; then
  if [ -n "${VENV:-}" ] && [ -x "$VENV/bin/python" ]; then PY="$VENV/bin/python"; else PY="$ROOT/.venv/bin/python"; fi
fi
[ -x "$PY" ] || die "no python at $PY (pass the venv's interpreter as \$1 or set VENV)"
log "container test: $PY -m pytest tests/test_docker_image.py"
cd "$ROOT"
set +e
JSG_DOCKER_IMAGE="$IMAGE" JSG_DOCKER="$DOCKER" "$PY" -m pytest -p no:cacheprovider -q -rs tests/test_docker_image.py
status=$?
set -e
[ "$status" -eq 0 ] || die "container test failed (pytest exit $status)"
log "done"
