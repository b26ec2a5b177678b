// Compiles TypeScript from this checkout with plain tsc so benchmarks import the real modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Compiles `files` (paths from root) to outDir as ES modules (the tree below root kept, so
 * src/x.ts becomes outDir/src/x.js); with linkNodeModules, outDir/node_modules links to the
 * project's. Returns outDir.
 */
export function compileTs(files, { root = process.cwd(), outDir = join(root, '.tmp/bench-build'), linkNodeModules = false } = {}) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '--outDir',
      outDir,
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
      ...files
    ],
    { cwd: root, stdio: 'inherit' }
  );
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  if (linkNodeModules && !existsSync(join(outDir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'));
  return outDir;
}

/** Compiles src/timing (and any .ts files given on the command line) to .tmp/bench-build. */
export function compile(root = process.cwd(), { linkNodeModules = false } = {}) {
  const files = [...process.argv.slice(2).filter((a) => a.endsWith('.ts')), 'src/timing/report-from-file.ts', 'src/timing/render-markdown.ts'];
  return compileTs(files, { root, linkNodeModules });
}

/** The local v2 cache service (a test helper in TypeScript), compiled once for this run to a temporary directory. */
export function importCacheService(root = process.cwd()) {
  const out = compileTs(['test/helpers/cache-service.ts'], { root, outDir: mkdtempSync(join(tmpdir(), 'bs-bench-helper-')) });
  return import(pathToFileURL(join(out, 'test/helpers/cache-service.js')).href);
}
