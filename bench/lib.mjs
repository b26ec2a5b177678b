// Pieces the benchmarks share: the runner path's environment, running the bundled action as a
// workflow step would, and running the CLI (its `build` argv for a pushed, registry-cached build).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The runner path's env file, written by `bash scripts/engine-up.sh --runner`. */
export const runnerEnvFile = join(process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage', 'runner/env');

/** The runner path's variables (DOCKER_CONFIG, BUILDX_BUILDER, BUILDSTAGE_NODE24, ...) as an object. */
export function readRunnerEnv(file = runnerEnvFile) {
  return Object.fromEntries([...readFileSync(file, 'utf8').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

/**
 * Runs the bundled action (root/dist/index.js) under `node` in the workspace ws (the app in
 * ws/app) as a step of a push to main would run: inputs (context app, network host, advisor
 * off, summary on unless given) as INPUT_*, cacheEnv for the Actions cache. Resolves to
 * { wallMs, log, report } (the action's JSON report); rejects when the action exits non-zero,
 * or with failOnErrorAnnotation when it logs an ::error::. saveLog keeps the log in ws/log-TAG.txt.
 */
export function runBundledAction({
  root,
  node,
  ws,
  tag,
  dockerConfig,
  sha = 'b'.repeat(40),
  cacheEnv,
  inputs,
  saveLog = false,
  failOnErrorAnnotation = false
}) {
  const out = join(ws, `out-${tag}`);
  writeFileSync(out, '');
  const event = join(ws, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main', private: false } }));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_CONFIG: dockerConfig,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(ws, `summary-${tag}.md`),
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: ws,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/shop',
    ...cacheEnv
  };
  for (const [k, v] of Object.entries({ context: 'app', network: 'host', advisor: 'false', summary: 'true', ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const t0 = process.hrtime.bigint();
  return new Promise((done, reject) => {
    const child = spawn(node, [join(root, 'dist/index.js')], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (saveLog) writeFileSync(join(ws, `log-${tag}.txt`), log);
      if (code !== 0 || (failOnErrorAnnotation && /::error::/.test(log))) return reject(new Error(`${tag} failed:\n${log.slice(-3000)}`));
      const outputs = readFileSync(out, 'utf8');
      const report = JSON.parse(readFileSync(/^report<<(\S+)\n(.*)\n\1$/m.exec(outputs)[2], 'utf8'));
      done({ wallMs, log, report });
    });
  });
}

/** The flags that push the image, use the registry cache and the host network, and write the JSON report to reportJson. */
export const pushArgs = (reportJson) => ['--push', '--cache', 'registry', '--network', 'host', '--report-json', reportJson];

/** The CLI's argv for `build` of context (with file and target when given), pushed as tag: see pushArgs. */
export function cliBuildArgs({ context, file, target, tag, reportJson }) {
  return ['build', '--context', context, ...(file ? ['--file', file] : []), ...(target ? ['--target', target] : []), '--tag', tag, ...pushArgs(reportJson)];
}

/**
 * Runs the CLI (node cli ...args) to completion, timed. options go to spawnSync (env, cwd,
 * maxBuffer); on failure the last `tail` characters of its stderr are printed and it throws
 * `${label} failed`. Returns { wallMs, stderr }.
 */
export function runCli(cli, args, label, { tail = 4000, ...options } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-tail));
    throw new Error(`${label} failed`);
  }
  return { wallMs, stderr: r.stderr };
}
