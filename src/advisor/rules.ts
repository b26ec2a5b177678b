// Kept for test/unit/properties/robustness.test.ts, which imports adviseRules from here.
// The rules are in src/advisor/rules/ and run from src/advisor/run.ts; remove this file
// once that import points at run.js.
export { adviseRules, finalStage } from './run.js';
export type { AdvisorInput } from './types.js';
