// ECR calls of the build action, against aws-sdk-client-mock with response shapes
// copied from real ECR responses (see test/fixtures/ecr/README.md).
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ImageNotFoundException,
  RepositoryNotFoundException
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { isRetryable, withRetry } from '../../../src/aws/ecr-client.js';
import { ecrLogin, ensureRepository, findExistingTags } from '../../../src/ecr/registry-ops.js';

const ecr = mockClient(ECRClient);
const client = new ECRClient({ region: 'eu-west-1' });
const noSleep = { sleep: () => Promise.resolve() };
beforeEach(() => ecr.reset());

const meta = { httpStatusCode: 400, requestId: 'b2f6e7f8-0000-4000-8000-000000000000', attempts: 1, totalRetryDelay: 0 };
const repoNotFound = () =>
  new RepositoryNotFoundException({ message: "The repository with name 'shop/api' does not exist in the registry with id '123456789012'", $metadata: meta });
const imageNotFound = (tag: string) =>
  new ImageNotFoundException({
    message: `The image with imageId {imageDigest:'null', imageTag:'${tag}'} does not exist within the repository with name 'shop/api' in the registry with id '123456789012'`,
    $metadata: meta
  });

test('login decodes AWS:<token> from GetAuthorizationToken', async () => {
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      {
        authorizationToken: Buffer.from('AWS:eyJwYXlsb2FkIjoi').toString('base64'),
        expiresAt: new Date('2026-11-25T08:00:00Z'),
        proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com'
      }
    ]
  });
  await expect(ecrLogin(client)).resolves.toEqual({
    username: 'AWS',
    password: 'eyJwYXlsb2FkIjoi',
    proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    expiresAt: new Date('2026-11-25T08:00:00Z')
  });
});

test('a missing repository is created only when asked', async () => {
  ecr.on(DescribeRepositoriesCommand).rejects(repoNotFound());
  ecr.on(CreateRepositoryCommand).resolves({ repository: { repositoryName: 'shop/api', imageTagMutability: 'MUTABLE' } });
  await expect(ensureRepository(client, 'shop/api', { create: false })).rejects.toThrow(/Input "ecr-create-repository".*does not exist/);
  expect(ecr.commandCalls(CreateRepositoryCommand)).toHaveLength(0);
  await expect(ensureRepository(client, 'shop/api', { create: true })).resolves.toEqual({ created: true, immutable: false });
  expect(ecr.commandCalls(CreateRepositoryCommand)[0].args[0].input.repositoryName).toBe('shop/api');
});

test('an IMMUTABLE repository is reported as such', async () => {
  ecr.on(DescribeRepositoriesCommand).resolves({
    repositories: [{ repositoryName: 'shop/api', repositoryUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api', imageTagMutability: 'IMMUTABLE' }]
  });
  await expect(ensureRepository(client, 'shop/api', { create: false })).resolves.toEqual({ created: false, immutable: true });
});

test('existing tags are found even when DescribeImages rejects a batch for one missing tag', async () => {
  ecr.on(DescribeImagesCommand).callsFake((input: { imageIds: Array<{ imageTag: string }> }) => {
    const ids = input.imageIds.map((i) => i.imageTag);
    if (ids.length > 1 || ids[0] !== 'latest') throw imageNotFound(ids.find((t) => t !== 'latest') ?? ids[0]);
    return { imageDetails: [{ imageDigest: 'sha256:' + 'a'.repeat(64), imageTags: ['latest', 'main'], imagePushedAt: new Date() }] };
  });
  await expect(findExistingTags(client, 'shop/api', ['sha-1234567', 'latest'], noSleep)).resolves.toEqual(['latest']);
});

test('throttling is retried with backoff, then succeeds', async () => {
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
  ecr
    .on(DescribeRepositoriesCommand)
    .rejectsOnce(throttled)
    .rejectsOnce(throttled)
    .resolves({ repositories: [{ repositoryName: 'x', imageTagMutability: 'MUTABLE' }] });
  const waits: number[] = [];
  const state = await ensureRepository(client, 'x', {
    create: false,
    retry: {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      random: () => 1
    }
  });
  expect(state.immutable).toBe(false);
  expect(waits).toEqual([200, 400]);
});

test('retries stop after the last attempt and other errors are not retried', async () => {
  let calls = 0;
  const throttled = Object.assign(new Error('x'), { name: 'ThrottlingException' });
  await expect(
    withRetry(
      () => {
        calls++;
        return Promise.reject(throttled);
      },
      { attempts: 3, sleep: () => Promise.resolve() }
    )
  ).rejects.toThrow('x');
  expect(calls).toBe(3);
  expect(isRetryable(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }))).toBe(false);
  expect(isRetryable({ $metadata: { httpStatusCode: 503 } })).toBe(true);
});
