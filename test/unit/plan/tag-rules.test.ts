// tag-rules, flavor and metadata-action's outputs in this project: each GitHub event with
// the rules metadata-action's README suggests, buildstage's deliberate differences (README
// "Differences"), the DOCKER_METADATA_* variables, up-front validation, the plan and the
// action outputs, and `cli tags`. metadata-action's own test tables are in
// test/unit/compat/metadata-action.test.ts.
import { defaultInputs, readInputs } from '../../../src/inputs/inputs.js';
import { InputError } from '../../../src/common/errors.js';
import { metadataOutputs, outputEnvEnabled, setMetadataOutputs } from '../../../src/actions/build/metadata-outputs.js';
import { metadataFacts } from '../../../src/actions/build/metadata-context.js';
import { planBuild } from '../../../src/plan/build-plan.js';
import { formatDate } from '../../../src/plan/date-format.js';
import { gitContextFromEnv, type GitContext } from '../../../src/plan/git-context.js';
import { computeMetadata, metadataJson, type MetadataInput } from '../../../src/plan/metadata.js';
import { renderTemplate } from '../../../src/plan/template.js';
import { memoryIO } from '../../../src/cli/io.js';
import { runCli, usage } from '../../../src/cli/main.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const HEAD_SHA = '3370e228f2209994d57af4427fe64e71bb79ac96';
const NOW = new Date('2020-01-10T00:30:00.000Z');
const REPO = {
  default_branch: 'master',
  name: 'Hello-World',
  html_url: 'https://github.com/octocat/Hello-World',
  description: 'This your first repo!',
  license: { spdx_id: 'MIT' }
};
const base = { GITHUB_REPOSITORY: 'octocat/Hello-World', GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: SHA };

function ctxOf(env: Record<string, string>, payload: object = { repository: REPO }): GitContext {
  return gitContextFromEnv({ ...base, ...env }, payload);
}

function md(ctx: GitContext, over: Partial<MetadataInput> = {}) {
  return computeMetadata({
    ctx,
    now: NOW,
    images: ['user/app'],
    tagRules: [],
    flavor: [],
    tagPrefix: '',
    labels: [],
    annotations: [],
    annotationLevels: ['manifest'],
    ...over
  });
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
}

// metadata-action README "Basic" and "Semver" workflows' rules
const RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
  'type=raw,value=latest,enable={{is_default_branch}}'
];

describe('each GitHub event, with the rules of metadata-action README', () => {
  const pr = { number: 15, pull_request: { number: 15, base: { ref: 'master' }, head: { ref: 'feature', sha: HEAD_SHA } }, repository: REPO };
  test.each([
    ['push to the default branch', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master' }, { repository: REPO }, ['master', 'latest', 'sha-860c190']],
    ['push to another branch', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/dev' }, { repository: REPO }, ['dev', 'sha-860c190']],
    ['push of a semver tag', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' }, { repository: REPO }, ['1.2.3', '1.2', 'sha-860c190', 'latest']],
    ['push of a pre-release tag', { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v2.0.0-rc.1' }, { repository: REPO }, ['2.0.0-rc.1', 'sha-860c190']],
    [
      'pull_request',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/15/merge', GITHUB_BASE_REF: 'master', GITHUB_HEAD_REF: 'feature' },
      pr,
      ['pr-15', 'sha-860c190']
    ],
    [
      'pull_request_target (GITHUB_REF is the base branch)',
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/master' },
      pr,
      ['pr-15', 'sha-860c190']
    ],
    [
      'schedule (the payload has no repository)',
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master' },
      { schedule: '0 0 * * *' },
      ['nightly', 'master', 'latest', 'sha-860c190']
    ],
    [
      'workflow_dispatch on the default branch',
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/master' },
      { repository: REPO },
      ['master', 'latest', 'sha-860c190']
    ],
    [
      'workflow_dispatch on a tag',
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/tags/v1.2.3' },
      { repository: REPO },
      ['1.2.3', '1.2', 'sha-860c190', 'latest']
    ],
    [
      'release (GITHUB_REF is the release tag)',
      { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1.1.1' },
      { release: { tag_name: 'v1.1.1' }, repository: REPO },
      ['1.1.1', '1.1', 'sha-860c190', 'latest']
    ],
    [
      'merge_group (the queue branch)',
      { GITHUB_EVENT_NAME: 'merge_group', GITHUB_REF: 'refs/heads/gh-readonly-queue/master/pr-15-abc' },
      { repository: REPO },
      ['gh-readonly-queue-master-pr-15-abc', 'sha-860c190']
    ],
    [
      'issues (runs on the default branch)',
      { GITHUB_EVENT_NAME: 'issues', GITHUB_REF: 'refs/heads/master' },
      { repository: REPO },
      ['master', 'latest', 'sha-860c190']
    ],
    // the deliberate difference: metadata-action's {{is_default_branch}} is true on every create event
    [
      'create of a branch (not the default: no latest)',
      { GITHUB_EVENT_NAME: 'create', GITHUB_REF: 'refs/heads/dev' },
      { ref: 'dev', ref_type: 'branch', repository: REPO },
      ['dev', 'sha-860c190']
    ],
    [
      'create of a tag (no latest from enable={{is_default_branch}})',
      { GITHUB_EVENT_NAME: 'create', GITHUB_REF: 'refs/tags/v2.1.8-beta.67' },
      { ref: 'v2.1.8-beta.67', ref_type: 'tag', repository: REPO },
      ['2.1.8-beta.67', 'sha-860c190']
    ]
  ])('%s', (_name, env, payload, expected) => {
    expect(md(ctxOf(env, payload), { tagRules: RULES, images: [] }).tags).toEqual(expected);
  });

  test('DOCKER_METADATA_PR_HEAD_SHA=true: the PR head names type=sha, {{sha}} and the revision label', () => {
    const c = ctxOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/15/merge', DOCKER_METADATA_PR_HEAD_SHA: 'true' }, pr);
    const m = md(c, { tagRules: ['type=sha', 'type=raw,value=at-{{sha}}'], images: [] });
    expect(m.tags).toEqual(['at-3370e22', 'sha-3370e22']); // raw (priority 200) before sha (100)
    expect(m.labels).toContain(`org.opencontainers.image.revision=${HEAD_SHA}`);
  });

  test('{{base_ref}}: the PR base branch; for a tag push the payload base_ref', () => {
    expect(
      md(ctxOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/15/merge', GITHUB_BASE_REF: 'master' }, pr), {
        tagRules: ['type=raw,value=b-{{base_ref}}'],
        images: []
      }).tags
    ).toEqual(['b-master']);
    expect(
      md(ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.0.0' }, { base_ref: 'refs/heads/release', repository: REPO }), {
        tagRules: ['type=raw,value=b-{{base_ref}}'],
        images: []
      }).tags
    ).toEqual(['b-release']);
  });

  test('{{commit_date}} reads the push payload commit of the built sha', () => {
    const c = ctxOf(
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/dev' },
      { repository: REPO, commits: [{ id: SHA, timestamp: '2022-04-19T11:27:24+02:00' }] }
    );
    expect(c.commitDate).toBe('2022-04-19T11:27:24+02:00');
    expect(md(c, { tagRules: ["type=raw,value={{commit_date 'YYYYMMDD-HHmm'}}"], images: [] }).tags).toEqual(['20220419-0927']);
  });
});

describe('deliberate differences from metadata-action', () => {
  const push = (ref: string) => ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: ref });
  test('empty tag-rules is buildstage’s default set, exactly as before', () => {
    expect(md(push('refs/tags/v1.2.3')).tagNames).toEqual(['1.2.3', '1.2', '1', 'sha-860c190', 'latest']);
    expect(md(push('refs/heads/master')).mode).toBe('default');
  });
  test('a tag is valid for docker: no leading . or -, at most 128 characters', () => {
    expect(md(push('refs/heads/-dash'), { tagRules: ['type=ref,event=branch'], images: [] }).tags).toEqual(['dash']);
    expect(md(push('refs/heads/master'), { tagRules: [`type=raw,value=${'a'.repeat(200)}`], images: [] }).tags[0]).toHaveLength(128);
  });
  test('an attribute a rule type does not have is an error (metadata-action ignores it)', () => {
    const e = errorOf(() => readInputs((n) => (n === 'tag-rules' ? 'type=sha\ntype=raw,value=x,enabled=false' : '')));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      'Input "tag-rules": line 2 "type=raw,value=x,enabled=false": type=raw has no attribute "enabled"; write enable=, priority=, prefix=, suffix=, value=.'
    );
  });
  test('tag-prefix is for the default set; with tag-rules the flavor carries the prefix', () => {
    expect(errorOf(() => md(push('refs/heads/master'), { tagRules: ['type=sha'], tagPrefix: 'api-' })).message).toMatch(
      /^Input "tag-prefix": .*; write the prefix in flavor \(prefix=api-,onlatest=true\)/
    );
  });
  test('flavor without tag-rules is an error (the default set is not rules)', () => {
    expect(errorOf(() => md(push('refs/heads/master'), { flavor: ['latest=false'] })).input).toBe('flavor');
  });
  test('labels and annotations inputs are templated with tag-rules only', () => {
    const c = push('refs/heads/master');
    expect(md(c, { labels: ['x={{branch}}'] }).labels).toContain('x={{branch}}');
    expect(md(c, { tagRules: ['type=sha'], labels: ['x={{branch}}'] }).labels).toContain('x=master');
  });
});

describe('templates and dates (a fixed clock)', () => {
  test.each([
    ['YYYYMMDD', 'UTC', '20200110'],
    ['YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', 'UTC', '2020-01-10T00:30:00.000Z'],
    ['ddd D MMM YY, h:mm A', 'America/New_York', 'Thu 9 Jan 20, 7:30 PM'],
    ['Do MMMM, [week] W, DDDD, Q', 'UTC', '10th January, week 2, 010, 1'],
    ['X x Z ZZ', 'Asia/Kolkata', '1578616200 1578616200000 +05:30 +0530'],
    [undefined, 'UTC', '2020-01-10T00:30:00Z'],
    [undefined, 'Asia/Tokyo', '2020-01-10T09:30:00+09:00']
  ])('%s in %s', (format, tz, expected) => {
    expect(formatDate(NOW, format, tz)).toBe(expected);
  });
  test('handlebars output rules: escaping in {{ }}, none in {{{ }}}, comments, whitespace control', () => {
    const ctx = { v: 'a=b&c', f: () => 'x' };
    expect(renderTemplate('{{v}}|{{{v}}}|{{! note }}{{ f }}  {{~v~}}  !', ctx)).toBe('a&#x3D;b&amp;c|a=b&c|xa&#x3D;b&amp;c!');
  });
  test('an unknown date attribute or time zone is an InputError naming the rule', () => {
    const c = ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master' });
    expect(errorOf(() => md(c, { tagRules: ["type=raw,value={{date 'YYYY' zone='UTC'}}"] })).message).toMatch(
      /^Input "tag-rules": line 1 ".*": .*Unknown zone attribute; write/
    );
    expect(errorOf(() => md(c, { tagRules: ["type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}"] })).message).toMatch(/unknown time zone "Mars\/Olympus"/);
  });
});

describe('DOCKER_METADATA_* variables', () => {
  const push = (env: Record<string, string> = {}) => ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master', ...env });
  test('DOCKER_METADATA_SHORT_SHA_LENGTH: type=sha, {{sha}} and the default set', () => {
    const c = push({ DOCKER_METADATA_SHORT_SHA_LENGTH: '12' });
    expect(md(c, { tagRules: ['type=sha', 'type=raw,value={{sha}}'], images: [] }).tags).toEqual(['860c1904a1ce', 'sha-860c1904a1ce']);
    expect(md(c).tagNames).toContain('sha-860c1904a1ce');
  });
  test('DOCKER_METADATA_SHORT_SHA_LENGTH that is not a number fails the plan', () => {
    const env = { DOCKER_METADATA_SHORT_SHA_LENGTH: 'twelve' };
    const e = errorOf(() =>
      planBuild({
        inputs: defaultInputs({ context: '.', images: ['user/app'], cache: 'none' }),
        ctx: push(env),
        buildx: { version: '0.21.0', buildkitVersion: 'v0.20.0', driver: 'docker-container', containerdStore: true },
        env,
        now: NOW,
        tempDir: '/t',
        fileExists: () => true
      })
    );
    expect(e.message).toMatch(/^Input "DOCKER_METADATA_SHORT_SHA_LENGTH": "twelve" is not a number/);
  });
  test('DOCKER_METADATA_ANNOTATIONS_LEVELS: every annotation at each level', () => {
    const m = md(push(), { tagRules: ['type=ref,event=branch'], annotationLevels: ['index', 'manifest'] });
    expect(m.annotations.filter((a) => a.includes('image.version'))).toEqual([
      'index:org.opencontainers.image.version=master',
      'manifest:org.opencontainers.image.version=master'
    ]);
  });
  test('DOCKER_METADATA_SET_OUTPUT_ENV: outputs exported as DOCKER_METADATA_OUTPUT_* unless false, and only for computed tags', () => {
    const m = md(push(), { tagRules: ['type=ref,event=branch'] });
    const seps = { 'sep-tags': '\n', 'sep-labels': '\n', 'sep-annotations': '\n' };
    const run = (env: NodeJS.ProcessEnv, computed = true) => {
      const exported: string[] = [];
      setMetadataOutputs(m, computed, seps, env, { setOutput: () => undefined, exportVariable: (n) => void exported.push(n) });
      return exported;
    };
    expect(run({})).toEqual([
      'DOCKER_METADATA_OUTPUT_VERSION',
      'DOCKER_METADATA_OUTPUT_TAGS',
      'DOCKER_METADATA_OUTPUT_TAG_NAMES',
      'DOCKER_METADATA_OUTPUT_LABELS',
      'DOCKER_METADATA_OUTPUT_ANNOTATIONS',
      'DOCKER_METADATA_OUTPUT_JSON'
    ]);
    expect(run({ DOCKER_METADATA_SET_OUTPUT_ENV: 'false' })).toEqual([]);
    expect(run({}, false)).toEqual([]);
    expect(outputEnvEnabled({ DOCKER_METADATA_SET_OUTPUT_ENV: 'true' })).toBe(true);
  });
});

describe('inputs: validated up front, one line naming the input, the line and what to write', () => {
  const read = (values: Record<string, string>) => readInputs((n) => values[n] ?? '');
  test.each([
    ['tag-rules', 'type=semver', /^Input "tag-rules": line 1 "type=semver": type=semver needs a pattern; write type=semver,pattern=\{\{version\}\}/],
    ['tag-rules', '# comment\ntype=ref', /^Input "tag-rules": line 1 "type=ref": type=ref needs an event; write type=ref,event=branch/],
    ['tag-rules', 'type=foo', /unknown type "foo"; write type=schedule, semver, pep440, match, edge, ref, raw or sha/],
    ['tag-rules', 'type=sha,format=medium', /format=medium is not a sha format; write format=short or format=long/],
    ['tag-rules', 'type=match,pattern=v(.*,group=1', /is not a regular expression/],
    ['tag-rules', 'type=raw,value={{branch', /is not a valid template/],
    ['tag-rules', 'type=sha,priority=high', /priority=high is not a number; write an integer/],
    [
      'flavor',
      'latest=sometimes',
      /^Input "flavor": line 1 "latest=sometimes": latest=sometimes is not a latest flavor; write latest=auto, latest=true or latest=false\.$/
    ],
    ['flavor', 'prefix=a-\nmystery=1', /^Input "flavor": line 2 "mystery=1": unknown flavor "mystery"/],
    ['images', 'name=ghcr.io/a/b,enable=maybe', /^Input "images": line 1 ".*": enable=maybe is not a boolean; write enable=true or enable=false\.$/],
    ['images', 'name=ghcr.io/a/b,colour=red', /unknown image attribute "colour"/]
  ])('%s: %s', (input, value, message) => {
    const e = errorOf(() => read({ [input]: value }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.input).toBe(input);
    expect(e.message).not.toMatch(/\n/);
    expect(e.message).toMatch(message);
  });
  test('images: attributes, comments, disabled images left out, names lowercased; comma-separated names stay separate', () => {
    expect(read({ images: '# registries\nname=ghcr.io/Acme/App,enable=true\nname=docker.io/acme/app,enable=false\nquay.io/a/b,quay.io/c/d' }).images).toEqual([
      'ghcr.io/acme/app',
      'quay.io/a/b',
      'quay.io/c/d'
    ]);
  });
  test('sep-* keep their whitespace; default newline', () => {
    const i = readInputs((n, o) => (n === 'sep-tags' ? (o?.trimWhitespace === false ? ' ' : '') : ''));
    expect([i['sep-tags'], i['sep-labels']]).toEqual([' ', '\n']);
  });
});

describe('plan and outputs', () => {
  const facts = { version: '0.21.0', buildkitVersion: 'v0.20.0', driver: 'docker-container', containerdStore: true };
  const ctx = ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' });
  ctx.repoMeta = {
    name: 'Hello-World',
    description: 'This your first repo!',
    htmlUrl: 'https://github.com/octocat/Hello-World',
    license: 'MIT',
    defaultBranch: 'master'
  };
  const plan = (over: Parameters<typeof defaultInputs>[0], env: NodeJS.ProcessEnv = {}) =>
    planBuild({
      inputs: defaultInputs({ context: '.', cache: 'none', images: ['reg.example/app'], ...over }),
      ctx,
      buildx: facts,
      env,
      now: NOW,
      tempDir: '/t',
      fileExists: () => true
    }).plan;

  test('tag-rules give the plan’s tags and labels; the argv carries them', () => {
    const p = plan({ 'tag-rules': ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}'], flavor: ['latest=false'] });
    expect(p.tags).toEqual(['reg.example/app:1.2.3', 'reg.example/app:1']);
    expect(p.metadata.version).toBe('1.2.3');
    expect(p.labels).toContain('org.opencontainers.image.licenses=MIT');
    expect(p.argv.filter((_a, k) => p.argv[k - 1] === '--label')).toEqual(p.labels);
    expect(p.argv).not.toContain('--annotation');
  });

  test('outputs as metadata-action’s, joined with sep-tags / sep-labels / sep-annotations', () => {
    const p = plan({ 'tag-rules': ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}'] });
    const out = metadataOutputs(p.metadata, { 'sep-tags': ',', 'sep-labels': '\n', 'sep-annotations': ';' });
    expect(out.version).toBe('1.2.3');
    expect(out.tags).toBe('reg.example/app:1.2.3,reg.example/app:1,reg.example/app:latest');
    expect(out['tag-names']).toBe('1.2.3,1,latest');
    expect(out.annotations.split(';')).toHaveLength(8);
    expect(JSON.parse(out.json)).toEqual(metadataJson(p.metadata));
    expect(Object.keys(JSON.parse(out.json))).toEqual(['tags', 'tag-names', 'labels', 'annotations']);
  });

  test('default set: the labels as before, and description/licenses when the repository says', () => {
    const p = plan({});
    expect(p.labels).toEqual([
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=This your first repo!',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=Hello-World',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version=1.2.3'
    ]);
    expect(metadataOutputs(p.metadata, { 'sep-tags': '\n', 'sep-labels': '\n', 'sep-annotations': '\n' }).version).toBe('1.2.3');
  });

  test('tags given as they are: version empty, tag-names from the tags, no label added', () => {
    const p = plan({ tags: ['reg.example/app:v9', 'reg.example:5000/x/y:edge'], images: [] });
    expect(p.metadata.version).toBeNull();
    expect(p.metadata.tagNames).toEqual(['v9', 'edge']);
    expect(p.labels).toEqual([]);
  });

  test('pushing with rules that give no tag here names tag-rules', () => {
    const e = errorOf(() => plan({ push: true, 'tag-rules': ['type=ref,event=pr'] }));
    expect(e.message).toMatch(/^Input "tag-rules": no rule gives a tag for refs\/tags\/v1.2.3 \(event push\)/);
  });
});

describe('repository metadata and commit date from the API when the payload lacks them', () => {
  const inputs = { tags: [], images: ['user/app'], 'tag-rules': ["type=raw,value={{commit_date 'YYYY'}}"], labels: [], annotations: [], 'github-token': 't' };
  const reads = () =>
    Promise.resolve({
      repo: () =>
        Promise.resolve({
          name: 'Hello-World',
          html_url: 'https://github.com/octocat/Hello-World',
          description: 'd',
          license: { spdx_id: 'MIT' },
          default_branch: 'master'
        }),
      commitDate: () => Promise.resolve('2019-05-01T10:00:00Z')
    });
  test('asked for what is missing', async () => {
    const c = ctxOf({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master' }, {});
    const facts = await metadataFacts(c, inputs, reads, () => undefined);
    expect(facts).toEqual({
      repoMeta: { name: 'Hello-World', description: 'd', htmlUrl: 'https://github.com/octocat/Hello-World', license: 'MIT', defaultBranch: 'master' },
      commitDate: '2019-05-01T10:00:00Z'
    });
  });
  test('nothing asked with tags given, or when the payload has it all', async () => {
    let asked = 0;
    const counting = async () => {
      asked++;
      return reads();
    };
    await metadataFacts(ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master' }, {}), { ...inputs, tags: ['a/b:c'] }, counting, () => undefined);
    await metadataFacts(
      ctxOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master' }, { repository: REPO, commits: [{ id: SHA, timestamp: '2020-01-01T00:00:00Z' }] }),
      inputs,
      counting,
      () => undefined
    );
    expect(asked).toBe(0);
  });
  test('an API failure is a warning, never an error', async () => {
    const warnings: string[] = [];
    const failing = () => Promise.resolve({ repo: () => Promise.reject(new Error('Not Found')), commitDate: () => Promise.resolve(null) });
    expect(
      await metadataFacts(ctxOf({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master' }, {}), inputs, failing, (l) => void warnings.push(l))
    ).toEqual({});
    expect(warnings[0]).toMatch(/Not Found/);
  });
});

describe('cli tags', () => {
  const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const io = memoryIO({ env });
    const code = await runCli(['tags', ...argv], io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };
  test('is registered', () => {
    expect(usage()).toMatch(/\n {2}tags +tags, labels and annotations/);
  });
  test('--json prints metadata-action’s json for the given context', async () => {
    const r = await run([
      '--ref',
      'refs/tags/v1.2.3',
      '--sha',
      SHA,
      '--event',
      'push',
      '--repository',
      'octocat/Hello-World',
      '--images',
      'user/app',
      '--tag-rules',
      'type=semver,pattern={{version}}\ntype=sha',
      '--date',
      '2020-01-10T00:30:00Z',
      '--json'
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.tags).toEqual(['user/app:1.2.3', 'user/app:sha-860c190', 'user/app:latest']);
    expect(json['tag-names']).toEqual(['1.2.3', 'sha-860c190', 'latest']);
    expect(json.labels['org.opencontainers.image.version']).toBe('1.2.3');
    expect(json.labels['org.opencontainers.image.created']).toBe('2020-01-10T00:30:00.000Z');
    expect(json.annotations[0]).toMatch(/^manifest:org\.opencontainers\.image\./);
  });
  test('text: version, tags, labels; flavor and repeated flags', async () => {
    const r = await run(
      [
        '--ref',
        'refs/heads/main',
        '--sha',
        SHA,
        '--default-branch',
        'main',
        '--tag-rules',
        'type=ref,event=branch',
        '--tag-rules',
        'type=raw,value=latest,enable={{is_default_branch}}',
        '--flavor',
        'suffix=-alpine'
      ],
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'index' }
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('version: main-alpine\ntags:\n  main-alpine\n  latest-alpine\n');
    expect(r.out).toContain('annotations:\n  index:org.opencontainers.image.created=');
  });
  test('--ref takes a bare name: a version-like name that is no branch here is a tag', async () => {
    const r = await run(['--ref', 'v9.9.9', '--sha', SHA, '--images', 'user/app']);
    expect(r.out).toContain('context: push refs/tags/v9.9.9 ');
    expect(r.out).toContain('version: 9.9.9\n');
  });
  test('a bad rule exits 2 naming the flag and the line', async () => {
    const r = await run(['--ref', 'refs/heads/main', '--sha', SHA, '--tag-rules', 'type=raw']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'error: Input "--tag-rules": line 1 "type=raw": type=raw needs a value; write type=raw,value=<tag> (templates allowed: value={{branch}}-{{sha}}).\n'
    );
  });
});
