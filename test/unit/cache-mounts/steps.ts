// A timing report step at a Dockerfile line, ran or cached: what mountStepsRan reads (line, cached, startMs, error).
import type { StepTiming } from '../../../src/timing/types.js';

export const stepAt = (line: number, cached: boolean, o: Partial<StepTiming> = {}): StepTiming => ({
  name: `s${line}`,
  instruction: 'RUN x',
  stage: 's',
  platform: null,
  cached,
  durationMs: cached ? 0 : 10,
  startMs: cached ? null : 0,
  line,
  digest: `d${line}`,
  ...o
});
