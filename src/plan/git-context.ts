// The git/CI facts tags, labels and cache scopes are computed from. Pure: built from the
// environment and the event payload; the shell reads GITHUB_EVENT_PATH or asks git.

export interface GitContext {
  /** `push`, `pull_request`, `schedule`, `workflow_dispatch`, ... or `local` for the CLI. */
  eventName: string;
  /**
   * Full ref: refs/heads/main, refs/tags/v1.2.3, refs/pull/12/merge. On pull_request_target
   * (where GITHUB_REF is the base branch) it is refs/pull/<number>/merge, as
   * docker/metadata-action sets it, so the build is a PR build everywhere.
   */
  ref: string;
  /** The commit being built (GITHUB_SHA): the git context, cache keys, baselines, line links. */
  sha: string;
  /**
   * The commit tags (`sha-…`) and the revision label name, when it is not `sha`:
   * metadata-action's DOCKER_METADATA_PR_HEAD_SHA=true names the PR head on pull request
   * events. Optional: absent means `sha`.
   */
  tagSha?: string;
  defaultBranch: string | null;
  /** For pull requests: the base branch (`main`) and the head branch. */
  baseRef: string | null;
  headRef: string | null;
  prNumber: number | null;
  /** https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string | null;
  runId: string | null;
  runAttempt: string | null;
  repoPrivate: boolean;
  /** When the commit tags name was made (ISO), for {{commit_date}}: from the push payload, else asked for. */
  commitDate?: string;
  /** A tag push's `base_ref` (the branch the tag was pushed from), for {{base_ref}}. */
  tagBaseRef?: string;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH: characters of a short sha (default 7). */
  shortShaLength?: number;
  /** The repository's metadata for the OCI labels (metadata-action reads it from the API). */
  repoMeta?: RepoMeta;
}

/** What the OCI title, description, url/source and licenses labels are made of. */
export interface RepoMeta {
  name: string;
  description: string | null;
  htmlUrl: string;
  /** SPDX id (MIT, Apache-2.0), or null. */
  license: string | null;
  defaultBranch: string | null;
}

interface EventPayload {
  repository?: {
    default_branch?: string;
    private?: boolean;
    html_url?: string;
    name?: string;
    description?: string | null;
    license?: { spdx_id?: string | null } | null;
  };
  pull_request?: { number?: number; base?: { ref?: string }; head?: { ref?: string; sha?: string } };
  number?: number;
  base_ref?: string | null;
  head_commit?: { id?: string; timestamp?: string } | null;
  commits?: Array<{ id?: string; timestamp?: string }>;
}

/** The repository metadata a payload carries (a full repository object has name and html_url). */
export function repoMetaFromApi(r: EventPayload['repository'] | undefined): RepoMeta | undefined {
  if (!r?.name || !r.html_url) return undefined;
  return {
    name: r.name,
    description: r.description ?? null,
    htmlUrl: r.html_url,
    license: r.license?.spdx_id ?? null,
    defaultBranch: r.default_branch ?? null
  };
}

/** DOCKER_METADATA_SHORT_SHA_LENGTH as a number; undefined when unset; NaN when not a number. */
export function shortShaLengthFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
  return raw ? Number(raw) : undefined;
}

/**
 * Events GitHub runs on the default branch's last commit, so the ref's branch is the
 * default branch even when the payload does not say (a schedule payload is only
 * `{"schedule": "..."}`). docker/metadata-action's {{is_default_branch}} is true on these
 * (and on `create`, which we leave out: a created branch is not the default branch).
 */
const ON_DEFAULT_BRANCH = new Set(['schedule', 'issues', 'discussion', 'discussion_comment']);

export function gitContextFromEnv(env: NodeJS.ProcessEnv, payload: EventPayload = {}): GitContext {
  const eventName = env.GITHUB_EVENT_NAME ?? 'local';
  const envRef = env.GITHUB_REF ?? '';
  const prFromRef = /^refs\/pull\/(\d+)\//.exec(envRef);
  const prNumber = payload.pull_request?.number ?? payload.number ?? (prFromRef ? Number(prFromRef[1]) : null);
  // pull_request_target runs in the base branch's context (GITHUB_REF/GITHUB_SHA are the base
  // branch's); metadata-action tags it as the PR: ref refs/pull/<number>/merge, sha unchanged
  const ref = eventName === 'pull_request_target' && prNumber !== null ? `refs/pull/${prNumber}/merge` : envRef;
  const sha = env.GITHUB_SHA ?? '';
  const headSha = payload.pull_request?.head?.sha;
  const tagSha = /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && eventName.startsWith('pull_request') && headSha ? headSha : undefined;
  const envBranch = envRef.startsWith('refs/heads/') ? envRef.slice('refs/heads/'.length) : null;
  // metadata-action's commit date: the push payload's commit of that sha (else the shell asks the API)
  const namedSha = tagSha ?? sha;
  const commitDate =
    payload.commits?.find((c) => c.id === namedSha)?.timestamp ?? (payload.head_commit?.id === namedSha ? payload.head_commit.timestamp : undefined);
  const shortShaLength = shortShaLengthFromEnv(env);
  const repoMeta = repoMetaFromApi(payload.repository);
  return {
    eventName,
    ref,
    sha,
    ...(tagSha ? { tagSha } : {}),
    defaultBranch: payload.repository?.default_branch ?? (ON_DEFAULT_BRANCH.has(eventName) ? envBranch : null),
    baseRef: env.GITHUB_BASE_REF || payload.pull_request?.base?.ref || null,
    headRef: env.GITHUB_HEAD_REF || payload.pull_request?.head?.ref || null,
    prNumber: prNumber ?? null,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: env.GITHUB_REPOSITORY || null,
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || null,
    repoPrivate: payload.repository?.private ?? false,
    ...(commitDate ? { commitDate } : {}),
    ...(payload.base_ref ? { tagBaseRef: payload.base_ref } : {}),
    ...(shortShaLength !== undefined && !isNaN(shortShaLength) ? { shortShaLength } : {}),
    ...(repoMeta ? { repoMeta } : {})
  };
}

export function branchOf(ctx: GitContext): string | null {
  return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : null;
}

export function isDefaultBranch(ctx: GitContext): boolean {
  const b = branchOf(ctx);
  return b !== null && ctx.defaultBranch !== null && b === ctx.defaultBranch && !isPullRequest(ctx);
}

export function isPullRequest(ctx: GitContext): boolean {
  return ctx.ref.startsWith('refs/pull/') || ctx.eventName.startsWith('pull_request');
}

/** Source URL of the repository, for OCI labels and Dockerfile line links. */
export function repositoryUrl(ctx: GitContext): string | null {
  return ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : null;
}

export function workflowRunUrl(ctx: GitContext): string | null {
  if (!ctx.repository || !ctx.runId) return null;
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}
