// Property tests (fast-check, issue 12 item 4): no parser or model throws on arbitrary
// input. The rawjson parser on arbitrary bytes and cut-off streams, the timing model on
// arbitrary status objects (and what it writes always matches the published schema), the
// Dockerfile model and the advisor on arbitrary text, compare and both renderers on
// arbitrary schema-valid reports, the lifecycle evaluator on arbitrary image lists (never
// expiring a child of an index it keeps).
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adviseRules } from '../../../src/advisor/run.js';
import { compareReports, DEFAULT_THRESHOLDS } from '../../../src/compare/compare.js';
import { mergeCommentSections, renderComparisonMarkdown } from '../../../src/compare/render.js';
import { parseDockerfileModel } from '../../../src/dockerfile/model.js';
import { evaluatePolicy } from '../../../src/ecr/evaluate.js';
import type { ImageDetail, LifecyclePolicy, LifecycleRule } from '../../../src/ecr/policy.js';
import { validatePolicy } from '../../../src/ecr/validate.js';
import { ProgressText } from '../../../src/engine/progress-text.js';
import { parseDescribeImages } from '../../../src/schemas/ecr.js';
import { parseTimingReport, TIMING_REPORT_SCHEMA } from '../../../src/schemas/timing-report.js';
import { mapDockerfile } from '../../../src/timing/dockerfile-map.js';
import { TimingAccumulator } from '../../../src/timing/model.js';
import { RawjsonParser } from '../../../src/timing/rawjson-parser.js';
import type { SolveStatus } from '../../../src/timing/types.js';
import { renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { renderTimingTerminal } from '../../../src/timing/render-terminal.js';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const ROOT = process.cwd();
const validReport = new Ajv({ allErrors: true, strict: false }).compile(TIMING_REPORT_SCHEMA);
const STREAMS = [
  'buildx-0.13/cold-push-registry-cache.rawjson',
  'buildx-0.13/failed-step.rawjson',
  'captured/multi-platform.rawjson',
  'captured/cache-export-failed.rawjson',
  'buildkit-history/moby-buildkit-84steps.jsonl'
].map((f) => readFileSync(join(ROOT, 'test/fixtures/rawjson', f), 'utf8'));

/** Parses text pushed in the given chunk sizes (cycled). */
function parseChunks(text: string, sizes: number[]): SolveStatus[] {
  const p = new RawjsonParser();
  const out: SolveStatus[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes.length ? sizes[k++ % sizes.length] : text.length);
    out.push(...p.push(text.slice(i, i + n)));
    i += n;
  }
  out.push(...p.end());
  return out;
}

/** The model end to end on statuses: it must not throw, and what it writes must match the schema. */
function modelOf(statuses: unknown[], dockerfileText?: string) {
  const acc = new TimingAccumulator();
  for (const s of statuses) acc.add(s as SolveStatus);
  const report = acc.finish({ dockerfileText });
  const json = JSON.parse(JSON.stringify(report));
  if (!validReport(json)) throw new Error(`the model wrote a report the schema refuses: ${JSON.stringify(validReport.errors)}`);
  renderTimingMarkdown(report);
  renderTimingTerminal(report, { color: false });
  return report;
}

describe('the rawjson parser', () => {
  test('arbitrary bytes in arbitrary chunks: no throw, only objects', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 8 }), (bytes, sizes) => {
        // what comes out, whatever its type says
        for (const s of parseChunks(Buffer.from(bytes).toString('utf8'), sizes) as unknown[])
          expect(typeof s === 'object' && s !== null && !Array.isArray(s)).toBe(true);
      }),
      { numRuns: RUNS }
    );
  });

  test('JSON-like text (braces, quotes, escapes, newlines) in arbitrary chunks: no throw', () => {
    const jsonish = fc
      .array(fc.constantFrom('{', '}', '"', '\\', '\n', ' ', ':', ',', '[', ']', 'a', '1', '{"vertexes":[', '"digest":"x"', 'null', '\r\n'), { maxLength: 400 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(jsonish, fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 6 }), (text, sizes) => {
        parseChunks(text, sizes);
      }),
      { numRuns: RUNS }
    );
  });

  test('how a real stream is cut into chunks does not change what it parses to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS.keys()), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 10 }), (k, sizes) => {
        expect(parseChunks(STREAMS[k], sizes)).toEqual(parseChunks(STREAMS[k], []));
      }),
      { numRuns: 40 }
    );
  });

  test('a real stream cut off anywhere parses to a prefix of the whole stream, and the model reports it', () => {
    const whole = STREAMS.map((s) => parseChunks(s, []));
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS.keys()), fc.double({ min: 0, max: 1, noNaN: true }), (k, at) => {
        const cut = parseChunks(STREAMS[k].slice(0, Math.floor(at * STREAMS[k].length)), [4096]);
        expect(cut).toEqual(whole[k].slice(0, cut.length));
        modelOf(cut);
      }),
      { numRuns: 60 }
    );
  });
});

describe('the timing model and the progress text', () => {
  const ts = fc.oneof(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string(),
    fc.constant(undefined),
    fc.integer()
  );
  const name = fc.oneof(
    fc.constantFrom(
      '[deps 1/3] FROM docker.io/library/node:20',
      '[deps 2/3] RUN npm ci',
      '[2/2] COPY . .',
      '[linux/arm64 build 3/9] RUN make',
      'exporting to image',
      'exporting cache to registry',
      'importing cache manifest from x',
      '[internal] load build context',
      'pushing layers'
    ),
    fc.string()
  );
  const digest = fc.constantFrom('sha256:a', 'sha256:b', 'sha256:c', 'sha256:d');
  const vertex = fc.record(
    {
      digest: fc.oneof(digest, fc.integer(), fc.constant(null)),
      name: fc.oneof(name, fc.constant(undefined)),
      started: ts,
      completed: ts,
      cached: fc.oneof(fc.boolean(), fc.string()),
      error: fc.oneof(fc.constant(undefined), fc.string()),
      inputs: fc.oneof(fc.array(digest), fc.string(), fc.constant(null))
    },
    { requiredKeys: [] }
  );
  const status = fc.record(
    {
      id: fc.oneof(fc.string(), fc.constantFrom('pushing manifest for r/x:1@sha256:ab', 'pushing layers'), fc.integer()),
      vertex: digest,
      timestamp: ts,
      started: ts,
      completed: ts,
      current: fc.integer(),
      total: fc.integer()
    },
    { requiredKeys: [] }
  );
  const log = fc.record(
    { vertex: fc.oneof(digest, fc.integer()), data: fc.oneof(fc.base64String(), fc.string(), fc.integer()), timestamp: ts },
    { requiredKeys: [] }
  );
  const warning = fc.record({ vertex: digest, short: fc.oneof(fc.base64String(), fc.integer()), level: fc.integer() }, { requiredKeys: [] });
  const solveStatus = fc.record(
    {
      vertexes: fc.oneof(fc.array(fc.oneof(vertex, fc.constant(null), fc.integer())), fc.constant(null), fc.string()),
      statuses: fc.oneof(fc.array(fc.oneof(status, fc.constant(null))), fc.constant(null)),
      logs: fc.oneof(fc.array(fc.oneof(log, fc.constant(null))), fc.constant(null)),
      warnings: fc.oneof(fc.array(fc.oneof(warning, fc.constant(null))), fc.constant(null), fc.integer())
    },
    { requiredKeys: [] }
  );

  test('arbitrary status objects: the model never throws and writes a schema-valid report', () => {
    fc.assert(
      fc.property(
        fc.array(solveStatus, { maxLength: 30 }),
        fc.oneof(fc.constant(undefined), fc.constant('FROM node:20 AS deps\nRUN npm ci\nFROM deps\nCOPY . .\n'), fc.string()),
        (statuses, dockerfile) => {
          modelOf(statuses, dockerfile);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('arbitrary JSON values as statuses: no throw', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), (values) => {
        modelOf(values.filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v)));
        const text = new ProgressText();
        for (const v of values) if (v !== null && typeof v === 'object' && !Array.isArray(v)) text.lines(v);
      }),
      { numRuns: RUNS }
    );
  });

  test('arbitrary status objects: the readable progress never throws', () => {
    fc.assert(
      fc.property(fc.array(solveStatus, { maxLength: 30 }), (statuses) => {
        const text = new ProgressText();
        for (const s of statuses) text.lines(s as never);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('the Dockerfile model', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'FROM node:20 AS deps',
      'FROM deps',
      'FROM --platform=$BUILDPLATFORM x AS b',
      'RUN npm ci',
      'RUN --mount=type=cache,target=/root/.npm npm install',
      'COPY . .',
      'COPY --from=deps /a /b',
      'ARG NPM_TOKEN',
      'ENV A=b',
      'RUN <<EOF\necho hi\nEOF',
      'RUN apt-get install -y gcc',
      'WORKDIR /app',
      '# syntax=docker/dockerfile:1',
      'RUN a \\',
      '\\',
      'ONBUILD RUN x',
      'FROM',
      'COPY',
      'RUN'
    ),
    fc.string({ maxLength: 80 })
  );
  const dockerfile = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.array(line, { maxLength: 40 }).map((l) => l.join('\n'))
  );

  test('arbitrary text: the model, the timing map and the advisor never throw', () => {
    fc.assert(
      fc.property(
        dockerfile,
        fc.array(fc.constantFrom('package.json', 'package-lock.json', 'yarn.lock', '.git/', 'node_modules/', 'src/', '.env'), { maxLength: 5 }),
        fc.oneof(fc.constant(null), fc.string()),
        fc.oneof(fc.constant(undefined), fc.string({ maxLength: 10 })),
        (text, files, ignore, target) => {
          const stages = parseDockerfileModel(text);
          for (const s of stages) expect(s.instructions.every((i) => i.line >= 1)).toBe(true);
          mapDockerfile(text);
          adviseRules({ dockerfileText: text, dockerfilePath: 'Dockerfile', contextFiles: files, dockerignoreText: ignore, target });
        }
      ),
      { numRuns: RUNS }
    );
  });
});

describe('compare on arbitrary schema-valid reports', () => {
  const INSTR = ['RUN npm ci', 'COPY . .', 'COPY package.json ./', 'RUN make', 'FROM node:20', 'WORKDIR /app'];
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const msArb = fc.integer({ min: 0, max: 3_600_000 });
  const stepArb = fc.record({
    name: fc.oneof(
      fc.tuple(fc.constantFrom('deps', 'build', 'runtime'), fc.integer({ min: 1, max: 9 }), fc.constantFrom(...INSTR)).map(([s, n, i]) => `[${s} ${n}/9] ${i}`),
      fc.string({ maxLength: 30 })
    ),
    instruction: opt(fc.oneof(fc.constantFrom(...INSTR), fc.string({ maxLength: 30 }))),
    stage: opt(fc.constantFrom('deps', 'build', 'runtime', '')),
    platform: opt(fc.oneof(fc.constant(null), fc.constantFrom('linux/amd64', 'linux/arm64'))),
    cached: fc.boolean(),
    durationMs: msArb,
    startMs: opt(fc.oneof(fc.constant(null), msArb)),
    line: opt(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 200 }))),
    digest: opt(fc.string({ maxLength: 10 })),
    error: opt(fc.string({ maxLength: 40 }))
  });
  const stripUndefined = (o: object) => JSON.parse(JSON.stringify(o));
  const reportArb = fc
    .record({
      schemaVersion: fc.constant(1),
      durationMs: msArb,
      steps: fc.array(stepArb, { maxLength: 25 }),
      cacheHitRatio: opt(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true }))),
      stages: opt(
        fc.array(
          fc.record({
            name: fc.constantFrom('deps', 'build', 'runtime'),
            platform: opt(fc.oneof(fc.constant(null), fc.constant('linux/amd64'))),
            durationMs: msArb,
            startMs: opt(fc.oneof(fc.constant(null), msArb)),
            steps: opt(fc.nat(20)),
            cachedSteps: opt(fc.nat(20))
          }),
          { maxLength: 4 }
        )
      ),
      phases: opt(
        fc.record({ contextTransferMs: msArb, cacheImportMs: msArb, cacheExportMs: msArb, imageExportMs: msArb, pushMs: msArb }, { requiredKeys: [] })
      ),
      criticalPath: opt(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })),
      slowest: opt(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })),
      image: opt(
        fc.record(
          {
            digest: opt(fc.oneof(fc.constant(null), fc.constant('sha256:' + 'a'.repeat(64)))),
            tags: opt(fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })),
            sizeBytes: opt(fc.oneof(fc.constant(null), fc.nat())),
            layers: opt(fc.oneof(fc.constant(null), fc.nat(50)))
          },
          { requiredKeys: [] }
        )
      ),
      warnings: opt(fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 })),
      failed: opt(
        fc.oneof(
          fc.constant(null),
          fc.record({
            name: fc.string({ maxLength: 20 }),
            error: fc.string({ maxLength: 40 }),
            stage: opt(fc.oneof(fc.constant(null), fc.string({ maxLength: 10 }))),
            line: opt(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 99 }))),
            logTail: opt(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }))
          })
        )
      ),
      meta: opt(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }))
    })
    .map(stripUndefined);

  test('every generated report is schema-valid; compare and both renderers never throw; the verdict follows the total and the image size', () => {
    fc.assert(
      fc.property(reportArb, reportArb, fc.constantFrom('10%,5s', '0%,0s', '50%,1m'), (b, h, threshold) => {
        expect(validReport(b)).toBe(true);
        const base = parseTimingReport(b, 'base');
        const head = parseTimingReport(h, 'head');
        const t = threshold === '10%,5s' ? DEFAULT_THRESHOLDS : threshold === '0%,0s' ? { percent: 0, minSeconds: 0 } : { percent: 50, minSeconds: 60 };
        const c = compareReports(base, head, t);
        const md = renderComparisonMarkdown('r.example/app', c, { baseLabel: 'main' });
        expect(mergeCommentSections(null, 'r.example/app', md)).toContain(md.trim().slice(0, 20));
        renderTimingMarkdown(head);
        renderTimingTerminal(head, { color: true });
        if (c.verdict === 'regressed')
          expect((c.total.flagged && (c.total.deltaMs ?? 0) > 0) || (c.imageSize.flagged && (c.imageSize.deltaBytes ?? 0) > 0)).toBe(true);
        if (!c.total.flagged && !c.imageSize.flagged) expect(c.verdict).toBe('unchanged');
      }),
      { numRuns: RUNS }
    );
  });
});

describe('the lifecycle evaluator on arbitrary image lists', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const INDEX = 'application/vnd.oci.image.index.v1+json';
  const hex = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
  const tagArb = fc.constantFrom('v1', 'v2', 'latest', 'main-1', 'main-2', 'buildcache', 'prod', 'sha-a', 'sha-b', 'pr-3');
  const imagesArb = fc.integer({ min: 0, max: 40 }).chain((n) =>
    fc
      .tuple(
        fc.array(
          fc.record({
            tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
            age: fc.integer({ min: -5, max: 400 }),
            size: fc.nat(10_000_000),
            index: fc.boolean(),
            children: fc.uniqueArray(fc.nat(Math.max(0, n - 1)), { maxLength: 4 }),
            pulled: fc.option(fc.integer({ min: 0, max: 400 }))
          }),
          { minLength: n, maxLength: n }
        )
      )
      .map(([rows]) =>
        rows.map((r, i): ImageDetail => ({
          imageDigest: hex(i + 1),
          imageTags: r.tags,
          imagePushedAt: new Date(NOW.getTime() - r.age * 86_400_000).toISOString(),
          imageSizeInBytes: r.size,
          ...(r.pulled !== null ? { lastRecordedPullTime: new Date(NOW.getTime() - r.pulled * 86_400_000).toISOString() } : {}),
          ...(r.index ? { imageManifestMediaType: INDEX, childDigests: r.children.filter((c) => c !== i).map((c) => hex(c + 1)) } : {})
        }))
      )
  );
  const ruleArb = fc.record({
    status: fc.constantFrom('tagged', 'untagged', 'any'),
    patterns: fc.uniqueArray(fc.constantFrom('v*', 'main-*', '*', 'latest', 'sha-*', 'p*'), { minLength: 1, maxLength: 2 }),
    prefix: fc.boolean(),
    countType: fc.constantFrom('imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled'),
    count: fc.integer({ min: 1, max: 30 })
  });
  const policyArb = fc.array(ruleArb, { minLength: 1, maxLength: 6 }).map((rules): LifecyclePolicy => {
    const sorted = [...rules.filter((r) => r.status !== 'any'), ...rules.filter((r) => r.status === 'any').slice(0, 1)];
    return {
      rules: sorted.map((r, i): LifecycleRule => ({
        rulePriority: i + 1,
        description: 'a generated rule for the property test of the lifecycle evaluator',
        selection: {
          tagStatus: r.status,
          ...(r.status === 'tagged' ? (r.prefix ? { tagPrefixList: r.patterns.map((p) => p.replace(/\*/g, '') || 'v') } : { tagPatternList: r.patterns }) : {}),
          ...(r.countType === 'imageCountMoreThan'
            ? { countType: 'imageCountMoreThan' as const, countNumber: r.count }
            : { countType: r.countType, countUnit: 'days' as const, countNumber: r.count * 10 })
        },
        action: { type: 'expire' }
      }))
    };
  });

  test('the generated policies are valid ECR policies', () => {
    fc.assert(
      fc.property(policyArb, (p) => {
        expect(validatePolicy(p).errors).toEqual([]);
      }),
      { numRuns: 100 }
    );
  });

  test('never throws, never expires a child of an index it keeps, nor a protected tag or digest; bytes add up', () => {
    fc.assert(
      fc.property(policyArb, imagesArb, fc.constantFrom('prod', 'v1', 'none'), (p, images, protect) => {
        const ev = evaluatePolicy(p, parseDescribeImages(JSON.parse(JSON.stringify(images)), 'images'), {
          now: NOW,
          protectTags: [protect],
          protectDigests: images.length ? [images[0].imageDigest] : []
        });
        const expired = new Set(ev.expired.filter((e) => e.action === 'expire').map((e) => e.imageDigest));
        for (const img of images) {
          if (expired.has(img.imageDigest)) {
            expect(img.imageTags).not.toContain(protect);
            continue;
          }
          // a kept index keeps every image it references
          for (const child of img.childDigests ?? []) expect(expired.has(child)).toBe(false);
        }
        if (images.length) expect(expired.has(images[0].imageDigest)).toBe(false);
        expect(ev.bytesFreed).toBe(images.filter((i) => expired.has(i.imageDigest)).reduce((n, i) => n + (i.imageSizeInBytes ?? 0), 0));
        expect(ev.kept + ev.expired.length).toBe(images.length);
      }),
      { numRuns: RUNS }
    );
  });

  test('arbitrary DescribeImages-like documents: parsed or refused with a SchemaError, never a crash in the evaluator', () => {
    const doc = fc.array(
      fc.record(
        {
          imageDigest: fc.oneof(fc.constant(hex(1)), fc.constant(hex(2)), fc.string()),
          imageTags: fc.oneof(fc.array(fc.string()), fc.string()),
          imagePushedAt: fc.oneof(fc.string(), fc.double(), fc.constant(null)),
          imageSizeInBytes: fc.oneof(fc.nat(), fc.double(), fc.string()),
          childDigests: fc.oneof(fc.array(fc.string()), fc.constant(undefined))
        },
        { requiredKeys: [] }
      ),
      { maxLength: 10 }
    );
    const policy = validatePolicy({
      rules: [
        {
          rulePriority: 1,
          description: 'expire anything older than a week, for the property test',
          selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
          action: { type: 'expire' }
        }
      ]
    }).policy!;
    fc.assert(
      fc.property(doc, (d) => {
        let images: ImageDetail[];
        try {
          images = parseDescribeImages(JSON.parse(JSON.stringify(d)), 'images.json');
        } catch (e) {
          expect((e as Error).name).toBe('SchemaError');
          return;
        }
        evaluatePolicy(policy, images, { now: NOW });
      }),
      { numRuns: RUNS }
    );
  });
});
