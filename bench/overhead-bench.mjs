// Benchmark (issue 16): what `node dist/cli.js build` adds to the very same `docker buildx build`
// on a no-change rebuild. The CLI prints the exact buildx argv in dry-run mode; that argv is
// run as is (rawjson stream to a file, as the CLI keeps it) as the plain side. After one warm
// build of each, the two alternate N times (the side that goes first alternates too); the
// machine is shared, so what counts is the median of the paired differences.
// Target: median difference ≤ 150 ms.
//
//   node bench/overhead-bench.mjs [--app examples/fastapi] [--target T] [--runs 9] [--cache none] [--network host] [--dist dist]
//   node bench/overhead-bench.mjs --runner      # the runner path: docker-container builder, current buildx, Node 24
// Needs `bash scripts/engine-up.sh` (and `--runner` for the runner path) and a built dist/ (npm run bundle).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    app: { type: 'string', default: 'examples/fastapi' },
    target: { type: 'string' },
    runs: { type: 'string', default: '9' },
    cache: { type: 'string', default: 'none' },
    network: { type: 'string', default: 'host' },
    dist: { type: 'string', default: 'dist' },
    runner: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
  }
});
const root = process.cwd();
const cli = join(resolve(values.dist), 'cli.js');
const state = process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage';

let node = process.execPath;
const env = { ...process.env };
if (values.runner) {
  const envLine = readFileSync(join(state, 'runner/env'), 'utf8').trim().split('\n').pop();
  const runnerEnv = Object.fromEntries([...envLine.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  Object.assign(env, { DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG, BUILDX_BUILDER: runnerEnv.BUILDX_BUILDER });
  node = runnerEnv.BUILDSTAGE_NODE24;
}

const cliArgs = ['build', '--context', resolve(values.app), '--cache', values.cache, '--network', values.network, ...(values.target ? ['--target', values.target] : [])];

function timed(cmd, args, stderrFile) {
  return new Promise((res, rej) => {
    const fd = stderrFile ? openSync(stderrFile, 'w') : 'ignore';
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', stderrFile ? fd : 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (typeof fd === 'number') closeSync(fd);
      if (code !== 0) rej(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`));
      else res({ ms, out });
    });
  });
}

// the CLI's own argv for this build: run as is, rawjson on stderr kept in a file as the CLI does
const plan = JSON.parse(execFileSync(node, [cli, ...cliArgs, '--dry-run', '--json'], { cwd: root, env, encoding: 'utf8' }));
const [docker, ...plainArgs] = plan.argv;
const scratch = mkdtempSync(join(tmpdir(), 'bs-overhead-'));
const plainRawjson = join(scratch, 'plain.rawjson');
const runCli = () => timed(node, [cli, ...cliArgs]);
const runPlain = () => timed(docker, plainArgs, plainRawjson);

// warm: the first build of each fills the builder cache (and loads what node needs from disk)
await runCli();
await runPlain();

const pairs = [];
for (let i = 0; i < Number(values.runs); i++) {
  let c, p;
  if (i % 2 === 0) {
    c = await runCli();
    p = await runPlain();
  } else {
    p = await runPlain();
    c = await runCli();
  }
  const own = /own work (\d+)ms/.exec(c.out);
  pairs.push({ cliMs: c.ms, plainMs: p.ms, diffMs: c.ms - p.ms, ownMs: own ? Number(own[1]) : null });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const buildx = execFileSync('docker', ['buildx', 'version'], { env, encoding: 'utf8' }).trim();
const driver = /Driver:\s*(\S+)/.exec(execFileSync('docker', ['buildx', 'inspect'], { env, encoding: 'utf8' }))?.[1];
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
console.log(`${values.runner ? 'runner path' : 'default engine'}: ${buildx}, driver ${driver}, node ${nodeVersion}, dist ${values.dist}`);
console.log(`app ${values.app}${values.target ? ` (target ${values.target})` : ''}, --cache ${values.cache}, ${pairs.length} pairs, no-change rebuilds`);
console.log(`plain: ${plan.argv.join(' ')}`);
console.log('pair   cli ms  plain ms   diff ms  own work ms');
pairs.forEach((p, i) => console.log(`${String(i + 1).padStart(4)}  ${p.cliMs.toFixed(0).padStart(7)}  ${p.plainMs.toFixed(0).padStart(8)}  ${p.diffMs.toFixed(0).padStart(8)}  ${String(p.ownMs ?? '-').padStart(11)}`));
const medDiff = median(pairs.map((p) => p.diffMs));
const medRatio = median(pairs.map((p) => p.cliMs / p.plainMs));
console.log(`median: cli ${median(pairs.map((p) => p.cliMs)).toFixed(0)} ms, plain ${median(pairs.map((p) => p.plainMs)).toFixed(0)} ms, difference ${medDiff.toFixed(0)} ms (target ≤ 150), ratio ${medRatio.toFixed(2)}`);
if (values.json) console.log(JSON.stringify({ runner: values.runner, app: values.app, dist: values.dist, pairs, medianDiffMs: medDiff, medianRatio: medRatio }));
