// The build action's core against the real engine and registry: a cold build pushed
// with the registry cache; the builder's cache pruned; one source file changed; a
// rebuild that gets every dependency step back from the registry cache alone.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import type { TimingReport } from '../../src/timing/types.js';
import { listTags, manifestDigest, REGISTRY, registryUp } from '../helpers/registry.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/apps/node-app');
jest.setTimeout(600_000);

function pruneBuilder(): void {
  execFileSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore' });
}

async function build(dir: string, tag: string, reportPath: string, extra: string[] = []) {
  const io = memoryIO({ env: process.env, cwd: dir });
  const code = await runCli(
    ['build', '--context', dir, '--tag', tag, '--push', '--cache', 'registry', '--network', 'host', '--report-json', reportPath, ...extra],
    io
  );
  const out = io.out.join('');
  const digest = /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1] ?? null;
  return { code, out, err: io.err.join(''), digest, report: code === 0 ? (JSON.parse(readFileSync(reportPath, 'utf8')) as TimingReport) : null };
}

const isDependencyStep = (instruction: string) => /npm ci|COPY package\.json/.test(instruction);

describe('build with the registry cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-e2e-'));
  const repo = `e2e-build-${Date.now().toString(36)}`;
  const image = `${REGISTRY}/${repo}`;
  let cold: Awaited<ReturnType<typeof build>>;
  let warm: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    if (!(await registryUp())) throw new Error(`registry ${REGISTRY} is not running: run scripts/engine-up.sh`);
    cpSync(FIXTURE, dir, { recursive: true });
    pruneBuilder();
    cold = await build(dir, `${image}:v1`, join(dir, 'cold.json'));
    pruneBuilder();
    writeFileSync(join(dir, 'src/server.js'), readFileSync(join(dir, 'src/server.js'), 'utf8') + '\nconsole.log("changed");\n');
    warm = await build(dir, `${image}:v2`, join(dir, 'warm.json'));
  });

  test('the cold build succeeds and runs its dependency steps', () => {
    expect(cold.err).not.toMatch(/^error:/m);
    expect(cold.code).toBe(0);
    const deps = cold.report!.steps.filter((s) => isDependencyStep(s.instruction));
    expect(deps.length).toBeGreaterThan(0);
    expect(deps.every((s) => !s.cached)).toBe(true);
  });

  test('after a prune and a source change, every dependency step comes back from the registry cache', () => {
    expect(warm.code).toBe(0);
    const deps = warm.report!.steps.filter((s) => isDependencyStep(s.instruction));
    expect(deps.length).toBeGreaterThan(0);
    expect(deps.filter((s) => !s.cached).map((s) => s.name)).toEqual([]);
    const changed = warm.report!.steps.find((s) => s.instruction.startsWith('COPY src'));
    expect(changed?.cached).toBe(false);
    expect(warm.report!.phases.cacheImportMs).toBeGreaterThan(0);
  });

  test('the pushed digest is the registry manifest digest', async () => {
    expect(cold.digest).toBe(await manifestDigest(repo, 'v1'));
    expect(warm.digest).toBe(await manifestDigest(repo, 'v2'));
    expect(warm.digest).not.toBe(cold.digest);
  });

  test('the tags and the build cache are listed in the registry', async () => {
    const tags = await listTags(repo);
    expect(tags).toEqual(expect.arrayContaining(['v1', 'v2', 'buildcache']));
  });

  test('the report agrees with the build: total at least the slowest step, image size known', () => {
    const r = warm.report!;
    expect(r.durationMs).toBeGreaterThanOrEqual(Math.max(...r.steps.map((s) => s.durationMs)));
    expect(r.image.digest).toBe(warm.digest);
    expect(r.image.sizeBytes).toBeGreaterThan(1_000_000);
  });
});

describe('bad input stops before anything is built or pushed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-e2e-bad-'));
  beforeAll(() => {
    cpSync(FIXTURE, dir, { recursive: true });
  });

  async function fails(args: string[], env: NodeJS.ProcessEnv = process.env) {
    const io = memoryIO({ env, cwd: dir });
    const code = await runCli(['build', '--context', dir, '--network', 'host', ...args], io);
    return { code, err: io.err.join('') };
  }

  test('an unreachable registry is named, and nothing is pushed', async () => {
    const r = await fails(['--tag', '127.0.0.1:5999/nothing:1', '--push']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/registry 127\.0\.0\.1:5999 is unreachable/);
    expect(r.err).not.toMatch(/docker buildx build/);
  });

  test('no buildx gives the fix', async () => {
    const r = await fails(['--tag', `${REGISTRY}/x:1`], { ...process.env, PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/docker buildx is not available.*setup-buildx-action/);
  });

  test('a missing Dockerfile names the input', async () => {
    const r = await fails(['--file', join(dir, 'Nope.Dockerfile'), '--tag', `${REGISTRY}/x:1`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Input "file": no Dockerfile at .*Nope\.Dockerfile/);
  });

  test('an uppercase tag names the input and the lowercase fix', async () => {
    const r = await fails(['--tag', `${REGISTRY}/MyApp:1`, '--push']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Input "tags": .*uppercase.*myapp/);
  });
});

test('a cache export that fails is a warning in the log and the report, and the build succeeds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-e2e-ce-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const io = memoryIO({ env: process.env, cwd: dir });
  const reportPath = join(dir, 'r.json');
  const code = await runCli(
    [
      'build',
      '--context',
      dir,
      '--tag',
      `${REGISTRY}/e2e-cache-export:1`,
      '--push',
      '--cache',
      'registry',
      '--cache-ref',
      '127.0.0.1:5999/nowhere:buildcache',
      '--network',
      'host',
      '--report-json',
      reportPath
    ],
    io
  );
  expect(io.err.join('')).not.toMatch(/^error:/m);
  expect(code).toBe(0);
  expect(io.err.join('')).toMatch(/warning: cache export failed/);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as TimingReport;
  expect(report.warnings.some((w) => /cache export failed/.test(w))).toBe(true);
});
