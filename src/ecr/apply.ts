// Apply a lifecycle policy idempotently: read the current one, compare semantically (rule
// order, list order and descriptions do not matter), put it only when it differs.
import { GetLifecyclePolicyCommand, PutLifecyclePolicyCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { withRetry, type RetryOptions } from '../aws/ecr-client.js';
import type { LifecyclePolicy, LifecycleRule } from './policy.js';
import { ensureRepository } from './registry-ops.js';

function canonicalRule(r: LifecycleRule): string {
  const s = r.selection;
  return JSON.stringify({
    p: r.rulePriority,
    t: s.tagStatus,
    pre: s.tagPrefixList ? [...s.tagPrefixList].sort() : null,
    pat: s.tagPatternList ? [...s.tagPatternList].sort() : null,
    sc: s.storageClass ?? 'standard',
    ct: s.countType,
    cu: s.countUnit ?? null,
    cn: s.countNumber,
    a: r.action.type,
    ts: r.action.targetStorageClass ?? null
  });
}

export function policiesEqual(a: LifecyclePolicy | null, b: LifecyclePolicy | null): boolean {
  if (!a || !b) return a === b;
  const ca = a.rules.map(canonicalRule).sort();
  const cb = b.rules.map(canonicalRule).sort();
  return ca.length === cb.length && ca.every((x, i) => x === cb[i]);
}

const describe = (r: LifecycleRule) => {
  const s = r.selection;
  const tags = s.tagPatternList ? ` ${s.tagPatternList.join(',')}` : s.tagPrefixList ? ` prefix ${s.tagPrefixList.join(',')}` : '';
  const count = s.countType === 'imageCountMoreThan' ? `keep ${s.countNumber}` : `${s.countType} > ${s.countNumber} ${s.countUnit ?? ''}`.trim();
  return `priority ${r.rulePriority}: ${s.tagStatus}${tags}, ${count} → ${r.action.type}`;
};

/** Human-readable difference, rule by rule (by priority). */
export function policyDiff(current: LifecyclePolicy | null, desired: LifecyclePolicy): string[] {
  const cur = new Map((current?.rules ?? []).map((r) => [r.rulePriority, r]));
  const des = new Map(desired.rules.map((r) => [r.rulePriority, r]));
  const out: string[] = [];
  for (const p of [...new Set([...cur.keys(), ...des.keys()])].sort((a, b) => a - b)) {
    const c = cur.get(p);
    const d = des.get(p);
    if (c && !d) out.push(`- ${describe(c)}`);
    else if (!c && d) out.push(`+ ${describe(d)}`);
    else if (c && d && canonicalRule(c) !== canonicalRule(d)) out.push(`- ${describe(c)}`, `+ ${describe(d)}`);
  }
  return out;
}

export async function getPolicy(client: ECRClient, repositoryName: string, retry?: RetryOptions): Promise<LifecyclePolicy | null> {
  try {
    const out = await withRetry(() => client.send(new GetLifecyclePolicyCommand({ repositoryName })), retry);
    return out.lifecyclePolicyText ? (JSON.parse(out.lifecyclePolicyText) as LifecyclePolicy) : null;
  } catch (e) {
    if ((e as { name?: string }).name === 'LifecyclePolicyNotFoundException') return null;
    throw e;
  }
}

export interface ApplyResult {
  repository: string;
  changed: boolean;
  created: boolean;
  diff: string[];
  dryRun: boolean;
}

export async function applyPolicy(
  client: ECRClient,
  repositoryName: string,
  desired: LifecyclePolicy,
  o: { create: boolean; dryRun: boolean; retry?: RetryOptions }
): Promise<ApplyResult> {
  const repo = await ensureRepository(client, repositoryName, { create: o.create && !o.dryRun, retry: o.retry });
  const current = repo.created ? null : await getPolicy(client, repositoryName, o.retry);
  if (policiesEqual(current, desired)) return { repository: repositoryName, changed: false, created: repo.created, diff: [], dryRun: o.dryRun };
  const diff = policyDiff(current, desired);
  if (!o.dryRun) {
    await withRetry(() => client.send(new PutLifecyclePolicyCommand({ repositoryName, lifecyclePolicyText: JSON.stringify(desired) })), o.retry);
  }
  return { repository: repositoryName, changed: true, created: repo.created, diff, dryRun: o.dryRun };
}
