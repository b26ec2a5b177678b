// Many images in one `docker buildx bake`: the resolved definition buildx prints
// (`bake --print -f … [targets]`, compose and HCL/JSON merged by buildx itself) → one
// plan per target (tags, labels, cache flags, the registries it touches) and the one
// bake argv that builds them all. Pure; the shell is src/bake/run.ts.
import type { CacheBackend } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { versionAtLeast } from '../common/version.js';
import { planCache, type CachePlan } from '../plan/cache.js';
import type { GitContext } from '../plan/git-context.js';
import { ecrRegistryOf, ImageRefError, parseImageRef } from '../plan/image-ref.js';
import { slug } from '../common/slug.js';
import { computeTags, ociLabels } from '../plan/tags.js';

/** One target of `docker buildx bake --print` (the fields buildstage reads). */
export interface BakeTargetDef {
  context?: string;
  dockerfile?: string;
  'dockerfile-inline'?: string;
  target?: string;
  tags?: string[];
  contexts?: Record<string, string>;
  'cache-from'?: Array<string | Record<string, string>>;
  'cache-to'?: Array<string | Record<string, string>>;
  platforms?: string[];
  args?: Record<string, string | null>;
  labels?: Record<string, string | null>;
  output?: Array<string | Record<string, string>>;
  network?: string;
  [k: string]: unknown;
}

export interface BakeDefinition {
  group?: Partial<Record<string, { targets?: string[] | null }>>;
  target?: Record<string, BakeTargetDef>;
}

export type BakeFileKind = 'compose' | 'hcl' | 'json';

/** compose.yml / docker-compose.yaml / anything .yml/.yaml → compose; .hcl → hcl; .json → json. */
export function bakeFileKind(path: string): BakeFileKind {
  if (/\.ya?ml$/i.test(path)) return 'compose';
  if (/\.json$/i.test(path)) return 'json';
  return 'hcl';
}

/** `--print` output (stdout of buildx; it may carry progress lines before the JSON on old versions). */
export function parseBakePrint(text: string): BakeDefinition {
  const start = text.indexOf('{');
  if (start < 0) throw new Error('buildx bake --print gave no JSON');
  const end = text.lastIndexOf('}');
  return JSON.parse(text.slice(start, end + 1)) as BakeDefinition;
}

/** A cache entry as buildx prints it (a CSV string, or an object on newer versions) → CSV. */
export function cacheEntryText(e: string | Record<string, string>): string {
  if (typeof e === 'string') return e;
  const { type, ...rest } = e;
  return [type ? `type=${type}` : '', ...Object.entries(rest).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join(',');
}

/** `bake-images`: `target=image` lines, an image name per target that overrides the definition's. */
export function parseImagesMapping(lines: string[], input = 'bake-images'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const eq = l.indexOf('=');
    if (eq <= 0) throw new InputError(input, `"${l}" is not target=image`, 'map each target to its image: `api=registry/shop/api` (one per line)');
    out[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
  }
  return out;
}

export interface BakeOptions {
  files: string[];
  /** Requested targets ([] = the default group, i.e. every service with a build section). */
  targets: string[];
  images: Record<string, string>;
  tagPrefix: string;
  push: boolean;
  cache: CacheBackend;
  cacheWriteOnPr: boolean;
  cacheDir: string;
  network: string;
  builder: string;
  ctx: GitContext;
  env: NodeJS.ProcessEnv;
  now: Date;
  tempDir: string;
  cacheRoot?: string;
  buildxVersion: string | null;
  /** Skip these (change detection), with the reason for each. */
  skip?: Record<string, string>;
}

export interface BakeTargetPlan {
  name: string;
  /** Image name without tag (from the images mapping, else the definition's first tag). */
  image: string | null;
  tags: string[];
  tagsComputed: boolean;
  labels: string[];
  cache: CachePlan;
  context: string;
  dockerfile: string;
  stage: string;
  contexts: Record<string, string>;
  platforms: string[];
  /** `--set` values for this target. */
  sets: string[];
}

export interface BakePlan {
  files: string[];
  targets: BakeTargetPlan[];
  skipped: Array<{ name: string; reason: string }>;
  push: boolean;
  argv: string[];
  registries: string[];
  warnings: string[];
  /** A compose override file for `network` on buildx versions whose bake has no network attribute. */
  overrideFile: { path: string; content: string } | null;
  paths: { metadataFile: string; rawjsonFile: string };
}

/** buildx versions whose bake reads `network` (older ones only from a compose `build.network`). */
export const BAKE_NETWORK_MIN = '0.14.0';

export function bakeSupportsNetwork(version: string | null): boolean {
  return versionAtLeast(version, BAKE_NETWORK_MIN) ?? true;
}

/** The targets to build: the requested ones, else the default group, else every target; unknown names are input errors. */
export function selectTargets(def: BakeDefinition, requested: string[]): string[] {
  const all = Object.keys(def.target ?? {});
  if (all.length === 0) {
    throw new InputError(
      'bake',
      'the definition has no target to build (a compose file needs services with a `build:` section; services with only `image:` are pulled, never built)',
      'add a `build:` section to the services to build, or list a docker-bake.hcl'
    );
  }
  if (requested.length === 0) {
    const group = def.group?.default?.targets ?? [];
    const names = group.filter((t) => all.includes(t));
    return names.length ? names : all;
  }
  const unknown = requested.filter((t) => !all.includes(t) && !(def.group?.[t]?.targets ?? []).length);
  if (unknown.length) {
    throw new InputError(
      'targets',
      `unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`,
      `use one of ${all.join(', ')} (or leave \`targets\` empty for all)`
    );
  }
  const out: string[] = [];
  for (const r of requested) for (const t of all.includes(r) ? [r] : (def.group?.[r]?.targets ?? [])) if (!out.includes(t) && all.includes(t)) out.push(t);
  return out;
}

function imageOf(name: string, def: BakeTargetDef, mapping: Record<string, string>): string | null {
  const raw = mapping[name] ?? def.tags?.[0];
  if (!raw) return null;
  try {
    return parseImageRef(raw).name;
  } catch (e) {
    if (e instanceof ImageRefError) throw new InputError(mapping[name] ? 'bake-images' : 'bake', `target "${name}": ${e.message}`, 'fix the image name');
    throw e;
  }
}

export function planBake(def: BakeDefinition, o: BakeOptions): BakePlan {
  const warnings: string[] = [];
  const names = selectTargets(def, o.targets);
  const defined: Partial<Record<string, BakeTargetDef>> = def.target ?? {};
  for (const k of Object.keys(o.images)) {
    if (!defined[k])
      throw new InputError('bake-images', `"${k}" is not a target of the bake definition`, `map one of ${Object.keys(def.target ?? {}).join(', ')}`);
  }
  const skipped = names.filter((n) => o.skip?.[n]).map((n) => ({ name: n, reason: o.skip?.[n] as string }));
  const build = names.filter((n) => !o.skip?.[n]);
  const targets: BakeTargetPlan[] = [];
  for (const name of build) {
    const d = (def.target ?? {})[name];
    const image = imageOf(name, d, o.images);
    let tags: string[] = [];
    let labels: string[] = [];
    let tagsComputed = false;
    if (image) {
      const c = computeTags([image], o.ctx, o.tagPrefix);
      tags = c.tags;
      tagsComputed = true;
      const own = new Set(Object.keys(d.labels ?? {}));
      labels = ociLabels(o.ctx, c.version, o.now).filter((l) => !own.has(l.split('=')[0]));
    } else if (o.push) {
      throw new InputError(
        'bake-images',
        `target "${name}" has no image to push to`,
        `give the service an \`image:\` (compose), \`tags\` (bake file), or map it in \`bake-images\`: ${name}=registry/name`
      );
    }
    const explicitFrom = (d['cache-from'] ?? []).map(cacheEntryText);
    const explicitTo = (d['cache-to'] ?? []).map(cacheEntryText);
    const platforms = d.platforms ?? [];
    let cache: CachePlan;
    try {
      cache = planCache({
        backend: o.cache,
        explicitFrom,
        explicitTo,
        images: image ? [image] : [],
        tags,
        platforms,
        target: d.target ?? '',
        push: o.push,
        ctx: o.ctx,
        cacheRef: '',
        // without an image the target's name keeps the scopes apart
        cacheScope: image ? '' : slug(`bake-${name}${d.target ? `-${d.target}` : ''}`, 100),
        writeOnPr: o.cacheWriteOnPr,
        cacheDir: o.cacheDir ? `${o.cacheDir.replace(/\/$/, '')}/${slug(name, 60)}` : '',
        tempDir: o.cacheRoot ?? o.tempDir,
        env: o.env
      });
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.input, `target "${name}": ${e.problem}`, e.fix.replace(/\.$/, ''));
      throw e;
    }
    for (const w of cache.warnings) if (!warnings.includes(w)) warnings.push(w);
    const sets: string[] = [];
    for (const t of tags) sets.push(`${name}.tags=${t}`);
    for (const l of labels) {
      const eq = l.indexOf('=');
      sets.push(`${name}.labels.${l.slice(0, eq)}=${l.slice(eq + 1)}`);
    }
    if (cache.backend !== 'explicit') {
      for (const c of cache.cacheFrom) sets.push(`${name}.cache-from=${c}`);
      for (const c of cache.cacheTo) sets.push(`${name}.cache-to=${c}`);
    }
    if (o.network && bakeSupportsNetwork(o.buildxVersion)) sets.push(`${name}.network=${o.network}`);
    targets.push({
      name,
      image,
      tags,
      tagsComputed,
      labels,
      cache,
      context: d.context ?? '.',
      dockerfile: d.dockerfile ?? 'Dockerfile',
      stage: d.target ?? '',
      contexts: d.contexts ?? {},
      platforms,
      sets
    });
  }

  let overrideFile: BakePlan['overrideFile'] = null;
  if (o.network && !bakeSupportsNetwork(o.buildxVersion) && targets.length) {
    if (!o.files.every((f) => bakeFileKind(f) === 'compose')) {
      throw new InputError(
        'network',
        `buildx ${o.buildxVersion} cannot set the network of a bake file's targets (bake reads \`network\` from buildx ${BAKE_NETWORK_MIN})`,
        'add docker/setup-buildx-action for a current buildx, or use compose files (their `build.network` works)'
      );
    }
    const path = `${o.tempDir}/network.compose.yml`;
    const content =
      ['services:', ...targets.map((t) => `  ${JSON.stringify(t.name)}:\n    build:\n      network: ${JSON.stringify(o.network)}`)].join('\n') + '\n';
    overrideFile = { path, content };
  }

  const paths = { metadataFile: `${o.tempDir}/bake-metadata.json`, rawjsonFile: `${o.tempDir}/bake.rawjson` };
  const files = overrideFile ? [...o.files, overrideFile.path] : o.files;
  const argv = [
    'bake',
    ...(o.builder ? ['--builder', o.builder] : []),
    ...files.flatMap((f) => ['-f', f]),
    '--progress=rawjson',
    '--metadata-file',
    paths.metadataFile,
    ...(o.push ? ['--push'] : []),
    ...targets.flatMap((t) => t.sets.flatMap((s) => ['--set', s])),
    ...targets.map((t) => t.name)
  ];
  const registries: string[] = [];
  if (o.push)
    for (const t of targets)
      for (const tag of t.tags) {
        const r = parseImageRef(tag).registry;
        if (!registries.includes(r)) registries.push(r);
      }
  return { files: o.files, targets, skipped, push: o.push, argv, registries, warnings, overrideFile, paths };
}

/** The ECR registries of a plan's pushed tags (for the log); login uses registryAccess per target. */
export function ecrRegistries(plan: BakePlan): string[] {
  return plan.registries.filter((r) => ecrRegistryOf(r));
}

/** The `plan` output of a bake: per target, no secrets. */
export function bakePlanJson(plan: BakePlan): Record<string, unknown> {
  return {
    argv: ['docker', 'buildx', ...plan.argv],
    push: plan.push,
    targets: Object.fromEntries(
      plan.targets.map((t) => [t.name, { image: t.image, tags: t.tags, cacheBackend: t.cache.backend, cacheFrom: t.cache.cacheFrom, cacheTo: t.cache.cacheTo }])
    ),
    skipped: plan.skipped,
    warnings: plan.warnings
  };
}
