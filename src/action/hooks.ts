// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import type { BuildHooks } from '../build/execute.js';
import type { Inputs } from '../inputs/inputs.js';
import { hasActionsCacheService } from '../plan/cache.js';
import { assertRegistryReachable } from '../engine/registry.js';
import { prepareEcr } from './ecr-steps.js';

export function actionHooks(inputs: Inputs, env: NodeJS.ProcessEnv): BuildHooks {
  return {
    prepareRegistries: async (plan) => {
      await prepareEcr(plan, inputs, env);
      for (const r of plan.registries) await assertRegistryReachable(r);
    },
    restoreLocalCache: async (plan) => {
      const local = plan.cache.local;
      if (!local || !hasActionsCacheService(env)) return;
      try {
        const hit = await cache.restoreCache([local.dir], local.key, local.restoreKeys);
        core.info(hit ? `local cache restored from ${hit}` : 'local cache: no saved entry yet');
      } catch (e) {
        core.warning(`local cache restore failed (the build goes on without it): ${(e as Error).message}`);
      }
    },
    saveLocalCache: async (plan) => {
      const local = plan.cache.local;
      if (!local || !hasActionsCacheService(env)) return;
      try {
        await cache.saveCache([local.dir], local.key);
      } catch (e) {
        core.warning(`local cache save failed: ${(e as Error).message}`);
      }
    }
  };
}
