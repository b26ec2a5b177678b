// Cache flags per backend, so that nobody writes cache strings by hand. Pure.
//
//   gha       type=gha,scope=<image>[-<target>][-<platform>]; mode=max, ignore-error on export.
//             A pull request reads the base branch's entries (GitHub scopes caches by ref,
//             and a PR may read its base branch's); it writes only with cache-write-on-pr.
//   registry  ref=<image>:buildcache (cache-ref overrides); branches other than the default
//             use <image>:buildcache-<branch>; a PR reads its own branch's cache and the
//             default branch's. mode=max, image-manifest=true, oci-mediatypes=true (ECR needs
//             them), ignore-error=true.
//   local     a directory restored/saved with the Actions cache (exported to a fresh dir
//             and swapped in after the build, so it does not grow without bound).
//   inline    cache in the pushed image's config; read back from its first tag.
//   none      nothing.
// Explicit cache-from/cache-to inputs win over all of this.
import type { CacheBackend } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { versionAtLeast, versionOf } from '../common/version.js';
import { branchOf, isDefaultBranch, isPullRequest, type GitContext } from './git-context.js';
import { parseImageRef } from './image-ref.js';
import { slug } from '../common/slug.js';
import { cacheEntry } from '../common/buildx-entry.js';

export type ResolvedCacheBackend = Exclude<CacheBackend, 'auto'> | 'explicit';

export interface CachePlan {
  backend: ResolvedCacheBackend;
  /** Why this backend (for the log and summary). */
  reason: string;
  cacheFrom: string[];
  cacheTo: string[];
  /** Notes for the log: `auto` falling back for lack of the cache service, hand-written gha entries buildx will drop. */
  warnings: string[];
  /** For `local`: the directory buildx reads, the one it writes, and the Actions cache key. */
  local?: { dir: string; exportDir: string; key: string; restoreKeys: string[] };
}

export interface CachePlanInput {
  backend: CacheBackend;
  explicitFrom: string[];
  explicitTo: string[];
  /** Image names (without tag) of this build; the first is used for refs and scopes. */
  images: string[];
  /** Full tags; inline reads its cache back from the first one. */
  tags: string[];
  platforms: string[];
  target: string;
  push: boolean;
  ctx: GitContext;
  cacheRef: string;
  cacheScope: string;
  writeOnPr: boolean;
  cacheDir: string;
  /** Runner temp dir for the local backend's default directory. */
  tempDir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The variables of the GitHub Actions cache service that are not set. buildx fills a
 * `type=gha` entry's `token` from ACTIONS_RUNTIME_TOKEN and its `url`/`url_v2` from
 * ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL, and drops (silently) an entry that has no token
 * or no url. GitHub exposes them to actions (not to `run:` scripts) on its runners.
 */
export function missingCacheServiceVariables(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.ACTIONS_RUNTIME_TOKEN) missing.push('ACTIONS_RUNTIME_TOKEN');
  if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL) missing.push('ACTIONS_RESULTS_URL');
  return missing;
}

/** True on a GitHub runner that exposes the cache service to this step. */
export function hasActionsCacheService(env: NodeJS.ProcessEnv): boolean {
  return missingCacheServiceVariables(env).length === 0;
}

const describeMissing = (missing: string[]) =>
  missing.map((v) => (v === 'ACTIONS_RESULTS_URL' ? 'ACTIONS_RESULTS_URL (or ACTIONS_CACHE_URL)' : v)).join(' and ') + (missing.length > 1 ? ' are' : ' is');

const GHA_FIX =
  'run this step on a GitHub runner (the variables are given to actions there); elsewhere expose the runtime with crazy-max/ghaction-github-runtime before this step, or choose `cache: registry` or `cache: local`';

/** A hand-written `type=gha` entry buildx would drop: no token or no url, neither in the entry nor in the environment. */
function droppedGhaEntry(entry: string, env: NodeJS.ProcessEnv): string[] | null {
  const { type, fields } = cacheEntry(entry);
  if (type !== 'gha') return null;
  const has = (k: string) => Boolean(fields.get(k));
  const missing = missingCacheServiceVariables(env).filter((v) => (v === 'ACTIONS_RUNTIME_TOKEN' ? !has('token') : !has('url') && !has('url_v2')));
  return missing.length ? missing : null;
}

/** The part of an image that names its cache: registry/repository without tag. */
function imageKey(images: string[], tags: string[]): string | null {
  const first = images[0] ?? tags[0];
  if (!first) return null;
  const ref = parseImageRef(first);
  return ref.name;
}

export function defaultScope(input: Pick<CachePlanInput, 'images' | 'tags' | 'target' | 'platforms'>): string {
  const key = imageKey(input.images, input.tags);
  const parts = [key ? key.split('/').slice(-2).join('-') : 'default'];
  if (input.target) parts.push(input.target);
  if (input.platforms.length === 1) parts.push(input.platforms[0].replace(/\//g, '-'));
  else if (input.platforms.length > 1) parts.push(input.platforms.map((p) => p.replace(/\//g, '-')).join('+'));
  return slug(parts.join('-'), 100);
}

export function resolveBackend(input: Pick<CachePlanInput, 'backend' | 'explicitFrom' | 'explicitTo' | 'push' | 'env'>): {
  backend: ResolvedCacheBackend;
  reason: string;
} {
  if (input.explicitFrom.length > 0 || input.explicitTo.length > 0) {
    return { backend: 'explicit', reason: 'cache-from/cache-to given: used as written' };
  }
  if (input.backend !== 'auto') return { backend: input.backend, reason: `cache: ${input.backend}` };
  if (hasActionsCacheService(input.env)) return { backend: 'gha', reason: 'auto: this runner exposes the GitHub Actions cache service' };
  if (input.push) return { backend: 'registry', reason: 'auto: pushing, so the cache lives next to the image in the registry' };
  return { backend: 'local', reason: 'auto: not pushing and no Actions cache service, so a local cache directory' };
}

/** The notes of a plan: `auto` without the cache service, and hand-written gha entries buildx would drop. */
function cacheWarnings(input: CachePlanInput, backend: ResolvedCacheBackend): string[] {
  const warnings: string[] = [];
  const missing = missingCacheServiceVariables(input.env);
  if (input.backend === 'auto' && (backend === 'registry' || backend === 'local')) {
    warnings.push(
      `cache: auto uses the ${backend} cache: the GitHub Actions cache service is not available to this step (${describeMissing(missing)} not set). On a GitHub runner the action gets them; elsewhere expose them with crazy-max/ghaction-github-runtime, or set \`cache: ${backend}\` to choose it explicitly`
    );
  }
  if (backend === 'explicit') {
    for (const [name, entries] of [
      ['cache-from', input.explicitFrom],
      ['cache-to', input.explicitTo]
    ] as const) {
      for (const entry of entries) {
        const dropped = droppedGhaEntry(entry, input.env);
        if (dropped) {
          warnings.push(
            `Input "${name}": "${entry}" is type=gha but ${describeMissing(dropped)} not set, so buildx will leave this cache out without a word; run this step on a GitHub runner, expose the runtime with crazy-max/ghaction-github-runtime before this step, give url= and token= in the entry, or use another cache type (e.g. drop cache-from/cache-to and set \`cache: registry\`)`
          );
        }
      }
    }
  }
  return warnings;
}

export function planCache(input: CachePlanInput): CachePlan {
  const { backend, reason } = resolveBackend(input);
  if (backend === 'gha') {
    const missing = missingCacheServiceVariables(input.env);
    if (missing.length) {
      throw new InputError(
        'cache',
        `gha needs the GitHub Actions cache service, but ${describeMissing(missing)} not set, and buildx would leave the cache out without a word`,
        GHA_FIX
      );
    }
  }
  const pr = isPullRequest(input.ctx);
  const writeAllowed = !pr || input.writeOnPr;
  const warnings = cacheWarnings(input, backend);
  const plan = planCacheFlags(input, backend, reason, writeAllowed);
  return { ...plan, warnings };
}

function planCacheFlags(input: CachePlanInput, backend: ResolvedCacheBackend, reason: string, writeAllowed: boolean): Omit<CachePlan, 'warnings'> {
  const pr = isPullRequest(input.ctx);
  switch (backend) {
    case 'explicit':
      return { backend, reason, cacheFrom: input.explicitFrom, cacheTo: input.explicitTo };
    case 'none':
      return { backend, reason, cacheFrom: [], cacheTo: [] };
    case 'gha': {
      const scope = input.cacheScope || defaultScope(input);
      const from = [`type=gha,scope=${scope}`];
      const to = writeAllowed ? [`type=gha,scope=${scope},mode=max,ignore-error=true`] : [];
      return { backend, reason, cacheFrom: from, cacheTo: to };
    }
    case 'registry': {
      const key = imageKey(input.images, input.tags);
      if (!key && !input.cacheRef) {
        throw new InputError('cache', 'the registry cache needs an image to store its cache next to', 'set `tags` or `images`, or `cache-ref`');
      }
      const base = input.cacheRef || `${key}:buildcache`;
      if (input.cacheRef) parseImageRef(input.cacheRef);
      const branch = pr ? input.ctx.headRef : branchOf(input.ctx);
      const own = !branch || isDefaultBranch(input.ctx) ? base : `${base}-${slug(branch, 60)}`;
      const from = own === base ? [`type=registry,ref=${base}`] : [`type=registry,ref=${own}`, `type=registry,ref=${base}`];
      const to = writeAllowed ? [`type=registry,ref=${own},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`] : [];
      return { backend, reason, cacheFrom: from, cacheTo: to };
    }
    case 'inline': {
      const first = input.tags[0];
      const from = first ? [`type=registry,ref=${first}`] : [];
      return { backend, reason, cacheFrom: from, cacheTo: ['type=inline'] };
    }
    case 'local': {
      const scope = input.cacheScope || defaultScope(input);
      const dir = input.cacheDir || `${input.tempDir.replace(/\/$/, '')}/buildstage-cache/${scope}`;
      const exportDir = `${dir}-new`;
      const keyBase = `buildstage-buildx-${scope}-`;
      return {
        backend,
        reason,
        cacheFrom: [`type=local,src=${dir}`],
        cacheTo: [`type=local,dest=${exportDir},mode=max,ignore-error=true`],
        local: { dir, exportDir, key: `${keyBase}${input.ctx.sha || 'local'}`, restoreKeys: [keyBase] }
      };
    }
  }
}

/**
 * GitHub's cache service speaks only its v2 protocol now; BuildKit uses it from
 * buildx 0.21.0 / BuildKit 0.20.0 (Docker Engine 28 for the docker driver).
 * Returns the upgrade advice, or null when the versions are fine.
 */
export function ghaVersionProblem(buildxVersion: string | null, buildkitVersion: string | null, driver: string | null): string | null {
  const bx = versionOf(buildxVersion);
  if (versionAtLeast(bx, '0.21.0') === false) {
    return `buildx ${bx} only speaks the retired v1 GitHub cache protocol; the gha cache needs buildx >= 0.21.0 (add docker/setup-buildx-action, which installs a current buildx, or choose cache: registry)`;
  }
  const bk = versionOf(buildkitVersion);
  if (bk !== '0.0.0' && versionAtLeast(bk, '0.20.0') === false) {
    const where =
      driver === 'docker'
        ? " (the docker driver uses the engine's BuildKit: Docker Engine >= 28, or add docker/setup-buildx-action for a docker-container builder)"
        : ' (add docker/setup-buildx-action to get a current BuildKit)';
    return `BuildKit ${bk} only speaks the retired v1 GitHub cache protocol; the gha cache needs BuildKit >= 0.20.0${where}, or choose cache: registry`;
  }
  return null;
}

/** Cache types a driver can export. The docker driver without the containerd store exports only inline. */
export function driverCacheProblem(backend: ResolvedCacheBackend, cacheTo: string[], driver: string | null, containerdStore: boolean): string | null {
  if (driver !== 'docker' || containerdStore) return null;
  const exportsNonInline = cacheTo.some((c) => !/(^|,)type=inline(,|$)/.test(c));
  if (!exportsNonInline) return null;
  return `the builder uses the "docker" driver without the containerd image store, which cannot export the ${backend === 'explicit' ? 'requested' : backend} cache. Add docker/setup-buildx-action before this step (it creates a docker-container builder), enable the containerd image store in the engine, or choose cache: inline or cache: none`;
}
