// What a vertex of BuildKit's status stream is, from its name alone (pure): a Dockerfile
// step (`[stage n/m] RUN …`), the build context, a cache import or export, the image export,
// a push. Light on purpose: the engine's stream reader loads it before buildx starts, the
// timing model (with the Dockerfile parser) only while buildx runs.

export type VertexKind = 'step' | 'context' | 'internal' | 'cache-import' | 'cache-export' | 'export' | 'push' | 'other';

// `[deps 3/4] RUN ...`, `[linux/arm64 build 3/37] RUN ...`, and for a single unnamed stage
// just `[2/2] RUN ...` (or `[linux/amd64 2/2] RUN ...`).
const STEP = /^\[(?:(?<prefix>[^\]]*?)\s+)?(?<n>\d+)\/(?<m>\d+)\]\s+(?<instr>[\s\S]*)$/;

export interface StepName {
  platform: string | null;
  stage: string;
  n: number;
  m: number;
  instruction: string;
}

/** `[linux/amd64->arm64 build 3/37] RUN make` → platform, stage, position, instruction. */
export function parseStepName(name: string): StepName | null {
  const m = STEP.exec(name);
  if (!m?.groups) return null;
  // an optional group that did not match is undefined
  const optional: Partial<Record<string, string>> = m.groups;
  const parts = (optional.prefix ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts[0] === 'internal' || parts[0] === 'auth') return null;
  let platform: string | null = null;
  if (parts.length > 0 && parts[0].includes('/')) platform = parts.shift() as string;
  // a Dockerfile with one unnamed stage: BuildKit prints no stage name; it is stage-0
  const stage = parts.length ? parts.join(' ') : 'stage-0';
  return { platform, stage, n: Number(m.groups.n), m: Number(m.groups.m), instruction: m.groups.instr.trim() };
}

export function classifyVertex(name: string): VertexKind {
  if (parseStepName(name)) return 'step';
  if (/^\[internal\] load build context/.test(name)) return 'context';
  if (/^\[(\S+ )?(internal|auth)\]/.test(name) || /^(resolve image config|docker-image:\/\/|FROM |load metadata)/.test(name)) return 'internal';
  if (/^importing cache manifest/.test(name)) return 'cache-import';
  // BuildKit names its cache exporters "exporting cache to registry", "exporting to GitHub Actions Cache", "exporting cache to Amazon S3"...
  if (/^(exporting cache|exporting to GitHub Actions Cache|preparing build cache for export|writing cache)/i.test(name)) return 'cache-export';
  if (/^pushing /.test(name)) return 'push';
  if (/^(exporting to |exporting layers|writing image|naming to|unpacking|sending tarball|copying files)/.test(name)) return 'export';
  return 'other';
}

/** A list field of a status, or nothing when it is not a list; an entry may be null (a cut stream), so readers check each. */
export function listOf<T>(v: T[] | null | undefined): Array<T | null | undefined> {
  return Array.isArray(v) ? v : [];
}

/**
 * The docker driver's image export finished in this status: its "exporting to image" vertex
 * completed without error, after it named the image (so the tag is the new image's). Other
 * exports (a tarball `--load` sends to docker) finish before docker has loaded the image.
 */
export function imageNamedIn(s: { vertexes?: Array<{ name?: string; completed?: string; error?: string } | null> | null }): boolean {
  return listOf(s.vertexes).some((v) => typeof v?.name === 'string' && /^(\[[^\]]*\] )?exporting to image$/.test(v.name) && Boolean(v.completed) && !v.error);
}
