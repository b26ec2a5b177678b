// Benchmark (issue 2): for a Node app with a slow dependency step, measure in one run
//   1. cold build (builder cache pruned, nothing in the registry cache), pushed
//   2. code-change rebuild from the registry cache alone (builder pruned, one file changed)
//   3. no-change rebuild (builder cache warm)
// and the action's own work outside buildx. Targets: 2 ≤ 15% of 1; 3 ≤ 5% of 1; own work ≤ 300 ms.
//
//   node bench/build-bench.mjs [--app examples/medusa] [--target server] [--change src/server.js]
// Needs the engine and registry (scripts/engine-up.sh) and a built dist/ (npm run bundle).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliBuildArgs, runCli } from './lib.mjs';

const { values } = parseArgs({
  options: {
    app: { type: 'string', default: 'examples/medusa' },
    target: { type: 'string' },
    file: { type: 'string' },
    change: { type: 'string' },
    registry: { type: 'string', default: '127.0.0.1:5000' }
  }
});
const root = process.cwd();
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bs-bench-'));
cpSync(resolve(values.app), dir, { recursive: true, filter: (p) => !/node_modules|\.venv/.test(p) });
const repo = `bench-${Date.now().toString(36)}`;
const change = values.change ?? findSource(dir);

function findSource(d) {
  for (const c of ['src/api/build-info/route.ts', 'src/server.js', 'src/index.js', 'src/main.ts', 'app/main.py', 'src/server.ts']) {
    try {
      readFileSync(join(d, c));
      return c;
    } catch {}
  }
  throw new Error('pass --change FILE: no known source file in the app');
}

function prune() {
  execFileSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore' });
}

function build(tag) {
  const args = cliBuildArgs({
    context: dir,
    file: values.file && join(dir, values.file),
    target: values.target,
    tag: `${values.registry}/${repo}:${tag}`,
    reportJson: join(dir, `${tag}.json`)
  });
  const { wallMs, stderr } = runCli(cli, args, `build ${tag}`, { env: { ...process.env, FORCE_COLOR: '0' } });
  const own = /own work (\d+)ms/.exec(stderr);
  const bx = /buildx (\d+)ms/.exec(stderr);
  const report = JSON.parse(readFileSync(join(dir, `${tag}.json`), 'utf8'));
  return {
    tag,
    wallMs,
    buildMs: report.durationMs,
    ownMs: own ? Number(own[1]) : NaN,
    outsideBuildxMs: bx ? Math.round(wallMs - Number(bx[1])) : NaN,
    cacheHitRatio: report.cacheHitRatio
  };
}

prune();
const cold = build('cold');
prune();
appendFileSync(join(dir, change), '\n// bench change ' + Date.now() + '\n');
const codeChange = build('code-change');
const noChange = build('no-change');

const pct = (a, b) => ((100 * a) / b).toFixed(1) + '%';
const rows = [cold, codeChange, noChange];
console.log(`app: ${values.app}${values.target ? ` (target ${values.target})` : ''}, changed file: ${change}`);
console.log('run           wall      buildx(report)  own work  outside buildx (incl. node start)  cache hits');
for (const r of rows) {
  console.log(
    `${r.tag.padEnd(12)}  ${(r.wallMs / 1000).toFixed(1).padStart(6)}s  ${(r.buildMs / 1000).toFixed(1).padStart(12)}s  ${String(r.ownMs).padStart(6)}ms  ${String(r.outsideBuildxMs).padStart(10)}ms${' '.repeat(24)}${r.cacheHitRatio === null ? '-' : (r.cacheHitRatio * 100).toFixed(0) + '%'}`
  );
}
console.log(`code-change / cold: ${pct(codeChange.wallMs, cold.wallMs)} (target ≤ 15%)`);
console.log(`no-change / cold:   ${pct(noChange.wallMs, cold.wallMs)} (target ≤ 5%)`);
console.log(
  `own work (max):     ${Math.max(...rows.map((r) => r.ownMs))}ms in-process, ${Math.max(...rows.map((r) => r.outsideBuildxMs))}ms with node start (target ≤ 300 ms)`
);
console.log(JSON.stringify({ cold, codeChange, noChange }));
