// Comparison → Markdown for the job summary and the PR comment, and the merge of one
// image's section into a comment shared by several images. Short enough to read on a PR:
// a headline (base branch@commit → this commit, total, verdict), whether the builds can be
// compared at all, at most five rows of what changed most with a cause each, and everything
// else folded in <details>. Pure; text escaped and never autolinked.
import { code, esc, escText, fmtBytes, fmtMs, fmtRatio, imageLabel, shortInstruction, signedMs, truncate } from '../common/format.js';
import type { Comparison, Delta, PhaseChange, StepCause, StepChange } from './compare.js';

export const COMMENT_MARKER = '<!-- buildstage:pr-timing -->';
const sectionStart = (image: string) => `<!-- buildstage:image:${encodeURIComponent(image)}:start -->`;
const sectionEnd = (image: string) => `<!-- buildstage:image:${encodeURIComponent(image)}:end -->`;

/**
 * A percentage only where it means something: the base took at least a second and the
 * change is under 10×; else the seconds say it (`+51.2s`, not `+197000%`).
 */
export function pctText(d: Pick<Delta, 'baseMs' | 'pct'>): string {
  if (d.pct === null || d.baseMs === null || d.baseMs < 1000) return '';
  if (Math.abs(d.pct) >= 1000) return d.pct > 0 ? '>10×' : '';
  return `${d.pct > 0 ? '+' : d.pct < 0 ? '−' : '±'}${Math.abs(d.pct).toFixed(0)}%`;
}

/** `🔴&nbsp;+51.2s&nbsp;(+30%)`: no-break spaces, so a narrow column never splits a change in two. */
export function deltaCell(d: Delta, slowerIsBad = true): string {
  if (d.deltaMs === null) return d.baseMs === null ? 'new' : 'removed';
  const p = pctText(d);
  const text = `${signedMs(d.deltaMs)}${p ? `&nbsp;(${p})` : ''}`;
  if (!d.flagged) return text;
  return d.deltaMs > 0 === slowerIsBad ? `🔴&nbsp;${text}` : `🟢&nbsp;${text}`;
}

const where = (s: { stage: string; platform: string | null; line: number | null }) =>
  `${escText(s.platform ? `${s.stage} (${s.platform})` : s.stage)}${s.line !== null ? ` L${s.line}` : ''}`;

/** A cause in a few words (the column is narrow). */
export function causeText(c: StepCause): string {
  switch (c.kind) {
    case 'first-miss':
      return c.detail === 'files' ? 'cache miss: files it copies changed' : 'cache miss: not in the cache';
    case 'after-miss':
      return `re-ran: ${code(shortInstruction(c.root.instruction, 32))} ${where({ ...c.root, platform: null })} ${c.rootChanged ? 'changed' : 'missed the cache'}`;
    case 'base-image':
      return 'base image changed';
    case 'now-cached':
      return 'now cached';
    case 'ran-both':
      return 'ran in both';
    case 'cached-both':
      return 'cached in both';
    case 'new':
      return 'new or changed instruction';
    case 'removed':
      return 'step removed';
  }
}

type Row = { label: string; delta: Delta; cause: string };

const stepRow = (s: StepChange): Row => ({ label: `${code(shortInstruction(s.instruction, 48))} ${where(s)}`, delta: s.delta, cause: causeText(s.cause) });
const phaseRow = (p: PhaseChange): Row => ({ label: `<i>${esc(p.label)}</i>`, delta: p.delta, cause: p.cause ? escText(p.cause) : '' });

/** Steps and phases that moved, largest change first. */
function changeRows(c: Comparison): Row[] {
  // a phase that moved by less than 10 ms did not move
  const rows = [...c.steps.map(stepRow), ...c.phases.filter((p) => p.delta.deltaMs !== null && Math.abs(p.delta.deltaMs) >= 10).map(phaseRow)];
  return rows.sort((a, b) => Math.abs(b.delta.deltaMs ?? 0) - Math.abs(a.delta.deltaMs ?? 0));
}

function changeTable(rows: Row[]): string[] {
  return ['| what changed | Δ | cause |', '|---|--:|---|', ...rows.map((r) => `| ${r.label} | ${deltaCell(r.delta)} | ${r.cause} |`)];
}

export interface ComparisonMarkdownOptions {
  /** At most this many rows of what changed most before the fold (default 5). */
  maxSteps?: number;
  /** The base branch's name. */
  baseLabel?: string;
  /** The workflow run and the build record artifact of this build (absolute URLs for a PR comment). */
  runUrl?: string | null;
  buildRecordUrl?: string | null;
  /** Link to a commit page: `${repo}/commit/${sha}`. */
  commitUrl?: (sha: string) => string | undefined;
  /** This build's facts (digest, builder and driver, cache ref): buildFacts() of its report, without the commit. */
  facts?: string;
}

function commitRef(sha: string | null, url?: (sha: string) => string | undefined): string {
  if (!sha) return '';
  const short = `<code>${esc(sha.slice(0, 7))}</code>`;
  const u = url?.(sha);
  return u ? `<a href="${esc(u)}">${short}</a>` : short;
}

export function renderComparisonMarkdown(image: string, c: Comparison, opts: ComparisonMarkdownOptions = {}): string {
  const base = opts.baseLabel ?? 'base';
  const verdict = !c.comparable.ok
    ? '⚠️ not comparable'
    : c.verdict === 'regressed'
      ? '🔴 slower'
      : c.verdict === 'improved'
        ? '🟢 faster'
        : '⚪ no significant change';
  const out: string[] = [];
  const moved = c.total.deltaMs !== null ? ` (${signedMs(c.total.deltaMs)}${pctText(c.total) ? `, ${pctText(c.total)}` : ''})` : '';
  const baseSide = `<code>${escText(base)}</code>${c.commits.base ? `@${commitRef(c.commits.base, opts.commitUrl)}` : ''}`;
  const against = `${baseSide} → ${c.commits.head ? commitRef(c.commits.head, opts.commitUrl) : 'this change'}`;
  out.push(`#### ${escText(imageLabel(image))} · ${against} · ${fmtMs(c.total.baseMs ?? 0)} → ${fmtMs(c.total.headMs ?? 0)}${moved} · ${verdict}`, '');
  // the heading names the repository; the full reference (registry, target) is here
  const links = [
    code(image),
    ...(opts.runUrl ? [`<a href="${esc(opts.runUrl)}">workflow run</a>`] : []),
    ...(opts.buildRecordUrl ? [`<a href="${esc(opts.buildRecordUrl)}">build record</a>`] : []),
    ...(opts.facts ? [opts.facts.replace(/^<sub>|<\/sub>$/g, '')] : [])
  ];
  out.push(`<sub>${links.join(' · ')}</sub>`, '');
  if (!c.comparable.ok)
    out.push(`⚠️ **Not comparable:** ${c.comparable.reasons.map(escText).join('; ')}. The times below are not a finding about this change.`, '');

  const rows = changeRows(c);
  const top = rows.slice(0, opts.maxSteps ?? 5);
  if (top.length) out.push(...changeTable(top), '');
  else out.push('Nothing changed beyond the noise.', '');

  const rest: string[] = [];
  rest.push(
    `Cache hits ${fmtRatio(c.cacheHitRatio.base)} (${c.cache.base.cached}/${c.cache.base.steps} steps) → ${fmtRatio(c.cacheHitRatio.head)} (${c.cache.head.cached}/${c.cache.head.steps} steps) · image ${fmtBytes(c.imageSize.base)} → ${fmtBytes(c.imageSize.head)}${
      c.imageSize.deltaBytes !== null
        ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${fmtBytes(Math.abs(c.imageSize.deltaBytes))})`
        : ''
    }${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`,
    ''
  );
  if (c.stages.length || c.phases.length) {
    const time = (ms: number | null, cached: boolean) => (ms === null ? '' : cached ? 'cached' : fmtMs(ms));
    rest.push(`| stage or phase | ${escText(base)} | this change | Δ |`, '|---|--:|--:|--:|');
    for (const s of c.stages) {
      const name = s.platform ? `${s.name} (${s.platform})` : s.name;
      rest.push(`| ${code(name)} | ${time(s.delta.baseMs, s.cached.base)} | ${time(s.delta.headMs, s.cached.head)} | ${deltaCell(s.delta)} |`);
    }
    for (const p of c.phases) rest.push(`| <i>${esc(p.label)}</i> | ${time(p.delta.baseMs, false)} | ${time(p.delta.headMs, false)} | ${deltaCell(p.delta)} |`);
    rest.push('', '<sub>Stages in Dockerfile order; parallel stages overlap, so rows do not add up to the total.</sub>', '');
  }
  const more = rows.slice(top.length);
  if (more.length) rest.push(`Everything else that changed (${more.length}):`, '', ...changeTable(more), '');
  if (c.notes.length) rest.push('Warnings of the two builds:', '', ...c.notes.slice(0, 8).map((n) => `- ${escText(truncate(n, 240))}`), '');
  out.push('<details><summary>Stages, phases, every change, cache and image</summary>', '', ...rest, '</details>', '');
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
