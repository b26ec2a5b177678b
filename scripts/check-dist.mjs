// Fails when the committed dist/ is stale: rebuilds it and asks git whether anything
// under dist/ changed (status, not diff, so new chunk files count too).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });

// The bundle is index.js (+ numbered chunks), their source maps, licenses and package.json; anything else is
// a file the asset relocator copied from the repository by mistake.
const stray = readdirSync('dist/lib', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath ?? e.path, e.name))
  .filter((p) => !/^dist\/lib\/(index\.js|\d+\.index\.js|(index|\d+\.index)\.js\.map|licenses\.txt|package\.json)$/.test(p));
if (stray.length) {
  console.error(`dist/lib has files the bundle should not carry:\n${stray.join('\n')}`);
  process.exit(1);
}
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (status) {
  console.error(`dist/ is stale: run \`npm run bundle\` and commit dist/.\n${status}`);
  process.exit(1);
}
console.log('dist/ is up to date');
