// The one bundle (dist/lib/index.js) holds every entry point; dist/index.js, dist/cli.js
// and dist/ecr-lifecycle.js are two-line stubs that call one of these. Each entry loads
// its own modules on demand, so the CLI does not load the AWS SDK or Octokit to build.
// The CLI's main and the early probes are in this first file (no other file to load before
// the probes start: they are the longest wait of a build).
import { main } from './cli/main.js';
import { EARLY_PROBES, startFactsEarly } from './engine/buildx-info.js';

export async function runBuildAction(): Promise<void> {
  // buildx and the builder are asked first thing, for the builder input: the answers come while
  // the action's modules (@actions/core's ~1 MB among them) load and its inputs are read. The
  // input is read here as the runner passes it (INPUT_BUILDER, trimmed, as core.getInput does):
  // the probes are taken only if the builder the action then reads with core is this one.
  startFactsEarly((process.env.INPUT_BUILDER ?? '').trim(), EARLY_PROBES);
  const { run } = await import('./actions/build/main.js');
  await run();
}

/** The build action's post step: removes what the main step left (src/actions/build/post.ts). */
export async function runPostAction(): Promise<void> {
  const { runPost } = await import('./actions/build/post.js');
  runPost();
}

export async function runEcrLifecycleAction(): Promise<void> {
  const m = await import('./actions/ecr-lifecycle/main.js');
  await m.runEcrLifecycleAction();
}

export async function runCliMain(): Promise<void> {
  await main();
}
