// A saved rawjson stream (the action's own capture, a CI log, or
// `docker buildx history logs --progress rawjson REF`) → TimingReport, in bounded memory.
import { readRawjsonFile } from './rawjson-parser.js';
import { TimingAccumulator, type ModelOptions } from './model.js';
import type { TimingReport } from './types.js';

export async function reportFromRawjsonFile(path: string, opts: ModelOptions = {}): Promise<TimingReport> {
  const acc = new TimingAccumulator();
  for await (const status of readRawjsonFile(path)) acc.add(status);
  return acc.finish(opts);
}
