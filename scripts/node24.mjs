// Runs a command under Node 24 (what `runs.using: node24` runs on GitHub), using the Node
// that `scripts/engine-up.sh --runner` installs: node scripts/node24.mjs <script> [args...]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const envFile = join(process.env.BUILDSTAGE_STATE ?? '/var/lib/buildstage', 'runner/env');
const node24 = existsSync(envFile) ? /BUILDSTAGE_NODE24=(\S+)/.exec(readFileSync(envFile, 'utf8'))?.[1] : undefined;
if (!node24 || !existsSync(node24)) {
  console.error(`Node 24 is not set up (${envFile}): run bash scripts/engine-up.sh --runner`);
  process.exit(2);
}
const r = spawnSync(node24, process.argv.slice(2), { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
