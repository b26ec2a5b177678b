// `targets: changed` on the two examples: what each target builds from, and which change
// rebuilds which target (the same answers src/monorepo/changed.ts gives the matrix).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideTargets, targetInputs } from '../../../src/bake/changed.js';

const root = process.cwd();
const read = (p: string) => readFileSync(join(root, p), 'utf8');

describe('examples/monorepo/docker-bake.hcl (contexts at the monorepo root)', () => {
  const inputs = {
    api: targetInputs({ context: '.', dockerfile: 'apps/api/Dockerfile' }, 'examples/monorepo', read('examples/monorepo/apps/api/Dockerfile')),
    web: targetInputs({ context: '.', dockerfile: 'apps/web/Dockerfile' }, 'examples/monorepo', read('examples/monorepo/apps/web/Dockerfile'))
  };
  const decide = (files: string[]) =>
    Object.fromEntries(decideTargets(['api', 'web'], (n) => inputs[n as 'api' | 'web'], files, 'origin/main').map((d) => [d.name, d.build]));

  test('the inputs are the Dockerfile and the paths it copies, not the whole monorepo', () => {
    expect(inputs.api).toEqual(
      expect.arrayContaining([
        'examples/monorepo/apps/api/Dockerfile',
        'examples/monorepo/pnpm-lock.yaml',
        'examples/monorepo/packages/db/src',
        'examples/monorepo/apps/api/src',
        'examples/monorepo/.dockerignore'
      ])
    );
    expect(inputs.web).not.toContain('examples/monorepo/packages/db/src');
    expect(inputs.web).not.toContain('examples/monorepo');
  });
  test.each([
    [['examples/monorepo/packages/db/src/index.js'], { api: true, web: false }],
    [['examples/monorepo/packages/types/src/index.js'], { api: true, web: true }],
    [['examples/monorepo/pnpm-lock.yaml'], { api: true, web: true }],
    [['examples/monorepo/apps/web/src/server.js'], { api: false, web: true }],
    [['examples/monorepo/apps/web/Dockerfile'], { api: false, web: true }],
    [['examples/monorepo/README.md', 'README.md'], { api: false, web: false }]
  ])('%j rebuilds %j', (files, expected) => {
    expect(decide(files)).toEqual(expected);
  });
  test('a skipped target says why', () => {
    const [, web] = decideTargets(['api', 'web'], (n) => inputs[n as 'api' | 'web'], ['examples/monorepo/packages/db/src/index.js'], 'origin/main');
    expect(web.reason).toMatch(/^skipped: nothing it builds from changed since origin\/main \(examples\/monorepo\/apps\/web\/Dockerfile, /);
  });
});

describe('examples/compose (contexts per service)', () => {
  const api = targetInputs({ context: 'backend', dockerfile: 'Dockerfile' }, 'examples/compose', read('examples/compose/backend/Dockerfile'));
  test('api reads backend/: its Dockerfile, manifests and src', () => {
    expect(api).toEqual([
      'examples/compose/backend/Dockerfile',
      'examples/compose/backend/package.json',
      'examples/compose/backend/package-lock.json',
      'examples/compose/backend/src',
      'examples/compose/backend/.dockerignore'
    ]);
  });
  test('COPY . . or an unreadable Dockerfile: the whole context; additional contexts count; remote contexts always build', () => {
    expect(targetInputs({ context: 'svc' }, '', 'FROM node\nCOPY . .\n')).toEqual(['svc/Dockerfile', 'svc']);
    expect(targetInputs({ context: 'svc' }, '', null)).toEqual(['svc/Dockerfile', 'svc']);
    expect(
      targetInputs({ context: 'svc', contexts: { shared: '../libs/shared', base: 'docker-image://node:20' } }, 'x', 'FROM node\nCOPY --from=shared / /s\n')
    ).toContain('libs/shared');
    expect(decideTargets(['r'], () => targetInputs({ context: 'https://github.com/a/b.git' }, '', null), [], 'main')[0]).toMatchObject({
      build: true,
      reason: 'remote context: always built'
    });
  });
});
