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
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

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
const state = process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage';
const envLine = readFileSync(join(state, 'runner/env'), 'utf8');
const runnerEnv = Object.fromEntries([...envLine.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
const node24 = runnerEnv.BUILDSTAGE_NODE24;

// the local cache service is a test helper in TypeScript: compile it once for this run
const helperOut = mkdtempSync(join(tmpdir(), 'bs-bench-helper-'));
execFileSync(
  'npx',
  [
    'tsc',
    join(root, 'test/helpers/cache-service.ts'),
    '--outDir',
    helperOut,
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--skipLibCheck',
    '--types',
    'node'
  ],
  { stdio: 'inherit' }
);
writeFileSync(join(helperOut, 'package.json'), '{"type":"module"}');
const { startCacheService, pushScopes } = await import(pathToFileURL(join(helperOut, 'cache-service.js')).href);

function findSource(d) {
  for (const c of ['src/api/build-info/route.ts', 'src/server.ts', 'src/server.js', 'src/index.ts', 'app/main.py']) if (existsSync(join(d, c))) return c;
  throw new Error('pass --change FILE: no known source file in the app');
}

const prune = () =>
  execFileSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore', env: { ...process.env, DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG } });

function runAction(ws, cacheEnv, tag) {
  const out = join(ws, `out-${tag}`);
  writeFileSync(out, '');
  const event = join(ws, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main', private: false } }));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(ws, `summary-${tag}.md`),
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: ws,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REPOSITORY: 'acme/shop',
    ...cacheEnv,
    INPUT_CONTEXT: 'app',
    INPUT_TARGET: values.target,
    INPUT_TAGS: `${values.registry}/${repo}:${tag}`,
    INPUT_PUSH: 'true',
    INPUT_NETWORK: 'host',
    INPUT_CACHE: 'auto',
    INPUT_ADVISOR: 'false',
    INPUT_SUMMARY: 'true'
  };
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const t0 = process.hrtime.bigint();
  return new Promise((resolveRun, reject) => {
    const child = spawn(node24, [join(root, 'dist/index.js')], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) return reject(new Error(`${tag} failed:\n${log.slice(-3000)}`));
      const outputs = readFileSync(out, 'utf8');
      const reportPath = /^report<<(\S+)\n(.*)\n\1$/m.exec(outputs)?.[2];
      const report = JSON.parse(readFileSync(reportPath, 'utf8'));
      const own = /own work (\d+)ms/.exec(log);
      resolveRun({
        tag,
        wallMs,
        buildMs: report.durationMs,
        ownMs: own ? Number(own[1]) : NaN,
        cacheHitRatio: report.cacheHitRatio,
        backend: report.meta?.cacheBackend
      });
    });
  });
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
