// Every input of ecr-lifecycle/action.yml, read in one place, and the policy they describe.
import { existsSync, readFileSync } from 'node:fs';
import { parseList } from '../common/list.js';
import { parseBool } from '../common/bool.js';
import { InputError } from '../common/errors.js';
import type { InputReader } from '../inputs/inputs.js';
import { parsePolicyText, type LifecyclePolicy } from './policy.js';
import { buildPolicy, DEFAULT_PROTECT, parseKeep } from './policy-from-inputs.js';
import { checkAwsRegion } from '../inputs/aws-region.js';
import { DEFAULT_PRICE_PER_GB_MONTH } from './render-summary.js';
import { validatePolicy } from './validate.js';
import type { CleanupOptions } from './cleanup.js';

export const MODES = ['validate', 'apply', 'cleanup', 'apply-and-cleanup'] as const;

export interface EcrInputs {
  mode: (typeof MODES)[number];
  repositories: string[];
  include: string[];
  exclude: string[];
  'policy-file': string;
  keep: string;
  'untagged-days': number | null;
  'keep-any': number | null;
  protect: string[];
  'protect-tags': string[];
  'protect-digests': string[];
  'dry-run': boolean;
  'create-repository': boolean;
  'aws-region': string;
  'price-per-gb-month': number;
  concurrency: number;
  summary: boolean;
}

function num(name: string, value: string, fallback: number | null, min = 1, integer = true, max = Infinity): number | null {
  const v = value.trim();
  if (v === '') return fallback;
  const n = Number(v);
  const what = integer ? 'a whole number' : 'a number';
  if (!/^[0-9.]+$/.test(v) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new InputError(
      name,
      `"${value}" is not ${what} ${max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`}`,
      `write ${what} such as ${integer ? Math.max(min, Math.min(max, 30)) : '0.10'}`
    );
  }
  return n;
}

/** ECR repository names: lowercase path components separated by / (2 to 256 characters). */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** The same, with * wildcards (include, exclude). */
const REPOSITORY_PATTERN = /^[a-z0-9._/*-]+$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const TAG_PATTERN = /^[A-Za-z0-9_.*-]{1,128}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

function each(name: string, values: string[], ok: (v: string) => boolean, what: string, example: string): string[] {
  for (const v of values) if (!ok(v)) throw new InputError(name, `"${v}" is not ${what}`, `write e.g. ${example}`);
  return values;
}

/** Every ECR input, checked before any API call. */
function checkEcrInputs(i: EcrInputs): EcrInputs {
  each(
    'repositories',
    i.repositories,
    (r) => r.length >= 2 && r.length <= 256 && REPOSITORY.test(r),
    'an ECR repository name (lowercase, / between components)',
    'shop/api'
  );
  each('include', i.include, (r) => REPOSITORY_PATTERN.test(r), 'a repository name pattern (lowercase, * wildcards)', 'shop/*');
  each('exclude', i.exclude, (r) => REPOSITORY_PATTERN.test(r), 'a repository name pattern (lowercase, * wildcards)', 'shop/legacy-*');
  each(
    'protect',
    i.protect,
    (p) => TAG_PATTERN.test(p) && (p.match(/\*/g) ?? []).length <= 4,
    'a tag pattern (at most four * wildcards)',
    'buildcache*, latest, prod-*'
  );
  each('protect-tags', i['protect-tags'], (t) => TAG.test(t), 'an image tag', 'v1.2.3, prod');
  each('protect-digests', i['protect-digests'], (d) => DIGEST.test(d), 'an image digest', 'sha256:<64 lowercase hex digits>');
  if (i.keep) parseKeep(i.keep);
  checkAwsRegion('aws-region', i['aws-region']);
  return i;
}

export function readEcrInputs(get: InputReader): EcrInputs {
  const mode = get('mode').trim() || 'apply';
  if (!(MODES as readonly string[]).includes(mode)) throw new InputError('mode', `unknown mode "${mode}"`, `write one of ${MODES.join(', ')}`);
  const protect = get('protect').trim();
  return checkEcrInputs({
    mode: mode as EcrInputs['mode'],
    repositories: parseList(get('repositories')),
    include: parseList(get('include')),
    exclude: parseList(get('exclude')),
    'policy-file': get('policy-file').trim(),
    keep: get('keep').trim(),
    'untagged-days': num('untagged-days', get('untagged-days'), null),
    'keep-any': num('keep-any', get('keep-any'), null),
    protect: protect === '' ? DEFAULT_PROTECT : protect === 'none' ? [] : parseList(protect),
    'protect-tags': parseList(get('protect-tags')),
    'protect-digests': parseList(get('protect-digests')),
    'dry-run': parseBool('dry-run', get('dry-run'), false),
    'create-repository': parseBool('create-repository', get('create-repository'), false),
    'aws-region': get('aws-region').trim(),
    'price-per-gb-month': num('price-per-gb-month', get('price-per-gb-month'), DEFAULT_PRICE_PER_GB_MONTH, 0, false) as number,
    concurrency: num('concurrency', get('concurrency'), 4, 1, true, 32) as number,
    summary: parseBool('summary', get('summary'), true)
  });
}

/** The policy of these inputs (a file, or keep/untagged-days/keep-any), validated; null when none is given. */
export function policyFromInputs(i: EcrInputs, cwd = process.cwd()): LifecyclePolicy | null {
  let raw: unknown;
  if (i['policy-file']) {
    const path = i['policy-file'].startsWith('/') ? i['policy-file'] : `${cwd}/${i['policy-file']}`;
    if (!existsSync(path)) throw new InputError('policy-file', `no file at ${path}`, 'point policy-file at a JSON or YAML lifecycle policy in the repository');
    try {
      raw = parsePolicyText(readFileSync(path, 'utf8'), path);
    } catch (e) {
      throw new InputError('policy-file', (e as Error).message.split('\n')[0], "write the policy in ECR's JSON format, or as YAML");
    }
  } else if (i.keep || i['untagged-days'] !== null || i['keep-any'] !== null) {
    raw = buildPolicy({ keep: i.keep, untaggedDays: i['untagged-days'], keepAny: i['keep-any'], protect: i.protect });
  } else {
    return null;
  }
  const v = validatePolicy(raw);
  if (!v.ok)
    throw new InputError(
      i['policy-file'] ? 'policy-file' : 'keep',
      `the lifecycle policy is invalid (${v.errors.join('; ')})`,
      'fix the rules listed (node dist/cli.js ecr validate --policy FILE checks a file)'
    );
  return v.policy;
}

/** The cleanup these inputs ask for (the action and the CLI both run it). */
export function cleanupOptions(i: EcrInputs, policy: LifecyclePolicy | null, now: Date): CleanupOptions {
  return {
    include: i.include,
    exclude: i.exclude,
    repositories: i.repositories,
    policy,
    protectTags: i['protect-tags'],
    protectDigests: i['protect-digests'],
    dryRun: i['dry-run'],
    concurrency: i.concurrency,
    now
  };
}
