export const id = 25;
export const ids = [25];
export const modules = {

/***/ 5988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ executeBuild)
});

// UNUSED EXPORTS: checkContextOnDisk

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(4233);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/engine/buildx-info.ts
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
function run(cmd, args, env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(cmd, args, { env: env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? (err.code) : 127) : 0;
            resolve({ code: err && code === 0 ? 1 : code, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}
class BuildxMissingError extends Error {
}
/** Asks docker for buildx, the builder and the image store. Throws BuildxMissingError with the fix. */
async function detectBuilder(builder, env) {
    // three questions at once: they are independent, and each costs a process start
    const [v, inspect, di] = await Promise.all([
        run('docker', ['buildx', 'version'], env),
        run('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], env),
        run('docker', ['info', '--format', '{{json .DriverStatus}}'], env)
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

// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(9399);
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
var build_plan = __webpack_require__(6524);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(8646);
// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(8700);
// EXTERNAL MODULE: ./src/timing/report-from-file.ts + 1 modules
var report_from_file = __webpack_require__(1426);
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
    const facts = await (req.detect ?? ((b) => detectBuilder(b, req.env)))(inputs.builder);
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
    if (plan.push && req.hooks?.prepareRegistries)
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

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ localImageSize),
/* harmony export */   Hm: () => (/* binding */ assertRegistryReachable),
/* harmony export */   u6: () => (/* binding */ pushedImageSize)
/* harmony export */ });
/* unused harmony exports registryBaseUrl, rawManifest, pickPlatformManifest */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8646);
// Registry facts the build needs (shell): is it reachable before we build, and how big
// is what we pushed. Uses the docker CLI's credentials through `buildx imagetools`.


function exec(cmd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd, args, { maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout: String(stdout), stderr: String(stderr) }));
    });
}
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
    const r = await exec('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref]);
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
    const r = await exec('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref]);
    if (r.code !== 0)
        return null;
    const [size, layers] = r.stdout.trim().split(' ').map(Number);
    return Number.isFinite(size) ? { sizeBytes: size, layers: Number.isFinite(layers) ? layers : 0 } : null;
}


/***/ }),

/***/ 8028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   bK: () => (/* binding */ CACHE_BACKENDS),
/* harmony export */   jG: () => (/* binding */ defaultInputs)
/* harmony export */ });
/* unused harmony export normaliseProvenance */
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4233);
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

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);

function parseList(input, opts = {}) {
    if (input === '' || input.trim() === '')
        return [];
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
        columns: false,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        quote: opts.noQuotes ? false : '"'
    });
    const out = [];
    for (const record of records) {
        if (record.length === 1) {
            if (opts.keepCommas)
                out.push(record[0]);
            else
                out.push(...record[0].split(','));
        }
        else if (!opts.keepCommas) {
            out.push(...record);
        }
        else {
            out.push(record.join(','));
        }
    }
    return out.filter((item) => item).map((item) => (opts.keepWhitespace ? item : item.trim())).filter((s) => s !== '');
}
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBool(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(name, `"${value}" is not a boolean`, 'write true or false');
}
/** An error a user can act on: which input, what was wrong, what to write instead. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`Input "${input}": ${problem}; ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C7: () => (/* binding */ planBuild),
  iY: () => (/* binding */ planJson),
  $D: () => (/* binding */ renderPlanText),
  wK: () => (/* binding */ resolveContext)
});

// UNUSED EXPORTS: secretLikeBuildArgs

// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(4233);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/plan/buildx-args.ts
// inputs + buildx facts + environment → the exact `docker buildx build` argv. Pure.
// The order and the version gates follow docker/build-push-action, so that with the same
// inputs the argv is the same, plus `--progress=rawjson` (the timing report reads it).


function versionSatisfies(version, range) {
    if (!version)
        return true;
    const v = semver_default().coerce(version);
    return v ? semver_default().satisfies(v, range) : true;
}
/** build-push-action's rule: with the docker driver only a `-moby` BuildKit version counts. */
function buildkitSatisfies(facts, range) {
    const bk = facts.buildkitVersion;
    if (!bk)
        return false;
    if (facts.driver === 'docker' && !bk.endsWith('-moby'))
        return false;
    const v = semver_default().coerce(bk.replace(/-moby$/, ''));
    return v ? semver_default().satisfies(v, range) : false;
}
function csvRecords(text) {
    return (0,sync/* parse */.qg)(text, { delimiter: ',', trim: true, columns: false, relax_column_count: true });
}
function hasExporterType(name, exporters) {
    if (exporters.length === 0)
        return false;
    for (const record of csvRecords(exporters.join('\n'))) {
        if (record.length === 1 && !record[0].startsWith('type='))
            return name === 'local';
        for (const chunk of record) {
            const [k, v] = chunk.split('=').map((s) => s.trim());
            if (k === 'type' && v === name)
                return true;
        }
    }
    return false;
}
function hasAttestationType(name, attrs) {
    for (const record of csvRecords(attrs)) {
        for (const chunk of record) {
            const [k, v] = chunk.split('=').map((s) => s.trim());
            if (k === 'type' && v === name)
                return true;
        }
    }
    return false;
}
function boolish(v) {
    if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v))
        return true;
    if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v))
        return false;
    return null;
}
/** A bare boolean attribute means disabled=!value (buildx's attest syntax). */
function resolveAttestationAttrs(attrs) {
    const out = [];
    for (const record of csvRecords(attrs)) {
        for (const attr of record) {
            const b = boolish(attr);
            out.push(b === null ? attr : `disabled=${!b}`);
        }
    }
    return out.join(',');
}
function resolveProvenanceAttrs(input, runUrl) {
    const builderId = runUrl ? `builder-id=${runUrl}` : '';
    if (!input)
        return builderId;
    const fields = csvRecords(input)[0] ?? [];
    if (fields.some((f) => f.split('=')[0].trim() === 'builder-id') || !builderId)
        return input;
    return `${input},${builderId}`;
}
/** `KEY=value` as build-push-action splits it (at the first `=`); both sides required. */
function splitSecret(kvp, input) {
    const i = kvp.indexOf('=');
    const key = i > 0 ? kvp.slice(0, i) : '';
    const value = i >= 0 ? kvp.slice(i + 1) : '';
    if (!key || !value)
        throw new Error(`Input "${input}": an entry is not KEY=value; write one KEY=value per line`);
    return [key, value];
}
function buildxArgv(a) {
    const { inputs: i, buildx } = a;
    const argv = ['build'];
    const warnings = [];
    const secrets = [];
    const secretIds = [];
    const rawjson = versionSatisfies(buildx.version, '>=0.12.0');
    if (rawjson)
        argv.push('--progress=rawjson');
    else
        warnings.push(`buildx ${buildx.version} has no rawjson progress (needs >= 0.12.0): the build runs, without the timing report`);
    const stringSecret = (kvp, input) => {
        const [id, value] = splitSecret(kvp, input);
        const path = `${a.paths.secretDir}/secret-${secrets.length}`;
        secrets.push({ id, path, value });
        secretIds.push(id);
        argv.push('--secret', `id=${id},src=${path}`);
    };
    for (const h of i['add-hosts'])
        argv.push('--add-host', h);
    for (const al of i.allow)
        argv.push('--allow', al);
    if (versionSatisfies(buildx.version, '>=0.12.0')) {
        for (const an of i.annotations)
            argv.push('--annotation', an);
    }
    else if (i.annotations.length > 0) {
        warnings.push("Annotations are only supported by buildx >= 0.12.0; the input 'annotations' is ignored.");
    }
    for (const ba of i['build-args'])
        argv.push('--build-arg', ba);
    if (versionSatisfies(buildx.version, '>=0.8.0')) {
        for (const bc of i['build-contexts'])
            argv.push('--build-context', bc);
    }
    else if (i['build-contexts'].length > 0) {
        warnings.push("Build contexts are only supported by buildx >= 0.8.0; the input 'build-contexts' is ignored.");
    }
    for (const cf of a.cacheFrom)
        argv.push('--cache-from', cf);
    for (const ct of a.cacheTo)
        argv.push('--cache-to', ct);
    if (i.call) {
        if (!versionSatisfies(buildx.version, '>=0.15.0')) {
            throw new Error(`Input "call": buildx >= 0.15.0 is required to use the call flag (installed: ${buildx.version}); upgrade buildx with docker/setup-buildx-action or remove "call"`);
        }
        argv.push('--call', i.call);
    }
    if (i['cgroup-parent'])
        argv.push('--cgroup-parent', i['cgroup-parent']);
    for (const se of i['secret-envs']) {
        try {
            const [id, envName] = splitSecret(se, 'secret-envs');
            secretIds.push(id);
            argv.push('--secret', `id=${id},env=${envName}`);
        }
        catch (e) {
            warnings.push(e.message);
        }
    }
    if (i.file)
        argv.push('--file', i.file);
    if (!hasExporterType('local', i.outputs) && !hasExporterType('tar', i.outputs) && (i.platforms.length === 0 || versionSatisfies(buildx.version, '>=0.4.2'))) {
        argv.push('--iidfile', a.paths.iidFile);
    }
    for (const l of a.labels)
        argv.push('--label', l);
    for (const f of i['no-cache-filters'])
        argv.push('--no-cache-filter', f);
    for (const o of i.outputs)
        argv.push('--output', o);
    if (i.platforms.length > 0)
        argv.push('--platform', i.platforms.join(','));
    if (versionSatisfies(buildx.version, '>=0.10.0')) {
        argv.push(...attestArgs(a));
    }
    else if (i.attests.length > 0 || i.provenance || i.sbom) {
        warnings.push("Attestations are only supported by buildx >= 0.10.0; the inputs 'attests', 'provenance' and 'sbom' are ignored.");
    }
    for (const s of i.secrets) {
        try {
            stringSecret(s, 'secrets');
        }
        catch (e) {
            warnings.push(e.message);
        }
    }
    for (const sf of i['secret-files']) {
        try {
            const [id, path] = splitSecret(sf, 'secret-files');
            if (!a.fileExists(path))
                throw new Error(`Input "secret-files": secret file ${path} not found`);
            secretIds.push(id);
            argv.push('--secret', `id=${id},src=${path}`);
        }
        catch (e) {
            warnings.push(e.message);
        }
    }
    if (i['github-token'] && a.gitContext && !i.secrets.some((s) => s.startsWith('GIT_AUTH_TOKEN=') || s.startsWith('GIT_AUTH_TOKEN.'))) {
        stringSecret(`GIT_AUTH_TOKEN.${new URL(a.serverUrl).host}=${i['github-token']}`, 'github-token');
    }
    if (i['shm-size'])
        argv.push('--shm-size', i['shm-size']);
    for (const s of i.ssh)
        argv.push('--ssh', s);
    for (const t of a.tags)
        argv.push('--tag', t);
    if (i.target)
        argv.push('--target', i.target);
    for (const u of i.ulimit)
        argv.push('--ulimit', u);
    // common args
    if (i.builder)
        argv.push('--builder', i.builder);
    if (i.load)
        argv.push('--load');
    if (versionSatisfies(buildx.version, '>=0.6.0'))
        argv.push('--metadata-file', a.paths.metadataFile);
    if (i.network)
        argv.push('--network', i.network);
    if (i['no-cache'])
        argv.push('--no-cache');
    if (i.pull)
        argv.push('--pull');
    if (i.push)
        argv.push('--push');
    argv.push(a.context);
    return { argv, secrets, secretIds, warnings, rawjson };
}
function attestArgs(a) {
    const i = a.inputs;
    const args = [];
    const hasAttestProvenance = i.attests.some((x) => hasAttestationType('provenance', x));
    let provenanceSet = false;
    let sbomSet = false;
    const noDefault = boolish(a.env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '') === true;
    if (i.provenance) {
        args.push('--attest', resolveAttestationAttrs(`type=provenance,${i.provenance}`));
        provenanceSet = true;
    }
    else if (!hasAttestProvenance && !noDefault && buildkitSatisfies(a.buildx, '>=0.11.0') && !(i.load || hasExporterType('docker', i.outputs))) {
        const attrs = a.repoPrivate ? 'mode=min,inline-only=true' : 'mode=max';
        args.push('--attest', `type=provenance,${resolveProvenanceAttrs(attrs, a.runUrl)}`);
    }
    if (i.sbom) {
        args.push('--attest', resolveAttestationAttrs(`type=sbom,${i.sbom}`));
        sbomSet = true;
    }
    for (const at of i.attests) {
        const isProv = hasAttestationType('provenance', at);
        const isSbom = hasAttestationType('sbom', at);
        if (!isProv && !isSbom)
            args.push('--attest', resolveAttestationAttrs(at));
        else if (!provenanceSet && isProv)
            args.push('--attest', resolveProvenanceAttrs(at, a.runUrl));
        else if (!sbomSet && isSbom)
            args.push('--attest', at);
    }
    return args;
}

// EXTERNAL MODULE: ./src/plan/cache.ts
var plan_cache = __webpack_require__(769);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(4725);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(8646);
;// CONCATENATED MODULE: ./src/plan/tags.ts
// Tags and OCI labels from the git context, with docker/metadata-action's results for
// the same refs. Our default set equals this metadata-action configuration:
//   type=semver,pattern={{version}}  type=semver,pattern={{major}}.{{minor}}
//   type=semver,pattern={{major}}    type=ref,event=branch   type=ref,event=pr
//   type=raw,value=latest,enable={{is_default_branch}}       type=sha
// plus type=ref,event=tag for git tags that are not semver (so such a release still
// gets a tag), and `latest` for stable semver tags (metadata-action's flavor latest=auto).
// `tag-prefix` is applied to every computed tag, `latest` included
// (metadata-action: flavor prefix=P,onlatest=true with prefix P on sha/pr types too).



function shortSha(sha, length = 7) {
    return sha.length <= length ? sha : sha.slice(0, length);
}
/** metadata-action's tag sanitizer, plus the two rules docker enforces: ≤ 128 chars, no leading . or -. */
function sanitizeTag(value) {
    return (0,image_ref/* slug */.yR)(value, 128);
}
function computeTagNames(ctx, prefix = '') {
    const names = [];
    const add = (v) => {
        const t = sanitizeTag(prefix + v);
        if (!names.includes(t))
            names.push(t);
    };
    let latest = false;
    if (ctx.ref.startsWith('refs/tags/')) {
        const raw = ctx.ref.slice('refs/tags/'.length).replace(/\//g, '-');
        const valid = semver_default().valid(raw);
        const v = valid ? semver_default().parse(valid) : null;
        if (v) {
            if (v.prerelease.length > 0) {
                add(v.version);
            }
            else {
                add(v.version);
                add(`${v.major}.${v.minor}`);
                add(`${v.major}`);
                latest = true;
            }
        }
        else {
            add(raw);
        }
    }
    const branch = (0,git_context/* branchOf */.W0)(ctx);
    if (branch !== null)
        add(branch);
    const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
    if (pr)
        add(`pr-${pr[1]}`);
    if ((0,git_context/* isDefaultBranch */.ok)(ctx))
        latest = true;
    if (ctx.sha)
        add(`sha-${shortSha(ctx.sha)}`);
    if (latest)
        add('latest');
    return { names, version: names[0] ?? null };
}
/** Full references: every image × every tag name. */
function computeTags(images, ctx, prefix = '') {
    const { names, version } = computeTagNames(ctx, prefix);
    const tags = [];
    for (const image of images)
        for (const n of names)
            tags.push(`${image}:${n}`);
    return { tags, version };
}
/** OCI labels (source, revision, created, version, url, title), sorted by key. */
function ociLabels(ctx, version, now) {
    const url = (0,git_context/* repositoryUrl */.Ek)(ctx);
    const labels = {
        'org.opencontainers.image.created': now.toISOString()
    };
    if (ctx.sha)
        labels['org.opencontainers.image.revision'] = ctx.sha;
    if (url) {
        labels['org.opencontainers.image.source'] = url;
        labels['org.opencontainers.image.url'] = url;
    }
    if (ctx.repository)
        labels['org.opencontainers.image.title'] = ctx.repository.split('/')[1] ?? ctx.repository;
    if (version)
        labels['org.opencontainers.image.version'] = version;
    return Object.keys(labels)
        .sort()
        .map((k) => `${k}=${labels[k]}`);
}

;// CONCATENATED MODULE: ./src/plan/build-plan.ts






const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH)/i;
/** Build args whose name looks like a secret: they end up in the image history and provenance. */
function secretLikeBuildArgs(buildArgs) {
    return buildArgs.map((b) => b.split('=')[0]).filter((name) => SECRET_NAME.test(name));
}
function parseRefs(input, values) {
    return values.map((v) => {
        try {
            return (0,image_ref/* parseImageRef */.Q)(v);
        }
        catch (e) {
            if (e instanceof image_ref/* ImageRefError */.z0)
                throw new list/* InputError */.dz(input, e.message, 'fix the reference');
            throw e;
        }
    });
}
function planBuild(p) {
    const i = p.inputs;
    const warnings = [];
    parseRefs('images', i.images);
    for (const img of parseRefs('images', i.images)) {
        if (img.tag || img.digest)
            throw new list/* InputError */.dz('images', `"${img.name}" carries a tag or digest`, 'list image names without a tag; tags are computed');
    }
    let tags = i.tags;
    let tagsComputed = false;
    let version = null;
    if (tags.length === 0 && i.images.length > 0) {
        const c = computeTags(i.images, p.ctx, i['tag-prefix']);
        tags = c.tags;
        version = c.version;
        tagsComputed = true;
    }
    const refs = parseRefs('tags', tags);
    const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
    if (pushes && tags.length === 0) {
        throw new list/* InputError */.dz('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
    }
    for (const name of secretLikeBuildArgs(i['build-args'])) {
        warnings.push(`Input "build-args": ${name} looks like a secret. Build args are kept in the image history and provenance; pass it with \`secrets: ${name}=...\` and read it with RUN --mount=type=secret,id=${name}`);
    }
    const labels = [...i.labels];
    if (tagsComputed) {
        const userKeys = new Set(i.labels.map((l) => l.split('=')[0]));
        labels.unshift(...ociLabels(p.ctx, version, p.now).filter((l) => !userKeys.has(l.split('=')[0])));
    }
    const { context, gitContext } = resolveContext(i, p.ctx);
    const cache = (0,plan_cache/* planCache */._s)({
        backend: i.cache,
        explicitFrom: i['cache-from'],
        explicitTo: i['cache-to'],
        images: i.images,
        tags,
        platforms: i.platforms,
        target: i.target,
        push: pushes,
        ctx: p.ctx,
        cacheRef: i['cache-ref'],
        cacheScope: i['cache-scope'],
        writeOnPr: i['cache-write-on-pr'],
        cacheDir: i['cache-dir'],
        tempDir: p.cacheRoot ?? p.tempDir,
        env: p.env
    });
    if (cache.backend === 'gha' || cache.cacheFrom.concat(cache.cacheTo).some((c) => /(^|,)type=gha(,|$)/.test(c))) {
        const problem = (0,plan_cache/* ghaVersionProblem */._p)(p.buildx.version, p.buildx.buildkitVersion, p.buildx.driver);
        if (problem)
            throw new list/* InputError */.dz('cache', problem, 'see above');
    }
    const driverProblem = (0,plan_cache/* driverCacheProblem */.ou)(cache.backend, cache.cacheTo, p.buildx.driver, p.buildx.containerdStore);
    if (driverProblem)
        throw new list/* InputError */.dz('cache', driverProblem, 'see above');
    const paths = {
        iidFile: `${p.tempDir}/iidfile`,
        metadataFile: `${p.tempDir}/metadata.json`,
        rawjsonFile: `${p.tempDir}/build.rawjson`,
        secretDir: `${p.tempDir}/secrets`
    };
    const args = buildxArgv({
        inputs: i,
        tags,
        labels,
        cacheFrom: cache.cacheFrom,
        cacheTo: cache.cacheTo,
        context,
        gitContext,
        buildx: p.buildx,
        env: p.env,
        paths,
        serverUrl: p.ctx.serverUrl,
        repoPrivate: p.ctx.repoPrivate,
        runUrl: (0,git_context/* workflowRunUrl */.CX)(p.ctx),
        fileExists: p.fileExists
    });
    const registries = [...new Set(refs.map((r) => r.registry))];
    const ecr = [];
    for (const r of refs) {
        const e = (0,image_ref/* ecrRegistryOf */.Bv)(r.registry);
        if (!e)
            continue;
        let entry = ecr.find((x) => x.registry === r.registry);
        if (!entry)
            ecr.push((entry = { registry: r.registry, accountId: e.accountId, region: e.region, repositories: [] }));
        if (!entry.repositories.includes(r.repository))
            entry.repositories.push(r.repository);
    }
    return {
        plan: {
            argv: args.argv,
            tags,
            tagsComputed,
            labels,
            push: pushes,
            cache,
            context,
            file: i.file || null,
            registries,
            ecr,
            secretIds: args.secretIds,
            warnings: [...warnings, ...args.warnings],
            rawjson: args.rawjson,
            paths
        },
        secrets: { files: args.secrets }
    };
}
/** The `plan` output / `--dry-run --json`: no secret values, only ids. */
/**
 * The build context: as given, or, like docker/build-push-action, the git context of the
 * commit being built when `context` is empty on a runner (no checkout needed); `.` locally.
 */
function resolveContext(i, ctx) {
    const gitContext = i.context === '' && Boolean(ctx.repository) && ctx.eventName !== 'local';
    return { gitContext, context: i.context || (gitContext ? `${ctx.serverUrl}/${ctx.repository}.git#${ctx.sha || ctx.ref}` : '.') };
}
function planJson(plan) {
    return {
        argv: ['docker', 'buildx', ...plan.argv],
        tags: plan.tags,
        cacheFrom: plan.cache.cacheFrom,
        cacheTo: plan.cache.cacheTo,
        push: plan.push,
        cacheBackend: plan.cache.backend,
        secrets: plan.secretIds,
        warnings: plan.warnings
    };
}
/** Human-readable plan for the log. */
function renderPlanText(plan) {
    const q = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
    const lines = [
        `cache:  ${plan.cache.backend} (${plan.cache.reason})`,
        ...plan.cache.cacheFrom.map((c) => `  from  ${c}`),
        ...plan.cache.cacheTo.map((c) => `  to    ${c}`),
        `tags:   ${plan.tags.length ? '' : '(none)'}`,
        ...plan.tags.map((t) => `  ${t}`),
        `push:   ${plan.push ? 'yes' : 'no'}${plan.push ? ` → ${plan.registries.join(', ')}` : ''}`,
        plan.secretIds.length ? `secrets: ${plan.secretIds.join(', ')} (values never printed)` : '',
        `command:`,
        `  docker buildx ${plan.argv.map(q).join(' ')}`
    ];
    return lines.filter((l) => l !== '').join('\n');
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ ghaVersionProblem),
/* harmony export */   _s: () => (/* binding */ planCache),
/* harmony export */   ou: () => (/* binding */ driverCacheProblem),
/* harmony export */   t7: () => (/* binding */ hasActionsCacheService)
/* harmony export */ });
/* unused harmony exports defaultScope, resolveBackend */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4233);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4725);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8646);
// Cache flags per backend, so that nobody writes cache strings by hand. Pure.
//
//   gha       type=gha,scope=<image>[-<target>][-<platform>]; mode=max, ignore-error on export.
//             A pull request reads the base branch's entries (GitHub scopes caches by ref,
//             and a PR may read its base branch's); it writes only with cache-write-on-pr.
//   registry  ref=<image>:buildcache (cache-ref overrides); branches other than the default
//             use <image>:buildcache-<branch>; a PR reads its own branch's cache and the
//             default branch's. mode=max, image-manifest=true, oci-mediatypes=true (ECR needs
//             them), ignore-error=true.
//   local     a directory restored/saved with the Actions cache (exported to a fresh dir
//             and swapped in after the build, so it does not grow without bound).
//   inline    cache in the pushed image's config; read back from its first tag.
//   none      nothing.
// Explicit cache-from/cache-to inputs win over all of this.




/** True on a GitHub runner that exposes the cache service to this step. */
function hasActionsCacheService(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}
/** The part of an image that names its cache: registry/repository without tag. */
function imageKey(images, tags) {
    const first = images[0] ?? tags[0];
    if (!first)
        return null;
    const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(first);
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
    return (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .slug */ .yR)(parts.join('-'), 100);
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
function planCache(input) {
    const { backend, reason } = resolveBackend(input);
    const pr = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPullRequest */ .r0)(input.ctx);
    const writeAllowed = !pr || input.writeOnPr;
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
                throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cache', 'the registry cache needs an image to store its cache next to', 'set `tags` or `images`, or `cache-ref`');
            }
            const base = input.cacheRef || `${key}:buildcache`;
            if (input.cacheRef)
                (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(input.cacheRef);
            const branch = pr ? input.ctx.headRef : (0,_git_context_js__WEBPACK_IMPORTED_MODULE_3__/* .branchOf */ .W0)(input.ctx);
            const own = !branch || (0,_git_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isDefaultBranch */ .ok)(input.ctx) ? base : `${base}-${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .slug */ .yR)(branch, 60)}`;
            const from = own === base ? [`type=registry,ref=${base}`] : [`type=registry,ref=${own}`, `type=registry,ref=${base}`];
            const to = writeAllowed
                ? [`type=registry,ref=${own},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`]
                : [];
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
    const bx = buildxVersion ? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(buildxVersion) : null;
    if (bx && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(bx, '0.21.0')) {
        return `buildx ${bx.version} only speaks the retired v1 GitHub cache protocol; the gha cache needs buildx >= 0.21.0 (add docker/setup-buildx-action, which installs a current buildx, or choose cache: registry)`;
    }
    const bk = buildkitVersion ? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(buildkitVersion.replace(/-moby$/, '')) : null;
    if (bk && bk.version !== '0.0.0' && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(bk, '0.20.0')) {
        const where = driver === 'docker' ? ' (the docker driver uses the engine\'s BuildKit: Docker Engine >= 28, or add docker/setup-buildx-action for a docker-container builder)' : ' (add docker/setup-buildx-action to get a current BuildKit)';
        return `BuildKit ${bk.version} only speaks the retired v1 GitHub cache protocol; the gha cache needs BuildKit >= 0.20.0${where}, or choose cache: registry`;
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

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ workflowRunUrl),
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   Vc: () => (/* binding */ gitContextFromEnv),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   ok: () => (/* binding */ isDefaultBranch),
/* harmony export */   r0: () => (/* binding */ isPullRequest)
/* harmony export */ });
// The git/CI facts tags, labels and cache scopes are computed from. Pure: built from the
// environment and the event payload; the shell reads GITHUB_EVENT_PATH or asks git.
function gitContextFromEnv(env, payload = {}) {
    const ref = env.GITHUB_REF ?? '';
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref);
    const prNumber = payload.pull_request?.number ?? (prFromRef ? Number(prFromRef[1]) : null);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? 'local',
        ref,
        sha: env.GITHUB_SHA ?? '',
        defaultBranch: payload.repository?.default_branch ?? null,
        baseRef: env.GITHUB_BASE_REF || payload.pull_request?.base?.ref || null,
        headRef: env.GITHUB_HEAD_REF || payload.pull_request?.head?.ref || null,
        prNumber: prNumber ?? null,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        repository: env.GITHUB_REPOSITORY || null,
        runId: env.GITHUB_RUN_ID || null,
        runAttempt: env.GITHUB_RUN_ATTEMPT || null,
        repoPrivate: payload.repository?.private ?? false
    };
}
function branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : null;
}
function isDefaultBranch(ctx) {
    const b = branchOf(ctx);
    return b !== null && ctx.defaultBranch !== null && b === ctx.defaultBranch;
}
function isPullRequest(ctx) {
    return ctx.ref.startsWith('refs/pull/') || ctx.eventName.startsWith('pull_request');
}
/** Source URL of the repository, for OCI labels and Dockerfile line links. */
function repositoryUrl(ctx) {
    return ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : null;
}
function workflowRunUrl(ctx) {
    if (!ctx.repository || !ctx.runId)
        return null;
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}


/***/ }),

/***/ 8646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ ecrRegistryOf),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   yR: () => (/* binding */ slug),
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
                throw new ImageRefError(`"${raw}" has uppercase letters in the repository name; repository names are lowercase (write "${raw.replace(p, lower)}")`);
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
/** A tag-safe slug of any text (branch names, image names): [a-z0-9._-], no leading . or -. */
function slug(text, max = 128) {
    const s = text
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, max)
        .replace(/[.-]+$/, '');
    return s === '' ? 'x' : s;
}


/***/ })

};
