// The rawjson streams of real bakes of examples/compose (api and worker: one build, two
// targets; storefront: its own), captured on both engine paths, split per target.
import { join } from 'node:path';
import { BakeSplitter, splitTargetPrefix } from '../../../src/bake/split.js';
import { readRawjsonFile } from '../../../src/timing/rawjson-parser.js';

const FIX = join(process.cwd(), 'test/fixtures/bake');
const TARGETS = ['api', 'worker', 'storefront'];

async function split(file: string) {
  const s = new BakeSplitter(TARGETS);
  for await (const st of readRawjsonFile(join(FIX, file))) s.add(st);
  return s.finish((t) => ({ meta: { target: t } }));
}

test('the target prefix comes off every vertex name', () => {
  const t = new Set(TARGETS);
  expect(splitTargetPrefix('[api deps 2/2] RUN npm ci', t)).toEqual({ target: 'api', name: '[deps 2/2] RUN npm ci' });
  expect(splitTargetPrefix('[storefront 3/4] COPY package.json ./', t)).toEqual({ target: 'storefront', name: '[3/4] COPY package.json ./' });
  expect(splitTargetPrefix('[worker internal] load build context', t)).toEqual({ target: 'worker', name: '[internal] load build context' });
  expect(splitTargetPrefix('[api] exporting to image', t)).toEqual({ target: 'api', name: 'exporting to image' });
  expect(splitTargetPrefix('[internal] load local bake definitions', t)).toBeNull();
  expect(splitTargetPrefix('[deps 2/2] RUN x', t)).toBeNull();
});

describe.each(['compose-cold-buildx-0.29.rawjson', 'compose-cold-buildx-0.13.rawjson'])('%s', (file) => {
  test('each target gets its own report with its own steps', async () => {
    const b = await split(file);
    expect(Object.keys(b.targets).sort()).toEqual(['api', 'storefront', 'worker']);
    const names = (t: string) => b.targets[t].steps.map((s) => s.instruction);
    for (const t of ['api', 'worker']) {
      expect(names(t)).toEqual(
        expect.arrayContaining([
          'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund',
          'COPY src ./src',
          'COPY --from=deps /app/node_modules ./node_modules'
        ])
      );
    }
    expect(names('storefront')).not.toContain('RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund');
    expect(names('storefront')).toContain('COPY src ./src');
    for (const t of TARGETS) {
      expect(b.targets[t].durationMs).toBeGreaterThan(0);
      expect(b.targets[t].durationMs).toBeLessThanOrEqual(b.durationMs);
      expect(b.targets[t].meta.target).toBe(t);
    }
    // only api pushed a registry cache in this capture
    expect(b.targets.api.phases.cacheExportMs).toBeGreaterThan(0);
    expect(b.targets.worker.phases.cacheExportMs).toBe(0);
  });

  test('the steps api and worker share are listed once, with both targets, and ran once', async () => {
    const b = await split(file);
    const install = b.shared.find((s) => /npm ci/.test(s.instruction));
    expect(install).toBeDefined();
    expect(install?.targets.sort()).toEqual(['api', 'worker']);
    expect(install?.cached).toBe(false);
    expect(install?.runs).toBe(1);
    expect(install?.durationMs).toBeGreaterThan(0);
    // one digest, so one entry; the api and worker reports point at the same vertex
    expect(b.shared.filter((s) => /npm ci/.test(s.instruction))).toHaveLength(1);
    const apiStep = b.targets.api.steps.find((s) => /npm ci/.test(s.instruction));
    const workerStep = b.targets.worker.steps.find((s) => /npm ci/.test(s.instruction));
    expect(apiStep?.digest).toBe(workerStep?.digest);
    // every step of worker is one api ran too: distinct steps are fewer than the per-target sum
    const perTarget = TARGETS.reduce((a, t) => a + b.targets[t].steps.filter((s) => !/^FROM/.test(s.instruction)).length, 0);
    expect(b.steps.distinct).toBeLessThan(perTarget);
    expect(b.stepMs.once).toBeLessThan(b.stepMs.perTargetSum);
  });
});

// A warm bake on the default engine while other builds ran on it (captured by
// `cli bake --cache registry` on a copy of examples/compose with a changed package.json):
// npm ci ran once for api and worker; the base image's FROM came back with the start time
// another build had given it 15 minutes before.
describe('compose-warm-buildx-0.13.rawjson', () => {
  const BAKE_START = Date.parse('2026-11-26T08:13:43.000Z');
  async function warm(notBefore: number | null) {
    const s = new BakeSplitter(TARGETS, notBefore);
    for await (const st of readRawjsonFile(join(FIX, 'compose-warm-buildx-0.13.rawjson'))) s.add(st);
    return s.finish(
      (t) => ({ meta: { target: t } }),
      (t) => (t === 'storefront' ? 'storefront' : 'backend|runtime')
    );
  }

  test('npm ci ran once for both targets', async () => {
    const install = (await warm(BAKE_START)).shared.find((s) => /npm ci/.test(s.instruction));
    expect(install?.targets.sort()).toEqual(['api', 'worker']);
    expect(install?.runs).toBe(1);
  });

  test('times another build gave a shared vertex before this bake are clipped to the bake start', async () => {
    const b = await warm(BAKE_START);
    expect(b.durationMs).toBeLessThan(60_000);
    for (const t of TARGETS) expect(b.targets[t].durationMs).toBeLessThan(60_000);
  });
});

// `docker buildx bake api worker` (no cache flags) on the default engine, where buildx gave
// each target its own context session: the same steps carry a digest per target.
describe('compose-api-worker-own-sessions-buildx-0.13.rawjson', () => {
  async function own(key?: (t: string) => string) {
    const s = new BakeSplitter(['api', 'worker']);
    for await (const st of readRawjsonFile(join(FIX, 'compose-api-worker-own-sessions-buildx-0.13.rawjson'))) s.add(st);
    return s.finish((t) => ({ meta: { target: t } }), key);
  }
  test('the digests differ per target', async () => {
    const b = await own();
    const d = (t: string) => b.targets[t].steps.find((s) => /npm ci/.test(s.instruction))?.digest;
    expect(d('api')).toBeDefined();
    expect(d('api')).not.toBe(d('worker'));
    expect(b.shared.find((s) => /npm ci/.test(s.instruction))).toBeUndefined();
  });
  test('grouped by build (context, Dockerfile, stage), the step is one shared step of both targets', async () => {
    const b = await own(() => 'backend|Dockerfile|runtime');
    const install = b.shared.find((s) => /npm ci/.test(s.instruction));
    expect(install?.targets.sort()).toEqual(['api', 'worker']);
    expect(install?.runs).toBeLessThanOrEqual(1);
    expect(b.shared.filter((s) => /npm ci/.test(s.instruction))).toHaveLength(1);
  });
});
