// The build action with `bake` set (shell; the bake itself is src/bake): many images in one
// `docker buildx bake`, ECR login and repository checks per registry the targets touch,
// outputs per target, one job summary for all targets, and the PR comparison target by
// target (a baseline per target, one PR comment with a section per target).
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/log.js';
import { runPrTiming } from '../../compare/pr-flow.js';
import { assertPushRegistriesReachable } from '../../engine/registry.js';
import type { Inputs } from '../../inputs/inputs.js';
import type { BuildPlan } from '../../plan/build-plan.js';
import { hasActionsCacheService } from '../../plan/cache.js';
import { repositoryUrl, type GitContext } from '../../plan/git-context.js';
import type { TimingReport } from '../../timing/types.js';
import { bakePlanJson, parseImagesMapping, type BakeTargetPlan } from '../../bake/plan.js';
import { renderBakeMarkdown } from '../../bake/render.js';
import { executeBake, targetsOutput, type BakeOutcome } from '../../bake/run.js';
import { prFlowContext } from './comparison-step.js';

const logger: Logger = {
  info: (l) => {
    core.info(l);
  },
  warning: (l) => {
    core.warning(l);
  },
  group: (name, fn) => core.group(name, fn)
};

/** The baseline key of a target: its image name (else bake:<target>), plus the Dockerfile stage. */
export function bakeBaselineImage(t: Pick<BakeTargetPlan, 'name' | 'image' | 'stage'>): string {
  return `${t.image ?? `bake-${t.name}`}${t.stage ? `#${t.stage}` : ''}`;
}

/** The ref `targets: changed` compares with: the PR base branch, else the push's `before` commit. */
export function changedBaseRef(ctx: GitContext, env: NodeJS.ProcessEnv): string | null {
  if (ctx.baseRef) return `origin/${ctx.baseRef}`;
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const before = (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { before?: string }).before;
    return before && !/^0+$/.test(before) ? before : null;
  } catch {
    return null;
  }
}

export async function runBakeAction(inputs: Inputs, ctx: GitContext, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = join(env.RUNNER_TEMP || tmpdir(), `buildstage-bake-${randomUUID().slice(0, 8)}`);
  const cacheRoot = env.RUNNER_TEMP || tmpdir();
  let outcome: BakeOutcome;
  try {
    outcome = await executeBake({
      files: inputs.bake,
      targets: inputs.targets,
      baseRef: changedBaseRef(ctx, env),
      images: parseImagesMapping(inputs['bake-images']),
      tagPrefix: inputs['tag-prefix'],
      push: inputs.push,
      cache: inputs.cache,
      cacheWriteOnPr: inputs['cache-write-on-pr'],
      cacheDir: inputs['cache-dir'],
      network: inputs.network,
      builder: inputs.builder,
      dryRun: inputs['dry-run'],
      ctx,
      env,
      tempDir,
      cacheRoot,
      cwd: workspace,
      log: logger,
      prepareRegistries: async (access, plan) => {
        if (access.some((r) => r.ecr)) {
          const tags = plan.targets.flatMap((t) => t.tags);
          // prepareEcr reads only the tags of the plan (for the IMMUTABLE check)
          await (await import('./ecr-steps.js')).prepareEcr({ tags } as unknown as BuildPlan, access, inputs, env);
        }
        await assertPushRegistriesReachable(plan);
      }
    });
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }

  core.setOutput('plan', JSON.stringify(bakePlanJson(outcome.plan)));
  core.setOutput('targets', JSON.stringify(targetsOutput(outcome)));
  core.setOutput('tags', outcome.plan.targets.flatMap((t) => t.tags).join('\n'));
  if (outcome.dryRun) {
    core.info(JSON.stringify(bakePlanJson(outcome.plan), null, 2));
    return;
  }
  if (outcome.plan.targets.length === 0) {
    core.info('nothing to build: every target was skipped');
    if (inputs.summary) await core.summary.addRaw(renderBakeMarkdown({ plan: outcome.plan, timing: null, digests: {} }), true).write();
    return;
  }
  if (outcome.timing) core.setOutput('duration-seconds', (outcome.timing.durationMs / 1000).toFixed(1));
  if (outcome.reportDir) core.setOutput('report', outcome.reportDir);
  core.info(`buildstage: bake ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);

  // the comparison, target by target: a baseline per target, one comment with a section each
  const extra: Record<string, string> = {};
  let regressed = false;
  if (outcome.timing) {
    const cache = hasActionsCacheService(env) ? await import('@actions/cache') : null;
    const octokit = inputs['github-token'] && ctx.prNumber !== null ? (await import('@actions/github')).getOctokit(inputs['github-token']) : null;
    for (const t of outcome.plan.targets) {
      // one report per target of the plan (run.ts splits the stream by them); a lookup by name is checked all the same
      const report = outcome.timing.targets[t.name] as TimingReport | undefined;
      if (!report || report.failed) continue;
      try {
        const r = await runPrTiming({
          report,
          image: bakeBaselineImage(t),
          context: prFlowContext(ctx),
          inputs: { comment: inputs.comment, regressionThreshold: inputs['regression-threshold'], baselineBranches: inputs['baseline-branches'] },
          baselineRoot: cacheRoot,
          cache,
          octokit
        });
        if (r.markdown) extra[t.name] = `\n##### ${t.name} against the base branch\n\n${r.markdown}\n`;
        regressed ||= r.regressed;
      } catch (e) {
        core.warning(`${t.name}: PR timing comparison skipped: ${(e as Error).message}`);
      }
    }
  }

  if (inputs.summary) {
    try {
      const repoUrl = repositoryUrl(ctx);
      const lineUrl = (name: string) => {
        const t = outcome.plan.targets.find((x) => x.name === name);
        const file = outcome.timing?.targets[name]?.meta.dockerfile;
        if (!repoUrl || !ctx.sha || !t || !file) return undefined;
        const rel = relative(workspace, join(workspace, file)).split('\\').join('/');
        return rel.startsWith('..') ? undefined : (line: number) => `${repoUrl}/blob/${ctx.sha}/${rel}#L${line}`;
      };
      const digests = Object.fromEntries(Object.entries(outcome.results).map(([k, v]) => [k, v.digest]));
      await core.summary
        .addRaw(renderBakeMarkdown({ plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error, extra, lineUrl }), true)
        .write();
    } catch (e) {
      core.warning(`job summary skipped: ${(e as Error).message}`);
    }
  }
  if (outcome.error) {
    core.setFailed(outcome.error);
    return;
  }
  if (regressed && inputs['fail-on-regression']) core.setFailed('a target regressed against its baseline (fail-on-regression: true); see the job summary');
}
