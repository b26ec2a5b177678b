// Costs attached from reports of real builds (test/fixtures/reports/capture.sh).
import { readFileSync } from 'node:fs';
import { adviseDockerfile } from '../../../src/advisor/advise.js';
import { renderAdvisorMarkdown, toAnnotations } from '../../../src/advisor/render.js';
import type { TimingReport } from '../../../src/timing/types.js';

const report = (n: string) => JSON.parse(readFileSync(`test/fixtures/reports/${n}.json`, 'utf8')) as TimingReport;
const ctx = ['package.json', 'package-lock.json', 'src/', 'src/server.js', '.dockerignore'];
const found = <T>(x: T | undefined): T => {
  if (x === undefined) throw new Error('not in the report');
  return x;
};

test('COPY . . before npm ci: the finding carries the install time, the COPY that caused the miss, and the saving', () => {
  const r = report('cache-break');
  const text = readFileSync('test/fixtures/reports/Dockerfile.cache-break', 'utf8');
  const [first] = adviseDockerfile({ dockerfileText: text, dockerfilePath: 'Dockerfile', contextFiles: ctx, dockerignoreText: 'node_modules\n', report: r });
  const install = found(r.steps.find((s) => /npm ci/.test(s.instruction)));
  const copyAll = found(r.steps.find((s) => s.instruction === 'COPY . .'));
  expect(first.id).toBe('layer-order');
  expect(first.cost).toMatchObject({ step: install.name, stepMs: install.durationMs, cached: false, estimatedSavingMs: install.durationMs });
  expect(first.cost?.missCausedBy).toBe(`COPY . . (line ${copyAll.line})`);
  expect(install.durationMs).toBeGreaterThan(0);
});

test('on the well-ordered Dockerfile with a source change, the install was cached and nothing costs time', () => {
  const r = report('code-change');
  const text = readFileSync('test/fixtures/reports/Dockerfile.good', 'utf8');
  const findings = adviseDockerfile({ dockerfileText: text, dockerfilePath: 'Dockerfile', contextFiles: ctx, dockerignoreText: 'node_modules\n', report: r });
  expect(findings).toEqual([]);
  expect(r.steps.find((s) => /npm ci/.test(s.instruction))?.cached).toBe(true);
});

test('findings are sorted by estimated saving', () => {
  const r = report('cold');
  // the measured Dockerfile with its install made worse, on the same line, so costs map by line
  const lines = readFileSync('test/fixtures/reports/Dockerfile.good', 'utf8');
  const withInstall = lines.replace(/RUN --mount=type=cache,target=\/root\/\.npm npm ci/, 'RUN npm install');
  const f = adviseDockerfile({ dockerfileText: withInstall, dockerfilePath: 'Dockerfile', contextFiles: ctx, dockerignoreText: 'node_modules\n', report: r });
  const savings = f.map((x) => x.cost?.estimatedSavingMs ?? -1);
  expect(savings).toEqual([...savings].sort((a, b) => b - a));
  expect(f.map((x) => x.id)).toEqual(expect.arrayContaining(['no-cache-mount', 'npm-install-not-ci']));
});

test('annotations point at the Dockerfile line, and the summary escapes text', () => {
  const f = adviseDockerfile({
    dockerfileText: 'FROM node:20\nARG GITHUB_TOKEN\n',
    dockerfilePath: 'apps/<api>/Dockerfile',
    contextFiles: ['x'],
    dockerignoreText: ''
  });
  expect(toAnnotations(f)).toEqual([
    expect.objectContaining({ level: 'error', file: 'apps/<api>/Dockerfile', startLine: 2, title: 'buildstage: secret-in-arg' })
  ]);
  const md = renderAdvisorMarkdown(f);
  expect(md).toContain('apps/&lt;api&gt;/Dockerfile:2');
  expect(md).not.toContain('<api>');
});
