// Asks the local registry's HTTP API (distribution 2.8 on 127.0.0.1:5000) directly.
export const REGISTRY = process.env.BUILDSTAGE_TEST_REGISTRY ?? '127.0.0.1:5000';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

export async function manifestDigest(repo: string, ref: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${ref}`, { method: 'HEAD', headers: { Accept: ACCEPT } });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

export async function listTags(repo: string): Promise<string[]> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/tags/list`);
  if (!res.ok) return [];
  const body = (await res.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}

export async function registryUp(): Promise<boolean> {
  try {
    return (await fetch(`http://${REGISTRY}/v2/`)).ok;
  } catch {
    return false;
  }
}
