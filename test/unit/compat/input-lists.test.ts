// How every list input of docker/build-push-action is split, written from its README
// "inputs" table (List vs List/CSV), its action.yml defaults and the expectations of its
// __tests__/context.test.ts. The per-input rule lives in
// test/fixtures/compat/build-push-action-inputs.json.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readInputs, type Inputs } from '../../../src/inputs/inputs.js';

type Split = 'csv' | 'lines' | 'lines-keep-whitespace' | 'lines-no-quotes';
interface BpaInput {
  name: string;
  readmeType: string;
  split?: Split;
  default?: string;
}
const fixture = JSON.parse(readFileSync('test/fixtures/compat/build-push-action-inputs.json', 'utf8')) as { inputs: BpaInput[] };
const listInputs = fixture.inputs.filter((i): i is BpaInput & { split: Split } => i.split !== undefined);

function list(name: string, raw: string): string[] {
  const inputs = readInputs((n) => (n === name ? raw : ''));
  return inputs[name as keyof Inputs] as string[];
}

/** Two realistic entries per input, taken from build-push-action's README and tests. */
const SAMPLES: Record<string, [string, string]> = {
  'add-hosts': ['docker:10.180.0.1', 'foo:10.0.0.1'],
  allow: ['network.host', 'security.insecure'],
  annotations: ['index:org.opencontainers.image.description=concurrent, cache-efficient', 'manifest:example3=yyy'],
  attests: ['type=sbom,generator=image', 'type=provenance,mode=max'],
  'build-args': ['MY_ARG=val1,val2,val3', 'ARG=val'],
  'build-contexts': ['alpine=docker-image://alpine:3.20', 'src=../src,extra'],
  'cache-from': ['type=registry,ref=user/app:buildcache', 'type=local,src=path/to/dir'],
  'cache-to': ['type=registry,ref=user/app:buildcache,mode=max', 'type=local,dest=path/to/dir'],
  labels: [
    'org.opencontainers.image.title=buildkit',
    'org.opencontainers.image.description=concurrent, cache-efficient, and Dockerfile-agnostic builder toolkit'
  ],
  'no-cache-filters': ['deps', 'build'],
  outputs: ['type=local,dest=./release-out', 'type=tar,dest=out.tar'],
  platforms: ['linux/amd64', 'linux/arm64'],
  secrets: ['GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789', 'FOO=bar'],
  'secret-envs': ['MY_SECRET=MY_SECRET_ENV', 'ANOTHER_SECRET=ANOTHER_SECRET_ENV'],
  'secret-files': ['MY_SECRET=./secret.txt', 'CERT=./certs/a,b.pem'],
  ssh: ['default', 'github=/home/runner/.ssh/id_ed25519'],
  tags: ['name/app:7.4', 'name/app:latest'],
  ulimit: ['nofile=1024:1024', 'nproc=3']
};

test('the fixture names every list input the brief lists, and has samples for each', () => {
  expect(listInputs.map((i) => i.name).sort()).toEqual(Object.keys(SAMPLES).sort());
});

describe('every build-push-action input is an action.yml input with the same default', () => {
  const actionYml = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  test.each(fixture.inputs.map((i) => [i.name, i.default ?? null] as const))('%s (default %p)', (name, def) => {
    expect(actionYml.inputs[name]).toBeDefined();
    expect(actionYml.inputs[name].default ?? null).toBe(def);
  });
});

describe('every build-push-action input is a key of Inputs', () => {
  const inputs = readInputs(() => '');
  test.each(fixture.inputs.map((i) => [i.name, i.split !== undefined] as const))('%s (list: %p)', (name, isList) => {
    expect(name in inputs).toBe(true);
    expect(Array.isArray(inputs[name as keyof Inputs])).toBe(isList);
  });
});

const csvInputs = listInputs.filter((i) => i.split === 'csv').map((i) => [i.name, ...SAMPLES[i.name]] as const);
const lineInputs = listInputs.filter((i) => i.split !== 'csv').map((i) => [i.name, ...SAMPLES[i.name]] as const);
const quotingLineInputs = listInputs
  .filter((i) => i.split === 'lines' || i.split === 'lines-keep-whitespace')
  .map((i) => [i.name, ...SAMPLES[i.name]] as const);
const trimmingLineInputs = listInputs.filter((i) => i.split === 'lines' || i.split === 'lines-no-quotes').map((i) => [i.name, ...SAMPLES[i.name]] as const);

describe('List/CSV inputs: newlines and commas separate entries', () => {
  test.each(csvInputs)('%s: a,b', (name, a, b) => {
    expect(list(name, `${a},${b}`)).toEqual([a, b]);
  });
  test.each(csvInputs)('%s: "a, b" (space after the comma, README tags example)', (name, a, b) => {
    expect(list(name, `${a}, ${b}`)).toEqual([a, b]);
  });
  test.each(csvInputs)('%s: one per line', (name, a, b) => {
    expect(list(name, `${a}\n${b}`)).toEqual([a, b]);
  });
  test.each(csvInputs)('%s: commas and newlines mixed, blank lines and a trailing newline', (name, a, b) => {
    expect(list(name, `${a},${b}\n\n${a}\n`)).toEqual([a, b, a]);
  });
  test.each(csvInputs)('%s: quoted fields lose their quotes', (name, a, b) => {
    expect(list(name, `"${a}","${b}"`)).toEqual([a, b]);
  });
  test.each(csvInputs)('%s: a quoted field keeps its comma when the line has other fields', (name, a, b) => {
    expect(list(name, `"${a},${b}",${a}`)).toEqual([`${a},${b}`, a]);
  });
  test.each(csvInputs)('%s: a line that is one quoted field is still split on commas (Util.getList)', (name, a, b) => {
    expect(list(name, `"${a},${b}"`)).toEqual([a, b]);
  });
  test.each(csvInputs)('%s: empty is no entry', (name) => {
    expect(list(name, '')).toEqual([]);
  });
});

describe('List inputs: one entry per line, commas kept', () => {
  test.each(lineInputs)('%s: one per line, commas kept', (name, a, b) => {
    expect(list(name, `${a}\n${b}`)).toEqual([a, b]);
  });
  test.each(lineInputs)('%s: blank lines and a trailing newline are no entries', (name, a, b) => {
    expect(list(name, `\n${a}\n\n${b}\n`)).toEqual([a, b]);
  });
  test.each(lineInputs)('%s: empty is no entry', (name) => {
    expect(list(name, '')).toEqual([]);
  });
  test.each(trimmingLineInputs)('%s: surrounding whitespace is trimmed', (name, a, b) => {
    expect(list(name, `   ${a}  \n\t${b} `)).toEqual([a, b]);
  });
  test.each(quotingLineInputs)('%s: a quoted entry loses its quotes and keeps its commas', (name, a, b) => {
    expect(list(name, `"${a}"\n${b}`)).toEqual([a, b]);
  });
  test.each(quotingLineInputs)('%s: a quoted entry may span lines (build-args MULTILINE example)', (name, a, b) => {
    expect(list(name, `"${a}\nsecond line\nthird"\n${b}`)).toEqual([`${a}\nsecond line\nthird`, b]);
  });
});

describe('build-args and labels, as build-push-action tests them', () => {
  test('MY_ARG=val1,val2,val3 / ARG=val / quoted MULTILINE (context.test.ts #1)', () => {
    expect(list('build-args', 'MY_ARG=val1,val2,val3\nARG=val\n"MULTILINE=aaaa\nbbbb\nccc"')).toEqual([
      'MY_ARG=val1,val2,val3',
      'ARG=val',
      'MULTILINE=aaaa\nbbbb\nccc'
    ]);
  });
  test('# is not a comment (context.test.ts #25)', () => {
    expect(list('build-args', 'FOO=bar#baz')).toEqual(['FOO=bar#baz']);
  });
  test('quotes inside a value are kept (context.test.ts #12)', () => {
    const description = 'org.opencontainers.image.description=Reference implementation of operation "filter results (top-n)"';
    expect(list('labels', `org.opencontainers.image.title=filter_results_top_n\n${description}`)).toEqual([
      'org.opencontainers.image.title=filter_results_top_n',
      description
    ]);
  });
});

describe('secrets keep whitespace', () => {
  test('a quoted private key keeps its trailing newlines (getInputs "requests untrimmed secrets")', () => {
    expect(list('secrets', '"PRIVATE_SSH_KEY=test\n\n"')).toEqual(['PRIVATE_SSH_KEY=test\n\n']);
  });
  test('leading and trailing spaces of an entry are kept', () => {
    expect(list('secrets', 'FOO=bar  \n  BAR=baz')).toEqual(['FOO=bar  ', '  BAR=baz']);
  });
  test('quoted entries may span lines and contain blank lines (context.test.ts #9)', () => {
    const raw = 'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar\n"EMPTYLINE=aaaa\n\nbbbb\nccc"';
    expect(list('secrets', raw)).toEqual([
      'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789',
      'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc',
      'FOO=bar',
      'EMPTYLINE=aaaa\n\nbbbb\nccc'
    ]);
  });
  test('unquoted, every line is an entry (context.test.ts #10)', () => {
    const raw = 'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789\nMYSECRET=aaaaaaaa\nbbbbbbb\nFOO=bar';
    expect(list('secrets', raw)).toEqual(['GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789', 'MYSECRET=aaaaaaaa', 'bbbbbbb', 'FOO=bar']);
  });
});

describe('outputs do not treat quotes', () => {
  test('a quoted name list stays verbatim, quotes included (context.test.ts #30)', () => {
    const out = 'type=image,"name=localhost:5000/name/app:latest,localhost:5000/name/app:foo",push-by-digest=true,name-canonical=true,push=true';
    expect(list('outputs', out)).toEqual([out]);
  });
  test('a fully quoted line keeps its quotes', () => {
    expect(list('outputs', '"type=local,dest=out"')).toEqual(['"type=local,dest=out"']);
  });
});
