// setup-buildx stand-in, main step (see action.yml). No dependencies: workflow commands
// and the GITHUB_OUTPUT / GITHUB_STATE files by hand.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

const input = (name) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
const lines = (s) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const setOutput = (k, v) => appendFileSync(process.env.GITHUB_OUTPUT, `${k}<<__ACT_EOF__\n${v}\n__ACT_EOF__\n`);
const saveState = (k, v) => appendFileSync(process.env.GITHUB_STATE, `${k}<<__ACT_EOF__\n${v}\n__ACT_EOF__\n`);
const docker = (args, capture = false) => {
  console.log(`[command]docker ${args.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')}`);
  const r = spawnSync('docker', args, { encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
  if (r.status !== 0) {
    console.log(`::error::docker ${args.slice(0, 2).join(' ')} failed (exit ${r.status})`);
    process.exit(1);
  }
  if (capture) process.stdout.write(r.stdout);
  return r.stdout ?? '';
};

for (const name of ['version', 'endpoint', 'append', 'config', 'config-inline', 'buildkitd-config', 'buildkitd-config-inline']) {
  if (input(name)) console.log(`::warning::setup-buildx stand-in: input ${name} is not supported here and was ignored`);
}
if (input('install') === 'true') console.log('::warning::setup-buildx stand-in: install: true is not done (docker build stays the classic builder)');

console.log(`setup-buildx stand-in (node ${process.version})`);
docker(['buildx', 'version']);
const driver = input('driver') || 'docker-container';
let name = 'default';
if (driver !== 'docker') {
  name = input('name') || `builder-${randomUUID()}`;
  const opts = lines(input('driver-opts'));
  if (driver === 'docker-container' && !opts.some((o) => o.startsWith('network='))) {
    opts.push('network=host');
    console.log('setup-buildx stand-in: added --driver-opt network=host (dockerd on this machine has no bridge network)');
  }
  const args = ['buildx', 'create', '--name', name, '--driver', driver];
  for (const o of opts) args.push('--driver-opt', o);
  if (input('buildkitd-flags')) args.push('--buildkitd-flags', input('buildkitd-flags'));
  if (input('platforms')) args.push('--platform', input('platforms'));
  if (input('use') !== 'false') args.push('--use');
  saveState('builderName', name);
  saveState('builderDriver', driver);
  saveState('cleanup', input('cleanup') || 'true');
  docker(args);
}
const inspect = docker(['buildx', 'inspect', '--bootstrap', '--builder', name], true);
const field = (label) => (new RegExp(`^${label}:\\s*(.*)$`, 'm').exec(inspect)?.[1] ?? '').trim();
setOutput('name', name);
setOutput('driver', field('Driver') || driver);
setOutput('platforms', field('Platforms').replace(/\*/g, '').split(/,\s*/).filter(Boolean).join(','));
setOutput('endpoint', field('Endpoint'));
setOutput('status', field('Status'));
setOutput('flags', field('BuildKit daemon flags'));
setOutput('nodes', JSON.stringify([{ name: field('Name'), endpoint: field('Endpoint'), status: field('Status'), buildkit: field('BuildKit version') }]));
