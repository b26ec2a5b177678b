// Benchmark (issue 14): the real Medusa v2 example (examples/medusa, ~1,400 npm packages),
// built with buildstage's CLI and the registry cache, pushed to the local registry:
//   1. cold: builder pruned, nothing in the registry cache
//   2. code change: one API route edited, builder pruned (a new runner): from the registry cache alone
//   3. lockfile change: one dependency added (package.json + package-lock.json), builder pruned
//   4. no change: the same context again, builder warm
// and the image size (compressed as pushed, and unpacked). Targets: 2 ≤ 10% of 1; image < 450 MB.
//
//   node bench/medusa-bench.mjs [--engine default|runner] [--target server] [--cli dist/cli.js] [--json FILE]
// --engine runner drives the runner path (buildx 0.29, docker-container builder on BuildKit
// 0.34) from /var/lib/buildstage/runner/env. Needs the engines (scripts/engine-up.sh --runner).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliBuildArgs, readRunnerEnv, runCli } from './lib.mjs';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'default' },
    target: { type: 'string', default: 'server' },
    cli: { type: 'string', default: 'dist/cli.js' },
    registry: { type: 'string', default: '127.0.0.1:5000' },
    json: { type: 'string' },
    'add-dependency': { type: 'string', default: 'dayjs@1.11.13' }
  }
});
const ROUTE = 'src/api/build-info/route.ts';
const cli = resolve(values.cli);
const env = { ...process.env, FORCE_COLOR: '0' };
if (values.engine === 'runner') Object.assign(env, readRunnerEnv('/var/lib/buildstage/runner/env'));
const dir = mkdtempSync(join(tmpdir(), 'bs-medusa-bench-'));
const out = mkdtempSync(join(tmpdir(), 'bs-medusa-bench-reports-')); // reports outside the context (COPY . . would see them)
cpSync(resolve('examples/medusa'), dir, { recursive: true, filter: (p) => !/node_modules|\.medusa/.test(p) });
const repo = `bench-medusa-${values.engine}-${Date.now().toString(36)}`;
const docker = (args) => execFileSync('docker', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function prune() {
  docker(['buildx', 'prune', '--all', '--force']);
}

function build(tag) {
  const args = cliBuildArgs({ context: dir, target: values.target, tag: `${values.registry}/${repo}:${tag}`, reportJson: join(out, `${tag}.json`) });
  const { wallMs } = runCli(cli, args, `build ${tag}`, { env, maxBuffer: 256 * 1024 * 1024, tail: 6000 });
  const report = JSON.parse(readFileSync(join(out, `${tag}.json`), 'utf8'));
  const slowest = [...report.steps]
    .filter((s) => !s.cached)
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, 3)
    .map((s) => `${(s.instruction ?? s.name).slice(0, 60)} ${(s.durationMs / 1000).toFixed(1)}s`);
  const row = { tag, wallMs: Math.round(wallMs), buildMs: report.durationMs, cacheHitRatio: report.cacheHitRatio, digest: report.image?.digest, slowest };
  console.error(`[medusa-bench] ${JSON.stringify(row)}`);
  return row;
}

async function imageSize(tag) {
  const accept = 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json';
  let m = await (await fetch(`http://${values.registry}/v2/${repo}/manifests/${tag}`, { headers: { Accept: accept } })).json();
  if (m.manifests) {
    const img = m.manifests.find((x) => x.platform?.architecture && x.platform.architecture !== 'unknown');
    m = await (await fetch(`http://${values.registry}/v2/${repo}/manifests/${img.digest}`, { headers: { Accept: accept } })).json();
  }
  const compressed = m.layers.reduce((n, l) => n + l.size, 0);
  // unpacked: pull into the default engine and ask it
  execFileSync('docker', ['pull', '-q', `${values.registry}/${repo}:${tag}`], { stdio: 'ignore' });
  const unpacked = Number(
    execFileSync('docker', ['image', 'inspect', '--format', '{{.Size}}', `${values.registry}/${repo}:${tag}`], { encoding: 'utf8' }).trim()
  );
  execFileSync('docker', ['image', 'rm', `${values.registry}/${repo}:${tag}`], { stdio: 'ignore' });
  return { compressedMB: +(compressed / 1e6).toFixed(1), unpackedMB: +(unpacked / 1e6).toFixed(1), layers: m.layers.length };
}

prune();
const cold = build('cold');

prune();
const route = join(dir, ROUTE);
writeFileSync(route, readFileSync(route, 'utf8').replace('service: "medusa-backend"', `service: "medusa-backend", bench: "${Date.now()}"`));
const codeChange = build('code-change');

// a real lockfile change: one dependency added with npm, as a developer would (not timed)
execFileSync(
  'npm',
  ['install', '--package-lock-only', '--save-exact', '--no-audit', '--no-fund', '--omit-lockfile-registry-resolved=false', values['add-dependency']],
  { cwd: dir, stdio: 'ignore' }
);
prune();
const lockfileChange = build('lockfile-change');

const noChange = build('no-change');
const size = await imageSize('no-change');

const pct = (a, b) => ((100 * a) / b).toFixed(1) + '%';
const rows = [cold, codeChange, lockfileChange, noChange];
console.log(`Medusa v2 example, target ${values.target}, engine ${values.engine}; code change: ${ROUTE}; lockfile change: + ${values['add-dependency']}`);
console.log('run              wall      cache hits  slowest steps that ran');
for (const r of rows) {
  console.log(
    `${r.tag.padEnd(15)}  ${(r.wallMs / 1000).toFixed(1).padStart(6)}s  ${r.cacheHitRatio == null ? '-'.padStart(9) : ((r.cacheHitRatio * 100).toFixed(0) + '%').padStart(9)}  ${r.slowest.join('; ')}`
  );
}
console.log(`code-change / cold:     ${pct(codeChange.wallMs, cold.wallMs)} (target ≤ 10%)`);
console.log(`lockfile-change / cold: ${pct(lockfileChange.wallMs, cold.wallMs)}`);
console.log(`no-change / cold:       ${pct(noChange.wallMs, cold.wallMs)}`);
console.log(
  `image: ${size.compressedMB} MB compressed (as pushed), ${size.unpackedMB} MB as the engine reports it (the containerd store reports the compressed size), ${size.layers} layers (target < 450 MB)`
);
const result = { engine: values.engine, target: values.target, cold, codeChange, lockfileChange, noChange, size };
if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));
