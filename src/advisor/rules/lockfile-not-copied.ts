// The install runs before its lockfile is copied in: dependencies are resolved afresh on every build.
import { before, copiesFile } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { dependencyLockfiles, installFinding } from './shared.js';

export const lockfileNotCopied: InstallRule = {
  id: 'lockfile-not-copied',
  docs: 'the install runs without its lockfile copied first; COPY the lockfile with the manifest before the install',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, ins } = install;
    const lockfiles = dependencyLockfiles(ctx, manager);
    if (!lockfiles) return [];
    const { own, other } = lockfiles;
    const lock = own[0] ?? other?.lockfile;
    if (!lock || before(ctx.stages, ins).some((i) => copiesFile(i, lock))) return [];
    return [
      installFinding(lockfileNotCopied, ctx, install, {
        message: `${lock} is not copied before the install on line ${ins.line}, so dependencies are resolved afresh on every build`,
        fix: `COPY the lockfile with the manifest before the install (e.g. COPY package.json ${lock} ./)`
      })
    ];
  }
};
