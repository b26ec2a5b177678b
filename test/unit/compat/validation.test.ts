// Bad input gets one clear line naming the input and what to write instead, and nothing
// else (issue 2 item 10): the error is an InputError for that input, its message is one
// line that starts with `Input "<name>":` and says what to write.
import { readInputs, defaultInputs, type Inputs } from '../../../src/inputs/inputs.js';
import { InputError } from '../../../src/common/errors.js';
import { planBuild, type BuildPlan } from '../../../src/plan/build-plan.js';
import { gitContextFromEnv } from '../../../src/plan/git-context.js';
import { parseImageRef } from '../../../src/plan/image-ref.js';

const ctx = gitContextFromEnv(
  { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37', GITHUB_REPOSITORY: 'acme/shop' },
  { repository: { default_branch: 'main' } }
);

function read(values: Record<string, string>): Inputs {
  return readInputs((name) => values[name] ?? '');
}

function planOf(values: Record<string, string>): BuildPlan {
  return planBuild({
    inputs: read({ context: '.', cache: 'none', ...values }),
    ctx,
    buildx: { version: '0.21.0', buildkitVersion: 'v0.20.2', driver: 'docker-container', containerdStore: true },
    env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    now: new Date(0),
    tempDir: '/t',
    fileExists: () => true
  }).plan;
}

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, got none');
}

/** One line, an InputError for `input`, starting with its name and saying what to write. */
function expectInputError(e: Error, input: string, fix: RegExp): void {
  expect(e).toBeInstanceOf(InputError);
  expect(e instanceof InputError && e.input).toBe(input);
  expect(e.message).not.toMatch(/\n/);
  expect(e.message.startsWith(`Input "${input}": `)).toBe(true);
  expect(e.message).toMatch(fix);
}

describe('unknown cache type', () => {
  test.each(['redis', 'GHA', 's3', 'registry,local'])('cache: %s', (value) => {
    expectInputError(
      errorOf(() => read({ cache: value })),
      'cache',
      /write one of auto, gha, registry, local, inline, none/
    );
  });
});

describe('unknown comment value', () => {
  test.each(['sometimes', 'true', 'ON-CHANGE'])('comment: %s', (value) => {
    expectInputError(
      errorOf(() => read({ comment: value })),
      'comment',
      /write one of always, on-change, never/
    );
  });
});

describe('invalid booleans (YAML 1.2 core schema, as @actions/core getBooleanInput)', () => {
  const BOOLEAN_INPUTS = [
    'load',
    'no-cache',
    'pull',
    'push',
    'cache-write-on-pr',
    'ecr-create-repository',
    'dry-run',
    'summary',
    'advisor',
    'fail-on-regression'
  ];
  test.each(BOOLEAN_INPUTS.flatMap((name) => ['yes', '1', 'on'].map((v) => [name, v])))('%s: %s', (name, value) => {
    expectInputError(
      errorOf(() => read({ [name]: value })),
      name,
      /write true or false/
    );
  });
  test.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])('%s is accepted', (value) => {
    expect(read({ push: value, tags: 'r.example/app:1' }).push).toBe(value.toLowerCase() === 'true');
  });
});

describe('invalid tags', () => {
  test.each([
    ['user/app:-bad', /tag/],
    ['user/app:v1+build', /tag/],
    ['user/app:my tag', /tag/],
    ['user//app:1', /empty path component/],
    ['user/app:', /tag/]
  ])('tags: %s', (tag, problem) => {
    const e = errorOf(() => planOf({ tags: tag }));
    expectInputError(e, 'tags', problem);
    expect(e.message).toContain(tag);
  });
});

describe('uppercase tags say which lowercase reference to write, and that reference is valid', () => {
  test.each(['User/app:1', 'ghcr.io/Acme/Shop:1', 'MyApp:latest'])('tags: %s', (tag) => {
    const e = errorOf(() => planOf({ tags: tag }));
    expectInputError(e, 'tags', /lowercase/);
    const suggestion = /write "([^"]+)"/.exec(e.message)?.[1];
    expect(suggestion).toBeDefined();
    expect(() => parseImageRef(suggestion as string)).not.toThrow();
  });
});

test('push without any tag names the input to set', () => {
  expectInputError(
    errorOf(() => planOf({ push: 'true' })),
    'tags',
    /set `tags`/
  );
});

describe('a build-arg that looks like a secret: one warning naming `secrets`, never the value', () => {
  test.each(['NPM_TOKEN', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'API_KEY', 'STRIPE_APIKEY'])('%s', (name) => {
    const warnings = planOf({ 'build-args': `${name}=v4lue-n0t-to-print\nNODE_ENV=production` }).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/`secrets/);
    expect(warnings[0]).toContain(name);
    expect(warnings[0]).not.toContain('v4lue-n0t-to-print');
  });
});

describe('ordinary build-args give no warning', () => {
  test.each(['NODE_ENV', 'VERSION', 'AUTHOR', 'TOKENIZERS_PARALLELISM', 'BASE_IMAGE'])('%s', (name) => {
    expect(planOf({ 'build-args': `${name}=x` }).warnings).toEqual([]);
  });
});

test('valid input gives no error and no warning', () => {
  expect(planOf({ tags: 'r.example/app:1.0', push: 'true', 'build-args': 'NODE_ENV=production' }).warnings).toEqual([]);
  expect(defaultInputs().cache).toBe('auto');
});
