// The final stage installs development dependencies: a bigger image and a longer install.
import { envBefore, hasFlag } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { installFinding, isDependencyInstall } from './shared.js';

const PROD_INSTALL: Record<string, string> = {
  npm: 'npm ci --omit=dev',
  yarn: 'yarn install --frozen-lockfile --production',
  pnpm: 'pnpm install --frozen-lockfile --prod',
  uv: 'uv sync --frozen --no-dev',
  poetry: 'poetry install --only main'
};

export const devDepsInFinal: InstallRule = {
  id: 'dev-deps-in-final',
  docs: 'the final stage installs development dependencies; install only production ones there (`npm ci --omit=dev`), or build in an earlier stage and COPY --from it',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, command, ins } = install;
    if (!isDependencyInstall(manager) || ins.stage !== ctx.final) return [];
    const env = envBefore(ctx.stages, ins);
    const prod =
      (manager === 'npm' &&
        (hasFlag(command, '--omit=dev', '--production', '--only=prod', '--only=production', '--omit') || env.get('NODE_ENV') === 'production')) ||
      (manager === 'yarn' && (hasFlag(command, '--production') || env.get('NODE_ENV') === 'production')) ||
      (manager === 'pnpm' && (hasFlag(command, '--prod', '-P') || env.get('NODE_ENV') === 'production')) ||
      (manager === 'uv' && (hasFlag(command, '--no-dev') || /uv\s+pip\s+install/.test(command))) ||
      (manager === 'poetry' && /--without\s+dev|--only\s+main|--no-dev|--without=dev|--only=main/.test(command)) ||
      manager === 'pip';
    if (prod) return [];
    return [
      installFinding(devDepsInFinal, ctx, install, {
        message: `the final image installs development dependencies (line ${ins.line}): a bigger image and a longer install`,
        fix: `install only production dependencies in the final stage (\`${PROD_INSTALL[manager]}\`), or build in an earlier stage and COPY --from it`
      })
    ];
  }
};
