// The advisor in the action: annotations on the Dockerfile lines, and the findings (with
// their measured cost) for the job summary. Only warns when it fails.
import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { adviseDockerfile, loadAdvisorInput } from '../../advisor/advise.js';
import { toAnnotations } from '../../advisor/render.js';
import type { Finding } from '../../advisor/types.js';
import type { BuildOutcome } from '../../build-runner/execute.js';
import type { Inputs } from '../../inputs/inputs.js';

export interface AdvisorStepInput {
  inputs: Pick<Inputs, 'advisor' | 'target' | 'advisor-skip'>;
  outcome: Pick<BuildOutcome, 'dockerfilePath' | 'plan' | 'report'>;
  workspace: string;
}

/** The advisor's findings, each annotated on its line; null when the advisor is off, has no Dockerfile, or failed. */
export function advisorStep(x: AdvisorStepInput): Finding[] | null {
  const dockerfile = x.outcome.dockerfilePath;
  if (!x.inputs.advisor || !dockerfile) return null;
  try {
    const contextDir = resolve(x.workspace, x.outcome.plan.context.includes('://') ? '.' : x.outcome.plan.context);
    const shown = relative(x.workspace, dockerfile).split('\\').join('/');
    const findings = adviseDockerfile({
      ...loadAdvisorInput(dockerfile, contextDir, shown),
      report: x.outcome.report ?? undefined,
      target: x.inputs.target || undefined,
      skip: x.inputs['advisor-skip']
    });
    for (const a of toAnnotations(findings)) {
      const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    return findings;
  } catch (e) {
    core.warning(`Dockerfile advisor skipped: ${(e as Error).message}`);
    return null;
  }
}
