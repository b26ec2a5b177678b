// The git/CI facts tags, labels and cache scopes are computed from. Pure: built from the
// environment and the event payload; the shell reads GITHUB_EVENT_PATH or asks git.

export interface GitContext {
  /** `push`, `pull_request`, `schedule`, `workflow_dispatch`, ... or `local` for the CLI. */
  eventName: string;
  /** Full ref: refs/heads/main, refs/tags/v1.2.3, refs/pull/12/merge. */
  ref: string;
  sha: string;
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
}

interface EventPayload {
  repository?: { default_branch?: string; private?: boolean; html_url?: string };
  pull_request?: { number?: number; base?: { ref?: string }; head?: { ref?: string; sha?: string } };
  number?: number;
}

export function gitContextFromEnv(env: NodeJS.ProcessEnv, payload: EventPayload = {}): GitContext {
  const ref = env.GITHUB_REF ?? '';
  const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref);
  const prNumber = payload.pull_request?.number ?? (prFromRef ? Number(prFromRef[1]) : null);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'local',
    ref,
    sha: env.GITHUB_SHA ?? '',
    defaultBranch: payload.repository?.default_branch ?? null,
    baseRef: env.GITHUB_BASE_REF || payload.pull_request?.base?.ref || null,
    headRef: env.GITHUB_HEAD_REF || payload.pull_request?.head?.ref || null,
    prNumber: prNumber ?? null,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: env.GITHUB_REPOSITORY || null,
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || null,
    repoPrivate: payload.repository?.private ?? false
  };
}

export function branchOf(ctx: GitContext): string | null {
  return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : null;
}

export function isDefaultBranch(ctx: GitContext): boolean {
  const b = branchOf(ctx);
  return b !== null && ctx.defaultBranch !== null && b === ctx.defaultBranch;
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
