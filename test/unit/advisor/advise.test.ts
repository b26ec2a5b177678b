// Across the rules: a well-made Dockerfile has no findings, skip, the order of findings, and
// the Dockerfiles quoted in the seeds give the findings their authors made by hand.
// Each rule's own tests are in rules/<id>.test.ts.
import { readFileSync } from 'node:fs';
import { adviseDockerfile } from '../../../src/advisor/advise.js';
import { GOOD_NODE, IGNORE, ids, NODE_CTX } from './helpers.js';

test('the well-made Node Dockerfile has no findings', () => {
  expect(ids(GOOD_NODE)).toEqual([]);
});

test('global tool installs are not dependency installs', () => {
  expect(ids('FROM node:20\nRUN npm install -g pnpm@9\n', ['x', '.dockerignore'])).toEqual([]);
});

test('skip drops ids, and an unknown id names the input', () => {
  const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n';
  expect(
    adviseDockerfile({ dockerfileText: text, dockerfilePath: 'D', contextFiles: NODE_CTX, dockerignoreText: IGNORE, skip: ['no-cache-mount'] }).map((f) => f.id)
  ).not.toContain('no-cache-mount');
  expect(() => adviseDockerfile({ dockerfileText: text, dockerfilePath: 'D', contextFiles: [], dockerignoreText: null, skip: ['nope'] })).toThrow(
    /Input "advisor-skip": unknown finding id nope/
  );
});

test('without a report, findings go by severity, then line, then the rules’ order (rules/index.ts) for one install', () => {
  const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nARG NPM_TOKEN\nRUN apt-get install -y gcc\n';
  expect(ids(text, [...NODE_CTX.slice(0, 1), 'yarn.lock', '.git/'], null)).toEqual([
    'secret-in-arg',
    'dockerignore-missing',
    'package-manager-mismatch',
    'lockfile-not-copied',
    'npm-install-not-ci',
    'dev-deps-in-final',
    'no-cache-mount',
    'no-cache-mount',
    'apt-no-clean',
    'single-stage-toolchain'
  ]);
});

describe('the seeds: the findings their authors made by hand', () => {
  const seed = (name: string) => readFileSync(`test/fixtures/dockerfiles/seeds/${name}`, 'utf8');
  const medusaCtx = ['package.json', 'yarn.lock', 'src/', 'medusa-config.ts', 'start.sh'];

  test('000 (22-minute Medusa deploy): yarn.lock ignored by npm, not copied, dev deps shipped, no cache mount', () => {
    const found = ids(seed('000-medusa-current.Dockerfile'), medusaCtx, null);
    expect(found).toEqual(
      expect.arrayContaining(['package-manager-mismatch', 'lockfile-not-copied', 'dev-deps-in-final', 'no-cache-mount', 'dockerignore-missing'])
    );
  });

  test('001 (phase 2 with cache mounts): still npm for a yarn project and no lockfile, but cache mounts are now present', () => {
    const found = ids(seed('001-medusa-phase2.Dockerfile'), medusaCtx, '.git\nnode_modules\n');
    expect(found).toEqual(expect.arrayContaining(['package-manager-mismatch', 'lockfile-not-copied', 'npm-install-not-ci']));
    expect(found).not.toContain('no-cache-mount');
    expect(found).not.toContain('single-stage-toolchain'); // g++ stays in the builder stage
  });

  test('003 frontend: pnpm install without a cache mount', () => {
    expect(ids(seed('003-frontend.Dockerfile'), ['package.json', 'pnpm-lock.yaml', 'src/', '.dockerignore'])).toContain('no-cache-mount');
  });

  test('003 backend: gcc and libpq-dev stay in the single-stage image; uv without a cache mount', () => {
    const found = ids(seed('003-backend.Dockerfile'), ['pyproject.toml', 'uv.lock', 'app/', '.dockerignore']);
    expect(found).toEqual(expect.arrayContaining(['single-stage-toolchain', 'no-cache-mount']));
    expect(found).not.toContain('layer-order');
    expect(found).not.toContain('dev-deps-in-final');
  });
});
