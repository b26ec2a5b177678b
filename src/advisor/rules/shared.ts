// Helpers several rules share. Pure.
import type { Install, Manager } from '../../dockerfile/model.js';
import type { AdvisorRule, Finding, RuleContext } from '../types.js';

export const LOCKFILES: Record<Manager, string[]> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  yarn: ['yarn.lock'],
  pnpm: ['pnpm-lock.yaml'],
  uv: ['uv.lock'],
  poetry: ['poetry.lock'],
  pip: [],
  apt: [],
  apk: []
};

const JS_FAMILY: Manager[] = ['npm', 'yarn', 'pnpm'];
const PY_FAMILY: Manager[] = ['pip', 'uv', 'poetry'];

/** Installs of an application's dependencies (not system packages). */
export function isDependencyInstall(manager: Manager): boolean {
  return ['npm', 'yarn', 'pnpm', 'pip', 'uv', 'poetry'].includes(manager);
}

/**
 * The lockfiles at the context root for a dependency install: its own manager's, and else the
 * first lockfile of another manager of the same family (yarn.lock for an npm install, uv.lock
 * for pip); null when the install is not a dependency install.
 */
export function dependencyLockfiles(ctx: RuleContext, manager: Manager): { own: string[]; other?: { manager: Manager; lockfile: string } } | null {
  if (!isDependencyInstall(manager)) return null;
  const present = (m: Manager) => LOCKFILES[m].filter((l) => ctx.rootFiles.has(l));
  const family = JS_FAMILY.includes(manager) ? JS_FAMILY : PY_FAMILY;
  const other = (['npm', 'yarn', 'pnpm', 'uv', 'poetry'] as Manager[]).find((m) => m !== manager && family.includes(m) && present(m).length > 0);
  return { own: present(manager), other: other ? { manager: other, lockfile: present(other)[0] } : undefined };
}

/** The targets of a RUN's cache mounts. */
export function cacheMountTargets(flags: string[]): string[] {
  return flags.filter((f) => /^--mount=/.test(f) && /type=cache/.test(f)).map((f) => /target=([^,\s]+)/.exec(f)?.[1] ?? '');
}

/** A finding about an install: its cost is that install's step; `line` defaults to the install's. */
export function installFinding(rule: AdvisorRule, ctx: RuleContext, { ins }: Install, text: { message: string; fix: string; line?: number }): Finding {
  return {
    id: rule.id,
    severity: rule.severity,
    file: ctx.file,
    line: text.line ?? ins.line,
    stage: ctx.stages[ins.stage].name,
    costLine: ins.line,
    message: text.message,
    fix: text.fix
  };
}
