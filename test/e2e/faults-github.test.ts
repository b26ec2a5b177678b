// Fault: the GitHub API fails or rate-limits while the PR comment is written (issue 12 item
// 1). The bundled action on the real engine: a build on main keeps its baseline in the local
// cache service; pull request builds compare with it while the GitHub REST stub answers with
// the primary rate limit, 5xx, or a fork's 403. The build stays green, the job summary still
// has the comparison, and the warning says why; a 5xx that passes is retried and the comment
// written.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSecrets, runAction, type ActionRun } from '../helpers/action-runner.js';
import { prScopes, pushScopes, startCacheService, type CacheService } from '../helpers/cache-service.js';
import { startGithubApi, type GithubApi, type GithubFault } from '../helpers/github-api.js';
import { REGISTRY, registryUp } from '../helpers/registry.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/apps/fault-app');
const TOKEN = `ghs_fault${Date.now().toString(36)}token`;
const SECRET = `gh-fault-secret-${Date.now().toString(36)}`;
const MAIN_SHA = '3333333333333333333333333333333333333333';
const PR_SHA = '4444444333333333333333333333333333333333';

let cache: CacheService;
let gh: GithubApi;
let ws: string;
const repo = `fault-gh-${Date.now().toString(36)}`;
const inputs = {
  context: 'app',
  tags: `${REGISTRY}/${repo}:ci`,
  push: 'false',
  load: 'true',
  network: 'host',
  cache: 'none',
  advisor: 'false',
  comment: 'always',
  'github-token': TOKEN,
  secrets: `FAULT_SECRET=${SECRET}`
};

beforeAll(async () => {
  if (!(await registryUp())) throw new Error(`registry ${REGISTRY} is not running: run scripts/engine-up.sh`);
  cache = await startCacheService();
  gh = await startGithubApi({ tokens: [TOKEN] });
  ws = mkdtempSync(join(tmpdir(), 'bs-fault-gh-'));
  cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
  // the base branch's build keeps its timing report as the baseline
  const main = await runAction(
    { ...inputs, 'build-args': 'NONCE=main' },
    { workspace: ws, env: { ...cache.env(pushScopes('main')), GITHUB_SHA: MAIN_SHA, DOCKER_BUILD_SUMMARY: 'false' } }
  );
  if (main.status !== 0 || !/timing baseline saved/.test(main.stdout)) throw new Error(`the main build did not keep a baseline:\n${main.stdout.slice(-3000)}`);
}, 300_000);
afterAll(async () => {
  // unset when the setup failed
  await (cache as CacheService | undefined)?.close();
  await (gh as GithubApi | undefined)?.close();
});

let pr = 40;
async function prBuild(fault: GithubFault | null): Promise<{ r: ActionRun; number: number }> {
  const number = pr++;
  gh.setFault(fault);
  const service = cache.env(prScopes(number, 'main'));
  const r = await runAction(
    { ...inputs, 'build-args': `NONCE=pr-${number}` },
    {
      workspace: ws,
      env: {
        ...service,
        ...gh.env(),
        DOCKER_BUILD_SUMMARY: 'false',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: `refs/pull/${number}/merge`,
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'main',
        GITHUB_SHA: PR_SHA
      },
      payload: {
        number,
        pull_request: { number, head: { ref: 'feature', sha: PR_SHA }, base: { ref: 'main', sha: MAIN_SHA } },
        repository: { default_branch: 'main', private: false }
      }
    }
  );
  gh.setFault(null);
  const bodies = gh.comments(number).map((c) => c.body);
  expectNoSecrets(r, { 'GitHub token': TOKEN, 'runtime token': service.ACTIONS_RUNTIME_TOKEN, 'build secret': SECRET }, bodies);
  return { r, number };
}

const green = (r: ActionRun) => {
  expect(r.stdout).not.toMatch(/^::error/m);
  expect(r.status).toBe(0);
  expect(r.summary).toContain('Against the base branch');
};
const commentWarning = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::warning::PR comment not written'));

test('the rate limit is spent when the comment is written: green, the summary has the comparison, the warning says why and when it resets', async () => {
  const { r, number } = await prBuild({ kind: 'rate-limit', match: /^POST /, count: 10 });
  green(r);
  expect(commentWarning(r)).toEqual([
    expect.stringMatching(
      /^::warning::PR comment not written: the GitHub API rate limit for this token is spent \(403: API rate limit exceeded.*\); it resets at \d\d:\d\d:\d\d UTC\. The build is not failed by it; the job summary has the comparison\.$/
    )
  ]);
  expect(gh.comments(number)).toEqual([]);
}, 180_000);

test('the GitHub API answers 500 to everything: green after three attempts, the warning says so', async () => {
  const { r, number } = await prBuild({ kind: '5xx', status: 500 });
  green(r);
  expect(commentWarning(r)).toEqual([expect.stringMatching(/the GitHub API failed \(500: Server Error.*\) on 3 attempts/)]);
  expect(gh.requests().filter((q) => q.fault === '5xx' && q.url.includes(`/issues/${number}/`)).length).toBe(3);
}, 180_000);

test('the GitHub API answers 502 twice, then works: the comment is written, no warning', async () => {
  const { r, number } = await prBuild({ kind: '5xx', status: 502, count: 2 });
  green(r);
  expect(commentWarning(r)).toEqual([]);
  expect(gh.comments(number)).toHaveLength(1);
  expect(gh.comments(number)[0].body).toContain(repo);
}, 180_000);

test("a fork's token cannot write: green, the warning names the permission", async () => {
  const { r } = await prBuild({ kind: 'forbidden', match: /^POST / });
  green(r);
  expect(commentWarning(r)).toEqual([expect.stringMatching(/403: Resource not accessible by integration.*grant "pull-requests: write"/)]);
}, 180_000);
