// What follows the timing in the job summary: the PR comparison against the base
// branch's baseline, and the Dockerfile advisor. Each part only warns when it fails.
import * as core from '@actions/core';
import type { BuildOutcome } from '../build/execute.js';
import { runPrTiming } from '../compare/pr-flow.js';
import type { Inputs } from '../inputs/inputs.js';
import { hasActionsCacheService } from '../plan/cache.js';
import { repositoryUrl, workflowRunUrl, type GitContext } from '../plan/git-context.js';
import { parseImageRef } from '../plan/image-ref.js';
import { runAdvisorForAction } from './advisor-step.js';
import { artifactRelativeUrl } from './build-record.js';

export interface ExtrasInput {
  inputs: Inputs;
  ctx: GitContext;
  outcome: BuildOutcome;
  env: NodeJS.ProcessEnv;
  workspace: string;
  tempDir: string;
  /** The same directory on every run (RUNNER_TEMP): the baseline's Actions cache entry is versioned by its path. */
  cacheRoot: string;
  lineUrl: (line: number) => string | undefined;
  /** Links for the PR comment (timingLinks). */
  links?: TimingLinks;
}

export interface TimingLinks {
  /** This workflow run's page. */
  runUrl: string | null;
  /** The build record artifact, absolute (the PR comment) and relative to the run page (the job summary, as build-record.ts links it). */
  buildRecordUrl: string | null;
  summaryRecordUrl: string | null;
  commitUrl: (sha: string) => string | undefined;
}

/** Where the summary and the PR comment link: the run, the build record artifact (when uploaded), commits. */
export function timingLinks(ctx: GitContext, artifact: { id: number } | null): TimingLinks {
  const repo = repositoryUrl(ctx);
  const runUrl = workflowRunUrl(ctx);
  return {
    runUrl,
    buildRecordUrl: artifact && repo && ctx.runId ? `${repo}/actions/runs/${ctx.runId}/artifacts/${artifact.id}` : null,
    summaryRecordUrl: artifact ? artifactRelativeUrl(ctx.runId, artifact.id) : null,
    commitUrl: (sha) => (repo && sha ? `${repo}/commit/${sha}` : undefined)
  };
}

/** The image a baseline belongs to: the first image name (or tag without its tag), plus the target. */
export function baselineImage(inputs: Inputs, tags: string[]): string {
  const name = inputs.images[0] ?? (tags[0] ? parseImageRef(tags[0]).name : 'image');
  return inputs.target ? `${name}#${inputs.target}` : name;
}

export async function addExtras(x: ExtrasInput): Promise<{ markdown: string; regressed: boolean }> {
  let markdown = '';
  let regressed = false;
  const report = x.outcome.report;
  if (report && !report.failed) {
    try {
      const [owner, repo] = (x.ctx.repository ?? '/').split('/');
      const result = await runPrTiming({
        report,
        image: baselineImage(x.inputs, x.outcome.plan.tags),
        context: {
          eventName: x.ctx.eventName,
          ref: x.ctx.ref,
          baseRef: x.ctx.baseRef,
          defaultBranch: x.ctx.defaultBranch,
          sha: x.ctx.sha,
          prNumber: x.ctx.prNumber,
          owner: owner || null,
          repo: repo || null
        },
        inputs: { comment: x.inputs.comment, regressionThreshold: x.inputs['regression-threshold'], baselineBranches: x.inputs['baseline-branches'] },
        baselineRoot: x.cacheRoot,
        // the cache client and Octokit load only when there is a cache service / a PR
        cache: hasActionsCacheService(x.env) ? await import('@actions/cache') : null,
        octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await import('@actions/github')).getOctokit(x.inputs['github-token']) : null,
        links: x.links ? { runUrl: x.links.runUrl, buildRecordUrl: x.links.buildRecordUrl, commitUrl: x.links.commitUrl } : undefined
      });
      if (result.markdown) markdown += `\n### Against the base branch\n\n${result.markdown}\n`;
      regressed = result.regressed;
    } catch (e) {
      core.warning(`PR timing comparison skipped: ${(e as Error).message}`);
    }
  }
  if (x.inputs.advisor && x.outcome.dockerfilePath) {
    try {
      markdown += await runAdvisorForAction(x);
    } catch (e) {
      core.warning(`Dockerfile advisor skipped: ${(e as Error).message}`);
    }
  }
  return { markdown, regressed };
}
