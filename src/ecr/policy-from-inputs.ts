// A lifecycle policy from simple inputs: `keep: "v*:10, main-*:5, latest:1"`, expire
// untagged images after N days, an optional catch-all. Every pattern is an anchored glob
// (`v*` = tags starting with v, `latest` = exactly latest). Protected patterns (the build
// cache `buildcache*` and `latest` by default) get the first rules, which select them so
// that no lower rule can expire them; those rules only act beyond 10,000 images.
import { InputError } from '../common/errors.js';
import type { LifecyclePolicy, LifecycleRule } from './policy.js';

export interface SimplePolicyInputs {
  keep: string;
  untaggedDays: number | null;
  /** Keep at most this many images of any kind (a catch-all, evaluated last). */
  keepAny: number | null;
  protect: string[];
}

export const DEFAULT_PROTECT = ['buildcache*', 'latest'];
const PROTECT_COUNT = 10000;

export function parseKeep(text: string): Array<{ pattern: string; count: number }> {
  const out: Array<{ pattern: string; count: number }> = [];
  for (const part of text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*:\s*(\d+)$/.exec(part);
    if (!m || Number(m[2]) < 1) throw new InputError('keep', `"${part}" is not PATTERN:COUNT`, 'write e.g. "v*:10, main-*:5, latest:1"');
    if ((m[1].match(/\*/g) ?? []).length > 4)
      throw new InputError('keep', `"${m[1]}" has more than four * wildcards`, 'write at most four * in a pattern (ECR allows no more)');
    out.push({ pattern: m[1], count: Number(m[2]) });
  }
  return out;
}

export function buildPolicy(i: SimplePolicyInputs): LifecyclePolicy {
  const rules: LifecycleRule[] = [];
  let p = 1;
  for (const pattern of i.protect) {
    rules.push({
      rulePriority: p++,
      description: `buildstage: never expire ${pattern} (protected)`,
      selection: { tagStatus: 'tagged', tagPatternList: [pattern], countType: 'imageCountMoreThan', countNumber: PROTECT_COUNT },
      action: { type: 'expire' }
    });
  }
  for (const k of parseKeep(i.keep)) {
    rules.push({
      rulePriority: p++,
      description: `buildstage: keep the newest ${k.count} ${k.pattern}`,
      selection: { tagStatus: 'tagged', tagPatternList: [k.pattern], countType: 'imageCountMoreThan', countNumber: k.count },
      action: { type: 'expire' }
    });
  }
  if (i.untaggedDays !== null) {
    rules.push({
      rulePriority: p++,
      description: `buildstage: expire untagged images after ${i.untaggedDays} days`,
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: i.untaggedDays },
      action: { type: 'expire' }
    });
  }
  if (i.keepAny !== null) {
    rules.push({
      // the last rule: p is not used after it
      rulePriority: p,
      description: `buildstage: keep at most ${i.keepAny} images in all`,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: i.keepAny },
      action: { type: 'expire' }
    });
  }
  if (rules.length === i.protect.length)
    throw new InputError('keep', 'the policy would only protect and never expire anything', 'set keep, untagged-days or keep-any');
  return { rules };
}
