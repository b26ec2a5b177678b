// An install that may rewrite the lockfile: `npm install`, or yarn, pnpm or `uv sync` without the frozen flag.
import { hasFlag } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { installFinding, isDependencyInstall } from './shared.js';

const INSTEAD: Record<string, string> = {
  npm: 'npm ci',
  yarn: 'yarn install --frozen-lockfile (yarn 2+: --immutable)',
  pnpm: 'pnpm install --frozen-lockfile',
  uv: 'uv sync --frozen'
};

export const npmInstallNotCi: InstallRule = {
  id: 'npm-install-not-ci',
  docs: '`npm install` (or yarn, pnpm or uv without the frozen flag) may change the lockfile; use `npm ci` (or the frozen flag)',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, command } = install;
    if (!isDependencyInstall(manager)) return [];
    const notFrozen =
      (manager === 'npm' && /\bnpm\s+(install|i)\b/.test(command)) ||
      (manager === 'yarn' && !hasFlag(command, '--frozen-lockfile', '--immutable')) ||
      (manager === 'pnpm' && !hasFlag(command, '--frozen-lockfile')) ||
      (manager === 'uv' && /\buv\s+sync\b/.test(command) && !hasFlag(command, '--frozen', '--locked'));
    if (!notFrozen) return [];
    return [
      installFinding(npmInstallNotCi, ctx, install, {
        message: `\`${command}\` may change the lockfile and resolve different versions than the ones committed`,
        fix: `use \`${INSTEAD[manager]}\`: installs exactly the lockfile, and fails when it is out of date`
      })
    ];
  }
};
