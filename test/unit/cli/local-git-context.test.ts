// The CLI's git context of a local checkout: a branch names the ref (the tag is asked only for
// a detached HEAD), the default branch from origin/HEAD or a main/master branch.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localGitContext } from '../../../src/cli/git.js';

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
