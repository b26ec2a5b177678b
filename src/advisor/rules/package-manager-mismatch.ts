// The context's lockfile belongs to another package manager of the same family: the install ignores it.
import type { Manager } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { dependencyLockfiles, installFinding } from './shared.js';

const INSTEAD: Partial<Record<Manager, string>> = {
  yarn: 'install with yarn: RUN corepack enable && yarn install --frozen-lockfile',
  pnpm: 'install with pnpm: RUN corepack enable && pnpm install --frozen-lockfile',
  uv: 'install with uv: RUN uv sync --frozen --no-dev'
};

export const packageManagerMismatch: InstallRule = {
  id: 'package-manager-mismatch',
  docs: 'the lockfile belongs to another package manager (yarn.lock or pnpm-lock.yaml installed with npm; uv.lock with pip); install with the manager the lockfile is for',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, ins } = install;
    const lockfiles = dependencyLockfiles(ctx, manager);
    if (!lockfiles) return [];
    const { own, other } = lockfiles;
    if (own.length > 0 || !other) return [];
    return [
      installFinding(packageManagerMismatch, ctx, install, {
        message: `the context has ${other.lockfile} (${other.manager}) but line ${ins.line} installs with ${manager}: the lockfile is ignored and versions can drift from what was developed and tested`,
        fix: INSTEAD[other.manager] ?? `install with ${other.manager}`
      })
    ];
  }
};
