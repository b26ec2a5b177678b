import { readFileSync } from 'node:fs';
import { RawjsonParser } from '../../../src/timing/rawjson-parser.js';
import type { SolveStatus } from '../../../src/timing/types.js';
import { naiveObjects } from './reference.js';

const FIX = 'test/fixtures/rawjson';
const pretty = `${FIX}/buildx-0.13/cold-push-registry-cache.rawjson`;
const failed = `${FIX}/buildx-0.13/failed-step.rawjson`;
const jsonl = `${FIX}/buildkit-history/moby-buildkit-84steps.jsonl`;

function parseAll(text: string, chunkSize: number): SolveStatus[] {
  const p = new RawjsonParser();
  const out: SolveStatus[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...p.push(text.slice(i, i + chunkSize)));
  out.push(...p.end());
  return out;
}

test('pretty-printed objects (buildx 0.13) are all found', () => {
  const text = readFileSync(pretty, 'utf8');
  expect(parseAll(text, 1 << 16)).toEqual(naiveObjects(pretty));
});

test('one object per line (current buildx) gives the same objects as pretty-printed', () => {
  const objects = naiveObjects(pretty);
  const asJsonl = objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
  expect(parseAll(asJsonl, 4096)).toEqual(objects);
});

test.each([1, 3, 17, 1000])('any chunking (%i chars) gives the same result', (size) => {
  const text = readFileSync(pretty, 'utf8');
  expect(parseAll(text, size)).toEqual(naiveObjects(pretty));
});

test('the plain-text error lines at the end of a failed build are skipped', () => {
  const text = readFileSync(failed, 'utf8');
  expect(text).toMatch(/ERROR: failed to solve/);
  const objects = parseAll(text, 777);
  expect(objects).toEqual(naiveObjects(failed));
  expect(objects.length).toBeGreaterThan(10);
});

test('a stream cut off mid-object keeps every complete object before the cut', () => {
  const text = readFileSync(pretty, 'utf8');
  const cut = text.slice(0, Math.floor(text.length / 2));
  const got = parseAll(cut, 500);
  const all = naiveObjects(pretty);
  expect(got.length).toBeGreaterThan(0);
  expect(got).toEqual(all.slice(0, got.length));
  expect(got.length).toBeLessThan(all.length);
});

test('a truncated object followed by a new one: the new one is still parsed', () => {
  const a = '{\n  "vertexes": [\n    {\n      "digest": "sha256:aa",\n      "name": "cut';
  const b = '{"vertexes":[{"digest":"sha256:bb","name":"[x 1/1] RUN true"}]}\n';
  const got = parseAll(`${a}\n${b}`, 5);
  expect(got).toEqual([JSON.parse(b)]);
});

test('unknown fields are kept and do not disturb parsing', () => {
  const line = '{"vertexes":[{"digest":"d","name":"n","progressGroup":{"id":"x"}}],"newField":{"nested":[1,2,{"a":"}"}]}}\n';
  expect(parseAll(line, 3)).toEqual([JSON.parse(line)]);
});

test('braces inside strings do not end an object', () => {
  const line = '{"logs":[{"vertex":"v","data":"e30="}],"x":"} { \\" }"}\n';
  expect(parseAll(line, 2)).toEqual([JSON.parse(line)]);
});

test('the 84-step BuildKit history stream parses line by line', () => {
  const text = readFileSync(jsonl, 'utf8');
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  expect(parseAll(text, 8192)).toEqual(lines);
});
