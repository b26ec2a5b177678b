import { defaultScope, driverCacheProblem, ghaVersionProblem, planCache, resolveBackend, type CachePlanInput } from '../../../src/plan/cache.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { planBuild } from '../../../src/plan/build-plan.js';
import { defaultInputs } from '../../../src/inputs/inputs.js';
import { InputError } from '../../../src/common/errors.js';
import { gitContext } from '../../helpers/git-context.js';

const push: GitContext = gitContext({ sha: '0123456789abcdef0123456789abcdef01234567', runId: '42' });
const feature: GitContext = { ...push, ref: 'refs/heads/feature/login' };
const pr: GitContext = { ...push, eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main', headRef: 'feature/login', prNumber: 7 };
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api';
const GHA_ENV = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/' };

function input(over: Partial<CachePlanInput>): CachePlanInput {
  return {
    backend: 'auto',
    explicitFrom: [],
    explicitTo: [],
    images: [ECR],
    tags: [`${ECR}:sha-0123456`],
    platforms: [],
    target: '',
    push: true,
    ctx: push,
    cacheRef: '',
    cacheScope: '',
    writeOnPr: false,
    cacheDir: '',
    tempDir: '/runner/tmp',
    env: {},
    ...over
  };
}

describe('auto picks the backend from where the build runs', () => {
  test.each([
    ['a runner with the cache service', { env: GHA_ENV }, 'gha'],
    ['pushing without the cache service', { push: true }, 'registry'],
    ['not pushing, no cache service', { push: false }, 'local'],
    ['explicit flags win', { explicitFrom: ['type=local,src=/c'], env: GHA_ENV }, 'explicit']
  ])('%s → %s', (_name, over, expected) => {
    expect(resolveBackend(input(over as Partial<CachePlanInput>)).backend).toBe(expected);
  });
});

describe('registry cache', () => {
  test('default branch writes <image>:buildcache with the flags ECR needs', () => {
    const plan = planCache(input({ backend: 'registry' }));
    expect(plan.cacheFrom).toEqual([`type=registry,ref=${ECR}:buildcache`]);
    expect(plan.cacheTo).toEqual([`type=registry,ref=${ECR}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`]);
  });
  test('a branch reads its own cache and the default one, writes its own', () => {
    const plan = planCache(input({ backend: 'registry', ctx: feature }));
    expect(plan.cacheFrom).toEqual([`type=registry,ref=${ECR}:buildcache-feature-login`, `type=registry,ref=${ECR}:buildcache`]);
    expect(plan.cacheTo[0]).toMatch(new RegExp(`^type=registry,ref=${ECR.replace(/\./g, '\\.')}:buildcache-feature-login,`));
  });
  test('a pull request reads its head branch and the default branch, and writes nothing unless asked', () => {
    const plan = planCache(input({ backend: 'registry', ctx: pr }));
    expect(plan.cacheFrom).toEqual([`type=registry,ref=${ECR}:buildcache-feature-login`, `type=registry,ref=${ECR}:buildcache`]);
    expect(plan.cacheTo).toEqual([]);
    expect(planCache(input({ backend: 'registry', ctx: pr, writeOnPr: true })).cacheTo).toHaveLength(1);
  });
  test('cache-ref overrides the reference', () => {
    expect(planCache(input({ backend: 'registry', cacheRef: 'registry.example/cache/shop:deps' })).cacheFrom).toEqual([
      'type=registry,ref=registry.example/cache/shop:deps'
    ]);
  });
  test('a registry cache without any image is an input error naming the fix', () => {
    expect(() => planCache(input({ backend: 'registry', images: [], tags: [] }))).toThrow(/Input "cache".*set `tags` or `images`/);
  });
});

describe('gha cache (on a runner that exposes the cache service)', () => {
  test('one scope per image, target and platform, so matrix jobs do not overwrite each other', () => {
    const a = planCache(input({ backend: 'gha', env: GHA_ENV, platforms: ['linux/amd64'] }));
    const b = planCache(input({ backend: 'gha', env: GHA_ENV, platforms: ['linux/arm64'] }));
    const c = planCache(input({ backend: 'gha', env: GHA_ENV, images: ['ghcr.io/acme/web'], tags: [] }));
    const scopes = [a, b, c].map((p) => /scope=([^,]+)/.exec(p.cacheFrom[0])![1]);
    expect(new Set(scopes).size).toBe(3);
    expect(a.cacheTo[0]).toBe(`type=gha,scope=${scopes[0]},mode=max,ignore-error=true`);
  });
  test('pull requests read (the base branch entries are visible to them) and write only when asked', () => {
    expect(planCache(input({ backend: 'gha', env: GHA_ENV, ctx: pr })).cacheTo).toEqual([]);
    expect(planCache(input({ backend: 'gha', env: GHA_ENV, ctx: pr, writeOnPr: true })).cacheTo).toHaveLength(1);
  });
  test('cache-scope overrides the scope', () => {
    expect(planCache(input({ backend: 'gha', env: GHA_ENV, cacheScope: 'mine' })).cacheFrom).toEqual(['type=gha,scope=mine']);
  });
  test('the scope never contains characters a cache key rejects', () => {
    expect(defaultScope({ images: [ECR], tags: [], target: 'server', platforms: ['linux/arm64/v8'] })).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('local, inline and none', () => {
  test('local exports to a fresh directory that replaces the old one, keyed per commit', () => {
    const plan = planCache(input({ backend: 'local', push: false }));
    expect(plan.cacheFrom[0]).toBe(`type=local,src=${plan.local!.dir}`);
    expect(plan.cacheTo[0]).toBe(`type=local,dest=${plan.local!.exportDir},mode=max,ignore-error=true`);
    expect(plan.local!.key.startsWith(plan.local!.restoreKeys[0])).toBe(true);
    expect(plan.local!.key.endsWith(push.sha)).toBe(true);
  });
  test('inline reads back from the first tag', () => {
    const plan = planCache(input({ backend: 'inline' }));
    expect(plan).toMatchObject({ cacheFrom: [`type=registry,ref=${ECR}:sha-0123456`], cacheTo: ['type=inline'] });
  });
  test('none writes no flags', () => {
    expect(planCache(input({ backend: 'none' }))).toMatchObject({ cacheFrom: [], cacheTo: [] });
  });
});

describe('what the builder can do', () => {
  test.each([
    ['0.20.2', 'v0.20.0', 'buildx', /buildx >= 0\.21\.0/],
    ['0.21.0', 'v0.19.1', 'docker-container', /BuildKit >= 0\.20\.0/],
    ['0.21.0', 'v0.19.1-moby', 'docker', /Docker Engine >= 28/]
  ])('gha with buildx %s and BuildKit %s names the upgrade', (bx, bk, driver, re) => {
    expect(ghaVersionProblem(bx, bk, driver)).toMatch(re);
  });
  test('current versions are fine', () => {
    expect(ghaVersionProblem('0.29.1', 'v0.25.0', 'docker-container')).toBeNull();
  });
  test('the docker driver without the containerd store cannot export a registry cache', () => {
    expect(driverCacheProblem('registry', ['type=registry,ref=x:buildcache'], 'docker', false)).toMatch(/setup-buildx-action/);
    expect(driverCacheProblem('registry', ['type=registry,ref=x:buildcache'], 'docker', true)).toBeNull();
    expect(driverCacheProblem('inline', ['type=inline'], 'docker', false)).toBeNull();
    expect(driverCacheProblem('registry', ['type=registry,ref=x:buildcache'], 'docker-container', false)).toBeNull();
  });
});

describe('the GitHub Actions cache service variables (issue 11 item 3)', () => {
  // buildx fills type=gha's token from ACTIONS_RUNTIME_TOKEN and its url from ACTIONS_RESULTS_URL
  // (or ACTIONS_CACHE_URL), and drops a gha entry without them, silently
  test.each([
    ['none of them', {}, ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']],
    ['no token', { ACTIONS_RESULTS_URL: 'https://results.example/' }, ['ACTIONS_RUNTIME_TOKEN']],
    ['no url', { ACTIONS_RUNTIME_TOKEN: 't' }, ['ACTIONS_RESULTS_URL']]
  ])('cache: gha with %s is an input error naming the missing variables and the fixes', (_name, env, missing) => {
    let error: unknown = null;
    try {
      planCache(input({ backend: 'gha', env }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.input).toBe('cache');
    for (const v of missing) expect(e.problem).toContain(v);
    for (const v of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((x) => !missing.includes(x))) expect(e.problem).not.toContain(`${v} `);
    expect(e.fix).toMatch(/GitHub runner/);
    expect(e.fix).toMatch(/crazy-max\/ghaction-github-runtime/);
    expect(e.fix).toMatch(/cache: registry/);
    expect(e.fix).toMatch(/local/);
  });

  test('cache: gha with the token and either url variable plans the gha cache', () => {
    expect(planCache(input({ backend: 'gha', env: GHA_ENV })).backend).toBe('gha');
    expect(planCache(input({ backend: 'gha', env: { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'https://cache.example/' } })).backend).toBe('gha');
  });

  test.each([
    ['pushing', 'registry', true],
    ['not pushing', 'local', false]
  ])('cache: auto without them, %s, falls back to %s with a note saying why', (_name, backend, pushing) => {
    const plan = planCache(input({ push: pushing, env: {} }));
    expect(plan.backend).toBe(backend);
    expect(plan.warnings.join('\n')).toMatch(/cache: auto.*ACTIONS_RUNTIME_TOKEN/);
    expect(planCache(input({ push: pushing, env: GHA_ENV })).warnings).toEqual([]);
  });

  test.each([
    ['cache-from', { explicitFrom: ['type=gha,scope=api'] }, true],
    ['cache-to', { explicitTo: ['type=gha,mode=max'] }, true],
    ['a gha entry that carries its own url and token', { explicitFrom: ['type=gha,url=https://c.example/,token=x'] }, false],
    ['a registry entry', { explicitFrom: ['type=registry,ref=r.example/a:cache'] }, false]
  ])('%s given by hand with type=gha and no variables: a warning, used as written', (_name, over, warns) => {
    const plan = planCache(input({ ...(over as Partial<CachePlanInput>), env: {} }));
    expect(plan.backend).toBe('explicit');
    expect(plan.warnings.some((w) => /type=gha.*ACTIONS_RUNTIME_TOKEN/.test(w))).toBe(warns);
  });

  test('the plan stops before anything runs, and its warnings carry the notes', () => {
    const facts = { version: '0.29.1', buildkitVersion: 'v0.25.0', driver: 'docker-container', containerdStore: true };
    const plan = (cache: 'gha' | 'auto', env: NodeJS.ProcessEnv) =>
      planBuild({
        inputs: defaultInputs({ cache, images: [ECR], push: true, context: '.' }),
        ctx: push,
        buildx: facts,
        env,
        now: new Date(0),
        tempDir: '/t',
        fileExists: () => true
      });
    expect(() => plan('gha', {})).toThrow(/^Input "cache": .*ACTIONS_RUNTIME_TOKEN/);
    expect(plan('auto', {}).plan.warnings.join('\n')).toMatch(/cache: auto/);
    expect(plan('gha', GHA_ENV).plan.cache.backend).toBe('gha');
  });
});
