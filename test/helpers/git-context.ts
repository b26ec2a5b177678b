// The git context of a push to main in acme/shop, as the action reads it from GITHUB_* and
// the event payload; tests change only what they are about.
import type { GitContext } from '../../src/plan/git-context.js';

export function gitContext(over: Partial<GitContext> = {}): GitContext {
  return {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    defaultBranch: 'main',
    baseRef: null,
    headRef: null,
    prNumber: null,
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    runId: '1',
    runAttempt: '1',
    repoPrivate: false,
    ...over
  };
}
