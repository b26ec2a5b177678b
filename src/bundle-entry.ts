// The one bundle (dist/lib/index.js) holds every entry point; dist/index.js, dist/cli.js
// and dist/ecr-lifecycle.js are two-line stubs that call one of these. Each entry loads
// its own modules on demand, so the CLI does not load the AWS SDK or Octokit to build.
export async function runBuildAction(): Promise<void> {
  // buildx and the engine are asked first thing, for the builder input: the answers come
  // while the action's modules load and its inputs are read
  const [{ EARLY_PROBES, startFactsEarly }, core] = await Promise.all([import('./engine/buildx-info.js'), import('@actions/core')]);
  startFactsEarly(core.getInput('builder'), EARLY_PROBES);
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
  const { main } = await import('./cli/main.js');
  await main();
}
