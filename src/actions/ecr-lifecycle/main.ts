// The ECR lifecycle action (thin): validate, apply policies, and clean up on a schedule.
import * as core from '@actions/core';
import { createEcrClient, observeRetries, retryCounts, type RetryEvent } from '../../aws/ecr-client.js';
import { applyPolicy, type ApplyResult } from '../../ecr/apply.js';
import { listRepositories, runCleanup } from '../../ecr/cleanup.js';
import { cleanupOptions, policyFromInputs, readEcrInputs, type EcrInputs } from '../../ecr/inputs.js';
import type { LifecyclePolicy } from '../../ecr/policy.js';
import { checkAwsRegion } from '../../inputs/aws-region.js';
import type { InputReader } from '../../inputs/inputs.js';
import { InputError } from '../../common/errors.js';
import { renderApplyMarkdown, renderCleanupMarkdown } from '../../ecr/render-summary.js';

/**
 * Everything the action checks before its first API call: every input, the policy they
 * describe, and the region. Throws an InputError (one line) on the first problem.
 */
export function readEcrRun(get: InputReader, env: NodeJS.ProcessEnv, cwd: string): { i: EcrInputs; policy: LifecyclePolicy | null; region: string } {
  const i = readEcrInputs(get);
  const policy = policyFromInputs(i, cwd);
  if (i.mode === 'validate') {
    if (!policy) throw new InputError('policy-file', 'nothing to validate', 'set policy-file, or keep/untagged-days/keep-any');
    return { i, policy, region: '' };
  }
  const region = i['aws-region'] || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (!region) throw new InputError('aws-region', 'no region', 'set aws-region, or run aws-actions/configure-aws-credentials first');
  checkAwsRegion('AWS_REGION', region);
  if ((i.mode === 'apply' || i.mode === 'apply-and-cleanup') && !policy)
    throw new InputError('keep', 'apply needs a policy', 'set policy-file, or keep/untagged-days/keep-any');
  return { i, policy, region };
}

export async function runEcrLifecycleAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const { i, policy, region } = readEcrRun((name, opts) => core.getInput(name, opts), env, env.GITHUB_WORKSPACE || process.cwd());
    if (i.mode === 'validate' && policy) {
      core.info(`policy is valid (${policy.rules.length} rules)`);
      core.setOutput('policy', JSON.stringify(policy));
      return;
    }
    const client = createEcrClient({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
    // throttling (ThrottlingException, 429, 5xx) is retried with full-jitter backoff: each retry is logged and counted
    const retries: RetryEvent[] = [];
    observeRetries((e) => {
      retries.push(e);
      core.info(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms`);
    });
    let md = '';
    if (i.mode === 'apply' || i.mode === 'apply-and-cleanup') {
      if (!policy) throw new InputError('keep', 'apply needs a policy', 'set policy-file, or keep/untagged-days/keep-any');
      const repos = i.repositories.length ? i.repositories : await listRepositories(client, i.include, i.exclude);
      if (repos.length === 0) throw new Error('Input "repositories": no repository selected; set repositories or include');
      const results: ApplyResult[] = [];
      for (const r of repos) results.push(await applyPolicy(client, r, policy, { create: i['create-repository'], dryRun: i['dry-run'] }));
      md += renderApplyMarkdown(results);
      core.setOutput(
        'changed',
        results
          .filter((r) => r.changed)
          .map((r) => r.repository)
          .join('\n')
      );
    }
    if (i.mode === 'cleanup' || i.mode === 'apply-and-cleanup') {
      const results = await runCleanup(client, cleanupOptions(i, policy, new Date()));
      md += renderCleanupMarkdown(results, i['price-per-gb-month']);
      const bytes = results.reduce((n, r) => n + r.bytes, 0);
      core.setOutput('expired-count', String(results.reduce((n, r) => n + r.expiring.length, 0)));
      core.setOutput('bytes-freed', String(bytes));
      const failures = results.flatMap((r) => r.failures.map((f) => `${r.repository} ${f.imageDigest}: ${f.failureCode}`));
      const errors = results.filter((r) => r.note?.startsWith('error:')).map((r) => `${r.repository}: ${r.note}`);
      if (failures.length || errors.length) core.setFailed(`cleanup finished with problems:\n${[...errors, ...failures].join('\n')}`);
    }
    if (retries.length) {
      const line = `ECR throttled or failed ${retries.length} call${retries.length === 1 ? '' : 's'}, retried with jittered backoff to completion (${retryCounts(retries)})`;
      core.info(line);
      md += `\n${line}.\n`;
    }
    if (i.summary && md) await core.summary.addRaw(md, true).write();
  } catch (e) {
    core.setFailed((e as Error).message);
  }
}
