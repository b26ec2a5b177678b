// apt-no-clean fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { aptNoClean } from '../../../../src/advisor/rules/apt-no-clean.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const CTX = ['x', '.dockerignore'];
const BAD = 'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n';
const GOOD =
  'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';

twinTests(
  aptNoClean.id,
  () => ids(BAD, CTX),
  () => ids(GOOD, CTX)
);

test('says which of the two is missing', () => {
  expect(findingsOf(aptNoClean.id, BAD, CTX)).toEqual([
    {
      id: 'apt-no-clean',
      severity: 'warning',
      file: 'Dockerfile',
      line: 2,
      stage: 'stage-0',
      costLine: 2,
      message: 'apt-get install without --no-install-recommends leaves the package lists in the layer: tens of MB the image does not need',
      fix: 'apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/* (or cache mounts on /var/cache/apt and /var/lib/apt)'
    }
  ]);
  expect(findingsOf(aptNoClean.id, 'FROM debian\nRUN apt-get install -y --no-install-recommends curl\n', CTX)[0]?.message).toBe(
    'apt-get install leaves the package lists in the layer: tens of MB the image does not need'
  );
});

test('a cache mount on /var/lib/apt keeps the lists out of the layer', () => {
  expect(ids('FROM debian\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y --no-install-recommends curl\n', CTX)).not.toContain(aptNoClean.id);
});
