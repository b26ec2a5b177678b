// One build, end to end (shell): check the inputs against the file system, ask buildx
// what it can do, plan, prepare registries, run buildx, and turn its output into the
// timing report. Shared by the action and the CLI; each passes its own hooks.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Inputs } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { checkInputs, checkTargetStage } from '../inputs/validate.js';
import { completeFacts, earlyProbesStartedAt, gatherFacts, type BuilderFacts, type FactsNeeded } from '../engine/buildx-info.js';
import { pushedImageSize, localImageSize } from '../engine/registry.js';
import { runBuildx } from '../engine/run-buildx.js';
import { builtDigest, checkPushed, isPushFailure, pushFailureMessage, type PushCheck } from '../engine/push-outcome.js';
import { cacheStallMs, imageExported, probeCacheSources, stallNote, withoutStalledCache } from '../engine/cache-stall.js';
import { trackSecretPath, untrackSecretPath } from '../engine/cancel.js';
import type { ChildProcess } from 'node:child_process';
import { factsNeeded, planBuild, resolveContext, type BuildPlan } from '../plan/build-plan.js';
import { parseCacheMountsSetting } from '../cache-mounts/setting.js';
import type { GitContext } from '../plan/git-context.js';
import { parseImageRef } from '../plan/image-ref.js';
import { buildMeta } from '../timing/meta.js';
import type { TimingAccumulator } from '../timing/model.js';
import { imageNamedIn } from '../timing/vertex.js';
import type { CacheMountsReport, SolveStatus, TimingReport } from '../timing/types.js';
import type { Logger } from '../common/log.js';

export interface BuildHooks {
  /** Before the build: log in to the registries it touches (pushing or not), create repositories, check immutability, reachability. */
  prepareRegistries?: (plan: BuildPlan) => Promise<void>;
  /** Restore / save the local cache directory (the action uses @actions/cache). */
  restoreLocalCache?: (plan: BuildPlan) => Promise<void>;
  saveLocalCache?: (plan: BuildPlan) => Promise<void>;
  /** Restore the build's cache mounts before it; the function returned saves them after it (src/cache-mounts). */
  cacheMounts?: (x: {
    plan: BuildPlan;
    facts: BuilderFacts;
    dockerfilePath: string | null;
    ctx: GitContext;
    cwd: string;
    tempDir: string;
    cacheRoot: string;
    log: Logger;
  }) => Promise<((report: TimingReport | null, exitCode: number) => Promise<CacheMountsReport | null>) | null>;
}

export interface BuildRequest {
  inputs: Inputs;
  ctx: GitContext;
  env: NodeJS.ProcessEnv;
  /** A fresh directory for this build's files (metadata, rawjson, secrets). */
  tempDir: string;
  /** Root of the local cache backend's directories (the action: RUNNER_TEMP; the CLI: ~/.cache/buildstage). */
  cacheRoot?: string;
  cwd: string;
  log: Logger;
  hooks?: BuildHooks;
  now?: Date;
  /** Called with the buildx child when it starts (the action keeps its pid for the post step). */
  onBuildx?: (child: ChildProcess) => void;
  /** Injected for tests; default asks docker (gatherFacts: only the probes `needs` names, at once). */
  detect?: (builder: string, needs: FactsNeeded) => Promise<BuilderFacts>;
}

export interface BuildOutcome {
  plan: BuildPlan;
  dryRun: boolean;
  exitCode: number;
  error: string | null;
  metadata: Record<string, unknown> | null;
  digest: string | null;
  imageId: string | null;
  report: TimingReport | null;
  reportPath: string | null;
  dockerfilePath: string | null;
  /** Milliseconds spent outside buildx (planning, detection, report), for the benchmark. */
  overheadMs: number;
  buildMs: number;
  /** A push that failed: the tags the registry confirmed point at the image (often none); unset otherwise. */
  pushedTags?: string[];
  /** What buildx, the builder and the engine said (src/engine/buildx-info.ts), for later steps that would ask again. */
  facts?: BuilderFacts;
}

/**
 * `<dir>/Dockerfile`, built with Array#join so that the bundler's asset relocator does not
 * read `join(dir, 'Dockerfile')` as a file to copy into dist/.
 */
function defaultDockerfileIn(dir: string): string {
  return [dir, 'Dockerfile'].join(sep);
}

function isRemoteContext(ctx: string): boolean {
  return /^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(ctx) || ctx === '-';
}

/** Checks context and Dockerfile on disk; returns the Dockerfile path to read (or null for remote contexts). */
export function checkContextOnDisk(inputs: Inputs, cwd: string, context: string): string | null {
  if (isRemoteContext(context)) {
    const local = inputs.file ? resolve(cwd, inputs.file) : defaultDockerfileIn(resolve(cwd));
    return existsSync(local) ? local : null;
  }
  const ctxDir = resolve(cwd, context);
  if (!existsSync(ctxDir) || !statSync(ctxDir).isDirectory()) {
    throw new InputError(
      'context',
      `the build context "${context}" is not a directory (resolved to ${ctxDir})`,
      'point `context` at the directory that holds your sources (actions/checkout first)'
    );
  }
  const file = inputs.file ? resolve(cwd, inputs.file) : defaultDockerfileIn(ctxDir);
  if (!existsSync(file)) {
    throw new InputError(
      'file',
      `no Dockerfile at ${file}`,
      inputs.file ? 'fix the path in `file` (relative to the workspace)' : 'add a Dockerfile to the context or set `file`'
    );
  }
  return file;
}

export async function executeBuild(req: BuildRequest): Promise<BuildOutcome> {
  const t0 = Date.now();
  // BUILDSTAGE_TRACE=1: when each part ran, ms since node started (bench/overhead-bench.mjs)
  const marks: string[] = [];
  const mark = (what: string, at = performance.now()) => {
    if (req.env.BUILDSTAGE_TRACE) marks.push(`${what} ${Math.round(at)}`);
  };
  const probesAt = earlyProbesStartedAt();
  if (probesAt !== null) mark('probes', probesAt);
  mark('build start');
  const { inputs, log } = req;
  mkdirSync(req.tempDir, { recursive: true });
  const dockerfilePath = checkContextOnDisk(inputs, req.cwd, resolveContext(inputs, req.ctx).context);
  // every input is checked before anything runs (the CLI's too), the target against the Dockerfile's stages
  checkInputs(inputs);
  const dockerfileText = dockerfilePath ? readFileSync(dockerfilePath, 'utf8') : null;
  // the Dockerfile parser (and the timing model, below) load only when used: `build` starts without them
  if (dockerfileText !== null && inputs.target) {
    const { parseDockerfileModel } = await import('../dockerfile/model.js');
    checkTargetStage(inputs.target, dockerfileText, (t) => parseDockerfileModel(t).map((s) => s.name));
  }

  // the environment's facts, asked once and at once: only those the plan reads now; the
  // rest (the report's driver and builder, the image store) while buildx runs
  const fromInputs = factsNeeded(inputs, req.env);
  const needs: FactsNeeded = {
    ...fromInputs,
    builder: fromInputs.builder || (Boolean(req.hooks?.cacheMounts) && parseCacheMountsSetting(inputs['cache-mounts']).mode !== 'none')
  };
  // probes started early (the CLI, the action) are taken: those the plan does not read only if they have answered
  let facts = await (req.detect ?? ((b: string, n: FactsNeeded) => gatherFacts(b, n, req.env)))(inputs.builder, needs);
  mark('facts');
  const { plan, secrets } = planBuild({
    inputs,
    ctx: req.ctx,
    buildx: facts,
    env: req.env,
    now: req.now ?? new Date(),
    tempDir: req.tempDir,
    cacheRoot: req.cacheRoot,
    fileExists: (p) => existsSync(resolve(req.cwd, p))
  });
  for (const w of plan.warnings) log.warning(w);

  const base: BuildOutcome = {
    plan,
    dryRun: inputs['dry-run'],
    exitCode: 0,
    error: null,
    metadata: null,
    digest: null,
    imageId: null,
    report: null,
    reportPath: null,
    dockerfilePath,
    overheadMs: 0,
    buildMs: 0,
    facts
  };
  mark('plan');
  if (inputs['dry-run']) {
    base.overheadMs = Date.now() - t0;
    return base;
  }

  if (req.hooks?.prepareRegistries) await req.hooks.prepareRegistries(plan);
  if (plan.cache.local && req.hooks?.restoreLocalCache) await req.hooks.restoreLocalCache(plan);
  const saveCacheMounts = req.hooks?.cacheMounts
    ? await req.hooks.cacheMounts({
        plan,
        facts,
        dockerfilePath,
        ctx: req.ctx,
        cwd: req.cwd,
        tempDir: req.tempDir,
        cacheRoot: req.cacheRoot ?? req.tempDir,
        log
      })
    : null;

  let run;
  // set in callbacks (the stream's onStatus, buildx's onSpawn): fields, which TypeScript does not narrow to their first value
  const pending: {
    model: TimingAccumulator | null;
    loading: Promise<void> | null;
    modelError: Error | null;
    facts: Promise<BuilderFacts> | null;
    /** The completed facts, once they have come. */
    known: BuilderFacts | null;
    /** The stream showed "exporting to image" completed: the image is named (in the engine, on the docker driver). */
    named: boolean;
    size: Promise<{ sizeBytes: number; layers: number } | null> | null;
  } = { model: null, loading: null, modelError: null, facts: null, known: null, named: false, size: null };
  const stallNotes: string[] = [];
  const stallMs = cacheStallMs(req.env);
  const preMs = Date.now() - t0;
  try {
    if (secrets.files.length > 0) {
      // removed first if the job is cancelled (src/engine/cancel.ts), else right after the build
      trackSecretPath(plan.paths.secretDir);
      mkdirSync(plan.paths.secretDir, { recursive: true, mode: 0o700 });
      for (const s of secrets.files) writeFileSync(s.path, s.value, { mode: 0o600 });
    }
    // the stream, parsed once as it arrives, feeds the live log and the timing model; the model's
    // code (with the Dockerfile parser, the most a build loads) loads while buildx starts, and
    // the first statuses wait for it, in order
    const waiting: SolveStatus[] = [];
    const feed = (s: SolveStatus) => {
      if (pending.modelError || !pending.model) return;
      try {
        pending.model.add(s);
      } catch (e) {
        pending.modelError = e as Error;
      }
    };
    const prepare = () => {
      if (dockerfileText !== null) setImmediate(() => pending.model?.prepare(dockerfileText));
    };
    const loadModel = () =>
      import('../timing/model.js').then(
        (m) => {
          pending.model = new m.TimingAccumulator();
          for (const s of waiting.splice(0)) feed(s);
          // the report's Dockerfile map is made while buildx runs, not after
          prepare();
        },
        (e: unknown) => {
          pending.modelError = e as Error;
        }
      );
    // the image's size (the docker driver keeps the image in the engine, with either image store)
    // is asked as soon as the stream says the image is named: buildx takes ~90 ms more before it
    // exits (the driver may come while buildx runs: the facts known when the image is named decide)
    const sizeEarly = () => {
      const f = pending.known ?? facts;
      return plan.tags[0] && f.driver === 'docker' ? plan.tags[0] : null;
    };
    const onStatus = plan.rawjson
      ? (s: SolveStatus) => {
          if (pending.model) feed(s);
          else waiting.push(s);
          if (!pending.named && imageNamedIn(s)) {
            pending.named = true;
            const tag = sizeEarly();
            if (tag) pending.size = localImageSize(tag, req.env);
          }
        }
      : undefined;
    // a cache source that does not answer would hold the build, and the builder, without end: asked first
    let argv = plan.argv;
    for (const p of await probeCacheSources(argv, req.env)) {
      const note = `${p.label} is not usable (${p.problem}): building without that cache (none read from it, none saved to it)`;
      log.warning(note);
      stallNotes.push(note);
      argv = withoutStalledCache(argv, p.vertex);
    }
    mark('buildx start');
    run = await log.group(`docker buildx build`, () =>
      runBuildx({
        argv,
        rawjsonFile: plan.paths.rawjsonFile,
        rawjson: plan.rawjson,
        onStatus,
        log: (l) => {
          log.info(l);
        },
        env: req.env,
        cwd: req.cwd,
        stallMs,
        onSpawn: (child) => {
          // the report's driver and builder, if the plan did not need them
          pending.facts = req.detect
            ? null
            : completeFacts(facts, inputs.builder, { builder: !needs.builder, imageStore: false }, req.env).then((f) => (pending.known = f));
          if (plan.rawjson) pending.loading ??= loadModel();
          req.onBuildx?.(child);
        }
      })
    );
    mark('buildx exit');
    // a source that stopped answering after it was asked: the builder starts nothing while it waits, so the build ends here
    if (run.stalled?.kind === 'cache-import') stallNotes.push(`${stallNote(run.stalled, stallMs)}: the build was stopped before its steps; re-run the job`);
  } finally {
    rmSync(plan.paths.secretDir, { recursive: true, force: true });
    untrackSecretPath(plan.paths.secretDir);
  }
  // a cache export that stalled after the image was exported: the image stands if the registry has it
  let exitCode = run.exitCode;
  let stalledExport: PushCheck | null = null;
  if (run.stalled?.kind === 'cache-export') {
    const note = stallNote(run.stalled, stallMs);
    if (await imageExported(plan.paths.rawjsonFile, plan.push || inputs.load || inputs.outputs.length > 0)) {
      stalledExport = plan.push
        ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env)
        : { digest: null, pushed: [], notPushed: [], unreachable: null };
      if (!plan.push || (stalledExport.pushed.length === plan.tags.length && plan.tags.length > 0)) {
        exitCode = 0;
        stallNotes.push(`${note}; the image was ${plan.push ? 'pushed (every tag checked in the registry)' : 'built'}, the cache was not saved`);
      } else stalledExport = null;
    }
    if (exitCode === 0) log.warning(stallNotes[stallNotes.length - 1]);
    else stallNotes.push(`${note}; the image export had not finished, so the build failed`);
  }
  const t1 = Date.now();

  if (plan.cache.local) {
    const { dir, exportDir } = plan.cache.local;
    if (existsSync(exportDir)) {
      rmSync(dir, { recursive: true, force: true });
      // rename is atomic on one file system; the export dir replaces the old cache
      renameSync(exportDir, dir);
    }
    if (run.exitCode === 0 && req.hooks?.saveLocalCache) await req.hooks.saveLocalCache(plan);
  }

  const out: BuildOutcome = { ...base, exitCode, buildMs: t1 - (t0 + preMs) };
  if (stalledExport?.digest) out.digest = stalledExport.digest;
  if (existsSync(plan.paths.metadataFile)) {
    try {
      const m = JSON.parse(readFileSync(plan.paths.metadataFile, 'utf8')) as Record<string, unknown> | null;
      out.metadata = m;
      out.digest = typeof m?.['containerimage.digest'] === 'string' ? m['containerimage.digest'] : null;
    } catch {
      log.warning(`could not read buildx metadata file ${plan.paths.metadataFile}`);
    }
  }
  if (existsSync(plan.paths.iidFile)) out.imageId = readFileSync(plan.paths.iidFile, 'utf8').trim() || null;
  if (exitCode !== 0) {
    const last = run.errorTail.filter((l) => /ERROR|error:/i.test(l)).pop() ?? run.errorTail.pop() ?? 'unknown error';
    out.error = `buildx failed with: ${last.trim()}`;
    // stopped by the stall watch: say that, not buildx's "context canceled"
    if (run.stalled && stallNotes.length) out.error = stallNotes[stallNotes.length - 1];
  }

  if (pending.facts) facts = await pending.facts;
  out.facts = facts;
  mark('facts complete');
  if (pending.loading) {
    await pending.loading;
    try {
      const model = pending.model;
      if (pending.modelError || !model) throw pending.modelError ?? new Error('the timing model did not load');
      // the image's size is asked while the model finishes
      const sizing: Promise<{ sizeBytes: number; layers: number } | null> =
        exitCode === 0 && out.digest && plan.push && plan.tags[0]
          ? pushedImageSize(parseImageRef(plan.tags[0]).name, out.digest)
          : // the docker driver's image is in the engine only when the stream exported it there
            // (not with outputs of type local, tar or oci: the engine may hold an older image of the tag)
            exitCode === 0 && plan.tags[0] && (inputs.load || (facts.driver === 'docker' && pending.named))
            ? (pending.size ?? Promise.resolve(null)).then((early) => early ?? localImageSize(plan.tags[0], req.env))
            : Promise.resolve(null);
      sizing.catch(() => undefined);
      out.report = model.finish({
        dockerfileText: dockerfileText ?? undefined,
        metadata: out.metadata ?? undefined,
        image: { digest: out.digest, tags: plan.tags, sizeBytes: null, layers: null },
        meta: {
          dockerfile: inputs.file || 'Dockerfile',
          context: plan.context,
          cacheBackend: plan.cache.backend,
          buildxVersion: facts.version ?? 'unknown',
          driver: facts.driver ?? 'unknown',
          commit: req.ctx.sha,
          ...buildMeta({ builder: facts.builderName, cacheFrom: plan.cache.cacheFrom, platforms: inputs.platforms })
        }
      });
      mark('model');
      const size = await sizing;
      mark('sized');
      out.report.image.sizeBytes = size?.sizeBytes ?? null;
      out.report.image.layers = size?.layers ?? null;
      // a cache export that failed did not fail the build: say so in the log too
      for (const w of out.report.warnings) if (/^cache (export failed|import skipped)/.test(w)) log.warning(w);
      // what the stall watch did is in the summary too; the cancellation it caused is not the build's failure
      out.report.warnings.push(...stallNotes);
      if (exitCode === 0 && out.report.failed && /cancel/i.test(out.report.failed.error)) out.report.failed = null;
      out.reportPath = join(req.tempDir, 'timing-report.json');
      writeFileSync(out.reportPath, JSON.stringify(out.report, null, 2));
      mark('report');
    } catch (e) {
      out.report = null;
      log.warning(`timing report skipped: ${(e as Error).message}`);
    }
  }
  if (saveCacheMounts) {
    const mounts = await saveCacheMounts(out.report, run.exitCode);
    if (mounts && out.report) {
      out.report.cacheMounts = mounts;
      if (out.reportPath) writeFileSync(out.reportPath, JSON.stringify(out.report, null, 2));
    }
  }
  // a push that failed: only what the registry confirms is reported (src/engine/push-outcome.ts)
  if (exitCode !== 0 && plan.push) {
    const pushFailed = isPushFailure(out.error, out.report?.failed?.name);
    const check: PushCheck = pushFailed
      ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env)
      : { digest: null, pushed: [], notPushed: plan.tags, unreachable: null };
    out.pushedTags = check.pushed;
    out.digest = null;
    if (pushFailed) out.error = pushFailureMessage(plan.tags, check, out.error ?? '');
    if (out.report) {
      out.report.image = { ...out.report.image, tags: check.pushed, digest: check.pushed.length ? check.digest : null };
      if (pushFailed && out.error) out.report.warnings.unshift(out.error);
      if (out.reportPath) writeFileSync(out.reportPath, JSON.stringify(out.report, null, 2));
    }
  }
  out.overheadMs = Date.now() - t0 - out.buildMs;
  mark('build done');
  if (marks.length) log.info(`buildstage trace (ms since node started): ${marks.join(', ')}`);
  return out;
}
