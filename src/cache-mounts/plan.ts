// Cache mounts across runners, the pure part: which `RUN --mount=type=cache` mounts the
// build uses, what BuildKit calls each of them, where their contents are kept between
// runners (Actions cache keys, registry refs), and the scratch Dockerfiles that copy them
// into and out of the builder. The shell is shell.ts.
//
// BuildKit keys a cache mount by `<BUILDKIT_CACHE_MOUNT_NS>/<id>` (id defaults to the
// cleaned target), plus, when uid/gid/mode are set, the snapshot of the `mkdir` that sets
// them, and with `from=` the snapshot of that source (convert_runmount.go and
// solver/llbsolver/mounts/mount.go in BuildKit). A scratch build whose RUN mounts a cache
// with the same id, uid, gid and mode (sharing as written), on the same target platform,
// resolves the same directory: that is how contents go in and out (the method of
// reproducible-containers/buildkit-cache-dance). Mounts with `from=` are keyed by a
// snapshot of this builder only, so they cannot be carried and are reported as such.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { before, chain, copySources, parseDockerfileModel, WHOLE_CONTEXT, type Ins, type Stage } from '../dockerfile/model.js';
import { parseImageRef } from '../plan/image-ref.js';
import { cacheEntry } from '../common/buildx-entry.js';
import { slug } from '../common/slug.js';
import type { StepTiming } from '../timing/types.js';
import type { CacheMountsSetting } from './setting.js';

// ---------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------

export type Sharing = 'shared' | 'private' | 'locked';

export interface CacheMountUse {
  stage: string;
  /** Line (1-based) of the RUN instruction. */
  line: number;
}

export interface CacheMount {
  /** BuildKit's id of the mount, without the namespace: `id=`, else the cleaned target. */
  id: string;
  /** The target of its first use. */
  target: string;
  sharing: Sharing;
  uid: number | null;
  gid: number | null;
  /** Octal, as written. */
  mode: string | null;
  uses: CacheMountUse[];
  /** Context-relative files that may be lockfiles copied (or bind-mounted) before a use; the shell hashes those that exist. */
  lockfiles: string[];
  /** The RUN instructions that use it (the content key when no lockfile is found). */
  instructions: string[];
  /** An image with sh, tar and du to run the scratch builds: the base image of the first stage using it. */
  image: string | null;
  /** Why it cannot be carried (then it is only reported). */
  skip: string | null;
}

export interface DiscoverOptions {
  target: string;
  /** The `build-args` input (K=V). */
  buildArgs: string[];
  /** Target platform of the build (the first of `platforms`, else the builder's). */
  platform: string;
  /** The builder's platform (BUILDPLATFORM). */
  buildPlatform: string;
}

export const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'uv.lock',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'requirements.txt',
  'go.sum',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'packages.lock.json',
  'mix.lock'
];
const isLockfileName = (name: string) => LOCKFILES.includes(name) || /^requirements[\w.-]*\.(txt|in)$/.test(name);

/** Splits `a=1,"b=x,y",c` as BuildKit's csv reader does. */
export function splitCsv(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (q && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else q = !q;
    } else if (c === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** A `--mount=...` flag's fields, keys lowercased; null for other flags. */
export function parseMountFlag(flag: string): Map<string, string> | null {
  const m = /^--mount=(.*)$/s.exec(flag);
  if (!m) return null;
  let v = m[1];
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
  const fields = new Map<string, string>();
  for (const f of splitCsv(v)) {
    const i = f.indexOf('=');
    const key = (i < 0 ? f : f.slice(0, i)).toLowerCase();
    const value = i < 0 ? 'true' : f.slice(i + 1).replace(/^"(.*)"$/, '$1');
    fields.set(key, value);
  }
  if (!fields.has('type')) fields.set('type', 'bind');
  return fields;
}

/** `$A`, `${A}`, `${A:-x}`, `${A-x}`, `${A:+x}`, `${A+x}`; unset variables expand to '' (as BuildKit's lexer). */
export function expandVars(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(
    /\\\$|\$\{(\w+)(?:(:?)([-+])([^}]*))?\}|\$(\w+)/g,
    (all, braced: string | undefined, colon: string, op: string | undefined, word: string, bare: string | undefined) => {
      if (all === '\\$') return '$';
      const name = braced ?? bare ?? '';
      const set = vars.has(name);
      const value = vars.get(name) ?? '';
      if (!op) return value;
      const present = colon ? value !== '' : set;
      if (op === '-') return present ? value : word;
      return present ? word : '';
    }
  );
}

function platformArgs(platform: string, prefix: 'TARGET' | 'BUILD'): Array<[string, string]> {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
  return [
    [`${prefix}PLATFORM`, platform],
    [`${prefix}OS`, os],
    [`${prefix}ARCH`, arch],
    [`${prefix}VARIANT`, variant]
  ];
}

/** `A=1 B="x y" C` → [[A, '1'], [B, 'x y'], [C, null]] */
function argPairs(args: string): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  for (const m of args.matchAll(/(\w+)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
    // the value group is optional: undefined for a bare `C`
    const value = m[2] as string | undefined;
    out.push([m[1], value === undefined ? null : value.replace(/^["']|["']$/g, '')]);
  }
  return out;
}

function envPairs(args: string): Array<[string, string]> {
  const a = args.trim();
  // legacy `ENV NAME value`
  const legacy = /^(\w+)\s+([^=]*)$/.exec(a);
  if (legacy && !a.includes('=')) return [[legacy[1], legacy[2].trim()]];
  return [...a.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)].map((m) => [m[1], m[2].replace(/^["']|["']$/g, '')] as [string, string]);
}

function buildArgMap(buildArgs: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const b of buildArgs) {
    const i = b.indexOf('=');
    if (i > 0) m.set(b.slice(0, i), b.slice(i + 1));
  }
  return m;
}

/**
 * Global ARGs (before the first FROM) with their values, plus the automatic platform ARGs.
 * The model keeps no instruction before the first FROM, so only those lines are parsed again.
 */
function globalScope(text: string, firstFromLine: number, args: Map<string, string>, o: DiscoverOptions): Map<string, string> {
  const vars = new Map<string, string>([...platformArgs(o.platform, 'TARGET'), ...platformArgs(o.buildPlatform, 'BUILD')]);
  const prelude = text
    .split(/\r?\n/)
    .slice(0, firstFromLine - 1)
    .join('\n');
  for (const ins of DockerfileParser.parse(prelude).getInstructions()) {
    if (ins.getKeyword().toUpperCase() !== 'ARG') continue;
    for (const [name, def] of argPairs(ins.getArgumentsContent() ?? '')) {
      const v = args.get(name) ?? (def === null ? undefined : expandVars(def, vars));
      if (v !== undefined) vars.set(name, v);
    }
  }
  return vars;
}

/** The variables a RUN's flags are expanded with: ARGs declared in its stage chain (build-arg, default, global), ENV. */
function scopeAt(stages: Stage[], ins: Ins, globals: Map<string, string>, buildArgs: Map<string, string>): Map<string, string> {
  const vars = new Map<string, string>();
  for (const i of before(stages, ins)) {
    if (i.keyword === 'ARG') {
      for (const [name, def] of argPairs(i.args)) {
        const v = buildArgs.get(name) ?? (def !== null ? expandVars(def, vars) : globals.get(name));
        if (v !== undefined) vars.set(name, v);
      }
    } else if (i.keyword === 'ENV') {
      for (const [name, value] of envPairs(i.args)) vars.set(name, expandVars(value, vars));
    }
  }
  return vars;
}

const stageIndexByRef = (stages: Stage[], ref: string): number => {
  const r = ref.toLowerCase();
  const byName = stages.findIndex((s) => s.name === r);
  if (byName >= 0) return byName;
  return /^\d+$/.test(r) && Number(r) < stages.length ? Number(r) : -1;
};

/** The stages the build runs: the target (else the last) and every stage it needs (FROM, COPY --from, RUN --mount from=). */
export function stagesBuilt(stages: Stage[], target: string): Set<number> {
  const start = target ? stageIndexByRef(stages, target) : stages.length - 1;
  const seen = new Set<number>();
  const todo = start >= 0 ? [start] : [];
  for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
    if (seen.has(i)) continue;
    seen.add(i);
    const st = stages[i];
    if (st.parent !== null) todo.push(st.parent);
    for (const ins of st.instructions) {
      const refs: string[] = [];
      for (const f of ins.flags) {
        const from = /^--from=(.+)$/.exec(f);
        if (from && (ins.keyword === 'COPY' || ins.keyword === 'ADD')) refs.push(from[1].replace(/^["']|["']$/g, ''));
        const mountFrom = parseMountFlag(f)?.get('from');
        if (mountFrom) refs.push(mountFrom);
      }
      for (const r of refs) {
        const j = stageIndexByRef(stages, r);
        if (j >= 0 && j !== i) todo.push(j);
      }
    }
  }
  return seen;
}

/** The base image a stage finally stands on (through FROM <stage>), expanded; null for scratch or when unresolved. */
function rootImage(stages: Stage[], index: number, globals: Map<string, string>): string | null {
  const ch = chain(stages, index);
  const root = ch[ch.length - 1];
  const image = expandVars(root.image, globals);
  if (!image || image.toLowerCase() === 'scratch' || /\$/.test(image)) return null;
  return image;
}

/** Lockfiles (candidates) a RUN sees: copied before it in its stage chain, or bind-mounted by it from the context. */
function lockfilesFor(stages: Stage[], ins: Ins): string[] {
  const sources: string[] = [];
  for (const i of before(stages, ins)) sources.push(...copySources(i));
  for (const f of ins.flags) {
    const m = parseMountFlag(f);
    const source = m?.get('source');
    if (m && m.get('type') === 'bind' && !m.get('from') && source) sources.push(source);
  }
  const out = new Set<string>();
  for (const raw of sources) {
    const s = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    if (WHOLE_CONTEXT.has(raw) || s === '' || s === '.') {
      for (const l of LOCKFILES) out.add(l);
      continue;
    }
    const base = posix.basename(s);
    const dir = posix.dirname(s);
    if (isLockfileName(base)) out.add(s);
    else if (/[*?[]/.test(base)) {
      const re = new RegExp(
        `^${base
          .replace(/[.+^${}()|\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`
      );
      for (const l of LOCKFILES) if (re.test(l)) out.add(dir === '.' ? l : `${dir}/${l}`);
    } else if (!/\.\w+$/.test(base)) {
      // a directory copied whole (COPY backend/ ./) brings its lockfiles
      for (const l of LOCKFILES) out.add(`${s}/${l}`);
    }
  }
  return [...out].sort();
}

const cleanPath = (p: string) => posix.normalize(p).replace(/(.)\/$/, '$1');

type CacheDir = Pick<CacheMount, 'id' | 'uid' | 'gid' | 'mode'>;
/** What tells BuildKit's cache directories apart: the id, and the uid, gid and mode it is created with. */
const cacheDirKey = (m: CacheDir) => `${m.id}\0${m.uid}\0${m.gid}\0${m.mode}`;

/** The cache mounts of the stages being built, one per BuildKit cache directory (id, uid, gid, mode). */
export function discoverCacheMounts(dockerfileText: string, o: DiscoverOptions): CacheMount[] {
  const stages = parseDockerfileModel(dockerfileText);
  if (stages.length === 0) return [];
  const buildArgs = buildArgMap(o.buildArgs);
  const globals = globalScope(dockerfileText, stages[0].instructions[0].line, buildArgs, o);
  const built = stagesBuilt(stages, o.target);
  const mounts: CacheMount[] = [];
  for (const st of stages) {
    if (!built.has(st.index)) continue;
    const image = rootImage(stages, st.index, globals);
    for (const ins of st.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const caches = ins.flags.map(parseMountFlag).filter((f): f is Map<string, string> => f?.get('type') === 'cache');
      if (caches.length === 0) continue;
      const vars = scopeAt(stages, ins, globals, buildArgs);
      const lockfiles = lockfilesFor(stages, ins);
      for (const f of caches) {
        const x = (k: string) => {
          const v = f.get(k);
          return v === undefined ? null : expandVars(v, vars);
        };
        const target = x('target') ?? x('dst') ?? x('destination') ?? '';
        const id = x('id') || (target ? cleanPath(target) : '');
        const sharingRaw = (x('sharing') ?? 'shared').toLowerCase();
        const sharing: Sharing = sharingRaw === 'private' || sharingRaw === 'locked' ? sharingRaw : 'shared';
        const num = (k: string) => {
          const v = x(k);
          return v !== null && /^\d+$/.test(v) ? Number(v) : null;
        };
        const uid = num('uid');
        const gid = num('gid');
        const mode = x('mode');
        let skip: string | null = null;
        if (!id) skip = 'no id and no target';
        else if (f.get('from'))
          skip = `from=${f.get('from')}: BuildKit keys this cache by a snapshot of that source in this builder only, so its contents cannot be carried to another runner`;
        else if (/[,"'\s$]/.test(id)) skip = `the id "${id}" has characters a generated Dockerfile cannot repeat safely`;
        else if (mode !== null && !/^[0-7]{1,4}$/.test(mode)) skip = `mode=${mode} is not octal`;
        const key = cacheDirKey({ id, uid, gid, mode });
        let m = mounts.find((c) => cacheDirKey(c) === key);
        if (!m) {
          m = { id, target, sharing, uid, gid, mode, uses: [], lockfiles: [], instructions: [], image, skip };
          mounts.push(m);
        }
        m.image ??= image;
        if (!m.uses.some((u) => u.line === ins.line)) {
          m.uses.push({ stage: st.name, line: ins.line });
          m.instructions.push(`${ins.flags.join(' ')} ${ins.args}`);
        }
        m.lockfiles = [...new Set([...m.lockfiles, ...lockfiles])].sort();
      }
    }
  }
  for (const m of mounts)
    if (!m.skip && !m.image) m.skip = 'its stage is built FROM scratch (or an unresolved ARG): there is no image with sh and tar to copy it with';
  return mounts;
}

/** The mounts `cache-mounts` asks for, and a warning for each listed entry that matches none. */
export function selectCacheMounts(all: CacheMount[], setting: CacheMountsSetting): { mounts: CacheMount[]; warnings: string[] } {
  if (setting.mode === 'none') return { mounts: [], warnings: [] };
  if (setting.mode === 'auto') return { mounts: all, warnings: [] };
  const matches = (m: CacheMount, e: string) => e === m.id || e === m.target || (e.startsWith('/') && cleanPath(e) === cleanPath(m.target));
  const mounts = all.filter((m) => setting.entries.some((e) => matches(m, e)));
  const warnings = setting.entries
    .filter((e) => !all.some((m) => matches(m, e)))
    .map((e) => `Input "cache-mounts": "${e}" matches no cache mount of the stages being built (they have: ${all.map((m) => m.id).join(', ') || 'none'})`);
  return { mounts, warnings };
}

// ---------------------------------------------------------------------------
// Keys and refs
// ---------------------------------------------------------------------------

/**
 * The content key of a mount: a hash of the lockfiles its steps copy (those that exist),
 * or, with none, of the RUN instructions and the base image (so an apt list change saves anew).
 */
export function contentHash(m: CacheMount, read: (rel: string) => Buffer | string | null): { hash: string; lockfiles: string[] } {
  const h = createHash('sha256');
  const found: string[] = [];
  for (const rel of m.lockfiles) {
    const data = read(rel);
    if (data === null) continue;
    found.push(rel);
    h.update(rel).update('\0').update(data).update('\0');
  }
  if (found.length === 0)
    h.update('instructions\0')
      .update(m.instructions.join('\n'))
      .update('\0')
      .update(m.image ?? '');
  return { hash: h.digest('hex').slice(0, 16), lockfiles: found };
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 6);

/**
 * Names for mounts in keys, tags and paths: the id with `/` and `.` as `-` (`/root/.npm` →
 * `root-npm`), plus a short hash when uid/gid/mode are set (another BuildKit directory) or
 * when two mounts of the build would get the same name.
 */
export function mountSlugs(mounts: CacheDir[]): string[] {
  const names = mounts.map((m) => {
    const base = slug(m.id.replace(/^[/.]+/, '').replace(/[/.]+/g, '-'), 60);
    return m.uid === null && m.gid === null && m.mode === null ? base : `${base}-${shortHash(cacheDirKey(m))}`;
  });
  return names.map((n, i) => (names.indexOf(n) !== i ? `${n}-${shortHash(cacheDirKey(mounts[i]))}` : n));
}

export const platformSlug = (platforms: string[]) => slug(platforms.map((p) => p.replace(/\//g, '-')).join('+'), 60);

/** The image part of keys: the last two path components of the first image (or tag), as the gha scope has it. */
export function imageSlug(images: string[], tags: string[]): string {
  const first = images[0] ?? tags[0];
  if (!first) return 'default';
  return slug(parseImageRef(first).name.split('/').slice(-2).join('-'), 80);
}

/** Actions cache key of a mount's contents, and the prefix that finds the previous contents when the lockfiles change. */
export function ghaMountKeys(image: string, mount: string, platform: string, hash: string): { key: string; restoreKeys: string[] } {
  const prefix = `buildstage-mount-${image}-${mount}-${platform}-`;
  return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}

/** `<repo>:buildcache[-branch]` → `<repo>:buildcache[-branch]-mount-<mount>[-<platform>]` (a tag holds 128 characters). */
export function registryMountRef(cacheRef: string, mount: string, platform: string | null): string {
  const ref = parseImageRef(cacheRef);
  const tag = [ref.tag ?? 'buildcache', 'mount', mount, ...(platform ? [platform] : [])].join('-');
  return `${ref.name}:${tag.length <= 128 ? tag : `${tag.slice(0, 121)}-${shortHash(tag)}`}`;
}

const refOf = (entry: string) => cacheEntry(entry).fields.get('ref') ?? null;

export type MountStorage =
  | { kind: 'gha'; reason: string; write: boolean }
  | { kind: 'registry'; reason: string; readRefs: string[]; writeRef: string | null }
  | { kind: 'none'; reason: string };

/**
 * Where mount contents live: next to the build cache in the registry for `cache: registry`,
 * else the Actions cache when this runner has it; nothing otherwise. Writes follow the
 * build cache's rules (a pull request writes only with cache-write-on-pr).
 */
export function planMountStorage(o: {
  backend: string;
  cacheFrom: string[];
  cacheTo: string[];
  hasActionsCache: boolean;
  writeAllowed: boolean;
}): MountStorage {
  if (o.backend === 'none') return { kind: 'none', reason: 'cache: none' };
  if (o.backend === 'registry') {
    const readRefs = o.cacheFrom.map(refOf).filter((r): r is string => r !== null);
    const writeRef = o.cacheTo.map(refOf).find((r): r is string => r !== null) ?? null;
    return { kind: 'registry', reason: 'next to the registry cache', readRefs, writeRef };
  }
  if (o.hasActionsCache) return { kind: 'gha', reason: 'the GitHub Actions cache', write: o.writeAllowed };
  return { kind: 'none', reason: 'no GitHub Actions cache service on this runner and the cache is not `registry`' };
}

// ---------------------------------------------------------------------------
// Scratch Dockerfiles
// ---------------------------------------------------------------------------

/** One mount in a scratch build: its slot (m0, m1, ...) and how BuildKit must resolve it. */
export interface ScratchMount {
  slot: string;
  id: string;
  sharing: Sharing;
  uid: number | null;
  gid: number | null;
  mode: string | null;
}

export function cacheMountFlag(m: ScratchMount): string {
  const opts = [`type=cache`, `id=${m.id}`, `target=/buildstage/${m.slot}`, `sharing=${m.sharing}`];
  if (m.uid !== null) opts.push(`uid=${m.uid}`);
  if (m.gid !== null) opts.push(`gid=${m.gid}`);
  if (m.mode !== null) opts.push(`mode=${m.mode}`);
  return `--mount=${opts.join(',')}`;
}

const HEADER = '# generated by buildstage: cache mounts across runners (src/cache-mounts/plan.ts)';

/**
 * Restore: untar each saved archive into its cache mount. Sources are the build context's
 * `<slot>/mount.tar` (Actions cache) or the `mount.tar` of an image (registry). The nonce
 * keeps BuildKit from answering the RUN from its cache.
 */
export function restoreDockerfile(image: string, mounts: Array<ScratchMount & { from: string | null }>, nonce: string): string {
  const flags = mounts.flatMap((m) => [
    cacheMountFlag(m),
    m.from ? `--mount=type=bind,from=${m.from},target=/buildstage/in/${m.slot}` : `--mount=type=bind,source=${m.slot},target=/buildstage/in/${m.slot}`
  ]);
  const slots = mounts.map((m) => m.slot).join(' ');
  const script = [
    `: ${nonce};`,
    `for s in ${slots}; do`,
    `if [ ! -f /buildstage/in/$s/mount.tar ]; then echo "buildstage-mount $s missing";`,
    `elif tar -C /buildstage/$s -xpf /buildstage/in/$s/mount.tar; then echo "buildstage-mount $s restored";`,
    `else echo "buildstage-mount $s failed"; fi;`,
    `done`
  ].join(' ');
  return `${HEADER}\nFROM --platform=$BUILDPLATFORM ${image}\nRUN --network=none \\\n    ${flags.join(' \\\n    ')} \\\n    ${script}\n`;
}

/**
 * Save: for each mount, its size (du) and, when under the limit and not empty, a tar of it
 * (owners and modes kept) in `/<slot>/mount.tar` of the result. `registry: true` builds one
 * mount as an image (too big = the build fails, so nothing is pushed); otherwise the result
 * goes to a local directory with a `too-big` or `empty` marker where nothing was archived.
 */
export function saveDockerfile(
  image: string,
  mounts: ScratchMount[],
  o: { limitKb: number; nonce: string; registry?: { labels: Record<string, string> } }
): string {
  const slots = mounts.map((m) => m.slot).join(' ');
  const onBig = o.registry ? 'exit 3;' : ': > /buildstage/out/$s/too-big;';
  const onEmpty = o.registry ? 'exit 4;' : ': > /buildstage/out/$s/empty;';
  const script = [
    `: ${o.nonce};`,
    `for s in ${slots}; do mkdir -p /buildstage/out/$s;`,
    `kb=$(du -sk /buildstage/$s | cut -f1);`,
    `if [ "$kb" -gt ${o.limitKb} ]; then echo "buildstage-mount $s too-big kb=$kb"; ${onBig}`,
    `elif [ -z "$(ls -A /buildstage/$s)" ]; then echo "buildstage-mount $s empty kb=$kb"; ${onEmpty}`,
    `else tar -C /buildstage/$s -cf /buildstage/out/$s/mount.tar . && echo "buildstage-mount $s saved kb=$kb"; fi;`,
    `done`
  ].join(' ');
  const lines = [
    HEADER,
    `FROM --platform=$BUILDPLATFORM ${image} AS extract`,
    `RUN --network=none \\\n    ${mounts.map(cacheMountFlag).join(' \\\n    ')} \\\n    ${script}`,
    'FROM scratch',
    o.registry ? `COPY --from=extract /buildstage/out/${mounts[0].slot}/ /` : 'COPY --from=extract /buildstage/out/ /'
  ];
  if (o.registry)
    lines.push(
      `LABEL ${Object.entries(o.registry.labels)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(' ')}`
    );
  return lines.join('\n') + '\n';
}

export interface SlotResult {
  status: 'restored' | 'missing' | 'failed' | 'saved' | 'too-big' | 'empty';
  kb: number | null;
}

/** The `buildstage-mount <slot> <status> [kb=N]` lines a scratch build printed (plain progress). */
export function parseScratchOutput(text: string): Map<string, SlotResult> {
  const out = new Map<string, SlotResult>();
  for (const m of text.matchAll(/buildstage-mount (m\d+) (restored|missing|failed|saved|too-big|empty)(?: kb=(\d+))?/g)) {
    out.set(m[1], { status: m[2] as SlotResult['status'], kb: m[3] ? Number(m[3]) : null });
  }
  return out;
}

// ---------------------------------------------------------------------------
// After the build
// ---------------------------------------------------------------------------

/**
 * Did a step that uses the mount run (not cached)? From the timing report's steps, matched
 * by Dockerfile line. Unknown (no report) counts as ran, so nothing is lost.
 */
export function mountStepsRan(m: Pick<CacheMount, 'uses'>, steps: StepTiming[] | null): { ran: boolean; failed: boolean; known: boolean } {
  if (!steps) return { ran: true, failed: false, known: false };
  const lines = new Set(m.uses.map((u) => u.line));
  const mine = steps.filter((s) => s.line !== null && lines.has(s.line));
  const ran = mine.filter((s) => !s.cached && s.startMs !== null);
  return { ran: ran.length > 0, failed: ran.some((s) => Boolean(s.error)), known: true };
}
