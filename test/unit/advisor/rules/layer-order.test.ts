// layer-order fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { layerOrder } from '../../../../src/advisor/rules/layer-order.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const BAD = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n';
const GOOD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY . .\n';

twinTests(
  layerOrder.id,
  () => ids(BAD),
  () => ids(GOOD)
);

test('points at the COPY, and its cost is the install', () => {
  expect(findingsOf(layerOrder.id, BAD)).toEqual([
    {
      id: 'layer-order',
      severity: 'warning',
      file: 'Dockerfile',
      line: 3,
      stage: 'stage-0',
      costLine: 4,
      message: '`COPY . .` (line 3) comes before the npm install (line 4), so any source change re-runs the install',
      fix: 'copy only the manifests and lockfile first (e.g. COPY package.json package-lock.json ./), run the install, then COPY the sources'
    }
  ]);
});

test('copying the source tree counts too, and a Python install is told to copy pyproject.toml first', () => {
  const [f] = findingsOf(layerOrder.id, 'FROM python:3.12\nWORKDIR /app\nCOPY app ./app\nRUN uv sync --frozen --no-dev\n', [
    'pyproject.toml',
    'uv.lock',
    'app/',
    '.dockerignore'
  ]);
  expect(f.line).toBe(3);
  expect(f.fix).toContain('COPY pyproject.toml uv.lock ./');
});
