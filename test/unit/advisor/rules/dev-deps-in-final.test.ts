// dev-deps-in-final fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { devDepsInFinal } from '../../../../src/advisor/rules/dev-deps-in-final.js';
import { IGNORE, NODE_CTX, findingsOf, ids, twinTests } from '../helpers.js';

const BAD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n';
const GOOD = 'FROM node:20\nWORKDIR /app\nENV NODE_ENV=production\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n';

twinTests(
  devDepsInFinal.id,
  () => ids(BAD),
  () => ids(GOOD)
);

test('names the production install of that manager', () => {
  expect(findingsOf(devDepsInFinal.id, BAD)).toEqual([
    {
      id: 'dev-deps-in-final',
      severity: 'warning',
      file: 'Dockerfile',
      line: 4,
      stage: 'stage-0',
      costLine: 4,
      message: 'the final image installs development dependencies (line 4): a bigger image and a longer install',
      fix: 'install only production dependencies in the final stage (`npm ci --omit=dev`), or build in an earlier stage and COPY --from it'
    }
  ]);
});

test('the final stage is the --target when given', () => {
  const text =
    'FROM node:20 AS dev\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM node:20 AS prod\nCOPY --from=dev /app /app\n';
  expect(ids(text)).not.toContain('dev-deps-in-final');
  expect(ids(text, NODE_CTX, IGNORE, 'dev')).toContain('dev-deps-in-final');
});

test.each([
  ['poetry install', true],
  ['poetry install --only main', false],
  ['uv sync --frozen', true],
  ['uv sync --frozen --no-dev', false],
  ['pip install -r requirements.txt', false]
])('RUN %s in the final stage: fires %s', (run, fires) => {
  expect(ids(`FROM python:3.12\nRUN ${run}\n`).includes(devDepsInFinal.id)).toBe(fires);
});
