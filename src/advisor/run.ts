// Runs the advisor's rules (src/advisor/rules/) over a Dockerfile, its .dockerignore and the
// files in the context. Pure. Each rule fires on a Dockerfile that has the problem and stays
// silent on its fixed twin (test/unit/advisor/rules/).
import { installsIn, parseDockerfileModel, type Stage } from '../dockerfile/model.js';
import { RULES } from './rules/index.js';
import type { AdvisorInput, Finding, RuleContext } from './types.js';

/** Which stage is the final image: `target`, else the last. */
export function finalStage(stages: Stage[], target?: string): number {
  if (target) {
    const i = stages.findIndex((s) => s.name === target.toLowerCase());
    if (i >= 0) return i;
  }
  return stages.length - 1;
}

export function adviseRules(input: AdvisorInput): Finding[] {
  const stages = parseDockerfileModel(input.dockerfileText);
  if (stages.length === 0) return [];
  const ctx: RuleContext = {
    input,
    stages,
    file: input.dockerfilePath,
    rootFiles: new Set(input.contextFiles.filter((f) => !f.slice(0, -1).includes('/')).map((f) => f.replace(/\/$/, ''))),
    final: finalStage(stages, input.target)
  };
  const findings: Finding[] = [];
  for (const install of stages.flatMap((s) => s.instructions.flatMap(installsIn))) {
    for (const rule of RULES) if (rule.scope === 'install') findings.push(...rule.check(ctx, install));
  }
  for (const rule of RULES) if (rule.scope === 'file') findings.push(...rule.check(ctx));
  return findings;
}
