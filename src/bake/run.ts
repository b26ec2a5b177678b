// One `docker buildx bake` for many images, end to end (shell): resolve the definition
// with `bake --print` (buildx parses and merges compose/HCL/JSON), decide the targets
// (`changed`: git diff against the base ref), plan each target, prepare its registries,
// run bake once with rawjson progress and a metadata file, and split the stream into a
// timing report per target. Shared by the action and the CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Logger } from '../common/log.js';
import { completeFacts, gatherFacts, type BuilderFacts, type FactsNeeded } from '../engine/buildx-info.js';
import { cancelRequested } from '../engine/cancel.js';
import { runBuildx } from '../engine/run-buildx.js';
import { InputError } from '../common/errors.js';
import { registryAccess, type RegistryAccess } from '../plan/registry-access.js';
import { decideTargets, targetInputs, type TargetDecision } from './changed.js';
import { parseBakePrint, planBake, type BakeDefinition, type BakeOptions, type BakePlan } from './plan.js';
import { BakeSplitter, type BakeTiming } from './split.js';

/** What a bake is asked to do: the plan's options (bar what the run works out itself) and the run's own. */
export interface BakeRequest extends Omit<BakeOptions, 'now' | 'buildxVersion' | 'skip'> {
  /** Targets to build ([] = all with a build section; ['changed'] = those whose inputs changed since `baseRef`). */
  targets: string[];
  /** The ref `targets: changed` diffs against (e.g. origin/main, the PR base sha). */
  baseRef?: string | null;
  dryRun: boolean;
  cwd: string;
  log: Logger;
  /** Log in / check the registries the targets touch (pushing or not: registry caches are read too). */
  prepareRegistries?: (access: RegistryAccess[], plan: BakePlan) => Promise<void>;
  /** Injected for tests; default asks docker (gatherFacts: only the probes `needs` names). */
  detect?: (builder: string, needs: FactsNeeded) => Promise<BuilderFacts>;
  now?: Date;
}

export interface TargetResult {
  digest: string | null;
  tags: string[];
  image: string | null;
  reportPath: string | null;
}

export interface BakeOutcome {
  plan: BakePlan;
  definition: BakeDefinition;
  decisions: TargetDecision[] | null;
  dryRun: boolean;
  exitCode: number;
  error: string | null;
  results: Record<string, TargetResult>;
  timing: BakeTiming | null;
  /** Directory with one timing report per target (<target>.json) and bake-timing.json. */
  reportDir: string | null;
  buildMs: number;
  overheadMs: number;
  /** Where bake ran (contexts resolve against it). */
  bakeDir: string;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const c = err ? (err as { code?: unknown }).code : 0;
      res({ code: typeof c === 'number' ? c : err ? 1 : 0, stdout, stderr });
    });
  });
}

/**
 * Where bake runs, so where relative contexts resolve: the directory of the first file, as
 * `cd <dir> && docker buildx bake` (for compose, its project directory, as docker compose
 * has it; a docker-bake.hcl at the repository root gives the root).
 */
export function bakeDirOf(files: string[], cwd: string): string {
  const first = files[0];
  return first ? dirname(resolve(cwd, first)) : cwd;
}

/** The error BuildKit gives when two targets share a step and one of the waiters is cancelled. */
export const SHARED_STEP_RACE = 'failed to calculate checksum of ref …: context canceled';

/**
 * A bake that failed only on that race: its last ERROR line is the checksum of a ref
 * cancelled under it (a COPY of a missing file says "not found", never "context canceled").
 */
export function sharedStepRace(errorTail: string[]): boolean {
  const last = errorTail.filter((l) => /ERROR/.test(l)).pop() ?? '';
  return /failed to calculate checksum of ref \S+: context canceled/.test(last);
}

/** buildx's last error line, without the "ERROR: " prefix. */
function lastError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const err = [...lines].reverse().find((l) => /^ERROR:|^error:/i.test(l)) ?? lines.pop() ?? 'unknown error';
  return err.replace(/^(ERROR|error):\s*/, '');
}

export async function resolveDefinition(
  req: Pick<BakeRequest, 'files' | 'targets' | 'builder' | 'cwd' | 'env'>
): Promise<{ definition: BakeDefinition; bakeDir: string; absFiles: string[] }> {
  if (req.files.length === 0) throw new InputError('bake', 'no file given', 'list compose files and/or docker-bake.hcl files, one per line');
  const absFiles = req.files.map((f) => resolve(req.cwd, f));
  absFiles.forEach((f, i) => {
    if (!existsSync(f)) throw new InputError('bake', `no file at ${req.files[i]} (resolved to ${f})`, 'fix the path (relative to the workspace)');
  });
  const bakeDir = bakeDirOf(req.files, req.cwd);
  const named = req.targets.filter((t) => t !== 'changed');
  const args = ['buildx', 'bake', ...(req.builder ? ['--builder', req.builder] : []), '--print', ...absFiles.flatMap((f) => ['-f', f]), ...named];
  const r = await run('docker', args, bakeDir, req.env);
  if (r.code !== 0) {
    const msg = lastError(r.stderr);
    const unknown = /failed to find target (\S+)/.exec(msg);
    if (unknown)
      throw new InputError(
        'targets',
        `unknown target "${unknown[1]}" in ${req.files.join(', ')}`,
        'name services/targets of the definition, or leave `targets` empty for all'
      );
    throw new InputError(
      'bake',
      `buildx could not read ${req.files.join(', ')}: ${msg}`,
      'fix the file (`docker buildx bake --print -f FILE` shows the same error). Nothing was built'
    );
  }
  let definition: BakeDefinition;
  try {
    definition = parseBakePrint(r.stdout);
  } catch (e) {
    throw new InputError(
      'bake',
      `buildx printed no definition for ${req.files.join(', ')}: ${(e as Error).message}`,
      'check the files with `docker buildx bake --print`'
    );
  }
  return { definition, bakeDir, absFiles };
}

function gitChangedFiles(cwd: string, base: string, env: NodeJS.ProcessEnv): Promise<{ top: string; files: string[] }> {
  return (async () => {
    const top = await run('git', ['rev-parse', '--show-toplevel'], cwd, env);
    if (top.code !== 0)
      throw new InputError('targets', '`changed` needs a git checkout', 'run actions/checkout with fetch-depth: 0 first, or name the targets');
    const d = await run('git', ['diff', '--name-only', `${base}...HEAD`], cwd, env);
    if (d.code !== 0)
      throw new InputError(
        'targets',
        `\`changed\` could not diff against ${base}: ${lastError(d.stderr)}`,
        'fetch the base ref (actions/checkout with fetch-depth: 0), or name the targets'
      );
    return { top: top.stdout.trim(), files: d.stdout.split('\n').filter(Boolean) };
  })();
}

export async function executeBake(req: BakeRequest): Promise<BakeOutcome> {
  const t0 = Date.now();
  const { log } = req;
  mkdirSync(req.tempDir, { recursive: true });
  // the plan reads buildx's version only (a bad builder fails `bake --print`): asked beside it;
  // the driver, for the reports, while bake runs (unless probes started early asked it already)
  const needs: FactsNeeded = { builder: false, imageStore: false };
  const asking = (req.detect ?? ((b: string, n: FactsNeeded) => gatherFacts(b, n, req.env)))(req.builder, needs);
  asking.catch(() => undefined); // the definition's error, if any, is the one to tell
  const { definition, bakeDir, absFiles } = await resolveDefinition(req);
  let facts = await asking;

  let decisions: TargetDecision[] | null = null;
  const skip: Record<string, string> = {};
  const changedMode = req.targets.includes('changed');
  if (changedMode) {
    const base = req.baseRef || (req.ctx.baseRef ? `origin/${req.ctx.baseRef}` : null);
    if (!base) throw new InputError('targets', '`changed` needs a base ref to compare with', 'run it on a pull request, or set the base (CLI: --base REF)');
    const { top, files } = await gitChangedFiles(bakeDir, base, req.env);
    const names = Object.keys(definition.target ?? {});
    const dir = relative(top, bakeDir).split('\\').join('/');
    decisions = decideTargets(
      names,
      (n) => {
        const d = (definition.target ?? {})[n];
        const df = resolve(bakeDir, d.context ?? '.', d.dockerfile ?? 'Dockerfile');
        const text = d['dockerfile-inline'] ?? (existsSync(df) ? readFileSync(df, 'utf8') : null);
        return targetInputs(d, dir, text);
      },
      files,
      base
    );
    for (const d of decisions) if (!d.build) skip[d.name] = d.reason;
  }

  const plan = planBake(definition, {
    files: absFiles,
    targets: req.targets.filter((t) => t !== 'changed'),
    images: req.images,
    tagPrefix: req.tagPrefix,
    push: req.push,
    cache: req.cache,
    cacheWriteOnPr: req.cacheWriteOnPr,
    cacheDir: req.cacheDir,
    network: req.network,
    builder: req.builder,
    ctx: req.ctx,
    env: req.env,
    now: req.now ?? new Date(),
    tempDir: req.tempDir,
    cacheRoot: req.cacheRoot,
    buildxVersion: facts.version,
    skip
  });
  for (const w of plan.warnings) log.warning(w);
  for (const s of plan.skipped) log.info(`${s.name}: ${s.reason}`);

  const base: BakeOutcome = {
    plan,
    definition,
    decisions,
    dryRun: req.dryRun,
    exitCode: 0,
    error: null,
    results: {},
    timing: null,
    reportDir: null,
    buildMs: 0,
    overheadMs: 0,
    bakeDir
  };
  for (const t of plan.targets) base.results[t.name] = { digest: null, tags: t.tags, image: t.image, reportPath: null };
  if (req.dryRun || plan.targets.length === 0) {
    base.overheadMs = Date.now() - t0;
    return base;
  }

  if (plan.overrideFile) writeFileSync(plan.overrideFile.path, plan.overrideFile.content);
  if (req.prepareRegistries) {
    const access: RegistryAccess[] = [];
    for (const t of plan.targets) {
      for (const r of registryAccess({ tags: t.tags, push: plan.push, cache: t.cache })) {
        const have = access.find((a) => a.registry === r.registry);
        if (!have) access.push(r);
        else for (const repo of r.repositories) if (!have.repositories.some((x) => x.repository === repo.repository)) have.repositories.push(repo);
      }
    }
    await req.prepareRegistries(access, plan);
  }

  const t1 = Date.now();
  // set from buildx's callbacks while it runs: the split's first error, the builder facts asked once it started
  const during: { splitError: Error | null; later: Promise<BuilderFacts> | null } = { splitError: null, later: null };
  const attempt = async () => {
    // the stream, parsed once as it arrives, feeds the live log and the split into per-target reports
    // (1 s of slack: buildx's clock and ours are the same machine's, but the spawn is not instant)
    const splitter = new BakeSplitter(
      plan.targets.map((t) => t.name),
      Date.now() - 1000
    );
    during.splitError = null;
    const result = await log.group(`docker buildx bake ${plan.targets.map((t) => t.name).join(' ')}`, () =>
      runBuildx({
        argv: plan.argv,
        rawjsonFile: plan.paths.rawjsonFile,
        rawjson: true,
        onStatus: (s) => {
          if (during.splitError) return;
          try {
            splitter.add(s);
          } catch (e) {
            during.splitError = e as Error;
          }
        },
        log: (l) => {
          log.info(l);
        },
        env: req.env,
        cwd: bakeDir,
        onSpawn: () => {
          during.later ??= req.detect || facts.driver !== null ? null : completeFacts(facts, req.builder, { builder: true, imageStore: false }, req.env);
        }
      })
    );
    return { result, splitter };
  };
  let { result, splitter } = await attempt();
  if (result.exitCode !== 0 && !cancelRequested() && sharedStepRace(result.errorTail)) {
    // BuildKit's race between targets that share a step (seen with the docker driver): the
    // same bake again takes every finished step from the cache, so once more is cheap
    log.warning(`buildx bake failed on BuildKit's shared-step race (${SHARED_STEP_RACE}); running it once more`);
    ({ result, splitter } = await attempt());
  }
  const t2 = Date.now();
  if (during.later) facts = await during.later;
  // the local backend exports to a fresh directory that replaces the old one (as for a single build)
  for (const t of plan.targets) {
    const local = t.cache.local;
    if (local && existsSync(local.exportDir)) {
      rmSync(local.dir, { recursive: true, force: true });
      renameSync(local.exportDir, local.dir);
    }
  }
  const out: BakeOutcome = { ...base, exitCode: result.exitCode, buildMs: t2 - t1 };
  if (result.exitCode !== 0) {
    const last = result.errorTail.filter((l) => /ERROR|error:/i.test(l)).pop() ?? result.errorTail.pop() ?? 'unknown error';
    out.error = `buildx bake failed with: ${last.trim()}`;
  }

  // buildx's file: a target may be missing from it
  let metadata: Partial<Record<string, Record<string, unknown>>> = {};
  if (existsSync(plan.paths.metadataFile)) {
    try {
      metadata = JSON.parse(readFileSync(plan.paths.metadataFile, 'utf8')) as Partial<Record<string, Record<string, unknown>>>;
    } catch {
      log.warning(`could not read the bake metadata file ${plan.paths.metadataFile}`);
    }
  }
  for (const t of plan.targets) {
    const m = metadata[t.name];
    const digest = typeof m?.['containerimage.digest'] === 'string' ? m['containerimage.digest'] : null;
    out.results[t.name] = { ...out.results[t.name], digest };
  }

  try {
    if (during.splitError) throw during.splitError;
    out.timing = splitter.finish(
      (name) => {
        const t = plan.targets.find((x) => x.name === name);
        const d = (definition.target ?? {})[name] ?? {};
        const df = isAbsolute(t?.dockerfile ?? '') ? (t?.dockerfile as string) : resolve(bakeDir, t?.context ?? '.', t?.dockerfile ?? 'Dockerfile');
        const text = typeof d['dockerfile-inline'] === 'string' ? d['dockerfile-inline'] : existsSync(df) ? readFileSync(df, 'utf8') : undefined;
        return {
          dockerfileText: text,
          metadata: metadata[name],
          image: { digest: out.results[name].digest, tags: t?.tags ?? [], sizeBytes: null, layers: null },
          meta: {
            target: name,
            dockerfile: relative(req.cwd, df) || 'Dockerfile',
            context: t?.context ?? '.',
            cacheBackend: t?.cache.backend ?? 'none',
            buildxVersion: facts.version ?? 'unknown',
            driver: facts.driver ?? 'unknown',
            commit: req.ctx.sha,
            bake: 'true'
          }
        };
      },
      (name) => {
        const d = (definition.target ?? {})[name] ?? {};
        return JSON.stringify([
          d.context ?? '.',
          d.dockerfile ?? 'Dockerfile',
          d['dockerfile-inline'] ?? '',
          d.target ?? '',
          d.args ?? {},
          d.contexts ?? {},
          d.platforms ?? []
        ]);
      }
    );
    out.reportDir = join(req.tempDir, 'reports');
    mkdirSync(out.reportDir, { recursive: true });
    for (const [name, report] of Object.entries(out.timing.targets)) {
      const p = join(out.reportDir, `${name}.json`);
      writeFileSync(p, JSON.stringify(report, null, 2));
      out.results[name] = { ...out.results[name], reportPath: p };
      for (const w of report.warnings) if (/^cache export failed/.test(w)) log.warning(`${name}: ${w}`);
    }
    writeFileSync(join(out.reportDir, 'bake-timing.json'), JSON.stringify({ ...out.timing, targets: undefined }, null, 2));
  } catch (e) {
    log.warning(`timing report skipped: ${(e as Error).message}`);
  }
  out.overheadMs = Date.now() - t0 - out.buildMs;
  return out;
}

/** The `targets` output: target → digest, tags (and why a target was skipped). */
export function targetsOutput(o: BakeOutcome): Record<string, { digest: string | null; tags: string[]; skipped?: string }> {
  const out: Record<string, { digest: string | null; tags: string[]; skipped?: string }> = {};
  for (const t of o.plan.targets) out[t.name] = { digest: o.results[t.name].digest, tags: t.tags };
  for (const s of o.plan.skipped) out[s.name] = { digest: null, tags: [], skipped: s.reason };
  return out;
}
