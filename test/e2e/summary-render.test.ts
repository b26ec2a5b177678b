// Issue 17: the job summary and the PR comment as GitHub shows them, in a real browser.
// The Markdown written for real Medusa-style builds of both engine paths
// (test/fixtures/rawjson/medusa) goes through marked (GFM, as GitHub's cmark-gfm), then
// GitHub's autolinker (simulated, below), into a page styled with github-markdown-css
// 800 px wide, in headless Chromium (Debian's `chromium`, driven by playwright-core);
// mermaid blocks are rendered with mermaid, as GitHub renders them (the page side is
// test/helpers/github-page.js). Checked there:
//   - no table cell wraps past 3 lines (with the sections folded in <details> opened);
//   - no `@` is autolinked (mailto or URL);
//   - each gantt chart parses and renders: its bars, an axis whose ticks read distinct and
//     increasing times, the first bar at the axis start.
// Screenshots of the summary and of the PR comment go to docs/ with
// BUILDSTAGE_UPDATE_SCREENSHOTS=1 (else to a temporary directory), as the README shows them.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { marked } from 'marked';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { compareReports } from '../../src/compare/compare.js';
import { mergeCommentSections, renderComparisonMarkdown } from '../../src/compare/render.js';
import { buildFacts, renderTimingMarkdown } from '../../src/timing/render-markdown.js';
import { reportFromRawjsonFile } from '../../src/timing/report-from-file.js';
import type { TimingReport } from '../../src/timing/types.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = process.cwd();
const M = join(ROOT, 'test/fixtures/rawjson/medusa');
const ENGINES = ['docker-0.13', 'runner-0.29'] as const;
type Engine = (typeof ENGINES)[number];
const DRIVER: Record<Engine, string> = { 'docker-0.13': 'docker', 'runner-0.29': 'docker-container' };
const BUILDER: Record<Engine, string> = { 'docker-0.13': 'default', 'runner-0.29': 'builder-5d0e3f7a-91c2-4b8e-a3f1-6c7d8e9f0a1b' };
const COMMIT = { cold: '0c01d2e3f4a5b6c7', warm: '3a7f9e1b2c4d5e6f', changed: '9d8e7f6a5b4c3d2e' } as const;
const REPO = 'https://github.com/acme/shop';
const LOOK = mkdtempSync(join(tmpdir(), 'bs-render-'));
const OUT = process.env.BUILDSTAGE_UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : LOOK;

function load(engine: Engine, build: 'cold' | 'changed' | 'warm'): Promise<TimingReport> {
  return reportFromRawjsonFile(join(M, `${engine}-${build}.rawjson`), {
    dockerfileText: readFileSync(join(M, 'Dockerfile'), 'utf8'),
    metadata: JSON.parse(readFileSync(join(M, `${engine}-${build}.metadata.json`), 'utf8')),
    image: { sizeBytes: build === 'cold' ? 384_823_296 : build === 'changed' ? 384_830_112 : 384_830_112, layers: 14 },
    meta: {
      driver: DRIVER[engine],
      builder: BUILDER[engine],
      cacheBackend: 'registry',
      cacheRef: '127.0.0.1:5000/demo-medusa:buildcache',
      commit: COMMIT[build]
    }
  });
}

const lineUrl = (sha: string) => (line: number) => `${REPO}/blob/${sha}/examples/medusa/Dockerfile#L${line}`;

async function summaryOf(engine: Engine, build: 'cold' | 'changed' | 'warm'): Promise<string> {
  const r = await load(engine, build);
  return renderTimingMarkdown(r, {
    lineUrl: lineUrl(COMMIT[build]),
    links: { commitUrl: `${REPO}/commit/${COMMIT[build]}`, buildRecordUrl: './4242/artifacts/99' }
  });
}

async function commentOf(engine: Engine, base: 'cold' | 'warm'): Promise<string> {
  const head = await load(engine, 'changed');
  const c = compareReports(await load(engine, base), head);
  const section = renderComparisonMarkdown('127.0.0.1:5000/demo-medusa#server', c, {
    baseLabel: 'main',
    runUrl: `${REPO}/actions/runs/4242/attempts/1`,
    buildRecordUrl: `${REPO}/actions/runs/4242/artifacts/99`,
    commitUrl: (sha) => `${REPO}/commit/${sha}`,
    facts: buildFacts(head, {}, false)
  });
  return mergeCommentSections(null, '127.0.0.1:5000/demo-medusa#server', section);
}

const PAGE = (body: string, css: string) => `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 800px; padding: 16px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;

let context: BrowserContext;
let page: Page;
const css = readFileSync(join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: this test renders the summary in it. Install it with \`apt-get install -y chromium\` (.ci/run does).`
    );
  }
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bs-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 800, height: 900 },
    timezoneId: 'UTC',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await (context as BrowserContext | undefined)?.close(); // unset when the setup failed
});

interface Rendered {
  autolinked: string[];
  tallCells: Array<{ lines: number; text: string }>;
  charts: Array<{ error: string | null; bars: number; tasks: number; ticks: string[]; firstBarX: number; axisStartX: number }>;
}

/**
 * Loads Markdown as GitHub shows it (test/helpers/github-page.js: GitHub's autolinker
 * simulated, mermaid blocks rendered) and measures what the checks need; the screenshot is
 * the page as it loads (folded sections closed).
 */
async function render(md: string, screenshot?: string): Promise<Rendered> {
  const html = await marked.parse(md, { gfm: true, async: true });
  await page.setContent(PAGE(html, css));
  await page.addScriptTag({ path: join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
  await page.addScriptTag({ path: join(ROOT, 'test/helpers/github-page.js') });
  await page.evaluate('window.githubPage.autolink()');
  const charts = await page.evaluate<Rendered['charts']>('window.githubPage.renderCharts()');
  if (screenshot) await page.locator('article').screenshot({ path: screenshot });
  const measured = await page.evaluate<Pick<Rendered, 'tallCells' | 'autolinked'>>('window.githubPage.measure()');
  // the folded sections opened (measure() opened them), for a look (not in docs/)
  if (screenshot) await page.locator('article').screenshot({ path: join(LOOK, basename(screenshot).replace(/\.png$/, '-opened.png')) });
  return { ...measured, charts };
}

function expectReadable(r: Rendered, expectChart: boolean): void {
  expect(r.autolinked).toEqual([]);
  expect(r.tallCells).toEqual([]);
  if (!expectChart) return;
  expect(r.charts).toHaveLength(1);
  const c = r.charts[0];
  expect(c.error).toBeNull();
  expect(c.bars).toBe(c.tasks);
  expect(c.bars).toBeGreaterThan(3);
  // the axis reads distinct, increasing times (not `00:00 00:01 00:01 00:02`)
  expect(c.ticks.length).toBeGreaterThan(2);
  expect(new Set(c.ticks).size).toBe(c.ticks.length);
  const secs = c.ticks.map((t) => t.split(':').reduce((n, x) => n * 60 + Number(x), 0));
  for (let i = 1; i < secs.length; i++) expect(secs[i]).toBeGreaterThan(secs[i - 1]);
  // the chart starts at the first vertex: the first bar at the axis' 00:00
  expect(c.ticks[0]).toBe('00:00');
  expect(Math.abs(c.firstBarX - c.axisStartX)).toBeLessThan(2);
}

test('the checks can fail: raw <code>yarn@1.22.22</code> is autolinked, a long cell wraps, a broken chart errors', async () => {
  const r = await render(
    [
      '| step | time |',
      '|---|--:|',
      `| <code>RUN npm install --global yarn@1.22.22 ${'&& echo a-long-command '.repeat(30)}</code> | 1s |`,
      '',
      '```mermaid',
      'gantt',
      '  dateFormat x',
      '  }}} not a chart',
      '```'
    ].join('\n')
  );
  expect(r.autolinked).toEqual(['yarn@1.22.22']);
  expect(r.tallCells.length).toBe(1);
  expect(r.charts[0].error).not.toBeNull();
}, 60_000);

describe.each(ENGINES)('%s', (engine) => {
  test.each(['cold', 'changed', 'warm'] as const)(
    'the job summary of the %s build reads as intended',
    async (build) => {
      const md = await summaryOf(engine, build);
      const shot = engine === 'runner-0.29' && build === 'cold' ? join(OUT, 'summary.png') : undefined;
      expectReadable(await render(md, shot), build !== 'warm');
    },
    90_000
  );

  test.each(['warm', 'cold'] as const)(
    'the PR comment against the %s base reads as intended',
    async (base) => {
      const md = await commentOf(engine, base);
      const shot = engine === 'runner-0.29' && base === 'warm' ? join(OUT, 'pr-comment.png') : undefined;
      const r = await render(md, shot);
      expectReadable(r, false);
      // short: at most five rows before the fold, the rest in one <details>
      const visible = md.split('<details>')[0];
      expect(visible.split('\n').filter((l) => /^\| (?!what changed|---)/.test(l)).length).toBeLessThanOrEqual(5);
      expect(md.match(/<details>/g)).toHaveLength(1);
    },
    90_000
  );
});

afterAll(() => {
  if (process.env.BUILDSTAGE_UPDATE_SCREENSHOTS !== '1') return;
  // the README shows them: make sure they were written
  for (const f of ['summary.png', 'pr-comment.png']) if (!existsSync(join(OUT, f))) throw new Error(`docs/${f} was not written`);
});

afterAll(() => {
  process.stderr.write(`summary and PR comment screenshots: ${OUT} (opened: ${LOOK})\n`);
});
