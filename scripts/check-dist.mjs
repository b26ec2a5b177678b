// Fails when the committed dist/ is stale: rebuilds it and asks git whether anything
// under dist/ changed (status, not diff, so new chunk files count too).
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (status) {
  console.error(`dist/ is stale: run \`npm run bundle\` and commit dist/.\n${status}`);
  process.exit(1);
}
console.log('dist/ is up to date');
