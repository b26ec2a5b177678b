// single-stage-toolchain fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { singleStageToolchain } from '../../../../src/advisor/rules/single-stage-toolchain.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const CTX = ['app.py', '.dockerignore'];
const BAD =
  'FROM python:3.11-slim-bookworm\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev\n';
const GOOD =
  'FROM python:3.11-slim-bookworm AS build\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev\nFROM python:3.11-slim-bookworm\nCOPY --from=build /usr/lib /usr/lib\n';

twinTests(
  singleStageToolchain.id,
  () => ids(BAD, CTX),
  () => ids(GOOD, CTX)
);

test('names the first build tool found', () => {
  expect(findingsOf(singleStageToolchain.id, BAD, CTX)).toEqual([
    {
      id: 'single-stage-toolchain',
      severity: 'warning',
      file: 'Dockerfile',
      line: 2,
      stage: 'stage-0',
      costLine: 2,
      message: 'build tools (gcc) are installed in the final image: size and attack surface it does not need at run time',
      fix: 'install the toolchain in a build stage, build there, and COPY --from=build only the results into a slim final stage'
    }
  ]);
});

test('apk build-base counts too; runtime packages do not', () => {
  expect(ids('FROM alpine\nRUN apk add --no-cache build-base\n', CTX)).toContain(singleStageToolchain.id);
  expect(ids('FROM alpine\nRUN apk add --no-cache curl\n', CTX)).not.toContain(singleStageToolchain.id);
});
