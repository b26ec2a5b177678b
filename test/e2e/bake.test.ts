// Many images in one `docker buildx bake` (issue 18), for real: examples/compose (api and
// worker: one build, two services; storefront: its own; postgres/redis pulled only) baked
// once on both engine paths, pushed to 127.0.0.1:5000 with a registry cache per target.
// Proves: every target's digest is in the registry under its computed tags; the steps
// api and worker share ran once and are reported once with both targets; one report per
// target; `targets: changed` builds only what changed and says why the rest was skipped;
// bad input fails with one line naming the input and builds nothing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli.js';
import { memoryIO } from '../../src/cli/io.js';
import type { BakeTiming } from '../../src/bake/split.js';
import type { TimingReport } from '../../src/timing/types.js';
import { runnerPath } from '../helpers/action-runner.js';
import { REGISTRY, manifestDigest } from '../helpers/registry.js';

const ROOT = process.cwd();
const id = Date.now().toString(36);

function paths() {
  const out: Array<[string, NodeJS.ProcessEnv]> = [['default engine (buildx 0.13, docker driver)', { ...process.env }]];
  try {
    const rp = runnerPath();
    out.push(['runner path (buildx 0.29, docker-container)', { ...process.env, DOCKER_CONFIG: rp.dockerConfig, BUILDX_BUILDER: rp.builder }]);
  } catch {
    // the runner path is not set up on this machine: the default engine only
  }
  return out;
}

async function cli(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT) {
  const io = memoryIO({ env, cwd });
  const code = await runCli(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe.each(paths())('%s', (label, env) => {
  const ns = `e2e-bake-${id}-${label.startsWith('runner') ? 'rp' : 'de'}`;
  const dir = mkdtempSync(join(tmpdir(), 'bs-bake-'));
  let r: { code: number; out: string; err: string };
  let results: Record<string, { digest: string | null; tags: string[] }>;
  beforeAll(async () => {
    r = await cli(
      ['bake', '--file', 'examples/compose/compose.yml', '--push', '--cache', 'registry', '--network', 'host', '--report-json', dir, '--summary-md', join(dir, 'summary.md'), '--json',
        ...['api', 'worker', 'storefront'].flatMap((t) => ['--image', `${t}=${REGISTRY}/${ns}/${t}`])],
      env
    );
    const last = r.out.trim().split('\n').pop() ?? '{}';
    results = r.code === 0 ? JSON.parse(last).targets : {};
  }, 600_000);

  test('one bake builds and pushes every target with a build section, each under its computed tags', async () => {
    expect(r.err.slice(-2000)).not.toMatch(/^error:/m);
    expect(r.code).toBe(0);
    expect(Object.keys(results).sort()).toEqual(['api', 'storefront', 'worker']);
    for (const [t, x] of Object.entries(results)) {
      expect(x.digest).toMatch(/^sha256:/);
      expect(x.tags.length).toBeGreaterThan(0);
      for (const tag of x.tags) expect(await manifestDigest(`${ns}/${t}`, tag.split(':').pop() as string)).toBe(x.digest);
      // a registry cache of its own next to each image
      expect(await manifestDigest(`${ns}/${t}`, 'buildcache')).toMatch(/^sha256:/);
    }
    // postgres and redis only pull: never built, never pushed
    expect(r.err).not.toMatch(/\[(postgres|redis)[ \]]/);
    // one bake call
    expect(r.err.match(/^== docker buildx bake /gm)).toHaveLength(1);
  });

  test('the shared steps ran once and are reported once, with the targets they served', () => {
    const bake = JSON.parse(readFileSync(join(dir, 'bake-timing.json'), 'utf8')) as BakeTiming;
    const install = bake.shared.filter((s) => /npm ci/.test(s.instruction));
    expect(install).toHaveLength(1);
    expect(install[0].targets.sort()).toEqual(['api', 'worker']);
    const api = JSON.parse(readFileSync(join(dir, 'api.json'), 'utf8')) as TimingReport;
    const worker = JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')) as TimingReport;
    const store = JSON.parse(readFileSync(join(dir, 'storefront.json'), 'utf8')) as TimingReport;
    const d = (rep: TimingReport) => rep.steps.find((s) => /npm ci/.test(s.instruction))?.digest;
    expect(d(api)).toBeDefined();
    expect(d(api)).toBe(d(worker));
    expect(d(store)).toBeUndefined();
    expect(bake.steps.distinct).toBeLessThan([api, worker, store].reduce((a, x) => a + x.steps.filter((s) => !/^FROM/.test(s.instruction)).length, 0));
    const md = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(md).toMatch(/Bake: 3 targets in one build/);
    for (const t of ['api', 'worker', 'storefront']) expect(md).toContain(`<code>${t}</code>`);
    expect(md).toMatch(/Shared steps/);
  });
});

describe('targets: changed (default engine)', () => {
  test('only the target whose inputs changed is built; the others say why they were skipped', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'bs-bake-git-'));
    cpSync(join(ROOT, 'examples/compose'), repo, { recursive: true });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'storefront/src/server.js'), readFileSync(join(repo, 'storefront/src/server.js'), 'utf8') + '\n// changed\n');
    writeFileSync(join(repo, 'README.txt'), 'docs only\n');
    git('commit', '-qam', 'storefront change');
    git('add', '.');
    git('commit', '-qm', 'docs');
    const ns = `e2e-bake-${id}-changed`;
    const r = await cli(
      ['bake', '--file', 'compose.yml', '--targets', 'changed', '--base', 'HEAD~2', '--push', '--cache', 'registry', '--network', 'host', '--json', ...['api', 'worker', 'storefront'].flatMap((t) => ['--image', `${t}=${REGISTRY}/${ns}/${t}`])],
      { ...process.env },
      repo
    );
    expect(r.err.slice(-1500)).not.toMatch(/^error:/m);
    expect(r.code).toBe(0);
    const targets = JSON.parse(r.out.trim().split('\n').pop() as string).targets;
    expect(targets.storefront.digest).toMatch(/^sha256:/);
    expect(targets.api.skipped).toMatch(/^skipped: nothing it builds from changed since HEAD~2 \(backend\/Dockerfile, backend\/package.json/);
    expect(targets.worker.skipped).toMatch(/^skipped:/);
    expect(await manifestDigest(`${ns}/api`, 'buildcache')).toBeNull();
    expect(r.out).toMatch(/skip api: skipped: nothing it builds from changed/);
  }, 600_000);
});

describe('bad input: one line naming the input, nothing built', () => {
  const bad = mkdtempSync(join(tmpdir(), 'bs-bake-bad-'));
  writeFileSync(join(bad, 'compose.yml'), 'services:\n  db:\n    image: postgres:16-alpine\n  cache:\n    image: redis:7-alpine\n');
  writeFileSync(join(bad, 'docker-bake.hcl'), 'target "api" {\n  context = "."\n');
  const cases: Array<[string, string[], RegExp]> = [
    ['a compose file without build sections', ['--file', join(bad, 'compose.yml')], /^error: Input "bake": the definition has no target to build/],
    ['an unknown target', ['--file', 'examples/compose/compose.yml', '--targets', 'api,nope'], /^error: Input "targets": unknown target "nope"/],
    ['a bake file that does not parse', ['--file', join(bad, 'docker-bake.hcl')], /^error: Input "bake": buildx could not read .*docker-bake\.hcl: .*docker-bake\.hcl:1,.*Unclosed configuration block/]
  ];
  test.each(cases)('%s', async (_name, args, message) => {
    const r = await cli(['bake', ...args, '--push', '--network', 'host'], { ...process.env });
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    // the bake itself never started
    expect(r.err).not.toMatch(/^== docker buildx bake /m);
  }, 60_000);
});
