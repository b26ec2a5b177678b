// The one bundle (dist/lib/index.js) holds every entry point; dist/index.js,
// dist/cli.js and dist/ecr-lifecycle.js are two-line stubs that call one of these.
export { run as runBuildAction } from './action/main.js';
export { runEcrLifecycleAction } from './ecr-lifecycle.js';
export { main as runCliMain } from './cli.js';
