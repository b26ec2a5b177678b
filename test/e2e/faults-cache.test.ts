// Fault: the cache dies, answers 5xx/429, or stalls during cache import or export (issue 12
// item 1). The bundled action on the runner path (buildx 0.29, BuildKit 0.34, the gha cache
// over the local v2 cache service with injected faults) and on the default engine (the
// registry cache through a proxy in front of the local registry that dies or stalls). The
// build succeeds with a warning in the log and a line in the summary; a stalled cache is
// given up after the bound (BUILDSTAGE_CACHE_STALL_SECONDS, here 8 s) and never hangs the job.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSecrets, freshDockerConfig, runAction, runnerPath, type ActionRun } from '../helpers/action-runner.js';
import { pushScopes, startCacheService, type CacheService, type Fault } from '../helpers/cache-service.js';
import { startFaultProxy, type FaultProxy, type ProxyRule } from '../helpers/fault-proxy.js';
import { manifestDigest, REGISTRY, registryUp } from '../helpers/registry.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/apps/fault-app');
const rp = runnerPath();
const STALL_SECONDS = 8;
const SECRET = `cache-fault-secret-${Date.now().toString(36)}`;

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'bs-fault-cache-'));
  cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
  return ws;
}

const warnings = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
const ok = (r: ActionRun) => {
  if (r.status !== 0 || /^::error/m.test(r.stdout)) throw new Error(`the action failed (${r.status}):\n${r.stdout.slice(-3000)}`);
};
/** The summary says the build succeeded and carries the line. */
const summaryHas = (r: ActionRun, re: RegExp) => {
  expect(r.summary).toMatch(/^### ✅ /m);
  expect(r.summary).not.toMatch(/❌/);
  const warningsSection = r.summary.slice(r.summary.indexOf('**Warnings**'));
  expect(warningsSection).toMatch(re);
};

describe('the gha cache (runner path, local cache service)', () => {
  let cache: CacheService;
  beforeAll(async () => {
    cache = await startCacheService();
  });
  afterAll(async () => {
    await (cache as CacheService | undefined)?.close(); // unset when the setup failed
  });

  async function build(fault: Fault) {
    cache.setFault(fault);
    const service = cache.env(pushScopes('main'));
    const env: Record<string, string> = {
      ...service,
      DOCKER_CONFIG: freshDockerConfig(rp),
      DOCKER_BUILD_SUMMARY: 'false',
      BUILDSTAGE_CACHE_STALL_SECONDS: String(STALL_SECONDS)
    };
    const t0 = Date.now();
    const r = await runAction(
      {
        context: 'app',
        tags: `${REGISTRY}/fault-gha:1`,
        push: 'false',
        network: 'host',
        cache: 'gha',
        advisor: 'false',
        'build-args': `NONCE=${Date.now()}-${Math.random()}`,
        secrets: `FAULT_SECRET=${SECRET}`
      },
      { workspace: workspace(), env, node: rp.node24, timeoutMs: 240_000 }
    );
    cache.setFault(null);
    expectNoSecrets(r, { 'build secret': SECRET, 'runtime token': service.ACTIONS_RUNTIME_TOKEN });
    return { r, ms: Date.now() - t0, faulted: cache.requests().filter((q) => q.fault).length };
  }

  test('the cache service answers 500 while the cache is imported: the build succeeds without it, with a warning and a summary line', async () => {
    const { r, faulted } = await build({ kind: '5xx', match: /GetCacheEntryDownloadURL/ });
    ok(r);
    expect(faulted).toBeGreaterThan(0);
    expect(warnings(r).some((w) => /cache import skipped/.test(w))).toBe(true);
    summaryHas(r, /cache import skipped/);
  }, 300_000);

  test('the cache service answers 500 while the cache is exported: the build succeeds, with a warning and a summary line (not a failed step)', async () => {
    const { r } = await build({ kind: '5xx', match: /CreateCacheEntry|^PUT /, count: 1000 });
    ok(r);
    expect(warnings(r).some((w) => /cache export failed/.test(w))).toBe(true);
    summaryHas(r, /cache export failed/);
  }, 300_000);

  test('the cache service answers 429 to every export request (BuildKit retries without end): the export is given up after the bound; the build succeeds', async () => {
    const { r, ms } = await build({ kind: '429', match: /CreateCacheEntry|^PUT |Finalize/ });
    ok(r);
    expect(warnings(r).some((w) => /cache export stalled: "exporting to GitHub Actions Cache" made no progress for \d+ s/.test(w))).toBe(true);
    summaryHas(r, /cache export stalled/);
    // bounded: the build itself takes seconds here; the stall costs the bound, not the job's timeout
    expect(ms).toBeLessThan(120_000);
  }, 300_000);

  test('the cache service holds every lookup: the action sees it before the build and builds without the gha cache', async () => {
    const { r, ms } = await build({ kind: 'stall', match: /GetCacheEntryDownloadURL/ });
    ok(r);
    expect(warnings(r).some((w) => /the GitHub Actions cache service is not usable \(it did not answer in 10 s\): building without that cache/.test(w))).toBe(
      true
    );
    summaryHas(r, /GitHub Actions cache service is not usable/);
    expect(ms).toBeLessThan(120_000);
  }, 300_000);
});

describe('the registry cache (default engine, a proxy in front of the local registry)', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    if (!(await registryUp())) throw new Error(`registry ${REGISTRY} is not running: run scripts/engine-up.sh`);
  });
  afterEach(async () => {
    await (proxy as FaultProxy | undefined)?.close(); // unset when the setup failed
  });

  async function build(rules: ProxyRule[], importFirst = false) {
    proxy = await startFaultProxy(REGISTRY, []);
    const repo = `fault-regcache-${Date.now().toString(36)}`;
    const ws = workspace();
    const inputs = {
      context: 'app',
      tags: `${REGISTRY}/${repo}:1`,
      push: 'true',
      network: 'host',
      cache: 'registry',
      'cache-ref': `${proxy.host}/${repo}:buildcache`,
      advisor: 'false',
      secrets: `FAULT_SECRET=${SECRET}`
    };
    const env = { BUILDSTAGE_CACHE_STALL_SECONDS: String(STALL_SECONDS) };
    if (importFirst) ok(await runAction({ ...inputs, 'build-args': 'NONCE=seed' }, { workspace: ws, env }));
    proxy.setRules(rules);
    const t0 = Date.now();
    const r = await runAction({ ...inputs, 'build-args': importFirst ? 'NONCE=seed' : `NONCE=${Date.now()}` }, { workspace: ws, env, timeoutMs: 240_000 });
    expectNoSecrets(r, { 'build secret': SECRET });
    return { r, ms: Date.now() - t0, repo };
  }

  test('the cache registry dies during the cache export: the image is pushed, the build succeeds with a warning and a summary line', async () => {
    const { r, repo } = await build([{ match: /^(PUT|PATCH|POST) \/v2\/.*\/blobs\/uploads\//, action: 'kill' }]);
    ok(r);
    expect(proxy.requests().some((q) => q.fault === 'kill')).toBe(true);
    expect(r.outputs.digest).toBe(await manifestDigest(repo, '1'));
    expect(warnings(r).some((w) => /cache export failed/.test(w))).toBe(true);
    summaryHas(r, /cache export failed/);
  }, 300_000);

  test('the cache registry answers 503 to the cache manifest: the import is skipped with a warning, the build succeeds', async () => {
    const { r } = await build(
      [
        {
          match: /^(GET|HEAD) \/v2\/.*\/manifests\/buildcache$/,
          action: { status: 503, body: '{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}' }
        }
      ],
      true
    );
    ok(r);
    expect(proxy.requests().some((q) => q.fault === '503')).toBe(true);
    expect(warnings(r).some((w) => /cache import skipped/.test(w))).toBe(true);
    summaryHas(r, /cache import skipped/);
  }, 300_000);

  test('the cache registry holds the cache manifest request: the action sees it before the build and builds without that cache', async () => {
    const { r, ms } = await build([{ match: /^(GET|HEAD) \/v2\/.*\/manifests\/buildcache$/, action: 'stall' }], true);
    ok(r);
    expect(proxy.requests().some((q) => q.fault === 'stall')).toBe(true);
    expect(
      warnings(r).some((w) =>
        new RegExp(`the cache registry ${proxy.host.replace(/\./g, '\\.')} is not usable \\(it did not answer in 10 s\\): building without that cache`).test(w)
      )
    ).toBe(true);
    summaryHas(r, /is not usable/);
    expect(ms).toBeLessThan(120_000);
  }, 300_000);

  test('the cache registry accepts the cache upload and never answers: the export is given up after the bound, the image is pushed and checked, the build succeeds', async () => {
    const { r, ms, repo } = await build([{ match: /^(PUT|PATCH|POST) \/v2\/.*\/blobs\/uploads\//, action: 'stall' }]);
    ok(r);
    expect(proxy.requests().some((q) => q.fault === 'stall')).toBe(true);
    expect(r.outputs.digest).toBe(await manifestDigest(repo, '1'));
    expect(warnings(r).some((w) => /cache export stalled: "exporting cache to registry" made no progress for \d+ s/.test(w))).toBe(true);
    summaryHas(r, /cache export stalled.*the image was pushed \(every tag checked in the registry\), the cache was not saved/);
    expect(ms).toBeLessThan(120_000);
  }, 300_000);
});
