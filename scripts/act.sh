#!/usr/bin/env bash
# Runs the repository's workflows under nektos/act in host mode on this machine:
#   ci/test              ci.yml `test` (npm ci, typecheck, actionlint, unit tests, stale dist)
#   ci/action            ci.yml `action` (the action from this checkout: dry run, build + push)
#   build-push/gha       the reusable build-push.yml called as another repository calls it,
#                        cache: gha over the local cache service v2, on a new builder
#   build-push/gha-warm  the same again on another new builder (imports from the gha cache)
#   build-push/ecr       build-push.yml with role-to-assume, the ECR stand-in and moto's ECR
#                        API, the registry cache and an ECR lifecycle policy
# Third-party actions are replaced by local stand-ins (scripts/act/standins, wired with
# act --local-repository at the exact refs the workflows pin); buildstage/buildstage@<ref>
# is a snapshot of the same tree. Each job runs in its own act invocation and gets one
# result line with its duration; full logs go to $STATE/runner/act/logs/<run>/<job>.log
# (logs/latest is the last run; the last 5 runs are kept).
#
# Usage: scripts/act.sh [--ci] [--head] [JOB...]      (no JOB: all of them)
#   --ci     the jobs worth running in CI (ci/action, build-push/gha, build-push/ecr)
#   --head   run the committed HEAD (a clone in a temp dir) instead of the working tree,
#            which act copies as it is, uncommitted changes and all
# Needs: bash scripts/engine-up.sh --runner (buildx, the docker-container BuildKit image,
# the registry on 127.0.0.1:5000, the ECR stand-in, Node 24), npm ci (tsc, the AWS SDK),
# Go (act is built once from the module proxy), moto_server for build-push/ecr.
# Idempotent; exits non-zero when a job fails.
set -euo pipefail
START=$EPOCHREALTIME
cd "$(dirname "$0")/.."
ROOT=$PWD

STATE=${BUILDSTAGE_STATE:-/var/lib/buildstage}
RUNNER_DIR=$STATE/runner
ACT_VERSION=${BUILDSTAGE_ACT_VERSION:-v0.2.89}
ACT_DIR=$RUNNER_DIR/act
ACT=$ACT_DIR/$ACT_VERSION/act
ACT_HOME=$ACT_DIR/home
LOGS=$ACT_DIR/logs
STANDINS=$ROOT/scripts/act/standins
CALLER=$ROOT/scripts/act/workflows/build-push-caller.yml
REPOSITORY=buildstage/buildstage
ECR_REPOSITORY=act/node-app # the caller's ECR image is <ECR stand-in host>/act/node-app
CALLER_ECR_HOST=123456789012.dkr.ecr.us-east-1.amazonaws.com

log() { printf '[act] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

ALL_JOBS=(ci/test ci/action build-push/gha build-push/gha-warm build-push/ecr)
CI_JOBS=(ci/action build-push/gha build-push/ecr)
JOBS=()
FROM_HEAD=
for arg in "$@"; do
  case $arg in
    --ci) JOBS+=("${CI_JOBS[@]}") ;;
    --head) FROM_HEAD=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    ci/test | ci/action | build-push/gha | build-push/gha-warm | build-push/ecr) JOBS+=("$arg") ;;
    *) die "unknown job or option: $arg (jobs: ${ALL_JOBS[*]}; --ci)" ;;
  esac
done
[ ${#JOBS[@]} -gt 0 ] || JOBS=("${ALL_JOBS[@]}")
wants() { local j; for j in "${JOBS[@]}"; do [ "$j" = "$1" ] && return 0; done; return 1; }
if wants build-push/gha-warm && ! wants build-push/gha; then
  log "note: build-push/gha-warm without build-push/gha starts from an empty gha cache (the cache service lives for one run)"
fi

# ---------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------
[ -f "$RUNNER_DIR/env" ] || die "the runner path is not set up ($RUNNER_DIR/env missing): bash scripts/engine-up.sh --runner"
eval "$(tail -n 1 "$RUNNER_DIR/env")" # DOCKER_CONFIG, BUILDX_BUILDER, BUILDSTAGE_ECR_STANDIN_*, BUILDSTAGE_NODE24
RUNNER_DOCKER_CONFIG=$DOCKER_CONFIG
[ -x "$BUILDSTAGE_NODE24" ] || die "Node 24 missing ($BUILDSTAGE_NODE24): bash scripts/engine-up.sh --runner"
docker info >/dev/null 2>&1 || die "docker is not running: bash scripts/engine-up.sh --runner"
curl -fsS -o /dev/null http://127.0.0.1:5000/v2/ || die "no registry on 127.0.0.1:5000: bash scripts/engine-up.sh"
if wants build-push/ecr; then
  have moto_server || die "moto_server missing (build-push/ecr): python3 -m pip install 'moto[server]'"
  [ -d node_modules/@aws-sdk/client-ecr ] || die "node_modules is missing (the ECR client makes moto's repository): npm ci"
fi

mkdir -p "$ACT_DIR" "$LOGS"
# one run at a time: the runs share act's home and the image names
exec 9>"$ACT_DIR/lock"
if ! flock -n 9; then
  log "another scripts/act.sh is running; waiting for it"
  flock 9
fi
RUN_ID=$(date +%s)
LOGS=$LOGS/$RUN_ID
mkdir -p "$LOGS"
ln -sfn "$RUN_ID" "$ACT_DIR/logs/latest"
find "$ACT_DIR/logs" -mindepth 1 -maxdepth 1 -type d -regex '.*/[0-9]+' | sort | head -n -5 | xargs -r rm -rf

if ! "$ACT" --version 2>/dev/null | grep -q "${ACT_VERSION#v}"; then
  have go || die "Go is needed to build act $ACT_VERSION"
  log "building act $ACT_VERSION from the Go module proxy (once per machine, about a minute)"
  mkdir -p "$(dirname "$ACT")"
  GOBIN=$(dirname "$ACT") go install "github.com/nektos/act@$ACT_VERSION" >"$LOGS/go-install.log" 2>&1 \
    || { tail -n 20 "$LOGS/go-install.log" >&2; die "go install github.com/nektos/act@$ACT_VERSION failed"; }
fi
log "$("$ACT" --version)"

# act's own home: its cache and tool cache, and an actrc so it never asks which image to use
mkdir -p "$ACT_HOME/.config/act"
echo '-P ubuntu-latest=-self-hosted' >"$ACT_HOME/.config/act/actrc"
# the runner's tool cache, where the setup-node stand-in finds Node as setup-node would
TOOL_CACHE=$ACT_HOME/.cache/act/tool_cache
tool_node() { # node binary → tool_cache/node/<version>/x64/bin/{node,npm,npx}
  local node=$1 v; v=$("$node" --version); v=${v#v}
  local dir=$TOOL_CACHE/node/$v/x64
  mkdir -p "$dir/bin"
  ln -sfn "$node" "$dir/bin/node"
  local npm_cli; npm_cli=$(readlink -f "$(command -v npm)")
  ln -sfn "$npm_cli" "$dir/bin/npm"
  ln -sfn "$(dirname "$npm_cli")/npx-cli.js" "$dir/bin/npx"
  touch "$dir.complete"
}
# job workspaces act leaves behind when a job fails (up to ~600 MB after ci/test's npm ci)
clean_workspaces() {
  local stale; stale=$(find "$ACT_HOME/.cache/act" -mindepth 1 -maxdepth 1 -type d -regextype egrep -regex '.*/[0-9a-f]{16}')
  [ -n "$stale" ] || return 0
  log "removing $(echo "$stale" | wc -l) job workspace(s) act left behind"
  echo "$stale" | xargs rm -rf
}
clean_workspaces
HOST_NODE=$(readlink -f "$(command -v node)")
tool_node "$HOST_NODE"
tool_node "$BUILDSTAGE_NODE24"
# JavaScript actions run on Node 24 (runs.using: node24), as on a runner: act runs the `node`
# it finds first on PATH when the job starts
mkdir -p "$ACT_DIR/node24-bin"
ln -sfn "$BUILDSTAGE_NODE24" "$ACT_DIR/node24-bin/node"

# ---------------------------------------------------------------------------
# This run's scratch: a new runner's DOCKER_CONFIG, the services, the action snapshot
# ---------------------------------------------------------------------------
TMP=$(mktemp -d /tmp/buildstage-act.XXXXXX)
SERVICES_PID=
MOTO_PID=
cleanup() {
  local rc=$?
  [ -z "$SERVICES_PID" ] || kill "$SERVICES_PID" 2>/dev/null || true
  [ -z "$MOTO_PID" ] || kill "$MOTO_PID" 2>/dev/null || true
  # builders a failed job's stand-in left behind (only the ones made in this run's config)
  local b
  for b in $(DOCKER_CONFIG=$TMP/docker-config docker buildx ls --format '{{.Name}}' 2>/dev/null | grep -E '^builder-[0-9a-f-]{36}$' || true); do
    log "removing leftover builder $b"
    DOCKER_CONFIG=$TMP/docker-config docker buildx rm -f "$b" >/dev/null 2>&1 || true
  done
  rm -rf "$TMP"
  clean_workspaces
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# a new runner's docker config: the current buildx plugin, no registry logins, no builder
# selected by the environment (the setup-buildx stand-in makes and selects one)
cp -a "$RUNNER_DOCKER_CONFIG" "$TMP/docker-config"
echo '{}' >"$TMP/docker-config/config.json"

# the cache service v2 and artifact service (test/helpers), compiled once per source version
HELPERS_KEY=$(cat test/helpers/cache-service.ts test/helpers/artifact-service.ts | sha256sum | cut -c1-16)
HELPERS=$ACT_DIR/helpers-$HELPERS_KEY
if [ ! -f "$HELPERS/cache-service.js" ] || [ ! -f "$HELPERS/artifact-service.js" ]; then
  [ -x node_modules/.bin/tsc ] || die "node_modules is missing (tsc compiles the services): npm ci"
  log "compiling test/helpers/cache-service.ts and artifact-service.ts"
  rm -rf "$HELPERS.tmp"
  node_modules/.bin/tsc --outDir "$HELPERS.tmp" --rootDir test/helpers --target ES2022 --module NodeNext \
    --moduleResolution NodeNext --skipLibCheck --types node test/helpers/cache-service.ts test/helpers/artifact-service.ts
  echo '{ "type": "module" }' >"$HELPERS.tmp/package.json"
  rm -rf "$HELPERS"; mv "$HELPERS.tmp" "$HELPERS"
fi

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
MOTO_ENDPOINT=
if wants build-push/ecr; then
  port=$(free_port)
  MOTO_ENDPOINT=http://127.0.0.1:$port
  moto_server -H 127.0.0.1 -p "$port" >"$LOGS/moto.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 60); do curl -fs -o /dev/null "$MOTO_ENDPOINT/moto-api/" && break; sleep 0.25; done
  curl -fs -o /dev/null "$MOTO_ENDPOINT/moto-api/" || { tail -n 20 "$LOGS/moto.log" >&2; die "moto_server did not start"; }
  log "moto's ECR API at $MOTO_ENDPOINT (the ECR stand-in registry: https://$BUILDSTAGE_ECR_STANDIN_HOST)"
fi

node scripts/act/services.mjs "$HELPERS" "$TMP/services.env" ${MOTO_ENDPOINT:+"$MOTO_ENDPOINT" "$ECR_REPOSITORY"} >"$LOGS/services.log" 2>&1 &
SERVICES_PID=$!
for _ in $(seq 1 100); do [ -s "$TMP/services.env" ] && break; kill -0 "$SERVICES_PID" 2>/dev/null || break; sleep 0.1; done
[ -s "$TMP/services.env" ] || { cat "$LOGS/services.log" >&2; die "the cache/artifact services did not start"; }
mapfile -t SERVICES_ENV <"$TMP/services.env" # ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ...
RESULTS_URL=$(sed -n 's/^ACTIONS_RESULTS_URL=//p' "$TMP/services.env")
log "results service (cache v2 + artifacts) at $RESULTS_URL"

# CAs for Go programs (buildx imagetools reads the pushed image's size): the system's and the
# ECR stand-in's self-made one, which dockerd and BuildKit already trust through their config
cat /etc/ssl/certs/ca-certificates.crt "$BUILDSTAGE_ECR_STANDIN_CA" >"$TMP/ca-bundle.pem"

# the tree the jobs run on: this working tree (act copies it, minus .gitignore'd paths), or HEAD
SRC=$ROOT
if [ -n "$FROM_HEAD" ]; then
  git clone -q "$ROOT" "$TMP/src"
  SRC=$TMP/src
  log "running on HEAD $(git -C "$SRC" log -1 --format='%h %s' | cut -c1-80)"
else
  log "running on the working tree $(git status --porcelain | grep -q . && echo '(with uncommitted changes)' || echo '(clean)')"
fi

# buildstage/buildstage@<ref>: the tracked files of that tree, as a tag would serve them
SNAPSHOT=$TMP/buildstage
mkdir -p "$SNAPSHOT"
(cd "$SRC" && git ls-files -z | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | xargs -0 cp --parents -t "$SNAPSHOT")

# every `uses: owner/repo[/path]@ref` of the workflows → a stand-in at that exact ref
standin_for() {
  case $1 in
    actions/checkout) echo "$STANDINS/checkout" ;;
    actions/setup-node) echo "$STANDINS/setup-node" ;;
    docker/setup-buildx-action) echo "$STANDINS/setup-buildx" ;;
    aws-actions/configure-aws-credentials) echo "$STANDINS/configure-aws-credentials" ;;
    "$REPOSITORY") echo "$SNAPSHOT" ;;
    *) return 1 ;;
  esac
}
LOCAL_REPOS=()
declare -A seen=()
while read -r uses; do
  repo=$(printf '%s' "${uses%@*}" | cut -d/ -f1-2)
  ref=${uses##*@}
  [ -z "${seen[$repo@$ref]:-}" ] || continue
  seen[$repo@$ref]=1
  dir=$(standin_for "$repo") || die "no local stand-in for $uses (act cannot download actions here): add one under scripts/act/standins"
  LOCAL_REPOS+=(--local-repository "$repo@$ref=$dir")
  [ "$dir" = "$SNAPSHOT" ] && what="$([ -n "$FROM_HEAD" ] && echo HEAD || echo 'this working tree')" || what="stand-in ${dir#"$ROOT"/}"
  log "  $repo@$ref → $what"
done < <(cat "$SRC/.github/workflows/ci.yml" "$SRC/.github/workflows/build-push.yml" "$CALLER" \
  | sed -nE 's/^[[:space:]-]*uses:[[:space:]]*([^[:space:]#]+).*/\1/p' | grep -v '^\./' | grep -v '^docker://' | sort -u)

# the caller names the ECR stand-in's default host; another one (BUILDSTAGE_ECR_STANDIN_HOST) in a copy
if [ "$BUILDSTAGE_ECR_STANDIN_HOST" != "$CALLER_ECR_HOST" ]; then
  sed "s/$CALLER_ECR_HOST/$BUILDSTAGE_ECR_STANDIN_HOST/g" "$CALLER" >"$TMP/build-push-caller.yml"
  CALLER=$TMP/build-push-caller.yml
fi

# a push to main, as GitHub sends it
SHA=$(git -C "$SRC" rev-parse HEAD)
cat >"$TMP/event.json" <<EOF
{"ref":"refs/heads/main","before":"0000000000000000000000000000000000000000","after":"$SHA","deleted":false,"created":false,"forced":false,
 "repository":{"name":"${REPOSITORY#*/}","full_name":"$REPOSITORY","default_branch":"main","private":false,"owner":{"login":"${REPOSITORY%/*}"}},
 "head_commit":{"id":"$SHA","message":"act run"},"sender":{"login":"act"}}
EOF

# ---------------------------------------------------------------------------
# The jobs
# ---------------------------------------------------------------------------
run_job() { # <name> <workflow file> <job id>
  local name=$1 wf=$2 job=$3 logf=$LOGS/${1//\//-}.log
  log "running $name (${wf#"$SRC"/}, job $job); log: $logf"
  local t0=$EPOCHREALTIME rc=0
  # act merges this environment into every step (host mode): a runner's services and a new
  # runner's docker config; no BUILDX_BUILDER (the runner path's builder is not for jobs)
  (cd "$SRC" && env -u BUILDX_BUILDER "${SERVICES_ENV[@]}" \
    HOME="$ACT_HOME" PATH="$ACT_DIR/node24-bin:$PATH" DOCKER_CONFIG="$TMP/docker-config" \
    npm_config_cache="${npm_config_cache:-$HOME/.npm}" \
    NODE_EXTRA_CA_CERTS="$BUILDSTAGE_ECR_STANDIN_CA" SSL_CERT_FILE="$TMP/ca-bundle.pem" BUILDSTAGE_ECR_ENDPOINT="$MOTO_ENDPOINT" \
    "$ACT" push -W "$wf" -j "$job" -e "$TMP/event.json" -P ubuntu-latest=-self-hosted \
    --no-cache-server --cache-server-addr 127.0.0.1 --artifact-server-addr 127.0.0.1 \
    --env GITHUB_REPOSITORY="$REPOSITORY" --env GITHUB_REPOSITORY_OWNER="${REPOSITORY%/*}" \
    --env GITHUB_RUN_ID="$RUN_ID" --env GITHUB_RUN_NUMBER="$RUN_ID" \
    "${LOCAL_REPOS[@]}") </dev/null >"$logf" 2>&1 || rc=$?
  local secs; secs=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')
  # act exits 0 when a job is skipped or not found: a job must have succeeded
  if [ "$rc" -eq 0 ] && grep -q 'Job succeeded' "$logf" && ! grep -q 'Job failed' "$logf"; then
    RESULTS+=("$(printf '%-20s ok      %6ss' "$name" "$secs")")
  else
    FAILED=1
    RESULTS+=("$(printf '%-20s FAILED  %6ss  (act exit %s; %s)' "$name" "$secs" "$rc" "$logf")")
    log "$name failed; the end of its log:"
    grep -vE '^\[.*\] +\| *$' "$logf" | tail -n 25 >&2 || true
  fi
}

RESULTS=()
FAILED=0
T0=$EPOCHREALTIME
log "set up in $(awk -v a="$START" -v b="$T0" 'BEGIN{printf "%.1f", b-a}')s"
for j in "${JOBS[@]}"; do
  case $j in
    ci/test) run_job "$j" "$SRC/.github/workflows/ci.yml" test ;;
    ci/action) run_job "$j" "$SRC/.github/workflows/ci.yml" action ;;
    build-push/gha) run_job "$j" "$CALLER" gha ;;
    build-push/gha-warm) run_job "$j" "$CALLER" gha-warm ;;
    build-push/ecr) run_job "$j" "$CALLER" ecr ;;
  esac
done

summary=$(curl -fsS "${RESULTS_URL}_act/summary" 2>/dev/null || echo '{}')
log "results service saw: $summary"
log "results (act $ACT_VERSION, host mode):"
for r in "${RESULTS[@]}"; do log "  $r"; done
log "  $(printf '%-20s %-8s%6ss' total "$([ "$FAILED" -eq 0 ] && echo ok || echo FAILED)" "$(awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')")"
exit "$FAILED"
