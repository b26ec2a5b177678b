// The pure parts of the fault handling (the end-to-end tests are test/e2e/faults-*.test.ts):
// the one line a failed push ends with, which cache entries a stalled source takes out of
// the argv, the stall bound, and the cancellation handlers.
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { cacheStallMs, probeCacheSources, stalledSource, stallNote, withoutStalledCache } from '../../../src/engine/cache-stall.js';
import { installCancelHandlers, trackChild, trackSecretPath } from '../../../src/engine/cancel.js';
import { isPushFailure, pushCause, pushFailureMessage } from '../../../src/engine/push-outcome.js';

const ERR =
  'buildx failed with: ERROR: failed to solve: failed to push 127.0.0.1:5601/app:main: failed to do request: Head "https://127.0.0.1:5601/v2/app/blobs/sha256:b64b": dial tcp 127.0.0.1:5601: connect: connection refused';

describe('a failed push', () => {
  test('is told from a failed step', () => {
    expect(isPushFailure(ERR, null)).toBe(true);
    expect(isPushFailure('buildx failed with: ERROR: process "/bin/sh -c exit 3" did not complete successfully', '[2/2] RUN exit 3')).toBe(false);
    expect(isPushFailure('buildx failed with: ERROR: unexpected status: 500', 'exporting to image')).toBe(true);
    expect(isPushFailure(null, 'exporting to image')).toBe(false);
  });

  test('the cause is the transport error at the end', () => {
    expect(pushCause(ERR)).toBe('dial tcp 127.0.0.1:5601: connect: connection refused');
    expect(
      pushCause(
        'buildx failed with: ERROR: failed to solve: failed to push r.example/app:1: unexpected status from PUT request to https://r.example/v2/app/manifests/1: 500 Internal Server Error'
      )
    ).toBe('unexpected status from PUT request to https://r.example/v2/app/manifests/1: 500 Internal Server Error');
  });

  const tags = ['127.0.0.1:5601/app:main', '127.0.0.1:5601/app:sha-1'];
  test.each([
    [
      { digest: 'sha256:' + 'a'.repeat(64), pushed: [], notPushed: tags, unreachable: null },
      /nothing was pushed: none of the 2 tags \(127\.0\.0\.1:5601\/app:main, 127\.0\.0\.1:5601\/app:sha-1\) points at the image sha256:aaaaaaaaaaaa…/
    ],
    [
      { digest: 'sha256:' + 'a'.repeat(64), pushed: [tags[0]], notPushed: [tags[1]], unreachable: null },
      /pushed 1 of 2 tags \(127\.0\.0\.1:5601\/app:main\); not pushed: 127\.0\.0\.1:5601\/app:sha-1/
    ],
    [
      { digest: null, pushed: [], notPushed: [], unreachable: '127.0.0.1:5601: ECONNREFUSED' },
      /nothing is reported as pushed: the registry did not answer when asked afterwards \(127\.0\.0\.1:5601: ECONNREFUSED\)/
    ]
  ])('one line naming the registry and what it has: %j', (check, re) => {
    const line = pushFailureMessage(tags, check, ERR);
    expect(line).not.toMatch(/\n/);
    expect(line.startsWith('push to 127.0.0.1:5601 failed (dial tcp 127.0.0.1:5601: connect: connection refused); ')).toBe(true);
    expect(line).toMatch(re);
  });
});

describe('a stalled cache source', () => {
  const argv = [
    'build',
    '--cache-from',
    'type=gha,scope=api',
    '--cache-from',
    'type=registry,ref=r.example:5000/app:buildcache',
    '--cache-from',
    'other.example/app:cache',
    '--cache-to',
    'type=gha,scope=api,mode=max,ignore-error=true',
    '--cache-to',
    'type=registry,ref=r.example:5000/app:buildcache,mode=max',
    '--tag',
    'r.example:5000/app:1',
    '.'
  ];

  test('gha: its entries go, the others stay', () => {
    expect(stalledSource('importing cache manifest from gha:552858722609805288')).toEqual({ type: 'gha' });
    expect(withoutStalledCache(argv, 'importing cache manifest from gha:552858722609805288')).toEqual([
      'build',
      '--cache-from',
      'type=registry,ref=r.example:5000/app:buildcache',
      '--cache-from',
      'other.example/app:cache',
      '--cache-to',
      'type=registry,ref=r.example:5000/app:buildcache,mode=max',
      '--tag',
      'r.example:5000/app:1',
      '.'
    ]);
  });

  test('a registry: every entry on that host goes (from and to), the image tag stays', () => {
    expect(stalledSource('importing cache manifest from r.example:5000/app:buildcache')).toEqual({ host: 'r.example:5000' });
    expect(withoutStalledCache(argv, 'importing cache manifest from r.example:5000/app:buildcache')).toEqual([
      'build',
      '--cache-from',
      'type=gha,scope=api',
      '--cache-from',
      'other.example/app:cache',
      '--cache-to',
      'type=gha,scope=api,mode=max,ignore-error=true',
      '--tag',
      'r.example:5000/app:1',
      '.'
    ]);
  });

  test('the bound: 300 s by default, BUILDSTAGE_CACHE_STALL_SECONDS, 0 for off', () => {
    expect(cacheStallMs({})).toBe(300_000);
    expect(cacheStallMs({ BUILDSTAGE_CACHE_STALL_SECONDS: '8' })).toBe(8000);
    expect(cacheStallMs({ BUILDSTAGE_CACHE_STALL_SECONDS: '0' })).toBe(0);
    expect(cacheStallMs({ BUILDSTAGE_CACHE_STALL_SECONDS: 'soon' })).toBe(300_000);
    expect(stallNote({ kind: 'cache-export', vertex: 'exporting cache to registry', silentMs: 8400 }, 8000)).toBe(
      'cache export stalled: "exporting cache to registry" made no progress for 8 s (the bound is 8 s, BUILDSTAGE_CACHE_STALL_SECONDS), so the action stopped waiting for it'
    );
  });
});

test('cancellation: SIGINT removes the secret files at once and stops buildx, then the step exits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-cancel-'));
  const secrets = join(dir, 'secrets');
  mkdirSync(secrets);
  writeFileSync(join(secrets, 'secret-0'), 'v4lue');
  // a stand-in for buildx: exits when interrupted
  const child = spawn(process.execPath, ['-e', 'process.on("SIGINT", () => process.exit(1)); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300));
  trackChild(child);
  trackSecretPath(secrets);
  const lines: string[] = [];
  const exit = jest.fn<(code: number) => void>();
  installCancelHandlers((l) => lines.push(l), exit, 5000);
  const exited = new Promise((r) => child.once('exit', r));
  process.emit('SIGINT');
  expect(existsSync(secrets)).toBe(false);
  await exited;
  await new Promise((r) => setTimeout(r, 300));
  expect(exit).toHaveBeenCalledWith(130);
  expect(lines[0]).toMatch(/cancelled \(SIGINT\): secret files removed; stopping buildx \(pid \d+\)/);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
});

describe('the cache sources asked before the build', () => {
  /** A loopback "registry" that accepts connections and never answers. */
  async function silentRegistry() {
    const sockets: Socket[] = [];
    const server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const close = () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(r));
    };
    return { host, close };
  }

  test('a registry that does not answer in time, as a type=registry entry or a bare reference; the registry here answers', async () => {
    const a = await silentRegistry();
    const b = await silentRegistry();
    const argv = [
      'build',
      '--cache-from',
      `type=registry,ref=${a.host}/app:cache`,
      '--cache-from',
      `${b.host}/app:cache`,
      '--cache-from',
      'type=registry,ref=127.0.0.1:5000/buildstage-probe:cache',
      '--cache-from',
      `type=local,src=/nonexistent`,
      '--cache-to',
      `type=registry,ref=${a.host}/app:out`,
      '.'
    ];
    const problems = await probeCacheSources(argv, {}, 500);
    await Promise.all([a.close(), b.close()]);
    expect(problems).toEqual([
      { vertex: `importing cache manifest from ${a.host}/app:cache`, label: `the cache registry ${a.host}`, problem: 'it did not answer in 1 s' },
      { vertex: `importing cache manifest from ${b.host}/app:cache`, label: `the cache registry ${b.host}`, problem: 'it did not answer in 1 s' }
    ]);
  });
});
