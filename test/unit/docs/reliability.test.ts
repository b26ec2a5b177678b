// README "Reliability" is checked against the tests: every row names a test file and a test
// that exists in it, the fault count is the number of fault rows, and the bad-input figures
// are the sizes of the tables the tests run (test/helpers/bad-inputs.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_BAD_INPUTS, ECR_BAD_INPUTS } from '../../helpers/bad-inputs.js';

const ROOT = process.cwd();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Reliability'), readme.indexOf('\n## ', readme.indexOf('## Reliability') + 5));

interface Row {
  fault: string;
  file: string;
  title: string;
}

const rows: Row[] = section
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| fault |'))
  .map((l) => {
    const cells = l.split(' | ');
    const ref = cells[cells.length - 1];
    const m = /`([\w.-]+\.test\.ts)`: "([^"]+)"/.exec(ref);
    if (!m) throw new Error(`README Reliability row without a test reference: ${l}`);
    return { fault: cells[0].replace(/^\| /, ''), file: m[1], title: m[2] };
  });

test('the section has its table', () => {
  expect(section).toMatch(/^## Reliability/);
  expect(rows.length).toBeGreaterThan(10);
});

test.each(rows.map((r) => [r.fault, r] as const))('%s: the named test exists', (_f, r) => {
  const path = join(ROOT, 'test/e2e', r.file);
  expect(existsSync(path)).toBe(true);
  const text = readFileSync(path, 'utf8');
  // the title as written in a test(...) call, its first words at least
  expect(text.includes(r.title)).toBe(true);
  expect(new RegExp(`test(\\.each\\([^)]*\\))?\\(\\s*[\`'"][^\\n]*${r.title.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text)).toBe(true);
});

test('the figures are the tests: faults injected, bad inputs tried', () => {
  const faults = rows.filter((r) => !/^bad input/.test(r.fault)).length;
  expect(section).toContain(`**Faults injected: ${faults}**`);
  const total = BUILD_BAD_INPUTS.length + ECR_BAD_INPUTS.length;
  expect(section).toContain(`**Bad inputs tried: ${total}** (${BUILD_BAD_INPUTS.length} build, ${ECR_BAD_INPUTS.length} lifecycle)`);
  expect(section).toContain(`${BUILD_BAD_INPUTS.length} values of the build action's inputs, ${ECR_BAD_INPUTS.length} of the lifecycle action's`);
});

test('every e2e faults file is in the table', () => {
  const files = new Set(rows.map((r) => r.file));
  for (const f of ['faults-push.test.ts', 'faults-cache.test.ts', 'faults-ecr.test.ts', 'faults-cancel.test.ts', 'faults-github.test.ts', 'faults-inputs.test.ts']) expect(files).toContain(f);
});
