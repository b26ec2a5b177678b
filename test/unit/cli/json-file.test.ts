// The one JSON-file loader of the CLI: every problem is bad input (exit 2) in one line that
// names the flag, the file and the fix; the schema check is the src/schemas/ parser given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicyText } from '../../../src/ecr/policy.js';
import { BadInputError, exitCodeOf, UsageError } from '../../../src/cli/exit.js';
import { memoryIO } from '../../../src/cli/io.js';
import { readJsonFile } from '../../../src/cli/json-file.js';
import { parseServices } from '../../../src/schemas/monorepo.js';

const dir = mkdtempSync(join(tmpdir(), 'bs-json-file-'));
writeFileSync(join(dir, 'ok.json'), '{"services":[{"name":"api","context":".","file":"Dockerfile","image":"x/api"}]}');
writeFileSync(join(dir, 'bad.json'), '{"services": [');
writeFileSync(join(dir, 'policy.yaml'), 'rules: []\n');
writeFileSync(join(dir, 'shape.json'), '{"services": [{"name": 1}]}');
const io = memoryIO({ cwd: dir });
const spec = { flag: '--services', what: 'the services file', check: parseServices };

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
};

test('a good file, resolved against the working directory, checked', () => {
  expect(readJsonFile(io, 'ok.json', spec)).toEqual([{ name: 'api', context: '.', file: 'Dockerfile', image: 'x/api' }]);
  expect(readJsonFile(io, join(dir, 'ok.json'), { flag: '--x', what: 'JSON' })).toMatchObject({ services: [{ name: 'api' }] });
});

test('no path is usage; a missing file, a directory, bad JSON, the wrong shape are bad input, each one line', () => {
  const none = thrown(() => readJsonFile(io, undefined, spec));
  expect(none).toBeInstanceOf(UsageError);
  expect(none.message).toBe('--services is required: the services file');
  const cases: Array<[string, RegExp]> = [
    ['nope.json', /^--services nope\.json: no such file \(resolved to .*nope\.json\); pass the services file$/],
    ['.', /^--services \.: not a file; pass the services file$/],
    ['bad.json', /^--services bad\.json: not JSON \(.*\); pass the services file$/],
    ['policy.yaml', /^--services policy\.yaml: not JSON \(.*\); pass the services file$/],
    ['shape.json', /^--services shape\.json: \/services\/0 needs "context";.*\/services\/0\/name must be string$/]
  ];
  for (const [path, message] of cases) {
    const e = thrown(() => readJsonFile(io, path, spec));
    expect(e).toBeInstanceOf(BadInputError);
    expect(exitCodeOf(e)).toBe(2);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
  }
});

test('another text format through parseText (an ECR policy may be YAML)', () => {
  expect(readJsonFile(io, 'policy.yaml', { flag: '--policy', what: 'a policy', parseText: parsePolicyText })).toEqual({ rules: [] });
});
