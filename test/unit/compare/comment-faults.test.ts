// The PR comment and the baseline when GitHub or the data fails (issue 12; end to end in
// test/e2e/faults-github.test.ts): which failures are retried, the one-line reason, and a
// baseline written by another version.
import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineDir, restoreBaseline } from '../../../src/compare/baseline-store.js';
import { commentFailure, isRateLimited, withGithubRetry } from '../../../src/compare/pr-comment.js';

const rateLimited = {
  status: 403,
  message: 'API rate limit exceeded for installation ID 1',
  response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000000' } }
};

test('rate limits are told from permissions', () => {
  expect(isRateLimited(rateLimited)).toBe(true);
  expect(isRateLimited({ status: 429 })).toBe(true);
  expect(isRateLimited({ status: 403, message: 'You have exceeded a secondary rate limit' })).toBe(true);
  expect(isRateLimited({ status: 403, message: 'Resource not accessible by integration', response: { headers: { 'x-ratelimit-remaining': '4999' } } })).toBe(
    false
  );
});

test.each([
  [rateLimited, 'rate-limited', /rate limit for this token is spent \(403: API rate limit exceeded.*\); it resets at 08:00:00 UTC/],
  [{ status: 403, message: 'Resource not accessible by integration' }, 'no-permission', /grant "pull-requests: write"/],
  [{ status: 500, message: 'Server Error' }, 'failed', /the GitHub API failed \(500: Server Error\) on 3 attempts/],
  [{ message: 'socket hang up' }, 'failed', /the GitHub API failed \(no answer: socket hang up\)/],
  [{ status: 422, message: 'Validation Failed' }, 'failed', /refused the request \(422: Validation Failed\)/]
])('%j → %s', (e, result, why) => {
  const f = commentFailure(e);
  expect(f.result).toBe(result);
  expect(f.why).toMatch(why);
  expect(f.why).not.toMatch(/\n/);
});

test('5xx and network errors are retried twice (1 s, 2 s); a rate limit or a 4xx is not', async () => {
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  };
  // an API call rejecting with `e` as it is (not an Error): withGithubRetry passes any thrown value on unchanged
  const rejection = (e: unknown): Promise<never> =>
    Promise.resolve().then(() => {
      throw e;
    });
  let calls = 0;
  await expect(
    withGithubRetry(() => {
      calls++;
      return rejection({ status: 502 });
    }, sleep)
  ).rejects.toEqual({ status: 502 });
  expect([calls, sleeps]).toEqual([3, [1000, 2000]]);
  calls = 0;
  expect(await withGithubRetry(() => (++calls < 3 ? rejection({ status: 500 }) : Promise.resolve('ok')), sleep)).toBe('ok');
  for (const e of [rateLimited, { status: 404 }, { status: 422 }]) {
    calls = 0;
    await expect(
      withGithubRetry(() => {
        calls++;
        return rejection(e);
      }, sleep)
    ).rejects.toBe(e);
    expect(calls).toBe(1);
  }
});

test('a baseline written by a newer version is not compared: a warning says why', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-baseline-'));
  const dir = baselineDir(root, 'r.example/app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ schemaVersion: 2, durationMs: 1, steps: [] }));
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const got = await restoreBaseline(
    { saveCache: () => Promise.resolve(1), restoreCache: () => Promise.resolve('buildstage-timing-x-main-abc') },
    root,
    'r.example/app',
    'main'
  );
  const printed = out.mock.calls.map((c) => String(c[0])).join('');
  out.mockRestore();
  expect(got).toBeNull();
  expect(printed).toMatch(
    /::warning::timing baseline not restored: the main baseline \(buildstage-timing-x-main-abc\): schemaVersion 2 is not supported: this buildstage reads schemaVersion 1/
  );
});
