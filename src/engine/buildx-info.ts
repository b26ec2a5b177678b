// What buildx and the builder can do, asked before the build (shell), and the parsing
// of their answers (pure).
import { execCapture as run } from './exec.js';
import type { BuildxFacts } from '../plan/buildx-args.js';
import type { FactsNeeded } from '../plan/build-plan.js';

export type { FactsNeeded };

export interface BuilderFacts extends BuildxFacts {
  builderName: string | null;
  /** The engine stores images in containerd (the docker driver can then export cache). */
  containerdStore: boolean;
  platforms: string[];
}

/** `github.com/docker/buildx v0.13.1 abc` or `github.com/docker/buildx 0.13.1+ds1 ...` → 0.13.1 */
export function parseBuildxVersion(text: string): string | null {
  const m = /\bv?(\d+\.\d+\.\d+)(?:[-+][\w.]+)?/.exec(text);
  return m ? m[1] : null;
}

/** Parses `docker buildx inspect` text output. */
export function parseBuilderInspect(text: string): { name: string | null; driver: string | null; buildkit: string | null; platforms: string[] } {
  const field = (label: string) => {
    const m = new RegExp(`^${label}:\\s*(.*)$`, 'm').exec(text);
    return m ? m[1].trim() : null;
  };
  const platforms = (field('Platforms') ?? '')
    .split(',')
    .map((s) => s.replace(/\*$/, '').trim())
    .filter(Boolean);
  return { name: field('Name'), driver: field('Driver'), buildkit: field('BuildKit version') ?? field('Buildkit'), platforms };
}

export class BuildxMissingError extends Error {}

export const ALL_FACTS: FactsNeeded = { builder: true, imageStore: true };

/** Facts nobody asked for yet: unknown (null), as every reader already takes them. */
export const NO_FACTS: BuilderFacts = { version: null, buildkitVersion: null, driver: null, builderName: null, containerdStore: false, platforms: [] };

function buildxMissing(stderr: string, code: number): BuildxMissingError {
  const why = /not found|No such file|ENOENT/i.test(stderr) || code === 127 ? 'docker is not installed' : stderr.trim().split('\n').pop();
  return new BuildxMissingError(
    `docker buildx is not available (${why}). Add docker/setup-buildx-action before this step, or install the docker-buildx plugin (on Debian: apt-get install docker-buildx; locally: scripts/engine-up.sh)`
  );
}

function builderUnusable(builder: string, stderr: string): BuildxMissingError {
  return new BuildxMissingError(
    `the builder${builder ? ` "${builder}"` : ''} is not usable: ${stderr.trim().split('\n').pop()}. ${builder ? 'Check the "builder" input' : 'Is the Docker engine running?'}`
  );
}

/**
 * The environment's facts, gathered once per run (shell): buildx's version and, when
 * needed, the builder and the image store, all at once (each costs a process start, and
 * `buildx inspect` a round trip to the builder). Throws BuildxMissingError with the fix
 * when buildx or an asked-for builder is not usable.
 */
export async function gatherFacts(builder: string, needs: FactsNeeded, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  const [v, inspect, di] = await Promise.all([
    run('docker', ['buildx', 'version'], env),
    needs.builder ? run('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], env) : null,
    needs.imageStore ? run('docker', ['info', '--format', '{{json .DriverStatus}}'], env) : null
  ]);
  if (v.code !== 0) throw buildxMissing(v.stderr, v.code);
  if (inspect && inspect.code !== 0) throw builderUnusable(builder, inspect.stderr);
  return factsFrom(v.stdout, inspect?.stdout ?? null, di?.stdout ?? null);
}

/**
 * The facts a run did not need before the build (the report's driver and builder, the image
 * store for the image size), asked while the build runs so that they cost no wait: `ask`
 * names the probes to run now. Never throws: what cannot be asked stays unknown.
 */
export async function completeFacts(facts: BuilderFacts, builder: string, ask: FactsNeeded, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  if (!ask.builder && !ask.imageStore) return facts;
  const [inspect, di] = await Promise.all([
    ask.builder ? run('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], env) : null,
    ask.imageStore ? run('docker', ['info', '--format', '{{json .DriverStatus}}'], env) : null
  ]);
  const more = factsFrom('', inspect?.code === 0 ? inspect.stdout : null, di?.code === 0 ? di.stdout : null);
  if (!ask.builder) return { ...facts, containerdStore: more.containerdStore && facts.driver === 'docker' };
  return { ...more, version: facts.version, containerdStore: ask.imageStore ? more.containerdStore : facts.containerdStore && more.driver === 'docker' };
}

/** The answers of `buildx version`, `buildx inspect` and `docker info` (null: not asked) → the facts. Pure. */
export function factsFrom(versionText: string, inspectText: string | null, driverStatus: string | null): BuilderFacts {
  const version = parseBuildxVersion(versionText);
  const info = inspectText === null ? null : parseBuilderInspect(inspectText);
  // the image store matters for the docker driver only; with the driver unknown, what the engine says
  const containerdStore = driverStatus !== null && (!info || info.driver === 'docker') && /io\.containerd\.snapshotter/.test(driverStatus);
  return { version, buildkitVersion: info?.buildkit ?? null, driver: info?.driver ?? null, builderName: info?.name ?? null, containerdStore, platforms: info?.platforms ?? [] };
}

/** Asks docker for buildx, the builder and the image store. Throws BuildxMissingError with the fix. */
export function detectBuilder(builder: string, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  return gatherFacts(builder, ALL_FACTS, env);
}
