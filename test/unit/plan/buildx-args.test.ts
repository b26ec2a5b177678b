// inputs + buildx version + environment → the exact argv, one table row per
// docker/build-push-action input, written from its documentation of each input.
import { buildxArgv, type ArgvInput, type BuildxFacts } from '../../../src/plan/buildx-args.js';
import { readInputs, type Inputs } from '../../../src/inputs/inputs.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/42/attempts/1';
const PATHS = { iidFile: '/t/iidfile', metadataFile: '/t/metadata.json', secretDir: '/t/secrets' };
const CURRENT: BuildxFacts = { version: '0.13.1', buildkitVersion: 'v0.13.2', driver: 'docker-container' };

function inputs(values: Record<string, string>): Inputs {
  return readInputs((name) => values[name] ?? '', RUN_URL);
}

function argv(values: Record<string, string>, over: Partial<ArgvInput> = {}) {
  const i = inputs(values);
  return buildxArgv({
    inputs: i,
    tags: i.tags,
    labels: i.labels,
    cacheFrom: i['cache-from'],
    cacheTo: i['cache-to'],
    context: i.context || '.',
    gitContext: false,
    buildx: CURRENT,
    env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    paths: PATHS,
    serverUrl: 'https://github.com',
    repoPrivate: false,
    runUrl: RUN_URL,
    fileExists: (p) => p === './secret.txt',
    ...over
  });
}

/** Everything between `build --progress=rawjson` and the common flags. */
const HEAD = ['build', '--progress=rawjson'];
const TAIL = (...common: string[]) => [...common, '--metadata-file', PATHS.metadataFile];
const IID = ['--iidfile', PATHS.iidFile];

test.each<[string, Record<string, string>, string[]]>([
  ['nothing but the context', {}, [...HEAD, ...IID, ...TAIL(), '.']],
  [
    'add-hosts',
    { 'add-hosts': 'docker:10.180.0.1,foo:10.0.0.1' },
    [...HEAD, '--add-host', 'docker:10.180.0.1', '--add-host', 'foo:10.0.0.1', ...IID, ...TAIL(), '.']
  ],
  ['allow', { allow: 'network.host\nsecurity.insecure' }, [...HEAD, '--allow', 'network.host', '--allow', 'security.insecure', ...IID, ...TAIL(), '.']],
  [
    'annotations keep commas',
    { annotations: 'index:org.opencontainers.image.description=a,b' },
    [...HEAD, '--annotation', 'index:org.opencontainers.image.description=a,b', ...IID, ...TAIL(), '.']
  ],
  ['attests', { attests: 'type=sbom,generator=image' }, [...HEAD, ...IID, '--attest', 'type=sbom,generator=image', ...TAIL(), '.']],
  ['build-args keep commas', { 'build-args': 'A=1\nB=2,3' }, [...HEAD, '--build-arg', 'A=1', '--build-arg', 'B=2,3', ...IID, ...TAIL(), '.']],
  [
    'build-contexts',
    { 'build-contexts': 'alpine=docker-image://alpine:3.20' },
    [...HEAD, '--build-context', 'alpine=docker-image://alpine:3.20', ...IID, ...TAIL(), '.']
  ],
  [
    'cache-from and cache-to, one per line',
    { 'cache-from': 'type=gha', 'cache-to': 'type=gha,mode=max' },
    [...HEAD, '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max', ...IID, ...TAIL(), '.']
  ],
  ['cgroup-parent', { 'cgroup-parent': '/docker' }, [...HEAD, '--cgroup-parent', '/docker', ...IID, ...TAIL(), '.']],
  ['secret-envs', { 'secret-envs': 'A=ENV_A,B=ENV_B' }, [...HEAD, '--secret', 'id=A,env=ENV_A', '--secret', 'id=B,env=ENV_B', ...IID, ...TAIL(), '.']],
  ['file', { file: './docker/Dockerfile' }, [...HEAD, '--file', './docker/Dockerfile', ...IID, ...TAIL(), '.']],
  [
    'labels keep commas',
    { labels: 'org.example.a=1,2\norg.example.b=3' },
    [...HEAD, ...IID, '--label', 'org.example.a=1,2', '--label', 'org.example.b=3', ...TAIL(), '.']
  ],
  ['no-cache-filters', { 'no-cache-filters': 'deps,build' }, [...HEAD, ...IID, '--no-cache-filter', 'deps', '--no-cache-filter', 'build', ...TAIL(), '.']],
  ['outputs: a local exporter writes no iidfile', { outputs: 'type=local,dest=out' }, [...HEAD, '--output', 'type=local,dest=out', ...TAIL(), '.']],
  ['outputs: a bare path is the local exporter', { outputs: 'out/dir' }, [...HEAD, '--output', 'out/dir', ...TAIL(), '.']],
  ['platforms joined with commas', { platforms: 'linux/amd64\nlinux/arm64' }, [...HEAD, ...IID, '--platform', 'linux/amd64,linux/arm64', ...TAIL(), '.']],
  ['provenance true', { provenance: 'true' }, [...HEAD, ...IID, '--attest', `type=provenance,builder-id=${RUN_URL}`, ...TAIL(), '.']],
  ['provenance false', { provenance: 'false' }, [...HEAD, ...IID, '--attest', 'type=provenance,disabled=true', ...TAIL(), '.']],
  [
    'provenance attributes get the builder id',
    { provenance: 'mode=max' },
    [...HEAD, ...IID, '--attest', `type=provenance,mode=max,builder-id=${RUN_URL}`, ...TAIL(), '.']
  ],
  ['sbom true', { sbom: 'true' }, [...HEAD, ...IID, '--attest', 'type=sbom,disabled=false', ...TAIL(), '.']],
  [
    'secrets go through files, never the argv',
    { secrets: 'NPM_TOKEN=abc123\nOTHER=x y' },
    [...HEAD, ...IID, '--secret', 'id=NPM_TOKEN,src=/t/secrets/secret-0', '--secret', 'id=OTHER,src=/t/secrets/secret-1', ...TAIL(), '.']
  ],
  ['secret-files', { 'secret-files': 'CERT=./secret.txt' }, [...HEAD, ...IID, '--secret', 'id=CERT,src=./secret.txt', ...TAIL(), '.']],
  ['shm-size', { 'shm-size': '2g' }, [...HEAD, ...IID, '--shm-size', '2g', ...TAIL(), '.']],
  ['ssh', { ssh: 'default' }, [...HEAD, ...IID, '--ssh', 'default', ...TAIL(), '.']],
  [
    'tags, comma or newline',
    { tags: 'user/app:latest,user/app:1.0\nuser/app:1' },
    [...HEAD, ...IID, '--tag', 'user/app:latest', '--tag', 'user/app:1.0', '--tag', 'user/app:1', ...TAIL(), '.']
  ],
  ['target', { target: 'runtime' }, [...HEAD, ...IID, '--target', 'runtime', ...TAIL(), '.']],
  ['ulimit', { ulimit: 'nofile=1024:1024' }, [...HEAD, ...IID, '--ulimit', 'nofile=1024:1024', ...TAIL(), '.']],
  [
    'builder, load, network, no-cache, pull, push',
    { builder: 'b1', load: 'true', network: 'host', 'no-cache': 'true', pull: 'true', push: 'true' },
    [...HEAD, ...IID, '--builder', 'b1', '--load', '--metadata-file', PATHS.metadataFile, '--network', 'host', '--no-cache', '--pull', '--push', '.']
  ],
  ['context', { context: 'apps/api' }, [...HEAD, ...IID, ...TAIL(), 'apps/api']]
])('%s', (_name, values, expected) => {
  expect(argv(values).argv).toEqual(expected);
});

test('secret values are in the files to write, never in the argv', () => {
  const r = argv({ secrets: 'NPM_TOKEN=abc123' });
  expect(r.argv.join(' ')).not.toContain('abc123');
  expect(r.secrets).toEqual([{ id: 'NPM_TOKEN', path: '/t/secrets/secret-0', value: 'abc123' }]);
  expect(r.secretIds).toEqual(['NPM_TOKEN']);
});

test('a missing secret file is a warning, as in build-push-action', () => {
  const r = argv({ 'secret-files': 'CERT=./nope.txt' });
  expect(r.argv).not.toContain('--secret');
  expect(r.warnings.join()).toMatch(/secret file \.\/nope\.txt not found/);
});

describe('version gates', () => {
  const at = (version: string, values: Record<string, string>) => argv(values, { buildx: { ...CURRENT, version } });
  test('annotations before 0.12 are ignored with a warning naming the version', () => {
    const r = at('0.11.2', { annotations: 'index:a=b' });
    expect(r.argv).not.toContain('--annotation');
    expect(r.warnings.join()).toMatch(/buildx >= 0\.12\.0.*'annotations' is ignored/);
  });
  test('build-contexts before 0.8 are ignored with a warning', () => {
    const r = at('0.7.1', { 'build-contexts': 'a=b' });
    expect(r.argv).not.toContain('--build-context');
    expect(r.warnings.join()).toMatch(/buildx >= 0\.8\.0/);
  });
  test('attestations before 0.10 are ignored with a warning', () => {
    const r = at('0.9.1', { sbom: 'true' });
    expect(r.argv).not.toContain('--attest');
    expect(r.warnings.join()).toMatch(/buildx >= 0\.10\.0/);
  });
  test('call before 0.15 fails with the upgrade', () => {
    expect(() => at('0.13.1', { call: 'check' })).toThrow(/Input "call": buildx >= 0\.15\.0/);
    expect(at('0.15.0', { call: 'check' }).argv).toEqual(expect.arrayContaining(['--call', 'check']));
  });
  test('metadata-file only from 0.6', () => {
    expect(at('0.5.1', {}).argv).not.toContain('--metadata-file');
    expect(at('0.6.0', {}).argv).toContain('--metadata-file');
  });
  test('rawjson progress only from 0.12: older buildx builds without the report', () => {
    const r = at('0.11.2', {});
    expect(r.argv).not.toContain('--progress=rawjson');
    expect(r.rawjson).toBe(false);
    expect(r.warnings.join()).toMatch(/rawjson.*0\.12\.0/);
  });
});

describe('default provenance, as build-push-action adds it', () => {
  const withDefaults = (over: Partial<ArgvInput>, values: Record<string, string> = {}) => argv(values, { env: {}, ...over }).argv;
  test('public repository: mode=max with the builder id', () => {
    expect(withDefaults({})).toEqual(expect.arrayContaining(['--attest', `type=provenance,mode=max,builder-id=${RUN_URL}`]));
  });
  test('private repository: mode=min, inline-only', () => {
    expect(withDefaults({ repoPrivate: true })).toEqual(
      expect.arrayContaining(['--attest', `type=provenance,mode=min,inline-only=true,builder-id=${RUN_URL}`])
    );
  });
  test('not with load, not with BUILDX_NO_DEFAULT_ATTESTATIONS, not on a docker driver without a -moby BuildKit', () => {
    expect(withDefaults({}, { load: 'true' })).not.toContain('--attest');
    expect(withDefaults({ env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } })).not.toContain('--attest');
    expect(withDefaults({ buildx: { version: '0.13.1', buildkitVersion: 'v0.0.0+unknown', driver: 'docker' } })).not.toContain('--attest');
    expect(withDefaults({ buildx: { version: '0.13.1', buildkitVersion: 'v0.13.2-moby', driver: 'docker' } })).toContain('--attest');
  });
});

test('the default git context gets the GitHub token as a secret, never a path context', () => {
  const git = argv({ 'github-token': 'ghs_abc' }, { gitContext: true, context: 'https://github.com/acme/shop.git#abc' });
  expect(git.argv).toEqual(expect.arrayContaining(['--secret', 'id=GIT_AUTH_TOKEN.github.com,src=/t/secrets/secret-0']));
  expect(git.argv.join(' ')).not.toContain('ghs_abc');
  expect(argv({ 'github-token': 'ghs_abc' }).argv).not.toContain('--secret');
});
