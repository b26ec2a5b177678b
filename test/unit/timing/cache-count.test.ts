// One definition of a cached step (issue 11 item 4): the job summary headline, its stage
// table, the terminal text, the JSON report and the comparison count the same steps, on every
// captured stream. The expected numbers come from the independent naive reading of the stream
// (reference.ts): Dockerfile instruction steps (`[stage n/m] ...` vertexes), FROM not counted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReports } from '../../../src/compare/compare.js';
import { renderComparisonMarkdown } from '../../../src/compare/render.js';
import { renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { renderTimingTerminal } from '../../../src/timing/render-terminal.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { TimingReport } from '../../../src/timing/types.js';
import { isStepName, naiveVertexes } from './reference.js';

const ROOTS = ['test/fixtures/rawjson', '/work/shared/fixtures'].filter((d) => existsSync(d));

function streams(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? streams(join(dir, e.name)) : /\.(rawjson|jsonl)$/.test(e.name) ? [join(dir, e.name)] : []
  );
}

/** The Dockerfile each capture was built from (fixture READMEs). */
function dockerfileOf(stream: string): string | undefined {
  const dir = stream.slice(0, stream.lastIndexOf('/'));
  const name = stream.slice(stream.lastIndexOf('/') + 1);
  const file = /^parallel-stages/.test(name)
    ? 'Dockerfile.parallel'
    : /^failed-step/.test(name)
      ? 'Dockerfile.failed'
      : /^(multi-platform|cache-export-failed)/.test(name)
        ? 'Dockerfile.multi-platform'
        : /^single-stage/.test(name)
          ? 'Dockerfile.single-stage'
          : /\.rawjson$/.test(name)
            ? 'Dockerfile'
            : null;
  return file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;
}

const STREAMS = ROOTS.flatMap(streams);

test('the captured streams are all here', () => {
  expect(STREAMS.filter((s) => s.startsWith('test/fixtures/rawjson')).length).toBeGreaterThanOrEqual(9);
});

/** `(c/t steps)` of a headline. */
function headlineCounts(line: string): { cached: number; steps: number } {
  const m = /\((\d+)\/(\d+) steps\)/.exec(line);
  if (!m) throw new Error(`no step counts in ${line}`);
  return { cached: Number(m[1]), steps: Number(m[2]) };
}

/** Sum of the `steps` and `cached` columns of the summary's stage table (the last two cells). */
function markdownStageSums(md: string): { cached: number; steps: number } {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /^\| stage \|/.test(l));
  let steps = 0;
  let cached = 0;
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    const cells = l
      .split('|')
      .map((c) => c.trim())
      .filter((_c, i, a) => i > 0 && i < a.length - 1);
    steps += Number(cells[cells.length - 2]);
    cached += Number(cells[cells.length - 1]);
  }
  return { cached, steps };
}

/** Sum of the `steps` and `cached` columns of the terminal's stage table. */
function terminalStageSums(text: string): { cached: number; steps: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^stage\s/.test(l));
  let steps = 0;
  let cached = 0;
  for (const l of lines.slice(start + 1)) {
    if (l.trim() === '') break;
    const m = /(\d+)\s+(\d+)\s*$/.exec(l);
    if (!m) throw new Error(`not a stage row: ${l}`);
    steps += Number(m[1]);
    cached += Number(m[2]);
  }
  return { cached, steps };
}

describe.each(STREAMS)('%s', (stream) => {
  const ref = [...naiveVertexes(stream).values()].filter((v) => isStepName(v.name) && !/\]\s+FROM\s/.test(v.name));
  const expected = { cached: ref.filter((v) => v.cached).length, steps: ref.length };
  const load = () => reportFromRawjsonFile(stream, { dockerfileText: dockerfileOf(stream) });

  test('headline = sum of the stage table = the JSON report = the reference', async () => {
    const r = await load();
    const md = renderTimingMarkdown(r);
    const headline = md.split('\n').find((l) => l.startsWith('### ')) as string;
    expect(headlineCounts(headline)).toEqual(expected);
    expect(markdownStageSums(md)).toEqual(expected);
    expect({ cached: r.stages.reduce((n, s) => n + s.cachedSteps, 0), steps: r.stages.reduce((n, s) => n + s.steps, 0) }).toEqual(expected);
    expect(r.cacheHitRatio).toBe(expected.steps ? expected.cached / expected.steps : null);
  });

  test('the terminal text counts the same', async () => {
    const r = await load();
    const text = renderTimingTerminal(r, { color: false });
    expect(headlineCounts(text.split('\n')[0])).toEqual(expected);
    expect(terminalStageSums(text)).toEqual(expected);
  });
});

describe('the comparison counts the same steps as each report’s headline', () => {
  const reports = ['cold', 'warm', 'code-change', 'cache-break', 'bigger'].map(
    (n) => JSON.parse(readFileSync(`test/fixtures/reports/${n}.json`, 'utf8')) as TimingReport
  );
  const pairs = reports.flatMap((a, i) => reports.filter((_, j) => j !== i).map((b) => [a, b] as const));

  test.each(pairs.map(([a, b], k) => [k, a, b] as const))('pair %i', (_k, base, head) => {
    const c = compareReports(base, head);
    const counts = (r: TimingReport) => headlineCounts(renderTimingMarkdown(r).split('\n')[0]);
    expect(c.cache).toEqual({ base: counts(base), head: counts(head) });
    expect(c.cacheHitRatio).toEqual({ base: base.cacheHitRatio, head: head.cacheHitRatio });
    const line = renderComparisonMarkdown('img', c)
      .split('\n')
      .find((l) => l.startsWith('Cache hits')) as string;
    const [b, h] = [...line.matchAll(/\((\d+)\/(\d+) steps\)/g)].map((m) => ({ cached: Number(m[1]), steps: Number(m[2]) }));
    expect({ base: b, head: h }).toEqual(c.cache);
  });

  test('a FROM step is never a cache row: its cached flag says whether the base image was local, not whether the build cache worked', () => {
    const [cold, warm] = reports;
    const fromCached = { ...cold, steps: cold.steps.map((s) => (/^FROM /.test(s.instruction) ? { ...s, cached: true } : s)) };
    const c = compareReports(fromCached, warm);
    expect(c.steps.filter((s) => /^FROM /.test(s.instruction) && (s.why === 'cache-miss' || s.why === 'now-cached'))).toEqual([]);
  });
});
