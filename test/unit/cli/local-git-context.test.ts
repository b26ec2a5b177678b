// The CLI's git context of a local checkout: a branch names the ref (the tag is asked only for
// a detached HEAD), the default branch from origin/HEAD or a main/master branch.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headFromFiles, localGitContext, packedRef } from '../../../src/cli/git.js';

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'bs-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
      cwd: dir,
      encoding: 'utf8'
    }).trim();
  git('init', '-q');
  writeFileSync(join(dir, 'f'), 'x');
  git('add', 'f');
  git('commit', '-qm', 'one');
  return { dir, git };
}

describe('localGitContext', () => {
  test('on a branch with a tag at HEAD: the branch', async () => {
    const r = repo();
    r.git('tag', 'v1.0.0');
    const ctx = await localGitContext(r.dir);
    expect(ctx).toMatchObject({ eventName: 'local', ref: 'refs/heads/main', sha: r.git('rev-parse', 'HEAD'), defaultBranch: 'main' });
  });

  test('a detached HEAD at a tag: the tag', async () => {
    const r = repo();
    r.git('tag', 'v1.0.0');
    r.git('checkout', '-q', '--detach', 'HEAD');
    expect(await localGitContext(r.dir)).toMatchObject({ ref: 'refs/tags/v1.0.0', defaultBranch: null });
  });

  test('a detached HEAD without a tag, another branch, no checkout at all', async () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'feature/x');
    expect(await localGitContext(r.dir)).toMatchObject({ ref: 'refs/heads/feature/x', defaultBranch: null });
    r.git('checkout', '-q', '--detach', 'HEAD');
    expect((await localGitContext(r.dir)).ref).toBe('');
    expect(await localGitContext(mkdtempSync(join(tmpdir(), 'bs-nogit-')))).toMatchObject({ ref: '', sha: '' });
  });
});

// HEAD read from the checkout's files must say what git says, wherever it answers at all
describe('headFromFiles', () => {
  const gitSays = (dir: string) => {
    const ask = (...args: string[]) => {
      try {
        return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
      } catch {
        return null;
      }
    };
    return {
      sha: ask('rev-parse', 'HEAD') ?? '',
      branch: ask('symbolic-ref', '--short', '-q', 'HEAD'),
      originHead: ask('symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD')
    };
  };

  test('a branch with a loose ref, then packed, from the top and from a subdirectory', () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'feature/x');
    mkdirSync(join(r.dir, 'sub/deeper'), { recursive: true });
    expect(headFromFiles(r.dir, {})).toEqual({ ...gitSays(r.dir), branch: 'feature/x', originHead: null });
    expect(existsSync(join(r.dir, '.git/refs/heads/feature/x'))).toBe(true);
    r.git('pack-refs', '--all');
    expect(existsSync(join(r.dir, '.git/refs/heads/feature/x'))).toBe(false);
    expect(headFromFiles(join(r.dir, 'sub/deeper'), {})).toEqual(gitSays(r.dir));
    expect(headFromFiles(r.dir, {})?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  test('a clone: origin/HEAD names the default branch (loose or after pack-refs)', () => {
    const r = repo();
    const clone = join(mkdtempSync(join(tmpdir(), 'bs-clone-')), 'c');
    execFileSync('git', ['clone', '-q', r.dir, clone]);
    expect(headFromFiles(clone, {})).toEqual({ ...gitSays(clone), originHead: 'origin/main' });
    execFileSync('git', ['pack-refs', '--all'], { cwd: clone });
    expect(headFromFiles(clone, {})).toEqual(gitSays(clone));
  });

  test('a symlinked directory: the repository of the real directory, as git finds it', () => {
    const a = repo();
    const b = repo();
    b.git('checkout', '-q', '-b', 'dev');
    mkdirSync(join(b.dir, 'svc'));
    symlinkSync(join(b.dir, 'svc'), join(a.dir, 'svc'));
    const outside = mkdtempSync(join(tmpdir(), 'bs-outside-'));
    symlinkSync(outside, join(a.dir, 'out'));
    expect(headFromFiles(join(a.dir, 'svc'), {})).toEqual(gitSays(join(a.dir, 'svc')));
    expect(headFromFiles(join(a.dir, 'svc'), {})?.branch).toBe('dev');
    // a link out of any repository: no answer from the files, and none from git
    expect(headFromFiles(join(a.dir, 'out'), {})).toBeNull();
    expect(gitSays(join(a.dir, 'out')).sha).toBe('');
  });

  test('a new repository without a commit: the branch, no commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-unborn-'));
    execFileSync('git', ['-c', 'init.defaultBranch=trunk', 'init', '-q'], { cwd: dir });
    expect(headFromFiles(dir, {})).toEqual({ sha: '', branch: 'trunk', originHead: null });
    expect(gitSays(dir)).toEqual({ sha: '', branch: 'trunk', originHead: null });
  });

  test('a linked worktree (.git is a gitdir: file; refs in the common dir)', () => {
    const r = repo();
    const wt = join(mkdtempSync(join(tmpdir(), 'bs-wt-')), 'wt');
    r.git('worktree', 'add', '-q', '-b', 'side', wt);
    expect(statSync(join(wt, '.git')).isFile()).toBe(true);
    expect(headFromFiles(wt, {})).toEqual({ ...gitSays(wt), branch: 'side' });
  });

  test('left to git: a detached HEAD, GIT_DIR set, no checkout, a reftable repository', async () => {
    const r = repo();
    expect(headFromFiles(r.dir, { GIT_DIR: join(r.dir, '.git') })).toBeNull();
    mkdirSync(join(r.dir, '.git/reftable'));
    expect(headFromFiles(r.dir, {})).toBeNull();
    rmSync(join(r.dir, '.git/reftable'), { recursive: true });
    r.git('tag', 'v2.0.0');
    r.git('checkout', '-q', '--detach', 'HEAD');
    expect(headFromFiles(r.dir, {})).toBeNull();
    // and git answers then
    expect(await localGitContext(r.dir, {})).toMatchObject({ ref: 'refs/tags/v2.0.0', sha: r.git('rev-parse', 'HEAD') });
    expect(headFromFiles(mkdtempSync(join(tmpdir(), 'bs-nogit-')), {})).toBeNull();
  });

  test('a tag named like the branch: the branch is still refs/heads/main (git --short says heads/main)', async () => {
    const r = repo();
    r.git('tag', 'main');
    expect(gitSays(r.dir).branch).toBe('heads/main');
    expect(headFromFiles(r.dir, {})?.branch).toBe('main');
    expect((await localGitContext(r.dir, {})).ref).toBe('refs/heads/main');
  });
});

describe('packedRef', () => {
  test('finds the line of the ref, skips peeled lines and comments', () => {
    const text = [
      '# pack-refs with: peeled fully-peeled sorted',
      `${'a'.repeat(40)} refs/heads/main`,
      `${'b'.repeat(40)} refs/tags/v1`,
      `^${'c'.repeat(40)}`,
      `${'d'.repeat(40)} refs/heads/main2`
    ].join('\n');
    expect(packedRef(text, 'refs/heads/main')).toBe('a'.repeat(40));
    expect(packedRef(text, 'refs/heads/main2')).toBe('d'.repeat(40));
    expect(packedRef(text, 'refs/heads/mai')).toBeNull();
    expect(packedRef('', 'refs/heads/main')).toBeNull();
  });
});
