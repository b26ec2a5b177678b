// Which registries a build touches: pushes and registry caches, pushing or not.
import { cacheEntryFields, registryAccess, registryCacheRefs } from '../../../src/plan/registry-access.js';

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const cache = (cacheFrom: string[], cacheTo: string[] = []) => ({ cacheFrom, cacheTo });

test.each([
  ['type=registry,ref=r.io/a:cache,mode=max', { type: 'registry', ref: 'r.io/a:cache', mode: 'max' }],
  ['r.io/a:cache', { type: 'registry', ref: 'r.io/a:cache' }],
  ['type=registry,"ref=r.io/a:cache",mode=max', { type: 'registry', ref: 'r.io/a:cache', mode: 'max' }],
  ['type=gha,scope=app', { type: 'gha', scope: 'app' }],
  ['type=local,src=/tmp/x', { type: 'local', src: '/tmp/x' }]
])('cache entry %s', (entry, fields) => {
  expect(cacheEntryFields(entry)).toEqual(fields);
});

test('only registry-backed cache entries have refs', () => {
  expect(registryCacheRefs(['type=gha,scope=a', 'type=registry,ref=r.io/a:c', 'r.io/b:c', 'type=inline', 'type=local,src=/x'])).toEqual([
    'r.io/a:c',
    'r.io/b:c'
  ]);
});

test('a pull request build that does not push still touches the ECR registry its cache lives in', () => {
  const access = registryAccess({
    tags: [`${ECR}/shop/api:pr-7`],
    push: false,
    cache: cache([`type=registry,ref=${ECR}/shop/api:buildcache-feature`, `type=registry,ref=${ECR}/shop/api:buildcache`])
  });
  expect(access).toEqual([
    {
      registry: ECR,
      ecr: { accountId: '123456789012', region: 'eu-west-1', fips: false },
      repositories: [{ repository: 'shop/api', push: false, cacheRead: true, cacheWrite: false }]
    }
  ]);
});

test('pushing to one registry with the cache in another: both, each with its own use', () => {
  const other = '210987654321.dkr.ecr.us-east-1.amazonaws.com';
  const access = registryAccess({
    tags: ['ghcr.io/acme/api:main', 'ghcr.io/acme/api:latest'],
    push: true,
    cache: cache([`type=registry,ref=${other}/cache/api:buildcache`], [`type=registry,ref=${other}/cache/api:buildcache,mode=max`])
  });
  expect(access.map((r) => [r.registry, r.ecr?.region ?? null, r.repositories])).toEqual([
    ['ghcr.io', null, [{ repository: 'acme/api', push: true, cacheRead: false, cacheWrite: false }]],
    [other, 'us-east-1', [{ repository: 'cache/api', push: false, cacheRead: true, cacheWrite: true }]]
  ]);
});

test('no push and a gha cache: nothing is touched', () => {
  expect(
    registryAccess({ tags: [`${ECR}/shop/api:main`], push: false, cache: { cacheFrom: ['type=gha,scope=a'], cacheTo: ['type=gha,scope=a,mode=max'] } })
  ).toEqual([]);
});
