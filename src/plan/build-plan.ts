// Everything a build will do, decided before anything runs: tags, labels, cache flags,
// the buildx argv, what is pushed where. Pure; `dry-run` prints it and stops here.
import type { Inputs } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { parseBoolean as boolish } from '../common/bool.js';
import { buildxArgv, hasAttestationType, hasExporterType, type BuildxFacts, type SecretToWrite } from './buildx-args.js';
import { driverCacheProblem, ghaVersionProblem, planCache, resolveBackend, type CachePlan } from './cache.js';
import { shortShaLengthFromEnv, workflowRunUrl, type GitContext } from './git-context.js';
import { ImageRefError, parseImageRef, type ImageRef } from './image-ref.js';
import { SECRET_NAME } from '../common/secret-name.js';
import { annotationLevelsFromEnv, computeMetadata, givenMetadata, type Metadata } from './metadata.js';

export interface BuildPlan {
  argv: string[];
  tags: string[];
  /** True when tags came from the git context rather than the `tags` input. */
  tagsComputed: boolean;
  labels: string[];
  /** metadata-action's outputs for this build (version, tag-names, annotations, ...). */
  metadata: Metadata;
  push: boolean;
  cache: CachePlan;
  context: string;
  /** Dockerfile path as given (relative to the working directory), or null for the default. */
  file: string | null;
  /** Registries the image is pushed to (every registry the build touches: registryAccess). */
  registries: string[];
  secretIds: string[];
  warnings: string[];
  /** rawjson progress available (buildx >= 0.12). */
  rawjson: boolean;
  paths: { iidFile: string; metadataFile: string; rawjsonFile: string; secretDir: string };
}

/** The plan's secret file contents: written by the shell, never part of the plan. */
export interface PlanSecrets {
  files: SecretToWrite[];
}

export interface PlanInput {
  inputs: Inputs;
  ctx: GitContext;
  buildx: BuildxFacts & { containerdStore: boolean };
  env: NodeJS.ProcessEnv;
  now: Date;
  tempDir: string;
  /** Where the local cache backend keeps its directories (default tempDir). */
  cacheRoot?: string;
  fileExists: (path: string) => boolean;
}

/** Build args whose name looks like a secret: they end up in the image history and provenance. */
export function secretLikeBuildArgs(buildArgs: string[]): string[] {
  return buildArgs.map((b) => b.split('=')[0]).filter((name) => SECRET_NAME.test(name));
}

function parseRefs(input: string, values: string[]): ImageRef[] {
  return values.map((v) => {
    try {
      return parseImageRef(v);
    } catch (e) {
      if (e instanceof ImageRefError) throw new InputError(input, e.message, 'fix the reference');
      throw e;
    }
  });
}

/**
 * Which probes a run needs (factsNeeded decides, from the inputs; the shell asks them).
 * buildx's version is always asked: every argv gate reads it.
 */
export interface FactsNeeded {
  /** `docker buildx inspect`: the builder's name, driver, BuildKit version and platforms. */
  builder: boolean;
  /** `docker info`: whether the engine keeps images in containerd (matters for the docker driver only). */
  imageStore: boolean;
}

const GHA_ENTRY = /(^|,)type=gha(,|$)/;
const INLINE_ENTRY = /(^|,)type=inline(,|$)/;

/**
 * The environment facts the plan reads, from the inputs alone (pure), so that the shell asks
 * only those, once and at once (src/engine/buildx-info.ts gatherFacts). buildx's version is
 * always asked (the argv gates). The builder (`buildx inspect`: driver, BuildKit version) is
 * read for the default provenance attestation, the gha cache's protocol check and the cache
 * the docker driver cannot export, and for an explicit `builder` (checked before anything
 * runs); the image store (`docker info`) only for that last check. May ask more than the plan
 * ends up reading, never less.
 */
export function factsNeeded(i: Inputs, env: NodeJS.ProcessEnv): FactsNeeded {
  const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
  const { backend } = resolveBackend({ backend: i.cache, explicitFrom: i['cache-from'], explicitTo: i['cache-to'], push: pushes, env });
  const gha = backend === 'gha' || (backend === 'explicit' && [...i['cache-from'], ...i['cache-to']].some((c) => GHA_ENTRY.test(c)));
  const exportsNonInline = backend === 'explicit' ? i['cache-to'].some((c) => !INLINE_ENTRY.test(c)) : backend !== 'none' && backend !== 'inline';
  let provenance = true;
  try {
    provenance =
      !i.provenance &&
      !i.attests.some((a) => hasAttestationType('provenance', a)) &&
      boolish(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '') !== true &&
      !(i.load || hasExporterType('docker', i.outputs));
  } catch {
    // a malformed attest or output: buildxArgv says so; ask
  }
  return { builder: Boolean(i.builder) || gha || exportsNonInline || provenance, imageStore: exportsNonInline };
}

export function planBuild(p: PlanInput): { plan: BuildPlan; secrets: PlanSecrets } {
  const dc = defaultContextOf(p.ctx).value;
  const i: Inputs = { ...p.inputs, 'build-contexts': p.inputs['build-contexts'].map((b) => b.replace(DEFAULT_CONTEXT, dc)) };
  const warnings: string[] = [];
  for (const img of parseRefs('images', i.images)) {
    if (img.tag || img.digest) throw new InputError('images', `"${img.name}" carries a tag or digest`, 'list image names without a tag; tags are computed');
  }

  let tags = i.tags;
  let tagsComputed = false;
  // tags, labels and annotations as docker/metadata-action computes them (tag-rules, or the default set)
  let metadata: Metadata = givenMetadata(tags, i.labels, i.annotations);
  if (tags.length === 0 && i.images.length > 0) {
    if (Number.isNaN(shortShaLengthFromEnv(p.env))) {
      throw new InputError(
        'DOCKER_METADATA_SHORT_SHA_LENGTH',
        `"${p.env.DOCKER_METADATA_SHORT_SHA_LENGTH}" is not a number`,
        'set it to how many characters a short sha has (default 7), or unset it'
      );
    }
    const levels = annotationLevelsFromEnv(p.env);
    metadata = computeMetadata({
      ctx: p.ctx,
      now: p.now,
      images: i.images,
      tagRules: i['tag-rules'],
      flavor: i.flavor,
      tagPrefix: i['tag-prefix'],
      labels: i.labels,
      annotations: i.annotations,
      annotationLevels: levels
    });
    tags = metadata.tags;
    tagsComputed = true;
    warnings.push(...metadata.warnings);
  }
  const refs = parseRefs('tags', tags);
  const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
  // an output with push=true names its image itself (push-by-digest); only `push` needs a tag
  if (i.push && tags.length === 0 && tagsComputed) {
    throw new InputError(
      'tag-rules',
      `no rule gives a tag for ${p.ctx.ref || 'this context'} (event ${p.ctx.eventName})`,
      'add a rule that applies here (e.g. type=sha), or set push: false for this event'
    );
  }
  if (i.push && tags.length === 0) {
    throw new InputError('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
  }

  for (const name of secretLikeBuildArgs(i['build-args'])) {
    warnings.push(
      `Input "build-args": ${name} looks like a secret. Build args are kept in the image history and provenance; pass it with \`secrets: ${name}=...\` and read it with RUN --mount=type=secret,id=${name}`
    );
  }

  const labels = metadata.labels;

  const { context, gitContext } = resolveContext(i, p.ctx);

  const cache = planCache({
    backend: i.cache,
    explicitFrom: i['cache-from'],
    explicitTo: i['cache-to'],
    images: i.images,
    tags,
    platforms: i.platforms,
    target: i.target,
    push: pushes,
    ctx: p.ctx,
    cacheRef: i['cache-ref'],
    cacheScope: i['cache-scope'],
    writeOnPr: i['cache-write-on-pr'],
    cacheDir: i['cache-dir'],
    tempDir: p.cacheRoot ?? p.tempDir,
    env: p.env
  });
  if (cache.backend === 'gha' || cache.cacheFrom.concat(cache.cacheTo).some((c) => /(^|,)type=gha(,|$)/.test(c))) {
    const problem = ghaVersionProblem(p.buildx.version, p.buildx.buildkitVersion, p.buildx.driver);
    if (problem) throw new InputError('cache', problem, 'see above');
  }
  const driverProblem = driverCacheProblem(cache.backend, cache.cacheTo, p.buildx.driver, p.buildx.containerdStore);
  if (driverProblem) throw new InputError('cache', driverProblem, 'see above');

  const paths = {
    iidFile: `${p.tempDir}/iidfile`,
    metadataFile: `${p.tempDir}/metadata.json`,
    rawjsonFile: `${p.tempDir}/build.rawjson`,
    secretDir: `${p.tempDir}/secrets`
  };
  const args = buildxArgv({
    inputs: i,
    tags,
    labels,
    cacheFrom: cache.cacheFrom,
    cacheTo: cache.cacheTo,
    context,
    gitContext,
    buildx: p.buildx,
    env: p.env,
    paths,
    serverUrl: p.ctx.serverUrl,
    repoPrivate: p.ctx.repoPrivate,
    runUrl: workflowRunUrl(p.ctx),
    fileExists: p.fileExists
  });

  const registries = [...new Set(refs.map((r) => r.registry))];
  return {
    plan: {
      argv: args.argv,
      tags,
      tagsComputed,
      labels,
      metadata,
      push: pushes,
      cache,
      context,
      file: i.file || null,
      registries,
      secretIds: args.secretIds,
      warnings: [...warnings, ...cache.warnings, ...args.warnings],
      rawjson: args.rawjson,
      paths
    },
    secrets: { files: args.secrets }
  };
}

/** The `plan` output / `--dry-run --json`: no secret values, only ids. */
/**
 * The build context: as given, or, like docker/build-push-action, the git context of the
 * commit being built when `context` is empty on a runner (no checkout needed); `.` locally.
 */
const DEFAULT_CONTEXT = /\{\{\s*defaultContext\s*\}\}/g;

function defaultContextOf(ctx: GitContext): { onRunner: boolean; value: string } {
  const onRunner = Boolean(ctx.repository) && ctx.eventName !== 'local';
  return { onRunner, value: onRunner ? `${ctx.serverUrl}/${ctx.repository}.git#${ctx.sha || ctx.ref}` : '.' };
}

export function resolveContext(i: Inputs, ctx: GitContext): { context: string; gitContext: boolean } {
  const d = defaultContextOf(ctx);
  // build-push-action's template: `{{defaultContext}}:subdir` builds a subdirectory of the git context
  const context = (i.context || '{{defaultContext}}').replace(DEFAULT_CONTEXT, d.value);
  return { context, gitContext: d.onRunner && context.startsWith(d.value) };
}

export function planJson(plan: BuildPlan): {
  argv: string[];
  tags: string[];
  cacheFrom: string[];
  cacheTo: string[];
  push: boolean;
  cacheBackend: string;
  secrets: string[];
  warnings: string[];
} {
  return {
    argv: ['docker', 'buildx', ...plan.argv],
    tags: plan.tags,
    cacheFrom: plan.cache.cacheFrom,
    cacheTo: plan.cache.cacheTo,
    push: plan.push,
    cacheBackend: plan.cache.backend,
    secrets: plan.secretIds,
    warnings: plan.warnings
  };
}

/** Human-readable plan for the log. */
export function renderPlanText(plan: BuildPlan): string {
  const q = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  const lines = [
    `cache:  ${plan.cache.backend} (${plan.cache.reason})`,
    ...plan.cache.cacheFrom.map((c) => `  from  ${c}`),
    ...plan.cache.cacheTo.map((c) => `  to    ${c}`),
    `tags:   ${plan.tags.length ? '' : '(none)'}`,
    ...plan.tags.map((t) => `  ${t}`),
    `push:   ${plan.push ? 'yes' : 'no'}${plan.push ? ` → ${plan.registries.join(', ')}` : ''}`,
    plan.secretIds.length ? `secrets: ${plan.secretIds.join(', ')} (values never printed)` : '',
    `command:`,
    `  docker buildx ${plan.argv.map(q).join(' ')}`
  ];
  return lines.filter((l) => l !== '').join('\n');
}
