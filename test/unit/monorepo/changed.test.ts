import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { memoryIO } from '../../../src/cli/io.js';
import { buildMatrix, decideBuilds, workspaceClosure, type ServiceSpec, type WorkspacePackage } from '../../../src/monorepo/changed.js';

const pkgs: WorkspacePackage[] = [
  { name: '@mono/api', dir: 'apps/api', workspaceDeps: ['@mono/db', '@mono/types'] },
  { name: '@mono/web', dir: 'apps/web', workspaceDeps: ['@mono/types'] },
  { name: '@mono/db', dir: 'packages/db', workspaceDeps: ['@mono/types'] },
  { name: '@mono/types', dir: 'packages/types', workspaceDeps: [] }
];
const services: ServiceSpec[] = [
  { name: 'api', context: '.', file: 'apps/api/Dockerfile', image: 'reg/api' },
  { name: 'web', context: '.', file: 'apps/web/Dockerfile', image: 'reg/web' }
];
const dirOf = (s: ServiceSpec) => s.file.replace(/\/Dockerfile$/, '');
const decide = (files: string[]) => Object.fromEntries(decideBuilds(services, pkgs, files, dirOf).map((d) => [d.service.name, d.build]));

test('workspace dependencies are followed transitively', () => {
  expect(
    workspaceClosure(pkgs[0], pkgs)
      .map((p) => p.name)
      .sort()
  ).toEqual(['@mono/db', '@mono/types']);
});

test.each([
  [['apps/api/src/server.js'], { api: true, web: false }],
  [['packages/db/src/index.js'], { api: true, web: false }],
  [['packages/types/src/index.js'], { api: true, web: true }],
  [['pnpm-lock.yaml'], { api: true, web: true }],
  [['apps/web/Dockerfile'], { api: false, web: true }],
  [['README.md', 'docs/x.md'], { api: false, web: false }]
])('%j → %j', (files, expected) => {
  expect(decide(files)).toEqual(expected);
});

test('skipped services say why; the matrix lists only the builds', () => {
  const d = decideBuilds(services, pkgs, ['packages/db/src/index.js'], dirOf);
  expect(d.find((x) => x.service.name === 'web')?.reason).toMatch(/^skipped: none of its inputs changed/);
  expect(buildMatrix(d)).toEqual({ include: [{ name: 'api', context: '.', file: 'apps/api/Dockerfile', image: 'reg/api' }] });
});

test('the changed command reads git and the real example workspace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-mono-'));
  cpSync('examples/monorepo', dir, { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
  appendFileSync(join(dir, 'packages/db/src/index.js'), '\n// change\n');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', 'change db');
  const io = memoryIO({ cwd: dir });
  expect(await runCli(['changed', '--root', dir, '--base', 'HEAD~1', '--json'], io)).toBe(0);
  const out = JSON.parse(io.out.join(''));
  expect(out.matrix.include.map((x: { name: string }) => x.name)).toEqual(['api']);
  expect(out.skipped).toEqual([expect.objectContaining({ name: 'web' })]);
});
