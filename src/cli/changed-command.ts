// `node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]`:
// which monorepo images to build for the change between two refs, as a build matrix.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildMatrix, decideBuilds, type WorkspacePackage } from '../monorepo/changed.js';
import { parseJsonText } from '../schemas/check.js';
import { parseServices, parseWorkspacePackage } from '../schemas/monorepo.js';
import type { CliIO } from './io.js';

const USAGE = 'usage: node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]\n  FILE (default DIR/buildstage.services.json): {"services":[{"name","context","file","image","target"?}]}';

function workspacePackages(root: string): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const group of ['apps', 'packages', 'services', 'libs']) {
    const g = join(root, group);
    if (!existsSync(g)) continue;
    for (const d of readdirSync(g)) {
      const pj = join(g, d, 'package.json');
      if (!existsSync(pj)) continue;
      const pkg = parseWorkspacePackage(parseJsonText(readFileSync(pj, 'utf8'), pj), pj);
      const deps = { ...pkg.dependencies, ...pkg.devDependencies };
      out.push({ name: pkg.name ?? d, dir: `${group}/${d}`, workspaceDeps: Object.entries(deps).filter(([, v]) => v.startsWith('workspace:')).map(([k]) => k) });
    }
  }
  return out;
}

export async function runChangedCommand(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values: v } = parseArgs({ args: argv, options: { root: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, services: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (v.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (!v.base) throw new Error('--base is required (e.g. origin/main, or the PR base sha)');
    const root = resolve(io.cwd, v.root ?? '.');
    const servicesFile = resolve(io.cwd, v.services ?? join(root, 'buildstage.services.json'));
    if (!existsSync(servicesFile)) throw new Error(`--services ${servicesFile}: no such file`);
    const services = parseServices(parseJsonText(readFileSync(servicesFile, 'utf8'), servicesFile), `--services ${servicesFile}`);
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim();
    const prefix = relative(top, root);
    const range = `${v.base}...${v.head ?? 'HEAD'}`;
    const changed = execFileSync('git', ['diff', '--name-only', range, '--', '.'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => (prefix ? relative(prefix, f) : f));
    const decisions = decideBuilds(services, workspacePackages(root), changed, (s) => dirname(s.file).replace(/^\.\//, ''));
    const result = { matrix: buildMatrix(decisions), skipped: decisions.filter((d) => !d.build).map((d) => ({ name: d.service.name, reason: d.reason })), changedFiles: changed.length };
    if (v.json) io.stdout(JSON.stringify(result) + '\n');
    else io.stdout(decisions.map((d) => `${d.build ? 'build' : 'skip '} ${d.service.name}: ${d.reason}`).join('\n') + '\n');
    return 0;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
