// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their identity (`key`: the Dockerfile's stage and line and the
// instruction), then by instruction and line, never by BuildKit's `[stage n/m]` prefix
// (deduplicated vertexes get another stage's prefix from run to run). The phases outside
// the steps (export, cache import/export, push) are compared too, each change gets its
// cause, and builds that cannot be compared (another cache backend, platform or driver,
// a cache import that failed on one side) say so.
import { normaliseInstruction } from '../timing/dockerfile-map.js';
import { fmtBytes } from '../common/format.js';
import { cacheHitRatioOf, countCachedSteps, countsForCache, isCachedStep, isFromStep, PHASES, stepKeyOf, type StepCacheCount } from '../timing/model.js';
import { parseStepName } from '../timing/vertex.js';
import type { ImageInfo, PhaseTimings, StageTiming, StepTiming, TimingReport } from '../timing/types.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';

// the thresholds are read with the inputs, so they live apart (thresholds.ts: no timing model, no Dockerfile parser)
export { DEFAULT_THRESHOLDS, parseRegressionThreshold, type Thresholds } from './thresholds.js';

export interface Delta {
  baseMs: number | null;
  headMs: number | null;
  deltaMs: number | null;
  /** Percent change from base; null when base is 0 or missing. */
  pct: number | null;
  flagged: boolean;
}

export function delta(baseMs: number | null, headMs: number | null, t: Thresholds): Delta {
  if (baseMs === null || headMs === null) return { baseMs, headMs, deltaMs: null, pct: null, flagged: false };
  const d = headMs - baseMs;
  const pct = baseMs > 0 ? (100 * d) / baseMs : null;
  const flagged = Math.abs(d) >= t.minSeconds * 1000 && (pct === null ? true : Math.abs(pct) >= t.percent);
  return { baseMs, headMs, deltaMs: d, pct, flagged };
}

export type StepWhy = 'cache-miss' | 'now-cached' | 'ran-both' | 'cached-both' | 'new' | 'removed';

/** Where a step is in the Dockerfile, for naming it in a cause. */
export interface StepRef {
  instruction: string;
  stage: string;
  line: number | null;
}

/**
 * Why a step's time changed, in a few words. `first-miss`: this step's own inputs changed
 * (the first step of its chain that missed the cache); `after-miss`: it re-ran because a step
 * it is built on missed the cache (`root`, the first such step).
 */
export type StepCause =
  | { kind: 'first-miss'; detail: 'files' | 'not-in-cache' }
  | { kind: 'after-miss'; root: StepRef; rootChanged: boolean }
  | { kind: 'base-image' }
  | { kind: 'now-cached' }
  | { kind: 'ran-both' }
  | { kind: 'cached-both' }
  | { kind: 'new' }
  | { kind: 'removed' };

export interface StepChange {
  /** The step's identity (StepTiming.key; computed for reports that have none). */
  key: string;
  instruction: string;
  stage: string;
  platform: string | null;
  line: number | null;
  base: StepTiming | null;
  head: StepTiming | null;
  delta: Delta;
  why: StepWhy;
  cause: StepCause;
}

export interface StageChange {
  name: string;
  platform: string | null;
  delta: Delta;
  /** Every counted step of the stage came back from cache, in each build. */
  cached: { base: boolean; head: boolean };
}

/** A phase outside the Dockerfile steps (image export, cache import/export, push...). */
export interface PhaseChange {
  key: (typeof PHASES)[number]['key'];
  label: string;
  delta: Delta;
  /** Why it moved, when the reports say (image size, how many steps ran, a failed import). */
  cause: string | null;
}

export interface Comparison {
  total: Delta;
  stages: StageChange[];
  /** Steps whose time changed, largest change first. */
  steps: StepChange[];
  /** Cached / counted steps of each build (countCachedSteps: the headline's numbers). */
  cache: { base: StepCacheCount; head: StepCacheCount };
  cacheHitRatio: { base: number | null; head: number | null };
  imageSize: { base: number | null; head: number | null; deltaBytes: number | null; pct: number | null; flagged: boolean };
  layers: { base: number | null; head: number | null };
  verdict: 'regressed' | 'improved' | 'unchanged';
  /** Image export, cache import, cached layers loaded, cache export, push, context transfer (those either report has). */
  phases: PhaseChange[];
  /**
   * False when the two builds differ in what makes their times comparable: the cache backend,
   * the platforms, the builder driver, or a cache import that failed in one build only. The
   * verdict is then not a finding about the change (the action does not fail on it).
   */
  comparable: { ok: boolean; reasons: string[] };
  /** The builds' warnings, carried over: `base build: ...`, `this build: ...`. */
  notes: string[];
  /** The commits the reports were built from (meta.commit), when they say. */
  commits: { base: string | null; head: string | null };
}

/** A step as a report written by an earlier version has it: no `instruction` (see readStep). */
export type StepInput = Omit<StepTiming, 'instruction'> & { instruction?: string };

/**
 * A report as the comparison reads it: what parseTimingReport returns, or one written by an
 * earlier version and read as it is, with any part but the total left out (README.md
 * documents the fields; the schema requires only schemaVersion, durationMs and steps).
 */
export type ReportInput = Pick<TimingReport, 'durationMs'> &
  Partial<Pick<TimingReport, 'stages' | 'warnings' | 'meta'>> & {
    steps?: StepInput[];
    image?: Partial<ImageInfo>;
    phases?: Partial<PhaseTimings>;
  };

const hasInstruction = (s: StepInput): s is StepTiming => typeof s.instruction === 'string';

/**
 * A step as the comparison reads it. Reports written by earlier versions have no
 * `instruction` (README.md documents name, stage, platform, cached, durationMs, line): it is
 * taken from the name (`[deps 3/4] RUN npm ci` → `RUN npm ci`), else the name itself.
 */
function readStep(s: StepInput): StepTiming {
  if (hasInstruction(s)) return s;
  const name = typeof s.name === 'string' ? s.name : '';
  return { ...s, instruction: parseStepName(name)?.instruction.replace(/\s+/g, ' ') ?? name };
}

const stepKey = (s: StepTiming) => `${s.platform ?? ''}\u0000${normaliseInstruction(s.instruction)}`;

/** A step's identity: its `key`, or the same computed from its fields (reports written before keys). */
export const identityOf = (s: StepTiming) => (typeof s.key === 'string' && s.key ? s.key : stepKeyOf(s));

/**
 * Pairs base and head steps: same identity (Dockerfile stage, line and instruction) first,
 * then same instruction and line, then same instruction.
 */
export function matchSteps(baseSteps: StepInput[], headSteps: StepInput[]): Array<[StepTiming | null, StepTiming | null]> {
  const base = baseSteps.map(readStep);
  const head = headSteps.map(readStep);
  const pairs: Array<[StepTiming | null, StepTiming | null]> = [];
  const left = [...base];
  let unmatched = head;
  const passes: Array<(b: StepTiming, h: StepTiming) => boolean> = [
    (b, h) => identityOf(b) === identityOf(h),
    (b, h) => stepKey(b) === stepKey(h) && b.line === h.line,
    (b, h) => stepKey(b) === stepKey(h)
  ];
  for (const same of passes) {
    const next: StepTiming[] = [];
    for (const h of unmatched) {
      const i = left.findIndex((b) => same(b, h));
      if (i >= 0) pairs.push([left.splice(i, 1)[0], h]);
      else next.push(h);
    }
    unmatched = next;
  }
  for (const h of unmatched) pairs.push([null, h]);
  for (const b of left) pairs.push([b, null]);
  return pairs;
}

function why(b: StepTiming | null, h: StepTiming | null): StepWhy {
  if (!b) return 'new';
  if (!h) return 'removed';
  const [bc, hc] = [isCachedStep(b), isCachedStep(h)];
  if (bc && !hc) return 'cache-miss';
  if (!bc && hc) return 'now-cached';
  return bc && hc ? 'cached-both' : 'ran-both';
}

export function compareReports(base: ReportInput, head: ReportInput, t: Thresholds = DEFAULT_THRESHOLDS): Comparison {
  const total = delta(base.durationMs, head.durationMs, t);
  const stageKey = (s: { name: string; platform: string | null }) => `${s.platform ?? ''}\u0000${s.name}`;
  const baseStages = new Map((base.stages ?? []).map((s) => [stageKey(s), s]));
  const seen = new Set<string>();
  const allCached = (s: StageTiming | undefined) => Boolean(s && s.steps > 0 && s.cachedSteps === s.steps);
  const stages: StageChange[] = (head.stages ?? []).map((s) => {
    const b = baseStages.get(stageKey(s));
    seen.add(stageKey(s));
    return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t), cached: { base: allCached(b), head: allCached(s) } };
  });
  for (const b of base.stages ?? [])
    if (!seen.has(stageKey(b)))
      stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t), cached: { base: allCached(b), head: false } });

  const baseSteps = (base.steps ?? []).map(readStep);
  const headSteps = (head.steps ?? []).map(readStep);
  const all: StepChange[] = matchSteps(baseSteps, headSteps).map(([b, h]) => {
    const s = (h ?? b) as StepTiming;
    const w = why(b, h);
    return {
      key: identityOf(s),
      instruction: s.instruction,
      stage: s.stage,
      platform: s.platform,
      line: h?.line ?? b?.line ?? null,
      base: b,
      head: h,
      delta: delta(b ? b.durationMs : 0, h ? h.durationMs : 0, t),
      why: w,
      cause: { kind: w === 'cache-miss' ? 'first-miss' : w, ...(w === 'cache-miss' ? { detail: 'files' } : {}) } as StepCause
    };
  });
  assignCauses(all, headSteps);
  const steps = all
    .filter((c) => c.delta.deltaMs !== 0 || c.why === 'cache-miss' || c.why === 'new' || c.why === 'removed')
    .sort((x, y) => Math.abs(y.delta.deltaMs ?? 0) - Math.abs(x.delta.deltaMs ?? 0));

  const bs = base.image?.sizeBytes ?? null;
  const hs = head.image?.sizeBytes ?? null;
  const dBytes = bs !== null && hs !== null ? hs - bs : null;
  const sizePct = dBytes !== null && bs ? (100 * dBytes) / bs : null;
  const imageSize = {
    base: bs,
    head: hs,
    deltaBytes: dBytes,
    pct: sizePct,
    flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes as number) >= 1024 * 1024
  };

  const slower = (total.flagged && (total.deltaMs ?? 0) > 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) > 0);
  const faster = (total.flagged && (total.deltaMs ?? 0) < 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) < 0);
  const cache = { base: countCachedSteps(baseSteps), head: countCachedSteps(headSteps) };
  return {
    total,
    stages,
    steps,
    cache,
    cacheHitRatio: { base: cacheHitRatioOf(cache.base), head: cacheHitRatioOf(cache.head) },
    imageSize,
    layers: { base: base.image?.layers ?? null, head: head.image?.layers ?? null },
    verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged',
    phases: comparePhases(base, head, baseSteps, headSteps, t),
    comparable: comparability(base, head, baseSteps, headSteps),
    notes: [...(base.warnings ?? []).map((w) => `base build: ${w}`), ...(head.warnings ?? []).map((w) => `this build: ${w}`)],
    commits: { base: base.meta?.commit || null, head: head.meta?.commit || null }
  };
}

/** Steps that ran (not cached), FROM excluded: what a build rebuilt. */
const ranCount = (steps: StepTiming[]) => steps.filter((s) => countsForCache(s) && !s.cached).length;

const IMPORT_FAILED = /^(no cache found to import|cache import skipped)/;

function comparePhases(base: ReportInput, head: ReportInput, baseSteps: StepTiming[], headSteps: StepTiming[], t: Thresholds): PhaseChange[] {
  const counted = headSteps.filter(countsForCache).length;
  const [hr, br] = [ranCount(headSteps), ranCount(baseSteps)];
  // the layers a build writes are those of the steps that ran: the same count says it was not the Dockerfile
  const ran = hr === br ? `the same ${hr} of ${counted} steps ran in both` : `${hr} of ${counted} steps ran (${br} before)`;
  const size =
    base.image?.sizeBytes != null && head.image?.sizeBytes != null && fmtBytes(base.image.sizeBytes) !== fmtBytes(head.image.sizeBytes)
      ? `image ${fmtBytes(base.image.sizeBytes)} → ${fmtBytes(head.image.sizeBytes)}`
      : null;
  const importFailed = (r: ReportInput) => (r.warnings ?? []).find((w) => IMPORT_FAILED.test(w)) ?? null;
  const out: PhaseChange[] = [];
  for (const p of PHASES) {
    const b = base.phases?.[p.key];
    const h = head.phases?.[p.key];
    // a phase an earlier writer did not measure (cacheLoadMs) is left out, not shown as new
    if (typeof b !== 'number' || typeof h !== 'number') continue;
    let cause: string | null = null;
    if (p.key === 'imageExportMs' || p.key === 'pushMs') cause = size ?? ran;
    else if (p.key === 'cacheExportMs') cause = ran;
    else if (p.key === 'cacheLoadMs') cause = 'cached layers pulled for the steps that ran on them';
    else if (p.key === 'cacheImportMs') {
      const [bf, hf] = [importFailed(base), importFailed(head)];
      cause = bf && !hf ? 'the base build had no cache to import' : hf && !bf ? 'this build had no cache to import' : null;
    }
    out.push({ key: p.key, label: p.label, delta: delta(b, h, t), cause });
  }
  return out;
}

/** What makes two builds' times not comparable, in words; none when they are. */
function comparability(base: ReportInput, head: ReportInput, baseSteps: StepTiming[], headSteps: StepTiming[]): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const bm = base.meta ?? {};
  const hm = head.meta ?? {};
  const differ = (k: string) => bm[k] && hm[k] && bm[k] !== 'unknown' && hm[k] !== 'unknown' && bm[k] !== hm[k];
  if (differ('cacheBackend')) reasons.push(`another cache backend (${bm.cacheBackend} → ${hm.cacheBackend})`);
  if (differ('driver')) reasons.push(`another builder driver (${bm.driver} → ${hm.driver})`);
  const platforms = (m: Record<string, string>, steps: StepTiming[]) =>
    m.platforms
      ? m.platforms
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
          .sort()
          .join(', ')
      : [...new Set(steps.map((s) => s.platform).filter((p): p is string => Boolean(p)))].sort().join(', ');
  const [bp, hp] = [platforms(bm, baseSteps), platforms(hm, headSteps)];
  if ((bm.platforms || hm.platforms || bp || hp) && bp !== hp) reasons.push(`other platforms (${bp || 'default'} → ${hp || 'default'})`);
  const bf = (base.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
  const hf = (head.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
  if (bf && !hf) reasons.push('the base build had no cache to import (it ran cold)');
  if (hf && !bf) reasons.push('this build’s cache import failed (it ran cold)');
  return { ok: reasons.length === 0, reasons };
}

/**
 * The cause of each change. A step that was cached in the base build and ran now either had
 * its own inputs changed (the first of its chain to miss the cache: files copied from the
 * context, its instruction) or re-ran because a step it is built on missed first: the first
 * such step, found through `dependsOn` (the build graph), else through the earlier steps of
 * its stage for reports written before it.
 */
function assignCauses(changes: StepChange[], headSteps: StepTiming[]): void {
  const byKey = new Map(changes.filter((c) => c.head).map((c) => [identityOf(c.head as StepTiming), c]));
  const headByKey = new Map(headSteps.map((s) => [identityOf(s), s]));
  // a step's inputs changed when it is new (its instruction or base image changed) or missed the cache
  const missed = (c: StepChange | undefined) => Boolean(c && c.head && !c.head.cached && (c.why === 'cache-miss' || c.why === 'new'));
  const ancestorsOf = (s: StepTiming): StepTiming[] => {
    const out: StepTiming[] = [];
    const seen = new Set<string>();
    const stack = [...(s.dependsOn ?? [])];
    while (stack.length) {
      const k = stack.pop() as string;
      if (seen.has(k)) continue;
      seen.add(k);
      const a = headByKey.get(k);
      if (!a) continue;
      out.push(a);
      stack.push(...(a.dependsOn ?? []));
    }
    if (s.dependsOn === undefined) {
      // an earlier report: the steps before it in its stage
      for (const a of headSteps)
        if (a !== s && a.stage === s.stage && a.platform === s.platform && a.line !== null && s.line !== null && a.line < s.line) out.push(a);
    }
    return out;
  };
  const ref = (s: StepTiming): StepRef => ({ instruction: s.instruction, stage: s.stage, line: s.line });
  for (const c of changes) {
    if (c.why !== 'cache-miss' && c.why !== 'new') continue;
    const h = c.head as StepTiming;
    if (c.why === 'new' && isFromStep(h)) {
      c.cause = { kind: 'base-image' };
      continue;
    }
    const missedBefore = ancestorsOf(h).filter((a) => missed(byKey.get(identityOf(a))));
    // the first of them: the one no other missed step is built on
    const roots = missedBefore.filter((a) => !ancestorsOf(a).some((x) => missedBefore.includes(x)));
    const root = roots.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity)).at(0);
    if (root) {
      const rc = byKey.get(identityOf(root));
      c.cause = rc?.why === 'new' && isFromStep(root) ? { kind: 'base-image' } : { kind: 'after-miss', root: ref(root), rootChanged: rc?.why === 'new' };
    } else if (c.why === 'new') {
      c.cause = { kind: 'new' };
    } else {
      const copiesContext = /^(COPY|ADD)\s/i.test(h.instruction) && !/--from=/i.test(h.instruction);
      c.cause = { kind: 'first-miss', detail: copiesContext ? 'files' : 'not-in-cache' };
    }
  }
}
