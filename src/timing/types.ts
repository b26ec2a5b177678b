// The timing model of one build, and its versioned JSON form (the `report` output,
// `--report-json`). Everything downstream (job summary, PR comparison, advisor costs)
// reads this shape; change it only with a schemaVersion bump.

// BuildKit's SolveStatus as `--progress=rawjson` writes it: the one set of status types the
// parser yields and the live log, the stall watch, the timing model and the bake split read.
// Every field may be missing or of another type in a cut or hand-edited stream: readers check.
// A list may be null, and so may its entries (a cut stream's `[null]`): read the lists
// through listOf (model.ts), which types the entries so.

export interface Vertex {
  digest: string;
  inputs?: string[];
  name?: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
  [k: string]: unknown;
}
export interface VertexStatus {
  id: string;
  vertex: string;
  name?: string;
  total?: number;
  current?: number;
  timestamp?: string;
  started?: string;
  completed?: string;
  [k: string]: unknown;
}
export interface VertexLog {
  vertex: string;
  stream?: number;
  data?: string;
  timestamp?: string;
  [k: string]: unknown;
}
export interface VertexWarning {
  vertex: string;
  level?: number;
  short?: string;
  detail?: string[];
  url?: string;
  [k: string]: unknown;
}
export interface SolveStatus {
  vertexes?: Vertex[] | null;
  statuses?: VertexStatus[] | null;
  logs?: VertexLog[] | null;
  warnings?: VertexWarning[] | null;
  [k: string]: unknown;
}

/** One Dockerfile step (a BuildKit vertex that belongs to a stage). */
export interface StepTiming {
  /** Vertex name as BuildKit printed it, e.g. `[deps 3/4] RUN npm ci`. */
  name: string;
  /** The instruction without the bracket prefix, e.g. `RUN npm ci`. */
  instruction: string;
  /** Dockerfile stage name (`AS deps`), or `stage-N` for unnamed stages. */
  stage: string;
  /** Platform for multi-platform builds (`linux/amd64->arm64`), else null. */
  platform: string | null;
  /** Came back from cache (local or imported). */
  cached: boolean;
  /** Wall time of the vertex (merged intervals), 0 when cached. */
  durationMs: number;
  /** Start offset from the build start, ms. null if the vertex never started. */
  startMs: number | null;
  /** Dockerfile line (1-based) of the instruction, from a Dockerfile parser; null if unknown. */
  line: number | null;
  /** Vertex digest, for matching and debugging. */
  digest: string;
  /** Error text when the step failed. */
  error?: string;
  /**
   * Optional (issue 17): the step's identity across builds, `[platform ]stage:line INSTRUCTION`
   * (stepKeyOf in model.ts; instruction without flags). Stage and line are the Dockerfile's
   * (src/dockerfile/model.ts), not BuildKit's `[stage n/m]` name, which a deduplicated vertex
   * takes from either stage; the comparison matches steps by it. Absent in earlier reports.
   */
  key?: string;
  /**
   * Optional (issue 17): other Dockerfile instructions BuildKit built as this same vertex
   * (identical instruction on an identical parent in another stage). The step is reported
   * under the first of them in Dockerfile order (`stage`, `line`).
   */
  sharedWith?: Array<{ stage: string; line: number }>;
  /** Optional (issue 17): keys of the steps this one is built on (its vertex inputs), for "which step missed the cache first". */
  dependsOn?: string[];
}

export interface StageTiming {
  name: string;
  platform: string | null;
  /** Wall time from the first step start to the last step end in this stage (not a sum). */
  durationMs: number;
  startMs: number | null;
  /** Steps of the stage that count for the cache: FROM excluded (see countsForCache in model.ts). */
  steps: number;
  /** Of those, the ones BuildKit reported cached. */
  cachedSteps: number;
  /** Optional (issue 17): the stage's position in the Dockerfile (0-based); stages are listed in this order. */
  index?: number;
}

/** Time spent outside Dockerfile steps. All wall-clock ms; 0 when absent. */
export interface PhaseTimings {
  contextTransferMs: number;
  cacheImportMs: number;
  cacheExportMs: number;
  imageExportMs: number;
  pushMs: number;
  /**
   * Optional (issue 17): wall time cached steps spent loading their results (union of their
   * intervals): on a fresh builder, the layers pulled from an imported cache. Not part of
   * the critical path (cached steps weigh zero there).
   */
  cacheLoadMs?: number;
}

/** Optional (issue 17): when a phase ran, offsets from the build start (first vertex), ms. */
export type PhaseWindows = Partial<
  Record<'contextTransfer' | 'cacheImport' | 'cacheLoad' | 'imageExport' | 'cacheExport' | 'push', { startMs: number; endMs: number }>
>;

export interface ImageInfo {
  digest: string | null;
  tags: string[];
  /** Sum of compressed layer sizes + config of the pushed/exported image when known. */
  sizeBytes: number | null;
  layers?: number | null;
}

export interface FailedStep {
  name: string;
  stage: string | null;
  line: number | null;
  error: string;
  /** Last log lines of the failing step (decoded from base64). */
  logTail: string[];
}

/** The versioned JSON report. */
export interface TimingReport {
  schemaVersion: 1;
  /** Wall time of the whole build: first vertex start to last vertex end. */
  durationMs: number;
  /** cached steps / counted steps (FROM, internal and export vertexes excluded: countCachedSteps in model.ts); null if no step counts. */
  cacheHitRatio: number | null;
  stages: StageTiming[];
  steps: StepTiming[];
  phases: PhaseTimings;
  /**
   * Names (vertex `name`) along the critical path, in order: the heaviest chain of vertexes
   * that ran (cached steps weigh zero and are left out), then the export, cache export and push.
   */
  criticalPath: string[];
  /** Optional (issue 17): the summed wall time of the vertexes on the critical path, ms. */
  criticalPathMs?: number;
  /** Optional (issue 17): when each phase of `phases` ran. */
  phaseWindows?: PhaseWindows;
  /** The slowest steps, slowest first (at most 10), by `name`. */
  slowest: string[];
  image: ImageInfo;
  /** Warnings BuildKit reported (e.g. Dockerfile lint), and cache-export failures. */
  warnings: string[];
  failed: FailedStep | null;
  /** Free-form context: dockerfile path, commit, buildx version, cache backend. */
  meta: Record<string, string>;
  /** `RUN --mount=type=cache` contents carried across runners (`cache-mounts`); absent when off or not applicable. Optional: schemaVersion stays 1. */
  cacheMounts?: CacheMountsReport;
}

/** One cache mount carried across runners (src/cache-mounts). */
export interface CacheMountTiming {
  /** BuildKit's id of the mount (`id=`, else the cleaned target). */
  id: string;
  target: string;
  /** Stages and Dockerfile lines (1-based) of the RUN steps that use it. */
  uses: Array<{ stage: string; line: number }>;
  /** Actions cache key or registry ref the contents were restored from / saved to; null when not carried. */
  key: string | null;
  /** Contents put into the builder before the build. */
  restored: boolean;
  /** `exact`: saved with the same lockfiles; `previous`: an earlier entry (a restore key / the moving registry tag). */
  restoredFrom: 'exact' | 'previous' | null;
  /** Archive size restored (registry: compressed layer), bytes. */
  restoredBytes: number | null;
  /** This mount's download or lookup plus the restore build (shared by all mounts), ms. */
  restoreMs: number;
  /** A step that uses the mount ran (was not cached); only then is it saved. */
  stepRan: boolean;
  saved: boolean;
  /** Size of the mount's contents when saved (du), bytes. */
  savedBytes: number | null;
  /** The save build (shared by all mounts on the Actions cache) plus this mount's upload, ms. */
  saveMs: number;
  /** Why it was not restored or saved, when it was not. */
  note: string | null;
}

export interface CacheMountsReport {
  /** Where contents are kept: the Actions cache or the registry. */
  storage: 'gha' | 'registry';
  /** Wall time of the restore phase before the build and of the save phase after it, ms. */
  restoreMs: number;
  saveMs: number;
  /** `cache-mounts-max-size`: a mount larger than this is not saved. */
  maxSizeBytes: number;
  mounts: CacheMountTiming[];
}
