// One bake's rawjson stream → a timing report per target, and the steps several targets
// shared (BuildKit ran them once). Pure (no I/O).
//
// buildx prefixes every vertex name of a bake with its target: `[api deps 2/2] RUN npm ci`,
// `[api internal] load build context`, `[api] exporting to image`. A vertex several targets
// share (same digest: same base, same instructions, same inputs) is solved once and
// reported in each target's stream under that target's prefix. Events are routed by the
// prefix; statuses and logs (which carry only the digest) go to every target that owns it.
// One caveat from BuildKit: a shared vertex keeps the stage name of the Dockerfile that
// first asked for it, so a step shared across two Dockerfiles may show the other's stage.
import { countCachedSteps, countsForCache, TimingAccumulator, type ModelOptions } from '../timing/model.js';
import { classifyVertex } from '../timing/vertex.js';
import type { SolveStatus, Vertex } from '../timing/types.js';
import type { StepTiming, TimingReport } from '../timing/types.js';

export interface SharedStep {
  digest: string;
  /** Name without the target prefix, as the first target saw it. */
  name: string;
  instruction: string;
  stage: string;
  cached: boolean;
  durationMs: number;
  targets: string[];
  /** How many times it ran in this bake (1: once for all its targets; 0: cached). */
  runs: number;
}

export interface BakeTiming {
  /** Wall time of the whole bake (first to last vertex). */
  durationMs: number;
  targets: Record<string, TimingReport>;
  /** Dockerfile steps (FROM not counted, as everywhere) that served more than one target, each once. */
  shared: SharedStep[];
  /** Distinct Dockerfile steps of the bake (shared ones once), FROM excluded, and how many came from cache. */
  steps: { distinct: number; cached: number; ran: number };
  /** Step time run once for all targets vs the sum over targets (what separate builds of the same graph would spend). */
  stepMs: { once: number; perTargetSum: number };
}

/** `[api deps 2/2] RUN x` → { target: 'api', name: '[deps 2/2] RUN x' }; `[api] exporting` → 'exporting'. */
export function splitTargetPrefix(name: string, targets: ReadonlySet<string>): { target: string; name: string } | null {
  const m = /^\[(\S+?)(?:\s+([^\]]*))?\](?:\s+([\s\S]*))?$/.exec(name);
  if (!m || !targets.has(m[1])) return null;
  const rest = (m[3] as string | undefined) ?? '';
  return { target: m[1], name: m[2] ? `[${m[2]}] ${rest}`.trimEnd() : rest };
}

/** A list of a status as a reader takes it: a cut or hand-edited stream may hold null in place of an entry (see SolveStatus). */
function unchecked<T>(list: T[] | null | undefined): Array<T | null | undefined> {
  return list ?? [];
}

export class BakeSplitter {
  private readonly targetSet: Set<string>;
  private readonly accs = new Map<string, TimingAccumulator>();
  private readonly owners = new Map<string, string[]>();
  private readonly whole = new TimingAccumulator();

  /**
   * `notBefore`: when bake was started (ms). A vertex another build on the same engine had
   * already solved (a base image resolved minutes ago, still held by BuildKit's solver) is
   * reported with its first start; times before this bake are clipped to its start.
   */
  constructor(
    readonly targets: string[],
    private readonly notBefore: number | null = null
  ) {
    this.targetSet = new Set(targets);
    for (const t of targets) this.accs.set(t, new TimingAccumulator());
  }

  private clip(v: Vertex): Vertex {
    // a null in place of a vertex (a cut stream) is passed on as it came: readers check
    if (this.notBefore === null || !(v as Vertex | null | undefined)) return v;
    const at = new Date(this.notBefore).toISOString();
    const early = (x: string | undefined) => x !== undefined && Date.parse(x) < (this.notBefore as number);
    return early(v.started) || early(v.completed)
      ? { ...v, ...(early(v.started) ? { started: at } : {}), ...(early(v.completed) ? { completed: at } : {}) }
      : v;
  }

  add(raw: SolveStatus): void {
    const status: SolveStatus = this.notBefore === null || !raw.vertexes ? raw : { ...raw, vertexes: raw.vertexes.map((v) => this.clip(v)) };
    this.whole.add(status);
    const per = new Map<string, SolveStatus>();
    const part = (t: string) => {
      let s = per.get(t);
      if (!s) per.set(t, (s = {}));
      return s;
    };
    for (const v of unchecked(status.vertexes)) {
      if (!v || typeof v.digest !== 'string') continue;
      const split = v.name ? splitTargetPrefix(v.name, this.targetSet) : null;
      if (split) {
        const owners = this.owners.get(v.digest) ?? [];
        if (!owners.includes(split.target)) this.owners.set(v.digest, [...owners, split.target]);
        const s = part(split.target);
        (s.vertexes ??= []).push({ ...v, name: split.name });
      } else {
        // an update without a name (or an unprefixed one) belongs to the targets that own the digest
        for (const t of this.owners.get(v.digest) ?? []) (part(t).vertexes ??= []).push({ ...v, name: undefined });
      }
    }
    for (const key of ['statuses', 'logs', 'warnings'] as const) {
      for (const x of unchecked(status[key] as Array<{ vertex?: string }> | null | undefined)) {
        if (!x || typeof x.vertex !== 'string') continue;
        for (const t of this.owners.get(x.vertex) ?? []) ((part(t)[key] ??= []) as unknown[]).push(x);
      }
    }
    for (const [t, s] of per) this.accs.get(t)?.add(s);
  }

  /**
   * `buildKey` names a target's build (e.g. context + Dockerfile): the same step of the same
   * build is one step even when BuildKit gave it a digest per target (it does when each
   * target has its own context session) and solved it once, reporting it cached to the others.
   */
  finish(opts: (target: string) => ModelOptions, buildKey?: (target: string) => string): BakeTiming {
    const targets: Record<string, TimingReport> = {};
    for (const [t, acc] of this.accs) targets[t] = acc.finish(opts(t));
    const whole = this.whole.finish({});
    type Group = { step: StepTiming; targets: string[]; ran: Set<string> };
    const byDigest = new Map<string, Group>();
    const byKey = new Map<string, Group>();
    for (const t of this.targets) {
      for (const s of targets[t].steps) {
        const key = buildKey ? `${buildKey(t)}\u0000${s.stage}\u0000${s.name}` : null;
        const e = byDigest.get(s.digest) ?? (key ? byKey.get(key) : undefined);
        // one vertex (digest) that ran is one run, however many targets it served
        const ran = !s.cached && s.startMs !== null;
        if (e) {
          if (!e.targets.includes(t)) e.targets.push(t);
          if (ran) e.ran.add(s.digest);
          if (s.durationMs > e.step.durationMs) e.step = { ...e.step, durationMs: s.durationMs };
          if (!s.cached && e.step.cached) e.step = { ...e.step, cached: false, durationMs: Math.max(e.step.durationMs, s.durationMs) };
          byDigest.set(s.digest, e);
          if (key) byKey.set(key, e);
        } else {
          const g: Group = { step: s, targets: [t], ran: new Set(ran ? [s.digest] : []) };
          byDigest.set(s.digest, g);
          if (key) byKey.set(key, g);
        }
      }
    }
    const groups = [...new Set(byDigest.values())];
    const distinct = groups.map((e) => e.step);
    const counted = countCachedSteps(distinct);
    const shared: SharedStep[] = groups
      .filter((e) => e.targets.length > 1 && classifyVertex(e.step.name) === 'step' && countsForCache(e.step))
      .map((e) => ({
        digest: e.step.digest,
        name: e.step.name,
        instruction: e.step.instruction,
        stage: e.step.stage,
        cached: e.step.cached,
        durationMs: e.step.durationMs,
        targets: e.targets,
        runs: e.ran.size
      }));
    const perTargetSum = this.targets.reduce((a, t) => a + targets[t].steps.reduce((b, s) => b + s.durationMs, 0), 0);
    const once = distinct.reduce((a, s) => a + s.durationMs, 0);
    return {
      durationMs: whole.durationMs,
      targets,
      shared,
      steps: {
        distinct: counted.steps,
        cached: counted.cached,
        ran: distinct.filter((s) => !s.cached && !/^FROM\s/i.test(s.instruction) && s.startMs !== null).length
      },
      stepMs: { once, perTargetSum }
    };
  }
}
