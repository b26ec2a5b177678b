// Pieces the benchmarks share: the runner path's environment, running the bundled action as a
// workflow step would, and running the CLI (its `build` argv for a pushed, registry-cached build).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Runs cmd args (cwd, env) to its end, timed from the spawn to the close of its output: stdout and
 * stderr are read (stderr goes to stderrFile instead when given, as a saved rawjson stream). Resolves
 * to { ms, out }; rejects when it exits non-zero or, with failOnErrorAnnotation, logs an ::error::.
 */
export function timedRun(cmd, args, { cwd, env, stderrFile, failOnErrorAnnotation = false }) {
  return new Promise((res, rej) => {
    const fd = stderrFile ? openSync(stderrFile, 'w') : 'ignore';
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', stderrFile ? fd : 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (typeof fd === 'number') closeSync(fd);
      if (code !== 0 || (failOnErrorAnnotation && /::error::/.test(out))) rej(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-3000)}`));
      else res({ ms, out });
    });
  });
}

/** The median of some numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Paired rounds on a shared machine: each side ({ name, run }) runs once to warm up (builder
 * cache, files Node reads), then every round runs every side once, who goes first rotating;
 * round[name] = keep(what run resolved to). Compare sides within a round, not across rounds.
 */
export async function pairedRounds(sides, runs, keep = (r) => r.ms) {
  for (const s of sides) await s.run();
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const round = {};
    for (let k = 0; k < sides.length; k++) {
      const s = sides[(i + k) % sides.length];
      round[s.name] = keep(await s.run());
    }
    rounds.push(round);
  }
  return rounds;
}
