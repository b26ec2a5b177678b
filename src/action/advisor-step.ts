// The advisor in the action: findings with their measured cost in the summary, and
// annotations on the Dockerfile lines.
import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { adviseDockerfile, loadAdvisorInput } from '../advisor/advise.js';
import { renderAdvisorMarkdown, toAnnotations } from '../advisor/render.js';
import type { ExtrasInput } from './extras.js';

export async function runAdvisorForAction(x: ExtrasInput): Promise<string> {
  const dockerfile = x.outcome.dockerfilePath as string;
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
  return `\n${renderAdvisorMarkdown(findings, { lineUrl: x.lineUrl })}`;
}
