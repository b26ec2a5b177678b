// Tags and OCI labels from the git context, with docker/metadata-action's results for
// the same refs. Our default set equals this metadata-action configuration:
//   type=semver,pattern={{version}}  type=semver,pattern={{major}}.{{minor}}
//   type=semver,pattern={{major}}    type=ref,event=branch   type=ref,event=pr
//   type=raw,value=latest,enable={{is_default_branch}}       type=sha
// plus type=ref,event=tag for git tags that are not semver (so such a release still
// gets a tag), and `latest` for stable semver and plain git tags (metadata-action's flavor
// latest=auto).
// `tag-prefix` is applied to every computed tag, `latest` included
// (metadata-action: flavor prefix=P,onlatest=true with prefix P on sha/pr types too).
// semver's functions one by one: its index loads every module it has
import semverParse from 'semver/functions/parse.js';
import semverValid from 'semver/functions/valid.js';
import { branchOf, isDefaultBranch, repositoryUrl, type GitContext } from './git-context.js';

export interface ComputedTags {
  /** Tag names without the image (e.g. `1.2.3`, `sha-1a2b3c4`). */
  names: string[];
  /** The "main" version (first tag by priority), used for the version label. */
  version: string | null;
}

export function shortSha(sha: string, length = 7): string {
  return sha.length <= length ? sha : sha.slice(0, length);
}

/** metadata-action's tag sanitizer, plus the two rules docker enforces: ≤ 128 chars, no leading . or -. */
export function sanitizeTag(value: string): string {
  const s = value
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return s === '' ? 'x' : s;
}

export function computeTagNames(ctx: GitContext, prefix = ''): ComputedTags {
  const names: string[] = [];
  const add = (v: string) => {
    const t = sanitizeTag(prefix + v);
    if (!names.includes(t)) names.push(t);
  };
  // `latest` from a git tag comes last (metadata-action's flavor latest=auto); on the default
  // branch it is type=raw, which sorts before type=sha
  let latestLast = false;

  if (ctx.ref.startsWith('refs/tags/')) {
    const raw = ctx.ref.slice('refs/tags/'.length).replace(/\//g, '-');
    const valid = semverValid(raw);
    const v = valid ? semverParse(valid) : null;
    if (v) {
      if (v.prerelease.length > 0) {
        add(v.version);
      } else {
        add(v.version);
        add(`${v.major}.${v.minor}`);
        add(`${v.major}`);
        latestLast = true;
      }
    } else {
      add(raw);
      latestLast = true;
    }
  }
  const branch = branchOf(ctx);
  if (branch !== null) add(branch);
  const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
  if (pr) add(`pr-${pr[1]}`);
  if (isDefaultBranch(ctx)) add('latest');
  const sha = ctx.tagSha ?? ctx.sha;
  if (sha) add(`sha-${shortSha(sha, ctx.shortShaLength)}`);
  if (latestLast) add('latest');
  return { names, version: names[0] ?? null };
}

/** Full references: every image × every tag name. */
export function computeTags(images: string[], ctx: GitContext, prefix = ''): { tags: string[]; version: string | null } {
  const { names, version } = computeTagNames(ctx, prefix);
  const tags: string[] = [];
  for (const image of images) for (const n of names) tags.push(`${image}:${n}`);
  return { tags, version };
}

/**
 * metadata-action's eight OCI keys (title, description, url, source, version, created, revision,
 * licenses), '' where unknown: from the repository's metadata when the context has it (description
 * and licenses only come from there), else from GITHUB_REPOSITORY.
 */
export function ociAnnotationSet(ctx: GitContext, version: string | null, now: Date): Record<string, string> {
  const meta = ctx.repoMeta;
  const url = meta?.htmlUrl ?? repositoryUrl(ctx) ?? '';
  return {
    'org.opencontainers.image.title': meta?.name ?? (ctx.repository ? (ctx.repository.split('/')[1] ?? ctx.repository) : ''),
    'org.opencontainers.image.description': meta?.description ?? '',
    'org.opencontainers.image.url': url,
    'org.opencontainers.image.source': url,
    'org.opencontainers.image.version': version ?? '',
    'org.opencontainers.image.created': now.toISOString(),
    'org.opencontainers.image.revision': ctx.tagSha ?? ctx.sha,
    'org.opencontainers.image.licenses': meta?.license ?? ''
  };
}

/** OCI labels of the default tag set: metadata-action's keys that have a value, sorted by key. */
export function ociLabels(ctx: GitContext, version: string | null, now: Date): string[] {
  const labels = ociAnnotationSet(ctx, version, now);
  return Object.keys(labels)
    .filter((k) => labels[k] !== '')
    .sort()
    .map((k) => `${k}=${labels[k]}`);
}
