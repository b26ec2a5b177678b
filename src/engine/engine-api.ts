// The local Docker engine as the docker CLI would reach it, asked without the CLI where that
// is the same thing (shell): docker's config, whether `docker` is the CLI binary, the engine's
// socket, and a GET of its API on that socket (~3 ms, where `docker` costs ~30-50 ms).
import { accessSync, closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createConnection } from 'node:net';

export const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first `docker` on PATH is an ELF binary (the docker CLI itself, not a wrapper script). */
export function dockerIsBinary(env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const p = join(dir || '.', 'docker');
    if (!executable(p)) continue;
    const head = Buffer.alloc(4);
    try {
      const fd = openSync(p, 'r');
      try {
        readSync(fd, head, 0, 4, 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      return false;
    }
    return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  }
  return false;
}

/**
 * The docker CLI's config (`$DOCKER_CONFIG/config.json` or ~/.docker's): {} when absent (docker's
 * defaults), null when it cannot be read as docker would (then everything goes through docker).
 */
export function dockerConfig(env: NodeJS.ProcessEnv): { dir: string; config: Record<string, unknown> } | null {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  let text: string;
  try {
    text = readFileSync(join(dir, 'config.json'), 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { dir, config: {} } : null;
  }
  try {
    const config = JSON.parse(text) as unknown;
    return config && typeof config === 'object' && !Array.isArray(config) ? { dir, config: config as Record<string, unknown> } : null;
  } catch {
    return null;
  }
}

/**
 * The engine's socket when docker would talk to the local engine over it: Linux, the docker CLI
 * binary, no context other than the default (DOCKER_CONTEXT, config.json's currentContext) and
 * DOCKER_HOST unset or a unix socket. Else null (ask through docker).
 */
export function engineSocket(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== 'linux') return null;
  if (env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== 'default') return null;
  const c = dockerConfig(env);
  const current = c?.config.currentContext;
  if (!c || (current !== undefined && current !== '' && current !== 'default')) return null;
  const host = env.DOCKER_HOST ?? '';
  if (host && !host.startsWith('unix://')) return null;
  if (!dockerIsBinary(env)) return null;
  return host ? host.slice('unix://'.length) : '/var/run/docker.sock';
}

/**
 * GET `path` of the engine's API over its unix socket: the JSON body, or null (any failure).
 * A bare HTTP/1.0 exchange on a socket (the engine answers in full and closes; the request side
 * stays open, a half-closed one is taken for a client gone and answered with null): node's http
 * client costs ~10 ms of start-up, spent while buildx runs on the same cores.
 */
export function engineGet(socketPath: string, path: string): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = createConnection(socketPath, () => {
      socket.write(`GET ${path} HTTP/1.0\r\nHost: docker\r\n\r\n`);
    });
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => {
      resolve(null);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? '' : text.slice(0, split);
      if (!/^HTTP\/1\.[01] 200 /.test(head) || /^transfer-encoding:\s*chunked/im.test(head)) {
        resolve(null);
        return;
      }
      try {
        resolve(JSON.parse(text.slice(split + 4)) as unknown);
      } catch {
        resolve(null);
      }
    });
  });
}
