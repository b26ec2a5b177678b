// One PR comment, found by its hidden marker and updated in place; each image replaces
// only its own section. Without permission (a fork's token) it warns and goes on.
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { COMMENT_MARKER, mergeCommentSections } from './render.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface UpsertParams {
  owner: string;
  repo: string;
  issueNumber: number;
  image: string;
  sectionMd: string;
  mode: 'always' | 'on-change' | 'never';
  /** Something was flagged (a regression or an improvement). */
  changed: boolean;
}

export type UpsertResult = 'created' | 'updated' | 'skipped' | 'no-permission';

export async function upsertPrComment(octokit: Octokit, p: UpsertParams): Promise<UpsertResult> {
  if (p.mode === 'never') return 'skipped';
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 });
    const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER));
    if (existing) {
      const body = mergeCommentSections(existing.body ?? null, p.image, p.sectionMd);
      if (body === existing.body) return 'skipped';
      await octokit.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body });
      return 'updated';
    }
    if (p.mode === 'on-change' && !p.changed) return 'skipped';
    await octokit.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body: mergeCommentSections(null, p.image, p.sectionMd) });
    return 'created';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.warning(
        `PR comment not written (${status}: ${(e as Error).message}). A fork's token cannot write; grant "pull-requests: write" to comment. The job summary has the comparison.`
      );
      return 'no-permission';
    }
    throw e;
  }
}
