import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { evaluatePolicy } from '../../../src/ecr/evaluate.js';
import type { ImageDetail, LifecyclePolicy, LifecycleRule } from '../../../src/ecr/policy.js';
import { buildPolicy } from '../../../src/ecr/policy-from-inputs.js';

interface Example {
  name: string;
  images: Array<[string, string[], number]>;
  rules: Array<{
    priority: number;
    tagStatus: 'tagged' | 'untagged' | 'any';
    prefixes?: string[];
    countType: 'imageCountMoreThan' | 'sinceImagePushed';
    countNumber: number;
  }>;
  expired: Record<string, number>;
}
const fixture = JSON.parse(readFileSync('test/fixtures/ecr/aws-examples.json', 'utf8')) as { now: string; examples: Example[] };
const NOW = new Date(fixture.now);
const DAY = 86_400_000;

function images(ex: Example): ImageDetail[] {
  return ex.images.map(([name, tags, days]) => ({
    imageDigest: `sha256:${name}`,
    imageTags: tags,
    imagePushedAt: new Date(NOW.getTime() - days * DAY).toISOString(),
    imageSizeInBytes: 1000
  }));
}

function policy(ex: Example, form: 'prefix' | 'pattern'): LifecyclePolicy {
  return {
    rules: ex.rules.map((r) => ({
      rulePriority: r.priority,
      selection: {
        tagStatus: r.tagStatus,
        ...(r.prefixes ? (form === 'prefix' ? { tagPrefixList: r.prefixes } : { tagPatternList: r.prefixes.map((x) => `${x}*`) }) : {}),
        countType: r.countType,
        ...(r.countType === 'sinceImagePushed' ? { countUnit: 'days' as const } : {}),
        countNumber: r.countNumber
      },
      action: { type: 'expire' as const }
    }))
  };
}

describe.each(fixture.examples)("AWS's example: $name", (ex) => {
  test.each(['prefix', 'pattern'] as const)('%s form gives the documented result', (form) => {
    const r = evaluatePolicy(policy(ex, form), images(ex), { now: NOW });
    const got = Object.fromEntries(r.expired.map((e) => [e.imageDigest.replace('sha256:', ''), e.rulePriority]));
    expect(got).toEqual(ex.expired);
  });
});

test('tag patterns are anchored globs', () => {
  const p: LifecyclePolicy = {
    rules: [
      {
        rulePriority: 1,
        selection: { tagStatus: 'tagged', tagPatternList: ['v*-rc'], countType: 'imageCountMoreThan', countNumber: 1 },
        action: { type: 'expire' }
      }
    ]
  };
  const imgs: ImageDetail[] = [
    { imageDigest: 'a', imageTags: ['v1-rc'], imagePushedAt: '2026-01-01T00:00:00Z' },
    { imageDigest: 'b', imageTags: ['v2-rc-final'], imagePushedAt: '2026-01-02T00:00:00Z' },
    { imageDigest: 'c', imageTags: ['v3-rc'], imagePushedAt: '2026-01-03T00:00:00Z' }
  ];
  expect(evaluatePolicy(p, imgs, { now: NOW }).expired.map((e) => e.imageDigest)).toEqual(['a']);
});

test('children of a kept image index never expire, even when an untagged rule selects them', () => {
  const p = buildPolicy({ keep: 'v*:1', untaggedDays: 1, keepAny: null, protect: [] });
  const imgs: ImageDetail[] = [
    { imageDigest: 'idx', imageTags: ['v1'], imagePushedAt: '2026-11-01T00:00:00Z', childDigests: ['amd64', 'arm64', 'att'] },
    { imageDigest: 'amd64', imageTags: [], imagePushedAt: '2026-11-01T00:00:00Z' },
    { imageDigest: 'arm64', imageTags: [], imagePushedAt: '2026-11-01T00:00:00Z' },
    { imageDigest: 'att', imageTags: [], imagePushedAt: '2026-11-01T00:00:00Z' },
    { imageDigest: 'orphan', imageTags: [], imagePushedAt: '2026-11-01T00:00:00Z' }
  ];
  const r = evaluatePolicy(p, imgs, { now: NOW });
  expect(r.expired.map((e) => e.imageDigest)).toEqual(['orphan']);
  expect(r.protectedDigests.sort()).toEqual(['amd64', 'arm64', 'att']);
});

test('the generated policy never expires the build cache or latest', () => {
  const p = buildPolicy({ keep: 'sha-*:2', untaggedDays: 7, keepAny: 3, protect: ['buildcache*', 'latest'] });
  const imgs: ImageDetail[] = Array.from({ length: 8 }, (_, i) => ({
    imageDigest: `d${i}`,
    imageTags: [`sha-${i}`],
    imagePushedAt: new Date(NOW.getTime() - (i + 1) * DAY).toISOString()
  }));
  imgs.push({ imageDigest: 'cache', imageTags: ['buildcache'], imagePushedAt: '2020-01-01T00:00:00Z' });
  imgs.push({ imageDigest: 'cache-br', imageTags: ['buildcache-feature-x'], imagePushedAt: '2020-01-01T00:00:00Z' });
  imgs.push({ imageDigest: 'latest', imageTags: ['latest', 'sha-old'], imagePushedAt: '2020-01-01T00:00:00Z' });
  const expired = evaluatePolicy(p, imgs, { now: NOW }).expired.map((e) => e.imageDigest);
  expect(expired).not.toEqual(expect.arrayContaining(['cache']));
  expect(expired).not.toContain('cache-br');
  expect(expired).not.toContain('latest');
  expect(expired).toContain('d7');
});

// property tests
const tagArb = fc.constantFrom('v1', 'v2', 'main-a', 'main-b', 'prod', 'latest', 'buildcache', 'x');
const imageArb = fc.record({
  tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
  age: fc.integer({ min: 0, max: 60 })
});
const imagesArb = fc.array(imageArb, { minLength: 1, maxLength: 40 }).map((arr) =>
  arr.map((x, i): ImageDetail => ({
    imageDigest: `sha256:${i}`,
    imageTags: x.tags,
    imagePushedAt: new Date(NOW.getTime() - x.age * DAY - i).toISOString(),
    imageSizeInBytes: 10
  }))
);
const ruleArb = fc.record({
  status: fc.constantFrom('tagged', 'untagged'),
  pattern: fc.constantFrom('v*', 'main-*', 'prod', '*'),
  count: fc.integer({ min: 1, max: 5 }),
  byAge: fc.boolean()
});
const policyArb = fc.array(ruleArb, { minLength: 1, maxLength: 4 }).map((rs): LifecyclePolicy => ({
  rules: rs.map((r, i): LifecycleRule => ({
    rulePriority: i + 1,
    selection: {
      tagStatus: r.status,
      ...(r.status === 'tagged' ? { tagPatternList: [r.pattern] } : {}),
      ...(r.byAge
        ? { countType: 'sinceImagePushed' as const, countUnit: 'days' as const, countNumber: r.count * 5 }
        : { countType: 'imageCountMoreThan' as const, countNumber: r.count })
    },
    action: { type: 'expire' }
  }))
}));

test('property: protected tags and digests never expire', () => {
  fc.assert(
    fc.property(policyArb, imagesArb, fc.constantFrom('v1', 'latest', 'prod'), (p, imgs, tag) => {
      const r = evaluatePolicy(p, imgs, { now: NOW, protectTags: [tag], protectDigests: [imgs[0].imageDigest] });
      for (const e of r.expired) {
        expect(e.imageTags).not.toContain(tag);
        expect(e.imageDigest).not.toBe(imgs[0].imageDigest);
      }
    })
  );
});

test('property: a single count rule keeps exactly min(count, selected) of its selection', () => {
  fc.assert(
    fc.property(imagesArb, fc.constantFrom('v*', 'main-*', '*'), fc.integer({ min: 1, max: 6 }), (imgs, pattern, count) => {
      const p: LifecyclePolicy = {
        rules: [
          {
            rulePriority: 1,
            selection: { tagStatus: 'tagged', tagPatternList: [pattern], countType: 'imageCountMoreThan', countNumber: count },
            action: { type: 'expire' }
          }
        ]
      };
      const re = new RegExp(`^${pattern.replace('*', '.*')}$`);
      const selected = imgs.filter((i) => (i.imageTags ?? []).some((t) => re.test(t)));
      const r = evaluatePolicy(p, imgs, { now: NOW });
      expect(selected.length - r.expired.length).toBe(Math.min(count, selected.length));
      // the kept ones are the youngest
      const keptTimes = selected.filter((s) => !r.expired.some((e) => e.imageDigest === s.imageDigest)).map((s) => Date.parse(s.imagePushedAt as string));
      const expiredTimes = r.expired.map((e) => Date.parse(imgs.find((i) => i.imageDigest === e.imageDigest)!.imagePushedAt as string));
      if (keptTimes.length && expiredTimes.length) expect(Math.min(...keptTimes)).toBeGreaterThanOrEqual(Math.max(...expiredTimes));
    })
  );
});

test('property: an image selected by a higher-priority rule is never expired by a lower one', () => {
  fc.assert(
    fc.property(policyArb, imagesArb, (p, imgs) => {
      const r = evaluatePolicy(p, imgs, { now: NOW });
      for (const e of r.expired) {
        const img = imgs.find((i) => i.imageDigest === e.imageDigest)!;
        for (const higher of p.rules.filter((x) => x.rulePriority < e.rulePriority)) {
          const s = higher.selection;
          const tags = img.imageTags ?? [];
          const selectedByHigher =
            s.tagStatus === 'untagged'
              ? tags.length === 0
              : (s.tagPatternList ?? []).every((pat) => tags.some((t) => new RegExp(`^${pat.replace('*', '.*')}$`).test(t)));
          expect(selectedByHigher).toBe(false);
        }
      }
    })
  );
});
