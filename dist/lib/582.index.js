export const id = 582;
export const ids = [582];
export const modules = {

/***/ 99002:
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
// EXTERNAL MODULE: ./src/inputs/validate.ts
var validate = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(24011);
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
// EXTERNAL MODULE: ./src/timing/model.ts
var timing_model = __webpack_require__(35519);
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
            for (const st of (0,timing_model/* listOf */.c3)(s.statuses)) {
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
            const res = await fetch(`${(0,registry/* registryBaseUrl */.mO)(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, { method: 'HEAD', headers: { Accept: ACCEPT }, signal: AbortSignal.timeout(timeoutMs) });
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
    const timer = new Promise((resolve) => setTimeout(() => resolve(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs).unref());
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
    let e = error.replace(/^buildx failed with:\s*/, '').replace(/^ERROR:\s*/, '').replace(/^failed to solve:\s*/, '');
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
        const fields = entry.split(',');
        const type = fields.find((f) => f.startsWith('type='))?.slice(5) ?? (entry.includes('=') ? '' : 'registry');
        if ('type' in src)
            return type === src.type;
        const ref = fields.find((f) => f.startsWith('ref='))?.slice(4) ?? (entry.includes('=') ? '' : entry);
        return ref.split('/')[0] === src.host;
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
            for (const v of (0,timing_model/* listOf */.c3)(s.vertexes)) {
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
    const exports = [...state.values()].filter((v) => ['export', 'push'].includes((0,timing_model/* classifyVertex */.vD)(v.name)));
    const steps = [...state.values()].filter((v) => (0,timing_model/* classifyVertex */.vD)(v.name) === 'step');
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
            const res = await fetch(`${(0,registry/* registryBaseUrl */.mO)(r.registry)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
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
        probes.push(ghaServiceProblem(env, timeoutMs).then((problem) => (problem ? { vertex: 'importing cache manifest from gha:', label: 'the GitHub Actions cache service', problem } : null)));
    }
    const hosts = new Map();
    for (const e of from) {
        const fields = e.split(',');
        const type = fields.find((f) => f.startsWith('type='))?.slice(5) ?? (e.includes('=') ? '' : 'registry');
        const ref = fields.find((f) => f.startsWith('ref='))?.slice(4) ?? (e.includes('=') ? '' : e);
        if (type !== 'registry' || !ref)
            continue;
        const host = ref.split('/')[0];
        if (!hosts.has(host))
            hosts.set(host, ref);
    }
    for (const [host, ref] of hosts) {
        probes.push(registryCacheProblem(ref, env, timeoutMs).then((problem) => (problem ? { vertex: `importing cache manifest from ${ref}`, label: `the cache registry ${host}`, problem } : null)));
    }
    return (await Promise.all(probes)).filter((p) => p !== null);
}

// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(29868);
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
        const fields = new Map(entry.split(',').map((kv) => {
            const i = kv.indexOf('=');
            return [i < 0 ? kv.trim() : kv.slice(0, i).trim(), i < 0 ? '' : kv.slice(i + 1).trim()];
        }));
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
    // every input is checked before anything runs (the CLI's too), the target against the Dockerfile's stages
    (0,validate/* checkInputs */.sw)(inputs);
    if (dockerfilePath)
        (0,validate/* checkTargetStage */.At)(inputs.target, (0,external_node_fs_.readFileSync)(dockerfilePath, 'utf8'), (t) => (0,model/* parseDockerfileModel */.ri)(t).map((s) => s.name));
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
    const saveCacheMounts = req.hooks?.cacheMounts
        ? await req.hooks.cacheMounts({ plan, facts, dockerfilePath, ctx: req.ctx, cwd: req.cwd, tempDir: req.tempDir, cacheRoot: req.cacheRoot ?? req.tempDir, log })
        : null;
    let run;
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
        const parser = plan.rawjson ? new rawjson_parser/* RawjsonParser */.a() : null;
        // a cache source that does not answer would hold the build, and the builder, without end: asked first
        let argv = plan.argv;
        for (const p of await probeCacheSources(argv, req.env)) {
            const note = `${p.label} is not usable (${p.problem}): building without that cache (none read from it, none saved to it)`;
            log.warning(note);
            stallNotes.push(note);
            argv = withoutStalledCache(argv, p.vertex);
        }
        run = await log.group(`docker buildx build`, () => (0,run_buildx/* runBuildx */.A)({ argv, rawjsonFile: plan.paths.rawjsonFile, parser, log: (l) => log.info(l), env: req.env, cwd: req.cwd, stallMs, onSpawn: req.onBuildx }));
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
            stalledExport = plan.push ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env) : { digest: null, pushed: [], notPushed: [], unreachable: null };
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
    if (plan.rawjson && (0,external_node_fs_.existsSync)(plan.paths.rawjsonFile)) {
        try {
            let size = null;
            if (exitCode === 0 && out.digest && plan.push && plan.tags[0]) {
                size = await (0,registry/* pushedImageSize */.u6)((0,image_ref/* parseImageRef */.Q)(plan.tags[0]).name, out.digest);
            }
            else if (exitCode === 0 && plan.tags[0] && (inputs.load || facts.containerdStore)) {
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
                    commit: req.ctx.sha,
                    ...buildMeta({ builder: facts.builderName, cacheFrom: plan.cache.cacheFrom, platforms: inputs.platforms })
                }
            });
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
        }
        catch (e) {
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
        const check = pushFailed ? await checkPushed(plan.tags, await builtDigest(plan.paths.rawjsonFile), req.env) : { digest: null, pushed: [], notPushed: plan.tags, unreachable: null };
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
    return out;
}


/***/ }),

/***/ 68048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   DN: () => (/* binding */ platformSlug),
/* harmony export */   Mq: () => (/* binding */ mountStepsRan),
/* harmony export */   UG: () => (/* binding */ saveDockerfile),
/* harmony export */   W0: () => (/* binding */ parseCacheMountsSetting),
/* harmony export */   Wb: () => (/* binding */ mountSlugs),
/* harmony export */   Xg: () => (/* binding */ restoreDockerfile),
/* harmony export */   Zx: () => (/* binding */ parseScratchOutput),
/* harmony export */   a3: () => (/* binding */ discoverCacheMounts),
/* harmony export */   e6: () => (/* binding */ planMountStorage),
/* harmony export */   fx: () => (/* binding */ imageSlug),
/* harmony export */   nE: () => (/* binding */ checkCacheMountsInput),
/* harmony export */   nS: () => (/* binding */ parseByteSize),
/* harmony export */   qW: () => (/* binding */ registryMountRef),
/* harmony export */   rK: () => (/* binding */ selectCacheMounts),
/* harmony export */   w0: () => (/* binding */ ghaMountKeys)
/* harmony export */ });
/* unused harmony exports LOCKFILES, splitCsv, parseMountFlag, expandVars, stagesBuilt, cacheMountFlag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78390);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34233);
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24011);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68646);
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






/** `cache-mounts`: auto (default), none, or mount ids / targets (comma or newline separated). */
function parseCacheMountsSetting(entries) {
    const e = entries.map((s) => s.trim()).filter(Boolean);
    if (e.length === 0 || (e.length === 1 && e[0].toLowerCase() === 'auto'))
        return { mode: 'auto' };
    if (e.length === 1 && ['none', 'false', 'off'].includes(e[0].toLowerCase()))
        return { mode: 'none' };
    const bad = e.find((x) => ['auto', 'none'].includes(x.toLowerCase()));
    if (bad)
        throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cache-mounts', `"${bad}" cannot be combined with mount ids`, 'write auto, none, or a list of cache mount ids or targets');
    return { mode: 'list', entries: e };
}
/** The `cache-mounts` list as given, once checked (an InputError names the input). */
function checkCacheMountsInput(entries) {
    parseCacheMountsSetting(entries);
    return entries;
}
const UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4, tib: 1024 ** 4 };
/** `2g`, `2GB`, `500MiB`, `1.5 g`, `1048576` → bytes (binary units, as docker's). */
function parseByteSize(name, text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined || Number(m[1]) <= 0)
        throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `"${text}" is not a size`, 'write a size such as 2g, 500m or 1073741824');
    return Math.round(Number(m[1]) * unit);
}
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
    for (const m of args.matchAll(/(\w+)(?:=("[^"]*"|'[^']*'|\S*))?/g))
        out.push([m[1], m[2] === undefined ? null : m[2].replace(/^["']|["']$/g, '')]);
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
/** Global ARGs (before the first FROM) with their values, plus the automatic platform ARGs. */
function globalScope(text, o) {
    const args = buildArgMap(o.buildArgs);
    const vars = new Map([...platformArgs(o.platform, 'TARGET'), ...platformArgs(o.buildPlatform, 'BUILD')]);
    for (const ins of dockerfile_ast__WEBPACK_IMPORTED_MODULE_2__.DockerfileParser.parse(text).getInstructions()) {
        const kw = ins.getKeyword().toUpperCase();
        if (kw === 'FROM')
            break;
        if (kw !== 'ARG')
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
    for (const i of (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .before */ .gM)(stages, ins)) {
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
    while (todo.length) {
        const i = todo.pop();
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
                const mount = parseMountFlag(f);
                if (mount?.get('from'))
                    refs.push(mount.get('from'));
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
    const ch = (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .chain */ .cy)(stages, index);
    const root = ch[ch.length - 1];
    const image = expandVars(root.image, globals);
    if (!image || image.toLowerCase() === 'scratch' || /\$/.test(image))
        return null;
    return image;
}
/** Lockfiles (candidates) a RUN sees: copied before it in its stage chain, or bind-mounted by it from the context. */
function lockfilesFor(stages, ins) {
    const sources = [];
    for (const i of (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .before */ .gM)(stages, ins))
        sources.push(...(0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .copySources */ .K1)(i));
    for (const f of ins.flags) {
        const m = parseMountFlag(f);
        if (m && m.get('type') === 'bind' && !m.get('from') && m.get('source'))
            sources.push(m.get('source'));
    }
    const out = new Set();
    for (const raw of sources) {
        const s = raw.replace(/^\.\//, '').replace(/\/+$/, '');
        if (_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .WHOLE_CONTEXT */ .AT.has(raw) || s === '' || s === '.') {
            for (const l of LOCKFILES)
                out.add(l);
            continue;
        }
        const base = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(s);
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(s);
        if (isLockfileName(base))
            out.add(s);
        else if (/[*?[]/.test(base)) {
            const re = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
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
const cleanPath = (p) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p).replace(/(.)\/$/, '$1');
/** The cache mounts of the stages being built, one per BuildKit cache directory (id, uid, gid, mode). */
function discoverCacheMounts(dockerfileText, o) {
    const stages = (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDockerfileModel */ .ri)(dockerfileText);
    if (stages.length === 0)
        return [];
    const globals = globalScope(dockerfileText, o);
    const buildArgs = buildArgMap(o.buildArgs);
    const built = stagesBuilt(stages, o.target);
    const mounts = [];
    for (const st of stages) {
        if (!built.has(st.index))
            continue;
        for (const ins of st.instructions) {
            if (ins.keyword !== 'RUN')
                continue;
            for (const flag of ins.flags) {
                const f = parseMountFlag(flag);
                if (!f || f.get('type') !== 'cache')
                    continue;
                const vars = scopeAt(stages, ins, globals, buildArgs);
                const x = (k) => (f.has(k) ? expandVars(f.get(k), vars) : null);
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
                const key = `${id}\0${uid}\0${gid}\0${mode}`;
                let m = mounts.find((c) => `${c.id}\0${c.uid}\0${c.gid}\0${c.mode}` === key);
                if (!m) {
                    m = { id, target, sharing, uid, gid, mode, uses: [], lockfiles: [], instructions: [], image: rootImage(stages, st.index, globals), skip };
                    mounts.push(m);
                }
                if (!m.image)
                    m.image = rootImage(stages, st.index, globals);
                if (!m.uses.some((u) => u.line === ins.line)) {
                    m.uses.push({ stage: st.name, line: ins.line });
                    m.instructions.push(`${ins.flags.join(' ')} ${ins.args}`);
                }
                m.lockfiles = [...new Set([...m.lockfiles, ...lockfilesFor(stages, ins)])].sort();
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
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const found = [];
    for (const rel of m.lockfiles) {
        const data = read(rel);
        if (data === null)
            continue;
        found.push(rel);
        h.update(rel).update('\0').update(data).update('\0');
    }
    if (found.length === 0)
        h.update('instructions\0').update(m.instructions.join('\n')).update('\0').update(m.image ?? '');
    return { hash: h.digest('hex').slice(0, 16), lockfiles: found };
}
const shortHash = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s).digest('hex').slice(0, 6);
/**
 * Names for mounts in keys, tags and paths: the id with `/` and `.` as `-` (`/root/.npm` →
 * `root-npm`), plus a short hash when uid/gid/mode are set (another BuildKit directory) or
 * when two mounts of the build would get the same name.
 */
function mountSlugs(mounts) {
    const full = (m) => `${m.id}\0${m.uid}\0${m.gid}\0${m.mode}`;
    const names = mounts.map((m) => {
        const base = (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .yR)(m.id.replace(/^[/.]+/, '').replace(/[/.]+/g, '-'), 60);
        return m.uid === null && m.gid === null && m.mode === null ? base : `${base}-${shortHash(full(m))}`;
    });
    return names.map((n, i) => (names.indexOf(n) !== i ? `${n}-${shortHash(full(mounts[i]))}` : n));
}
const platformSlug = (platforms) => (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .yR)(platforms.map((p) => p.replace(/\//g, '-')).join('+'), 60);
/** The image part of keys: the last two path components of the first image (or tag), as the gha scope has it. */
function imageSlug(images, tags) {
    const first = images[0] ?? tags[0];
    if (!first)
        return 'default';
    return (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .yR)((0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q)(first).name.split('/').slice(-2).join('-'), 80);
}
/** Actions cache key of a mount's contents, and the prefix that finds the previous contents when the lockfiles change. */
function ghaMountKeys(image, mount, platform, hash) {
    const prefix = `buildstage-mount-${image}-${mount}-${platform}-`;
    return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}
/** `<repo>:buildcache[-branch]` → `<repo>:buildcache[-branch]-mount-<mount>[-<platform>]` (a tag holds 128 characters). */
function registryMountRef(cacheRef, mount, platform) {
    const ref = (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q)(cacheRef);
    const tag = [ref.tag ?? 'buildcache', 'mount', mount, ...(platform ? [platform] : [])].join('-');
    return `${ref.name}:${tag.length <= 128 ? tag : `${tag.slice(0, 121)}-${shortHash(tag)}`}`;
}
const refOf = (entry) => /(?:^|,)ref=([^,]+)/.exec(entry)?.[1] ?? null;
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
        lines.push(`LABEL ${Object.entries(o.registry.labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`);
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


/***/ }),

/***/ 66832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ parseRegressionThreshold),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports DEFAULT_THRESHOLDS, delta, identityOf, matchSteps */
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
/* harmony import */ var _timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67081);
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92887);
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35519);
// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their identity (`key`: the Dockerfile's stage and line and the
// instruction), then by instruction and line, never by BuildKit's `[stage n/m]` prefix
// (deduplicated vertexes get another stage's prefix from run to run). The phases outside
// the steps (export, cache import/export, push) are compared too, each change gets its
// cause, and builds that cannot be compared (another cache backend, platform or driver,
// a cache import that failed on one side) say so.




const DEFAULT_THRESHOLDS = { percent: 10, minSeconds: 5 };
/** `10%,5s` (either part optional, any order). */
function parseRegressionThreshold(text) {
    const t = { ...DEFAULT_THRESHOLDS };
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length === 0)
        return t;
    for (const p of parts) {
        let m;
        if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p)))
            t.percent = Number(m[1]);
        else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p)))
            t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
        else
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('regression-threshold', `"${p}" is neither a percentage nor a duration`, 'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)');
    }
    return t;
}
function delta(baseMs, headMs, t) {
    if (baseMs === null || headMs === null)
        return { baseMs, headMs, deltaMs: null, pct: null, flagged: false };
    const d = headMs - baseMs;
    const pct = baseMs > 0 ? (100 * d) / baseMs : null;
    const flagged = Math.abs(d) >= t.minSeconds * 1000 && (pct === null ? true : Math.abs(pct) >= t.percent);
    return { baseMs, headMs, deltaMs: d, pct, flagged };
}
/**
 * A step as the comparison reads it. Reports written by earlier versions have no
 * `instruction` (README.md documents name, stage, platform, cached, durationMs, line): it is
 * taken from the name (`[deps 3/4] RUN npm ci` → `RUN npm ci`), else the name itself.
 */
function readStep(s) {
    if (typeof s.instruction === 'string')
        return s;
    const name = typeof s.name === 'string' ? s.name : '';
    return { ...s, instruction: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStepName */ .Zw)(name)?.instruction.replace(/\s+/g, ' ') ?? name };
}
const stepKey = (s) => `${s.platform ?? ''}\u0000${(0,_timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseInstruction */ .P)(s.instruction)}`;
/** A step's identity: its `key`, or the same computed from its fields (reports written before keys). */
const identityOf = (s) => (typeof s.key === 'string' && s.key ? s.key : (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .stepKeyOf */ .n8)(s));
/**
 * Pairs base and head steps: same identity (Dockerfile stage, line and instruction) first,
 * then same instruction and line, then same instruction.
 */
function matchSteps(baseSteps, headSteps) {
    const base = baseSteps.map(readStep);
    const head = headSteps.map(readStep);
    const pairs = [];
    const left = [...base];
    let unmatched = head;
    const passes = [
        (b, h) => identityOf(b) === identityOf(h),
        (b, h) => stepKey(b) === stepKey(h) && b.line === h.line,
        (b, h) => stepKey(b) === stepKey(h)
    ];
    for (const same of passes) {
        const next = [];
        for (const h of unmatched) {
            const i = left.findIndex((b) => same(b, h));
            if (i >= 0)
                pairs.push([left.splice(i, 1)[0], h]);
            else
                next.push(h);
        }
        unmatched = next;
    }
    for (const h of unmatched)
        pairs.push([null, h]);
    for (const b of left)
        pairs.push([b, null]);
    return pairs;
}
function why(b, h) {
    if (!b)
        return 'new';
    if (!h)
        return 'removed';
    const [bc, hc] = [(0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isCachedStep */ .po)(b), (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isCachedStep */ .po)(h)];
    if (bc && !hc)
        return 'cache-miss';
    if (!bc && hc)
        return 'now-cached';
    return bc && hc ? 'cached-both' : 'ran-both';
}
function compareReports(base, head, t = DEFAULT_THRESHOLDS) {
    const total = delta(base.durationMs, head.durationMs, t);
    const stageKey = (s) => `${s.platform ?? ''}\u0000${s.name}`;
    const baseStages = new Map((base.stages ?? []).map((s) => [stageKey(s), s]));
    const seen = new Set();
    const allCached = (s) => Boolean(s && s.steps > 0 && s.cachedSteps === s.steps);
    const stages = (head.stages ?? []).map((s) => {
        const b = baseStages.get(stageKey(s));
        seen.add(stageKey(s));
        return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t), cached: { base: allCached(b), head: allCached(s) } };
    });
    for (const b of base.stages ?? [])
        if (!seen.has(stageKey(b)))
            stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t), cached: { base: allCached(b), head: false } });
    const baseSteps = (base.steps ?? []).map(readStep);
    const headSteps = (head.steps ?? []).map(readStep);
    const all = matchSteps(baseSteps, headSteps).map(([b, h]) => {
        const s = (h ?? b);
        const w = why(b, h);
        return {
            key: identityOf(s),
            instruction: s.instruction,
            stage: s.stage,
            platform: s.platform,
            line: h?.line ?? b?.line ?? null,
            base: b,
            head: h,
            delta: delta(b ? b.durationMs : 0, h ? h.durationMs : 0, t),
            why: w,
            cause: { kind: w === 'cache-miss' ? 'first-miss' : w, ...(w === 'cache-miss' ? { detail: 'files' } : {}) }
        };
    });
    assignCauses(all, headSteps);
    const steps = all
        .filter((c) => c.delta.deltaMs !== 0 || c.why === 'cache-miss' || c.why === 'new' || c.why === 'removed')
        .sort((x, y) => Math.abs(y.delta.deltaMs ?? 0) - Math.abs(x.delta.deltaMs ?? 0));
    const bs = base.image?.sizeBytes ?? null;
    const hs = head.image?.sizeBytes ?? null;
    const dBytes = bs !== null && hs !== null ? hs - bs : null;
    const sizePct = dBytes !== null && bs ? (100 * dBytes) / bs : null;
    const imageSize = { base: bs, head: hs, deltaBytes: dBytes, pct: sizePct, flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes) >= 1024 * 1024 };
    const slower = (total.flagged && (total.deltaMs ?? 0) > 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) > 0);
    const faster = (total.flagged && (total.deltaMs ?? 0) < 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) < 0);
    const cache = { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countCachedSteps */ .BI)(baseSteps), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countCachedSteps */ .BI)(headSteps) };
    return {
        total,
        stages,
        steps,
        cache,
        cacheHitRatio: { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheHitRatioOf */ .iY)(cache.base), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheHitRatioOf */ .iY)(cache.head) },
        imageSize,
        layers: { base: base.image?.layers ?? null, head: head.image?.layers ?? null },
        verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged',
        phases: comparePhases(base, head, baseSteps, headSteps, t),
        comparable: comparability(base, head, baseSteps, headSteps),
        notes: [...(base.warnings ?? []).map((w) => `base build: ${w}`), ...(head.warnings ?? []).map((w) => `this build: ${w}`)],
        commits: { base: base.meta?.commit || null, head: head.meta?.commit || null }
    };
}
/** Steps that ran (not cached), FROM excluded: what a build rebuilt. */
const ranCount = (steps) => steps.filter((s) => (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countsForCache */ .a1)(s) && !s.cached).length;
const IMPORT_FAILED = /^(no cache found to import|cache import skipped)/;
function comparePhases(base, head, baseSteps, headSteps, t) {
    const counted = headSteps.filter(_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countsForCache */ .a1).length;
    const [hr, br] = [ranCount(headSteps), ranCount(baseSteps)];
    // the layers a build writes are those of the steps that ran: the same count says it was not the Dockerfile
    const ran = hr === br ? `the same ${hr} of ${counted} steps ran in both` : `${hr} of ${counted} steps ran (${br} before)`;
    const size = base.image?.sizeBytes != null && head.image?.sizeBytes != null && (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(base.image.sizeBytes) !== (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(head.image.sizeBytes) ? `image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(base.image.sizeBytes)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(head.image.sizeBytes)}` : null;
    const importFailed = (r) => (r.warnings ?? []).find((w) => IMPORT_FAILED.test(w)) ?? null;
    const out = [];
    for (const p of _timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PHASES */ .ZG) {
        const b = base.phases?.[p.key];
        const h = head.phases?.[p.key];
        // a phase an earlier writer did not measure (cacheLoadMs) is left out, not shown as new
        if (typeof b !== 'number' || typeof h !== 'number')
            continue;
        let cause = null;
        if (p.key === 'imageExportMs' || p.key === 'pushMs')
            cause = size ?? ran;
        else if (p.key === 'cacheExportMs')
            cause = ran;
        else if (p.key === 'cacheLoadMs')
            cause = 'cached layers pulled for the steps that ran on them';
        else if (p.key === 'cacheImportMs') {
            const [bf, hf] = [importFailed(base), importFailed(head)];
            cause = bf && !hf ? 'the base build had no cache to import' : hf && !bf ? 'this build had no cache to import' : null;
        }
        out.push({ key: p.key, label: p.label, delta: delta(b, h, t), cause });
    }
    return out;
}
/** What makes two builds' times not comparable, in words; none when they are. */
function comparability(base, head, baseSteps, headSteps) {
    const reasons = [];
    const bm = base.meta ?? {};
    const hm = head.meta ?? {};
    const differ = (k) => bm[k] && hm[k] && bm[k] !== 'unknown' && hm[k] !== 'unknown' && bm[k] !== hm[k];
    if (differ('cacheBackend'))
        reasons.push(`another cache backend (${bm.cacheBackend} → ${hm.cacheBackend})`);
    if (differ('driver'))
        reasons.push(`another builder driver (${bm.driver} → ${hm.driver})`);
    const platforms = (m, steps) => m.platforms ? m.platforms.split(',').map((p) => p.trim()).filter(Boolean).sort().join(', ') : [...new Set(steps.map((s) => s.platform).filter((p) => Boolean(p)))].sort().join(', ');
    const [bp, hp] = [platforms(bm, baseSteps), platforms(hm, headSteps)];
    if ((bm.platforms || hm.platforms || bp || hp) && bp !== hp)
        reasons.push(`other platforms (${bp || 'default'} → ${hp || 'default'})`);
    const bf = (base.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
    const hf = (head.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
    if (bf && !hf)
        reasons.push('the base build had no cache to import (it ran cold)');
    if (hf && !bf)
        reasons.push('this build’s cache import failed (it ran cold)');
    return { ok: reasons.length === 0, reasons };
}
/**
 * The cause of each change. A step that was cached in the base build and ran now either had
 * its own inputs changed (the first of its chain to miss the cache: files copied from the
 * context, its instruction) or re-ran because a step it is built on missed first: the first
 * such step, found through `dependsOn` (the build graph), else through the earlier steps of
 * its stage for reports written before it.
 */
function assignCauses(changes, headSteps) {
    const byKey = new Map(changes.filter((c) => c.head).map((c) => [identityOf(c.head), c]));
    const headByKey = new Map(headSteps.map((s) => [identityOf(s), s]));
    // a step's inputs changed when it is new (its instruction or base image changed) or missed the cache
    const missed = (c) => Boolean(c && c.head && !c.head.cached && (c.why === 'cache-miss' || c.why === 'new'));
    const ancestorsOf = (s) => {
        const out = [];
        const seen = new Set();
        const stack = [...(s.dependsOn ?? [])];
        while (stack.length) {
            const k = stack.pop();
            if (seen.has(k))
                continue;
            seen.add(k);
            const a = headByKey.get(k);
            if (!a)
                continue;
            out.push(a);
            stack.push(...(a.dependsOn ?? []));
        }
        if (s.dependsOn === undefined) {
            // an earlier report: the steps before it in its stage
            for (const a of headSteps)
                if (a !== s && a.stage === s.stage && a.platform === s.platform && a.line !== null && s.line !== null && a.line < s.line)
                    out.push(a);
        }
        return out;
    };
    const ref = (s) => ({ instruction: s.instruction, stage: s.stage, line: s.line });
    for (const c of changes) {
        if (c.why !== 'cache-miss' && c.why !== 'new')
            continue;
        const h = c.head;
        if (c.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isFromStep */ .jM)(h)) {
            c.cause = { kind: 'base-image' };
            continue;
        }
        const missedBefore = ancestorsOf(h).filter((a) => missed(byKey.get(identityOf(a))));
        // the first of them: the one no other missed step is built on
        const roots = missedBefore.filter((a) => !ancestorsOf(a).some((x) => missedBefore.includes(x)));
        const root = roots.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity))[0];
        if (root) {
            const rc = byKey.get(identityOf(root));
            c.cause = rc?.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isFromStep */ .jM)(root) ? { kind: 'base-image' } : { kind: 'after-miss', root: ref(root), rootChanged: rc?.why === 'new' };
        }
        else if (c.why === 'new') {
            c.cause = { kind: 'new' };
        }
        else {
            const copiesContext = /^(COPY|ADD)\s/i.test(h.instruction) && !/--from=/i.test(h.instruction);
            c.cause = { kind: 'first-miss', detail: copiesContext ? 'files' : 'not-in-cache' };
        }
    }
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

/***/ 41986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ untrackSecretPath),
/* harmony export */   Jz: () => (/* binding */ installCancelHandlers),
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
const running = () => [...children].filter((c) => c.exitCode === null && c.signalCode === null);
/**
 * Installs the SIGINT/SIGTERM handlers once. `log` writes one line (the action's log);
 * `exit` ends the process (injected for tests).
 */
function installCancelHandlers(log, exit = (c) => process.exit(c), graceMs = 7000) {
    if (installed)
        return;
    installed = true;
    let interrupted = false;
    process.on('SIGINT', () => {
        removeSecrets();
        if (interrupted)
            return;
        interrupted = true;
        const live = running();
        log(`buildstage: cancelled (SIGINT): secret files removed${live.length ? `; stopping buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
        for (const c of live)
            c.kill('SIGINT');
        const done = () => {
            if (running().length === 0)
                return exit(130);
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
        removeSecrets();
        const live = running();
        log(`buildstage: cancelled (SIGTERM): secret files removed${live.length ? `; killing buildx (pid ${live.map((c) => c.pid).join(', ')})` : ''}`);
        for (const c of live)
            c.kill('SIGKILL');
        exit(143);
    });
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
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   u6: () => (/* binding */ pushedImageSize)
/* harmony export */ });
/* unused harmony exports rawManifest, pickPlatformManifest */
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
// EXTERNAL MODULE: ./src/timing/model.ts
var model = __webpack_require__(35519);
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
        for (const v of Array.isArray(status.vertexes) ? status.vertexes : []) {
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
        for (const l of Array.isArray(status.logs) ? status.logs : []) {
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
// Runs `docker buildx build` (shell): the rawjson stream (stderr) goes to a file and,
// parsed as it arrives, to readable progress lines; stdout passes through.





/** Vertexes that may run while a cache transfer is stuck without the build making progress. */
const QUIET_KINDS = new Set(['cache-import', 'cache-export', 'internal', 'other']);
const isJsonish = (line) => /^\s*([{}\[\]]|"[^"]*"\s*:|"[^"]*",?$|-?\d|true|false|null)/.test(line);
function runBuildx(o) {
    const startedAt = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('docker', ['buildx', ...o.argv], {
            cwd: o.cwd,
            env: { ...(o.env ?? process.env), BUILDX_METADATA_WARNINGS: 'true' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        (0,cancel/* trackChild */.yH)(child);
        o.onSpawn?.(child);
        const file = (0,external_node_fs_.createWriteStream)(o.rawjsonFile);
        const progress = new ProgressText();
        const tail = [];
        let partial = '';
        // what runs now (started, not completed), for the stall watch
        const running = new Map();
        const names = new Map();
        let lastOutput = Date.now();
        let stalled = null;
        const emit = (statuses) => {
            for (const s of statuses) {
                for (const l of progress.lines(s))
                    o.log(l);
                for (const v of Array.isArray(s.vertexes) ? s.vertexes : []) {
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
        const watch = o.stallMs && o.parser
            ? setInterval(() => {
                const silentMs = Date.now() - lastOutput;
                if (stalled || silentMs < o.stallMs)
                    return;
                const now = [...running.values()].map((name) => ({ name, kind: (0,model/* classifyVertex */.vD)(name) }));
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
            if (watch)
                clearInterval(watch);
            file.end();
            reject(new Error(`could not run docker buildx: ${err.message}`));
        });
        child.on('close', (code) => {
            if (watch)
                clearInterval(watch);
            if (o.parser)
                emit(o.parser.end());
            if (partial.trim() !== '' && !isJsonish(partial))
                tail.push(partial);
            file.end(() => resolve({ exitCode: code ?? 1, errorTail: tail, startedAt, finishedAt: Date.now(), stalled }));
        });
    });
}


/***/ }),

/***/ 82245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkAwsRegion)
/* harmony export */ });
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
// AWS region codes (us-east-1, eu-central-2, us-gov-west-1, cn-north-1), for the inputs that take one.

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function checkAwsRegion(input, region) {
    if (region && !AWS_REGION.test(region))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${region}" is not an AWS region`, 'write a region code such as us-east-1 or eu-west-1 (lowercase)');
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
/* harmony import */ var _cache_mounts_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68048);
/* harmony import */ var _plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75774);
/* harmony import */ var _plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9108);
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
    // one rule per line, `#` comments; checked now (an InputError names the input and the line)
    const ruleLines = (name, check) => {
        const lines = (0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(get(name), { keepCommas: true, comment: true });
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
        // metadata-action's images: plain names (comma-separated too) or name=...,enable=... lines
        images: (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .enabledImageNames */ .xA)((0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImages */ .eb)((0,_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(get('images'), { keepCommas: true, comment: true }))),
        'tag-prefix': get('tag-prefix').trim(),
        'tag-rules': ruleLines('tag-rules', (lines) => (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagRules */ .hh)(lines)),
        flavor: ruleLines('flavor', (lines) => (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlavorInput */ .MP)(lines)),
        'sep-tags': get('sep-tags', { trimWhitespace: false }) || '\n',
        'sep-labels': get('sep-labels', { trimWhitespace: false }) || '\n',
        'sep-annotations': get('sep-annotations', { trimWhitespace: false }) || '\n',
        cache: oneOf('cache', get('cache'), CACHE_BACKENDS, 'auto'),
        'cache-ref': get('cache-ref').trim(),
        'cache-scope': get('cache-scope').trim(),
        'cache-write-on-pr': bool('cache-write-on-pr', false),
        'cache-dir': get('cache-dir').trim(),
        'cache-mounts': (0,_cache_mounts_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCacheMountsInput */ .nE)(list('cache-mounts')),
        'cache-mounts-max-size': (0,_cache_mounts_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .parseByteSize */ .nS)('cache-mounts-max-size', get('cache-mounts-max-size').trim() || '2g'),
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

/***/ 9871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ checkTargetStage),
/* harmony export */   sw: () => (/* binding */ checkInputs)
/* harmony export */ });
/* unused harmony exports CACHE_TYPES, OUTPUT_TYPES */
/* harmony import */ var _advisor_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41081);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66832);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68646);
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82245);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34233);
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
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('add-hosts', `${quote(entry)} is not host:ip`, 'write e.g. docker:10.180.0.1 (one per line or comma separated)');
    if (ip !== 'host-gateway' && !isIp(ip))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('add-hosts', `${quote(entry)}: "${ip}" is not an IP address`, 'write host:ip with an IPv4 or IPv6 address, or host:host-gateway');
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
function fieldsOf(entry) {
    return entry.split(',').map((f) => {
        const i = f.indexOf('=');
        return i < 0 ? [f.trim(), null] : [f.slice(0, i).trim(), f.slice(i + 1).trim()];
    });
}
function checkTyped(input, entry, types, example, bareOk) {
    const fields = fieldsOf(entry);
    if (fields.length === 1 && fields[0][1] === null) {
        if (bareOk)
            return;
    }
    const type = fields.find(([k]) => k === 'type')?.[1];
    if (type === undefined)
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(entry)} has no type=`, `write type=<${types.join('|')}>,... (e.g. ${example})`);
    if (!types.includes(type ?? ''))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(entry)}: unknown type "${type}"`, `write one of ${types.map((t) => `type=${t}`).join(', ')} (e.g. ${example})`);
    const mode = fields.find(([k]) => k === 'mode')?.[1];
    if (input === 'cache-to' && mode !== undefined && mode !== 'min' && mode !== 'max')
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(entry)}: mode "${mode}"`, 'write mode=min or mode=max');
}
const KNOWN_OS = ['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'js', 'wasip1', 'plan9', 'dragonfly'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm', 'x86_64', 'aarch64', 'armhf', 'armel', 'i386'];
/** containerd's platform specifiers: os[/arch[/variant]], or one of os or arch; `local`. */
function checkPlatform(p) {
    const fix = 'write os/arch[/variant], e.g. linux/amd64,linux/arm64';
    if (p === 'local')
        return;
    const parts = p.split('/');
    if (parts.length > 3 || parts.some((x) => !/^[A-Za-z0-9_.()-]+$/.test(x)))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', `${quote(p)} is not a platform`, fix);
    if (parts.length === 1 && ![...KNOWN_OS, ...KNOWN_ARCH].includes(p.toLowerCase()))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', `${quote(p)} is neither an operating system nor an architecture`, fix);
}
/** docker's units.RAMInBytes, as buildx parses --shm-size. */
const SIZE = /^\d+(\.\d+)? ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];
/** docker's units.ParseUlimit: name=soft[:hard], soft <= hard. */
function checkUlimit(u) {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(u);
    if (!m)
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('ulimit', `${quote(u)} is not name=soft[:hard]`, 'write e.g. nofile=1024:2048');
    if (!ULIMITS.includes(m[1]))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('ulimit', `${quote(u)}: unknown limit "${m[1]}"`, `write one of ${ULIMITS.join(', ')}`);
    if (m[3] !== undefined && Number(m[2]) > Number(m[3]))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('ulimit', `${quote(u)}: the soft limit is above the hard limit`, 'write soft:hard with soft <= hard');
}
const BOOLISH = ['1', 't', 'T', 'true', 'TRUE', 'True', '0', 'f', 'F', 'false', 'FALSE', 'False'];
/** An attestation's attributes (provenance, sbom): a boolean, or key=value fields. */
function checkAttestAttrs(input, value, example) {
    if (value === '')
        return;
    for (const [k, v] of fieldsOf(value)) {
        if (v === null ? !BOOLISH.includes(k) : k === '')
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(value)}: "${k}" is neither true/false nor key=value`, `write true, false or attributes such as ${example}`);
        if (input === 'provenance' && k === 'mode' && v !== 'min' && v !== 'max')
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(value)}: mode "${v}"`, 'write mode=min or mode=max');
    }
}
const CALLS = ['build', 'check', 'outline', 'targets', 'subrequests.describe'];
/** Git branch names (git check-ref-format), as they appear in GITHUB_REF after refs/heads/. */
function checkBranch(b) {
    if (b.startsWith('refs/'))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('baseline-branches', `${quote(b)} is a full ref`, `write the branch name only (${quote(b.replace(/^refs\/(heads\/)?/, ''))})`);
    if (/[\s~^:?*[\\]|\.\.|@\{|^[-/.]|[/.]$|\.lock$|\/\//.test(b))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('baseline-branches', `${quote(b)} is not a branch name`, 'write branch names such as main or release/1.x, one per line or comma separated');
}
function checkRef(input, ref, fix = 'write a reference such as registry.example.com/team/app:buildcache') {
    try {
        (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(ref);
    }
    catch (e) {
        if (e instanceof _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageRefError */ .z0)
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, e.message, fix);
        throw e;
    }
}
/** A value that goes into a buildx CSV field (cache-from/cache-to): a comma or quote would start another field. */
function checkCsvField(input, value, example) {
    if (/[,"\n]/.test(value))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quote(value)} contains a comma, quote or newline, which would split the cache entry`, `write a value without them (e.g. ${example})`);
}
/** Throws an InputError for the first input buildx or this action would refuse later. */
function checkInputs(i) {
    // buildx reads these flags as comma-separated lists
    const split = (l) => l.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    for (const h of split(i['add-hosts']))
        checkHost(h);
    for (const a of split(i.allow)) {
        if (!ENTITLEMENTS.includes(a) && !a.startsWith('device='))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('allow', `unknown entitlement ${quote(a)}`, `write one of ${ENTITLEMENTS.join(', ')}`);
    }
    for (const a of i.annotations) {
        if (!/^[^=]+=/.test(a))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('annotations', `${quote(a)} is not key=value`, 'write e.g. org.opencontainers.image.description=My image (one per line)');
    }
    for (const a of i.attests) {
        if (!fieldsOf(a).some(([k, v]) => k === 'type' && v))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('attests', `${quote(a)} has no type=`, 'write e.g. type=sbom,generator=image or type=provenance,mode=max');
    }
    for (const b of i['build-contexts']) {
        if (!/^[^=]+=./.test(b))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('build-contexts', `${quote(b)} is not name=value`, 'write e.g. alpine=docker-image://alpine:3.20 or src=./path (one per line)');
    }
    for (const c of i['cache-from'])
        checkTyped('cache-from', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache', true);
    for (const c of i['cache-to'])
        checkTyped('cache-to', c, CACHE_TYPES, 'type=registry,ref=user/app:buildcache,mode=max', true);
    if (i.call && !CALLS.includes(fieldsOf(i.call)[0][0]))
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('call', `unknown method ${quote(i.call)}`, `write one of ${CALLS.join(', ')}`);
    if (i.network && !['default', 'host', 'none'].includes(i.network)) {
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('network', `BuildKit has no network mode ${quote(i.network)}`, 'write default, host or none (a custom network is set on the builder: docker/setup-buildx-action driver-opts network=...)');
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
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('shm-size', `${quote(i['shm-size'])} is not a size`, 'write a size such as 2g, 512m or 1073741824');
    for (const s of i.ssh) {
        if (s.startsWith('='))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('ssh', `${quote(s)} has no id`, 'write default, or id=path/to/key');
    }
    for (const u of i.ulimit)
        checkUlimit(u);
    for (const t of i.tags)
        checkRef('tags', t, 'fix the reference');
    for (const img of i.images) {
        checkRef('images', img, 'write an image name such as ghcr.io/acme/api');
        if (/@|:[^/]*$/.test(img))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${quote(img)} carries a tag or digest`, 'list image names without a tag; tags are computed');
    }
    // with `bake`, each target's image comes from the definition or bake-images (src/bake/plan.ts checks it)
    if (i.push && i.tags.length === 0 && i.images.length === 0 && i.bake.length === 0) {
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
    }
    if (i['tag-prefix'] && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(i['tag-prefix'])) {
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('tag-prefix', `${quote(i['tag-prefix'])} cannot start a tag`, 'write letters, digits, "_", "." and "-", not starting with "." or "-" (e.g. api-)');
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
        if (!_advisor_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FINDING_IDS */ .j.includes(id))
            throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('advisor-skip', `unknown finding id ${quote(id)}`, `write ids from ${_advisor_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FINDING_IDS */ .j.join(', ')}`);
    }
    for (const b of i['baseline-branches'])
        checkBranch(b);
    (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegressionThreshold */ .YJ)(i['regression-threshold']);
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
        throw new _list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('target', `the Dockerfile has no stage ${quote(target)}`, named.length ? `write one of ${named.join(', ')}` : 'name a stage with FROM <image> AS <name>, or leave target empty');
    }
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
/* harmony export */   Eu: () => (/* binding */ renderTimingMarkdown),
/* harmony export */   _x: () => (/* binding */ buildFacts)
/* harmony export */ });
/* unused harmony exports ganttAxis, renderGantt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92887);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → Markdown for the job summary, as people read it on GitHub: a headline
// (image, total, cache hits, size) with the build's facts and links under it, where the time
// went (steps and the export, cache and push phases side by side), the stages in Dockerfile
// order, the critical path, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped and never autolinked.


const stageLabel = (name, platform) => (platform ? `${name} (${platform})` : name);
function lineLink(line, lineUrl, text = line === null ? '' : `L${line}`) {
    if (line === null)
        return '';
    const url = lineUrl?.(line);
    return url ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">${text}</a>` : text;
}
/** `runtime L27`, linked to the line. */
function whereCell(s, lineUrl) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))}${s.line !== null ? ` ${lineLink(s.line, lineUrl)}` : ''}`;
}
/** The cache ref or scope a build read, from its cache-from entries (meta.cacheRef), shortened. */
function cacheText(meta) {
    const backend = meta.cacheBackend;
    if (!backend)
        return null;
    const ref = meta.cacheRef;
    if (!ref)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend);
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(backend === 'registry' || backend === 'inline' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(ref) : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(ref, 60))}`;
}
/** The facts and links under the headline: commit, digest, builder/driver, cache, build record. */
function buildFacts(report, links = {}, withCommit = true) {
    const m = report.meta ?? {};
    const parts = [];
    if (m.commit && withCommit) {
        const sha = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(m.commit.slice(0, 7));
        parts.push(`commit ${links.commitUrl ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.commitUrl)}"><code>${sha}</code></a>` : `<code>${sha}</code>`}`);
    }
    if (report.image?.digest)
        parts.push(`digest <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(report.image.digest.replace(/^sha256:/, '').slice(0, 12))}</code>`);
    const builder = m.builder && m.builder !== 'unknown' ? m.builder : null;
    const driver = m.driver && m.driver !== 'unknown' ? m.driver : null;
    // (setup-buildx-action names its builders builder-<uuid>: the start says enough)
    if (builder || driver)
        parts.push(`builder ${builder ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(builder, 20)) : ''}${driver ? `${builder ? ' ' : ''}(${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(driver)} driver)` : ''}`);
    const cache = cacheText(m);
    if (cache)
        parts.push(`cache ${cache}`);
    if (links.buildRecordUrl)
        parts.push(`<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.buildRecordUrl)}">build record</a>`);
    return parts.length ? `<sub>${parts.join(' · ')}</sub>` : '';
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text.replace(/[:;#`"<>]/g, ' ').replace(/\s+/g, ' ').trim(), 60) || 'step';
}
/** A tick every 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min or 1 h: about ten ticks over the chart. */
function ganttAxis(spanMs) {
    const ticks = [
        [1_000, '1second'],
        [2_000, '2second'],
        [5_000, '5second'],
        [10_000, '10second'],
        [15_000, '15second'],
        [30_000, '30second'],
        [60_000, '1minute'],
        [120_000, '2minute'],
        [300_000, '5minute'],
        [600_000, '10minute'],
        [900_000, '15minute'],
        [1_800_000, '30minute'],
        [3_600_000, '1hour']
    ];
    const pick = ticks.find(([ms]) => spanMs / ms <= 10) ?? ticks[ticks.length - 1];
    return { tickInterval: pick[1], axisFormat: spanMs >= 3_600_000 ? '%H:%M' : '%M:%S' };
}
/**
 * The gantt chart: the steps that ran, by stage in Dockerfile order, and the phases
 * outside the steps at the times they ran. The axis starts at the first bar drawn and
 * reads m:ss from there; ticks are chosen for the chart's length. Critical path bars are `crit`.
 */
function renderGantt(report, maxTasks = 40) {
    const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
    const kept = new Set([...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, maxTasks));
    const critical = new Set(report.criticalPath ?? []);
    const sections = [];
    let id = 0;
    const bySection = new Map();
    for (const st of report.stages)
        bySection.set(stageLabel(st.name, st.platform), []);
    for (const s of ran) {
        if (!kept.has(s))
            continue;
        const key = stageLabel(s.stage, s.platform);
        const a = s.startMs;
        const tasks = bySection.get(key) ?? [];
        tasks.push({ name: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 60), id: `t${id++}`, a, b: a + s.durationMs, crit: critical.has(s.name) });
        bySection.set(key, tasks);
    }
    for (const [name, tasks] of bySection)
        if (tasks.length)
            sections.push([name, tasks]);
    const outside = [];
    const w = report.phaseWindows ?? {};
    for (const p of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PHASES */ .ZG) {
        const win = w[p.window];
        const ms = report.phases[p.key] ?? 0;
        if (!win || ms <= 0)
            continue;
        outside.push({ name: p.label, id: `e${id++}`, a: win.startMs, b: win.endMs, crit: false });
    }
    if (!Object.keys(w).length) {
        // a report without phase times (an earlier writer): the export phases end the build
        let cursor = Math.max(0, report.durationMs - report.phases.imageExportMs - report.phases.cacheExportMs - report.phases.pushMs);
        for (const [name, ms] of [['image export', report.phases.imageExportMs], ['cache export', report.phases.cacheExportMs], ['push', report.phases.pushMs]]) {
            if (ms <= 0)
                continue;
            outside.push({ name, id: `e${id++}`, a: cursor, b: cursor + ms, crit: false });
            cursor += ms;
        }
    }
    if (outside.length)
        sections.push(['outside the steps', outside.sort((x, y) => x.a - y.a)]);
    const all = sections.flatMap(([, t]) => t);
    const origin = all.length ? Math.min(...all.map((t) => t.a)) : 0;
    const end = all.length ? Math.max(...all.map((t) => t.b)) : 0;
    const axis = ganttAxis(end - origin);
    const lines = [
        '```mermaid',
        'gantt',
        '  title Build timeline (m:ss from the first vertex)',
        '  dateFormat x',
        `  axisFormat ${axis.axisFormat}`,
        `  tickInterval ${axis.tickInterval}`
    ];
    for (const [name, tasks] of sections) {
        lines.push(`  section ${ganttName(name)}`);
        for (const t of tasks) {
            const a = Math.round(t.a - origin);
            lines.push(`  ${ganttName(t.name)} :${t.crit ? 'crit, ' : ''}${t.id}, ${a}, ${Math.max(a + 1, Math.round(t.b - origin))}`);
        }
    }
    lines.push('```');
    return lines.join('\n');
}
function timeRowCells(r, total, lineUrl) {
    const share = total > 0 ? `${Math.round((100 * r.durationMs) / total)}%` : '';
    if (r.kind === 'phase')
        return [`<i>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(r.phase.label)}</i>`, '', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
    return [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction)), whereCell(r.step, lineUrl), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
}
/** A stage's wall time, or `cached` when every counted step came back from cache (its FROM may have been resolved). */
function stageTime(s) {
    if (s.steps > 0 && s.cachedSteps === s.steps)
        return 'cached';
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
}
function renderTimingMarkdown(report, opts = {}) {
    const out = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countCachedSteps */ .BI)(report.steps);
    const name = opts.title ?? (report.image.tags[0] ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])) : 'Build');
    out.push(`### ${report.failed ? '❌ failed:' : '✅'} ${name} — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheHitRatioOf */ .iY)(count))} (${count.cached}/${count.steps} steps) · image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    const facts = buildFacts(report, opts.links);
    if (facts)
        out.push('', facts);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const url = f.line !== null ? opts.lineUrl?.(f.line) : undefined;
        const where = f.line !== null ? ` (Dockerfile ${url ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.name, 200))}${where}`, '');
        out.push(`**Error:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
        }
    }
    const rows = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestRows */ .Pf)(report, 5);
    if (rows.length) {
        out.push('#### Where the time went', '', '| | step or phase | stage | time | share |', '|--:|---|---|--:|--:|');
        rows.forEach((r, i) => out.push(`| ${i + 1} | ${timeRowCells(r, report.durationMs, opts.lineUrl).join(' | ')} |`));
        const p = report.phases;
        const outside = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PHASES */ .ZG.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs').map((x) => `${x.label} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`);
        out.push('', `<sub>Outside the Dockerfile steps: ${outside.join(' · ')}. Share: of the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} wall time; parts that overlap add up to more.</sub>`, '');
    }
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name), ...(multi ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.platform ?? '')] : []), stageTime(s), String(s.steps), String(s.cachedSteps)];
            out.push(`| ${cells.join(' | ')} |`);
        }
        out.push('', '<sub>In Dockerfile order. Stages that do not depend on each other run in parallel: their times overlap. Steps are the instructions that build a layer (FROM is not counted); a step two stages share is counted in the first.</sub>', '');
    }
    if (report.criticalPath.length) {
        const byName = new Map(report.steps.map((s) => [s.name, s]));
        const p = report.phases;
        const phaseOf = (n) => /^\[internal\] load build context/.test(n)
            ? ['context transfer', p.contextTransferMs]
            : /^exporting cache/.test(n)
                ? ['cache export', p.cacheExportMs]
                : /^exporting to /.test(n)
                    ? ['image export', p.imageExportMs]
                    : /^pushing /.test(n)
                        ? ['push', p.pushMs]
                        : null;
        const items = report.criticalPath.map((n) => {
            const s = byName.get(n);
            if (s)
                return `<li>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction))} ${whereCell(s, opts.lineUrl)} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)}</li>`;
            const ph = phaseOf(n);
            return ph ? `<li><i>${ph[0]}</i> · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ph[1])}</li>` : `<li><i>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(n, 80))}</i></li>`;
        });
        const ms = report.criticalPathMs;
        out.push(`<details><summary>Critical path${ms !== undefined ? `: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ms)}` : ''}, ${report.criticalPath.length} vertexes (cached steps weigh nothing)</summary>`, '', `<ol>${items.join('')}</ol>`, '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, 300))}`), '');
    }
    const bases = report.steps.filter(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFromStep */ .jM).length;
    out.push(`<details><summary>All ${count.steps} steps${bases ? ` and ${bases} base image${bases > 1 ? 's' : ''} (FROM)` : ''}, in Dockerfile order</summary>`, '', '| line | stage | step | time |', '|--:|---|---|--:|');
    for (const s of report.steps) {
        const short = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 90);
        const full = s.instruction.replace(/\s+/g, ' ').trim();
        const shared = s.sharedWith?.length ? `<sub>also ${s.sharedWith.map((x) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(x.stage)} ${lineLink(x.line, opts.lineUrl)}`).join(', ')}</sub>` : '';
        // the full text, flags and all, one click away: a long command never makes a tall row
        const text = short === full ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(full)}${shared ? `<br>${shared}` : ''}` : `<details><summary>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(short)}${shared ? ` ${shared}` : ''}</summary>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(full, 2000))}</details>`;
        out.push(`| ${lineLink(s.line, opts.lineUrl)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))} | ${text} | ${s.cached ? 'cached' : s.startMs === null ? '–' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} |`);
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
