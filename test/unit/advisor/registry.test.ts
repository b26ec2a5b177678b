// Every rule file under src/advisor/rules/ is registered in its index, once, with a docs
// line and a test beside it: a new rule is one file plus its test, and forgetting to list
// it fails here.
import { existsSync, readdirSync } from 'node:fs';
import { RULES } from '../../../src/advisor/rules/index.js';
import { FINDING_IDS, type AdvisorRule } from '../../../src/advisor/types.js';

const RULES_DIR = 'src/advisor/rules';
const NOT_RULES = new Set(['index.ts', 'shared.ts']);
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

test('the rules directory has rule files', () => {
  expect(ruleFiles.length).toBeGreaterThan(0);
});

test.each(ruleFiles)('%s.ts exports one rule, named by its file and listed in the index', async (name) => {
  const mod = (await import(`../../../${RULES_DIR}/${name}.js`)) as Record<string, AdvisorRule>;
  const exported = Object.values(mod);
  expect(exported).toHaveLength(1);
  const [rule] = exported;
  expect(rule.id).toBe(name);
  expect(RULES).toContain(rule);
});

test('the index lists each rule file once, and nothing else', () => {
  expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles);
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

test('the rules are exactly the finding ids users can skip', () => {
  expect(RULES.map((r) => r.id).sort()).toEqual([...FINDING_IDS].sort());
});

test.each(RULES.map((r) => [r.id, r] as const))('%s has a one-line docs text, a severity and a scope', (_id, rule) => {
  expect(rule.docs.trim().length).toBeGreaterThan(20);
  expect(rule.docs).not.toMatch(/\n/);
  expect(rule.docs.length).toBeLessThanOrEqual(200);
  expect(['error', 'warning', 'info']).toContain(rule.severity);
  expect(['install', 'file']).toContain(rule.scope);
});

test.each(ruleFiles)('%s has its test in test/unit/advisor/rules/', (name) => {
  expect(existsSync(`test/unit/advisor/rules/${name}.test.ts`)).toBe(true);
});

test('every test in test/unit/advisor/rules/ is of a rule', () => {
  const tests = readdirSync('test/unit/advisor/rules').map((f) => f.replace(/\.test\.ts$/, ''));
  expect(tests.filter((t) => !ruleFiles.includes(t))).toEqual([]);
});
