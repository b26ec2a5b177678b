// npm-install-not-ci fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { npmInstallNotCi } from '../../../../src/advisor/rules/npm-install-not-ci.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const BAD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm install --omit=dev\n';
const GOOD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n';

twinTests(
  npmInstallNotCi.id,
  () => ids(BAD),
  () => ids(GOOD)
);

test('quotes the command and names the frozen install', () => {
  expect(findingsOf(npmInstallNotCi.id, BAD)).toEqual([
    {
      id: 'npm-install-not-ci',
      severity: 'warning',
      file: 'Dockerfile',
      line: 4,
      stage: 'stage-0',
      costLine: 4,
      message: '`npm install --omit=dev` may change the lockfile and resolve different versions than the ones committed',
      fix: 'use `npm ci`: installs exactly the lockfile, and fails when it is out of date'
    }
  ]);
});

test.each([
  ['yarn install', true],
  ['yarn install --frozen-lockfile', false],
  ['yarn install --immutable', false],
  ['pnpm install', true],
  ['pnpm install --frozen-lockfile', false],
  ['uv sync', true],
  ['uv sync --locked', false],
  ['pip install -r requirements.txt', false]
])('RUN %s: fires %s', (run, fires) => {
  expect(ids(`FROM x\nRUN ${run}\n`).includes(npmInstallNotCi.id)).toBe(fires);
});
