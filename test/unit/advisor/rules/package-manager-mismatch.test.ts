// package-manager-mismatch fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { packageManagerMismatch } from '../../../../src/advisor/rules/package-manager-mismatch.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const YARN_CTX = ['package.json', 'yarn.lock', '.dockerignore'];
const BAD = 'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n';
const GOOD =
  'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile --production\n';

twinTests(
  packageManagerMismatch.id,
  () => ids(BAD, YARN_CTX),
  () => ids(GOOD, YARN_CTX)
);

test('names the lockfile, its manager and the install', () => {
  expect(findingsOf(packageManagerMismatch.id, BAD, YARN_CTX)).toEqual([
    {
      id: 'package-manager-mismatch',
      severity: 'warning',
      file: 'Dockerfile',
      line: 4,
      stage: 'stage-0',
      costLine: 4,
      message:
        'the context has yarn.lock (yarn) but line 4 installs with npm: the lockfile is ignored and versions can drift from what was developed and tested',
      fix: 'install with yarn: RUN corepack enable && yarn install --frozen-lockfile'
    }
  ]);
});

test.each([
  ['npm with pnpm-lock.yaml', 'RUN npm ci', ['pnpm-lock.yaml'], 'install with pnpm: RUN corepack enable && pnpm install --frozen-lockfile'],
  ['pip with uv.lock', 'RUN pip install .', ['uv.lock'], 'install with uv: RUN uv sync --frozen --no-dev'],
  ['pip with poetry.lock', 'RUN pip install .', ['poetry.lock'], 'install with poetry']
])('%s: the fix names the right manager', (_name, run, ctx, fix) => {
  expect(findingsOf(packageManagerMismatch.id, `FROM x\n${run}\n`, ctx)[0]?.fix).toBe(fix);
});

test('a lockfile of the other family is not a mismatch', () => {
  expect(ids('FROM x\nRUN npm ci\n', ['package.json', 'uv.lock'])).not.toContain(packageManagerMismatch.id);
});
