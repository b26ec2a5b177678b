export const id = 201;
export const ids = [201,11];
export const modules = {

/***/ 41201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startCacheMounts: () => (/* binding */ startCacheMounts)
});

// UNUSED EXPORTS: DEFAULT_MAX_SIZE, runDocker

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/cache.ts
var cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(24011);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/common/buildx-entry.ts
var buildx_entry = __webpack_require__(70644);
// EXTERNAL MODULE: ./src/common/slug.ts
var slug = __webpack_require__(9510);
;// CONCATENATED MODULE: ./src/cache-mounts/plan.ts
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







const LOCKFILES = [
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
const isLockfileName = (name) => LOCKFILES.includes(name) || /^requirements[\w.-]*\.(txt|in)$/.test(name);
/** Splits `a=1,"b=x,y",c` as BuildKit's csv reader does. */
function splitCsv(text) {
    const out = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            if (q && text[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else
                q = !q;
        }
        else if (c === ',' && !q) {
            out.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    out.push(cur);
    return out.map((s) => s.trim()).filter((s) => s !== '');
}
/** A `--mount=...` flag's fields, keys lowercased; null for other flags. */
function parseMountFlag(flag) {
    const m = /^--mount=(.*)$/s.exec(flag);
    if (!m)
        return null;
    let v = m[1];
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
        v = v.slice(1, -1);
    const fields = new Map();
    for (const f of splitCsv(v)) {
        const i = f.indexOf('=');
        const key = (i < 0 ? f : f.slice(0, i)).toLowerCase();
        const value = i < 0 ? 'true' : f.slice(i + 1).replace(/^"(.*)"$/, '$1');
        fields.set(key, value);
    }
    if (!fields.has('type'))
        fields.set('type', 'bind');
    return fields;
}
/** `$A`, `${A}`, `${A:-x}`, `${A-x}`, `${A:+x}`, `${A+x}`; unset variables expand to '' (as BuildKit's lexer). */
function expandVars(text, vars) {
    return text.replace(/\\\$|\$\{(\w+)(?:(:?)([-+])([^}]*))?\}|\$(\w+)/g, (all, braced, colon, op, word, bare) => {
        if (all === '\\$')
            return '$';
        const name = braced ?? bare ?? '';
        const set = vars.has(name);
        const value = vars.get(name) ?? '';
        if (!op)
            return value;
        const present = colon ? value !== '' : set;
        if (op === '-')
            return present ? value : word;
        return present ? word : '';
    });
}
function platformArgs(platform, prefix) {
    const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
    return [
        [`${prefix}PLATFORM`, platform],
        [`${prefix}OS`, os],
        [`${prefix}ARCH`, arch],
        [`${prefix}VARIANT`, variant]
    ];
}
/** `A=1 B="x y" C` → [[A, '1'], [B, 'x y'], [C, null]] */
function argPairs(args) {
    const out = [];
    for (const m of args.matchAll(/(\w+)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
        // the value group is optional: undefined for a bare `C`
        const value = m[2];
        out.push([m[1], value === undefined ? null : value.replace(/^["']|["']$/g, '')]);
    }
    return out;
}
function envPairs(args) {
    const a = args.trim();
    // legacy `ENV NAME value`
    const legacy = /^(\w+)\s+([^=]*)$/.exec(a);
    if (legacy && !a.includes('='))
        return [[legacy[1], legacy[2].trim()]];
    return [...a.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)].map((m) => [m[1], m[2].replace(/^["']|["']$/g, '')]);
}
function buildArgMap(buildArgs) {
    const m = new Map();
    for (const b of buildArgs) {
        const i = b.indexOf('=');
        if (i > 0)
            m.set(b.slice(0, i), b.slice(i + 1));
    }
    return m;
}
/**
 * Global ARGs (before the first FROM) with their values, plus the automatic platform ARGs.
 * The model keeps no instruction before the first FROM, so only those lines are parsed again.
 */
function globalScope(text, firstFromLine, args, o) {
    const vars = new Map([...platformArgs(o.platform, 'TARGET'), ...platformArgs(o.buildPlatform, 'BUILD')]);
    const prelude = text
        .split(/\r?\n/)
        .slice(0, firstFromLine - 1)
        .join('\n');
    for (const ins of main.DockerfileParser.parse(prelude).getInstructions()) {
        if (ins.getKeyword().toUpperCase() !== 'ARG')
            continue;
        for (const [name, def] of argPairs(ins.getArgumentsContent() ?? '')) {
            const v = args.get(name) ?? (def === null ? undefined : expandVars(def, vars));
            if (v !== undefined)
                vars.set(name, v);
        }
    }
    return vars;
}
/** The variables a RUN's flags are expanded with: ARGs declared in its stage chain (build-arg, default, global), ENV. */
function scopeAt(stages, ins, globals, buildArgs) {
    const vars = new Map();
    for (const i of (0,model/* before */.gM)(stages, ins)) {
        if (i.keyword === 'ARG') {
            for (const [name, def] of argPairs(i.args)) {
                const v = buildArgs.get(name) ?? (def !== null ? expandVars(def, vars) : globals.get(name));
                if (v !== undefined)
                    vars.set(name, v);
            }
        }
        else if (i.keyword === 'ENV') {
            for (const [name, value] of envPairs(i.args))
                vars.set(name, expandVars(value, vars));
        }
    }
    return vars;
}
const stageIndexByRef = (stages, ref) => {
    const r = ref.toLowerCase();
    const byName = stages.findIndex((s) => s.name === r);
    if (byName >= 0)
        return byName;
    return /^\d+$/.test(r) && Number(r) < stages.length ? Number(r) : -1;
};
/** The stages the build runs: the target (else the last) and every stage it needs (FROM, COPY --from, RUN --mount from=). */
function stagesBuilt(stages, target) {
    const start = target ? stageIndexByRef(stages, target) : stages.length - 1;
    const seen = new Set();
    const todo = start >= 0 ? [start] : [];
    for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
        if (seen.has(i))
            continue;
        seen.add(i);
        const st = stages[i];
        if (st.parent !== null)
            todo.push(st.parent);
        for (const ins of st.instructions) {
            const refs = [];
            for (const f of ins.flags) {
                const from = /^--from=(.+)$/.exec(f);
                if (from && (ins.keyword === 'COPY' || ins.keyword === 'ADD'))
                    refs.push(from[1].replace(/^["']|["']$/g, ''));
                const mountFrom = parseMountFlag(f)?.get('from');
                if (mountFrom)
                    refs.push(mountFrom);
            }
            for (const r of refs) {
                const j = stageIndexByRef(stages, r);
                if (j >= 0 && j !== i)
                    todo.push(j);
            }
        }
    }
    return seen;
}
/** The base image a stage finally stands on (through FROM <stage>), expanded; null for scratch or when unresolved. */
function rootImage(stages, index, globals) {
    const ch = (0,model/* chain */.cy)(stages, index);
    const root = ch[ch.length - 1];
    const image = expandVars(root.image, globals);
    if (!image || image.toLowerCase() === 'scratch' || /\$/.test(image))
        return null;
    return image;
}
/** Lockfiles (candidates) a RUN sees: copied before it in its stage chain, or bind-mounted by it from the context. */
function lockfilesFor(stages, ins) {
    const sources = [];
    for (const i of (0,model/* before */.gM)(stages, ins))
        sources.push(...(0,model/* copySources */.K1)(i));
    for (const f of ins.flags) {
        const m = parseMountFlag(f);
        const source = m?.get('source');
        if (m && m.get('type') === 'bind' && !m.get('from') && source)
            sources.push(source);
    }
    const out = new Set();
    for (const raw of sources) {
        const s = raw.replace(/^\.\//, '').replace(/\/+$/, '');
        if (model/* WHOLE_CONTEXT */.AT.has(raw) || s === '' || s === '.') {
            for (const l of LOCKFILES)
                out.add(l);
            continue;
        }
        const base = external_node_path_.posix.basename(s);
        const dir = external_node_path_.posix.dirname(s);
        if (isLockfileName(base))
            out.add(s);
        else if (/[*?[]/.test(base)) {
            const re = new RegExp(`^${base
                .replace(/[.+^${}()|\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.')}$`);
            for (const l of LOCKFILES)
                if (re.test(l))
                    out.add(dir === '.' ? l : `${dir}/${l}`);
        }
        else if (!/\.\w+$/.test(base)) {
            // a directory copied whole (COPY backend/ ./) brings its lockfiles
            for (const l of LOCKFILES)
                out.add(`${s}/${l}`);
        }
    }
    return [...out].sort();
}
const cleanPath = (p) => external_node_path_.posix.normalize(p).replace(/(.)\/$/, '$1');
/** What tells BuildKit's cache directories apart: the id, and the uid, gid and mode it is created with. */
const cacheDirKey = (m) => `${m.id}\0${m.uid}\0${m.gid}\0${m.mode}`;
/** The cache mounts of the stages being built, one per BuildKit cache directory (id, uid, gid, mode). */
function discoverCacheMounts(dockerfileText, o) {
    const stages = (0,model.parseDockerfileModel)(dockerfileText);
    if (stages.length === 0)
        return [];
    const buildArgs = buildArgMap(o.buildArgs);
    const globals = globalScope(dockerfileText, stages[0].instructions[0].line, buildArgs, o);
    const built = stagesBuilt(stages, o.target);
    const mounts = [];
    for (const st of stages) {
        if (!built.has(st.index))
            continue;
        const image = rootImage(stages, st.index, globals);
        for (const ins of st.instructions) {
            if (ins.keyword !== 'RUN')
                continue;
            const caches = ins.flags.map(parseMountFlag).filter((f) => f?.get('type') === 'cache');
            if (caches.length === 0)
                continue;
            const vars = scopeAt(stages, ins, globals, buildArgs);
            const lockfiles = lockfilesFor(stages, ins);
            for (const f of caches) {
                const x = (k) => {
                    const v = f.get(k);
                    return v === undefined ? null : expandVars(v, vars);
                };
                const target = x('target') ?? x('dst') ?? x('destination') ?? '';
                const id = x('id') || (target ? cleanPath(target) : '');
                const sharingRaw = (x('sharing') ?? 'shared').toLowerCase();
                const sharing = sharingRaw === 'private' || sharingRaw === 'locked' ? sharingRaw : 'shared';
                const num = (k) => {
                    const v = x(k);
                    return v !== null && /^\d+$/.test(v) ? Number(v) : null;
                };
                const uid = num('uid');
                const gid = num('gid');
                const mode = x('mode');
                let skip = null;
                if (!id)
                    skip = 'no id and no target';
                else if (f.get('from'))
                    skip = `from=${f.get('from')}: BuildKit keys this cache by a snapshot of that source in this builder only, so its contents cannot be carried to another runner`;
                else if (/[,"'\s$]/.test(id))
                    skip = `the id "${id}" has characters a generated Dockerfile cannot repeat safely`;
                else if (mode !== null && !/^[0-7]{1,4}$/.test(mode))
                    skip = `mode=${mode} is not octal`;
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
        if (!m.skip && !m.image)
            m.skip = 'its stage is built FROM scratch (or an unresolved ARG): there is no image with sh and tar to copy it with';
    return mounts;
}
/** The mounts `cache-mounts` asks for, and a warning for each listed entry that matches none. */
function selectCacheMounts(all, setting) {
    if (setting.mode === 'none')
        return { mounts: [], warnings: [] };
    if (setting.mode === 'auto')
        return { mounts: all, warnings: [] };
    const matches = (m, e) => e === m.id || e === m.target || (e.startsWith('/') && cleanPath(e) === cleanPath(m.target));
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
function contentHash(m, read) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const found = [];
    for (const rel of m.lockfiles) {
        const data = read(rel);
        if (data === null)
            continue;
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
const shortHash = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 6);
/**
 * Names for mounts in keys, tags and paths: the id with `/` and `.` as `-` (`/root/.npm` →
 * `root-npm`), plus a short hash when uid/gid/mode are set (another BuildKit directory) or
 * when two mounts of the build would get the same name.
 */
function mountSlugs(mounts) {
    const names = mounts.map((m) => {
        const base = (0,slug/* slug */.y)(m.id.replace(/^[/.]+/, '').replace(/[/.]+/g, '-'), 60);
        return m.uid === null && m.gid === null && m.mode === null ? base : `${base}-${shortHash(cacheDirKey(m))}`;
    });
    return names.map((n, i) => (names.indexOf(n) !== i ? `${n}-${shortHash(cacheDirKey(mounts[i]))}` : n));
}
const platformSlug = (platforms) => (0,slug/* slug */.y)(platforms.map((p) => p.replace(/\//g, '-')).join('+'), 60);
/** The image part of keys: the last two path components of the first image (or tag), as the gha scope has it. */
function imageSlug(images, tags) {
    const first = images[0] ?? tags[0];
    if (!first)
        return 'default';
    return (0,slug/* slug */.y)((0,image_ref/* parseImageRef */.Q)(first).name.split('/').slice(-2).join('-'), 80);
}
/** Actions cache key of a mount's contents, and the prefix that finds the previous contents when the lockfiles change. */
function ghaMountKeys(image, mount, platform, hash) {
    const prefix = `buildstage-mount-${image}-${mount}-${platform}-`;
    return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}
/** `<repo>:buildcache[-branch]` → `<repo>:buildcache[-branch]-mount-<mount>[-<platform>]` (a tag holds 128 characters). */
function registryMountRef(cacheRef, mount, platform) {
    const ref = (0,image_ref/* parseImageRef */.Q)(cacheRef);
    const tag = [ref.tag ?? 'buildcache', 'mount', mount, ...(platform ? [platform] : [])].join('-');
    return `${ref.name}:${tag.length <= 128 ? tag : `${tag.slice(0, 121)}-${shortHash(tag)}`}`;
}
const refOf = (entry) => (0,buildx_entry/* cacheEntry */.R)(entry).fields.get('ref') ?? null;
/**
 * Where mount contents live: next to the build cache in the registry for `cache: registry`,
 * else the Actions cache when this runner has it; nothing otherwise. Writes follow the
 * build cache's rules (a pull request writes only with cache-write-on-pr).
 */
function planMountStorage(o) {
    if (o.backend === 'none')
        return { kind: 'none', reason: 'cache: none' };
    if (o.backend === 'registry') {
        const readRefs = o.cacheFrom.map(refOf).filter((r) => r !== null);
        const writeRef = o.cacheTo.map(refOf).find((r) => r !== null) ?? null;
        return { kind: 'registry', reason: 'next to the registry cache', readRefs, writeRef };
    }
    if (o.hasActionsCache)
        return { kind: 'gha', reason: 'the GitHub Actions cache', write: o.writeAllowed };
    return { kind: 'none', reason: 'no GitHub Actions cache service on this runner and the cache is not `registry`' };
}
function cacheMountFlag(m) {
    const opts = [`type=cache`, `id=${m.id}`, `target=/buildstage/${m.slot}`, `sharing=${m.sharing}`];
    if (m.uid !== null)
        opts.push(`uid=${m.uid}`);
    if (m.gid !== null)
        opts.push(`gid=${m.gid}`);
    if (m.mode !== null)
        opts.push(`mode=${m.mode}`);
    return `--mount=${opts.join(',')}`;
}
const HEADER = '# generated by buildstage: cache mounts across runners (src/cache-mounts/plan.ts)';
/**
 * Restore: untar each saved archive into its cache mount. Sources are the build context's
 * `<slot>/mount.tar` (Actions cache) or the `mount.tar` of an image (registry). The nonce
 * keeps BuildKit from answering the RUN from its cache.
 */
function restoreDockerfile(image, mounts, nonce) {
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
function saveDockerfile(image, mounts, o) {
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
        lines.push(`LABEL ${Object.entries(o.registry.labels)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(' ')}`);
    return lines.join('\n') + '\n';
}
/** The `buildstage-mount <slot> <status> [kb=N]` lines a scratch build printed (plain progress). */
function parseScratchOutput(text) {
    const out = new Map();
    for (const m of text.matchAll(/buildstage-mount (m\d+) (restored|missing|failed|saved|too-big|empty)(?: kb=(\d+))?/g)) {
        out.set(m[1], { status: m[2], kb: m[3] ? Number(m[3]) : null });
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
function mountStepsRan(m, steps) {
    if (!steps)
        return { ran: true, failed: false, known: false };
    const lines = new Set(m.uses.map((u) => u.line));
    const mine = steps.filter((s) => s.line !== null && lines.has(s.line));
    const ran = mine.filter((s) => !s.cached && s.startMs !== null);
    return { ran: ran.length > 0, failed: ran.some((s) => Boolean(s.error)), known: true };
}

// EXTERNAL MODULE: ./src/cache-mounts/setting.ts
var cache_mounts_setting = __webpack_require__(26887);
;// CONCATENATED MODULE: ./src/cache-mounts/shell.ts
// Cache mounts across runners, the shell: before the build, fetch each mount's saved
// contents (Actions cache or registry) and put them into the builder's cache mounts with
// one scratch build; after it, for the mounts whose steps ran, take them out with another
// scratch build and store them. Every failure here is a warning: the build never fails
// because a cache mount could not be carried. The decisions are in plan.ts.








const DEFAULT_MAX_SIZE = '2g';
/** Runs docker, output (stdout and stderr) collected; never throws. */
const runDocker = (args, o) => new Promise((done) => {
    const child = (0,external_node_child_process_.spawn)('docker', args, { env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (d) => {
        output += d.toString('utf8');
        // keep the tail only: a big restore prints little, but a failing one may print a lot
        if (output.length > 4_000_000)
            output = output.slice(-2_000_000);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', (e) => {
        clearTimeout(timer);
        done({ code: 127, output: String(e) });
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        done({ code: code ?? 1, output });
    });
});
/** A mount's Actions cache entry: its directory and key (planned for every mount when the storage is gha). */
function ghaEntry(c) {
    if (c.dir === undefined || c.key === undefined)
        throw new Error(`cache mount ${c.mount.id}: no Actions cache entry was planned`);
    return { dir: c.dir, key: c.key };
}
const lastLines = (text, n = 12) => text.trim().split('\n').slice(-n).join('\n');
function timingFor(m, note) {
    return {
        id: m.id,
        target: m.target,
        uses: m.uses,
        key: null,
        restored: false,
        restoredFrom: null,
        restoredBytes: null,
        restoreMs: 0,
        stepRan: false,
        saved: false,
        savedBytes: null,
        saveMs: 0,
        note
    };
}
function fileSize(p) {
    try {
        return (0,external_node_fs_.statSync)(p).size;
    }
    catch {
        return null;
    }
}
/** Moves a directory, copying when rename cannot (another file system). */
function move(from, to) {
    (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
    try {
        (0,external_node_fs_.renameSync)(from, to);
    }
    catch {
        (0,external_node_fs_.cpSync)(from, to, { recursive: true });
        (0,external_node_fs_.rmSync)(from, { recursive: true, force: true });
    }
}
const ANNOTATION = 'org.buildstage.cache-mount.key';
function manifestKey(raw) {
    try {
        return JSON.parse(raw).annotations?.[ANNOTATION] ?? null;
    }
    catch {
        return null;
    }
}
/** Registry manifest → compressed size of its layers (a plain image manifest, as the save pushes). */
function layerBytes(raw) {
    try {
        const m = JSON.parse(raw);
        return m.layers ? m.layers.reduce((a, l) => a + (l.size ?? 0), 0) : null;
    }
    catch {
        return null;
    }
}
/**
 * Plans the build's cache mounts, restores their contents into the builder, and returns
 * the function that saves them after the build (null when there is nothing to carry).
 */
async function startCacheMounts(req) {
    const { inputs, log } = req;
    const docker = req.docker ?? runDocker;
    const setting = (0,cache_mounts_setting/* parseCacheMountsSetting */.W0)(inputs['cache-mounts']);
    if (setting.mode === 'none')
        return null;
    if (!req.dockerfilePath || !(0,external_node_fs_.existsSync)(req.dockerfilePath)) {
        log.info('cache mounts: no local Dockerfile to read them from; not carried');
        return null;
    }
    const maxSizeBytes = inputs['cache-mounts-max-size'] || (0,cache_mounts_setting/* parseByteSize */.nS)('cache-mounts-max-size', DEFAULT_MAX_SIZE);
    const native = req.facts.platforms[0] ?? 'linux/amd64';
    const platform = inputs.platforms[0] ?? native;
    const all = discoverCacheMounts((0,external_node_fs_.readFileSync)(req.dockerfilePath, 'utf8'), {
        target: inputs.target,
        buildArgs: inputs['build-args'],
        platform,
        buildPlatform: native
    });
    const { mounts, warnings } = selectCacheMounts(all, setting);
    for (const w of warnings)
        log.warning(w);
    if (mounts.length === 0)
        return null;
    const storage = planMountStorage({
        backend: req.plan.cache.backend,
        cacheFrom: req.plan.cache.cacheFrom,
        cacheTo: req.plan.cache.cacheTo,
        hasActionsCache: req.cache !== null && (0,cache/* hasActionsCacheService */.t7)(req.env),
        writeAllowed: !(0,git_context/* isPullRequest */.r0)(req.ctx) || inputs['cache-write-on-pr']
    });
    if (storage.kind === 'none') {
        log.info(`cache mounts: ${mounts.map((m) => m.id).join(', ')} not carried across runners (${storage.reason})`);
        return null;
    }
    const contextDir = (0,external_node_path_.resolve)(req.cwd, req.plan.context);
    const hasContext = (0,external_node_fs_.existsSync)(contextDir) && (0,external_node_fs_.statSync)(contextDir).isDirectory();
    const read = (rel) => {
        if (!hasContext)
            return null;
        // rooted at the context, as BuildKit takes a source path: `..` cannot leave it (a prefix test let `../<ctx>-x/` through)
        const p = (0,external_node_path_.join)(contextDir, external_node_path_.posix.normalize(`/${rel}`));
        try {
            return (0,external_node_fs_.statSync)(p).isFile() ? (0,external_node_fs_.readFileSync)(p) : null;
        }
        catch {
            return null;
        }
    };
    const img = imageSlug(inputs.images, req.plan.tags);
    const plat = platformSlug([platform]);
    const work = (0,external_node_path_.join)(req.tempDir, 'cache-mounts');
    (0,external_node_fs_.mkdirSync)(work, { recursive: true });
    const carried = [];
    const skipped = [];
    const slugs = mountSlugs(mounts);
    for (const [i, m] of mounts.entries()) {
        // discoverCacheMounts gives a mount without an image (FROM scratch) a skip
        if (m.skip || m.image === null) {
            skipped.push(timingFor(m, m.skip ?? 'no image to copy it with'));
            continue;
        }
        const s = slugs[i];
        const c = {
            mount: m,
            image: m.image,
            slot: `m${carried.length}`,
            hash: contentHash(m, read).hash,
            timing: timingFor(m, null),
            readRefs: [],
            writeRef: null
        };
        if (storage.kind === 'gha') {
            const k = ghaMountKeys(img, s, plat, c.hash);
            Object.assign(c, { dir: (0,external_node_path_.join)(req.cacheRoot, 'buildstage-mounts', `${img}-${s}`), key: k.key, restoreKeys: k.restoreKeys });
            c.timing.key = k.key;
        }
        else {
            const p = inputs.platforms.length ? plat : null;
            c.readRefs = storage.readRefs.map((r) => registryMountRef(r, s, p));
            c.writeRef = storage.writeRef ? registryMountRef(storage.writeRef, s, p) : null;
            c.timing.key = c.writeRef ?? c.readRefs.at(0) ?? null;
        }
        carried.push(c);
    }
    for (const t of skipped)
        log.info(`cache mount ${t.id}: not carried (${t.note})`);
    if (carried.length === 0)
        return null;
    const common = [...(inputs.builder ? ['--builder', inputs.builder] : []), '--progress=plain', ...(inputs.platforms.length ? ['--platform', platform] : [])];
    const ns = inputs['build-args'].find((b) => b.startsWith('BUILDKIT_CACHE_MOUNT_NS='));
    if (ns)
        common.push('--build-arg', ns);
    const where = storage.kind === 'gha' ? 'the Actions cache' : 'the registry';
    const actionsCache = () => {
        // the storage is gha only with the cache service (planMountStorage's hasActionsCache)
        if (!req.cache)
            throw new Error('the Actions cache is not available');
        return req.cache;
    };
    // ---- restore -------------------------------------------------------------
    // Only contents that can help are put into the builder: those saved with other lockfiles
    // (the step will run: its lockfile layer changed). Contents saved with these very
    // lockfiles came from a build that also exported the step to the build cache, so the
    // step is expected cached; restoring them would cost every code-change build a download
    // for nothing. no-cache / no-cache-filters restore them too.
    const restoreExact = inputs['no-cache'] || inputs['no-cache-filters'].length > 0;
    const restoreStart = Date.now();
    await log.group(`Cache mounts: look up ${carried.length} in ${where}`, async () => {
        await Promise.all(carried.map(async (c) => {
            const t0 = Date.now();
            try {
                if (storage.kind === 'gha') {
                    const { dir, key } = ghaEntry(c);
                    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                    const hit = await actionsCache().restoreCache([dir], key, c.restoreKeys, { lookupOnly: true });
                    if (!hit)
                        c.timing.note = 'nothing saved yet';
                    else {
                        c.timing.restoredFrom = hit === key ? 'exact' : 'previous';
                        c.timing.key = hit;
                        if (c.timing.restoredFrom === 'previous' || restoreExact) {
                            const got = await actionsCache().restoreCache([dir], hit);
                            const size = fileSize((0,external_node_path_.join)(dir, 'mount.tar'));
                            if (got && size !== null) {
                                c.download = true;
                                c.timing.restoredBytes = size;
                            }
                            else
                                c.timing.note = 'the entry could not be downloaded';
                        }
                    }
                }
                else {
                    const misses = [];
                    for (const ref of c.readRefs) {
                        const r = await docker(['buildx', 'imagetools', 'inspect', ...(inputs.builder ? ['--builder', inputs.builder] : []), '--raw', ref], {
                            env: req.env,
                            timeoutMs: 60_000
                        });
                        if (r.code !== 0) {
                            misses.push(`${ref}: ${lastLines(r.output, 1)}`);
                            continue;
                        }
                        // the save annotates the manifest with the content hash of the lockfiles it was saved with
                        c.timing.restoredFrom = manifestKey(r.output) === c.hash ? 'exact' : 'previous';
                        c.timing.restoredBytes = layerBytes(r.output);
                        c.timing.key = ref;
                        if (c.timing.restoredFrom === 'previous' || restoreExact) {
                            c.from = ref;
                            c.download = true;
                        }
                        break;
                    }
                    if (c.timing.restoredFrom === null) {
                        c.timing.note = 'nothing saved yet';
                        log.info(`cache mount ${c.mount.id}: nothing saved yet (${misses.join('; ')})`);
                    }
                }
                if (c.timing.restoredFrom === 'exact' && !c.download) {
                    c.timing.note = 'saved with these lockfiles: its step is expected from the build cache, so not restored';
                    log.info(`cache mount ${c.mount.id}: ${c.timing.key} was saved with these lockfiles; its step is expected from the build cache, so it is not restored`);
                }
            }
            catch (e) {
                c.timing.note = `restore failed: ${e.message}`;
                log.warning(`cache mount ${c.mount.id}: restore failed (the build goes on with an empty cache mount): ${e.message}`);
            }
            c.timing.restoreMs = Date.now() - t0;
        }));
        const found = carried.filter((c) => c.download);
        if (found.length === 0)
            return;
        const ctxDir = (0,external_node_path_.join)(work, 'restore-context');
        (0,external_node_fs_.mkdirSync)(ctxDir, { recursive: true });
        if (storage.kind === 'gha')
            for (const c of found)
                move(ghaEntry(c).dir, (0,external_node_path_.join)(ctxDir, c.slot));
        const file = (0,external_node_path_.join)(work, 'Dockerfile.restore');
        (0,external_node_fs_.writeFileSync)(file, restoreDockerfile(found[0].image, found.map((c) => ({ ...c.mount, slot: c.slot, from: c.from ?? null })), `restore-${(0,external_node_crypto_.randomUUID)()}`));
        const t0 = Date.now();
        const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', 'type=cacheonly', ctxDir], { env: req.env, timeoutMs: 30 * 60_000 });
        const injectMs = Date.now() - t0;
        (0,external_node_fs_.rmSync)(ctxDir, { recursive: true, force: true });
        const slots = parseScratchOutput(r.output);
        for (const c of found) {
            c.timing.restoreMs += injectMs;
            const s = slots.get(c.slot);
            if (r.code === 0 && s?.status === 'restored') {
                c.timing.restored = true;
                log.info(`cache mount ${c.mount.id}: restored ${c.timing.restoredFrom === 'exact' ? 'the contents saved with these lockfiles' : 'the contents saved with earlier lockfiles'} from ${c.timing.key} (${c.timing.restoredBytes ?? '?'} bytes) in ${c.timing.restoreMs} ms`);
            }
            else {
                c.timing.note = `restore build failed${s ? ` (${s.status})` : ''}`;
                log.warning(`cache mount ${c.mount.id}: could not be restored into the builder (the build goes on with an empty cache mount):\n${lastLines(r.output)}`);
            }
        }
    });
    const restoreMs = Date.now() - restoreStart;
    // ---- save ------------------------------------------------------------------
    return async (report, exitCode) => {
        const saveStart = Date.now();
        const limitKb = Math.floor(maxSizeBytes / 1024);
        const toSave = [];
        // a pull request without cache-write-on-pr: no gha write, no registry cache-to ref
        const canWrite = (c) => (storage.kind === 'gha' ? storage.write : c.writeRef !== null);
        for (const c of carried) {
            const ran = mountStepsRan(c.mount, report?.steps ?? null);
            c.timing.stepRan = ran.ran;
            const why = !ran.ran
                ? 'the steps that use it were cached: nothing new to save'
                : !ran.known && exitCode !== 0
                    ? 'the build failed and its steps are unknown'
                    : ran.failed
                        ? 'the step that uses it failed'
                        : !canWrite(c)
                            ? 'pull request builds do not save (cache-write-on-pr: false)'
                            : c.timing.restoredFrom === 'exact'
                                ? `already saved with these lockfiles${c.timing.restored ? '' : ' (the build cache did not have its step, so it ran without them)'}`
                                : null;
            if (why) {
                if (ran.ran || !c.timing.note || c.timing.restored)
                    c.timing.note = why;
            }
            else
                toSave.push(c);
        }
        if (toSave.length > 0) {
            await log.group(`Cache mounts: save ${toSave.length} to ${where}`, async () => {
                try {
                    if (storage.kind === 'gha')
                        await saveToActionsCache(toSave);
                    else
                        await Promise.all(toSave.map(saveToRegistry));
                }
                catch (e) {
                    log.warning(`cache mounts: save failed: ${e.message}`);
                }
            });
        }
        return {
            storage: storage.kind === 'gha' ? 'gha' : 'registry',
            restoreMs,
            saveMs: toSave.length ? Date.now() - saveStart : 0,
            maxSizeBytes,
            mounts: [...carried.map((c) => c.timing), ...skipped]
        };
        async function saveToActionsCache(list) {
            const out = (0,external_node_path_.join)(work, 'save-out');
            (0,external_node_fs_.rmSync)(out, { recursive: true, force: true });
            const file = (0,external_node_path_.join)(work, 'Dockerfile.save');
            const image = list[0].image;
            (0,external_node_fs_.writeFileSync)(file, saveDockerfile(image, list.map((c) => ({ ...c.mount, slot: c.slot })), { limitKb, nonce: `save-${(0,external_node_crypto_.randomUUID)()}` }));
            const empty = (0,external_node_path_.join)(work, 'empty-context');
            (0,external_node_fs_.mkdirSync)(empty, { recursive: true });
            const t0 = Date.now();
            const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', `type=local,dest=${out}`, empty], { env: req.env, timeoutMs: 30 * 60_000 });
            const extractMs = Date.now() - t0;
            const slots = parseScratchOutput(r.output);
            if (r.code !== 0) {
                for (const c of list)
                    c.timing.note = 'save build failed';
                log.warning(`cache mounts: could not take the contents out of the builder (nothing saved):\n${lastLines(r.output)}`);
                return;
            }
            await Promise.all(list.map(async (c) => {
                const s = slots.get(c.slot);
                c.timing.saveMs = extractMs;
                if (s?.kb !== null && s?.kb !== undefined)
                    c.timing.savedBytes = s.kb * 1024;
                if (s?.status !== 'saved') {
                    noteNotSaved(c, s?.status ?? 'missing', s?.kb ?? null);
                    return;
                }
                const t1 = Date.now();
                try {
                    const { dir, key } = ghaEntry(c);
                    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, 'mount.tar'), { force: true });
                    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(out, c.slot, 'mount.tar'), (0,external_node_path_.join)(dir, 'mount.tar'));
                    const id = await actionsCache().saveCache([dir], key);
                    if (id === -1) {
                        c.timing.note = 'the Actions cache did not take it (see the lines above)';
                        log.warning(`cache mount ${c.mount.id}: not saved (the Actions cache did not take ${key})`);
                    }
                    else {
                        c.timing.saved = true;
                        c.timing.key = key;
                        c.timing.note = null;
                        log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${key}`);
                    }
                }
                catch (e) {
                    c.timing.note = `save failed: ${e.message}`;
                    log.warning(`cache mount ${c.mount.id}: not saved: ${e.message}`);
                }
                c.timing.saveMs += Date.now() - t1;
            }));
            (0,external_node_fs_.rmSync)(out, { recursive: true, force: true });
        }
        async function saveToRegistry(c) {
            // only mounts with a ref to write are saved (the `why` above)
            const writeRef = c.writeRef;
            if (!writeRef)
                throw new Error(`cache mount ${c.mount.id}: no registry ref to save to`);
            const file = (0,external_node_path_.join)(work, `Dockerfile.save-${c.slot}`);
            const labels = { 'org.buildstage.cache-mount.id': c.mount.id, [ANNOTATION]: c.hash };
            (0,external_node_fs_.writeFileSync)(file, saveDockerfile(c.image, [{ ...c.mount, slot: c.slot }], { limitKb, nonce: `save-${(0,external_node_crypto_.randomUUID)()}`, registry: { labels } }));
            const empty = (0,external_node_path_.join)(work, 'empty-context');
            (0,external_node_fs_.mkdirSync)(empty, { recursive: true });
            const t0 = Date.now();
            const output = `type=image,name=${writeRef},push=true,oci-mediatypes=true,compression=zstd,annotation.${ANNOTATION}=${c.hash}`;
            const r = await docker(['buildx', 'build', ...common, '--provenance=false', '-f', file, '--output', output, empty], {
                env: req.env,
                timeoutMs: 30 * 60_000
            });
            c.timing.saveMs = Date.now() - t0;
            const s = parseScratchOutput(r.output).get(c.slot);
            if (s?.kb !== null && s?.kb !== undefined)
                c.timing.savedBytes = s.kb * 1024;
            if (r.code === 0 && s?.status === 'saved') {
                c.timing.saved = true;
                c.timing.key = writeRef;
                c.timing.note = null;
                log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${writeRef}`);
            }
            else if (s && s.status !== 'saved')
                noteNotSaved(c, s.status, s.kb);
            else {
                c.timing.note = 'save build failed';
                log.warning(`cache mount ${c.mount.id}: not saved to ${writeRef}:\n${lastLines(r.output)}`);
            }
        }
        function noteNotSaved(c, status, kb) {
            if (status === 'too-big') {
                c.timing.note = `larger than cache-mounts-max-size (${kb} KiB > ${limitKb} KiB): not saved`;
                log.warning(`cache mount ${c.mount.id}: ${Math.round((kb ?? 0) / 1024)} MiB is over cache-mounts-max-size (${Math.round(limitKb / 1024)} MiB), so it was not saved; raise the limit or trim the cache in the step`);
            }
            else if (status === 'empty')
                c.timing.note = 'empty after the build: nothing to save (is the target the directory the tool caches in?)';
            else {
                c.timing.note = `save build: ${status}`;
                log.warning(`cache mount ${c.mount.id}: not saved (${status})`);
            }
        }
    };
}


/***/ }),

/***/ 24011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ WHOLE_CONTEXT),
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   SJ: () => (/* binding */ installsIn),
/* harmony export */   _R: () => (/* binding */ copiesWholeContext),
/* harmony export */   _f: () => (/* binding */ copiesFile),
/* harmony export */   cy: () => (/* binding */ chain),
/* harmony export */   gM: () => (/* binding */ before),
/* harmony export */   parseDockerfileModel: () => (/* binding */ parseDockerfileModel),
/* harmony export */   zE: () => (/* binding */ envBefore)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
// The Dockerfile as buildstage reads it (the timing model and the advisor): stages (with the stage each is built FROM),
// instructions with their flags, and the package installs inside RUN commands. Parsed with
// dockerfile-ast; only the shell text of RUN commands is matched with patterns. Pure.

function splitFlags(rest) {
    const flags = [];
    let s = rest.trim();
    for (;;) {
        const m = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/.exec(s);
        if (!m)
            break;
        flags.push(m[1]);
        s = s.slice(m[0].length);
    }
    return { flags, args: s };
}
function parseDockerfileModel(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const stages = [];
    for (const ins of df.getInstructions()) {
        const keyword = ins.getKeyword().toUpperCase();
        const r = ins.getRange();
        const raw = lines.slice(r.start.line, r.end.line + 1).join('\n');
        const afterKeyword = raw
            .replace(/^\s*\S+/, '')
            .replace(/\\\r?\n/g, ' ')
            .replace(/[ \t]+/g, ' ');
        const { flags, args } = splitFlags(afterKeyword);
        if (keyword === 'FROM') {
            const m = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
            const image = m?.[1] ?? '';
            const name = m?.[2]?.toLowerCase() ?? `stage-${stages.length}`;
            const parentIdx = stages.findIndex((s) => s.name === image.toLowerCase());
            stages.push({ index: stages.length, name, parent: parentIdx >= 0 ? parentIdx : null, image, instructions: [] });
        }
        if (stages.length === 0)
            continue;
        const st = stages[stages.length - 1];
        st.instructions.push({ keyword, flags, args: args.trim(), line: r.start.line + 1, endLine: r.end.line + 1, stage: st.index });
    }
    return stages;
}
/** The stage and its ancestors (FROM <stage>), nearest first. */
function chain(stages, index) {
    const out = [];
    let cur = index;
    const seen = new Set();
    while (cur !== null && !seen.has(cur)) {
        seen.add(cur);
        out.push(stages[cur]);
        cur = stages[cur].parent;
    }
    return out;
}
/** Instructions visible before `ins` in its stage chain (ancestors' instructions, then its own earlier ones). */
function before(stages, ins) {
    const ch = chain(stages, ins.stage).reverse();
    const out = [];
    for (const st of ch)
        for (const i of st.instructions)
            if (st.index !== ins.stage || i.line < ins.line)
                out.push(i);
    return out;
}
const INSTALL_PATTERNS = [
    ['npm', /\bnpm\s+(?:ci|install|i)\b/],
    ['yarn', /\byarn(?:\s+install\b|(?=\s*$)|(?=\s+--))/],
    ['pnpm', /\bpnpm\s+(?:install|i)\b/],
    ['uv', /\buv\s+(?:sync\b|pip\s+install\b)/],
    ['poetry', /\bpoetry\s+install\b/],
    ['pip', /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b/],
    ['apt', /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/],
    ['apk', /\bapk\s+(?:--\S+\s+)*add\b/]
];
/** Package installs in a RUN command, one per shell segment. Global tool installs (npm -g, pip install uv) are not dependency installs. */
function installsIn(ins) {
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const seg of ins.args.split(/&&|\|\||;|\n/)) {
        const s = seg.trim();
        for (const [manager, re] of INSTALL_PATTERNS) {
            if (!re.test(s))
                continue;
            if (manager === 'npm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pnpm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pip' && !/-r\s|--requirement|\s\.(\s|$)|-e\s/.test(s))
                continue; // `pip install uv` installs a tool
            out.push({ manager, command: s, ins });
            break;
        }
    }
    return out;
}
const hasFlag = (cmd, ...flags) => flags.some((f) => new RegExp(`(^|\\s)${f.replace(/[-]/g, '\\-')}(?=\\s|=|$)`).test(cmd));
/** COPY/ADD sources (not --from), JSON or shell form. */
function copySources(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return [];
    if (ins.flags.some((f) => f.startsWith('--from')))
        return [];
    let parts;
    const a = ins.args.trim();
    if (a.startsWith('[')) {
        try {
            parts = JSON.parse(a);
        }
        catch {
            parts = a.split(/\s+/);
        }
    }
    else
        parts = a.split(/\s+/);
    return parts.slice(0, -1);
}
const WHOLE_CONTEXT = new Set(['.', './', '*', '/', './*']);
function globMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .replace(/^\.\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.')}$`);
    return re.test(name);
}
/** Does this COPY bring `file` (a context-root file name) into the image? */
function copiesFile(ins, file) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s) || globMatch(s, file));
}
function copiesWholeContext(ins) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}
/** The ENV values set before an instruction in its stage chain. */
function envBefore(stages, ins) {
    const env = new Map();
    for (const i of before(stages, ins)) {
        if (i.keyword !== 'ENV')
            continue;
        const re = /(\w+)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g;
        for (const m of i.args.matchAll(re))
            env.set(m[1], m[2].replace(/^["']|["']$/g, ''));
    }
    return env;
}


/***/ })

};

//# sourceMappingURL=201.index.js.map