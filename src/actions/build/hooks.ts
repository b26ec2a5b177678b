// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.
import * as core from '@actions/core';
import type { BuildHooks } from '../../build-runner/execute.js';
import type { Inputs } from '../../inputs/inputs.js';
import { hasActionsCacheService } from '../../plan/cache.js';
import { registryAccess } from '../../plan/registry-access.js';
import { assertPushRegistriesReachable } from '../../engine/registry.js';

export function actionHooks(inputs: Inputs, env: NodeJS.ProcessEnv): BuildHooks {
  return {
    prepareRegistries: async (plan) => {
      // every registry the build touches, pushing or not: a PR build reads the registry cache
      const access = registryAccess(plan);
      // the AWS SDK loads only when the build touches ECR
      if (access.some((r) => r.ecr)) await (await import('./ecr-steps.js')).prepareEcr(plan, access, inputs, env);
      await assertPushRegistriesReachable(plan);
    },
    restoreLocalCache: async (plan) => {
      const local = plan.cache.local;
      if (!local || !hasActionsCacheService(env)) return;
      try {
        const cache = await import('@actions/cache');
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
        const cache = await import('@actions/cache');
        await cache.saveCache([local.dir], local.key);
      } catch (e) {
        core.warning(`local cache save failed: ${(e as Error).message}`);
      }
    },
    // RUN --mount=type=cache contents across runners; never fails the step
    cacheMounts: async (x) => {
      try {
        const { startCacheMounts } = await import('../../cache-mounts/shell.js');
        const cache = hasActionsCacheService(env) ? await import('@actions/cache') : null;
        const save = await startCacheMounts({ ...x, inputs, env, cache });
        if (!save) return null;
        return async (report, exitCode) => {
          try {
            return await save(report, exitCode);
          } catch (e) {
            core.warning(`cache mounts not saved: ${(e as Error).message}`);
            return null;
          }
        };
      } catch (e) {
        core.warning(`cache mounts not restored (the build goes on without them): ${(e as Error).message}`);
        return null;
      }
    }
  };
}
