// After a build (shell): on the default branch (or a listed one) keep the report as the
// baseline; on a pull request restore the base branch's baseline, compare, and update
// the PR comment. Returns the Markdown for the job summary and whether it regressed.
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
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
  tempDir: string;
  cache: CacheApi | null;
  octokit: ReturnType<typeof getOctokit> | null;
}

export interface PrFlowResult {
  markdown: string | null;
  regressed: boolean;
  baselineSaved: string | null;
}

export async function runPrTiming(p: PrFlowParams): Promise<PrFlowResult> {
  const thresholds = parseRegressionThreshold(p.inputs.regressionThreshold);
  const branch = p.context.ref.startsWith('refs/heads/') ? p.context.ref.slice('refs/heads/'.length) : null;
  const keepBranches = p.inputs.baselineBranches.length ? p.inputs.baselineBranches : p.context.defaultBranch ? [p.context.defaultBranch] : [];
  const result: PrFlowResult = { markdown: null, regressed: false, baselineSaved: null };
  if (!p.cache) return result;

  if (branch && keepBranches.includes(branch) && !p.report.failed) {
    result.baselineSaved = await saveBaseline(p.cache, p.tempDir, p.image, branch, p.context.sha, p.report);
    if (result.baselineSaved) core.info(`timing baseline saved: ${result.baselineSaved}`);
    return result;
  }
  if (p.context.prNumber === null || !p.context.baseRef) return result;

  const base = await restoreBaseline(p.cache, p.tempDir, p.image, p.context.baseRef);
  if (!base) {
    result.markdown = `#### ${p.image}: no baseline yet\n\nNo timing report from \`${p.context.baseRef}\` was found in the Actions cache; the next build on \`${p.context.baseRef}\` will record one.\n`;
    return result;
  }
  const comparison = compareReports(base, p.report, thresholds);
  const section = renderComparisonMarkdown(p.image, comparison, { baseLabel: p.context.baseRef });
  result.markdown = section;
  result.regressed = comparison.verdict === 'regressed';
  if (p.octokit && p.context.owner && p.context.repo) {
    try {
      const r = await upsertPrComment(p.octokit, {
        owner: p.context.owner,
        repo: p.context.repo,
        issueNumber: p.context.prNumber,
        image: p.image,
        sectionMd: section,
        mode: p.inputs.comment,
        changed: comparison.verdict !== 'unchanged'
      });
      core.info(`PR comment: ${r}`);
    } catch (e) {
      core.warning(`PR comment failed: ${(e as Error).message}`);
    }
  }
  return result;
}
