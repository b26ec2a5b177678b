// One report for a whole bake: every target in one place (job summary, terminal), the
// steps several targets shared shown once with the targets they served, and the targets
// change detection skipped with the reason. Pure.
import { cacheHitRatioOf, countCachedSteps } from '../timing/model.js';
import { esc, fmtMs, fmtRatio, truncate } from '../common/format.js';
import { renderTimingMarkdown } from '../timing/render-markdown.js';
import { renderTimingTerminal } from '../timing/render-terminal.js';
import type { TimingReport } from '../timing/types.js';
import type { BakePlan } from './plan.js';
import type { BakeTiming } from './split.js';

export interface BakeRenderInput {
  plan: Pick<BakePlan, 'targets' | 'skipped'>;
  timing: BakeTiming | null;
  digests: Record<string, string | null>;
  error?: string | null;
  /** Markdown to put under a target's section (its comparison with the base branch). */
  extra?: Record<string, string>;
  lineUrl?: (target: string) => ((line: number) => string | undefined) | undefined;
}

const short = (d: string | null | undefined) => (d ? `<code>${esc(d.slice(0, 19))}…</code>` : '');

export function renderBakeMarkdown(x: BakeRenderInput): string {
  const out: string[] = [];
  const t = x.timing;
  const names = x.plan.targets.map((p) => p.name);
  const failed = Boolean(x.error) || (t ? Object.values(t.targets).some((r) => r.failed) : false);
  const head = t
    ? `${fmtMs(t.durationMs)} · ${t.steps.distinct} distinct steps, ${t.steps.cached} cached, ${t.shared.length} shared by several targets`
    : 'no timing';
  out.push(`### ${failed ? '❌' : '✅'} Bake: ${names.length} target${names.length === 1 ? '' : 's'} in one build · ${head}`, '');
  if (x.error) out.push(`**Error:** ${esc(truncate(x.error, 500))}`, '');

  out.push('| target | image | digest | wall time | cache | shared steps |', '|---|---|---|--:|--:|--:|');
  for (const p of x.plan.targets) {
    const r = t?.targets[p.name];
    const c = r ? countCachedSteps(r.steps) : null;
    const sharedN = t ? t.shared.filter((s) => s.targets.includes(p.name)).length : 0;
    out.push(
      `| <code>${esc(p.name)}</code> | ${p.tags[0] ? `<code>${esc(p.tags[0])}</code>` : ''} | ${short(x.digests[p.name])} | ${r ? fmtMs(r.durationMs) : ''} | ${c ? `${fmtRatio(cacheHitRatioOf(c))} (${c.cached}/${c.steps})` : ''} | ${sharedN || ''} |`
    );
  }
  for (const s of x.plan.skipped) out.push(`| <code>${esc(s.name)}</code> | – | – | – | – | ${esc(truncate(s.reason, 160))} |`);
  out.push('');

  if (t && t.shared.length) {
    const ran = t.shared.filter((s) => s.runs > 0);
    const saved = t.stepMs.perTargetSum - t.stepMs.once;
    out.push(
      `#### Shared steps (run once for several targets)`,
      '',
      `${t.shared.length} steps served more than one target; ${ran.length} of them ran${saved > 0 ? `, saving ${fmtMs(saved)} of step time that separate builds would have spent again` : ''}.`,
      '',
      '| step | ran | time | targets |',
      '|---|:-:|--:|---|'
    );
    for (const s of t.shared)
      out.push(
        `| <code>${esc(truncate(s.instruction, 100))}</code> | ${s.runs === 0 ? 'cached' : s.runs === 1 ? 'once' : `${s.runs}×`} | ${s.runs ? fmtMs(s.durationMs) : ''} | ${s.targets.map((n) => `<code>${esc(n)}</code>`).join(', ')} |`
      );
    out.push('');
  }

  if (t) {
    for (const p of x.plan.targets) {
      // one report per target of the plan (run.ts splits the stream by them); a lookup by name is checked all the same
      const r = t.targets[p.name] as TimingReport | undefined;
      if (!r) continue;
      const md = renderTimingMarkdown(r, { title: `${p.name}${p.tags[0] ? ` (${p.tags[0]})` : ''}`, lineUrl: x.lineUrl?.(p.name) }).replace(/^### /, '#### ');
      out.push(
        `<details${r.failed ? ' open' : ''}><summary>${esc(p.name)}: ${fmtMs(r.durationMs)}</summary>`,
        '',
        md,
        x.extra?.[p.name] ?? '',
        '</details>',
        ''
      );
    }
  }
  return out.join('\n');
}

export function renderBakeTerminal(x: BakeRenderInput, opts: { color: boolean }): string {
  const out: string[] = [];
  const t = x.timing;
  for (const p of x.plan.targets) {
    const r = t?.targets[p.name];
    out.push(`── ${p.name} ${'─'.repeat(Math.max(0, 60 - p.name.length))}`);
    if (r) out.push(renderTimingTerminal(r, { color: opts.color }));
    if (x.digests[p.name]) out.push(`digest: ${x.digests[p.name]}`);
  }
  if (t) {
    out.push(
      `── bake: ${fmtMs(t.durationMs)} · ${t.steps.distinct} distinct steps (${t.steps.ran} ran, ${t.steps.cached} cached) · step time ${fmtMs(t.stepMs.once)} run once vs ${fmtMs(t.stepMs.perTargetSum)} summed over targets`
    );
    for (const s of t.shared)
      out.push(
        `  shared ${s.runs === 0 ? ' cached' : fmtMs(s.durationMs).padStart(7)} ${s.runs > 1 ? `(ran ${s.runs}×)` : ''} ${truncate(s.instruction, 70)}  [${s.targets.join(', ')}]`
      );
  }
  for (const s of x.plan.skipped) out.push(`skip ${s.name}: ${s.reason}`);
  return out.join('\n');
}
