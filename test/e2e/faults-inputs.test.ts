// Bad input is refused before anything runs (issue 12 item 2), on the bundled actions: every
// case of test/helpers/bad-inputs.ts (each input of both actions with its bad values) runs
// `node dist/index.js` or `node dist/ecr-lifecycle.js` with a recording `docker` first on
// PATH and recording ECR and GitHub endpoints. Each ends with exactly one error line that
// names the input, and nothing was done with docker, ECR or GitHub: no build, no push, no
// login, no delete. The only docker calls are the read-only probes the build action starts
// with the process (buildx inspect, buildx version), before its inputs are read.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../helpers/action-runner.js';
import { BUILD_BAD_INPUTS, ECR_BAD_INPUTS, ECR_VALID, type BadInput } from '../helpers/bad-inputs.js';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'test/fixtures/apps/node-app');
const BUILD_VALID: Record<string, string> = { context: 'app', tags: '127.0.0.1:5000/bad-input:1', push: 'true', network: 'host', cache: 'registry' };

const bin = mkdtempSync(join(tmpdir(), 'bs-fake-docker-'));
const dockerLog = join(bin, 'calls.log');
writeFileSync(dockerLog, '');
writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "docker $*" >> ${dockerLog}\necho "recorded, not run" >&2\nexit 1\n`);
chmodSync(join(bin, 'docker'), 0o755);

/** An HTTP endpoint that records every request and answers 500. */
async function recorder(): Promise<{ url: string; calls: string[]; server: Server }> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url} ${String(req.headers['x-amz-target'] ?? '')}`);
    req.resume();
    res.writeHead(500).end('{}');
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

let ecr: Awaited<ReturnType<typeof recorder>>;
let github: Awaited<ReturnType<typeof recorder>>;
beforeAll(async () => {
  ecr = await recorder();
  github = await recorder();
});
afterAll(() => {
  ecr.server.close();
  github.server.close();
});

const env = () => ({
  PATH: `${bin}:${process.env.PATH}`,
  BUILDSTAGE_ECR_ENDPOINT: ecr.url,
  GITHUB_API_URL: github.url,
  AWS_ACCESS_KEY_ID: 'AKIAINPUTTEST',
  AWS_SECRET_ACCESS_KEY: 'input-test-secret',
  AWS_REGION: 'us-east-1'
});

/** Runs `fn` over the items, `n` at a time. */
async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    })
  );
  return out;
}

/** What the build action asks docker before it reads its inputs: the facts' probes, read-only. */
const READ_ONLY_PROBE = /^docker (buildx version|buildx inspect( \S+)?)$/;

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

function expectRefused(c: BadInput, status: number | null, stdout: string): void {
  const lines = errorLines(stdout);
  const where = `${c.input}: ${JSON.stringify(c.value)}`;
  expect({ where, status }).toEqual({ where, status: 1 });
  expect({ where, lines: lines.length }).toEqual({ where, lines: 1 });
  expect({ where, line: lines[0].startsWith(`::error::Input "${c.names ?? c.input}": `) }).toEqual({ where, line: true });
  // one line: the runner would turn a newline into %0A
  expect({ where, oneLine: !/%0A/.test(lines[0]) }).toEqual({ where, oneLine: true });
}

describe('the build action (node dist/index.js)', () => {
  test('the probes see what a valid run asks: docker is called', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'bs-bad-'));
    cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
    const before = readFileSync(dockerLog, 'utf8').length;
    const r = await runAction(BUILD_VALID, { workspace: ws, env: env() });
    expect(r.status).toBe(1);
    expect(readFileSync(dockerLog, 'utf8').slice(before)).toMatch(/^docker buildx version/m);
  });

  test(`${BUILD_BAD_INPUTS.length} bad values, each refused in one line before docker is asked more than the read-only probes, and before ECR or GitHub is asked anything`, async () => {
    const before = readFileSync(dockerLog, 'utf8');
    const results = await pool(BUILD_BAD_INPUTS, 6, async (c) => {
      const ws = mkdtempSync(join(tmpdir(), 'bs-bad-'));
      cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
      const r = await runAction({ ...BUILD_VALID, ...c.with, [c.input]: c.value }, { workspace: ws, env: env() });
      return { c, r };
    });
    for (const { c, r } of results) expectRefused(c, r.status, r.stdout);
    const asked = readFileSync(dockerLog, 'utf8').slice(before.length).split('\n').filter(Boolean);
    // the probes started with the process are read-only; nothing else: no build, login, push or imagetools
    expect([...new Set(asked)].filter((l) => !READ_ONLY_PROBE.test(l))).toEqual([]);
    // and no more of them than one set per run
    expect(asked.filter((l) => l === 'docker buildx version').length).toBeLessThanOrEqual(BUILD_BAD_INPUTS.length);
    expect(ecr.calls).toEqual([]);
    expect(github.calls).toEqual([]);
  }, 240_000);
});

describe('the ECR lifecycle action (node dist/ecr-lifecycle.js)', () => {
  function lifecycle(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<{ status: number | null; stdout: string }> {
    const ws = mkdtempSync(join(tmpdir(), 'bs-bad-ecr-'));
    mkdirSync(ws, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(ws, f), text);
    const output = join(ws, 'output');
    writeFileSync(output, '');
    const e: NodeJS.ProcessEnv = { ...env(), GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: output };
    for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(process.execPath, [join(ROOT, 'dist/ecr-lifecycle.js')], { cwd: ws, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    return new Promise((r) =>
      child.on('close', (status) => {
        r({ status, stdout });
      })
    );
  }

  test('the probes see what a valid run asks: ECR is called', async () => {
    const r = await lifecycle(ECR_VALID);
    expect(r.status).toBe(1);
    expect(ecr.calls.length).toBeGreaterThan(0);
    ecr.calls.length = 0;
  });

  test(`${ECR_BAD_INPUTS.length} bad values, each refused in one line before any ECR call`, async () => {
    const results = await pool(ECR_BAD_INPUTS, 6, async (c) => ({ c, r: await lifecycle({ ...ECR_VALID, ...c.with, [c.input]: c.value }, c.files) }));
    for (const { c, r } of results) expectRefused(c, r.status, r.stdout);
    expect(ecr.calls).toEqual([]);
  }, 240_000);
});
