// Each rule fires on a Dockerfile with the problem and stays silent on its fixed twin;
// the Dockerfiles quoted in the seeds give the findings their authors made by hand.
import { readFileSync } from 'node:fs';
import { adviseDockerfile } from '../../../src/advisor/advise.js';
import { isIgnored, parseDockerignore } from '../../../src/advisor/dockerignore.js';
import type { FindingId } from '../../../src/advisor/types.js';

const NODE_CTX = ['package.json', 'package-lock.json', 'src/', 'src/server.js', '.dockerignore'];
const IGNORE = '.git\nnode_modules\n.env\n';

function ids(dockerfileText: string, contextFiles = NODE_CTX, dockerignoreText: string | null = IGNORE, target?: string): FindingId[] {
  return adviseDockerfile({ dockerfileText, dockerfilePath: 'Dockerfile', contextFiles, dockerignoreText, target }).map((f) => f.id);
}

const GOOD_NODE = `FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "src/server.js"]
`;

test('the well-made Node Dockerfile has no findings', () => {
  expect(ids(GOOD_NODE)).toEqual([]);
});

type Pair = [FindingId, string, string, string[]?, (string | null)?];
const pairs: Pair[] = [
  [
    'layer-order',
    'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY . .\n'
  ],
  [
    'lockfile-not-copied',
    'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY src ./src\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY src ./src\n'
  ],
  [
    'package-manager-mismatch',
    'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile --production\n',
    ['package.json', 'yarn.lock', '.dockerignore']
  ],
  [
    'npm-install-not-ci',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm install --omit=dev\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n'
  ],
  [
    'no-cache-mount',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n'
  ],
  [
    'dev-deps-in-final',
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
    'FROM node:20\nWORKDIR /app\nENV NODE_ENV=production\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n'
  ],
  [
    'single-stage-toolchain',
    'FROM python:3.11-slim-bookworm\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev\n',
    'FROM python:3.11-slim-bookworm AS build\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev\nFROM python:3.11-slim-bookworm\nCOPY --from=build /usr/lib /usr/lib\n',
    ['app.py', '.dockerignore']
  ],
  [
    'apt-no-clean',
    'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n',
    'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    ['x', '.dockerignore']
  ],
  ['secret-in-arg', 'FROM node:20\nARG NPM_TOKEN\nENV API_KEY=abc\n', 'FROM node:20\nARG NODE_VERSION=20\nENV PORT=9000\n', ['x', '.dockerignore']],
  ['dockerignore-missing', GOOD_NODE, GOOD_NODE, [...NODE_CTX, '.git/', 'node_modules/'], null]
];

describe.each(pairs)('%s', (id, bad, good, ctx, ignore) => {
  test('fires on the problem', () => {
    expect(ids(bad, ctx ?? NODE_CTX, ignore === undefined ? IGNORE : ignore)).toContain(id);
  });
  test('is silent on the fixed twin', () => {
    expect(ids(good, ctx ?? NODE_CTX, IGNORE)).not.toContain(id);
  });
});

test('a .dockerignore that forgets node_modules is reported for that name only', () => {
  const f = adviseDockerfile({ dockerfileText: GOOD_NODE, dockerfilePath: 'Dockerfile', contextFiles: [...NODE_CTX, '.git/', 'node_modules/'], dockerignoreText: '.git\n' });
  const d = f.find((x) => x.id === 'dockerignore-missing');
  expect(d?.message).toMatch(/node_modules/);
  expect(d?.message).not.toMatch(/\.git/);
});

test('global tool installs are not dependency installs', () => {
  expect(ids('FROM node:20\nRUN npm install -g pnpm@9\n', ['x', '.dockerignore'])).toEqual([]);
});

test('skip drops ids, and an unknown id names the input', () => {
  const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n';
  expect(adviseDockerfile({ dockerfileText: text, dockerfilePath: 'D', contextFiles: NODE_CTX, dockerignoreText: IGNORE, skip: ['no-cache-mount'] }).map((f) => f.id)).not.toContain('no-cache-mount');
  expect(() => adviseDockerfile({ dockerfileText: text, dockerfilePath: 'D', contextFiles: [], dockerignoreText: null, skip: ['nope'] })).toThrow(/Input "advisor-skip": unknown finding id nope/);
});

test('the final stage is the --target when given', () => {
  const text = 'FROM node:20 AS dev\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM node:20 AS prod\nCOPY --from=dev /app /app\n';
  expect(ids(text)).not.toContain('dev-deps-in-final');
  expect(ids(text, NODE_CTX, IGNORE, 'dev')).toContain('dev-deps-in-final');
});

describe('the seeds: the findings their authors made by hand', () => {
  const seed = (name: string) => readFileSync(`test/fixtures/dockerfiles/seeds/${name}`, 'utf8');
  const medusaCtx = ['package.json', 'yarn.lock', 'src/', 'medusa-config.ts', 'start.sh'];

  test('000 (22-minute Medusa deploy): yarn.lock ignored by npm, not copied, dev deps shipped, no cache mount', () => {
    const found = ids(seed('000-medusa-current.Dockerfile'), medusaCtx, null);
    expect(found).toEqual(expect.arrayContaining(['package-manager-mismatch', 'lockfile-not-copied', 'dev-deps-in-final', 'no-cache-mount', 'dockerignore-missing']));
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

describe('.dockerignore matching', () => {
  test.each([
    ['node_modules', 'node_modules', true],
    ['**/node_modules', 'node_modules', true],
    ['*.env', '.env', true],
    ['.git\n!.git', '.git', false],
    ['dist', 'node_modules', false],
    ['/node_modules/', 'node_modules', true]
  ])('%p excludes %s: %s', (text, path, expected) => {
    expect(isIgnored(parseDockerignore(text), path)).toBe(expected);
  });
});
