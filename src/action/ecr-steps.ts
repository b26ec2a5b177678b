// ECR before a push (shell): log in (the token masked), create missing repositories when
// asked, and refuse, before the build, tags an IMMUTABLE repository would reject.
import * as core from '@actions/core';
import { spawnSync } from 'node:child_process';
import { createEcrClient } from '../aws/ecr-client.js';
import { ecrLogin, ensureRepository, findExistingTags } from '../ecr/registry-ops.js';
import type { Inputs } from '../inputs/inputs.js';
import { InputError } from '../inputs/list.js';
import type { BuildPlan } from '../plan/build-plan.js';
import { parseImageRef } from '../plan/image-ref.js';

export async function prepareEcr(plan: BuildPlan, inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (plan.ecr.length === 0 || inputs['ecr-login'] === 'false') return;
  for (const reg of plan.ecr) {
    const region = inputs['aws-region'] || reg.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) throw new InputError('aws-region', `no region for ${reg.registry}`, 'set aws-region');
    const client = createEcrClient({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
    await core.group(`ECR ${reg.registry}`, async () => {
      const login = await ecrLogin(client);
      core.setSecret(login.password);
      const r = spawnSync('docker', ['login', '--username', login.username, '--password-stdin', reg.registry], { input: login.password, encoding: 'utf8', env });
      if (r.status !== 0) throw new Error(`docker login to ${reg.registry} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
      core.info(`logged in to ${reg.registry}`);
      for (const repo of reg.repositories) {
        const state = await ensureRepository(client, repo, { create: inputs['ecr-create-repository'] });
        if (state.created) core.info(`created repository ${repo}`);
        if (!state.immutable) continue;
        const tags = plan.tags.map(parseImageRef).filter((t) => t.registry === reg.registry && t.repository === repo && t.tag).map((t) => t.tag as string);
        const taken = await findExistingTags(client, repo, tags);
        if (taken.length) {
          throw new InputError(
            'tags',
            `the ECR repository ${repo} is IMMUTABLE and already has ${taken.map((t) => `"${t}"`).join(', ')}; the push would be rejected`,
            'use tags that change on every build (sha-<commit>, a version), or drop the moving ones (latest, the branch) for this repository. Nothing was built or pushed'
          );
        }
      }
    });
  }
}
