// Tag rules in docker/metadata-action's `tags` syntax (our `tag-rules` input), its `images`
// attributes, and their evaluation against the git context: the version (main tag), the
// other tags, and whether `latest` is added, as metadata-action computes them. Pure: the
// clock, the commit date and the short sha length come in with the context.
//
//   type=schedule[,pattern=nightly]          type=semver|pep440,pattern=..[,value=..][,match=..]
//   type=match,pattern=..[,group=0][,value=] type=edge[,branch=<default branch>]
//   type=ref,event=branch|tag|pr             type=raw,value=.. (or a bare value)
//   type=sha[,format=short|long][,prefix=sha-]
// and on every rule enable=, priority=, prefix=, suffix=.
import * as pep440 from '@renovatebot/pep440';
// semver's functions one by one: its index loads every module it has
import type { SemVer } from 'semver';
import semverParse from 'semver/functions/parse.js';
import semverPrerelease from 'semver/functions/prerelease.js';
import semverValid from 'semver/functions/valid.js';
import { InputError } from '../common/errors.js';
import { formatDate, DateFormatError } from './date-format.js';
import { fieldsOf, RuleError, type Flavor } from './flavor.js';
import { isDefaultBranch, type GitContext } from './git-context.js';
import { isRawStatement, parseTemplate, renderTemplate, TemplateError, type TemplateContext } from './template.js';
import { sanitizeTag, shortSha } from './tags.js';

export const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export const DEFAULT_PRIORITIES: Record<RuleType, string> = {
  schedule: '1000',
  semver: '900',
  pep440: '900',
  match: '800',
  edge: '700',
  ref: '600',
  raw: '200',
  sha: '100'
};

const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format']
};

const TYPES_HELP = `write type=schedule, semver, pep440, match, edge, ref, raw or sha (e.g. type=semver,pattern={{version}})`;

export interface TagRule {
  type: RuleType;
  /** Attributes with metadata-action's defaults filled in (enable, priority, prefix for pr/sha, ...). */
  attrs: Record<string, string>;
  /** Where it was written (1-based line of the input, and the line), for errors. */
  line?: number;
  source?: string;
}

function has(attrs: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(attrs, key);
}

function checkTemplate(attr: string, value: string): void {
  try {
    parseTemplate(value);
  } catch (e) {
    throw new RuleError(
      `${attr}=${value} is not a valid template (${(e as Error).message})`,
      "write templates as {{branch}}, {{tag}}, {{sha}}, {{date 'YYYYMMDD'}}"
    );
  }
}

/** One rule line; throws RuleError (what is wrong, what to write). */
export function parseTagRule(line: string): TagRule {
  const attrs: Record<string, string> = {};
  let type: RuleType | undefined;
  for (const field of fieldsOf(line)) {
    // split at the first `=` that follows at least one character
    const eq = field.indexOf('=', 1);
    const parts = eq < 0 ? [field.trim()] : [field.slice(0, eq).trim(), field.slice(eq + 1).trim()];
    if (parts.length === 1) {
      attrs.value = parts[0];
      continue;
    }
    const key = parts[0].toLowerCase();
    if (key === 'type') {
      if (!(RULE_TYPES as readonly string[]).includes(parts[1])) throw new RuleError(`unknown type "${parts[1]}"`, TYPES_HELP);
      type = parts[1] as RuleType;
    } else {
      attrs[key] = parts[1];
    }
  }
  const t: RuleType = type ?? 'raw';
  const known = [...COMMON_ATTRS, ...TYPE_ATTRS[t]];
  for (const key of Object.keys(attrs)) {
    if (!known.includes(key)) {
      throw new RuleError(
        `type=${t} has no attribute "${key}"`,
        `write ${known
          .filter((k) => k !== 'type')
          .map((k) => `${k}=`)
          .join(', ')}`
      );
    }
  }
  switch (t) {
    case 'schedule':
      if (!has(attrs, 'pattern')) attrs.pattern = 'nightly';
      break;
    case 'semver':
    case 'pep440':
      if (!has(attrs, 'pattern'))
        throw new RuleError(`type=${t} needs a pattern`, `write type=${t},pattern={{version}} (or {{major}}.{{minor}}, {{major}}, {{raw}})`);
      if (!has(attrs, 'value')) attrs.value = '';
      if (!has(attrs, 'match')) attrs.match = '';
      if (attrs.match) checkRegExp('match', attrs.match);
      break;
    case 'match':
      if (!has(attrs, 'pattern'))
        throw new RuleError('type=match needs a pattern', 'write type=match,pattern=v(\\d.\\d),group=1 (a regular expression and the group to keep)');
      if (!has(attrs, 'group')) attrs.group = '0';
      if (attrs.group.trim() === '' || isNaN(Number(attrs.group)))
        throw new RuleError(`group=${attrs.group} is not a number`, 'write group=0 for the whole match, group=1 for the first group, ...');
      if (!has(attrs, 'value')) attrs.value = '';
      checkRegExp('pattern', attrs.pattern);
      break;
    case 'edge':
      if (!has(attrs, 'branch')) attrs.branch = '';
      break;
    case 'ref':
      if (!has(attrs, 'event')) throw new RuleError('type=ref needs an event', 'write type=ref,event=branch, type=ref,event=tag or type=ref,event=pr');
      if (!['branch', 'tag', 'pr'].includes(attrs.event))
        throw new RuleError(`event=${attrs.event} is not a ref event`, 'write event=branch, event=tag or event=pr');
      if (attrs.event === 'pr' && !has(attrs, 'prefix')) attrs.prefix = 'pr-';
      break;
    case 'raw':
      if (!has(attrs, 'value')) throw new RuleError('type=raw needs a value', 'write type=raw,value=<tag> (templates allowed: value={{branch}}-{{sha}})');
      break;
    case 'sha':
      if (!has(attrs, 'prefix')) attrs.prefix = 'sha-';
      if (!has(attrs, 'format')) attrs.format = 'short';
      if (!['short', 'long'].includes(attrs.format)) throw new RuleError(`format=${attrs.format} is not a sha format`, 'write format=short or format=long');
      break;
  }
  if (!has(attrs, 'enable')) attrs.enable = 'true';
  if (!has(attrs, 'priority')) attrs.priority = DEFAULT_PRIORITIES[t];
  if (!/^-?\d+$/.test(attrs.priority.trim()))
    throw new RuleError(`priority=${attrs.priority} is not a number`, `write an integer (type=${t} defaults to ${DEFAULT_PRIORITIES[t]}; higher comes first)`);
  for (const key of ['enable', 'prefix', 'suffix', 'value', ...(t === 'schedule' || t === 'semver' || t === 'pep440' ? ['pattern'] : [])]) {
    if (has(attrs, key)) checkTemplate(key, attrs[key]);
  }
  return { type: t, attrs };
}

function checkRegExp(attr: string, source: string): void {
  const slashed = /^\/(.+)\/(.*)$/.exec(source);
  try {
    if (slashed && attr === 'pattern') new RegExp(slashed[1], slashed[2]);
    else new RegExp(source);
  } catch (e) {
    throw new RuleError(
      `${attr}=${source} is not a regular expression (${(e as Error).message})`,
      'write a JavaScript regular expression, quoting the field when it holds a comma: "pattern=\\d{1,3}"'
    );
  }
}

/** Every rule of an input, sorted by priority (highest first; equal priorities keep their order). */
export function parseTagRules(lines: string[], input = 'tag-rules'): TagRule[] {
  const rules = lines.map((line, k) => {
    try {
      return { ...parseTagRule(line), line: k + 1, source: line };
    } catch (e) {
      if (e instanceof RuleError) throw new InputError(input, `line ${k + 1} "${line}": ${e.problem}`, e.fix);
      throw e;
    }
  });
  return rules.sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority));
}

export interface ImageEntry {
  name: string;
  enable: boolean;
}

/**
 * The `images` input with metadata-action's attributes: one image per line as `name=...,enable=...`,
 * or plain names (comma-separated names on a line stay separate images).
 */
export function parseImages(lines: string[], input = 'images'): ImageEntry[] {
  const out: ImageEntry[] = [];
  for (const [k, line] of lines.entries()) {
    const bad = (problem: string, fix: string) => new InputError(input, `line ${k + 1} "${line}": ${problem}`, fix);
    let fields: string[];
    try {
      fields = fieldsOf(line);
    } catch (e) {
      throw bad((e as RuleError).problem, (e as RuleError).fix);
    }
    const pairs = fields.map((f) => f.split('=').map((p) => p.trim()));
    if (pairs.every((p) => p.length === 1)) {
      for (const [name] of pairs) if (name) out.push({ name, enable: true });
      continue;
    }
    const image: ImageEntry = { name: '', enable: true };
    let named = false;
    for (const p of pairs) {
      const key = p.length === 1 ? 'name' : p[0].toLowerCase();
      const value = p.length === 1 ? p[0] : p[1];
      if (key === 'name') {
        if (named) throw bad('names the image twice', 'write one image per line: name=<image>,enable=<true|false>');
        image.name = value;
        named = true;
      } else if (key === 'enable') {
        if (value !== 'true' && value !== 'false') throw bad(`enable=${value} is not a boolean`, 'write enable=true or enable=false');
        image.enable = value === 'true';
      } else {
        throw bad(`unknown image attribute "${p[0]}"`, 'write name=<image>,enable=<true|false>');
      }
    }
    if (image.name === '') throw bad('has no image name', 'write name=<image> (e.g. name=ghcr.io/owner/app)');
    out.push(image);
  }
  return out;
}

/** Image names metadata-action tags: the enabled ones, lowercased. */
export function enabledImageNames(images: ImageEntry[]): string[] {
  return images.filter((i) => i.enable).map((i) => i.name.toLowerCase());
}

export interface RuleVersion {
  /** The first tag by priority (metadata-action's `version` output and the version label). */
  main: string | null;
  partial: string[];
  latest: boolean;
}

export interface RuleEnv {
  ctx: GitContext;
  flavor: Flavor;
  /** The run's clock ({{date}}, the created label). */
  now: Date;
  /** Short sha length (DOCKER_METADATA_SHORT_SHA_LENGTH, default 7). */
  shortShaLength?: number;
  /** The repository's default branch for type=edge (default ctx.defaultBranch). */
  defaultBranch?: string | null;
}

/** What went wrong evaluating a rule: the caller names the input and the line. */
export class RuleEvalError extends Error {
  constructor(
    readonly rule: TagRule,
    readonly problem: string,
    readonly fix: string
  ) {
    super(`${problem}; ${fix}`);
  }
}

function dateHelper(at: Date) {
  return (format: unknown, options?: { hash?: Record<string, unknown> }) => {
    let tz = 'UTC';
    for (const [key, value] of Object.entries(options?.hash ?? {})) {
      if (key !== 'tz') throw new TemplateError(`Unknown ${key} attribute`);
      tz = String(value);
    }
    return formatDate(at, typeof format === 'string' ? format : undefined, tz);
  };
}

/** The names every template may use: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, ... */
export function globalTemplateContext(env: RuleEnv): TemplateContext {
  const { ctx } = env;
  const sha = ctx.tagSha ?? ctx.sha;
  const commitDate = ctx.commitDate ? new Date(ctx.commitDate) : env.now;
  const isDefault = () => (isDefaultBranch(ctx) ? 'true' : 'false');
  return {
    branch: () => (ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : ''),
    tag: () => (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : ''),
    sha: () => shortSha(sha, env.shortShaLength ?? 7),
    base_ref: () => {
      if (ctx.ref.startsWith('refs/tags/') && ctx.tagBaseRef) return ctx.tagBaseRef.replace(/^refs\/heads\//, '');
      if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef) return ctx.baseRef;
      return '';
    },
    is_default_branch: isDefault,
    is_not_default_branch: () => (isDefault() === 'false' ? 'true' : 'false'),
    date: dateHelper(env.now),
    commit_date: dateHelper(commitDate)
  };
}

/** Evaluates the rules (sorted by parseTagRules) into metadata-action's version. Warnings as metadata-action logs them. */
export function evaluateTagRules(rules: TagRule[], env: RuleEnv): { version: RuleVersion; warnings: string[] } {
  const { ctx, flavor } = env;
  const warnings: string[] = [];
  const global = globalTemplateContext(env);
  const version: { main: string | null; partial: string[]; latest: boolean | undefined } = { main: null, partial: [], latest: undefined };
  const sha = ctx.tagSha ?? ctx.sha;
  const isTag = ctx.ref.startsWith('refs/tags/');

  for (const rule of rules) {
    const a = rule.attrs;
    const render = (tpl: string, c: TemplateContext = global): string => {
      try {
        return renderTemplate(tpl, c);
      } catch (e) {
        if (e instanceof TemplateError || e instanceof DateFormatError)
          throw new RuleEvalError(rule, `"${tpl}": ${e.message}`, "write {{date '<format>'}} with only tz='<IANA zone>' (e.g. tz='Asia/Tokyo')");
        throw e;
      }
    };
    const withAffixes = (val: string): string => {
      let v = val;
      if (has(a, 'prefix')) v = render(a.prefix) + v;
      else if (flavor.prefix.length > 0) v = render(flavor.prefix) + v;
      if (has(a, 'suffix')) v = v + render(a.suffix);
      else if (flavor.suffix.length > 0) v = v + render(flavor.suffix);
      return v;
    };
    const latestFor = (auto: boolean) => (flavor.latest === 'auto' ? auto : flavor.latest === 'true');
    const add = (val: string, latest: boolean) => {
      if (val.length === 0) return;
      const t = sanitizeTag(val);
      if (version.main === null) version.main = t;
      else if (t !== version.main) version.partial.push(t);
      if (version.latest === undefined) version.latest = latest;
    };
    /** The version text of semver/pep440/match rules: value= or the git tag, with match= applied. */
    const versionSource = (applyMatch: boolean): string | null => {
      if (!isTag && a.value.length === 0) return null;
      let raw = a.value.length > 0 ? render(a.value) : ctx.ref.replace(/^refs\/tags\//, '');
      if (applyMatch && a.match.length > 0) {
        const m = raw.match(a.match);
        if (!m) warnings.push(`${a.match} does not match ${raw}.`);
        else raw = m[1];
      }
      return raw;
    };

    const enabled = render(a.enable);
    if (enabled !== 'true' && enabled !== 'false') {
      throw new RuleEvalError(
        rule,
        `enable=${a.enable} gives "${enabled}"`,
        'write enable=true, enable=false or a template that gives one of them ({{is_default_branch}})'
      );
    }
    if (enabled !== 'true') continue;

    switch (rule.type) {
      case 'schedule': {
        if (!/schedule/.test(ctx.eventName)) break;
        add(withAffixes(render(a.pattern)), latestFor(false));
        break;
      }
      case 'semver': {
        let raw = versionSource(true);
        if (raw === null) break;
        raw = raw.replace(/\//g, '-');
        if (!semverValid(raw)) {
          warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
          break;
        }
        const v = semverParse(raw, { loose: true }) as SemVer;
        const fields: TemplateContext = {
          raw: v.raw,
          version: v.version,
          major: v.major,
          minor: v.minor,
          patch: v.patch,
          prerelease: v.prerelease,
          build: v.build,
          loose: v.loose
        };
        if (semverPrerelease(raw)) {
          add(withAffixes(render(isRawStatement(a.pattern) ? a.pattern : '{{version}}', fields)), latestFor(false));
        } else {
          add(withAffixes(render(a.pattern, fields)), latestFor(true));
        }
        break;
      }
      case 'pep440': {
        let raw = versionSource(true);
        if (raw === null) break;
        raw = raw.replace(/\//g, '-');
        if (!pep440.valid(raw)) {
          warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
          break;
        }
        const v = pep440.explain(raw);
        const vraw = raw;
        if (v && (v.is_prerelease || v.is_postrelease || v.is_devrelease)) {
          add(withAffixes(isRawStatement(a.pattern) ? vraw : (pep440.clean(vraw) ?? vraw)), latestFor(false));
        } else {
          const fields: TemplateContext = {
            raw: () => vraw,
            version: () => pep440.clean(vraw),
            major: () => pep440.major(vraw),
            minor: () => pep440.minor(vraw),
            patch: () => pep440.patch(vraw)
          };
          add(withAffixes(render(a.pattern, fields)), latestFor(true));
        }
        break;
      }
      case 'match': {
        const raw = versionSource(false);
        if (raw === null) break;
        const slashed = /^\/(.+)\/(.*)$/.exec(a.pattern);
        const m = slashed ? raw.match(new RegExp(slashed[1], slashed[2])) : raw.match(a.pattern);
        if (!m) {
          warnings.push(`${a.pattern} does not match ${raw}.`);
          break;
        }
        const group = (m as unknown as Record<string, string | undefined>)[a.group];
        if (group === undefined) {
          warnings.push(`Group ${a.group} does not exist for ${a.pattern} pattern.`);
          break;
        }
        add(withAffixes(group), latestFor(true));
        break;
      }
      case 'ref': {
        if (a.event === 'branch' && ctx.ref.startsWith('refs/heads/')) add(withAffixes(ctx.ref.slice('refs/heads/'.length)), latestFor(false));
        if (a.event === 'tag' && isTag) add(withAffixes(ctx.ref.slice('refs/tags/'.length)), latestFor(true));
        if (a.event === 'pr' && ctx.ref.startsWith('refs/pull/'))
          add(withAffixes(ctx.ref.replace(/^refs\/pull\//, '').replace(/\/merge$/, '')), latestFor(false));
        break;
      }
      case 'edge': {
        if (!ctx.ref.startsWith('refs/heads/')) break;
        const branch = a.branch.length > 0 ? a.branch : (env.defaultBranch ?? ctx.defaultBranch ?? '');
        if (branch !== ctx.ref.slice('refs/heads/'.length)) break;
        add(withAffixes('edge'), latestFor(false));
        break;
      }
      case 'raw':
        add(withAffixes(render(a.value)), latestFor(false));
        break;
      case 'sha': {
        if (!sha) break;
        add(withAffixes(a.format === 'short' ? shortSha(sha, env.shortShaLength ?? 7) : sha), latestFor(false));
        break;
      }
    }
  }
  const partial = version.partial.filter((p, k) => version.partial.indexOf(p) === k);
  return { version: { main: version.main, partial, latest: version.latest ?? false }, warnings };
}

/** Tag names of a version: main, the others, then `latest` (with the flavor's prefix/suffix when onlatest=true). */
export function tagNamesOf(version: RuleVersion, flavor: Flavor): string[] {
  if (version.main === null) return [];
  const names = [version.main, ...version.partial];
  if (version.latest) names.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
  return names;
}
