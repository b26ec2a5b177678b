// no-cache-mount fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { noCacheMount } from '../../../../src/advisor/rules/no-cache-mount.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const BAD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n';
const GOOD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n';

twinTests(
  noCacheMount.id,
  () => ids(BAD),
  () => ids(GOOD)
);

test('the fix is the same RUN with a cache mount on the manager’s cache', () => {
  expect(findingsOf(noCacheMount.id, BAD)).toEqual([
    {
      id: 'no-cache-mount',
      severity: 'warning',
      file: 'Dockerfile',
      line: 4,
      stage: 'stage-0',
      costLine: 4,
      message:
        "the npm install on line 4 downloads everything again whenever the step re-runs; with a cache mount, buildstage (`cache-mounts: auto`) also carries the mount's contents across runners, so a fresh runner starts with the packages already downloaded",
      fix: 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev'
    }
  ]);
});

test('pip with --no-cache-dir keeps no cache to mount', () => {
  expect(ids('FROM python:3.12\nRUN pip install --no-cache-dir flask\n', ['x', '.dockerignore'])).not.toContain(noCacheMount.id);
});

test('apt is told to mount both apt directories', () => {
  const [f] = findingsOf(
    noCacheMount.id,
    'FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    ['x', '.dockerignore']
  );
  expect(f.fix).toMatch(/^RUN --mount=type=cache,target=\/var\/cache\/apt,sharing=locked --mount=type=cache,target=\/var\/lib\/apt,sharing=locked /);
});
