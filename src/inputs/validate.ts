// Every build input checked before anything runs (no build, no push, no login): the
// values buildx, BuildKit or this action would refuse later — after a login, after a full
// build, or only with a warning — are refused here with one line naming the input, what
// was wrong and what to write. Pure. Only what buildx itself refuses is refused, so the
// action stays a drop-in for docker/build-push-action; the entries build-push-action skips
// with a warning (secrets that are not KEY=value, missing secret files) stay warnings.
import { FINDING_IDS } from '../advisor/types.js';
import { parseRegressionThreshold } from '../compare/thresholds.js';
import { ImageRefError, parseImageRef } from '../plan/image-ref.js';
import { checkAwsRegion } from './aws-region.js';
import type { Inputs } from './inputs.js';
import { parseBoolean } from '../common/bool.js';
import { entryFields } from '../common/buildx-entry.js';
import { InputError } from '../common/errors.js';

const quote = (v: string) => JSON.stringify(v);

/** buildx --add-host: host:ip or host=ip, the IP an address or host-gateway. */
function checkHost(entry: string): void {
  let sep = entry.indexOf('=');
  if (sep < 0) sep = entry.indexOf(':');
  const host = sep > 0 ? entry.slice(0, sep) : '';
  const ip = sep > 0 ? entry.slice(sep + 1) : '';
  if (!host || !ip) throw new InputError('add-hosts', `${quote(entry)} is not host:ip`, 'write e.g. docker:10.180.0.1 (one per line or comma separated)');
  if (ip !== 'host-gateway' && !isIp(ip))
    throw new InputError('add-hosts', `${quote(entry)}: "${ip}" is not an IP address`, 'write host:ip with an IPv4 or IPv6 address, or host:host-gateway');
}

function isIp(s: string): boolean {
  const v = s.replace(/^\[|\]$/g, '');
  if (/^(\d{1,3})(\.\d{1,3}){3}$/.test(v)) return v.split('.').every((o) => Number(o) <= 255);
  return /^[0-9a-fA-F:.]+$/.test(v) && v.includes(':') && (v.match(/::/g) ?? []).length <= 1;
}

const ENTITLEMENTS = ['network.host', 'security.insecure', 'device'];

// `docker buildx --cache-from/--cache-to`: a bare reference, or CSV key=value fields with a type
export const CACHE_TYPES = ['registry', 'local', 'inline', 'gha', 's3', 'azblob'] as const;
export const OUTPUT_TYPES = ['local', 'tar', 'oci', 'docker', 'image', 'registry', 'cacheonly'] as const;

function checkTyped(input: string, entry: string, types: readonly string[], example: string, bareOk: boolean): void {
  const fields = entryFields(entry);
  if (fields.length === 1 && fields[0][1] === null) {
    if (bareOk) return;
  }
  const type = fields.find(([k]) => k === 'type')?.[1];
  if (type === undefined) throw new InputError(input, `${quote(entry)} has no type=`, `write type=<${types.join('|')}>,... (e.g. ${example})`);
  if (!types.includes(type ?? ''))
    throw new InputError(input, `${quote(entry)}: unknown type "${type}"`, `write one of ${types.map((t) => `type=${t}`).join(', ')} (e.g. ${example})`);
  const mode = fields.find(([k]) => k === 'mode')?.[1];
  if (input === 'cache-to' && mode !== undefined && mode !== 'min' && mode !== 'max')
    throw new InputError(input, `${quote(entry)}: mode "${mode}"`, 'write mode=min or mode=max');
}

const KNOWN_OS = [
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'aix',
  'android',
  'ios',
  'js',
  'wasip1',
  'plan9',
  'dragonfly'
];
const KNOWN_ARCH = [
  'amd64',
  'arm64',
  'arm',
  '386',
  'ppc64le',
  'ppc64',
  's390x',
  'riscv64',
  'mips64le',
  'mips64',
  'mipsle',
  'mips',
  'loong64',
  'wasm',
  'x86_64',
  'aarch64',
  'armhf',
  'armel',
  'i386'
];

/** containerd's platform specifiers: os[/arch[/variant]], or one of os or arch; `local`. */
function checkPlatform(p: string): void {
  const fix = 'write os/arch[/variant], e.g. linux/amd64,linux/arm64';
  if (p === 'local') return;
  const parts = p.split('/');
  if (parts.length > 3 || parts.some((x) => !/^[A-Za-z0-9_.()-]+$/.test(x))) throw new InputError('platforms', `${quote(p)} is not a platform`, fix);
  if (parts.length === 1 && ![...KNOWN_OS, ...KNOWN_ARCH].includes(p.toLowerCase()))
    throw new InputError('platforms', `${quote(p)} is neither an operating system nor an architecture`, fix);
}

/** docker's units.RAMInBytes, as buildx parses --shm-size. */
const SIZE = /^\d+(\.\d+)? ?([kKmMgGtTpP])?[iI]?[bB]?$/;

const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];

/** docker's units.ParseUlimit: name=soft[:hard], soft <= hard. */
function checkUlimit(u: string): void {
  const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(u);
  if (!m) throw new InputError('ulimit', `${quote(u)} is not name=soft[:hard]`, 'write e.g. nofile=1024:2048');
  if (!ULIMITS.includes(m[1])) throw new InputError('ulimit', `${quote(u)}: unknown limit "${m[1]}"`, `write one of ${ULIMITS.join(', ')}`);
  const hard = m[3] as string | undefined; // the optional :hard
  if (hard !== undefined && Number(m[2]) > Number(hard))
    throw new InputError('ulimit', `${quote(u)}: the soft limit is above the hard limit`, 'write soft:hard with soft <= hard');
}

/** An attestation's attributes (provenance, sbom): a boolean, or key=value fields. */
function checkAttestAttrs(input: string, value: string, example: string): void {
  if (value === '') return;
  for (const [k, v] of entryFields(value)) {
    if (v === null ? parseBoolean(k, 'go') === null : k === '')
      throw new InputError(input, `${quote(value)}: "${k}" is neither true/false nor key=value`, `write true, false or attributes such as ${example}`);
    if (input === 'provenance' && k === 'mode' && v !== 'min' && v !== 'max')
      throw new InputError(input, `${quote(value)}: mode "${v}"`, 'write mode=min or mode=max');
  }
}

const CALLS = ['build', 'check', 'outline', 'targets', 'subrequests.describe'];

/** Git branch names (git check-ref-format), as they appear in GITHUB_REF after refs/heads/. */
function checkBranch(b: string): void {
  if (b.startsWith('refs/'))
    throw new InputError('baseline-branches', `${quote(b)} is a full ref`, `write the branch name only (${quote(b.replace(/^refs\/(heads\/)?/, ''))})`);
  if (/[\s~^:?*[\\]|\.\.|@\{|^[-/.]|[/.]$|\.lock$|\/\//.test(b))
    throw new InputError(
      'baseline-branches',
      `${quote(b)} is not a branch name`,
      'write branch names such as main or release/1.x, one per line or comma separated'
    );
}

function checkRef(input: string, ref: string, fix = 'write a reference such as registry.example.com/team/app:buildcache'): void {
  try {
    parseImageRef(ref);
  } catch (e) {
    if (e instanceof ImageRefError) throw new InputError(input, e.message, fix);
    throw e;
  }
}

/** A value that goes into a buildx CSV field (cache-from/cache-to): a comma or quote would start another field. */
function checkCsvField(input: string, value: string, example: string): void {
  if (/[,"\n]/.test(value))
    throw new InputError(
      input,
      `${quote(value)} contains a comma, quote or newline, which would split the cache entry`,
      `write a value without them (e.g. ${example})`
    );
}

/** Throws an InputError for the first input buildx or this action would refuse later. */
export function checkInputs(i: Inputs): void {
  // buildx reads these flags as comma-separated lists
  const split = (l: string[]) =>
    l
      .flatMap((x) => x.split(','))
      .map((x) => x.trim())
      .filter(Boolean);
  for (const h of split(i['add-hosts'])) checkHost(h);
  for (const a of split(i.allow)) {
    if (!ENTITLEMENTS.includes(a) && !a.startsWith('device='))
      throw new InputError('allow', `unknown entitlement ${quote(a)}`, `write one of ${ENTITLEMENTS.join(', ')}`);
  }
  for (const a of i.annotations) {
    if (!/^[^=]+=/.test(a))
      throw new InputError('annotations', `${quote(a)} is not key=value`, 'write e.g. org.opencontainers.image.description=My image (one per line)');
  }
  for (const a of i.attests) {
    if (!entryFields(a).some(([k, v]) => k === 'type' && v))
      throw new InputError('attests', `${quote(a)} has no type=`, 'write e.g. type=sbom,generator=image or type=provenance,mode=max');
  }
  for (const b of i['build-contexts']) {
    if (!/^[^=]+=./.test(b))
      throw new InputError('build-contexts', `${quote(b)} is not name=value`, 'write e.g. alpine=docker-image://alpine:3.20 or src=./path (one per line)');
  }
  for (const c of i['cache-from']) checkTyped('cache-from', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache', true);
  for (const c of i['cache-to']) checkTyped('cache-to', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache,mode=max', true);
  if (i.call && !CALLS.includes(entryFields(i.call)[0][0])) throw new InputError('call', `unknown method ${quote(i.call)}`, `write one of ${CALLS.join(', ')}`);
  if (i.network && !['default', 'host', 'none'].includes(i.network)) {
    throw new InputError(
      'network',
      `BuildKit has no network mode ${quote(i.network)}`,
      'write default, host or none (a custom network is set on the builder: docker/setup-buildx-action driver-opts network=...)'
    );
  }
  for (const o of i.outputs) {
    if (o === '-') continue;
    checkTyped('outputs', o, OUTPUT_TYPES, 'type=local,dest=./out', true);
  }
  for (const p of split(i.platforms)) checkPlatform(p);
  if (i.provenance && i.provenance !== 'false') checkAttestAttrs('provenance', i.provenance, 'mode=max');
  checkAttestAttrs('sbom', i.sbom, 'generator=docker/buildkit-syft-scanner');
  if (i['shm-size'] && !SIZE.test(i['shm-size']))
    throw new InputError('shm-size', `${quote(i['shm-size'])} is not a size`, 'write a size such as 2g, 512m or 1073741824');
  for (const s of i.ssh) {
    if (s.startsWith('=')) throw new InputError('ssh', `${quote(s)} has no id`, 'write default, or id=path/to/key');
  }
  for (const u of i.ulimit) checkUlimit(u);
  for (const t of i.tags) checkRef('tags', t, 'fix the reference');
  for (const img of i.images) {
    checkRef('images', img, 'write an image name such as ghcr.io/acme/api');
    if (/@|:[^/]*$/.test(img)) throw new InputError('images', `${quote(img)} carries a tag or digest`, 'list image names without a tag; tags are computed');
  }
  // with `bake`, each target's image comes from the definition or bake-images (src/bake/plan.ts checks it)
  if (i.push && i.tags.length === 0 && i.images.length === 0 && i.bake.length === 0) {
    throw new InputError('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
  }
  if (i['tag-prefix'] && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(i['tag-prefix'])) {
    throw new InputError(
      'tag-prefix',
      `${quote(i['tag-prefix'])} cannot start a tag`,
      'write letters, digits, "_", "." and "-", not starting with "." or "-" (e.g. api-)'
    );
  }
  if (i['cache-ref']) {
    checkRef('cache-ref', i['cache-ref']);
    checkCsvField('cache-ref', i['cache-ref'], 'registry.example.com/team/app:buildcache');
  }
  if (i['cache-scope']) checkCsvField('cache-scope', i['cache-scope'], 'api-linux-amd64');
  if (i['cache-dir']) checkCsvField('cache-dir', i['cache-dir'], '/tmp/buildx-cache');
  checkAwsRegion('aws-region', i['aws-region']);
  for (const id of i['advisor-skip']) {
    if (!(FINDING_IDS as readonly string[]).includes(id))
      throw new InputError('advisor-skip', `unknown finding id ${quote(id)}`, `write ids from ${FINDING_IDS.join(', ')}`);
  }
  for (const b of i['baseline-branches']) checkBranch(b);
  parseRegressionThreshold(i['regression-threshold']);
}

/** `target` names a stage of the Dockerfile (BuildKit matches stage names case-insensitively). */
export function checkTargetStage(target: string, dockerfileText: string, stageNames: (text: string) => string[]): void {
  if (!target) return;
  let names: string[];
  try {
    names = stageNames(dockerfileText);
  } catch {
    return;
  }
  // a stage named by an ARG, or a frontend other than the Dockerfile's, is resolved by BuildKit alone
  if (names.length === 0 || names.some((n) => n.includes('$')) || /^#\s*syntax\s*=(?!\s*docker\/dockerfile)/im.test(dockerfileText)) return;
  if (!names.includes(target.toLowerCase())) {
    const named = names.filter((n) => !/^stage-\d+$/.test(n));
    throw new InputError(
      'target',
      `the Dockerfile has no stage ${quote(target)}`,
      named.length ? `write one of ${named.join(', ')}` : 'name a stage with FROM <image> AS <name>, or leave target empty'
    );
  }
}
