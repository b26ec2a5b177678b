// The build action (shell): inputs → plan → buildx → timing report → outputs, job
// summary, PR comparison. Main failures end in core.setFailed; summary, report and
// comparison failures only warn.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { executeBuild, type BuildOutcome } from '../build/execute.js';
import { type Logger } from '../common/log.js';
import { readInputs, type Inputs } from '../inputs/inputs.js';
import { checkInputs } from '../inputs/validate.js';
import { installCancelHandlers } from '../engine/cancel.js';
import { planJson, renderPlanText } from '../plan/build-plan.js';
import { gitContextFromEnv, repositoryUrl, workflowRunUrl, type GitContext } from '../plan/git-context.js';
import { renderTimingMarkdown } from '../timing/render-markdown.js';
import { renderCacheMountsMarkdown } from '../cache-mounts/render.js';
import { actionHooks } from './hooks.js';
import { addExtras, timingLinks } from './extras.js';
import { buildRecordStep } from './build-record-step.js';
import { setMetadataOutputs } from './metadata-outputs.js';
import { metadataFacts, octokitReads } from './metadata-context.js';

export const actionLogger: Logger = {
  info: (l) => core.info(l),
  warning: (l) => core.warning(l),
  group: (name, fn) => core.group(name, fn)
};

export function loadGitContext(env: NodeJS.ProcessEnv): GitContext {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      core.debug(`could not read the event payload at ${env.GITHUB_EVENT_PATH}`);
    }
  }
  return gitContextFromEnv(env, payload);
}

/** Link to a Dockerfile line at the built commit, for the summary. */
export function lineUrlFor(ctx: GitContext, dockerfileAbs: string | null, workspace: string): ((line: number) => string | undefined) {
  const repo = repositoryUrl(ctx);
  if (!repo || !dockerfileAbs || !ctx.sha) return () => undefined;
  const rel = relative(workspace, dockerfileAbs);
  if (rel.startsWith('..')) return () => undefined;
  return (line: number) => `${repo}/blob/${ctx.sha}/${rel.split('\\').join('/')}#L${line}`;
}

function setOutputs(o: BuildOutcome, inputs: Inputs, env: NodeJS.ProcessEnv): void {
  core.setOutput('plan', JSON.stringify(planJson(o.plan)));
  if (o.pushedTags) {
    // a push that failed: no digest, and only the tags the registry confirmed
    core.setOutput('tags', o.pushedTags.join('\n'));
    if (o.reportPath) core.setOutput('report', o.reportPath);
    return;
  }
  // tags, tag-names, version, labels, annotations, json: docker/metadata-action's outputs
  setMetadataOutputs(o.plan.metadata, o.plan.tagsComputed, inputs, env, { setOutput: core.setOutput, exportVariable: core.exportVariable });
  if (o.imageId) core.setOutput('imageid', o.imageId);
  if (o.digest) core.setOutput('digest', o.digest);
  if (o.metadata) core.setOutput('metadata', JSON.stringify(o.metadata, null, 2));
  if (o.report) {
    core.setOutput('duration-seconds', (o.report.durationMs / 1000).toFixed(1));
    if (o.report.cacheHitRatio !== null) core.setOutput('cache-hit-ratio', o.report.cacheHitRatio.toFixed(3));
  }
  if (o.reportPath) core.setOutput('report', o.reportPath);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: Inputs;
  const ctx = loadGitContext(env);
  try {
    inputs = readInputs((name, opts) => core.getInput(name, opts), workflowRunUrl(ctx));
    // every value checked before anything runs: no API call, no login, no build
    checkInputs(inputs);
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }
  if (inputs['github-token']) core.setSecret(inputs['github-token']);
  if (env.ACTIONS_RUNTIME_TOKEN) core.setSecret(env.ACTIONS_RUNTIME_TOKEN);
  // the repository metadata and commit date metadata-action reads from the API, when the payload lacks them
  Object.assign(ctx, await metadataFacts(ctx, inputs, () => octokitReads(inputs['github-token']), (l) => core.warning(l)));
  for (const s of inputs.secrets) {
    const v = s.slice(s.indexOf('=') + 1);
    if (v) core.setSecret(v);
  }
  // `bake`: many images in one docker buildx bake, one report (src/bake)
  if (inputs.bake.length > 0) return (await import('../bake/action.js')).runBakeAction(inputs, ctx, env);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = join(env.RUNNER_TEMP || tmpdir(), `buildstage-${randomUUID().slice(0, 8)}`);
  // a cancelled job: secret files removed and buildx stopped now; the post step removes the rest
  installCancelHandlers((l) => core.warning(l));
  core.saveState('temp-dir', tempDir);

  let outcome: BuildOutcome;
  const startedAt = new Date();
  try {
    outcome = await executeBuild({
      inputs,
      ctx,
      env,
      tempDir,
      cacheRoot: env.RUNNER_TEMP || tmpdir(),
      cwd: workspace,
      log: actionLogger,
      hooks: actionHooks(inputs, env),
      onBuildx: (child) => core.saveState('buildx-pid', String(child.pid ?? ''))
    });
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }

  if (outcome.dryRun) {
    await core.group('Plan (dry run: nothing was built or pushed)', async () => core.info(renderPlanText(outcome.plan)));
    setOutputs(outcome, inputs, env);
    return;
  }
  setOutputs(outcome, inputs, env);
  core.info(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);

  let regressed = false;
  const lineUrl = lineUrlFor(ctx, outcome.dockerfilePath ? resolve(outcome.dockerfilePath) : null, workspace);
  // BuildKit's record of the build (failed ones too), as build-push-action keeps it; never fails the step.
  // Before the comparison: the summary and the PR comment link to it.
  // the facts the build gathered, not asked again
  const facts = outcome.facts?.builderName ? outcome.facts : null;
  const record = await buildRecordStep({ inputs, ctx, outcome, env, tempDir, startedAt, log: actionLogger, detect: facts ? async () => facts : undefined });
  const links = timingLinks(ctx, record.artifact);
  let extraMd = '';
  try {
    const extra = await addExtras({ inputs, ctx, outcome, env, workspace, tempDir, cacheRoot: env.RUNNER_TEMP || tmpdir(), lineUrl, links });
    extraMd = extra.markdown;
    regressed = extra.regressed;
  } catch (e) {
    core.warning(`comparison/advisor skipped: ${(e as Error).message}`);
  }
  if (inputs.summary && (outcome.report || outcome.error)) {
    try {
      const summaryLinks = { commitUrl: links.commitUrl(ctx.sha), buildRecordUrl: links.summaryRecordUrl ?? undefined };
      const md = outcome.report ? renderTimingMarkdown(outcome.report, { lineUrl, links: summaryLinks }) + renderCacheMountsMarkdown(outcome.report.cacheMounts, lineUrl) : `### ❌ Build failed\n\n${outcome.error}\n`;
      await core.summary.addRaw(md + extraMd + record.markdown, true).write();
    } catch (e) {
      core.warning(`job summary skipped: ${(e as Error).message}`);
    }
  }
  if (outcome.error) {
    core.setFailed(outcome.error);
    return;
  }
  if (regressed && inputs['fail-on-regression']) {
    core.setFailed('the build regressed against its baseline (fail-on-regression: true); see the job summary');
  }
}
