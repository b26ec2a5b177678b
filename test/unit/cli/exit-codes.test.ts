// The CLI's exit-code contract, command by command, run in-process: 0 it ran and did its
// job, 1 it ran and the job failed, 2 bad usage or input (nothing ran).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, exitCodeOf, UsageError } from '../../../src/cli/exit.js';
import { memoryIO } from '../../../src/cli/io.js';
import { runCli, usage } from '../../../src/cli/main.js';
import { InputError } from '../../../src/common/errors.js';
import { SchemaError } from '../../../src/common/errors.js';

const ROOT = process.cwd();
const REPORTS = join(ROOT, 'test/fixtures/reports');
const RAWJSON = join(ROOT, 'test/fixtures/rawjson/buildx-0.13/parallel-stages-cold-push.rawjson');
const COMMANDS = ['build', 'report', 'compare', 'advise', 'ecr', 'tags', 'changed', 'bake'];

async function cli(argv: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const io = memoryIO({ cwd: o.cwd ?? ROOT, env: o.env ?? {} });
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'bs-cli-exit-'));

describe('the contract in one place', () => {
  test('codes', () => {
    expect(EXIT).toEqual({ OK: 0, FAILED: 1, USAGE: 2 });
  });
  test('bad usage and bad input are 2, anything else 1', () => {
    expect(exitCodeOf(new UsageError('--x is required'))).toBe(2);
    expect(exitCodeOf(new InputError('--cache', 'unknown', 'write auto'))).toBe(2);
    expect(exitCodeOf(new SchemaError('--base a.json', ['not JSON']))).toBe(2);
    expect(exitCodeOf(Object.assign(new TypeError("Unknown option '--nope'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }))).toBe(2);
    expect(exitCodeOf(new Error('registry 127.0.0.1:5999 is unreachable'))).toBe(1);
    expect(exitCodeOf(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeOf('a string')).toBe(1);
  });
  test('--help states it', async () => {
    expect(usage()).toMatch(/exit codes: 0 ok, 1 the job failed .*, 2 bad usage or input/);
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('exit codes: 0 ok');
  });
  test('no command, or an unknown one, is 2 with the usage on stderr', async () => {
    for (const argv of [[], ['frobnicate']]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^error: (no command given|unknown command "frobnicate")\nusage: node dist\/cli\.js <command>/);
    }
  });
});

describe.each(COMMANDS)('%s', (name) => {
  test('--help is 0, its usage and the exit codes on stdout', async () => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^usage: node dist/cli\\.js ${name} `));
    expect(r.out).toContain('exit codes: 0 ok, 1 the job failed');
    expect(r.err).toBe('');
  });
  test('an unknown flag is 2, with the usage', async () => {
    const r = await cli([name, '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: Unknown option '--no-such-flag'/);
    expect(r.err).toContain(`usage: node dist/cli.js ${name} `);
  });
  test('a flag without its value is 2', async () => {
    const flag = {
      build: '--context',
      report: '--from',
      compare: '--base',
      advise: '--file',
      ecr: '--policy',
      tags: '--ref',
      changed: '--base',
      bake: '--file'
    }[name] as string;
    const r = await cli([name, flag]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: Option '.*' argument missing/);
  });
});

describe('report', () => {
  test('ok is 0', async () => {
    expect((await cli(['report', '--from', RAWJSON, '--json'])).code).toBe(0);
  });
  test('no --from, a missing file, a file that is no rawjson stream, bad metadata JSON: 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'meta.json'), '{ not json');
    const missing = await cli(['report']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toMatch(/^error: --from is required/);
    expect((await cli(['report', '--from', 'nope.rawjson'])).err).toMatch(
      /^error: --from nope\.rawjson: no such file \(resolved to .*nope\.rawjson\); pass a saved/
    );
    expect((await cli(['report', '--from', 'README.md'])).code).toBe(2);
    const meta = await cli(['report', '--from', RAWJSON, '--metadata', join(dir, 'meta.json')]);
    expect(meta.code).toBe(2);
    expect(meta.err).toMatch(/^error: --metadata .*meta\.json: not JSON \(.*\); pass the --metadata-file buildx wrote\n$/);
    expect((await cli(['report', '--from', RAWJSON, '--dockerfile', 'Nope.Dockerfile'])).err).toMatch(/^error: --dockerfile Nope\.Dockerfile: no such file/);
  });
  test('a report that cannot be written is 1', async () => {
    const dir = scratch();
    const r = await cli(['report', '--from', RAWJSON, '--summary-md', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: EISDIR/);
  });
});

describe('compare', () => {
  const base = join(REPORTS, 'cold.json');
  const head = join(REPORTS, 'warm.json');
  test('ok is 0, in text and JSON', async () => {
    const r = await cli(['compare', '--base', base, '--head', head]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^build .* → /);
    expect((await cli(['compare', '--base', base, '--head', head, '--json'])).code).toBe(0);
  });
  test('a missing flag, a missing file, bad JSON, a JSON that is no report, a bad --threshold: 2, naming the file and the fix', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1,');
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    const noHead = await cli(['compare', '--base', base]);
    expect(noHead.code).toBe(2);
    expect(noHead.err).toMatch(/^error: --head is required: a JSON timing report/);
    expect(noHead.err).toContain('usage: node dist/cli.js compare');
    const cases: Array<[string[], RegExp]> = [
      [['--base', 'nope.json', '--head', head], /^error: --base nope\.json: no such file .*; pass a JSON timing report \(written by build --report-json\)\n$/],
      [['--base', 'bad.json', '--head', head], /^error: --base bad\.json: not JSON \(.*\); pass a JSON timing report/],
      [['--base', 'other.json', '--head', head], /^error: --base other\.json: not a buildstage timing report/],
      [['--base', base, '--head', head, '--threshold', 'lots'], /^error: Input "--threshold": "lots" is neither a percentage nor a duration/]
    ];
    for (const [argv, message] of cases) {
      const r = await cli(['compare', ...argv], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
  test('a comparison that cannot be written is 1', async () => {
    const r = await cli(['compare', '--base', base, '--head', head, '--markdown', join(scratch(), 'no/such/dir/c.md')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: ENOENT/);
  });
});

describe('advise', () => {
  const app = () => {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), '{"name":"app","version":"1.0.0"}');
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "index.js"]\n');
    return dir;
  };
  test('findings are advice: 0; with --fail-on warning they fail the job: 1', async () => {
    const dir = app();
    const r = await cli(['advise', '--file', 'Dockerfile', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { findings: Array<{ severity: string }> }).findings.some((f) => f.severity === 'warning' || f.severity === 'error')).toBe(
      true
    );
    expect((await cli(['advise', '--file', 'Dockerfile', '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
  });
  test('no --file, a missing file, a bad --fail-on, a bad --report: 2', async () => {
    const dir = app();
    writeFileSync(join(dir, 'r.json'), '[]');
    expect((await cli(['advise'], { cwd: dir })).err).toMatch(/^error: --file is required: the Dockerfile to read\nusage/);
    expect((await cli(['advise', '--file', 'Nope'], { cwd: dir })).code).toBe(2);
    expect((await cli(['advise', '--file', 'Dockerfile', '--fail-on', 'info'], { cwd: dir })).code).toBe(2);
    expect((await cli(['advise', '--file', 'Dockerfile', '--context', 'nowhere'], { cwd: dir })).code).toBe(2);
    const report = await cli(['advise', '--file', 'Dockerfile', '--report', 'r.json'], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.err).toMatch(/^error: --report r\.json: not a buildstage timing report/);
  });
});

describe('ecr', () => {
  const policy = {
    rules: [
      {
        rulePriority: 1,
        description: 'keep two',
        selection: { tagStatus: 'tagged', tagPatternList: ['sha-*'], countType: 'imageCountMoreThan', countNumber: 2 },
        action: { type: 'expire' }
      }
    ]
  };
  const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
  const files = () => {
    const dir = scratch();
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
    writeFileSync(
      join(dir, 'policy.yaml'),
      'rules:\n  - rulePriority: 1\n    description: keep two\n    selection: { tagStatus: tagged, tagPatternList: ["sha-*"], countType: imageCountMoreThan, countNumber: 2 }\n    action: { type: expire }\n'
    );
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ rules: [{ ...policy.rules[0], rulePriority: 0 }] }));
    writeFileSync(
      join(dir, 'images.json'),
      JSON.stringify({
        imageDetails: [1, 2, 3].map((n) => ({
          imageDigest: digest(n),
          imageTags: [`sha-${n}`],
          imagePushedAt: `2026-01-0${n}T00:00:00Z`,
          imageSizeInBytes: 10
        }))
      })
    );
    writeFileSync(join(dir, 'broken.json'), '{"rules": [');
    return dir;
  };
  test('validate: a valid policy (JSON or YAML) is 0; an invalid one is the job failing: 1', async () => {
    const dir = files();
    expect((await cli(['ecr', 'validate', '--policy', 'policy.json'], { cwd: dir })).code).toBe(0);
    expect((await cli(['ecr', 'validate', '--policy', 'policy.yaml'], { cwd: dir })).code).toBe(0);
    const r = await cli(['ecr', 'validate', '--policy', 'invalid.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^invalid policy:/);
  });
  test('evaluate: 0; an invalid policy or images file is input: 2', async () => {
    const dir = files();
    const ok = await cli(['ecr', 'evaluate', '--policy', 'policy.json', '--images', 'images.json', '--now', '2026-01-10T00:00:00Z'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^1 of 3 images expire/);
    expect((await cli(['ecr', 'evaluate', '--policy', 'invalid.json', '--images', 'images.json'], { cwd: dir })).err).toMatch(
      /^error: --policy invalid\.json: invalid policy/
    );
    expect((await cli(['ecr', 'evaluate', '--policy', 'policy.json', '--images', 'policy.json'], { cwd: dir })).err).toMatch(/^error: --images policy\.json: /);
    expect((await cli(['ecr', 'evaluate', '--policy', 'broken.json', '--images', 'images.json'], { cwd: dir })).code).toBe(2);
  });
  test('bad usage is 2: no subcommand, an unknown one, a missing file or flag, no region', async () => {
    const dir = files();
    const cases: Array<[string[], RegExp]> = [
      [[], /^error: name what to do: validate, evaluate, apply or cleanup\nusage: node dist\/cli\.js ecr/],
      [['prune'], /^error: unknown ecr command "prune"/],
      [['validate'], /^error: --policy is required/],
      [['validate', '--policy', 'nope.json'], /^error: --policy nope\.json: no such file/],
      [['evaluate', '--policy', 'policy.json', '--images', 'images.json', '--now', 'soon'], /^error: --now soon: not an ISO date/],
      [['cleanup', '--repository', 'shop/api', '--keep', 'sha-*:5'], /^error: --region is required/],
      [['apply', '--policy', 'invalid.json', '--repository', 'shop/api', '--region', 'us-east-1'], /^error: --policy invalid\.json: invalid policy/],
      [['apply', '--repository', 'shop/api', '--region', 'us-east-1'], /^error: --policy or --keep/]
    ];
    for (const [argv, message] of cases) {
      const r = await cli(['ecr', ...argv], { cwd: dir });
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toMatch(message);
    }
  });
});

describe('tags', () => {
  const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
  test('ok is 0; a bad rule, date or environment is 2', async () => {
    expect((await cli(['tags', '--ref', 'refs/heads/main', '--sha', SHA, '--images', 'user/app'])).code).toBe(0);
    expect((await cli(['tags', '--ref', 'refs/heads/main', '--sha', SHA, '--tag-rules', 'type=nope'])).code).toBe(2);
    expect((await cli(['tags', '--ref', 'refs/heads/main', '--sha', SHA, '--date', 'yesterday'])).err).toMatch(/^error: Input "--date"/);
    expect((await cli(['tags', '--ref', 'refs/heads/main', '--sha', SHA], { env: { DOCKER_METADATA_SHORT_SHA_LENGTH: 'x' } })).code).toBe(2);
  });
});

describe('changed', () => {
  const repo = () => {
    const dir = scratch();
    cpSync(join(ROOT, 'examples/monorepo'), dir, { recursive: true });
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...a], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    return dir;
  };
  test('ok is 0; no --base, a ref git cannot diff, a missing or bad services file, no checkout: 2', async () => {
    const dir = repo();
    expect((await cli(['changed', '--base', 'HEAD', '--json'], { cwd: dir })).code).toBe(0);
    expect((await cli(['changed'], { cwd: dir })).err).toMatch(/^error: --base is required/);
    const ref = await cli(['changed', '--base', 'no-such-ref'], { cwd: dir });
    expect(ref.code).toBe(2);
    expect(ref.err).toMatch(/^error: Input "--base": git could not diff no-such-ref\.\.\.HEAD: .*; name a ref this clone has/);
    expect((await cli(['changed', '--base', 'HEAD', '--services', 'nope.json'], { cwd: dir })).err).toMatch(/^error: --services nope\.json: no such file/);
    writeFileSync(join(dir, 'bad.json'), '{"services": [{"name": 1}]}');
    expect((await cli(['changed', '--base', 'HEAD', '--services', 'bad.json'], { cwd: dir })).err).toMatch(/^error: --services bad\.json: \/services\/0/);
    const outside = scratch();
    cpSync(join(dir, 'buildstage.services.json'), join(outside, 'buildstage.services.json'));
    expect((await cli(['changed', '--base', 'HEAD'], { cwd: outside })).err).toMatch(/^error: Input "--root": .* is not in a git checkout/);
  });
});

describe('build and bake', () => {
  const context = () => {
    const dir = scratch();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY a /a\n');
    writeFileSync(join(dir, 'a'), 'a');
    mkdirSync(join(dir, 'sub'));
    return dir;
  };
  // no docker on PATH: the job starts and fails (1); what is wrong with the flags stops it first (2)
  const noDocker = { PATH: '/nonexistent' };
  test('build: bad flags and inputs are 2; no buildx is the job failing: 1', async () => {
    const dir = context();
    expect((await cli(['build'], { cwd: dir, env: noDocker })).err).toMatch(/^error: Input "--context": missing/);
    expect((await cli(['build', '--context', '.', '--cache', 'nope'], { cwd: dir, env: noDocker })).code).toBe(2);
    expect((await cli(['build', '--context', '.', '--network', 'bridge'], { cwd: dir, env: noDocker })).code).toBe(2);
    const noFile = await cli(['build', '--context', '.', '--file', 'Nope.Dockerfile', '--tag', 'localhost:5000/x:1'], { cwd: dir, env: noDocker });
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/^error: Input "file": no Dockerfile at .*Nope\.Dockerfile/m);
    const failed = await cli(['build', '--context', '.', '--tag', 'localhost:5000/x:1'], { cwd: dir, env: noDocker });
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/^error: .*docker buildx is not available/m);
  });
  test('bake: no --file, a missing file, a bad --cache are 2', async () => {
    const dir = context();
    expect((await cli(['bake'], { cwd: dir, env: noDocker })).err).toMatch(/^error: Input "--file": missing/);
    expect((await cli(['bake', '--file', 'nope.yml'], { cwd: dir, env: noDocker })).code).toBe(2);
    expect((await cli(['bake', '--file', 'Dockerfile', '--cache', 'nope'], { cwd: dir, env: noDocker })).code).toBe(2);
  });
});
