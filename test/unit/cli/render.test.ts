// The CLI's own text (src/cli/render.ts) and the git helpers that need no repository.
import { renderBuildResult, renderDecisionsText, renderMetadataText, renderNothingToBuild } from '../../../src/cli/render.js';
import { repositoryOfRemote } from '../../../src/cli/git.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import type { ServiceDecision } from '../../../src/monorepo/changed.js';

test('tags: context, version, then each section (none when empty)', () => {
  const ctx = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: '860c1904a1ce19322e91ac35af1ab07466440c37', defaultBranch: 'main' } as GitContext;
  expect(renderMetadataText(ctx, { version: '1.2.3', tags: ['app:1.2.3'], labels: [], annotations: ['manifest:a=b'] })).toBe(
    'context: push refs/tags/v1.2.3 860c1904a1ce (default branch main)\nversion: 1.2.3\ntags:\n  app:1.2.3\nlabels: (none)\nannotations:\n  manifest:a=b\n'
  );
  expect(renderMetadataText({ ...ctx, ref: '', sha: '', defaultBranch: null }, { version: null, tags: [], labels: [], annotations: [] })).toMatch(
    /^context: push \(no ref\) \(no commit\)\nversion: \(none\)\n/
  );
});

test('build result, changed decisions, bake with nothing to build', () => {
  expect(renderBuildResult('sha256:abc', ['r/app:1', 'r/app:latest'])).toBe('digest: sha256:abc\ntags:\n  r/app:1\n  r/app:latest\n');
  expect(renderBuildResult(null, [])).toBe('');
  const d = (name: string, build: boolean, reason: string) => ({ service: { name }, build, reason }) as ServiceDecision;
  expect(renderDecisionsText([d('api', true, 'apps/api changed'), d('web', false, 'nothing changed')])).toBe(
    'build api: apps/api changed\nskip  web: nothing changed\n'
  );
  expect(renderNothingToBuild([{ name: 'db', reason: 'no build section' }])).toBe('nothing to build:\n  db: no build section\n');
});

test.each([
  ['https://github.com/octocat/Hello-World.git', 'octocat/Hello-World'],
  ['git@github.com:octocat/Hello-World.git', 'octocat/Hello-World'],
  ['https://github.com/octocat/Hello-World/', 'octocat/Hello-World'],
  ['https://gitlab.com/a/b.git', null],
  [null, null]
])('the GitHub repository of remote %s', (url, repo) => {
  expect(repositoryOfRemote(url)).toBe(repo);
});
