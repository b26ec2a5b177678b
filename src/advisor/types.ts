// What the advisor reports, and what its rules are. Ids are stable: users skip them by id and tools key on them.
import type { Install, Stage } from '../dockerfile/model.js';

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

export interface AdvisorInput {
  dockerfileText: string;
  /** Path shown in findings and annotations (relative to the repository). */
  dockerfilePath: string;
  /** Files and directories at the context root and below (relative, `/`-separated; dirs end in `/`). */
  contextFiles: string[];
  dockerignoreText: string | null;
  target?: string;
}

/** What every rule sees, worked out once per Dockerfile. */
export interface RuleContext {
  input: AdvisorInput;
  stages: Stage[];
  /** The path shown in findings. */
  file: string;
  /** Names at the context root (directories without their `/`). */
  rootFiles: Set<string>;
  /** Index of the final image's stage: `target`, else the last. */
  final: number;
}

interface RuleBase {
  id: FindingId;
  /** One line: what the rule finds and the fix (the line the README and the summary can show). */
  docs: string;
  /** The severity of its findings (a rule may lower it for a milder case, as dockerignore-missing does). */
  severity: Severity;
}

/** Checked once for each package install (a RUN of npm, yarn, pnpm, pip, uv, poetry, apt or apk), in Dockerfile order. */
export interface InstallRule extends RuleBase {
  scope: 'install';
  check(ctx: RuleContext, install: Install): Finding[];
}

/** Checked once per Dockerfile, after the install rules. */
export interface FileRule extends RuleBase {
  scope: 'file';
  check(ctx: RuleContext): Finding[];
}

/** One rule: one file under src/advisor/rules/, listed in src/advisor/rules/index.ts. */
export type AdvisorRule = InstallRule | FileRule;
