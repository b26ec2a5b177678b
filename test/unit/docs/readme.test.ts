// The README's inputs/outputs tables are generated from action.yml; this keeps them equal.
import { readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { renderAll, tableInReadme } from '../../../scripts/readme-inputs.mjs';
import { parse } from 'yaml';

const root = process.cwd();

test('README tables equal what action.yml says (run node scripts/readme-inputs.mjs to update)', () => {
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  expect(tableInReadme(readme)).toBe(renderAll(root));
});

test('every action.yml input and output appears in the README by name', () => {
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  const action = parse(readFileSync(`${root}/action.yml`, 'utf8')) as { inputs: object; outputs: object };
  const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter((n) => !readme.includes(`| \`${n}\` |`));
  expect(missing).toEqual([]);
});

test('the Inputs interface reads every action.yml input and nothing else', async () => {
  const { readInputs } = await import('../../../src/inputs/inputs.js');
  const asked: string[] = [];
  readInputs((name) => {
    asked.push(name);
    return '';
  });
  const action = parse(readFileSync(`${root}/action.yml`, 'utf8')) as { inputs: object };
  expect([...new Set(asked)].sort()).toEqual(Object.keys(action.inputs).sort());
});
