// Cache mounts across runners, for real (issue 13): the bundled action builds a tiny app and
// saves its `RUN --mount=type=cache` contents; then a new runner (the builder pruned) gets a
// lockfile with one more dependency, and the install finds the earlier packages in its
// cache mount, as the package manager's own log says. One engine path per package
// manager, both paths and both storages covered:
//   npm   docker driver  registry storage (cache: registry)
//   uv    docker driver  Actions cache (cache: local, local v2 cache service)
//   yarn  runner path    Actions cache (cache: auto → gha)
//   pnpm  runner path    registry storage, a mount with uid/gid/mode
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { docker, freshDockerConfig, runAction, runnerPath, type ActionRun } from '../helpers/action-runner.js';
import { pushScopes, startCacheService, type CacheService } from '../helpers/cache-service.js';
import { listTags, REGISTRY, registryUp } from '../helpers/registry.js';
import { RawjsonParser } from '../../src/timing/rawjson-parser.js';
import type { CacheMountTiming, TimingReport } from '../../src/timing/types.js';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'test/fixtures/apps/mounts');

const report = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report, 'utf8')) as TimingReport;
const mount = (r: ActionRun, id: string): CacheMountTiming => {
  const m = report(r).cacheMounts?.mounts.find((x) => x.id === id);
  if (!m) throw new Error(`no cache mount ${id} in the report: ${JSON.stringify(report(r).cacheMounts)}\n${r.stdout.slice(-3000)}`);
  return m;
};
const ok = (r: ActionRun) => {
  if (r.status !== 0 || /::error::/.test(r.stdout)) throw new Error(`the action failed (${r.status}):\n${r.stdout.slice(-5000)}\n${r.stderr.slice(-2000)}`);
  return r;
};
/** What the install step (the last RUN with a cache mount) printed, whole: from the build's rawjson stream next to the report. */
function installLog(r: ActionRun): string {
  const statuses = new RawjsonParser().push(readFileSync(join(dirname(r.outputs.report), 'build.rawjson'), 'utf8'));
  const names = new Map<string, string>();
  for (const st of statuses) for (const v of st.vertexes ?? []) if (v.name) names.set(v.digest, v.name);
  const install = [...names].filter(([, n]) => /RUN --mount=type=cache/.test(n)).pop();
  if (!install) throw new Error(`no install step in ${[...names.values()].join(' | ')}`);
  return statuses
    .flatMap((st) => st.logs ?? [])
    .filter((l) => l.vertex === install[0] && l.data)
    .map((l) => Buffer.from(l.data!, 'base64').toString('utf8'))
    .join('');
}

/** A checkout of one fixture app; `next()` is the commit that adds one dependency (next/*.next: the manifest and lockfile after it). */
function checkout(pm: string): { ws: string; next: () => void } {
  const ws = mkdtempSync(join(tmpdir(), `bs-mounts-${pm}-`));
  cpSync(join(FIXTURES, pm), join(ws, 'app'), { recursive: true });
  const next = () => {
    for (const f of readdirSync(join(ws, 'app/next'))) cpSync(join(ws, 'app/next', f), join(ws, 'app', f.replace(/\.next$/, '')));
  };
  return { ws, next };
}

/** A commit per run, as on a runner (the timing baseline is kept per commit). */
const sha = () => randomBytes(20).toString('hex');

let cache: CacheService;
beforeAll(async () => {
  if (!(await registryUp())) throw new Error(`registry ${REGISTRY} is not running: run scripts/engine-up.sh`);
  cache = await startCacheService();
});
afterAll(async () => {
  await (cache as CacheService | undefined)?.close(); // unset when the setup failed
});

// ---------------------------------------------------------------------------
// The docker driver (the default engine) is shared with other jobs on this machine: each
// test gives its mounts ids of its own, and a new runner prunes exactly those cache mounts
// (the changed lockfile re-runs the install anyway). buildx 0.13 has no regex filter:
// the records are found in `buildx du --verbose` and pruned by id.
// ---------------------------------------------------------------------------
function duRecords(env: NodeJS.ProcessEnv, filter: string[] = []): Array<{ id: string; description: string }> {
  const r = spawnSync('docker', ['buildx', 'du', '--verbose', ...filter], { encoding: 'utf8', env });
  return r.stdout
    .split(/\n\s*\n/)
    .map((block) => ({ id: /^ID:\s+(\S+)/m.exec(block)?.[1] ?? '', description: /^Description:\s+(.*)$/m.exec(block)?.[1] ?? '' }))
    .filter((x) => x.id);
}
function pruneMountsOf(name: string): void {
  for (const rec of duRecords(process.env, ['--filter', 'type=exec.cachemount']).filter((x) => x.description.includes(name))) {
    spawnSync('docker', ['buildx', 'prune', '--all', '--force', '--filter', `id=${rec.id}`], { stdio: 'ignore' });
  }
  expect(duRecords(process.env, ['--filter', 'type=exec.cachemount']).filter((x) => x.description.includes(name))).toEqual([]);
}

describe('docker driver', () => {
  test('npm, registry storage: the mount is saved as <image>:buildcache-mount-root-npm; after a prune and a new dependency, npm reads the old tarball from its cache; an unchanged rebuild saves nothing', async () => {
    const repo = `e2e-mounts-npm-${Date.now().toString(36)}`;
    const { ws, next } = checkout('npm');
    // the docker driver's builder is shared with other jobs: a namespace of this run's own
    const inputs = {
      context: 'app',
      images: `${REGISTRY}/${repo}`,
      network: 'host',
      cache: 'registry',
      advisor: 'false',
      'build-args': `BUILDKIT_CACHE_MOUNT_NS=${repo}`
    };

    pruneMountsOf(repo);
    const first = ok(await runAction(inputs, { workspace: ws, env: { GITHUB_SHA: sha() } }));
    expect(mount(first, '/root/.npm')).toMatchObject({ restored: false, stepRan: true, saved: true, key: `${REGISTRY}/${repo}:buildcache-mount-root-npm` });
    expect(installLog(first)).toMatch(/GET 200 https:\/\/registry\.npmjs\.org\/ms\/-\/ms-2\.1\.3\.tgz/);
    expect(await listTags(repo)).toEqual(expect.arrayContaining(['buildcache', 'buildcache-mount-root-npm']));

    pruneMountsOf(repo);
    next();
    const second = ok(await runAction(inputs, { workspace: ws, env: { GITHUB_SHA: sha() } }));
    expect(mount(second, '/root/.npm')).toMatchObject({ restored: true, stepRan: true, saved: true });
    // the old package from the restored cache, only the new one from the registry
    expect(installLog(second)).toMatch(/http cache ms@https:\/\/registry\.npmjs\.org\/ms\/-\/ms-2\.1\.3\.tgz .*\(cache hit\)/);
    expect(installLog(second)).not.toMatch(/GET 200 https:\/\/registry\.npmjs\.org\/ms\/-\/ms-2\.1\.3\.tgz/);
    expect(installLog(second)).toMatch(/GET 200 https:\/\/registry\.npmjs\.org\/is-number\/-\/is-number-7\.0\.0\.tgz/);
    expect(second.summary).toContain('### Cache mounts');
    expect(second.summary).toMatch(/<code>\/root\/\.npm<\/code>.*✅ earlier lockfiles/);

    // nothing changed: the install step is cached, so nothing is saved
    const third = ok(await runAction(inputs, { workspace: ws, env: { GITHUB_SHA: sha() } }));
    // and restores nothing: saved with these very lockfiles, its step comes from the build cache
    expect(mount(third, '/root/.npm')).toMatchObject({ restored: false, restoredFrom: 'exact', stepRan: false, saved: false, saveMs: 0 });
    expect(third.stdout).not.toMatch(/Cache mounts: save/);
  }, 300_000);

  test('uv, Actions cache: saved under a key of its uv.lock; after a prune and a new dependency, restored by the restore key and uv prepares only the new package', async () => {
    const repo = `e2e-mounts-uv-${Date.now().toString(36)}`;
    const { ws, next } = checkout('uv');
    const env = () => cache.env(pushScopes('main'));
    // the cache id from a build arg (the docker driver's builder is shared with other jobs)
    const id = `uv-${repo}`;
    const inputs = { context: 'app', images: `${REGISTRY}/${repo}`, network: 'host', cache: 'local', advisor: 'false', 'build-args': `UV_CACHE_ID=${id}` };

    pruneMountsOf(repo);
    const first = ok(await runAction(inputs, { workspace: ws, env: { ...env(), GITHUB_SHA: sha() } }));
    const m1 = mount(first, id);
    expect(m1).toMatchObject({ target: '/root/.cache/uv', restored: false, stepRan: true, saved: true });
    expect(m1.key).toMatch(new RegExp(`^buildstage-mount-127\\.0\\.0\\.1-5000-${repo}-${id}-linux-amd64-[0-9a-f]{16}$`));
    expect(cache.entries().filter((e) => e.finalized && e.key === m1.key)).toHaveLength(1);
    expect(installLog(first)).toMatch(/Prepared 1 package/);

    pruneMountsOf(repo);
    next();
    const second = ok(await runAction(inputs, { workspace: ws, env: { ...env(), GITHUB_SHA: sha() } }));
    const m2 = mount(second, id);
    // the lockfile changed: a new key, restored from the previous entry by its prefix
    expect(m2).toMatchObject({ restored: true, restoredFrom: 'previous', stepRan: true, saved: true });
    expect(m2.key).not.toBe(m1.key);
    expect(installLog(second)).toMatch(/Prepared 1 package/);
    expect(installLog(second)).toMatch(/Installed 2 packages/);
  }, 300_000);
});

// ---------------------------------------------------------------------------
// The runner path: the bundled action on Node 24, a current buildx, and a docker-container
// builder of this file's own (BuildKit v0.34) made as setup-buildx-action makes it. A new
// runner: everything in that builder pruned (layers, cache mounts, contexts) except the
// pulled base images, which come from this machine's registry mirror at ~1 MB/s (on
// GitHub's runners they come from Docker Hub in seconds).
// ---------------------------------------------------------------------------
describe('runner path', () => {
  let config = '';
  let builder = '';
  beforeAll(() => {
    const rp = runnerPath();
    config = freshDockerConfig(rp);
    builder = `bs-mounts-${process.pid}`;
    docker(['buildx', 'create', '--name', builder, '--driver', 'docker-container', '--driver-opt', 'network=host', '--use'], config);
    docker(['buildx', 'inspect', '--bootstrap', builder], config);
  }, 120_000);
  afterAll(() => {
    if (builder) docker(['buildx', 'rm', builder], config);
  });
  function newRunner(): void {
    const ids = duRecords({ ...process.env, DOCKER_CONFIG: config })
      .filter((x) => !x.description.startsWith('pulled from'))
      .map((x) => x.id);
    if (ids.length) docker(['buildx', 'prune', '--all', '--force', '--filter', `id~=^(${ids.join('|')})$`], config);
    expect(duRecords({ ...process.env, DOCKER_CONFIG: config }, ['--filter', 'type=exec.cachemount'])).toEqual([]);
  }
  async function onNewRunner(inputs: Record<string, string>, ws: string, env: Record<string, string> = {}): Promise<ActionRun> {
    newRunner();
    return ok(await runAction(inputs, { workspace: ws, env: { ...env, DOCKER_CONFIG: config, GITHUB_SHA: sha() }, node: runnerPath().node24 }));
  }

  test("yarn, cache: auto (gha) with the v2 cache service: the second runner restores the first one's yarn cache and downloads only the new package", async () => {
    const repo = `e2e-mounts-yarn-${Date.now().toString(36)}`;
    const { ws, next } = checkout('yarn');
    const env = cache.env(pushScopes('main'));
    const inputs = { context: 'app', images: `${REGISTRY}/${repo}`, network: 'host', cache: 'auto', advisor: 'false' };

    const first = await onNewRunner(inputs, ws, env);
    expect(report(first).meta.driver).toBe('docker-container');
    expect(JSON.parse(first.outputs.plan).cacheFrom).toEqual([expect.stringMatching(/^type=gha,/)]);
    const m1 = mount(first, 'yarn');
    expect(m1).toMatchObject({ target: '/usr/local/share/.cache/yarn', restored: false, stepRan: true, saved: true });
    expect(installLog(first)).toMatch(/Performing "GET" request to "https:\/\/registry\.yarnpkg\.com\/ms\/-\/ms-2\.1\.3\.tgz"/);

    next();
    const second = await onNewRunner(inputs, ws, env);
    expect(mount(second, 'yarn')).toMatchObject({ restored: true, restoredFrom: 'previous', stepRan: true, saved: true });
    expect(installLog(second)).toMatch(/Copying "\/usr\/local\/share\/\.cache\/yarn\/v6\/npm-ms-2\.1\.3-/);
    expect(installLog(second)).not.toMatch(/"GET" request to "https:\/\/registry\.yarnpkg\.com\/ms\//);
    expect(installLog(second)).toMatch(/"GET" request to "https:\/\/registry\.yarnpkg\.com\/is-number\/-\/is-number-7\.0\.0\.tgz"/);
  }, 300_000);

  test("pnpm, registry storage, a mount with uid/gid/mode: the second runner's pnpm reuses 1 package from the store and downloads 1", async () => {
    const repo = `e2e-mounts-pnpm-${Date.now().toString(36)}`;
    const { ws, next } = checkout('pnpm');
    const inputs = { context: 'app', images: `${REGISTRY}/${repo}`, network: 'host', cache: 'registry', advisor: 'false' };

    const first = await onNewRunner(inputs, ws);
    expect(mount(first, 'pnpm-store')).toMatchObject({
      restored: false,
      stepRan: true,
      saved: true,
      key: expect.stringMatching(new RegExp(`^${REGISTRY}/${repo}:buildcache-mount-pnpm-store-[0-9a-f]{6}$`))
    });
    expect(installLog(first)).toMatch(/reused 0, downloaded 1, added 1, done/);

    next();
    const second = await onNewRunner(inputs, ws);
    expect(mount(second, 'pnpm-store')).toMatchObject({ restored: true, stepRan: true, saved: true });
    expect(installLog(second)).toMatch(/resolved 2, reused 1, downloaded 1, added 2, done/);
  }, 300_000);
});
