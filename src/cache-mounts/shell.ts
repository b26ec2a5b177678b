// Cache mounts across runners, the shell: before the build, fetch each mount's saved
// contents (Actions cache or registry) and put them into the builder's cache mounts with
// one scratch build; after it, for the mounts whose steps ran, take them out with another
// scratch build and store them. Every failure here is a warning: the build never fails
// because a cache mount could not be carried. The decisions are in plan.ts.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { Logger } from '../common/log.js';
import type { BuilderFacts } from '../engine/buildx-info.js';
import type { Inputs } from '../inputs/inputs.js';
import type { BuildPlan } from '../plan/build-plan.js';
import { hasActionsCacheService } from '../plan/cache.js';
import { isPullRequest, type GitContext } from '../plan/git-context.js';
import type { CacheMountsReport, CacheMountTiming, TimingReport } from '../timing/types.js';
import {
  contentHash,
  discoverCacheMounts,
  ghaMountKeys,
  imageSlug,
  mountSlugs,
  mountStepsRan,
  parseScratchOutput,
  planMountStorage,
  platformSlug,
  registryMountRef,
  restoreDockerfile,
  saveDockerfile,
  selectCacheMounts,
  type CacheMount,
  type MountStorage
} from './plan.js';
import { parseByteSize, parseCacheMountsSetting } from './setting.js';

/** The part of @actions/cache used here. */
export interface MountCacheApi {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[], options?: { lookupOnly?: boolean }): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export type DockerRun = (args: string[], o: { env: NodeJS.ProcessEnv; timeoutMs: number }) => Promise<{ code: number; output: string }>;

export interface CacheMountsRequest {
  inputs: Inputs;
  ctx: GitContext;
  env: NodeJS.ProcessEnv;
  plan: BuildPlan;
  facts: Pick<BuilderFacts, 'platforms' | 'driver'>;
  dockerfilePath: string | null;
  cwd: string;
  tempDir: string;
  /** The same directory on every run (RUNNER_TEMP): Actions cache entries are versioned by their path. */
  cacheRoot: string;
  log: Logger;
  /** @actions/cache, or null without the cache service. */
  cache: MountCacheApi | null;
  /** Injected for tests; default runs docker. */
  docker?: DockerRun;
}

/** Saves the mounts whose steps ran; returns what the report shows. */
export type SaveCacheMounts = (report: TimingReport | null, exitCode: number) => Promise<CacheMountsReport | null>;

export const DEFAULT_MAX_SIZE = '2g';

/** Runs docker, output (stdout and stderr) collected; never throws. */
export const runDocker: DockerRun = (args, o) =>
  new Promise((done) => {
    const child = spawn('docker', args, { env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (d: Buffer) => {
      output += d.toString('utf8');
      // keep the tail only: a big restore prints little, but a failing one may print a lot
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ code: 127, output: String(e) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output });
    });
  });

interface Carried {
  mount: CacheMount;
  /** The image the scratch builds run on (mount.image: every carried mount has one). */
  image: string;
  slot: string;
  hash: string;
  timing: CacheMountTiming;
  /** gha: the fixed directory saved and restored. */
  dir?: string;
  key?: string;
  restoreKeys?: string[];
  /** registry: the refs to read, in order, and the one to write. */
  readRefs: string[];
  writeRef: string | null;
  /** registry: the ref found for the restore build. */
  from?: string | null;
  /** Fetched, to be put into the builder. */
  download?: boolean;
}

/** A mount's Actions cache entry: its directory and key (planned for every mount when the storage is gha). */
function ghaEntry(c: Carried): { dir: string; key: string } {
  if (c.dir === undefined || c.key === undefined) throw new Error(`cache mount ${c.mount.id}: no Actions cache entry was planned`);
  return { dir: c.dir, key: c.key };
}

const lastLines = (text: string, n = 12) => text.trim().split('\n').slice(-n).join('\n');

function timingFor(m: CacheMount, note: string | null): CacheMountTiming {
  return {
    id: m.id,
    target: m.target,
    uses: m.uses,
    key: null,
    restored: false,
    restoredFrom: null,
    restoredBytes: null,
    restoreMs: 0,
    stepRan: false,
    saved: false,
    savedBytes: null,
    saveMs: 0,
    note
  };
}

function fileSize(p: string): number | null {
  try {
    return statSync(p).size;
  } catch {
    return null;
  }
}

/** Moves a directory, copying when rename cannot (another file system). */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

const ANNOTATION = 'org.buildstage.cache-mount.key';

function manifestKey(raw: string): string | null {
  try {
    return (JSON.parse(raw) as { annotations?: Record<string, string> }).annotations?.[ANNOTATION] ?? null;
  } catch {
    return null;
  }
}

/** Registry manifest → compressed size of its layers (a plain image manifest, as the save pushes). */
function layerBytes(raw: string): number | null {
  try {
    const m = JSON.parse(raw) as { layers?: Array<{ size?: number }> };
    return m.layers ? m.layers.reduce((a, l) => a + (l.size ?? 0), 0) : null;
  } catch {
    return null;
  }
}

/**
 * Plans the build's cache mounts, restores their contents into the builder, and returns
 * the function that saves them after the build (null when there is nothing to carry).
 */
export async function startCacheMounts(req: CacheMountsRequest): Promise<SaveCacheMounts | null> {
  const { inputs, log } = req;
  const docker = req.docker ?? runDocker;
  const setting = parseCacheMountsSetting(inputs['cache-mounts']);
  if (setting.mode === 'none') return null;
  if (!req.dockerfilePath || !existsSync(req.dockerfilePath)) {
    log.info('cache mounts: no local Dockerfile to read them from; not carried');
    return null;
  }
  const maxSizeBytes = inputs['cache-mounts-max-size'] || parseByteSize('cache-mounts-max-size', DEFAULT_MAX_SIZE);
  const native = req.facts.platforms[0] ?? 'linux/amd64';
  const platform = inputs.platforms[0] ?? native;
  const all = discoverCacheMounts(readFileSync(req.dockerfilePath, 'utf8'), {
    target: inputs.target,
    buildArgs: inputs['build-args'],
    platform,
    buildPlatform: native
  });
  const { mounts, warnings } = selectCacheMounts(all, setting);
  for (const w of warnings) log.warning(w);
  if (mounts.length === 0) return null;

  const storage: MountStorage = planMountStorage({
    backend: req.plan.cache.backend,
    cacheFrom: req.plan.cache.cacheFrom,
    cacheTo: req.plan.cache.cacheTo,
    hasActionsCache: req.cache !== null && hasActionsCacheService(req.env),
    writeAllowed: !isPullRequest(req.ctx) || inputs['cache-write-on-pr']
  });
  if (storage.kind === 'none') {
    log.info(`cache mounts: ${mounts.map((m) => m.id).join(', ')} not carried across runners (${storage.reason})`);
    return null;
  }

  const contextDir = resolve(req.cwd, req.plan.context);
  const hasContext = existsSync(contextDir) && statSync(contextDir).isDirectory();
  const read = (rel: string) => {
    if (!hasContext) return null;
    // rooted at the context, as BuildKit takes a source path: `..` cannot leave it (a prefix test let `../<ctx>-x/` through)
    const p = join(contextDir, posix.normalize(`/${rel}`));
    try {
      return statSync(p).isFile() ? readFileSync(p) : null;
    } catch {
      return null;
    }
  };
  const img = imageSlug(inputs.images, req.plan.tags);
  const plat = platformSlug([platform]);
  const work = join(req.tempDir, 'cache-mounts');
  mkdirSync(work, { recursive: true });
  const carried: Carried[] = [];
  const skipped: CacheMountTiming[] = [];
  const slugs = mountSlugs(mounts);
  for (const [i, m] of mounts.entries()) {
    // discoverCacheMounts gives a mount without an image (FROM scratch) a skip
    if (m.skip || m.image === null) {
      skipped.push(timingFor(m, m.skip ?? 'no image to copy it with'));
      continue;
    }
    const s = slugs[i];
    const c: Carried = {
      mount: m,
      image: m.image,
      slot: `m${carried.length}`,
      hash: contentHash(m, read).hash,
      timing: timingFor(m, null),
      readRefs: [],
      writeRef: null
    };
    if (storage.kind === 'gha') {
      const k = ghaMountKeys(img, s, plat, c.hash);
      Object.assign(c, { dir: join(req.cacheRoot, 'buildstage-mounts', `${img}-${s}`), key: k.key, restoreKeys: k.restoreKeys });
      c.timing.key = k.key;
    } else {
      const p = inputs.platforms.length ? plat : null;
      c.readRefs = storage.readRefs.map((r) => registryMountRef(r, s, p));
      c.writeRef = storage.writeRef ? registryMountRef(storage.writeRef, s, p) : null;
      c.timing.key = c.writeRef ?? c.readRefs.at(0) ?? null;
    }
    carried.push(c);
  }
  for (const t of skipped) log.info(`cache mount ${t.id}: not carried (${t.note})`);
  if (carried.length === 0) return null;

  const common = [...(inputs.builder ? ['--builder', inputs.builder] : []), '--progress=plain', ...(inputs.platforms.length ? ['--platform', platform] : [])];
  const ns = inputs['build-args'].find((b) => b.startsWith('BUILDKIT_CACHE_MOUNT_NS='));
  if (ns) common.push('--build-arg', ns);
  const where = storage.kind === 'gha' ? 'the Actions cache' : 'the registry';
  const actionsCache = (): MountCacheApi => {
    // the storage is gha only with the cache service (planMountStorage's hasActionsCache)
    if (!req.cache) throw new Error('the Actions cache is not available');
    return req.cache;
  };

  // ---- restore -------------------------------------------------------------
  // Only contents that can help are put into the builder: those saved with other lockfiles
  // (the step will run: its lockfile layer changed). Contents saved with these very
  // lockfiles came from a build that also exported the step to the build cache, so the
  // step is expected cached; restoring them would cost every code-change build a download
  // for nothing. no-cache / no-cache-filters restore them too.
  const restoreExact = inputs['no-cache'] || inputs['no-cache-filters'].length > 0;
  const restoreStart = Date.now();
  await log.group(`Cache mounts: look up ${carried.length} in ${where}`, async () => {
    await Promise.all(
      carried.map(async (c) => {
        const t0 = Date.now();
        try {
          if (storage.kind === 'gha') {
            const { dir, key } = ghaEntry(c);
            rmSync(dir, { recursive: true, force: true });
            mkdirSync(dir, { recursive: true });
            const hit = await actionsCache().restoreCache([dir], key, c.restoreKeys, { lookupOnly: true });
            if (!hit) c.timing.note = 'nothing saved yet';
            else {
              c.timing.restoredFrom = hit === key ? 'exact' : 'previous';
              c.timing.key = hit;
              if (c.timing.restoredFrom === 'previous' || restoreExact) {
                const got = await actionsCache().restoreCache([dir], hit);
                const size = fileSize(join(dir, 'mount.tar'));
                if (got && size !== null) {
                  c.download = true;
                  c.timing.restoredBytes = size;
                } else c.timing.note = 'the entry could not be downloaded';
              }
            }
          } else {
            const misses: string[] = [];
            for (const ref of c.readRefs) {
              const r = await docker(['buildx', 'imagetools', 'inspect', ...(inputs.builder ? ['--builder', inputs.builder] : []), '--raw', ref], {
                env: req.env,
                timeoutMs: 60_000
              });
              if (r.code !== 0) {
                misses.push(`${ref}: ${lastLines(r.output, 1)}`);
                continue;
              }
              // the save annotates the manifest with the content hash of the lockfiles it was saved with
              c.timing.restoredFrom = manifestKey(r.output) === c.hash ? 'exact' : 'previous';
              c.timing.restoredBytes = layerBytes(r.output);
              c.timing.key = ref;
              if (c.timing.restoredFrom === 'previous' || restoreExact) {
                c.from = ref;
                c.download = true;
              }
              break;
            }
            if (c.timing.restoredFrom === null) {
              c.timing.note = 'nothing saved yet';
              log.info(`cache mount ${c.mount.id}: nothing saved yet (${misses.join('; ')})`);
            }
          }
          if (c.timing.restoredFrom === 'exact' && !c.download) {
            c.timing.note = 'saved with these lockfiles: its step is expected from the build cache, so not restored';
            log.info(
              `cache mount ${c.mount.id}: ${c.timing.key} was saved with these lockfiles; its step is expected from the build cache, so it is not restored`
            );
          }
        } catch (e) {
          c.timing.note = `restore failed: ${(e as Error).message}`;
          log.warning(`cache mount ${c.mount.id}: restore failed (the build goes on with an empty cache mount): ${(e as Error).message}`);
        }
        c.timing.restoreMs = Date.now() - t0;
      })
    );
    const found = carried.filter((c) => c.download);
    if (found.length === 0) return;
    const ctxDir = join(work, 'restore-context');
    mkdirSync(ctxDir, { recursive: true });
    if (storage.kind === 'gha') for (const c of found) move(ghaEntry(c).dir, join(ctxDir, c.slot));
    const file = join(work, 'Dockerfile.restore');
    writeFileSync(
      file,
      restoreDockerfile(
        found[0].image,
        found.map((c) => ({ ...c.mount, slot: c.slot, from: c.from ?? null })),
        `restore-${randomUUID()}`
      )
    );
    const t0 = Date.now();
    const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', 'type=cacheonly', ctxDir], { env: req.env, timeoutMs: 30 * 60_000 });
    const injectMs = Date.now() - t0;
    rmSync(ctxDir, { recursive: true, force: true });
    const slots = parseScratchOutput(r.output);
    for (const c of found) {
      c.timing.restoreMs += injectMs;
      const s = slots.get(c.slot);
      if (r.code === 0 && s?.status === 'restored') {
        c.timing.restored = true;
        log.info(
          `cache mount ${c.mount.id}: restored ${c.timing.restoredFrom === 'exact' ? 'the contents saved with these lockfiles' : 'the contents saved with earlier lockfiles'} from ${c.timing.key} (${c.timing.restoredBytes ?? '?'} bytes) in ${c.timing.restoreMs} ms`
        );
      } else {
        c.timing.note = `restore build failed${s ? ` (${s.status})` : ''}`;
        log.warning(`cache mount ${c.mount.id}: could not be restored into the builder (the build goes on with an empty cache mount):\n${lastLines(r.output)}`);
      }
    }
  });
  const restoreMs = Date.now() - restoreStart;

  // ---- save ------------------------------------------------------------------
  return async (report, exitCode) => {
    const saveStart = Date.now();
    const limitKb = Math.floor(maxSizeBytes / 1024);
    const toSave: Carried[] = [];
    // a pull request without cache-write-on-pr: no gha write, no registry cache-to ref
    const canWrite = (c: Carried) => (storage.kind === 'gha' ? storage.write : c.writeRef !== null);
    for (const c of carried) {
      const ran = mountStepsRan(c.mount, report?.steps ?? null);
      c.timing.stepRan = ran.ran;
      const why = !ran.ran
        ? 'the steps that use it were cached: nothing new to save'
        : !ran.known && exitCode !== 0
          ? 'the build failed and its steps are unknown'
          : ran.failed
            ? 'the step that uses it failed'
            : !canWrite(c)
              ? 'pull request builds do not save (cache-write-on-pr: false)'
              : c.timing.restoredFrom === 'exact'
                ? `already saved with these lockfiles${c.timing.restored ? '' : ' (the build cache did not have its step, so it ran without them)'}`
                : null;
      if (why) {
        if (ran.ran || !c.timing.note || c.timing.restored) c.timing.note = why;
      } else toSave.push(c);
    }
    if (toSave.length > 0) {
      await log.group(`Cache mounts: save ${toSave.length} to ${where}`, async () => {
        try {
          if (storage.kind === 'gha') await saveToActionsCache(toSave);
          else await Promise.all(toSave.map(saveToRegistry));
        } catch (e) {
          log.warning(`cache mounts: save failed: ${(e as Error).message}`);
        }
      });
    }
    return {
      storage: storage.kind === 'gha' ? 'gha' : 'registry',
      restoreMs,
      saveMs: toSave.length ? Date.now() - saveStart : 0,
      maxSizeBytes,
      mounts: [...carried.map((c) => c.timing), ...skipped]
    };

    async function saveToActionsCache(list: Carried[]): Promise<void> {
      const out = join(work, 'save-out');
      rmSync(out, { recursive: true, force: true });
      const file = join(work, 'Dockerfile.save');
      const image = list[0].image;
      writeFileSync(
        file,
        saveDockerfile(
          image,
          list.map((c) => ({ ...c.mount, slot: c.slot })),
          { limitKb, nonce: `save-${randomUUID()}` }
        )
      );
      const empty = join(work, 'empty-context');
      mkdirSync(empty, { recursive: true });
      const t0 = Date.now();
      const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', `type=local,dest=${out}`, empty], { env: req.env, timeoutMs: 30 * 60_000 });
      const extractMs = Date.now() - t0;
      const slots = parseScratchOutput(r.output);
      if (r.code !== 0) {
        for (const c of list) c.timing.note = 'save build failed';
        log.warning(`cache mounts: could not take the contents out of the builder (nothing saved):\n${lastLines(r.output)}`);
        return;
      }
      await Promise.all(
        list.map(async (c) => {
          const s = slots.get(c.slot);
          c.timing.saveMs = extractMs;
          if (s?.kb !== null && s?.kb !== undefined) c.timing.savedBytes = s.kb * 1024;
          if (s?.status !== 'saved') {
            noteNotSaved(c, s?.status ?? 'missing', s?.kb ?? null);
            return;
          }
          const t1 = Date.now();
          try {
            const { dir, key } = ghaEntry(c);
            mkdirSync(dir, { recursive: true });
            rmSync(join(dir, 'mount.tar'), { force: true });
            renameSync(join(out, c.slot, 'mount.tar'), join(dir, 'mount.tar'));
            const id = await actionsCache().saveCache([dir], key);
            if (id === -1) {
              c.timing.note = 'the Actions cache did not take it (see the lines above)';
              log.warning(`cache mount ${c.mount.id}: not saved (the Actions cache did not take ${key})`);
            } else {
              c.timing.saved = true;
              c.timing.key = key;
              c.timing.note = null;
              log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${key}`);
            }
          } catch (e) {
            c.timing.note = `save failed: ${(e as Error).message}`;
            log.warning(`cache mount ${c.mount.id}: not saved: ${(e as Error).message}`);
          }
          c.timing.saveMs += Date.now() - t1;
        })
      );
      rmSync(out, { recursive: true, force: true });
    }

    async function saveToRegistry(c: Carried): Promise<void> {
      // only mounts with a ref to write are saved (the `why` above)
      const writeRef = c.writeRef;
      if (!writeRef) throw new Error(`cache mount ${c.mount.id}: no registry ref to save to`);
      const file = join(work, `Dockerfile.save-${c.slot}`);
      const labels = { 'org.buildstage.cache-mount.id': c.mount.id, [ANNOTATION]: c.hash };
      writeFileSync(file, saveDockerfile(c.image, [{ ...c.mount, slot: c.slot }], { limitKb, nonce: `save-${randomUUID()}`, registry: { labels } }));
      const empty = join(work, 'empty-context');
      mkdirSync(empty, { recursive: true });
      const t0 = Date.now();
      const output = `type=image,name=${writeRef},push=true,oci-mediatypes=true,compression=zstd,annotation.${ANNOTATION}=${c.hash}`;
      const r = await docker(['buildx', 'build', ...common, '--provenance=false', '-f', file, '--output', output, empty], {
        env: req.env,
        timeoutMs: 30 * 60_000
      });
      c.timing.saveMs = Date.now() - t0;
      const s = parseScratchOutput(r.output).get(c.slot);
      if (s?.kb !== null && s?.kb !== undefined) c.timing.savedBytes = s.kb * 1024;
      if (r.code === 0 && s?.status === 'saved') {
        c.timing.saved = true;
        c.timing.key = writeRef;
        c.timing.note = null;
        log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${writeRef}`);
      } else if (s && s.status !== 'saved') noteNotSaved(c, s.status, s.kb);
      else {
        c.timing.note = 'save build failed';
        log.warning(`cache mount ${c.mount.id}: not saved to ${writeRef}:\n${lastLines(r.output)}`);
      }
    }

    function noteNotSaved(c: Carried, status: string, kb: number | null): void {
      if (status === 'too-big') {
        c.timing.note = `larger than cache-mounts-max-size (${kb} KiB > ${limitKb} KiB): not saved`;
        log.warning(
          `cache mount ${c.mount.id}: ${Math.round((kb ?? 0) / 1024)} MiB is over cache-mounts-max-size (${Math.round(limitKb / 1024)} MiB), so it was not saved; raise the limit or trim the cache in the step`
        );
      } else if (status === 'empty') c.timing.note = 'empty after the build: nothing to save (is the target the directory the tool caches in?)';
      else {
        c.timing.note = `save build: ${status}`;
        log.warning(`cache mount ${c.mount.id}: not saved (${status})`);
      }
    }
  };
}
