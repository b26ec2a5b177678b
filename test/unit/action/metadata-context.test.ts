// The API reads behind metadata-action's labels (src/actions/build/metadata-context.ts) through the
// real Octokit from @actions/github against the local GitHub REST stub, reached through
// GITHUB_API_URL as on a runner. The stub has no repository endpoints: the read fails with
// its 404, and the step goes on with a warning.
import { startGithubApi, type GithubApi } from '../../helpers/github-api.js';

// @actions/github reads GITHUB_API_URL when it is first imported
const api: GithubApi = await startGithubApi();
const savedApiUrl = process.env.GITHUB_API_URL;
process.env.GITHUB_API_URL = api.env().GITHUB_API_URL;
const { metadataFacts, octokitReads } = await import('../../../src/actions/build/metadata-context.js');
const { gitContextFromEnv } = await import('../../../src/plan/git-context.js');

afterAll(async () => {
  process.env.GITHUB_API_URL = savedApiUrl;
  await api.close();
});

test('a schedule run asks GET /repos/{owner}/{repo}; a failure is one warning and no facts', async () => {
  const ctx = gitContextFromEnv(
    { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37', GITHUB_REPOSITORY: 'acme/shop' },
    {}
  );
  const warnings: string[] = [];
  const inputs = { tags: [], images: ['ghcr.io/acme/shop'], 'tag-rules': [], labels: [], annotations: [], 'github-token': 'ghs_test' };
  expect(
    await metadataFacts(
      ctx,
      inputs,
      () => octokitReads('ghs_test'),
      (l) => void warnings.push(l)
    )
  ).toEqual({});
  expect(api.requests().map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual(['GET /repos/acme/shop 404']);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/^repository metadata for the labels not read from the GitHub API \(Not Found/);
});
