// The comparison against the base branch's baseline (src/compare/pr-flow.ts): the
// baseline saved on the base branch, the PR comment on a pull request. Only warns when it fails.
import * as core from '@actions/core';
import type { BuildOutcome } from '../../build-runner/execute.js';
import type { Inputs } from '../../inputs/inputs.js';
import { hasActionsCacheService } from '../../plan/cache.js';
import type { GitContext } from '../../plan/git-context.js';
import { parseImageRef } from '../../plan/image-ref.js';
import type { PrFlowParams } from '../../compare/pr-flow.js';
import type { TimingLinks } from './links.js';

export interface ComparisonStepInput {
  inputs: Inputs;
  ctx: GitContext;
  outcome: Pick<BuildOutcome, 'report' | 'plan'>;
  env: NodeJS.ProcessEnv;
  /** The same directory on every run (RUNNER_TEMP): the baseline's Actions cache entry is versioned by its path. */
  cacheRoot: string;
  /** Links for the PR comment (timingLinks). */
  links: TimingLinks;
}

export interface ComparisonResult {
  /** The comparison as rendered for the job summary; null when there is none. */
  markdown: string | null;
  regressed: boolean;
}

/** The image a baseline belongs to: the first image name (or tag without its tag), plus the target. */
export function baselineImage(inputs: Inputs, tags: string[]): string {
  const name = inputs.images[0] ?? (tags[0] ? parseImageRef(tags[0]).name : 'image');
  return inputs.target ? `${name}#${inputs.target}` : name;
}

/** The run's context as the comparison (runPrTiming, timingRole) reads it. */
export function prFlowContext(ctx: GitContext): PrFlowParams['context'] {
  const [owner, repo] = (ctx.repository ?? '/').split('/');
  return {
    eventName: ctx.eventName,
    ref: ctx.ref,
    baseRef: ctx.baseRef,
    defaultBranch: ctx.defaultBranch,
    sha: ctx.sha,
    prNumber: ctx.prNumber,
    owner: owner || null,
    repo: repo || null
  };
}

/** Compares a successful build with its baseline (and comments on the PR). Never throws. */
export async function comparisonStep(x: ComparisonStepInput): Promise<ComparisonResult> {
  const report = x.outcome.report;
  if (!report || report.failed) return { markdown: null, regressed: false };
  try {
    // the comparison (and the schema validator it reads baselines with) loads only for a report
    const { runPrTiming } = await import('../../compare/pr-flow.js');
    const result = await runPrTiming({
      report,
      image: baselineImage(x.inputs, x.outcome.plan.tags),
      context: prFlowContext(x.ctx),
      inputs: { comment: x.inputs.comment, regressionThreshold: x.inputs['regression-threshold'], baselineBranches: x.inputs['baseline-branches'] },
      baselineRoot: x.cacheRoot,
      // the cache client and Octokit load only when there is a cache service / a PR
      cache: hasActionsCacheService(x.env) ? await import('@actions/cache') : null,
      octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await import('@actions/github')).getOctokit(x.inputs['github-token']) : null,
      links: { runUrl: x.links.runUrl, buildRecordUrl: x.links.buildRecordUrl, commitUrl: x.links.commitUrl }
    });
    return { markdown: result.markdown || null, regressed: result.regressed };
  } catch (e) {
    core.warning(`PR timing comparison skipped: ${(e as Error).message}`);
    return { markdown: null, regressed: false };
  }
}
