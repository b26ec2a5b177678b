// Faults at ECR (issue 12 item 1), end to end against moto's ECR server through a fault
// proxy: ECR throttles (ThrottlingException for a number of calls) and the bundled lifecycle
// action retries with jitter to completion, the retries counted in the log; a cleanup killed
// mid-run (SIGKILL of `node dist/cli.js ecr cleanup`, then of the lifecycle action) and run
// again converges, and never deletes a kept, protected or index-referenced image.
import { BatchDeleteImageCommand, CreateRepositoryCommand, DescribeImagesCommand, PutImageCommand } from '@aws-sdk/client-ecr';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEcrClient } from '../../src/aws/ecr-client.js';
import { expectNoSecrets, readOutputs, type ActionRun } from '../helpers/action-runner.js';
import { ECR_THROTTLE, startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { startMoto, type Moto } from '../helpers/moto.js';

const ROOT = process.cwd();
const AWS_SECRET = `fault-aws-secret-${Date.now().toString(36)}`;
const AWS = { AWS_ACCESS_KEY_ID: 'AKIAFAULTTEST', AWS_SECRET_ACCESS_KEY: AWS_SECRET, AWS_REGION: 'us-east-1' };
Object.assign(process.env, AWS);
const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

let moto: Moto;
let proxy: FaultProxy;
beforeAll(async () => {
  moto = await startMoto();
}, 30_000);
afterAll(() => {
  (moto as Moto | undefined)?.stop(); // unset when the setup failed
});
afterEach(async () => {
  await (proxy as FaultProxy | undefined)?.close(); // unset when the setup failed
});

const direct = () => createEcrClient({ region: 'us-east-1', endpoint: moto.endpoint });

function manifest(seed: string): string {
  const digest = `sha256:${createHash('sha256').update(seed).digest('hex')}`;
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 10, digest },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 1000, digest }]
  });
}

/** `count` images tagged sha-0.. (oldest first), one of them also the child of a `release` index, and a buildcache image. */
async function seed(repo: string, count: number): Promise<{ byTag: Map<string, string>; indexDigest: string }> {
  const c = direct();
  await c.send(new CreateRepositoryCommand({ repositoryName: repo }));
  const byTag = new Map<string, string>();
  const put = async (tag: string | undefined, body: string, mediaType = MANIFEST) => {
    const out = await c.send(
      new PutImageCommand({ repositoryName: repo, imageManifest: body, imageManifestMediaType: mediaType, ...(tag ? { imageTag: tag } : {}) })
    );
    return out.image?.imageId?.imageDigest as string;
  };
  byTag.set('buildcache', await put('buildcache', manifest(`${repo}-cache`)));
  for (let i = 0; i < count; i++) byTag.set(`sha-${i}`, await put(`sha-${i}`, manifest(`${repo}-${i}`)));
  // a multi-platform release whose child is the old sha-10 image: the policy would expire sha-10, the index keeps it
  const child = byTag.get('sha-10') as string;
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: INDEX,
    manifests: [{ mediaType: MANIFEST, digest: child, size: 400, platform: { os: 'linux', architecture: 'amd64' } }]
  });
  const indexDigest = await put('release', index, INDEX);
  return { byTag, indexDigest };
}

async function digestsIn(repo: string): Promise<Set<string>> {
  const out = new Set<string>();
  let nextToken: string | undefined;
  do {
    const r = await direct().send(new DescribeImagesCommand({ repositoryName: repo, nextToken, maxResults: 1000 }));
    for (const d of r.imageDetails ?? []) if (d.imageDigest) out.add(d.imageDigest);
    nextToken = r.nextToken;
  } while (nextToken);
  return out;
}

interface Proc {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs a bundled entry point; `killWhen` resolving SIGKILLs it. */
function run(args: string[], env: Record<string, string>, killWhen?: Promise<void>): Promise<Proc> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, ...AWS, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  void killWhen?.then(() => child.kill('SIGKILL'));
  return new Promise((resolve) =>
    child.on('close', (status, signal) => {
      resolve({ status, signal, stdout, stderr });
    })
  );
}

function lifecycleAction(
  inputs: Record<string, string>,
  endpoint: string,
  killWhen?: Promise<void>
): Promise<Proc & { outputs: Record<string, string>; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bs-fault-ecr-'));
  const [output, summary] = [join(dir, 'output'), join(dir, 'summary.md')];
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: dir, BUILDSTAGE_ECR_ENDPOINT: endpoint };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return run([join(ROOT, 'dist/ecr-lifecycle.js')], env, killWhen).then((p) => ({
    ...p,
    outputs: readOutputs(output),
    summary: readFileSync(summary, 'utf8')
  }));
}

const asRun = (p: Proc & { outputs?: Record<string, string>; summary?: string }): ActionRun => ({
  status: p.status,
  stdout: p.stdout,
  stderr: p.stderr,
  outputs: p.outputs ?? {},
  summary: p.summary ?? '',
  dir: ''
});

test('ECR throttles: every throttled call is retried with jitter to completion, and the log counts the retries', async () => {
  const repo = `shop/fault-throttle-${Date.now().toString(36)}`;
  const { byTag } = await seed(repo, 130);
  proxy = await startFaultProxy(`127.0.0.1:${moto.port}`, [
    { match: /GetLifecyclePolicy/, action: ECR_THROTTLE, count: 2 },
    { match: /PutLifecyclePolicy/, action: ECR_THROTTLE, count: 1 },
    { match: /DescribeImages/, action: ECR_THROTTLE, count: 3 },
    { match: /BatchDeleteImage/, action: ECR_THROTTLE, count: 4 }
  ]);
  const r = await lifecycleAction(
    { mode: 'apply-and-cleanup', repositories: repo, keep: 'sha-*:5', 'protect-tags': 'sha-3', 'dry-run': 'false', summary: 'true' },
    proxy.url
  );
  const throttled = proxy.requests().filter((q) => q.fault === '400');
  expect(throttled).toHaveLength(10);
  expect(r.stdout).not.toMatch(/::error/);
  expect(r.status).toBe(0);
  // one line per retry, with its wait (full jitter: a random share of the backoff), and the count
  const retryLines = r.stdout.split('\n').filter((l) => /^ECR \w+: ThrottlingException; retry \d in \d+ ms$/.test(l));
  expect(retryLines).toHaveLength(10);
  expect(r.stdout).toContain(
    'ECR throttled or failed 10 calls, retried with jittered backoff to completion (GetLifecyclePolicy ×2, PutLifecyclePolicy ×1, DescribeImages ×3, BatchDeleteImage ×4)'
  );
  expect(r.summary).toContain('retried with jittered backoff to completion');
  // completed: everything the policy expires is gone, nothing else
  const left = await digestsIn(repo);
  const kept = ['buildcache', 'sha-3', 'sha-10', ...[125, 126, 127, 128, 129].map((i) => `sha-${i}`)].map((t) => byTag.get(t) as string);
  for (const d of kept) expect(left.has(d)).toBe(true);
  expect(left.size).toBe(kept.length + 1); // + the release index
  expect(r.outputs['expired-count']).toBe(String(130 - 5 - 2));
  expectNoSecrets(asRun(r), { 'AWS secret key': AWS_SECRET });
}, 180_000);

test('a cleanup killed mid-run (the CLI, then the lifecycle action) and run again converges, and never deletes a kept, protected or index-referenced image', async () => {
  const repo = `shop/fault-kill-${Date.now().toString(36)}`;
  const { byTag, indexDigest } = await seed(repo, 320);
  const kept = new Set(
    ['buildcache', 'sha-3', 'sha-10', ...[315, 316, 317, 318, 319].map((i) => `sha-${i}`)].map((t) => byTag.get(t) as string).concat(indexDigest)
  );
  const all = await digestsIn(repo);
  expect(all.size).toBe(322);
  const args = ['cleanup', '--repository', repo, '--keep', 'sha-*:5', '--protect-tags', 'sha-3', '--region', 'us-east-1'];

  // 1. the CLI is killed while its second batch of deletions is on the way
  proxy = await startFaultProxy(`127.0.0.1:${moto.port}`, [{ match: /BatchDeleteImage/, after: 1, count: 1, action: 'stall' }]);
  const killed = await run([join(ROOT, 'dist/cli.js'), 'ecr', ...args, '--endpoint', proxy.url], {}, proxy.faulted());
  expect(killed.signal).toBe('SIGKILL');
  const afterKill = await digestsIn(repo);
  expect(afterKill.size).toBe(322 - 100);
  for (const d of kept) expect(afterKill.has(d)).toBe(true);
  await proxy.close();

  // 2. the lifecycle action is killed the same way, one batch further
  proxy = await startFaultProxy(`127.0.0.1:${moto.port}`, [{ match: /BatchDeleteImage/, after: 1, count: 1, action: 'stall' }]);
  const action = await lifecycleAction(
    { mode: 'cleanup', repositories: repo, keep: 'sha-*:5', 'protect-tags': 'sha-3', 'dry-run': 'false' },
    proxy.url,
    proxy.faulted()
  );
  expect(action.signal).toBe('SIGKILL');
  const afterSecondKill = await digestsIn(repo);
  expect(afterSecondKill.size).toBe(322 - 200);
  for (const d of kept) expect(afterSecondKill.has(d)).toBe(true);
  await proxy.close();

  // an image deleted behind the cleanup's back between its listing and its deletion is not an error
  await direct().send(new BatchDeleteImageCommand({ repositoryName: repo, imageIds: [{ imageTag: 'sha-20' }] }));

  // 3. run again, undisturbed: it converges
  const again = await run([join(ROOT, 'dist/cli.js'), 'ecr', ...args, '--endpoint', moto.endpoint, '--json'], {});
  expect(again.stderr).not.toMatch(/error/i);
  expect(again.status).toBe(0);
  const [result] = JSON.parse(again.stdout) as Array<{ failures: unknown[]; deleted: string[] }>;
  expect(result.failures).toEqual([]);
  const final = await digestsIn(repo);
  expect([...final].sort()).toEqual([...kept].sort());
  // and once more: nothing left to do
  const idle = await run([join(ROOT, 'dist/cli.js'), 'ecr', ...args, '--endpoint', moto.endpoint, '--json'], {});
  expect((JSON.parse(idle.stdout) as Array<{ expiring: unknown[] }>)[0].expiring).toEqual([]);
  // nothing that had to stay was ever deleted: every image gone was one the policy expires
  for (const d of all) if (!final.has(d)) expect(kept.has(d)).toBe(false);
  expectNoSecrets([asRun(killed), asRun(action), asRun(again)], { 'AWS secret key': AWS_SECRET });
}, 240_000);
