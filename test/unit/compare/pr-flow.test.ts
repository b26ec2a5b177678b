// Baselines through an in-memory Actions cache with the service's semantics: exact key
// first, then the newest entry whose key starts with a restore prefix.
import { jest } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.unstable_mockModule('@actions/core', () => ({ warning: () => undefined, info: () => undefined, debug: () => undefined }));
const { runPrTiming } = await import('../../../src/compare/pr-flow.js');
import type { TimingReport } from '../../../src/timing/types.js';

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/reports/${name}.json`, 'utf8')) as TimingReport;

function memoryCache() {
  const entries: Array<{ key: string; dir: string }> = [];
  const store = mkdtempSync(join(tmpdir(), 'bs-cache-'));
  return {
    entries,
    saveCache(paths: string[], key: string) {
      const dir = join(store, String(entries.length));
      cpSync(paths[0], dir, { recursive: true });
      entries.push({ key, dir });
      return Promise.resolve(entries.length);
    },
    restoreCache(paths: string[], primaryKey: string, restoreKeys: string[] = []) {
      const hit = entries.find((e) => e.key === primaryKey) ?? [...entries].reverse().find((e) => restoreKeys.some((k) => e.key.startsWith(k)));
      if (!hit) return Promise.resolve(undefined);
      rmSync(paths[0], { recursive: true, force: true });
      mkdirSync(paths[0], { recursive: true });
      cpSync(hit.dir, paths[0], { recursive: true });
      return Promise.resolve(hit.key);
    }
  };
}

const ctx = (over: object) => ({
  eventName: 'push',
  ref: 'refs/heads/main',
  baseRef: null,
  defaultBranch: 'main',
  sha: 'aaa',
  prNumber: null,
  owner: 'acme',
  repo: 'shop',
  ...over
});
const inputs = { comment: 'on-change' as const, regressionThreshold: '10%,0.2s', baselineBranches: [] };

test('a default-branch build saves its report; a PR build restores the newest and compares', async () => {
  const cache = memoryCache();
  const tempDir = mkdtempSync(join(tmpdir(), 'bs-flow-'));
  await runPrTiming({ report: load('cold'), image: 'reg/app', context: ctx({ sha: 'c1' }), inputs, baselineRoot: tempDir, cache, octokit: null });
  await runPrTiming({ report: load('code-change'), image: 'reg/app', context: ctx({ sha: 'c2' }), inputs, baselineRoot: tempDir, cache, octokit: null });
  expect(cache.entries.map((e) => e.key)).toEqual(['buildstage-timing-reg-app-main-c1', 'buildstage-timing-reg-app-main-c2']);

  const pr = await runPrTiming({
    report: load('cache-break'),
    image: 'reg/app',
    context: ctx({ eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main', prNumber: 7, sha: 'p1' }),
    inputs,
    baselineRoot: mkdtempSync(join(tmpdir(), 'bs-flow-pr-')),
    cache,
    octokit: null
  });
  // compared with the newest baseline (code-change), not the first (cold)
  expect(pr.regressed).toBe(true);
  expect(pr.markdown).toContain('re-ran: <code>COPY . .</code> deps L3 changed');
  expect(cache.entries).toHaveLength(2);
});

test('a PR with no baseline says so and does not fail', async () => {
  const pr = await runPrTiming({
    report: load('warm'),
    image: 'reg/other',
    context: ctx({ eventName: 'pull_request', ref: 'refs/pull/8/merge', baseRef: 'main', prNumber: 8 }),
    inputs,
    baselineRoot: mkdtempSync(join(tmpdir(), 'bs-flow-')),
    cache: memoryCache(),
    octokit: null
  });
  expect(pr.regressed).toBe(false);
  expect(pr.markdown).toMatch(/no baseline yet/);
});

test('a feature branch push that is not a baseline branch saves nothing', async () => {
  const cache = memoryCache();
  await runPrTiming({
    report: load('warm'),
    image: 'reg/app',
    context: ctx({ ref: 'refs/heads/feature' }),
    inputs,
    baselineRoot: mkdtempSync(join(tmpdir(), 'bs-')),
    cache,
    octokit: null
  });
  expect(cache.entries).toEqual([]);
});

function recordingOctokit() {
  const created: Array<{ issue_number: number; body: string }> = [];
  const octokit = {
    paginate: () => Promise.resolve([]),
    rest: {
      issues: {
        listComments: () => Promise.resolve({ data: [] }),
        updateComment: () => Promise.resolve({ data: {} }),
        createComment: (p: { issue_number: number; body: string }) => {
          created.push(p);
          return Promise.resolve({ data: { id: 1 } });
        }
      }
    }
  };
  return { octokit: octokit as unknown as Parameters<typeof runPrTiming>[0]['octokit'], created };
}

test('pull_request_target (GITHUB_REF is the base branch): compared with the base branch, commented on its PR, never saved as the base branch baseline', async () => {
  const cache = memoryCache();
  await runPrTiming({
    report: load('code-change'),
    image: 'reg/app',
    context: ctx({ sha: 'c1' }),
    inputs,
    baselineRoot: mkdtempSync(join(tmpdir(), 'bs-')),
    cache,
    octokit: null
  });
  const gh = recordingOctokit();
  const pr = await runPrTiming({
    report: load('cache-break'),
    image: 'reg/app',
    // what the runner gives on pull_request_target: the base branch's ref and last commit
    context: ctx({ eventName: 'pull_request_target', ref: 'refs/heads/main', baseRef: 'main', prNumber: 15, sha: 'base-head' }),
    inputs: { ...inputs, comment: 'always' as const },
    baselineRoot: mkdtempSync(join(tmpdir(), 'bs-flow-prt-')),
    cache,
    octokit: gh.octokit
  });
  expect(pr.baselineSaved).toBeNull();
  expect(cache.entries.map((e) => e.key)).toEqual(['buildstage-timing-reg-app-main-c1']);
  expect(pr.regressed).toBe(true);
  expect(gh.created.map((c) => c.issue_number)).toEqual([15]);
});
