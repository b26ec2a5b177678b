// Attaches what each finding cost in a measured build: the step it slowed, how long that
// step ran, whether it re-ran because an earlier layer changed, and an estimated saving.
// Estimates are labelled as such and derived only from the measured step time. Pure.
import { isFromStep } from '../timing/model.js';
import type { StepTiming, TimingReport } from '../timing/types.js';
import type { Finding, FindingCost, FindingId } from './types.js';

/** Share of the measured step time a fix is estimated to save (documented in the README). */
export const SAVING_SHARE: Partial<Record<FindingId, { share: number; basis: string }>> = {
  'layer-order': { share: 1, basis: 'estimate: with the manifests copied first, the install comes from cache on every build that changes only sources' },
  'no-cache-mount': { share: 0.5, basis: 'estimate: about half of an install is downloading, which a cache mount keeps between builds' },
  'dev-deps-in-final': { share: 0.3, basis: 'estimate: development dependencies are often a third of an install' },
  'npm-install-not-ci': { share: 0.2, basis: 'estimate: a frozen install skips dependency resolution' },
  'lockfile-not-copied': { share: 0.2, basis: 'estimate: with the lockfile, the install skips dependency resolution' }
};

function stepAt(report: TimingReport, line: number): StepTiming | null {
  // a step two stages share (BuildKit built it once) is reported at its first line; it is the other's too
  const at = report.steps.filter((s) => (s.line === line || s.sharedWith?.some((x) => x.line === line)) && !isFromStep(s));
  if (at.length === 0) return null;
  return at.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
}

/** The nearest earlier step of the same stage that ran: a changed layer makes every later step re-run. */
function missCause(report: TimingReport, step: StepTiming): StepTiming | null {
  if (step.cached || step.line === null) return null;
  const earlier = report.steps
    .filter((s) => s.stage === step.stage && s.platform === step.platform && s.line !== null && s.line < (step.line as number) && !s.cached && !isFromStep(s))
    .sort((a, b) => (b.line as number) - (a.line as number));
  return earlier.find((s) => /^(COPY|ADD)\s/i.test(s.instruction)) ?? null;
}

export function attachCosts(findings: Finding[], report: TimingReport | undefined): Finding[] {
  if (!report) return findings;
  return findings.map((f) => {
    if (f.costLine === undefined) return f;
    const step = stepAt(report, f.costLine);
    if (!step) return f;
    const cause = missCause(report, step);
    const est = SAVING_SHARE[f.id];
    let saving: number | null = null;
    let basis = 'no time estimate for this finding';
    if (est) {
      if (f.id === 'layer-order') {
        saving = step.cached ? 0 : step.durationMs;
        basis = step.cached ? 'the install was cached in this build; it re-runs on every build that changes a source file' : est.basis;
      } else {
        saving = Math.round(step.durationMs * est.share);
        basis = est.basis;
      }
    }
    const cost: FindingCost = {
      step: step.name,
      stepMs: step.durationMs,
      cached: step.cached,
      missCausedBy: cause ? `${cause.instruction} (line ${cause.line})` : null,
      estimatedSavingMs: saving,
      basis
    };
    return { ...f, cost };
  });
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** By estimated saving, then by the measured step time, then by severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (b.cost?.estimatedSavingMs ?? -1) - (a.cost?.estimatedSavingMs ?? -1) ||
      (b.cost?.stepMs ?? -1) - (a.cost?.stepMs ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.line - b.line
  );
}
