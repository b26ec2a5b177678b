// The facts the summary and the PR comment show beside the timing (issue 17): the cache ref
// from the cache-from entries (never a token), the builder, the platforms; and the links.
import { timingLinks } from '../../../src/actions/build/links.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { buildMeta, cacheRefOf } from '../../../src/timing/meta.js';

test.each([
  [
    ['type=registry,ref=123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:buildcache,mode=max'],
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:buildcache'
  ],
  [['type=gha,scope=shop-api-linux-amd64,token=SECRET,url=https://x'], 'shop-api-linux-amd64'],
  [['type=local,src=/home/runner/.cache/buildstage/app'], '/home/runner/.cache/buildstage/app'],
  [['type=gha,token=SECRET'], null],
  [['r/app:buildcache'], 'r/app:buildcache'],
  [[], null]
])('the cache ref of %j is %j', (from, ref) => {
  expect(cacheRefOf(from)).toBe(ref);
});

test('meta: builder, cache ref and platforms, only when known', () => {
  expect(buildMeta({ builder: 'builder-3f1c', cacheFrom: ['type=registry,ref=r/app:buildcache'], platforms: ['linux/amd64', 'linux/arm64'] })).toEqual({
    builder: 'builder-3f1c',
    cacheRef: 'r/app:buildcache',
    platforms: 'linux/amd64,linux/arm64'
  });
  expect(buildMeta({ builder: null, cacheFrom: [], platforms: [] })).toEqual({});
});

test('links: the run, the build record (absolute for the PR comment, relative to the run page for the summary), commits', () => {
  const ctx = { serverUrl: 'https://github.com', repository: 'acme/shop', runId: '77', runAttempt: '1', sha: 'abc' } as GitContext;
  const l = timingLinks(ctx, { id: 5 });
  expect(l.runUrl).toBe('https://github.com/acme/shop/actions/runs/77/attempts/1');
  expect(l.buildRecordUrl).toBe('https://github.com/acme/shop/actions/runs/77/artifacts/5');
  expect(l.summaryRecordUrl).toBe('./77/artifacts/5');
  expect(l.commitUrl('abc')).toBe('https://github.com/acme/shop/commit/abc');
  expect(timingLinks(ctx, null)).toMatchObject({ buildRecordUrl: null, summaryRecordUrl: null });
});
