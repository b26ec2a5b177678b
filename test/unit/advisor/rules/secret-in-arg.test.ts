// secret-in-arg fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { secretInArg } from '../../../../src/advisor/rules/secret-in-arg.js';
import { findingsOf, ids, twinTests } from '../helpers.js';

const CTX = ['x', '.dockerignore'];
const BAD = 'FROM node:20\nARG NPM_TOKEN\nENV API_KEY=abc\n';
const GOOD = 'FROM node:20\nARG NODE_VERSION=20\nENV PORT=9000\n';

twinTests(
  secretInArg.id,
  () => ids(BAD, CTX),
  () => ids(GOOD, CTX)
);

test('one error per name, each with the build secret to use instead', () => {
  expect(findingsOf(secretInArg.id, BAD, CTX)).toEqual([
    {
      id: 'secret-in-arg',
      severity: 'error',
      file: 'Dockerfile',
      line: 2,
      stage: 'stage-0',
      message: 'ARG NPM_TOKEN looks like a secret: build args and ENV are stored in the image history and provenance',
      fix: 'pass it as a build secret: RUN --mount=type=secret,id=npm_token ... and `secrets: npm_token=...` (action) / --secret id=npm_token (buildx)'
    },
    {
      id: 'secret-in-arg',
      severity: 'error',
      file: 'Dockerfile',
      line: 3,
      stage: 'stage-0',
      message: 'ENV API_KEY looks like a secret: build args and ENV are stored in the image history and provenance',
      fix: 'pass it as a build secret: RUN --mount=type=secret,id=api_key ... and `secrets: api_key=...` (action) / --secret id=api_key (buildx)'
    }
  ]);
});

test('every name of a multi-name ENV is checked', () => {
  expect(findingsOf(secretInArg.id, 'FROM x\nENV PORT=1 DB_PASSWORD=x GITHUB_TOKEN=y\n', CTX).map((f) => f.message.split(' ')[1])).toEqual([
    'DB_PASSWORD',
    'GITHUB_TOKEN'
  ]);
});
