#!/usr/bin/env bash
# The main job, end to end on this machine: start the engine and registry, then build the
# Medusa v2 example with the registry cache and push it to 127.0.0.1:5000 (cold), change
# one source file, prune the builder and rebuild from the registry cache. Each build
# prints its per-stage timing breakdown; the Markdown job summary lands in .tmp/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/engine-up.sh
[ -f dist/cli.js ] || { npm ci --no-audit --no-fund && npm run bundle; }

work=.tmp/demo
rm -rf "$work" && mkdir -p "$work"
mkdir -p "$work/app" && tar -C examples/medusa --exclude=node_modules --exclude=.medusa -cf - . | tar -C "$work/app" -xf -
image=127.0.0.1:5000/demo-medusa

echo "== 1/2 cold build (builder cache pruned), pushed with the registry cache"
docker buildx prune --all --force >/dev/null
node dist/cli.js build --context "$work/app" --target server --tag "$image:cold" --push \
  --cache registry --network host --report-json "$work/cold.json" --summary-md "$work/cold.md"

echo "== 2/2 one source file changed, builder pruned: rebuild from the registry cache alone"
echo "// changed $(date +%s)" >> "$work/app/src/api/build-info/route.ts"
docker buildx prune --all --force >/dev/null
node dist/cli.js build --context "$work/app" --target server --tag "$image:changed" --push \
  --cache registry --network host --report-json "$work/changed.json" --summary-md "$work/changed.md"

echo "== how the change moved the build"
node dist/cli.js compare --base "$work/cold.json" --head "$work/changed.json"
echo "job summaries: $work/cold.md $work/changed.md"
