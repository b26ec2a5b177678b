import { planBuild, planJson, secretLikeBuildArgs } from '../../../src/plan/build-plan.js';
import { buildxArgv } from '../../../src/plan/buildx-args.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { computeTagNames, ociLabels } from '../../../src/plan/tags.js';
import { defaultInputs, readInputs } from '../../../src/inputs/inputs.js';
import { gitContext } from '../../helpers/git-context.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const ctx = (ref: string, over: Partial<GitContext> = {}): GitContext =>
  gitContext({ eventName: ref.startsWith('refs/pull/') ? 'pull_request' : 'push', ref, sha: SHA, runId: '42', ...over });

// docker/metadata-action's documented results (README "tags input" tables) for
// type=ref (branch, tag, pr), type=semver ({{version}}, {{major}}.{{minor}}, {{major}}),
// type=sha and type=raw,value=latest,enable={{is_default_branch}}.
test.each([
  ['default branch push', 'refs/heads/main', ['main', 'latest', 'sha-860c190']],
  ['other branch', 'refs/heads/dev', ['dev', 'sha-860c190']],
  ['branch with a slash', 'refs/heads/feature/login-form', ['feature-login-form', 'sha-860c190']],
  ['branch with invalid characters', 'refs/heads/fix#12@v2', ['fix-12-v2', 'sha-860c190']],
  ['pull request', 'refs/pull/2/merge', ['pr-2', 'sha-860c190']],
  ['semver tag', 'refs/tags/v1.2.3', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest']],
  ['0.x semver tag', 'refs/tags/v0.1.2', ['0.1.2', '0.1', '0', 'sha-860c190', 'latest']],
  ['prerelease: only the version, no latest', 'refs/tags/v2.0.8-beta.67', ['2.0.8-beta.67', 'sha-860c190']],
  ['a tag that is not semver keeps its name, and gets latest', 'refs/tags/release-5', ['release-5', 'sha-860c190', 'latest']]
])('%s (%s)', (_name, ref, expected) => {
  expect(computeTagNames(ctx(ref)).names).toEqual(expected);
});

test('tag-prefix applies to every computed tag, latest included', () => {
  expect(computeTagNames(ctx('refs/heads/main'), 'api-').names).toEqual(['api-main', 'api-latest', 'api-sha-860c190']);
});

test('computed tags stay valid: at most 128 characters, no leading . or -', () => {
  const long = computeTagNames(ctx(`refs/heads/-${'x'.repeat(200)}`)).names[0];
  expect(long.length).toBeLessThanOrEqual(128);
  expect(long).toMatch(/^[A-Za-z0-9_]/);
});

test('OCI labels: source, revision, created, version', () => {
  expect(ociLabels(ctx('refs/tags/v1.2.3'), '1.2.3', new Date('2026-11-24T00:00:00Z'))).toEqual([
    'org.opencontainers.image.created=2026-11-24T00:00:00.000Z',
    `org.opencontainers.image.revision=${SHA}`,
    'org.opencontainers.image.source=https://github.com/acme/shop',
    'org.opencontainers.image.title=shop',
    'org.opencontainers.image.url=https://github.com/acme/shop',
    'org.opencontainers.image.version=1.2.3'
  ]);
});

const facts = { version: '0.13.1', buildkitVersion: 'v0.13.2', driver: 'docker-container', containerdStore: false };
const plan = (over: Parameters<typeof defaultInputs>[0], c = ctx('refs/heads/main')) =>
  planBuild({
    inputs: defaultInputs({ context: '.', ...over }),
    ctx: c,
    buildx: facts,
    env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    now: new Date(0),
    tempDir: '/t',
    fileExists: () => true
  });

test('with cache: none, the argv is exactly what build-push-action would run (plus rawjson)', () => {
  const i = defaultInputs({ context: '.', tags: ['reg.example/app:1'], push: true, cache: 'none' });
  const direct = buildxArgv({
    inputs: i,
    tags: i.tags,
    labels: i.labels,
    cacheFrom: [],
    cacheTo: [],
    context: '.',
    gitContext: false,
    buildx: facts,
    env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    paths: { iidFile: '/t/iidfile', metadataFile: '/t/metadata.json', secretDir: '/t/secrets' },
    serverUrl: 'https://github.com',
    repoPrivate: false,
    runUrl: null,
    fileExists: () => true
  });
  expect(plan({ tags: ['reg.example/app:1'], push: true, cache: 'none' }).plan.argv).toEqual(direct.argv);
});

test('with explicit cache-from/cache-to, those are used as written and nothing else is added', () => {
  const { plan: p } = plan({ tags: ['reg.example/app:1'], push: true, 'cache-from': ['type=registry,ref=reg.example/app:cache'], 'cache-to': ['type=inline'] });
  expect(p.argv.filter((_a, k) => p.argv[k - 1] === '--cache-from' || p.argv[k - 1] === '--cache-to')).toEqual([
    'type=registry,ref=reg.example/app:cache',
    'type=inline'
  ]);
});

test('the plan JSON for dry-run', () => {
  const { plan: p } = plan({ images: ['reg.example/app'], push: true, secrets: ['TOKEN=s3cr3t'] });
  const j = planJson(p);
  expect(j).toMatchObject({
    tags: ['reg.example/app:main', 'reg.example/app:latest', 'reg.example/app:sha-860c190'],
    push: true,
    cacheFrom: ['type=registry,ref=reg.example/app:buildcache'],
    secrets: ['TOKEN']
  });
  expect(j.argv.slice(0, 3)).toEqual(['docker', 'buildx', 'build']);
  expect(JSON.stringify(j)).not.toContain('s3cr3t');
});

describe('bad input: one line naming the input and the fix', () => {
  test.each([
    ['push without any tag', () => plan({ push: true }), /Input "tags": push is true but no tag is set; set `tags`/],
    ['uppercase repository', () => plan({ tags: ['reg.example/MyApp:1'] }), /Input "tags": .*uppercase.*reg\.example\/myapp:1/],
    ['invalid tag', () => plan({ tags: ['reg.example/app:-bad'] }), /Input "tags": .*invalid tag "-bad"/],
    [
      'unknown cache type',
      () => readInputs((n) => (n === 'cache' ? 'redis' : '')),
      /Input "cache": unknown value "redis"; write one of auto, gha, registry, local, inline, none/
    ],
    ['a boolean that is not one', () => readInputs((n) => (n === 'push' ? 'yes' : '')), /Input "push": "yes" is not a boolean; write true or false/],
    ['images with a tag', () => plan({ images: ['reg.example/app:1'] }), /Input "images": .*without a tag/],
    [
      'gha on an old buildx',
      () =>
        planBuild({
          inputs: defaultInputs({ cache: 'gha' }),
          ctx: ctx('refs/heads/main'),
          buildx: { ...facts, version: '0.20.1' },
          env: { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/' },
          now: new Date(0),
          tempDir: '/t',
          fileExists: () => true
        }),
      /Input "cache": buildx 0\.20\.1 .*>= 0\.21\.0/
    ],
    [
      'registry cache on a docker driver without the containerd store',
      () =>
        planBuild({
          inputs: defaultInputs({ tags: ['r.example/a:1'], push: true, cache: 'registry' }),
          ctx: ctx('refs/heads/main'),
          buildx: { ...facts, driver: 'docker', containerdStore: false },
          env: {},
          now: new Date(0),
          tempDir: '/t',
          fileExists: () => true
        }),
      /setup-buildx-action/
    ]
  ])('%s', (_name, fn, re) => {
    expect(fn).toThrow(re);
  });

  test('a build-arg that looks like a secret is a warning naming `secrets`', () => {
    expect(secretLikeBuildArgs(['NPM_TOKEN=x', 'NODE_ENV=production', 'DB_PASSWORD=y'])).toEqual(['NPM_TOKEN', 'DB_PASSWORD']);
    expect(plan({ 'build-args': ['NPM_TOKEN=x'] }).plan.warnings.join()).toMatch(/Input "build-args": NPM_TOKEN looks like a secret.*secrets: NPM_TOKEN=/);
  });
});

test('no context on a runner: the git context of the commit, as build-push-action (no checkout needed)', () => {
  const p = planBuild({
    inputs: defaultInputs({ tags: ['r.example/a:1'] }),
    ctx: ctx('refs/heads/main'),
    buildx: facts,
    env: {},
    now: new Date(0),
    tempDir: '/t',
    fileExists: () => true
  }).plan;
  expect(p.context).toBe(`https://github.com/acme/shop.git#${SHA}`);
  expect(p.argv[p.argv.length - 1]).toBe(p.context);
});
