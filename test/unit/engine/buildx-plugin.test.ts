// The probes, and the build itself, ask the docker-buildx plugin directly when `docker buildx`
// would run that very plugin (issue 16): one process instead of three. A wrapper `docker`, extra plugin
// directories or another OS go through docker as before.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { buildxPlugin, completeFacts, factsFrom, gatherFacts, NO_FACTS } from '../../../src/engine/buildx-info.js';
import { engineSocket } from '../../../src/engine/engine-api.js';
import { localImageSize } from '../../../src/engine/registry.js';
import { runBuildx } from '../../../src/engine/run-buildx.js';

const INSPECT =
  'Name:          default\nDriver:        docker\n\nNodes:\nName:             default\nBuildKit version: v0.13.2-moby\nPlatforms:        linux/amd64\n';

/** A PATH with a `docker` (an ELF header, or a script) and a config dir with a docker-buildx plugin that logs its calls. */
function setup(o: { elfDocker: boolean; config?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'bs-plugin-'));
  const bin = join(dir, 'bin');
  const config = join(dir, 'config');
  const calls = join(dir, 'calls');
  mkdirSync(bin);
  mkdirSync(join(config, 'cli-plugins'), { recursive: true });
  writeFileSync(calls, '');
  // docker itself is never run on the direct path: an ELF header is enough to be taken for the docker CLI
  writeFileSync(
    join(bin, 'docker'),
    o.elfDocker
      ? Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0])
      : `#!/bin/sh\necho "docker $*" >> "${calls}"\ncase "$2" in version) echo "github.com/docker/buildx v0.12.0 x";; inspect) printf '%s' "${INSPECT}";; esac\n`
  );
  chmodSync(join(bin, 'docker'), 0o755);
  const plugin = join(config, 'cli-plugins', 'docker-buildx');
  writeFileSync(
    plugin,
    `#!/bin/sh\necho "plugin $*" >> "${calls}"\ncase "$1" in version) echo "github.com/docker/buildx v0.29.1 x";; inspect) printf '%s' "${INSPECT}";; esac\n`
  );
  chmodSync(plugin, 0o755);
  if (o.config !== undefined) writeFileSync(join(config, 'config.json'), o.config);
  const env = { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, DOCKER_CONFIG: config };
  return { env, plugin, calls: () => readFileSync(calls, 'utf8').split('\n').filter(Boolean).sort() };
}

describe('the buildx plugin, asked directly', () => {
  test('docker is the docker CLI binary: the probes run the plugin it would run', async () => {
    const s = setup({ elfDocker: true, config: '{"auths":{}}' });
    expect(buildxPlugin(s.env, 'linux')).toBe(s.plugin);
    const facts = await gatherFacts('', { builder: true, imageStore: false }, s.env);
    expect(s.calls()).toEqual(['plugin inspect', 'plugin version']);
    expect(facts).toMatchObject({ version: '0.29.1', driver: 'docker', builderName: 'default', buildkitVersion: 'v0.13.2-moby' });
    const named = await gatherFacts('mybuilder', { builder: true, imageStore: false }, s.env);
    expect(named.version).toBe('0.29.1');
    expect(s.calls()).toContain('plugin inspect mybuilder');
  });

  test('no config.json: docker defaults, the plugin still found', () => {
    const s = setup({ elfDocker: true });
    expect(buildxPlugin(s.env, 'linux')).toBe(s.plugin);
  });

  test.each([
    ['a wrapper script as docker', { elfDocker: false, config: '{}' }, {}, 'linux'],
    ['extra plugin directories in config.json', { elfDocker: true, config: '{"cliPluginsExtraDirs":["/opt/p"]}' }, {}, 'linux'],
    ['a config.json that does not parse', { elfDocker: true, config: '{' }, {}, 'linux'],
    ['DOCKER_CLI_PLUGIN_EXTRA_DIRS', { elfDocker: true, config: '{}' }, { DOCKER_CLI_PLUGIN_EXTRA_DIRS: '/opt/p' }, 'linux'],
    ['another OS', { elfDocker: true, config: '{}' }, {}, 'darwin']
  ] as const)('%s: through docker', (_what, o, extra, platform) => {
    const s = setup(o);
    expect(buildxPlugin({ ...s.env, ...extra }, platform)).toBeNull();
  });

  test('through docker, the probes ask `docker buildx`', async () => {
    const s = setup({ elfDocker: false, config: '{}' });
    const facts = await gatherFacts('', { builder: true, imageStore: false }, s.env);
    expect(s.calls()).toEqual(['docker buildx inspect', 'docker buildx version']);
    expect(facts.version).toBe('0.12.0');
  });

  test.each([
    ['the docker CLI binary: the build runs the plugin itself', true, 'plugin build --progress=rawjson .'],
    ['a wrapper script: the build goes through `docker buildx`', false, 'docker buildx build --progress=rawjson .']
  ])('%s', async (_what, elfDocker, call) => {
    const s = setup({ elfDocker, config: '{}' });
    const dir = mkdtempSync(join(tmpdir(), 'bs-plugin-run-'));
    const r = await runBuildx({
      argv: ['build', '--progress=rawjson', '.'],
      rawjsonFile: join(dir, 'build.rawjson'),
      rawjson: true,
      log: () => undefined,
      env: s.env,
      cwd: dir
    });
    expect(r.exitCode).toBe(0);
    expect(s.calls()).toEqual([call]);
  });

  test('no docker on PATH: nothing run directly (buildx is missing, as docker would say)', async () => {
    const s = setup({ elfDocker: true, config: '{}' });
    const env = { ...s.env, PATH: '/nonexistent' };
    expect(buildxPlugin(env, 'linux')).toBeNull();
    await expect(gatherFacts('', { builder: false, imageStore: false }, env)).rejects.toThrow('docker is not installed');
  });
});

describe('the image store, asked of the engine directly', () => {
  /** An engine API on a unix socket that answers /info with `driverStatus` and logs the paths asked. */
  async function engine(driverStatus: string[][] | null) {
    const sock = join(mkdtempSync(join(tmpdir(), 'bs-engine-')), 'docker.sock');
    const asked: string[] = [];
    // as the engine does: a client that half-closes its side is taken for gone, its request answered with null
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      let gone = false;
      req.socket.on('end', () => (gone = true));
      setTimeout(() => {
        if (driverStatus === null) {
          res.statusCode = 500;
          res.end('{"message":"no"}');
        } else res.end(gone ? 'null' : JSON.stringify({ Driver: 'overlayfs', DriverStatus: driverStatus }));
      }, 30);
    });
    server.on('clientError', () => undefined);
    await new Promise<void>((r) => server.listen(sock, r));
    return { sock, asked, close: () => new Promise((r) => server.close(r)) };
  }

  test('the local socket: /info, no docker process', async () => {
    const e = await engine([['driver-type', 'io.containerd.snapshotter.v1']]);
    const s = setup({ elfDocker: true, config: '{}' });
    const env = { ...s.env, DOCKER_HOST: `unix://${e.sock}` };
    expect(engineSocket(env, 'linux')).toBe(e.sock);
    const facts = await gatherFacts('', { builder: true, imageStore: true }, env);
    expect(facts.containerdStore).toBe(true);
    expect(e.asked).toEqual(['/info']);
    expect(s.calls()).toEqual(['plugin inspect', 'plugin version']);
    expect((await completeFacts({ ...NO_FACTS, driver: 'docker' }, '', { builder: false, imageStore: true }, env)).containerdStore).toBe(true);
    await e.close();
  });

  test('an engine that does not answer: asked through docker', async () => {
    const e = await engine(null);
    const s = setup({ elfDocker: true, config: '{}' });
    const env = { ...s.env, DOCKER_HOST: `unix://${e.sock}` };
    // the ELF `docker` cannot run: the fallback fails and the store stays unknown, as a failed `docker info` leaves it
    const facts = await completeFacts({ ...NO_FACTS, driver: 'docker' }, '', { builder: false, imageStore: true }, env);
    expect(e.asked).toEqual(['/info']);
    expect(facts.containerdStore).toBe(false);
    await e.close();
  });

  test.each([
    ['a context', { DOCKER_CONTEXT: 'remote' }, '{}'],
    ['a current context in config.json', {}, '{"currentContext":"remote"}'],
    ['a tcp DOCKER_HOST', { DOCKER_HOST: 'tcp://10.0.0.1:2376' }, '{}']
  ] as const)('%s: through docker', (_what, extra, config) => {
    const s = setup({ elfDocker: true, config });
    expect(engineSocket({ ...s.env, ...extra }, 'linux')).toBeNull();
  });

  test('the default socket, a default context named as such', () => {
    const s = setup({ elfDocker: true, config: '{"currentContext":"default"}' });
    expect(engineSocket({ ...s.env, DOCKER_CONTEXT: 'default' }, 'linux')).toBe('/var/run/docker.sock');
    expect(engineSocket(setup({ elfDocker: false, config: '{}' }).env, 'linux')).toBeNull();
    expect(engineSocket(s.env, 'darwin')).toBeNull();
  });
});

describe('against the docker here (buildx 0.13 + the docker driver; the runner path: buildx 0.29 + docker-container)', () => {
  const runnerEnv = join(process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage', 'runner/env');
  const envs: [string, NodeJS.ProcessEnv][] = [['the default engine', process.env]];
  if (existsSync(runnerEnv)) {
    const vars: Record<string, string> = {};
    for (const m of readFileSync(runnerEnv, 'utf8').matchAll(/(\w+)=(\S+)/g)) vars[m[1]] = m[2];
    envs.push(['the runner path', { ...process.env, ...vars }]);
  }
  const docker = (args: string[], env: NodeJS.ProcessEnv) => execFileSync('docker', args, { env, encoding: 'utf8' });
  const real = spawnSync('docker', ['buildx', 'version']).status === 0;

  (real ? test.each(envs) : test.skip.each(envs))('%s: the facts asked directly are the ones docker gives', async (_what, env) => {
    // the direct paths are taken here: the plugin docker runs and the engine's socket
    const plugin = buildxPlugin(env);
    expect(plugin).not.toBeNull();
    expect(engineSocket(env)).not.toBeNull();
    expect(execFileSync(plugin as string, ['version'], { env, encoding: 'utf8' })).toBe(docker(['buildx', 'version'], env));
    const builder = env.BUILDX_BUILDER ?? '';
    const viaDocker = factsFrom(
      docker(['buildx', 'version'], env),
      docker(['buildx', 'inspect', ...(builder ? [builder] : [])], env),
      docker(['info', '--format', '{{json .DriverStatus}}'], env)
    );
    const direct = await gatherFacts(builder, { builder: true, imageStore: true }, env);
    expect(direct).toEqual(viaDocker);
    expect(direct.version).not.toBeNull();
    expect(direct.driver).not.toBeNull();
    expect(await completeFacts({ ...NO_FACTS, version: direct.version }, builder, { builder: true, imageStore: true }, env)).toEqual(viaDocker);
  });

  (real ? test : test.skip)('the image size asked of the engine directly is the one `docker image inspect` gives', async () => {
    // an image of the test's own, imported from a small file system (no registry or network needed)
    const dir = mkdtempSync(join(tmpdir(), 'bs-size-image-'));
    writeFileSync(join(dir, 'hello.txt'), 'x'.repeat(4096));
    execFileSync('tar', ['-cf', join(dir, 'fs.tar'), '-C', dir, 'hello.txt']);
    // one tag, imported again each run (`docker image rm` takes ~10 s on the containerd store here)
    const ref = 'buildstage-test/size:probe';
    docker(['import', join(dir, 'fs.tar'), ref], process.env);
    expect(engineSocket(process.env)).not.toBeNull();
    const [size, layers] = docker(['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref], process.env).trim().split(' ').map(Number);
    expect(await localImageSize(ref)).toEqual({ sizeBytes: size, layers });
    expect(size).toBeGreaterThan(0);
    // an image the engine does not have: null, through either path
    expect(await localImageSize('127.0.0.1:5000/no-such-image-here:never')).toBeNull();
  });
});
