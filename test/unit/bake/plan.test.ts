// The resolved definition buildx printed for examples/compose (captured on both engine
// paths) → per-target tags, labels and cache flags, and the one bake argv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bakeSupportsNetwork, parseBakePrint, parseImagesMapping, planBake, selectTargets, type BakeOptions } from '../../../src/bake/plan.js';
import { InputError } from '../../../src/common/errors.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { gitContext } from '../../helpers/git-context.js';

const FIX = join(process.cwd(), 'test/fixtures/bake');
const print = (v: string) => parseBakePrint(readFileSync(join(FIX, `compose-print-buildx-${v}.json`), 'utf8'));

const MAIN = gitContext({ sha: '1a2b3c4d5e6f7a8b9c0d', runId: '42' });
const PR: GitContext = { ...MAIN, eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main', headRef: 'feat/x', prNumber: 7 };

function opts(over: Partial<BakeOptions> = {}): BakeOptions {
  return {
    files: ['/w/examples/compose/compose.yml'],
    targets: [],
    images: {},
    tagPrefix: '',
    push: true,
    cache: 'registry',
    cacheWriteOnPr: false,
    cacheDir: '',
    network: '',
    builder: '',
    ctx: MAIN,
    env: {},
    now: new Date('2026-11-26T07:00:00Z'),
    tempDir: '/t',
    buildxVersion: '0.29.1',
    ...over
  };
}

const sets = (argv: string[]) => argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));

describe.each(['0.29', '0.13'])('buildx %s print', (v) => {
  test('every service with a build section is a target; postgres and redis are not', () => {
    expect(selectTargets(print(v), []).sort()).toEqual(['api', 'storefront', 'worker']);
  });

  test('tags per target from its image:, as for a single image', () => {
    const p = planBake(print(v), opts());
    const api = p.targets.find((t) => t.name === 'api');
    expect(api?.image).toBe('127.0.0.1:5000/shop/api');
    expect(api?.tags).toEqual(['127.0.0.1:5000/shop/api:main', '127.0.0.1:5000/shop/api:latest', '127.0.0.1:5000/shop/api:sha-1a2b3c4']);
    expect(p.targets.find((t) => t.name === 'storefront')?.tags[0]).toBe('127.0.0.1:5000/shop/storefront:main');
    expect(sets(p.argv)).toEqual(
      expect.arrayContaining([
        'api.tags=127.0.0.1:5000/shop/api:main',
        'worker.tags=127.0.0.1:5000/shop/worker:sha-1a2b3c4',
        'api.labels.org.opencontainers.image.revision=1a2b3c4d5e6f7a8b9c0d'
      ])
    );
  });

  test('a cache of its own per target: registry refs next to each image', () => {
    const s = sets(planBake(print(v), opts()).argv);
    expect(s).toEqual(
      expect.arrayContaining([
        'api.cache-from=type=registry,ref=127.0.0.1:5000/shop/api:buildcache',
        'api.cache-to=type=registry,ref=127.0.0.1:5000/shop/api:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
        'worker.cache-from=type=registry,ref=127.0.0.1:5000/shop/worker:buildcache',
        'storefront.cache-to=type=registry,ref=127.0.0.1:5000/shop/storefront:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true'
      ])
    );
  });

  test('gha scopes per target; a pull request reads its base branch and writes nothing', () => {
    const env = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://r/' };
    const p = planBake(print(v), opts({ cache: 'gha', env, ctx: PR, push: false }));
    const s = sets(p.argv);
    expect(s).toContain('api.cache-from=type=gha,scope=shop-api-runtime');
    expect(s).toContain('worker.cache-from=type=gha,scope=shop-worker-runtime');
    expect(s).toContain('storefront.cache-from=type=gha,scope=shop-storefront');
    expect(s.filter((x) => /cache-to/.test(x))).toEqual([]);
    expect(p.argv).not.toContain('--push');
  });

  test('one bake argv: files, rawjson, metadata file, push, then the targets', () => {
    const p = planBake(print(v), opts({ targets: ['api', 'worker'] }));
    expect(p.argv.slice(0, 7)).toEqual([
      'bake',
      '-f',
      '/w/examples/compose/compose.yml',
      '--progress=rawjson',
      '--metadata-file',
      '/t/bake-metadata.json',
      '--push'
    ]);
    expect(p.argv.slice(-2)).toEqual(['api', 'worker']);
    expect(p.targets.map((t) => t.name)).toEqual(['api', 'worker']);
  });

  test('bake-images wins over image:', () => {
    const p = planBake(print(v), opts({ images: parseImagesMapping(['api=123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api']) }));
    expect(p.targets.find((t) => t.name === 'api')?.tags[0]).toBe('123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:main');
    expect([...p.registries].sort()).toEqual(['123456789012.dkr.ecr.eu-west-1.amazonaws.com', '127.0.0.1:5000']);
  });

  test('skipped targets are not built and keep their reason', () => {
    const p = planBake(print(v), opts({ skip: { storefront: 'skipped: none of its inputs changed' } }));
    expect(p.argv).not.toContain('storefront');
    expect(p.skipped).toEqual([{ name: 'storefront', reason: 'skipped: none of its inputs changed' }]);
  });
});

test('network: --set on a buildx whose bake reads it, a compose override file on older ones', () => {
  const now = planBake(print('0.29'), opts({ network: 'host' }));
  expect(sets(now.argv)).toContain('api.network=host');
  expect(now.overrideFile).toBeNull();
  const old = planBake(print('0.13'), opts({ network: 'host', buildxVersion: '0.13.1' }));
  expect(sets(old.argv).some((s) => /network/.test(s))).toBe(false);
  expect(old.overrideFile?.content).toContain('"worker":\n    build:\n      network: "host"');
  expect(old.argv).toContain('/t/network.compose.yml');
  expect(() => planBake(print('0.13'), opts({ network: 'host', buildxVersion: '0.13.1', files: ['/w/docker-bake.hcl'] }))).toThrow(/Input "network"/);
  expect(bakeSupportsNetwork('0.13.1')).toBe(false);
});

describe('bad input: one line naming the input', () => {
  test('a compose file without build sections', () => {
    const def = parseBakePrint('{"group":{"default":{"targets":null}},"target":{}}');
    expect(() => planBake(def, opts())).toThrow(InputError);
    expect(() => planBake(def, opts())).toThrow(/^Input "bake": the definition has no target to build/);
  });
  test('an unknown target', () => {
    expect(() => planBake(print('0.29'), opts({ targets: ['api', 'nope'] }))).toThrow(
      /^Input "targets": unknown target "nope"; use one of api, storefront, worker/
    );
  });
  test('pushing a target without an image', () => {
    const def = parseBakePrint('{"target":{"x":{"context":"."}}}');
    expect(() => planBake(def, opts())).toThrow(/^Input "bake-images": target "x" has no image/);
  });
  test('a bake-images line that is not target=image', () => {
    expect(() => parseImagesMapping(['registry/api'])).toThrow(/^Input "bake-images"/);
  });
});

test('the action-wide input check lets a bake push without `tags`/`images` (targets carry their images)', async () => {
  const { checkInputs } = await import('../../../src/inputs/validate.js');
  const { defaultInputs } = await import('../../../src/inputs/inputs.js');
  expect(() => {
    checkInputs(defaultInputs({ push: true, bake: ['compose.yml'] }));
  }).not.toThrow();
  expect(() => {
    checkInputs(defaultInputs({ push: true }));
  }).toThrow(/^Input "tags": push is true but no tag is set/);
});
