// What a lifecycle policy expires now, with ECR's semantics. Pure.
//  - Rules apply in priority order; every rule sees every image.
//  - An image matched by a higher-priority rule's selection is never expired (or
//    transitioned) by a lower one, but it still counts in that rule's ordering.
//  - Tagged matching: every prefix / pattern of the rule matches some tag of the image;
//    patterns are anchored globs where * matches any run of characters.
//  - imageCountMoreThan sorts by push time, youngest first, and acts on the rest.
//  - An image referenced by a kept image index (multi-arch children, attestations) is
//    never expired; nor is anything protected by tag or digest.
import type { ImageDetail, LifecyclePolicy, LifecycleRule } from './policy.js';

export interface ExpiredImage {
  imageDigest: string;
  rulePriority: number;
  action: 'expire' | 'transition';
  imageTags: string[];
  imageSizeInBytes: number;
}

export interface EvaluateOptions {
  now: Date;
  protectTags?: string[];
  protectDigests?: string[];
}

export interface Evaluation {
  expired: ExpiredImage[];
  /** Images the policy would act on but that are protected (children of kept indexes, protect list). */
  protectedDigests: string[];
  kept: number;
  bytesFreed: number;
}

const DAY = 86_400_000;

/** ECR's pattern semantics: anchored, `*` matches any run of characters (tags and repository names). */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`
  );
}

function time(v: string | Date | undefined): number | null {
  if (v === undefined) return null;
  const t = v instanceof Date ? v.getTime() : Date.parse(v);
  return Number.isFinite(t) ? t : null;
}

export function ruleMatcher(rule: LifecycleRule): (img: ImageDetail) => boolean {
  const s = rule.selection;
  const archived = (img: ImageDetail) => img.imageStatus === 'ARCHIVED' || img.lastArchivedAt !== undefined;
  const storageOk = (img: ImageDetail) => (s.storageClass === 'archive' ? archived(img) : !archived(img));
  if (s.tagStatus === 'any') return storageOk;
  if (s.tagStatus === 'untagged') return (img) => storageOk(img) && (img.imageTags ?? []).length === 0;
  const tests: Array<(tag: string) => boolean> = s.tagPatternList
    ? s.tagPatternList.map((p) => {
        const re = patternRegExp(p);
        return (t: string) => re.test(t);
      })
    : (s.tagPrefixList ?? []).map((p) => (t: string) => t.startsWith(p));
  return (img) => {
    const tags = img.imageTags ?? [];
    return storageOk(img) && tags.length > 0 && tests.every((test) => tags.some(test));
  };
}

export function evaluatePolicy(policy: LifecyclePolicy, images: ImageDetail[], opts: EvaluateOptions): Evaluation {
  const now = opts.now.getTime();
  const rules = [...policy.rules].sort((a, b) => a.rulePriority - b.rulePriority);
  // youngest first; equal times keep a stable order
  const byAge = images
    .map((img, i) => ({ img, i, pushed: time(img.imagePushedAt) ?? 0 }))
    .sort((a, b) => b.pushed - a.pushed || b.i - a.i)
    .map((x) => x.img);
  const claimed = new Set<string>();
  const acted = new Map<string, { rule: LifecycleRule }>();

  for (const rule of rules) {
    const match = ruleMatcher(rule);
    const selected = byAge.filter(match);
    const s = rule.selection;
    let candidates: ImageDetail[];
    if (s.countType === 'imageCountMoreThan') {
      candidates = selected.slice(s.countNumber);
    } else {
      const limit = s.countNumber * DAY;
      const since = (img: ImageDetail) => {
        if (s.countType === 'sinceImagePulled') return time(img.lastRecordedPullTime) ?? time(img.imagePushedAt);
        if (s.countType === 'sinceImageTransitioned') return time(img.lastArchivedAt);
        return time(img.imagePushedAt);
      };
      candidates = selected.filter((img) => {
        const t = since(img);
        return t !== null && now - t > limit;
      });
    }
    for (const img of candidates) {
      if (claimed.has(img.imageDigest) || acted.has(img.imageDigest)) continue;
      acted.set(img.imageDigest, { rule });
    }
    for (const img of selected) claimed.add(img.imageDigest);
  }

  // protection: the protect list, and every child of an index that stays
  const protectedSet = new Set<string>();
  const protectTags = new Set(opts.protectTags ?? []);
  const protectDigests = new Set(opts.protectDigests ?? []);
  const keep = (digest: string) => {
    if (acted.has(digest)) protectedSet.add(digest);
    acted.delete(digest);
  };
  for (const img of images) {
    if (protectDigests.has(img.imageDigest) || (img.imageTags ?? []).some((t) => protectTags.has(t))) keep(img.imageDigest);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const img of images) {
      if (acted.has(img.imageDigest) && acted.get(img.imageDigest)?.rule.action.type === 'expire') continue;
      for (const child of img.childDigests ?? []) {
        if (acted.has(child) && acted.get(child)?.rule.action.type === 'expire') {
          keep(child);
          changed = true;
        }
      }
    }
  }

  const expired: ExpiredImage[] = [];
  for (const img of images) {
    const a = acted.get(img.imageDigest);
    if (!a) continue;
    expired.push({
      imageDigest: img.imageDigest,
      rulePriority: a.rule.rulePriority,
      action: a.rule.action.type,
      imageTags: img.imageTags ?? [],
      imageSizeInBytes: img.imageSizeInBytes ?? 0
    });
  }
  const bytesFreed = expired.filter((e) => e.action === 'expire').reduce((n, e) => n + e.imageSizeInBytes, 0);
  return { expired, protectedDigests: [...protectedSet], kept: images.length - expired.length, bytesFreed };
}
