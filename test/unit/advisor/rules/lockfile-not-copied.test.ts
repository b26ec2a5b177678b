// lockfile-not-copied fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { lockfileNotCopied } from '../../../../src/advisor/rules/lockfile-not-copied.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const BAD = 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY src ./src\n';
const GOOD = 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY src ./src\n';

twinTests(
  lockfileNotCopied.id,
  () => ids(BAD),
  () => ids(GOOD)
);

test('names the lockfile and the install line', () => {
  expect(findingsOf(lockfileNotCopied.id, BAD)).toEqual([
    {
      id: 'lockfile-not-copied',
      severity: 'warning',
      file: 'Dockerfile',
      line: 4,
      stage: 'stage-0',
      costLine: 4,
      message: 'package-lock.json is not copied before the install on line 4, so dependencies are resolved afresh on every build',
      fix: 'COPY the lockfile with the manifest before the install (e.g. COPY package.json package-lock.json ./)'
    }
  ]);
});

test('with no lockfile in the context there is nothing to copy', () => {
  expect(ids(BAD, ['package.json', 'src/', '.dockerignore'])).not.toContain(lockfileNotCopied.id);
});

test("another manager's lockfile is the one to copy", () => {
  expect(findingsOf(lockfileNotCopied.id, BAD, ['package.json', 'yarn.lock', '.dockerignore'])[0]?.message).toMatch(/^yarn\.lock is not copied/);
});
