// The rawjson stream is parsed once, as buildx writes it (issue 16): the statuses runBuildx
// hands on give the same timing report as the saved stream read back, the file is still
// saved byte for byte, and the live log reads it. The environment's facts are asked once,
// only the probes a run needs. A fake `docker` on PATH plays buildx.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeFacts, dropEarlyFacts, factsFrom, gatherFacts, startFactsEarly } from '../../../src/engine/buildx-info.js';
import { runBuildx } from '../../../src/engine/run-buildx.js';
import { TimingAccumulator } from '../../../src/timing/model.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { SolveStatus } from '../../../src/timing/types.js';

const B = 'test/fixtures/rawjson/buildx-0.13';
const C = 'test/fixtures/rawjson/captured';

const INSPECT = `Name:          default
Driver:        docker

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.13.2-moby
Platforms:        linux/amd64, linux/arm64*
`;

/** A `docker` that writes $FIXTURE to stderr in small pieces (build), answers the probes, and logs each call. */
function fakeDocker(): { dir: string; calls: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'bs-fake-docker-'));
  const calls = join(dir, 'calls');
  writeFileSync(calls, '');
  writeFileSync(join(dir, 'inspect.txt'), INSPECT);
  writeFileSync(
    join(dir, 'docker'),
    `#!/bin/sh
echo "$*" >> "${calls}"
case "$1 $2" in
  "buildx build") split -b 997 "$FIXTURE" "$TMPDIR_PIECES/p." && for f in "$TMPDIR_PIECES"/p.*; do cat "$f" >&2; done; exit "\${FAKE_EXIT:-0}" ;;
  "buildx version") echo "github.com/docker/buildx v0.13.1 abc" ;;
  "buildx inspect") [ -f "${join(dir, 'slow')}" ] && sleep 1; cat "${join(dir, 'inspect.txt')}"; echo inspect >> "${join(dir, 'answered')}" ;;
  "info --format") echo '[["Driver Type","io.containerd.snapshotter.v1"]]' ;;
esac
`
  );
  chmodSync(join(dir, 'docker'), 0o755);
  return { dir, calls, env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } };
}

const streams = [
  { stream: `${B}/cold-push-registry-cache.rawjson`, dockerfile: `${B}/Dockerfile`, metadata: `${B}/cold-push-registry-cache.metadata.json` },
  { stream: `${B}/parallel-stages-cold-push.rawjson`, dockerfile: `${B}/Dockerfile.parallel`, metadata: `${B}/parallel-stages-cold-push.metadata.json` },
  { stream: `${B}/failed-step.rawjson`, dockerfile: `${B}/Dockerfile.failed` },
  { stream: `${C}/multi-platform.rawjson`, dockerfile: `${C}/Dockerfile.multi-platform` },
  { stream: `${C}/cache-export-failed.rawjson`, metadata: `${C}/cache-export-failed.metadata.json` }
];

describe('the stream parsed once', () => {
  test.each(streams)('$stream: the live statuses give the report of the saved stream', async (f) => {
    const docker = fakeDocker();
    const pieces = mkdtempSync(join(tmpdir(), 'bs-pieces-'));
    const rawjsonFile = join(docker.dir, 'build.rawjson');
    const acc = new TimingAccumulator();
    const statuses: SolveStatus[] = [];
    const lines: string[] = [];
    const run = await runBuildx({
      argv: ['build', '--progress=rawjson', '.'],
      rawjsonFile,
      rawjson: true,
      onStatus: (s) => {
        statuses.push(s);
        acc.add(s);
      },
      log: (l) => lines.push(l),
      env: { ...docker.env, FIXTURE: f.stream, TMPDIR_PIECES: pieces }
    });
    expect(run.exitCode).toBe(0);
    // the file is saved as buildx wrote it (build records, `report --from`)
    expect(readFileSync(rawjsonFile, 'utf8')).toBe(readFileSync(f.stream, 'utf8'));
    const opts = {
      dockerfileText: f.dockerfile ? readFileSync(f.dockerfile, 'utf8') : undefined,
      metadata: f.metadata ? JSON.parse(readFileSync(f.metadata, 'utf8')) : undefined,
      image: { digest: 'sha256:abc', tags: ['r.example/app:1'], sizeBytes: 123, layers: 4 },
      meta: { dockerfile: 'Dockerfile', commit: 'c0ffee' }
    };
    expect(statuses.length).toBeGreaterThan(0);
    const fromFile = await reportFromRawjsonFile(f.stream, opts);
    expect(acc.finish(opts)).toEqual(fromFile);
    // the Dockerfile map made ahead (while buildx runs) changes nothing
    const ahead = new TimingAccumulator();
    if (opts.dockerfileText) ahead.prepare(opts.dockerfileText);
    for (const s of statuses) ahead.add(s);
    expect(ahead.finish(opts)).toEqual(fromFile);
    // the same pass feeds the log
    expect(lines.some((l) => /^#\d+ /.test(l))).toBe(true);
  });

  test('rawjson off: nothing is parsed, the progress is printed as is', async () => {
    const docker = fakeDocker();
    const pieces = mkdtempSync(join(tmpdir(), 'bs-pieces-'));
    const seen: SolveStatus[] = [];
    const lines: string[] = [];
    await runBuildx({
      argv: ['build', '.'],
      rawjsonFile: join(docker.dir, 'b.rawjson'),
      rawjson: false,
      onStatus: (s) => seen.push(s),
      log: (l) => lines.push(l),
      env: { ...docker.env, FIXTURE: `${C}/single-stage.rawjson`, TMPDIR_PIECES: pieces }
    });
    expect(seen).toEqual([]);
    expect(lines.length).toBeGreaterThan(0);
  });
});

/** The facts of the fake docker's answers, every probe asked. */
const ALL_ANSWERED = {
  version: '0.13.1',
  buildkitVersion: 'v0.13.2-moby',
  driver: 'docker',
  builderName: 'default',
  containerdStore: true,
  platforms: ['linux/amd64', 'linux/arm64']
};

describe('the environment facts, asked once', () => {
  const probes = (calls: string) => readFileSync(calls, 'utf8').split('\n').filter(Boolean);

  test('only the probes a run needs, at once', async () => {
    const d = fakeDocker();
    const facts = await gatherFacts('', { builder: false, imageStore: false }, d.env);
    expect(probes(d.calls)).toEqual(['buildx version']);
    expect(facts).toEqual({ version: '0.13.1', buildkitVersion: null, driver: null, builderName: null, containerdStore: false, platforms: [] });
  });

  test('the builder and the image store when asked', async () => {
    const d = fakeDocker();
    const facts = await gatherFacts('', { builder: true, imageStore: true }, d.env);
    expect(probes(d.calls).sort()).toEqual(['buildx inspect', 'buildx version', 'info --format {{json .DriverStatus}}']);
    expect(facts).toEqual(ALL_ANSWERED);
  });

  test('the image store is asked only of the docker driver: a docker-container builder never needs it', async () => {
    const d = fakeDocker();
    writeFileSync(join(d.dir, 'inspect.txt'), INSPECT.replace('Driver:        docker', 'Driver:        docker-container').replace('v0.13.2-moby', 'v0.34.2'));
    const facts = await gatherFacts('', { builder: true, imageStore: true }, d.env);
    expect(facts).toMatchObject({ driver: 'docker-container', buildkitVersion: 'v0.34.2', containerdStore: false });
    expect(probes(d.calls).sort()).toEqual(['buildx inspect', 'buildx version']);
  });

  test('the rest later, without asking the version again', async () => {
    const d = fakeDocker();
    const first = await gatherFacts('', { builder: true, imageStore: false }, d.env);
    expect(first.containerdStore).toBe(false);
    const all = await completeFacts(first, '', { builder: false, imageStore: true }, d.env);
    expect(all).toEqual({ ...first, containerdStore: true });
    const none = await gatherFacts('', { builder: false, imageStore: false }, d.env);
    expect(await completeFacts(none, '', { builder: true, imageStore: true }, d.env)).toEqual(all);
    expect(probes(d.calls).filter((c) => c === 'buildx version')).toHaveLength(2);
  });

  test('an unknown builder answer leaves the facts unknown, never throws', async () => {
    const d = fakeDocker();
    writeFileSync(
      join(d.dir, 'docker'),
      '#!/bin/sh\ncase "$1 $2" in "buildx version") echo "github.com/docker/buildx v0.29.1 x";; *) echo "ERROR: no builder" >&2; exit 1;; esac\n'
    );
    const v = await gatherFacts('', { builder: false, imageStore: false }, d.env);
    expect(await completeFacts(v, '', { builder: true, imageStore: true }, d.env)).toEqual({ ...v, version: '0.29.1' });
    await expect(gatherFacts('missing', { builder: true, imageStore: false }, d.env)).rejects.toThrow('the builder "missing" is not usable: ERROR: no builder');
  });

  test('probes started early are taken by the first gatherFacts of that builder in that environment, once', async () => {
    const d = fakeDocker();
    startFactsEarly('', { builder: true, imageStore: true }, d.env);
    // another builder, or another environment, is not what was asked: asked again
    await gatherFacts('other', { builder: true, imageStore: false }, d.env);
    await gatherFacts('', { builder: false, imageStore: false }, { ...d.env, BUILDX_BUILDER: 'elsewhere' });
    expect(probes(d.calls).filter((c) => c.startsWith('buildx inspect'))).toContain('buildx inspect other');
    const versions = () => probes(d.calls).filter((c) => c === 'buildx version').length;
    expect(versions()).toBe(3);
    // the run needs only the version; the early inspect has answered by now (waited for here): it is taken too
    for (let i = 0; i < 100 && !existsSync(join(d.dir, 'answered')); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    const facts = await gatherFacts('', { builder: false, imageStore: false }, d.env);
    expect(facts).toEqual(ALL_ANSWERED);
    expect(versions()).toBe(3);
    // and what the report asks later is the same answers, no probe more
    const calls = probes(d.calls).length;
    expect(await completeFacts(facts, '', { builder: true, imageStore: true }, d.env)).toEqual(ALL_ANSWERED);
    expect(probes(d.calls)).toHaveLength(calls);
    // taken once: the next run asks again
    await gatherFacts('', { builder: false, imageStore: false }, d.env);
    expect(versions()).toBe(4);
  });

  test('an early probe the run does not need is not waited for: the report takes it later, not asked twice', async () => {
    const d = fakeDocker();
    writeFileSync(join(d.dir, 'slow'), '');
    startFactsEarly('', { builder: true, imageStore: false }, d.env);
    const facts = await gatherFacts('', { builder: false, imageStore: false }, d.env);
    // not waited for (it sleeps a second): the driver is not known yet
    expect(facts.driver).toBeNull();
    expect(facts.version).toBe('0.13.1');
    const later = await completeFacts(facts, '', { builder: true, imageStore: false }, d.env);
    expect(later).toMatchObject({ driver: 'docker', builderName: 'default', version: '0.13.1' });
    expect(probes(d.calls).filter((c) => c.startsWith('buildx inspect'))).toEqual(['buildx inspect']);
    // a run that needs the builder waits for it
    startFactsEarly('', { builder: true, imageStore: false }, d.env);
    expect((await gatherFacts('', { builder: true, imageStore: false }, d.env)).driver).toBe('docker');
    expect(probes(d.calls).filter((c) => c.startsWith('buildx inspect'))).toHaveLength(2);
  });

  test('early probes: what they did not ask is asked then; a builder that fails counts only when the run needs it; dropped, they are not taken', async () => {
    const d = fakeDocker();
    startFactsEarly('', { builder: false, imageStore: false }, d.env);
    const facts = await gatherFacts('', { builder: true, imageStore: false }, d.env);
    expect(facts.driver).toBe('docker');
    expect(probes(d.calls).sort()).toEqual(['buildx inspect', 'buildx version']);

    const broken = fakeDocker();
    writeFileSync(
      join(broken.dir, 'docker'),
      '#!/bin/sh\ncase "$1 $2" in "buildx version") echo "github.com/docker/buildx v0.29.1 x";; *) echo "ERROR: no builder" >&2; exit 1;; esac\n'
    );
    startFactsEarly('', { builder: true, imageStore: true }, broken.env);
    expect(await gatherFacts('', { builder: false, imageStore: false }, broken.env)).toEqual({
      version: '0.29.1',
      buildkitVersion: null,
      driver: null,
      builderName: null,
      containerdStore: false,
      platforms: []
    });
    startFactsEarly('', { builder: true, imageStore: false }, broken.env);
    await expect(gatherFacts('', { builder: true, imageStore: false }, broken.env)).rejects.toThrow('the builder is not usable: ERROR: no builder');

    const later = fakeDocker();
    startFactsEarly('', { builder: true, imageStore: true }, later.env);
    dropEarlyFacts();
    expect((await gatherFacts('', { builder: false, imageStore: false }, later.env)).driver).toBeNull();
    expect(probes(later.calls).filter((c) => c === 'buildx version')).toHaveLength(2);
  });

  test('the image store counts for the docker driver only', () => {
    const store = '[["Driver Type","io.containerd.snapshotter.v1"]]';
    expect(factsFrom('v0.29.1', INSPECT, store).containerdStore).toBe(true);
    expect(factsFrom('v0.29.1', INSPECT.replace('Driver:        docker', 'Driver:        docker-container'), store).containerdStore).toBe(false);
    expect(factsFrom('v0.29.1', INSPECT, '[["Backing Filesystem","extfs"]]').containerdStore).toBe(false);
  });
});
