// Issue 17: the comparison and the PR comment, on real Medusa-style builds from both engine
// paths (test/fixtures/rawjson/medusa/README.md). `warm` is what the base branch's build looks
// like to a PR that changes src/ (`changed`); `cold` is a first build with no cache to import.
import { readFileSync } from 'node:fs';
import { compareReports, type Comparison } from '../../../src/compare/compare.js';
import { deltaCell, mergeCommentSections, pctText, renderComparisonMarkdown } from '../../../src/compare/render.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { TimingReport } from '../../../src/timing/types.js';

const M = 'test/fixtures/rawjson/medusa';
const DOCKERFILE = readFileSync(`${M}/Dockerfile`, 'utf8');
const ENGINES = ['docker-0.13', 'runner-0.29'] as const;
type Engine = (typeof ENGINES)[number];
const DRIVER: Record<Engine, string> = { 'docker-0.13': 'docker', 'runner-0.29': 'docker-container' };
const COMMIT = { cold: '0c01d00000', warm: '3a7f9e1b2c4d', changed: '9d8e7f6a5b4c' } as const;

async function load(engine: Engine, build: 'cold' | 'changed' | 'warm', meta: Record<string, string> = {}): Promise<TimingReport> {
  return reportFromRawjsonFile(`${M}/${engine}-${build}.rawjson`, {
    dockerfileText: DOCKERFILE,
    metadata: JSON.parse(readFileSync(`${M}/${engine}-${build}.metadata.json`, 'utf8')),
    meta: { driver: DRIVER[engine], builder: 'b', cacheBackend: 'registry', cacheRef: '127.0.0.1:5000/demo-medusa:buildcache', commit: COMMIT[build], ...meta }
  });
}

const render = (c: Comparison) =>
  renderComparisonMarkdown('127.0.0.1:5000/demo-medusa', c, {
    baseLabel: 'main',
    runUrl: 'https://github.com/acme/shop/actions/runs/77',
    buildRecordUrl: 'https://github.com/acme/shop/actions/runs/77/artifacts/5',
    commitUrl: (sha) => `https://github.com/acme/shop/commit/${sha}`
  });

/** The rows of the table before the fold. */
const topRows = (md: string) =>
  md
    .split('<details>')[0]
    .split('\n')
    .filter((l) => /^\| (?!what changed|---)/.test(l));

describe.each(ENGINES)('%s', (engine) => {
  test('2/3. the comparison has rows for image export, cache import, cache export and push; a cold base makes the export the biggest change', async () => {
    const c = compareReports(await load(engine, 'cold'), await load(engine, 'changed'));
    expect(c.phases.map((p) => p.label)).toEqual(['context transfer', 'cache import', 'cached layers loaded', 'image export', 'cache export', 'push']);
    const exp = c.phases.find((p) => p.key === 'imageExportMs')!;
    expect(exp.delta.deltaMs).toBeLessThan(-60_000);
    expect(exp.delta.flagged).toBe(true);
    const md = render(c);
    const details = md.split('<details>')[1];
    for (const label of ['image export', 'cache import', 'cache export', 'push'])
      expect(details).toMatch(new RegExp(`^\\| <i>${label}</i> \\| [\\dm.]+s \\| [\\dm.]+s \\| `, 'm'));
    expect(topRows(md)).toContainEqual(
      expect.stringMatching(/^\| <i>image export<\/i> \| 🟢&nbsp;−\dm\d\ds&nbsp;\(−\d+%\) \| \d+ of 14 steps ran \(14 before\) \|$/)
    );
  });

  test('3. only the image export grew: it is flagged, it leads what changed, the build regressed', async () => {
    const base = await load(engine, 'warm');
    const head: TimingReport = JSON.parse(JSON.stringify(base));
    head.phases.imageExportMs += 60_000;
    head.durationMs += 60_000;
    head.meta.commit = COMMIT.changed;
    const c = compareReports(base, head);
    expect(c.steps).toEqual([]);
    expect(c.phases.filter((p) => p.delta.flagged).map((p) => p.label)).toEqual(['image export']);
    expect(c.verdict).toBe('regressed');
    const rows = topRows(render(c));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| <i>image export<\/i> \| 🔴&nbsp;\+1m00s \| the same \d of 14 steps ran in both \|$/);
  });

  test('4. a source change: the first step that missed the cache is named, the steps after it say so', async () => {
    const c = compareReports(await load(engine, 'warm'), await load(engine, 'changed'));
    expect(c.comparable).toEqual({ ok: true, reasons: [] });
    const step = (instruction: string) => c.steps.find((s) => s.instruction === instruction)!;
    expect(step('COPY src ./src').cause).toEqual({ kind: 'first-miss', detail: 'files' });
    const root = { instruction: 'COPY src ./src', stage: 'build', line: 23 };
    for (const after of ['RUN yarn build', 'COPY --from=build /app/dist ./dist', 'COPY package.json ./'])
      expect(step(after).cause).toEqual({ kind: 'after-miss', root, rootChanged: false });
    const md = render(c);
    expect(md).toContain('| <code>COPY src ./src</code> build L23 | ');
    expect(md).toContain('cache miss: files it copies changed |');
    expect(md).toContain('| <code>RUN yarn build</code> build L24 | 🔴&nbsp;+');
    expect(md).toContain('re-ran: <code>COPY src ./src</code> build L23 missed the cache |');
    // not the same sentence on every row
    expect(new Set(topRows(md).map((r) => r.split(' | ').pop())).size).toBeGreaterThan(2);
    // and no step is new or removed: the same identity in both builds
    expect(c.steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
  });

  test('4. the base build had no cache to import: carried over, and the builds are not comparable', async () => {
    const c = compareReports(await load(engine, 'cold'), await load(engine, 'changed'));
    expect(c.comparable.ok).toBe(false);
    expect(c.comparable.reasons).toEqual(['the base build had no cache to import (it ran cold)']);
    expect(c.notes.some((n) => /^base build: no cache found to import yet/.test(n))).toBe(true);
    const md = render(c);
    expect(md.split('\n')[0]).toMatch(/· ⚠️ not comparable$/);
    expect(md).toContain('⚠️ **Not comparable:** the base build had no cache to import (it ran cold).');
    expect(md).toContain('| <i>cache import</i> | ');
    expect(md).toContain('the base build had no cache to import |');
  });

  test('8. the PR section: base branch@commit → this commit, total, verdict; links to the run and the build record; at most 5 rows, the rest folded', async () => {
    const md = render(compareReports(await load(engine, 'warm'), await load(engine, 'changed')));
    const [headline, , links] = md.split('\n');
    expect(headline).toMatch(
      /^#### demo-medusa · <code>main<\/code>@<a href="https:\/\/github.com\/acme\/shop\/commit\/3a7f9e1b2c4d"><code>3a7f9e1<\/code><\/a> → <a href="https:\/\/github.com\/acme\/shop\/commit\/9d8e7f6a5b4c"><code>9d8e7f6<\/code><\/a> · [\d.]+s → [\dm.]+s \(\+[\dm.]+s(, [^)]+)?\) · 🔴 slower$/
    );
    expect(links).toBe(
      '<sub><code>127.0.0.1:5000/demo-medusa</code> · <a href="https://github.com/acme/shop/actions/runs/77">workflow run</a> · <a href="https://github.com/acme/shop/actions/runs/77/artifacts/5">build record</a></sub>'
    );
    expect(topRows(md).length).toBeLessThanOrEqual(5);
    expect(md.split('<details>')).toHaveLength(2);
    expect(md.split('<details>')[1]).toContain('Cache hits ');
  });
});

test('4. builds on another driver, cache backend or platform are not comparable, and say why', async () => {
  const docker = await load('docker-0.13', 'warm');
  const runner = await load('runner-0.29', 'changed', { cacheBackend: 'gha', platforms: 'linux/amd64,linux/arm64' });
  const c = compareReports(docker, runner);
  expect(c.comparable.reasons).toEqual([
    'another cache backend (registry → gha)',
    'another builder driver (docker → docker-container)',
    'other platforms (default → linux/amd64, linux/arm64)'
  ]);
  expect(render(c)).toContain(
    '⚠️ **Not comparable:** another cache backend (registry → gha); another builder driver (docker → docker-container); other platforms'
  );
  // the steps still match one for one across engines: one identity per step
  expect(c.steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
  // a cache import that failed in this build only
  const failed = { ...docker, warnings: ['cache import skipped: failed to fetch manifest'] };
  expect(compareReports(docker, failed).comparable.reasons).toEqual(['this build’s cache import failed (it ran cold)']);
  // and the builder's name alone (setup-buildx-action makes a new one per job) does not matter
  expect(compareReports(docker, { ...docker, meta: { ...docker.meta, builder: 'builder-0f2e' } }).comparable.ok).toBe(true);
});

test('6. percentages only where they mean something: never +197000%', async () => {
  const reports = await Promise.all(ENGINES.flatMap((e) => (['cold', 'changed', 'warm'] as const).map((b) => load(e, b))));
  for (const a of reports)
    for (const b of reports) {
      const md = render(compareReports(a, b));
      expect(md).not.toMatch(/\d{4,}%/);
    }
  expect(pctText({ baseMs: 30, pct: 170_566 })).toBe('');
  expect(pctText({ baseMs: 5_000, pct: 1_200 })).toBe('>10×');
  expect(pctText({ baseMs: 5_000, pct: 30 })).toBe('+30%');
  expect(deltaCell({ baseMs: 30, headMs: 51_200, deltaMs: 51_170, pct: 170_566, flagged: true })).toBe('🔴&nbsp;+51.2s');
  expect(deltaCell({ baseMs: 10_000, headMs: 13_000, deltaMs: 3_000, pct: 30, flagged: true })).toBe('🔴&nbsp;+3.0s&nbsp;(+30%)');
});

test('reports written before step keys (issue 17) still compare with new ones, causes found through the stage', async () => {
  const strip = (r: TimingReport): TimingReport => {
    const rest = JSON.parse(JSON.stringify(r));
    delete rest.phaseWindows;
    delete rest.criticalPathMs;
    delete rest.phases.cacheLoadMs;
    for (const s of rest.steps) {
      delete s.key;
      delete s.dependsOn;
      delete s.sharedWith;
    }
    return rest;
  };
  const warm = await load('runner-0.29', 'warm');
  const changed = await load('runner-0.29', 'changed');
  const c = compareReports(strip(warm), changed);
  expect(c.steps.filter((s) => s.why === 'new' || s.why === 'removed')).toEqual([]);
  expect(c.phases.map((p) => p.label)).not.toContain('cached layers loaded');
  const old = compareReports(strip(warm), strip(changed));
  expect(old.steps.find((s) => s.instruction === 'RUN yarn build')?.cause).toEqual({
    kind: 'after-miss',
    root: { instruction: 'COPY src ./src', stage: 'build', line: 23 },
    rootChanged: false
  });
  expect(render(old)).toContain('re-ran: <code>COPY src ./src</code> build L23 missed the cache');
});

test('the comment holds one section per image, each with its own headline', async () => {
  const c = compareReports(await load('docker-0.13', 'warm'), await load('docker-0.13', 'changed'));
  const body = mergeCommentSections(mergeCommentSections(null, 'a', render(c)), 'b', render(c));
  expect(body.match(/^#### demo-medusa · /gm)).toHaveLength(2);
});
