// BuildKit status events → the timing model of one build (TimingReport). Pure: no I/O.
// A vertex digest appears many times (announced, started, completed, sometimes several
// start/complete intervals): its intervals are merged. Parallel stages overlap and are
// never summed; every duration is wall time from vertex timestamps.
import { classifyVertex, listOf, parseStepName, type StepName } from './vertex.js';
import { mapDockerfile, normaliseInstruction, type DockerfileInstruction, type DockerfileMap } from './dockerfile-map.js';
import type { FailedStep, ImageInfo, PhaseTimings, PhaseWindows, SolveStatus, StageTiming, StepTiming, TimingReport } from './types.js';

/** FROM steps resolve an image rather than build a layer: excluded from the cache counts and from costs. */
export function isFromStep(step: { instruction: string }): boolean {
  return /^FROM\s/i.test(step.instruction);
}

/**
 * The one definition of a cached step, for the summary headline and stage table, the
 * terminal text, the JSON report (`stages[].steps`/`cachedSteps`, `cacheHitRatio`, and so the
 * `cache-hit-ratio` output) and the comparison:
 * - a step is a Dockerfile instruction BuildKit ran as a `[stage n/m]` vertex; internal
 *   vertexes (load metadata, load build context, cache import/export, exporting, pushing)
 *   are never steps;
 * - FROM is not counted, neither as a step nor as cached: it resolves a base image and builds
 *   no layer, and BuildKit marks it cached when the image was already in the builder, not
 *   when the build cache worked (a first build can show it cached; a warm build from a
 *   registry cache on a fresh builder shows it not cached);
 * - a counted step is cached when BuildKit reported it cached.
 */
export function countsForCache(step: { instruction: string }): boolean {
  return !isFromStep(step);
}

export function isCachedStep(step: { instruction: string; cached: boolean }): boolean {
  return countsForCache(step) && step.cached;
}

export interface StepCacheCount {
  /** Counted steps that came back from cache. */
  cached: number;
  /** Counted steps (FROM excluded). */
  steps: number;
}

export function countCachedSteps(steps: ReadonlyArray<{ instruction: string; cached: boolean }>): StepCacheCount {
  let cached = 0;
  let counted = 0;
  for (const s of steps) {
    if (!countsForCache(s)) continue;
    counted++;
    if (s.cached) cached++;
  }
  return { cached, steps: counted };
}

/** cached / counted steps; null when no step counts. */
export function cacheHitRatioOf(count: StepCacheCount): number | null {
  return count.steps ? count.cached / count.steps : null;
}

/** The steps that took time, slowest first. */
export function slowestSteps<T extends { durationMs: number }>(steps: T[], n: number): T[] {
  return steps
    .filter((s) => s.durationMs > 0)
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, n);
}

/**
 * A step's identity across builds (`StepTiming.key`): platform, the Dockerfile's stage and
 * line, and the instruction without its flags. `deps:13 COPY package.json yarn.lock ./`.
 */
export function stepKeyOf(s: { platform: string | null; stage: string; line: number | null; instruction: string }): string {
  return `${s.platform ? `${s.platform} ` : ''}${s.stage}:${s.line ?? '?'} ${normaliseInstruction(s.instruction)}`;
}

/** What the build spent its time on outside the Dockerfile steps, in the order it happens. */
export const PHASES = [
  { key: 'contextTransferMs', window: 'contextTransfer', label: 'context transfer' },
  { key: 'cacheImportMs', window: 'cacheImport', label: 'cache import' },
  { key: 'cacheLoadMs', window: 'cacheLoad', label: 'cached layers loaded' },
  { key: 'imageExportMs', window: 'imageExport', label: 'image export' },
  { key: 'cacheExportMs', window: 'cacheExport', label: 'cache export' },
  { key: 'pushMs', window: 'push', label: 'push' }
] as const;

export type PhaseKey = (typeof PHASES)[number]['key'];

/** A row of "where the time went": a Dockerfile step or a phase outside the steps. */
export type TimeRow = { kind: 'step'; step: StepTiming; durationMs: number } | { kind: 'phase'; phase: (typeof PHASES)[number]; durationMs: number };

/** The steps and the phases (export, cache import/export, push...) that took the most time, slowest first. */
export function slowestRows(report: Pick<TimingReport, 'steps' | 'phases'>, n: number): TimeRow[] {
  const rows: TimeRow[] = report.steps.filter((s) => s.durationMs > 0).map((step) => ({ kind: 'step' as const, step, durationMs: step.durationMs }));
  for (const phase of PHASES) {
    const ms = report.phases[phase.key] ?? 0;
    if (ms > 0) rows.push({ kind: 'phase', phase, durationMs: ms });
  }
  return rows.sort((a, b) => b.durationMs - a.durationMs).slice(0, n);
}

interface VertexState {
  digest: string;
  name: string;
  inputs: string[];
  cached: boolean;
  error: string | null;
  /** started → completed (null while running). */
  intervals: Map<number, number | null>;
  order: number;
  logTail: string[];
  logPartial: string;
}

const LOG_TAIL = 20;

/** The vertex a build (or a bake) starts with. */
const DEFINITION = /^\[internal\] load (build definition|local bake definitions|remote build context)/;

export interface ModelOptions {
  dockerfileText?: string;
  /** buildx --metadata-file JSON. */
  metadata?: unknown;
  image?: Partial<ImageInfo>;
  meta?: Record<string, string>;
}

function ts(s: string | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}

/** Union length of intervals (ms). */
function unionMs(intervals: Array<[number, number]>): number {
  const sorted = intervals.filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curA = -Infinity;
  let curB = -Infinity;
  for (const [a, b] of sorted) {
    if (a > curB) {
      if (curB > curA) total += curB - curA;
      curA = a;
      curB = b;
    } else if (b > curB) curB = b;
  }
  if (curB > curA) total += curB - curA;
  return total;
}

export class TimingAccumulator {
  private readonly vertices = new Map<string, VertexState>();
  private readonly pushStatus = new Map<string, [number, number | null]>();
  private readonly warningTexts: string[] = [];
  private minTs = Infinity;
  private maxTs = -Infinity;
  private order = 0;

  private prepared: { text: string; map: DockerfileMap | null } | null = null;

  /** Reads the Dockerfile ahead (e.g. while buildx runs), so that finish() with the same text does not wait for it. */
  prepare(dockerfileText: string): void {
    if (this.prepared?.text !== dockerfileText) this.prepared = { text: dockerfileText, map: safeMap(dockerfileText) };
  }

  add(status: SolveStatus): void {
    // a stream that was cut, hand-edited or written by another tool: anything not shaped as BuildKit writes it is skipped
    for (const v of listOf(status.vertexes)) {
      if (!v || typeof v.digest !== 'string') continue;
      let st = this.vertices.get(v.digest);
      if (!st) {
        st = {
          digest: v.digest,
          name: typeof v.name === 'string' ? v.name : v.digest,
          inputs: [],
          cached: false,
          error: null,
          intervals: new Map(),
          order: this.order++,
          logTail: [],
          logPartial: ''
        };
        this.vertices.set(v.digest, st);
      }
      if (v.name && typeof v.name === 'string') st.name = v.name;
      if (Array.isArray(v.inputs) && v.inputs.length) st.inputs = v.inputs.filter((x): x is string => typeof x === 'string');
      if (v.cached) st.cached = true;
      // BuildKit writes a string; another tool may write any JSON value
      const error: unknown = v.error;
      if (error) st.error = typeof error === 'string' ? error : JSON.stringify(error);
      const a = ts(v.started);
      const b = ts(v.completed);
      if (a !== null) {
        const prev = st.intervals.get(a);
        st.intervals.set(a, b ?? prev ?? null);
        this.seen(a);
      }
      if (b !== null) this.seen(b);
    }
    for (const s of listOf(status.statuses)) {
      if (!s) continue;
      const t = ts(s.timestamp);
      if (t !== null) this.seen(t);
      if (typeof s.id === 'string' && /^pushing/i.test(s.id)) {
        const a = ts(s.started);
        if (a !== null) this.pushStatus.set(`${s.vertex} ${s.id}`, [a, ts(s.completed) ?? t]);
      }
    }
    for (const l of listOf(status.logs)) {
      if (!l || typeof l.vertex !== 'string' || !l.data || typeof l.data !== 'string') continue;
      const st = this.vertices.get(l.vertex);
      const t = ts(l.timestamp);
      if (t !== null) this.seen(t);
      if (!st) continue;
      const text = st.logPartial + Buffer.from(l.data, 'base64').toString('utf8');
      const lines = text.split(/\r?\n/);
      st.logPartial = (lines.pop() ?? '').slice(-2000);
      for (const line of lines) {
        st.logTail.push(line.slice(0, 2000));
        if (st.logTail.length > LOG_TAIL) st.logTail.shift();
      }
    }
    for (const w of listOf(status.warnings)) {
      if (!w) continue;
      const short = typeof w.short === 'string' ? Buffer.from(w.short, 'base64').toString('utf8').trim() : '';
      if (short && this.warningTexts.length < 100 && !this.warningTexts.includes(short)) this.warningTexts.push(short);
    }
  }

  private seen(t: number): void {
    if (t < this.minTs) this.minTs = t;
    if (t > this.maxTs) this.maxTs = t;
  }

  finish(opts: ModelOptions = {}): TimingReport {
    const end = Number.isFinite(this.maxTs) ? this.maxTs : 0;
    // The build starts when BuildKit loads its definition. A vertex this build shares with an
    // earlier or concurrent solve in the same daemon (seen with the docker driver) comes with
    // that solve's name and timestamps, up to minutes before this build started: only what
    // falls after the start is this build's time.
    const defStarts = [...this.vertices.values()]
      .filter((v) => DEFINITION.test(v.name))
      .map(firstStart)
      .filter(Number.isFinite);
    const buildStart = defStarts.length ? Math.min(...defStarts) : -Infinity;
    const intervalsOf = (v: VertexState): Array<[number, number]> =>
      [...v.intervals].map(([a, b]): [number, number] => [Math.max(a, buildStart), b ?? end]).filter(([a, b]) => b >= a);
    const map: DockerfileMap | null = opts.dockerfileText
      ? this.prepared?.text === opts.dockerfileText
        ? this.prepared.map
        : safeMap(opts.dockerfileText)
      : null;

    let start = Infinity;
    let last = -Infinity;
    for (const v of this.vertices.values()) {
      for (const [a, b] of intervalsOf(v)) {
        if (a < start) start = a;
        if (b > last) last = b;
      }
    }
    if (!Number.isFinite(start)) {
      start = Number.isFinite(this.minTs) ? this.minTs : 0;
      last = end;
    }

    const steps: StepTiming[] = [];
    const stepVertex = new Map<string, StepTiming>();
    const phases: PhaseTimings = { contextTransferMs: 0, cacheImportMs: 0, cacheExportMs: 0, imageExportMs: 0, pushMs: 0 };
    const pushIntervals: Array<[number, number]> = [...this.pushStatus.values()].map(([a, b]) => [a, b ?? end]);
    const warnings = [...this.warningTexts];
    let failed: FailedStep | null = null;
    const exportIntervals: Array<[number, number]> = [];
    const cachedIntervals: Array<[number, number]> = [];
    const windows: Record<string, Array<[number, number]>> = {};
    const windowOf = (name: keyof PhaseWindows, ivs: Array<[number, number]>) => (windows[name] = [...(windows[name] ?? []), ...ivs]);

    const ordered = [...this.vertices.values()].sort((a, b) => firstStart(a) - firstStart(b) || a.order - b.order);
    for (const v of ordered) {
      const kind = classifyVertex(v.name);
      const ivs = intervalsOf(v);
      const dur = unionMs(ivs);
      switch (kind) {
        case 'context':
          phases.contextTransferMs += dur;
          windowOf('contextTransfer', ivs);
          break;
        case 'cache-import':
          phases.cacheImportMs += dur;
          windowOf('cacheImport', ivs);
          // a missing cache (first build of a branch) is normal: the build goes on without it
          if (v.error) {
            warnings.push(
              /not found/i.test(v.error)
                ? `no cache found to import yet (normal for the first build of this cache): ${v.error}`
                : `cache import skipped: ${v.error}`
            );
          }
          break;
        case 'cache-export':
          phases.cacheExportMs += dur;
          windowOf('cacheExport', ivs);
          if (v.error) warnings.push(`cache export failed (the build is not failed by it): ${v.error}`);
          break;
        case 'export':
          exportIntervals.push(...ivs);
          break;
        case 'push':
          pushIntervals.push(...ivs);
          break;
        case 'step': {
          const p = parseStepName(v.name) as StepName;
          const loc = locate(map, p);
          // a deduplicated vertex is reported under the first of its instructions in the
          // Dockerfile, whichever stage BuildKit named it after (dockerfile-map.ts)
          const at = loc?.canonical ?? null;
          const step: StepTiming = {
            name: v.name,
            instruction: p.instruction.replace(/\s+/g, ' '),
            stage: at?.stage ?? p.stage,
            platform: p.platform,
            cached: v.cached,
            durationMs: v.cached ? 0 : dur,
            startMs: ivs.length ? Math.min(...ivs.map(([a]) => a)) - start : null,
            line: at?.line ?? null,
            digest: v.digest
          };
          if (v.error) step.error = v.error;
          step.key = stepKeyOf(step);
          if (loc?.sharedWith.length) step.sharedWith = loc.sharedWith.map((x) => ({ ...x }));
          if (v.cached) cachedIntervals.push(...ivs);
          steps.push(step);
          stepVertex.set(v.digest, step);
          break;
        }
        default:
          break;
      }
      // the step that failed first; steps cancelled because of it ("context canceled") come second
      const cancelled = (e: string) => /context canceled/.test(e);
      if (v.error && kind !== 'cache-export' && kind !== 'cache-import' && (!failed || (kind === 'step' && cancelled(failed.error) && !cancelled(v.error)))) {
        const s = stepVertex.get(v.digest);
        failed = {
          name: v.name,
          stage: s?.stage ?? null,
          line: s?.line ?? null,
          error: v.error,
          logTail: [...v.logTail, ...(v.logPartial ? [v.logPartial] : [])].slice(-LOG_TAIL)
        };
      }
    }
    phases.pushMs = unionMs(pushIntervals);
    windowOf('push', pushIntervals);
    // with a docker-container builder the push is a status inside `exporting to image`:
    // the export's time is its own, without the push's
    phases.imageExportMs = Math.max(0, unionMs(exportIntervals) - overlapMs(exportIntervals, pushIntervals));
    windowOf('imageExport', exportIntervals);
    phases.cacheLoadMs = unionMs(cachedIntervals);
    windowOf(
      'cacheLoad',
      cachedIntervals.filter(([a, b]) => b > a)
    );
    const phaseWindows: PhaseWindows = {};
    for (const [name, ivs] of Object.entries(windows)) {
      const real = ivs.filter(([a, b]) => b > a);
      // (a push status may carry a time before the first vertex: windows start at 0)
      if (real.length)
        phaseWindows[name as keyof PhaseWindows] = {
          startMs: Math.max(0, Math.min(...real.map(([a]) => a)) - start),
          endMs: Math.max(0, Math.max(...real.map(([, b]) => b)) - start)
        };
    }

    // the steps each step is built on, by key
    for (const s of steps) {
      const v = this.vertices.get(s.digest);
      const deps = (v?.inputs ?? []).map((d) => stepVertex.get(d)?.key).filter((k): k is string => Boolean(k));
      if (deps.length) s.dependsOn = [...new Set(deps)];
    }
    const stages = stageRows(steps, this.vertices, intervalsOf, start, map);
    steps.sort(dockerfileOrder(stages));
    const cacheHitRatio = cacheHitRatioOf(countCachedSteps(steps));
    const slowest = slowestSteps(steps, 10).map((s) => s.name);
    const critical = this.criticalPath(intervalsOf);

    return {
      schemaVersion: 1,
      durationMs: Number.isFinite(last - start) ? Math.max(0, last - start) : 0,
      cacheHitRatio,
      stages,
      steps,
      phases,
      criticalPath: critical.names,
      criticalPathMs: critical.ms,
      phaseWindows,
      slowest,
      image: imageInfo(opts),
      warnings,
      failed,
      meta: { ...(opts.meta ?? {}) }
    };
  }

  /**
   * The heaviest chain of vertexes that ran, through the build graph (each vertex's inputs):
   * a step that ran weighs its wall time, the context transfer its own, a cached step and
   * BuildKit's internal vertexes nothing (a cached step's timestamps say when its result was
   * looked up or loaded, not that it was built). Then the export, cache export and push that
   * follow the last step, in time order.
   */
  private criticalPath(intervalsOf: (v: VertexState) => Array<[number, number]>): { names: string[]; ms: number } {
    const endOf = (v: VertexState) => Math.max(-Infinity, ...intervalsOf(v).map(([, b]) => b));
    const weight = (v: VertexState): number => {
      const kind = classifyVertex(v.name);
      if (kind === 'context' || (kind === 'step' && !v.cached)) return unionMs(intervalsOf(v));
      return 0;
    };
    const onPath = (v: VertexState) => {
      const kind = classifyVertex(v.name);
      return kind === 'context' || (kind === 'step' && !v.cached);
    };
    const inputsOf = (v: VertexState) => v.inputs.map((d) => this.vertices.get(d)).filter((x): x is VertexState => Boolean(x && intervalsOf(x).length));
    // heaviest chain ending at each vertex, inputs first (an explicit stack: chains can be
    // long; a cycle, which BuildKit never sends, is cut where it closes)
    const best = new Map<string, { total: number; via: VertexState | undefined }>();
    const better = (i: VertexState, t: number, via: VertexState | undefined, viaTotal: number) =>
      t > viaTotal || (t === viaTotal && via !== undefined && ((onPath(i) && !onPath(via)) || (onPath(i) === onPath(via) && endOf(i) > endOf(via))));
    const heaviest = (root: VertexState): number => {
      const stack: Array<{ v: VertexState; expanded: boolean }> = [{ v: root, expanded: false }];
      const open = new Set<string>();
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (best.has(top.v.digest)) {
          stack.pop();
          continue;
        }
        if (!top.expanded) {
          top.expanded = true;
          open.add(top.v.digest);
          for (const i of inputsOf(top.v)) if (!best.has(i.digest) && !open.has(i.digest)) stack.push({ v: i, expanded: false });
          continue;
        }
        stack.pop();
        open.delete(top.v.digest);
        let via: VertexState | undefined;
        let viaTotal = -1;
        for (const i of inputsOf(top.v)) {
          const t = best.get(i.digest)?.total;
          // ties: a vertex that ran, then the one that ended last
          if (t !== undefined && better(i, t, via, viaTotal)) {
            via = i;
            viaTotal = t;
          }
        }
        best.set(top.v.digest, { total: weight(top.v) + Math.max(0, viaTotal), via });
      }
      return best.get(root.digest)?.total ?? 0;
    };
    const stepsSeen = [...this.vertices.values()].filter((v) => intervalsOf(v).length && classifyVertex(v.name) === 'step');
    let sink: VertexState | undefined;
    let sinkTotal = -1;
    for (const v of stepsSeen) {
      const t = heaviest(v);
      if (t > sinkTotal || (t === sinkTotal && sink && endOf(v) > endOf(sink))) {
        sink = v;
        sinkTotal = t;
      }
    }
    const lastStepEnd = stepsSeen.length ? Math.max(...stepsSeen.map(endOf)) : -Infinity;
    const after = [...this.vertices.values()]
      .filter((v) => intervalsOf(v).length && ['export', 'cache-export', 'push'].includes(classifyVertex(v.name)) && endOf(v) >= lastStepEnd)
      .sort((a, b) => firstStart(a) - firstStart(b));
    const path: VertexState[] = [];
    const visited = new Set<string>();
    let cur = sink;
    while (cur && !visited.has(cur.digest)) {
      visited.add(cur.digest);
      if (onPath(cur)) path.push(cur);
      cur = best.get(cur.digest)?.via;
    }
    path.reverse();
    const ms = path.reduce((n, v) => n + weight(v), 0) + unionMs(after.flatMap((v) => intervalsOf(v)));
    return { names: [...path.map((v) => v.name), ...after.map((v) => v.name)], ms };
  }
}

function firstStart(v: VertexState): number {
  let m = Infinity;
  for (const a of v.intervals.keys()) if (a < m) m = a;
  return m;
}

function safeMap(text: string): DockerfileMap | null {
  try {
    return mapDockerfile(text);
  } catch {
    return null;
  }
}

/** The Dockerfile instruction of a step: by stage and position, checked by text; else by text alone. */
function locate(map: DockerfileMap | null, p: StepName): DockerfileInstruction | null {
  if (!map) return null;
  const text = normaliseInstruction(p.instruction);
  const keyword = text.split(' ')[0];
  const byPos = map.instructions.find((i) => i.stage === p.stage.toLowerCase() && i.position === p.n);
  if (byPos && byPos.keyword === keyword && (keyword === 'FROM' || sameText(byPos.text, text))) return byPos;
  const byText = map.instructions.filter((i) => sameText(i.text, text));
  const best = byText.find((i) => i.stage === p.stage.toLowerCase()) ?? byText.at(0);
  if (best) return best;
  return byPos && byPos.keyword === keyword ? byPos : null;
}

function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  // BuildKit shortens heredocs (`RUN <<EOT (set -ex...)`): compare the first words
  const head = (s: string) => s.replace(/\(.*$/, '').split(' ').slice(0, 4).join(' ');
  return head(a) === head(b) && head(a).length > 5;
}

function stageRows(
  steps: StepTiming[],
  vertices: Map<string, VertexState>,
  intervalsOf: (v: VertexState) => Array<[number, number]>,
  start: number,
  map: DockerfileMap | null
): StageTiming[] {
  const rows = new Map<string, { row: StageTiming; ivs: Array<[number, number]>; steps: StepTiming[] }>();
  for (const s of steps) {
    const key = `${s.platform ?? ''}\u0000${s.stage}`;
    let r = rows.get(key);
    if (!r) {
      const index = map ? map.stages.indexOf(s.stage.toLowerCase()) : -1;
      r = {
        row: { name: s.stage, platform: s.platform, durationMs: 0, startMs: null, steps: 0, cachedSteps: 0, ...(index >= 0 ? { index } : {}) },
        ivs: [],
        steps: []
      };
      rows.set(key, r);
    }
    r.steps.push(s);
    const v = vertices.get(s.digest);
    if (v && !s.cached) r.ivs.push(...intervalsOf(v));
    if (s.startMs !== null && (r.row.startMs === null || s.startMs < r.row.startMs)) r.row.startMs = s.startMs;
  }
  for (const { row, ivs, steps: stageSteps } of rows.values()) {
    const count = countCachedSteps(stageSteps);
    row.steps = count.steps;
    row.cachedSteps = count.cached;
    if (ivs.length) {
      const a = Math.min(...ivs.map(([x]) => x));
      const b = Math.max(...ivs.map(([, y]) => y));
      // a vertex that completed before it started (clock skew between builder nodes) adds no time
      row.durationMs = Math.max(0, b - a);
      row.startMs = a - start;
    }
  }
  // Dockerfile order (then platform); without a Dockerfile, the order they started in
  return [...rows.values()]
    .map((r) => r.row)
    .sort(
      (a, b) =>
        (a.index ?? Infinity) - (b.index ?? Infinity) || (a.startMs ?? Infinity) - (b.startMs ?? Infinity) || (a.platform ?? '').localeCompare(b.platform ?? '')
    );
}

/** Steps in Dockerfile order: by stage (the stage table's order), then line; else by start. */
function dockerfileOrder(stages: StageTiming[]): (a: StepTiming, b: StepTiming) => number {
  const rank = new Map(stages.map((s, i) => [`${s.platform ?? ''}\u0000${s.name}`, i]));
  const r = (s: StepTiming) => rank.get(`${s.platform ?? ''}\u0000${s.stage}`) ?? Infinity;
  return (a, b) => r(a) - r(b) || (a.line ?? Infinity) - (b.line ?? Infinity) || (a.startMs ?? Infinity) - (b.startMs ?? Infinity);
}

/** Length of the parts of `a` that `b` covers (both unions of intervals). */
function overlapMs(a: Array<[number, number]>, b: Array<[number, number]>): number {
  if (!a.length || !b.length) return 0;
  return unionMs(a) + unionMs(b) - unionMs([...a, ...b]);
}

function imageInfo(opts: ModelOptions): ImageInfo {
  const md = (opts.metadata ?? {}) as Record<string, unknown>;
  const digest = typeof md['containerimage.digest'] === 'string' ? md['containerimage.digest'] : null;
  const names = typeof md['image.name'] === 'string' ? md['image.name'].split(',').filter(Boolean) : [];
  return {
    digest: opts.image?.digest ?? digest,
    tags: opts.image?.tags && opts.image.tags.length ? opts.image.tags : names,
    sizeBytes: opts.image?.sizeBytes ?? null,
    layers: opts.image?.layers ?? null
  };
}
