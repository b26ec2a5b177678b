export const id = 881;
export const ids = [881];
export const modules = {

/***/ 41081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ FINDING_IDS)
/* harmony export */ });
const FINDING_IDS = [
    'layer-order',
    'lockfile-not-copied',
    'package-manager-mismatch',
    'npm-install-not-ci',
    'no-cache-mount',
    'dev-deps-in-final',
    'dockerignore-missing',
    'single-stage-toolchain',
    'apt-no-clean',
    'secret-in-arg'
];


/***/ }),

/***/ 85881:
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
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/inputs/validate.ts
var validate = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(59399);
// EXTERNAL MODULE: ./src/engine/run-buildx.ts + 1 modules
var run_buildx = __webpack_require__(24744);
// EXTERNAL MODULE: ./src/engine/exec.ts
var exec = __webpack_require__(51293);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(38700);
// EXTERNAL MODULE: ./src/timing/vertex.ts
var vertex = __webpack_require__(31450);
;// CONCATENATED MODULE: ./src/engine/push-outcome.ts
// After a push that failed (the registry died, refused, or stopped answering mid-push): what
// is in the registry. The build's stream names the image it made ("exporting manifest list
// sha256:…", or the one "exporting manifest sha256:…"); only the registry says which tags
// point at it — BuildKit marks a manifest push "completed" even when the PUT failed. So the
// action asks the registry for each tag, and reports (and outputs) only what it confirmed.





/** The image the build exported, from its rawjson stream. */
async function builtDigest(rawjsonFile) {
    let list = null;
    const manifests = new Set();
    try {
        for await (const s of (0,rawjson_parser/* readRawjsonFile */.R)(rawjsonFile)) {
            for (const st of (0,vertex/* listOf */.c3)(s.statuses)) {
                const id = typeof st?.id === 'string' ? st.id : '';
                let m;
                if ((m = /^exporting manifest list (sha256:[a-f0-9]{64})/.exec(id)))
                    list = m[1];
                else if ((m = /^exporting manifest (sha256:[a-f0-9]{64})/.exec(id)))
                    manifests.add(m[1]);
            }
        }
    }
    catch {
        return null;
    }
    return list ?? (manifests.size === 1 ? [...manifests][0] : null);
}
const ACCEPT = 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';
/** The digest a tag points at: a digest, null when the registry has no such tag, or an Error when it could not be asked. */
async function tagDigest(ref, env = process.env, timeoutMs = 10_000) {
    const r = (0,image_ref/* parseImageRef */.Q)(ref);
    if ((0,image_ref/* isLoopbackRegistry */.jW)(r.registry)) {
        try {
            const res = await fetch(`${(0,registry/* registryBaseUrl */.mO)(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, {
                method: 'HEAD',
                headers: { Accept: ACCEPT },
                signal: AbortSignal.timeout(timeoutMs)
            });
            if (res.status === 404)
                return null;
            if (!res.ok)
                return new Error(`HTTP ${res.status}`);
            return res.headers.get('docker-content-digest');
        }
        catch (e) {
            const cause = e.cause;
            return new Error(cause?.code ?? e.message);
        }
    }
    // other registries with the docker CLI's credentials (the login the push used)
    const timer = new Promise((resolve) => {
        setTimeout(() => {
            resolve(new Error(`no answer in ${timeoutMs / 1000} s`));
        }, timeoutMs).unref();
    });
    const asked = (0,exec/* execCapture */.W)('docker', ['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref], env).then((c) => {
        if (c.code === 0) {
            try {
                return JSON.parse(c.stdout).digest ?? null;
            }
            catch {
                return new Error('unreadable answer');
            }
        }
        return /not found|MANIFEST_UNKNOWN|404/i.test(c.stderr) ? null : new Error(c.stderr.trim().split('\n').pop() ?? `exit ${c.code}`);
    });
    return Promise.race([asked, timer]);
}
/** Asks the registry which tags point at the built image. */
async function checkPushed(tags, digest, env, timeoutMs) {
    const out = { digest, pushed: [], notPushed: [], unreachable: null };
    for (const t of tags) {
        const d = await tagDigest(t, env, timeoutMs);
        if (d instanceof Error) {
            out.unreachable = `${(0,image_ref/* parseImageRef */.Q)(t).registry}: ${d.message}`;
            // one registry that does not answer: nothing of it is confirmed
            return { ...out, pushed: [], notPushed: [] };
        }
        if (digest && d === digest)
            out.pushed.push(t);
        else
            out.notPushed.push(t);
    }
    return out;
}
/** A build that failed while pushing (not in a Dockerfile step). */
function isPushFailure(error, failedVertex) {
    if (!error)
        return false;
    return /failed to push|push(ing)? (manifest|layers?)/i.test(error) || /^(exporting to (image|oci)|pushing)/i.test(failedVertex ?? '');
}
/** What went wrong, from buildx's error line: the transport error at its end when there is one. */
function pushCause(error) {
    let e = error
        .replace(/^buildx failed with:\s*/, '')
        .replace(/^ERROR:\s*/, '')
        .replace(/^failed to solve:\s*/, '');
    const quoted = e.lastIndexOf('": ');
    if (quoted >= 0)
        e = e.slice(quoted + 3);
    else
        e = e.replace(/^failed to push \S+:\s*/, '');
    return e.length > 200 ? `${e.slice(0, 197)}...` : e;
}
/** The one line the step fails with: the registry, why, and what the registry has. */
function pushFailureMessage(tags, check, error) {
    const registries = [...new Set(tags.map((t) => (0,image_ref/* parseImageRef */.Q)(t).registry))].join(', ');
    const what = check.digest ? ` the image ${check.digest.slice(0, 19)}…` : ' the image';
    const n = tags.length;
    let has;
    if (check.unreachable)
        has = `nothing is reported as pushed: the registry did not answer when asked afterwards (${check.unreachable})`;
    else if (check.pushed.length === 0)
        has = `nothing was pushed: none of the ${n} tag${n === 1 ? '' : 's'} (${tags.join(', ')}) points at${what}`;
    else
        has = `pushed ${check.pushed.length} of ${n} tags (${check.pushed.join(', ')}); not pushed: ${check.notPushed.join(', ')}`;
    return `push to ${registries} failed (${pushCause(error)}); ${has}. Re-run the job once the registry answers`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/common/buildx-entry.ts
var buildx_entry = __webpack_require__(70644);
;// CONCATENATED MODULE: ./src/engine/cache-stall.ts
// A cache import or export that stalls (a cache service or registry that accepts the
// connection and never answers, or rate-limits forever: BuildKit's gha client retries a 429
// without end, and the registry cache has no timeout at all). While BuildKit waits on such a
// request the builder starts no other build, even after buildx is interrupted (seen on both
// the docker driver and a docker-container builder), so a stalled import cannot be retried
// in place. Hence: before the build, every cache source is asked once with a timeout and one
// that does not answer is left out; during the build, runBuildx stops buildx when a cache
// vertex makes no progress for the bound below. An export that stalled after the image was
// exported leaves a good build (checked in the registry when pushing); an import that
// stalled (the source stopped answering after it was asked) ends the build, within the bound.






/**
 * The bound: 300 s without a single status from buildx while only a cache transfer runs.
 * Any status (a layer's bytes, a log line) resets it, so a slow transfer that moves is
 * never stopped. BUILDSTAGE_CACHE_STALL_SECONDS changes it; 0 turns the watch off.
 */
const DEFAULT_CACHE_STALL_SECONDS = 300;
function cacheStallMs(env) {
    const v = env.BUILDSTAGE_CACHE_STALL_SECONDS;
    const n = v === undefined || v.trim() === '' ? DEFAULT_CACHE_STALL_SECONDS : Number(v);
    return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000) : DEFAULT_CACHE_STALL_SECONDS * 1000;
}
/** One line for the log and the summary. */
function stallNote(s, boundMs) {
    const what = s.kind === 'cache-import' ? 'cache import stalled' : 'cache export stalled';
    return `${what}: "${s.vertex}" made no progress for ${Math.round(s.silentMs / 1000)} s (the bound is ${Math.round(boundMs / 1000)} s, BUILDSTAGE_CACHE_STALL_SECONDS), so the action stopped waiting for it`;
}
/** What a stalled import vertex reads from: a cache type (`gha`, `s3`...) or a registry host. */
function stalledSource(vertex) {
    const from = /^importing cache manifest from (\S+)/.exec(vertex)?.[1];
    if (!from)
        return null;
    if (from.includes('/'))
        return { host: from.split('/')[0] };
    const type = /^([a-z0-9]+):/.exec(from)?.[1];
    return type ? { type } : null;
}
/** The argv without the --cache-from and --cache-to entries of the source that stalled. */
function withoutStalledCache(argv, vertex) {
    const src = stalledSource(vertex);
    const hit = (entry) => {
        if (!src)
            return true;
        const { type, fields } = (0,buildx_entry/* cacheEntry */.R)(entry);
        if ('type' in src)
            return type === src.type;
        return (fields.get('ref') ?? '').split('/')[0] === src.host;
    };
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        if ((argv[i] === '--cache-from' || argv[i] === '--cache-to') && i + 1 < argv.length && hit(argv[i + 1])) {
            i++;
            continue;
        }
        out.push(argv[i]);
    }
    return out;
}
/**
 * The image export (and push) finished without an error before the build was stopped, and no
 * step failed. A build with no output (cache only) has nothing to export.
 */
async function imageExported(rawjsonFile, expectOutput = true) {
    const state = new Map();
    try {
        for await (const s of (0,rawjson_parser/* readRawjsonFile */.R)(rawjsonFile)) {
            for (const v of (0,vertex/* listOf */.c3)(s.vertexes)) {
                if (!v || typeof v.digest !== 'string')
                    continue;
                const st = state.get(v.digest) ?? { name: '', done: false, error: false };
                if (typeof v.name === 'string')
                    st.name = v.name;
                if (v.completed)
                    st.done = true;
                if (v.error)
                    st.error = true;
                state.set(v.digest, st);
            }
        }
    }
    catch {
        return false;
    }
    const exports = [...state.values()].filter((v) => ['export', 'push'].includes((0,vertex/* classifyVertex */.vD)(v.name)));
    const steps = [...state.values()].filter((v) => (0,vertex/* classifyVertex */.vD)(v.name) === 'step');
    if (!steps.every((v) => v.done && !v.error))
        return false;
    return expectOutput ? exports.length > 0 && exports.every((v) => v.done && !v.error) : exports.every((v) => v.done && !v.error);
}
/** The gha cache service's Twirp API, as BuildKit and @actions/cache call it. */
const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL';
/**
 * Before the build: does the GitHub Actions cache service answer? BuildKit's gha client waits
 * without end for a request the service holds, and retries a 429 without end; a cancelled
 * build stuck there can hold the builder for the next one. One read-only lookup with a
 * timeout tells the action to build without the gha cache instead. Returns why it is not
 * usable, or null when it answered (any answer but a lasting 429: errors BuildKit skips).
 */
async function ghaServiceProblem(env, timeoutMs = 10_000) {
    const base = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
    const token = env.ACTIONS_RUNTIME_TOKEN;
    if (!base || !token)
        return null;
    const url = `${base.replace(/\/?$/, '/')}${TWIRP}`;
    for (let attempt = 1;; attempt++) {
        try {
            const res = await fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
                body: JSON.stringify({ key: 'buildstage-probe', restore_keys: [], version: '0'.repeat(64) }),
                signal: AbortSignal.timeout(timeoutMs)
            });
            await res.arrayBuffer().catch(() => undefined);
            if (res.status !== 429)
                return null;
            const wait = Math.min(5, Number(res.headers.get('retry-after')) || 1);
            if (attempt >= 2)
                return `it answers 429 (rate limited) to every request`;
            await new Promise((r) => setTimeout(r, wait * 1000));
        }
        catch (e) {
            const name = e.name;
            if (name === 'TimeoutError' || name === 'AbortError')
                return `it did not answer in ${Math.round(timeoutMs / 1000)} s`;
            // refused or reset: BuildKit gets the same error at once and goes on without the cache
            return null;
        }
    }
}
/** A registry cache source: does its registry answer a manifest request in time? (A 404 or 401 is an answer.) */
async function registryCacheProblem(ref, env, timeoutMs = 10_000) {
    let r;
    try {
        r = (0,image_ref/* parseImageRef */.Q)(ref);
    }
    catch {
        return null;
    }
    const late = `it did not answer in ${Math.round(timeoutMs / 1000)} s`;
    if ((0,image_ref/* isLoopbackRegistry */.jW)(r.registry)) {
        try {
            const res = await fetch(`${(0,registry/* registryBaseUrl */.mO)(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, {
                method: 'HEAD',
                signal: AbortSignal.timeout(timeoutMs)
            });
            await res.arrayBuffer().catch(() => undefined);
            return null;
        }
        catch (e) {
            const name = e.name;
            return name === 'TimeoutError' || name === 'AbortError' ? late : null;
        }
    }
    // other registries with the docker CLI's credentials; the child is killed at the timeout
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('docker', ['buildx', 'imagetools', 'inspect', '--raw', ref], { env, stdio: 'ignore' });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve(late);
        }, timeoutMs);
        child.on('error', () => {
            clearTimeout(timer);
            resolve(null);
        });
        child.on('exit', () => {
            clearTimeout(timer);
            resolve(null);
        });
    });
}
/** Asks each cache source of the argv (gha, registry refs) once, in parallel; those that do not answer. */
async function probeCacheSources(argv, env, timeoutMs = 10_000) {
    const from = argv.filter((_a, i) => argv[i - 1] === '--cache-from');
    const probes = [];
    if (from.some((e) => /(^|,)type=gha(,|$)/.test(e))) {
        probes.push(ghaServiceProblem(env, timeoutMs).then((problem) => problem ? { vertex: 'importing cache manifest from gha:', label: 'the GitHub Actions cache service', problem } : null));
    }
    const hosts = new Map();
    for (const e of from) {
        const { type, fields } = (0,buildx_entry/* cacheEntry */.R)(e);
        const ref = fields.get('ref');
        if (type !== 'registry' || !ref)
            continue;
        const host = ref.split('/')[0];
        if (!hosts.has(host))
            hosts.set(host, ref);
    }
    for (const [host, ref] of hosts) {
        probes.push(registryCacheProblem(ref, env, timeoutMs).then((problem) => problem ? { vertex: `importing cache manifest from ${ref}`, label: `the cache registry ${host}`, problem } : null));
    }
    return (await Promise.all(probes)).filter((p) => p !== null);
}

// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(29868);
// EXTERNAL MODULE: ./src/cache-mounts/setting.ts
var setting = __webpack_require__(26887);
;// CONCATENATED MODULE: ./src/timing/meta.ts
// What the report's `meta` (free-form strings) says about the build beyond the timing, for
// the summary's facts and the comparison's "comparable?" check. Pure.
//   dockerfile, context, commit, buildxVersion   (executeBuild)
//   cacheBackend  gha | registry | local | inline | none
//   driver        docker | docker-container | kubernetes | remote
//   builder       the builder's name (setup-buildx-action makes a new one per job: never compared)
//   cacheRef      the registry ref, gha scope or local directory the build read its cache from
//   platforms     the platforms asked for, comma separated ('' for the builder's default)

/** The ref (registry, inline), scope (gha) or src (local) of the first cache-from entry that has one; never other fields (no token). */
function cacheRefOf(cacheFrom) {
    for (const entry of cacheFrom) {
        const { fields } = (0,buildx_entry/* cacheEntry */.R)(entry);
        const v = fields.get('ref') || fields.get('scope') || fields.get('src');
        if (v)
            return v;
    }
    return null;
}
/** The meta keys beyond what executeBuild always wrote: builder, cacheRef, platforms (only those known). */
function buildMeta(o) {
    const out = {};
    if (o.builder)
        out.builder = o.builder;
    const ref = cacheRefOf(o.cacheFrom);
    if (ref)
        out.cacheRef = ref;
    if (o.platforms.length)
        out.platforms = o.platforms.join(',');
    return out;
}

;// CONCATENATED MODULE: ./src/build-runner/execute.ts
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
        throw new errors/* InputError */.d('context', `the build context "${context}" is not a directory (resolved to ${ctxDir})`, 'point `context` at the directory that holds your sources (actions/checkout first)');
    }
    const file = inputs.file ? (0,external_node_path_.resolve)(cwd, inputs.file) : defaultDockerfileIn(ctxDir);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* InputError */.d('file', `no Dockerfile at ${file}`, inputs.file ? 'fix the path in `file` (relative to the workspace)' : 'add a Dockerfile to the context or set `file`');
    }
    return file;
}
async function executeBuild(req) {
    const t0 = Date.now();
    // BUILDSTAGE_TRACE=1: when each part ran, ms since node started (bench/overhead-bench.mjs)
    const marks = [];
    const mark = (what, at = performance.now()) => {
        if (req.env.BUILDSTAGE_TRACE)
            marks.push(`${what} ${Math.round(at)}`);
    };
    const probesAt = (0,buildx_info/* earlyProbesStartedAt */.ff)();
    if (probesAt !== null)
        mark('probes', probesAt);
    mark('build start');
    const { inputs, log } = req;
    (0,external_node_fs_.mkdirSync)(req.tempDir, { recursive: true });
    const dockerfilePath = checkContextOnDisk(inputs, req.cwd, (0,build_plan/* resolveContext */.wK)(inputs, req.ctx).context);
    // every input is checked before anything runs (the CLI's too), the target against the Dockerfile's stages
    (0,validate/* checkInputs */.sw)(inputs);
    const dockerfileText = dockerfilePath ? (0,external_node_fs_.readFileSync)(dockerfilePath, 'utf8') : null;
    // the Dockerfile parser (and the timing model, below) load only when used: `build` starts without them
    if (dockerfileText !== null && inputs.target) {
        const { parseDockerfileModel } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 24011));
        (0,validate/* checkTargetStage */.At)(inputs.target, dockerfileText, (t) => parseDockerfileModel(t).map((s) => s.name));
    }
    // the environment's facts, asked once and at once: only those the plan reads now; the
    // rest (the report's driver and builder, the image store) while buildx runs
    const fromInputs = (0,build_plan/* factsNeeded */.jJ)(inputs, req.env);
    const needs = {
        ...fromInputs,
        builder: fromInputs.builder || (Boolean(req.hooks?.cacheMounts) && (0,setting/* parseCacheMountsSetting */.W0)(inputs['cache-mounts']).mode !== 'none')
    };
    // probes started early (the CLI, the action) are taken: those the plan does not read only if they have answered
    let facts = await (req.detect ?? ((b, n) => (0,buildx_info/* gatherFacts */.pc)(b, n, req.env)))(inputs.builder, needs);
    mark('facts');
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
        buildMs: 0,
        facts
    };
    mark('plan');
    if (inputs['dry-run']) {
        base.overheadMs = Date.now() - t0;
        return base;
    }
    if (req.hooks?.prepareRegistries)
        await req.hooks.prepareRegistries(plan);
    if (plan.cache.local && req.hooks?.restoreLocalCache)
        await req.hooks.restoreLocalCache(plan);
    const saveCacheMounts = req.hooks?.cacheMounts
        ? await req.hooks.cacheMounts({
            plan,
            facts,
            dockerfilePath,
            ctx: req.ctx,
            cwd: req.cwd,
            tempDir: req.tempDir,
            cacheRoot: req.cacheRoot ?? req.tempDir,
            log
        })
        : null;
    let run;
    // set in callbacks (the stream's onStatus, buildx's onSpawn): fields, which TypeScript does not narrow to their first value
    const pending = { model: null, loading: null, modelError: null, facts: null, known: null, named: false, size: null };
    const stallNotes = [];
    const stallMs = cacheStallMs(req.env);
    const preMs = Date.now() - t0;
    try {
        if (secrets.files.length > 0) {
            // removed first if the job is cancelled (src/engine/cancel.ts), else right after the build
            (0,cancel/* trackSecretPath */.NL)(plan.paths.secretDir);
            (0,external_node_fs_.mkdirSync)(plan.paths.secretDir, { recursive: true, mode: 0o700 });
            for (const s of secrets.files)
                (0,external_node_fs_.writeFileSync)(s.path, s.value, { mode: 0o600 });
        }
        // the stream, parsed once as it arrives, feeds the live log and the timing model; the model's
        // code (with the Dockerfile parser, the most a build loads) loads while buildx starts, and
        // the first statuses wait for it, in order
        const waiting = [];
        const feed = (s) => {
            if (pending.modelError || !pending.model)
                return;
            try {
                pending.model.add(s);
            }
            catch (e) {
                pending.modelError = e;
            }
        };
        const prepare = () => {
            if (dockerfileText !== null)
                setImmediate(() => pending.model?.prepare(dockerfileText));
        };
        const loadModel = () => Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(519)]).then(__webpack_require__.bind(__webpack_require__, 35519)).then((m) => {
            pending.model = new m.TimingAccumulator();
            for (const s of waiting.splice(0))
                feed(s);
            // the report's Dockerfile map is made while buildx runs, not after
            prepare();
        }, (e) => {
            pending.modelError = e;
        });
        // the image's size (the docker driver keeps the image in the engine, with either image store)
        // is asked as soon as the stream says the image is named: buildx takes ~90 ms more before it
        // exits (the driver may come while buildx runs: the facts known when the image is named decide)
        const sizeEarly = () => {
            const f = pending.known ?? facts;
            return plan.tags[0] && f.driver === 'docker' ? plan.tags[0] : null;
        };
        const onStatus = plan.rawjson
            ? (s) => {
                if (pending.model)
                    feed(s);
                else
                    waiting.push(s);
                if (!pending.named && (0,vertex/* imageNamedIn */.mO)(s)) {
                    pending.named = true;
                    const tag = sizeEarly();
                    if (tag)
                        pending.size = (0,registry/* localImageSize */.Cu)(tag, req.env);
                }
            }
            : undefined;
        // a cache source that does not answer would hold the build, and the builder, without end: asked first
        let argv = plan.argv;
        for (const p of await probeCacheSources(argv, req.env)) {
            const note = `${p.label} is not usable (${p.problem}): building without that cache (none read from it, none saved to it)`;
            log.warning(note);
            stallNotes.push(note);
            argv = withoutStalledCache(argv, p.vertex);
        }
        mark('buildx start');
        run = await log.group(`docker buildx build`, () => (0,run_buildx/* runBuildx */.A)({
            argv,
            rawjsonFile: plan.paths.rawjsonFile,
            rawjson: plan.rawjson,
            onStatus,
            log: (l) => {
                log.info(l);
            },
            env: req.env,
            cwd: req.cwd,
            stallMs,
            onSpawn: (child) => {
                // the report's driver and builder, if the plan did not need them
                pending.facts = req.detect
                    ? null
                    : (0,buildx_info/* completeFacts */.tq)(facts, inputs.builder, { builder: !needs.builder, imageStore: false }, req.env).then((f) => (pending.known = f));
                if (plan.rawjson)
                    pending.loading ??= loadModel();
                req.onBuildx?.(child);
            }
        }));
        mark('buildx exit');
        // a source that stopped answering after it was asked: the builder starts nothing while it waits, so the build ends here
        if (run.stalled?.kind === 'cache-import')
            stallNotes.push(`${stallNote(run.stalled, stallMs)}: the build was stopped before its steps; re-run the job`);
    }
    finally {
        (0,external_node_fs_.rmSync)(plan.paths.secretDir, { recursive: true, force: true });
        (0,cancel/* untrackSecretPath */.Ek)(plan.paths.secretDir);
    }
    // a cache export that stalled after the image was exported: the image stands if the registry has it
    let exitCode = run.exitCode;
    let stalledExport = null;
    if (run.stalled?.kind === 'cache-export') {
        const note = stallNote(run.stalled, stallMs);
        if (await imageExported(plan.paths.rawjsonFile, plan.push || inputs.load || inputs.outputs.length > 0)) {
            stalledExport = plan.push
                ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env)
                : { digest: null, pushed: [], notPushed: [], unreachable: null };
            if (!plan.push || (stalledExport.pushed.length === plan.tags.length && plan.tags.length > 0)) {
                exitCode = 0;
                stallNotes.push(`${note}; the image was ${plan.push ? 'pushed (every tag checked in the registry)' : 'built'}, the cache was not saved`);
            }
            else
                stalledExport = null;
        }
        if (exitCode === 0)
            log.warning(stallNotes[stallNotes.length - 1]);
        else
            stallNotes.push(`${note}; the image export had not finished, so the build failed`);
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
    const out = { ...base, exitCode, buildMs: t1 - (t0 + preMs) };
    if (stalledExport?.digest)
        out.digest = stalledExport.digest;
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
    if (exitCode !== 0) {
        const last = run.errorTail.filter((l) => /ERROR|error:/i.test(l)).pop() ?? run.errorTail.pop() ?? 'unknown error';
        out.error = `buildx failed with: ${last.trim()}`;
        // stopped by the stall watch: say that, not buildx's "context canceled"
        if (run.stalled && stallNotes.length)
            out.error = stallNotes[stallNotes.length - 1];
    }
    if (pending.facts)
        facts = await pending.facts;
    out.facts = facts;
    mark('facts complete');
    if (pending.loading) {
        await pending.loading;
        try {
            const model = pending.model;
            if (pending.modelError || !model)
                throw pending.modelError ?? new Error('the timing model did not load');
            // the image's size is asked while the model finishes
            const sizing = exitCode === 0 && out.digest && plan.push && plan.tags[0]
                ? (0,registry/* pushedImageSize */.u6)((0,image_ref/* parseImageRef */.Q)(plan.tags[0]).name, out.digest)
                : // the docker driver's image is in the engine only when the stream exported it there
                    // (not with outputs of type local, tar or oci: the engine may hold an older image of the tag)
                    exitCode === 0 && plan.tags[0] && (inputs.load || (facts.driver === 'docker' && pending.named))
                        ? (pending.size ?? Promise.resolve(null)).then((early) => early ?? (0,registry/* localImageSize */.Cu)(plan.tags[0], req.env))
                        : Promise.resolve(null);
            sizing.catch(() => undefined);
            out.report = model.finish({
                dockerfileText: dockerfileText ?? undefined,
                metadata: out.metadata ?? undefined,
                image: { digest: out.digest, tags: plan.tags, sizeBytes: null, layers: null },
                meta: {
                    dockerfile: inputs.file || 'Dockerfile',
                    context: plan.context,
                    cacheBackend: plan.cache.backend,
                    buildxVersion: facts.version ?? 'unknown',
                    driver: facts.driver ?? 'unknown',
                    commit: req.ctx.sha,
                    ...buildMeta({ builder: facts.builderName, cacheFrom: plan.cache.cacheFrom, platforms: inputs.platforms })
                }
            });
            mark('model');
            const size = await sizing;
            mark('sized');
            out.report.image.sizeBytes = size?.sizeBytes ?? null;
            out.report.image.layers = size?.layers ?? null;
            // a cache export that failed did not fail the build: say so in the log too
            for (const w of out.report.warnings)
                if (/^cache (export failed|import skipped)/.test(w))
                    log.warning(w);
            // what the stall watch did is in the summary too; the cancellation it caused is not the build's failure
            out.report.warnings.push(...stallNotes);
            if (exitCode === 0 && out.report.failed && /cancel/i.test(out.report.failed.error))
                out.report.failed = null;
            out.reportPath = (0,external_node_path_.join)(req.tempDir, 'timing-report.json');
            (0,external_node_fs_.writeFileSync)(out.reportPath, JSON.stringify(out.report, null, 2));
            mark('report');
        }
        catch (e) {
            out.report = null;
            log.warning(`timing report skipped: ${e.message}`);
        }
    }
    if (saveCacheMounts) {
        const mounts = await saveCacheMounts(out.report, run.exitCode);
        if (mounts && out.report) {
            out.report.cacheMounts = mounts;
            if (out.reportPath)
                (0,external_node_fs_.writeFileSync)(out.reportPath, JSON.stringify(out.report, null, 2));
        }
    }
    // a push that failed: only what the registry confirms is reported (src/engine/push-outcome.ts)
    if (exitCode !== 0 && plan.push) {
        const pushFailed = isPushFailure(out.error, out.report?.failed?.name);
        const check = pushFailed
            ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env)
            : { digest: null, pushed: [], notPushed: plan.tags, unreachable: null };
        out.pushedTags = check.pushed;
        out.digest = null;
        if (pushFailed)
            out.error = pushFailureMessage(plan.tags, check, out.error ?? '');
        if (out.report) {
            out.report.image = { ...out.report.image, tags: check.pushed, digest: check.pushed.length ? check.digest : null };
            if (pushFailed && out.error)
                out.report.warnings.unshift(out.error);
            if (out.reportPath)
                (0,external_node_fs_.writeFileSync)(out.reportPath, JSON.stringify(out.report, null, 2));
        }
    }
    out.overheadMs = Date.now() - t0 - out.buildMs;
    mark('build done');
    if (marks.length)
        log.info(`buildstage trace (ms since node started): ${marks.join(', ')}`);
    return out;
}


/***/ }),

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SECRET_NAME)
/* harmony export */ });
/**
 * A name that looks like a secret's (build args, ARG and ENV): whole `_`-separated words
 * only: NPM_TOKEN, DB_PASSWORD, API_KEY; not AUTHOR or TOKENIZERS_PARALLELISM.
 */
const SECRET_NAME = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|APIKEY|CREDENTIALS?|AUTH)(_|$)|(^|_)(API|PRIVATE|ACCESS)_KEY(_|$)/i;


/***/ }),

/***/ 55635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Y: () => (/* binding */ parseRegressionThreshold)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// When a change counts as a regression: the `regression-threshold` input. Light on purpose:
// the action and the CLI read it with every input, before anything runs.

const DEFAULT_THRESHOLDS = { percent: 10, minSeconds: 5 };
/** `10%,5s` (either part optional, any order). */
function parseRegressionThreshold(text) {
    const t = { ...DEFAULT_THRESHOLDS };
    const parts = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return t;
    for (const p of parts) {
        let m;
        if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p)))
            t.percent = Number(m[1]);
        else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p)))
            t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
        else
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('regression-threshold', `"${p}" is neither a percentage nor a duration`, 'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)');
    }
    return t;
}


/***/ }),

/***/ 82245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkAwsRegion)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// AWS region codes (us-east-1, eu-central-2, us-gov-west-1, cn-north-1), for the inputs that take one.

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function checkAwsRegion(input, region) {
    if (region && !AWS_REGION.test(region))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `"${region}" is not an AWS region`, 'write a region code such as us-east-1 or eu-west-1 (lowercase)');
}


/***/ }),

/***/ 9871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ checkTargetStage),
/* harmony export */   sw: () => (/* binding */ checkInputs)
/* harmony export */ });
/* unused harmony exports CACHE_TYPES, OUTPUT_TYPES */
/* harmony import */ var _advisor_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41081);
/* harmony import */ var _compare_thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55635);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68646);
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82245);
/* harmony import */ var _common_bool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54533);
/* harmony import */ var _common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70644);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
// Every build input checked before anything runs (no build, no push, no login): the
// values buildx, BuildKit or this action would refuse later — after a login, after a full
// build, or only with a warning — are refused here with one line naming the input, what
// was wrong and what to write. Pure. Only what buildx itself refuses is refused, so the
// action stays a drop-in for docker/build-push-action; the entries build-push-action skips
// with a warning (secrets that are not KEY=value, missing secret files) stay warnings.







const quote = (v) => JSON.stringify(v);
/** buildx --add-host: host:ip or host=ip, the IP an address or host-gateway. */
function checkHost(entry) {
    let sep = entry.indexOf('=');
    if (sep < 0)
        sep = entry.indexOf(':');
    const host = sep > 0 ? entry.slice(0, sep) : '';
    const ip = sep > 0 ? entry.slice(sep + 1) : '';
    if (!host || !ip)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('add-hosts', `${quote(entry)} is not host:ip`, 'write e.g. docker:10.180.0.1 (one per line or comma separated)');
    if (ip !== 'host-gateway' && !isIp(ip))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('add-hosts', `${quote(entry)}: "${ip}" is not an IP address`, 'write host:ip with an IPv4 or IPv6 address, or host:host-gateway');
}
function isIp(s) {
    const v = s.replace(/^\[|\]$/g, '');
    if (/^(\d{1,3})(\.\d{1,3}){3}$/.test(v))
        return v.split('.').every((o) => Number(o) <= 255);
    return /^[0-9a-fA-F:.]+$/.test(v) && v.includes(':') && (v.match(/::/g) ?? []).length <= 1;
}
const ENTITLEMENTS = ['network.host', 'security.insecure', 'device'];
// `docker buildx --cache-from/--cache-to`: a bare reference, or CSV key=value fields with a type
const CACHE_TYPES = ['registry', 'local', 'inline', 'gha', 's3', 'azblob'];
const OUTPUT_TYPES = ['local', 'tar', 'oci', 'docker', 'image', 'registry', 'cacheonly'];
function checkTyped(input, entry, types, example, bareOk) {
    const fields = (0,_common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .entryFields */ .o)(entry);
    if (fields.length === 1 && fields[0][1] === null) {
        if (bareOk)
            return;
    }
    const type = fields.find(([k]) => k === 'type')?.[1];
    if (type === undefined)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(entry)} has no type=`, `write type=<${types.join('|')}>,... (e.g. ${example})`);
    if (!types.includes(type ?? ''))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(entry)}: unknown type "${type}"`, `write one of ${types.map((t) => `type=${t}`).join(', ')} (e.g. ${example})`);
    const mode = fields.find(([k]) => k === 'mode')?.[1];
    if (input === 'cache-to' && mode !== undefined && mode !== 'min' && mode !== 'max')
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(entry)}: mode "${mode}"`, 'write mode=min or mode=max');
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
function checkPlatform(p) {
    const fix = 'write os/arch[/variant], e.g. linux/amd64,linux/arm64';
    if (p === 'local')
        return;
    const parts = p.split('/');
    if (parts.length > 3 || parts.some((x) => !/^[A-Za-z0-9_.()-]+$/.test(x)))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('platforms', `${quote(p)} is not a platform`, fix);
    if (parts.length === 1 && ![...KNOWN_OS, ...KNOWN_ARCH].includes(p.toLowerCase()))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('platforms', `${quote(p)} is neither an operating system nor an architecture`, fix);
}
/** docker's units.RAMInBytes, as buildx parses --shm-size. */
const SIZE = /^\d+(\.\d+)? ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
/** docker's units.ParseUlimit: name=soft[:hard], soft <= hard. */
function checkUlimit(u) {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(u);
    if (!m)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('ulimit', `${quote(u)} is not name=soft[:hard]`, 'write e.g. nofile=1024:2048');
    if (!ULIMITS.includes(m[1]))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('ulimit', `${quote(u)}: unknown limit "${m[1]}"`, `write one of ${ULIMITS.join(', ')}`);
    const hard = m[3]; // the optional :hard
    if (hard !== undefined && Number(m[2]) > Number(hard))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('ulimit', `${quote(u)}: the soft limit is above the hard limit`, 'write soft:hard with soft <= hard');
}
/** An attestation's attributes (provenance, sbom): a boolean, or key=value fields. */
function checkAttestAttrs(input, value, example) {
    if (value === '')
        return;
    for (const [k, v] of (0,_common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .entryFields */ .o)(value)) {
        if (v === null ? (0,_common_bool_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .y)(k, 'go') === null : k === '')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(value)}: "${k}" is neither true/false nor key=value`, `write true, false or attributes such as ${example}`);
        if (input === 'provenance' && k === 'mode' && v !== 'min' && v !== 'max')
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(value)}: mode "${v}"`, 'write mode=min or mode=max');
    }
}
const CALLS = ['build', 'check', 'outline', 'targets', 'subrequests.describe'];
/** Git branch names (git check-ref-format), as they appear in GITHUB_REF after refs/heads/. */
function checkBranch(b) {
    if (b.startsWith('refs/'))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('baseline-branches', `${quote(b)} is a full ref`, `write the branch name only (${quote(b.replace(/^refs\/(heads\/)?/, ''))})`);
    if (/[\s~^:?*[\\]|\.\.|@\{|^[-/.]|[/.]$|\.lock$|\/\//.test(b))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('baseline-branches', `${quote(b)} is not a branch name`, 'write branch names such as main or release/1.x, one per line or comma separated');
}
function checkRef(input, ref, fix = 'write a reference such as registry.example.com/team/app:buildcache') {
    try {
        (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q)(ref);
    }
    catch (e) {
        if (e instanceof _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .ImageRefError */ .z0)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, e.message, fix);
        throw e;
    }
}
/** A value that goes into a buildx CSV field (cache-from/cache-to): a comma or quote would start another field. */
function checkCsvField(input, value, example) {
    if (/[,"\n]/.test(value))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${quote(value)} contains a comma, quote or newline, which would split the cache entry`, `write a value without them (e.g. ${example})`);
}
/** Throws an InputError for the first input buildx or this action would refuse later. */
function checkInputs(i) {
    // buildx reads these flags as comma-separated lists
    const split = (l) => l
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean);
    for (const h of split(i['add-hosts']))
        checkHost(h);
    for (const a of split(i.allow)) {
        if (!ENTITLEMENTS.includes(a) && !a.startsWith('device='))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('allow', `unknown entitlement ${quote(a)}`, `write one of ${ENTITLEMENTS.join(', ')}`);
    }
    for (const a of i.annotations) {
        if (!/^[^=]+=/.test(a))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('annotations', `${quote(a)} is not key=value`, 'write e.g. org.opencontainers.image.description=My image (one per line)');
    }
    for (const a of i.attests) {
        if (!(0,_common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .entryFields */ .o)(a).some(([k, v]) => k === 'type' && v))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('attests', `${quote(a)} has no type=`, 'write e.g. type=sbom,generator=image or type=provenance,mode=max');
    }
    for (const b of i['build-contexts']) {
        if (!/^[^=]+=./.test(b))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('build-contexts', `${quote(b)} is not name=value`, 'write e.g. alpine=docker-image://alpine:3.20 or src=./path (one per line)');
    }
    for (const c of i['cache-from'])
        checkTyped('cache-from', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache', true);
    for (const c of i['cache-to'])
        checkTyped('cache-to', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache,mode=max', true);
    if (i.call && !CALLS.includes((0,_common_buildx_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .entryFields */ .o)(i.call)[0][0]))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('call', `unknown method ${quote(i.call)}`, `write one of ${CALLS.join(', ')}`);
    if (i.network && !['default', 'host', 'none'].includes(i.network)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('network', `BuildKit has no network mode ${quote(i.network)}`, 'write default, host or none (a custom network is set on the builder: docker/setup-buildx-action driver-opts network=...)');
    }
    for (const o of i.outputs) {
        if (o === '-')
            continue;
        checkTyped('outputs', o, OUTPUT_TYPES, 'type=local,dest=./out', true);
    }
    for (const p of split(i.platforms))
        checkPlatform(p);
    if (i.provenance && i.provenance !== 'false')
        checkAttestAttrs('provenance', i.provenance, 'mode=max');
    checkAttestAttrs('sbom', i.sbom, 'generator=docker/buildkit-syft-scanner');
    if (i['shm-size'] && !SIZE.test(i['shm-size']))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('shm-size', `${quote(i['shm-size'])} is not a size`, 'write a size such as 2g, 512m or 1073741824');
    for (const s of i.ssh) {
        if (s.startsWith('='))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('ssh', `${quote(s)} has no id`, 'write default, or id=path/to/key');
    }
    for (const u of i.ulimit)
        checkUlimit(u);
    for (const t of i.tags)
        checkRef('tags', t, 'fix the reference');
    for (const img of i.images) {
        checkRef('images', img, 'write an image name such as ghcr.io/acme/api');
        if (/@|:[^/]*$/.test(img))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('images', `${quote(img)} carries a tag or digest`, 'list image names without a tag; tags are computed');
    }
    // with `bake`, each target's image comes from the definition or bake-images (src/bake/plan.ts checks it)
    if (i.push && i.tags.length === 0 && i.images.length === 0 && i.bake.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
    }
    if (i['tag-prefix'] && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(i['tag-prefix'])) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('tag-prefix', `${quote(i['tag-prefix'])} cannot start a tag`, 'write letters, digits, "_", "." and "-", not starting with "." or "-" (e.g. api-)');
    }
    if (i['cache-ref']) {
        checkRef('cache-ref', i['cache-ref']);
        checkCsvField('cache-ref', i['cache-ref'], 'registry.example.com/team/app:buildcache');
    }
    if (i['cache-scope'])
        checkCsvField('cache-scope', i['cache-scope'], 'api-linux-amd64');
    if (i['cache-dir'])
        checkCsvField('cache-dir', i['cache-dir'], '/tmp/buildx-cache');
    (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAwsRegion */ .G)('aws-region', i['aws-region']);
    for (const id of i['advisor-skip']) {
        if (!_advisor_types_js__WEBPACK_IMPORTED_MODULE_6__/* .FINDING_IDS */ .j.includes(id))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('advisor-skip', `unknown finding id ${quote(id)}`, `write ids from ${_advisor_types_js__WEBPACK_IMPORTED_MODULE_6__/* .FINDING_IDS */ .j.join(', ')}`);
    }
    for (const b of i['baseline-branches'])
        checkBranch(b);
    (0,_compare_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegressionThreshold */ .Y)(i['regression-threshold']);
}
/** `target` names a stage of the Dockerfile (BuildKit matches stage names case-insensitively). */
function checkTargetStage(target, dockerfileText, stageNames) {
    if (!target)
        return;
    let names;
    try {
        names = stageNames(dockerfileText);
    }
    catch {
        return;
    }
    // a stage named by an ARG, or a frontend other than the Dockerfile's, is resolved by BuildKit alone
    if (names.length === 0 || names.some((n) => n.includes('$')) || /^#\s*syntax\s*=(?!\s*docker\/dockerfile)/im.test(dockerfileText))
        return;
    if (!names.includes(target.toLowerCase())) {
        const named = names.filter((n) => !/^stage-\d+$/.test(n));
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('target', `the Dockerfile has no stage ${quote(target)}`, named.length ? `write one of ${named.join(', ')}` : 'name a stage with FROM <image> AS <name>, or leave target empty');
    }
}


/***/ }),

/***/ 29868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jJ: () => (/* binding */ factsNeeded),
  C7: () => (/* binding */ planBuild),
  iY: () => (/* binding */ planJson),
  $D: () => (/* binding */ renderPlanText),
  wK: () => (/* binding */ resolveContext)
});

// UNUSED EXPORTS: secretLikeBuildArgs

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/bool.ts
var bool = __webpack_require__(54533);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
// EXTERNAL MODULE: ./src/common/version.ts
var common_version = __webpack_require__(69521);
;// CONCATENATED MODULE: ./src/plan/buildx-args.ts
// inputs + buildx facts + environment → the exact `docker buildx build` argv. Pure.
// The order and the version gates follow docker/build-push-action, so that with the same
// inputs the argv is the same, plus `--progress=rawjson` (the timing report reads it).



/** buildx's version is `min` or later (unknown: assumed current, as build-push-action does). Every gate is a minimum. */
function buildxAtLeast(version, min) {
    return (0,common_version/* versionAtLeast */.z)(version, min) ?? true;
}
/** build-push-action's rule: with the docker driver only a `-moby` BuildKit version counts; unknown is too old. */
function buildkitAtLeast(facts, min) {
    const bk = facts.buildkitVersion;
    if (!bk)
        return false;
    if (facts.driver === 'docker' && !bk.endsWith('-moby'))
        return false;
    return (0,common_version/* versionAtLeast */.z)(bk, min) ?? false;
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
/** A bare boolean attribute means disabled=!value (buildx's attest syntax). */
function resolveAttestationAttrs(attrs) {
    const out = [];
    for (const record of csvRecords(attrs)) {
        for (const attr of record) {
            const b = (0,bool/* parseBoolean */.y)(attr);
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
    const rawjson = buildxAtLeast(buildx.version, '0.12.0');
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
    if (buildxAtLeast(buildx.version, '0.12.0')) {
        for (const an of i.annotations)
            argv.push('--annotation', an);
    }
    else if (i.annotations.length > 0) {
        warnings.push("Annotations are only supported by buildx >= 0.12.0; the input 'annotations' is ignored.");
    }
    for (const ba of i['build-args'])
        argv.push('--build-arg', ba);
    if (buildxAtLeast(buildx.version, '0.8.0')) {
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
        if (!buildxAtLeast(buildx.version, '0.15.0')) {
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
    if (!hasExporterType('local', i.outputs) && !hasExporterType('tar', i.outputs) && (i.platforms.length === 0 || buildxAtLeast(buildx.version, '0.4.2'))) {
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
    if (buildxAtLeast(buildx.version, '0.10.0')) {
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
    if (i['github-token'] && a.gitContext && !i.secrets.some((s) => s.startsWith('GIT_AUTH_TOKEN='))) {
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
    if (buildxAtLeast(buildx.version, '0.6.0'))
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
    const noDefault = (0,bool/* parseBoolean */.y)(a.env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '') === true;
    if (i.provenance) {
        args.push('--attest', resolveAttestationAttrs(`type=provenance,${i.provenance}`));
        provenanceSet = true;
    }
    else if (!hasAttestProvenance && !noDefault && buildkitAtLeast(a.buildx, '0.11.0') && !(i.load || hasExporterType('docker', i.outputs))) {
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
var plan_cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/common/secret-name.ts
var secret_name = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/plan/metadata.ts
var plan_metadata = __webpack_require__(75774);
;// CONCATENATED MODULE: ./src/plan/build-plan.ts








/** Build args whose name looks like a secret: they end up in the image history and provenance. */
function secretLikeBuildArgs(buildArgs) {
    return buildArgs.map((b) => b.split('=')[0]).filter((name) => secret_name/* SECRET_NAME */.J.test(name));
}
function parseRefs(input, values) {
    return values.map((v) => {
        try {
            return (0,image_ref/* parseImageRef */.Q)(v);
        }
        catch (e) {
            if (e instanceof image_ref/* ImageRefError */.z0)
                throw new errors/* InputError */.d(input, e.message, 'fix the reference');
            throw e;
        }
    });
}
const GHA_ENTRY = /(^|,)type=gha(,|$)/;
const INLINE_ENTRY = /(^|,)type=inline(,|$)/;
/**
 * The environment facts the plan reads, from the inputs alone (pure), so that the shell asks
 * only those, once and at once (src/engine/buildx-info.ts gatherFacts). buildx's version is
 * always asked (the argv gates). The builder (`buildx inspect`: driver, BuildKit version) is
 * read for the default provenance attestation, the gha cache's protocol check and the cache
 * the docker driver cannot export, and for an explicit `builder` (checked before anything
 * runs); the image store (`docker info`) only for that last check. May ask more than the plan
 * ends up reading, never less.
 */
function factsNeeded(i, env) {
    const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
    const { backend } = (0,plan_cache/* resolveBackend */.Bm)({ backend: i.cache, explicitFrom: i['cache-from'], explicitTo: i['cache-to'], push: pushes, env });
    const gha = backend === 'gha' || (backend === 'explicit' && [...i['cache-from'], ...i['cache-to']].some((c) => GHA_ENTRY.test(c)));
    const exportsNonInline = backend === 'explicit' ? i['cache-to'].some((c) => !INLINE_ENTRY.test(c)) : backend !== 'none' && backend !== 'inline';
    let provenance = true;
    try {
        provenance =
            !i.provenance &&
                !i.attests.some((a) => hasAttestationType('provenance', a)) &&
                (0,bool/* parseBoolean */.y)(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '') !== true &&
                !(i.load || hasExporterType('docker', i.outputs));
    }
    catch {
        // a malformed attest or output: buildxArgv says so; ask
    }
    return { builder: Boolean(i.builder) || gha || exportsNonInline || provenance, imageStore: exportsNonInline };
}
function planBuild(p) {
    const dc = defaultContextOf(p.ctx).value;
    const i = { ...p.inputs, 'build-contexts': p.inputs['build-contexts'].map((b) => b.replace(DEFAULT_CONTEXT, dc)) };
    const warnings = [];
    for (const img of parseRefs('images', i.images)) {
        if (img.tag || img.digest)
            throw new errors/* InputError */.d('images', `"${img.name}" carries a tag or digest`, 'list image names without a tag; tags are computed');
    }
    let tags = i.tags;
    let tagsComputed = false;
    // tags, labels and annotations as docker/metadata-action computes them (tag-rules, or the default set)
    let metadata = (0,plan_metadata/* givenMetadata */.v2)(tags, i.labels, i.annotations);
    if (tags.length === 0 && i.images.length > 0) {
        if (Number.isNaN((0,git_context/* shortShaLengthFromEnv */.GM)(p.env))) {
            throw new errors/* InputError */.d('DOCKER_METADATA_SHORT_SHA_LENGTH', `"${p.env.DOCKER_METADATA_SHORT_SHA_LENGTH}" is not a number`, 'set it to how many characters a short sha has (default 7), or unset it');
        }
        const levels = (0,plan_metadata/* annotationLevelsFromEnv */.Kr)(p.env);
        metadata = (0,plan_metadata/* computeMetadata */.FT)({
            ctx: p.ctx,
            now: p.now,
            images: i.images,
            tagRules: i['tag-rules'],
            flavor: i.flavor,
            tagPrefix: i['tag-prefix'],
            labels: i.labels,
            annotations: i.annotations,
            annotationLevels: levels
        });
        tags = metadata.tags;
        tagsComputed = true;
        warnings.push(...metadata.warnings);
    }
    const refs = parseRefs('tags', tags);
    const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
    // an output with push=true names its image itself (push-by-digest); only `push` needs a tag
    if (i.push && tags.length === 0 && tagsComputed) {
        throw new errors/* InputError */.d('tag-rules', `no rule gives a tag for ${p.ctx.ref || 'this context'} (event ${p.ctx.eventName})`, 'add a rule that applies here (e.g. type=sha), or set push: false for this event');
    }
    if (i.push && tags.length === 0) {
        throw new errors/* InputError */.d('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
    }
    for (const name of secretLikeBuildArgs(i['build-args'])) {
        warnings.push(`Input "build-args": ${name} looks like a secret. Build args are kept in the image history and provenance; pass it with \`secrets: ${name}=...\` and read it with RUN --mount=type=secret,id=${name}`);
    }
    const labels = metadata.labels;
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
            throw new errors/* InputError */.d('cache', problem, 'see above');
    }
    const driverProblem = (0,plan_cache/* driverCacheProblem */.ou)(cache.backend, cache.cacheTo, p.buildx.driver, p.buildx.containerdStore);
    if (driverProblem)
        throw new errors/* InputError */.d('cache', driverProblem, 'see above');
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
    return {
        plan: {
            argv: args.argv,
            tags,
            tagsComputed,
            labels,
            metadata,
            push: pushes,
            cache,
            context,
            file: i.file || null,
            registries,
            secretIds: args.secretIds,
            warnings: [...warnings, ...cache.warnings, ...args.warnings],
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
const DEFAULT_CONTEXT = /\{\{\s*defaultContext\s*\}\}/g;
function defaultContextOf(ctx) {
    const onRunner = Boolean(ctx.repository) && ctx.eventName !== 'local';
    return { onRunner, value: onRunner ? `${ctx.serverUrl}/${ctx.repository}.git#${ctx.sha || ctx.ref}` : '.' };
}
function resolveContext(i, ctx) {
    const d = defaultContextOf(ctx);
    // build-push-action's template: `{{defaultContext}}:subdir` builds a subdirectory of the git context
    const context = (i.context || '{{defaultContext}}').replace(DEFAULT_CONTEXT, d.value);
    return { context, gitContext: d.onRunner && context.startsWith(d.value) };
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


/***/ })

};

//# sourceMappingURL=881.index.js.map