// TimingReport → Markdown for the job summary, as people read it on GitHub: a headline
// (image, total, cache hits, size) with the build's facts and links under it, where the time
// went (steps and the export, cache and push phases side by side), the stages in Dockerfile
// order, the critical path, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped and never autolinked.
import { code, esc, escText, fmtBytes, fmtMs, fmtRatio, imageLabel, shortInstruction, truncate } from '../common/format.js';
import { cacheHitRatioOf, countCachedSteps, isFromStep, PHASES, slowestRows, type TimeRow } from './model.js';
import type { StageTiming, StepTiming, TimingReport } from './types.js';

export interface MarkdownOptions {
  /** What the headline names (default: the first tag's repository and tag, e.g. `demo-medusa:cold`). */
  title?: string;
  /** Link to a Dockerfile line at the built commit. */
  lineUrl?: (line: number) => string | undefined;
  /** At most this many tasks in the gantt chart (the slowest are kept). */
  maxGanttTasks?: number;
  /** Links for the line under the headline (only the ones given are shown). */
  links?: {
    /** The built commit's page. */
    commitUrl?: string;
    /** The build record artifact (src/actions/build/build-record.ts renders its section; this only links it). */
    buildRecordUrl?: string;
  };
}

const stageLabel = (name: string, platform: string | null) => (platform ? `${name} (${platform})` : name);

function lineLink(line: number | null, lineUrl?: (line: number) => string | undefined, text = line === null ? '' : `L${line}`): string {
  if (line === null) return '';
  const url = lineUrl?.(line);
  return url ? `<a href="${esc(url)}">${text}</a>` : text;
}

/** `runtime L27`, linked to the line. */
function whereCell(s: StepTiming, lineUrl?: (line: number) => string | undefined): string {
  return `${escText(stageLabel(s.stage, s.platform))}${s.line !== null ? ` ${lineLink(s.line, lineUrl)}` : ''}`;
}

/** The cache ref or scope a build read, from its cache-from entries (meta.cacheRef), shortened. */
function cacheText(meta: Record<string, string>): string | null {
  const backend = meta.cacheBackend;
  if (!backend) return null;
  const ref = meta.cacheRef;
  if (!ref) return esc(backend);
  return `${esc(backend)} ${code(backend === 'registry' || backend === 'inline' ? imageLabel(ref) : truncate(ref, 60))}`;
}

/** The facts and links under the headline: commit, digest, builder/driver, cache, build record. */
export function buildFacts(report: TimingReport, links: MarkdownOptions['links'] = {}, withCommit = true): string {
  const m = report.meta;
  const parts: string[] = [];
  if (m.commit && withCommit) {
    const sha = esc(m.commit.slice(0, 7));
    parts.push(`commit ${links.commitUrl ? `<a href="${esc(links.commitUrl)}"><code>${sha}</code></a>` : `<code>${sha}</code>`}`);
  }
  if (report.image.digest) parts.push(`digest <code>${esc(report.image.digest.replace(/^sha256:/, '').slice(0, 12))}</code>`);
  const builder = m.builder && m.builder !== 'unknown' ? m.builder : null;
  const driver = m.driver && m.driver !== 'unknown' ? m.driver : null;
  // (setup-buildx-action names its builders builder-<uuid>: the start says enough)
  if (builder || driver) parts.push(`builder ${builder ? code(truncate(builder, 20)) : ''}${driver ? `${builder ? ' ' : ''}(${esc(driver)} driver)` : ''}`);
  const cache = cacheText(m);
  if (cache) parts.push(`cache ${cache}`);
  if (links.buildRecordUrl) parts.push(`<a href="${esc(links.buildRecordUrl)}">build record</a>`);
  return parts.length ? `<sub>${parts.join(' · ')}</sub>` : '';
}

/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text: string): string {
  return (
    truncate(
      text
        .replace(/[:;#`"<>]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      60
    ) || 'step'
  );
}

/** A tick every 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min or 1 h: about ten ticks over the chart. */
export function ganttAxis(spanMs: number): { tickInterval: string; axisFormat: string } {
  const ticks: Array<[number, string]> = [
    [1_000, '1second'],
    [2_000, '2second'],
    [5_000, '5second'],
    [10_000, '10second'],
    [15_000, '15second'],
    [30_000, '30second'],
    [60_000, '1minute'],
    [120_000, '2minute'],
    [300_000, '5minute'],
    [600_000, '10minute'],
    [900_000, '15minute'],
    [1_800_000, '30minute'],
    [3_600_000, '1hour']
  ];
  const pick = ticks.find(([ms]) => spanMs / ms <= 10) ?? ticks[ticks.length - 1];
  return { tickInterval: pick[1], axisFormat: spanMs >= 3_600_000 ? '%H:%M' : '%M:%S' };
}

/**
 * The gantt chart: the steps that ran, by stage in Dockerfile order, and the phases
 * outside the steps at the times they ran. The axis starts at the first bar drawn and
 * reads m:ss from there; ticks are chosen for the chart's length. Critical path bars are `crit`.
 */
export function renderGantt(report: TimingReport, maxTasks = 40): string {
  const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
  const kept = new Set([...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, maxTasks));
  const critical = new Set(report.criticalPath);
  type Task = { name: string; id: string; a: number; b: number; crit: boolean };
  const sections: Array<[string, Task[]]> = [];
  let id = 0;
  const bySection = new Map<string, Task[]>();
  for (const st of report.stages) bySection.set(stageLabel(st.name, st.platform), []);
  for (const s of ran) {
    if (!kept.has(s)) continue;
    const key = stageLabel(s.stage, s.platform);
    const a = s.startMs as number;
    const tasks = bySection.get(key) ?? [];
    tasks.push({ name: shortInstruction(s.instruction, 60), id: `t${id++}`, a, b: a + s.durationMs, crit: critical.has(s.name) });
    bySection.set(key, tasks);
  }
  for (const [name, tasks] of bySection) if (tasks.length) sections.push([name, tasks]);
  const outside: Task[] = [];
  const w = report.phaseWindows ?? {};
  for (const p of PHASES) {
    const win = w[p.window];
    const ms = report.phases[p.key] ?? 0;
    if (!win || ms <= 0) continue;
    outside.push({ name: p.label, id: `e${id++}`, a: win.startMs, b: win.endMs, crit: false });
  }
  if (!Object.keys(w).length) {
    // a report without phase times (an earlier writer): the export phases end the build
    let cursor = Math.max(0, report.durationMs - report.phases.imageExportMs - report.phases.cacheExportMs - report.phases.pushMs);
    for (const [name, ms] of [
      ['image export', report.phases.imageExportMs],
      ['cache export', report.phases.cacheExportMs],
      ['push', report.phases.pushMs]
    ] as const) {
      if (ms <= 0) continue;
      outside.push({ name, id: `e${id++}`, a: cursor, b: cursor + ms, crit: false });
      cursor += ms;
    }
  }
  if (outside.length) sections.push(['outside the steps', outside.sort((x, y) => x.a - y.a)]);
  const all = sections.flatMap(([, t]) => t);
  const origin = all.length ? Math.min(...all.map((t) => t.a)) : 0;
  const end = all.length ? Math.max(...all.map((t) => t.b)) : 0;
  const axis = ganttAxis(end - origin);
  const lines = [
    '```mermaid',
    'gantt',
    '  title Build timeline (m:ss from the first vertex)',
    '  dateFormat x',
    `  axisFormat ${axis.axisFormat}`,
    `  tickInterval ${axis.tickInterval}`
  ];
  for (const [name, tasks] of sections) {
    lines.push(`  section ${ganttName(name)}`);
    for (const t of tasks) {
      const a = Math.round(t.a - origin);
      lines.push(`  ${ganttName(t.name)} :${t.crit ? 'crit, ' : ''}${t.id}, ${a}, ${Math.max(a + 1, Math.round(t.b - origin))}`);
    }
  }
  lines.push('```');
  return lines.join('\n');
}

function timeRowCells(r: TimeRow, total: number, lineUrl?: (line: number) => string | undefined): string[] {
  const share = total > 0 ? `${Math.round((100 * r.durationMs) / total)}%` : '';
  if (r.kind === 'phase') return [`<i>${esc(r.phase.label)}</i>`, '', fmtMs(r.durationMs), share];
  return [code(shortInstruction(r.step.instruction)), whereCell(r.step, lineUrl), fmtMs(r.durationMs), share];
}

/** A stage's wall time, or `cached` when every counted step came back from cache (its FROM may have been resolved). */
function stageTime(s: StageTiming): string {
  if (s.steps > 0 && s.cachedSteps === s.steps) return 'cached';
  return fmtMs(s.durationMs);
}

export function renderTimingMarkdown(report: TimingReport, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  const count = countCachedSteps(report.steps);
  const name = opts.title ?? (report.image.tags[0] ? escText(imageLabel(report.image.tags[0])) : 'Build');
  out.push(
    `### ${report.failed ? '❌ failed:' : '✅'} ${name} — ${fmtMs(report.durationMs)} · cache ${fmtRatio(cacheHitRatioOf(count))} (${count.cached}/${count.steps} steps) · image ${fmtBytes(report.image.sizeBytes)}`
  );
  const facts = buildFacts(report, opts.links);
  if (facts) out.push('', facts);
  out.push('');

  if (report.failed) {
    const f = report.failed;
    const url = f.line !== null ? opts.lineUrl?.(f.line) : undefined;
    const where = f.line !== null ? ` (Dockerfile ${url ? `<a href="${esc(url)}">line ${f.line}</a>` : `line ${f.line}`})` : '';
    out.push(`**Failed step:** ${code(truncate(f.name, 200))}${where}`, '');
    out.push(`**Error:** ${escText(truncate(f.error, 500))}`, '');
    if (f.logTail.length) {
      out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => escText(truncate(l, 300))), '</pre>', '</details>', '');
    }
  }

  const rows = slowestRows(report, 5);
  if (rows.length) {
    out.push('#### Where the time went', '', '| | step or phase | stage | time | share |', '|--:|---|---|--:|--:|');
    rows.forEach((r, i) => out.push(`| ${i + 1} | ${timeRowCells(r, report.durationMs, opts.lineUrl).join(' | ')} |`));
    const p = report.phases;
    const outside = PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs').map((x) => `${x.label} ${fmtMs(p[x.key] ?? 0)}`);
    out.push(
      '',
      `<sub>Outside the Dockerfile steps: ${outside.join(' · ')}. Share: of the ${fmtMs(report.durationMs)} wall time; parts that overlap add up to more.</sub>`,
      ''
    );
  }

  if (report.stages.length) {
    const multi = report.stages.some((s) => s.platform);
    out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
    out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
    for (const s of report.stages) {
      const cells = [code(s.name), ...(multi ? [esc(s.platform ?? '')] : []), stageTime(s), String(s.steps), String(s.cachedSteps)];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push(
      '',
      '<sub>In Dockerfile order. Stages that do not depend on each other run in parallel: their times overlap. Steps are the instructions that build a layer (FROM is not counted); a step two stages share is counted in the first.</sub>',
      ''
    );
  }

  if (report.criticalPath.length) {
    const byName = new Map(report.steps.map((s) => [s.name, s]));
    const p = report.phases;
    const phaseOf = (n: string): [string, number] | null =>
      /^\[internal\] load build context/.test(n)
        ? ['context transfer', p.contextTransferMs]
        : /^exporting cache/.test(n)
          ? ['cache export', p.cacheExportMs]
          : /^exporting to /.test(n)
            ? ['image export', p.imageExportMs]
            : /^pushing /.test(n)
              ? ['push', p.pushMs]
              : null;
    const items = report.criticalPath.map((n) => {
      const s = byName.get(n);
      if (s) return `<li>${code(shortInstruction(s.instruction))} ${whereCell(s, opts.lineUrl)} · ${fmtMs(s.durationMs)}</li>`;
      const ph = phaseOf(n);
      return ph ? `<li><i>${ph[0]}</i> · ${fmtMs(ph[1])}</li>` : `<li><i>${escText(truncate(n, 80))}</i></li>`;
    });
    const ms = report.criticalPathMs;
    out.push(
      `<details><summary>Critical path${ms !== undefined ? `: ${fmtMs(ms)}` : ''}, ${report.criticalPath.length} vertexes (cached steps weigh nothing)</summary>`,
      '',
      `<ol>${items.join('')}</ol>`,
      '',
      '</details>',
      ''
    );
  }
  if (report.steps.some((s) => !s.cached && s.durationMs > 0)) out.push(renderGantt(report, opts.maxGanttTasks), '');

  if (report.warnings.length) {
    out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${escText(truncate(w, 300))}`), '');
  }

  const bases = report.steps.filter(isFromStep).length;
  out.push(
    `<details><summary>All ${count.steps} steps${bases ? ` and ${bases} base image${bases > 1 ? 's' : ''} (FROM)` : ''}, in Dockerfile order</summary>`,
    '',
    '| line | stage | step | time |',
    '|--:|---|---|--:|'
  );
  for (const s of report.steps) {
    const short = shortInstruction(s.instruction, 90);
    const full = s.instruction.replace(/\s+/g, ' ').trim();
    const shared = s.sharedWith?.length ? `<sub>also ${s.sharedWith.map((x) => `${escText(x.stage)} ${lineLink(x.line, opts.lineUrl)}`).join(', ')}</sub>` : '';
    // the full text, flags and all, one click away: a long command never makes a tall row
    const text =
      short === full
        ? `${code(full)}${shared ? `<br>${shared}` : ''}`
        : `<details><summary>${code(short)}${shared ? ` ${shared}` : ''}</summary>${code(truncate(full, 2000))}</details>`;
    out.push(
      `| ${lineLink(s.line, opts.lineUrl)} | ${escText(stageLabel(s.stage, s.platform))} | ${text} | ${s.cached ? 'cached' : s.startMs === null ? '–' : fmtMs(s.durationMs)} |`
    );
  }
  out.push('', '</details>', '');
  return out.join('\n');
}
