// Benchmark (issue 16): what `node dist/cli.js build` adds to the very same `docker buildx build`
// on a no-change rebuild. The CLI prints the exact buildx argv in dry-run mode; that argv is
// run as is (rawjson stream to a file, as the CLI keeps it) as the plain side. After one warm
// build of each, they alternate N times (who goes first rotates); the machine is shared, so
// what counts is the median of the paired differences (CLI minus the plain build of the same
// round). Give --dist more than once to compare bundles (before/after) in the same rounds.
// BUILDSTAGE_TRACE=1 is set for the CLI: it prints when each of its parts ran; their medians are
// printed too (before the build code, facts, buildx and buildx minus the plain build, after buildx).
// Target: median difference ≤ 150 ms. This machine sets NODE_EXTRA_CA_CERTS (Node 20 parses the
// bundle at start, ~40 ms); GitHub runners do not: `env -u NODE_EXTRA_CA_CERTS node bench/...` for their case.
//
//   node bench/overhead-bench.mjs [--app examples/fastapi] [--target T] [--runs 9] [--cache none] [--network host] [--dist dist]...
//   node bench/overhead-bench.mjs --runner      # the runner path: docker-container builder, current buildx, Node 24
// Needs `bash scripts/engine-up.sh` (and `--runner` for the runner path) and a built dist/ (npm run bundle).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, pairedRounds, readRunnerEnv, timedRun } from './lib.mjs';

const { values } = parseArgs({
  options: {
    app: { type: 'string', default: 'examples/fastapi' },
    target: { type: 'string' },
    runs: { type: 'string', default: '9' },
    cache: { type: 'string', default: 'none' },
    network: { type: 'string', default: 'host' },
    dist: { type: 'string', multiple: true },
    runner: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
  }
});
const root = process.cwd();
const dists = values.dist?.length ? values.dist : ['dist'];

let node = process.execPath;
const env = { ...process.env, BUILDSTAGE_TRACE: '1' };
if (values.runner) {
  const runnerEnv = readRunnerEnv();
  Object.assign(env, { DOCKER_CONFIG: runnerEnv.DOCKER_CONFIG, BUILDX_BUILDER: runnerEnv.BUILDX_BUILDER });
  node = runnerEnv.BUILDSTAGE_NODE24;
}

const cliArgs = [
  'build',
  '--context',
  resolve(values.app),
  '--cache',
  values.cache,
  '--network',
  values.network,
  ...(values.target ? ['--target', values.target] : [])
];

// the CLI's own argv for this build: run as is, rawjson on stderr kept in a file as the CLI does
const plan = JSON.parse(execFileSync(node, [join(resolve(dists[0]), 'cli.js'), ...cliArgs, '--dry-run', '--json'], { cwd: root, env, encoding: 'utf8' }));
const [docker, ...plainArgs] = plan.argv;
const scratch = mkdtempSync(join(tmpdir(), 'bs-overhead-'));
const plainRawjson = join(scratch, 'plain.rawjson');
const sides = [
  { name: 'plain', run: () => timedRun(docker, plainArgs, { cwd: root, env, stderrFile: plainRawjson }) },
  ...dists.map((d) => ({ name: d, run: () => timedRun(node, [join(resolve(d), 'cli.js'), ...cliArgs], { cwd: root, env }) }))
];

// warm: the first build of each fills the builder cache (and loads what node needs from disk)
const rounds = await pairedRounds(sides, Number(values.runs), (r) => {
  const own = /own work (\d+)ms/.exec(r.out);
  const trace = /buildstage trace \(ms since node started\): (.*)/.exec(r.out);
  return { ms: r.ms, ownMs: own ? Number(own[1]) : null, trace: trace ? trace[1] : null };
});

const buildx = execFileSync('docker', ['buildx', 'version'], { env, encoding: 'utf8' }).trim();
const driver = /Driver:\s*(\S+)/.exec(execFileSync('docker', ['buildx', 'inspect'], { env, encoding: 'utf8' }))?.[1];
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
console.log(`${values.runner ? 'runner path' : 'default engine'}: ${buildx}, driver ${driver}, node ${nodeVersion}`);
console.log(`app ${values.app}${values.target ? ` (target ${values.target})` : ''}, --cache ${values.cache}, ${rounds.length} rounds, no-change rebuilds`);
console.log(`plain: ${plan.argv.join(' ')}`);
const summary = {};
for (const d of dists) {
  console.log(`\n${d}: round  cli ms  plain ms  diff ms  own work ms   trace (ms since node started)`);
  rounds.forEach((r, i) => {
    const c = r[d];
    console.log(
      `${String(i + 1).padStart(4 + d.length)}  ${c.ms.toFixed(0).padStart(6)}  ${r.plain.ms.toFixed(0).padStart(8)}  ${(c.ms - r.plain.ms).toFixed(0).padStart(7)}  ${String(c.ownMs ?? '-').padStart(11)}   ${c.trace ?? ''}`
    );
  });
  const diffs = rounds.map((r) => r[d].ms - r.plain.ms);
  const ratios = rounds.map((r) => r[d].ms / r.plain.ms);
  summary[d] = {
    medianDiffMs: Math.round(median(diffs)),
    medianRatio: Number(median(ratios).toFixed(2)),
    medianCliMs: Math.round(median(rounds.map((r) => r[d].ms))),
    medianPlainMs: Math.round(median(rounds.map((r) => r.plain.ms))),
    n: rounds.length
  };
  // where the difference goes: medians of the trace's phases (ms) over the rounds
  const phases = rounds
    .map((r) => {
      const t = Object.fromEntries((r[d].trace ?? '').split(', ').map((x) => [x.replace(/ \d+$/, ''), Number(/(\d+)$/.exec(x)?.[1])]));
      if (!Number.isFinite(t['buildx exit'])) return null;
      const buildx = t['buildx exit'] - t['buildx start'];
      return {
        beforeBuildCode: t['build start'],
        facts: t.facts - t['build start'],
        buildx,
        buildxMinusPlain: buildx - r.plain.ms,
        afterBuildx: r[d].ms - t['buildx exit']
      };
    })
    .filter(Boolean);
  if (phases.length) summary[d].phaseMediansMs = Object.fromEntries(Object.keys(phases[0]).map((k) => [k, Math.round(median(phases.map((p) => p[k])))]));
  console.log(
    `${d}: median cli ${summary[d].medianCliMs} ms, plain ${summary[d].medianPlainMs} ms, median of the paired differences ${summary[d].medianDiffMs} ms (target ≤ 150), ratio ${summary[d].medianRatio}, n ${rounds.length}`
  );
  if (summary[d].phaseMediansMs)
    console.log(
      `${d}: phase medians (ms): ${Object.entries(summary[d].phaseMediansMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`
    );
}
if (values.json) console.log(JSON.stringify({ runner: values.runner, app: values.app, summary, rounds }));
