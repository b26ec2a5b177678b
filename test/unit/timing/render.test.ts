import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { renderGantt, renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { renderTimingTerminal } from '../../../src/timing/render-terminal.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { TimingReport } from '../../../src/timing/types.js';

const B = 'test/fixtures/rawjson/buildx-0.13';
const fixtures = [
  [`${B}/cold-push-registry-cache.rawjson`, `${B}/Dockerfile`],
  [`${B}/failed-step.rawjson`, `${B}/Dockerfile.failed`],
  [`${B}/parallel-stages-code-change-from-registry-cache.rawjson`, `${B}/Dockerfile.parallel`],
  ['test/fixtures/rawjson/captured/multi-platform.rawjson', 'test/fixtures/rawjson/captured/Dockerfile.multi-platform'],
  ['test/fixtures/rawjson/buildkit-history/moby-buildkit-84steps.jsonl', null],
  ['test/fixtures/rawjson/medusa/docker-0.13-cold.rawjson', 'test/fixtures/rawjson/medusa/Dockerfile'],
  ['test/fixtures/rawjson/medusa/docker-0.13-changed.rawjson', 'test/fixtures/rawjson/medusa/Dockerfile'],
  ['test/fixtures/rawjson/medusa/runner-0.29-cold.rawjson', 'test/fixtures/rawjson/medusa/Dockerfile'],
  ['test/fixtures/rawjson/medusa/runner-0.29-changed.rawjson', 'test/fixtures/rawjson/medusa/Dockerfile']
] as const;

const load = (stream: string, dockerfile: string | null) =>
  reportFromRawjsonFile(stream, { dockerfileText: dockerfile ? readFileSync(dockerfile, 'utf8') : undefined });

let mermaid: { parse: (text: string) => Promise<unknown> };
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
});

function mermaidBlock(md: string): string {
  const m = /```mermaid\n([\s\S]*?)```/.exec(md);
  if (!m) throw new Error('no mermaid block');
  return m[1];
}

test('mermaid rejects a broken gantt (the check below can fail)', async () => {
  await expect(mermaid.parse('gantt\n  dateFormat x\n  section a\n  x :s0, 0, 10\n  }}}\n')).rejects.toThrow();
});

describe.each(fixtures)('%s', (stream, dockerfile) => {
  test('the gantt chart parses with mermaid and has a task per ran step (up to the cap)', async () => {
    const r = await load(stream, dockerfile);
    const block = mermaidBlock(renderTimingMarkdown(r));
    await expect(mermaid.parse(block)).resolves.toBeTruthy();
    const ran = r.steps.filter((s) => !s.cached && s.durationMs > 0 && s.startMs !== null).length;
    expect(block.match(/:(crit, )?t\d+,/g)?.length).toBe(Math.min(ran, 40));
  });

  test('one headline, a row per stage, at most five slowest steps and phases, every step in the details', async () => {
    const r = await load(stream, dockerfile);
    const md = renderTimingMarkdown(r);
    expect(md.split('\n').filter((l) => l.startsWith('### '))).toHaveLength(1);
    const stageRows = md.split('\n').filter((l) => /^\| <code>/.test(l));
    expect(stageRows.length).toBe(r.stages.length);
    const slowSection = md.split('#### Where the time went')[1]?.split('\n\n')[1] ?? '';
    const phases = Object.values(r.phases).filter((ms) => ms > 0).length;
    expect(slowSection.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length).toBe(Math.min(5, r.steps.filter((s) => s.durationMs > 0).length + phases));
    const froms = r.steps.filter((s) => /^FROM /.test(s.instruction)).length;
    expect(md).toMatch(new RegExp(`<details><summary>All ${r.steps.length - froms} steps( and ${froms} base images?)?`));
    expect(md.split('\n').filter((l) => /^\| (<a [^>]*>)?L\d+|^\| {2}\|/.test(l))).toHaveLength(r.steps.length);
  });

  test('terminal text has colour only when asked', async () => {
    const r = await load(stream, dockerfile);
    expect(renderTimingTerminal(r, { color: false })).not.toContain('\x1b[');
    expect(renderTimingTerminal(r, { color: true })).toContain('\x1b[');
  });
});

test('the summary of a failed build shows the failing step and its last log lines', async () => {
  const r = await load(fixtures[1][0], fixtures[1][1]);
  const md = renderTimingMarkdown(r);
  expect(md).toMatch(/^### ❌ failed: Build — \d/m);
  expect(md).toContain('boom');
  expect(md).toMatch(/line \d+/);
});

test('slowest steps link to their Dockerfile lines', async () => {
  const r = await load(fixtures[0][0], fixtures[0][1]);
  const md = renderTimingMarkdown(r, { lineUrl: (l) => `https://github.com/o/r/blob/abc/Dockerfile#L${l}` });
  const slowest = [...r.steps].sort((a, b) => b.durationMs - a.durationMs)[0];
  expect(md).toContain(`<a href="https://github.com/o/r/blob/abc/Dockerfile#L${slowest.line}">L${slowest.line}</a>`);
});

test('untrusted text is escaped: no raw HTML from step names or log lines reaches the summary', async () => {
  const r = await load(fixtures[1][0], fixtures[1][1]);
  const evil: TimingReport = {
    ...r,
    steps: r.steps.map((s, i) => (i === 0 ? { ...s, instruction: 'RUN echo "<script>alert(1)</script>" | x', durationMs: 99999 } : s)),
    failed: r.failed ? { ...r.failed, logTail: ['<img src=x onerror=alert(1)>'] } : null
  };
  const md = renderTimingMarkdown(evil);
  expect(md).not.toContain('<script>');
  expect(md).not.toContain('<img');
  expect(md).toContain('&lt;script&gt;');
});

test('terminal stage rows line up', async () => {
  const r = await load(fixtures[2][0], fixtures[2][1]);
  const text = renderTimingTerminal(r, { color: false });
  const rows = text.split('\n').filter((l) => r.stages.some((s) => l.startsWith(s.name)));
  expect(rows.length).toBe(r.stages.length);
  expect(new Set(rows.map((l) => l.length)).size).toBe(1);
});

test('a 500-step gantt keeps only the slowest steps and still parses', async () => {
  const base = await load(fixtures[2][0], fixtures[2][1]);
  const steps = Array.from({ length: 500 }, (_, i) => ({
    ...base.steps[0],
    name: `[s${i % 7} ${i}/500] RUN step ${i}`,
    instruction: `RUN step ${i}`,
    stage: `s${i % 7}`,
    cached: false,
    durationMs: 10 + i,
    startMs: i * 5,
    digest: `d${i}`
  }));
  const block = renderGantt({ ...base, steps }, 40);
  expect(block.match(/:t\d+,/g)).toHaveLength(40);
  await expect(mermaid.parse(block.replace(/^```mermaid\n|```$/g, ''))).resolves.toBeTruthy();
});
