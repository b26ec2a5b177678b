// Build records (shell): find the build's ref, export BuildKit's record of the build with
// `docker buildx history export` and upload it with @actions/artifact, as
// docker/build-push-action does; the decisions are in build-record.ts. Every failure here
// only warns: a build's result never depends on its record.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BuildOutcome } from '../../build-runner/execute.js';
import type { Logger } from '../../common/log.js';
import { gatherFacts, type BuilderFacts } from '../../engine/buildx-info.js';
import { execCapture } from '../../engine/exec.js';
import type { Inputs } from '../../inputs/inputs.js';
import type { GitContext } from '../../plan/git-context.js';
import { fmtBytes } from '../../common/format.js';
import { buildRefFromMetadata, buildxKeepsRecords, pickRefSince, planBuildRecord, recordSettings, type RecordView } from './build-record.js';

export interface UploadedRecord {
  id: number;
  sizeBytes: number;
}

export type RecordUploader = (name: string, file: string, retentionDays: number | undefined) => Promise<UploadedRecord>;

export interface RecordStepInput {
  inputs: Pick<Inputs, 'builder' | 'call' | 'context'>;
  ctx: GitContext;
  outcome: Pick<BuildOutcome, 'metadata' | 'report'>;
  env: NodeJS.ProcessEnv;
  tempDir: string;
  /** When the build started: a ref buildx wrote after it is this build's. */
  startedAt: Date;
  log: Logger;
  /** Injected for tests; default @actions/artifact. */
  upload?: RecordUploader;
  detect?: (builder: string) => Promise<BuilderFacts>;
}

export interface RecordStepResult {
  /** What the job summary shows of the record (renderBuildRecordMarkdown); null when there is none. */
  view: RecordView | null;
  artifact: (UploadedRecord & { name: string }) | null;
}

/** Uploads the one file as it is (no zip), named after it, as build-push-action does. */
export const uploadWithActionsArtifact: RecordUploader = async (name, file, retentionDays) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const res = await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file), { retentionDays, skipArchive: true });
  if (!res.id) throw new Error('the artifact service returned no artifact id');
  return { id: res.id, sizeBytes: res.size ?? statSync(file).size };
};

/** buildx's own list of build refs: `<BUILDX_CONFIG or DOCKER_CONFIG/buildx>/refs/<builder>/<node>/<id>`. */
export function localBuildRefs(env: NodeJS.ProcessEnv, builder: string): Array<{ ref: string; mtimeMs: number; localPath: string | null }> {
  const config = env.BUILDX_CONFIG || join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'buildx');
  const dir = join(config, 'refs', builder);
  const out: Array<{ ref: string; mtimeMs: number; localPath: string | null }> = [];
  let nodes: string[];
  try {
    nodes = readdirSync(dir);
  } catch {
    return out;
  }
  for (const node of nodes) {
    let ids: string[];
    try {
      ids = readdirSync(join(dir, node));
    } catch {
      continue;
    }
    for (const id of ids) {
      try {
        const file = join(dir, node, id);
        const st = statSync(file);
        if (st.isFile()) out.push({ ref: `${builder}/${node}/${id}`, mtimeMs: st.mtimeMs, localPath: refLocalPath(readFileSync(file, 'utf8')) });
      } catch {
        // removed while listing
      }
    }
  }
  return out;
}

/** The build context a buildx ref file names (`{"Target":…,"LocalPath":…}`); null when it names none. */
function refLocalPath(text: string): string | null {
  try {
    const v = JSON.parse(text) as { LocalPath?: unknown };
    return typeof v.LocalPath === 'string' && v.LocalPath !== '' ? v.LocalPath : null;
  } catch {
    return null;
  }
}

const known = (v: string | null | undefined) => (v && v !== 'unknown' ? v : null);

async function recordStep(x: RecordStepInput): Promise<RecordStepResult> {
  const none: RecordStepResult = { view: null, artifact: null };
  let ref = buildRefFromMetadata(x.outcome.metadata);
  let version = known(x.outcome.report?.meta.buildxVersion);
  let driver = known(x.outcome.report?.meta.driver);
  // ask buildx only when the environment wants a record and the build did not say enough
  if (recordSettings(x.env).summary && (!version || (!ref && buildxKeepsRecords(version)))) {
    try {
      // the version, the driver and the builder's name: the image store (`docker info`) is not read here
      const facts = await (x.detect ?? ((b: string) => gatherFacts(b, { builder: true, imageStore: false }, x.env)))(x.inputs.builder);
      version ??= facts.version;
      driver ??= facts.driver;
      const builder = x.inputs.builder || facts.builderName;
      if (!ref && builder) {
        // a local context directory tells our build's ref from another's (a git URL context names none)
        const context = resolve(x.inputs.context || '.');
        ref = pickRefSince(localBuildRefs(x.env, builder), x.startedAt.getTime(), existsSync(context) ? context : undefined);
      }
    } catch (e) {
      x.log.info(`build record: could not ask buildx (${(e as Error).message})`);
    }
  }

  const plan = planBuildRecord({
    env: x.env,
    buildxVersion: version,
    driver,
    ref,
    call: x.inputs.call,
    serverUrl: x.ctx.serverUrl,
    repository: x.ctx.repository,
    tempDir: x.tempDir
  });
  for (const w of plan.warnings) x.log.warning(`build record: ${w}`);
  if (plan.kind === 'skip') {
    x.log.info(`build record: ${plan.reason}`);
    return none;
  }

  const view: RecordView = { ref: plan.ref, driver: plan.driver, artifact: null, notUploaded: plan.notUploaded, runId: x.ctx.runId };
  const ex = plan.export;
  if (ex) {
    mkdirSync(ex.dir, { recursive: true });
    if (ex.settleMs) await new Promise((r) => setTimeout(r, ex.settleMs));
    const run = await execCapture(ex.argv[0], ex.argv.slice(1), x.env);
    if (run.code !== 0) {
      const why = run.stderr.trim().split('\n').pop() || `exit code ${run.code}`;
      x.log.warning(`build record: export failed: ${why}`);
      view.notUploaded = `the export failed (${why})`;
    } else {
      x.log.info(`build record: ${ex.file} (${fmtBytes(statSync(ex.file).size)})`);
      try {
        const up = await (x.upload ?? uploadWithActionsArtifact)(ex.artifactName, ex.file, ex.retentionDays);
        view.artifact = { name: ex.artifactName, id: up.id, sizeBytes: up.sizeBytes };
        if (x.ctx.repository && x.ctx.runId) x.log.info(`build record: ${x.ctx.serverUrl}/${x.ctx.repository}/actions/runs/${x.ctx.runId}/artifacts/${up.id}`);
      } catch (e) {
        x.log.warning(`build record: upload failed: ${(e as Error).message}`);
        view.notUploaded = `the upload failed (${(e as Error).message})`;
      }
    }
  } else {
    x.log.info(`build record ${plan.ref.id}: ${plan.notUploaded}`);
  }
  return { view, artifact: view.artifact };
}

/** Exports and uploads the build's record; returns what the job summary shows of it. Never throws. */
export async function buildRecordStep(x: RecordStepInput): Promise<RecordStepResult> {
  try {
    return await x.log.group('Build record', () => recordStep(x));
  } catch (e) {
    x.log.warning(`build record skipped: ${(e as Error).message}`);
    return { view: null, artifact: null };
  }
}
