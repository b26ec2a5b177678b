// The parts of the job summary the action makes after the build (src/actions/build/main.ts,
// steps 4 and 5): BuildKit's record of the build, the comparison with the base branch, the
// advisor, the summary's assembly. One module, imported when buildx has been spawned, so that
// what they need (the Dockerfile parser, the renderers, ~400 KB) loads while buildx runs and
// not before the build.
export { advisorStep } from './advisor-step.js';
export { buildRecordStep } from './build-record-step.js';
export { comparisonStep } from './comparison-step.js';
export { lineUrlFor, timingLinks } from './links.js';
export { assembleSummary } from './summary.js';
