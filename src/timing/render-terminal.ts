// TimingReport → terminal text: aligned tables with duration bars; ANSI colour only
// when asked (the CLI asks when stdout is a TTY). Pure.
import { fmtBytes, fmtMs, fmtRatio, truncate } from './format.js';
import { cacheHitRatioOf, countCachedSteps, slowestSteps } from './model.js';
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
    c('bold', `${report.failed ? 'FAILED' : 'Build'} ${fmtMs(report.durationMs)}`) +
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
    lines.push(`${name}  ${fmtMs(s.durationMs).padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
  }
  const p = report.phases;
  lines.push('');
  lines.push(
    c('dim', `context ${fmtMs(p.contextTransferMs)} · cache import ${fmtMs(p.cacheImportMs)} · export ${fmtMs(p.imageExportMs)} · cache export ${fmtMs(p.cacheExportMs)} · push ${fmtMs(p.pushMs)}`)
  );
  const slow = slowestSteps(report.steps, 5);
  if (slow.length) {
    lines.push('', c('bold', 'slowest steps'));
    const maxStep = slow[0].durationMs;
    for (const s of slow) {
      const where = s.line !== null ? `:${s.line}` : '';
      lines.push(`${fmtMs(s.durationMs).padStart(7)}  ${c('red', bar(s.durationMs, maxStep))}  ${truncate(`${s.stage}${where} ${s.instruction}`, width - barWidth - 12)}`);
    }
  }
  for (const w of report.warnings) lines.push(c('yellow', `warning: ${truncate(w, width)}`));
  return lines.join('\n');
}
