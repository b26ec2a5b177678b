// The comparison on reports captured from real builds (test/fixtures/reports/capture.sh).
import { readFileSync } from 'node:fs';
import { compareReports, delta, matchSteps, parseRegressionThreshold } from '../../../src/compare/compare.js';
import { mergeCommentSections, renderComparisonMarkdown, COMMENT_MARKER } from '../../../src/compare/render.js';
import type { StepTiming, TimingReport } from '../../../src/timing/types.js';

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/reports/${name}.json`, 'utf8')) as TimingReport;
const cold = load('cold');
const warm = load('warm');
const codeChange = load('code-change');
const cacheBreak = load('cache-break');
const bigger = load('bigger');
const t = { percent: 10, minSeconds: 0.2 };

test('cold against warm: the total delta is the difference of the two reports, and it improved', () => {
  const c = compareReports(cold, warm, t);
  expect(c.total.deltaMs).toBe(warm.durationMs - cold.durationMs);
  expect(c.verdict).toBe('improved');
  expect(c.cacheHitRatio).toEqual({ base: cold.cacheHitRatio, head: warm.cacheHitRatio });
  expect(c.steps.filter((s) => s.why === 'now-cached').length).toBe(warm.steps.filter((s) => s.cached && !/^FROM/.test(s.instruction)).length);
});

test('moving COPY . . before the install is a regression whose top step is the install, now a cache miss', () => {
  const c = compareReports(codeChange, cacheBreak, t);
  expect(c.verdict).toBe('regressed');
  const top = c.steps[0];
  expect(top.instruction).toMatch(/npm ci/);
  expect(top.why).toBe('cache-miss');
  const ranInHead = cacheBreak.steps.find((s) => /npm ci/.test(s.instruction))!;
  expect(top.delta.deltaMs).toBe(ranInHead.durationMs - 0);
  expect(c.steps.find((s) => s.instruction === 'COPY . .')?.why).toBe('new');
});

test('a bigger image is flagged with its byte delta', () => {
  const c = compareReports(codeChange, bigger, t);
  expect(c.imageSize.deltaBytes).toBe((bigger.image.sizeBytes as number) - (codeChange.image.sizeBytes as number));
  expect(c.imageSize.deltaBytes).toBeGreaterThan(20_000_000);
  expect(c.imageSize.flagged).toBe(true);
  expect(c.verdict).toBe('regressed');
});

test('changes inside the noise are not flagged', () => {
  const c = compareReports(warm, codeChange, { percent: 10, minSeconds: 5 });
  expect(c.total.flagged).toBe(false);
  expect(c.stages.every((s) => !s.delta.flagged)).toBe(true);
  expect(c.verdict).toBe('unchanged');
});

test('a change is flagged only over both the percentage and the minimum seconds', () => {
  expect(delta(100_000, 104_000, { percent: 10, minSeconds: 1 }).flagged).toBe(false); // 4%: under the percentage
  expect(delta(1_000, 3_000, { percent: 10, minSeconds: 5 }).flagged).toBe(false); // 2 s: under the minimum
  expect(delta(10_000, 20_000, { percent: 10, minSeconds: 5 }).flagged).toBe(true);
});

test('steps are matched by instruction and line, not by the [stage n/m] prefix', () => {
  const renamed = codeChange.steps.map((s) => ({ ...s, name: s.name.replace(/^\[\S+/, '[renamed') }));
  const pairs = matchSteps(codeChange.steps, renamed);
  expect(pairs.every(([a, b]) => a && b && a.instruction === b.instruction)).toBe(true);
});

test('every stage of both builds appears once', () => {
  const c = compareReports(codeChange, cacheBreak, t);
  const names = new Set([...codeChange.stages, ...cacheBreak.stages].map((s) => s.name));
  expect(c.stages.map((s) => s.name).sort()).toEqual([...names].sort());
});

test.each([
  ['10%,5s', { percent: 10, minSeconds: 5 }],
  ['5s,20%', { percent: 20, minSeconds: 5 }],
  ['2m', { percent: 10, minSeconds: 120 }],
  ['', { percent: 10, minSeconds: 5 }]
])('threshold %p', (text, expected) => {
  expect(parseRegressionThreshold(text)).toEqual(expected);
});

test('a bad threshold names the input and the fix', () => {
  expect(() => parseRegressionThreshold('ten percent')).toThrow(/Input "regression-threshold".*10%,5s/);
});

test('the markdown names the image, the verdict and why the top step changed, escaped', () => {
  const md = renderComparisonMarkdown('127.0.0.1:5000/app<x>', compareReports(codeChange, cacheBreak, t));
  expect(md).toContain('&lt;x&gt;');
  expect(md).toContain('🔴 slower');
  // npm ci re-ran because COPY . . (moved before it) changed: the cause names that step
  expect(md).toContain('re-ran: <code>COPY . .</code> deps L3 changed');
});

describe('one comment, one section per image', () => {
  test('a new comment starts with the hidden marker', () => {
    const body = mergeCommentSections(null, 'api', 'API section');
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('API section');
  });
  test('a second image adds its section; the first is kept', () => {
    const body = mergeCommentSections(mergeCommentSections(null, 'api', 'API v1'), 'web', 'WEB v1');
    expect(body).toContain('API v1');
    expect(body).toContain('WEB v1');
  });
  test('an update replaces only its own section', () => {
    const both = mergeCommentSections(mergeCommentSections(null, 'api', 'API v1'), 'web', 'WEB v1');
    const updated = mergeCommentSections(both, 'api', 'API v2');
    expect(updated).toContain('API v2');
    expect(updated).not.toContain('API v1');
    expect(updated).toContain('WEB v1');
    expect(mergeCommentSections(updated, 'api', 'API v2')).toBe(updated);
  });
});

describe('reports written by earlier versions (issue 12): steps without `instruction`', () => {
  // the step fields README.md documents for the JSON report, as earlier versions wrote them:
  // name, stage, platform, cached, durationMs, line (no instruction, no startMs, no digest)
  const documented = (npmCiCached: boolean) =>
    ({
      schemaVersion: 1,
      durationMs: npmCiCached ? 6_000 : 65_000,
      cacheHitRatio: npmCiCached ? 1 : 0.5,
      stages: [{ name: 'deps', platform: null, durationMs: npmCiCached ? 5_000 : 60_000, steps: 2, cachedSteps: npmCiCached ? 2 : 1 }],
      steps: [
        { name: '[deps 1/3] FROM docker.io/library/node:20-bookworm-slim', stage: 'deps', platform: null, cached: false, durationMs: 900, line: 1 },
        { name: '[deps 2/3] COPY package.json package-lock.json ./', stage: 'deps', platform: null, cached: true, durationMs: 0, line: 3 },
        { name: '[deps 3/3] RUN npm ci', stage: 'deps', platform: null, cached: npmCiCached, durationMs: npmCiCached ? 0 : 59_000, line: 4 }
      ],
      phases: { contextTransferMs: 10, cacheImportMs: 0, cacheExportMs: 0, imageExportMs: 300, pushMs: 0 },
      criticalPath: [],
      slowest: [],
      image: { digest: null, tags: [], sizeBytes: null, layers: null },
      warnings: [],
      failed: null
    }) as unknown as TimingReport;

  test('two such reports compare: steps matched by the instruction in their name', () => {
    const c = compareReports(documented(false), documented(true), t);
    const npmCi = c.steps.find((s) => s.why === 'now-cached');
    expect(npmCi?.instruction).toBe('RUN npm ci');
    expect(npmCi?.line).toBe(4);
    expect(npmCi?.delta.deltaMs).toBe(-59_000);
    expect(c.steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
    expect(c.cache).toEqual({ base: { cached: 1, steps: 2 }, head: { cached: 2, steps: 2 } });
    expect(renderComparisonMarkdown('img', c)).toContain('<code>RUN npm ci</code> deps L4');
  });

  test('an earlier report against a current one: the same build matches step for step', () => {
    const withoutInstruction = (s: StepTiming): Partial<StepTiming> => {
      const o: Partial<StepTiming> = { ...s };
      delete o.instruction;
      return o;
    };
    const old = { ...codeChange, steps: codeChange.steps.map(withoutInstruction) } as unknown as TimingReport;
    const c = compareReports(old, codeChange, t);
    expect(c.steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
    expect(compareReports(codeChange, old, t).steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
    expect(matchSteps(old.steps, codeChange.steps).every(([a, b]) => a && b)).toBe(true);
  });
});
