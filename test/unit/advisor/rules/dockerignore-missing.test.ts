// dockerignore-missing fires on a Dockerfile that has the problem and stays silent on its fixed twin.
import { adviseDockerfile } from '../../../../src/advisor/advise.js';
import { dockerignoreMissing } from '../../../../src/advisor/rules/dockerignore-missing.js';
import { GOOD_NODE, NODE_CTX, findingsOf, ids, twinTests } from '../helpers.js';

const HEAVY_CTX = [...NODE_CTX, '.git/', 'node_modules/'];

twinTests(
  dockerignoreMissing.id,
  () => ids(GOOD_NODE, HEAVY_CTX, null),
  () => ids(GOOD_NODE, HEAVY_CTX)
);

test('names what goes into the context', () => {
  expect(findingsOf(dockerignoreMissing.id, GOOD_NODE, HEAVY_CTX, null)).toEqual([
    {
      id: 'dockerignore-missing',
      severity: 'warning',
      file: 'Dockerfile',
      line: 1,
      message: 'no .dockerignore: .git, node_modules go into the build context (slower context transfer, secrets in layers, COPY . . cache misses)',
      fix: 'add a .dockerignore with at least: .git, node_modules, .env, and build outputs'
    }
  ]);
});

test('with nothing heavy in the context, a missing .dockerignore is only info', () => {
  expect(findingsOf(dockerignoreMissing.id, GOOD_NODE, NODE_CTX, null).map((f) => [f.severity, f.message])).toEqual([
    ['info', 'no .dockerignore: everything in the context directory is sent to the builder']
  ]);
});

test('a .dockerignore that forgets node_modules is reported for that name only', () => {
  const f = adviseDockerfile({
    dockerfileText: GOOD_NODE,
    dockerfilePath: 'Dockerfile',
    contextFiles: [...NODE_CTX, '.git/', 'node_modules/'],
    dockerignoreText: '.git\n'
  });
  const d = f.find((x) => x.id === 'dockerignore-missing');
  expect(d?.message).toMatch(/node_modules/);
  expect(d?.message).not.toMatch(/\.git/);
  expect(d?.fix).toBe('add node_modules to .dockerignore');
});
