// Benchmark (issue 16's yardstick): what each action adds to its own `docker buildx build`, on a
// no-change rebuild, buildstage's bundled action (dist/index.js) beside docker/build-push-action's
// (its dist/index.cjs, which you bring: it is not part of this project). Each action's plain side
// is `docker buildx build` with the very arguments it ran (ours from its dry-run `plan` output,
// build-push-action's from the `[command]` line it logs), through the docker CLI as a user would
// type it; build-push-action runs exactly that, ours spawns the docker-buildx plugin directly
// where it can, and that saving counts for it (as in overhead-bench.mjs). The four sides alternate in every round (who goes
// first rotates); what counts is the median of the paired differences, action minus its own plain
// build of the same round. Both run as a step would (INPUT_* with the action's defaults, a push to
// main), the same context and tag, no cache, no push, build summaries and record uploads off
// (DOCKER_BUILD_SUMMARY=false, DOCKER_BUILD_RECORD_UPLOAD=false: no runtime token here).
//
//   git -C <build-push-action clone> show HEAD:dist/index.cjs > /tmp/bpa.cjs
//   node bench/peer-bench.mjs --bpa /tmp/bpa.cjs [--runner] [--runs 11] [--app examples/fastapi]
// Needs `bash scripts/engine-up.sh` (and `--runner` for the runner path) and a built dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, pairedRounds, readRunnerEnv, timedRun } from './lib.mjs';

const { values } = parseArgs({
  options: {
    bpa: { type: 'string' },
    app: { type: 'string', default: 'examples/fastapi' },
    runs: { type: 'string', default: '11' },
    runner: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
  }
});
if (!values.bpa) throw new Error('--bpa: give the path of docker/build-push-action dist/index.cjs (git show HEAD:dist/index.cjs from its clone)');
const root = process.cwd();
const context = resolve(values.app);
const tag = '127.0.0.1:5000/peer-bench:main';
const scratch = mkdtempSync(join(tmpdir(), 'bs-peer-'));

let node = process.execPath;
const base = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_BUILD_SUMMARY: 'false', DOCKER_BUILD_RECORD_UPLOAD: 'false' };
if (values.runner) {
  const r = readRunnerEnv();
  Object.assign(base, { DOCKER_CONFIG: r.DOCKER_CONFIG, BUILDX_BUILDER: r.BUILDX_BUILDER });
  node = r.BUILDSTAGE_NODE24;
}

// a step's environment: a push to main of a public repository, its own output and summary files
let step = 0;
function stepEnv(inputs) {
  const dir = join(scratch, `step-${++step}`);
  execFileSync('mkdir', ['-p', dir]);
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main', private: false } }));
  const env = {
    ...base,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1'
  };
  for (const f of ['out', 'summary.md', 'state']) writeFileSync(join(dir, f), '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

// the defaults of each action.yml are what the runner passes when a step does not set them
const oursInputs = { context, tags: tag, network: 'host', cache: 'none', push: 'false', load: 'false' };
const bpaInputs = { context, tags: tag, network: 'host', push: 'false', load: 'false', 'no-cache': 'false', pull: 'false', 'github-token': '' };
const action = (file, env) => timedRun(node, [file], { cwd: root, env, failOnErrorAnnotation: true });
const ours = () => action(join(root, 'dist/index.js'), stepEnv(oursInputs));
const bpa = () => action(values.bpa, stepEnv(bpaInputs));

// each action's own buildx command line
const dry = stepEnv({ ...oursInputs, 'dry-run': 'true' });
await action(join(root, 'dist/index.js'), dry);
const planText = /^plan<<(\S+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(dry.GITHUB_OUTPUT, 'utf8'))?.[2];
if (!planText) throw new Error('our dry run set no plan output');
const oursArgv = JSON.parse(planText).argv.slice(1);
const bpaLog = (await bpa()).out;
const bpaLine = /\[command\]\S*docker (buildx build .*)$/m.exec(bpaLog)?.[1];
if (!bpaLine) throw new Error(`build-push-action logged no buildx command:\n${bpaLog.slice(-2000)}`);
const bpaArgv = bpaLine.split(' ');
const plainOurs = join(scratch, 'plain-ours.rawjson');
const sides = [
  { name: 'buildstage', run: ours },
  { name: 'buildstage plain', run: () => timedRun('docker', oursArgv, { cwd: root, env: base, stderrFile: plainOurs }) },
  { name: 'build-push-action', run: bpa },
  { name: 'build-push-action plain', run: () => timedRun('docker', bpaArgv, { cwd: root, env: base, stderrFile: join(scratch, 'plain-bpa.log') }) }
];
const rounds = await pairedRounds(sides, Number(values.runs));
const summary = {};
for (const name of ['buildstage', 'build-push-action']) {
  summary[name] = {
    medianMs: Math.round(median(rounds.map((r) => r[name]))),
    medianPlainMs: Math.round(median(rounds.map((r) => r[`${name} plain`]))),
    medianDiffMs: Math.round(median(rounds.map((r) => r[name] - r[`${name} plain`]))),
    n: rounds.length
  };
}
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
console.log(`${values.runner ? 'runner path' : 'default engine'}, node ${nodeVersion}, ${values.app}, no-change rebuilds, ${rounds.length} rounds`);
console.log(`buildstage plain:        docker ${oursArgv.join(' ')}`);
console.log(`build-push-action plain: docker ${bpaArgv.join(' ')}`);
for (const [name, s] of Object.entries(summary))
  console.log(`${name.padEnd(18)} median ${s.medianMs} ms, its plain buildx ${s.medianPlainMs} ms, median of the paired differences ${s.medianDiffMs} ms`);
if (values.json) console.log(JSON.stringify({ runner: values.runner, summary, rounds }));
