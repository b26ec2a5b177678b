// The advisor's part of the action (wired when src/advisor lands).
import type { ExtrasInput } from './extras.js';

export async function runAdvisorForAction(_x: ExtrasInput): Promise<string> {
  return '';
}
