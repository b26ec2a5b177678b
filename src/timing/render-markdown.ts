// TimingReport → Markdown for the job summary: a headline, stages, the slowest steps
// linked to their Dockerfile lines, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped.
import { esc, fmtBytes, fmtMs, fmtRatio, truncate } from './format.js';
import { cacheHitRatioOf, countCachedSteps, slowestSteps } from './model.js';
import type { StepTiming, TimingReport } from './types.js';

export interface MarkdownOptions {
  title?: string;
  /** Link to a Dockerfile line at the built commit. */
  lineUrl?: (line: number) => string | undefined;
  /** At most this many tasks in the gantt chart (the slowest are kept). */
  maxGanttTasks?: number;
}

const stageLabel = (name: string, platform: string | null) => (platform ? `${name} (${platform})` : name);

function lineCell(s: StepTiming, lineUrl?: (line: number) => string | undefined): string {
  if (s.line === null) return '';
  const url = lineUrl?.(s.line);
  return url ? `<a href="${esc(url)}">L${s.line}</a>` : `L${s.line}`;
}

/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text: string): string {
  return truncate(text.replace(/[:;#`"<>]/g, ' ').replace(/\s+/g, ' ').trim(), 60) || 'step';
}

export function renderGantt(report: TimingReport, maxTasks = 40): string {
  const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
  const kept = new Set(slowestSteps(ran, maxTasks));
  const lines = ['```mermaid', 'gantt', '  title Build timeline (mm:ss from the start)', '  dateFormat x', '  axisFormat %M:%S'];
  let id = 0;
  const stages = report.stages.filter((st) => st.startMs !== null && st.durationMs > 0);
  if (stages.length) {
    lines.push('  section stages');
    for (const st of stages) {
      const a = Math.round(st.startMs as number);
      lines.push(`  ${ganttName(stageLabel(st.name, st.platform))} :s${id++}, ${a}, ${a + Math.max(1, Math.round(st.durationMs))}`);
    }
  }
  const bySection = new Map<string, StepTiming[]>();
  for (const s of ran) {
    if (!kept.has(s)) continue;
    const key = stageLabel(s.stage, s.platform);
    bySection.set(key, [...(bySection.get(key) ?? []), s]);
  }
  for (const [section, steps] of bySection) {
    lines.push(`  section ${ganttName(section)}`);
    for (const s of steps) {
      const a = Math.round(s.startMs as number);
      lines.push(`  ${ganttName(s.instruction)} :t${id++}, ${a}, ${a + Math.max(1, Math.round(s.durationMs))}`);
    }
  }
  const p = report.phases;
  const tail: Array<[string, number]> = [
    ['image export', p.imageExportMs],
    ['cache export', p.cacheExportMs],
    ['push', p.pushMs]
  ];
  if (tail.some(([, ms]) => ms > 0)) {
    lines.push('  section export');
    let cursor = Math.max(0, report.durationMs - tail.reduce((acc, [, ms]) => acc + ms, 0));
    for (const [name, ms] of tail) {
      if (ms <= 0) continue;
      lines.push(`  ${name} :e${id++}, ${Math.round(cursor)}, ${Math.round(cursor + ms)}`);
      cursor += ms;
    }
  }
  lines.push('```');
  return lines.join('\n');
}

export function renderTimingMarkdown(report: TimingReport, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  const count = countCachedSteps(report.steps);
  const title = opts.title ?? (report.image.tags[0] ? `Build ${esc(report.image.tags[0])}` : 'Build');
  const status = report.failed ? '❌ failed' : '✅';
  out.push(
    `### ${status} ${title}: ${fmtMs(report.durationMs)} · cache ${fmtRatio(cacheHitRatioOf(count))} (${count.cached}/${count.steps} steps) · image ${fmtBytes(report.image.sizeBytes)}`
  );
  out.push('');

  if (report.failed) {
    const f = report.failed;
    const where = f.line !== null ? ` (Dockerfile ${opts.lineUrl?.(f.line) ? `<a href="${esc(opts.lineUrl(f.line) as string)}">line ${f.line}</a>` : `line ${f.line}`})` : '';
    out.push(`**Failed step:** <code>${esc(truncate(f.name, 200))}</code>${where}`, '');
    out.push(`**Error:** ${esc(truncate(f.error, 500))}`, '');
    if (f.logTail.length) {
      out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => esc(truncate(l, 300))), '</pre>', '</details>', '');
    }
  }

  const p = report.phases;
  const phaseList = [
    ['context transfer', p.contextTransferMs],
    ['cache import', p.cacheImportMs],
    ['image export', p.imageExportMs],
    ['cache export', p.cacheExportMs],
    ['push', p.pushMs]
  ] as const;
  out.push(`**Outside the Dockerfile steps:** ${phaseList.map(([n, ms]) => `${n} ${fmtMs(ms)}`).join(' · ')}`, '');

  if (report.stages.length) {
    const multi = report.stages.some((s) => s.platform);
    out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
    out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
    for (const s of report.stages) {
      const cells = [`<code>${esc(s.name)}</code>`, ...(multi ? [esc(s.platform ?? '')] : []), fmtMs(s.durationMs), String(s.steps), String(s.cachedSteps)];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('', '<sub>Stages run in parallel where they do not depend on each other: their times overlap and do not add up to the total. Steps are the Dockerfile instructions that build a layer (FROM is not counted), as in the headline.</sub>', '');
  }

  const slow = slowestSteps(report.steps, 5);
  if (slow.length) {
    out.push('#### Slowest steps', '', '| # | step | stage | time | share | line |', '|--:|---|---|--:|--:|---|');
    slow.forEach((s, i) => {
      const share = report.durationMs > 0 ? `${Math.round((100 * s.durationMs) / report.durationMs)}%` : '';
      out.push(`| ${i + 1} | <code>${esc(truncate(s.instruction, 90))}</code> | ${esc(s.stage)} | ${fmtMs(s.durationMs)} | ${share} | ${lineCell(s, opts.lineUrl)} |`);
    });
    out.push('');
  }
  if (report.criticalPath.length) {
    out.push(
      `<details><summary>Critical path (${report.criticalPath.length} vertexes)</summary>`,
      '',
      report.criticalPath.map((n) => `<code>${esc(truncate(n, 100))}</code>`).join(' →<br>'),
      '',
      '</details>',
      ''
    );
  }
  if (report.steps.some((s) => !s.cached && s.durationMs > 0)) out.push(renderGantt(report, opts.maxGanttTasks), '');

  if (report.warnings.length) {
    out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${esc(truncate(w, 300))}`), '');
  }

  out.push(`<details><summary>All ${report.steps.length} steps</summary>`, '', '| step | stage | cached | time | line |', '|---|---|:-:|--:|---|');
  for (const s of report.steps) {
    out.push(`| <code>${esc(truncate(s.instruction, 120))}</code> | ${esc(stageLabel(s.stage, s.platform))} | ${s.cached ? '✔' : ''} | ${s.cached ? '' : fmtMs(s.durationMs)} | ${lineCell(s, opts.lineUrl)} |`);
  }
  out.push('', '</details>', '');
  return out.join('\n');
}
