// Renders the inputs/outputs tables of action.yml (and ecr-lifecycle/action.yml) into
// README.md between the INPUTS-TABLE markers. `node scripts/readme-inputs.mjs` writes;
// test/unit/docs/readme.test.ts fails when README and action.yml disagree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function renderTables(actionYml, title) {
  const doc = parse(actionYml);
  const lines = [`### ${title}: inputs`, '', '| input | default | description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const def = spec.default === undefined ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(spec.description)} |`);
  }
  lines.push('', `### ${title}: outputs`, '', '| output | description |', '|---|---|');
  for (const [name, spec] of Object.entries(doc.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export function renderAll(root) {
  const parts = [renderTables(readFileSync(`${root}/action.yml`, 'utf8'), 'Build action (`action.yml`)')];
  if (existsSync(`${root}/ecr-lifecycle/action.yml`)) {
    parts.push(renderTables(readFileSync(`${root}/ecr-lifecycle/action.yml`, 'utf8'), 'ECR lifecycle action (`ecr-lifecycle/action.yml`)'));
  }
  return parts.join('\n\n');
}

export const START = '<!-- INPUTS-TABLE:START -->';
export const END = '<!-- INPUTS-TABLE:END -->';

export function tableInReadme(readme) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  return a >= 0 && b > a ? readme.slice(a + START.length, b).trim() : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no INPUTS-TABLE markers');
  writeFileSync(`${root}/README.md`, `${readme.slice(0, a + START.length)}\n${renderAll(root)}\n${readme.slice(b)}`);
  console.log('README.md inputs/outputs tables updated from action.yml');
}
