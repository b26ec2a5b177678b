// Scheduled cleanup: for each repository chosen by name patterns, list its images
// (1,000 a page), learn the children of image indexes (BatchGetImage, 100 a call),
// evaluate the policy now, and delete what it expires (BatchDeleteImage, 100 a call),
// never what is protected. Dry run by default in the reusable workflow; per-item
// failures are reported; a re-run after an interruption converges.
import { BatchDeleteImageCommand, BatchGetImageCommand, DescribeImagesCommand, DescribeRepositoriesCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { withRetry, type RetryOptions } from '../aws/ecr-client.js';
import { getPolicy } from './apply.js';
import { evaluatePolicy, patternRegExp, type ExpiredImage } from './evaluate.js';
import type { ImageDetail, LifecyclePolicy } from './policy.js';

export const INDEX_MEDIA_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];

export async function listRepositories(client: ECRClient, include: string[], exclude: string[], retry?: RetryOptions): Promise<string[]> {
  const inc = (include.length ? include : ['*']).map(patternRegExp);
  const exc = exclude.map(patternRegExp);
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const out = await withRetry(() => client.send(new DescribeRepositoriesCommand({ nextToken, maxResults: 1000 })), retry);
    for (const r of out.repositories ?? []) {
      const n = r.repositoryName ?? '';
      if (inc.some((re) => re.test(n)) && !exc.some((re) => re.test(n))) names.push(n);
    }
    nextToken = out.nextToken;
  } while (nextToken);
  return names.sort();
}

export async function listImages(client: ECRClient, repositoryName: string, retry?: RetryOptions): Promise<ImageDetail[]> {
  const images: ImageDetail[] = [];
  let nextToken: string | undefined;
  do {
    const out = await withRetry(() => client.send(new DescribeImagesCommand({ repositoryName, nextToken, maxResults: 1000 })), retry);
    for (const d of out.imageDetails ?? []) {
      if (!d.imageDigest) continue;
      images.push({
        imageDigest: d.imageDigest,
        imageTags: d.imageTags ?? [],
        imagePushedAt: d.imagePushedAt ?? new Date(0),
        imageSizeInBytes: d.imageSizeInBytes ?? 0,
        imageManifestMediaType: d.imageManifestMediaType,
        lastRecordedPullTime: d.lastRecordedPullTime
      });
    }
    nextToken = out.nextToken;
  } while (nextToken);
  return images;
}

/** Fills `childDigests` of image indexes from their manifests. */
export async function addIndexChildren(client: ECRClient, repositoryName: string, images: ImageDetail[], retry?: RetryOptions): Promise<void> {
  const indexes = images.filter((i) => i.imageManifestMediaType && INDEX_MEDIA_TYPES.includes(i.imageManifestMediaType));
  const byDigest = new Map(indexes.map((i) => [i.imageDigest, i]));
  for (let i = 0; i < indexes.length; i += 100) {
    const batch = indexes.slice(i, i + 100);
    const out = await withRetry(
      () =>
        client.send(
          new BatchGetImageCommand({ repositoryName, imageIds: batch.map((b) => ({ imageDigest: b.imageDigest })), acceptedMediaTypes: INDEX_MEDIA_TYPES })
        ),
      retry
    );
    for (const img of out.images ?? []) {
      const d = img.imageId?.imageDigest;
      if (!d || !img.imageManifest) continue;
      try {
        const m = JSON.parse(img.imageManifest) as { manifests?: Array<{ digest: string }> };
        const target = byDigest.get(d);
        if (target) target.childDigests = (m.manifests ?? []).map((x) => x.digest);
      } catch {
        // a manifest we cannot read protects nothing
      }
    }
  }
}

export interface DeleteFailure {
  imageDigest: string;
  failureCode: string;
  failureReason: string;
}

export async function deleteImages(
  client: ECRClient,
  repositoryName: string,
  digests: string[],
  retry?: RetryOptions
): Promise<{ deleted: string[]; alreadyGone: string[]; failures: DeleteFailure[] }> {
  const deleted: string[] = [];
  const alreadyGone: string[] = [];
  const failures: DeleteFailure[] = [];
  for (let i = 0; i < digests.length; i += 100) {
    const batch = digests.slice(i, i + 100);
    const out = await withRetry(
      () => client.send(new BatchDeleteImageCommand({ repositoryName, imageIds: batch.map((imageDigest) => ({ imageDigest })) })),
      retry
    );
    for (const id of out.imageIds ?? []) if (id.imageDigest && !deleted.includes(id.imageDigest)) deleted.push(id.imageDigest);
    for (const f of out.failures ?? []) {
      const digest = f.imageId?.imageDigest ?? '';
      // deleted by an earlier, interrupted run: the goal is reached
      if (f.failureCode === 'ImageNotFound') alreadyGone.push(digest);
      else failures.push({ imageDigest: digest, failureCode: f.failureCode ?? 'Unknown', failureReason: f.failureReason ?? '' });
    }
  }
  return { deleted, alreadyGone, failures };
}

export interface RepoCleanup {
  repository: string;
  images: number;
  expiring: ExpiredImage[];
  bytes: number;
  deleted: string[];
  alreadyGone: string[];
  failures: DeleteFailure[];
  dryRun: boolean;
  /** Why nothing was evaluated (no policy), or an error for this repository. */
  note: string | null;
}

export interface CleanupOptions {
  include: string[];
  exclude: string[];
  /** Explicit repository names (skip listing). */
  repositories?: string[];
  /** The policy to evaluate; null: each repository's own lifecycle policy. */
  policy: LifecyclePolicy | null;
  protectTags: string[];
  protectDigests: string[];
  dryRun: boolean;
  concurrency: number;
  now: Date;
  retry?: RetryOptions;
}

export async function cleanupRepository(client: ECRClient, repository: string, o: CleanupOptions): Promise<RepoCleanup> {
  const base: RepoCleanup = { repository, images: 0, expiring: [], bytes: 0, deleted: [], alreadyGone: [], failures: [], dryRun: o.dryRun, note: null };
  try {
    const policy = o.policy ?? (await getPolicy(client, repository, o.retry));
    if (!policy) return { ...base, note: 'no lifecycle policy: nothing evaluated' };
    const images = await listImages(client, repository, o.retry);
    await addIndexChildren(client, repository, images, o.retry);
    const ev = evaluatePolicy(policy, images, { now: o.now, protectTags: o.protectTags, protectDigests: o.protectDigests });
    const expiring = ev.expired.filter((e) => e.action === 'expire');
    const result: RepoCleanup = { ...base, images: images.length, expiring, bytes: ev.bytesFreed };
    if (o.dryRun || expiring.length === 0) return result;
    const d = await deleteImages(
      client,
      repository,
      expiring.map((e) => e.imageDigest),
      o.retry
    );
    return { ...result, ...d };
  } catch (e) {
    return { ...base, note: `error: ${(e as Error).message}` };
  }
}

export async function runCleanup(client: ECRClient, o: CleanupOptions): Promise<RepoCleanup[]> {
  const repos = o.repositories?.length ? o.repositories : await listRepositories(client, o.include, o.exclude, o.retry);
  const results = new Array<RepoCleanup>(repos.length);
  let next = 0;
  const worker = async () => {
    while (next < repos.length) {
      const i = next++;
      results[i] = await cleanupRepository(client, repos[i], o);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, repos.length)) }, worker));
  return results;
}
