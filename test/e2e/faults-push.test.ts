// Fault: the registry dies mid-push (issue 12 item 1). The bundled action against the real
// engine (docker driver) pushing through a proxy in front of the local registry that dies —
// or cuts every connection and comes back — in the middle of the push. The step fails with
// one line naming the registry and what the registry has; no output claims a digest or a
// tag the registry does not have.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSecrets, runAction, type ActionRun } from '../helpers/action-runner.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { manifestDigest, REGISTRY, registryUp } from '../helpers/registry.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/apps/fault-app');
const SECRET = `fault-secret-${Date.now().toString(36)}-value`;

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'bs-fault-push-'));
  cpSync(FIXTURE, join(ws, 'app'), { recursive: true });
  return ws;
}

const errors = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));

let proxy: FaultProxy;
beforeAll(async () => {
  if (!(await registryUp())) throw new Error(`registry ${REGISTRY} is not running: run scripts/engine-up.sh`);
});
afterEach(async () => {
  await (proxy as FaultProxy | undefined)?.close(); // unset when the setup failed
});

function inputs(repo: string, host: string) {
  return {
    context: 'app',
    tags: `${host}/${repo}:a\n${host}/${repo}:b`,
    push: 'true',
    network: 'host',
    cache: 'none',
    advisor: 'false',
    'build-args': `NONCE=${Date.now()}-${Math.random()}`,
    secrets: `FAULT_SECRET=${SECRET}`
  };
}

test('the registry dies at the first blob upload and stays down: one line naming it, nothing claimed', async () => {
  proxy = await startFaultProxy(REGISTRY, [{ match: /^(PUT|PATCH) \/v2\/.*\/blobs\/uploads\//, action: 'kill', count: 1 }]);
  const repo = `fault-push-dead-${Date.now().toString(36)}`;
  const r = await runAction(inputs(repo, proxy.host), { workspace: workspace() });
  expect(proxy.requests().some((q) => q.fault === 'kill')).toBe(true);
  expect(r.status).toBe(1);
  const lines = errors(r);
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/%0A/);
  expect(lines[0]).toMatch(
    new RegExp(
      `^::error::push to ${proxy.host.replace(/\./g, '\\.')} failed \\(.*connection refused\\); nothing is reported as pushed: the registry did not answer when asked afterwards`
    )
  );
  // no output claims a digest or a tag
  expect(r.outputs.digest).toBeUndefined();
  expect(r.outputs.imageid).toBeUndefined();
  expect(r.outputs.tags).toBe('');
  expect(r.outputs.metadata).toBeUndefined();
  expect(r.summary).toMatch(/push to 127\.0\.0\.1:\d+ failed/);
  // and the registry indeed has neither tag
  expect(await manifestDigest(repo, 'a')).toBeNull();
  expect(await manifestDigest(repo, 'b')).toBeNull();
  expectNoSecrets(r, { 'build secret': SECRET });
}, 300_000);

test('the registry fails the second tag (500) after the first is in: the line says which tag the registry has, the outputs only that one', async () => {
  proxy = await startFaultProxy(REGISTRY, [
    { match: /^PUT \/v2\/.*\/manifests\/b$/, action: { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"storage failure"}]}' } }
  ]);
  const repo = `fault-push-half-${Date.now().toString(36)}`;
  const r = await runAction(inputs(repo, proxy.host), { workspace: workspace() });
  expect(proxy.requests().some((q) => q.fault === '500')).toBe(true);
  expect(r.status).toBe(1);
  const lines = errors(r);
  expect(lines).toHaveLength(1);
  const a = await manifestDigest(repo, 'a');
  expect(a).toMatch(/^sha256:/);
  expect(await manifestDigest(repo, 'b')).toBeNull();
  expect(lines[0]).toContain(`push to ${proxy.host} failed`);
  expect(lines[0]).toContain(`pushed 1 of 2 tags (${proxy.host}/${repo}:a); not pushed: ${proxy.host}/${repo}:b`);
  expect(r.outputs.tags).toBe(`${proxy.host}/${repo}:a`);
  expect(r.outputs.digest).toBeUndefined();
  expect(r.outputs.metadata).toBeUndefined();
  expectNoSecrets(r, { 'build secret': SECRET });
}, 300_000);

test('the registry cuts every connection mid-push and comes back at once: BuildKit retries, the push completes, and the outputs are what the registry has', async () => {
  proxy = await startFaultProxy(REGISTRY, [{ match: /^PUT \/v2\/.*\/manifests\/b$/, action: 'reset', count: 1 }]);
  const repo = `fault-push-reset-${Date.now().toString(36)}`;
  const r = await runAction(inputs(repo, proxy.host), { workspace: workspace() });
  expect(proxy.requests().some((q) => q.fault === 'reset')).toBe(true);
  expect(errors(r)).toEqual([]);
  expect(r.status).toBe(0);
  expect(r.outputs.digest).toBe(await manifestDigest(repo, 'a'));
  expect(r.outputs.digest).toBe(await manifestDigest(repo, 'b'));
  expectNoSecrets(r, { 'build secret': SECRET });
}, 300_000);
