// After a build (shell): on the default branch (or a listed one) keep the report as the
// baseline; on a pull request restore the base branch's baseline, compare, and update
// the PR comment. Returns the Markdown for the job summary and whether it regressed.
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { buildFacts } from '../timing/render-markdown.js';
import type { TimingReport } from '../timing/types.js';
import type { CacheApi } from './baseline-store.js';
import { restoreBaseline, saveBaseline } from './baseline-store.js';
import { compareReports, parseRegressionThreshold } from './compare.js';
import { upsertPrComment } from './pr-comment.js';
import { renderComparisonMarkdown } from './render.js';

export interface PrFlowParams {
  report: TimingReport;
  image: string;
  context: {
    eventName: string;
    ref: string;
    baseRef: string | null;
    defaultBranch: string | null;
    sha: string;
    prNumber: number | null;
    owner: string | null;
    repo: string | null;
  };
  inputs: { comment: 'always' | 'on-change' | 'never'; regressionThreshold: string; baselineBranches: string[] };
  /**
   * Where the baseline file is kept while it is saved or restored. It must be the same path
   * on every run (the runner's RUNNER_TEMP): the Actions cache versions an entry by its paths,
   * so a per-run directory would never restore what another run saved.
   */
  baselineRoot: string;
  cache: CacheApi | null;
  octokit: ReturnType<typeof getOctokit> | null;
  /** Links for the PR section: this workflow run, this build's record artifact, commit pages (absolute: the comment lives on the PR). */
  links?: { runUrl?: string | null; buildRecordUrl?: string | null; commitUrl?: (sha: string) => string | undefined };
}

export interface PrFlowResult {
  markdown: string | null;
  regressed: boolean;
  baselineSaved: string | null;
}

/** What this build is for the timing comparison: a baseline to keep, a PR build to compare, or neither. Pure. */
export type TimingRole = { kind: 'save'; branch: string } | { kind: 'compare'; baseBranch: string; prNumber: number } | { kind: 'none' };

export function timingRole(context: PrFlowParams['context'], baselineBranches: string[]): TimingRole {
  // a pull request build is compared, never kept: on pull_request_target GITHUB_REF is the
  // base branch itself, and keeping that build would replace the base branch's baseline
  const pullRequest = context.prNumber !== null || context.eventName.startsWith('pull_request') || context.ref.startsWith('refs/pull/');
  if (pullRequest) {
    return context.prNumber !== null && context.baseRef ? { kind: 'compare', baseBranch: context.baseRef, prNumber: context.prNumber } : { kind: 'none' };
  }
  const branch = context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : null;
  const keepBranches = baselineBranches.length ? baselineBranches : context.defaultBranch ? [context.defaultBranch] : [];
  return branch && keepBranches.includes(branch) ? { kind: 'save', branch } : { kind: 'none' };
}

export async function runPrTiming(p: PrFlowParams): Promise<PrFlowResult> {
  const thresholds = parseRegressionThreshold(p.inputs.regressionThreshold);
  const role = timingRole(p.context, p.inputs.baselineBranches);
  const result: PrFlowResult = { markdown: null, regressed: false, baselineSaved: null };
  if (!p.cache) return result;

  if (role.kind === 'save') {
    if (p.report.failed) return result;
    result.baselineSaved = await saveBaseline(p.cache, p.baselineRoot, p.image, role.branch, p.context.sha, p.report);
    if (result.baselineSaved) core.info(`timing baseline saved: ${result.baselineSaved}`);
    return result;
  }
  if (role.kind !== 'compare') return result;

  const base = await restoreBaseline(p.cache, p.baselineRoot, p.image, role.baseBranch);
  if (!base) {
    result.markdown = `#### ${p.image}: no baseline yet\n\nNo timing report from \`${role.baseBranch}\` was found in the Actions cache; the next build on \`${role.baseBranch}\` will record one.\n`;
    return result;
  }
  const comparison = compareReports(base, p.report, thresholds);
  const section = renderComparisonMarkdown(p.image, comparison, { baseLabel: role.baseBranch, ...p.links, facts: buildFacts(p.report, {}, false) });
  result.markdown = section;
  // builds that cannot be compared (another cache backend, driver, platform, a failed import) are no finding
  result.regressed = comparison.verdict === 'regressed' && comparison.comparable.ok;
  if (p.octokit && p.context.owner && p.context.repo) {
    try {
      const r = await upsertPrComment(p.octokit, {
        owner: p.context.owner,
        repo: p.context.repo,
        issueNumber: role.prNumber,
        image: p.image,
        sectionMd: section,
        mode: p.inputs.comment,
        changed: comparison.verdict !== 'unchanged' && comparison.comparable.ok
      });
      core.info(`PR comment: ${r}`);
    } catch (e) {
      core.warning(`PR comment failed: ${(e as Error).message}`);
    }
  }
  return result;
}
