// Benchmark (issue 18): the monorepo example's two images (examples/monorepo/docker-bake.hcl)
//   A. one `buildstage bake` for both images
//   B. one `buildstage build` per image, each on a fresh builder (what a matrix does: one
//      runner per image), the same registry cache
// each cold (builder pruned, empty registry cache) and after a change to a shared package
// (packages/types, used by both apps; builder pruned, so from the registry cache alone),
// in one run. Reports wall times, the ratio, and how often the steps both images share ran.
//
//   node bench/bake-bench.mjs [--cli dist/cli.js] [--engine runner|default]
// Needs the engine and registry (scripts/engine-up.sh [--runner]) and a built dist/.
// The runner path (default here) is what GitHub runners use; its buildx (0.29) sets the
// network of bake targets. The default engine's buildx 0.13 cannot for a .hcl file, so
// --engine default bakes an equivalent compose file.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliBuildArgs, pushArgs, readRunnerEnv, runCli } from './lib.mjs';

const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/cli.js' },
    engine: { type: 'string', default: 'runner' },
    registry: { type: 'string', default: '127.0.0.1:5000' }
  }
});
const root = process.cwd();
const cli = resolve(values.cli);
const env = { ...process.env, FORCE_COLOR: '0' };
if (values.engine === 'runner') {
  const file = '/var/lib/buildstage/runner/env';
  if (!existsSync(file)) throw new Error('the runner path is not set up: bash scripts/engine-up.sh --runner (or --engine default)');
  Object.assign(env, readRunnerEnv(file));
}
const dir = mkdtempSync(join(tmpdir(), 'bs-bake-bench-'));
cpSync(resolve('examples/monorepo'), dir, { recursive: true, filter: (p) => !/node_modules/.test(p) });
let bakeFile = join(dir, 'docker-bake.hcl');
if (values.engine === 'default') {
  bakeFile = join(dir, 'compose.yml');
  writeFileSync(
    bakeFile,
    ['services:', ...['api', 'web'].map((a) => `  ${a}:\n    build:\n      context: .\n      dockerfile: apps/${a}/Dockerfile`)].join('\n') + '\n'
  );
}
const id = Date.now().toString(36);
const apps = ['api', 'web'];

function prune() {
  execFileSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore', env });
}

const cliRun = (args, label) => runCli(cli, args, label, { env, cwd: root }).wallMs;

function bake(run) {
  const out = join(dir, `bake-${run}`);
  const wallMs = cliRun(
    ['bake', '--file', bakeFile, ...pushArgs(out), ...apps.flatMap((a) => ['--image', `${a}=${values.registry}/bench-bake-${id}/${a}`])],
    `bake ${run}`
  );
  const timing = JSON.parse(readFileSync(join(out, 'bake-timing.json'), 'utf8'));
  const reports = Object.fromEntries(apps.map((a) => [a, JSON.parse(readFileSync(join(out, `${a}.json`), 'utf8'))]));
  return { wallMs, timing, reports };
}

function separate(run) {
  const walls = {};
  const reports = {};
  for (const a of apps) {
    prune(); // one runner per image, as in a matrix
    const rep = join(dir, `sep-${run}-${a}.json`);
    walls[a] = cliRun(
      cliBuildArgs({ context: dir, file: join(dir, `apps/${a}/Dockerfile`), tag: `${values.registry}/bench-sep-${id}/${a}:${run}`, reportJson: rep }),
      `build ${a} ${run}`
    );
    reports[a] = JSON.parse(readFileSync(rep, 'utf8'));
  }
  return { walls, reports, sumMs: walls.api + walls.web, maxMs: Math.max(walls.api, walls.web) };
}

/** How many times the steps the bake shared (same digest, FROM not counted) ran in the separate builds. */
function sharedRunsSeparately(shared, reports) {
  const key = (s) => `${s.stage}|${s.instruction}`;
  const keys = new Set(shared.map(key)); // SharedStep carries the stage and instruction as the reports do
  return Object.values(reports).reduce((n, r) => n + r.steps.filter((s) => keys.has(key(s)) && !s.cached).length, 0);
}

const result = {};
for (const run of ['cold', 'shared-change']) {
  if (run === 'shared-change') appendFileSync(join(dir, 'packages/types/src/index.js'), `\n// bench change ${Date.now()}\n`);
  prune();
  const b = bake(run);
  const s = separate(run);
  result[run] = { bake: b, sep: s };
}
prune();

const sec = (ms) => (ms / 1000).toFixed(1) + ' s';
console.log(
  `engine: ${values.engine === 'runner' ? 'runner path (buildx 0.29, docker-container, BuildKit 0.34)' : 'default engine (buildx 0.13, docker driver)'}; file: ${bakeFile.replace(dir, 'examples/monorepo')}`
);
console.log(
  'run            one bake   one build per image (sum | max)   bake / sum   bake / max   the steps bake shared: runs in the bake | in the separate builds'
);
for (const [run, { bake: b, sep: s }] of Object.entries(result)) {
  const sharedRan = b.timing.shared.filter((x) => !x.cached).length;
  const sepRuns = sharedRunsSeparately(b.timing.shared, s.reports);
  console.log(
    `${run.padEnd(14)} ${sec(b.wallMs).padStart(8)}   ${sec(s.sumMs).padStart(8)} | ${sec(s.maxMs).padEnd(8)}              ${(b.wallMs / s.sumMs).toFixed(2).padStart(6)}       ${(b.wallMs / s.maxMs).toFixed(2).padStart(6)}       ${sharedRan} runs of ${b.timing.shared.length} shared steps | ${sepRuns} runs`
  );
  console.log(
    `               bake: ${b.timing.steps.distinct} distinct steps (${b.timing.steps.ran} ran, ${b.timing.steps.cached} cached); step time ${sec(b.timing.stepMs.once)} once vs ${sec(b.timing.stepMs.perTargetSum)} summed per target; shared: ${b.timing.shared.map((x) => `${x.instruction.slice(0, 50)} [${x.targets.join(',')}]${x.cached ? ' cached' : ''}`).join('; ')}`
  );
}
