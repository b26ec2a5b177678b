// Drop-in compatibility with docker/build-push-action: inputs + buildx version + BuildKit
// version/driver + environment → the exact argv. With explicit cache-from/cache-to or
// `cache: none` the argv must be build-push-action's, plus only `--progress=rawjson`
// (build-push-action passes --iidfile and --metadata-file itself).
//
// The expected argvs are written from build-push-action's README and the expectations of
// its __tests__/context.test.ts (numbers #n below), not from our code. String secrets go
// to temp files in both actions; their paths are written <secret-file> here.
import fc from 'fast-check';
import { readInputs } from '../../../src/inputs/inputs.js';
import { InputError } from '../../../src/common/errors.js';
import { planBuild, planJson, renderPlanText, type BuildPlan, type PlanSecrets } from '../../../src/plan/build-plan.js';
import { gitContextFromEnv, workflowRunUrl } from '../../../src/plan/git-context.js';

const TEMP = '/home/runner/work/_temp/buildstage';
const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const SECRET_FILE = '<secret-file>';
const IID = '<iidfile>';
const META = '<metadata-file>';
const EXISTING_FILES = new Set(['./secret.txt', './certs/a,b.pem']);

interface Env {
  server?: string;
  event?: string;
  private?: boolean;
  noDefaultAttestations?: string;
}
interface Builder {
  buildx: string;
  buildkit: string;
  driver: string;
}
const CURRENT: Builder = { buildx: '0.13.1', buildkit: 'v0.13.2', driver: 'docker-container' };

function runEnv(e: Env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GITHUB_SERVER_URL: e.server ?? 'https://github.com',
    GITHUB_REPOSITORY: 'docker/build-push-action',
    GITHUB_RUN_ID: '123456789',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REF: 'refs/heads/master',
    GITHUB_SHA: SHA,
    GITHUB_EVENT_NAME: e.event ?? 'push'
  };
  if (e.noDefaultAttestations !== undefined) env.BUILDX_NO_DEFAULT_ATTESTATIONS = e.noDefaultAttestations;
  return env;
}

const runUrl = (server = 'https://github.com') => `${server}/docker/build-push-action/actions/runs/123456789/attempts/1`;
const gitCtx = (server = 'https://github.com') => `${server}/docker/build-push-action.git#${SHA}`;

/** Inputs as the runner passes them (action.yml defaults, `cache: none` unless given). */
function plan(values: Record<string, string>, builder: Partial<Builder> = {}, e: Env = {}): { plan: BuildPlan; secrets: PlanSecrets } {
  const b = { ...CURRENT, ...builder };
  const env = runEnv(e);
  const ctx = gitContextFromEnv(env, { repository: { default_branch: 'master', private: e.private ?? false } });
  const withDefaults: Record<string, string> = { cache: 'none', load: 'false', 'no-cache': 'false', pull: 'false', push: 'false', ...values };
  const inputs = readInputs((name) => withDefaults[name] ?? '', workflowRunUrl(ctx));
  return planBuild({
    inputs,
    ctx,
    buildx: { version: b.buildx, buildkitVersion: b.buildkit, driver: b.driver, containerdStore: true },
    env,
    now: new Date('2026-01-10T00:30:00Z'),
    tempDir: TEMP,
    fileExists: (p) => EXISTING_FILES.has(p)
  });
}

/** Our argv with our file paths written as placeholders, and `--progress=rawjson` removed. */
function asBuildPushAction(p: BuildPlan): string[] {
  return p.argv
    .filter((a) => a !== '--progress=rawjson')
    .map((a) => (a === p.paths.iidFile ? IID : a === p.paths.metadataFile ? META : a))
    .map((a) => a.replace(new RegExp(`src=${p.paths.secretDir}/[^,]+`), `src=${SECRET_FILE}`));
}

function versionAtLeast(v: string, min: string): boolean {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return true;
}

/** The argv is build-push-action's plus `--progress=rawjson` right after `build`, exactly when buildx >= 0.12. */
function expectBuildPushActionArgv(p: BuildPlan, buildx: string, expected: string[]): void {
  const rawjson = versionAtLeast(buildx, '0.12.0');
  expect(p.argv.filter((a) => a === '--progress=rawjson')).toHaveLength(rawjson ? 1 : 0);
  if (rawjson) expect(p.argv[1]).toBe('--progress=rawjson');
  expect(asBuildPushAction(p)).toEqual(expected);
}

interface Row {
  name: string;
  inputs: Record<string, string>;
  builder?: Partial<Builder>;
  env?: Env;
  expected: string[];
}
const NO_DEFAULT: Env = { noDefaultAttestations: '1' };
const row = (name: string, inputs: Record<string, string>, expected: string[], builder?: Partial<Builder>, env: Env = NO_DEFAULT): Row => ({
  name,
  inputs,
  builder,
  env,
  expected
});

const ROWS: Row[] = [
  // --- each input, as build-push-action documents and tests it ---
  row('nothing but the context (#5 shape)', { context: '.' }, ['build', '--iidfile', IID, '--metadata-file', META, '.']),
  row(
    'add-hosts, comma separated (#13)',
    {
      context: '.',
      'add-hosts': 'docker:10.180.0.1,foo:10.0.0.1',
      file: './test/Dockerfile',
      tags: 'localhost:5000/name/app:latest',
      network: 'host',
      push: 'true'
    },
    [
      'build',
      '--add-host',
      'docker:10.180.0.1',
      '--add-host',
      'foo:10.0.0.1',
      '--file',
      './test/Dockerfile',
      '--iidfile',
      IID,
      '--tag',
      'localhost:5000/name/app:latest',
      '--metadata-file',
      META,
      '--network',
      'host',
      '--push',
      '.'
    ],
    { buildx: '0.6.0' }
  ),
  row(
    'add-hosts per line, cgroup-parent, shm-size, ulimit (#14)',
    {
      context: '.',
      'add-hosts': 'docker:10.180.0.1\nfoo:10.0.0.1',
      'cgroup-parent': 'foo',
      file: './test/Dockerfile',
      'shm-size': '2g',
      ulimit: 'nofile=1024:1024\nnproc=3'
    },
    [
      'build',
      '--add-host',
      'docker:10.180.0.1',
      '--add-host',
      'foo:10.0.0.1',
      '--cgroup-parent',
      'foo',
      '--file',
      './test/Dockerfile',
      '--iidfile',
      IID,
      '--shm-size',
      '2g',
      '--ulimit',
      'nofile=1024:1024',
      '--ulimit',
      'nproc=3',
      '--metadata-file',
      META,
      '.'
    ],
    { buildx: '0.7.0' }
  ),
  row('allow', { context: '.', allow: 'network.host,security.insecure' }, [
    'build',
    '--allow',
    'network.host',
    '--allow',
    'security.insecure',
    '--iidfile',
    IID,
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'annotations on buildx 0.12 (#29)',
    {
      context: '.',
      annotations: 'example1=www\nindex:example2=xxx\nmanifest:example3=yyy\nmanifest-descriptor[linux/amd64]:example4=zzz',
      outputs: 'type=local,dest=./release-out'
    },
    [
      'build',
      '--annotation',
      'example1=www',
      '--annotation',
      'index:example2=xxx',
      '--annotation',
      'manifest:example3=yyy',
      '--annotation',
      'manifest-descriptor[linux/amd64]:example4=zzz',
      '--output',
      'type=local,dest=./release-out',
      '--metadata-file',
      META,
      '.'
    ],
    { buildx: '0.12.0' }
  ),
  row(
    'annotations ignored on buildx 0.11 (#28)',
    { context: '.', annotations: 'example1=www', outputs: 'type=local,dest=./release-out' },
    ['build', '--output', 'type=local,dest=./release-out', '--metadata-file', META, '.'],
    { buildx: '0.11.0' }
  ),
  row('attests', { context: '.', attests: 'type=sbom,generator=image' }, [
    'build',
    '--iidfile',
    IID,
    '--attest',
    'type=sbom,generator=image',
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'build-args with commas and a quoted multi-line value (#1)',
    { context: '.', 'build-args': 'MY_ARG=val1,val2,val3\nARG=val\n"MULTILINE=aaaa\nbbbb\nccc"' },
    ['build', '--build-arg', 'MY_ARG=val1,val2,val3', '--build-arg', 'ARG=val', '--build-arg', 'MULTILINE=aaaa\nbbbb\nccc', '--iidfile', IID, '.'],
    { buildx: '0.4.2' }
  ),
  row('build-args keep # (#25)', { context: '.', 'build-args': 'FOO=bar#baz' }, [
    'build',
    '--build-arg',
    'FOO=bar#baz',
    '--iidfile',
    IID,
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'build-contexts on buildx 0.8',
    { context: '.', 'build-contexts': 'alpine=docker-image://alpine:3.20\nsrc=../src' },
    ['build', '--build-context', 'alpine=docker-image://alpine:3.20', '--build-context', 'src=../src', '--iidfile', IID, '--metadata-file', META, '.'],
    { buildx: '0.8.0' }
  ),
  row(
    'build-contexts ignored on buildx 0.7',
    { context: '.', 'build-contexts': 'alpine=docker-image://alpine:3.20' },
    ['build', '--iidfile', IID, '--metadata-file', META, '.'],
    { buildx: '0.7.0' }
  ),
  row('builder', { context: '.', builder: 'builder-git-context-2' }, [
    'build',
    '--iidfile',
    IID,
    '--builder',
    'builder-git-context-2',
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'cache-from and cache-to as written, one per line (README List example)',
    { context: '.', cache: 'auto', 'cache-from': 'user/app:cache\ntype=local,src=path/to/dir', 'cache-to': 'type=local,dest=path/to/dir,mode=max' },
    [
      'build',
      '--cache-from',
      'user/app:cache',
      '--cache-from',
      'type=local,src=path/to/dir',
      '--cache-to',
      'type=local,dest=path/to/dir,mode=max',
      '--iidfile',
      IID,
      '--metadata-file',
      META,
      '.'
    ]
  ),
  row('call on buildx 0.15', { context: '.', call: 'check' }, ['build', '--call', 'check', '--iidfile', IID, '--metadata-file', META, '.'], {
    buildx: '0.15.0'
  }),
  row('context: a path', { context: './docker' }, ['build', '--iidfile', IID, '--metadata-file', META, './docker']),
  row('context: empty is the Git context of the commit', {}, ['build', '--iidfile', IID, '--metadata-file', META, gitCtx()]),
  row(
    'context: {{defaultContext}}:docker (README Git context, #15)',
    { context: '{{defaultContext}}:docker' },
    ['build', '--iidfile', IID, '--metadata-file', META, `${gitCtx()}:docker`],
    { buildx: '0.7.0' }
  ),
  row('file', { context: '.', file: './test/Dockerfile' }, ['build', '--file', './test/Dockerfile', '--iidfile', IID, '--metadata-file', META, '.']),
  row(
    'labels keep commas (#3)',
    {
      context: '.',
      labels:
        'org.opencontainers.image.title=buildkit\norg.opencontainers.image.description=concurrent, cache-efficient, and Dockerfile-agnostic builder toolkit',
      outputs: 'type=local,dest=./release-out'
    },
    [
      'build',
      '--label',
      'org.opencontainers.image.title=buildkit',
      '--label',
      'org.opencontainers.image.description=concurrent, cache-efficient, and Dockerfile-agnostic builder toolkit',
      '--output',
      'type=local,dest=./release-out',
      '.'
    ],
    { buildx: '0.4.2' }
  ),
  row(
    'labels keep inner quotes (#12)',
    {
      context: '.',
      labels:
        'org.opencontainers.image.title=filter_results_top_n\norg.opencontainers.image.description=Reference implementation of operation "filter results (top-n)"',
      outputs: 'type=local,dest=./release-out'
    },
    [
      'build',
      '--label',
      'org.opencontainers.image.title=filter_results_top_n',
      '--label',
      'org.opencontainers.image.description=Reference implementation of operation "filter results (top-n)"',
      '--output',
      'type=local,dest=./release-out',
      '.'
    ],
    { buildx: '0.4.2' }
  ),
  row('load', { context: '.', load: 'true' }, ['build', '--iidfile', IID, '--load', '--metadata-file', META, '.']),
  row('network', { context: '.', network: 'host' }, ['build', '--iidfile', IID, '--metadata-file', META, '--network', 'host', '.']),
  row('no-cache', { context: '.', 'no-cache': 'true' }, ['build', '--iidfile', IID, '--metadata-file', META, '--no-cache', '.']),
  row('no-cache-filters, comma separated', { context: '.', 'no-cache-filters': 'deps,build' }, [
    'build',
    '--iidfile',
    IID,
    '--no-cache-filter',
    'deps',
    '--no-cache-filter',
    'build',
    '--metadata-file',
    META,
    '.'
  ]),
  row('outputs: a bare path is the local exporter, no iidfile (#7)', { context: '.', outputs: '.' }, ['build', '--output', '.', '--metadata-file', META, '.']),
  row('outputs: tar exporter, no iidfile', { context: '.', outputs: 'type=tar,dest=out.tar' }, [
    'build',
    '--output',
    'type=tar,dest=out.tar',
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'outputs: push by digest without tags (#30)',
    { context: '.', outputs: 'type=image,"name=localhost:5000/name/app:latest,localhost:5000/name/app:foo",push-by-digest=true,name-canonical=true,push=true' },
    [
      'build',
      '--iidfile',
      IID,
      '--output',
      'type=image,"name=localhost:5000/name/app:latest,localhost:5000/name/app:foo",push-by-digest=true,name-canonical=true,push=true',
      '--metadata-file',
      META,
      '.'
    ],
    { buildx: '0.12.0' }
  ),
  row(
    'platforms on buildx 0.4.1: no iidfile (#4)',
    { context: '.', platforms: 'linux/amd64,linux/arm64' },
    ['build', '--platform', 'linux/amd64,linux/arm64', '.'],
    { buildx: '0.4.1' }
  ),
  row('platforms per line, joined with commas', { context: '.', platforms: 'linux/amd64\nlinux/arm64' }, [
    'build',
    '--iidfile',
    IID,
    '--platform',
    'linux/amd64,linux/arm64',
    '--metadata-file',
    META,
    '.'
  ]),
  row('pull', { context: '.', pull: 'true' }, ['build', '--iidfile', IID, '--metadata-file', META, '--pull', '.']),
  row('push with tags, comma and space separated (#2)', { context: '.', tags: 'name/app:7.4, name/app:latest', push: 'true' }, [
    'build',
    '--iidfile',
    IID,
    '--tag',
    'name/app:7.4',
    '--tag',
    'name/app:latest',
    '--metadata-file',
    META,
    '--push',
    '.'
  ]),
  row(
    'secrets go through files (#6)',
    { context: '.', secrets: 'GIT_AUTH_TOKEN=abcdefghijklmno=0123456789' },
    ['build', '--iidfile', IID, '--secret', `id=GIT_AUTH_TOKEN,src=${SECRET_FILE}`, '.'],
    { buildx: '0.4.2' }
  ),
  row(
    'secrets: quoted multi-line values (#9)',
    { context: '.', secrets: 'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar\n"EMPTYLINE=aaaa\n\nbbbb\nccc"' },
    [
      'build',
      '--iidfile',
      IID,
      '--secret',
      `id=GIT_AUTH_TOKEN,src=${SECRET_FILE}`,
      '--secret',
      `id=MYSECRET,src=${SECRET_FILE}`,
      '--secret',
      `id=FOO,src=${SECRET_FILE}`,
      '--secret',
      `id=EMPTYLINE,src=${SECRET_FILE}`,
      '.'
    ],
    { buildx: '0.4.2' }
  ),
  row(
    'secrets: unquoted lines that are not KEY=value are skipped (#10)',
    { context: '.', secrets: 'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789\nMYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc\nFOO=bar\nEMPTYLINE=aaaa\n\nbbbb\nccc' },
    [
      'build',
      '--iidfile',
      IID,
      '--secret',
      `id=GIT_AUTH_TOKEN,src=${SECRET_FILE}`,
      '--secret',
      `id=MYSECRET,src=${SECRET_FILE}`,
      '--secret',
      `id=FOO,src=${SECRET_FILE}`,
      '--secret',
      `id=EMPTYLINE,src=${SECRET_FILE}`,
      '.'
    ],
    { buildx: '0.4.2' }
  ),
  row('secret-envs per line (#26)', { context: '.', 'secret-envs': 'MY_SECRET=MY_SECRET_ENV\nANOTHER_SECRET=ANOTHER_SECRET_ENV' }, [
    'build',
    '--secret',
    'id=MY_SECRET,env=MY_SECRET_ENV',
    '--secret',
    'id=ANOTHER_SECRET,env=ANOTHER_SECRET_ENV',
    '--iidfile',
    IID,
    '--metadata-file',
    META,
    '.'
  ]),
  row('secret-envs comma separated (#27)', { context: '.', 'secret-envs': 'MY_SECRET=MY_SECRET_ENV,ANOTHER_SECRET=ANOTHER_SECRET_ENV' }, [
    'build',
    '--secret',
    'id=MY_SECRET,env=MY_SECRET_ENV',
    '--secret',
    'id=ANOTHER_SECRET,env=ANOTHER_SECRET_ENV',
    '--iidfile',
    IID,
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'secret-files on buildx 0.5.1: no metadata-file (#11)',
    { context: '.', 'secret-files': 'MY_SECRET=./secret.txt', tags: 'localhost:5000/name/app:latest', network: 'host', push: 'true' },
    ['build', '--iidfile', IID, '--secret', 'id=MY_SECRET,src=./secret.txt', '--tag', 'localhost:5000/name/app:latest', '--network', 'host', '--push', '.'],
    { buildx: '0.5.1' }
  ),
  row('secret-files: a missing file is skipped', { context: '.', 'secret-files': 'GONE=./missing.txt\nCERT=./certs/a,b.pem' }, [
    'build',
    '--iidfile',
    IID,
    '--secret',
    'id=CERT,src=./certs/a,b.pem',
    '--metadata-file',
    META,
    '.'
  ]),
  row('ssh, comma separated', { context: '.', ssh: 'default,github=/home/runner/.ssh/id_ed25519' }, [
    'build',
    '--iidfile',
    IID,
    '--ssh',
    'default',
    '--ssh',
    'github=/home/runner/.ssh/id_ed25519',
    '--metadata-file',
    META,
    '.'
  ]),
  row('target', { context: '.', target: 'runtime' }, ['build', '--iidfile', IID, '--target', 'runtime', '--metadata-file', META, '.']),
  // --- github-token and the Git context ---
  row(
    'github-token with the Git context adds GIT_AUTH_TOKEN.<host> (#7)',
    { 'github-token': 'abcdefghijklmno0123456789', outputs: '.' },
    ['build', '--output', '.', '--secret', `id=GIT_AUTH_TOKEN.github.com,src=${SECRET_FILE}`, gitCtx()],
    { buildx: '0.4.2' }
  ),
  row(
    'github-token with {{defaultContext}}:subdir (#16)',
    { 'github-token': 'abcdefghijklmno0123456789', context: '{{defaultContext}}:subdir' },
    ['build', '--iidfile', IID, '--secret', `id=GIT_AUTH_TOKEN.github.com,src=${SECRET_FILE}`, '--metadata-file', META, `${gitCtx()}:subdir`],
    { buildx: '0.8.2' }
  ),
  row('github-token with a path context: no secret', { 'github-token': 'abcdefghijklmno0123456789', context: '.' }, [
    'build',
    '--iidfile',
    IID,
    '--metadata-file',
    META,
    '.'
  ]),
  row(
    'github-token with another Git URL: no secret',
    { 'github-token': 'abcdefghijklmno0123456789', context: 'https://github.com/docker/build-push-action.git#refs/heads/master' },
    ['build', '--iidfile', IID, '--metadata-file', META, 'https://github.com/docker/build-push-action.git#refs/heads/master']
  ),
  row(
    'github-token when secrets already has GIT_AUTH_TOKEN: no second one',
    { 'github-token': 'abcdefghijklmno0123456789', secrets: 'GIT_AUTH_TOKEN=mytoken' },
    ['build', '--iidfile', IID, '--secret', `id=GIT_AUTH_TOKEN,src=${SECRET_FILE}`, '--metadata-file', META, gitCtx()]
  ),
  row(
    'github-token when secrets has a token for another host only: the token for this host is still added',
    { 'github-token': 'abcdefghijklmno0123456789', secrets: 'GIT_AUTH_TOKEN.ghe.example.com=othertoken' },
    [
      'build',
      '--iidfile',
      IID,
      '--secret',
      `id=GIT_AUTH_TOKEN.ghe.example.com,src=${SECRET_FILE}`,
      '--secret',
      `id=GIT_AUTH_TOKEN.github.com,src=${SECRET_FILE}`,
      '--metadata-file',
      META,
      gitCtx()
    ]
  ),
  row(
    'GHES with a port: builder-id, token host and context use GITHUB_SERVER_URL (#35)',
    { 'github-token': 'abcdefghijklmno0123456789' },
    [
      'build',
      '--iidfile',
      IID,
      '--attest',
      `type=provenance,mode=min,inline-only=true,builder-id=${runUrl('http://10.0.0.5:22827')}`,
      '--secret',
      `id=GIT_AUTH_TOKEN.10.0.0.5:22827,src=${SECRET_FILE}`,
      '--metadata-file',
      META,
      gitCtx('http://10.0.0.5:22827')
    ],
    undefined,
    { server: 'http://10.0.0.5:22827', private: true }
  ),
  row(
    'GHES (#36)',
    { 'github-token': 'abcdefghijklmno0123456789' },
    [
      'build',
      '--iidfile',
      IID,
      '--attest',
      `type=provenance,mode=min,inline-only=true,builder-id=${runUrl('https://github.cds.internal.unity3d.com')}`,
      '--secret',
      `id=GIT_AUTH_TOKEN.github.cds.internal.unity3d.com,src=${SECRET_FILE}`,
      '--metadata-file',
      META,
      gitCtx('https://github.cds.internal.unity3d.com')
    ],
    undefined,
    { server: 'https://github.cds.internal.unity3d.com', private: true }
  ),
  // --- attestations: provenance, sbom, defaults ---
  row(
    'provenance ignored on buildx 0.8.2 (#17)',
    { context: '.', provenance: 'true' },
    ['build', '--iidfile', IID, '--metadata-file', META, '.'],
    { buildx: '0.8.2' },
    { private: true }
  ),
  row(
    'default provenance, private repository (#18)',
    { context: '.' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=min,inline-only=true,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'default provenance, public repository',
    { context: '.' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=max,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    undefined,
    { private: false }
  ),
  row(
    'provenance: true (#19)',
    { context: '.', provenance: 'true' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'provenance: mode=max (#20)',
    { context: '.', provenance: 'mode=max' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=max,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'provenance: false (#21)',
    { context: '.', provenance: 'false' },
    ['build', '--iidfile', IID, '--attest', 'type=provenance,disabled=true', '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'provenance: builder-id=foo (#22)',
    { context: '.', provenance: 'builder-id=foo' },
    ['build', '--iidfile', IID, '--attest', 'type=provenance,builder-id=foo', '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'outputs type=docker: no default provenance (#23)',
    { context: '.', outputs: 'type=docker' },
    ['build', '--iidfile', IID, '--output', 'type=docker', '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'load: no default provenance (#24)',
    { context: '.', load: 'true' },
    ['build', '--iidfile', IID, '--load', '--metadata-file', META, '.'],
    { buildx: '0.10.0' },
    { private: true }
  ),
  row(
    'provenance mode=max and sbom true (#31)',
    { context: '.', provenance: 'mode=max', sbom: 'true' },
    [
      'build',
      '--iidfile',
      IID,
      '--attest',
      `type=provenance,mode=max,builder-id=${runUrl()}`,
      '--attest',
      'type=sbom,disabled=false',
      '--metadata-file',
      META,
      '.'
    ],
    undefined,
    { private: true }
  ),
  row(
    'provenance input wins over a provenance attest (#32)',
    { context: '.', attests: 'type=provenance,mode=min', provenance: 'mode=max' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=max,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    undefined,
    { private: true }
  ),
  row(
    'a provenance attest gets the builder id and replaces the default (#33)',
    { context: '.', attests: 'type=provenance,mode=min' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=min,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    undefined,
    { private: true }
  ),
  row('sbom input wins over an sbom attest', { context: '.', attests: 'type=sbom,generator=image', sbom: 'false' }, [
    'build',
    '--iidfile',
    IID,
    '--attest',
    'type=sbom,disabled=true',
    '--metadata-file',
    META,
    '.'
  ]),
  row('BUILDX_NO_DEFAULT_ATTESTATIONS=1 (#34)', { context: '.' }, ['build', '--iidfile', IID, '--metadata-file', META, '.'], undefined, {
    private: true,
    noDefaultAttestations: '1'
  }),
  row(
    'BUILDX_NO_DEFAULT_ATTESTATIONS=false keeps the default',
    { context: '.' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=min,inline-only=true,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    undefined,
    { private: true, noDefaultAttestations: 'false' }
  ),
  row(
    'BuildKit 0.10: no default provenance',
    { context: '.' },
    ['build', '--iidfile', IID, '--metadata-file', META, '.'],
    { buildkit: 'v0.10.6' },
    { private: true }
  ),
  row(
    'docker driver with a -moby BuildKit >= 0.11: default provenance',
    { context: '.' },
    ['build', '--iidfile', IID, '--attest', `type=provenance,mode=min,inline-only=true,builder-id=${runUrl()}`, '--metadata-file', META, '.'],
    { driver: 'docker', buildkit: 'v0.12.5-moby' },
    { private: true }
  ),
  row(
    'docker driver with a BuildKit version not from moby: no default provenance',
    { context: '.' },
    ['build', '--iidfile', IID, '--metadata-file', META, '.'],
    { driver: 'docker', buildkit: 'v0.13.2' },
    { private: true }
  ),
  row(
    'attestations ignored on buildx 0.9',
    { context: '.', attests: 'type=sbom', provenance: 'true', sbom: 'true' },
    ['build', '--iidfile', IID, '--metadata-file', META, '.'],
    { buildx: '0.9.1' },
    { private: true }
  ),
  // --- every input at once, on a current buildx: the full order ---
  row(
    'every input at once (order of build-push-action context.ts)',
    {
      'add-hosts': 'docker:10.180.0.1',
      allow: 'network.host',
      annotations: 'index:a=b',
      attests: 'type=sbom,generator=image',
      'build-args': 'A=1,2',
      'build-contexts': 'alpine=docker-image://alpine:3.20',
      builder: 'b1',
      'cache-from': 'type=local,src=/c',
      'cache-to': 'type=local,dest=/c,mode=max',
      cache: 'auto',
      call: 'build',
      'cgroup-parent': 'cg',
      file: 'Dockerfile.ci',
      labels: 'l=1',
      load: 'true',
      network: 'host',
      'no-cache': 'true',
      'no-cache-filters': 'deps',
      outputs: 'type=image,name=r.example/app,push=false',
      platforms: 'linux/amd64',
      provenance: 'mode=max',
      pull: 'true',
      push: 'true',
      sbom: 'true',
      secrets: 'S=v4lue',
      'secret-envs': 'E=ENV_E',
      'secret-files': 'F=./secret.txt',
      'shm-size': '1g',
      ssh: 'default',
      tags: 'r.example/app:1',
      target: 't',
      ulimit: 'nproc=3',
      'github-token': 'ghs_tok3n',
      context: ''
    },
    [
      'build',
      '--add-host',
      'docker:10.180.0.1',
      '--allow',
      'network.host',
      '--annotation',
      'index:a=b',
      '--build-arg',
      'A=1,2',
      '--build-context',
      'alpine=docker-image://alpine:3.20',
      '--cache-from',
      'type=local,src=/c',
      '--cache-to',
      'type=local,dest=/c,mode=max',
      '--call',
      'build',
      '--cgroup-parent',
      'cg',
      '--secret',
      'id=E,env=ENV_E',
      '--file',
      'Dockerfile.ci',
      '--iidfile',
      IID,
      '--label',
      'l=1',
      '--no-cache-filter',
      'deps',
      '--output',
      'type=image,name=r.example/app,push=false',
      '--platform',
      'linux/amd64',
      '--attest',
      `type=provenance,mode=max,builder-id=${runUrl()}`,
      '--attest',
      'type=sbom,disabled=false',
      '--secret',
      `id=S,src=${SECRET_FILE}`,
      '--secret',
      'id=F,src=./secret.txt',
      '--secret',
      `id=GIT_AUTH_TOKEN.github.com,src=${SECRET_FILE}`,
      '--shm-size',
      '1g',
      '--ssh',
      'default',
      '--tag',
      'r.example/app:1',
      '--target',
      't',
      '--ulimit',
      'nproc=3',
      '--builder',
      'b1',
      '--load',
      '--metadata-file',
      META,
      '--network',
      'host',
      '--no-cache',
      '--pull',
      '--push',
      gitCtx()
    ],
    { buildx: '0.21.0', buildkit: 'v0.20.2' }
  )
];

describe('argv equals build-push-action argv plus --progress=rawjson', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const buildx = r.builder?.buildx ?? CURRENT.buildx;
    expectBuildPushActionArgv(plan(r.inputs, r.builder, r.env).plan, buildx, r.expected);
  });
});

describe('version gates', () => {
  test.each([
    ['annotations', { annotations: 'example1=www' }, '0.11.0', /annotations.*0\.12\.0|0\.12\.0.*annotations/],
    ['build-contexts', { 'build-contexts': 'alpine=docker-image://alpine:3.20' }, '0.7.0', /build-contexts.*0\.8\.0|0\.8\.0.*build-contexts/],
    ['attests/provenance/sbom', { provenance: 'true' }, '0.9.1', /0\.10\.0/]
  ] as const)('%s on buildx %s is ignored with a warning naming the version needed', (_n, values, buildx, warning) => {
    const p = plan({ context: '.', ...values }, { buildx }).plan;
    expect(p.warnings.filter((w) => warning.test(w))).toHaveLength(1);
  });

  test('call on buildx 0.13.1 fails naming the input and buildx 0.15.0', () => {
    expect(() => plan({ context: '.', call: 'check' }, { buildx: '0.13.1' })).toThrow(/call.*0\.15\.0|0\.15\.0.*call/);
  });

  test.each([
    ['0.5.1', false],
    ['0.6.0', true]
  ])('metadata-file on buildx %s: %p', (buildx, present) => {
    expect(plan({ context: '.' }, { buildx }).plan.argv.includes('--metadata-file')).toBe(present);
  });

  test.each([
    ['0.11.2', false],
    ['0.12.0', true],
    ['0.21.0', true]
  ])('rawjson progress on buildx %s: %p', (buildx, present) => {
    const p = plan({ context: '.' }, { buildx }).plan;
    expect([p.rawjson, p.argv.includes('--progress=rawjson')]).toEqual([present, present]);
  });
});

describe('secrets', () => {
  const SECRET_VALUES = ['abcdefghi,jklmno=0123456789', 'aaaa\n\nbbbb\nccc', 'ghs_0nlyInTheFile'];
  const values = { context: '', secrets: `NPM_TOKEN=${SECRET_VALUES[0]}\n"EMPTYLINE=${SECRET_VALUES[1]}"`, 'github-token': SECRET_VALUES[2] };

  test('each string secret is a temp file under the plan secret dir, referenced as id=KEY,src=<path>', () => {
    const { plan: p, secrets } = plan(values);
    expect(secrets.files.map((f) => [f.id, f.value])).toEqual([
      ['NPM_TOKEN', SECRET_VALUES[0]],
      ['EMPTYLINE', SECRET_VALUES[1]],
      ['GIT_AUTH_TOKEN.github.com', SECRET_VALUES[2]]
    ]);
    const secretArgs = p.argv.filter((_a, k) => p.argv[k - 1] === '--secret');
    expect(secretArgs).toEqual(secrets.files.map((f) => `id=${f.id},src=${f.path}`));
    expect(new Set(secrets.files.map((f) => f.path)).size).toBe(3);
    expect(secrets.files.every((f) => f.path.startsWith(`${p.paths.secretDir}/`))).toBe(true);
  });

  test.each(SECRET_VALUES.map((v) => [JSON.stringify(v), v]))('the value %s is in no argv, planJson or plan text', (_n, value) => {
    const { plan: p } = plan(values);
    const shown = [p.argv.join('\n'), JSON.stringify(planJson(p)), renderPlanText(p), JSON.stringify(p)];
    for (const text of shown) expect(text).not.toContain(value);
  });

  test('planJson lists the secret ids only', () => {
    expect(planJson(plan(values).plan).secrets).toEqual(['NPM_TOKEN', 'EMPTYLINE', 'GIT_AUTH_TOKEN.github.com']);
  });

  test('GIT_AUTH_TOKEN comes only with the default Git context', () => {
    const ids = (context: string) => plan({ context, 'github-token': 'tok' }).secrets.files.map((f) => f.id);
    expect([ids(''), ids('.'), ids('https://github.com/other/repo.git')]).toEqual([['GIT_AUTH_TOKEN.github.com'], [], []]);
  });
});

// ---------------------------------------------------------------------------------------
// Issue 8 item 3, as a property: for random combinations of every input, our argv minus
// `--progress=rawjson` equals the argv of a reference model of build-push-action written
// below from its README and tests (context.ts order, version gates, attestation rules).
// Inputs are generated as structured entries and rendered into the raw strings a workflow
// would pass (comma or newline separated, quoted, padded), so the model needs no parser.
// ---------------------------------------------------------------------------------------

const SERVERS = ['https://github.com', 'https://ghe.example.com', 'http://10.0.0.5:22827'];
const BUILDX = ['0.4.1', '0.4.2', '0.6.0', '0.8.0', '0.10.0', '0.12.0', '0.13.1', '0.15.0', '0.21.0'];
const BUILDERS: Array<[string, string]> = [
  ['docker-container', 'v0.13.2'],
  ['docker-container', 'v0.10.6'],
  ['docker', 'v0.12.5-moby'],
  ['docker', 'v0.13.2'],
  ['remote', 'v0.20.1']
];
const BOOLS = ['', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
const SECRET_ENTRIES = [
  'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789',
  'FOO=s3cr3t-foo',
  'MULTI=m1-line1\nm1-line2',
  'KEY=-----BEGIN KEY-----\nk3y\n-----END KEY-----\n',
  'SPACES=  sp4ce-value  ',
  'not-a-secret',
  'EMPTY='
];
const VOCAB = {
  'add-hosts': ['docker:10.180.0.1', 'foo:10.0.0.1', 'host.docker.internal:host-gateway'],
  allow: ['network.host', 'security.insecure'],
  annotations: ['example1=www', 'index:example2=xxx', 'manifest:org.opencontainers.image.description=a, b', 'manifest-descriptor[linux/amd64]:example4=zzz'],
  attests: ['type=sbom,generator=image', 'type=sbom,disabled=false', 'type=provenance,mode=min', 'type=provenance,mode=max,builder-id=foo'],
  'build-args': ['MY_ARG=val1,val2,val3', 'ARG=val', 'FOO=bar#baz', 'MULTILINE=aaaa\nbbbb', 'EMPTY='],
  'build-contexts': ['alpine=docker-image://alpine:3.20', 'src=../src', 'base=target:base'],
  'cache-from': ['user/app:cache', 'type=local,src=path/to/dir', 'type=registry,ref=r.example/app:buildcache'],
  'cache-to': ['type=local,dest=path/to/dir,mode=max', 'type=inline', 'type=registry,ref=r.example/app:buildcache,mode=max,image-manifest=true'],
  labels: [
    'org.opencontainers.image.title=buildkit',
    'org.opencontainers.image.description=concurrent, cache-efficient, and Dockerfile-agnostic builder toolkit',
    'org.example.quote=operation "filter results (top-n)"'
  ],
  'no-cache-filters': ['deps', 'build'],
  outputs: [
    'type=local,dest=./release-out',
    'type=tar,dest=out.tar',
    'type=docker',
    'type=image,name=r.example/app,push=false',
    'out/dir',
    'type=image,"name=r.example/a:1,r.example/a:2",push=false'
  ],
  platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
  secrets: SECRET_ENTRIES,
  'secret-envs': ['MY_SECRET=MY_SECRET_ENV', 'ANOTHER_SECRET=ANOTHER_SECRET_ENV', 'BROKEN'],
  'secret-files': ['MY_SECRET=./secret.txt', 'CERT=./certs/a,b.pem', 'GONE=./missing.txt'],
  ssh: ['default', 'github=/home/runner/.ssh/id_ed25519'],
  tags: ['name/app:7.4', 'name/app:latest', 'ghcr.io/acme/shop:sha-860c190', '127.0.0.1:5000/shop:dev'],
  ulimit: ['nofile=1024:1024', 'nproc=3']
} as const;
type ListName = keyof typeof VOCAB;
const CSV_LISTS: ListName[] = ['add-hosts', 'allow', 'no-cache-filters', 'platforms', 'secret-envs', 'ssh', 'tags'];
const STRINGS = {
  builder: ['', 'builder-1'],
  call: ['', 'check', 'outline'],
  'cgroup-parent': ['', 'foo'],
  context: ['', '.', 'apps/api', 'https://github.com/other/repo.git#main'],
  file: ['', './test/Dockerfile'],
  network: ['', 'host', 'none'],
  provenance: ['', 'true', 'True', 'false', 'FALSE', 'mode=max', 'mode=min', 'builder-id=foo', 'mode=max,builder-id=foo', '1', '0'],
  sbom: ['', 'true', 'false', 'generator=image'],
  'shm-size': ['', '2g'],
  target: ['', 'runtime'],
  'github-token': ['', 'ghs_exampletoken0123456789']
} as const;
type StringName = keyof typeof STRINGS;
const BOOL_NAMES = ['load', 'no-cache', 'pull', 'push'] as const;

interface Combo {
  buildx: string;
  builder: [string, string];
  server: string;
  event: string;
  private: boolean;
  noDefault: string | undefined;
  cache: 'none' | 'explicit';
  lists: Record<ListName, string[]>;
  strings: Record<StringName, string>;
  bools: Record<(typeof BOOL_NAMES)[number], string>;
  style: number;
}

const comboArb: fc.Arbitrary<Combo> = fc.record({
  buildx: fc.constantFrom(...BUILDX),
  builder: fc.constantFrom(...BUILDERS),
  server: fc.constantFrom(...SERVERS),
  event: fc.constantFrom('push', 'pull_request'),
  private: fc.boolean(),
  noDefault: fc.constantFrom(undefined, '1', 'true', '0', 'false'),
  cache: fc.constantFrom('none' as const, 'explicit' as const),
  lists: fc.record(
    Object.fromEntries(
      Object.entries(VOCAB).map(([k, v]) => [k, fc.shuffledSubarray([...v], { maxLength: Math.min(v.length, k === 'outputs' ? 2 : 3) })])
    ) as Record<ListName, fc.Arbitrary<string[]>>
  ),
  strings: fc.record(Object.fromEntries(Object.entries(STRINGS).map(([k, v]) => [k, fc.constantFrom(...v)])) as Record<StringName, fc.Arbitrary<string>>),
  bools: fc.record(Object.fromEntries(BOOL_NAMES.map((k) => [k, fc.constantFrom(...BOOLS)])) as Record<(typeof BOOL_NAMES)[number], fc.Arbitrary<string>>),
  style: fc.nat(11)
});

/** How a workflow author might write a list: the README's comma or newline forms, quoted, padded. */
function renderList(name: ListName, entries: string[], style: number): string {
  const needsQuotes = (e: string) => e.includes('\n');
  const quote = (e: string) => `"${e}"`;
  if (CSV_LISTS.includes(name)) {
    const forms = [
      entries.join(','),
      entries.join(', '),
      entries.join('\n'),
      entries.map(quote).join(','),
      `${entries.join('\n')}\n\n`,
      entries.map((e) => `  ${e} `).join('\n')
    ];
    return forms[style % forms.length];
  }
  const canQuote = (e: string) => name !== 'outputs' && !e.includes('"');
  const keep = name === 'secrets';
  const line = (e: string) => (needsQuotes(e) ? quote(e) : e);
  const forms = [
    entries.map(line).join('\n'),
    `\n${entries.map(line).join('\n\n')}\n`,
    entries.map((e) => (needsQuotes(e) ? quote(e) : keep ? e : `   ${e}\t`)).join('\n'),
    entries.map((e) => (needsQuotes(e) || canQuote(e) ? quote(e) : e)).join('\n')
  ];
  return forms[style % forms.length];
}

function comboInputs(c: Combo): Record<string, string> {
  const raw: Record<string, string> = { ...c.strings, ...c.bools };
  for (const name of Object.keys(VOCAB) as ListName[]) raw[name] = renderList(name, c.lists[name], c.style);
  if (c.cache === 'none') {
    raw.cache = 'none';
    raw['cache-from'] = '';
    raw['cache-to'] = '';
  } else if (c.lists['cache-from'].length + c.lists['cache-to'].length === 0) {
    raw['cache-from'] = VOCAB['cache-from'][0];
  }
  return raw;
}

const isTrue = (v: string) => ['true', 'True', 'TRUE'].includes(v);
const GO_BOOLS: Record<string, boolean> = {
  1: true,
  t: true,
  T: true,
  true: true,
  TRUE: true,
  True: true,
  0: false,
  f: false,
  F: false,
  false: false,
  FALSE: false,
  False: false
};

/** build-push-action's argv for a combination, from its README and context.ts tests. */
function referenceArgv(c: Combo): { argv: string[]; secretValues: string[] } | { throws: RegExp } {
  const L = { ...c.lists };
  if (c.cache === 'none') {
    L['cache-from'] = [];
    L['cache-to'] = [];
  } else if (L['cache-from'].length + L['cache-to'].length === 0) {
    L['cache-from'] = [VOCAB['cache-from'][0]];
  }
  const S = c.strings;
  const B = { load: isTrue(c.bools.load), noCache: isTrue(c.bools['no-cache']), pull: isTrue(c.bools.pull), push: isTrue(c.bools.push) };
  if (B.push && L.tags.length === 0) return { throws: /tags/ };
  const at = (min: string) => versionAtLeast(c.buildx, min);
  if (S.call && !at('0.15.0')) return { throws: /0\.15\.0/ };

  const runURL = `${c.server}/docker/build-push-action/actions/runs/123456789/attempts/1`;
  const defaultContext = `${c.server}/docker/build-push-action.git#${SHA}`;
  const context = S.context || defaultContext;
  const fields = (entry: string) => entry.split(',').map((f) => f.trim());
  const exporter = (kind: string) => {
    for (const o of L.outputs) {
      if (!o.includes(',') && !o.startsWith('type=')) return kind === 'local';
      if (fields(o).includes(`type=${kind}`)) return true;
    }
    return false;
  };
  const attrs = (s: string) =>
    fields(s)
      .map((a) => (a in GO_BOOLS ? `disabled=${!GO_BOOLS[a]}` : a))
      .join(',');
  const withBuilderId = (s: string) => (fields(s).some((f) => f.split('=')[0] === 'builder-id') ? s : `${s},builder-id=${runURL}`);
  const kvp = (s: string): [string, string] | null => {
    const i = s.indexOf('=');
    const [k, v] = i < 0 ? ['', s] : [s.slice(0, i), s.slice(i + 1)];
    return k && v ? [k, v] : null;
  };

  const argv = ['build'];
  const secretValues: string[] = [];
  const each = (flag: string, xs: readonly string[]) => {
    for (const x of xs) argv.push(flag, x);
  };
  each('--add-host', L['add-hosts']);
  each('--allow', L.allow);
  if (at('0.12.0')) each('--annotation', L.annotations);
  each('--build-arg', L['build-args']);
  if (at('0.8.0')) each('--build-context', L['build-contexts']);
  each('--cache-from', L['cache-from']);
  each('--cache-to', L['cache-to']);
  if (S.call) argv.push('--call', S.call);
  if (S['cgroup-parent']) argv.push('--cgroup-parent', S['cgroup-parent']);
  for (const e of L['secret-envs']) {
    const p = kvp(e);
    if (p) argv.push('--secret', `id=${p[0]},env=${p[1]}`);
  }
  if (S.file) argv.push('--file', S.file);
  if (!exporter('local') && !exporter('tar') && (L.platforms.length === 0 || at('0.4.2'))) argv.push('--iidfile', IID);
  each('--label', L.labels);
  each('--no-cache-filter', L['no-cache-filters']);
  each('--output', L.outputs);
  if (L.platforms.length > 0) argv.push('--platform', L.platforms.join(','));
  if (at('0.10.0')) {
    const isType = (e: string, t: string) => fields(e).includes(`type=${t}`);
    const prov =
      S.provenance === ''
        ? ''
        : isTrue(S.provenance)
          ? `builder-id=${runURL}`
          : ['false', 'False', 'FALSE'].includes(S.provenance)
            ? 'false'
            : withBuilderId(S.provenance);
    const [driver, bk] = c.builder;
    const bkOk = (driver !== 'docker' || bk.endsWith('-moby')) && versionAtLeast(bk.replace(/^v/, '').replace(/-moby$/, ''), '0.11.0');
    const noDefault = c.noDefault !== undefined && GO_BOOLS[c.noDefault];
    if (prov) argv.push('--attest', attrs(`type=provenance,${prov}`));
    else if (!L.attests.some((a) => isType(a, 'provenance')) && !noDefault && bkOk && !(B.load || exporter('docker'))) {
      argv.push('--attest', `type=provenance,${withBuilderId(c.private ? 'mode=min,inline-only=true' : 'mode=max')}`);
    }
    if (S.sbom) argv.push('--attest', attrs(`type=sbom,${S.sbom}`));
    for (const a of L.attests) {
      if (!isType(a, 'provenance') && !isType(a, 'sbom')) argv.push('--attest', attrs(a));
      else if (!prov && isType(a, 'provenance')) argv.push('--attest', withBuilderId(a));
      else if (!S.sbom && isType(a, 'sbom')) argv.push('--attest', a);
    }
  }
  for (const s of L.secrets) {
    const p = kvp(s);
    if (!p) continue;
    argv.push('--secret', `id=${p[0]},src=${SECRET_FILE}`);
    secretValues.push(p[1]);
  }
  for (const s of L['secret-files']) {
    const p = kvp(s);
    if (p && EXISTING_FILES.has(p[1])) argv.push('--secret', `id=${p[0]},src=${p[1]}`);
  }
  if (S['github-token'] && !L.secrets.some((s) => s.startsWith('GIT_AUTH_TOKEN=')) && context.startsWith(defaultContext)) {
    argv.push('--secret', `id=GIT_AUTH_TOKEN.${new URL(c.server).host},src=${SECRET_FILE}`);
    secretValues.push(S['github-token']);
  }
  if (S['shm-size']) argv.push('--shm-size', S['shm-size']);
  each('--ssh', L.ssh);
  each('--tag', L.tags);
  if (S.target) argv.push('--target', S.target);
  each('--ulimit', L.ulimit);
  if (S.builder) argv.push('--builder', S.builder);
  if (B.load) argv.push('--load');
  if (at('0.6.0')) argv.push('--metadata-file', META);
  if (S.network) argv.push('--network', S.network);
  if (B.noCache) argv.push('--no-cache');
  if (B.pull) argv.push('--pull');
  if (B.push) argv.push('--push');
  argv.push(context);
  return { argv, secretValues };
}

function planCombo(c: Combo) {
  const [driver, buildkit] = c.builder;
  const env: Env = { server: c.server, event: c.event, private: c.private, noDefaultAttestations: c.noDefault };
  return plan(comboInputs(c), { buildx: c.buildx, driver, buildkit }, env);
}

describe('property: argv minus --progress=rawjson equals build-push-action argv', () => {
  test('for 600 random combinations of every input, buildx version, builder and environment', () => {
    fc.assert(
      fc.property(comboArb, (c) => {
        const expected = referenceArgv(c);
        if ('throws' in expected) {
          expect(() => planCombo(c)).toThrow(expected.throws);
          return;
        }
        const { plan: p } = planCombo(c);
        expectBuildPushActionArgv(p, c.buildx, expected.argv);
      }),
      { numRuns: 600, seed: 20260110 }
    );
  });

  test('for the same combinations, the secret files hold the values and no value reaches argv or planJson', () => {
    fc.assert(
      fc.property(comboArb, (c) => {
        const expected = referenceArgv(c);
        fc.pre(!('throws' in expected));
        if ('throws' in expected) return;
        const { plan: p, secrets } = planCombo(c);
        expect(secrets.files.map((f) => f.value)).toEqual(expected.secretValues);
        const shown = p.argv.join('\n') + JSON.stringify(planJson(p));
        for (const v of expected.secretValues) expect(shown).not.toContain(v);
      }),
      { numRuns: 300, seed: 20260111 }
    );
  });

  test('the generator reaches every input, every buildx version and both cache modes', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(comboArb, (c) => {
        const r = referenceArgv(c);
        if ('throws' in r) return;
        for (const a of r.argv) if (a.startsWith('--')) seen.add(a);
        seen.add(`buildx ${c.buildx}`);
        seen.add(`cache ${c.cache}`);
      }),
      { numRuns: 600, seed: 20260110 }
    );
    const flags = [
      '--add-host',
      '--allow',
      '--annotation',
      '--attest',
      '--build-arg',
      '--build-context',
      '--builder',
      '--cache-from',
      '--cache-to',
      '--call',
      '--cgroup-parent',
      '--file',
      '--iidfile',
      '--label',
      '--load',
      '--metadata-file',
      '--network',
      '--no-cache',
      '--no-cache-filter',
      '--output',
      '--platform',
      '--pull',
      '--push',
      '--secret',
      '--shm-size',
      '--ssh',
      '--tag',
      '--target',
      '--ulimit'
    ];
    const wanted = [...flags, ...BUILDX.map((v) => `buildx ${v}`), 'cache none', 'cache explicit'];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  });
});

test('push without a tag or an image is refused (build-push-action would let buildx fail)', () => {
  expect(() => plan({ context: '.', push: 'true' })).toThrow(InputError);
});
