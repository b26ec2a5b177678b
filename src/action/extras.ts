// What the summary shows after the timing: the PR comparison and the advisor. Each part
// only warns when it fails.
import type { BuildOutcome } from '../build/execute.js';
import type { Inputs } from '../inputs/inputs.js';
import type { GitContext } from '../plan/git-context.js';

export interface ExtrasInput {
  inputs: Inputs;
  ctx: GitContext;
  outcome: BuildOutcome;
  env: NodeJS.ProcessEnv;
  workspace: string;
  lineUrl: (line: number) => string | undefined;
}

export async function addExtras(_x: ExtrasInput): Promise<{ markdown: string; regressed: boolean }> {
  return { markdown: '', regressed: false };
}
