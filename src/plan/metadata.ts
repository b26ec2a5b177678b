// Tags, labels and annotations as docker/metadata-action outputs them (version, tags,
// tag-names, labels, annotations, json), for the default tag set (src/plan/tags.ts) or
// for `tag-rules` + `flavor` (src/plan/tag-rules.ts). Pure.
import { InputError } from '../common/errors.js';
import { DEFAULT_FLAVOR, parseFlavor, RuleError, type Flavor } from './flavor.js';
import type { GitContext } from './git-context.js';
import { evaluateTagRules, globalTemplateContext, parseTagRules, RuleEvalError, tagNamesOf, type RuleEnv } from './tag-rules.js';
import { computeTagNames, ociAnnotationSet, ociLabels } from './tags.js';
import { renderTemplate, TemplateError } from './template.js';

export interface MetadataInput {
  ctx: GitContext;
  now: Date;
  /** Enabled image names (lowercased); none gives bare tag names. */
  images: string[];
  /** `tag-rules` lines; empty for the default tag set. */
  tagRules: string[];
  flavor: string[];
  /** `tag-prefix`, for the default tag set only. */
  tagPrefix: string;
  /** The `labels` and `annotations` inputs. */
  labels: string[];
  annotations: string[];
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS split on commas (default manifest). */
  annotationLevels: string[];
  /** Input names for errors (the CLI passes its flags). */
  names?: { tagRules?: string; flavor?: string; tagPrefix?: string };
}

export interface Metadata {
  /** `rules` when tag-rules were given. */
  mode: 'default' | 'rules';
  /** metadata-action's `version` output: the first tag by priority, or null. */
  version: string | null;
  /** Full references (image:tag), image by image; bare names when there is no image. */
  tags: string[];
  tagNames: string[];
  /** key=value, the labels the image gets. */
  labels: string[];
  /** level:key=value for every annotation level. */
  annotations: string[];
  warnings: string[];
}

/** The annotation levels metadata-action reads from DOCKER_METADATA_ANNOTATIONS_LEVELS. */
export function annotationLevelsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest').split(',');
}

/** The `flavor` input parsed, or an InputError naming the input and the line. */
export function parseFlavorInput(lines: string[], input = 'flavor'): Flavor {
  let k = 0;
  try {
    for (k = 0; k < lines.length; k++) parseFlavor([lines[k]]);
    return parseFlavor(lines);
  } catch (e) {
    if (e instanceof RuleError) throw new InputError(input, `line ${k + 1} "${lines[k]}": ${e.problem}`, e.fix);
    throw e;
  }
}

/** key=value entries merged by key (the last wins), entries without `=` dropped, sorted by key as metadata-action sorts them. */
function mergeByKey(entries: string[]): string[] {
  const map = new Map<string, string>();
  for (const e of entries) {
    const [key, ...values] = e.split('=');
    if (values.length === 0) continue;
    map.set(key, values.join('='));
  }
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}

export function computeMetadata(m: MetadataInput): Metadata {
  const n = { tagRules: 'tag-rules', flavor: 'flavor', tagPrefix: 'tag-prefix', ...m.names };
  const withLevels = (entries: string[]) => m.annotationLevels.flatMap((level) => entries.map((a) => `${level}:${a}`));
  const imageTags = (names: string[]) => (m.images.length === 0 ? [...names] : m.images.flatMap((img) => names.map((t) => `${img}:${t}`)));

  if (m.tagRules.length === 0) {
    if (m.flavor.length > 0) {
      throw new InputError(
        n.flavor,
        'applies to tag-rules, and tag-rules is empty',
        `set ${n.tagRules} too (the default set as rules: type=semver,pattern={{version}}, type=ref,event=branch, type=ref,event=pr, type=sha, ...), or remove ${n.flavor}`
      );
    }
    const { names, version } = computeTagNames(m.ctx, m.tagPrefix);
    const userKeys = new Set(m.labels.map((l) => l.split('=')[0]));
    const oci = ociLabels(m.ctx, version, m.now);
    return {
      mode: 'default',
      version,
      tags: imageTags(names),
      tagNames: names,
      labels: [...oci.filter((l) => !userKeys.has(l.split('=')[0])), ...m.labels],
      annotations: withLevels(oci),
      warnings: []
    };
  }

  if (m.tagPrefix) {
    throw new InputError(
      n.tagPrefix,
      'applies to the default tag set, and tag-rules is set',
      `write the prefix in ${n.flavor} (prefix=${m.tagPrefix},onlatest=true) or on a rule (prefix=${m.tagPrefix})`
    );
  }
  const rules = parseTagRules(m.tagRules, n.tagRules);
  const flavor = m.flavor.length > 0 ? parseFlavorInput(m.flavor, n.flavor) : DEFAULT_FLAVOR;
  const env: RuleEnv = {
    ctx: m.ctx,
    flavor,
    now: m.now,
    shortShaLength: m.ctx.shortShaLength,
    defaultBranch: m.ctx.repoMeta?.defaultBranch ?? m.ctx.defaultBranch
  };
  let evaluated: ReturnType<typeof evaluateTagRules>;
  try {
    evaluated = evaluateTagRules(rules, env);
  } catch (e) {
    if (e instanceof RuleEvalError) throw new InputError(n.tagRules, `line ${e.rule.line} "${e.rule.source}": ${e.problem}`, e.fix);
    throw e;
  }
  const { version, warnings } = evaluated;
  const names = tagNamesOf(version, flavor);
  if (names.length === 0) warnings.push(`No tag was computed for ${m.ctx.ref || 'this context'}: check ${n.tagRules}`);

  // labels and annotations: the OCI set, then the inputs' entries with their templates evaluated
  const global = globalTemplateContext(env);
  const templated = (input: string, entries: string[]) =>
    entries.map((e) => {
      try {
        return renderTemplate(e, global);
      } catch (err) {
        if (err instanceof TemplateError) throw new InputError(input, `"${e}": ${err.message}`, "write templates as {{branch}}, {{sha}}, {{date 'YYYYMMDD'}}");
        throw err;
      }
    });
  const oci = Object.entries(ociAnnotationSet(m.ctx, version.main, m.now)).map(([k, v]) => `${k}=${v}`);
  return {
    mode: 'rules',
    version: version.main,
    tags: imageTags(names),
    tagNames: names,
    labels: mergeByKey([...oci, ...templated('labels', m.labels)]),
    annotations: withLevels(mergeByKey([...oci, ...templated('annotations', m.annotations)])),
    warnings
  };
}

/** Metadata for tags given as they are (`tags` input): nothing computed. */
export function givenMetadata(tags: string[], labels: string[], annotations: string[]): Metadata {
  const names = [...new Set(tags.map((t) => t.slice(t.lastIndexOf(':') > t.lastIndexOf('/') ? t.lastIndexOf(':') + 1 : t.length)).filter((x) => x !== ''))];
  return { mode: 'default', version: null, tags, tagNames: names, labels, annotations, warnings: [] };
}

/** metadata-action's `json` output: {tags, tag-names, labels: {key: value}, annotations}. */
export function metadataJson(md: Metadata): { tags: string[]; 'tag-names': string[]; labels: Record<string, string>; annotations: string[] } {
  const labels: Record<string, string> = {};
  for (const l of md.labels) {
    const match = /([^=]*)=(.*)/.exec(l);
    if (match) labels[match[1]] = match[2];
  }
  return { tags: md.tags, 'tag-names': md.tagNames, labels, annotations: md.annotations };
}
