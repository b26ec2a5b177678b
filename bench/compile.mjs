// Compiles src/ to .tmp/bench-build (plain tsc) so benchmarks import the real modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function compile(root = process.cwd()) {
  const out = join(root, '.tmp/bench-build');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '--outDir',
      out,
      '--rootDir',
      root,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--esModuleInterop',
      '--types',
      'node',
      ...process.argv.slice(2).filter((a) => a.endsWith('.ts')),
      'src/timing/report-from-file.ts',
      'src/timing/render-markdown.ts'
    ],
    { cwd: root, stdio: 'inherit' }
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  // resolve node_modules from the project
  return out;
}
