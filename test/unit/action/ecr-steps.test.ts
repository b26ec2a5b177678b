// The build action's ECR steps with ECR mocked (aws-sdk-client-mock) and `docker` replaced
// by a script that records what it was given: the token is masked before anything runs,
// reaches docker only on stdin, and an IMMUTABLE repository stops the build before it starts.
import { jest } from '@jest/globals';
import { DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient, GetAuthorizationTokenCommand, ImageNotFoundException } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitContext } from '../../helpers/git-context.js';

const events: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (s: string) => void events.push(`mask:${s}`),
  info: (m: string) => void events.push(`info:${m}`),
  warning: () => undefined,
  debug: () => undefined,
  group: async (_n: string, fn: () => Promise<unknown>) => fn()
}));
const { prepareEcr } = await import('../../../src/actions/build/ecr-steps.js');
const { planBuild } = await import('../../../src/plan/build-plan.js');
const { defaultInputs } = await import('../../../src/inputs/inputs.js');
const { registryAccess } = await import('../../../src/plan/registry-access.js');

const ecr = mockClient(ECRClient);
const REG = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const TOKEN = 'eyJwYXlsb2FkIjoiZmFrZS10b2tlbiJ9';
const bin = mkdtempSync(join(tmpdir(), 'bs-fake-docker-'));
const record = join(bin, 'record');
writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "args: $*" >> ${record}\necho "stdin: $(cat)" >> ${record}\n`);
chmodSync(join(bin, 'docker'), 0o755);
const env = { PATH: `${bin}:${process.env.PATH}`, AWS_REGION: 'eu-west-1' };

type Plan = ReturnType<typeof planBuild>['plan'];
const prepare = (plan: Plan, inputs: ReturnType<typeof defaultInputs>) => prepareEcr(plan, registryAccess(plan), inputs, env);
const PUSH_CTX = gitContext();

function planFor(tags: string[], o: { push?: boolean; cache?: 'none' | 'registry'; ctx?: typeof PUSH_CTX | Record<string, unknown> } = {}) {
  return planBuild({
    inputs: defaultInputs({ tags, push: o.push ?? true, cache: o.cache ?? 'none' }),
    ctx: (o.ctx ?? PUSH_CTX) as typeof PUSH_CTX,
    buildx: { version: '0.13.1', buildkitVersion: 'v0.13.2', driver: 'docker-container', containerdStore: false },
    env: {},
    now: new Date(0),
    tempDir: '/t',
    fileExists: () => true
  }).plan;
}

beforeEach(() => {
  ecr.reset();
  events.length = 0;
  writeFileSync(record, '');
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [{ authorizationToken: Buffer.from(`AWS:${TOKEN}`).toString('base64'), proxyEndpoint: `https://${REG}`, expiresAt: new Date() }]
  });
});

test('logs in with the token masked first and passed on stdin only', async () => {
  ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'shop/api', imageTagMutability: 'MUTABLE' }] });
  await prepare(planFor([`${REG}/shop/api:1.0`]), defaultInputs({}));
  expect(events[0]).toBe(`mask:${TOKEN}`);
  const rec = readFileSync(record, 'utf8');
  expect(rec).toContain(`args: login --username AWS --password-stdin ${REG}`);
  expect(rec).toContain(`stdin: ${TOKEN}`);
  expect(
    rec
      .split('\n')
      .filter((l) => l.startsWith('args:'))
      .join()
  ).not.toContain(TOKEN);
});

test('an IMMUTABLE repository that already has the tag stops before the build', async () => {
  ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'shop/api', imageTagMutability: 'IMMUTABLE' }] });
  ecr.on(DescribeImagesCommand).callsFake((input: { imageIds: Array<{ imageTag: string }> }) => {
    if (input.imageIds.length === 1 && input.imageIds[0].imageTag === 'latest')
      return { imageDetails: [{ imageDigest: 'sha256:' + 'b'.repeat(64), imageTags: ['latest'] }] };
    throw new ImageNotFoundException({ message: 'not found', $metadata: {} });
  });
  await expect(prepare(planFor([`${REG}/shop/api:sha-abc1234`, `${REG}/shop/api:latest`]), defaultInputs({}))).rejects.toThrow(
    /Input "tags": the ECR repository shop\/api is IMMUTABLE and already has "latest"/
  );
});

test('ecr-login: false leaves the registry alone', async () => {
  await prepare(planFor([`${REG}/shop/api:1.0`]), defaultInputs({ 'ecr-login': 'false' }));
  expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0);
  expect(readFileSync(record, 'utf8')).toBe('');
});

test('a pull request build that does not push logs in to read the registry cache, and creates or checks nothing', async () => {
  const pr = { ...PUSH_CTX, eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main', headRef: 'feature', prNumber: 7 };
  const plan = planFor([`${REG}/shop/api:pr-7`], { push: false, cache: 'registry', ctx: pr });
  expect(plan.push).toBe(false);
  await prepare(plan, defaultInputs({}));
  expect(readFileSync(record, 'utf8')).toContain(`args: login --username AWS --password-stdin ${REG}`);
  expect(events).toContain(`info:logged in to ${REG} (to read the build cache)`);
  expect(ecr.commandCalls(DescribeRepositoriesCommand)).toHaveLength(0);
});
