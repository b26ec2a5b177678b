// Every input of ecr-lifecycle/action.yml, read in one place, and the policy they describe.
import { existsSync, readFileSync } from 'node:fs';
import { InputError, parseBool, parseList } from '../inputs/list.js';
import type { InputReader } from '../inputs/inputs.js';
import { parsePolicyText, type LifecyclePolicy } from './policy.js';
import { buildPolicy, DEFAULT_PROTECT } from './policy-from-inputs.js';
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

function num(name: string, value: string, fallback: number | null, min = 1): number | null {
  const v = value.trim();
  if (v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new InputError(name, `"${value}" is not a number of at least ${min}`, `write a number such as ${min === 0 ? '0.10' : '30'}`);
  return n;
}

export function readEcrInputs(get: InputReader): EcrInputs {
  const mode = get('mode').trim() || 'apply';
  if (!(MODES as readonly string[]).includes(mode)) throw new InputError('mode', `unknown mode "${mode}"`, `write one of ${MODES.join(', ')}`);
  const protect = get('protect').trim();
  return {
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
    'price-per-gb-month': num('price-per-gb-month', get('price-per-gb-month'), DEFAULT_PRICE_PER_GB_MONTH, 0) as number,
    concurrency: num('concurrency', get('concurrency'), 4) as number,
    summary: parseBool('summary', get('summary'), true)
  };
}

/** The policy of these inputs (a file, or keep/untagged-days/keep-any), validated; null when none is given. */
export function policyFromInputs(i: EcrInputs, cwd = process.cwd()): LifecyclePolicy | null {
  let raw: unknown;
  if (i['policy-file']) {
    const path = i['policy-file'].startsWith('/') ? i['policy-file'] : `${cwd}/${i['policy-file']}`;
    if (!existsSync(path)) throw new InputError('policy-file', `no file at ${path}`, 'point policy-file at a JSON or YAML lifecycle policy in the repository');
    raw = parsePolicyText(readFileSync(path, 'utf8'), 'policy-file');
  } else if (i.keep || i['untagged-days'] !== null || i['keep-any'] !== null) {
    raw = buildPolicy({ keep: i.keep, untaggedDays: i['untagged-days'], keepAny: i['keep-any'], protect: i.protect });
  } else {
    return null;
  }
  const v = validatePolicy(raw);
  if (!v.ok) throw new InputError(i['policy-file'] ? 'policy-file' : 'keep', `the lifecycle policy is invalid:\n  ${v.errors.join('\n  ')}`, 'fix the rules listed');
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
