// Image references as docker parses them: [registry[:port]/]path[:tag][@digest].
// Pure: validation and the facts the planner needs (registry host, ECR or not).

export interface ImageRef {
  /** Registry host (with port), `docker.io` when none is given. */
  registry: string;
  /** Repository path inside the registry (`library/nginx`, `team/api`). */
  repository: string;
  tag: string | null;
  digest: string | null;
  /** `registry/repository` as written (docker.io names keep their short form). */
  name: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const ECR_HOST = /^(\d{12})\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;

export class ImageRefError extends Error {}

function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Parses and validates a reference; throws ImageRefError with the fix. */
export function parseImageRef(ref: string): ImageRef {
  const raw = ref.trim();
  if (raw === '') throw new ImageRefError('an empty image reference');
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageRefError(`"${raw}" has an invalid digest "${digest}" (write sha256:<64 hex>)`);
  }
  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      throw new ImageRefError(`"${raw}" has an invalid tag "${tag}": a tag is 1-128 letters, digits, "_", "." and "-", and does not start with "." or "-"`);
    }
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  let hostGiven = false;
  if (parts.length > 1 && looksLikeHost(parts[0])) {
    registry = parts.shift() as string;
    hostGiven = true;
  }
  if (parts.length === 0 || parts.some((p) => p === '')) throw new ImageRefError(`"${raw}" has an empty path component`);
  for (const p of parts) {
    if (!PATH_COMPONENT.test(p)) {
      const lower = p.toLowerCase();
      if (lower !== p && PATH_COMPONENT.test(lower)) {
        const fixed = `${hostGiven ? `${registry}/` : ''}${parts.map((x) => x.toLowerCase()).join('/')}${tag !== null ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
        throw new ImageRefError(`"${raw}" has uppercase letters in the repository name; repository names are lowercase (write "${fixed}")`);
      }
      throw new ImageRefError(`"${raw}": "${p}" is not a valid repository name component (lowercase letters, digits, and . _ - between them)`);
    }
  }
  let repository = parts.join('/');
  if (!hostGiven && parts.length === 1) repository = `library/${repository}`;
  return { registry, repository, tag, digest, name: hostGiven ? `${registry}/${parts.join('/')}` : parts.join('/') };
}

export interface EcrRegistry {
  accountId: string;
  region: string;
  fips: boolean;
}

export function ecrRegistryOf(host: string): EcrRegistry | null {
  const m = ECR_HOST.exec(host);
  if (!m) return null;
  return { accountId: m[1], fips: Boolean(m[2]), region: m[3] };
}

/** Registries reached over plain HTTP (what docker treats as insecure by default). */
export function isLoopbackRegistry(host: string): boolean {
  const h = host.replace(/:\d+$/, '');
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}
