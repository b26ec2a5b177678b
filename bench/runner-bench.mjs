// Benchmark (issue 11): the runner path — the bundled action on Node 24, a docker-container
// builder on a current BuildKit, `cache: auto` choosing the gha cache over the local v2
// cache service — for the Medusa example, in one run:
//   1. cold build (builder pruned, an empty cache service), pushed
//   2. code-change rebuild on a pruned builder (a new runner) from the gha cache alone
//   3. no-change rebuild (builder cache warm)
// Targets: 2 ≤ 15% of 1; 3 ≤ 5% of 1.
//
//   node bench/runner-bench.mjs [--app examples/medusa] [--target server] [--change src/server.ts] [--repeat 1]
// Needs `bash scripts/engine-up.sh --runner` and a built dist/ (npm run bundle).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importCacheService } from './compile.mjs';
import { readRunnerEnv, runBundledAction } from './lib.mjs';

const { values } = parseArgs({
  options: {
    app: { type: 'string', default: 'examples/medusa' },
    target: { type: 'string', default: 'server' },
    change: { type: 'string' },
    registry: { type: 'string', default: '127.0.0.1:5000' },
    repeat: { type: 'string', default: '1' }
  }
});
const root = process.cwd();
const runnerEnv = readRunnerEnv();
const node24 = runnerEnv.BUILDSTAGE_NODE24;

const { startCacheService, pushScopes } = await importCacheService(root);

function findSource(d) {
  for (const c of ['src/api/build-info/route.ts', 'src/server.ts', 'src/server.js', 'src/index.ts', 'app/main.py']) if (existsSync(join(d, c))) return c;
  throw new Error('pass --change FILE: no known source file in the app');
}

const prune = () =>
  execFileSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore', env: { ...process.env, DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG } });

async function runAction(ws, cacheEnv, tag) {
  const { wallMs, log, report } = await runBundledAction({
    root,
    node: node24,
    ws,
    tag,
    dockerConfig: runnerEnv.DOCKER_CONFIG,
    cacheEnv,
    inputs: { target: values.target, tags: `${values.registry}/${repo}:${tag}`, push: 'true', cache: 'auto' }
  });
  const own = /own work (\d+)ms/.exec(log);
  return {
    tag,
    wallMs,
    buildMs: report.durationMs,
    ownMs: own ? Number(own[1]) : NaN,
    cacheHitRatio: report.cacheHitRatio,
    backend: report.meta?.cacheBackend
  };
}

const repo = `bench-runner-${Date.now().toString(36)}`;
const results = [];
for (let i = 0; i < Number(values.repeat); i++) {
  const ws = mkdtempSync(join(tmpdir(), 'bs-bench-runner-'));
  cpSync(resolve(values.app), join(ws, 'app'), { recursive: true, filter: (p) => !/node_modules|\.venv|\.medusa/.test(p) });
  const change = values.change ?? findSource(join(ws, 'app'));
  const svc = await startCacheService();
  const cacheEnv = svc.env(pushScopes('main'));
  try {
    prune();
    const cold = await runAction(ws, cacheEnv, `cold-${i}`);
    prune();
    appendFileSync(join(ws, 'app', change), `\n// bench change ${Date.now()}\n`);
    const codeChange = await runAction(ws, cacheEnv, `code-change-${i}`);
    const noChange = await runAction(ws, cacheEnv, `no-change-${i}`);
    results.push({ cold, codeChange, noChange, change });
  } finally {
    await svc.close();
  }
}

const pct = (a, b) => ((100 * a) / b).toFixed(1) + '%';
const buildx = execFileSync('docker', ['buildx', 'version'], { encoding: 'utf8', env: { ...process.env, DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG } }).trim();
console.log(
  `runner path: ${buildx}, builder ${runnerEnv.BUILDX_BUILDER} (docker-container), node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}`
);
console.log(`app: ${values.app} (target ${values.target}), changed file: ${results[0].change}`);
console.log('run                wall      buildx(report)  own work  cache   backend');
for (const r of results.flatMap((x) => [x.cold, x.codeChange, x.noChange])) {
  console.log(
    `${r.tag.padEnd(16)}  ${(r.wallMs / 1000).toFixed(1).padStart(6)}s  ${(r.buildMs / 1000).toFixed(1).padStart(12)}s  ${String(r.ownMs).padStart(6)}ms  ${r.cacheHitRatio === null ? '-' : (r.cacheHitRatio * 100).toFixed(0) + '%'}  ${r.backend}`
  );
}
for (const r of results) {
  console.log(
    `code-change / cold: ${pct(r.codeChange.wallMs, r.cold.wallMs)} (target ≤ 15%); no-change / cold: ${pct(r.noChange.wallMs, r.cold.wallMs)} (target ≤ 5%)`
  );
}
console.log(JSON.stringify(results));
