// Runs the bundled action the way the runner does: `node dist/index.js` with INPUT_*
// variables, a GITHUB_OUTPUT file and a GITHUB_STEP_SUMMARY file. Catches bundling bugs
// (ncc's ESM output) as well as wiring.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expectNoSecrets, readOutputs, runAction } from '../helpers/action-runner.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGISTRY, manifestDigest, registryUp } from '../helpers/registry.js';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'test/fixtures/apps/node-app');

describe('node dist/index.js', () => {
  test('dry-run sets the plan output and runs nothing', async () => {
    const repo = `e2e-dry-${Date.now().toString(36)}`;
    const r = await runAction({ context: FIXTURE, images: `${REGISTRY}/${repo}`, push: 'true', 'dry-run': 'true', secrets: 'NPM_TOKEN=s3cr3t-value' });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.outputs.plan);
    expect(plan.push).toBe(true);
    expect(plan.tags).toEqual([`${REGISTRY}/${repo}:main`, `${REGISTRY}/${repo}:latest`, `${REGISTRY}/${repo}:sha-1234567`]);
    expect(plan.argv.slice(0, 3)).toEqual(['docker', 'buildx', 'build']);
    expect(plan.argv).toContain('--push');
    expect(plan.cacheTo).toEqual([`type=registry,ref=${REGISTRY}/${repo}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`]);
    expect(plan.secrets).toEqual(['NPM_TOKEN']);
    expect(r.outputs.plan).not.toContain('s3cr3t-value');
    // the runner consumes ::add-mask:: itself; no other line may carry the value
    expect(r.stdout).toContain('::add-mask::s3cr3t-value');
    expectNoSecrets(r, { 'build secret': 's3cr3t-value' });
  });

  test('a real build sets every output and writes the timing summary', async () => {
    if (!(await registryUp())) throw new Error('registry not running: scripts/engine-up.sh');
    const repo = `e2e-action-${Date.now().toString(36)}`;
    const workspace = mkdtempSync(join(tmpdir(), 'bs-action-ws-'));
    cpSync(FIXTURE, join(workspace, 'app'), { recursive: true });
    // the context is relative to the workspace, as on a runner after actions/checkout
    const r = await runAction({ context: 'app', images: `${REGISTRY}/${repo}`, push: 'true', network: 'host', cache: 'registry' }, { workspace });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.status).toBe(0);
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs.digest).toBe(await manifestDigest(repo, 'main'));
    expect(r.outputs.tags.split('\n')).toEqual([`${REGISTRY}/${repo}:main`, `${REGISTRY}/${repo}:latest`, `${REGISTRY}/${repo}:sha-1234567`]);
    expect(Number(r.outputs['duration-seconds'])).toBeGreaterThan(0);
    expect(Number(r.outputs['cache-hit-ratio'])).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.image.digest).toBe(r.outputs.digest);
    expect(JSON.parse(r.outputs.metadata)['containerimage.digest']).toBe(r.outputs.digest);
    // the summary shows the stages of this Dockerfile and a gantt chart
    expect(r.summary).toContain('deps');
    expect(r.summary).toContain('runtime');
    expect(r.summary).toContain('```mermaid');
  }, 600_000);
});

test('the image size is of the image this build made: none for a local export, though the engine holds an image of the tag', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'bs-action-size-'));
  cpSync(FIXTURE, join(workspace, 'app'), { recursive: true });
  const tag = `${REGISTRY}/e2e-size-${Date.now().toString(36)}:local`;
  // the docker driver keeps this build's image in the engine: its size is reported
  const first = await runAction({ context: 'app', tags: tag, network: 'host', cache: 'none' }, { workspace });
  expect(first.status).toBe(0);
  const stored = JSON.parse(readFileSync(first.outputs.report, 'utf8'));
  expect(stored.image.sizeBytes).toBeGreaterThan(0);
  // the same tag exported to a directory: the engine's image of the tag is the first build's, not this one
  const dest = mkdtempSync(join(tmpdir(), 'bs-action-out-'));
  const local = await runAction({ context: 'app', tags: tag, network: 'host', cache: 'none', outputs: `type=local,dest=${dest}` }, { workspace });
  expect(local.stdout).not.toMatch(/::error::/);
  expect(local.status).toBe(0);
  expect(readdirSync(dest).length).toBeGreaterThan(0);
  expect(JSON.parse(readFileSync(local.outputs.report, 'utf8')).image.sizeBytes).toBeNull();
}, 600_000);

test('a failing build fails the step and the summary names the failing step and its log', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'bs-action-fail-'));
  cpSync(FIXTURE, join(workspace, 'app'), { recursive: true });
  writeFileSync(join(workspace, 'app/Dockerfile'), 'FROM debian:bookworm-slim\nRUN echo preparing && echo broken-on-purpose >&2 && exit 3\n');
  const r = await runAction({ context: 'app', tags: `${REGISTRY}/e2e-fail:1`, network: 'none', cache: 'none', load: 'true' }, { workspace });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/::error::buildx failed with: .*exit code: 3/);
  expect(r.summary).toMatch(/❌ failed/);
  expect(r.summary).toContain('broken-on-purpose');
  expect(r.summary).toMatch(/line 2/);
}, 120_000);

describe('the other bundled entry points load and run', () => {
  test.each(['build', 'report', 'compare', 'advise', 'ecr', 'changed'])('node dist/cli.js %s --help', (cmd) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), cmd, '--help'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/Error|require is not defined/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: node dist\/cli\.js/);
  });

  test('node dist/ecr-lifecycle.js validates a policy from simple inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-ecr-action-'));
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/ecr-lifecycle.js')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, INPUT_MODE: 'validate', INPUT_KEEP: 'v*:10, main-*:5', 'INPUT_UNTAGGED-DAYS': '14' }
    });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.status).toBe(0);
    const policy = JSON.parse(readOutputs(outputFile).policy);
    expect(
      policy.rules.map((x: { selection: { tagPatternList?: string[]; tagStatus: string } }) => x.selection.tagPatternList?.[0] ?? x.selection.tagStatus)
    ).toEqual(['buildcache*', 'latest', 'v*', 'main-*', 'untagged']);
  });

  test('node dist/ecr-lifecycle.js names a bad input', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/ecr-lifecycle.js')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INPUT_MODE: 'validate', INPUT_KEEP: 'v*' }
    });
    expect(r.stdout).toMatch(/::error::Input "keep": "v\*" is not PATTERN:COUNT/);
    expect(r.status).toBe(1);
  });
});
