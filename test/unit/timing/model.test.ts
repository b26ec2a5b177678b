import { readFileSync } from 'node:fs';
import { parseStepName, classifyVertex } from '../../../src/timing/vertex.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import { isStepName, naiveObjects, naiveVertexes } from './reference.js';

const B = 'test/fixtures/rawjson/buildx-0.13';
const C = 'test/fixtures/rawjson/captured';
const H = 'test/fixtures/rawjson/buildkit-history';

const cases = [
  { stream: `${B}/cold-push-registry-cache.rawjson`, dockerfile: `${B}/Dockerfile`, metadata: `${B}/cold-push-registry-cache.metadata.json` },
  { stream: `${B}/warm-from-registry-cache.rawjson`, dockerfile: `${B}/Dockerfile`, metadata: `${B}/warm-from-registry-cache.metadata.json` },
  { stream: `${B}/failed-step.rawjson`, dockerfile: `${B}/Dockerfile.failed`, metadata: null },
  { stream: `${B}/parallel-stages-cold-push.rawjson`, dockerfile: `${B}/Dockerfile.parallel`, metadata: `${B}/parallel-stages-cold-push.metadata.json` },
  { stream: `${B}/parallel-stages-code-change-from-registry-cache.rawjson`, dockerfile: `${B}/Dockerfile.parallel`, metadata: null },
  { stream: `${C}/multi-platform.rawjson`, dockerfile: `${C}/Dockerfile.multi-platform`, metadata: `${C}/multi-platform.metadata.json` },
  { stream: `${C}/cache-export-failed.rawjson`, dockerfile: `${C}/Dockerfile.multi-platform`, metadata: null },
  { stream: `${H}/moby-buildkit-84steps.jsonl`, dockerfile: null, metadata: null },
  { stream: `${C}/single-stage.rawjson`, dockerfile: `${C}/Dockerfile.single-stage`, metadata: null }
];

async function load(c: (typeof cases)[number]) {
  return reportFromRawjsonFile(c.stream, {
    dockerfileText: c.dockerfile ? readFileSync(c.dockerfile, 'utf8') : undefined,
    metadata: c.metadata ? JSON.parse(readFileSync(c.metadata, 'utf8')) : undefined
  });
}

describe.each(cases)('$stream', (c) => {
  const ref = naiveVertexes(c.stream);
  const refSteps = [...ref.values()].filter((v) => isStepName(v.name));

  test('one step per distinct step vertex, merged across its appearances', async () => {
    const r = await load(c);
    expect(r.steps.map((s) => s.digest).sort()).toEqual(refSteps.map((v) => v.digest).sort());
  });

  test('cached steps are the vertexes BuildKit marked cached', async () => {
    const r = await load(c);
    expect(r.steps.filter((s) => s.cached).length).toBe(refSteps.filter((v) => v.cached).length);
  });

  test('the total spans the first start to the last completion', async () => {
    const r = await load(c);
    const starts = [...ref.values()].flatMap((v) => v.starts);
    const ends = [...ref.values()].flatMap((v) => v.ends);
    expect(r.durationMs).toBe(Math.max(...ends) - Math.min(...starts));
  });

  test('stages count every step once (FROM not counted, as in the headline), and a stage never lasts longer than the build', async () => {
    const r = await load(c);
    expect(r.stages.reduce((n, s) => n + s.steps, 0)).toBe(refSteps.filter((v) => !/\]\s+FROM\s/.test(v.name)).length);
    const rows = new Set(r.stages.map((s) => `${s.platform} ${s.name}`));
    for (const s of r.steps) expect(rows.has(`${s.platform} ${s.stage}`)).toBe(true);
    for (const s of r.stages) expect(s.durationMs).toBeLessThanOrEqual(r.durationMs);
  });

  test('the cache hit ratio is cached / cacheable steps (FROM excluded)', async () => {
    const r = await load(c);
    const cacheable = refSteps.filter((v) => !/\]\s+FROM\s/.test(v.name));
    const expected = cacheable.length ? cacheable.filter((v) => v.cached).length / cacheable.length : null;
    expect(r.cacheHitRatio).toBe(expected);
  });

  if (c.dockerfile) {
    test('each step points at a Dockerfile line with its instruction', async () => {
      const r = await load(c);
      const lines = readFileSync(c.dockerfile, 'utf8').split('\n');
      for (const s of r.steps) {
        expect(s.line).not.toBeNull();
        const keyword = s.instruction.split(/\s/)[0];
        expect(lines[(s.line as number) - 1].trim().toUpperCase().startsWith(keyword)).toBe(true);
      }
    });
  }
});

test('a single unnamed stage is stage-0, with every step on its line', async () => {
  const r = await load(cases[8]);
  expect(r.stages.map((s) => s.name)).toEqual(['stage-0']);
  expect(r.steps.filter((s) => /^RUN/.test(s.instruction)).map((s) => s.line)).toEqual([3, 5]);
});

test('parallel stages overlap: their durations add up to more than the build', async () => {
  const r = await load(cases[7]);
  expect(r.stages.length).toBeGreaterThan(10);
  expect(r.stages.reduce((n, s) => n + s.durationMs, 0)).toBeGreaterThan(r.durationMs);
});

test('a failed build names the failing step, its line and its last log lines', async () => {
  const r = await load(cases[2]);
  const ref = [...naiveVertexes(cases[2].stream).values()].find((v) => v.error && isStepName(v.name))!;
  expect(r.failed?.name).toBe(ref.name);
  expect(r.failed?.error).toBe(ref.error);
  const df = readFileSync(cases[2].dockerfile as string, 'utf8').split('\n');
  expect(df[(r.failed?.line as number) - 1]).toContain('exit 3');
  expect(r.failed?.logTail).toContain('boom');
});

test('multi-platform builds get a row per (platform, stage)', async () => {
  const r = await load(cases[5]);
  const refRows = new Set(
    [...naiveVertexes(cases[5].stream).values()]
      .filter((v) => isStepName(v.name))
      .map((v) => {
        const p = parseStepName(v.name)!;
        return `${p.platform} ${p.stage}`;
      })
  );
  expect(new Set(r.stages.map((s) => `${s.platform} ${s.name}`))).toEqual(refRows);
  expect([...refRows].some((k) => k.startsWith('linux/arm64'))).toBe(true);
});

test('a cache export that failed with ignore-error is a warning, not a failure', async () => {
  const r = await load(cases[6]);
  expect(r.failed).toBeNull();
  expect(r.warnings.some((w) => /cache export failed/.test(w))).toBe(true);
  expect(r.phases.cacheExportMs).toBeGreaterThan(0);
});

test('a missing cache on the first build is a warning, not a failure', async () => {
  const r = await load(cases[0]);
  expect(r.failed).toBeNull();
  expect(r.warnings.some((w) => /no cache found to import yet/.test(w))).toBe(true);
});

test('cache import, export, image export and push phases come from their vertexes', async () => {
  const r = await load(cases[0]);
  const ref = [...naiveVertexes(cases[0].stream).values()];
  const span = (re: RegExp) => ref.filter((v) => re.test(v.name)).reduce((n, v) => n + (Math.max(...v.ends) - Math.min(...v.starts)), 0);
  expect(r.phases.cacheExportMs).toBe(span(/^exporting cache/));
  // the registry push inside `exporting to image` (its `pushing ...` statuses) is push time, not export time
  const exportVertex = ref.find((v) => /^exporting to image/.test(v.name))!;
  const pushInside = naiveObjects(cases[0].stream)
    .flatMap((o) => (o.statuses as Array<Record<string, string>> | undefined) ?? [])
    .filter((s) => s.vertex === exportVertex.digest && /^pushing/.test(s.id) && s.started && s.completed)
    .reduce((m, s) => m.set(s.id, Date.parse(s.completed) - Date.parse(s.started)), new Map<string, number>());
  const pushInsideMs = [...pushInside.values()].reduce((a, b) => a + b, 0);
  expect(pushInsideMs).toBeGreaterThan(0);
  expect(Math.abs(r.phases.imageExportMs - (span(/^exporting to image/) - pushInsideMs))).toBeLessThanOrEqual(1);
  expect(r.phases.pushMs).toBeGreaterThanOrEqual(span(/^pushing /));
});

test('image digest and tags come from the metadata file', async () => {
  const r = await load(cases[0]);
  const md = JSON.parse(readFileSync(cases[0].metadata as string, 'utf8'));
  expect(r.image.digest).toBe(md['containerimage.digest']);
  expect(r.image.tags).toEqual(md['image.name'].split(','));
});

test('the critical path of the parallel code-change build runs through the re-run compile stage', async () => {
  const r = await load(cases[4]);
  expect(r.criticalPath.some((n) => /^\[compile 2\/2\] RUN/.test(n))).toBe(true);
  expect(r.criticalPath.some((n) => /^\[assets/.test(n))).toBe(false);
});

test.each([
  ['[deps 3/4] RUN npm ci', { platform: null, stage: 'deps', n: 3, m: 4, instruction: 'RUN npm ci' }],
  ['[linux/amd64->arm64 build 3/37] RUN make', { platform: 'linux/amd64->arm64', stage: 'build', n: 3, m: 37, instruction: 'RUN make' }],
  ['[integration-tests-base  3/18] RUN apk add', { platform: null, stage: 'integration-tests-base', n: 3, m: 18, instruction: 'RUN apk add' }],
  ['[2/2] RUN make (one unnamed stage)', { platform: null, stage: 'stage-0', n: 2, m: 2, instruction: 'RUN make (one unnamed stage)' }],
  ['[linux/arm64 2/3] COPY . .', { platform: 'linux/arm64', stage: 'stage-0', n: 2, m: 3, instruction: 'COPY . .' }]
])('step name %s', (name, expected) => {
  expect(parseStepName(name)).toEqual(expected);
});

test.each([
  ['[internal] load build context', 'context'],
  ['[linux/amd64 internal] load metadata for docker.io/library/debian:bookworm-slim', 'internal'],
  ['importing cache manifest from 127.0.0.1:5000/app:cache', 'cache-import'],
  ['exporting cache to registry', 'cache-export'],
  ['exporting to image', 'export'],
  ['pushing 127.0.0.1:5000/app:1 with docker', 'push']
])('vertex %s is %s', (name, kind) => {
  expect(classifyVertex(name)).toBe(kind);
});
