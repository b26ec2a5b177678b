// One PR comment, found by its hidden marker and updated in place; each image replaces
// only its own section. It never fails the build: without permission (a fork's token), with
// the rate limit spent, or with the API failing (5xx, retried twice), it warns with why and
// goes on; the job summary has the comparison either way.
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

export type UpsertResult = 'created' | 'updated' | 'skipped' | 'no-permission' | 'rate-limited' | 'failed';

interface ApiError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const header = (e: ApiError, name: string) => {
  const v = e.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
};

/** The primary or secondary rate limit (403 with no requests left, 429, or GitHub's secondary-limit message). */
export function isRateLimited(e: ApiError): boolean {
  return e.status === 429 || (e.status === 403 && (header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(e.message ?? '')));
}

const transient = (e: ApiError) => e.status === undefined || e.status >= 500;

/** A call retried on 5xx and network errors (twice, 1 s then 2 s); other errors at once. */
export async function withGithubRetry<T>(fn: () => Promise<T>, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts || isRateLimited(e as ApiError) || !transient(e as ApiError)) throw e;
      await sleep(1000 * 2 ** (i - 1));
    }
  }
}

/** Why the comment was not written, in one line, for the warning. `thrown`: whatever was thrown (an ApiError, or any value). */
export function commentFailure(thrown: unknown): { result: UpsertResult; why: string } {
  const e: ApiError = typeof thrown === 'object' && thrown !== null ? thrown : {};
  // without a message, the thrown value's own text (a thrown string)
  const what = `${e.status ?? 'no answer'}: ${(e.message ?? String(thrown)).split('\n')[0]}`;
  if (isRateLimited(e)) {
    const reset = Number(header(e, 'x-ratelimit-reset'));
    const when =
      Number.isFinite(reset) && reset > 0
        ? `; it resets at ${new Date(reset * 1000).toISOString().slice(11, 19)} UTC`
        : header(e, 'retry-after')
          ? `; retry after ${header(e, 'retry-after')} s`
          : '';
    return { result: 'rate-limited', why: `the GitHub API rate limit for this token is spent (${what})${when}` };
  }
  if (e.status === 403 || e.status === 404)
    return { result: 'no-permission', why: `${what}. A fork's token cannot write; grant "pull-requests: write" to comment` };
  if (transient(e)) return { result: 'failed', why: `the GitHub API failed (${what}) on 3 attempts` };
  return { result: 'failed', why: `the GitHub API refused the request (${what})` };
}

export async function upsertPrComment(octokit: Octokit, p: UpsertParams): Promise<UpsertResult> {
  if (p.mode === 'never') return 'skipped';
  try {
    const comments = await withGithubRetry(() =>
      octokit.paginate(octokit.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 })
    );
    const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER));
    if (existing) {
      const body = mergeCommentSections(existing.body ?? null, p.image, p.sectionMd);
      if (body === existing.body) return 'skipped';
      await withGithubRetry(() => octokit.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body }));
      return 'updated';
    }
    if (p.mode === 'on-change' && !p.changed) return 'skipped';
    await withGithubRetry(() =>
      octokit.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body: mergeCommentSections(null, p.image, p.sectionMd) })
    );
    return 'created';
  } catch (e) {
    const f = commentFailure(e);
    core.warning(`PR comment not written: ${f.why}. The build is not failed by it; the job summary has the comparison.`);
    return f.result;
  }
}
