// `node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]`:
// which monorepo images to build for the change between two refs, as a build matrix.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildMatrix, decideBuilds, type WorkspacePackage } from '../monorepo/changed.js';
import { parseServices, parseWorkspacePackage } from '../schemas/monorepo.js';
import { defineCommand } from './command.js';
import { EXIT, UsageError } from './exit.js';
import type { CliIO } from './io.js';
import { changedFilesSince } from './git.js';
import { readJsonFile } from './json-file.js';
import { renderDecisionsText } from './render.js';

const USAGE =
  'usage: node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]\n  FILE (default DIR/buildstage.services.json): {"services":[{"name","context","file","image","target"?}]}';

/** The workspace packages under apps/, packages/, services/ and libs/ (their package.json). */
function workspacePackages(io: CliIO, root: string): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const group of ['apps', 'packages', 'services', 'libs']) {
    const g = join(root, group);
    if (!existsSync(g)) continue;
    for (const d of readdirSync(g)) {
      const pj = join(g, d, 'package.json');
      if (!existsSync(pj)) continue;
      const pkg = readJsonFile(io, pj, { flag: 'workspace package', what: 'a package.json with name and dependencies', check: parseWorkspacePackage });
      const deps = { ...pkg.dependencies, ...pkg.devDependencies };
      out.push({
        name: pkg.name ?? d,
        dir: `${group}/${d}`,
        workspaceDeps: Object.entries(deps)
          .filter(([, v]) => v.startsWith('workspace:'))
          .map(([k]) => k)
      });
    }
  }
  return out;
}

export const changedCommand = defineCommand({
  usage: USAGE,
  options: { root: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, services: { type: 'string' }, json: { type: 'boolean' } },
  run: (v, io) => {
    if (!v.base) throw new UsageError('--base is required (e.g. origin/main, or the PR base sha)');
    const root = resolve(io.cwd, v.root ?? '.');
    const services = readJsonFile(io, v.services ?? join(root, 'buildstage.services.json'), {
      flag: '--services',
      what: 'the services file: {"services":[{"name","context","file","image"}]}',
      check: parseServices
    });
    const changed = changedFilesSince(root, v.base, v.head ?? 'HEAD');
    const decisions = decideBuilds(services, workspacePackages(io, root), changed, (s) => dirname(s.file).replace(/^\.\//, ''));
    if (v.json) {
      const skipped = decisions.filter((d) => !d.build).map((d) => ({ name: d.service.name, reason: d.reason }));
      io.stdout(JSON.stringify({ matrix: buildMatrix(decisions), skipped, changedFiles: changed.length }) + '\n');
    } else io.stdout(renderDecisionsText(decisions));
    return EXIT.OK;
  }
});
