// What the build action asks ECR before a push: a login, the repository (created only
// when asked), and the tags an IMMUTABLE repository would reject.
import { CreateRepositoryCommand, DescribeImagesCommand, DescribeRepositoriesCommand, GetAuthorizationTokenCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { withRetry, type RetryOptions } from '../aws/ecr-client.js';

export interface EcrLogin {
  username: string;
  /** The caller masks it with core.setSecret before anything is logged. */
  password: string;
  proxyEndpoint: string;
  expiresAt?: Date;
}

export async function ecrLogin(client: ECRClient, retry?: RetryOptions): Promise<EcrLogin> {
  const out = await withRetry(() => client.send(new GetAuthorizationTokenCommand({})), retry);
  const data = out.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint)
    throw new Error('ECR returned no authorization data; check the AWS credentials (aws-actions/configure-aws-credentials)');
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) throw new Error('ECR returned a malformed authorization token');
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1), proxyEndpoint: data.proxyEndpoint, expiresAt: data.expiresAt };
}

export interface RepositoryState {
  created: boolean;
  immutable: boolean;
}

export async function ensureRepository(client: ECRClient, name: string, o: { create: boolean; retry?: RetryOptions }): Promise<RepositoryState> {
  try {
    const out = await withRetry(() => client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] })), o.retry);
    const repo = out.repositories?.[0];
    return { created: false, immutable: repo?.imageTagMutability === 'IMMUTABLE' || repo?.imageTagMutability === 'IMMUTABLE_WITH_EXCLUSION' };
  } catch (e) {
    if ((e as { name?: string }).name !== 'RepositoryNotFoundException') throw e;
    if (!o.create) {
      throw new Error(
        `Input "ecr-create-repository": the ECR repository "${name}" does not exist; create it, or set ecr-create-repository: true. Nothing was built or pushed`,
        { cause: e }
      );
    }
    const created = await withRetry(
      () => client.send(new CreateRepositoryCommand({ repositoryName: name, imageScanningConfiguration: { scanOnPush: true } })),
      o.retry
    );
    return { created: true, immutable: created.repository?.imageTagMutability === 'IMMUTABLE' };
  }
}

/** Tags that already exist in a repository (an IMMUTABLE repository rejects pushing them again). */
export async function findExistingTags(client: ECRClient, repositoryName: string, tags: string[], retry?: RetryOptions): Promise<string[]> {
  const existing: string[] = [];
  for (let i = 0; i < tags.length; i += 100) {
    const batch = tags.slice(i, i + 100);
    try {
      const out = await withRetry(() => client.send(new DescribeImagesCommand({ repositoryName, imageIds: batch.map((imageTag) => ({ imageTag })) })), retry);
      for (const d of out.imageDetails ?? []) for (const t of d.imageTags ?? []) if (batch.includes(t)) existing.push(t);
    } catch (e) {
      // DescribeImages with imageIds throws ImageNotFoundException when one id is missing:
      // ask for each tag alone to learn which exist
      if ((e as { name?: string }).name !== 'ImageNotFoundException') throw e;
      if (batch.length === 1) continue;
      existing.push(...(await findExistingTagsOneByOne(client, repositoryName, batch, retry)));
    }
  }
  return [...new Set(existing)];
}

async function findExistingTagsOneByOne(client: ECRClient, repositoryName: string, tags: string[], retry?: RetryOptions): Promise<string[]> {
  const found: string[] = [];
  for (const t of tags) found.push(...(await findExistingTags(client, repositoryName, [t], retry)));
  return found;
}
