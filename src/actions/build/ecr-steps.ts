// ECR before a build (shell): log in to every ECR registry the build touches — the
// images it pushes and the registry caches it reads or writes, pushing or not (a pull
// request build reads the cache too) — with the token masked; create missing
// repositories where it writes when asked; and refuse, before the build, tags an
// IMMUTABLE repository would reject.
import * as core from '@actions/core';
import { spawnSync } from 'node:child_process';
import { createEcrClient } from '../../aws/ecr-client.js';
import { ecrLogin, ensureRepository, findExistingTags } from '../../ecr/registry-ops.js';
import type { Inputs } from '../../inputs/inputs.js';
import { InputError } from '../../common/errors.js';
import type { BuildPlan } from '../../plan/build-plan.js';
import { parseImageRef } from '../../plan/image-ref.js';
import type { RegistryAccess } from '../../plan/registry-access.js';

export async function prepareEcr(plan: BuildPlan, access: RegistryAccess[], inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (inputs['ecr-login'] === 'false') return;
  for (const reg of access) {
    if (!reg.ecr) continue;
    const region = inputs['aws-region'] || reg.ecr.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) throw new InputError('aws-region', `no region for ${reg.registry}`, 'set aws-region');
    const client = createEcrClient({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
    await core.group(`ECR ${reg.registry}`, async () => {
      const login = await ecrLogin(client);
      core.setSecret(login.password);
      const r = spawnSync('docker', ['login', '--username', login.username, '--password-stdin', reg.registry], { input: login.password, encoding: 'utf8', env });
      if (r.status !== 0) throw new Error(`docker login to ${reg.registry} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
      const why = reg.repositories.some((x) => x.push) ? 'to push' : reg.repositories.some((x) => x.cacheWrite) ? 'for the build cache' : 'to read the build cache';
      core.info(`logged in to ${reg.registry} (${why})`);
      for (const repo of reg.repositories) {
        // a cache that is only read needs no repository of ours: a missing one is a cache miss
        if (!repo.push && !repo.cacheWrite) continue;
        const state = await ensureRepository(client, repo.repository, { create: inputs['ecr-create-repository'] });
        if (state.created) core.info(`created repository ${repo.repository}`);
        if (!state.immutable) continue;
        if (!repo.push) {
          core.warning(`the ECR repository ${repo.repository} is IMMUTABLE: its cache tag cannot be overwritten, so the cache export will fail after the first build; keep the cache in a MUTABLE repository (cache-ref) or add the cache tag to the repository's immutability exclusions`);
          continue;
        }
        const tags = plan.tags.map(parseImageRef).filter((t) => t.registry === reg.registry && t.repository === repo.repository && t.tag).map((t) => t.tag as string);
        const taken = await findExistingTags(client, repo.repository, tags);
        if (taken.length) {
          throw new InputError(
            'tags',
            `the ECR repository ${repo.repository} is IMMUTABLE and already has ${taken.map((t) => `"${t}"`).join(', ')}; the push would be rejected`,
            'use tags that change on every build (sha-<commit>, a version), or drop the moving ones (latest, the branch) for this repository. Nothing was built or pushed'
          );
        }
      }
    });
  }
}
