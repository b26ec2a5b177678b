// Build records, as docker/build-push-action keeps them (pure): after the build, buildx
// exports BuildKit's record of it (`docker buildx history export`, buildx >= 0.23) to a
// `.dockerbuild` file, uploaded as a workflow artifact and linked from the job summary.
// Decided here from the environment (DOCKER_BUILD_SUMMARY, DOCKER_BUILD_RECORD_UPLOAD,
// DOCKER_BUILD_RECORD_RETENTION_DAYS), the buildx version and the build ref; the shell
// (build-record-step.ts) runs buildx and the upload. Nothing here can fail a build.
import { join } from 'node:path';
import { parseBoolean } from '../../common/bool.js';
import { esc, fmtBytes } from '../../common/format.js';
import { versionAtLeast } from '../../common/version.js';

/** `buildx history export` exists from buildx 0.23.0; `--finalize` from 0.24.0 (before it, records settle in ~3s). */
export const RECORD_MIN_BUILDX = '0.23.0';
export const FINALIZE_MIN_BUILDX = '0.24.0';
export const SETTLE_MS_BEFORE_FINALIZE = 3000;

/** Whether this buildx can export a record; null: the version is unknown. */
export function buildxKeepsRecords(version: string | null): boolean | null {
  return versionAtLeast(version, RECORD_MIN_BUILDX);
}

export interface RecordSettings {
  /** DOCKER_BUILD_SUMMARY (default true): false means no record export, upload or summary section. */
  summary: boolean;
  /** DOCKER_BUILD_RECORD_UPLOAD (default true). */
  upload: boolean;
  /** DOCKER_BUILD_RECORD_RETENTION_DAYS; undefined (unset or 0) is the repository's retention. */
  retentionDays: number | undefined;
  /** Set when the retention value is not a number of days: the record is then not uploaded. */
  retentionProblem: string | null;
  /** Values that could not be read (each one falls back to its default), for warnings. */
  warnings: string[];
}

function boolEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean, warnings: string[]): boolean {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  // Go's strconv.ParseBool words, which buildx and build-push-action accept
  const b = parseBoolean(raw, 'go');
  if (b !== null) return b;
  warnings.push(`${name}=${raw} is not a boolean (true/false/1/0); using ${fallback}`);
  return fallback;
}

export function recordSettings(env: NodeJS.ProcessEnv): RecordSettings {
  const warnings: string[] = [];
  const summary = boolEnv(env, 'DOCKER_BUILD_SUMMARY', true, warnings);
  const upload = boolEnv(env, 'DOCKER_BUILD_RECORD_UPLOAD', true, warnings);
  const rawDays = env.DOCKER_BUILD_RECORD_RETENTION_DAYS?.trim() ?? '';
  let retentionDays: number | undefined;
  let retentionProblem: string | null = null;
  if (/^\d+$/.test(rawDays)) {
    retentionDays = Number(rawDays) || undefined;
  } else if (rawDays) {
    retentionProblem = `DOCKER_BUILD_RECORD_RETENTION_DAYS=${rawDays} is not a whole number of days`;
    if (upload) warnings.push(`${retentionProblem}: the build record is not uploaded`);
  }
  return { summary, upload, retentionDays, retentionProblem, warnings };
}

/** `builder/node/id`, as buildx writes it to the metadata file (`buildx.build.ref`). */
export interface BuildRef {
  builder: string;
  node: string;
  id: string;
}

export function parseBuildRef(ref: string): BuildRef | null {
  const parts = ref.trim().split('/');
  if (parts.length !== 3 || parts.some((p) => !p)) return null;
  return { builder: parts[0], node: parts[1], id: parts[2] };
}

/** The metadata file's `buildx.build.ref`, when buildx wrote one. */
export function buildRefFromMetadata(metadata: Record<string, unknown> | null): string | null {
  const ref = metadata?.['buildx.build.ref'];
  return typeof ref === 'string' && ref ? ref : null;
}

/**
 * When there is no metadata file (buildx writes none for a failed build, 0.29 included),
 * buildx's own list of refs (`<buildx config>/refs/<builder>/<node>/<id>`) has it: the
 * first record the builder started after this build did, from this build's context when
 * the ref file names one (`LocalPath`): another build on the same builder (a parallel job,
 * a process that outlived its step) can start in between.
 */
export function pickRefSince(entries: Array<{ ref: string; mtimeMs: number; localPath?: string | null }>, sinceMs: number, contextPath?: string): string | null {
  const after = entries.filter((e) => e.mtimeMs >= sinceMs).sort((a, b) => a.mtimeMs - b.mtimeMs);
  const ours = contextPath ? after.filter((e) => !e.localPath || e.localPath === contextPath) : after;
  return ours.at(0)?.ref ?? null;
}

/** Same rule as @actions/artifact: GitHub Enterprise Server has no artifact service v2. */
export function isGhes(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

export function hasArtifactService(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

/** `<owner>~<repo>~<first 6 of the ref id>.dockerbuild`, the name build-push-action gives the artifact. */
export function recordArtifactName(repository: string | null, refId: string): string {
  const [owner, repo] = (repository ?? '').split('/');
  const prefix = owner && repo ? `${owner}~${repo}` : 'build';
  return `${prefix}~${refId.slice(0, 6).toUpperCase()}.dockerbuild`;
}

export interface RecordFacts {
  env: NodeJS.ProcessEnv;
  buildxVersion: string | null;
  driver: string | null;
  /** `buildx.build.ref` from the metadata file (or the refs directory). */
  ref: string | null;
  /** The `call` input: only a build (no call, or `build`) has a record worth keeping. */
  call: string;
  serverUrl: string;
  repository: string | null;
  tempDir: string;
}

export interface RecordExport {
  /** `docker buildx history export --builder B --output FILE ID [--finalize]` */
  argv: string[];
  dir: string;
  file: string;
  artifactName: string;
  /** Wait before exporting (buildx < 0.24 has no --finalize). */
  settleMs: number;
  retentionDays: number | undefined;
}

export type RecordPlan =
  | { kind: 'skip'; reason: string; warnings: string[] }
  | {
      kind: 'record';
      ref: BuildRef;
      driver: string | null;
      /** null: the record is not exported (nothing would take it); `notUploaded` says why. */
      export: RecordExport | null;
      notUploaded: string | null;
      warnings: string[];
    };

export function planBuildRecord(f: RecordFacts): RecordPlan {
  const s = recordSettings(f.env);
  const skip = (reason: string): RecordPlan => ({ kind: 'skip', reason, warnings: s.warnings });
  if (!s.summary) return skip('disabled (DOCKER_BUILD_SUMMARY=false)');
  if (f.call && f.call !== 'build') return skip(`not kept for a \`call: ${f.call}\` subrequest`);
  if (isGhes(f.serverUrl)) return skip('not supported on GitHub Enterprise Server (no artifact service)');
  const supported = buildxKeepsRecords(f.buildxVersion);
  if (supported === null) return skip(`needs buildx >= ${RECORD_MIN_BUILDX} (the installed version is unknown)`);
  if (!supported) return skip(`needs buildx >= ${RECORD_MIN_BUILDX} (installed: ${f.buildxVersion})`);
  if (!f.ref) return skip('buildx reported no build reference');
  const ref = parseBuildRef(f.ref);
  if (!ref) return skip(`the build reference "${f.ref}" is not builder/node/id`);

  const base = { kind: 'record' as const, ref, driver: f.driver, warnings: s.warnings };
  if (!s.upload) return { ...base, export: null, notUploaded: 'upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)' };
  if (s.retentionProblem) return { ...base, export: null, notUploaded: s.retentionProblem };
  // not on a runner (a local run, the CLI's engine): nowhere to upload, nothing to link
  if (!hasArtifactService(f.env)) return skip('no artifact service in this job (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)');

  const dir = join(f.tempDir, 'build-record');
  const artifactName = recordArtifactName(f.repository, ref.id);
  const file = join(dir, artifactName);
  const finalize = versionAtLeast(f.buildxVersion, FINALIZE_MIN_BUILDX) === true;
  return {
    ...base,
    export: {
      argv: ['docker', 'buildx', 'history', 'export', '--builder', ref.builder, '--output', file, ref.id, ...(finalize ? ['--finalize'] : [])],
      dir,
      file,
      artifactName,
      settleMs: finalize ? 0 : SETTLE_MS_BEFORE_FINALIZE,
      retentionDays: s.retentionDays
    },
    notUploaded: null
  };
}

/** What the summary section shows; `artifact` is null when nothing was uploaded. */
export interface RecordView {
  ref: BuildRef;
  driver: string | null;
  artifact: { name: string; id: number; sizeBytes: number } | null;
  /** Why there is no artifact (upload disabled, export or upload failed, ...). */
  notUploaded: string | null;
  /** The workflow run's id: the artifact link is relative to the run page. */
  runId: string | null;
}

/**
 * The artifact's page, relative to the run's summary page (`./<run id>/artifacts/<id>`),
 * as build-push-action links it: an absolute URL holds the repository name, which the
 * runner masks when a secret contains it.
 */
export function artifactRelativeUrl(runId: string | null, artifactId: number): string | null {
  return runId ? `./${runId}/artifacts/${artifactId}` : null;
}

/** Every character as an HTML entity: the name holds owner~repo, kept out of secret masking too. */
function entities(text: string): string {
  return Array.from(text, (c) => `&#x${(c.codePointAt(0) as number).toString(16)};`).join('');
}

export function renderBuildRecordMarkdown(v: RecordView): string {
  const id = v.ref.id.slice(0, 6).toUpperCase();
  const builder = `builder <code>${esc(v.ref.builder)}</code>${v.driver ? ` (${esc(v.driver)} driver)` : ''}, record <code>${esc(id)}</code>`;
  const out = ['', '### Build record', ''];
  if (v.artifact) {
    const url = artifactRelativeUrl(v.runId, v.artifact.id);
    const name = `<strong>${entities(v.artifact.name)}</strong>`;
    out.push(
      `⬇️ ${url ? `<a href="${url}">${name}</a>` : name} (${fmtBytes(v.artifact.sizeBytes)}): BuildKit's record of this build, with its timing, logs, traces, ` +
        `dependencies and results. Import it into Docker Desktop's Builds view to look inside.`,
      '',
      `${builder}.`
    );
  } else {
    out.push(`The build record (${builder}) was not uploaded: ${esc(v.notUploaded ?? 'unknown reason')}.`);
  }
  return out.join('\n') + '\n';
}
