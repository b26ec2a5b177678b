// Runs the bundled action as a GitHub runner does: `node dist/index.js` with INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload, and the
// runner's environment. On the runner path (scripts/engine-up.sh --runner) it also gives
// each run a fresh DOCKER_CONFIG copied from the runner's, as a new runner has: the
// docker-container builder, the current buildx plugin, and no registry logins.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const STATE = process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage';

/** Parses the runner's GITHUB_OUTPUT file format (name<<DELIM ... DELIM). */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

export interface RunnerPath {
  /** DOCKER_CONFIG holding the current buildx plugin and the docker-container builder. */
  dockerConfig: string;
  builder: string;
  ecrHost: string;
  ecrCa: string;
  /** Node 24, what `runs.using: node24` runs. */
  node24: string;
}

/** The runner path set up by `scripts/engine-up.sh --runner`; throws with the fix when it is missing. */
export function runnerPath(): RunnerPath {
  const file = join(STATE, 'runner/env');
  if (!existsSync(file)) throw new Error(`the runner path is not set up (${file} is missing): run bash scripts/engine-up.sh --runner`);
  const vars: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/(\w+)=(\S+)/g)) vars[m[1]] = m[2];
  return {
    dockerConfig: vars.DOCKER_CONFIG,
    builder: vars.BUILDX_BUILDER,
    ecrHost: vars.BUILDSTAGE_ECR_STANDIN_HOST,
    ecrCa: vars.BUILDSTAGE_ECR_STANDIN_CA,
    node24: vars.BUILDSTAGE_NODE24
  };
}

/** A new runner's docker config: the builder and plugin of the runner path, no logins. */
export function freshDockerConfig(rp: RunnerPath): string {
  const dir = mkdtempSync(join(tmpdir(), 'bs-docker-config-'));
  cpSync(rp.dockerConfig, dir, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dir, 'config.json'), '{}');
  return dir;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

export interface RunActionOptions {
  /** The workspace (GITHUB_WORKSPACE, RUNNER_TEMP and the step's cwd); default a new temp dir. */
  workspace?: string;
  /** Extra environment: event, ref, cache service, GitHub API, DOCKER_CONFIG... */
  env?: Record<string, string>;
  /** The event payload (GITHUB_EVENT_PATH); default a push payload of a public repo on main. */
  payload?: unknown;
  /** The Node binary; default this process's. */
  node?: string;
  timeoutMs?: number;
}

/**
 * Runs the action without blocking this process's event loop, so that servers the test
 * runs in-process (the cache service, the GitHub stub) can answer it.
 */
export async function runAction(inputs: Record<string, string>, o: RunActionOptions = {}): Promise<ActionRun> {
  const dir = o.workspace ?? mkdtempSync(join(tmpdir(), 'bs-action-'));
  const outputFile = join(dir, `output-${Date.now()}`);
  const summaryFile = join(dir, `summary-${Date.now()}.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const eventFile = join(dir, `event-${Date.now()}.json`);
  writeFileSync(eventFile, JSON.stringify(o.payload ?? { repository: { default_branch: 'main', private: false } }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '1',
    ...o.env
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(o.node ?? process.execPath, [join(ROOT, 'dist/index.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 600_000);
  const status = await new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      resolve(code);
    })
  );
  clearTimeout(timer);
  return { status, stdout, stderr, outputs: readOutputs(outputFile), summary: readFileSync(summaryFile, 'utf8'), dir };
}

/** Runs docker with the given DOCKER_CONFIG (the runner path's builder); throws on failure. */
export function docker(args: string[], dockerConfig: string): string {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_CONFIG: dockerConfig } });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * Everything a run made visible to people: the log without the runner's own `::add-mask::`
 * commands (the runner consumes them), stderr, the job summary, the outputs, and any extra
 * text the test collected (PR comment bodies).
 */
export function visibleText(run: ActionRun, extra: string[] = []): string {
  const log = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.stderr, run.summary, JSON.stringify(run.outputs), ...Object.values(run.outputs), ...extra].join('\n');
}

/**
 * Fails when any secret value (build secrets, the ECR password, the runtime token, the GitHub
 * token) appears in what the runs printed, summarised, output or posted — as is, base64 or
 * URL-encoded. The message names the secret by its label, never by its value.
 */
export function expectNoSecrets(runs: ActionRun | ActionRun[], secrets: Record<string, string>, extra: string[] = []): void {
  const list = Array.isArray(runs) ? runs : [runs];
  const all: Array<[string, string]> = list.map((r, i) => [`run ${i + 1}`, visibleText(r)]);
  all.push(['the PR comment', extra.join('\n')]);
  for (const [label, value] of Object.entries(secrets)) {
    if (!value || value.length < 6) throw new Error(`expectNoSecrets: the secret "${label}" is too short to look for`);
    const forms = [value, Buffer.from(value).toString('base64'), encodeURIComponent(value)];
    for (const [where, text] of all) {
      if (forms.some((f) => text.includes(f)))
        throw new Error(`the secret "${label}" appears in what ${where} made visible (log, summary, outputs or PR comment)`);
    }
  }
}
