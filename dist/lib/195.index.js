export const id = 195;
export const ids = [195];
export const modules = {

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const parse = __webpack_require__(16353)
const { safeRe: re, t } = __webpack_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 26887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W0: () => (/* binding */ parseCacheMountsSetting),
/* harmony export */   nE: () => (/* binding */ checkCacheMountsInput),
/* harmony export */   nS: () => (/* binding */ parseByteSize)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// The `cache-mounts` and `cache-mounts-max-size` inputs, read on every build: kept apart
// from plan.ts so that reading them does not load the Dockerfile parser.

/** `cache-mounts`: auto (default), none, or mount ids / targets (comma or newline separated). */
function parseCacheMountsSetting(entries) {
    const e = entries.map((s) => s.trim()).filter(Boolean);
    if (e.length === 0 || (e.length === 1 && e[0].toLowerCase() === 'auto'))
        return { mode: 'auto' };
    if (e.length === 1 && ['none', 'false', 'off'].includes(e[0].toLowerCase()))
        return { mode: 'none' };
    const bad = e.find((x) => ['auto', 'none'].includes(x.toLowerCase()));
    if (bad)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('cache-mounts', `"${bad}" cannot be combined with mount ids`, 'write auto, none, or a list of cache mount ids or targets');
    return { mode: 'list', entries: e };
}
/** The `cache-mounts` list as given, once checked (an InputError names the input). */
function checkCacheMountsInput(entries) {
    parseCacheMountsSetting(entries);
    return entries;
}
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1024 ** 4,
    tib: 1024 ** 4
};
/** `2g`, `2GB`, `500MiB`, `1.5 g`, `1048576` → bytes (binary units, as docker's). */
function parseByteSize(name, text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined || Number(m[1]) <= 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `"${text}" is not a size`, 'write a size such as 2g, 500m or 1073741824');
    return Math.round(Number(m[1]) * unit);
}


/***/ }),

/***/ 54533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseBool),
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// The one boolean parser. Two vocabularies, one a subset of the other:
//   yaml: YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them
//   go:   Go's strconv.ParseBool words, which buildx and build-push-action accept (yaml's, plus 1/t/T/0/f/F)

const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
const GO_TRUE = [...YAML_TRUE, '1', 't', 'T'];
const GO_FALSE = [...YAML_FALSE, '0', 'f', 'F'];
/** `text` as a boolean in the given vocabulary, or null when it is not one (surrounding whitespace is not trimmed). */
function parseBoolean(text, words = 'go') {
    if ((words === 'go' ? GO_TRUE : YAML_TRUE).includes(text))
        return true;
    if ((words === 'go' ? GO_FALSE : YAML_FALSE).includes(text))
        return false;
    return null;
}
/** A boolean input (YAML words, as @actions/core's getBooleanInput accepts them); empty is `fallback`, anything else an InputError. */
function parseBool(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    const b = parseBoolean(v, 'yaml');
    if (b === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `"${value}" is not a boolean`, 'write true or false');
    return b;
}


/***/ }),

/***/ 70644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ cacheEntry),
/* harmony export */   o: () => (/* binding */ entryFields)
/* harmony export */ });
// buildx's `--cache-from` / `--cache-to` / `--output` entries: `type=registry,ref=r/app:cache,mode=max`,
// or a bare reference (`r/app:cache`), which buildx reads as `type=registry,ref=r/app:cache`.
// Values never hold commas here (the inputs refuse them), so a plain split is what buildx does.
/** The entry's fields in order, keys and values trimmed; a field without `=` has the value null. */
function entryFields(entry) {
    return entry.split(',').map((f) => {
        const i = f.indexOf('=');
        return i < 0 ? [f.trim(), null] : [f.slice(0, i).trim(), f.slice(i + 1).trim()];
    });
}
/** A cache entry as buildx reads it: its type and its key=value fields (a bare reference is a registry ref). */
function cacheEntry(entry) {
    if (!entry.includes('='))
        return { type: 'registry', fields: new Map([['ref', entry.trim()]]) };
    const fields = new Map();
    for (const [k, v] of entryFields(entry))
        if (v !== null)
            fields.set(k, v);
    return { type: fields.get('type') ?? '', fields };
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ slug)
/* harmony export */ });
/** A tag-safe slug of any text (branch names, image names): [a-z0-9._-], no leading . or -. */
function slug(text, max = 128) {
    const s = text
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, max)
        .replace(/[.-]+$/, '');
    return s === '' ? 'x' : s;
}


/***/ }),

/***/ 69521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ versionOf),
/* harmony export */   z: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35385);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
// Tool versions as buildx, BuildKit and the engine print them (`0.13.1+ds1`, `v0.34.2`,
// `v0.13.2-moby`): the x.y.z they name, and the minimum every version gate checks. One place
// for semver, imported function by function (its index loads every module it has).


/** The x.y.z a version text names (`v0.13.2-moby` → `0.13.2`), or null when it names none. */
function versionOf(text) {
    return text ? (semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(text)?.version ?? null) : null;
}
/** Whether the version text is `min` or later; null when it names no version (each gate says what unknown means). */
function versionAtLeast(text, min) {
    const v = versionOf(text);
    return v === null ? null : semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default()(v, min);
}


/***/ }),

/***/ 41986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ untrackSecretPath),
/* harmony export */   Jz: () => (/* binding */ installCancelHandlers),
/* harmony export */   NK: () => (/* binding */ cancelRequested),
/* harmony export */   NL: () => (/* binding */ trackSecretPath),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const children = new Set();
const secretPaths = new Set();
let installed = false;
/** A buildx child to stop when the job is cancelled (untracked when it exits). */
function trackChild(child) {
    children.add(child);
    child.once('exit', () => children.delete(child));
}
/** A file or directory holding secrets, removed first when the job is cancelled. */
function trackSecretPath(path) {
    secretPaths.add(path);
}
function untrackSecretPath(path) {
    secretPaths.delete(path);
}
function removeSecrets() {
    for (const p of secretPaths) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { recursive: true, force: true });
        }
        catch {
            // best effort: the post step removes the whole temp directory
        }
        secretPaths.delete(p);
    }
}
let cancelling = false;
/** Whether the job is being cancelled (nothing new is started then, not even a retry). */
function cancelRequested() {
    return cancelling;
}
const running = () => [...children].filter((c) => c.exitCode === null && c.signalCode === null);
/**
 * Installs the SIGINT/SIGTERM handlers once. `log` writes one line (the action's log);
 * `exit` ends the process (injected for tests).
 */
function installCancelHandlers(log, exit = (c) => process.exit(c), graceMs = 7000) {
    if (installed)
        return;
    installed = true;
    process.on('SIGINT', () => {
        removeSecrets();
        // a second SIGINT (or one after SIGTERM) only removes the secrets again
        if (cancelling)
            return;
        cancelling = true;
        const live = running();
        log(`buildstage: cancelled (SIGINT): secret files removed${live.length ? `; stopping buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
        for (const c of live)
            c.kill('SIGINT');
        const done = () => {
            if (running().length === 0) {
                exit(130);
                return;
            }
            setTimeout(done, 100);
        };
        done();
        // buildx did not stop in time: it is killed (the runner's SIGTERM would come about now)
        setTimeout(() => {
            for (const c of running())
                c.kill('SIGKILL');
            exit(130);
        }, graceMs).unref();
    });
    process.on('SIGTERM', () => {
        cancelling = true;
        removeSecrets();
        const live = running();
        log(`buildstage: cancelled (SIGTERM): secret files removed${live.length ? `; killing buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
        for (const c of live)
            c.kill('SIGKILL');
        exit(143);
    });
}


/***/ }),

/***/ 59399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ localImageSize),
/* harmony export */   Z5: () => (/* binding */ assertPushRegistriesReachable),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   u6: () => (/* binding */ pushedImageSize)
/* harmony export */ });
/* unused harmony exports assertRegistryReachable, rawManifest, pickPlatformManifest */
/* harmony import */ var _engine_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71343);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51293);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68646);
// Registry facts the build needs (shell): is it reachable before we build, and how big
// is what we pushed. Uses the docker CLI's credentials through `buildx imagetools`.



function registryBaseUrl(host) {
    const h = host === 'docker.io' ? 'registry-1.docker.io' : host;
    return `${(0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopbackRegistry */ .jW)(h) ? 'http' : 'https'}://${h}`;
}
/** Throws a clear error when the registry cannot be reached at all (a 401 is reachable). */
async function assertRegistryReachable(host, timeoutMs = 5000) {
    const url = `${registryBaseUrl(host)}/v2/`;
    try {
        await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (e) {
        const cause = e.cause;
        const why = cause?.code ?? cause?.message ?? e.message;
        throw new Error(`Input "tags": registry ${host} is unreachable (${url}: ${why}). Check the registry host in tags, the network, or set push: false; nothing was built or pushed`, { cause: e });
    }
}
/** Before a push: every registry of the plan answers, else a clear error before anything is built. */
async function assertPushRegistriesReachable(plan) {
    if (plan.push)
        for (const r of plan.registries)
            await assertRegistryReachable(r);
}
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
/** The registry's HTTP API without credentials (works for loopback and public registries); null on 401 or error. */
async function rawManifestHttp(ref) {
    const at = ref.lastIndexOf('@');
    const name = ref.slice(0, at);
    const digest = ref.slice(at + 1);
    const slash = name.indexOf('/');
    if (at < 0 || slash < 0)
        return null;
    const host = name.slice(0, slash);
    if (!(0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopbackRegistry */ .jW)(host))
        return null;
    try {
        const res = await fetch(`${registryBaseUrl(host)}/v2/${name.slice(slash + 1)}/manifests/${digest}`, {
            headers: { Accept: MANIFEST_ACCEPT },
            signal: AbortSignal.timeout(5000)
        });
        return res.ok ? (await res.json()) : null;
    }
    catch {
        return null;
    }
}
async function rawManifest(ref) {
    const direct = await rawManifestHttp(ref);
    if (direct)
        return direct;
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execCapture */ .W)('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
    if (r.code !== 0)
        return null;
    try {
        return JSON.parse(r.stdout);
    }
    catch {
        return null;
    }
}
/** Pure: picks the image manifest for size from an index (the first real platform, not an attestation). */
function pickPlatformManifest(index, preferred = 'linux/amd64') {
    const real = (index.manifests ?? []).filter((m) => m.platform?.os !== 'unknown' && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
    const key = (m) => `${m.platform?.os}/${m.platform?.architecture}`;
    return real.find((m) => key(m) === preferred) ?? real.at(0) ?? null;
}
/** Compressed size (config + layers) and layer count of a pushed image, or null. */
async function pushedImageSize(name, digest) {
    let manifest = await rawManifest(`${name}@${digest}`);
    if (!manifest)
        return null;
    if (manifest.manifests) {
        const child = pickPlatformManifest(manifest);
        if (!child)
            return null;
        manifest = await rawManifest(`${name}@${child.digest}`);
        if (!manifest)
            return null;
    }
    const layers = manifest.layers ?? [];
    return { sizeBytes: (manifest.config?.size ?? 0) + layers.reduce((s, l) => s + l.size, 0), layers: layers.length };
}
/**
 * Size of an image in the local engine (uncompressed, as `docker images` shows), or null: from
 * the engine's API on its socket where docker would ask that (engineSocket; `docker image
 * inspect` costs ~30 ms more, after the build), else through docker.
 */
async function localImageSize(ref, env = process.env) {
    const socket = /^[\w.:/@-]+$/.test(ref) ? (0,_engine_api_js__WEBPACK_IMPORTED_MODULE_0__/* .engineSocket */ .I6)(env) : null;
    if (socket) {
        const image = (await (0,_engine_api_js__WEBPACK_IMPORTED_MODULE_0__/* .engineGet */ .dA)(socket, `/images/${ref}/json`));
        if (image && typeof image.Size === 'number')
            return { sizeBytes: image.Size, layers: Array.isArray(image.RootFS?.Layers) ? image.RootFS.Layers.length : 0 };
    }
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execCapture */ .W)('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref], env);
    if (r.code !== 0)
        return null;
    const [size, layers] = r.stdout.trim().split(' ').map(Number);
    return Number.isFinite(size) ? { sizeBytes: size, layers: Number.isFinite(layers) ? layers : 0 } : null;
}


/***/ }),

/***/ 24744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ runBuildx)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/timing/vertex.ts
var vertex = __webpack_require__(31450);
// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(38700);
// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
;// CONCATENATED MODULE: ./src/engine/progress-text.ts
// Readable build progress from rawjson statuses, so the log still reads like buildx's
// plain progress while the raw stream goes to a file. Pure: status in, lines out.

class ProgressText {
    ids = new Map();
    done = new Set();
    startedShown = new Set();
    names = new Map();
    id(digest) {
        let n = this.ids.get(digest);
        if (n === undefined) {
            n = this.ids.size + 1;
            this.ids.set(digest, n);
        }
        return n;
    }
    /** Lines for one status object. */
    lines(status) {
        const out = [];
        for (const v of (0,vertex/* listOf */.c3)(status.vertexes)) {
            if (!v || typeof v.digest !== 'string')
                continue;
            if (v.name)
                this.names.set(v.digest, v.name);
            const n = this.id(v.digest);
            const name = this.names.get(v.digest) ?? v.digest;
            if ((v.started || v.cached) && !this.startedShown.has(v.digest)) {
                this.startedShown.add(v.digest);
                out.push(`#${n} ${name}`);
            }
            if (v.error && !this.done.has(v.digest)) {
                this.done.add(v.digest);
                out.push(`#${n} ERROR: ${v.error}`);
            }
            else if (v.cached && !this.done.has(v.digest)) {
                this.done.add(v.digest);
                out.push(`#${n} CACHED`);
            }
            else if (v.completed && v.started && !this.done.has(v.digest)) {
                this.done.add(v.digest);
                const secs = (Date.parse(v.completed) - Date.parse(v.started)) / 1000;
                out.push(`#${n} DONE ${Number.isFinite(secs) ? secs.toFixed(1) : '?'}s`);
            }
        }
        for (const l of (0,vertex/* listOf */.c3)(status.logs)) {
            if (!l || typeof l.data !== 'string' || typeof l.vertex !== 'string')
                continue;
            const n = this.id(l.vertex);
            const text = Buffer.from(l.data, 'base64').toString('utf8');
            for (const line of text.split(/\r?\n/))
                if (line.trim() !== '')
                    out.push(`#${n} ${line}`);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/engine/run-buildx.ts
// Runs `docker buildx build` (shell; the docker-buildx plugin directly where docker would run it): the rawjson stream (stderr) is saved to a file (the
// build record, `report --from`) and parsed once, as it arrives: each status goes to the
// readable progress lines, the stall watch and the caller (the timing model), and the file
// is never read back for the report. stdout passes through.







/** Vertexes that may run while a cache transfer is stuck without the build making progress. */
const QUIET_KINDS = new Set(['cache-import', 'cache-export', 'internal', 'other']);
const isJsonish = (line) => /^\s*([{}[\]]|"[^"]*"\s*:|"[^"]*",?$|-?\d|true|false|null)/.test(line);
function runBuildx(o) {
    const startedAt = Date.now();
    return new Promise((resolve, reject) => {
        // the plugin itself where `docker buildx` would run that one (buildxPlugin): the docker CLI
        // in front adds its own start and a metadata call of the plugin (~50-80 ms), nothing else
        const plugin = (0,buildx_info/* buildxPlugin */.AC)(o.env ?? process.env);
        const child = (0,external_node_child_process_.spawn)(plugin ?? 'docker', plugin ? o.argv : ['buildx', ...o.argv], {
            cwd: o.cwd,
            env: { ...(o.env ?? process.env), BUILDX_METADATA_WARNINGS: 'true' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        (0,cancel/* trackChild */.yH)(child);
        o.onSpawn?.(child);
        const file = (0,external_node_fs_.createWriteStream)(o.rawjsonFile);
        const progress = new ProgressText();
        const parser = o.rawjson ? new rawjson_parser/* RawjsonParser */.a() : null;
        const tail = [];
        let partial = '';
        // what runs now (started, not completed), for the stall watch
        const running = new Map();
        const names = new Map();
        let lastOutput = Date.now();
        let stalled = null;
        const emit = (statuses) => {
            for (const s of statuses) {
                o.onStatus?.(s);
                for (const l of progress.lines(s))
                    o.log(l);
                for (const v of (0,vertex/* listOf */.c3)(s.vertexes)) {
                    if (!v || typeof v.digest !== 'string')
                        continue;
                    if (typeof v.name === 'string')
                        names.set(v.digest, v.name);
                    if (v.completed || v.error)
                        running.delete(v.digest);
                    else if (v.started)
                        running.set(v.digest, names.get(v.digest) ?? v.digest);
                }
            }
        };
        const watch = o.stallMs && parser
            ? setInterval(() => {
                const silentMs = Date.now() - lastOutput;
                if (stalled || silentMs < o.stallMs)
                    return;
                const now = [...running.values()].map((name) => ({ name, kind: (0,vertex/* classifyVertex */.vD)(name) }));
                const cache = now.find((v) => v.kind === 'cache-import' || v.kind === 'cache-export');
                if (!cache || !now.every((v) => QUIET_KINDS.has(v.kind)))
                    return;
                stalled = { kind: cache.kind, vertex: cache.name, silentMs };
                o.log(`buildstage: ${stalled.vertex} made no progress for ${Math.round(silentMs / 1000)} s; stopping buildx`);
                child.kill('SIGINT');
                setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
            }, Math.min(1000, o.stallMs))
            : null;
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            lastOutput = Date.now();
            for (const l of d.split('\n'))
                if (l !== '')
                    o.log(l);
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            lastOutput = Date.now();
            file.write(chunk);
            if (parser)
                emit(parser.push(chunk));
            else
                for (const l of chunk.split('\n'))
                    if (l !== '')
                        o.log(l);
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            for (const l of lines) {
                if (!isJsonish(l) && l.trim() !== '') {
                    tail.push(l);
                    if (tail.length > 40)
                        tail.shift();
                }
            }
        });
        child.on('error', (err) => {
            if (watch)
                clearInterval(watch);
            file.end();
            reject(new Error(`could not run docker buildx: ${err.message}`));
        });
        child.on('close', (code) => {
            if (watch)
                clearInterval(watch);
            if (parser)
                emit(parser.end());
            if (partial.trim() !== '' && !isJsonish(partial))
                tail.push(partial);
            file.end(() => {
                resolve({ exitCode: code ?? 1, errorTail: tail, startedAt, finishedAt: Date.now(), stalled });
            });
        });
    });
}


/***/ }),

/***/ 18028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   bK: () => (/* binding */ CACHE_BACKENDS),
/* harmony export */   jG: () => (/* binding */ defaultInputs)
/* harmony export */ });
/* unused harmony export normaliseProvenance */
/* harmony import */ var _common_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82149);
/* harmony import */ var _common_bool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54533);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _cache_mounts_setting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26887);
/* harmony import */ var _plan_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75774);
/* harmony import */ var _plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9108);
// Every input of action.yml, read in one place into one typed object. List inputs are
// split exactly as docker/build-push-action splits them (src/common/list.ts).






const CACHE_BACKENDS = ['auto', 'gha', 'registry', 'local', 'inline', 'none'];
function oneOf(name, value, allowed, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(name, `unknown value "${v}"`, `write one of ${allowed.join(', ')}`);
}
/**
 * docker/build-push-action's provenance input: a boolean becomes `builder-id=<run url>`
 * or `false`; any other text is attributes (builder-id added when missing).
 */
function normaliseProvenance(value, runUrl) {
    const v = value.trim();
    if (v === '')
        return '';
    const builderId = runUrl ? `builder-id=${runUrl}` : '';
    const b = (0,_common_bool_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .y)(v, 'yaml');
    if (b === true)
        return builderId || 'mode=min';
    if (b === false)
        return 'false';
    if (/(^|,)\s*builder-id=/.test(v) || !builderId)
        return v;
    return `${v},${builderId}`;
}
function readInputs(get, runUrl = null) {
    const list = (name, keepCommas = false) => (0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(get(name), { keepCommas });
    const bool = (name, fallback) => (0,_common_bool_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q)(name, get(name), fallback);
    // one rule per line, `#` comments; checked now (an InputError names the input and the line)
    const ruleLines = (name, check) => {
        const lines = (0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(get(name), { keepCommas: true, comment: true });
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
        outputs: (0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(get('outputs'), { keepCommas: true, noQuotes: true }),
        platforms: list('platforms'),
        provenance: normaliseProvenance(get('provenance'), runUrl),
        pull: bool('pull', false),
        push: bool('push', false),
        sbom: get('sbom').trim(),
        secrets: (0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(get('secrets', { trimWhitespace: false }), { keepCommas: true, keepWhitespace: true }),
        'secret-envs': list('secret-envs'),
        'secret-files': list('secret-files', true),
        'shm-size': get('shm-size').trim(),
        ssh: list('ssh'),
        tags: list('tags'),
        target: get('target').trim(),
        ulimit: list('ulimit', true),
        'github-token': get('github-token').trim(),
        // metadata-action's images: plain names (comma-separated too) or name=...,enable=... lines
        images: (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .enabledImageNames */ .xA)((0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImages */ .eb)((0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(get('images'), { keepCommas: true, comment: true }))),
        'tag-prefix': get('tag-prefix').trim(),
        'tag-rules': ruleLines('tag-rules', (lines) => (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagRules */ .hh)(lines)),
        flavor: ruleLines('flavor', (lines) => (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlavorInput */ .MP)(lines)),
        'sep-tags': get('sep-tags', { trimWhitespace: false }) || '\n',
        'sep-labels': get('sep-labels', { trimWhitespace: false }) || '\n',
        'sep-annotations': get('sep-annotations', { trimWhitespace: false }) || '\n',
        cache: oneOf('cache', get('cache'), CACHE_BACKENDS, 'auto'),
        'cache-ref': get('cache-ref').trim(),
        'cache-scope': get('cache-scope').trim(),
        'cache-write-on-pr': bool('cache-write-on-pr', false),
        'cache-dir': get('cache-dir').trim(),
        'cache-mounts': (0,_cache_mounts_setting_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCacheMountsInput */ .nE)(list('cache-mounts')),
        'cache-mounts-max-size': (0,_cache_mounts_setting_js__WEBPACK_IMPORTED_MODULE_3__/* .parseByteSize */ .nS)('cache-mounts-max-size', get('cache-mounts-max-size').trim() || '2g'),
        'ecr-login': oneOf('ecr-login', get('ecr-login'), ['auto', 'true', 'false'], 'auto'),
        'ecr-create-repository': bool('ecr-create-repository', false),
        'aws-region': get('aws-region').trim(),
        'dry-run': bool('dry-run', false),
        summary: bool('summary', true),
        advisor: bool('advisor', true),
        'advisor-skip': list('advisor-skip'),
        comment: oneOf('comment', get('comment'), ['always', 'on-change', 'never'], 'on-change'),
        'baseline-branches': list('baseline-branches'),
        'regression-threshold': get('regression-threshold').trim() || '10%,5s',
        'fail-on-regression': bool('fail-on-regression', false),
        bake: list('bake', true),
        targets: list('targets'),
        'bake-images': list('bake-images', true)
    };
}
/** Inputs with every default, for the CLI and tests (same defaults as action.yml). */
function defaultInputs(overrides = {}) {
    return { ...readInputs(() => ''), ...overrides };
}


/***/ }),

/***/ 70769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ resolveBackend),
/* harmony export */   _p: () => (/* binding */ ghaVersionProblem),
/* harmony export */   _s: () => (/* binding */ planCache),
/* harmony export */   ou: () => (/* binding */ driverCacheProblem),
/* harmony export */   t7: () => (/* binding */ hasActionsCacheService)
/* harmony export */ });
/* unused harmony exports missingCacheServiceVariables, defaultScope */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69521);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74725);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68646);
/* harmony import */ var _common_slug_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9510);
/* harmony import */ var _common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70644);






/**
 * The variables of the GitHub Actions cache service that are not set. buildx fills a
 * `type=gha` entry's `token` from ACTIONS_RUNTIME_TOKEN and its `url`/`url_v2` from
 * ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL, and drops (silently) an entry that has no token
 * or no url. GitHub exposes them to actions (not to `run:` scripts) on its runners.
 */
function missingCacheServiceVariables(env) {
    const missing = [];
    if (!env.ACTIONS_RUNTIME_TOKEN)
        missing.push('ACTIONS_RUNTIME_TOKEN');
    if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL)
        missing.push('ACTIONS_RESULTS_URL');
    return missing;
}
/** True on a GitHub runner that exposes the cache service to this step. */
function hasActionsCacheService(env) {
    return missingCacheServiceVariables(env).length === 0;
}
const describeMissing = (missing) => missing.map((v) => (v === 'ACTIONS_RESULTS_URL' ? 'ACTIONS_RESULTS_URL (or ACTIONS_CACHE_URL)' : v)).join(' and ') + (missing.length > 1 ? ' are' : ' is');
const GHA_FIX = 'run this step on a GitHub runner (the variables are given to actions there); elsewhere expose the runtime with crazy-max/ghaction-github-runtime before this step, or choose `cache: registry` or `cache: local`';
/** A hand-written `type=gha` entry buildx would drop: no token or no url, neither in the entry nor in the environment. */
function droppedGhaEntry(entry, env) {
    const { type, fields } = (0,_common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheEntry */ .R)(entry);
    if (type !== 'gha')
        return null;
    const has = (k) => Boolean(fields.get(k));
    const missing = missingCacheServiceVariables(env).filter((v) => (v === 'ACTIONS_RUNTIME_TOKEN' ? !has('token') : !has('url') && !has('url_v2')));
    return missing.length ? missing : null;
}
/** The part of an image that names its cache: registry/repository without tag. */
function imageKey(images, tags) {
    const first = images[0] ?? tags[0];
    if (!first)
        return null;
    const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(first);
    return ref.name;
}
function defaultScope(input) {
    const key = imageKey(input.images, input.tags);
    const parts = [key ? key.split('/').slice(-2).join('-') : 'default'];
    if (input.target)
        parts.push(input.target);
    if (input.platforms.length === 1)
        parts.push(input.platforms[0].replace(/\//g, '-'));
    else if (input.platforms.length > 1)
        parts.push(input.platforms.map((p) => p.replace(/\//g, '-')).join('+'));
    return (0,_common_slug_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .y)(parts.join('-'), 100);
}
function resolveBackend(input) {
    if (input.explicitFrom.length > 0 || input.explicitTo.length > 0) {
        return { backend: 'explicit', reason: 'cache-from/cache-to given: used as written' };
    }
    if (input.backend !== 'auto')
        return { backend: input.backend, reason: `cache: ${input.backend}` };
    if (hasActionsCacheService(input.env))
        return { backend: 'gha', reason: 'auto: this runner exposes the GitHub Actions cache service' };
    if (input.push)
        return { backend: 'registry', reason: 'auto: pushing, so the cache lives next to the image in the registry' };
    return { backend: 'local', reason: 'auto: not pushing and no Actions cache service, so a local cache directory' };
}
/** The notes of a plan: `auto` without the cache service, and hand-written gha entries buildx would drop. */
function cacheWarnings(input, backend) {
    const warnings = [];
    const missing = missingCacheServiceVariables(input.env);
    if (input.backend === 'auto' && (backend === 'registry' || backend === 'local')) {
        warnings.push(`cache: auto uses the ${backend} cache: the GitHub Actions cache service is not available to this step (${describeMissing(missing)} not set). On a GitHub runner the action gets them; elsewhere expose them with crazy-max/ghaction-github-runtime, or set \`cache: ${backend}\` to choose it explicitly`);
    }
    if (backend === 'explicit') {
        for (const [name, entries] of [
            ['cache-from', input.explicitFrom],
            ['cache-to', input.explicitTo]
        ]) {
            for (const entry of entries) {
                const dropped = droppedGhaEntry(entry, input.env);
                if (dropped) {
                    warnings.push(`Input "${name}": "${entry}" is type=gha but ${describeMissing(dropped)} not set, so buildx will leave this cache out without a word; run this step on a GitHub runner, expose the runtime with crazy-max/ghaction-github-runtime before this step, give url= and token= in the entry, or use another cache type (e.g. drop cache-from/cache-to and set \`cache: registry\`)`);
                }
            }
        }
    }
    return warnings;
}
function planCache(input) {
    const { backend, reason } = resolveBackend(input);
    if (backend === 'gha') {
        const missing = missingCacheServiceVariables(input.env);
        if (missing.length) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('cache', `gha needs the GitHub Actions cache service, but ${describeMissing(missing)} not set, and buildx would leave the cache out without a word`, GHA_FIX);
        }
    }
    const pr = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPullRequest */ .r0)(input.ctx);
    const writeAllowed = !pr || input.writeOnPr;
    const warnings = cacheWarnings(input, backend);
    const plan = planCacheFlags(input, backend, reason, writeAllowed);
    return { ...plan, warnings };
}
function planCacheFlags(input, backend, reason, writeAllowed) {
    const pr = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPullRequest */ .r0)(input.ctx);
    switch (backend) {
        case 'explicit':
            return { backend, reason, cacheFrom: input.explicitFrom, cacheTo: input.explicitTo };
        case 'none':
            return { backend, reason, cacheFrom: [], cacheTo: [] };
        case 'gha': {
            const scope = input.cacheScope || defaultScope(input);
            const from = [`type=gha,scope=${scope}`];
            const to = writeAllowed ? [`type=gha,scope=${scope},mode=max,ignore-error=true`] : [];
            return { backend, reason, cacheFrom: from, cacheTo: to };
        }
        case 'registry': {
            const key = imageKey(input.images, input.tags);
            if (!key && !input.cacheRef) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('cache', 'the registry cache needs an image to store its cache next to', 'set `tags` or `images`, or `cache-ref`');
            }
            const base = input.cacheRef || `${key}:buildcache`;
            if (input.cacheRef)
                (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(input.cacheRef);
            const branch = pr ? input.ctx.headRef : (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .branchOf */ .W0)(input.ctx);
            const own = !branch || (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isDefaultBranch */ .ok)(input.ctx) ? base : `${base}-${(0,_common_slug_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .y)(branch, 60)}`;
            const from = own === base ? [`type=registry,ref=${base}`] : [`type=registry,ref=${own}`, `type=registry,ref=${base}`];
            const to = writeAllowed ? [`type=registry,ref=${own},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`] : [];
            return { backend, reason, cacheFrom: from, cacheTo: to };
        }
        case 'inline': {
            const first = input.tags[0];
            const from = first ? [`type=registry,ref=${first}`] : [];
            return { backend, reason, cacheFrom: from, cacheTo: ['type=inline'] };
        }
        case 'local': {
            const scope = input.cacheScope || defaultScope(input);
            const dir = input.cacheDir || `${input.tempDir.replace(/\/$/, '')}/buildstage-cache/${scope}`;
            const exportDir = `${dir}-new`;
            const keyBase = `buildstage-buildx-${scope}-`;
            return {
                backend,
                reason,
                cacheFrom: [`type=local,src=${dir}`],
                cacheTo: [`type=local,dest=${exportDir},mode=max,ignore-error=true`],
                local: { dir, exportDir, key: `${keyBase}${input.ctx.sha || 'local'}`, restoreKeys: [keyBase] }
            };
        }
    }
}
/**
 * GitHub's cache service speaks only its v2 protocol now; BuildKit uses it from
 * buildx 0.21.0 / BuildKit 0.20.0 (Docker Engine 28 for the docker driver).
 * Returns the upgrade advice, or null when the versions are fine.
 */
function ghaVersionProblem(buildxVersion, buildkitVersion, driver) {
    const bx = (0,_common_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E)(buildxVersion);
    if ((0,_common_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionAtLeast */ .z)(bx, '0.21.0') === false) {
        return `buildx ${bx} only speaks the retired v1 GitHub cache protocol; the gha cache needs buildx >= 0.21.0 (add docker/setup-buildx-action, which installs a current buildx, or choose cache: registry)`;
    }
    const bk = (0,_common_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E)(buildkitVersion);
    if (bk !== '0.0.0' && (0,_common_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionAtLeast */ .z)(bk, '0.20.0') === false) {
        const where = driver === 'docker'
            ? " (the docker driver uses the engine's BuildKit: Docker Engine >= 28, or add docker/setup-buildx-action for a docker-container builder)"
            : ' (add docker/setup-buildx-action to get a current BuildKit)';
        return `BuildKit ${bk} only speaks the retired v1 GitHub cache protocol; the gha cache needs BuildKit >= 0.20.0${where}, or choose cache: registry`;
    }
    return null;
}
/** Cache types a driver can export. The docker driver without the containerd store exports only inline. */
function driverCacheProblem(backend, cacheTo, driver, containerdStore) {
    if (driver !== 'docker' || containerdStore)
        return null;
    const exportsNonInline = cacheTo.some((c) => !/(^|,)type=inline(,|$)/.test(c));
    if (!exportsNonInline)
        return null;
    return `the builder uses the "docker" driver without the containerd image store, which cannot export the ${backend === 'explicit' ? 'requested' : backend} cache. Add docker/setup-buildx-action before this step (it creates a docker-container builder), enable the containerd image store in the engine, or choose cache: inline or cache: none`;
}


/***/ }),

/***/ 68646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ ecrRegistryOf),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
// Image references as docker parses them: [registry[:port]/]path[:tag][@digest].
// Pure: validation and the facts the planner needs (registry host, ECR or not).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const ECR_HOST = /^(\d{12})\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
class ImageRefError extends Error {
}
function looksLikeHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** Parses and validates a reference; throws ImageRefError with the fix. */
function parseImageRef(ref) {
    const raw = ref.trim();
    if (raw === '')
        throw new ImageRefError('an empty image reference');
    let rest = raw;
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new ImageRefError(`"${raw}" has an invalid digest "${digest}" (write sha256:<64 hex>)`);
    }
    let tag = null;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new ImageRefError(`"${raw}" has an invalid tag "${tag}": a tag is 1-128 letters, digits, "_", "." and "-", and does not start with "." or "-"`);
        }
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    let hostGiven = false;
    if (parts.length > 1 && looksLikeHost(parts[0])) {
        registry = parts.shift();
        hostGiven = true;
    }
    if (parts.length === 0 || parts.some((p) => p === ''))
        throw new ImageRefError(`"${raw}" has an empty path component`);
    for (const p of parts) {
        if (!PATH_COMPONENT.test(p)) {
            const lower = p.toLowerCase();
            if (lower !== p && PATH_COMPONENT.test(lower)) {
                const fixed = `${hostGiven ? `${registry}/` : ''}${parts.map((x) => x.toLowerCase()).join('/')}${tag !== null ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
                throw new ImageRefError(`"${raw}" has uppercase letters in the repository name; repository names are lowercase (write "${fixed}")`);
            }
            throw new ImageRefError(`"${raw}": "${p}" is not a valid repository name component (lowercase letters, digits, and . _ - between them)`);
        }
    }
    let repository = parts.join('/');
    if (!hostGiven && parts.length === 1)
        repository = `library/${repository}`;
    return { registry, repository, tag, digest, name: hostGiven ? `${registry}/${parts.join('/')}` : parts.join('/') };
}
function ecrRegistryOf(host) {
    const m = ECR_HOST.exec(host);
    if (!m)
        return null;
    return { accountId: m[1], fips: Boolean(m[2]), region: m[3] };
}
/** Registries reached over plain HTTP (what docker treats as insecure by default). */
function isLoopbackRegistry(host) {
    const h = host.replace(/:\d+$/, '');
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}


/***/ }),

/***/ 38700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readRawjsonFile),
/* harmony export */   a: () => (/* binding */ RawjsonParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Streaming parser for `buildx --progress=rawjson`: SolveStatus objects, one per line
// (current buildx) or pretty-printed over many lines (buildx 0.13), mixed with plain
// text lines buildx prints on errors. Memory is bounded by the largest single object.

const OPEN = 123; // {
const CLOSE = 125; // }
const QUOTE = 34; // "
const BACKSLASH = 92;
const NL = 10;
/** An object larger than this is dropped (a runaway from text that merely looked like JSON). */
const MAX_OBJECT = 64 * 1024 * 1024;
/**
 * Finds top-level JSON objects in a text stream. An object starts with `{` as the first
 * non-blank character of a line; a new one starting at column 0 while another is open
 * means the open one was cut off, and it is dropped. Text outside objects is skipped.
 */
class RawjsonParser {
    buf = '';
    depth = 0;
    inString = false;
    escaped = false;
    lineStart = true;
    col = 0;
    /** Objects that did not parse, and non-JSON text lines seen (for diagnostics). */
    skipped = 0;
    push(chunk) {
        const out = [];
        let start = this.depth > 0 ? 0 : -1;
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk.charCodeAt(i);
            if (this.depth === 0) {
                if (c === NL) {
                    this.lineStart = true;
                    this.col = 0;
                    continue;
                }
                if (this.lineStart && c === OPEN) {
                    this.depth = 1;
                    this.inString = false;
                    this.escaped = false;
                    start = i;
                    this.buf = '';
                }
                else if (c !== 32 && c !== 9 && c !== 13) {
                    this.lineStart = false;
                }
                this.col++;
                continue;
            }
            // inside an object
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === BACKSLASH)
                    this.escaped = true;
                else if (c === QUOTE)
                    this.inString = false;
                else if (c === NL) {
                    // a raw newline cannot be inside a JSON string: the object was cut off
                    this.abandon();
                    start = -1;
                    this.lineStart = true;
                    this.col = 0;
                }
                continue;
            }
            if (c === NL) {
                this.col = 0;
                if (i + 1 < chunk.length && chunk.charCodeAt(i + 1) === OPEN) {
                    // `{` at column 0 while an object is open: the open one was truncated
                    this.abandon();
                    start = -1;
                    this.lineStart = true;
                }
                continue;
            }
            if (c === QUOTE)
                this.inString = true;
            else if (c === OPEN)
                this.depth++;
            else if (c === CLOSE) {
                this.depth--;
                if (this.depth === 0) {
                    const text = this.buf + chunk.slice(start < 0 ? 0 : start, i + 1);
                    this.buf = '';
                    start = -1;
                    this.lineStart = false;
                    try {
                        const v = JSON.parse(text);
                        if (v && typeof v === 'object' && !Array.isArray(v))
                            out.push(v);
                        else
                            this.skipped++;
                    }
                    catch {
                        this.skipped++;
                    }
                }
            }
        }
        if (this.depth > 0) {
            this.buf += chunk.slice(start < 0 ? 0 : start);
            if (this.buf.length > MAX_OBJECT)
                this.abandon();
        }
        return out;
    }
    /** The stream ended: an object still open was cut off and is dropped. */
    end() {
        if (this.depth > 0)
            this.abandon();
        return [];
    }
    abandon() {
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
        this.buf = '';
        this.skipped++;
    }
}
/** Reads a saved rawjson stream status by status, in bounded memory. */
async function* readRawjsonFile(path) {
    const parser = new RawjsonParser();
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        for (const s of parser.push(chunk))
            yield s;
    }
    for (const s of parser.end())
        yield s;
}


/***/ }),

/***/ 31450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ parseStepName),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   mO: () => (/* binding */ imageNamedIn),
/* harmony export */   vD: () => (/* binding */ classifyVertex)
/* harmony export */ });
// What a vertex of BuildKit's status stream is, from its name alone (pure): a Dockerfile
// step (`[stage n/m] RUN …`), the build context, a cache import or export, the image export,
// a push. Light on purpose: the engine's stream reader loads it before buildx starts, the
// timing model (with the Dockerfile parser) only while buildx runs.
// `[deps 3/4] RUN ...`, `[linux/arm64 build 3/37] RUN ...`, and for a single unnamed stage
// just `[2/2] RUN ...` (or `[linux/amd64 2/2] RUN ...`).
const STEP = /^\[(?:(?<prefix>[^\]]*?)\s+)?(?<n>\d+)\/(?<m>\d+)\]\s+(?<instr>[\s\S]*)$/;
/** `[linux/amd64->arm64 build 3/37] RUN make` → platform, stage, position, instruction. */
function parseStepName(name) {
    const m = STEP.exec(name);
    if (!m?.groups)
        return null;
    // an optional group that did not match is undefined
    const optional = m.groups;
    const parts = (optional.prefix ?? '').trim().split(/\s+/).filter(Boolean);
    if (parts[0] === 'internal' || parts[0] === 'auth')
        return null;
    let platform = null;
    if (parts.length > 0 && parts[0].includes('/'))
        platform = parts.shift();
    // a Dockerfile with one unnamed stage: BuildKit prints no stage name; it is stage-0
    const stage = parts.length ? parts.join(' ') : 'stage-0';
    return { platform, stage, n: Number(m.groups.n), m: Number(m.groups.m), instruction: m.groups.instr.trim() };
}
function classifyVertex(name) {
    if (parseStepName(name))
        return 'step';
    if (/^\[internal\] load build context/.test(name))
        return 'context';
    if (/^\[(\S+ )?(internal|auth)\]/.test(name) || /^(resolve image config|docker-image:\/\/|FROM |load metadata)/.test(name))
        return 'internal';
    if (/^importing cache manifest/.test(name))
        return 'cache-import';
    // BuildKit names its cache exporters "exporting cache to registry", "exporting to GitHub Actions Cache", "exporting cache to Amazon S3"...
    if (/^(exporting cache|exporting to GitHub Actions Cache|preparing build cache for export|writing cache)/i.test(name))
        return 'cache-export';
    if (/^pushing /.test(name))
        return 'push';
    if (/^(exporting to |exporting layers|writing image|naming to|unpacking|sending tarball|copying files)/.test(name))
        return 'export';
    return 'other';
}
/** A list field of a status, or nothing when it is not a list; an entry may be null (a cut stream), so readers check each. */
function listOf(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * The docker driver's image export finished in this status: its "exporting to image" vertex
 * completed without error, after it named the image (so the tag is the new image's). Other
 * exports (a tarball `--load` sends to docker) finish before docker has loaded the image.
 */
function imageNamedIn(s) {
    return listOf(s.vertexes).some((v) => typeof v?.name === 'string' && /^(\[[^\]]*\] )?exporting to image$/.test(v.name) && Boolean(v.completed) && !v.error);
}


/***/ })

};

//# sourceMappingURL=195.index.js.map