// Comparison → Markdown for the job summary and the PR comment, and the merge of one
// image's section into a comment shared by several images. Pure; text escaped.
import { esc, fmtBytes, fmtMs, fmtRatio, truncate } from '../timing/format.js';
import type { Comparison, Delta, StepChange } from './compare.js';

export const COMMENT_MARKER = '<!-- buildstage:pr-timing -->';
const sectionStart = (image: string) => `<!-- buildstage:image:${encodeURIComponent(image)}:start -->`;
const sectionEnd = (image: string) => `<!-- buildstage:image:${encodeURIComponent(image)}:end -->`;

function signed(ms: number | null): string {
  if (ms === null) return '';
  return `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${fmtMs(Math.abs(ms))}`;
}

function pct(p: number | null): string {
  if (p === null) return '';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(0)}%`;
}

function deltaCell(d: Delta, slowerIsBad = true): string {
  if (d.deltaMs === null) return d.baseMs === null ? 'new' : 'removed';
  const text = `${signed(d.deltaMs)} (${pct(d.pct)})`.replace(' ()', '');
  if (!d.flagged) return text;
  return (d.deltaMs > 0) === slowerIsBad ? `🔴 ${text}` : `🟢 ${text}`;
}

const WHY: Record<StepChange['why'], string> = {
  'cache-miss': 'was cached, now ran: this step or an earlier layer it depends on changed',
  'now-cached': 'ran before, now cached',
  'ran-both': 'ran in both builds',
  'cached-both': 'cached in both',
  new: 'new step',
  removed: 'step removed'
};

export function renderComparisonMarkdown(image: string, c: Comparison, opts: { maxSteps?: number; baseLabel?: string } = {}): string {
  const base = opts.baseLabel ?? 'base';
  const verdict = c.verdict === 'regressed' ? '🔴 slower' : c.verdict === 'improved' ? '🟢 faster' : '⚪ no significant change';
  const out: string[] = [];
  out.push(
    `#### ${esc(image)}: build ${fmtMs(c.total.baseMs ?? 0)} → ${fmtMs(c.total.headMs ?? 0)} ${c.total.deltaMs !== null ? `(${signed(c.total.deltaMs)}, ${pct(c.total.pct)})` : ''} · ${verdict}`,
    ''
  );
  out.push(
    `Cache hits ${fmtRatio(c.cacheHitRatio.base)} (${c.cache.base.cached}/${c.cache.base.steps} steps) → ${fmtRatio(c.cacheHitRatio.head)} (${c.cache.head.cached}/${c.cache.head.steps} steps) · image ${fmtBytes(c.imageSize.base)} → ${fmtBytes(c.imageSize.head)}${
      c.imageSize.deltaBytes !== null ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${fmtBytes(Math.abs(c.imageSize.deltaBytes))})` : ''
    }${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`,
    ''
  );
  if (c.stages.length) {
    out.push(`| stage | ${esc(base)} | this change | Δ |`, '|---|--:|--:|--:|');
    for (const s of c.stages) {
      const name = s.platform ? `${s.name} (${s.platform})` : s.name;
      out.push(`| <code>${esc(name)}</code> | ${s.delta.baseMs === null ? '' : fmtMs(s.delta.baseMs)} | ${s.delta.headMs === null ? '' : fmtMs(s.delta.headMs)} | ${deltaCell(s.delta)} |`);
    }
    out.push('');
  }
  const steps = c.steps.slice(0, opts.maxSteps ?? 5);
  if (steps.length) {
    out.push('Steps that changed most:', '', '| step | Δ | why |', '|---|--:|---|');
    for (const s of steps) {
      const where = s.line !== null ? ` (L${s.line})` : '';
      out.push(`| <code>${esc(truncate(s.instruction, 90))}</code>${where} | ${deltaCell(s.delta)} | ${WHY[s.why]} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Replaces (or adds) one image's section in the shared comment body; other images' sections are kept. */
export function mergeCommentSections(existingBody: string | null, image: string, sectionMd: string): string {
  const block = `${sectionStart(image)}\n${sectionMd.trim()}\n${sectionEnd(image)}`;
  const header = `${COMMENT_MARKER}\n### ⏱️ Build timing against the base branch\n`;
  if (!existingBody || !existingBody.includes(COMMENT_MARKER)) return `${header}\n${block}\n`;
  const a = existingBody.indexOf(sectionStart(image));
  const b = existingBody.indexOf(sectionEnd(image));
  if (a >= 0 && b > a) return existingBody.slice(0, a) + block + existingBody.slice(b + sectionEnd(image).length);
  return `${existingBody.trimEnd()}\n\n${block}\n`;
}
