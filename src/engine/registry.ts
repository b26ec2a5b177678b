// Registry facts the build needs (shell): is it reachable before we build, and how big
// is what we pushed. Uses the docker CLI's credentials through `buildx imagetools`.
import { engineGet, engineSocket } from './engine-api.js';
import { execCapture as exec } from './exec.js';
import { isLoopbackRegistry } from '../plan/image-ref.js';

export function registryBaseUrl(host: string): string {
  const h = host === 'docker.io' ? 'registry-1.docker.io' : host;
  return `${isLoopbackRegistry(h) ? 'http' : 'https'}://${h}`;
}

/** Throws a clear error when the registry cannot be reached at all (a 401 is reachable). */
export async function assertRegistryReachable(host: string, timeoutMs = 5000): Promise<void> {
  const url = `${registryBaseUrl(host)}/v2/`;
  try {
    await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e as Error).message;
    throw new Error(
      `Input "tags": registry ${host} is unreachable (${url}: ${why}). Check the registry host in tags, the network, or set push: false; nothing was built or pushed`,
      { cause: e }
    );
  }
}

/** Before a push: every registry of the plan answers, else a clear error before anything is built. */
export async function assertPushRegistriesReachable(plan: { push: boolean; registries: string[] }): Promise<void> {
  if (plan.push) for (const r of plan.registries) await assertRegistryReachable(r);
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}
interface ManifestJson {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

/** The registry's HTTP API without credentials (works for loopback and public registries); null on 401 or error. */
async function rawManifestHttp(ref: string): Promise<ManifestJson | null> {
  const at = ref.lastIndexOf('@');
  const name = ref.slice(0, at);
  const digest = ref.slice(at + 1);
  const slash = name.indexOf('/');
  if (at < 0 || slash < 0) return null;
  const host = name.slice(0, slash);
  if (!isLoopbackRegistry(host)) return null;
  try {
    const res = await fetch(`${registryBaseUrl(host)}/v2/${name.slice(slash + 1)}/manifests/${digest}`, {
      headers: { Accept: MANIFEST_ACCEPT },
      signal: AbortSignal.timeout(5000)
    });
    return res.ok ? ((await res.json()) as ManifestJson) : null;
  } catch {
    return null;
  }
}

export async function rawManifest(ref: string): Promise<ManifestJson | null> {
  const direct = await rawManifestHttp(ref);
  if (direct) return direct;
  const r = await exec('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
  if (r.code !== 0) return null;
  try {
    return JSON.parse(r.stdout) as ManifestJson;
  } catch {
    return null;
  }
}

/** Pure: picks the image manifest for size from an index (the first real platform, not an attestation). */
export function pickPlatformManifest(index: ManifestJson, preferred = 'linux/amd64'): Descriptor | null {
  const real = (index.manifests ?? []).filter((m) => m.platform?.os !== 'unknown' && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
  const key = (m: Descriptor) => `${m.platform?.os}/${m.platform?.architecture}`;
  return real.find((m) => key(m) === preferred) ?? real.at(0) ?? null;
}

/** Compressed size (config + layers) and layer count of a pushed image, or null. */
export async function pushedImageSize(name: string, digest: string): Promise<{ sizeBytes: number; layers: number } | null> {
  let manifest = await rawManifest(`${name}@${digest}`);
  if (!manifest) return null;
  if (manifest.manifests) {
    const child = pickPlatformManifest(manifest);
    if (!child) return null;
    manifest = await rawManifest(`${name}@${child.digest}`);
    if (!manifest) return null;
  }
  const layers = manifest.layers ?? [];
  return { sizeBytes: (manifest.config?.size ?? 0) + layers.reduce((s, l) => s + l.size, 0), layers: layers.length };
}

/**
 * Size of an image in the local engine (uncompressed, as `docker images` shows), or null: from
 * the engine's API on its socket where docker would ask that (engineSocket; `docker image
 * inspect` costs ~30 ms more, after the build), else through docker.
 */
export async function localImageSize(ref: string, env: NodeJS.ProcessEnv = process.env): Promise<{ sizeBytes: number; layers: number } | null> {
  const socket = /^[\w.:/@-]+$/.test(ref) ? engineSocket(env) : null;
  if (socket) {
    const image = (await engineGet(socket, `/images/${ref}/json`)) as { Size?: unknown; RootFS?: { Layers?: unknown } } | null;
    if (image && typeof image.Size === 'number') return { sizeBytes: image.Size, layers: Array.isArray(image.RootFS?.Layers) ? image.RootFS.Layers.length : 0 };
  }
  const r = await exec('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref], env);
  if (r.code !== 0) return null;
  const [size, layers] = r.stdout.trim().split(' ').map(Number);
  return Number.isFinite(size) ? { sizeBytes: size, layers: Number.isFinite(layers) ? layers : 0 } : null;
}
