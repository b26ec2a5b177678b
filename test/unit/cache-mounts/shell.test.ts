// Cache mounts across runners, the shell, with docker faked and the real @actions/cache
// client against the local v2 cache service: what is restored and saved under which key,
// when nothing is saved, and that every failure is a warning, never a failed build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Logger } from '../../../src/common/log.js';
import { startCacheMounts, type DockerRun } from '../../../src/cache-mounts/shell.js';
import { defaultInputs, type Inputs } from '../../../src/inputs/inputs.js';
import type { BuildPlan } from '../../../src/plan/build-plan.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { gitContext } from '../../helpers/git-context.js';
import type { TimingReport } from '../../../src/timing/types.js';
import { stepAt } from './steps.js';
import { prScopes, pushScopes, startCacheService, type CacheService } from '../../helpers/cache-service.js';

const DOCKERFILE = `FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
`;
const push = gitContext();
const pr: GitContext = { ...push, eventName: 'pull_request', ref: 'refs/pull/3/merge', baseRef: 'main', headRef: 'f', prNumber: 3 };

/** A builder that keeps cache mounts in a map, driven by the generated Dockerfiles. */
function fakeBuilder(o: { failBuilds?: RegExp; registry?: Map<string, string> } = {}) {
  const mounts = new Map<string, string>(); // id → contents
  const calls: string[][] = [];
  const respond = (args: string[]): { code: number; output: string } => {
    calls.push(args);
    if (args[1] === 'imagetools') {
      const ref = args[args.length - 1];
      const saved = o.registry?.get(ref);
      return saved === undefined
        ? { code: 1, output: `ERROR: ${ref}: not found` }
        : {
            code: 0,
            output: JSON.stringify({ layers: [{ size: saved.length }], annotations: { 'org.buildstage.cache-mount.key': o.registry?.get(`${ref}#key`) } })
          };
    }
    const file = readFileSync(args[args.indexOf('-f') + 1], 'utf8');
    const kind = /AS extract/.test(file) ? 'save' : 'restore';
    if (o.failBuilds?.test(kind)) return { code: 1, output: 'ERROR: failed to solve: boom' };
    const slots = [...file.matchAll(/--mount=type=cache,id=([^,]+),target=\/buildstage\/(m\d+)/g)].map((m) => ({ id: m[1], slot: m[2] }));
    const out: string[] = [];
    if (kind === 'restore') {
      const ctx = args[args.length - 1];
      for (const s of slots) {
        const from = new RegExp(`from=([^,]+),target=/buildstage/in/${s.slot}`).exec(file)?.[1];
        const data = from ? o.registry?.get(from) : readFileSync(join(ctx, s.slot, 'mount.tar'), 'utf8');
        mounts.set(s.id, data ?? '');
        out.push(`#5 0.1 buildstage-mount ${s.slot} restored`);
      }
    } else {
      const dest = /dest=([^,]+)$/.exec(args[args.indexOf('--output') + 1])?.[1];
      const image = /name=([^,]+)/.exec(args[args.indexOf('--output') + 1])?.[1];
      const limit = Number(/-gt (\d+)/.exec(file)![1]);
      for (const s of slots) {
        const data = mounts.get(s.id) ?? '';
        const kb = Math.ceil(data.length / 1024) + 4;
        if (kb > limit) {
          out.push(`#5 0.1 buildstage-mount ${s.slot} too-big kb=${kb}`);
          if (image) return { code: 1, output: out.join('\n') };
          continue;
        }
        out.push(`#5 0.1 buildstage-mount ${s.slot} saved kb=${kb}`);
        if (dest) {
          mkdirSync(join(dest, s.slot), { recursive: true });
          writeFileSync(join(dest, s.slot, 'mount.tar'), data);
        }
        if (image) {
          o.registry!.set(image, data);
          o.registry!.set(`${image}#key`, /annotation\.org\.buildstage\.cache-mount\.key=(\w+)/.exec(args[args.indexOf('--output') + 1])?.[1] ?? '');
        }
      }
    }
    return { code: 0, output: out.join('\n') };
  };
  // a throw becomes a rejection, as from an async function
  const run: DockerRun = (args) =>
    new Promise((done) => {
      done(respond(args));
    });
  return { run, mounts, calls };
}

function logger() {
  const lines: string[] = [];
  const warnings: string[] = [];
  const log: Logger = { info: (l) => lines.push(l), warning: (w) => warnings.push(w), group: (_n, fn) => fn() };
  return { log, lines, warnings };
}

const step = (cached: boolean) => stepAt(4, cached, { name: '[stage-0 3/3] RUN npm ci', instruction: 'RUN npm ci', stage: 'stage-0', digest: 'd' });
const reportWith = (cached: boolean) => ({ steps: [step(cached)] }) as unknown as TimingReport;

let svc: CacheService;
const savedEnv = { ...process.env };
const runnerTemp = mkdtempSync(join(tmpdir(), 'bs-mounts-temp-'));
const context = mkdtempSync(join(tmpdir(), 'bs-mounts-ctx-'));
writeFileSync(join(context, 'Dockerfile'), DOCKERFILE);

beforeAll(async () => {
  svc = await startCacheService();
});
afterAll(async () => {
  process.env = savedEnv;
  await svc.close();
});

function request(o: {
  inputs?: Partial<Inputs>;
  ctx?: GitContext;
  backend?: string;
  cacheFrom?: string[];
  cacheTo?: string[];
  docker: DockerRun;
  log: Logger;
  env?: NodeJS.ProcessEnv;
  withCache?: boolean;
}) {
  const env = o.env ?? process.env;
  return {
    inputs: defaultInputs({ images: ['reg.example/shop/api'], ...o.inputs }),
    ctx: o.ctx ?? push,
    env,
    plan: { context, tags: [], cache: { backend: o.backend ?? 'gha', cacheFrom: o.cacheFrom ?? [], cacheTo: o.cacheTo ?? [] } } as unknown as BuildPlan,
    facts: { platforms: ['linux/amd64'], driver: 'docker-container' },
    dockerfilePath: join(context, 'Dockerfile'),
    cwd: context,
    tempDir: mkdtempSync(join(tmpdir(), 'bs-mounts-run-')),
    cacheRoot: runnerTemp,
    log: o.log,
    cache: o.withCache === false ? null : (undefined as never),
    docker: o.docker
  };
}

async function actionsCache() {
  return import('@actions/cache');
}

describe('Actions cache', () => {
  beforeEach(() => {
    Object.assign(process.env, svc.env(pushScopes('main')), { GITHUB_WORKSPACE: runnerTemp });
    svc.setFault(null);
  });

  test('first runner: nothing to restore, the step ran, saved under the lockfile key; next runner with a new lockfile restores it by prefix', async () => {
    writeFileSync(join(context, 'package-lock.json'), '{"v":1}');
    const b1 = fakeBuilder();
    const l1 = logger();
    const save1 = await startCacheMounts({ ...request({ docker: b1.run, log: l1.log }), cache: await actionsCache() });
    expect(save1).not.toBeNull();
    b1.mounts.set('/root/.npm', 'tarballs of v1');
    const r1 = (await save1!(reportWith(false), 0))!;
    expect(r1.storage).toBe('gha');
    expect(r1.mounts[0]).toMatchObject({ id: '/root/.npm', restored: false, stepRan: true, saved: true, note: null });
    const key1 = r1.mounts[0].key!;
    expect(key1).toMatch(/^buildstage-mount-shop-api-root-npm-linux-amd64-[0-9a-f]{16}$/);
    expect(svc.entries().filter((e) => e.key === key1 && e.finalized)).toHaveLength(1);
    expect(l1.warnings).toEqual([]);

    // a new runner: an empty builder, the lockfile changed
    writeFileSync(join(context, 'package-lock.json'), '{"v":2}');
    rmSync(join(runnerTemp, 'buildstage-mounts'), { recursive: true, force: true });
    const b2 = fakeBuilder();
    const l2 = logger();
    const save2 = await startCacheMounts({ ...request({ docker: b2.run, log: l2.log }), cache: await actionsCache() });
    expect(b2.mounts.get('/root/.npm')).toBe('tarballs of v1');
    b2.mounts.set('/root/.npm', 'tarballs of v1 and v2');
    const r2 = (await save2!(reportWith(false), 0))!;
    expect(r2.mounts[0]).toMatchObject({ restored: true, restoredFrom: 'previous', restoredBytes: 'tarballs of v1'.length, saved: true });
    expect(r2.mounts[0].key).not.toBe(key1);
    expect(r2.restoreMs).toBeGreaterThanOrEqual(0);
    // the phase's wall time holds this mount's lookup, download and restore build
    expect(r2.restoreMs).toBeGreaterThanOrEqual(r2.mounts[0].restoreMs);
    expect(r2.mounts[0].key).toMatch(/^buildstage-mount-shop-api-root-npm-linux-amd64-[0-9a-f]{16}$/);

    // the same lockfile again (a code change): its step comes from the build cache, so nothing is downloaded or put into the builder
    const gets = svc.requests().filter((q) => q.op === 'get').length;
    const b3 = fakeBuilder();
    const save3 = await startCacheMounts({ ...request({ docker: b3.run, log: logger().log }), cache: await actionsCache() });
    expect(b3.calls).toEqual([]);
    expect(svc.requests().filter((q) => q.op === 'get').length).toBe(gets);
    const r3 = (await save3!(reportWith(true), 0))!;
    expect(r3.mounts[0]).toMatchObject({
      restored: false,
      restoredFrom: 'exact',
      saved: false,
      note: expect.stringMatching(/saved with these lockfiles.*not restored/)
    });
    // ... and when the build cache missed it after all, the step ran without them: said so, not saved (the entry is immutable)
    const b4 = fakeBuilder();
    const save4 = await startCacheMounts({ ...request({ docker: b4.run, log: logger().log }), cache: await actionsCache() });
    const r4 = (await save4!(reportWith(false), 0))!;
    expect(r4.mounts[0]).toMatchObject({ restored: false, stepRan: true, saved: false, note: expect.stringMatching(/already saved .*ran without them/) });
    expect(b4.calls).toEqual([]);

    // no-cache: the step will run, so the same lockfiles' contents are restored
    const b5 = fakeBuilder();
    await startCacheMounts({ ...request({ docker: b5.run, log: logger().log, inputs: { 'no-cache': true } }), cache: await actionsCache() });
    expect(b5.mounts.get('/root/.npm')).toBe('tarballs of v1 and v2');
  });

  test('a fully cached build saves nothing (no save build at all)', async () => {
    const b = fakeBuilder();
    const save = await startCacheMounts({ ...request({ docker: b.run, log: logger().log }), cache: await actionsCache() });
    const before = b.calls.length;
    const r = (await save!(reportWith(true), 0))!;
    expect(r.mounts[0]).toMatchObject({ stepRan: false, saved: false, saveMs: 0 });
    expect(r.saveMs).toBe(0);
    expect(b.calls.length).toBe(before);
  });

  test("a pull request restores the base branch's entry and saves nothing without cache-write-on-pr", async () => {
    writeFileSync(join(context, 'package-lock.json'), `{"v":"pr-${Date.now()}"}`);
    Object.assign(process.env, svc.env(prScopes(3, 'main')));
    const b = fakeBuilder();
    const save = await startCacheMounts({ ...request({ docker: b.run, log: logger().log, ctx: pr }), cache: await actionsCache() });
    expect(b.mounts.get('/root/.npm')).toMatch(/tarballs/);
    const r = (await save!(reportWith(false), 0))!;
    expect(r.mounts[0]).toMatchObject({ restored: true, stepRan: true, saved: false, note: expect.stringMatching(/pull request/) });
  });

  test('over cache-mounts-max-size: not saved, a warning that names the input', async () => {
    writeFileSync(join(context, 'package-lock.json'), `{"v":"big-${Date.now()}"}`);
    const b = fakeBuilder();
    const l = logger();
    const save = await startCacheMounts({
      ...request({ docker: b.run, log: l.log, inputs: { 'cache-mounts-max-size': 8 * 1024 } }),
      cache: await actionsCache()
    });
    b.mounts.set('/root/.npm', 'x'.repeat(20 * 1024));
    const r = (await save!(reportWith(false), 0))!;
    expect(r.mounts[0]).toMatchObject({ saved: false, savedBytes: expect.any(Number), note: expect.stringMatching(/cache-mounts-max-size/) });
    expect(l.warnings.join('\n')).toMatch(/over cache-mounts-max-size/);
  });

  test('the cache service failing, or the scratch builds failing, are warnings: the session goes on and reports why', async () => {
    svc.setFault({ kind: '5xx', status: 400 }); // not retried: the test stays fast
    const b = fakeBuilder({ failBuilds: /save/ });
    const l = logger();
    const save = await startCacheMounts({ ...request({ docker: b.run, log: l.log }), cache: await actionsCache() });
    expect(save).not.toBeNull();
    svc.setFault(null);
    const r = (await save!(reportWith(false), 0))!;
    expect(r.mounts[0]).toMatchObject({ restored: false, saved: false, note: 'save build failed' });
    expect(l.warnings.join('\n')).toMatch(/could not take the contents out of the builder/);
  });

  test('lockfiles are read inside the context only: a `..` source does not reach a sibling directory that shares its name prefix', async () => {
    const sibling = `${context}-x`;
    mkdirSync(sibling, { recursive: true });
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM node:20-bookworm-slim\nCOPY ../${basename(sibling)}/package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n`
    );
    try {
      const keyWith = async (lock: string) => {
        writeFileSync(join(sibling, 'package-lock.json'), lock);
        // an image of its own: no earlier entry matches by restore key, so the key is this lockfile's
        const save = await startCacheMounts({
          ...request({ docker: fakeBuilder().run, log: logger().log, inputs: { images: ['reg.example/shop/sibling'] } }),
          cache: await actionsCache()
        });
        return (await save!(reportWith(true), 0))!.mounts[0].key;
      };
      expect(await keyWith('{"v":"a"}')).toBe(await keyWith('{"v":"b"}'));
    } finally {
      writeFileSync(join(context, 'Dockerfile'), DOCKERFILE);
      rmSync(sibling, { recursive: true, force: true });
    }
  });

  test('cache-mounts: none, a listed id that matches nothing, and no cache service', async () => {
    const b = fakeBuilder();
    expect(
      await startCacheMounts({ ...request({ docker: b.run, log: logger().log, inputs: { 'cache-mounts': ['none'] } }), cache: await actionsCache() })
    ).toBeNull();
    const l = logger();
    expect(
      await startCacheMounts({ ...request({ docker: b.run, log: l.log, inputs: { 'cache-mounts': ['/nope'] } }), cache: await actionsCache() })
    ).toBeNull();
    expect(l.warnings[0]).toMatch(/"\/nope" matches no cache mount .*\/root\/\.npm/);
    const l2 = logger();
    expect(await startCacheMounts({ ...request({ docker: b.run, log: l2.log, backend: 'local' }), cache: null })).toBeNull();
    expect(l2.lines.join('\n')).toMatch(/not carried across runners \(no GitHub Actions cache service/);
    expect(b.calls).toEqual([]);
  });
});

describe('registry storage', () => {
  test("saved as <image>:buildcache-mount-<id> next to the build cache; read back from there on the next runner; a branch reads the default branch's", async () => {
    const registry = new Map<string, string>();
    const reg = {
      backend: 'registry',
      cacheFrom: ['type=registry,ref=reg.example/shop/api:buildcache'],
      cacheTo: ['type=registry,ref=reg.example/shop/api:buildcache,mode=max']
    };
    const b1 = fakeBuilder({ registry });
    const save1 = await startCacheMounts({ ...request({ ...reg, docker: b1.run, log: logger().log }), cache: null });
    b1.mounts.set('/root/.npm', 'v1');
    const r1 = (await save1!(reportWith(false), 0))!;
    expect(r1.storage).toBe('registry');
    expect(r1.mounts[0]).toMatchObject({ saved: true, key: 'reg.example/shop/api:buildcache-mount-root-npm' });
    const push = b1.calls.find((c) => c.some((a) => a.startsWith('type=image')))!;
    expect(push).toEqual(
      expect.arrayContaining([
        '--provenance=false',
        expect.stringMatching(
          /^type=image,name=reg\.example\/shop\/api:buildcache-mount-root-npm,push=true,oci-mediatypes=true,compression=zstd,annotation\.org\.buildstage\.cache-mount\.key=[0-9a-f]{16}$/
        )
      ])
    );

    // the branch adds a dependency
    writeFileSync(join(context, 'package-lock.json'), `{"v":"feature-${Date.now()}"}`);
    const feature = {
      backend: 'registry',
      cacheFrom: ['type=registry,ref=reg.example/shop/api:buildcache-feature', 'type=registry,ref=reg.example/shop/api:buildcache'],
      cacheTo: ['type=registry,ref=reg.example/shop/api:buildcache-feature,mode=max']
    };
    const b2 = fakeBuilder({ registry });
    const save2 = await startCacheMounts({ ...request({ ...feature, docker: b2.run, log: logger().log }), cache: null });
    expect(b2.mounts.get('/root/.npm')).toBe('v1');
    b2.mounts.set('/root/.npm', 'v1+feature');
    const r2 = (await save2!(reportWith(false), 0))!;
    expect(r2.mounts[0]).toMatchObject({
      restored: true,
      restoredFrom: 'previous',
      key: 'reg.example/shop/api:buildcache-feature-mount-root-npm',
      saved: true
    });
    expect(registry.get('reg.example/shop/api:buildcache-feature-mount-root-npm')).toBe('v1+feature');
    expect(registry.get('reg.example/shop/api:buildcache-mount-root-npm')).toBe('v1');

    // the same lockfiles on the branch's next runner: the annotation says so, nothing is pulled
    const b3 = fakeBuilder({ registry });
    const save3 = await startCacheMounts({ ...request({ ...feature, docker: b3.run, log: logger().log }), cache: null });
    expect(b3.calls.filter((c) => c[1] === 'build')).toEqual([]);
    expect((await save3!(reportWith(true), 0))!.mounts[0]).toMatchObject({ restored: false, restoredFrom: 'exact', saved: false });
  });

  test('a pull request without a cache-to ref reads the registry and pushes nothing; a ref with nothing saved is a miss', async () => {
    const registry = new Map<string, string>();
    const reg = { backend: 'registry', cacheFrom: ['type=registry,ref=reg.example/shop/api:buildcache'], cacheTo: [] };
    const b = fakeBuilder({ registry });
    const l = logger();
    const save = await startCacheMounts({ ...request({ ...reg, ctx: pr, docker: b.run, log: l.log }), cache: null });
    expect(l.lines.join('\n')).toMatch(/nothing saved yet \(reg\.example\/shop\/api:buildcache-mount-root-npm: ERROR: .*not found\)/);
    b.mounts.set('/root/.npm', 'pr');
    const r = (await save!(reportWith(false), 0))!;
    expect(r.mounts[0]).toMatchObject({
      key: 'reg.example/shop/api:buildcache-mount-root-npm',
      restored: false,
      restoredFrom: null,
      stepRan: true,
      saved: false
    });
    expect(r.mounts[0].note).toMatch(/pull request builds do not save/);
    expect(b.calls.filter((c) => c[1] === 'build')).toEqual([]);
    expect(registry.size).toBe(0);
  });

  test("the scratch builds use the build's builder, platform and cache mount namespace", async () => {
    const registry = new Map<string, string>([['reg.example/shop/api:buildcache-mount-root-npm-linux-arm64', 'v1']]);
    const b = fakeBuilder({ registry });
    await startCacheMounts({
      ...request({
        backend: 'registry',
        cacheFrom: ['type=registry,ref=reg.example/shop/api:buildcache'],
        docker: b.run,
        log: logger().log,
        inputs: { builder: 'ci', platforms: ['linux/arm64'], 'build-args': ['BUILDKIT_CACHE_MOUNT_NS=team', 'X=1'] }
      }),
      cache: null
    });
    const build = b.calls.find((c) => c[1] === 'build')!;
    expect(build).toEqual(
      expect.arrayContaining(['--builder', 'ci', '--platform', 'linux/arm64', '--build-arg', 'BUILDKIT_CACHE_MOUNT_NS=team', '--output', 'type=cacheonly'])
    );
    expect(build).not.toContain('X=1');
  });
});
