// The local cache backend between runs: restored and saved with @actions/cache (mocked:
// GitHub's cache service cannot be reached here) under the plan's key and restore prefix.
import { jest } from '@jest/globals';

const calls: Array<[string, unknown[]]> = [];
jest.unstable_mockModule('@actions/cache', () => ({
  restoreCache: async (...a: unknown[]) => {
    calls.push(['restore', a]);
    return 'buildstage-buildx-app-0000';
  },
  saveCache: async (...a: unknown[]) => {
    calls.push(['save', a]);
    return 1;
  }
}));
jest.unstable_mockModule('@actions/core', () => ({ info: () => undefined, warning: () => undefined, debug: () => undefined }));
const { actionHooks } = await import('../../../src/action/hooks.js');
const { planCache } = await import('../../../src/plan/cache.js');
const { defaultInputs } = await import('../../../src/inputs/inputs.js');

const ctx = { eventName: 'push', ref: 'refs/heads/main', sha: 'f'.repeat(40), defaultBranch: 'main', baseRef: null, headRef: null, prNumber: null, serverUrl: 'https://github.com', repository: 'acme/shop', runId: '1', runAttempt: '1', repoPrivate: false };
const cache = planCache({ backend: 'local', explicitFrom: [], explicitTo: [], images: ['reg.example/app'], tags: [], platforms: [], target: '', push: false, ctx, cacheRef: '', cacheScope: '', writeOnPr: false, cacheDir: '', tempDir: '/runner/tmp', env: {} });
const plan = { cache } as unknown as Parameters<ReturnType<typeof actionHooks>['prepareRegistries'] & object>[0];

beforeEach(() => (calls.length = 0));

test('on a runner with the cache service, the directory is restored by prefix and saved under the commit key', async () => {
  const hooks = actionHooks(defaultInputs({}), { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/' });
  await hooks.restoreLocalCache!(plan);
  await hooks.saveLocalCache!(plan);
  expect(calls).toEqual([
    ['restore', [[cache.local!.dir], cache.local!.key, cache.local!.restoreKeys]],
    ['save', [[cache.local!.dir], cache.local!.key]]
  ]);
  expect(cache.local!.key).toBe(`${cache.local!.restoreKeys[0]}${'f'.repeat(40)}`);
});

test('without the cache service nothing is called', async () => {
  const hooks = actionHooks(defaultInputs({}), {});
  await hooks.restoreLocalCache!(plan);
  await hooks.saveLocalCache!(plan);
  expect(calls).toEqual([]);
});
