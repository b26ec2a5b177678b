// The build's job summary, assembled in one place from the parts the steps gathered. Pure:
// main.ts writes what this returns, once.
import type { Finding } from '../../advisor/types.js';
import { renderAdvisorMarkdown } from '../../advisor/render.js';
import { renderCacheMountsMarkdown } from '../../cache-mounts/render.js';
import { renderTimingMarkdown } from '../../timing/render-markdown.js';
import type { TimingReport } from '../../timing/types.js';
import { renderBuildRecordMarkdown, type RecordView } from './build-record.js';

export interface SummaryParts {
  /** The timing report; null when there is none (the build failed before buildx, or its stream could not be read). */
  report: TimingReport | null;
  /** Why the build failed, shown when there is no report. */
  error: string | null;
  /** Link to a Dockerfile line at the built commit. */
  lineUrl: (line: number) => string | undefined;
  /** The links under the headline: the built commit, the build record artifact (relative to the run page). */
  links: { commitUrl?: string; buildRecordUrl?: string };
  /** The comparison against the base branch's baseline (src/compare), as rendered; null when there is none. */
  comparison: string | null;
  /** The advisor's findings; null when it did not run. */
  advisor: Finding[] | null;
  /** BuildKit's record of the build; null when there is none. */
  buildRecord: RecordView | null;
}

/** The job summary: timing (or the failure), cache mounts, the comparison, the advisor, the build record. */
export function assembleSummary(p: SummaryParts): string {
  const parts: string[] = [];
  if (p.report) {
    parts.push(renderTimingMarkdown(p.report, { lineUrl: p.lineUrl, links: p.links }));
    parts.push(renderCacheMountsMarkdown(p.report.cacheMounts, p.lineUrl));
  } else {
    parts.push(`### ❌ Build failed\n\n${p.error ?? 'unknown error'}\n`);
  }
  if (p.comparison) parts.push(`\n### Against the base branch\n\n${p.comparison}\n`);
  if (p.advisor) parts.push(`\n${renderAdvisorMarkdown(p.advisor, { lineUrl: p.lineUrl })}`);
  if (p.buildRecord) parts.push(renderBuildRecordMarkdown(p.buildRecord));
  return parts.join('');
}
