// Build records on the runner path: the bundled action (`node dist/index.js`, as the
// runner starts it) builds on the runner engine (buildx 0.29, a docker-container builder
// on BuildKit v0.34.2; `bash scripts/engine-up.sh --runner`), exports the build's record
// with the real `docker buildx history export`, and uploads it with @actions/artifact to
// a local artifact service (test/helpers/artifact-service.ts). On the default engine
// (buildx 0.13.1, no `buildx history`) the step is skipped quietly.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runAction, runnerPath, type ActionRun } from '../helpers/action-runner.js';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { REGISTRY, manifestDigest, registryUp } from '../helpers/registry.js';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'test/fixtures/apps/node-app');
/** Runs dist/index.js in a fresh workspace holding the fixture app (or `dockerfile` in its place). */
function runRecordAction(inputs: Record<string, string>, env: Record<string, string>, dockerfile?: string): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bs-record-'));
  cpSync(FIXTURE, join(dir, 'app'), { recursive: true });
  if (dockerfile) writeFileSync(join(dir, 'app/Dockerfile'), dockerfile);
  // no cache backend: with the artifact service's variables set, `auto` would pick gha
  return runAction({ context: 'app', network: 'host', cache: 'none', comment: 'never', ...inputs }, { workspace: dir, env });
}

/** The files of a (ustar) tar archive. */
function untar(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let off = 0; off + 512 <= buf.length;) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (a: number, b: number) => header.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
    const name = [field(345, 500), field(0, 100)].filter(Boolean).join('/');
    const size = parseInt(field(124, 136).trim() || '0', 8);
    if (field(156, 157) === '0' || field(156, 157) === '') files.set(name, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Opens a .dockerbuild: a gzipped OCI layout whose one manifest's config is BuildKit's history record. */
function openRecord(content: Buffer) {
  expect([content[0], content[1]]).toEqual([0x1f, 0x8b]);
  const files = untar(gunzipSync(content));
  const blob = (digest: string) => files.get(`blobs/${digest.replace(':', '/')}`) as Buffer;
  expect(JSON.parse(files.get('oci-layout')!.toString())).toEqual({ imageLayoutVersion: '1.0.0' });
  const index = JSON.parse(files.get('index.json')!.toString());
  const manifest = JSON.parse(blob(index.manifests[0].digest).toString());
  expect(manifest.config.mediaType).toBe('application/vnd.buildkit.historyrecord.v0');
  const record = JSON.parse(blob(manifest.config.digest).toString());
  const layerTypes = (manifest.layers as Array<{ mediaType: string; digest: string }>).map((l) => l.mediaType);
  // every blob the manifest names is in the file, byte for byte
  for (const l of manifest.layers as Array<{ digest: string; size: number }>) {
    expect(createHash('sha256').update(blob(l.digest)).digest('hex')).toBe(l.digest.slice('sha256:'.length));
  }
  return { record, layerTypes };
}

const refIdOf = (metadata: string) => (JSON.parse(metadata)['buildx.build.ref'] as string).split('/')[2];

describe('on the runner engine (buildx 0.29, docker-container builder)', () => {
  let runner: Record<string, string>;
  let svc: ArtifactService;
  beforeAll(() => {
    const rp = runnerPath();
    runner = { DOCKER_CONFIG: rp.dockerConfig, BUILDX_BUILDER: rp.builder };
  });
  beforeEach(async () => {
    svc = await startArtifactService({ run: 'run-backend-1', job: 'job-backend-7' });
  });
  afterEach(() => svc.close());

  test('a pushed build uploads its real build record, with the retention days, and the summary links it', async () => {
    if (!(await registryUp())) throw new Error('registry not running: scripts/engine-up.sh');
    const repo = `e2e-record-${Date.now().toString(36)}`;
    const before = Date.now();
    const r = await runRecordAction({ images: `${REGISTRY}/${repo}`, push: 'true' }, { ...runner, ...svc.env, DOCKER_BUILD_RECORD_RETENTION_DAYS: '5' });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.stdout).not.toMatch(/::warning::build record/);
    expect(r.status).toBe(0);
    expect(r.outputs.digest).toBe(await manifestDigest(repo, 'main'));
    const refId = refIdOf(r.outputs.metadata);

    // CreateArtifact, the blob's blocks and block list, FinalizeArtifact; with the job's token
    expect(svc.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    expect(svc.calls.every((c) => c.authorization === `Bearer ${svc.token}`)).toBe(true);
    expect(svc.blobRequests.at(-1)).toBe('PUT blocklist');
    expect(svc.blobRequests.filter((b) => b === 'PUT block').length).toBeGreaterThan(0);
    const [art] = svc.artifacts;
    expect(art).toMatchObject({
      id: 1,
      name: `acme~shop~${refId.slice(0, 6).toUpperCase()}.dockerbuild`,
      workflowRunBackendId: 'run-backend-1',
      workflowJobRunBackendId: 'job-backend-7',
      finalized: true
    });
    // DOCKER_BUILD_RECORD_RETENTION_DAYS=5 became an expiry five days out
    const days = (Date.parse(art.expiresAt!) - before) / 86_400_000;
    expect(days).toBeGreaterThan(4.99);
    expect(days).toBeLessThan(5.01);
    // the file itself (no zip around it), as finalized: size and sha256
    expect(art.content!.length).toBe(art.size);
    expect(art.hash).toBe(`sha256:${createHash('sha256').update(art.content!).digest('hex')}`);

    // a real record of this very build: BuildKit's history record with its trace and logs
    const { record, layerTypes } = openRecord(art.content!);
    expect(record.Ref).toBe(refId);
    expect(record.numCompletedSteps).toBe(record.numTotalSteps);
    expect(record.numTotalSteps).toBeGreaterThan(5);
    expect(layerTypes).toEqual(expect.arrayContaining(['application/vnd.buildkit.otlp.json.v0', 'application/vnd.buildkit.status.v0']));

    // the summary: the timing report, then the record's link relative to the run page and the builder
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).toContain('### Build record');
    expect(r.summary).toContain('<a href="./99/artifacts/1">');
    expect(r.summary).toContain(
      `builder <code>${runner.BUILDX_BUILDER}</code> (docker-container driver), record <code>${refId.slice(0, 6).toUpperCase()}</code>`
    );
    expect(r.stdout).toContain('build record: https://github.com/acme/shop/actions/runs/99/artifacts/1');
  }, 600_000);

  test('a failed build has no metadata file: its record is found in buildx refs and uploaded too', async () => {
    const r = await runRecordAction({ tags: 'e2e-record-fail:1' }, { ...runner, ...svc.env }, 'FROM node:20-bookworm-slim\nCOPY no-such-file /x\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::buildx failed with/);
    expect(svc.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const { record } = openRecord(svc.artifacts[0].content!);
    expect(svc.artifacts[0].name).toBe(`acme~shop~${String(record.Ref).slice(0, 6).toUpperCase()}.dockerbuild`);
    expect(record.error.message).toMatch(/"\/no-such-file": not found/);
    expect(r.summary).toContain('<a href="./99/artifacts/1">');
  }, 600_000);

  test('DOCKER_BUILD_RECORD_UPLOAD=false uploads nothing; the summary says why', async () => {
    const r = await runRecordAction({ tags: 'e2e-record:noupload' }, { ...runner, ...svc.env, DOCKER_BUILD_RECORD_UPLOAD: 'false' });
    expect(r.status).toBe(0);
    expect(svc.calls).toEqual([]);
    expect(svc.blobRequests).toEqual([]);
    expect(r.summary).toContain('was not uploaded: upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)');
    expect(r.summary).not.toContain('<a href="./99/artifacts/');
  }, 600_000);

  test('DOCKER_BUILD_SUMMARY=false: no build record, no record section', async () => {
    const r = await runRecordAction({ tags: 'e2e-record:nosummary' }, { ...runner, ...svc.env, DOCKER_BUILD_SUMMARY: 'false' });
    expect(r.status).toBe(0);
    expect(svc.calls).toEqual([]);
    expect(r.stdout).toContain('build record: disabled (DOCKER_BUILD_SUMMARY=false)');
    expect(r.summary).not.toContain('Build record');
    expect(r.summary).not.toContain('dockerbuild');
  }, 600_000);
});

test('on the default engine (buildx 0.13.1, docker driver) the record step is skipped quietly', async () => {
  const v = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  const version = /\bv?(\d+\.\d+\.\d+)/.exec(v.stdout)?.[1];
  expect(version).toBe('0.13.1'); // scripts/engine-up.sh's engine: Debian's buildx, no `buildx history`
  const svc = await startArtifactService();
  try {
    const r = await runRecordAction({ tags: 'e2e-record:old-buildx' }, svc.env);
    expect(r.status).toBe(0);
    expect(r.outputs.metadata).toContain('buildx.build.ref'); // a ref exists: only the version gate holds the record back
    expect(svc.calls).toEqual([]);
    expect(r.stdout).toContain('build record: needs buildx >= 0.23.0 (installed: 0.13.1)');
    expect(r.stdout).not.toMatch(/::warning::.*build record/i);
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).not.toContain('Build record');
  } finally {
    await svc.close();
  }
}, 600_000);
