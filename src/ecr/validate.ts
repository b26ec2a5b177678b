// Validation as ECR validates a lifecycle policy (PutLifecyclePolicy), so a bad policy is
// refused here, before any API call. Every error names the rule and the field. Pure.
// The shape (keys, types, enums, bounds) is the JSON Schema in src/schemas/ecr.ts, checked
// with ajv; the rules ECR applies across fields (list per tag status, units per count type,
// archive pairings, unique priorities, `any` last, the text length) are checked here.
import type { ErrorObject } from 'ajv';
import { validatorFor } from '../schemas/check.js';
import { LIFECYCLE_POLICY_SCHEMA } from '../schemas/ecr.js';
import type { LifecyclePolicy } from './policy.js';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
  policy: LifecyclePolicy | null;
  /** The policy text ECR would receive (compact JSON). */
  text: string;
}

const COUNT_TYPES = ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'];
export const MAX_RULES = 50;
export const MIN_TEXT = 100;
export const MAX_TEXT = 30720;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** What each field must be, in ECR's words (the schema says the same). */
const FIELD: Record<string, string> = {
  rulePriority: 'rulePriority must be an integer of at least 1',
  description: 'description must be a string',
  selection: 'selection is required',
  'selection.tagStatus': 'selection.tagStatus must be tagged, untagged or any',
  'selection.tagPrefixList': 'selection.tagPrefixList must be a non-empty list of non-empty strings',
  'selection.tagPatternList': 'selection.tagPatternList must be a non-empty list of non-empty strings',
  'selection.storageClass': 'selection.storageClass must be standard or archive',
  'selection.countType': `selection.countType must be one of ${COUNT_TYPES.join(', ')}`,
  'selection.countUnit': 'selection.countUnit: only "days" is allowed',
  'selection.countNumber': 'selection.countNumber must be an integer of at least 1',
  action: 'action is required',
  'action.type': 'action.type must be expire or transition',
  'action.targetStorageClass': 'action.targetStorageClass must be "archive"'
};

/** An ajv error of the policy schema → [rule index or null, message in ECR's words]. */
function schemaMessage(e: ErrorObject, rules: unknown[], where: (i: number, field: string) => string): [number | null, string] {
  const path = e.instancePath.split('/').slice(1);
  const p = e.params as Record<string, unknown>;
  if (path.length === 0) {
    if (e.keyword === 'additionalProperties') return [null, `policy: unknown key "${String(p.additionalProperty)}" (only "rules" is allowed)`];
    if (e.keyword === 'required') return [null, 'policy.rules: must be a non-empty list of rules'];
    return [null, 'policy: must be a JSON object with a "rules" list'];
  }
  if (path.length === 1) {
    if (e.keyword === 'maxItems') return [null, `policy.rules: ${rules.length} rules; ECR allows at most ${MAX_RULES}`];
    return [null, 'policy.rules: must be a non-empty list of rules'];
  }
  const i = Number(path[1]);
  // a field below a rule: `selection/tagPatternList/0` → selection.tagPatternList
  const field = path
    .slice(2)
    .filter((s) => !/^\d+$/.test(s))
    .slice(0, 2)
    .join('.');
  if (e.keyword === 'additionalProperties') return [i, where(i, `${field ? `${field}: ` : ''}unknown key "${String(p.additionalProperty)}"`)];
  if (e.keyword === 'required') {
    const missing = [field, String(p.missingProperty)].filter(Boolean).join('.');
    return [i, where(i, FIELD[missing] ?? `${missing} is required`)];
  }
  if (field === '') return [i, `rule ${i + 1}: must be an object`];
  return [i, where(i, FIELD[field] ?? `${field} ${e.message ?? 'is not valid'}`)];
}

export function validatePolicy(raw: unknown): ValidationResult {
  const errors: string[] = [];
  const text = JSON.stringify(raw ?? null);
  const done = (): ValidationResult => ({ ok: errors.length === 0, errors, policy: errors.length === 0 ? (raw as LifecyclePolicy) : null, text });
  const rules: unknown[] = isObj(raw) && Array.isArray(raw.rules) ? raw.rules : [];
  const where = (i: number, field: string) => {
    const rule = rules[i];
    return `rule ${i + 1}${isObj(rule) && isPosInt(rule.rulePriority) ? ` (priority ${rule.rulePriority})` : ''}: ${field}`;
  };

  // the shape, with the schema: policy-level problems first, then rule by rule
  const validate = validatorFor(LIFECYCLE_POLICY_SCHEMA);
  if (!validate(raw)) {
    const found = (validate.errors ?? []).map((e, n) => ({ n, depth: e.instancePath.split('/').length, at: schemaMessage(e, rules, where) }));
    found.sort((a, b) => (a.at[0] ?? -1) - (b.at[0] ?? -1) || a.depth - b.depth || a.n - b.n);
    for (const f of found) if (!errors.includes(f.at[1])) errors.push(f.at[1]);
  }
  if (rules.length === 0) return done();
  if (text.length < MIN_TEXT || text.length > MAX_TEXT)
    errors.push(`policy: the policy text is ${text.length} characters; ECR accepts ${MIN_TEXT} to ${MAX_TEXT}`);

  // the rules ECR checks across fields
  const priorities = new Map<number, number>();
  let anyPriority: number | null = null;
  for (const [i, rule] of rules.entries()) {
    if (!isObj(rule)) continue;
    if (isPosInt(rule.rulePriority)) priorities.set(rule.rulePriority, (priorities.get(rule.rulePriority) ?? 0) + 1);
    const sel = rule.selection;
    if (isObj(sel)) {
      const status = sel.tagStatus;
      const hasPrefix = sel.tagPrefixList !== undefined;
      const hasPattern = sel.tagPatternList !== undefined;
      if (status === 'tagged' && !hasPrefix && !hasPattern) errors.push(where(i, 'selection: a tagged rule needs tagPrefixList or tagPatternList'));
      if ((status === 'untagged' || status === 'any') && (hasPrefix || hasPattern))
        errors.push(where(i, `selection: a ${status} rule must not have tagPrefixList or tagPatternList`));
      if (hasPrefix && hasPattern) errors.push(where(i, 'selection: use tagPrefixList or tagPatternList, not both'));
      if (Array.isArray(sel.tagPatternList)) {
        for (const p of sel.tagPatternList)
          if (typeof p === 'string' && (p.match(/\*/g) ?? []).length > 4)
            errors.push(where(i, `selection.tagPatternList: "${p}" has more than four * wildcards`));
      }
      const ct = typeof sel.countType === 'string' ? sel.countType : '';
      if (ct === 'imageCountMoreThan' && sel.countUnit !== undefined) errors.push(where(i, 'selection.countUnit must be omitted with imageCountMoreThan'));
      if (ct.startsWith('since') && COUNT_TYPES.includes(ct) && sel.countUnit === undefined)
        errors.push(where(i, `selection.countUnit must be "days" with ${ct}`));
      if (ct === 'sinceImageTransitioned' && sel.storageClass !== 'archive')
        errors.push(where(i, 'selection: sinceImageTransitioned needs storageClass "archive"'));
      if (status === 'any') anyPriority = isPosInt(rule.rulePriority) ? rule.rulePriority : anyPriority;
    }
    const act = rule.action;
    if (isObj(act)) {
      if (act.type === 'transition' && act.targetStorageClass === undefined) errors.push(where(i, 'action: transition needs targetStorageClass "archive"'));
      if (act.type === 'expire' && act.targetStorageClass !== undefined) errors.push(where(i, 'action: targetStorageClass is only for transition'));
      if (act.type === 'transition' && isObj(sel) && sel.storageClass === 'archive')
        errors.push(where(i, 'action: archived images cannot be transitioned again; use expire for storageClass "archive"'));
      if (act.type === 'transition' && isObj(sel) && sel.countType === 'sinceImageTransitioned')
        errors.push(where(i, 'action: sinceImageTransitioned selects archived images, which can only expire'));
    }
  }
  for (const [p, n] of priorities) if (n > 1) errors.push(`policy.rules: rulePriority ${p} is used by ${n} rules; priorities must be unique`);
  if (anyPriority !== null) {
    const highest = Math.max(...priorities.keys());
    const anyCount = rules.filter((r) => isObj(r) && isObj(r.selection) && r.selection.tagStatus === 'any').length;
    if (anyPriority !== highest || anyCount > 1)
      errors.push(`rule with tagStatus "any" (priority ${anyPriority}): must be the only one and have the highest rulePriority (highest is ${highest})`);
  }
  return done();
}
