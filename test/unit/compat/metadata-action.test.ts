// tag-rules and flavor against docker/metadata-action's own test tables, as data
// (test/fixtures/metadata-action/cases.json: every row of its meta.test.ts tables null,
// push, tag, latest, pr, pr-head-sha, schedule, release, raw, json, sepTags and bakeFile;
// its tag, flavor and image parser tables; the event contexts those rows run in, trimmed to
// what a tag computation reads). Each row runs through the same pure functions the action
// and `cli tags` use: the git context from the row's environment and payload, the rules
// parsed and evaluated, then tags, labels and annotations.
//
// How the rows are read:
// - metadata-action's clock is fixed at 2020-01-10T00:30:00.000Z for {{date}} and (its moment
//   mock) {{commit_date}}: the same instant is injected here as `now` and the commit date.
// - Its labels come from the repository API (repo.json, octocat/Hello-World): that is the
//   context's repoMeta here.
// - A row without `tags` runs metadata-action's default rules (below); buildstage's empty
//   `tag-rules` is its own default set instead (README "Differences").
// Every row gives metadata-action's result; buildstage's deliberate differences are tested
// in test/unit/plan/tag-rules.test.ts.
import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/common/errors.js';
import { DEFAULT_FLAVOR, parseFlavor } from '../../../src/plan/flavor.js';
import { gitContextFromEnv, type GitContext } from '../../../src/plan/git-context.js';
import { computeMetadata, metadataJson, type MetadataInput } from '../../../src/plan/metadata.js';
import { enabledImageNames, evaluateTagRules, parseImages, parseTagRule, parseTagRules } from '../../../src/plan/tag-rules.js';
import { isRawStatement } from '../../../src/plan/template.js';

interface RowInputs {
  images?: string[];
  tags?: string[];
  flavor?: string[];
  labels?: string[];
  annotations?: string[];
  sepTags?: string;
  bakeTarget?: string;
}
interface Fixture {
  env: Record<string, string>;
  payload: object;
}
interface MetaRow {
  group: string;
  id: string;
  fixture: string;
  inputs: RowInputs;
  env?: Record<string, string>;
  version: { main: string | null; partial: string[]; latest: boolean };
  tags: string[];
  labels: string[];
  annotations?: string[];
}
interface Cases {
  clock: string;
  repo: { name: string; description: string; html_url: string; default_branch: string; license: { spdx_id: string } };
  fixtures: Record<string, Fixture>;
  meta: MetaRow[];
  json: Array<{ id: string; fixture: string; inputs: RowInputs; json: unknown }>;
  sepTags: Array<{ id: string; fixture: string; inputs: RowInputs; joined: string }>;
  bake: Array<{
    id: string;
    fixture: string;
    inputs: RowInputs;
    tags: string[];
    version: string | null;
    images: string;
    labels: Record<string, string>;
    annotationLevels: string[];
    annotations: string[];
  }>;
  parse: {
    tags: Array<[string, { type: string; attrs: Record<string, string> } | undefined, boolean]>;
    tagsTransform: Array<[string[], Array<{ type: string; attrs: Record<string, string> }>, boolean]>;
    flavor: Array<[string[], object, boolean]>;
    images: Array<[string[], Array<{ name: string; enable: boolean }> | null, boolean]>;
  };
}

const cases = JSON.parse(readFileSync(`${process.cwd()}/test/fixtures/metadata-action/cases.json`, 'utf8')) as Cases;
const CLOCK = new Date(cases.clock);

/** metadata-action's rules when its `tags` input is empty (its README, "tags input"). */
const METADATA_ACTION_DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

function contextOf(fixture: string, extraEnv: Record<string, string> = {}): GitContext {
  const f = cases.fixtures[fixture];
  const ctx = gitContextFromEnv({ ...f.env, ...extraEnv }, f.payload);
  return {
    ...ctx,
    commitDate: cases.clock,
    repoMeta: {
      name: cases.repo.name,
      description: cases.repo.description,
      htmlUrl: cases.repo.html_url,
      license: cases.repo.license.spdx_id,
      defaultBranch: cases.repo.default_branch
    }
  };
}

function inputOf(fixture: string, inputs: RowInputs, extraEnv: Record<string, string> = {}, levels = ['manifest']): MetadataInput {
  return {
    ctx: contextOf(fixture, extraEnv),
    now: CLOCK,
    images: enabledImageNames(parseImages(inputs.images ?? [])),
    tagRules: inputs.tags ?? METADATA_ACTION_DEFAULT_RULES,
    flavor: inputs.flavor ?? [],
    tagPrefix: '',
    labels: inputs.labels ?? [],
    annotations: inputs.annotations ?? [],
    annotationLevels: levels
  };
}

const key = (r: { group: string; id: string }) => `${r.group}/${r.id}`;

describe('metadata-action meta.test.ts: version, tags, labels and annotations', () => {
  test.each(cases.meta.map((r) => [key(r), r] as const))('%s', (_name, row) => {
    const input = inputOf(row.fixture, row.inputs, row.env);
    const md = computeMetadata(input);
    const { version } = evaluateTagRules(parseTagRules(input.tagRules), {
      ctx: input.ctx,
      flavor: input.flavor.length ? parseFlavor(input.flavor) : DEFAULT_FLAVOR,
      now: CLOCK,
      defaultBranch: input.ctx.repoMeta?.defaultBranch
    });
    expect(version).toEqual(row.version);
    expect(md.version).toBe(row.version.main);
    expect(md.tags).toEqual(row.tags);
    expect(md.labels).toEqual(row.labels);
    expect(md.annotations).toEqual((row.annotations ?? row.labels).map((a) => `manifest:${a}`));
  });
});

describe('metadata-action meta.test.ts json: the json output', () => {
  test.each(cases.json.map((r) => [r.id, r] as const))('%s', (_name, row) => {
    expect(metadataJson(computeMetadata(inputOf(row.fixture, row.inputs)))).toEqual(row.json);
  });
});

describe('metadata-action meta.test.ts sepTags: the tags output joined with sep-tags', () => {
  test.each(cases.sepTags.map((r) => [r.id, r] as const))('%s', (_name, row) => {
    expect(computeMetadata(inputOf(row.fixture, row.inputs)).tags.join(row.inputs.sepTags)).toEqual(row.joined);
  });
});

describe('metadata-action meta.test.ts bakeFile: the same tags, version, labels and annotations (levels index,manifest-descriptor)', () => {
  test.each(cases.bake.map((r) => [r.id, r] as const))('%s', (_name, row) => {
    const input = inputOf(row.fixture, row.inputs, {}, row.annotationLevels);
    const md = computeMetadata(input);
    expect(md.tags).toEqual(row.tags);
    expect(md.version).toBe(row.version);
    expect(input.images.join(',')).toBe(row.images);
    expect(metadataJson(md).labels).toEqual(row.labels);
    expect(md.annotations).toEqual(row.annotations);
  });
});

describe('metadata-action tag.test.ts: parsing one rule', () => {
  test.each(cases.parse.tags.map((r) => [r[0], r] as const))('%s', (_line, [line, expected, invalid]) => {
    if (invalid) {
      expect(() => parseTagRule(line)).toThrow();
      const e = (() => {
        try {
          parseTagRules([line]);
        } catch (err) {
          return err as Error;
        }
        return null;
      })();
      expect(e).toBeInstanceOf(InputError);
      expect(e?.message).toMatch(/^Input "tag-rules": line 1 ".*": .+; write .+\.$/);
      return;
    }
    const rule = parseTagRule(line);
    expect({ type: rule.type, attrs: rule.attrs }).toEqual(expected);
  });

  test.each(cases.parse.tagsTransform.map((r, k) => [k, r] as const))('a list is sorted by priority (%s)', (_k, [lines, expected]) => {
    expect(parseTagRules(lines).map((r) => ({ type: r.type, attrs: r.attrs }))).toEqual(expected);
  });
});

describe('metadata-action flavor.test.ts: parsing the flavor', () => {
  test.each(cases.parse.flavor.map((r) => [JSON.stringify(r[0]), r] as const))('%s', (_name, [lines, expected, invalid]) => {
    if (invalid) expect(() => parseFlavor(lines)).toThrow();
    else expect(parseFlavor(lines)).toEqual(expected);
  });
});

describe('metadata-action image.test.ts: the images input with attributes', () => {
  test.each(cases.parse.images.map((r) => [JSON.stringify(r[0]), r] as const))('%s', (_name, [lines, expected, invalid]) => {
    if (invalid) expect(() => parseImages(lines)).toThrow(InputError);
    else expect(parseImages(lines)).toEqual(expected);
  });
});

describe('metadata-action meta.test.ts isRawStatement', () => {
  test.each([
    ['{{ raw }}.{{ version }}', false],
    ['{{ version }},{{raw }.', false],
    ['{{ raw }}', true],
    ['{{ raw}}', true],
    ['{{raw}}', true]
  ])('%s → %s', (pattern, expected) => {
    expect(isRawStatement(pattern)).toBe(expected);
  });
});

test('the row count this file encodes', () => {
  expect(cases.meta.length + cases.json.length + cases.sepTags.length + cases.bake.length).toBe(130);
  expect(cases.parse.tags.length + cases.parse.tagsTransform.length + cases.parse.flavor.length + cases.parse.images.length).toBe(55);
});
