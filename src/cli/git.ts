// Every git call the CLI makes (shell): the local checkout's context for tags and cache
// scopes, ref names, and the files changed since a base. The action reads the same facts
// from the GitHub environment instead (src/plan/git-context.ts); bake's `--targets changed`
// asks git in src/bake/run.ts.
import { execFile, execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { InputError } from '../common/errors.js';
import type { GitContext } from '../plan/git-context.js';

/** git's trimmed output, or null when it fails or prints nothing. */
function git(cwd: string, args: string[]): string | null {
  try {
    return (
      execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

/** git's trimmed output, or null when it fails or prints nothing; without waiting on the others. */
function gitAsync(cwd: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd }, (err, stdout) => {
      resolve(err ? null : stdout.trim() || null);
    });
  });
}

/** The git context of a local checkout (CLI): branch, commit, default branch (git asked in parallel). */
export async function localGitContext(dir: string): Promise<GitContext> {
  const [sha, branch, originHead] = await Promise.all([
    gitAsync(dir, ['rev-parse', 'HEAD']).then((s) => s ?? ''),
    gitAsync(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
    gitAsync(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'])
  ]);
  // a branch names the ref; the tag is asked only for a detached HEAD (one git process less)
  const tag = branch ? null : await gitAsync(dir, ['describe', '--tags', '--exact-match', 'HEAD']);
  const defaultBranch = originHead ? originHead.replace(/^origin\//, '') : branch === 'main' || branch === 'master' ? branch : null;
  return {
    eventName: 'local',
    ref: branch ? `refs/heads/${branch}` : tag ? `refs/tags/${tag}` : '',
    sha,
    defaultBranch,
    baseRef: null,
    headRef: null,
    prNumber: null,
    serverUrl: 'https://github.com',
    repository: null,
    runId: null,
    runAttempt: null,
    repoPrivate: false
  };
}

/** A full ref for a name: a tag or branch of this repository; else a version-like name is a tag, anything else a branch. */
export function fullRef(cwd: string, ref: string): string {
  if (!ref || ref.startsWith('refs/')) return ref;
  const isTag = git(cwd, ['rev-parse', '-q', '--verify', `refs/tags/${ref}`]) !== null;
  const isBranch = git(cwd, ['rev-parse', '-q', '--verify', `refs/heads/${ref}`]) !== null;
  return isTag || (!isBranch && /^v?\d+(\.\d+)*([-+.].*)?$/.test(ref)) ? `refs/tags/${ref}` : `refs/heads/${ref}`;
}

/** The commit a ref points at, or null. */
export function commitOf(cwd: string, ref: string): string | null {
  return git(cwd, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
}

/** A commit's committer date (ISO 8601), or null. */
export function commitDateOf(cwd: string, sha: string): string | null {
  return sha ? git(cwd, ['log', '-1', '--format=%cI', sha]) : null;
}

/** owner/name of a GitHub remote URL (https or ssh), else null. */
export function repositoryOfRemote(url: string | null): string | null {
  const m = url ? /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
  return m ? m[1] : null;
}

/** owner/name of the checkout's origin when it is on GitHub, else null. */
export function originRepository(cwd: string): string | null {
  return repositoryOfRemote(git(cwd, ['remote', 'get-url', 'origin']));
}

/**
 * The files changed between `base` and `head` (merge-base diff, `base...head`) below `root`,
 * relative to `root`. A root outside a checkout or a ref git cannot diff is bad input.
 */
export function changedFilesSince(root: string, base: string, head: string): string[] {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (!top) throw new InputError('--root', `${root} is not in a git checkout`, 'run it in a clone (with the history back to --base)');
  const range = `${base}...${head}`;
  let diff: string;
  try {
    diff = execFileSync('git', ['diff', '--name-only', range, '--', '.'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const why = ((e as { stderr?: string }).stderr ?? '').trim().split('\n').pop() || (e as Error).message;
    throw new InputError('--base', `git could not diff ${range}: ${why}`, 'name a ref this clone has (git fetch it, or fetch-depth: 0 in CI)');
  }
  const prefix = relative(top, root);
  return diff
    .split('\n')
    .filter(Boolean)
    .map((f) => (prefix ? relative(prefix, f) : f));
}
