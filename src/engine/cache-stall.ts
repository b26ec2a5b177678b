// A cache import or export that stalls (a cache service or registry that accepts the
// connection and never answers, or rate-limits forever: BuildKit's gha client retries a 429
// without end, and the registry cache has no timeout at all). While BuildKit waits on such a
// request the builder starts no other build, even after buildx is interrupted (seen on both
// the docker driver and a docker-container builder), so a stalled import cannot be retried
// in place. Hence: before the build, every cache source is asked once with a timeout and one
// that does not answer is left out; during the build, runBuildx stops buildx when a cache
// vertex makes no progress for the bound below. An export that stalled after the image was
// exported leaves a good build (checked in the registry when pushing); an import that
// stalled (the source stopped answering after it was asked) ends the build, within the bound.
import { spawn } from 'node:child_process';
import { cacheEntry } from '../common/buildx-entry.js';
import { isLoopbackRegistry, parseImageRef } from '../plan/image-ref.js';
import { registryBaseUrl } from './registry.js';
import { readRawjsonFile } from '../timing/rawjson-parser.js';
import { classifyVertex, listOf } from '../timing/vertex.js';
import type { Stall } from './run-buildx.js';

/**
 * The bound: 300 s without a single status from buildx while only a cache transfer runs.
 * Any status (a layer's bytes, a log line) resets it, so a slow transfer that moves is
 * never stopped. BUILDSTAGE_CACHE_STALL_SECONDS changes it; 0 turns the watch off.
 */
export const DEFAULT_CACHE_STALL_SECONDS = 300;

export function cacheStallMs(env: NodeJS.ProcessEnv): number {
  const v = env.BUILDSTAGE_CACHE_STALL_SECONDS;
  const n = v === undefined || v.trim() === '' ? DEFAULT_CACHE_STALL_SECONDS : Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000) : DEFAULT_CACHE_STALL_SECONDS * 1000;
}

/** One line for the log and the summary. */
export function stallNote(s: Stall, boundMs: number): string {
  const what = s.kind === 'cache-import' ? 'cache import stalled' : 'cache export stalled';
  return `${what}: "${s.vertex}" made no progress for ${Math.round(s.silentMs / 1000)} s (the bound is ${Math.round(boundMs / 1000)} s, BUILDSTAGE_CACHE_STALL_SECONDS), so the action stopped waiting for it`;
}

/** What a stalled import vertex reads from: a cache type (`gha`, `s3`...) or a registry host. */
export function stalledSource(vertex: string): { type: string } | { host: string } | null {
  const from = /^importing cache manifest from (\S+)/.exec(vertex)?.[1];
  if (!from) return null;
  if (from.includes('/')) return { host: from.split('/')[0] };
  const type = /^([a-z0-9]+):/.exec(from)?.[1];
  return type ? { type } : null;
}

/** The argv without the --cache-from and --cache-to entries of the source that stalled. */
export function withoutStalledCache(argv: string[], vertex: string): string[] {
  const src = stalledSource(vertex);
  const hit = (entry: string): boolean => {
    if (!src) return true;
    const { type, fields } = cacheEntry(entry);
    if ('type' in src) return type === src.type;
    return (fields.get('ref') ?? '').split('/')[0] === src.host;
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--cache-from' || argv[i] === '--cache-to') && i + 1 < argv.length && hit(argv[i + 1])) {
      i++;
      continue;
    }
    out.push(argv[i]);
  }
  return out;
}

/**
 * The image export (and push) finished without an error before the build was stopped, and no
 * step failed. A build with no output (cache only) has nothing to export.
 */
export async function imageExported(rawjsonFile: string, expectOutput = true): Promise<boolean> {
  const state = new Map<string, { name: string; done: boolean; error: boolean }>();
  try {
    for await (const s of readRawjsonFile(rawjsonFile)) {
      for (const v of listOf(s.vertexes)) {
        if (!v || typeof v.digest !== 'string') continue;
        const st = state.get(v.digest) ?? { name: '', done: false, error: false };
        if (typeof v.name === 'string') st.name = v.name;
        if (v.completed) st.done = true;
        if (v.error) st.error = true;
        state.set(v.digest, st);
      }
    }
  } catch {
    return false;
  }
  const exports = [...state.values()].filter((v) => ['export', 'push'].includes(classifyVertex(v.name)));
  const steps = [...state.values()].filter((v) => classifyVertex(v.name) === 'step');
  if (!steps.every((v) => v.done && !v.error)) return false;
  return expectOutput ? exports.length > 0 && exports.every((v) => v.done && !v.error) : exports.every((v) => v.done && !v.error);
}

/** The gha cache service's Twirp API, as BuildKit and @actions/cache call it. */
const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL';

/**
 * Before the build: does the GitHub Actions cache service answer? BuildKit's gha client waits
 * without end for a request the service holds, and retries a 429 without end; a cancelled
 * build stuck there can hold the builder for the next one. One read-only lookup with a
 * timeout tells the action to build without the gha cache instead. Returns why it is not
 * usable, or null when it answered (any answer but a lasting 429: errors BuildKit skips).
 */
export async function ghaServiceProblem(env: NodeJS.ProcessEnv, timeoutMs = 10_000): Promise<string | null> {
  const base = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (!base || !token) return null;
  const url = `${base.replace(/\/?$/, '/')}${TWIRP}`;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ key: 'buildstage-probe', restore_keys: [], version: '0'.repeat(64) }),
        signal: AbortSignal.timeout(timeoutMs)
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status !== 429) return null;
      const wait = Math.min(5, Number(res.headers.get('retry-after')) || 1);
      if (attempt >= 2) return `it answers 429 (rate limited) to every request`;
      await new Promise((r) => setTimeout(r, wait * 1000));
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return `it did not answer in ${Math.round(timeoutMs / 1000)} s`;
      // refused or reset: BuildKit gets the same error at once and goes on without the cache
      return null;
    }
  }
}

/** A registry cache source: does its registry answer a manifest request in time? (A 404 or 401 is an answer.) */
export async function registryCacheProblem(ref: string, env: NodeJS.ProcessEnv, timeoutMs = 10_000): Promise<string | null> {
  let r;
  try {
    r = parseImageRef(ref);
  } catch {
    return null;
  }
  const late = `it did not answer in ${Math.round(timeoutMs / 1000)} s`;
  if (isLoopbackRegistry(r.registry)) {
    try {
      const res = await fetch(`${registryBaseUrl(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, {
        method: 'HEAD',
        signal: AbortSignal.timeout(timeoutMs)
      });
      await res.arrayBuffer().catch(() => undefined);
      return null;
    } catch (e) {
      const name = (e as Error).name;
      return name === 'TimeoutError' || name === 'AbortError' ? late : null;
    }
  }
  // other registries with the docker CLI's credentials; the child is killed at the timeout
  return new Promise((resolve) => {
    const child = spawn('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref], { env, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(late);
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

export interface CacheSourceProblem {
  /** What the stall handling reads: `importing cache manifest from gha:` or `… from <ref>`. */
  vertex: string;
  /** For the warning: `the GitHub Actions cache service`, `the cache registry 127.0.0.1:5000`. */
  label: string;
  problem: string;
}

/** Asks each cache source of the argv (gha, registry refs) once, in parallel; those that do not answer. */
export async function probeCacheSources(argv: string[], env: NodeJS.ProcessEnv, timeoutMs = 10_000): Promise<CacheSourceProblem[]> {
  const from = argv.filter((_a, i) => argv[i - 1] === '--cache-from');
  const probes: Array<Promise<CacheSourceProblem | null>> = [];
  if (from.some((e) => /(^|,)type=gha(,|$)/.test(e))) {
    probes.push(
      ghaServiceProblem(env, timeoutMs).then((problem) =>
        problem ? { vertex: 'importing cache manifest from gha:', label: 'the GitHub Actions cache service', problem } : null
      )
    );
  }
  const hosts = new Map<string, string>();
  for (const e of from) {
    const { type, fields } = cacheEntry(e);
    const ref = fields.get('ref');
    if (type !== 'registry' || !ref) continue;
    const host = ref.split('/')[0];
    if (!hosts.has(host)) hosts.set(host, ref);
  }
  for (const [host, ref] of hosts) {
    probes.push(
      registryCacheProblem(ref, env, timeoutMs).then((problem) =>
        problem ? { vertex: `importing cache manifest from ${ref}`, label: `the cache registry ${host}`, problem } : null
      )
    );
  }
  return (await Promise.all(probes)).filter((p): p is CacheSourceProblem => p !== null);
}
