// The path GitHub-hosted runners take, for real: the bundled action on Node 24, a current
// buildx driving a docker-container builder (BuildKit v0.34) made as setup-buildx-action
// makes it, the gha cache over the local v2 cache service, an authenticated registry
// under an ECR name with moto's ECR API handing out the password, and the pull request
// flow against a local GitHub REST stub. Set up by `bash scripts/engine-up.sh --runner`.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docker, expectNoSecrets, freshDockerConfig, runAction, runnerPath, type ActionRun } from '../helpers/action-runner.js';
import { prScopes, pushScopes, startCacheService, type CacheService } from '../helpers/cache-service.js';
import { startGithubApi, type GithubApi } from '../helpers/github-api.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { REGISTRY } from '../helpers/registry.js';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'test/fixtures/apps/node-app');
const rp = runnerPath();
const MAIN_SHA = '1111111111111111111111111111111111111111';
const PR_SHA = '2222222222222222222222222222222222222222';

interface Step {
  name: string;
  stage: string | null;
  instruction?: string;
  cached: boolean;
}
const report = (r: ActionRun) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as { steps: Step[]; cache: unknown; meta: { driver: string; buildxVersion: string } };
const step = (r: ActionRun, re: RegExp) => {
  const s = report(r).steps.find((x) => re.test(x.instruction ?? x.name));
  if (!s)
    throw new Error(
      `no step matching ${re} in ${report(r)
        .steps.map((x) => x.name)
        .join(' | ')}`
    );
  return s;
};
const ok = (r: ActionRun) => {
  if (r.status !== 0 || /::error::/.test(r.stdout)) throw new Error(`the action failed (${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`);
};
function workspaceWithApp(): string {
  const ws = mkdtempSync(join(tmpdir(), 'bs-runner-ws-'));
  cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
  return ws;
}
/** A new runner: the builder's local cache is gone (what a fresh docker-container builder has). */
const pruneBuilder = (config: string) => docker(['buildx', 'prune', '--all', '--force'], config);

let cache: CacheService;
beforeAll(async () => {
  cache = await startCacheService();
});
afterAll(async () => {
  await (cache as CacheService | undefined)?.close(); // unset when the setup failed
});

test('the runner path is what runners use: buildx >= 0.21, a docker-container builder, BuildKit >= 0.20, Node 24', () => {
  const config = freshDockerConfig(rp);
  expect(docker(['buildx', 'version'], config)).toMatch(/ v?0\.(2[1-9]|[3-9]\d)\./);
  const inspect = docker(['buildx', 'inspect'], config);
  expect(inspect).toMatch(/^Driver:\s+docker-container$/m);
  expect(inspect).toMatch(/^BuildKit version:\s+v0\.(2\d|3\d)\./m);
  expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: node24/);
});

test('push to the default branch with cache: auto uses gha; on a new runner a code change rebuilds with every dependency step from the cache service', async () => {
  const repo = `rp-gha-${Date.now().toString(36)}`;
  const ws = workspaceWithApp();
  const env = () => ({ ...cache.env(pushScopes('main')), DOCKER_CONFIG: freshDockerConfig(rp), GITHUB_SHA: MAIN_SHA });
  const inputs = { context: 'app', images: `${REGISTRY}/${repo}`, push: 'true', network: 'host', cache: 'auto', advisor: 'false' };

  pruneBuilder(rp.dockerConfig);
  const cold = await runAction(inputs, { workspace: ws, env: env(), node: rp.node24 });
  ok(cold);
  const plan = JSON.parse(cold.outputs.plan);
  expect(plan.cacheFrom).toEqual([expect.stringMatching(/^type=gha,scope=/)]);
  expect(report(cold).meta.driver).toBe('docker-container');
  expect(step(cold, /npm ci/).cached).toBe(false);
  const ops = new Set(cache.requests().map((q) => q.op));
  for (const op of ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'] as const) expect(ops).toContain(op);
  expect(cache.entries().filter((e) => e.finalized && e.scope === 'refs/heads/main' && e.key.startsWith('index-')).length).toBeGreaterThan(0);

  pruneBuilder(rp.dockerConfig);
  writeFileSync(join(ws, 'app/src/server.js'), `${readFileSync(join(ws, 'app/src/server.js'), 'utf8')}\n// changed ${Date.now()}\n`);
  const before = cache.requests().length;
  const warm = await runAction(inputs, { workspace: ws, env: env(), node: rp.node24 });
  ok(warm);
  expect(
    cache
      .requests()
      .slice(before)
      .some((q) => q.op === 'get' && q.status < 300)
  ).toBe(true);
  // the dependency steps come from the gha cache; the sources and what follows them ran
  expect(step(warm, /npm ci/).cached).toBe(true);
  expect(step(warm, /COPY package\.json package-lock\.json/).cached).toBe(true);
  expect(step(warm, /COPY src/).cached).toBe(false);

  // a pull request on a new runner reads the default branch's gha entries and writes none of its own
  pruneBuilder(rp.dockerConfig);
  const pr = await runAction(
    { ...inputs, push: 'false' },
    {
      workspace: ws,
      env: {
        ...cache.env(prScopes(7, 'main')),
        DOCKER_CONFIG: freshDockerConfig(rp),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'main',
        GITHUB_SHA: PR_SHA
      },
      payload: {
        number: 7,
        pull_request: { number: 7, head: { ref: 'feature', sha: PR_SHA }, base: { ref: 'main' } },
        repository: { default_branch: 'main', private: false }
      },
      node: rp.node24
    }
  );
  ok(pr);
  expect(step(pr, /npm ci/).cached).toBe(true);
  expect(cache.entries().filter((e) => e.scope === 'refs/pull/7/merge' && e.key.startsWith('index-'))).toEqual([]);
}, 900_000);

// ---------------------------------------------------------------------------
// The pull request flow against the ECR stand-in
// ---------------------------------------------------------------------------
let moto: Moto;
let gh: GithubApi;

/** HEAD a manifest on the ECR stand-in with the password moto hands out. */
function ecrManifestDigest(repo: string, tag: string): Promise<string | null> {
  const auth = Buffer.from(`AWS:${rp.ecrHost.split('.')[0]}-auth-token`).toString('base64');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: rp.ecrHost,
        port: 443,
        method: 'HEAD',
        path: `/v2/${repo}/manifests/${tag}`,
        ca: readFileSync(rp.ecrCa),
        headers: {
          Host: rp.ecrHost,
          Authorization: `Basic ${auth}`,
          Accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
        }
      },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200 ? String(res.headers['docker-content-digest']) : null);
      }
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the pull request flow on an authenticated ECR-like registry', () => {
  beforeAll(async () => {
    moto = await startMoto();
    gh = await startGithubApi({ tokens: ['ghs_pr_token'] });
  }, 30_000);
  afterAll(async () => {
    // unset when the setup failed
    (moto as Moto | undefined)?.stop();
    await (gh as GithubApi | undefined)?.close();
  });

  test('main saves the baseline; a PR with push: false logs in to read the registry cache, compares, and keeps one comment up to date', async () => {
    const repo = `shop/rp-${Date.now().toString(36)}`;
    const ws = workspaceWithApp();
    // NODE_EXTRA_CA_CERTS: the action checks the registry over HTTPS, and the stand-in's CA is self-made
    const aws = {
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      BUILDSTAGE_ECR_ENDPOINT: moto.endpoint,
      NODE_EXTRA_CA_CERTS: rp.ecrCa
    };
    const inputs = {
      context: 'app',
      images: `${rp.ecrHost}/${repo}`,
      network: 'host',
      cache: 'registry',
      'ecr-create-repository': 'true',
      advisor: 'false',
      comment: 'always'
    };

    const main = await runAction(
      { ...inputs, push: 'true' },
      { workspace: ws, env: { ...aws, ...cache.env(pushScopes('main')), DOCKER_CONFIG: freshDockerConfig(rp), GITHUB_SHA: MAIN_SHA }, node: rp.node24 }
    );
    ok(main);
    expect(main.stdout).toContain(`logged in to ${rp.ecrHost} (to push)`);
    expect(await ecrManifestDigest(repo, 'main')).toBe(main.outputs.digest);
    expect(await ecrManifestDigest(repo, 'buildcache')).toMatch(/^sha256:/);
    expect(main.stdout).toMatch(/timing baseline saved: buildstage-timing-/);

    // a PR on a new runner: no builder cache, no docker login from the main build
    const prEnv = () => ({
      ...aws,
      ...cache.env(prScopes(15, 'main')),
      ...gh.env(),
      DOCKER_CONFIG: freshDockerConfig(rp),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/15/merge',
      GITHUB_HEAD_REF: 'feature/faster',
      GITHUB_BASE_REF: 'main',
      GITHUB_SHA: PR_SHA
    });
    const payload = {
      number: 15,
      pull_request: { number: 15, head: { ref: 'feature/faster', sha: PR_SHA }, base: { ref: 'main', sha: MAIN_SHA } },
      repository: { default_branch: 'main', private: false }
    };
    pruneBuilder(rp.dockerConfig);
    writeFileSync(join(ws, 'app/src/server.js'), `${readFileSync(join(ws, 'app/src/server.js'), 'utf8')}\n// pr change 1\n`);
    const pr1 = await runAction({ ...inputs, push: 'false', 'github-token': 'ghs_pr_token' }, { workspace: ws, env: prEnv(), payload, node: rp.node24 });
    ok(pr1);
    expect(pr1.stdout).toContain(`logged in to ${rp.ecrHost} (to read the build cache)`);
    expect(await ecrManifestDigest(repo, 'pr-15')).toBeNull();
    // the registry cache was readable: the dependency steps did not run again
    expect(step(pr1, /npm ci/).cached).toBe(true);
    expect(pr1.summary).toContain('Against the base branch');
    const comments = gh.comments(15, 'acme/shop');
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`${rp.ecrHost}/${repo}`);

    pruneBuilder(rp.dockerConfig);
    writeFileSync(join(ws, 'app/src/server.js'), `${readFileSync(join(ws, 'app/src/server.js'), 'utf8')}\n// pr change 2\n`);
    const pr2 = await runAction({ ...inputs, push: 'false', 'github-token': 'ghs_pr_token' }, { workspace: ws, env: prEnv(), payload, node: rp.node24 });
    ok(pr2);
    const after = gh.comments(15, 'acme/shop');
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comments[0].id);
    expect(gh.requests().filter((q) => q.method === 'PATCH')).toHaveLength(1);
    // nothing secret reached the log, the summary, the outputs or the comment
    expectNoSecrets(
      [main, pr1, pr2],
      { 'ECR password': `${rp.ecrHost.split('.')[0]}-auth-token`, 'GitHub token': 'ghs_pr_token' },
      after.map((c) => c.body)
    );
  }, 900_000);
});
