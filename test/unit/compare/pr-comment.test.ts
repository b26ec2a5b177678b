// The comment upsert through @actions/github's Octokit, with the HTTP layer replaced by
// recorded GitHub REST responses (test/fixtures/github/).
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';

const warnings: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  warning: (m: string) => void warnings.push(m),
  info: () => undefined,
  debug: () => undefined,
  isDebug: () => false
}));
const { getOctokit } = await import('@actions/github');
const { upsertPrComment } = await import('../../../src/compare/pr-comment.js');
const { COMMENT_MARKER } = await import('../../../src/compare/render.js');

const listed = JSON.parse(readFileSync('test/fixtures/github/list-comments.json', 'utf8'));
const forbidden = readFileSync('test/fixtures/github/forbidden.json', 'utf8');

interface Call {
  method: string;
  url: string;
  body: Record<string, unknown> | null;
}

function fakeGitHub(opts: { comments: unknown[]; writeStatus?: number }) {
  const calls: Call[] = [];
  const fetch = (url: string, init: { method?: string; body?: string }) => {
    const method = (init.method ?? 'GET').toUpperCase();
    calls.push({ method, url, body: init.body ? JSON.parse(init.body) : null });
    const json = (status: number, body: unknown) =>
      Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    if (method === 'GET') return json(200, opts.comments);
    if (opts.writeStatus && opts.writeStatus >= 400) return json(opts.writeStatus, forbidden);
    return json(method === 'POST' ? 201 : 200, { id: 1833333333, body: JSON.parse(init.body as string).body });
  };
  return { octokit: getOctokit('test-token', { request: { fetch } }), calls };
}

const params = {
  owner: 'acme',
  repo: 'shop',
  issueNumber: 7,
  image: 'ghcr.io/acme/api',
  sectionMd: '#### api: build 1m → 40s',
  mode: 'on-change' as const,
  changed: true
};

beforeEach(() => (warnings.length = 0));

test('creates the comment when none has the marker', async () => {
  const gh = fakeGitHub({ comments: [listed[0]] });
  await expect(upsertPrComment(gh.octokit, params)).resolves.toBe('created');
  const post = gh.calls.find((c) => c.method === 'POST')!;
  expect(post.url).toBe('https://api.github.com/repos/acme/shop/issues/7/comments');
  expect(String(post.body?.body)).toContain(COMMENT_MARKER);
  expect(String(post.body?.body)).toContain('api: build 1m → 40s');
});

test('updates the marked comment in place, keeping the other image section', async () => {
  const gh = fakeGitHub({ comments: listed });
  await expect(upsertPrComment(gh.octokit, params)).resolves.toBe('updated');
  const patch = gh.calls.find((c) => c.method === 'PATCH')!;
  expect(patch.url).toBe('https://api.github.com/repos/acme/shop/issues/comments/1822222222');
  expect(String(patch.body?.body)).toContain('ghcr.io/acme/web: build 1m00s');
  expect(String(patch.body?.body)).toContain('api: build 1m → 40s');
  expect(gh.calls.some((c) => c.method === 'POST')).toBe(false);
});

test('on-change with nothing flagged creates nothing', async () => {
  const gh = fakeGitHub({ comments: [listed[0]] });
  await expect(upsertPrComment(gh.octokit, { ...params, changed: false })).resolves.toBe('skipped');
  expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
});

test('never does not call the API', async () => {
  const gh = fakeGitHub({ comments: listed });
  await expect(upsertPrComment(gh.octokit, { ...params, mode: 'never' })).resolves.toBe('skipped');
  expect(gh.calls).toEqual([]);
});

test('a fork token without write permission warns and does not fail', async () => {
  const gh = fakeGitHub({ comments: [listed[0]], writeStatus: 403 });
  await expect(upsertPrComment(gh.octokit, params)).resolves.toBe('no-permission');
  expect(warnings.join('\n')).toMatch(/pull-requests: write/);
});
