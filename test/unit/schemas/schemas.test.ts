// The JSON the CLI and the actions read from users is checked with a JSON Schema (ajv):
// the published timing report schema is the one the code uses and real reports validate
// against it; reports of earlier writers (fewer fields) still compare; another schemaVersion
// is a clear error; DescribeImages output, lifecycle policies and services files too.
import { Ajv } from 'ajv';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { memoryIO } from '../../../src/cli/io.js';
import { compareReports } from '../../../src/compare/compare.js';
import { renderComparisonMarkdown } from '../../../src/compare/render.js';
import { evaluatePolicy } from '../../../src/ecr/evaluate.js';
import { validatePolicy } from '../../../src/ecr/validate.js';
import { SchemaError } from '../../../src/common/errors.js';
import { DESCRIBE_IMAGES_SCHEMA, LIFECYCLE_POLICY_SCHEMA, parseDescribeImages } from '../../../src/schemas/ecr.js';
import { parseServices } from '../../../src/schemas/monorepo.js';
import { parseTimingReport, TIMING_REPORT_SCHEMA } from '../../../src/schemas/timing-report.js';
import { renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';

const ROOT = process.cwd();
const PUBLISHED = join(ROOT, 'schemas/timing-report.schema.json');
const REPORTS = join(ROOT, 'test/fixtures/reports');
const reportFiles = readdirSync(REPORTS).filter((f) => f.endsWith('.json'));
const read = (f: string) => JSON.parse(readFileSync(join(REPORTS, f), 'utf8')) as Record<string, unknown>;

describe('schemas/timing-report.schema.json', () => {
  const text = `${JSON.stringify(TIMING_REPORT_SCHEMA, null, 2)}\n`;
  if (process.env.BUILDSTAGE_WRITE_SCHEMAS === '1') {
    mkdirSync(join(ROOT, 'schemas'), { recursive: true });
    writeFileSync(PUBLISHED, text);
  }
  test('is the schema the code validates with (BUILDSTAGE_WRITE_SCHEMAS=1 rewrites it)', () => {
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(text);
  });

  // a fresh validator on the published file, as a user would load it
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(PUBLISHED, 'utf8')));

  test.each(reportFiles)('the real report test/fixtures/reports/%s validates', (f) => {
    expect(validate(read(f)) ? [] : validate.errors).toEqual([]);
  });

  test.each(['buildx-0.13/cold-push-registry-cache.rawjson', 'buildx-0.13/failed-step.rawjson', 'captured/multi-platform.rawjson', 'captured/cache-export-failed.rawjson'])(
    'a report written now from test/fixtures/rawjson/%s validates',
    async (f) => {
      const report = await reportFromRawjsonFile(join(ROOT, 'test/fixtures/rawjson', f), { image: { digest: 'sha256:' + 'a'.repeat(64), tags: ['r.example/app:1'], sizeBytes: 1234, layers: 3 }, meta: { driver: 'docker' } });
      expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
    }
  );

  test('the documented minimum validates: schemaVersion, durationMs, steps of name, cached, durationMs', () => {
    expect(validate({ schemaVersion: 1, durationMs: 10, steps: [{ name: '[1/2] RUN make', cached: false, durationMs: 10 }] })).toBe(true);
  });

  test.each([
    [{ schemaVersion: 1, durationMs: -1, steps: [] }, '/durationMs'],
    [{ schemaVersion: 1, durationMs: 1, steps: [{ name: 'x', cached: 'yes', durationMs: 1 }] }, '/steps/0/cached'],
    [{ schemaVersion: 1, durationMs: 1 }, 'steps'],
    [{ schemaVersion: 1, durationMs: 1, steps: [], cacheHitRatio: 2 }, '/cacheHitRatio']
  ])('a wrong field is named by its pointer: %j', (doc, pointer) => {
    expect(() => parseTimingReport(doc, 'r.json')).toThrow(SchemaError);
    expect(() => parseTimingReport(doc, 'r.json')).toThrow(new RegExp(`^r\\.json: .*${pointer.replace(/\//g, '\\/')}`));
  });
});

describe('reports from earlier writers still compare', () => {
  /** What an earlier writer wrote: the README's first field list (no instruction, digest, phases, paths, image, meta). */
  function earlier(r: Record<string, unknown>): Record<string, unknown> {
    const steps = (r.steps as Array<Record<string, unknown>>).map(({ name, stage, platform, cached, durationMs, line }) => ({ name, stage, platform, cached, durationMs, line }));
    return { schemaVersion: 1, durationMs: r.durationMs, cacheHitRatio: r.cacheHitRatio, stages: r.stages, steps };
  }
  const minimal = (r: Record<string, unknown>) => ({ schemaVersion: 1, durationMs: r.durationMs, steps: (r.steps as Array<Record<string, unknown>>).map(({ name, cached, durationMs }) => ({ name, cached, durationMs })) });

  test.each([
    ['an earlier writer', earlier],
    ['the documented minimum', minimal]
  ])('%s against a current report, both ways, gives the same step changes as two current reports', (_n, shrink) => {
    const base = read('cold.json');
    const head = read('code-change.json');
    const full = compareReports(parseTimingReport(base, 'base'), parseTimingReport(head, 'head'));
    for (const [b, h] of [
      [shrink(base), head],
      [base, shrink(head)],
      [shrink(base), shrink(head)]
    ]) {
      const c = compareReports(parseTimingReport(b, 'base'), parseTimingReport(h, 'head'));
      expect(c.total).toEqual(full.total);
      expect(c.steps.map((s) => [s.instruction, s.why, s.delta.deltaMs])).toEqual(full.steps.map((s) => [s.instruction, s.why, s.delta.deltaMs]));
      expect(renderComparisonMarkdown('app', c)).toContain('app');
      expect(renderTimingMarkdown(parseTimingReport(h, 'head'))).toContain('steps');
    }
  });

  test.each([
    [{ schemaVersion: 2, durationMs: 1, steps: [] }, /schemaVersion 2 is not supported: this buildstage reads schemaVersion 1; the report was written by a newer buildstage/],
    [{ schemaVersion: '1', durationMs: 1, steps: [] }, /schemaVersion "1" is not supported/],
    [{ durationMs: 1, steps: [] }, /not a buildstage timing report \(no schemaVersion/],
    [[1, 2], /not a buildstage timing report/]
  ])('another schemaVersion is a clear error: %j', (doc, re) => {
    expect(() => parseTimingReport(doc, 'base.json')).toThrow(re);
  });

  test('node dist/cli.js compare: a newer report is one clear line, an earlier one compares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-schema-'));
    writeFileSync(join(dir, 'new.json'), JSON.stringify({ ...read('warm.json'), schemaVersion: 2 }));
    writeFileSync(join(dir, 'old.json'), JSON.stringify(earlier(read('cold.json'))));
    writeFileSync(join(dir, 'head.json'), JSON.stringify(read('code-change.json')));
    const bad = memoryIO({ cwd: dir });
    expect(await runCli(['compare', '--base', 'new.json', '--head', 'head.json'], bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/^error: --base new\.json: schemaVersion 2 is not supported/);
    const ok = memoryIO({ cwd: dir });
    expect(await runCli(['compare', '--base', 'old.json', '--head', 'head.json'], ok)).toBe(0);
    expect(ok.out.join('')).toMatch(/→/);
  });
});

describe('DescribeImages output', () => {
  const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
  const policy = validatePolicy({ rules: [{ rulePriority: 1, description: 'keep the newest two sha images of the repository', selection: { tagStatus: 'tagged', tagPatternList: ['sha-*'], countType: 'imageCountMoreThan', countNumber: 2 }, action: { type: 'expire' } }] }).policy!;
  const now = new Date('2026-01-10T00:00:00Z');

  test('the AWS CLI v2 response (ISO times), its imageDetails and the v1 form (epoch seconds) evaluate the same', () => {
    const details = [1, 2, 3, 4].map((n) => ({ imageDigest: digest(n), imageTags: [`sha-${n}`], imagePushedAt: `2026-01-0${n}T00:00:00+00:00`, imageSizeInBytes: 100 * n }));
    const v1 = details.map((d) => ({ ...d, imagePushedAt: Date.parse(d.imagePushedAt) / 1000 }));
    const results = [{ imageDetails: details }, details, { imageDetails: v1 }].map((doc) => evaluatePolicy(policy, parseDescribeImages(doc, 'images.json'), { now }).expired.map((e) => e.imageDigest));
    expect(results[0]).toEqual([digest(1), digest(2)]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  test.each([
    [{ imageDetails: [{ imageTags: ['x'] }] }, /\/imageDetails\/0 needs "imageDigest"/],
    [[{ imageDigest: 'abc' }], /\/0\/imageDigest must match pattern/],
    [[{ imageDigest: digest(1), imageTags: 'latest' }], /\/0\/imageTags must be array/],
    [{ images: [] }, /needs "imageDetails"/]
  ])('a wrong document is named: %j', (doc, re) => {
    expect(() => parseDescribeImages(doc, 'images.json')).toThrow(re);
  });

  test('the exported schemas compile in a fresh ajv (they are plain JSON Schema)', () => {
    for (const s of [DESCRIBE_IMAGES_SCHEMA, LIFECYCLE_POLICY_SCHEMA, TIMING_REPORT_SCHEMA]) expect(() => new Ajv({ strict: false }).compile(s)).not.toThrow();
  });
});

describe('lifecycle policies: the shape with the schema, in ECR\'s words', () => {
  test.each([
    [{ rules: [{ rulePriority: 1.5, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 3 }, action: { type: 'expire' } }] }, /rule 1: rulePriority must be an integer of at least 1/],
    [{ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'hours', countNumber: 3 }, action: { type: 'expire' } }] }, /rule 1 \(priority 1\): selection.countUnit: only "days" is allowed/],
    [{ rules: [{ rulePriority: 1, selection: { tagStatus: 'tagged', tagPatternList: [''], countType: 'imageCountMoreThan', countNumber: 3 }, action: { type: 'expire' } }] }, /selection.tagPatternList must be a non-empty list of non-empty strings/],
    [{ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 3 } }] }, /rule 1 \(priority 1\): action is required/],
    [{ rules: 'all' }, /policy.rules: must be a non-empty list of rules/],
    [[], /policy: must be a JSON object with a "rules" list/]
  ])('%j', (policy, re) => {
    expect(validatePolicy(policy).errors.join('\n')).toMatch(re);
  });
});

describe('services files', () => {
  test.each([
    [{ services: [{ name: 'api', context: '.', file: 'apps/api/Dockerfile' }] }, /\/services\/0 needs "image"/],
    [{ services: [{ name: 'api', context: '.', file: 'Dockerfile', image: 'r/api', tagret: 'x' }] }, /\/services\/0 has an unknown key "tagret"/],
    [{ service: [] }, /needs "services"/]
  ])('%j', (doc, re) => {
    expect(() => parseServices(doc, 'buildstage.services.json')).toThrow(re);
  });
  test('a valid file reads', () => {
    expect(parseServices({ services: [{ name: 'api', context: '.', file: 'Dockerfile', image: 'r/api', target: 'runtime' }] }, 'f')).toHaveLength(1);
  });
});
