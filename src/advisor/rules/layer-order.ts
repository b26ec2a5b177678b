// The whole context (or the source tree) copied before the dependency install: any source change re-runs the install.
import { before, copiesWholeContext, copySources } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { installFinding, isDependencyInstall, LOCKFILES } from './shared.js';

export const layerOrder: InstallRule = {
  id: 'layer-order',
  docs: 'the whole context (or the source tree) is copied before the dependency install; copy the manifests and lockfile first, install, then copy the sources',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, ins } = install;
    if (!isDependencyInstall(manager)) return [];
    const wide = before(ctx.stages, ins).filter((i) => copiesWholeContext(i) || copySources(i).some((s) => /^(\.\/)?(src|app|lib|apps|packages)\/?$/.test(s)));
    if (!wide.length) return [];
    const c = wide[wide.length - 1];
    const manifest = manager === 'pip' || manager === 'uv' || manager === 'poetry' ? 'pyproject.toml' : 'package.json';
    return [
      installFinding(layerOrder, ctx, install, {
        line: c.line,
        message: `\`COPY ${c.args}\` (line ${c.line}) comes before the ${manager} install (line ${ins.line}), so any source change re-runs the install`,
        fix: `copy only the manifests and lockfile first (e.g. COPY ${[manifest, ...LOCKFILES[manager].slice(0, 1)].join(' ')} ./), run the install, then COPY the sources`
      })
    ];
  }
};
