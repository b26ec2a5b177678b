export const id = 836;
export const ids = [836];
export const modules = {

/***/ 40820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ executeBuild)
});

// UNUSED EXPORTS: checkContextOnDisk

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(34233);
// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(59399);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
        for (const v of status.vertexes ?? []) {
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
        for (const l of status.logs ?? []) {
            if (!l.data)
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
// Runs `docker buildx build` (shell): the rawjson stream (stderr) goes to a file and,
// parsed as it arrives, to readable progress lines; stdout passes through.



const isJsonish = (line) => /^\s*([{}\[\]]|"[^"]*"\s*:|"[^"]*",?$|-?\d|true|false|null)/.test(line);
function runBuildx(o) {
    const startedAt = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('docker', ['buildx', ...o.argv], {
            cwd: o.cwd,
            env: { ...(o.env ?? process.env), BUILDX_METADATA_WARNINGS: 'true' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const file = (0,external_node_fs_.createWriteStream)(o.rawjsonFile);
        const progress = new ProgressText();
        const tail = [];
        let partial = '';
        const emit = (statuses) => {
            for (const s of statuses)
                for (const l of progress.lines(s))
                    o.log(l);
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            for (const l of d.split('\n'))
                if (l !== '')
                    o.log(l);
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            file.write(chunk);
            if (o.parser)
                emit(o.parser.push(chunk));
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
            file.end();
            reject(new Error(`could not run docker buildx: ${err.message}`));
        });
        child.on('close', (code) => {
            if (o.parser)
                emit(o.parser.end());
            if (partial.trim() !== '' && !isJsonish(partial))
                tail.push(partial);
            file.end(() => resolve({ exitCode: code ?? 1, errorTail: tail, startedAt, finishedAt: Date.now() }));
        });
    });
}

// EXTERNAL MODULE: ./src/plan/build-plan.ts + 2 modules
var build_plan = __webpack_require__(26524);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(38700);
// EXTERNAL MODULE: ./src/timing/report-from-file.ts
var report_from_file = __webpack_require__(80002);
;// CONCATENATED MODULE: ./src/build/execute.ts
// One build, end to end (shell): check the inputs against the file system, ask buildx
// what it can do, plan, prepare registries, run buildx, and turn its output into the
// timing report. Shared by the action and the CLI; each passes its own hooks.










/**
 * `<dir>/Dockerfile`, built with Array#join so that the bundler's asset relocator does not
 * read `join(dir, 'Dockerfile')` as a file to copy into dist/.
 */
function defaultDockerfileIn(dir) {
    return [dir, 'Dockerfile'].join(external_node_path_.sep);
}
function isRemoteContext(ctx) {
    return /^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(ctx) || ctx === '-';
}
/** Checks context and Dockerfile on disk; returns the Dockerfile path to read (or null for remote contexts). */
function checkContextOnDisk(inputs, cwd, context) {
    if (isRemoteContext(context)) {
        const local = inputs.file ? (0,external_node_path_.resolve)(cwd, inputs.file) : defaultDockerfileIn((0,external_node_path_.resolve)(cwd));
        return (0,external_node_fs_.existsSync)(local) ? local : null;
    }
    const ctxDir = (0,external_node_path_.resolve)(cwd, context);
    if (!(0,external_node_fs_.existsSync)(ctxDir) || !(0,external_node_fs_.statSync)(ctxDir).isDirectory()) {
        throw new list/* InputError */.dz('context', `the build context "${context}" is not a directory (resolved to ${ctxDir})`, 'point `context` at the directory that holds your sources (actions/checkout first)');
    }
    const file = inputs.file ? (0,external_node_path_.resolve)(cwd, inputs.file) : defaultDockerfileIn(ctxDir);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new list/* InputError */.dz('file', `no Dockerfile at ${file}`, inputs.file ? 'fix the path in `file` (relative to the workspace)' : 'add a Dockerfile to the context or set `file`');
    }
    return file;
}
async function executeBuild(req) {
    const t0 = Date.now();
    const { inputs, log } = req;
    (0,external_node_fs_.mkdirSync)(req.tempDir, { recursive: true });
    const dockerfilePath = checkContextOnDisk(inputs, req.cwd, (0,build_plan/* resolveContext */.wK)(inputs, req.ctx).context);
    const facts = await (req.detect ?? ((b) => (0,buildx_info/* detectBuilder */.h4)(b, req.env)))(inputs.builder);
    const { plan, secrets } = (0,build_plan/* planBuild */.C7)({
        inputs,
        ctx: req.ctx,
        buildx: facts,
        env: req.env,
        now: req.now ?? new Date(),
        tempDir: req.tempDir,
        cacheRoot: req.cacheRoot,
        fileExists: (p) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(req.cwd, p))
    });
    for (const w of plan.warnings)
        log.warning(w);
    const base = {
        plan,
        dryRun: inputs['dry-run'],
        exitCode: 0,
        error: null,
        metadata: null,
        digest: null,
        imageId: null,
        report: null,
        reportPath: null,
        dockerfilePath,
        overheadMs: 0,
        buildMs: 0
    };
    if (inputs['dry-run']) {
        base.overheadMs = Date.now() - t0;
        return base;
    }
    if (req.hooks?.prepareRegistries)
        await req.hooks.prepareRegistries(plan);
    if (plan.cache.local && req.hooks?.restoreLocalCache)
        await req.hooks.restoreLocalCache(plan);
    let run;
    const preMs = Date.now() - t0;
    try {
        if (secrets.files.length > 0) {
            (0,external_node_fs_.mkdirSync)(plan.paths.secretDir, { recursive: true, mode: 0o700 });
            for (const s of secrets.files)
                (0,external_node_fs_.writeFileSync)(s.path, s.value, { mode: 0o600 });
        }
        const parser = plan.rawjson ? new rawjson_parser/* RawjsonParser */.a() : null;
        run = await log.group(`docker buildx build`, () => runBuildx({ argv: plan.argv, rawjsonFile: plan.paths.rawjsonFile, parser, log: (l) => log.info(l), env: req.env, cwd: req.cwd }));
    }
    finally {
        (0,external_node_fs_.rmSync)(plan.paths.secretDir, { recursive: true, force: true });
    }
    const t1 = Date.now();
    if (plan.cache.local) {
        const { dir, exportDir } = plan.cache.local;
        if ((0,external_node_fs_.existsSync)(exportDir)) {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            // rename is atomic on one file system; the export dir replaces the old cache
            (0,external_node_fs_.renameSync)(exportDir, dir);
        }
        if (run.exitCode === 0 && req.hooks?.saveLocalCache)
            await req.hooks.saveLocalCache(plan);
    }
    const out = { ...base, exitCode: run.exitCode, buildMs: t1 - (t0 + preMs) };
    if ((0,external_node_fs_.existsSync)(plan.paths.metadataFile)) {
        try {
            const m = JSON.parse((0,external_node_fs_.readFileSync)(plan.paths.metadataFile, 'utf8'));
            out.metadata = m;
            out.digest = typeof m?.['containerimage.digest'] === 'string' ? m['containerimage.digest'] : null;
        }
        catch {
            log.warning(`could not read buildx metadata file ${plan.paths.metadataFile}`);
        }
    }
    if ((0,external_node_fs_.existsSync)(plan.paths.iidFile))
        out.imageId = (0,external_node_fs_.readFileSync)(plan.paths.iidFile, 'utf8').trim() || null;
    if (run.exitCode !== 0) {
        const last = run.errorTail.filter((l) => /ERROR|error:/i.test(l)).pop() ?? run.errorTail.pop() ?? 'unknown error';
        out.error = `buildx failed with: ${last.trim()}`;
    }
    if (plan.rawjson && (0,external_node_fs_.existsSync)(plan.paths.rawjsonFile)) {
        try {
            let size = null;
            if (run.exitCode === 0 && out.digest && plan.push && plan.tags[0]) {
                size = await (0,registry/* pushedImageSize */.u6)((0,image_ref/* parseImageRef */.Q)(plan.tags[0]).name, out.digest);
            }
            else if (run.exitCode === 0 && plan.tags[0] && (inputs.load || facts.containerdStore)) {
                size = await (0,registry/* localImageSize */.Cu)(plan.tags[0]);
            }
            out.report = await (0,report_from_file/* reportFromRawjsonFile */.d)(plan.paths.rawjsonFile, {
                dockerfileText: dockerfilePath ? (0,external_node_fs_.readFileSync)(dockerfilePath, 'utf8') : undefined,
                metadata: out.metadata ?? undefined,
                image: { digest: out.digest, tags: plan.tags, sizeBytes: size?.sizeBytes ?? null, layers: size?.layers ?? null },
                meta: {
                    dockerfile: inputs.file || 'Dockerfile',
                    context: plan.context,
                    cacheBackend: plan.cache.backend,
                    buildxVersion: facts.version ?? 'unknown',
                    driver: facts.driver ?? 'unknown',
                    commit: req.ctx.sha
                }
            });
            // a cache export that failed did not fail the build: say so in the log too
            for (const w of out.report.warnings)
                if (/^cache export failed/.test(w))
                    log.warning(w);
            out.reportPath = (0,external_node_path_.join)(req.tempDir, 'timing-report.json');
            (0,external_node_fs_.writeFileSync)(out.reportPath, JSON.stringify(out.report, null, 2));
        }
        catch (e) {
            log.warning(`timing report skipped: ${e.message}`);
        }
    }
    out.overheadMs = Date.now() - t0 - out.buildMs;
    return out;
}


/***/ }),

/***/ 30873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ detectBuilder)
/* harmony export */ });
/* unused harmony exports parseBuildxVersion, parseBuilderInspect, BuildxMissingError */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51293);
// What buildx and the builder can do, asked before the build (shell), and the parsing
// of their answers (pure).

/** `github.com/docker/buildx v0.13.1 abc` or `github.com/docker/buildx 0.13.1+ds1 ...` → 0.13.1 */
function parseBuildxVersion(text) {
    const m = /\bv?(\d+\.\d+\.\d+)(?:[-+][\w.]+)?/.exec(text);
    return m ? m[1] : null;
}
/** Parses `docker buildx inspect` text output. */
function parseBuilderInspect(text) {
    const field = (label) => {
        const m = new RegExp(`^${label}:\\s*(.*)$`, 'm').exec(text);
        return m ? m[1].trim() : null;
    };
    const platforms = (field('Platforms') ?? '')
        .split(',')
        .map((s) => s.replace(/\*$/, '').trim())
        .filter(Boolean);
    return { name: field('Name'), driver: field('Driver'), buildkit: field('BuildKit version') ?? field('Buildkit'), platforms };
}
class BuildxMissingError extends Error {
}
/** Asks docker for buildx, the builder and the image store. Throws BuildxMissingError with the fix. */
async function detectBuilder(builder, env) {
    // three questions at once: they are independent, and each costs a process start
    const [v, inspect, di] = await Promise.all([
        (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCapture */ .W)('docker', ['buildx', 'version'], env),
        (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCapture */ .W)('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], env),
        (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCapture */ .W)('docker', ['info', '--format', '{{json .DriverStatus}}'], env)
    ]);
    if (v.code !== 0) {
        const why = /not found|No such file|ENOENT/i.test(v.stderr) || v.code === 127 ? 'docker is not installed' : v.stderr.trim().split('\n').pop();
        throw new BuildxMissingError(`docker buildx is not available (${why}). Add docker/setup-buildx-action before this step, or install the docker-buildx plugin (on Debian: apt-get install docker-buildx; locally: scripts/engine-up.sh)`);
    }
    const version = parseBuildxVersion(v.stdout);
    if (inspect.code !== 0) {
        throw new BuildxMissingError(`the builder${builder ? ` "${builder}"` : ''} is not usable: ${inspect.stderr.trim().split('\n').pop()}. ${builder ? 'Check the "builder" input' : 'Is the Docker engine running?'}`);
    }
    const info = parseBuilderInspect(inspect.stdout);
    let containerdStore = false;
    if (info.driver === 'docker')
        containerdStore = /io\.containerd\.snapshotter/.test(di.stdout);
    return { version, buildkitVersion: info.buildkit, driver: info.driver, builderName: info.name, containerdStore, platforms: info.platforms };
}


/***/ }),

/***/ 51293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ execCapture)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs a command and captures its output (shell). Never throws: a missing program is exit
// code 127, a failed one its own code (1 when unknown).

function execCapture(cmd, args, env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd, args, { env: env ?? process.env, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
            let code = 0;
            if (err) {
                const c = err.code;
                code = typeof c === 'number' && c !== 0 ? c : c === 'ENOENT' ? 127 : 1;
            }
            resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}


/***/ }),

/***/ 59399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ localImageSize),
/* harmony export */   Hm: () => (/* binding */ assertRegistryReachable),
/* harmony export */   u6: () => (/* binding */ pushedImageSize)
/* harmony export */ });
/* unused harmony exports registryBaseUrl, rawManifest, pickPlatformManifest */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51293);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68646);
// Registry facts the build needs (shell): is it reachable before we build, and how big
// is what we pushed. Uses the docker CLI's credentials through `buildx imagetools`.


function registryBaseUrl(host) {
    const h = host === 'docker.io' ? 'registry-1.docker.io' : host;
    return `${(0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackRegistry */ .jW)(h) ? 'http' : 'https'}://${h}`;
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
        throw new Error(`Input "tags": registry ${host} is unreachable (${url}: ${why}). Check the registry host in tags, the network, or set push: false; nothing was built or pushed`);
    }
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
    if (!(0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackRegistry */ .jW)(host))
        return null;
    try {
        const res = await fetch(`${registryBaseUrl(host)}/v2/${name.slice(slash + 1)}/manifests/${digest}`, { headers: { Accept: MANIFEST_ACCEPT }, signal: AbortSignal.timeout(5000) });
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
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCapture */ .W)('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
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
    return real.find((m) => key(m) === preferred) ?? real[0] ?? null;
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
/** Size of an image in the local engine (uncompressed, as `docker images` shows), or null. */
async function localImageSize(ref) {
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCapture */ .W)('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref]);
    if (r.code !== 0)
        return null;
    const [size, layers] = r.stdout.trim().split(' ').map(Number);
    return Number.isFinite(size) ? { sizeBytes: size, layers: Number.isFinite(layers) ? layers : 0 } : null;
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
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
// Every input of action.yml, read in one place into one typed object. List inputs are
// split exactly as docker/build-push-action splits them (see list.ts).

const CACHE_BACKENDS = ['auto', 'gha', 'registry', 'local', 'inline', 'none'];
function oneOf(name, value, allowed, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new _list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `unknown value "${v}"`, `write one of ${allowed.join(', ')}`);
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
    if (['true', 'True', 'TRUE'].includes(v))
        return builderId || 'mode=min';
    if (['false', 'False', 'FALSE'].includes(v))
        return 'false';
    if (/(^|,)\s*builder-id=/.test(v) || !builderId)
        return v;
    return `${v},${builderId}`;
}
function readInputs(get, runUrl = null) {
    const list = (name, keepCommas = false) => (0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(get(name), { keepCommas });
    const bool = (name, fallback) => (0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBool */ .q6)(name, get(name), fallback);
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
        outputs: (0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(get('outputs'), { keepCommas: true, noQuotes: true }),
        platforms: list('platforms'),
        provenance: normaliseProvenance(get('provenance'), runUrl),
        pull: bool('pull', false),
        push: bool('push', false),
        sbom: get('sbom').trim(),
        secrets: (0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(get('secrets', { trimWhitespace: false }), { keepCommas: true, keepWhitespace: true }),
        'secret-envs': list('secret-envs'),
        'secret-files': list('secret-files', true),
        'shm-size': get('shm-size').trim(),
        ssh: list('ssh'),
        tags: list('tags'),
        target: get('target').trim(),
        ulimit: list('ulimit', true),
        'github-token': get('github-token').trim(),
        images: list('images'),
        'tag-prefix': get('tag-prefix').trim(),
        cache: oneOf('cache', get('cache'), CACHE_BACKENDS, 'auto'),
        'cache-ref': get('cache-ref').trim(),
        'cache-scope': get('cache-scope').trim(),
        'cache-write-on-pr': bool('cache-write-on-pr', false),
        'cache-dir': get('cache-dir').trim(),
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
        'fail-on-regression': bool('fail-on-regression', false)
    };
}
/** Inputs with every default, for the CLI and tests (same defaults as action.yml). */
function defaultInputs(overrides = {}) {
    return { ...readInputs(() => ''), ...overrides };
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

/***/ 40204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderTimingMarkdown)
/* harmony export */ });
/* unused harmony export renderGantt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92887);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → Markdown for the job summary: a headline, stages, the slowest steps
// linked to their Dockerfile lines, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped.


const stageLabel = (name, platform) => (platform ? `${name} (${platform})` : name);
function lineCell(s, lineUrl) {
    if (s.line === null)
        return '';
    const url = lineUrl?.(s.line);
    return url ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">L${s.line}</a>` : `L${s.line}`;
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text.replace(/[:;#`"<>]/g, ' ').replace(/\s+/g, ' ').trim(), 60) || 'step';
}
function renderGantt(report, maxTasks = 40) {
    const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
    const kept = new Set((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestSteps */ .pB)(ran, maxTasks));
    const lines = ['```mermaid', 'gantt', '  title Build timeline (mm:ss from the start)', '  dateFormat x', '  axisFormat %M:%S'];
    let id = 0;
    const stages = report.stages.filter((st) => st.startMs !== null && st.durationMs > 0);
    if (stages.length) {
        lines.push('  section stages');
        for (const st of stages) {
            const a = Math.round(st.startMs);
            lines.push(`  ${ganttName(stageLabel(st.name, st.platform))} :s${id++}, ${a}, ${a + Math.max(1, Math.round(st.durationMs))}`);
        }
    }
    const bySection = new Map();
    for (const s of ran) {
        if (!kept.has(s))
            continue;
        const key = stageLabel(s.stage, s.platform);
        bySection.set(key, [...(bySection.get(key) ?? []), s]);
    }
    for (const [section, steps] of bySection) {
        lines.push(`  section ${ganttName(section)}`);
        for (const s of steps) {
            const a = Math.round(s.startMs);
            lines.push(`  ${ganttName(s.instruction)} :t${id++}, ${a}, ${a + Math.max(1, Math.round(s.durationMs))}`);
        }
    }
    const p = report.phases;
    const tail = [
        ['image export', p.imageExportMs],
        ['cache export', p.cacheExportMs],
        ['push', p.pushMs]
    ];
    if (tail.some(([, ms]) => ms > 0)) {
        lines.push('  section export');
        let cursor = Math.max(0, report.durationMs - tail.reduce((acc, [, ms]) => acc + ms, 0));
        for (const [name, ms] of tail) {
            if (ms <= 0)
                continue;
            lines.push(`  ${name} :e${id++}, ${Math.round(cursor)}, ${Math.round(cursor + ms)}`);
            cursor += ms;
        }
    }
    lines.push('```');
    return lines.join('\n');
}
function renderTimingMarkdown(report, opts = {}) {
    const out = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countCachedSteps */ .BI)(report.steps);
    const title = opts.title ?? (report.image.tags[0] ? `Build ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(report.image.tags[0])}` : 'Build');
    const status = report.failed ? '❌ failed' : '✅';
    out.push(`### ${status} ${title}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheHitRatioOf */ .iY)(count))} (${count.cached}/${count.steps} steps) · image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const where = f.line !== null ? ` (Dockerfile ${opts.lineUrl?.(f.line) ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(opts.lineUrl(f.line))}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.name, 200))}</code>${where}`, '');
        out.push(`**Error:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
        }
    }
    const p = report.phases;
    const phaseList = [
        ['context transfer', p.contextTransferMs],
        ['cache import', p.cacheImportMs],
        ['image export', p.imageExportMs],
        ['cache export', p.cacheExportMs],
        ['push', p.pushMs]
    ];
    out.push(`**Outside the Dockerfile steps:** ${phaseList.map(([n, ms]) => `${n} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ms)}`).join(' · ')}`, '');
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [`<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.name)}</code>`, ...(multi ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.platform ?? '')] : []), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs), String(s.steps), String(s.cachedSteps)];
            out.push(`| ${cells.join(' | ')} |`);
        }
        out.push('', '<sub>Stages run in parallel where they do not depend on each other: their times overlap and do not add up to the total. Steps are the Dockerfile instructions that build a layer (FROM is not counted), as in the headline.</sub>', '');
    }
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestSteps */ .pB)(report.steps, 5);
    if (slow.length) {
        out.push('#### Slowest steps', '', '| # | step | stage | time | share | line |', '|--:|---|---|--:|--:|---|');
        slow.forEach((s, i) => {
            const share = report.durationMs > 0 ? `${Math.round((100 * s.durationMs) / report.durationMs)}%` : '';
            out.push(`| ${i + 1} | <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(s.instruction, 90))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.stage)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} | ${share} | ${lineCell(s, opts.lineUrl)} |`);
        });
        out.push('');
    }
    if (report.criticalPath.length) {
        out.push(`<details><summary>Critical path (${report.criticalPath.length} vertexes)</summary>`, '', report.criticalPath.map((n) => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(n, 100))}</code>`).join(' →<br>'), '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, 300))}`), '');
    }
    out.push(`<details><summary>All ${report.steps.length} steps</summary>`, '', '| step | stage | cached | time | line |', '|---|---|:-:|--:|---|');
    for (const s of report.steps) {
        out.push(`| <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(s.instruction, 120))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(stageLabel(s.stage, s.platform))} | ${s.cached ? '✔' : ''} | ${s.cached ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} | ${lineCell(s, opts.lineUrl)} |`);
    }
    out.push('', '</details>', '');
    return out.join('\n');
}


/***/ }),

/***/ 80002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ reportFromRawjsonFile)
/* harmony export */ });
/* harmony import */ var _rawjson_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38700);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35519);
// A saved rawjson stream (the action's own capture, a CI log, or
// `docker buildx history logs --progress rawjson REF`) → TimingReport, in bounded memory.


async function reportFromRawjsonFile(path, opts = {}) {
    const acc = new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .TimingAccumulator */ .TS();
    for await (const status of (0,_rawjson_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .readRawjsonFile */ .R)(path))
        acc.add(status);
    return acc.finish(opts);
}


/***/ })

};
