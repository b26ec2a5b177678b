// What buildx and the builder can do, asked before the build (shell), and the parsing
// of their answers (pure).
import { execCapture as run } from './exec.js';
import type { BuildxFacts } from '../plan/buildx-args.js';

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

/** Asks docker for buildx, the builder and the image store. Throws BuildxMissingError with the fix. */
export async function detectBuilder(builder: string, env?: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  // three questions at once: they are independent, and each costs a process start
  const [v, inspect, di] = await Promise.all([
    run('docker', ['buildx', 'version'], env),
    run('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], env),
    run('docker', ['info', '--format', '{{json .DriverStatus}}'], env)
  ]);
  if (v.code !== 0) {
    const why = /not found|No such file|ENOENT/i.test(v.stderr) || v.code === 127 ? 'docker is not installed' : v.stderr.trim().split('\n').pop();
    throw new BuildxMissingError(
      `docker buildx is not available (${why}). Add docker/setup-buildx-action before this step, or install the docker-buildx plugin (on Debian: apt-get install docker-buildx; locally: scripts/engine-up.sh)`
    );
  }
  const version = parseBuildxVersion(v.stdout);
  if (inspect.code !== 0) {
    throw new BuildxMissingError(
      `the builder${builder ? ` "${builder}"` : ''} is not usable: ${inspect.stderr.trim().split('\n').pop()}. ${builder ? 'Check the "builder" input' : 'Is the Docker engine running?'}`
    );
  }
  const info = parseBuilderInspect(inspect.stdout);
  let containerdStore = false;
  if (info.driver === 'docker') containerdStore = /io\.containerd\.snapshotter/.test(di.stdout);
  return { version, buildkitVersion: info.buildkit, driver: info.driver, builderName: info.name, containerdStore, platforms: info.platforms };
}
