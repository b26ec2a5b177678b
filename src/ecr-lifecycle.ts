// The ECR lifecycle action (thin): validate, apply policies, and clean up on a schedule.
import * as core from '@actions/core';
import { createEcrClient } from './aws/ecr-client.js';
import { applyPolicy, type ApplyResult } from './ecr/apply.js';
import { listRepositories, runCleanup } from './ecr/cleanup.js';
import { cleanupOptions, policyFromInputs, readEcrInputs } from './ecr/inputs.js';
import { renderApplyMarkdown, renderCleanupMarkdown } from './ecr/render-summary.js';

export async function runEcrLifecycleAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const i = readEcrInputs((name, opts) => core.getInput(name, opts));
    const policy = policyFromInputs(i, env.GITHUB_WORKSPACE || process.cwd());
    if (i.mode === 'validate') {
      if (!policy) throw new Error('Input "policy-file": nothing to validate; set policy-file or keep/untagged-days/keep-any');
      core.info(`policy is valid (${policy.rules.length} rules)`);
      core.setOutput('policy', JSON.stringify(policy));
      return;
    }
    const region = i['aws-region'] || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) throw new Error('Input "aws-region": no region; set aws-region or run aws-actions/configure-aws-credentials first');
    const client = createEcrClient({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
    let md = '';
    if (i.mode === 'apply' || i.mode === 'apply-and-cleanup') {
      if (!policy) throw new Error('Input "keep": apply needs a policy; set policy-file or keep/untagged-days/keep-any');
      const repos = i.repositories.length ? i.repositories : await listRepositories(client, i.include, i.exclude);
      if (repos.length === 0) throw new Error('Input "repositories": no repository selected; set repositories or include');
      const results: ApplyResult[] = [];
      for (const r of repos) results.push(await applyPolicy(client, r, policy, { create: i['create-repository'], dryRun: i['dry-run'] }));
      md += renderApplyMarkdown(results);
      core.setOutput('changed', results.filter((r) => r.changed).map((r) => r.repository).join('\n'));
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
    if (i.summary && md) await core.summary.addRaw(md, true).write();
  } catch (e) {
    core.setFailed((e as Error).message);
  }
}
