// Apply and cleanup through aws-sdk-client-mock, on response shapes copied from real ECR
// responses: pagination with nextToken, 100-id batches, per-item failures, throttling.
import {
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  LifecyclePolicyNotFoundException,
  PutLifecyclePolicyCommand
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { applyPolicy, policiesEqual } from '../../../src/ecr/apply.js';
import { runCleanup, type CleanupOptions } from '../../../src/ecr/cleanup.js';
import { buildPolicy } from '../../../src/ecr/policy-from-inputs.js';
import { renderCleanupMarkdown } from '../../../src/ecr/render-summary.js';

const ecr = mockClient(ECRClient);
const client = new ECRClient({ region: 'eu-west-1' });
const NOW = new Date('2026-11-24T12:00:00Z');
const noSleep = { sleep: () => Promise.resolve() };
beforeEach(() => ecr.reset());

const digest = (i: number) => `sha256:${i.toString(16).padStart(64, '0')}`;
/** n images, newest first in time: image i pushed i hours before NOW, tagged sha-i (every 3rd untagged). */
function imageDetails(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    registryId: '123456789012',
    repositoryName: 'shop/api',
    imageDigest: digest(i),
    imageTags: i % 3 === 2 ? undefined : [`sha-${i}`],
    imageSizeInBytes: 50_000_000,
    imagePushedAt: new Date(NOW.getTime() - (i + 1) * 3_600_000 * 24),
    imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactMediaType: 'application/vnd.oci.image.config.v1+json'
  }));
}

function servePages(all: ReturnType<typeof imageDetails>) {
  ecr.on(DescribeImagesCommand).callsFake((input: { nextToken?: string; maxResults?: number }) => {
    const start = input.nextToken ? Number(input.nextToken) : 0;
    const size = input.maxResults ?? 100;
    const page = all.slice(start, start + size);
    return { imageDetails: page, ...(start + size < all.length ? { nextToken: String(start + size) } : {}) };
  });
}

const policy = buildPolicy({ keep: 'sha-*:10', untaggedDays: 7, keepAny: null, protect: ['buildcache*', 'latest'] });
const opts = (over: Partial<CleanupOptions> = {}): CleanupOptions => ({
  include: [],
  exclude: [],
  repositories: ['shop/api'],
  policy,
  protectTags: [],
  protectDigests: [],
  dryRun: false,
  concurrency: 2,
  now: NOW,
  retry: noSleep,
  ...over
});

test('2,345 images: ceil(n/1000) DescribeImages pages and ceil(deletions/100) BatchDeleteImage calls', async () => {
  const all = imageDetails(2345);
  servePages(all);
  ecr.on(BatchDeleteImageCommand).callsFake((input: { imageIds: Array<{ imageDigest: string }> }) => ({ imageIds: input.imageIds, failures: [] }));
  const [r] = await runCleanup(client, opts());
  const tagged = all.filter((i) => i.imageTags).length;
  const untaggedOld = all.filter((i) => !i.imageTags && NOW.getTime() - i.imagePushedAt.getTime() > 7 * 86_400_000).length;
  expect(r.expiring.length).toBe(tagged - 10 + untaggedOld);
  expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(Math.ceil(2345 / 1000));
  expect(ecr.commandCalls(BatchDeleteImageCommand)).toHaveLength(Math.ceil(r.expiring.length / 100));
  expect(ecr.commandCalls(BatchDeleteImageCommand).every((c) => c.args[0].input.imageIds!.length <= 100)).toBe(true);
  expect(r.deleted).toHaveLength(r.expiring.length);
  expect(r.bytes).toBe(r.expiring.length * 50_000_000);
});

test('dry run deletes nothing and reports the same images', async () => {
  servePages(imageDetails(30));
  const [r] = await runCleanup(client, opts({ dryRun: true }));
  expect(r.expiring.length).toBeGreaterThan(0);
  expect(ecr.commandCalls(BatchDeleteImageCommand)).toHaveLength(0);
  expect(renderCleanupMarkdown([r])).toMatch(/dry run: nothing deleted[\s\S]*would be deleted/);
});

test('per-item failures are reported; ImageNotFound (a re-run after an interruption) is not a failure', async () => {
  servePages(imageDetails(20));
  ecr.on(BatchDeleteImageCommand).callsFake((input: { imageIds: Array<{ imageDigest: string }> }) => ({
    imageIds: input.imageIds.slice(2),
    failures: [
      { imageId: input.imageIds[0], failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
      { imageId: input.imageIds[1], failureCode: 'ImageReferencedByManifestList', failureReason: 'Requested image is referenced by an image index' }
    ]
  }));
  const [r] = await runCleanup(client, opts());
  expect(r.alreadyGone).toHaveLength(1);
  expect(r.failures).toEqual([expect.objectContaining({ failureCode: 'ImageReferencedByManifestList' })]);
  expect(renderCleanupMarkdown([r])).toContain('ImageReferencedByManifestList');
});

test('protected tags and digests are never deleted', async () => {
  const all = imageDetails(40);
  servePages(all);
  ecr.on(BatchDeleteImageCommand).callsFake((input: { imageIds: Array<{ imageDigest: string }> }) => ({ imageIds: input.imageIds }));
  const [r] = await runCleanup(client, opts({ protectTags: ['sha-39'], protectDigests: [digest(38)] }));
  const deleted = ecr.commandCalls(BatchDeleteImageCommand).flatMap((c) => c.args[0].input.imageIds!.map((x) => x.imageDigest));
  expect(deleted).not.toContain(digest(39));
  expect(deleted).not.toContain(digest(38));
  expect(r.deleted.length).toBeGreaterThan(0);
});

test('image indexes are read 100 per BatchGetImage call, and their children survive', async () => {
  const idx = Array.from({ length: 150 }, (_, i) => ({
    imageDigest: digest(100000 + i),
    imageTags: [`v${i}`],
    imagePushedAt: new Date(NOW.getTime() - i * 60_000),
    imageSizeInBytes: 1000,
    imageManifestMediaType: 'application/vnd.oci.image.index.v1+json'
  }));
  const child = {
    imageDigest: digest(5),
    imagePushedAt: new Date('2020-01-01T00:00:00Z'),
    imageSizeInBytes: 1,
    imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json'
  };
  ecr.on(DescribeImagesCommand).resolves({ imageDetails: [...idx, child] });
  ecr.on(BatchGetImageCommand).callsFake((input: { imageIds: Array<{ imageDigest: string }> }) => ({
    images: input.imageIds.map((id) => ({
      imageId: id,
      imageManifest: JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ digest: digest(5), platform: { os: 'linux', architecture: 'amd64' } }]
      }),
      imageManifestMediaType: 'application/vnd.oci.image.index.v1+json'
    })),
    failures: []
  }));
  const p = buildPolicy({ keep: 'v*:200', untaggedDays: 1, keepAny: null, protect: [] });
  const [r] = await runCleanup(client, opts({ policy: p, dryRun: true }));
  expect(ecr.commandCalls(BatchGetImageCommand)).toHaveLength(2);
  expect(r.expiring.map((e) => e.imageDigest)).not.toContain(digest(5));
});

test('throttling on DescribeImages is retried', async () => {
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
  ecr
    .on(DescribeImagesCommand)
    .rejectsOnce(throttled)
    .resolves({ imageDetails: imageDetails(5) });
  const [r] = await runCleanup(client, opts({ dryRun: true }));
  expect(r.note).toBeNull();
  expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(2);
});

test('a repository without a policy (LifecyclePolicyNotFoundException) is skipped with a note', async () => {
  ecr.on(GetLifecyclePolicyCommand).rejects(
    new LifecyclePolicyNotFoundException({
      message: "Lifecycle policy does not exist for the repository with name 'shop/api' in the registry with id '123456789012'",
      $metadata: {}
    })
  );
  const [r] = await runCleanup(client, opts({ policy: null }));
  expect(r.note).toMatch(/no lifecycle policy/);
  expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(0);
});

test('repositories are chosen by include/exclude patterns across pages', async () => {
  ecr
    .on(DescribeRepositoriesCommand)
    .resolvesOnce({ repositories: [{ repositoryName: 'shop/api' }, { repositoryName: 'shop/web' }], nextToken: 't1' })
    .resolves({ repositories: [{ repositoryName: 'shop/legacy' }, { repositoryName: 'tools/ci' }] });
  ecr.on(DescribeImagesCommand).resolves({ imageDetails: [] });
  const rs = await runCleanup(client, opts({ repositories: [], include: ['shop/*'], exclude: ['shop/legacy'], dryRun: true }));
  expect(rs.map((r) => r.repository)).toEqual(['shop/api', 'shop/web']);
});

describe('apply', () => {
  test('puts the policy when there is none', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'shop/api', imageTagMutability: 'MUTABLE' }] });
    ecr.on(GetLifecyclePolicyCommand).rejects(new LifecyclePolicyNotFoundException({ message: 'Lifecycle policy does not exist', $metadata: {} }));
    ecr.on(PutLifecyclePolicyCommand).resolves({ repositoryName: 'shop/api', registryId: '123456789012', lifecyclePolicyText: JSON.stringify(policy) });
    const r = await applyPolicy(client, 'shop/api', policy, { create: false, dryRun: false });
    expect(r.changed).toBe(true);
    expect(r.diff.every((l) => l.startsWith('+ '))).toBe(true);
    expect(JSON.parse(ecr.commandCalls(PutLifecyclePolicyCommand)[0].args[0].input.lifecyclePolicyText!)).toEqual(policy);
  });

  test('does not put a policy that differs only in rule order, list order and descriptions', async () => {
    const shuffled = { rules: [...policy.rules].reverse().map((r) => ({ ...r, description: 'other words' })) };
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'shop/api' }] });
    ecr.on(GetLifecyclePolicyCommand).resolves({ repositoryName: 'shop/api', lifecyclePolicyText: JSON.stringify(shuffled), lastEvaluatedAt: new Date() });
    const r = await applyPolicy(client, 'shop/api', policy, { create: false, dryRun: false });
    expect(r.changed).toBe(false);
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0);
    expect(policiesEqual(shuffled, policy)).toBe(true);
  });

  test('shows the difference and, in a dry run, changes nothing', async () => {
    const changed = buildPolicy({ keep: 'sha-*:20', untaggedDays: 7, keepAny: null, protect: ['buildcache*', 'latest'] });
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'shop/api' }] });
    ecr.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: JSON.stringify(policy) });
    const r = await applyPolicy(client, 'shop/api', changed, { create: false, dryRun: true });
    expect(r.changed).toBe(true);
    expect(r.diff).toEqual([expect.stringMatching(/^- priority 3: tagged sha-\*, keep 10/), expect.stringMatching(/^\+ priority 3: tagged sha-\*, keep 20/)]);
    expect(ecr.commandCalls(PutLifecyclePolicyCommand)).toHaveLength(0);
  });
});
