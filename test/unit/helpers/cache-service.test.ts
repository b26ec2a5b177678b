// The local cache service v2 (test/helpers/cache-service.ts) driven by the real
// @actions/cache client, saving and restoring real files, plus the protocol details
// BuildKit's Go client depends on (checked with plain HTTP in the shape it sends).
import { jest } from '@jest/globals';
import * as cache from '@actions/cache';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prScopes, pushScopes, startCacheService, type CacheScope, type CacheService } from '../../helpers/cache-service.js';

const SERVICE = 'twirp/github.actions.results.api.v1.CacheService';
// What go-actions-cache sends as `version` for every key: sha256("|go-actionscache-1.0").
const GO_VERSION = createHash('sha256').update('|go-actionscache-1.0').digest('hex');

let svc: CacheService;
let work: string;
let ws: string;
let out: string[];
const savedEnv = { ...process.env };

beforeEach(async () => {
  svc = await startCacheService();
  work = mkdtempSync(join(tmpdir(), 'cache-service-'));
  ws = join(work, 'ws');
  mkdirSync(ws);
  mkdirSync(join(work, 'tmp'));
  // @actions/cache reads these at call time: the workspace is tar's -C, RUNNER_TEMP holds archives.
  Object.assign(process.env, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(work, 'tmp') }, svc.env());
  out = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
});

afterEach(async () => {
  jest.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) Reflect.deleteProperty(process.env, k);
  Object.assign(process.env, savedEnv);
  await svc.close();
  rmSync(work, { recursive: true, force: true });
});

const useScopes = (scopes: CacheScope[]) => Object.assign(process.env, svc.env(scopes));
const put = (name: string, content: string | Buffer) => {
  const p = join(ws, name);
  writeFileSync(p, content);
  return p;
};
const ops = () => svc.requests().map((r) => `${r.op} ${r.status}`);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function twirp(method: string, body: unknown, token = svc.token(pushScopes())) {
  const res = await fetch(`${svc.url}${SERVICE}/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

// Create, Put Blob and Finalize the way the Go client does (size_bytes as a JSON number).
async function goSave(key: string, data: Buffer, token?: string) {
  const created = await twirp('CreateCacheEntry', { key, version: GO_VERSION }, token);
  const put = await fetch(String(created.body.signed_upload_url), { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: data });
  const fin = await twirp('FinalizeCacheEntryUpload', { key, size_bytes: data.length, version: GO_VERSION }, token);
  return { created, put, fin };
}

async function downloadUrl(key: string, restoreKeys: string[] = [key]) {
  const r = await twirp('GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version: GO_VERSION });
  return String(r.body.signed_download_url);
}

describe('with @actions/cache', () => {
  test('saves and restores a file by its exact key', async () => {
    const f = put('a.txt', 'hello cache');
    const id = await cache.saveCache([f], 'deps-linux-abc');
    expect(id).toBeGreaterThan(0);
    expect(svc.entries()).toMatchObject([{ id, scope: 'refs/heads/main', key: 'deps-linux-abc', finalized: true }]);
    rmSync(f);
    await expect(cache.restoreCache([f], 'deps-linux-abc')).resolves.toBe('deps-linux-abc');
    expect(readFileSync(f, 'utf8')).toBe('hello cache');
    expect(ops()).toEqual(['CreateCacheEntry 200', 'put-blob 201', 'FinalizeCacheEntryUpload 200', 'GetCacheEntryDownloadURL 200', 'get 200']);
  });

  test('restore keys match by prefix, newest first, and an exact key beats a newer prefix match', async () => {
    const f = put('v.txt', 'one');
    await cache.saveCache([f], 'npm');
    writeFileSync(f, 'two');
    await cache.saveCache([f], 'npm-2');
    writeFileSync(f, 'three');
    await cache.saveCache([f], 'yarn-3');
    await expect(cache.restoreCache([f], 'npm-9', ['npm'])).resolves.toBe('npm-2');
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(out.join('')).toContain('Cache hit for restore-key: npm-2');
    await expect(cache.restoreCache([f], 'npm')).resolves.toBe('npm');
    expect(readFileSync(f, 'utf8')).toBe('one');
    await expect(cache.restoreCache([f], 'pip-1', ['pip-'])).resolves.toBeUndefined();
  });

  test('a duplicate save reports that the key is taken and does not throw', async () => {
    const f = put('a.txt', 'first');
    await cache.saveCache([f], 'dup');
    writeFileSync(f, 'second');
    await expect(cache.saveCache([f], 'dup')).resolves.toBe(-1);
    expect(out.join('')).toContain('Failed to save: Unable to reserve cache with key dup, another job may be creating this cache.');
    expect(
      svc
        .requests()
        .filter((r) => r.op === 'CreateCacheEntry')
        .map((r) => r.status)
    ).toEqual([200, 409]);
    expect(svc.entries()).toHaveLength(1);
  });

  test('a PR reads its base branch but writes only to its own scope', async () => {
    const f = put('a.txt', 'from main');
    await cache.saveCache([f], 'base-key');
    useScopes(prScopes(7, 'main'));
    rmSync(f);
    await expect(cache.restoreCache([f], 'base-key')).resolves.toBe('base-key');
    expect(readFileSync(f, 'utf8')).toBe('from main');
    writeFileSync(f, 'from the PR');
    expect(await cache.saveCache([f], 'pr-key')).toBeGreaterThan(0);
    // The same key as main's is no conflict: it lands in the PR's own scope.
    expect(await cache.saveCache([f], 'base-key')).toBeGreaterThan(0);
    expect(svc.entries().map((e) => `${e.scope} ${e.key}`)).toEqual(['refs/heads/main base-key', 'refs/pull/7/merge pr-key', 'refs/pull/7/merge base-key']);
    // The PR now reads its own entry first.
    await expect(cache.restoreCache([f], 'base-key')).resolves.toBe('base-key');
    expect(readFileSync(f, 'utf8')).toBe('from the PR');
    useScopes(pushScopes('main'));
    await expect(cache.restoreCache([f], 'pr-key')).resolves.toBeUndefined();
    await cache.restoreCache([f], 'base-key');
    expect(readFileSync(f, 'utf8')).toBe('from main');
  });

  test('another set of paths is another version: a miss', async () => {
    const a = put('a.txt', 'a');
    const b = put('b.txt', 'b');
    await cache.saveCache([a], 'k');
    await expect(cache.restoreCache([a, b], 'k')).resolves.toBeUndefined();
    await expect(cache.restoreCache([a], 'k')).resolves.toBe('k');
  });

  test('a read-only token cannot reserve: the write-denied message, no entry', async () => {
    useScopes([{ Scope: 'refs/heads/main', Permission: 1 }]);
    await expect(cache.saveCache([put('a.txt', 'a')], 'ro')).resolves.toBe(-1);
    expect(out.join('')).toContain('cache write denied:');
    expect(svc.entries()).toEqual([]);
  });

  test('40 MB of random bytes: one Put Blob (the client goes to blocks only above 128 MiB), restored byte-identical', async () => {
    const data = randomBytes(40 * 1024 * 1024);
    const f = put('big.bin', data);
    expect(await cache.saveCache([f], 'big')).toBeGreaterThan(0);
    rmSync(f);
    await expect(cache.restoreCache([f], 'big')).resolves.toBe('big');
    expect(sha(readFileSync(f))).toBe(sha(data));
    expect(svc.requests().filter((r) => r.op.startsWith('put'))).toMatchObject([{ op: 'put-blob', status: 201 }]);
  });

  test('above 128 MiB the client uploads Azure blocks and a block list; restored byte-identical', async () => {
    // Random bytes do not compress, so the archive stays above the client's 128 MiB single-shot limit.
    const f = put('huge.bin', randomBytes(130 * 1024 * 1024));
    const digest = sha(readFileSync(f));
    expect(await cache.saveCache([f], 'huge')).toBeGreaterThan(0);
    const puts = svc.requests().filter((r) => r.op.startsWith('put'));
    expect(puts.map((r) => `${r.op} ${r.status}`)).toEqual(['put-block 201', 'put-block 201', 'put-block 201', 'put-block-list 201']);
    rmSync(f);
    await expect(cache.restoreCache([f], 'huge')).resolves.toBe('huge');
    expect(sha(readFileSync(f))).toBe(digest);
  }, 120_000);
});

describe('failures through @actions/cache', () => {
  test('a token without a readable scope is denied reads: the client warns and misses', async () => {
    const f = put('a.txt', 'a');
    await cache.saveCache([f], 'k');
    useScopes([{ Scope: 'refs/heads/main', Permission: 2 }]);
    await expect(cache.restoreCache([f], 'k')).resolves.toBeUndefined();
    expect(out.join('')).toMatch(/::warning::Failed to restore: .*cache read denied:/);
    expect(svc.requests().at(-1)).toMatchObject({ op: 'GetCacheEntryDownloadURL', status: 403 });
  });

  test('a 429 with Retry-After stops the save with a warning (the client does not retry it)', async () => {
    svc.setFault({ kind: '429', match: /CreateCacheEntry/, retryAfterSeconds: 7 });
    await expect(cache.saveCache([put('a.txt', 'a')], 'k')).resolves.toBe(-1);
    expect(out.join('')).toContain('rate limit will reset in 7 seconds');
    expect(svc.requests()).toMatchObject([{ op: 'CreateCacheEntry', status: 429, fault: '429' }]);
    expect(svc.entries()).toEqual([]);
  });

  test('one 500 on the lookup is retried by the client and the restore succeeds', async () => {
    const f = put('a.txt', 'kept');
    await cache.saveCache([f], 'k');
    svc.setFault({ kind: '5xx', match: /GetCacheEntryDownloadURL/, count: 1 });
    rmSync(f);
    await expect(cache.restoreCache([f], 'k')).resolves.toBe('k');
    expect(readFileSync(f, 'utf8')).toBe('kept');
    expect(
      svc
        .requests()
        .filter((r) => r.op === 'GetCacheEntryDownloadURL')
        .map((r) => r.status)
    ).toEqual([500, 200]);
  }, 15_000);
});

describe('protocol details (the shapes BuildKit gha sends)', () => {
  test('Go-style save: numeric size_bytes accepted, entry_id a string, x-ms-request-id on the upload', async () => {
    const { created, put, fin } = await goSave('blob-sha256:aa', Buffer.from('layer'));
    expect(created).toMatchObject({ status: 200, body: { ok: true, signed_upload_url: expect.stringMatching(/[?&]sig=[^&]+/) } });
    expect(put.status).toBe(201);
    expect(put.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fin).toEqual({ status: 200, body: { ok: true, entry_id: '1' } });
  });

  test('a second reservation answers 409 already_exists with code and msg only', async () => {
    await goSave('index-rp-1-abc#1', Buffer.from('i'));
    const again = await twirp('CreateCacheEntry', { key: 'index-rp-1-abc#1', version: GO_VERSION });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ code: 'already_exists', msg: expect.any(String) });
  });

  test('the index lookup (key and restore key `index-…#`) finds the newest numbered index', async () => {
    const miss = await twirp('GetCacheEntryDownloadURL', { key: 'index-rp-1-abc#', restore_keys: ['index-rp-1-abc#'], version: GO_VERSION });
    expect(miss).toEqual({ status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } });
    await goSave('index-rp-1-abc#1', Buffer.from('one'));
    await goSave('index-rp-1-abc#2', Buffer.from('two'));
    const hit = await twirp('GetCacheEntryDownloadURL', { key: 'index-rp-1-abc#', restore_keys: ['index-rp-1-abc#'], version: GO_VERSION });
    expect(hit.body).toMatchObject({ ok: true, matched_key: 'index-rp-1-abc#2' });
    expect(await (await fetch(String(hit.body.signed_download_url))).text()).toBe('two');
    const other = await twirp('GetCacheEntryDownloadURL', { key: 'index-rp-1-abc#', restore_keys: ['index-rp-1-abc#'], version: 'f'.repeat(64) });
    expect(other.body.ok).toBe(false);
  });

  test('an entry is readable only after Finalize, with the uploaded size, and is write-once', async () => {
    const key = 'pending';
    const created = await twirp('CreateCacheEntry', { key, version: GO_VERSION });
    const upload = String(created.body.signed_upload_url);
    expect((await fetch(upload, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'abc' })).status).toBe(201);
    expect((await twirp('GetCacheEntryDownloadURL', { key, restore_keys: [key], version: GO_VERSION })).body.ok).toBe(false);
    expect((await twirp('CreateCacheEntry', { key, version: GO_VERSION })).status).toBe(409);
    expect((await twirp('FinalizeCacheEntryUpload', { key, size_bytes: '99', version: GO_VERSION })).body).toMatchObject({
      ok: false,
      message: expect.stringContaining('99')
    });
    expect((await twirp('FinalizeCacheEntryUpload', { key, size_bytes: '3', version: GO_VERSION })).body).toMatchObject({ ok: true });
    expect((await twirp('GetCacheEntryDownloadURL', { key, restore_keys: [key], version: GO_VERSION })).body.ok).toBe(true);
    const overwrite = await fetch(upload, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'xyz' });
    expect(overwrite.status).toBe(409);
    expect((await twirp('FinalizeCacheEntryUpload', { key, size_bytes: '3', version: GO_VERSION })).status).toBe(404);
  });

  test('Put Block ×N + Put Block List assembles the blocks in list order', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'blocks', version: GO_VERSION });
    const url = String(created.body.signed_upload_url);
    const blocks = [randomBytes(1 << 20), randomBytes(1 << 20), randomBytes(12345)];
    const ids = ['YmxvY2stMDAwMA==', 'YmxvY2stMDAwMQ==', 'YmxvY2stMDAwMg=='];
    // Uploaded out of order, committed in order.
    for (const i of [2, 0, 1]) {
      const r = await fetch(`${url}&comp=block&blockid=${encodeURIComponent(ids[i])}`, { method: 'PUT', body: blocks[i] });
      expect(r.status).toBe(201);
      expect(r.headers.get('x-ms-request-id')).toBeTruthy();
    }
    const bad = await fetch(`${url}&comp=blocklist`, {
      method: 'PUT',
      body: '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>bm9uZQ==</Latest></BlockList>'
    });
    expect([bad.status, bad.headers.get('x-ms-error-code')]).toEqual([400, 'InvalidBlockList']);
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    expect((await fetch(`${url}&comp=blocklist`, { method: 'PUT', headers: { 'Content-Type': 'application/xml' }, body: xml })).status).toBe(201);
    const whole = Buffer.concat(blocks);
    expect((await twirp('FinalizeCacheEntryUpload', { key: 'blocks', size_bytes: whole.length, version: GO_VERSION })).body.ok).toBe(true);
    expect(sha(Buffer.from(await (await fetch(await downloadUrl('blocks'))).arrayBuffer()))).toBe(sha(whole));
    expect(
      svc
        .requests()
        .filter((r) => r.op.startsWith('put'))
        .map((r) => r.op)
    ).toEqual(['put-block', 'put-block', 'put-block', 'put-block-list', 'put-block-list']);
  });

  test('Put Blob without x-ms-blob-type is refused', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'k', version: GO_VERSION });
    const r = await fetch(String(created.body.signed_upload_url), { method: 'PUT', body: 'x' });
    expect([r.status, r.headers.get('x-ms-error-code')]).toEqual([400, 'MissingRequiredHeader']);
  });

  test('ranged GET (x-ms-range or Range) answers 206 with Content-Range; plain GET and HEAD 200', async () => {
    const data = randomBytes(1000);
    await goSave('r', data);
    const url = await downloadUrl('r');
    const a = await fetch(url, { headers: { Range: 'bytes=10-19' } });
    expect([a.status, a.headers.get('content-range')]).toEqual([206, 'bytes 10-19/1000']);
    expect(Buffer.from(await a.arrayBuffer())).toEqual(data.subarray(10, 20));
    const b = await fetch(url, { headers: { 'x-ms-range': 'bytes=990-' } });
    expect([b.status, b.headers.get('content-range'), b.headers.get('content-length')]).toEqual([206, 'bytes 990-999/1000', '10']);
    expect(Buffer.from(await b.arrayBuffer())).toEqual(data.subarray(990));
    const c = await fetch(url);
    expect([c.status, c.headers.get('content-length'), c.headers.get('x-ms-blob-type')]).toEqual([200, '1000', 'BlockBlob']);
    expect(Buffer.from(await c.arrayBuffer())).toEqual(data);
    const h = await fetch(url, { method: 'HEAD' });
    expect([h.status, h.headers.get('content-length'), (await h.arrayBuffer()).byteLength]).toEqual([200, '1000', 0]);
    expect((await fetch(url, { headers: { Range: 'bytes=1000-' } })).status).toBe(416);
  });

  test('an altered signature, expiry or permission answers 403 AuthenticationFailed', async () => {
    const { created } = await goSave('s', Buffer.from('secret'));
    const url = new URL(await downloadUrl('s'));
    expect((await fetch(url)).status).toBe(200);
    const tamper = (name: string, value: string) => {
      const u = new URL(url);
      u.searchParams.set(name, value);
      return fetch(u);
    };
    const badSig = await tamper('sig', Buffer.from('forged').toString('base64'));
    expect([badSig.status, badSig.headers.get('x-ms-error-code')]).toEqual([403, 'AuthenticationFailed']);
    expect((await tamper('se', '2099-01-01T00:00:00Z')).status).toBe(403);
    expect((await tamper('sp', 'rcw')).status).toBe(403);
    // The download URL does not write, the upload URL does not read.
    expect((await fetch(url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })).status).toBe(403);
    expect((await fetch(String(created.body.signed_upload_url))).status).toBe(403);
  });

  test('an expired signed URL answers 403; asking again gives a fresh one (what the Go client does)', async () => {
    let t = Date.now();
    const clocked = await startCacheService({ now: () => t, urlTtlSeconds: 600 });
    try {
      const token = clocked.token(pushScopes());
      const call = async (method: string, body: unknown) =>
        (await (
          await fetch(`${clocked.url}${SERVICE}/${method}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(body)
          })
        ).json()) as Record<string, string>;
      const created = await call('CreateCacheEntry', { key: 'e', version: GO_VERSION });
      await fetch(created.signed_upload_url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'data' });
      await call('FinalizeCacheEntryUpload', { key: 'e', size_bytes: 4, version: GO_VERSION });
      const first = (await call('GetCacheEntryDownloadURL', { key: 'e', restore_keys: ['e'], version: GO_VERSION })).signed_download_url;
      expect((await fetch(first)).status).toBe(200);
      t += 601_000;
      const expired = await fetch(first);
      expect([expired.status, expired.headers.get('x-ms-error-code')]).toEqual([403, 'AuthenticationFailed']);
      const fresh = (await call('GetCacheEntryDownloadURL', { key: 'e', restore_keys: ['e'], version: GO_VERSION })).signed_download_url;
      expect(await (await fetch(fresh)).text()).toBe('data');
    } finally {
      await clocked.close();
    }
  });

  test('the Twirp API wants a valid, unexpired runtime token from this server', async () => {
    const none = await fetch(`${svc.url}${SERVICE}/GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"key":"k","version":"v"}'
    });
    expect([none.status, ((await none.json()) as { code: string }).code]).toEqual([401, 'unauthenticated']);
    const other = await startCacheService();
    const foreign = other.token(pushScopes());
    await other.close();
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' }, foreign)).status).toBe(401);
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' }, svc.token(pushScopes(), { ttlSeconds: 0 }))).status).toBe(401);
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).status).toBe(200);
    // The payload is what go-actions-cache insists on: ac (a JSON string), nbf, exp.
    const claims = JSON.parse(Buffer.from(svc.env(prScopes(3, 'dev')).ACTIONS_RUNTIME_TOKEN.split('.')[1], 'base64url').toString());
    expect(JSON.parse(claims.ac)).toEqual([
      { Scope: 'refs/pull/3/merge', Permission: 3 },
      { Scope: 'refs/heads/dev', Permission: 1 }
    ]);
    expect(claims.exp).toBeGreaterThan(claims.nbf);
  });

  test('env() is what a runner exports for cache v2', () => {
    expect(svc.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(svc.env()).toEqual({
      ACTIONS_RUNTIME_TOKEN: expect.any(String),
      ACTIONS_RESULTS_URL: svc.url,
      ACTIONS_CACHE_URL: svc.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com'
    });
  });
});

describe('fault hooks', () => {
  test('5xx answers the status with a Twirp error, for `count` matching requests only', async () => {
    svc.setFault({ kind: '5xx', status: 503, match: /CreateCacheEntry/, count: 1 });
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).status).toBe(200);
    expect(await twirp('CreateCacheEntry', { key: 'k', version: 'v' })).toEqual({ status: 503, body: { code: 'internal', msg: expect.any(String) } });
    expect((await twirp('CreateCacheEntry', { key: 'k', version: 'v' })).status).toBe(200);
    expect(svc.requests().map((r) => r.fault ?? '-')).toEqual(['-', '5xx', '-']);
  });

  test('5xx on the blob answers an Azure XML error', async () => {
    await goSave('b', Buffer.from('x'));
    svc.setFault({ kind: '5xx', match: /^GET /, count: 1 });
    const url = await downloadUrl('b');
    const r = await fetch(url);
    expect([r.status, r.headers.get('x-ms-error-code'), r.headers.get('x-ms-request-id') !== null]).toEqual([500, 'InternalError', true]);
    expect(await r.text()).toContain('<Code>InternalError</Code>');
    expect((await fetch(url)).status).toBe(200);
  });

  test('drop resets the connection without an answer', async () => {
    svc.setFault({ kind: 'drop', match: /GetCacheEntryDownloadURL/ });
    await expect(twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).rejects.toThrow();
    svc.setFault(null);
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).status).toBe(200);
  });

  test('stall holds the answer: for delayMs, or until close()', async () => {
    svc.setFault({ kind: 'stall', delayMs: 300, count: 1 });
    const t0 = Date.now();
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    svc.addFault({ kind: 'stall', match: /CreateCacheEntry/ });
    const held = fetch(`${svc.url}${SERVICE}/CreateCacheEntry`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${svc.token(pushScopes())}`, 'Content-Type': 'application/json' },
      body: '{"key":"k","version":"v"}',
      signal: AbortSignal.timeout(300)
    });
    await expect(held).rejects.toThrow();
    const held2 = fetch(`${svc.url}${SERVICE}/CreateCacheEntry`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${svc.token(pushScopes())}`, 'Content-Type': 'application/json' },
      body: '{"key":"k","version":"v"}'
    });
    await new Promise((r) => setTimeout(r, 100));
    await svc.close();
    await expect(held2).rejects.toThrow();
    expect(
      svc
        .requests()
        .filter((r) => r.op === 'CreateCacheEntry')
        .map((r) => [r.fault, r.status])
    ).toEqual([
      ['stall', 0],
      ['stall', 0]
    ]);
  });
});
