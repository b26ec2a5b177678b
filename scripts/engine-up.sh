#!/usr/bin/env bash
# Installs (when missing) and starts a real build engine for development and CI:
#   - Docker Engine with BuildKit and buildx, using the containerd image store
#   - an OCI registry on 127.0.0.1:5000 with deletes enabled
#   - locally made base images: debian:bookworm-slim, node:20-bookworm-slim,
#     python:3.11-slim-bookworm (no registry is reachable here, so they are built
#     from debootstrap and tagged with the names real Dockerfiles ask for)
# Idempotent: on a machine that already has Docker with buildx it only starts what is
# missing. Needs root for the install steps.
#
# Usage: engine-up.sh [--runner]
#   --runner   also set up the path GitHub-hosted runners take (scripts/runner-engine.sh):
#              a current buildx, a docker-container builder on a current BuildKit, and an
#              authenticated registry standing in for ECR. Prints, as its last line, the
#              `export ...` a shell needs to use it:
#                eval "$(bash scripts/engine-up.sh --runner | tail -1)"
#
# Environment:
#   BUILDSTAGE_STATE   where rootfs caches and registry data live (/var/lib/buildstage)
#   BUILDSTAGE_SKIP_BASE_IMAGES=1   do not build the base images
set -euo pipefail

RUNNER=
for arg in "$@"; do
  case $arg in
    --runner) RUNNER=1 ;;
    *) echo "usage: $0 [--runner]" >&2; exit 2 ;;
  esac
done

STATE=${BUILDSTAGE_STATE:-/var/lib/buildstage}
REGISTRY_ADDR=127.0.0.1:5000
MIRROR=${BUILDSTAGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
HOST_CA=/etc/ssl/certs/ca-certificates.crt
LOG_DIR=$STATE/logs
mkdir -p "$STATE" "$LOG_DIR"

log() { printf '[engine-up] %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

buildx_ok() { docker buildx version >/dev/null 2>&1; }
engine_ok() { docker info >/dev/null 2>&1; }

# ---------------------------------------------------------------------------
# 1. Docker Engine + buildx
# ---------------------------------------------------------------------------
install_engine() {
  if [ -x /usr/sbin/dockerd ] || have dockerd; then
    if buildx_ok; then return 0; fi
  fi
  log "installing docker.io, docker-cli and docker-buildx from Debian trixie (pinned low)"
  local src
  src=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$src" ] || src=$MIRROR
  cat >/etc/apt/sources.list.d/buildstage-trixie.sources <<EOF
Types: deb
URIs: $src
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cat >/etc/apt/preferences.d/buildstage-trixie <<'EOF'
Package: *
Pin: release n=trixie
Pin-Priority: 100
EOF
  apt_updated=
  apt_install -t trixie docker.io docker-cli docker-buildx
}

start_engine() {
  if engine_ok; then return 0; fi
  mkdir -p /etc/docker
  if [ ! -f /etc/docker/daemon.json ] || ! grep -q containerd-snapshotter /etc/docker/daemon.json; then
    echo '{"features":{"containerd-snapshotter":true}}' >/etc/docker/daemon.json
  fi
  # A dockerd that was killed leaves its pid file behind and the next start refuses.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  log "starting dockerd (no bridge networking on this machine: builds use --network host|none)"
  setsid dockerd --iptables=false --ip-masq=false --bridge=none \
    >"$LOG_DIR/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    if engine_ok; then return 0; fi
    sleep 1
  done
  log "dockerd did not come up; last lines of $LOG_DIR/dockerd.log:"
  tail -n 30 "$LOG_DIR/dockerd.log" >&2 || true
  return 1
}

# ---------------------------------------------------------------------------
# 2. Registry on 127.0.0.1:5000
# ---------------------------------------------------------------------------
registry_ok() { curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1; }

start_registry() {
  if registry_ok; then return 0; fi
  if ! have docker-registry; then
    log "installing docker-registry (distribution 2.8)"
    apt_install docker-registry
  fi
  # Debian's package may start its own service on :5000 with deletes disabled; ours
  # replaces it so tests can delete.
  pkill -f '^/usr/bin/docker-registry serve /etc/docker/registry/config.yml' 2>/dev/null || true
  mkdir -p "$STATE/registry"
  cat >"$STATE/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $STATE/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
EOF
  log "starting registry on $REGISTRY_ADDR"
  setsid docker-registry serve "$STATE/registry.yml" >"$LOG_DIR/registry.log" 2>&1 </dev/null &
  for _ in $(seq 1 30); do
    if registry_ok; then return 0; fi
    sleep 0.5
  done
  log "registry did not come up:"; tail -n 20 "$LOG_DIR/registry.log" >&2 || true
  return 1
}

# ---------------------------------------------------------------------------
# 3. Base images, made locally
# ---------------------------------------------------------------------------
image_ok() { docker image inspect "$1" >/dev/null 2>&1; }

rootfs() { # name include-list
  local dir=$STATE/rootfs/$1
  if [ -f "$dir/.complete" ]; then echo "$dir"; return 0; fi
  have debootstrap || apt_install debootstrap
  rm -rf "$dir"; mkdir -p "$dir"
  log "debootstrap bookworm ($1: $2)"
  debootstrap --variant=minbase --include="$2" bookworm "$dir" "$MIRROR" >"$LOG_DIR/debootstrap-$1.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/debootstrap-$1.log" >&2; return 1; }
  # The package registries are reached through a TLS-intercepting proxy: trust its CA.
  cp "$HOST_CA" "$dir/etc/ssl/certs/ca-certificates.crt"
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
  touch "$dir/.complete"
  echo "$dir"
}

import_dir() { # dir tag [--change ...]
  local dir=$1 tag=$2; shift 2
  tar -C "$dir" --exclude=./.complete -c . | docker import "$@" - "$tag" >/dev/null
}

make_base_images() {
  local ca=/etc/ssl/certs/ca-certificates.crt
  if ! image_ok debian:bookworm-slim; then
    local d; d=$(rootfs debian ca-certificates,curl)
    import_dir "$d" debian:bookworm-slim \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV SSL_CERT_FILE=$ca" --change 'CMD ["bash"]'
    log "made debian:bookworm-slim"
  fi
  if ! image_ok node:20-bookworm-slim; then
    local d; d=$(rootfs debian ca-certificates,curl)
    local nd=$STATE/rootfs/node
    rm -rf "$nd"; cp -a "$d" "$nd"
    mkdir -p "$nd/usr/local/bin" "$nd/usr/local/lib/node_modules"
    cp "$(readlink -f "$(command -v node)")" "$nd/usr/local/bin/node"
    local npmdir; npmdir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
    cp -a "$npmdir" "$nd/usr/local/lib/node_modules/npm"
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$nd/usr/local/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$nd/usr/local/bin/npx"
    # corepack ships with node: yarn and pnpm through it
    if [ -d "$(dirname "$npmdir")/corepack" ]; then
      cp -a "$(dirname "$npmdir")/corepack" "$nd/usr/local/lib/node_modules/corepack"
      ln -sf ../lib/node_modules/corepack/dist/corepack.js "$nd/usr/local/bin/corepack"
    fi
    import_dir "$nd" node:20-bookworm-slim \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV NODE_EXTRA_CA_CERTS=$ca" --change "ENV SSL_CERT_FILE=$ca" \
      --change "ENV NPM_CONFIG_CAFILE=$ca" --change 'ENV NODE_VERSION=20' \
      --change 'CMD ["node"]'
    rm -rf "$nd"
    log "made node:20-bookworm-slim"
  fi
  if ! image_ok python:3.11-slim-bookworm; then
    local d; d=$(rootfs python ca-certificates,curl,python3,python3-venv,python3-pip)
    # python:3.11-slim keeps python at /usr/local/bin; Dockerfiles call python/pip
    mkdir -p "$d/usr/local/bin"
    ln -sf /usr/bin/python3 "$d/usr/local/bin/python"
    ln -sf /usr/bin/python3 "$d/usr/local/bin/python3"
    ln -sf /usr/bin/pip3 "$d/usr/local/bin/pip"
    import_dir "$d" python:3.11-slim-bookworm \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV SSL_CERT_FILE=$ca" --change "ENV PIP_CERT=$ca" \
      --change "ENV REQUESTS_CA_BUNDLE=$ca" --change 'ENV PIP_BREAK_SYSTEM_PACKAGES=1' \
      --change 'ENV UV_NATIVE_TLS=1' --change 'CMD ["python3"]'
    log "made python:3.11-slim-bookworm"
  fi
}

check_node() {
  if ! have node || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    log "Node.js 20 or newer is needed on the PATH (for the CLI, the tests, and the locally made node:20 image, which copies the host's node). Install it first (e.g. NodeSource's node_20.x for Debian), then run this again."
    exit 1
  fi
}

check_node
install_engine
start_engine
start_registry
if [ "${BUILDSTAGE_SKIP_BASE_IMAGES:-}" != 1 ]; then make_base_images; fi
if [ -n "$RUNNER" ]; then
  # shellcheck source=scripts/runner-engine.sh
  . "$(dirname "$0")/runner-engine.sh"
  log "ready (default engine): $(docker version --format 'engine {{.Server.Version}}') $(docker buildx version | awk '{print "buildx", $2}'), registry http://$REGISTRY_ADDR"
  runner_up
  exit 0
fi
log "ready: $(docker version --format 'engine {{.Server.Version}}') $(docker buildx version | awk '{print "buildx", $2}'), registry http://$REGISTRY_ADDR"
