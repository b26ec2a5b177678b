// `targets: changed`: which bake targets a change touches, as src/monorepo/changed.ts
// decides it for a matrix, but from what each target's build reads: its Dockerfile, the
// paths its COPY/ADD instructions take from the context (the whole context for `COPY . .`
// or a Dockerfile that cannot be read), the context's .dockerignore, and its additional
// local contexts. Pure: the shell passes the changed files (git diff) and the Dockerfiles.
import { posix } from 'node:path';
import { copySources, parseDockerfileModel, WHOLE_CONTEXT } from '../dockerfile/model.js';
import type { BakeDefinition } from './plan.js';

export interface TargetDecision {
  name: string;
  build: boolean;
  /** The changed files that triggered the build, or why it is skipped. */
  reason: string;
  /** Paths (relative to the repository root) whose change rebuilds the target. */
  inputs: string[];
}

const isRemote = (c: string) => /^(https?:\/\/|git@|git:\/\/|github\.com\/|docker-image:\/\/|target:|oci-layout:\/\/)/.test(c);

const under = (file: string, dir: string) => dir === '' || dir === '.' || file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);

/** The literal part of a COPY source before its first wildcard: `src/*.ts` → `src`. */
function literalPrefix(src: string): string {
  const cut = src.search(/[*?[]/);
  const lit = cut < 0 ? src : src.slice(0, cut);
  return cut < 0 ? lit : posix.dirname(`${lit}x`);
}

const norm = (p: string) => {
  const n = posix.normalize(p).replace(/\/$/, '');
  return n === '.' ? '' : n.replace(/^\.\//, '');
};

/**
 * The inputs of one target, relative to the repository root. `bakeDir` is the directory
 * bake resolves contexts against, relative to the repository root.
 */
export function targetInputs(def: NonNullable<BakeDefinition['target']>[string], bakeDir: string, dockerfileText: string | null): string[] {
  const context = def.context ?? '.';
  if (isRemote(context)) return [];
  const ctx = norm(posix.join(bakeDir, context));
  const dockerfile = def.dockerfile ?? 'Dockerfile';
  const inputs: string[] = [];
  const add = (p: string) => {
    if (!inputs.includes(p)) inputs.push(p);
  };
  add(norm(dockerfile.startsWith('/') ? dockerfile : posix.join(ctx, dockerfile)));
  let sources: string[] | null = null;
  if (dockerfileText !== null) {
    try {
      sources = parseDockerfileModel(dockerfileText).flatMap((s) => s.instructions.flatMap(copySources));
    } catch {
      sources = null;
    }
  }
  if (sources === null || sources.some((s) => WHOLE_CONTEXT.has(s) || isRemote(s))) add(ctx);
  else {
    for (const s of sources) if (!/^\$/.test(s)) add(norm(posix.join(ctx, literalPrefix(s))));
    add(norm(posix.join(ctx, '.dockerignore')));
  }
  for (const c of Object.values(def.contexts ?? {})) if (!isRemote(c)) add(norm(posix.join(bakeDir, c)));
  return inputs;
}

export function decideTargets(names: string[], inputsOf: (name: string) => string[], changedFiles: string[], baseRef: string): TargetDecision[] {
  return names.map((name) => {
    const inputs = inputsOf(name);
    // a remote context: nothing here says it did not change
    if (inputs.length === 0) return { name, build: true, reason: 'remote context: always built', inputs };
    const hits = changedFiles.filter((f) => inputs.some((i) => under(f, i)));
    return {
      name,
      build: hits.length > 0,
      reason: hits.length
        ? `changed: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}`
        : `skipped: nothing it builds from changed since ${baseRef} (${inputs.slice(0, 6).join(', ')}${inputs.length > 6 ? ', …' : ''})`,
      inputs
    };
  });
}
