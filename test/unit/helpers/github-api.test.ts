// The local GitHub REST stub (test/helpers/github-api.ts) driven by the real Octokit from
// @actions/github, reached through GITHUB_API_URL as on a runner.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startGithubApi, type GithubApi } from '../../helpers/github-api.js';

const listed = JSON.parse(readFileSync('test/fixtures/github/list-comments.json', 'utf8'));
const forbidden = JSON.parse(readFileSync('test/fixtures/github/forbidden.json', 'utf8'));

// @actions/github reads GITHUB_API_URL when it is first imported: start the stub, set the
// variable, then import (this file's module registry is its own).
const api: GithubApi = await startGithubApi({ readOnlyTokens: ['fork-token'] });
const savedApiUrl = process.env.GITHUB_API_URL;
process.env.GITHUB_API_URL = api.env().GITHUB_API_URL;
const { getOctokit } = await import('@actions/github');
jest.unstable_mockModule('@actions/core', () => ({ warning: () => undefined, info: () => undefined, debug: () => undefined, isDebug: () => false }));
const { upsertPrComment } = await import('../../../src/compare/pr-comment.js');
const { COMMENT_MARKER } = await import('../../../src/compare/render.js');

afterAll(async () => {
  process.env.GITHUB_API_URL = savedApiUrl;
  await api.close();
});

// Each test uses its own PR number so the shared stub's state does not leak between tests.
const owner = 'acme';
const repo = 'shop';
const since = () => api.requests().length;

test('create, list, get and update a comment through GITHUB_API_URL', async () => {
  const octokit = getOctokit('ghs_test');
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 11, body: 'first' });
  expect(created.status).toBe(201);
  expect(created.headers.location).toBe(created.data.url);
  expect(created.data).toMatchObject({
    body: 'first',
    html_url: `https://github.com/acme/shop/pull/11#issuecomment-${created.data.id}`,
    url: `${api.url}/repos/acme/shop/issues/comments/${created.data.id}`,
    issue_url: `${api.url}/repos/acme/shop/issues/11`,
    user: { login: 'github-actions[bot]', type: 'Bot' },
    author_association: 'NONE'
  });
  expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // The same keys as the recorded GitHub shape.
  expect(Object.keys(created.data)).toEqual(expect.arrayContaining(Object.keys(listed[0])));

  const list = await octokit.rest.issues.listComments({ owner, repo, issue_number: 11 });
  expect(list.data.map((c) => c.body)).toEqual(['first']);
  expect(list.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);

  const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'second' });
  expect(updated.status).toBe(200);
  expect(updated.data).toMatchObject({ id: created.data.id, body: 'second', created_at: created.data.created_at });
  expect((await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id })).data.body).toBe('second');
  expect(api.comments(11).map((c) => c.body)).toEqual(['second']);
  expect(
    api
      .requests()
      .slice(-4)
      .map((r) => `${r.method} ${r.status} ${r.auth}`)
  ).toEqual(['POST 201 token', 'GET 200 token', 'PATCH 200 token', 'GET 200 token']);
});

test('requires a token (token or Bearer); a restricted stub refuses unknown ones', async () => {
  const bare = await fetch(`${api.url}/repos/acme/shop/issues/12/comments`);
  expect(bare.status).toBe(401);
  expect(await bare.json()).toEqual({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
  expect((await fetch(`${api.url}/repos/acme/shop/issues/12/comments`, { headers: { Authorization: 'Bearer abc' } })).status).toBe(200);
  expect(api.requests().at(-1)?.auth).toBe('bearer');

  const strict = await startGithubApi({ tokens: ['good'] });
  try {
    const bad = getOctokit('wrong', { baseUrl: strict.url });
    await expect(bad.rest.issues.listComments({ owner, repo, issue_number: 1 })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials')
    });
    const good = getOctokit('good', { baseUrl: strict.url });
    expect((await good.rest.issues.listComments({ owner, repo, issue_number: 1 })).status).toBe(200);
  } finally {
    await strict.close();
  }
});

test('pagination: per_page and page, with a Link header that octokit.paginate follows', async () => {
  for (let i = 1; i <= 5; i++) await getOctokit('t').rest.issues.createComment({ owner, repo, issue_number: 13, body: `c${i}` });
  const first = await fetch(`${api.url}/repos/acme/shop/issues/13/comments?per_page=2`, { headers: { Authorization: 'token t' } });
  expect(((await first.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c1', 'c2']);
  expect(first.headers.get('link')).toBe(
    `<${api.url}/repos/acme/shop/issues/13/comments?per_page=2&page=2>; rel="next", <${api.url}/repos/acme/shop/issues/13/comments?per_page=2&page=3>; rel="last"`
  );
  const last = await fetch(`${api.url}/repos/acme/shop/issues/13/comments?per_page=2&page=3`, { headers: { Authorization: 'token t' } });
  expect(last.headers.get('link')).toContain('rel="prev"');
  expect(last.headers.get('link')).not.toContain('rel="next"');

  const n = since();
  const octokit = getOctokit('t');
  const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 13, per_page: 2 });
  expect(all.map((c) => c.body)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  expect(
    api
      .requests()
      .slice(n)
      .map((r) => r.url)
  ).toEqual([
    '/repos/acme/shop/issues/13/comments?per_page=2',
    '/repos/acme/shop/issues/13/comments?per_page=2&page=2',
    '/repos/acme/shop/issues/13/comments?per_page=2&page=3'
  ]);
  // One page: no Link header.
  const single = await octokit.rest.issues.listComments({ owner, repo, issue_number: 13, per_page: 100 });
  expect(single.headers.link).toBeUndefined();
});

test('rate-limit fault: 403 with x-ratelimit-remaining 0, only for matching requests, count times', async () => {
  const octokit = getOctokit('t');
  api.setFault({ kind: 'rate-limit', match: /^POST /, count: 1 });
  await expect(octokit.rest.issues.listComments({ owner, repo, issue_number: 14 })).resolves.toMatchObject({ status: 200 });
  const err = await octokit.rest.issues.createComment({ owner, repo, issue_number: 14, body: 'x' }).catch((e: unknown) => e);
  expect(err).toMatchObject({
    status: 403,
    message: expect.stringContaining('API rate limit exceeded'),
    response: { headers: { 'x-ratelimit-remaining': '0' } }
  });
  expect(api.comments(14)).toEqual([]);
  await expect(octokit.rest.issues.createComment({ owner, repo, issue_number: 14, body: 'x' })).resolves.toMatchObject({ status: 201 });
  expect(
    api
      .requests()
      .slice(-2)
      .map((r) => [r.status, r.fault])
  ).toEqual([
    [403, 'rate-limit'],
    [201, undefined]
  ]);
});

test('5xx fault answers 500 until cleared', async () => {
  const octokit = getOctokit('t');
  api.setFault({ kind: '5xx' });
  await expect(octokit.rest.issues.listComments({ owner, repo, issue_number: 15 })).rejects.toMatchObject({ status: 500 });
  await expect(octokit.rest.issues.listComments({ owner, repo, issue_number: 15 })).rejects.toMatchObject({ status: 500 });
  api.setFault(null);
  await expect(octokit.rest.issues.listComments({ owner, repo, issue_number: 15 })).resolves.toMatchObject({ status: 200 });
});

test("a fork's read-only token lists but gets the recorded 403 on writes", async () => {
  api.seed('acme/shop', 16, listed);
  const fork = getOctokit('fork-token');
  expect((await fork.rest.issues.listComments({ owner, repo, issue_number: 16 })).data).toMatchObject(listed);
  const err = (await fork.rest.issues.createComment({ owner, repo, issue_number: 16, body: 'x' }).catch((e: unknown) => e)) as {
    status: number;
    response: { data: unknown };
  };
  expect(err.status).toBe(403);
  expect(err.response.data).toMatchObject({ message: forbidden.message, status: '403' });
  expect(api.comments(16)).toHaveLength(2);
});

test('unknown comments and routes answer 404; a missing body 422', async () => {
  const octokit = getOctokit('t');
  await expect(octokit.rest.issues.updateComment({ owner, repo, comment_id: 1, body: 'x' })).rejects.toMatchObject({ status: 404 });
  await expect(octokit.request('GET /repos/{owner}/{repo}/pulls/{n}', { owner, repo, n: 1 })).rejects.toMatchObject({ status: 404 });
  const r = await fetch(`${api.url}/repos/acme/shop/issues/17/comments`, {
    method: 'POST',
    headers: { Authorization: 'token t', 'Content-Type': 'application/json' },
    body: '{}'
  });
  expect(r.status).toBe(422);
});

test("the project's upsertPrComment creates, then updates the same comment in place", async () => {
  api.seed('acme/shop', 18, [listed[0]]);
  const octokit = getOctokit('t');
  const params = { owner, repo, issueNumber: 18, mode: 'always' as const, changed: true };
  await expect(upsertPrComment(octokit, { ...params, image: 'ghcr.io/acme/api', sectionMd: '#### api: build 1m → 40s' })).resolves.toBe('created');
  await expect(upsertPrComment(octokit, { ...params, image: 'ghcr.io/acme/web', sectionMd: '#### web: build 2m → 1m' })).resolves.toBe('updated');
  const ours = api.comments(18).filter((c) => c.body.includes(COMMENT_MARKER));
  expect(ours).toHaveLength(1);
  expect(ours[0].body).toContain('api: build 1m → 40s');
  expect(ours[0].body).toContain('web: build 2m → 1m');
  expect(api.comments(18)).toHaveLength(2);
});
