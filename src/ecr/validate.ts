// Validation as ECR validates a lifecycle policy (PutLifecyclePolicy), so a bad policy is
// refused here, before any API call. Every error names the rule and the field. Pure.
import type { LifecyclePolicy } from './policy.js';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
  policy: LifecyclePolicy | null;
  /** The policy text ECR would receive (compact JSON). */
  text: string;
}

const RULE_KEYS = new Set(['rulePriority', 'description', 'selection', 'action']);
const SELECTION_KEYS = new Set(['tagStatus', 'tagPrefixList', 'tagPatternList', 'storageClass', 'countType', 'countUnit', 'countNumber']);
const ACTION_KEYS = new Set(['type', 'targetStorageClass']);
const COUNT_TYPES = ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'];
export const MAX_RULES = 50;
export const MIN_TEXT = 100;
export const MAX_TEXT = 30720;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1;

export function validatePolicy(raw: unknown): ValidationResult {
  const errors: string[] = [];
  const text = JSON.stringify(raw ?? null);
  const done = (): ValidationResult => ({ ok: errors.length === 0, errors, policy: errors.length === 0 ? (raw as LifecyclePolicy) : null, text });
  if (!isObj(raw)) {
    errors.push('policy: must be a JSON object with a "rules" list');
    return done();
  }
  for (const k of Object.keys(raw)) if (k !== 'rules') errors.push(`policy: unknown key "${k}" (only "rules" is allowed)`);
  if (!Array.isArray(raw.rules) || raw.rules.length === 0) {
    errors.push('policy.rules: must be a non-empty list of rules');
    return done();
  }
  if (raw.rules.length > MAX_RULES) errors.push(`policy.rules: ${raw.rules.length} rules; ECR allows at most ${MAX_RULES}`);
  if (text.length < MIN_TEXT || text.length > MAX_TEXT) errors.push(`policy: the policy text is ${text.length} characters; ECR accepts ${MIN_TEXT} to ${MAX_TEXT}`);

  const priorities = new Map<number, number>();
  let anyPriority: number | null = null;
  raw.rules.forEach((rule: unknown, i: number) => {
    const where = (field: string) => `rule ${i + 1}${isObj(rule) && isPosInt(rule.rulePriority) ? ` (priority ${rule.rulePriority})` : ''}: ${field}`;
    if (!isObj(rule)) {
      errors.push(`rule ${i + 1}: must be an object`);
      return;
    }
    for (const k of Object.keys(rule)) if (!RULE_KEYS.has(k)) errors.push(where(`unknown key "${k}"`));
    if (!isPosInt(rule.rulePriority)) errors.push(where('rulePriority must be an integer of at least 1'));
    else priorities.set(rule.rulePriority as number, (priorities.get(rule.rulePriority as number) ?? 0) + 1);
    if (rule.description !== undefined && typeof rule.description !== 'string') errors.push(where('description must be a string'));

    const sel = rule.selection;
    if (!isObj(sel)) {
      errors.push(where('selection is required'));
    } else {
      for (const k of Object.keys(sel)) if (!SELECTION_KEYS.has(k)) errors.push(where(`selection: unknown key "${k}"`));
      const status = sel.tagStatus;
      const hasPrefix = sel.tagPrefixList !== undefined;
      const hasPattern = sel.tagPatternList !== undefined;
      if (!['tagged', 'untagged', 'any'].includes(status as string)) errors.push(where('selection.tagStatus must be tagged, untagged or any'));
      if (status === 'tagged' && !hasPrefix && !hasPattern) errors.push(where('selection: a tagged rule needs tagPrefixList or tagPatternList'));
      if (status !== 'tagged' && (hasPrefix || hasPattern)) errors.push(where(`selection: a ${String(status)} rule must not have tagPrefixList or tagPatternList`));
      if (hasPrefix && hasPattern) errors.push(where('selection: use tagPrefixList or tagPatternList, not both'));
      for (const [key, list] of [['tagPrefixList', sel.tagPrefixList], ['tagPatternList', sel.tagPatternList]] as const) {
        if (list === undefined) continue;
        if (!Array.isArray(list) || list.length === 0 || list.some((s) => typeof s !== 'string' || s === '')) {
          errors.push(where(`selection.${key} must be a non-empty list of non-empty strings`));
          continue;
        }
        if (key === 'tagPatternList') {
          for (const p of list as string[]) if ((p.match(/\*/g) ?? []).length > 4) errors.push(where(`selection.tagPatternList: "${p}" has more than four * wildcards`));
        }
      }
      const ct = sel.countType as string;
      if (!COUNT_TYPES.includes(ct)) errors.push(where(`selection.countType must be one of ${COUNT_TYPES.join(', ')}`));
      if (ct === 'imageCountMoreThan' && sel.countUnit !== undefined) errors.push(where('selection.countUnit must be omitted with imageCountMoreThan'));
      if (ct && ct.startsWith('since') && sel.countUnit !== 'days') errors.push(where(`selection.countUnit must be "days" with ${ct}`));
      if (sel.countUnit !== undefined && sel.countUnit !== 'days') errors.push(where('selection.countUnit: only "days" is allowed'));
      if (!isPosInt(sel.countNumber)) errors.push(where('selection.countNumber must be an integer of at least 1'));
      if (sel.storageClass !== undefined && !['standard', 'archive'].includes(sel.storageClass as string)) errors.push(where('selection.storageClass must be standard or archive'));
      if (ct === 'sinceImageTransitioned' && sel.storageClass !== 'archive') errors.push(where('selection: sinceImageTransitioned needs storageClass "archive"'));
      if (status === 'any') anyPriority = isPosInt(rule.rulePriority) ? (rule.rulePriority as number) : anyPriority;
    }

    const act = rule.action;
    if (!isObj(act)) {
      errors.push(where('action is required'));
    } else {
      for (const k of Object.keys(act)) if (!ACTION_KEYS.has(k)) errors.push(where(`action: unknown key "${k}"`));
      if (act.type !== 'expire' && act.type !== 'transition') errors.push(where('action.type must be expire or transition'));
      if (act.type === 'transition' && act.targetStorageClass !== 'archive') errors.push(where('action: transition needs targetStorageClass "archive"'));
      if (act.type === 'expire' && act.targetStorageClass !== undefined) errors.push(where('action: targetStorageClass is only for transition'));
      if (act.type === 'transition' && isObj(sel) && sel.storageClass === 'archive') errors.push(where('action: archived images cannot be transitioned again; use expire for storageClass "archive"'));
      if (act.type === 'transition' && isObj(sel) && sel.countType === 'sinceImageTransitioned') errors.push(where('action: sinceImageTransitioned selects archived images, which can only expire'));
    }
  });
  for (const [p, n] of priorities) if (n > 1) errors.push(`policy.rules: rulePriority ${p} is used by ${n} rules; priorities must be unique`);
  if (anyPriority !== null) {
    const highest = Math.max(...priorities.keys());
    const anyCount = raw.rules.filter((r: unknown) => isObj(r) && isObj(r.selection) && r.selection.tagStatus === 'any').length;
    if (anyPriority !== highest || anyCount > 1) errors.push(`rule with tagStatus "any" (priority ${anyPriority}): must be the only one and have the highest rulePriority (highest is ${highest})`);
  }
  return done();
}
