// Fault: the job is cancelled (issue 12 item 1). The runner sends the step SIGINT, then
// SIGTERM 7.5 s later; here the bundled action runs a build whose step reads a build secret
// and sleeps, and is signalled as the runner does: the buildx child is stopped (and the step
// in the builder with it), the secret files are gone at once, and the action's post step
// (action.yml post:, post-if: always()) removes what the main step left. When the main step
// is killed outright (SIGKILL, nothing runs), the post step stops the orphaned buildx and
// removes the secret files itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectNoSecrets, readOutputs, type ActionRun } from '../helpers/action-runner.js';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'test/fixtures/apps/fault-app');
const SECRET = `cancel-secret-${Date.now().toString(36)}`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Processes running `sleep <seconds>` (the build step inside the builder), read from /proc. */
function sleepers(seconds: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8') === `sleep\0${seconds}\0`) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Step {
  child: ChildProcess;
  dir: string;
  files: { output: string; state: string; summary: string };
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

/** The main step, as the runner starts it (INPUT_*, GITHUB_STATE for core.saveState). */
function mainStep(sleep: number): Step {
  const dir = mkdtempSync(join(tmpdir(), 'bs-fault-cancel-'));
  cpSync(FIXTURE, join(dir, 'app'), { recursive: true });
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary.md') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ repository: { default_branch: 'main', private: false } }));
  const inputs: Record<string, string> = {
    context: 'app',
    file: 'app/Dockerfile.slow',
    tags: '127.0.0.1:5000/fault-cancel:1',
    network: 'host',
    cache: 'none',
    advisor: 'false',
    'build-args': `NONCE=${Date.now()}\nSLEEP=${sleep}`,
    secrets: `FAULT_SECRET=${SECRET}`
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '5555555555555555555555555555555555555555',
    GITHUB_REPOSITORY: 'acme/shop',
    DOCKER_BUILD_SUMMARY: 'false'
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.on('close', (code, signal) => {
      r({ code, signal });
    })
  );
  return { child, dir, files, stdout: () => out, exited };
}

/** The post step, as the runner runs it: the main step's saved state as STATE_<name>. */
function postStep(step: Step): Promise<{ status: number | null; stdout: string }> {
  const state = readOutputs(step.files.state);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, RUNNER_TEMP: step.dir, GITHUB_WORKSPACE: step.dir };
  for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
  const child = spawn(process.execPath, [join(ROOT, 'dist/post.js')], { cwd: step.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise((r) =>
    child.on('close', (status) => {
      r({ status, stdout: out });
    })
  );
}

test('action.yml runs dist/post.js after the job, whatever happened', () => {
  const runs = (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: Record<string, string> }).runs;
  expect(runs.post).toBe('dist/post.js');
  expect(runs['post-if']).toBe('always()');
  expect(existsSync(join(ROOT, 'dist/post.js'))).toBe(true);
});

test('SIGINT then SIGTERM, as the runner cancels: buildx and the step in the builder stop, the secret files are gone at once, the post step removes the rest', async () => {
  const SLEEP = 611;
  const step = mainStep(SLEEP);
  await until('the step runs in the builder', () => sleepers(SLEEP).length > 0, 120_000);
  const state = readOutputs(step.files.state);
  const tempDir = state['temp-dir'];
  const buildx = Number(state['buildx-pid']);
  expect(existsSync(join(tempDir, 'secrets'))).toBe(true);
  expect(alive(buildx)).toBe(true);

  step.child.kill('SIGINT');
  await until('the secret files are removed', () => !existsSync(join(tempDir, 'secrets')), 2000);
  // the runner's SIGTERM comes 7.5 s later; the step has usually ended by then
  const term = setTimeout(() => step.child.exitCode === null && step.child.kill('SIGTERM'), 7500);
  const end = await step.exited;
  clearTimeout(term);
  expect(end.code ?? end.signal).not.toBe(0);
  expect(step.stdout()).toMatch(/cancelled \(SIGINT\): secret files removed; stopping buildx \(pid \d+\)/);
  await until('buildx has stopped', () => !alive(buildx), 10_000);
  await until('the step in the builder has stopped', () => sleepers(SLEEP).length === 0, 30_000);

  const post = await postStep(step);
  expect(post.status).toBe(0);
  expect(post.stdout).toContain(`buildstage post: removed ${tempDir}`);
  expect(existsSync(tempDir)).toBe(false);
  const run: ActionRun = {
    status: end.code,
    stdout: step.stdout(),
    stderr: '',
    outputs: readOutputs(step.files.output),
    summary: readFileSync(step.files.summary, 'utf8'),
    dir: step.dir
  };
  expectNoSecrets(run, { 'build secret': SECRET }, [post.stdout]);
}, 240_000);

test('the main step killed outright (SIGKILL): the post step stops the orphaned buildx and removes the secret files', async () => {
  const SLEEP = 613;
  const step = mainStep(SLEEP);
  await until('the step runs in the builder', () => sleepers(SLEEP).length > 0, 120_000);
  const state = readOutputs(step.files.state);
  const tempDir = state['temp-dir'];
  const buildx = Number(state['buildx-pid']);
  step.child.kill('SIGKILL');
  await step.exited;
  // nothing ran in the main step: buildx is orphaned and the secret file is still there
  expect(alive(buildx)).toBe(true);
  expect(readdirSync(join(tempDir, 'secrets')).length).toBeGreaterThan(0);

  const post = await postStep(step);
  expect(post.status).toBe(0);
  expect(post.stdout).toMatch(new RegExp(`buildx \\(pid ${buildx}\\) was still running after the main step; stopped it`));
  await until('buildx has stopped', () => !alive(buildx), 10_000);
  expect(existsSync(tempDir)).toBe(false);
  await until('the step in the builder has stopped', () => sleepers(SLEEP).length === 0, 30_000);
}, 240_000);
