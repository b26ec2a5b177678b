// TimingReport → terminal text: aligned tables with duration bars; ANSI colour only
// when asked (the CLI asks when stdout is a TTY). Pure.
import { fmtBytes, fmtMs, fmtRatio, imageLabel, shortInstruction, truncate } from '../common/format.js';
import { cacheHitRatioOf, countCachedSteps, PHASES, slowestRows } from './model.js';
import type { TimingReport } from './types.js';

export interface TerminalOptions {
  color: boolean;
  width?: number;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' };

export function renderTimingTerminal(report: TimingReport, opts: TerminalOptions): string {
  const c = (code: keyof typeof ANSI, s: string) => (opts.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const width = Math.max(60, opts.width ?? 100);
  const barWidth = Math.min(30, width - 60);
  const bar = (ms: number, max: number) => {
    const n = max > 0 ? Math.round((ms / max) * barWidth) : 0;
    return '█'.repeat(n) + ' '.repeat(barWidth - n);
  };
  const lines: string[] = [];
  const count = countCachedSteps(report.steps);
  lines.push(
    c('bold', `${report.failed ? 'FAILED' : 'Build'}${report.image.tags[0] ? ` ${imageLabel(report.image.tags[0])} —` : ''} ${fmtMs(report.durationMs)}`) +
      `  cache ${fmtRatio(cacheHitRatioOf(count))} (${count.cached}/${count.steps} steps)  image ${fmtBytes(report.image.sizeBytes)}`
  );
  if (report.failed) {
    lines.push(c('red', `failed: ${report.failed.name}${report.failed.line !== null ? ` (Dockerfile line ${report.failed.line})` : ''}`));
    lines.push(c('red', `  ${report.failed.error}`));
    for (const l of report.failed.logTail.slice(-10)) lines.push(c('dim', `  | ${l}`));
  }
  lines.push('');
  const stageName = (n: string, p: string | null) => (p ? `${n} (${p})` : n);
  const nameW = Math.min(34, Math.max(5, ...report.stages.map((s) => stageName(s.name, s.platform).length)));
  const maxStage = Math.max(0, ...report.stages.map((s) => s.durationMs));
  lines.push(`${'stage'.padEnd(nameW)}  ${'time'.padStart(7)}  ${' '.repeat(barWidth)}  steps  cached`);
  for (const s of report.stages) {
    const name = truncate(stageName(s.name, s.platform), nameW).padEnd(nameW);
    const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
    const time = s.steps > 0 && s.cachedSteps === s.steps ? 'cached' : fmtMs(s.durationMs);
    lines.push(`${name}  ${time.padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
  }
  const p = report.phases;
  lines.push('');
  lines.push(
    c(
      'dim',
      PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs')
        .map((x) => `${x.label} ${fmtMs(p[x.key] ?? 0)}`)
        .join(' · ')
    )
  );
  const slow = slowestRows(report, 5);
  if (slow.length) {
    lines.push('', c('bold', 'where the time went (steps and phases)'));
    const maxStep = slow[0].durationMs;
    for (const r of slow) {
      const what =
        r.kind === 'phase'
          ? `(${r.phase.label})`
          : `${r.step.stage}${r.step.line !== null ? `:${r.step.line}` : ''} ${shortInstruction(r.step.instruction, width)}`;
      lines.push(`${fmtMs(r.durationMs).padStart(7)}  ${c('red', bar(r.durationMs, maxStep))}  ${truncate(what, width - barWidth - 12)}`);
    }
  }
  for (const w of report.warnings) lines.push(c('yellow', `warning: ${truncate(w, width)}`));
  return lines.join('\n');
}
