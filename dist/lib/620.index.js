export const id = 620;
export const ids = [620];
export const modules = {

/***/ 41081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ FINDING_IDS)
/* harmony export */ });
// What the advisor reports. Ids are stable: users skip them by id and tools key on them.
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

/***/ 34233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);

function parseList(input, opts = {}) {
    if (input === '' || input.trim() === '')
        return [];
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
        columns: false,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        quote: opts.noQuotes ? false : '"',
        ...(opts.comment ? { comment: '#', comment_no_infix: true } : {})
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

/***/ 29868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J4: () => (/* binding */ SECRET_NAME),
  C7: () => (/* binding */ planBuild),
  iY: () => (/* binding */ planJson),
  $D: () => (/* binding */ renderPlanText),
  wK: () => (/* binding */ resolveContext)
});

// UNUSED EXPORTS: secretLikeBuildArgs

// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(34233);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
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
var plan_cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/plan/metadata.ts
var plan_metadata = __webpack_require__(75774);
;// CONCATENATED MODULE: ./src/plan/build-plan.ts






/** Whole `_`-separated words only: NPM_TOKEN, DB_PASSWORD, API_KEY; not AUTHOR or TOKENIZERS_PARALLELISM. */
const SECRET_NAME = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|APIKEY|CREDENTIALS?|AUTH)(_|$)|(^|_)(API|PRIVATE|ACCESS)_KEY(_|$)/i;
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
    const dc = defaultContextOf(p.ctx).value;
    const i = { ...p.inputs, 'build-contexts': p.inputs['build-contexts'].map((b) => b.replace(DEFAULT_CONTEXT, dc)) };
    const warnings = [];
    for (const img of parseRefs('images', i.images)) {
        if (img.tag || img.digest)
            throw new list/* InputError */.dz('images', `"${img.name}" carries a tag or digest`, 'list image names without a tag; tags are computed');
    }
    let tags = i.tags;
    let tagsComputed = false;
    // tags, labels and annotations as docker/metadata-action computes them (tag-rules, or the default set)
    let metadata = (0,plan_metadata/* givenMetadata */.v2)(tags, i.labels, i.annotations);
    if (tags.length === 0 && i.images.length > 0) {
        if (Number.isNaN((0,git_context/* shortShaLengthFromEnv */.GM)(p.env))) {
            throw new list/* InputError */.dz('DOCKER_METADATA_SHORT_SHA_LENGTH', `"${p.env.DOCKER_METADATA_SHORT_SHA_LENGTH}" is not a number`, 'set it to how many characters a short sha has (default 7), or unset it');
        }
        const levels = (0,plan_metadata/* annotationLevelsFromEnv */.Kr)(p.env);
        metadata = (0,plan_metadata/* computeMetadata */.FT)({
            ctx: p.ctx, now: p.now, images: i.images, tagRules: i['tag-rules'], flavor: i.flavor, tagPrefix: i['tag-prefix'],
            labels: i.labels, annotations: i.annotations, annotationLevels: levels
        });
        tags = metadata.tags;
        tagsComputed = true;
        warnings.push(...metadata.warnings);
    }
    const refs = parseRefs('tags', tags);
    const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
    // an output with push=true names its image itself (push-by-digest); only `push` needs a tag
    if (i.push && tags.length === 0 && tagsComputed) {
        throw new list/* InputError */.dz('tag-rules', `no rule gives a tag for ${p.ctx.ref || 'this context'} (event ${p.ctx.eventName})`, 'add a rule that applies here (e.g. type=sha), or set push: false for this event');
    }
    if (i.push && tags.length === 0) {
        throw new list/* InputError */.dz('tags', 'push is true but no tag is set', 'set `tags` (e.g. registry/app:1.0) or `images` to compute tags from the git context');
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


/***/ }),

/***/ 70769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ ghaVersionProblem),
/* harmony export */   _s: () => (/* binding */ planCache),
/* harmony export */   ou: () => (/* binding */ driverCacheProblem),
/* harmony export */   t7: () => (/* binding */ hasActionsCacheService)
/* harmony export */ });
/* unused harmony exports missingCacheServiceVariables, defaultScope, resolveBackend */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34233);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74725);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68646);
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
    const fields = entry.split(',').map((f) => f.trim());
    if (!fields.includes('type=gha'))
        return null;
    const has = (k) => fields.some((f) => f.startsWith(`${k}=`) && f.length > k.length + 1);
    const missing = missingCacheServiceVariables(env).filter((v) => (v === 'ACTIONS_RUNTIME_TOKEN' ? !has('token') : !has('url') && !has('url_v2')));
    return missing.length ? missing : null;
}
/** The part of an image that names its cache: registry/repository without tag. */
function imageKey(images, tags) {
    const first = images[0] ?? tags[0];
    if (!first)
        return null;
    const ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(first);
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
    return (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .slug */ .yR)(parts.join('-'), 100);
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
        for (const [name, entries] of [['cache-from', input.explicitFrom], ['cache-to', input.explicitTo]]) {
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
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cache', `gha needs the GitHub Actions cache service, but ${describeMissing(missing)} not set, and buildx would leave the cache out without a word`, GHA_FIX);
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
                throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('cache', 'the registry cache needs an image to store its cache next to', 'set `tags` or `images`, or `cache-ref`');
            }
            const base = input.cacheRef || `${key}:buildcache`;
            if (input.cacheRef)
                (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(input.cacheRef);
            const branch = pr ? input.ctx.headRef : (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .branchOf */ .W0)(input.ctx);
            const own = !branch || (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isDefaultBranch */ .ok)(input.ctx) ? base : `${base}-${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .slug */ .yR)(branch, 60)}`;
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

/***/ 67087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ RuleError),
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   tt: () => (/* binding */ DEFAULT_FLAVOR),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
// The `flavor` input, in docker/metadata-action's syntax: latest=auto|true|false,
// prefix=P[,onlatest=true], suffix=S[,onlatest=true]. Pure; a bad entry is a RuleError
// the caller turns into an InputError naming its input.

const DEFAULT_FLAVOR = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
/** What was wrong with one entry of a rule input, and what to write instead. */
class RuleError extends Error {
    problem;
    fix;
    constructor(problem, fix) {
        super(`${problem}; ${fix}`);
        this.problem = problem;
        this.fix = fix;
        this.name = 'RuleError';
    }
}
/** The comma-separated fields of one line, with CSV quoting (`"pattern=a,b",group=1`). */
function fieldsOf(line) {
    try {
        const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
        return records[0] ?? [];
    }
    catch (e) {
        throw new RuleError(`cannot be read as comma-separated fields (${e.message})`, 'quote a field that holds commas or quotes: "pattern=a,b"');
    }
}
function parseFlavor(lines) {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of lines) {
        let onLatestFor = '';
        for (const field of fieldsOf(line)) {
            const parts = field.split('=').map((p) => p.trim());
            if (parts.length === 1)
                throw new RuleError(`"${field}" is not key=value`, 'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)');
            const key = parts[0].toLowerCase();
            const value = parts[1];
            switch (key) {
                case 'latest':
                    if (value !== 'auto' && value !== 'true' && value !== 'false')
                        throw new RuleError(`latest=${value} is not a latest flavor`, 'write latest=auto, latest=true or latest=false');
                    flavor.latest = value;
                    break;
                case 'prefix':
                    flavor.prefix = value;
                    onLatestFor = 'prefix';
                    break;
                case 'suffix':
                    flavor.suffix = value;
                    onLatestFor = 'suffix';
                    break;
                case 'onlatest':
                    if (value !== 'true' && value !== 'false')
                        throw new RuleError(`onlatest=${value} is not a boolean`, 'write onlatest=true or onlatest=false after prefix= or suffix=');
                    if (onLatestFor === 'prefix')
                        flavor.prefixLatest = value === 'true';
                    if (onLatestFor === 'suffix')
                        flavor.suffixLatest = value === 'true';
                    break;
                default:
                    throw new RuleError(`unknown flavor "${parts[0]}"`, 'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)');
            }
        }
    }
    return flavor;
}


/***/ }),

/***/ 74725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ workflowRunUrl),
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   GM: () => (/* binding */ shortShaLengthFromEnv),
/* harmony export */   Vc: () => (/* binding */ gitContextFromEnv),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   ok: () => (/* binding */ isDefaultBranch),
/* harmony export */   r0: () => (/* binding */ isPullRequest),
/* harmony export */   yu: () => (/* binding */ repoMetaFromApi)
/* harmony export */ });
// The git/CI facts tags, labels and cache scopes are computed from. Pure: built from the
// environment and the event payload; the shell reads GITHUB_EVENT_PATH or asks git.
/** The repository metadata a payload carries (a full repository object has name and html_url). */
function repoMetaFromApi(r) {
    if (!r?.name || !r.html_url)
        return undefined;
    return { name: r.name, description: r.description ?? null, htmlUrl: r.html_url, license: r.license?.spdx_id ?? null, defaultBranch: r.default_branch ?? null };
}
/** DOCKER_METADATA_SHORT_SHA_LENGTH as a number; undefined when unset; NaN when not a number. */
function shortShaLengthFromEnv(env) {
    const raw = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
    return raw ? Number(raw) : undefined;
}
/**
 * Events GitHub runs on the default branch's last commit, so the ref's branch is the
 * default branch even when the payload does not say (a schedule payload is only
 * `{"schedule": "..."}`). docker/metadata-action's {{is_default_branch}} is true on these
 * (and on `create`, which we leave out: a created branch is not the default branch).
 */
const ON_DEFAULT_BRANCH = new Set(['schedule', 'issues', 'discussion', 'discussion_comment']);
function gitContextFromEnv(env, payload = {}) {
    const eventName = env.GITHUB_EVENT_NAME ?? 'local';
    const envRef = env.GITHUB_REF ?? '';
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(envRef);
    const prNumber = payload.pull_request?.number ?? payload.number ?? (prFromRef ? Number(prFromRef[1]) : null);
    // pull_request_target runs in the base branch's context (GITHUB_REF/GITHUB_SHA are the base
    // branch's); metadata-action tags it as the PR: ref refs/pull/<number>/merge, sha unchanged
    const ref = eventName === 'pull_request_target' && prNumber !== null ? `refs/pull/${prNumber}/merge` : envRef;
    const sha = env.GITHUB_SHA ?? '';
    const headSha = payload.pull_request?.head?.sha;
    const tagSha = /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && eventName.startsWith('pull_request') && headSha ? headSha : undefined;
    const envBranch = envRef.startsWith('refs/heads/') ? envRef.slice('refs/heads/'.length) : null;
    // metadata-action's commit date: the push payload's commit of that sha (else the shell asks the API)
    const namedSha = tagSha ?? sha;
    const commitDate = payload.commits?.find((c) => c.id === namedSha)?.timestamp ?? (payload.head_commit?.id === namedSha ? payload.head_commit?.timestamp : undefined);
    const shortShaLength = shortShaLengthFromEnv(env);
    const repoMeta = repoMetaFromApi(payload.repository);
    return {
        eventName,
        ref,
        sha,
        ...(tagSha ? { tagSha } : {}),
        defaultBranch: payload.repository?.default_branch ?? (ON_DEFAULT_BRANCH.has(eventName) ? envBranch : null),
        baseRef: env.GITHUB_BASE_REF || payload.pull_request?.base?.ref || null,
        headRef: env.GITHUB_HEAD_REF || payload.pull_request?.head?.ref || null,
        prNumber: prNumber ?? null,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        repository: env.GITHUB_REPOSITORY || null,
        runId: env.GITHUB_RUN_ID || null,
        runAttempt: env.GITHUB_RUN_ATTEMPT || null,
        repoPrivate: payload.repository?.private ?? false,
        ...(commitDate ? { commitDate } : {}),
        ...(payload.base_ref ? { tagBaseRef: payload.base_ref } : {}),
        ...(shortShaLength !== undefined && !isNaN(shortShaLength) ? { shortShaLength } : {}),
        ...(repoMeta ? { repoMeta } : {})
    };
}
function branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : null;
}
function isDefaultBranch(ctx) {
    const b = branchOf(ctx);
    return b !== null && ctx.defaultBranch !== null && b === ctx.defaultBranch && !isPullRequest(ctx);
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

/***/ 68646:
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

/***/ 75774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ computeMetadata),
/* harmony export */   Kr: () => (/* binding */ annotationLevelsFromEnv),
/* harmony export */   MP: () => (/* binding */ parseFlavorInput),
/* harmony export */   YE: () => (/* binding */ metadataJson),
/* harmony export */   v2: () => (/* binding */ givenMetadata)
/* harmony export */ });
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
/* harmony import */ var _flavor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67087);
/* harmony import */ var _tag_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9108);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49458);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77909);
// Tags, labels and annotations as docker/metadata-action outputs them (version, tags,
// tag-names, labels, annotations, json), for the default tag set (src/plan/tags.ts) or
// for `tag-rules` + `flavor` (src/plan/tag-rules.ts). Pure.





/** The annotation levels metadata-action reads from DOCKER_METADATA_ANNOTATIONS_LEVELS. */
function annotationLevelsFromEnv(env) {
    return (env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest').split(',');
}
/** The `flavor` input parsed, or an InputError naming the input and the line. */
function parseFlavorInput(lines, input = 'flavor') {
    let k = 0;
    try {
        for (k = 0; k < lines.length; k++)
            (0,_flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlavor */ .wp)([lines[k]]);
        return (0,_flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlavor */ .wp)(lines);
    }
    catch (e) {
        if (e instanceof _flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .RuleError */ .FB)
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${k + 1} "${lines[k]}": ${e.problem}`, e.fix);
        throw e;
    }
}
/** key=value entries merged by key (the last wins), entries without `=` dropped, sorted by key as metadata-action sorts them. */
function mergeByKey(entries) {
    const map = new Map();
    for (const e of entries) {
        const [key, ...values] = e.split('=');
        if (values.length === 0)
            continue;
        map.set(key, values.join('='));
    }
    return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}
function computeMetadata(m) {
    const n = { tagRules: 'tag-rules', flavor: 'flavor', tagPrefix: 'tag-prefix', ...m.names };
    const withLevels = (entries) => m.annotationLevels.flatMap((level) => entries.map((a) => `${level}:${a}`));
    const imageTags = (names) => (m.images.length === 0 ? [...names] : m.images.flatMap((img) => names.map((t) => `${img}:${t}`)));
    if (m.tagRules.length === 0) {
        if (m.flavor.length > 0) {
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(n.flavor, 'applies to tag-rules, and tag-rules is empty', `set ${n.tagRules} too (the default set as rules: type=semver,pattern={{version}}, type=ref,event=branch, type=ref,event=pr, type=sha, ...), or remove ${n.flavor}`);
        }
        const { names, version } = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .computeTagNames */ .ME)(m.ctx, m.tagPrefix);
        const userKeys = new Set(m.labels.map((l) => l.split('=')[0]));
        const oci = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .ociLabels */ .TT)(m.ctx, version, m.now);
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
        throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(n.tagPrefix, 'applies to the default tag set, and tag-rules is set', `write the prefix in ${n.flavor} (prefix=${m.tagPrefix},onlatest=true) or on a rule (prefix=${m.tagPrefix})`);
    }
    const rules = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagRules */ .hh)(m.tagRules, n.tagRules);
    const flavor = m.flavor.length > 0 ? parseFlavorInput(m.flavor, n.flavor) : _flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FLAVOR */ .tt;
    const env = { ctx: m.ctx, flavor, now: m.now, shortShaLength: m.ctx.shortShaLength, defaultBranch: m.ctx.repoMeta?.defaultBranch ?? m.ctx.defaultBranch };
    let evaluated;
    try {
        evaluated = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateTagRules */ .vN)(rules, env);
    }
    catch (e) {
        if (e instanceof _tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RuleEvalError */ .PH)
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(n.tagRules, `line ${e.rule.line} "${e.rule.source}": ${e.problem}`, e.fix);
        throw e;
    }
    const { version, warnings } = evaluated;
    const names = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .tagNamesOf */ .yE)(version, flavor);
    if (names.length === 0)
        warnings.push(`No tag was computed for ${m.ctx.ref || 'this context'}: check ${n.tagRules}`);
    // labels and annotations: the OCI set, then the inputs' entries with their templates evaluated
    const global = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .globalTemplateContext */ .bK)(env);
    const templated = (input, entries) => entries.map((e) => {
        try {
            return (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTemplate */ .Xm)(e, global);
        }
        catch (err) {
            if (err instanceof _template_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w)
                throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${e}": ${err.message}`, 'write templates as {{branch}}, {{sha}}, {{date \'YYYYMMDD\'}}');
            throw err;
        }
    });
    const oci = Object.entries((0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .ociAnnotationSet */ .zx)(m.ctx, version.main, m.now)).map(([k, v]) => `${k}=${v}`);
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
function givenMetadata(tags, labels, annotations) {
    const names = [...new Set(tags.map((t) => t.slice(t.lastIndexOf(':') > t.lastIndexOf('/') ? t.lastIndexOf(':') + 1 : t.length)).filter((x) => x !== ''))];
    return { mode: 'default', version: null, tags, tagNames: names, labels, annotations, warnings: [] };
}
/** metadata-action's `json` output: {tags, tag-names, labels: {key: value}, annotations}. */
function metadataJson(md) {
    const labels = {};
    for (const l of md.labels) {
        const match = /([^=]*)=(.*)/.exec(l);
        if (match)
            labels[match[1]] = match[2];
    }
    return { tags: md.tags, 'tag-names': md.tagNames, labels, annotations: md.annotations };
}


/***/ }),

/***/ 9108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PH: () => (/* binding */ RuleEvalError),
  xA: () => (/* binding */ enabledImageNames),
  vN: () => (/* binding */ evaluateTagRules),
  bK: () => (/* binding */ globalTemplateContext),
  eb: () => (/* binding */ parseImages),
  hh: () => (/* binding */ parseTagRules),
  yE: () => (/* binding */ tagNamesOf)
});

// UNUSED EXPORTS: DEFAULT_PRIORITIES, RULE_TYPES, parseTagRule

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(34233);
;// CONCATENATED MODULE: ./src/plan/date-format.ts
// Dates in tag templates ({{date 'YYYYMMDD' tz='Asia/Tokyo'}}, {{commit_date ...}}), formatted
// with moment's format tokens as docker/metadata-action formats them (moment-timezone), without
// moment: the zone's offset comes from Intl (the runtime's IANA database), and the tokens are
// read with moment's own token grammar. Pure: the instant is always passed in.
class DateFormatError extends Error {
}
/** Offset of `zone` from UTC at `at`, in minutes (Asia/Tokyo → 540). Throws on an unknown zone. */
function zoneOffsetMinutes(at, zone) {
    if (zone === 'UTC' || zone === 'Etc/UTC')
        return 0;
    let dtf;
    try {
        dtf = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
    }
    catch {
        throw new DateFormatError(`unknown time zone "${zone}"`);
    }
    const p = {};
    for (const part of dtf.formatToParts(at))
        if (part.type !== 'literal')
            p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    return Math.round((asUtc - (at.getTime() - at.getUTCMilliseconds())) / 60000);
}
function zoneAbbreviation(at, zone) {
    if (zone === 'UTC' || zone === 'Etc/UTC')
        return 'UTC';
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((x) => x.type === 'timeZoneName');
    return part?.value ?? '';
}
const pad = (n, width) => {
    const s = String(Math.abs(n)).padStart(width, '0');
    return n < 0 ? `-${s}` : s;
};
function ordinal(n) {
    const b = n % 10;
    const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Day of the year, 1-based, of a date read in UTC fields. */
function dayOfYear(d) {
    return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}
/** moment's weekOfYear: weeks start on `dow`, week 1 holds January `7 + dow - doy`. */
function weekOfYear(d, dow, doy) {
    const firstDay = (y) => {
        const fwd = 7 + dow - doy; // first-week day, as a date in January
        const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1; // day-of-year offset of week 1's start
    };
    const weeksInYear = (y) => {
        const daysInYear = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
        return (daysInYear - firstDay(y) + firstDay(y + 1)) / 7;
    };
    const y = d.getUTCFullYear();
    const week = Math.floor((dayOfYear(d) - firstDay(y) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(y - 1), year: y - 1 };
    if (week > weeksInYear(y))
        return { week: week - weeksInYear(y), year: y + 1 };
    return { week, year: y };
}
// moment's formatting-token grammar (moment/src/lib/format/format.js), longest token first
const TOKENS = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
/**
 * `format` with moment's tokens (YYYY MM DD HH mm ss SSS Z [literal] ...) for the instant `at`
 * seen in `zone` (default UTC). An undefined format is moment's default: YYYY-MM-DDTHH:mm:ss[Z]
 * in UTC, YYYY-MM-DDTHH:mm:ssZ elsewhere.
 */
function formatDate(at, format, zone = 'UTC') {
    const offset = zoneOffsetMinutes(at, zone);
    const fmt = format === undefined || format === '' ? (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ') : format;
    const d = new Date(at.getTime() + offset * 60000); // read with getUTC*: the wall clock in `zone`
    const Y = d.getUTCFullYear();
    const M = d.getUTCMonth();
    const D = d.getUTCDate();
    const H = d.getUTCHours();
    const m = d.getUTCMinutes();
    const s = d.getUTCSeconds();
    const ms = d.getUTCMilliseconds();
    const wd = d.getUTCDay();
    const h12 = H % 12 || 12;
    const zone2 = (sep) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
    const locale = () => weekOfYear(d, 0, 6); // moment's default (en) locale: weeks start on Sunday
    const iso = () => weekOfYear(d, 1, 4);
    const fns = {
        M: () => String(M + 1),
        Mo: () => ordinal(M + 1),
        MM: () => pad(M + 1, 2),
        MMM: () => MONTHS[M].slice(0, 3),
        MMMM: () => MONTHS[M],
        Q: () => String(Math.floor(M / 3) + 1),
        Qo: () => ordinal(Math.floor(M / 3) + 1),
        D: () => String(D),
        Do: () => ordinal(D),
        DD: () => pad(D, 2),
        DDD: () => String(dayOfYear(d)),
        DDDo: () => ordinal(dayOfYear(d)),
        DDDD: () => pad(dayOfYear(d), 3),
        d: () => String(wd),
        do: () => ordinal(wd),
        dd: () => DAYS[wd].slice(0, 2),
        ddd: () => DAYS[wd].slice(0, 3),
        dddd: () => DAYS[wd],
        e: () => String(wd),
        E: () => String(wd || 7),
        w: () => String(locale().week),
        wo: () => ordinal(locale().week),
        ww: () => pad(locale().week, 2),
        W: () => String(iso().week),
        Wo: () => ordinal(iso().week),
        WW: () => pad(iso().week, 2),
        gg: () => pad(locale().year % 100, 2),
        gggg: () => pad(locale().year, 4),
        ggggg: () => pad(locale().year, 5),
        GG: () => pad(iso().year % 100, 2),
        GGGG: () => pad(iso().year, 4),
        GGGGG: () => pad(iso().year, 5),
        Y: () => (Y <= 9999 ? pad(Y, 4) : `+${Y}`),
        YY: () => pad(Y % 100, 2),
        YYYY: () => pad(Y, 4),
        YYYYY: () => pad(Y, 5),
        YYYYYY: () => (Y < 0 ? '-' : '+') + pad(Math.abs(Y), 6),
        a: () => (H < 12 ? 'am' : 'pm'),
        A: () => (H < 12 ? 'AM' : 'PM'),
        H: () => String(H),
        HH: () => pad(H, 2),
        h: () => String(h12),
        hh: () => pad(h12, 2),
        k: () => String(H || 24),
        kk: () => pad(H || 24, 2),
        m: () => String(m),
        mm: () => pad(m, 2),
        s: () => String(s),
        ss: () => pad(s, 2),
        hmm: () => `${h12}${pad(m, 2)}`,
        hmmss: () => `${h12}${pad(m, 2)}${pad(s, 2)}`,
        Hmm: () => `${H}${pad(m, 2)}`,
        Hmmss: () => `${H}${pad(m, 2)}${pad(s, 2)}`,
        x: () => String(at.getTime()),
        X: () => String(Math.floor(at.getTime() / 1000)),
        Z: () => zone2(':'),
        ZZ: () => zone2(''),
        z: () => zoneAbbreviation(at, zone),
        zz: () => zoneAbbreviation(at, zone)
    };
    return fmt.replace(TOKENS, (match, bracket, escaped, token) => {
        if (bracket)
            return bracket.slice(1, -1);
        if (escaped)
            return token;
        if (/^S{1,9}$/.test(token))
            return pad(ms, 3).padEnd(9, '0').slice(0, token.length);
        const fn = fns[token];
        return fn ? fn() : token;
    });
}

// EXTERNAL MODULE: ./src/plan/flavor.ts
var flavor = __webpack_require__(67087);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/plan/template.ts
var template = __webpack_require__(77909);
// EXTERNAL MODULE: ./src/plan/tags.ts
var tags = __webpack_require__(49458);
;// CONCATENATED MODULE: ./src/plan/tag-rules.ts
// Tag rules in docker/metadata-action's `tags` syntax (our `tag-rules` input), its `images`
// attributes, and their evaluation against the git context: the version (main tag), the
// other tags, and whether `latest` is added, as metadata-action computes them. Pure: the
// clock, the commit date and the short sha length come in with the context.
//
//   type=schedule[,pattern=nightly]          type=semver|pep440,pattern=..[,value=..][,match=..]
//   type=match,pattern=..[,group=0][,value=] type=edge[,branch=<default branch>]
//   type=ref,event=branch|tag|pr             type=raw,value=.. (or a bare value)
//   type=sha[,format=short|long][,prefix=sha-]
// and on every rule enable=, priority=, prefix=, suffix=.








const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const DEFAULT_PRIORITIES = {
    schedule: '1000',
    semver: '900',
    pep440: '900',
    match: '800',
    edge: '700',
    ref: '600',
    raw: '200',
    sha: '100'
};
const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format']
};
const TYPES_HELP = `write type=schedule, semver, pep440, match, edge, ref, raw or sha (e.g. type=semver,pattern={{version}})`;
function has(attrs, key) {
    return Object.prototype.hasOwnProperty.call(attrs, key);
}
function checkTemplate(attr, value) {
    try {
        (0,template/* parseTemplate */.QC)(value);
    }
    catch (e) {
        throw new flavor/* RuleError */.FB(`${attr}=${value} is not a valid template (${e.message})`, 'write templates as {{branch}}, {{tag}}, {{sha}}, {{date \'YYYYMMDD\'}}');
    }
}
/** One rule line; throws RuleError (what is wrong, what to write). */
function parseTagRule(line) {
    const attrs = {};
    let type;
    for (const field of (0,flavor/* fieldsOf */.Pf)(line)) {
        // split at the first `=` that follows at least one character
        const eq = field.indexOf('=', 1);
        const parts = eq < 0 ? [field.trim()] : [field.slice(0, eq).trim(), field.slice(eq + 1).trim()];
        if (parts.length === 1) {
            attrs.value = parts[0];
            continue;
        }
        const key = parts[0].toLowerCase();
        if (key === 'type') {
            if (!RULE_TYPES.includes(parts[1]))
                throw new flavor/* RuleError */.FB(`unknown type "${parts[1]}"`, TYPES_HELP);
            type = parts[1];
        }
        else {
            attrs[key] = parts[1];
        }
    }
    const t = type ?? 'raw';
    const known = [...COMMON_ATTRS, ...TYPE_ATTRS[t]];
    for (const key of Object.keys(attrs)) {
        if (!known.includes(key)) {
            throw new flavor/* RuleError */.FB(`type=${t} has no attribute "${key}"`, `write ${known.filter((k) => k !== 'type').map((k) => `${k}=`).join(', ')}`);
        }
    }
    switch (t) {
        case 'schedule':
            if (!has(attrs, 'pattern'))
                attrs.pattern = 'nightly';
            break;
        case 'semver':
        case 'pep440':
            if (!has(attrs, 'pattern'))
                throw new flavor/* RuleError */.FB(`type=${t} needs a pattern`, `write type=${t},pattern={{version}} (or {{major}}.{{minor}}, {{major}}, {{raw}})`);
            if (!has(attrs, 'value'))
                attrs.value = '';
            if (!has(attrs, 'match'))
                attrs.match = '';
            if (attrs.match)
                checkRegExp('match', attrs.match);
            break;
        case 'match':
            if (!has(attrs, 'pattern'))
                throw new flavor/* RuleError */.FB('type=match needs a pattern', 'write type=match,pattern=v(\\d.\\d),group=1 (a regular expression and the group to keep)');
            if (!has(attrs, 'group'))
                attrs.group = '0';
            if (attrs.group.trim() === '' || isNaN(Number(attrs.group)))
                throw new flavor/* RuleError */.FB(`group=${attrs.group} is not a number`, 'write group=0 for the whole match, group=1 for the first group, ...');
            if (!has(attrs, 'value'))
                attrs.value = '';
            checkRegExp('pattern', attrs.pattern);
            break;
        case 'edge':
            if (!has(attrs, 'branch'))
                attrs.branch = '';
            break;
        case 'ref':
            if (!has(attrs, 'event'))
                throw new flavor/* RuleError */.FB('type=ref needs an event', 'write type=ref,event=branch, type=ref,event=tag or type=ref,event=pr');
            if (!['branch', 'tag', 'pr'].includes(attrs.event))
                throw new flavor/* RuleError */.FB(`event=${attrs.event} is not a ref event`, 'write event=branch, event=tag or event=pr');
            if (attrs.event === 'pr' && !has(attrs, 'prefix'))
                attrs.prefix = 'pr-';
            break;
        case 'raw':
            if (!has(attrs, 'value'))
                throw new flavor/* RuleError */.FB('type=raw needs a value', 'write type=raw,value=<tag> (templates allowed: value={{branch}}-{{sha}})');
            break;
        case 'sha':
            if (!has(attrs, 'prefix'))
                attrs.prefix = 'sha-';
            if (!has(attrs, 'format'))
                attrs.format = 'short';
            if (!['short', 'long'].includes(attrs.format))
                throw new flavor/* RuleError */.FB(`format=${attrs.format} is not a sha format`, 'write format=short or format=long');
            break;
    }
    if (!has(attrs, 'enable'))
        attrs.enable = 'true';
    if (!has(attrs, 'priority'))
        attrs.priority = DEFAULT_PRIORITIES[t];
    if (!/^-?\d+$/.test(attrs.priority.trim()))
        throw new flavor/* RuleError */.FB(`priority=${attrs.priority} is not a number`, `write an integer (type=${t} defaults to ${DEFAULT_PRIORITIES[t]}; higher comes first)`);
    for (const key of ['enable', 'prefix', 'suffix', 'value', ...(t === 'schedule' || t === 'semver' || t === 'pep440' ? ['pattern'] : [])]) {
        if (has(attrs, key))
            checkTemplate(key, attrs[key]);
    }
    return { type: t, attrs };
}
function checkRegExp(attr, source) {
    const slashed = /^\/(.+)\/(.*)$/.exec(source);
    try {
        if (slashed && attr === 'pattern')
            new RegExp(slashed[1], slashed[2]);
        else
            new RegExp(source);
    }
    catch (e) {
        throw new flavor/* RuleError */.FB(`${attr}=${source} is not a regular expression (${e.message})`, 'write a JavaScript regular expression, quoting the field when it holds a comma: "pattern=\\d{1,3}"');
    }
}
/** Every rule of an input, sorted by priority (highest first; equal priorities keep their order). */
function parseTagRules(lines, input = 'tag-rules') {
    const rules = lines.map((line, k) => {
        try {
            return { ...parseTagRule(line), line: k + 1, source: line };
        }
        catch (e) {
            if (e instanceof flavor/* RuleError */.FB)
                throw new list/* InputError */.dz(input, `line ${k + 1} "${line}": ${e.problem}`, e.fix);
            throw e;
        }
    });
    return rules.sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority));
}
/**
 * The `images` input with metadata-action's attributes: one image per line as `name=...,enable=...`,
 * or plain names (comma-separated names on a line stay separate images).
 */
function parseImages(lines, input = 'images') {
    const out = [];
    for (const [k, line] of lines.entries()) {
        const bad = (problem, fix) => new list/* InputError */.dz(input, `line ${k + 1} "${line}": ${problem}`, fix);
        let fields;
        try {
            fields = (0,flavor/* fieldsOf */.Pf)(line);
        }
        catch (e) {
            throw bad(e.problem, e.fix);
        }
        const pairs = fields.map((f) => f.split('=').map((p) => p.trim()));
        if (pairs.every((p) => p.length === 1)) {
            for (const [name] of pairs)
                if (name)
                    out.push({ name, enable: true });
            continue;
        }
        const image = { name: '', enable: true };
        let named = false;
        for (const p of pairs) {
            const key = p.length === 1 ? 'name' : p[0].toLowerCase();
            const value = p.length === 1 ? p[0] : p[1];
            if (key === 'name') {
                if (named)
                    throw bad('names the image twice', 'write one image per line: name=<image>,enable=<true|false>');
                image.name = value;
                named = true;
            }
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw bad(`enable=${value} is not a boolean`, 'write enable=true or enable=false');
                image.enable = value === 'true';
            }
            else {
                throw bad(`unknown image attribute "${p[0]}"`, 'write name=<image>,enable=<true|false>');
            }
        }
        if (image.name === '')
            throw bad('has no image name', 'write name=<image> (e.g. name=ghcr.io/owner/app)');
        out.push(image);
    }
    return out;
}
/** Image names metadata-action tags: the enabled ones, lowercased. */
function enabledImageNames(images) {
    return images.filter((i) => i.enable).map((i) => i.name.toLowerCase());
}
/** What went wrong evaluating a rule: the caller names the input and the line. */
class RuleEvalError extends Error {
    rule;
    problem;
    fix;
    constructor(rule, problem, fix) {
        super(`${problem}; ${fix}`);
        this.rule = rule;
        this.problem = problem;
        this.fix = fix;
    }
}
function dateHelper(at) {
    return (format, options) => {
        let tz = 'UTC';
        for (const [key, value] of Object.entries(options?.hash ?? {})) {
            if (key !== 'tz')
                throw new template/* TemplateError */.$w(`Unknown ${key} attribute`);
            tz = String(value);
        }
        return formatDate(at, typeof format === 'string' ? format : undefined, tz);
    };
}
/** The names every template may use: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, ... */
function globalTemplateContext(env) {
    const { ctx } = env;
    const sha = ctx.tagSha ?? ctx.sha;
    const commitDate = ctx.commitDate ? new Date(ctx.commitDate) : env.now;
    const isDefault = () => ((0,git_context/* isDefaultBranch */.ok)(ctx) ? 'true' : 'false');
    return {
        branch: () => (ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : ''),
        tag: () => (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : ''),
        sha: () => (0,tags/* shortSha */.Fu)(sha, env.shortShaLength ?? 7),
        base_ref: () => {
            if (ctx.ref.startsWith('refs/tags/') && ctx.tagBaseRef)
                return ctx.tagBaseRef.replace(/^refs\/heads\//, '');
            if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef)
                return ctx.baseRef;
            return '';
        },
        is_default_branch: isDefault,
        is_not_default_branch: () => (isDefault() === 'false' ? 'true' : 'false'),
        date: dateHelper(env.now),
        commit_date: dateHelper(commitDate)
    };
}
/** Evaluates the rules (sorted by parseTagRules) into metadata-action's version. Warnings as metadata-action logs them. */
function evaluateTagRules(rules, env) {
    const { ctx, flavor } = env;
    const warnings = [];
    const global = globalTemplateContext(env);
    const version = { main: null, partial: [], latest: undefined };
    const sha = ctx.tagSha ?? ctx.sha;
    const isTag = ctx.ref.startsWith('refs/tags/');
    for (const rule of rules) {
        const a = rule.attrs;
        const render = (tpl, c = global) => {
            try {
                return (0,template/* renderTemplate */.Xm)(tpl, c);
            }
            catch (e) {
                if (e instanceof template/* TemplateError */.$w || e instanceof DateFormatError)
                    throw new RuleEvalError(rule, `"${tpl}": ${e.message}`, 'write {{date \'<format>\'}} with only tz=\'<IANA zone>\' (e.g. tz=\'Asia/Tokyo\')');
                throw e;
            }
        };
        const withAffixes = (val) => {
            let v = val;
            if (has(a, 'prefix'))
                v = render(a.prefix) + v;
            else if (flavor.prefix.length > 0)
                v = render(flavor.prefix) + v;
            if (has(a, 'suffix'))
                v = v + render(a.suffix);
            else if (flavor.suffix.length > 0)
                v = v + render(flavor.suffix);
            return v;
        };
        const latestFor = (auto) => (flavor.latest === 'auto' ? auto : flavor.latest === 'true');
        const add = (val, latest) => {
            if (val.length === 0)
                return;
            const t = (0,tags/* sanitizeTag */.iP)(val);
            if (version.main === null)
                version.main = t;
            else if (t !== version.main)
                version.partial.push(t);
            if (version.latest === undefined)
                version.latest = latest;
        };
        /** The version text of semver/pep440/match rules: value= or the git tag, with match= applied. */
        const versionSource = (applyMatch) => {
            if (!isTag && a.value.length === 0)
                return null;
            let raw = a.value.length > 0 ? render(a.value) : ctx.ref.replace(/^refs\/tags\//, '');
            if (applyMatch && a.match.length > 0) {
                const m = raw.match(a.match);
                if (!m)
                    warnings.push(`${a.match} does not match ${raw}.`);
                else
                    raw = m[1];
            }
            return raw;
        };
        const enabled = render(a.enable);
        if (enabled !== 'true' && enabled !== 'false') {
            throw new RuleEvalError(rule, `enable=${a.enable} gives "${enabled}"`, 'write enable=true, enable=false or a template that gives one of them ({{is_default_branch}})');
        }
        if (enabled !== 'true')
            continue;
        switch (rule.type) {
            case 'schedule': {
                if (!/schedule/.test(ctx.eventName))
                    break;
                add(withAffixes(render(a.pattern)), latestFor(false));
                break;
            }
            case 'semver': {
                let raw = versionSource(true);
                if (raw === null)
                    break;
                raw = raw.replace(/\//g, '-');
                if (!semver_default().valid(raw)) {
                    warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
                    break;
                }
                const v = semver_default().parse(raw, { loose: true });
                const fields = { raw: v.raw, version: v.version, major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease, build: v.build, loose: v.loose };
                if (semver_default().prerelease(raw)) {
                    add(withAffixes(render((0,template/* isRawStatement */.EK)(a.pattern) ? a.pattern : '{{version}}', fields)), latestFor(false));
                }
                else {
                    add(withAffixes(render(a.pattern, fields)), latestFor(true));
                }
                break;
            }
            case 'pep440': {
                let raw = versionSource(true);
                if (raw === null)
                    break;
                raw = raw.replace(/\//g, '-');
                if (!pep440.valid(raw)) {
                    warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                    break;
                }
                const v = pep440.explain(raw);
                const vraw = raw;
                if (v && (v.is_prerelease || v.is_postrelease || v.is_devrelease)) {
                    add(withAffixes((0,template/* isRawStatement */.EK)(a.pattern) ? vraw : (pep440.clean(vraw) ?? vraw)), latestFor(false));
                }
                else {
                    const fields = {
                        raw: () => vraw,
                        version: () => pep440.clean(vraw),
                        major: () => pep440.major(vraw),
                        minor: () => pep440.minor(vraw),
                        patch: () => pep440.patch(vraw)
                    };
                    add(withAffixes(render(a.pattern, fields)), latestFor(true));
                }
                break;
            }
            case 'match': {
                const raw = versionSource(false);
                if (raw === null)
                    break;
                const slashed = /^\/(.+)\/(.*)$/.exec(a.pattern);
                const m = slashed ? raw.match(new RegExp(slashed[1], slashed[2])) : raw.match(a.pattern);
                if (!m) {
                    warnings.push(`${a.pattern} does not match ${raw}.`);
                    break;
                }
                const group = m[a.group];
                if (group === undefined) {
                    warnings.push(`Group ${a.group} does not exist for ${a.pattern} pattern.`);
                    break;
                }
                add(withAffixes(group), latestFor(true));
                break;
            }
            case 'ref': {
                if (a.event === 'branch' && ctx.ref.startsWith('refs/heads/'))
                    add(withAffixes(ctx.ref.slice('refs/heads/'.length)), latestFor(false));
                if (a.event === 'tag' && isTag)
                    add(withAffixes(ctx.ref.slice('refs/tags/'.length)), latestFor(true));
                if (a.event === 'pr' && ctx.ref.startsWith('refs/pull/'))
                    add(withAffixes(ctx.ref.replace(/^refs\/pull\//, '').replace(/\/merge$/, '')), latestFor(false));
                break;
            }
            case 'edge': {
                if (!ctx.ref.startsWith('refs/heads/'))
                    break;
                const branch = a.branch.length > 0 ? a.branch : (env.defaultBranch ?? ctx.defaultBranch ?? '');
                if (branch !== ctx.ref.slice('refs/heads/'.length))
                    break;
                add(withAffixes('edge'), latestFor(false));
                break;
            }
            case 'raw':
                add(withAffixes(render(a.value)), latestFor(false));
                break;
            case 'sha': {
                if (!sha)
                    break;
                add(withAffixes(a.format === 'short' ? (0,tags/* shortSha */.Fu)(sha, env.shortShaLength ?? 7) : sha), latestFor(false));
                break;
            }
        }
    }
    const partial = version.partial.filter((p, k) => version.partial.indexOf(p) === k);
    return { version: { main: version.main, partial, latest: version.latest ?? false }, warnings };
}
/** Tag names of a version: main, the others, then `latest` (with the flavor's prefix/suffix when onlatest=true). */
function tagNamesOf(version, flavor) {
    if (version.main === null)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest)
        names.push((0,tags/* sanitizeTag */.iP)(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    return names;
}


/***/ }),

/***/ 49458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   ME: () => (/* binding */ computeTagNames),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   zx: () => (/* binding */ ociAnnotationSet)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74725);
// Tags and OCI labels from the git context, with docker/metadata-action's results for
// the same refs. Our default set equals this metadata-action configuration:
//   type=semver,pattern={{version}}  type=semver,pattern={{major}}.{{minor}}
//   type=semver,pattern={{major}}    type=ref,event=branch   type=ref,event=pr
//   type=raw,value=latest,enable={{is_default_branch}}       type=sha
// plus type=ref,event=tag for git tags that are not semver (so such a release still
// gets a tag), and `latest` for stable semver and plain git tags (metadata-action's flavor
// latest=auto).
// `tag-prefix` is applied to every computed tag, `latest` included
// (metadata-action: flavor prefix=P,onlatest=true with prefix P on sha/pr types too).


function shortSha(sha, length = 7) {
    return sha.length <= length ? sha : sha.slice(0, length);
}
/** metadata-action's tag sanitizer, plus the two rules docker enforces: ≤ 128 chars, no leading . or -. */
function sanitizeTag(value) {
    const s = value.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 128);
    return s === '' ? 'x' : s;
}
function computeTagNames(ctx, prefix = '') {
    const names = [];
    const add = (v) => {
        const t = sanitizeTag(prefix + v);
        if (!names.includes(t))
            names.push(t);
    };
    // `latest` from a git tag comes last (metadata-action's flavor latest=auto); on the default
    // branch it is type=raw, which sorts before type=sha
    let latestLast = false;
    if (ctx.ref.startsWith('refs/tags/')) {
        const raw = ctx.ref.slice('refs/tags/'.length).replace(/\//g, '-');
        const valid = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(raw);
        const v = valid ? semver__WEBPACK_IMPORTED_MODULE_0___default().parse(valid) : null;
        if (v) {
            if (v.prerelease.length > 0) {
                add(v.version);
            }
            else {
                add(v.version);
                add(`${v.major}.${v.minor}`);
                add(`${v.major}`);
                latestLast = true;
            }
        }
        else {
            add(raw);
            latestLast = true;
        }
    }
    const branch = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_1__/* .branchOf */ .W0)(ctx);
    if (branch !== null)
        add(branch);
    const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
    if (pr)
        add(`pr-${pr[1]}`);
    if ((0,_git_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isDefaultBranch */ .ok)(ctx))
        add('latest');
    const sha = ctx.tagSha ?? ctx.sha;
    if (sha)
        add(`sha-${shortSha(sha, ctx.shortShaLength)}`);
    if (latestLast)
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
/**
 * metadata-action's eight OCI keys (title, description, url, source, version, created, revision,
 * licenses), '' where unknown: from the repository's metadata when the context has it (description
 * and licenses only come from there), else from GITHUB_REPOSITORY.
 */
function ociAnnotationSet(ctx, version, now) {
    const meta = ctx.repoMeta;
    const url = meta?.htmlUrl ?? (0,_git_context_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryUrl */ .Ek)(ctx) ?? '';
    return {
        'org.opencontainers.image.title': meta?.name ?? (ctx.repository ? (ctx.repository.split('/')[1] ?? ctx.repository) : ''),
        'org.opencontainers.image.description': meta?.description ?? '',
        'org.opencontainers.image.url': url,
        'org.opencontainers.image.source': url,
        'org.opencontainers.image.version': version ?? '',
        'org.opencontainers.image.created': now.toISOString(),
        'org.opencontainers.image.revision': ctx.tagSha ?? ctx.sha ?? '',
        'org.opencontainers.image.licenses': meta?.license ?? ''
    };
}
/** OCI labels of the default tag set: metadata-action's keys that have a value, sorted by key. */
function ociLabels(ctx, version, now) {
    const labels = ociAnnotationSet(ctx, version, now);
    return Object.keys(labels)
        .filter((k) => labels[k] !== '')
        .sort()
        .map((k) => `${k}=${labels[k]}`);
}


/***/ }),

/***/ 77909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   EK: () => (/* binding */ isRawStatement),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
// The handlebars expressions docker/metadata-action evaluates in tag rules, flavors, labels
// and annotations: `{{name}}`, `{{name 'param' key='value'}}`, `{{{name}}}` (not escaped),
// `{{! comment}}`, and `~` whitespace control. Values print as handlebars prints them
// (HTML-escaped inside `{{ }}`); a name that is a function is called with its parameters
// and `{ hash }`, as handlebars calls a helper. Block helpers (`{{#if}}`) are not part of
// metadata-action's syntax and are rejected. Pure.
class TemplateError extends Error {
}
// handlebars' ID token: anything but whitespace and its punctuation
const ID = /^[^\s!"#%-,./;->@[-^`{-~]+/;
function tokenizeParams(src, whole) {
    let rest = src.trim();
    const items = [];
    while (rest !== '') {
        let key;
        const k = /^([^\s!"#%-,./;->@[-^`{-~]+)\s*=\s*/.exec(rest);
        if (k && items.length > 0) {
            key = k[1];
            rest = rest.slice(k[0].length);
        }
        let param;
        const str = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(rest);
        const num = /^-?\d+(?:\.\d+)?(?=[\s}]|$)/.exec(rest);
        const id = ID.exec(rest);
        if (str) {
            param = { kind: 'string', value: (str[1] ?? str[2]).replace(/\\(["'])/g, '$1') };
            rest = rest.slice(str[0].length);
        }
        else if (num) {
            param = { kind: 'number', value: Number(num[0]) };
            rest = rest.slice(num[0].length);
        }
        else if (id) {
            const name = id[0];
            param = name === 'true' || name === 'false' ? { kind: 'bool', value: name === 'true' } : { kind: 'path', name };
            rest = rest.slice(name.length);
            // dotted paths (a.b) and this/ are rare here; keep them as one name
            while (/^[./][^\s]/.test(rest)) {
                const more = /^[./]([^\s!"#%-,./;->@[-^`{-~]+)/.exec(rest);
                if (!more)
                    break;
                param.name += more[0];
                rest = rest.slice(more[0].length);
            }
        }
        else {
            throw new TemplateError(`cannot read "${rest}" in ${whole}`);
        }
        if (rest !== '' && !/^\s/.test(rest))
            throw new TemplateError(`cannot read "${rest}" in ${whole}`);
        rest = rest.trimStart();
        items.push({ key, param });
    }
    const [head, ...tail] = items;
    if (!head || head.key !== undefined || head.param.kind !== 'path')
        throw new TemplateError(`${whole} names nothing`);
    const params = [];
    const hash = {};
    for (const it of tail) {
        if (it.key !== undefined)
            hash[it.key] = it.param;
        else if (Object.keys(hash).length > 0)
            throw new TemplateError(`a parameter after key=value in ${whole}`);
        else
            params.push(it.param);
    }
    return { name: head.param.name, params, hash };
}
/** Parses a template; throws TemplateError on what handlebars would not compile. */
function parseTemplate(src) {
    const nodes = [];
    let i = 0;
    let text = '';
    let stripNext = false;
    const pushText = (t) => {
        text += stripNext ? t.replace(/^\s+/, '') : t;
        stripNext = false;
    };
    while (i < src.length) {
        const open = src.indexOf('{{', i);
        if (open < 0) {
            pushText(src.slice(i));
            break;
        }
        // \{{ is a literal {{ in handlebars
        if (open > 0 && src[open - 1] === '\\') {
            pushText(src.slice(i, open - 1) + '{{');
            i = open + 2;
            continue;
        }
        pushText(src.slice(i, open));
        const triple = src.startsWith('{{{', open);
        const comment = src.startsWith('{{!', open) || src.startsWith('{{~!', open);
        let close;
        let inner;
        if (comment) {
            const long = src.startsWith('{{!--', open) || src.startsWith('{{~!--', open);
            close = long ? src.indexOf('--}}', open) : src.indexOf('}}', open);
            if (close < 0)
                throw new TemplateError(`unclosed comment in "${src}"`);
            i = close + (long ? 4 : 2);
            continue;
        }
        const end = triple ? '}}}' : '}}';
        close = src.indexOf(end, open + end.length);
        if (close < 0)
            throw new TemplateError(`unclosed {{ in "${src}"`);
        inner = src.slice(open + end.length, close);
        i = close + end.length;
        if (inner.startsWith('~')) {
            text = text.replace(/\s+$/, '');
            inner = inner.slice(1);
        }
        if (inner.endsWith('~')) {
            inner = inner.slice(0, -1);
            stripNext = true;
        }
        if (/^\s*[#/^>&]/.test(inner) || /^\s*else\b/.test(inner))
            throw new TemplateError(`{{${inner}}} is not supported (no block helpers, partials or else in tag templates)`);
        if (text)
            nodes.push({ kind: 'text', value: text });
        text = '';
        const whole = triple ? `{{{${inner}}}}` : `{{${inner}}}`;
        nodes.push({ kind: 'mustache', escape: !triple, ...tokenizeParams(inner, whole) });
    }
    if (text)
        nodes.push({ kind: 'text', value: text });
    return nodes;
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
/** handlebars' escapeExpression. */
function show(value, escape) {
    if (value === null || value === undefined)
        return '';
    const s = String(value);
    if (!escape || !value)
        return s;
    return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}
function lookup(ctx, name) {
    let v = ctx;
    for (const part of name.replace(/^this[./]/, '').split(/[./]/)) {
        if (v === null || v === undefined)
            return undefined;
        v = Object.prototype.hasOwnProperty.call(v, part) ? v[part] : undefined;
    }
    return v;
}
function paramValue(ctx, p) {
    return p.kind === 'path' ? lookup(ctx, p.name) : p.value;
}
/** Renders a parsed (or raw) template against `ctx`. */
function renderTemplate(template, ctx) {
    const nodes = typeof template === 'string' ? parseTemplate(template) : template;
    let out = '';
    for (const n of nodes) {
        if (n.kind === 'text') {
            out += n.value;
            continue;
        }
        const target = lookup(ctx, n.name);
        const hasArgs = n.params.length > 0 || Object.keys(n.hash).length > 0;
        let value;
        if (typeof target === 'function') {
            const hash = {};
            for (const [k, p] of Object.entries(n.hash))
                hash[k] = paramValue(ctx, p);
            value = target.call(ctx, ...n.params.map((p) => paramValue(ctx, p)), { hash });
        }
        else if (hasArgs) {
            throw new TemplateError(`Missing helper: "${n.name}"`);
        }
        else {
            value = target;
        }
        out += show(value, n.escape);
    }
    return out;
}
/** True when the template is exactly one `{{raw}}` (metadata-action's test for a raw pattern). */
function isRawStatement(pattern) {
    try {
        const nodes = parseTemplate(pattern);
        return nodes.length === 1 && nodes[0].kind === 'mustache' && nodes[0].name === 'raw' && nodes[0].params.length === 0;
    }
    catch {
        return false;
    }
}


/***/ })

};
