// Which registries a build touches, and how: the images it pushes and the registry
// caches it reads or writes. Pure. The shell logs in to every ECR registry in this list
// whether or not the build pushes (a pull request build with `push: false` still reads
// the registry cache), and creates or checks repositories only where it pushes.
import type { BuildPlan } from './build-plan.js';
import { ecrRegistryOf, parseImageRef, type EcrRegistry } from './image-ref.js';

export interface RepositoryAccess {
  repository: string;
  /** An image tag of this build is pushed here. */
  push: boolean;
  /** A registry cache is read from here (cache-from). */
  cacheRead: boolean;
  /** A registry cache is written here (cache-to). */
  cacheWrite: boolean;
}

export interface RegistryAccess {
  registry: string;
  ecr: EcrRegistry | null;
  repositories: RepositoryAccess[];
}

/** Splits one cache entry (`type=registry,ref=...,mode=max`, CSV with optional quotes) into its fields. */
export function cacheEntryFields(entry: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of entry) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  for (const p of parts) {
    const s = p.trim();
    if (!s) continue;
    const eq = s.indexOf('=');
    // buildx reads a bare value (`user/app:cache`) as type=registry,ref=<value>
    if (eq < 0) fields.ref = s;
    else fields[s.slice(0, eq).trim().toLowerCase()] = s.slice(eq + 1).trim();
  }
  if (!fields.type && fields.ref) fields.type = 'registry';
  return fields;
}

/** The image refs of the registry-backed entries in a cache-from/cache-to list. */
export function registryCacheRefs(entries: string[]): string[] {
  const refs: string[] = [];
  for (const e of entries) {
    const f = cacheEntryFields(e);
    if (f.type === 'registry' && f.ref) refs.push(f.ref);
  }
  return refs;
}

export function registryAccess(plan: Pick<BuildPlan, 'tags' | 'push'> & { cache: Pick<BuildPlan['cache'], 'cacheFrom' | 'cacheTo'> }): RegistryAccess[] {
  const out: RegistryAccess[] = [];
  const add = (ref: string, kind: 'push' | 'cacheRead' | 'cacheWrite') => {
    let r;
    try {
      r = parseImageRef(ref);
    } catch {
      return; // the planner has already refused bad tags; a bad hand-written cache ref is buildx's to report
    }
    let reg = out.find((x) => x.registry === r.registry);
    if (!reg) out.push((reg = { registry: r.registry, ecr: ecrRegistryOf(r.registry), repositories: [] }));
    let repo = reg.repositories.find((x) => x.repository === r.repository);
    if (!repo) reg.repositories.push((repo = { repository: r.repository, push: false, cacheRead: false, cacheWrite: false }));
    repo[kind] = true;
  };
  if (plan.push) for (const t of plan.tags) add(t, 'push');
  for (const ref of registryCacheRefs(plan.cache.cacheFrom)) add(ref, 'cacheRead');
  for (const ref of registryCacheRefs(plan.cache.cacheTo)) add(ref, 'cacheWrite');
  return out;
}
