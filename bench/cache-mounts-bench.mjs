// Benchmark (issue 13): cache mounts across runners. For each example app, in one run:
//   seed     a build on main (its layers in the gha cache, its cache mounts saved)
//   change   one dependency added to the lockfile
//   none     a new runner (builder pruned), `cache-mounts: none`: the install downloads everything
//   auto     a new runner, `cache-mounts: auto`: the mounts are restored first, saved after
// then `change`, `none` and `auto` again per --repeat, each change on top of the last, the
// order of none and auto alternating (this machine is shared: load moves between runs).
// Every changed build reads the seed's gha scope and writes to a scope of its own, so none
// sees another's layers; auto restores the newest mount contents saved before it.
// Measured: the install steps, the whole step (wall time of the action: restore + build +
// save), and the restore and save phases.
// Targets: install ≥ 3x faster with the mounts; whole step faster, restore and save included.
//
//   node bench/cache-mounts-bench.mjs [--apps medusa,fastapi,fastapi-web] [--repeat 2] [--link RTT_MS,MB_PER_S]
// --link puts the build's package downloads behind a local HTTPS proxy (the predefined
// HTTPS_PROXY build arg, not part of any cache key) that adds that round trip to every
// request and shares that bandwidth: this machine's npm and PyPI mirrors answer in ~1 ms at
// ~100 MB/s, where a download cache can save next to nothing.
// The runner path (bash scripts/engine-up.sh --runner): the bundled action on Node 24, a
// docker-container builder of its own (BuildKit v0.34) pruned between runs except for the
// pulled base images (this machine's registry mirror serves them slowly; both variants
// start with them), the Actions cache over the local v2 cache service. dist/ must be built
// (npm run bundle); the changed lockfiles are made with the package managers in
// containers (npm and PyPI reachable with --network host).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importCacheService } from './compile.mjs';
import { readRunnerEnv, runBundledAction } from './lib.mjs';

const { values } = parseArgs({
  options: {
    apps: { type: 'string', default: 'medusa,fastapi,fastapi-web' },
    repeat: { type: 'string', default: '2' },
    registry: { type: 'string', default: '127.0.0.1:5000' },
    link: { type: 'string' }
  }
});
const root = process.cwd();
const runnerEnv = readRunnerEnv();
const node24 = runnerEnv.BUILDSTAGE_NODE24;

// the example apps and the one-dependency changes made to each (one per repeat, cumulative)
const npmAdd = (pkg) => `npm install --package-lock-only --no-audit --no-fund --ignore-scripts ${pkg}`;
const uvAdd = (pkg) => `pip install -q --no-cache-dir uv==0.13.9 2>/dev/null && uv add --no-sync "${pkg}"`;
const pnpmAdd = (pkg) => `npm install -g --no-audit --no-fund --loglevel=error pnpm@9.8.0 && pnpm add -D --lockfile-only ${pkg}`;
const APPS = {
  medusa: {
    dir: 'examples/medusa',
    target: 'server',
    // dependency-free packages the tree does not have yet
    changes: ['left-pad@1.3.0', 'repeat-string@1.6.1', 'is-odd@3.0.1'].map((p) => ({
      what: p,
      image: 'node:20-bookworm-slim',
      cwd: '.',
      cmd: npmAdd(p),
      files: ['package.json', 'package-lock.json']
    }))
  },
  // the backend's uv lockfile
  fastapi: {
    dir: 'examples/fastapi',
    target: '',
    changes: ['python-dotenv==1.0.1', 'six==1.16.0', 'idna==3.7'].map((p) => ({
      what: p,
      image: 'python:3.11-slim-bookworm',
      cwd: 'backend',
      cmd: uvAdd(p),
      files: ['backend/pyproject.toml', 'backend/uv.lock']
    }))
  },
  // the frontend's pnpm lockfile
  'fastapi-web': {
    dir: 'examples/fastapi',
    target: '',
    changes: ['left-pad@1.3.0', 'repeat-string@1.6.1', 'is-odd@3.0.1'].map((p) => ({
      what: p,
      image: 'node:20-bookworm-slim',
      cwd: 'frontend',
      cmd: pnpmAdd(p),
      files: ['frontend/package.json', 'frontend/pnpm-lock.yaml']
    }))
  }
};

const { startCacheService, pushScopes } = await importCacheService(root);

// a builder of this run's own, made as setup-buildx-action makes it
const dockerConfig = mkdtempSync(join(tmpdir(), 'bs-bench-docker-'));
cpSync(runnerEnv.DOCKER_CONFIG, dockerConfig, { recursive: true, verbatimSymlinks: true });
writeFileSync(join(dockerConfig, 'config.json'), '{}');
const builder = `bs-bench-mounts-${process.pid}`;
const dockerEnv = { ...process.env, DOCKER_CONFIG: dockerConfig };
delete dockerEnv.BUILDX_BUILDER;
const docker = (args) => execFileSync('docker', args, { env: dockerEnv, encoding: 'utf8' });
docker(['buildx', 'create', '--name', builder, '--driver', 'docker-container', '--driver-opt', 'network=host', '--use']);
docker(['buildx', 'inspect', '--bootstrap', builder]);

/** An HTTPS proxy (CONNECT) that delays each request by rttMs and shares bytesPerSec among all downloads. */
function startSlowLink(rttMs, bytesPerSec) {
  let free = 0;
  /** Writes to `dst` in order, each at its time (times never decrease). */
  const delayed = (dst) => {
    const queue = [];
    let timer = null;
    const pump = () => {
      timer = null;
      while (queue.length && queue[0].at <= Date.now()) {
        const { data } = queue.shift();
        if (data === null) dst.end();
        else if (!dst.destroyed) dst.write(data);
      }
      if (queue.length) timer = setTimeout(pump, queue[0].at - Date.now());
    };
    return (data, at) => {
      queue.push({ data, at: Math.max(at, queue.length ? queue[queue.length - 1].at : 0) });
      if (!timer) timer = setTimeout(pump, Math.max(0, queue[0].at - Date.now()));
    };
  };
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    const [host, port] = req.url.split(':');
    const upstream = net.connect(Number(port) || 443, host);
    const toUpstream = delayed(upstream);
    const toClient = delayed(client);
    upstream.on('connect', () => {
      toClient(Buffer.from('HTTP/1.1 200 Connection Established\r\n\r\n'), Date.now() + rttMs);
      if (head.length) toUpstream(head, Date.now());
    });
    // a request reaches the server half a round trip later; its answer comes back half a round trip later, at the shared rate
    client.on('data', (d) => toUpstream(d, Date.now() + rttMs / 2));
    upstream.on('data', (d) => {
      free = Math.max(free, Date.now() + rttMs / 2) + (d.length / bytesPerSec) * 1000;
      toClient(d, free);
    });
    upstream.on('end', () => toClient(null, free));
    client.on('end', () => toUpstream(null, Date.now() + rttMs / 2));
    const kill = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', kill);
    upstream.on('error', kill);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ port: server.address().port, close: () => server.close() })));
}
let link = null;
if (values.link) {
  const [rtt, mbps] = values.link.split(',').map(Number);
  link = { rtt, mbps, ...(await startSlowLink(rtt, mbps * 1024 * 1024)) };
}
const linkArgs = link ? { 'build-args': `HTTPS_PROXY=http://127.0.0.1:${link.port}\nhttps_proxy=http://127.0.0.1:${link.port}` } : {};

/** A new runner: every record of the builder pruned but the pulled base images. */
function newRunner() {
  const ids = docker(['buildx', 'du', '--verbose'])
    .split(/\n\s*\n/)
    .map((b) => ({ id: /^ID:\s+(\S+)/m.exec(b)?.[1], description: /^Description:\s+(.*)$/m.exec(b)?.[1] ?? '' }))
    .filter((r) => r.id && !r.description.startsWith('pulled from'))
    .map((r) => r.id);
  if (ids.length) docker(['buildx', 'prune', '--all', '--force', '--filter', `id~=^(${ids.join('|')})$`]);
}

async function runAction(ws, cacheEnv, tag, inputs) {
  const { wallMs, log, report } = await runBundledAction({
    root,
    node: node24,
    ws,
    tag,
    dockerConfig,
    sha: execFileSync('openssl', ['rand', '-hex', '20'], { encoding: 'utf8' }).trim(),
    cacheEnv,
    inputs,
    saveLog: true,
    failOnErrorAnnotation: true
  });
  const installs = report.steps.filter((s) => /--mount=type=cache/.test(s.name) && !s.cached && s.durationMs > 0);
  const cm = report.cacheMounts ?? null;
  return {
    tag,
    wallMs,
    buildMs: report.durationMs,
    installs: installs.map((s) => ({ name: s.name.replace(/\s+/g, ' ').slice(0, 90), ms: s.durationMs })),
    restoreMs: cm?.restoreMs ?? 0,
    saveMs: cm?.saveMs ?? 0,
    mounts: (cm?.mounts ?? []).map((m) => ({
      id: m.id,
      restored: m.restored,
      from: m.restoredFrom,
      restoredBytes: m.restoredBytes,
      savedBytes: m.savedBytes,
      stepRan: m.stepRan,
      saved: m.saved,
      restoreMs: m.restoreMs,
      saveMs: m.saveMs
    })),
    warnings: [...log.matchAll(/^::warning::(.*)$/gm)].map((m) => m[1].slice(0, 200))
  };
}

/** The app with one more dependency: the package manager run in a container, the changed files kept aside. */
function makeChange(c, ws) {
  const scratch = mkdtempSync(join(tmpdir(), 'bs-bench-change-'));
  cpSync(join(ws, 'app'), scratch, { recursive: true });
  const r = spawnSync(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'host',
      '-v',
      `${scratch}:/w`,
      '-w',
      `/w/${c.cwd}`,
      c.image,
      'sh',
      '-c',
      `${c.cmd} && chown -R ${process.getuid()}:${process.getgid()} /w`
    ],
    { encoding: 'utf8' }
  );
  if (r.status !== 0) throw new Error(`making the lockfile change failed: ${r.stderr.slice(-2000)}`);
  for (const f of c.files) cpSync(join(scratch, f), join(ws, 'app', f));
}

const sec = (ms) => `${(ms / 1000).toFixed(1)}s`;
const mb = (b) => (b == null ? '-' : `${(b / 1024 / 1024).toFixed(1)} MB`);
const results = [];
const total = (installs) => installs.reduce((a, s) => a + s.ms, 0);
function print(name, app, seed, pairs, ws) {
  console.log(`\n${name} (${app.dir}${app.target ? `, target ${app.target}` : ''})   [logs in ${ws}]`);
  console.log(
    `  seed build: ${sec(seed.wallMs)} (mounts saved: ${seed.mounts
      .filter((m) => m.saved)
      .map((m) => `${m.id} ${mb(m.savedBytes)}`)
      .join(', ')})`
  );
  for (const { what, none, auto, first } of pairs) {
    console.log(`  + ${what} (ran ${first} first)`);
    for (const [label, r] of [
      ['cache-mounts: none', none],
      ['cache-mounts: auto', auto]
    ]) {
      console.log(`    ${label}: step ${sec(r.wallMs)}, build ${sec(r.buildMs)}, restore ${sec(r.restoreMs)}, save ${sec(r.saveMs)}`);
      for (const s of r.installs) console.log(`        install ${sec(s.ms).padStart(7)}  ${s.name}`);
      for (const m of r.mounts)
        console.log(
          `        mount ${m.id}: restored ${m.restored ? `${m.from} ${mb(m.restoredBytes)}` : `no${m.from ? ` (${m.from})` : ''}`}${m.stepRan ? ', step ran' : ''}${m.saved ? `, saved ${mb(m.savedBytes)}` : ''}`
        );
      for (const w of r.warnings.filter((x) => !/build record: upload failed/.test(x))) console.log(`        warning: ${w}`);
    }
    console.log(
      `    install: ${sec(total(none.installs))} → ${sec(total(auto.installs))} = ${(total(none.installs) / total(auto.installs)).toFixed(1)}x faster (target ≥ 3x)`
    );
    console.log(
      `    whole step: ${sec(none.wallMs)} → ${sec(auto.wallMs)} incl. restore ${sec(auto.restoreMs)} + save ${sec(auto.saveMs)}: ${sec(none.wallMs - auto.wallMs)} saved (target > 0)`
    );
  }
  if (pairs.length > 1) {
    const sum = (f) => pairs.reduce((a, p) => a + f(p), 0);
    console.log(
      `  over ${pairs.length} changes: install ${(sum((p) => total(p.none.installs)) / sum((p) => total(p.auto.installs))).toFixed(1)}x faster; whole step ${sec(sum((p) => p.none.wallMs) / pairs.length)} → ${sec(sum((p) => p.auto.wallMs) / pairs.length)} on average, restore + save ${sec(sum((p) => p.auto.restoreMs + p.auto.saveMs) / pairs.length)}`
    );
  }
}
for (const name of values.apps.split(',')) {
  const app = APPS[name];
  const ws = mkdtempSync(join(tmpdir(), `bs-bench-mounts-${name}-`));
  cpSync(resolve(app.dir), join(ws, 'app'), { recursive: true, filter: (p) => !/node_modules|\.venv|\.medusa|\/dist$/.test(p) });
  const svc = await startCacheService();
  const cacheEnv = svc.env(pushScopes('main'));
  const image = `${values.registry}/bench-mounts-${name}-${Date.now().toString(36)}`;
  // explicit gha scopes: every changed build reads the seed's layers and writes a scope of its own
  const gha = (from, to) => ({ 'cache-from': `type=gha,scope=${from}`, 'cache-to': `type=gha,scope=${to},mode=max,ignore-error=true` });
  const base = { images: image, ...(app.target ? { target: app.target } : {}), ...linkArgs };
  try {
    newRunner();
    const seed = await runAction(ws, cacheEnv, 'seed', { ...base, ...gha('seed', 'seed'), 'cache-mounts': 'auto' });
    const pairs = [];
    for (let i = 0; i < Number(values.repeat); i++) {
      // one more dependency on top of the last; the runs alternate which variant goes first
      const change = app.changes[i % app.changes.length];
      makeChange(change, ws);
      const run = async (variant) => {
        newRunner();
        return runAction(ws, cacheEnv, `${variant}-${i}`, { ...base, ...gha('seed', `${variant}-${i}`), 'cache-mounts': variant });
      };
      const first = i % 2 === 0 ? 'none' : 'auto';
      const a = await run(first);
      const b = await run(first === 'none' ? 'auto' : 'none');
      pairs.push({ what: change.what, first, none: first === 'none' ? a : b, auto: first === 'none' ? b : a });
    }
    results.push({ app: name, seed, pairs });
    print(name, app, seed, pairs, ws);
  } finally {
    await svc.close();
  }
}
docker(['buildx', 'rm', builder]);
link?.close();
if (link) console.log(`\npackage downloads through a proxy adding ${link.rtt} ms per request and sharing ${link.mbps} MB/s`);
console.log(
  `\nrunner path: ${docker(['buildx', 'version']).trim()}, docker-container builder (BuildKit v0.34), node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
);
console.log(JSON.stringify(results.map(({ ws: _ws, ...r }) => r)));
