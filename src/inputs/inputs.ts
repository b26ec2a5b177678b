// Every input of action.yml, read in one place into one typed object. List inputs are
// split exactly as docker/build-push-action splits them (src/common/list.ts).
import { parseList } from '../common/list.js';
import { parseBool, parseBoolean } from '../common/bool.js';
import { InputError } from '../common/errors.js';
import { checkCacheMountsInput, parseByteSize } from '../cache-mounts/setting.js';
import { parseFlavorInput } from '../plan/metadata.js';
import { enabledImageNames, parseImages, parseTagRules } from '../plan/tag-rules.js';

export const CACHE_BACKENDS = ['auto', 'gha', 'registry', 'local', 'inline', 'none'] as const;
export type CacheBackend = (typeof CACHE_BACKENDS)[number];

export interface Inputs {
  // docker/build-push-action inputs
  'add-hosts': string[];
  allow: string[];
  annotations: string[];
  attests: string[];
  'build-args': string[];
  'build-contexts': string[];
  builder: string;
  'cache-from': string[];
  'cache-to': string[];
  call: string;
  'cgroup-parent': string;
  context: string;
  file: string;
  labels: string[];
  load: boolean;
  network: string;
  'no-cache': boolean;
  'no-cache-filters': string[];
  outputs: string[];
  platforms: string[];
  provenance: string;
  pull: boolean;
  push: boolean;
  sbom: string;
  secrets: string[];
  'secret-envs': string[];
  'secret-files': string[];
  'shm-size': string;
  ssh: string[];
  tags: string[];
  target: string;
  ulimit: string[];
  'github-token': string;
  // buildstage inputs
  images: string[];
  'tag-prefix': string;
  /** docker/metadata-action's `tags` and `flavor` (src/plan/tag-rules.ts), one entry per line. */
  'tag-rules': string[];
  flavor: string[];
  'sep-tags': string;
  'sep-labels': string;
  'sep-annotations': string;
  cache: CacheBackend;
  'cache-ref': string;
  'cache-scope': string;
  'cache-write-on-pr': boolean;
  'cache-dir': string;
  /** auto | none | mount ids or targets (src/cache-mounts). */
  'cache-mounts': string[];
  /** Bytes; a larger cache mount is not saved. */
  'cache-mounts-max-size': number;
  'ecr-login': 'auto' | 'true' | 'false';
  'ecr-create-repository': boolean;
  'aws-region': string;
  'dry-run': boolean;
  summary: boolean;
  advisor: boolean;
  'advisor-skip': string[];
  comment: 'always' | 'on-change' | 'never';
  'baseline-branches': string[];
  'regression-threshold': string;
  'fail-on-regression': boolean;
  /** Compose / bake files (src/bake); empty: one image from `context`. */
  bake: string[];
  /** With `bake`: targets to build, or `changed`. */
  targets: string[];
  /** With `bake`: target=image lines. */
  'bake-images': string[];
}

/** Reads a raw input value by its action.yml name ('' when unset). */
export type InputReader = (name: string, opts?: { trimWhitespace?: boolean }) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(name, `unknown value "${v}"`, `write one of ${allowed.join(', ')}`);
}

/**
 * docker/build-push-action's provenance input: a boolean becomes `builder-id=<run url>`
 * or `false`; any other text is attributes (builder-id added when missing).
 */
export function normaliseProvenance(value: string, runUrl: string | null): string {
  const v = value.trim();
  if (v === '') return '';
  const builderId = runUrl ? `builder-id=${runUrl}` : '';
  const b = parseBoolean(v, 'yaml');
  if (b === true) return builderId || 'mode=min';
  if (b === false) return 'false';
  if (/(^|,)\s*builder-id=/.test(v) || !builderId) return v;
  return `${v},${builderId}`;
}

export function readInputs(get: InputReader, runUrl: string | null = null): Inputs {
  const list = (name: string, keepCommas = false) => parseList(get(name), { keepCommas });
  const bool = (name: string, fallback: boolean) => parseBool(name, get(name), fallback);
  // one rule per line, `#` comments; checked now (an InputError names the input and the line)
  const ruleLines = (name: string, check: (lines: string[]) => unknown) => {
    const lines = parseList(get(name), { keepCommas: true, comment: true });
    check(lines);
    return lines;
  };
  return {
    'add-hosts': list('add-hosts'),
    allow: list('allow'),
    annotations: list('annotations', true),
    attests: list('attests', true),
    'build-args': list('build-args', true),
    'build-contexts': list('build-contexts', true),
    builder: get('builder').trim(),
    'cache-from': list('cache-from', true),
    'cache-to': list('cache-to', true),
    call: get('call').trim(),
    'cgroup-parent': get('cgroup-parent').trim(),
    context: get('context').trim(),
    file: get('file').trim(),
    labels: list('labels', true),
    load: bool('load', false),
    network: get('network').trim(),
    'no-cache': bool('no-cache', false),
    'no-cache-filters': list('no-cache-filters'),
    outputs: parseList(get('outputs'), { keepCommas: true, noQuotes: true }),
    platforms: list('platforms'),
    provenance: normaliseProvenance(get('provenance'), runUrl),
    pull: bool('pull', false),
    push: bool('push', false),
    sbom: get('sbom').trim(),
    secrets: parseList(get('secrets', { trimWhitespace: false }), { keepCommas: true, keepWhitespace: true }),
    'secret-envs': list('secret-envs'),
    'secret-files': list('secret-files', true),
    'shm-size': get('shm-size').trim(),
    ssh: list('ssh'),
    tags: list('tags'),
    target: get('target').trim(),
    ulimit: list('ulimit', true),
    'github-token': get('github-token').trim(),
    // metadata-action's images: plain names (comma-separated too) or name=...,enable=... lines
    images: enabledImageNames(parseImages(parseList(get('images'), { keepCommas: true, comment: true }))),
    'tag-prefix': get('tag-prefix').trim(),
    'tag-rules': ruleLines('tag-rules', (lines) => parseTagRules(lines)),
    flavor: ruleLines('flavor', (lines) => parseFlavorInput(lines)),
    'sep-tags': get('sep-tags', { trimWhitespace: false }) || '\n',
    'sep-labels': get('sep-labels', { trimWhitespace: false }) || '\n',
    'sep-annotations': get('sep-annotations', { trimWhitespace: false }) || '\n',
    cache: oneOf('cache', get('cache'), CACHE_BACKENDS, 'auto'),
    'cache-ref': get('cache-ref').trim(),
    'cache-scope': get('cache-scope').trim(),
    'cache-write-on-pr': bool('cache-write-on-pr', false),
    'cache-dir': get('cache-dir').trim(),
    'cache-mounts': checkCacheMountsInput(list('cache-mounts')),
    'cache-mounts-max-size': parseByteSize('cache-mounts-max-size', get('cache-mounts-max-size').trim() || '2g'),
    'ecr-login': oneOf('ecr-login', get('ecr-login'), ['auto', 'true', 'false'] as const, 'auto'),
    'ecr-create-repository': bool('ecr-create-repository', false),
    'aws-region': get('aws-region').trim(),
    'dry-run': bool('dry-run', false),
    summary: bool('summary', true),
    advisor: bool('advisor', true),
    'advisor-skip': list('advisor-skip'),
    comment: oneOf('comment', get('comment'), ['always', 'on-change', 'never'] as const, 'on-change'),
    'baseline-branches': list('baseline-branches'),
    'regression-threshold': get('regression-threshold').trim() || '10%,5s',
    'fail-on-regression': bool('fail-on-regression', false),
    bake: list('bake', true),
    targets: list('targets'),
    'bake-images': list('bake-images', true)
  };
}

/** Inputs with every default, for the CLI and tests (same defaults as action.yml). */
export function defaultInputs(overrides: Partial<Inputs> = {}): Inputs {
  return { ...readInputs(() => ''), ...overrides };
}
