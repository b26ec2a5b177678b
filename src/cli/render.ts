// The CLI's own text output (pure): what a command prints that no domain module renders.
// The timing breakdown, the comparison's Markdown, the advisor, bake and ECR summaries are
// rendered where they are computed; these are the terminal lines only the CLI prints.
import type { Comparison } from '../compare/compare.js';
import type { Evaluation } from '../ecr/evaluate.js';
import type { ServiceDecision } from '../monorepo/changed.js';
import type { GitContext } from '../plan/git-context.js';
import type { Metadata } from '../plan/metadata.js';
import { fmtBytes, fmtMs, fmtRatio } from '../common/format.js';

/** `compare`: totals, cache hits and image size, then each stage and phase (`*` past the threshold), then the five steps that moved most. */
export function renderComparisonText(c: Comparison): string {
  const delta = (label: string, d: { baseMs: number | null; headMs: number | null; flagged?: boolean }) =>
    `  ${label.padEnd(28)} ${fmtMs(d.baseMs ?? 0).padStart(7)} → ${fmtMs(d.headMs ?? 0).padStart(7)}${d.flagged ? '  *' : ''}`;
  return [
    `build ${fmtMs(c.total.baseMs ?? 0)} → ${fmtMs(c.total.headMs ?? 0)}  (${c.comparable.ok ? c.verdict : `not comparable: ${c.comparable.reasons.join('; ')}`})`,
    `cache hits ${fmtRatio(c.cacheHitRatio.base)} → ${fmtRatio(c.cacheHitRatio.head)}   image ${fmtBytes(c.imageSize.base)} → ${fmtBytes(c.imageSize.head)}`,
    '',
    ...c.stages.map((s) => delta(s.platform ? `${s.name} (${s.platform})` : s.name, s.delta)),
    ...c.phases.map((p) => delta(`(${p.label})`, p.delta)),
    '',
    ...c.steps
      .slice(0, 5)
      .map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + fmtMs(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
  ].join('\n');
}

/** `tags`: the context, the version, then tags, labels and annotations, one a line. */
export function renderMetadataText(ctx: GitContext, md: Pick<Metadata, 'version' | 'tags' | 'labels' | 'annotations'>): string {
  const section = (title: string, items: string[]) => `${title}:${items.length ? '' : ' (none)'}\n${items.map((t) => `  ${t}\n`).join('')}`;
  return (
    `context: ${ctx.eventName} ${ctx.ref || '(no ref)'} ${ctx.sha ? ctx.sha.slice(0, 12) : '(no commit)'}${ctx.defaultBranch ? ` (default branch ${ctx.defaultBranch})` : ''}\n` +
    `version: ${md.version ?? '(none)'}\n` +
    section('tags', md.tags) +
    section('labels', md.labels) +
    section('annotations', md.annotations)
  );
}

/** `changed`: a line a service, build or skip, with the reason. */
export function renderDecisionsText(decisions: ServiceDecision[]): string {
  return decisions.map((d) => `${d.build ? 'build' : 'skip '} ${d.service.name}: ${d.reason}`).join('\n') + '\n';
}

/** `ecr evaluate`: how many images expire, then each with its tags and the rule that expires it. */
export function renderEvaluationText(ev: Evaluation, imageCount: number): string {
  return `${ev.expired.length} of ${imageCount} images expire (${ev.bytesFreed} bytes)\n${ev.expired.map((e) => `  ${e.imageDigest} ${e.imageTags.join(',') || '(untagged)'} rule ${e.rulePriority}`).join('\n')}\n`;
}

/** `bake` when no target is left to build: each skipped target with its reason. */
export function renderNothingToBuild(skipped: Array<{ name: string; reason: string }>): string {
  return `nothing to build:\n${skipped.map((s) => `  ${s.name}: ${s.reason}`).join('\n')}\n`;
}

/** `build` after the breakdown: the digest pushed and the tags. */
export function renderBuildResult(digest: string | null | undefined, tags: string[]): string {
  return (digest ? `digest: ${digest}\n` : '') + (tags.length ? `tags:\n${tags.map((t) => `  ${t}`).join('\n')}\n` : '');
}
