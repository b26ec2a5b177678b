// Cache mounts across runners, the pure part: discovery on the Dockerfile model, the
// inputs, keys and refs, the scratch Dockerfiles (checked with sh -n), and the save rule.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/common/errors.js';
import {
  contentHash,
  discoverCacheMounts,
  expandVars,
  ghaMountKeys,
  imageSlug,
  mountSlugs,
  mountStepsRan,
  parseMountFlag,
  parseScratchOutput,
  planMountStorage,
  registryMountRef,
  restoreDockerfile,
  saveDockerfile,
  selectCacheMounts,
  type CacheMount,
  type DiscoverOptions
} from '../../../src/cache-mounts/plan.js';
import { parseByteSize, parseCacheMountsSetting } from '../../../src/cache-mounts/setting.js';
import { stepAt } from './steps.js';

const opts = (o: Partial<DiscoverOptions> = {}): DiscoverOptions => ({
  target: '',
  buildArgs: [],
  platform: 'linux/amd64',
  buildPlatform: 'linux/amd64',
  ...o
});
const ids = (text: string, o: Partial<DiscoverOptions> = {}) => discoverCacheMounts(text, opts(o)).map((m) => m.id);

describe('inputs', () => {
  test.each([
    [[], { mode: 'auto' }],
    [['auto'], { mode: 'auto' }],
    [['none'], { mode: 'none' }],
    [['false'], { mode: 'none' }],
    [['/root/.npm', 'yarn'], { mode: 'list', entries: ['/root/.npm', 'yarn'] }]
  ])('cache-mounts %j → %j', (input, expected) => {
    expect(parseCacheMountsSetting(input)).toEqual(expected);
  });

  test('auto or none mixed with ids names the input', () => {
    expect(() => parseCacheMountsSetting(['auto', '/root/.npm'])).toThrow(InputError);
    expect(() => parseCacheMountsSetting(['yarn', 'none'])).toThrow(/cache-mounts/);
  });

  test.each([
    ['2g', 2 * 1024 ** 3],
    ['2GB', 2 * 1024 ** 3],
    ['500m', 500 * 1024 ** 2],
    ['1.5 GiB', 1.5 * 1024 ** 3],
    ['1048576', 1048576],
    ['10k', 10240]
  ])('size %s → %d bytes', (text, bytes) => {
    expect(parseByteSize('cache-mounts-max-size', text)).toBe(bytes);
  });

  test.each(['', 'big', '-1g', '2 parsecs', '0'])('size %j is an input error', (text) => {
    expect(() => parseByteSize('cache-mounts-max-size', text)).toThrow(/Input "cache-mounts-max-size"/);
  });
});

describe('mount flags and variables', () => {
  test('fields as BuildKit reads them: keys lowercased, quoted values, bare booleans, type defaults to bind', () => {
    expect(Object.fromEntries(parseMountFlag('--mount=type=cache,target=/root/.npm,sharing=locked')!)).toEqual({
      type: 'cache',
      target: '/root/.npm',
      sharing: 'locked'
    });
    expect(Object.fromEntries(parseMountFlag('--mount="type=cache,ID=a,target=/x"')!)).toEqual({ type: 'cache', id: 'a', target: '/x' });
    expect(Object.fromEntries(parseMountFlag('--mount=target=/src,ro')!)).toEqual({ target: '/src', ro: 'true', type: 'bind' });
    expect(parseMountFlag('--network=host')).toBeNull();
  });

  test.each([
    ['$A', 'a'],
    ['${A}-x', 'a-x'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${A:+set}', 'set'],
    ['${UNSET:+set}', ''],
    ['$UNSET/x', '/x'],
    ['\\$A', '$A']
  ])('%s → %j', (text, out) => {
    expect(
      expandVars(
        text,
        new Map([
          ['A', 'a'],
          ['EMPTY', '']
        ])
      )
    ).toBe(out);
  });
});

describe('discovery', () => {
  const MULTI = `ARG NODE=20
FROM node:\${NODE}-bookworm-slim AS base
WORKDIR /app
ENV YARN_CACHE_FOLDER=/usr/local/share/.cache/yarn
RUN --mount=type=cache,target=/root/.npm npm install -g yarn@1.22.22

FROM base AS deps
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=\${YARN_CACHE_FOLDER},sharing=locked yarn install --frozen-lockfile --production

FROM base AS build
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn/,sharing=locked yarn install --frozen-lockfile
COPY src ./src
RUN yarn build

FROM python:3.11-slim AS docs
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt

FROM node:20-bookworm-slim AS runtime
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
`;

  test('the stages being built only: the target and what it needs (FROM, COPY --from); one mount per BuildKit directory', () => {
    const mounts = discoverCacheMounts(MULTI, opts());
    expect(mounts.map((m) => m.id)).toEqual(['/root/.npm', '/usr/local/share/.cache/yarn']);
    const yarn = mounts[1];
    // the same directory written two ways (ENV-expanded, trailing slash): one mount, used twice
    expect(yarn.uses).toEqual([
      { stage: 'deps', line: 9 },
      { stage: 'build', line: 13 }
    ]);
    expect(yarn).toMatchObject({ sharing: 'locked', uid: null, gid: null, mode: null, lockfiles: ['yarn.lock'], image: 'node:20-bookworm-slim', skip: null });
    // the docs stage is not built for runtime, nor for deps
    expect(ids(MULTI, { target: 'docs' })).toEqual(['/root/.cache/pip']);
    expect(ids(MULTI, { target: 'deps' })).toEqual(['/root/.npm', '/usr/local/share/.cache/yarn']);
  });

  test('the base image follows FROM <stage> to the root and expands global ARGs with build-args', () => {
    expect(discoverCacheMounts(MULTI, opts({ buildArgs: ['NODE=22'] }))[0].image).toBe('node:22-bookworm-slim');
  });

  test('global ARGs (before the first FROM, over continued lines) reach a stage that declares them without a default', () => {
    const text = `# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20 \\
    NS=team
ARG UNUSED
FROM \${BASE}
ARG NS
RUN --mount=type=cache,id=\${NS}-apk,target=/var/cache/apk apk add git
`;
    expect(discoverCacheMounts(text, opts())[0]).toMatchObject({ id: 'team-apk', image: 'alpine:3.20', skip: null });
    expect(discoverCacheMounts(text, opts({ buildArgs: ['NS=ops'] }))[0]).toMatchObject({ id: 'ops-apk', image: 'alpine:3.20' });
  });

  test('a mount first used in a stage FROM scratch takes the image of a later stage that uses it', () => {
    const text = `FROM scratch AS a
RUN --mount=type=cache,id=c,target=/c ["/bin/true"]
FROM alpine AS b
COPY --from=a / /
RUN --mount=type=cache,id=c,target=/c true
`;
    expect(discoverCacheMounts(text, opts())).toEqual([
      expect.objectContaining({
        id: 'c',
        image: 'alpine',
        skip: null,
        uses: [
          { stage: 'a', line: 2 },
          { stage: 'b', line: 5 }
        ]
      })
    ]);
  });

  test('id, uid, gid, mode are kept; ids and targets expand ARGs, build-args and platform ARGs', () => {
    const text = `FROM debian:bookworm-slim
ARG TARGETARCH
ARG CACHE_NS=apt
RUN --mount=type=cache,id=\${CACHE_NS}-$TARGETARCH,target=/var/cache/apt,uid=1000,gid=1000,mode=0750,sharing=private apt-get update
`;
    const [m] = discoverCacheMounts(text, opts({ platform: 'linux/arm64', buildArgs: ['CACHE_NS=deb'] }));
    expect(m).toMatchObject({ id: 'deb-arm64', target: '/var/cache/apt', uid: 1000, gid: 1000, mode: '0750', sharing: 'private', lockfiles: [] });
  });

  test('different uid/gid/mode on the same id are different BuildKit directories', () => {
    const text = `FROM alpine
RUN --mount=type=cache,id=c,target=/a true
RUN --mount=type=cache,id=c,target=/b,uid=1 true
RUN --mount=type=cache,id=c,target=/c true
`;
    const mounts = discoverCacheMounts(text, opts());
    expect(mounts.map((m) => [m.id, m.uid, m.uses.length])).toEqual([
      ['c', null, 2],
      ['c', 1, 1]
    ]);
    const slugs = mountSlugs(mounts);
    expect(slugs[0]).toBe('c');
    expect(slugs[1]).toMatch(/^c-[0-9a-f]{6}$/);
  });

  test.each([
    ['from= (keyed by a snapshot of this builder)', 'FROM alpine AS s\nFROM alpine\nRUN --mount=type=cache,target=/c,from=s true\n', /from=s/],
    ['a stage FROM scratch', 'FROM scratch\nRUN --mount=type=cache,target=/c ["/bin/true"]\n', /scratch/],
    ['an unresolved ARG in FROM', 'ARG BASE\nFROM ${BASE}\nRUN --mount=type=cache,target=/c true\n', /scratch|unresolved/],
    ['an id a generated Dockerfile cannot repeat', 'FROM alpine\nRUN --mount="type=cache,id=a b,target=/c" true\n', /characters/]
  ])('%s is reported, not carried', (_name, text, why) => {
    const [m] = discoverCacheMounts(text, opts());
    expect(m.skip).toMatch(why);
  });

  test('lockfiles: copied files, globs, directories, the whole context, and bind mounts of the RUN itself', () => {
    const text = `FROM node:20
COPY package*.json ./
COPY backend/ ./backend/
COPY ["frontend/pnpm-lock.yaml", "./"]
RUN --mount=type=bind,source=uv.lock,target=uv.lock --mount=type=cache,target=/root/.npm npm ci
FROM python:3.11 AS other
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip true
`;
    const [npm] = discoverCacheMounts(text, opts({ target: 'stage-0' }));
    expect(npm.lockfiles).toEqual(
      expect.arrayContaining(['package-lock.json', 'backend/poetry.lock', 'backend/uv.lock', 'frontend/pnpm-lock.yaml', 'uv.lock'])
    );
    expect(npm.lockfiles).not.toContain('yarn.lock');
    const [pip] = discoverCacheMounts(text, opts({ target: 'other' }));
    expect(pip.lockfiles).toEqual(expect.arrayContaining(['requirements.txt', 'uv.lock', 'package-lock.json']));
  });

  test('the e2e fixtures and the fastapi example', () => {
    expect(
      discoverCacheMounts(readFileSync('test/fixtures/apps/mounts/uv/Dockerfile', 'utf8'), opts({ buildArgs: ['UV_CACHE_ID=uv-1'] })).map((m) => [
        m.id,
        m.target,
        m.lockfiles
      ])
    ).toEqual([['uv-1', '/root/.cache/uv', expect.arrayContaining(['uv.lock'])]]);
    expect(discoverCacheMounts(readFileSync('test/fixtures/apps/mounts/pnpm/Dockerfile', 'utf8'), opts()).map((m) => [m.id, m.uid, m.gid, m.mode])).toEqual([
      ['pnpm-store', 0, 0, '0755']
    ]);
    const fastapi = readFileSync('examples/fastapi/Dockerfile', 'utf8');
    expect(ids(fastapi)).toEqual(['/root/.npm', '/root/.local/share/pnpm/store', '/root/.cache/pip', '/root/.cache/uv']);
    const pnpm = discoverCacheMounts(fastapi, opts()).find((m) => m.id.includes('pnpm'))!;
    expect(pnpm.lockfiles).toEqual(['frontend/pnpm-lock.yaml']);
  });
});

describe('selection', () => {
  const all = discoverCacheMounts(
    'FROM node:20\nRUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn true\nRUN --mount=type=cache,target=/root/.npm true\n',
    opts()
  );
  test.each([
    [{ mode: 'auto' as const }, ['yarn', '/root/.npm'], 0],
    [{ mode: 'none' as const }, [], 0],
    [{ mode: 'list' as const, entries: ['yarn'] }, ['yarn'], 0],
    [{ mode: 'list' as const, entries: ['/usr/local/share/.cache/yarn/'] }, ['yarn'], 0],
    [{ mode: 'list' as const, entries: ['/root/.npm', '/nope'] }, ['/root/.npm'], 1]
  ])('%j', (setting, expected, warnings) => {
    const r = selectCacheMounts(all, setting);
    expect(r.mounts.map((m) => m.id)).toEqual(expected);
    expect(r.warnings).toHaveLength(warnings);
  });
});

describe('keys and refs', () => {
  const m: CacheMount = {
    id: '/root/.npm',
    target: '/root/.npm',
    sharing: 'shared',
    uid: null,
    gid: null,
    mode: null,
    uses: [],
    lockfiles: ['package-lock.json', 'sub/package-lock.json'],
    instructions: ['npm ci'],
    image: 'node:20',
    skip: null
  };
  const files: Record<string, string> = { 'package-lock.json': 'v1' };

  test('the content hash follows the lockfiles that exist; without one, the instructions and the base image', () => {
    const a = contentHash(m, (p) => files[p] ?? null);
    expect(a.lockfiles).toEqual(['package-lock.json']);
    expect(contentHash(m, (p) => files[p] ?? null).hash).toBe(a.hash);
    expect(contentHash(m, (p) => (p === 'package-lock.json' ? 'v2' : null)).hash).not.toBe(a.hash);
    const none = contentHash(m, () => null);
    expect(none.lockfiles).toEqual([]);
    expect(contentHash({ ...m, instructions: ['npm ci --omit=dev'] }, () => null).hash).not.toBe(none.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('names: readable ids, a hash for uid/gid/mode and for collisions', () => {
    expect(mountSlugs([m, { ...m, id: 'yarn' }, { ...m, id: '/usr/local/share/.cache/yarn' }])).toEqual(['root-npm', 'yarn', 'usr-local-share-cache-yarn']);
    const [a, b] = mountSlugs([m, { ...m, id: 'root-npm' }]);
    expect(a).toBe('root-npm');
    expect(b).toMatch(/^root-npm-[0-9a-f]{6}$/);
  });

  test('Actions cache: key per image, mount, platform and lockfiles; the restore key finds the previous lockfiles', () => {
    expect(ghaMountKeys('acme-api', 'root-npm', 'linux-amd64', 'abc')).toEqual({
      key: 'buildstage-mount-acme-api-root-npm-linux-amd64-abc',
      restoreKeys: ['buildstage-mount-acme-api-root-npm-linux-amd64-']
    });
    expect(imageSlug(['123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api'], [])).toBe('shop-api');
    expect(imageSlug([], ['ghcr.io/acme/web:1.0'])).toBe('acme-web');
    expect(imageSlug([], [])).toBe('default');
  });

  test('registry: next to the build cache ref, the branch kept, a platform when given, tags within 128 characters', () => {
    expect(registryMountRef('reg/app:buildcache', 'root-npm', null)).toBe('reg/app:buildcache-mount-root-npm');
    expect(registryMountRef('reg/app:buildcache-feature-x', 'yarn', 'linux-arm64')).toBe('reg/app:buildcache-feature-x-mount-yarn-linux-arm64');
    expect(registryMountRef('127.0.0.1:5000/app', 'yarn', null)).toBe('127.0.0.1:5000/app:buildcache-mount-yarn');
    const long = registryMountRef('reg/app:buildcache', 'x'.repeat(200), null);
    expect(long.split(':').pop()!.length).toBeLessThanOrEqual(128);
  });

  test.each([
    [
      'registry next to the build cache',
      {
        backend: 'registry',
        cacheFrom: ['type=registry,ref=r/a:buildcache-f', 'type=registry,ref=r/a:buildcache'],
        cacheTo: ['type=registry,ref=r/a:buildcache-f,mode=max'],
        hasActionsCache: true,
        writeAllowed: true
      },
      { kind: 'registry', readRefs: ['r/a:buildcache-f', 'r/a:buildcache'], writeRef: 'r/a:buildcache-f' }
    ],
    [
      'a PR without cache-write-on-pr reads only',
      { backend: 'registry', cacheFrom: ['type=registry,ref=r/a:buildcache'], cacheTo: [], hasActionsCache: false, writeAllowed: false },
      { kind: 'registry', writeRef: null }
    ],
    [
      'a bare reference is a registry ref, as buildx reads it; an entry without ref= gives none',
      {
        backend: 'registry',
        cacheFrom: ['type=inline', ' r/a:buildcache '],
        cacheTo: ['type=registry, ref=r/a:buildcache ,mode=max'],
        hasActionsCache: false,
        writeAllowed: true
      },
      { kind: 'registry', readRefs: ['r/a:buildcache'], writeRef: 'r/a:buildcache' }
    ],
    ['gha', { backend: 'gha', cacheFrom: [], cacheTo: [], hasActionsCache: true, writeAllowed: true }, { kind: 'gha', write: true }],
    ['local on a runner', { backend: 'local', cacheFrom: [], cacheTo: [], hasActionsCache: true, writeAllowed: false }, { kind: 'gha', write: false }],
    ['local off GitHub', { backend: 'local', cacheFrom: [], cacheTo: [], hasActionsCache: false, writeAllowed: true }, { kind: 'none' }],
    ['cache: none', { backend: 'none', cacheFrom: [], cacheTo: [], hasActionsCache: true, writeAllowed: true }, { kind: 'none' }]
  ])('storage: %s', (_n, input, expected) => {
    expect(planMountStorage(input)).toMatchObject(expected);
  });
});

describe('scratch Dockerfiles', () => {
  const mounts = [
    { slot: 'm0', id: '/root/.npm', sharing: 'shared' as const, uid: null, gid: null, mode: null },
    { slot: 'm1', id: 'pnpm', sharing: 'locked' as const, uid: 1000, gid: 1000, mode: '0750' }
  ];
  const script = (df: string) =>
    df
      .split('\n')
      .filter((l) => !l.startsWith('#') && !l.startsWith('FROM') && !l.startsWith('COPY') && !l.startsWith('LABEL'))
      .join('\n')
      .replace(/^RUN (?:\s*--\S+ \\\n)+\s*/m, '')
      .replace(/^RUN --network=none \\\n/m, '');

  test('restore: the same id, sharing, uid, gid and mode as the real mounts; sources from the context or an image; a nonce', () => {
    const df = restoreDockerfile(
      'node:20',
      [
        { ...mounts[0], from: null },
        { ...mounts[1], from: 'reg/app:buildcache-mount-pnpm' }
      ],
      'n-1'
    );
    expect(df).toContain('FROM --platform=$BUILDPLATFORM node:20');
    expect(df).toContain('--mount=type=cache,id=/root/.npm,target=/buildstage/m0,sharing=shared');
    expect(df).toContain('--mount=type=cache,id=pnpm,target=/buildstage/m1,sharing=locked,uid=1000,gid=1000,mode=0750');
    expect(df).toContain('--mount=type=bind,source=m0,target=/buildstage/in/m0');
    expect(df).toContain('--mount=type=bind,from=reg/app:buildcache-mount-pnpm,target=/buildstage/in/m1');
    expect(df).toContain(': n-1;');
    expect(df).toContain('tar -C /buildstage/$s -xpf');
  });

  test('save: a size check against the limit, empty mounts skipped, tar keeps owners; registry builds fail when too big', () => {
    const local = saveDockerfile('node:20', mounts, { limitKb: 2048, nonce: 'n-2' });
    expect(local).toMatch(/if \[ "\$kb" -gt 2048 \]/);
    expect(local).toContain(': > /buildstage/out/$s/too-big');
    expect(local).toContain('COPY --from=extract /buildstage/out/ /');
    const reg = saveDockerfile('node:20', [mounts[1]], { limitKb: 10, nonce: 'n-3', registry: { labels: { 'org.buildstage.cache-mount.id': 'pnpm' } } });
    expect(reg).toContain('exit 3;');
    expect(reg).toContain('COPY --from=extract /buildstage/out/m1/ /');
    expect(reg).toContain('LABEL org.buildstage.cache-mount.id="pnpm"');
  });

  test.each([
    [
      'restore',
      () =>
        restoreDockerfile(
          'x',
          mounts.map((m) => ({ ...m, from: null })),
          'n'
        )
    ],
    ['save', () => saveDockerfile('x', mounts, { limitKb: 1, nonce: 'n' })],
    ['save to a registry', () => saveDockerfile('x', [mounts[0]], { limitKb: 1, nonce: 'n', registry: { labels: {} } })]
  ])('the %s script is valid sh', (_n, make) => {
    const sh = script(make()).replace(/\\\n/g, ' ');
    expect(sh).not.toMatch(/^(RUN|--mount)/m);
    execFileSync('sh', ['-n', '-c', sh]);
  });

  test('the scripts really copy: save then restore round-trips a directory with owners and modes kept (sh, tar, du)', () => {
    const sh = (s: string, vars: Record<string, string>) => execFileSync('sh', ['-c', s], { env: { ...process.env, ...vars }, encoding: 'utf8' });
    const root = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    const run = (df: string) =>
      sh(
        script(df)
          .replace(/\\\n/g, ' ')
          .replace(/\/buildstage\//g, `${root}/`),
        {}
      );
    sh(`mkdir -p ${root}/m0/sub ${root}/m1 && echo hi > ${root}/m0/sub/f && chmod 600 ${root}/m0/sub/f`, {});
    const saved = parseScratchOutput(run(saveDockerfile('x', mounts, { limitKb: 1024, nonce: 'n' })));
    expect(saved.get('m0')).toEqual({ status: 'saved', kb: expect.any(Number) });
    expect(saved.get('m1')?.status).toBe('empty');
    sh(`mkdir -p ${root}/in && mv ${root}/out/m0 ${root}/in/m0 && rm -rf ${root}/m0 && mkdir ${root}/m0`, {});
    const restored = parseScratchOutput(
      run(
        restoreDockerfile(
          'x',
          mounts.map((m) => ({ ...m, from: null })),
          'n'
        )
      )
    );
    expect(restored.get('m0')?.status).toBe('restored');
    expect(restored.get('m1')?.status).toBe('missing');
    expect(readFileSync(`${root}/m0/sub/f`, 'utf8')).toBe('hi\n');
    expect(sh(`stat -c %a ${root}/m0/sub/f`, {}).trim()).toBe('600');
    const big = parseScratchOutput(run(saveDockerfile('x', [mounts[0]], { limitKb: 0, nonce: 'n' })));
    expect(big.get('m0')?.status).toBe('too-big');
  });

  test('the result lines are read from plain progress, not from the echoed command', () => {
    const out = [
      '#7 [stage-0 2/2] RUN ... echo "buildstage-mount $s restored"',
      '#7 0.27 buildstage-mount m0 restored',
      '#7 0.28 buildstage-mount m1 too-big kb=4096',
      '#7 0.29 buildstage-mount m2 saved kb=12'
    ].join('\n');
    expect([...parseScratchOutput(out)]).toEqual([
      ['m0', { status: 'restored', kb: null }],
      ['m1', { status: 'too-big', kb: 4096 }],
      ['m2', { status: 'saved', kb: 12 }]
    ]);
  });
});

describe('after the build: save only when a step that uses the mount ran', () => {
  const m = {
    uses: [
      { stage: 'deps', line: 9 },
      { stage: 'build', line: 13 }
    ]
  };
  test.each([
    ['both cached', [stepAt(9, true), stepAt(13, true)], { ran: false, failed: false, known: true }],
    ['one ran', [stepAt(9, true), stepAt(13, false)], { ran: true, failed: false, known: true }],
    ['one failed', [stepAt(9, false, { error: 'exit 1' })], { ran: true, failed: true, known: true }],
    ['not reached (another step failed first)', [stepAt(3, false)], { ran: false, failed: false, known: true }]
  ])('%s', (_n, steps, expected) => {
    expect(mountStepsRan(m, steps)).toEqual(expected);
  });
  test('no report (old buildx): counts as ran, so nothing is lost', () => {
    expect(mountStepsRan(m, null)).toEqual({ ran: true, failed: false, known: false });
  });
});
