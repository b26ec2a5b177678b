// Baselines: the JSON timing report of a build on the default branch (or a listed
// branch), kept in the Actions cache under a key per image, branch and commit, and
// restored by prefix so the newest wins. No extra service.
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from '../common/slug.js';
import { parseTimingReportText } from '../schemas/timing-report.js';
import type { TimingReport } from '../timing/types.js';

export interface CacheApi {
  saveCache(paths: string[], key: string): Promise<number>;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
}

export function baselinePrefix(image: string, branch: string): string {
  return `buildstage-timing-${slug(image.replace(/[/:]/g, '-'), 80)}-${slug(branch, 60)}-`;
}

export function baselineDir(root: string, image: string): string {
  return join(root, 'buildstage-baseline', slug(image.replace(/[/:]/g, '-'), 80));
}

export async function saveBaseline(cache: CacheApi, root: string, image: string, branch: string, sha: string, report: TimingReport): Promise<string | null> {
  const dir = baselineDir(root, image);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
  const key = `${baselinePrefix(image, branch)}${sha}`;
  try {
    // @actions/cache answers -1 (and logs why) when it could not reserve or upload the entry
    const id = await cache.saveCache([dir], key);
    if (id === -1) {
      core.warning(`timing baseline not saved (the Actions cache did not take ${key}; see the lines above); pull requests compare with the previous baseline`);
      return null;
    }
    return key;
  } catch (e) {
    core.warning(`timing baseline not saved (${(e as Error).message}); pull requests will have nothing to compare with`);
    return null;
  }
}

export async function restoreBaseline(cache: CacheApi, root: string, image: string, branch: string): Promise<TimingReport | null> {
  const dir = baselineDir(root, image);
  const prefix = baselinePrefix(image, branch);
  try {
    const hit = await cache.restoreCache([dir], prefix, [prefix]);
    if (!hit || !existsSync(join(dir, 'report.json'))) return null;
    // written by another version of the action: checked, and an earlier writer's missing fields filled in
    return parseTimingReportText(readFileSync(join(dir, 'report.json'), 'utf8'), `the ${branch} baseline (${hit})`);
  } catch (e) {
    core.warning(`timing baseline not restored: ${(e as Error).message}`);
    return null;
  }
}
