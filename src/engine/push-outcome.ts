// After a push that failed (the registry died, refused, or stopped answering mid-push): what
// is in the registry. The build's stream names the image it made ("exporting manifest list
// sha256:…", or the one "exporting manifest sha256:…"); only the registry says which tags
// point at it — BuildKit marks a manifest push "completed" even when the PUT failed. So the
// action asks the registry for each tag, and reports (and outputs) only what it confirmed.
import { execCapture } from './exec.js';
import { registryBaseUrl } from './registry.js';
import { isLoopbackRegistry, parseImageRef } from '../plan/image-ref.js';
import { readRawjsonFile } from '../timing/rawjson-parser.js';
import { listOf } from '../timing/vertex.js';

export interface PushCheck {
  /** The digest the tags should point at (the built image or index), from the stream. */
  digest: string | null;
  /** Tags the registry confirmed point at that digest. */
  pushed: string[];
  /** Tags the registry says are missing or point elsewhere. */
  notPushed: string[];
  /** Why the registry could not be asked (then nothing is reported as pushed), else null. */
  unreachable: string | null;
}

/** The image the build exported, from its rawjson stream. */
export async function builtDigest(rawjsonFile: string): Promise<string | null> {
  let list: string | null = null;
  const manifests = new Set<string>();
  try {
    for await (const s of readRawjsonFile(rawjsonFile)) {
      for (const st of listOf(s.statuses)) {
        const id = typeof st?.id === 'string' ? st.id : '';
        let m: RegExpExecArray | null;
        if ((m = /^exporting manifest list (sha256:[a-f0-9]{64})/.exec(id))) list = m[1];
        else if ((m = /^exporting manifest (sha256:[a-f0-9]{64})/.exec(id))) manifests.add(m[1]);
      }
    }
  } catch {
    return null;
  }
  return list ?? (manifests.size === 1 ? [...manifests][0] : null);
}

const ACCEPT =
  'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';

/** The digest a tag points at: a digest, null when the registry has no such tag, or an Error when it could not be asked. */
export async function tagDigest(ref: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 10_000): Promise<string | null | Error> {
  const r = parseImageRef(ref);
  if (isLoopbackRegistry(r.registry)) {
    try {
      const res = await fetch(`${registryBaseUrl(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, {
        method: 'HEAD',
        headers: { Accept: ACCEPT },
        signal: AbortSignal.timeout(timeoutMs)
      });
      if (res.status === 404) return null;
      if (!res.ok) return new Error(`HTTP ${res.status}`);
      return res.headers.get('docker-content-digest');
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      return new Error(cause?.code ?? (e as Error).message);
    }
  }
  // other registries with the docker CLI's credentials (the login the push used)
  const timer = new Promise<Error>((resolve) => {
    setTimeout(() => {
      resolve(new Error(`no answer in ${timeoutMs / 1000} s`));
    }, timeoutMs).unref();
  });
  const asked = execCapture('docker', ['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref], env).then((c) => {
    if (c.code === 0) {
      try {
        return (JSON.parse(c.stdout) as { digest?: string }).digest ?? null;
      } catch {
        return new Error('unreadable answer');
      }
    }
    return /not found|MANIFEST_UNKNOWN|404/i.test(c.stderr) ? null : new Error(c.stderr.trim().split('\n').pop() ?? `exit ${c.code}`);
  });
  return Promise.race([asked, timer]);
}

/** Asks the registry which tags point at the built image. */
export async function checkPushed(tags: string[], digest: string | null, env?: NodeJS.ProcessEnv, timeoutMs?: number): Promise<PushCheck> {
  const out: PushCheck = { digest, pushed: [], notPushed: [], unreachable: null };
  for (const t of tags) {
    const d = await tagDigest(t, env, timeoutMs);
    if (d instanceof Error) {
      out.unreachable = `${parseImageRef(t).registry}: ${d.message}`;
      // one registry that does not answer: nothing of it is confirmed
      return { ...out, pushed: [], notPushed: [] };
    }
    if (digest && d === digest) out.pushed.push(t);
    else out.notPushed.push(t);
  }
  return out;
}

/** A build that failed while pushing (not in a Dockerfile step). */
export function isPushFailure(error: string | null, failedVertex: string | null | undefined): boolean {
  if (!error) return false;
  return /failed to push|push(ing)? (manifest|layers?)/i.test(error) || /^(exporting to (image|oci)|pushing)/i.test(failedVertex ?? '');
}

/** What went wrong, from buildx's error line: the transport error at its end when there is one. */
export function pushCause(error: string): string {
  let e = error
    .replace(/^buildx failed with:\s*/, '')
    .replace(/^ERROR:\s*/, '')
    .replace(/^failed to solve:\s*/, '');
  const quoted = e.lastIndexOf('": ');
  if (quoted >= 0) e = e.slice(quoted + 3);
  else e = e.replace(/^failed to push \S+:\s*/, '');
  return e.length > 200 ? `${e.slice(0, 197)}...` : e;
}

/** The one line the step fails with: the registry, why, and what the registry has. */
export function pushFailureMessage(tags: string[], check: PushCheck, error: string): string {
  const registries = [...new Set(tags.map((t) => parseImageRef(t).registry))].join(', ');
  const what = check.digest ? ` the image ${check.digest.slice(0, 19)}…` : ' the image';
  const n = tags.length;
  let has: string;
  if (check.unreachable) has = `nothing is reported as pushed: the registry did not answer when asked afterwards (${check.unreachable})`;
  else if (check.pushed.length === 0) has = `nothing was pushed: none of the ${n} tag${n === 1 ? '' : 's'} (${tags.join(', ')}) points at${what}`;
  else has = `pushed ${check.pushed.length} of ${n} tags (${check.pushed.join(', ')}); not pushed: ${check.notPushed.join(', ')}`;
  return `push to ${registries} failed (${pushCause(error)}); ${has}. Re-run the job once the registry answers`;
}
