import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { memoryIO } from '../../../src/cli/io.js';

const B = 'test/fixtures/rawjson/buildx-0.13';

test('report --from a saved stream prints the breakdown, --json the report, --summary-md the Markdown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-report-'));
  const io = memoryIO({ cwd: process.cwd() });
  expect(
    await runCli(
      ['report', '--from', `${B}/parallel-stages-cold-push.rawjson`, '--dockerfile', `${B}/Dockerfile.parallel`, '--summary-md', join(dir, 's.md')],
      io
    )
  ).toBe(0);
  const text = io.out.join('');
  for (const stage of ['runtime', 'compile', 'assets', 'deps']) expect(text).toContain(stage);
  expect(readFileSync(join(dir, 's.md'), 'utf8')).toContain('```mermaid');

  const j = memoryIO({ cwd: process.cwd() });
  expect(await runCli(['report', '--from', `${B}/parallel-stages-cold-push.rawjson`, '--json'], j)).toBe(0);
  expect(JSON.parse(j.out.join('')).schemaVersion).toBe(1);
});

test('a missing file, or one with no BuildKit status in it, is a clear error', async () => {
  const a = memoryIO({ cwd: process.cwd() });
  expect(await runCli(['report', '--from', 'nope.rawjson'], a)).toBe(2);
  expect(a.err.join('')).toMatch(/--from nope\.rawjson: no such file/);
  const b = memoryIO({ cwd: process.cwd() });
  // not a rawjson stream: bad input (exit 2), as a missing file is
  expect(await runCli(['report', '--from', 'README.md'], b)).toBe(2);
  expect(b.err.join('')).toMatch(/no BuildKit status objects found/);
});

test('unknown commands and flags get the usage', async () => {
  const io = memoryIO();
  expect(await runCli(['frobnicate'], io)).toBe(2);
  expect(io.err.join('')).toMatch(/unknown command "frobnicate"[\s\S]*usage: node dist\/cli\.js <command>/);
});
