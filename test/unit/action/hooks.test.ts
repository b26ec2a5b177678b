// The local cache backend between runs: the directory buildx writes is saved and restored
// with the real @actions/cache client against the local v2 cache service, under the
// plan's key (per commit) and restore prefix (the newest earlier run).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionHooks } from '../../../src/actions/build/hooks.js';
import { defaultInputs } from '../../../src/inputs/inputs.js';
import { planCache } from '../../../src/plan/cache.js';
import { cacheServiceForFile } from '../../helpers/cache-service-for-file.js';
import { pushScopes } from '../../helpers/cache-service.js';
import { gitContext } from '../../helpers/git-context.js';

const ctx = (sha: string) => gitContext({ sha });
// the runner's RUNNER_TEMP is the same path on every run: the cache entry is versioned by it
const runnerTemp = mkdtempSync(join(tmpdir(), 'bs-runner-temp-'));
const planFor = (sha: string) => {
  const cache = planCache({
    backend: 'local',
    explicitFrom: [],
    explicitTo: [],
    images: ['reg.example/app'],
    tags: [],
    platforms: [],
    target: '',
    push: false,
    ctx: ctx(sha),
    cacheRef: '',
    cacheScope: '',
    writeOnPr: false,
    cacheDir: '',
    tempDir: runnerTemp,
    env: {}
  });
  return { cache } as unknown as Parameters<ReturnType<typeof actionHooks>['prepareRegistries'] & object>[0];
};

const cacheService = cacheServiceForFile();

test('on a runner with the cache service, a later run restores the newest earlier directory by prefix; each run saves under its commit', async () => {
  const env = cacheService().env(pushScopes('main'));
  Object.assign(process.env, env);
  const first = planFor('a'.repeat(40));
  const dir = first.cache.local!.dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.json'), '{"run":1}');
  const hooks = actionHooks(defaultInputs({}), env);
  await hooks.saveLocalCache!(first);
  expect(
    cacheService()
      .entries()
      .map((e) => [e.key, e.finalized])
  ).toEqual([[`${first.cache.local!.restoreKeys[0]}${'a'.repeat(40)}`, true]]);

  // the next run (another commit) starts with nothing on disk
  rmSync(dir, { recursive: true, force: true });
  const second = planFor('b'.repeat(40));
  await hooks.restoreLocalCache!(second);
  expect(readFileSync(join(second.cache.local!.dir, 'index.json'), 'utf8')).toBe('{"run":1}');
  expect(second.cache.local!.key).toBe(`${second.cache.local!.restoreKeys[0]}${'b'.repeat(40)}`);
});

test('without the cache service nothing is called', async () => {
  const before = cacheService().requests().length;
  const hooks = actionHooks(defaultInputs({}), {});
  await hooks.restoreLocalCache!(planFor('c'.repeat(40)));
  await hooks.saveLocalCache!(planFor('c'.repeat(40)));
  expect(cacheService().requests().length).toBe(before);
});
