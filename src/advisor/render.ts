// Findings → job summary Markdown, terminal text, and GitHub annotations. Pure.
import { esc, fmtMs } from '../common/format.js';
import type { Finding } from './types.js';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

function costText(f: Finding): string {
  if (!f.cost) return '';
  const c = f.cost;
  const parts = [`step ran ${c.cached ? '0s (cached)' : fmtMs(c.stepMs)}`];
  if (c.missCausedBy) parts.push(`re-ran because ${c.missCausedBy} changed`);
  if (c.estimatedSavingMs !== null) parts.push(`est. saving ~${fmtMs(c.estimatedSavingMs)} per build`);
  return parts.join('; ');
}

export function renderAdvisorMarkdown(findings: Finding[], opts: { lineUrl?: (line: number) => string | undefined } = {}): string {
  if (findings.length === 0) return '### Dockerfile advisor\n\nNo findings.\n';
  const out = ['### Dockerfile advisor', '', '| | finding | where | what it cost | fix |', '|---|---|---|---|---|'];
  for (const f of findings) {
    const url = opts.lineUrl?.(f.line);
    const where = url ? `<a href="${esc(url)}">${esc(f.file)}:${f.line}</a>` : `${esc(f.file)}:${f.line}`;
    out.push(`| ${ICON[f.severity]} | <code>${f.id}</code> ${esc(f.message)} | ${where} | ${esc(costText(f))} | ${esc(f.fix)} |`);
  }
  const est = findings.filter((f) => f.cost?.estimatedSavingMs);
  if (est.length)
    out.push(
      '',
      `<sub>Savings are estimates from the measured step times (${[...new Set(est.map((f) => f.cost?.basis ?? ''))].map((b) => esc(b)).join('; ')}).</sub>`
    );
  out.push('');
  return out.join('\n');
}

export function renderAdvisorTerminal(findings: Finding[], opts: { color: boolean }): string {
  if (findings.length === 0) return 'no findings';
  const col = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = { error: col('31', 'error  '), warning: col('33', 'warning'), info: col('36', 'info   ') };
  return findings
    .map((f) =>
      [
        `${sev[f.severity]} ${f.file}:${f.line} ${col('1', f.id)}: ${f.message}`,
        `        fix: ${f.fix}`,
        ...(f.cost ? [`        cost: ${costText(f)}`] : [])
      ].join('\n')
    )
    .join('\n');
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine?: number;
}

export function toAnnotations(findings: Finding[]): Annotation[] {
  return findings.map((f) => ({
    level: f.severity === 'info' ? 'notice' : f.severity,
    title: `buildstage: ${f.id}`,
    message: `${f.message}. Fix: ${f.fix}${f.cost ? ` (${costText(f)})` : ''}`,
    file: f.file,
    startLine: f.line,
    ...(f.endLine ? { endLine: f.endLine } : {})
  }));
}
