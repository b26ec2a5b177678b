// Every input of both actions, tried with bad values (test/helpers/bad-inputs.ts): each is
// refused with one line that names the input, says what was wrong and what to write, and
// nothing has run — no buildx question, no login, no build (build action), no ECR client
// (ECR lifecycle action). The same table runs against the bundled actions in
// test/e2e/faults-inputs.test.ts.
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeBuild, type BuildRequest } from '../../../src/build-runner/execute.js';
import { cleanupOptions, policyFromInputs, readEcrInputs } from '../../../src/ecr/inputs.js';
import { readEcrRun } from '../../../src/actions/ecr-lifecycle/main.js';
import { readInputs } from '../../../src/inputs/inputs.js';
import { InputError } from '../../../src/common/errors.js';
import { gitContextFromEnv } from '../../../src/plan/git-context.js';
import { BUILD_BAD_INPUTS, ECR_BAD_INPUTS, ECR_VALID, type BadInput } from '../../helpers/bad-inputs.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/apps/node-app');
const ctx = gitContextFromEnv(
  { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37', GITHUB_REPOSITORY: 'acme/shop' },
  { repository: { default_branch: 'main' } }
);
export const BUILD_VALID: Record<string, string> = { context: 'app', tags: '127.0.0.1:5000/bad-input:1', push: 'true', network: 'host', cache: 'registry' };

function expectOneLine(e: unknown, c: BadInput): void {
  expect(e).toBeInstanceOf(InputError);
  const err = e as InputError;
  expect(err.input).toBe(c.names ?? c.input);
  expect(err.message.startsWith(`Input "${c.names ?? c.input}": `)).toBe(true);
  expect(err.message).not.toMatch(/\n/);
  // what to write: every fix says it
  expect(err.fix).toMatch(/write|set|point|fix|name|add|use|list|leave/i);
}

describe('the build action refuses bad input before anything runs', () => {
  const ws = mkdtempSync(join(tmpdir(), 'bs-bad-inputs-'));
  cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
  /** One build of these inputs in the workspace, with a silent log and the given probes and hooks. */
  const build = (inputs: ReturnType<typeof readInputs>, detect: BuildRequest['detect'], hooks: BuildRequest['hooks']) =>
    executeBuild({ inputs, ctx, env: {}, tempDir: join(ws, 't'), cwd: ws, log: { info: () => {}, warning: () => {}, group: (_n, fn) => fn() }, detect, hooks });

  test('the valid inputs the cases start from do run (the probes work)', async () => {
    const detect = jest.fn(() =>
      Promise.resolve({ version: '0.13.1', buildkitVersion: 'v0.13.2', driver: 'docker', builderName: 'default', containerdStore: true, platforms: [] })
    );
    const prepareRegistries = jest.fn(() => Promise.reject(new Error('stop here')));
    const inputs = readInputs((n) => BUILD_VALID[n] ?? '');
    await expect(build(inputs, detect, { prepareRegistries })).rejects.toThrow('stop here');
    expect(detect).toHaveBeenCalled();
  });

  test.each(BUILD_BAD_INPUTS.map((c) => [c.input, c.value, c] as const))('%s: %p', async (_input, _value, c) => {
    const values: Record<string, string> = { ...BUILD_VALID, ...c.with, [c.input]: c.value };
    const detect = jest.fn(() => Promise.reject(new Error('docker was asked')));
    const hook = jest.fn(() => Promise.reject(new Error('a registry was prepared')));
    let error: unknown = null;
    try {
      const inputs = readInputs((n) => values[n] ?? '');
      await build(inputs, detect, { prepareRegistries: hook, restoreLocalCache: hook });
    } catch (e) {
      error = e;
    }
    expectOneLine(error, c);
    expect(detect).not.toHaveBeenCalled();
    expect(hook).not.toHaveBeenCalled();
  });
});

describe('the ECR lifecycle action refuses bad input before any API call', () => {
  const ws = mkdtempSync(join(tmpdir(), 'bs-bad-ecr-'));

  test('the valid inputs the cases start from read and make a policy', () => {
    const i = readEcrInputs((n) => ECR_VALID[n] ?? '');
    expect(policyFromInputs(i, ws)?.rules.length).toBeGreaterThan(0);
    expect(cleanupOptions(i, null, new Date()).repositories).toEqual(['shop/api']);
  });

  test.each(ECR_BAD_INPUTS.map((c) => [c.input, c.value, c] as const))('%s: %p', (_input, _value, c) => {
    for (const [f, text] of Object.entries(c.files ?? {})) writeFileSync(join(ws, f), text);
    const values: Record<string, string> = { ...ECR_VALID, ...c.with, [c.input]: c.value };
    let error: unknown = null;
    try {
      // what the action does before it makes a client
      readEcrRun((n) => values[n] ?? '', {}, ws);
    } catch (e) {
      error = e;
    }
    expectOneLine(error, c);
  });
});
