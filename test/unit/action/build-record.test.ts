// Build records as docker/build-push-action keeps them: what the environment, the buildx
// version and the driver decide (pure), the summary section, and the shell step's
// failures (a fake `docker` on PATH, an injected uploader) only warning.
import { chmodSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  artifactRelativeUrl,
  buildRefFromMetadata,
  isGhes,
  parseBuildRef,
  pickRefSince,
  planBuildRecord,
  recordArtifactName,
  recordSettings,
  renderBuildRecordMarkdown,
  type RecordFacts
} from '../../../src/actions/build/build-record.js';
import { buildRecordStep, localBuildRefs, type RecordStepInput } from '../../../src/actions/build/build-record-step.js';
import { gitContext } from '../../helpers/git-context.js';

const SERVICE = { ACTIONS_RUNTIME_TOKEN: 'jwt', ACTIONS_RESULTS_URL: 'https://results.example/' };
const REF = 'runner/runner0/qu2gsuo8ejqrwdfii23xkkckt';

function facts(over: Partial<RecordFacts> = {}): RecordFacts {
  return {
    env: { ...SERVICE },
    buildxVersion: '0.29.1',
    driver: 'docker-container',
    ref: REF,
    call: '',
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    tempDir: '/runner/tmp/bs',
    ...over
  };
}

/** One line per decision: skip (why), record without upload (why), or export + upload. */
function decide(f: RecordFacts): string {
  const p = planBuildRecord(f);
  if (p.kind === 'skip') return `skip: ${p.reason}`;
  if (!p.export) return `record, no upload: ${p.notUploaded}`;
  return `upload${p.export.argv.includes('--finalize') ? ' --finalize' : ` after ${p.export.settleMs}ms`}${p.export.retentionDays ? ` for ${p.export.retentionDays}d` : ''}`;
}

describe('planBuildRecord: environment × buildx version × driver', () => {
  const envs: Array<[string, NodeJS.ProcessEnv]> = [
    ['unset', {}],
    ['DOCKER_BUILD_SUMMARY=false', { DOCKER_BUILD_SUMMARY: 'false' }],
    ['DOCKER_BUILD_SUMMARY=0', { DOCKER_BUILD_SUMMARY: '0' }],
    ['DOCKER_BUILD_SUMMARY=true', { DOCKER_BUILD_SUMMARY: 'true' }],
    ['DOCKER_BUILD_RECORD_UPLOAD=false', { DOCKER_BUILD_RECORD_UPLOAD: 'false' }],
    ['DOCKER_BUILD_RECORD_UPLOAD=F', { DOCKER_BUILD_RECORD_UPLOAD: 'F' }],
    ['DOCKER_BUILD_RECORD_RETENTION_DAYS=7', { DOCKER_BUILD_RECORD_RETENTION_DAYS: '7' }],
    ['DOCKER_BUILD_RECORD_RETENTION_DAYS=0', { DOCKER_BUILD_RECORD_RETENTION_DAYS: '0' }],
    ['DOCKER_BUILD_RECORD_RETENTION_DAYS=week', { DOCKER_BUILD_RECORD_RETENTION_DAYS: 'week' }]
  ];
  const versions = ['0.13.1', '0.22.0', '0.23.0', '0.24.0', '0.29.1'];
  const drivers = ['docker', 'docker-container', 'remote', 'kubernetes', 'cloud'];

  const expected = (env: string, version: string): string => {
    if (env.startsWith('DOCKER_BUILD_SUMMARY=f') || env === 'DOCKER_BUILD_SUMMARY=0') return 'skip: disabled (DOCKER_BUILD_SUMMARY=false)';
    if (version === '0.13.1' || version === '0.22.0') return `skip: needs buildx >= 0.23.0 (installed: ${version})`;
    if (env.startsWith('DOCKER_BUILD_RECORD_UPLOAD')) return 'record, no upload: upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)';
    if (env.endsWith('=week')) return 'record, no upload: DOCKER_BUILD_RECORD_RETENTION_DAYS=week is not a whole number of days';
    const how = version === '0.23.0' ? 'upload after 3000ms' : 'upload --finalize';
    return env.endsWith('=7') ? `${how} for 7d` : how;
  };

  const rows = envs.flatMap(([name, env]) => versions.flatMap((v) => drivers.map((d) => [name, v, d, env] as const)));
  test.each(rows)('%s, buildx %s, %s driver', (name, version, driver, env) => {
    expect(decide(facts({ env: { ...SERVICE, ...env }, buildxVersion: version, driver }))).toBe(expected(name, version));
  });
});

describe('planBuildRecord: the other gates', () => {
  test.each([
    ['no build ref', { ref: null }, 'skip: buildx reported no build reference'],
    ['a malformed ref', { ref: 'just-an-id' }, 'skip: the build reference "just-an-id" is not builder/node/id'],
    ['an unknown buildx version', { buildxVersion: null }, 'skip: needs buildx >= 0.23.0 (the installed version is unknown)'],
    ['a Debian buildx version string', { buildxVersion: '0.23.0+ds1-3' }, 'upload after 3000ms'],
    ['call: check', { call: 'check' }, 'skip: not kept for a `call: check` subrequest'],
    ['call: build', { call: 'build' }, 'upload --finalize'],
    ['GitHub Enterprise Server', { serverUrl: 'https://ghes.corp.example' }, 'skip: not supported on GitHub Enterprise Server (no artifact service)'],
    ['GHE.com', { serverUrl: 'https://acme.ghe.com' }, 'upload --finalize'],
    ['no artifact service (not on a runner)', { env: {} }, 'skip: no artifact service in this job (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)'],
    [
      'no artifact service, upload disabled',
      { env: { DOCKER_BUILD_RECORD_UPLOAD: 'false' } },
      'record, no upload: upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)'
    ]
  ] as Array<[string, Partial<RecordFacts>, string]>)('%s', (_, over, want) => {
    expect(decide(facts(over))).toBe(want);
  });

  test('the export command, file and artifact name', () => {
    const p = planBuildRecord(facts({ env: { ...SERVICE, DOCKER_BUILD_RECORD_RETENTION_DAYS: '3' } }));
    expect(p.kind === 'record' && p.export).toEqual({
      argv: [
        'docker',
        'buildx',
        'history',
        'export',
        '--builder',
        'runner',
        '--output',
        '/runner/tmp/bs/build-record/acme~shop~QU2GSU.dockerbuild',
        'qu2gsuo8ejqrwdfii23xkkckt',
        '--finalize'
      ],
      dir: '/runner/tmp/bs/build-record',
      file: '/runner/tmp/bs/build-record/acme~shop~QU2GSU.dockerbuild',
      artifactName: 'acme~shop~QU2GSU.dockerbuild',
      settleMs: 0,
      retentionDays: 3
    });
  });

  test('values that cannot be read warn and fall back to the default; a bad retention holds the upload back', () => {
    expect(recordSettings({ DOCKER_BUILD_SUMMARY: 'nope', DOCKER_BUILD_RECORD_RETENTION_DAYS: '-1' })).toEqual({
      summary: true,
      upload: true,
      retentionDays: undefined,
      retentionProblem: 'DOCKER_BUILD_RECORD_RETENTION_DAYS=-1 is not a whole number of days',
      warnings: [
        'DOCKER_BUILD_SUMMARY=nope is not a boolean (true/false/1/0); using true',
        'DOCKER_BUILD_RECORD_RETENTION_DAYS=-1 is not a whole number of days: the build record is not uploaded'
      ]
    });
    expect(recordSettings({ DOCKER_BUILD_RECORD_UPLOAD: 'false', DOCKER_BUILD_RECORD_RETENTION_DAYS: 'x' }).warnings).toEqual([]);
    expect(recordSettings({ DOCKER_BUILD_SUMMARY: ' ', DOCKER_BUILD_RECORD_RETENTION_DAYS: ' 30 ' })).toMatchObject({
      summary: true,
      retentionDays: 30,
      warnings: []
    });
  });
});

describe('refs and names', () => {
  test('parseBuildRef and the metadata file', () => {
    expect(parseBuildRef(REF)).toEqual({ builder: 'runner', node: 'runner0', id: 'qu2gsuo8ejqrwdfii23xkkckt' });
    expect(parseBuildRef('a/b')).toBeNull();
    expect(parseBuildRef('a//c')).toBeNull();
    expect(buildRefFromMetadata({ 'buildx.build.ref': REF, 'containerimage.digest': 'sha256:x' })).toBe(REF);
    expect(buildRefFromMetadata({})).toBeNull();
    expect(buildRefFromMetadata(null)).toBeNull();
  });

  test('pickRefSince takes the first record started after the build did', () => {
    const entries = [
      { ref: 'b/n/old', mtimeMs: 900 },
      { ref: 'b/n/later', mtimeMs: 1500 },
      { ref: 'b/n/ours', mtimeMs: 1001 }
    ];
    expect(pickRefSince(entries, 1000)).toBe('b/n/ours');
    expect(pickRefSince(entries, 2000)).toBeNull();
  });

  test('pickRefSince passes over a record another context started in between (a parallel job, a process that outlived its step)', () => {
    const entries = [
      { ref: 'b/n/other', mtimeMs: 1001, localPath: '/w/other-app' },
      { ref: 'b/n/ours', mtimeMs: 1002, localPath: '/w/app' },
      { ref: 'b/n/unnamed', mtimeMs: 1003, localPath: null }
    ];
    expect(pickRefSince(entries, 1000, '/w/app')).toBe('b/n/ours');
    expect(pickRefSince(entries.slice(0, 1), 1000, '/w/app')).toBeNull();
    // a ref file that names no context still counts; without a context path, the first one wins
    expect(pickRefSince([entries[0], entries[2]], 1000, '/w/app')).toBe('b/n/unnamed');
    expect(pickRefSince(entries, 1000)).toBe('b/n/other');
  });

  test('localBuildRefs reads <DOCKER_CONFIG>/buildx/refs/<builder>/<node>/<id>, BUILDX_CONFIG first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-refs-'));
    mkdirSync(join(dir, 'buildx/refs/runner/runner0'), { recursive: true });
    writeFileSync(join(dir, 'buildx/refs/runner/runner0/abc'), '{}');
    utimesSync(join(dir, 'buildx/refs/runner/runner0/abc'), 1000, 1000);
    // what buildx 0.29 writes: the target, the context directory and the Dockerfile
    writeFileSync(join(dir, 'buildx/refs/runner/runner0/def'), '{"Target":"default","LocalPath":"/w/app","DockerfilePath":""}');
    utimesSync(join(dir, 'buildx/refs/runner/runner0/def'), 2000, 2000);
    expect(localBuildRefs({ DOCKER_CONFIG: dir }, 'runner').sort((a, b) => a.mtimeMs - b.mtimeMs)).toEqual([
      { ref: 'runner/runner0/abc', mtimeMs: 1_000_000, localPath: null },
      { ref: 'runner/runner0/def', mtimeMs: 2_000_000, localPath: '/w/app' }
    ]);
    expect(localBuildRefs({ DOCKER_CONFIG: dir }, 'other')).toEqual([]);
    expect(localBuildRefs({ DOCKER_CONFIG: '/nowhere', BUILDX_CONFIG: join(dir, 'buildx') }, 'runner')).toHaveLength(2);
  });

  test('artifact names and links', () => {
    expect(recordArtifactName('acme/shop', 'qu2gsuo8e')).toBe('acme~shop~QU2GSU.dockerbuild');
    expect(recordArtifactName(null, 'qu2gsuo8e')).toBe('build~QU2GSU.dockerbuild');
    expect(artifactRelativeUrl('99', 42)).toBe('./99/artifacts/42');
    expect(artifactRelativeUrl(null, 42)).toBeNull();
    expect(isGhes('https://github.com')).toBe(false);
    expect(isGhes('https://my.localhost')).toBe(false);
    expect(isGhes('https://github.example.com')).toBe(true);
  });
});

describe('renderBuildRecordMarkdown', () => {
  const ref = parseBuildRef(REF)!;

  test('an uploaded record: the artifact link relative to the run, its size, the builder', () => {
    const md = renderBuildRecordMarkdown({
      ref,
      driver: 'docker-container',
      artifact: { name: 'acme~shop~QU2GSU.dockerbuild', id: 42, sizeBytes: 20480 },
      notUploaded: null,
      runId: '99'
    });
    expect(md).toContain('### Build record');
    expect(md).toContain('<a href="./99/artifacts/42"><strong>&#x61;&#x63;&#x6d;&#x65;&#x7e;');
    expect(md).toContain('(20.0 KB)');
    expect(md).toContain('Docker Desktop');
    expect(md).toContain('builder <code>runner</code> (docker-container driver), record <code>QU2GSU</code>.');
    // the repository name never appears in clear (secret masking would break the link)
    expect(md).not.toContain('acme~shop');
  });

  test('a record that was not uploaded says why', () => {
    const md = renderBuildRecordMarkdown({ ref, driver: null, artifact: null, notUploaded: 'upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)', runId: '99' });
    expect(md).toContain(
      'The build record (builder <code>runner</code>, record <code>QU2GSU</code>) was not uploaded: upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false).'
    );
    expect(md).not.toContain('<a href');
  });
});

describe('buildRecordStep (shell) only ever warns', () => {
  // the record's section of the job summary (src/actions/build/summary.ts renders it so)
  const summaryOf = (r: Awaited<ReturnType<typeof buildRecordStep>>) => (r.view ? renderBuildRecordMarkdown(r.view) : '');
  /** A `docker` that writes the --output file (or fails, with FAIL_EXPORT set). */
  function fakeDocker(): string {
    const bin = mkdtempSync(join(tmpdir(), 'bs-fake-docker-'));
    writeFileSync(
      join(bin, 'docker'),
      '#!/bin/sh\nif [ -n "$FAIL_EXPORT" ]; then echo "ERROR: no such build record" >&2; exit 1; fi\nwhile [ $# -gt 0 ]; do if [ "$1" = --output ]; then printf record > "$2"; fi; shift; done\n'
    );
    chmodSync(join(bin, 'docker'), 0o755);
    return bin;
  }

  function input(over: Partial<RecordStepInput> = {}, env: NodeJS.ProcessEnv = {}) {
    const lines: string[] = [];
    const x: RecordStepInput = {
      inputs: { builder: '', call: '', context: '.' },
      ctx: gitContext({ sha: 'f'.repeat(40), runId: '99' }),
      outcome: { metadata: { 'buildx.build.ref': REF }, report: { meta: { buildxVersion: '0.29.1', driver: 'docker-container' } } as never },
      env: { ...SERVICE, PATH: `${fakeDocker()}:${process.env.PATH}`, ...env },
      tempDir: mkdtempSync(join(tmpdir(), 'bs-record-')),
      startedAt: new Date(),
      log: { info: (l) => lines.push(`info ${l}`), warning: (l) => lines.push(`warning ${l}`), group: (_n, fn) => fn() },
      detect: () => Promise.reject(new Error('not asked: the metadata and report say enough')),
      ...over
    };
    return { x, lines };
  }

  test('exports and uploads once, with the retention days', async () => {
    const calls: unknown[][] = [];
    const { x } = input(
      {
        upload: (...a) => {
          calls.push(a);
          return Promise.resolve({ id: 7, sizeBytes: 6 });
        }
      },
      { DOCKER_BUILD_RECORD_RETENTION_DAYS: '5' }
    );
    const r = await buildRecordStep(x);
    expect(calls).toEqual([['acme~shop~QU2GSU.dockerbuild', join(x.tempDir, 'build-record', 'acme~shop~QU2GSU.dockerbuild'), 5]]);
    expect(r.artifact).toEqual({ name: 'acme~shop~QU2GSU.dockerbuild', id: 7, sizeBytes: 6 });
    expect(summaryOf(r)).toContain('./99/artifacts/7');
  });

  test('a failed upload warns and the summary says so', async () => {
    const { x, lines } = input({
      upload: () => Promise.reject(new Error('Failed to CreateArtifact: 503'))
    });
    const r = await buildRecordStep(x);
    expect(r.artifact).toBeNull();
    expect(lines).toContain('warning build record: upload failed: Failed to CreateArtifact: 503');
    expect(summaryOf(r)).toContain('was not uploaded: the upload failed (Failed to CreateArtifact: 503).');
  });

  test('a failed export warns and uploads nothing', async () => {
    const calls: unknown[] = [];
    const { x, lines } = input(
      {
        upload: (...a) => {
          calls.push(a);
          return Promise.resolve({ id: 1, sizeBytes: 1 });
        }
      },
      { FAIL_EXPORT: '1' }
    );
    const r = await buildRecordStep(x);
    expect(calls).toEqual([]);
    expect(lines).toContain('warning build record: export failed: ERROR: no such build record');
    expect(summaryOf(r)).toContain('the export failed (ERROR: no such build record)');
  });

  test('DOCKER_BUILD_SUMMARY=false: nothing is asked, exported, uploaded or rendered', async () => {
    const calls: unknown[] = [];
    const { x, lines } = input(
      {
        outcome: { metadata: null, report: null },
        upload: (...a) => {
          calls.push(a);
          return Promise.resolve({ id: 1, sizeBytes: 1 });
        }
      },
      { DOCKER_BUILD_SUMMARY: 'false' }
    );
    expect(await buildRecordStep(x)).toEqual({ view: null, artifact: null });
    expect(calls).toEqual([]);
    expect(lines).toEqual(['info build record: disabled (DOCKER_BUILD_SUMMARY=false)']);
  });

  test('an old buildx: skipped quietly, without asking buildx anything, even with no ref', async () => {
    const { x, lines } = input({ outcome: { metadata: null, report: { meta: { buildxVersion: '0.13.1', driver: 'docker' } } as never } });
    expect(await buildRecordStep(x)).toEqual({ view: null, artifact: null });
    expect(lines).toEqual(['info build record: needs buildx >= 0.23.0 (installed: 0.13.1)']);
  });

  test('no ref in the metadata (a failed build): the refs directory gives it; buildx is asked for the builder', async () => {
    const config = mkdtempSync(join(tmpdir(), 'bs-docker-config-'));
    mkdirSync(join(config, 'buildx/refs/runner/runner0'), { recursive: true });
    const startedAt = new Date(Date.now() - 1000);
    writeFileSync(join(config, 'buildx/refs/runner/runner0/zz9new'), '{}');
    writeFileSync(join(config, 'buildx/refs/runner/runner0/aa1old'), '{}');
    utimesSync(join(config, 'buildx/refs/runner/runner0/aa1old'), new Date(startedAt.getTime() - 60_000), new Date(startedAt.getTime() - 60_000));
    const calls: unknown[][] = [];
    const { x } = input(
      {
        outcome: { metadata: null, report: null },
        startedAt,
        detect: () =>
          Promise.resolve({
            version: '0.29.1',
            buildkitVersion: 'v0.34.2',
            driver: 'docker-container',
            builderName: 'runner',
            containerdStore: false,
            platforms: []
          }),
        upload: (...a) => {
          calls.push(a);
          return Promise.resolve({ id: 3, sizeBytes: 6 });
        }
      },
      { DOCKER_CONFIG: config }
    );
    const r = await buildRecordStep(x);
    expect(calls[0][0]).toBe('acme~shop~ZZ9NEW.dockerbuild');
    expect(summaryOf(r)).toContain('(docker-container driver), record <code>ZZ9NEW</code>');
  });
});
