// What docker/metadata-action asks the GitHub API for, asked only when tags are computed
// and the event payload does not carry it: the repository's metadata (title, description,
// url, licenses labels; type=edge's default branch) and the commit date ({{commit_date}}).
// Never fails the step: without an answer the labels keep what the context has.
import type { Inputs } from '../../inputs/inputs.js';
import { repoMetaFromApi, type GitContext } from '../../plan/git-context.js';

export interface GitHubReads {
  repo: (owner: string, repo: string) => Promise<Parameters<typeof repoMetaFromApi>[0]>;
  commitDate: (owner: string, repo: string, sha: string) => Promise<string | null>;
}

export async function octokitReads(token: string): Promise<GitHubReads> {
  const octokit = (await import('@actions/github')).getOctokit(token);
  // labels are not worth a stuck step: each read gives up after 10 s
  const request = () => ({ signal: AbortSignal.timeout(10_000) });
  return {
    repo: async (owner, repo) => (await octokit.rest.repos.get({ owner, repo, request: request() })).data,
    commitDate: async (owner, repo, sha) => (await octokit.rest.repos.getCommit({ owner, repo, ref: sha, request: request() })).data.commit.committer?.date ?? null
  };
}

/** The facts to add to `ctx` (nothing when tags are given, or nothing is missing). */
export async function metadataFacts(
  ctx: GitContext,
  inputs: Pick<Inputs, 'tags' | 'images' | 'tag-rules' | 'labels' | 'annotations' | 'github-token'>,
  reads: () => Promise<GitHubReads>,
  warn: (line: string) => void
): Promise<Partial<GitContext>> {
  if (inputs.tags.length > 0 || inputs.images.length === 0 || !ctx.repository || !inputs['github-token']) return {};
  const [owner, repo] = ctx.repository.split('/');
  const wantsCommitDate = !ctx.commitDate && [...inputs['tag-rules'], ...inputs.labels, ...inputs.annotations].some((l) => l.includes('commit_date'));
  if (ctx.repoMeta && !wantsCommitDate) return {};
  const out: Partial<GitContext> = {};
  try {
    const api = await reads();
    if (!ctx.repoMeta) {
      const meta = repoMetaFromApi(await api.repo(owner, repo));
      if (meta) out.repoMeta = meta;
    }
    if (wantsCommitDate) {
      const date = await api.commitDate(owner, repo, ctx.tagSha ?? ctx.sha);
      if (date) out.commitDate = date;
    }
  } catch (e) {
    warn(`repository metadata for the labels not read from the GitHub API (${(e as Error).message}); the description and licenses labels stay empty${wantsCommitDate ? ' and {{commit_date}} is the current date' : ''}`);
  }
  return out;
}
