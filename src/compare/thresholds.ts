// When a change counts as a regression: the `regression-threshold` input. Light on purpose:
// the action and the CLI read it with every input, before anything runs.
import { InputError } from '../common/errors.js';

export interface Thresholds {
  /** A change is flagged only above this percentage ... */
  percent: number;
  /** ... and above this many seconds. */
  minSeconds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { percent: 10, minSeconds: 5 };

/** `10%,5s` (either part optional, any order). */
export function parseRegressionThreshold(text: string): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS };
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return t;
  for (const p of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p))) t.percent = Number(m[1]);
    else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p))) t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
    else
      throw new InputError(
        'regression-threshold',
        `"${p}" is neither a percentage nor a duration`,
        'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)'
      );
  }
  return t;
}
