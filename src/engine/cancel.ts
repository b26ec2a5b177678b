// A cancelled job (shell). The runner sends SIGINT, then SIGTERM about 7.5 s later, then
// kills the process tree; Node's default for both is to exit at once, which would leave the
// buildx child running (and the build in the builder) and the secret files on disk. Here
// SIGINT removes the secret files first, then asks buildx to cancel the build (buildx's own
// SIGINT) and exits once it has; SIGTERM removes them and kills buildx. What is left (the
// temp directory) goes in the action's post step (src/actions/build/post.ts).
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const secretPaths = new Set<string>();
let installed = false;

/** A buildx child to stop when the job is cancelled (untracked when it exits). */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** A file or directory holding secrets, removed first when the job is cancelled. */
export function trackSecretPath(path: string): void {
  secretPaths.add(path);
}

export function untrackSecretPath(path: string): void {
  secretPaths.delete(path);
}

function removeSecrets(): void {
  for (const p of secretPaths) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // best effort: the post step removes the whole temp directory
    }
    secretPaths.delete(p);
  }
}

let cancelling = false;

/** Whether the job is being cancelled (nothing new is started then, not even a retry). */
export function cancelRequested(): boolean {
  return cancelling;
}

const running = () => [...children].filter((c) => c.exitCode === null && c.signalCode === null);

/**
 * Installs the SIGINT/SIGTERM handlers once. `log` writes one line (the action's log);
 * `exit` ends the process (injected for tests).
 */
export function installCancelHandlers(log: (line: string) => void, exit: (code: number) => void = (c) => process.exit(c), graceMs = 7000): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', () => {
    removeSecrets();
    // a second SIGINT (or one after SIGTERM) only removes the secrets again
    if (cancelling) return;
    cancelling = true;
    const live = running();
    log(`buildstage: cancelled (SIGINT): secret files removed${live.length ? `; stopping buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
    for (const c of live) c.kill('SIGINT');
    const done = () => {
      if (running().length === 0) {
        exit(130);
        return;
      }
      setTimeout(done, 100);
    };
    done();
    // buildx did not stop in time: it is killed (the runner's SIGTERM would come about now)
    setTimeout(() => {
      for (const c of running()) c.kill('SIGKILL');
      exit(130);
    }, graceMs).unref();
  });
  process.on('SIGTERM', () => {
    cancelling = true;
    removeSecrets();
    const live = running();
    log(`buildstage: cancelled (SIGTERM): secret files removed${live.length ? `; killing buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
    for (const c of live) c.kill('SIGKILL');
    exit(143);
  });
}
