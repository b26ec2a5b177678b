export const id = 524;
export const ids = [524];
export const modules = {

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

/***/ 26524:
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
;// CONCATENATED MODULE: ./src/plan/tags.ts
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
                latestLast = true;
            }
        }
        else {
            add(raw);
            latestLast = true;
        }
    }
    const branch = (0,git_context/* branchOf */.W0)(ctx);
    if (branch !== null)
        add(branch);
    const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
    if (pr)
        add(`pr-${pr[1]}`);
    if ((0,git_context/* isDefaultBranch */.ok)(ctx))
        add('latest');
    const sha = ctx.tagSha ?? ctx.sha;
    if (sha)
        add(`sha-${shortSha(sha)}`);
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
/** OCI labels (source, revision, created, version, url, title), sorted by key. */
function ociLabels(ctx, version, now) {
    const url = (0,git_context/* repositoryUrl */.Ek)(ctx);
    const labels = {
        'org.opencontainers.image.created': now.toISOString()
    };
    const sha = ctx.tagSha ?? ctx.sha;
    if (sha)
        labels['org.opencontainers.image.revision'] = sha;
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
    let version = null;
    if (tags.length === 0 && i.images.length > 0) {
        const c = computeTags(i.images, p.ctx, i['tag-prefix']);
        tags = c.tags;
        version = c.version;
        tagsComputed = true;
    }
    const refs = parseRefs('tags', tags);
    const pushes = i.push || i.outputs.some((o) => /(^|,)\s*push=true/.test(o));
    // an output with push=true names its image itself (push-by-digest); only `push` needs a tag
    if (i.push && tags.length === 0) {
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

/***/ 74725:
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
        repoPrivate: payload.repository?.private ?? false
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


/***/ })

};
