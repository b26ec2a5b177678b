// setup-buildx stand-in, post step: removes the builder the main step made, as the real
// action's cleanup does (cleanup: true, the default).
import { spawnSync } from 'node:child_process';

const name = process.env.STATE_builderName ?? '';
if (!name || process.env.STATE_builderDriver === 'docker') process.exit(0);
if (process.env.STATE_cleanup === 'false') {
  console.log(`setup-buildx stand-in: cleanup: false, keeping builder ${name}`);
  process.exit(0);
}
console.log(`[command]docker buildx rm ${name}`);
const r = spawnSync('docker', ['buildx', 'rm', name], { stdio: 'inherit' });
if (r.status !== 0) console.log(`::warning::docker buildx rm ${name} failed (exit ${r.status})`);
