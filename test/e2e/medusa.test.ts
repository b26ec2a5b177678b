// The Medusa v2 example (examples/medusa): a real create-medusa-app project, ~1,400 npm
// packages. Two tiers (the decision and its measurements are in examples/medusa/README.md):
// - always: the advisor, the committed lockfile against package.json, and a
//   `call: check` build through the action on the runner path (seconds, no install);
// - BUILDSTAGE_E2E_MEDUSA=1 (not set by .ci/run: a cold build is minutes on 2 cores):
//   cold, route-change and lockfile-change builds through the bundled action with the
//   registry cache on both engine paths (BUILDSTAGE_E2E_MEDUSA_ENGINE=default|runner for one), then the image against a
//   real PostgreSQL and Redis: `medusa db:migrate`, the server answering /health and the
//   custom route, the worker running the scheduled job.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adviseDockerfile, loadAdvisorInput } from '../../src/advisor/advise.js';
import type { StepTiming, TimingReport } from '../../src/timing/types.js';
import { freshDockerConfig, runAction, runnerPath } from '../helpers/action-runner.js';
import { REGISTRY, manifestDigest } from '../helpers/registry.js';

const APP = 'examples/medusa';
const ROUTE = 'src/api/build-info/route.ts';
const HEAVY = process.env.BUILDSTAGE_E2E_MEDUSA === '1';

describe('always: advisor, lockfile, check build', () => {
  test.each(['server', 'worker'])('the advisor reports nothing above info (target %s)', (target) => {
    const file = join(APP, 'Dockerfile');
    const findings = adviseDockerfile({ ...loadAdvisorInput(file, APP, file), target });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test("the lockfile is npm's (what create-medusa-app uses), matches package.json, and points at the npm registry only", () => {
    for (const other of ['yarn.lock', 'pnpm-lock.yaml', '.yarnrc.yml']) expect(existsSync(join(APP, other))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(APP, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(APP, 'package-lock.json'), 'utf8'));
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
    for (const name of ['@medusajs/medusa', '@medusajs/framework', '@medusajs/cli', '@medusajs/admin-sdk']) {
      expect(pkg.dependencies[name]).toMatch(/^2\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`].version).toBe(pkg.dependencies[name]);
    }
    const entries = Object.entries(lock.packages as Record<string, { resolved?: string; integrity?: string; link?: boolean }>).filter(([k, v]) => k && !v.link);
    expect(entries.length).toBeGreaterThan(1000);
    for (const [k, v] of entries) {
      expect([k, v.resolved]).toEqual([k, expect.stringMatching(/^https:\/\/registry\.npmjs\.org\//)]);
      expect([k, v.integrity]).toEqual([k, expect.stringMatching(/^sha(512|1)-/)]);
    }
    // npm itself agrees the lockfile satisfies package.json (offline, reads the lockfile only)
    const ls = spawnSync('npm', ['ls', '--package-lock-only', '--all', '--json'], { cwd: APP, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(JSON.parse(ls.stdout).problems ?? []).toEqual([]);
    expect(ls.status).toBe(0);
  }, 120_000);

  test('a `call: check` build through the action on the runner path has no warnings', async () => {
    const rp = runnerPath();
    const ws = mkdtempSync(join(tmpdir(), 'bs-medusa-check-'));
    cpSync(APP, join(ws, 'app'), { recursive: true, filter: (p) => !/node_modules|\.medusa/.test(p) });
    for (const target of ['server', 'worker']) {
      const r = await runAction(
        { context: 'app', target, images: `${REGISTRY}/medusa-check`, push: 'false', network: 'host', cache: 'none', call: 'check', advisor: 'false' },
        { workspace: ws, env: { DOCKER_CONFIG: freshDockerConfig(rp) }, node: rp.node24, timeoutMs: 300_000 }
      );
      expect([r.status, r.stdout.slice(-3000)]).toEqual([0, expect.not.stringMatching(/::error::/)]);
      expect(r.stdout + r.stderr).toMatch(/Check complete, no warnings found/);
    }
  }, 600_000);
});

// ---------------------------------------------------------------------------
// Heavy: real builds and the image against a real PostgreSQL and Redis
// ---------------------------------------------------------------------------
const heavy = HEAVY ? describe : describe.skip;
const port = () => 20000 + Math.floor(Math.random() * 20000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Engine {
  name: 'default' | 'runner';
  /** For the test's own docker calls (prune). */
  env: NodeJS.ProcessEnv;
  /** What the action gets on top of a runner's environment, and the Node it runs on. */
  actionEnv: Record<string, string>;
  node?: string;
}
/** Both engine paths; BUILDSTAGE_E2E_MEDUSA_ENGINE=default|runner runs one. */
function engines(): Engine[] {
  const only = process.env.BUILDSTAGE_E2E_MEDUSA_ENGINE;
  const e: Engine[] = [];
  if (only !== 'runner') e.push({ name: 'default', env: { ...process.env }, actionEnv: {} });
  if (HEAVY && only !== 'default') {
    const rp = runnerPath();
    const runner = { DOCKER_CONFIG: freshDockerConfig(rp), BUILDX_BUILDER: rp.builder };
    e.push({ name: 'runner', env: { ...process.env, ...runner }, actionEnv: runner, node: rp.node24 });
  }
  return e;
}

/** One build through the bundled action (node dist/index.js, as a runner runs it), pushed with the registry cache. */
async function build(engine: Engine, context: string, target: string, tag: string): Promise<TimingReport> {
  const r = await runAction(
    { context, target, tags: tag, push: 'true', cache: 'registry', network: 'host', advisor: 'false' },
    { env: { ...engine.actionEnv, FORCE_COLOR: '0' }, node: engine.node, timeoutMs: 1_700_000 }
  );
  if (r.status !== 0 || /^::error::/m.test(r.stdout))
    throw new Error(`build ${tag} on the ${engine.name} engine failed (${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`);
  return JSON.parse(readFileSync(r.outputs.report, 'utf8')) as TimingReport;
}
// the report's JSON as read: a step may lack its instruction
const textOf = (x: StepTiming) => (x.instruction as string | undefined) ?? x.name;
const stepOf = (r: TimingReport, re: RegExp) => {
  const s = r.steps.find((x) => re.test(textOf(x)));
  if (!s) throw new Error(`no step matching ${re} in: ${r.steps.map(textOf).join(' | ')}`);
  return s;
};
const prune = (engine: Engine) => spawnSync('docker', ['buildx', 'prune', '--all', '--force'], { env: engine.env, stdio: 'ignore' });

// PostgreSQL (Debian's package) and Redis on loopback, throwaway data dirs, not as root
let pgDir = '';
let pgPort = 0;
let redis: ChildProcess | undefined;
let redisPort = 0;
const containers: string[] = [];
const asUser = (user: string, cmd: string[]) => spawnSync('runuser', ['-u', user, '--', ...cmd], { encoding: 'utf8' });
const pgBin = (name: string) => {
  const r = spawnSync('sh', ['-c', `ls -d /usr/lib/postgresql/*/bin/${name} | sort -V | tail -1`], { encoding: 'utf8' });
  return r.stdout.trim() || name;
};

async function startDatabases(): Promise<{ DATABASE_URL: string; REDIS_URL: string }> {
  pgDir = mkdtempSync(join(tmpdir(), 'bs-medusa-pg-'));
  chmodSync(pgDir, 0o777);
  pgPort = port();
  const data = join(pgDir, 'data');
  let r = asUser('postgres', [pgBin('initdb'), '-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--no-sync']);
  if (r.status !== 0) throw new Error(`initdb failed (apt-get install postgresql): ${r.stderr}`);
  r = asUser('postgres', [
    pgBin('pg_ctl'),
    '-D',
    data,
    '-l',
    join(pgDir, 'log'),
    '-w',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${pgPort} -k ${pgDir} -c fsync=off`,
    'start'
  ]);
  if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.stderr}${r.stdout}`);
  r = asUser('postgres', [pgBin('createdb'), '-h', '127.0.0.1', '-p', String(pgPort), 'medusa']);
  if (r.status !== 0) throw new Error(`createdb failed: ${r.stderr}`);
  redisPort = port();
  redis = spawn(
    'runuser',
    ['-u', 'redis', '--', 'redis-server', '--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', pgDir],
    { stdio: 'ignore' }
  );
  for (let i = 0; i < 50; i++) {
    if (spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') break;
    await sleep(200);
  }
  return { DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/medusa`, REDIS_URL: `redis://127.0.0.1:${redisPort}` };
}

function stopDatabases(): void {
  if (pgDir) asUser('postgres', [pgBin('pg_ctl'), '-D', join(pgDir, 'data'), '-m', 'fast', 'stop']);
  redis?.kill();
  if (pgDir) rmSync(pgDir, { recursive: true, force: true });
}

function runDetached(image: string, env: Record<string, string>): string {
  const args = ['run', '-d', '--network', 'host', ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), image];
  const r = spawnSync('docker', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker run ${image}: ${r.stderr}`);
  const id = r.stdout.trim();
  containers.push(id);
  return id;
}
const logs = (id: string) => {
  const r = spawnSync('docker', ['logs', id], { encoding: 'utf8' });
  return r.stdout + r.stderr;
};
async function waitFor(url: string, id: string, ms = 180_000): Promise<Response> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not up yet
    }
    if (spawnSync('docker', ['inspect', '--format', '{{.State.Running}}', id], { encoding: 'utf8' }).stdout.trim() !== 'true') break;
    await sleep(1000);
  }
  throw new Error(`${url} never answered; container logs:\n${logs(id).slice(-4000)}`);
}

heavy('heavy (BUILDSTAGE_E2E_MEDUSA=1): built on both engine paths, run against PostgreSQL and Redis', () => {
  let db: { DATABASE_URL: string; REDIS_URL: string };
  beforeAll(async () => {
    db = await startDatabases();
  }, 120_000);
  afterAll(() => {
    for (const id of containers) spawnSync('docker', ['rm', '-f', id], { stdio: 'ignore' });
    stopDatabases();
  });

  describe.each(engines())('$name engine', (engine) => {
    const repo = `medusa-e2e-${engine.name}-${Date.now().toString(36)}`;
    const ctx = mkdtempSync(join(tmpdir(), `bs-medusa-${engine.name}-`));
    cpSync(APP, ctx, { recursive: true, filter: (p) => !/node_modules|\.medusa/.test(p) });
    const image = (tag: string) => `${REGISTRY}/${repo}:${tag}`;

    test('cold build (builder pruned, empty registry cache): server and worker targets, pushed', async () => {
      prune(engine);
      const server = await build(engine, ctx, 'server', image('server'));
      expect(server.image.digest).toBe(await manifestDigest(repo, 'server'));
      expect(stepOf(server, /npm ci --prefer-offline/).cached).toBe(false);
      const worker = await build(engine, ctx, 'worker', image('worker'));
      // the worker is the same build with one ENV more: every install and compile is shared
      expect(stepOf(worker, /npm ci --omit=dev/).cached).toBe(true);
      expect(stepOf(worker, /medusa build$/).cached).toBe(true);
    }, 1_800_000);

    test('migrations run, the server answers /health and the custom route, the worker runs the scheduled job', async () => {
      const pull = (t: string) => spawnSync('docker', ['pull', '-q', image(t)], { stdio: 'ignore' });
      pull('server');
      pull('worker');
      const env = {
        ...db,
        JWT_SECRET: 'e2e',
        COOKIE_SECRET: 'e2e',
        STORE_CORS: 'http://localhost:8000',
        ADMIN_CORS: 'http://localhost:9000',
        AUTH_CORS: 'http://localhost:9000'
      };
      const migrate = spawnSync(
        'docker',
        [
          'run',
          '--rm',
          '--network',
          'host',
          ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
          image('server'),
          './node_modules/.bin/medusa',
          'db:migrate'
        ],
        { encoding: 'utf8', timeout: 600_000 }
      );
      expect([migrate.status, (migrate.stdout + migrate.stderr).slice(-3000)]).toEqual([0, expect.anything()]);
      const tables = asUser('postgres', [
        'psql',
        '-h',
        '127.0.0.1',
        '-p',
        String(pgPort),
        '-d',
        'medusa',
        '-tAc',
        "select count(*) from information_schema.tables where table_name in ('product','order','cart')"
      ]);
      expect(tables.stdout.trim()).toBe('3');

      const serverPort = port();
      const server = runDetached(image('server'), { ...env, PORT: String(serverPort) });
      const workerPort = port();
      const worker = runDetached(image('worker'), { ...env, PORT: String(workerPort) });

      const health = await waitFor(`http://127.0.0.1:${serverPort}/health`, server);
      expect(await health.text()).toBe('OK');
      const info = await (await waitFor(`http://127.0.0.1:${serverPort}/build-info`, server)).json();
      expect(info).toMatchObject({ service: 'medusa-backend', worker_mode: 'server', products: 0 });
      // the image's own HEALTHCHECK command, run in the container
      const hc = JSON.parse(spawnSync('docker', ['inspect', '--format', '{{json .Config.Healthcheck.Test}}', image('server')], { encoding: 'utf8' }).stdout);
      expect(hc[0]).toBe('CMD-SHELL');
      expect(spawnSync('docker', ['exec', '-e', `PORT=${serverPort}`, server, 'sh', '-c', hc[1]]).status).toBe(0);
      // non-root
      expect(spawnSync('docker', ['exec', server, 'id', '-u'], { encoding: 'utf8' }).stdout.trim()).not.toBe('0');

      // the worker: the scheduled job fires at the next minute boundary
      const t0 = Date.now();
      while (!/heartbeat job: 0 products/.test(logs(worker)) && Date.now() - t0 < 150_000) await sleep(2000);
      expect(logs(worker)).toMatch(/heartbeat job: 0 products/);
      expect(logs(server)).not.toMatch(/heartbeat job/);
      spawnSync('docker', ['rm', '-f', server, worker], { stdio: 'ignore' });
    }, 900_000);

    test('a route change on a new runner (builder pruned) rebuilds from the registry cache: installs and the admin build cached', async () => {
      const route = join(ctx, ROUTE);
      writeFileSync(route, readFileSync(route, 'utf8').replace('service: "medusa-backend"', 'service: "medusa-backend", changed: true'));
      prune(engine);
      const r = await build(engine, ctx, 'server', image('code-change'));
      expect(stepOf(r, /npm ci --prefer-offline/).cached).toBe(true);
      expect(stepOf(r, /npm ci --omit=dev/).cached).toBe(true);
      expect(stepOf(r, /medusa build --admin-only/).cached).toBe(true);
      expect(stepOf(r, /medusa build$/).cached).toBe(false);
      const out = spawnSync(
        'docker',
        ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', image('code-change'), '-c', 'grep -c "changed: true" src/api/build-info/route.js'],
        { encoding: 'utf8' }
      );
      expect(out.stdout.trim()).toBe('1');
    }, 1_200_000);

    test('a lockfile change (a dependency added with npm) re-runs the installs, and the new package is in the image', async () => {
      const add = spawnSync(
        'npm',
        ['install', '--package-lock-only', '--save-exact', '--no-audit', '--no-fund', '--omit-lockfile-registry-resolved=false', 'dayjs@1.11.13'],
        { cwd: ctx, encoding: 'utf8' }
      );
      expect(add.status).toBe(0);
      prune(engine);
      const r = await build(engine, ctx, 'server', image('lockfile-change'));
      expect(stepOf(r, /npm ci --omit=dev/).cached).toBe(false);
      const out = spawnSync(
        'docker',
        [
          'run',
          '--rm',
          '--network',
          'none',
          image('lockfile-change'),
          'node',
          '-e',
          "console.log(require('dayjs/package.json').version, require.resolve('@medusajs/medusa') ? 'medusa' : '')"
        ],
        { encoding: 'utf8' }
      );
      expect(out.stdout.trim()).toBe('1.11.13 medusa');
    }, 1_800_000);
  });
});
