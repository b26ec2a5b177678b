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
import { classifyVertex, countCachedSteps, countsForCache, TimingAccumulator, type ModelOptions } from '../timing/model.js';
import type { SolveStatus, Vertex } from '../timing/rawjson-parser.js';
import type { StepTiming, TimingReport } from '../timing/types.js';

export interface SharedStep {
  digest: string;
  /** Name without the target prefix, as the first target saw it. */
  name: string;
  instruction: string;
  cached: boolean;
  durationMs: number;
  targets: string[];
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
  const rest = m[3] ?? '';
  return { target: m[1], name: m[2] ? `[${m[2]}] ${rest}`.trimEnd() : rest };
}

export class BakeSplitter {
  private readonly targetSet: Set<string>;
  private readonly accs = new Map<string, TimingAccumulator>();
  private readonly owners = new Map<string, string[]>();
  private readonly whole = new TimingAccumulator();

  constructor(readonly targets: string[]) {
    this.targetSet = new Set(targets);
    for (const t of targets) this.accs.set(t, new TimingAccumulator());
  }

  add(status: SolveStatus): void {
    this.whole.add(status);
    const per = new Map<string, SolveStatus>();
    const part = (t: string) => {
      let s = per.get(t);
      if (!s) per.set(t, (s = {}));
      return s;
    };
    for (const v of status.vertexes ?? []) {
      if (!v || typeof v.digest !== 'string') continue;
      const split = v.name ? splitTargetPrefix(v.name, this.targetSet) : null;
      if (split) {
        const owners = this.owners.get(v.digest) ?? [];
        if (!owners.includes(split.target)) this.owners.set(v.digest, [...owners, split.target]);
        const s = part(split.target);
        (s.vertexes ??= []).push({ ...v, name: split.name } as Vertex);
      } else {
        // an update without a name (or an unprefixed one) belongs to the targets that own the digest
        for (const t of this.owners.get(v.digest) ?? []) (part(t).vertexes ??= []).push({ ...v, name: undefined } as Vertex);
      }
    }
    for (const key of ['statuses', 'logs', 'warnings'] as const) {
      for (const x of (status[key] ?? []) as Array<{ vertex?: string }>) {
        if (!x || typeof x.vertex !== 'string') continue;
        for (const t of this.owners.get(x.vertex) ?? []) ((part(t)[key] ??= []) as unknown[]).push(x);
      }
    }
    for (const [t, s] of per) this.accs.get(t)?.add(s);
  }

  finish(opts: (target: string) => ModelOptions): BakeTiming {
    const targets: Record<string, TimingReport> = {};
    for (const [t, acc] of this.accs) targets[t] = acc.finish(opts(t));
    const whole = this.whole.finish({});
    const byDigest = new Map<string, { step: StepTiming; targets: string[] }>();
    for (const t of this.targets) {
      for (const s of targets[t]?.steps ?? []) {
        const e = byDigest.get(s.digest);
        if (e) {
          e.targets.push(t);
          if (s.durationMs > e.step.durationMs) e.step = { ...e.step, durationMs: s.durationMs };
        } else byDigest.set(s.digest, { step: s, targets: [t] });
      }
    }
    const distinct = [...byDigest.values()].map((e) => e.step);
    const counted = countCachedSteps(distinct);
    const shared: SharedStep[] = [...byDigest.values()]
      .filter((e) => e.targets.length > 1 && classifyVertex(e.step.name) === 'step' && countsForCache(e.step))
      .map((e) => ({ digest: e.step.digest, name: e.step.name, instruction: e.step.instruction, cached: e.step.cached, durationMs: e.step.durationMs, targets: e.targets }));
    const perTargetSum = this.targets.reduce((a, t) => a + (targets[t]?.steps ?? []).reduce((b, s) => b + s.durationMs, 0), 0);
    const once = distinct.reduce((a, s) => a + s.durationMs, 0);
    return {
      durationMs: whole.durationMs,
      targets,
      shared,
      steps: { distinct: counted.steps, cached: counted.cached, ran: distinct.filter((s) => !s.cached && !/^FROM\s/i.test(s.instruction) && s.startMs !== null).length },
      stepMs: { once, perTargetSum }
    };
  }
}
