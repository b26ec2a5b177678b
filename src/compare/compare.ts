// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their instruction and Dockerfile line, never by BuildKit's
// `[stage n/m]` prefix (deduplicated vertexes get another stage's prefix from run to run).
import { InputError } from '../inputs/list.js';
import { normaliseInstruction } from '../timing/dockerfile-map.js';
import { cacheHitRatioOf, countCachedSteps, isCachedStep, parseStepName, type StepCacheCount } from '../timing/model.js';
import type { StepTiming, TimingReport } from '../timing/types.js';

export interface Thresholds {
  /** A change is flagged only above this percentage ... */
  percent: number;
  /** ... and above this many seconds. */
  minSeconds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { percent: 10, minSeconds: 5 };

/** `10%,5s` (either part optional, any order). */
export function parseRegressionThreshold(text: string): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS };
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return t;
  for (const p of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p))) t.percent = Number(m[1]);
    else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p))) t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
    else throw new InputError('regression-threshold', `"${p}" is neither a percentage nor a duration`, 'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)');
  }
  return t;
}

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

export interface StepChange {
  instruction: string;
  stage: string;
  platform: string | null;
  line: number | null;
  base: StepTiming | null;
  head: StepTiming | null;
  delta: Delta;
  why: StepWhy;
}

export interface StageChange {
  name: string;
  platform: string | null;
  delta: Delta;
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
}

/**
 * A step as the comparison reads it. Reports written by earlier versions have no
 * `instruction` (README.md documents name, stage, platform, cached, durationMs, line): it is
 * taken from the name (`[deps 3/4] RUN npm ci` → `RUN npm ci`), else the name itself.
 */
function readStep(s: StepTiming): StepTiming {
  if (typeof s.instruction === 'string') return s;
  const name = typeof s.name === 'string' ? s.name : '';
  return { ...s, instruction: parseStepName(name)?.instruction.replace(/\s+/g, ' ') ?? name };
}

const stepKey = (s: StepTiming) => `${s.platform ?? ''}\u0000${normaliseInstruction(s.instruction)}`;

/** Pairs base and head steps: same instruction and line first, then same instruction. */
export function matchSteps(baseSteps: StepTiming[], headSteps: StepTiming[]): Array<[StepTiming | null, StepTiming | null]> {
  const base = baseSteps.map(readStep);
  const head = headSteps.map(readStep);
  const pairs: Array<[StepTiming | null, StepTiming | null]> = [];
  const left = [...base];
  const unmatchedHead: StepTiming[] = [];
  for (const h of head) {
    const i = left.findIndex((b) => stepKey(b) === stepKey(h) && b.line === h.line);
    if (i >= 0) pairs.push([left.splice(i, 1)[0], h]);
    else unmatchedHead.push(h);
  }
  for (const h of unmatchedHead) {
    const i = left.findIndex((b) => stepKey(b) === stepKey(h));
    pairs.push(i >= 0 ? [left.splice(i, 1)[0], h] : [null, h]);
  }
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

export function compareReports(base: TimingReport, head: TimingReport, t: Thresholds = DEFAULT_THRESHOLDS): Comparison {
  const total = delta(base.durationMs, head.durationMs, t);
  const stageKey = (s: { name: string; platform: string | null }) => `${s.platform ?? ''}\u0000${s.name}`;
  const baseStages = new Map((base.stages ?? []).map((s) => [stageKey(s), s]));
  const seen = new Set<string>();
  const stages: StageChange[] = (head.stages ?? []).map((s) => {
    const b = baseStages.get(stageKey(s));
    seen.add(stageKey(s));
    return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t) };
  });
  for (const b of base.stages ?? []) if (!seen.has(stageKey(b))) stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t) });

  const baseSteps = (base.steps ?? []).map(readStep);
  const headSteps = (head.steps ?? []).map(readStep);
  const steps: StepChange[] = matchSteps(baseSteps, headSteps)
    .map(([b, h]) => {
      const s = (h ?? b) as StepTiming;
      return {
        instruction: s.instruction,
        stage: s.stage,
        platform: s.platform,
        line: h?.line ?? b?.line ?? null,
        base: b,
        head: h,
        delta: delta(b ? b.durationMs : 0, h ? h.durationMs : 0, t),
        why: why(b, h)
      };
    })
    .filter((c) => c.delta.deltaMs !== 0 || c.why === 'cache-miss' || c.why === 'new' || c.why === 'removed')
    .sort((x, y) => Math.abs(y.delta.deltaMs ?? 0) - Math.abs(x.delta.deltaMs ?? 0));

  const bs = base.image?.sizeBytes ?? null;
  const hs = head.image?.sizeBytes ?? null;
  const dBytes = bs !== null && hs !== null ? hs - bs : null;
  const sizePct = dBytes !== null && bs ? (100 * dBytes) / bs : null;
  const imageSize = { base: bs, head: hs, deltaBytes: dBytes, pct: sizePct, flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes as number) >= 1024 * 1024 };

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
    verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged'
  };
}
