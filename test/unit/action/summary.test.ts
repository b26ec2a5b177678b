// The build action's job summary (src/actions/build/summary.ts): one pure function puts the
// parts together, in one order, whatever parts there are.
import { join } from 'node:path';
import { renderAdvisorMarkdown } from '../../../src/advisor/render.js';
import type { Finding } from '../../../src/advisor/types.js';
import { renderBuildRecordMarkdown, type RecordView } from '../../../src/actions/build/build-record.js';
import { assembleSummary, type SummaryParts } from '../../../src/actions/build/summary.js';
import { renderCacheMountsMarkdown } from '../../../src/cache-mounts/render.js';
import { renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { TimingReport } from '../../../src/timing/types.js';

const FIXTURE = join('test/fixtures/rawjson/buildx-0.13', 'cold-push-registry-cache.rawjson');
const lineUrl = (line: number) => `https://github.com/o/r/blob/abc/Dockerfile#L${line}`;
const finding: Finding = {
  id: 'apt-no-clean',
  severity: 'warning',
  file: 'Dockerfile',
  line: 3,
  message: 'apt lists kept',
  fix: 'rm -rf /var/lib/apt/lists/*'
};
const record: RecordView = {
  ref: { builder: 'b', node: 'n', id: 'abcdef123' },
  driver: 'docker-container',
  artifact: null,
  notUploaded: 'upload disabled',
  runId: '9'
};

function parts(over: Partial<SummaryParts>): SummaryParts {
  return { report: null, error: null, lineUrl, links: {}, comparison: null, advisor: null, buildRecord: null, ...over };
}

let report: TimingReport;
beforeAll(async () => {
  report = await reportFromRawjsonFile(FIXTURE);
});

test('a report: timing, cache mounts, comparison, advisor, build record, in that order', () => {
  const links = { commitUrl: 'https://github.com/o/r/commit/abc' };
  const md = assembleSummary(parts({ report, links, comparison: 'COMPARED', advisor: [finding], buildRecord: record }));
  expect(md).toBe(
    renderTimingMarkdown(report, { lineUrl, links }) +
      renderCacheMountsMarkdown(report.cacheMounts, lineUrl) +
      '\n### Against the base branch\n\nCOMPARED\n' +
      `\n${renderAdvisorMarkdown([finding], { lineUrl })}` +
      renderBuildRecordMarkdown(record)
  );
});

test('no report: the failure, then whatever else there is', () => {
  expect(assembleSummary(parts({ error: 'buildx failed with: ERROR: boom' }))).toBe('### ❌ Build failed\n\nbuildx failed with: ERROR: boom\n');
  const md = assembleSummary(parts({ error: 'x', advisor: [], buildRecord: record }));
  expect(md).toBe(`### ❌ Build failed\n\nx\n\n${renderAdvisorMarkdown([])}${renderBuildRecordMarkdown(record)}`);
});

test('parts that are missing leave nothing behind', () => {
  expect(assembleSummary(parts({ report }))).toBe(
    renderTimingMarkdown(report, { lineUrl, links: {} }) + renderCacheMountsMarkdown(report.cacheMounts, lineUrl)
  );
});
