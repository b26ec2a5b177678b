// What buildx and the builder can do, asked before the build (shell), and the parsing
// of their answers (pure).
import { join } from 'node:path';
import { dockerConfig, dockerIsBinary, engineGet, engineSocket, executable } from './engine-api.js';
import { execCapture as run, type Captured } from './exec.js';
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

/**
 * What the entry points ask before their inputs are read (startFactsEarly): buildx's version
 * (always read) and the builder (most runs read it: provenance, the gha cache, the docker
 * driver's limits). Not the image store: the engine's `GET /info` costs dockerd 20-40 ms of CPU
 * on the cores the probes and Node share, for a fact only a cache export on the docker driver
 * reads; gatherFacts asks it then.
 */
export const EARLY_PROBES: FactsNeeded = { builder: true, imageStore: false };

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

// docker's own search order for CLI plugins on Linux (docker/cli cli-plugins/manager), after
// the config directory's cli-plugins
const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins'
];

/**
 * The docker-buildx plugin that `docker buildx` runs, to ask it directly: `docker buildx X`
 * starts the docker CLI, which runs the plugin once for its metadata and once more for X
 * (~80 ms more per probe); the plugin alone answers the same (standalone mode reads the same
 * config, contexts and builders). Only where docker's search is plain: Linux, `docker` on PATH
 * is the docker CLI binary (a wrapper script, e.g. podman's, or a test's fake, may do other
 * things), no extra plugin directories; else null and the probes go through docker.
 */
export function buildxPlugin(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== 'linux' || env.DOCKER_CLI_PLUGIN_EXTRA_DIRS) return null;
  const c = dockerConfig(env);
  if (!c) return null;
  const extra = c.config.cliPluginsExtraDirs;
  if (Array.isArray(extra) && extra.length > 0) return null;
  if (!dockerIsBinary(env)) return null;
  for (const dir of [join(c.dir, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS]) {
    const p = join(dir, 'docker-buildx');
    if (executable(p)) return p;
  }
  return null;
}

/**
 * `docker info --format '{{json .DriverStatus}}'`: from the engine's API directly where docker
 * would ask the local socket (engineSocket; the docker CLI costs ~50 ms of CPU more, while
 * buildx runs on the same cores), else, or when that fails, through docker.
 */
async function driverStatus(env?: NodeJS.ProcessEnv): Promise<Captured> {
  const socket = engineSocket(env ?? process.env);
  if (socket) {
    const info = await engineGet(socket, '/info');
    if (info && typeof info === 'object' && 'DriverStatus' in info) return { code: 0, stdout: JSON.stringify(info.DriverStatus) + '\n', stderr: '' };
  }
  return run('docker', ['info', '--format', '{{json .DriverStatus}}'], env);
}

/**
 * `docker buildx <args>` for one set of probes: asked of the plugin directly when docker would run
 * that one (buildxPlugin, looked up once for the set: it reads docker's config and PATH).
 */
function buildxProbe(env?: NodeJS.ProcessEnv) {
  const plugin = buildxPlugin(env ?? process.env);
  return (args: string[]) => (plugin ? run(plugin, args, env) : run('docker', ['buildx', ...args], env));
}

/**
 * The environment's facts, gathered once per run (shell): buildx's version and, when
 * needed, the builder and the image store, all at once (each costs a process start, and
 * `buildx inspect` a round trip to the builder). Throws BuildxMissingError with the fix
 * when buildx or an asked-for builder is not usable. Early probes (startFactsEarly) the run
 * does not need are taken when they have answered, never waited for: completeFacts takes
 * them later (on a docker-container builder `buildx inspect` takes ~120 ms, a build that does
 * not read it starts without it).
 */
export async function gatherFacts(builder: string, needs: FactsNeeded, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  const pre = takeEarly(builder, env ?? process.env);
  // the plugin is looked up only for what the early probes did not ask
  const buildx = pre ? (args: string[]) => buildxProbe(env)(args) : buildxProbe(env);
  const inspecting = needs.builder ? (pre?.inspect ?? buildx(['inspect', ...(builder ? [builder] : [])])) : null;
  // the image store matters for the docker driver only: asked once the builder says it is that
  // one (the engine's GET /info costs dockerd 20-40 ms of CPU; a docker-container builder never needs it)
  const storeOf = (i: Captured | null) => (i?.code === 0 && parseBuilderInspect(i.stdout).driver !== 'docker' ? null : driverStatus(env));
  const [v, needed, neededInfo] = await Promise.all([
    pre?.version ?? buildx(['version']),
    inspecting,
    needs.imageStore ? (pre?.info ?? (inspecting ? inspecting.then(storeOf) : driverStatus(env))) : null
  ]);
  if (v.code !== 0) throw buildxMissing(v.stderr, v.code);
  if (needs.builder && needed && needed.code !== 0) throw builderUnusable(builder, needed.stderr);
  const inspect = needs.builder ? needed : await ifAnswered(pre?.inspect);
  const di = needs.imageStore ? neededInfo : await ifAnswered(pre?.info);
  left = pre ? { key: pre.key, inspect: needs.builder ? null : pre.inspect, info: needs.imageStore ? null : pre.info } : null;
  // an early probe nobody needed counts only when it answered
  const answered = (c: Captured | null) => (c?.code === 0 ? c.stdout : null);
  return factsFrom(v.stdout, answered(inspect), answered(di));
}

const PENDING = Symbol('pending');

/** A probe's answer if it has come by now, else null (not waited for). */
async function ifAnswered(p: Promise<Captured> | null | undefined): Promise<Captured | null> {
  if (!p) return null;
  // both settled: race takes the first of the two, the probe
  const r = await Promise.race([p, Promise.resolve(PENDING)]);
  return r === PENDING ? null : r;
}

/** Probes started early (startFactsEarly), for one builder in one environment. */
interface EarlyProbes {
  key: string;
  version: Promise<Captured>;
  inspect: Promise<Captured> | null;
  info: Promise<Captured> | null;
}
let early: EarlyProbes | null = null;
/** When the early probes were started (ms since the process started; BUILDSTAGE_TRACE prints it). */
let earlyAt: number | null = null;
export const earlyProbesStartedAt = (): number | null => earlyAt;
/** The early probes gatherFacts did not need (answered or not), for completeFacts. */
let left: Omit<EarlyProbes, 'version'> | null = null;

// what decides which buildx, builder and engine the probes reach
const PROBE_ENV = ['PATH', 'HOME', 'DOCKER_CONFIG', 'DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CLI_PLUGIN_EXTRA_DIRS', 'BUILDX_BUILDER', 'BUILDX_CONFIG'];
const probeKey = (builder: string, env: NodeJS.ProcessEnv) => JSON.stringify([builder, ...PROBE_ENV.map((k) => env[k] ?? null)]);

/**
 * Starts the probes now, before the code that reads them has loaded (the CLI's `build`, the
 * action), so that they run while Node loads and checks the inputs: the first gatherFacts for
 * the same builder in the same environment takes them, the rest only what is missing.
 */
export function startFactsEarly(builder: string, needs: FactsNeeded, env: NodeJS.ProcessEnv = process.env): void {
  earlyAt = performance.now();
  const buildx = buildxProbe(env);
  // the longest first: `buildx inspect` (a round trip to the builder; on docker-container a docker exec)
  const inspect = needs.builder ? buildx(['inspect', ...(builder ? [builder] : [])]) : null;
  early = { key: probeKey(builder, env), version: buildx(['version']), inspect, info: needs.imageStore ? driverStatus(env) : null };
}

/** Forgets early probes nobody took (a command that stopped before its build). */
export function dropEarlyFacts(): void {
  early = null;
  left = null;
}

function takeEarly(builder: string, env: NodeJS.ProcessEnv): EarlyProbes | null {
  const pre = early?.key === probeKey(builder, env) ? early : null;
  if (pre) early = null;
  return pre;
}

/**
 * The facts a run did not need before the build (the report's driver and builder, the image
 * store for the image size), asked while the build runs so that they cost no wait: `ask`
 * names the probes to run now. Never throws: what cannot be asked stays unknown.
 */
export async function completeFacts(facts: BuilderFacts, builder: string, ask: FactsNeeded, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  if (!ask.builder && !ask.imageStore) return facts;
  // what the early probes asked and gatherFacts left is taken, not asked again
  const pre = left?.key === probeKey(builder, env ?? process.env) ? left : null;
  left = null;
  const [inspect, di] = await Promise.all([
    ask.builder ? (pre?.inspect ?? buildxProbe(env)(['inspect', ...(builder ? [builder] : [])])) : null,
    ask.imageStore ? (pre?.info ?? driverStatus(env)) : null
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
  return {
    version,
    buildkitVersion: info?.buildkit ?? null,
    driver: info?.driver ?? null,
    builderName: info?.name ?? null,
    containerdStore,
    platforms: info?.platforms ?? []
  };
}
