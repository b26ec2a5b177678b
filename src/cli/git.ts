// What the CLI asks of the local checkout (shell): its context for tags and cache scopes (HEAD
// read from the checkout's files where the layout is plain, else from git), ref names, and the
// files changed since a base. The action reads the same facts
// from the GitHub environment instead (src/plan/git-context.ts); bake's `--targets changed`
// asks git in src/bake/run.ts.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** HEAD's branch and commit and origin's default branch, as `git rev-parse HEAD` and `git symbolic-ref --short` give them. */
export interface HeadFacts {
  sha: string;
  /** The branch HEAD is on (without refs/heads/), null for a detached HEAD. */
  branch: string | null;
  /** origin/HEAD's target without refs/remotes/ (`origin/main`), null when origin/HEAD is not set. */
  originHead: string | null;
}

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_NAMESPACE'];

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** A ref's object id from `packed-refs` text (pure): the `<id> <name>` line, peeled `^` lines and comments skipped. */
export function packedRef(packedRefs: string, name: string): string | null {
  for (const line of packedRefs.split('\n')) {
    if (line.startsWith('#') || line.startsWith('^')) continue;
    const sp = line.indexOf(' ');
    if (sp > 0 && line.slice(sp + 1).trimEnd() === name && OBJECT_ID.test(line.slice(0, sp))) return line.slice(0, sp);
  }
  return null;
}

/**
 * HEAD's facts read from the checkout's own files (.git/HEAD, the ref, packed-refs,
 * refs/remotes/origin/HEAD), without a git process: three git processes cost a build ~15 ms
 * of CPU before buildx starts. Only for the plain layout git has written for years (a .git
 * directory or a `gitdir:` file above the real directory on its file system, files-backend
 * refs, owned by this user, no GIT_* variables that change discovery, HEAD on a branch);
 * anything else is null, and git is asked.
 * Where git's `--short` would spell a branch `heads/x` (a tag of the same name), this gives `x`.
 */
export function headFromFiles(dir: string, env: NodeJS.ProcessEnv = process.env): HeadFacts | null {
  try {
    return readHead(dir, env);
  } catch {
    // a file that is there but cannot be read or stat'ed: git says what it is
    return null;
  }
}

function readHead(dir: string, env: NodeJS.ProcessEnv): HeadFacts | null {
  if (GIT_ENV.some((k) => env[k] !== undefined)) return null;
  const uid = process.getuid?.();
  if (uid === undefined || (uid === 0 && env.SUDO_UID)) return null;
  // the worktree's top: the nearest directory up that holds .git, from the real directory (git
  // starts there: a symlink's own parents are not searched); git's own search is left to git where
  // it would differ: a bare repository on the way, or a file system boundary it does not cross
  let top = realpathSync(resolve(dir));
  const device = statSync(top).dev;
  while (!existsSync(join(top, '.git'))) {
    if (existsSync(join(top, 'HEAD')) && existsSync(join(top, 'objects')) && existsSync(join(top, 'refs'))) return null;
    const up = dirname(top);
    if (up === top || statSync(up).dev !== device) return null;
    top = up;
  }
  const dotGit = join(top, '.git');
  let gitDir = dotGit;
  if (!statSync(dotGit).isDirectory()) {
    const m = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '');
    if (!m) return null;
    gitDir = resolve(top, m[1].trim());
  }
  const commonText = readText(join(gitDir, 'commondir'));
  const commonDir = commonText ? resolve(gitDir, commonText.trim()) : gitDir;
  // git refuses a repository another user owns (safe.directory): it decides then
  if ([top, dotGit, gitDir, commonDir].some((p) => statSync(p).uid !== uid)) return null;
  if (existsSync(join(commonDir, 'reftable'))) return null;
  const head = /^ref: (refs\/heads\/.+)$/.exec((readText(join(gitDir, 'HEAD')) ?? '').trim());
  if (!head) return null;
  const ref = head[1];
  const loose = readText(join(commonDir, ref))?.trim();
  if (loose !== undefined && !OBJECT_ID.test(loose)) return null;
  // not loose: packed, or an unborn branch (no commit yet: git rev-parse HEAD fails, '')
  const sha = loose ?? packedRef(readText(join(commonDir, 'packed-refs')) ?? '', ref) ?? '';
  const origin = readText(join(commonDir, 'refs/remotes/origin/HEAD'));
  const originRef = origin === null ? null : /^ref: refs\/remotes\/(.+)$/.exec(origin.trim());
  return { sha, branch: ref.slice('refs/heads/'.length), originHead: originRef ? originRef[1] : null };
}

/** The same facts from git (any layout git reads, a detached HEAD too): three processes in parallel. */
async function headFromGit(dir: string): Promise<HeadFacts> {
  const [sha, branch, originHead] = await Promise.all([
    gitAsync(dir, ['rev-parse', 'HEAD']).then((s) => s ?? ''),
    gitAsync(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
    gitAsync(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'])
  ]);
  return { sha, branch, originHead };
}

/** The git context of a local checkout (CLI): branch, commit, default branch (from the files where plain, else from git). */
export async function localGitContext(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<GitContext> {
  const { sha, branch, originHead } = headFromFiles(dir, env) ?? (await headFromGit(dir));
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
