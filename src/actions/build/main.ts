// The build action, top to bottom: read the inputs → plan, log in to ECR, build (one build
// end to end, src/build-runner, with the action's hooks) → outputs → the build record, the
// comparison with the base branch (and the PR comment), the advisor → the job summary,
// written once → the step's result. Input and build failures end in core.setFailed; the
// record, the comparison, the advisor and the summary only warn.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { executeBuild, type BuildOutcome } from '../../build-runner/execute.js';
import type { Logger } from '../../common/log.js';
import { installCancelHandlers } from '../../engine/cancel.js';
import { readInputs, type Inputs } from '../../inputs/inputs.js';
import { checkInputs } from '../../inputs/validate.js';
import { planJson, renderPlanText } from '../../plan/build-plan.js';
import { gitContextFromEnv, workflowRunUrl, type GitContext } from '../../plan/git-context.js';
import { actionHooks } from './hooks.js';
import { metadataFacts, octokitReads } from './metadata-context.js';
import { setMetadataOutputs } from './metadata-outputs.js';

export const actionLogger: Logger = {
  info: (l) => {
    core.info(l);
  },
  warning: (l) => {
    core.warning(l);
  },
  group: (name, fn) => core.group(name, fn)
};

const warn = (line: string): void => {
  core.warning(line);
};

export function loadGitContext(env: NodeJS.ProcessEnv): GitContext {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as object;
    } catch {
      core.debug(`could not read the event payload at ${env.GITHUB_EVENT_PATH}`);
    }
  }
  return gitContextFromEnv(env, payload);
}

/** Every input read and checked before anything runs (no API call, no login, no build); null once the step has failed. */
function readActionInputs(ctx: GitContext): Inputs | null {
  try {
    const inputs = readInputs((name, opts) => core.getInput(name, opts), workflowRunUrl(ctx));
    checkInputs(inputs);
    return inputs;
  } catch (e) {
    core.setFailed((e as Error).message);
    return null;
  }
}

/** The token and the secret values, masked in every log line that follows. */
function maskSecrets(inputs: Inputs, env: NodeJS.ProcessEnv): void {
  if (inputs['github-token']) core.setSecret(inputs['github-token']);
  if (env.ACTIONS_RUNTIME_TOKEN) core.setSecret(env.ACTIONS_RUNTIME_TOKEN);
  for (const s of inputs.secrets) {
    const v = s.slice(s.indexOf('=') + 1);
    if (v) core.setSecret(v);
  }
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

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.warning(`job summary skipped: ${(e as Error).message}`);
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // 1. inputs, and the git context they are read in
  const ctx = loadGitContext(env);
  const inputs = readActionInputs(ctx);
  if (!inputs) return;
  maskSecrets(inputs, env);
  // the repository metadata and commit date metadata-action reads from the API, when the payload lacks them
  Object.assign(ctx, await metadataFacts(ctx, inputs, () => octokitReads(inputs['github-token']), warn));
  // `bake`: many images in one docker buildx bake, one report (src/bake)
  if (inputs.bake.length > 0) return (await import('./bake.js')).runBakeAction(inputs, ctx, env);

  // 2. plan, ECR login (the hooks' prepareRegistries), build
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const cacheRoot = env.RUNNER_TEMP || tmpdir();
  const tempDir = join(cacheRoot, `buildstage-${randomUUID().slice(0, 8)}`);
  // a cancelled job: secret files removed and buildx stopped now; the post step (post.ts) removes the rest
  installCancelHandlers(warn);
  core.saveState('temp-dir', tempDir);
  const startedAt = new Date();
  // the report's parts (the advisor's Dockerfile parser, the renderers, the comparison) load
  // while buildx runs, not before the build (src/actions/build/report-parts.ts)
  // (a field: set in a callback, which TypeScript does not narrow to its first value)
  const later: { parts: Promise<typeof import('./report-parts.js')> | null } = { parts: null };
  let outcome: BuildOutcome;
  try {
    outcome = await executeBuild({
      inputs,
      ctx,
      env,
      tempDir,
      cacheRoot,
      cwd: workspace,
      log: actionLogger,
      hooks: actionHooks(inputs, env),
      onBuildx: (child) => {
        core.saveState('buildx-pid', String(child.pid ?? ''));
        if (!later.parts) {
          later.parts = import('./report-parts.js');
          // a chunk that does not load is reported where the parts are used (step 4), not as an unhandled rejection now
          later.parts.catch(() => undefined);
        }
      }
    });
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }

  // 3. outputs
  if (outcome.dryRun) {
    const planText = renderPlanText(outcome.plan);
    await core.group('Plan (dry run: nothing was built or pushed)', () => {
      core.info(planText);
      return Promise.resolve();
    });
  }
  setOutputs(outcome, inputs, env);
  if (outcome.dryRun) return;
  core.info(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);

  // 4. the report's parts, each of which only warns: BuildKit's record of the build (failed ones
  // too; first, as the summary and the PR comment link to it), the comparison with the base
  // branch and the PR comment, the advisor's findings
  const { advisorStep, assembleSummary, buildRecordStep, comparisonStep, lineUrlFor, timingLinks } = await (later.parts ?? import('./report-parts.js'));
  const facts = outcome.facts?.builderName ? outcome.facts : null; // gathered by the build, not asked again
  const record = await buildRecordStep({ inputs, ctx, outcome, env, tempDir, startedAt, log: actionLogger, detect: facts ? () => Promise.resolve(facts) : undefined });
  const links = timingLinks(ctx, record.artifact);
  const comparison = await comparisonStep({ inputs, ctx, outcome, env, cacheRoot, links });
  const advisor = advisorStep({ inputs, outcome, workspace });

  // 5. the job summary, assembled from those parts and written once
  if (inputs.summary && (outcome.report || outcome.error)) {
    const lineUrl = lineUrlFor(ctx, outcome.dockerfilePath ? resolve(outcome.dockerfilePath) : null, workspace);
    await writeSummary(
      assembleSummary({
        report: outcome.report,
        error: outcome.error,
        lineUrl,
        links: { commitUrl: links.commitUrl(ctx.sha), buildRecordUrl: links.summaryRecordUrl ?? undefined },
        comparison: comparison.markdown,
        advisor,
        buildRecord: record.view
      })
    );
  }

  // 6. the step's result
  if (outcome.error) core.setFailed(outcome.error);
  else if (comparison.regressed && inputs['fail-on-regression']) core.setFailed('the build regressed against its baseline (fail-on-regression: true); see the job summary');
}
