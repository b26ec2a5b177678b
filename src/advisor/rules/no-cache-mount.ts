// A package install without a cache mount on its download cache: everything is downloaded again whenever the step re-runs.
import { hasFlag, type Manager } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { cacheMountTargets, installFinding } from './shared.js';

const CACHE_DIRS: Partial<Record<Manager, { dir: string; match: RegExp }>> = {
  npm: { dir: '/root/.npm', match: /\.npm\b/ },
  yarn: { dir: '/usr/local/share/.cache/yarn', match: /cache\/yarn|\.yarn/ },
  pnpm: { dir: '/root/.local/share/pnpm/store', match: /pnpm/ },
  pip: { dir: '/root/.cache/pip', match: /\.cache\/pip/ },
  uv: { dir: '/root/.cache/uv', match: /\.cache\/uv/ },
  poetry: { dir: '/root/.cache/pypoetry', match: /pypoetry/ },
  apt: { dir: '/var/cache/apt', match: /\/var\/cache\/apt/ }
};

export const noCacheMount: InstallRule = {
  id: 'no-cache-mount',
  docs: 'an npm, yarn, pnpm, pip, uv, poetry or apt install without a cache mount on its cache; add RUN --mount=type=cache,target=<its cache dir>',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, command, ins } = install;
    const cd = CACHE_DIRS[manager];
    if (!cd || (manager === 'pip' && hasFlag(command, '--no-cache-dir'))) return [];
    if (cacheMountTargets(ins.flags).some((t) => cd.match.test(t))) return [];
    return [
      installFinding(noCacheMount, ctx, install, {
        message: `the ${manager} install on line ${ins.line} downloads everything again whenever the step re-runs; with a cache mount, buildstage (\`cache-mounts: auto\`) also carries the mount's contents across runners, so a fresh runner starts with the packages already downloaded`,
        fix:
          manager === 'apt'
            ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends ...'
            : `RUN --mount=type=cache,target=${cd.dir} ${command}`
      })
    ];
  }
};
