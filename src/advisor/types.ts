// What the advisor reports. Ids are stable: users skip them by id and tools key on them.
export const FINDING_IDS = [
  'layer-order',
  'lockfile-not-copied',
  'package-manager-mismatch',
  'npm-install-not-ci',
  'no-cache-mount',
  'dev-deps-in-final',
  'dockerignore-missing',
  'single-stage-toolchain',
  'apt-no-clean',
  'secret-in-arg'
] as const;
export type FindingId = (typeof FINDING_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface FindingCost {
  /** The step this finding slowed (its vertex name). */
  step: string;
  /** How long that step ran in the measured build (0 when cached). */
  stepMs: number;
  cached: boolean;
  /** The step re-ran because an earlier layer changed (names that layer), or null. */
  missCausedBy: string | null;
  /** Estimated saving per build if fixed: an estimate derived from stepMs, never a measurement. */
  estimatedSavingMs: number | null;
  /** How the estimate was made. */
  basis: string;
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  file: string;
  line: number;
  endLine?: number;
  stage?: string;
  /** One line: why it matters. */
  message: string;
  /** What to write instead. */
  fix: string;
  /** The line of the step whose time this finding costs (the install, usually). */
  costLine?: number;
  cost?: FindingCost;
}
