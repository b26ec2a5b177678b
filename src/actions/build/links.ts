// Where the job summary and the PR comment link: the workflow run, the build record
// artifact (when uploaded), commits.
import { relative } from 'node:path';
import { repositoryUrl, workflowRunUrl, type GitContext } from '../../plan/git-context.js';
import { artifactRelativeUrl } from './build-record.js';

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

/** Link to a Dockerfile line at the built commit, for the summary. */
export function lineUrlFor(ctx: GitContext, dockerfileAbs: string | null, workspace: string): (line: number) => string | undefined {
  const repo = repositoryUrl(ctx);
  if (!repo || !dockerfileAbs || !ctx.sha) return () => undefined;
  const rel = relative(workspace, dockerfileAbs);
  if (rel.startsWith('..')) return () => undefined;
  return (line: number) => `${repo}/blob/${ctx.sha}/${rel.split('\\').join('/')}#L${line}`;
}
