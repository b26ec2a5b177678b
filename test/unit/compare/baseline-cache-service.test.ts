// Baselines through the real @actions/cache client and the local v2 cache service: what
// a default-branch run saves, a pull request run (another job, its own token) restores.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheServiceForFile } from '../../helpers/cache-service-for-file.js';
import { prScopes, pushScopes } from '../../helpers/cache-service.js';

import * as cache from '@actions/cache';
import { restoreBaseline, saveBaseline } from '../../../src/compare/baseline-store.js';

const report = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/reports/cold.json'), 'utf8'));
const cacheService = cacheServiceForFile();
const as = (scopes: ReturnType<typeof pushScopes>) => Object.assign(process.env, cacheService().env(scopes));

test('a pull request restores the baseline its base branch saved, under the same root on another run', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-runner-temp-'));
  as(pushScopes('main'));
  expect(await saveBaseline(cache, root, 'reg/app', 'main', 'c1', report)).toMatch(/^buildstage-timing-reg-app-main-c1$/);
  as(prScopes(3, 'main'));
  const back = await restoreBaseline(cache, root, 'reg/app', 'main');
  expect(back?.durationMs).toBe(report.durationMs);
});

test('the entry is versioned by its path: a per-run directory would never find it (why the root must be RUNNER_TEMP)', async () => {
  as(pushScopes('main'));
  await saveBaseline(cache, mkdtempSync(join(tmpdir(), 'bs-run-1-')), 'reg/other', 'main', 'c1', report);
  as(prScopes(4, 'main'));
  expect(await restoreBaseline(cache, mkdtempSync(join(tmpdir(), 'bs-run-2-')), 'reg/other', 'main')).toBeNull();
});

test('a save the cache service refuses (the key exists) is not reported as saved', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-runner-temp-'));
  as(pushScopes('main'));
  expect(await saveBaseline(cache, root, 'reg/dup', 'main', 'c9', report)).toBe('buildstage-timing-reg-dup-main-c9');
  expect(await saveBaseline(cache, root, 'reg/dup', 'main', 'c9', report)).toBeNull();
});
