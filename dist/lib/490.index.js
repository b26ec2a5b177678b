export const id = 490;
export const ids = [490,229,204];
export const modules = {

/***/ 45330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ parseImagesMapping),
/* harmony export */   GM: () => (/* binding */ parseBakePrint),
/* harmony export */   Tm: () => (/* binding */ planBake),
/* harmony export */   VU: () => (/* binding */ bakePlanJson)
/* harmony export */ });
/* unused harmony exports bakeFileKind, cacheEntryText, BAKE_NETWORK_MIN, bakeSupportsNetwork, selectTargets, ecrRegistries */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69521);
/* harmony import */ var _plan_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70769);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68646);
/* harmony import */ var _common_slug_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9510);
/* harmony import */ var _plan_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49458);






/** compose.yml / docker-compose.yaml / anything .yml/.yaml → compose; .hcl → hcl; .json → json. */
function bakeFileKind(path) {
    if (/\.ya?ml$/i.test(path))
        return 'compose';
    if (/\.json$/i.test(path))
        return 'json';
    return 'hcl';
}
/** `--print` output (stdout of buildx; it may carry progress lines before the JSON on old versions). */
function parseBakePrint(text) {
    const start = text.indexOf('{');
    if (start < 0)
        throw new Error('buildx bake --print gave no JSON');
    const end = text.lastIndexOf('}');
    return JSON.parse(text.slice(start, end + 1));
}
/** A cache entry as buildx prints it (a CSV string, or an object on newer versions) → CSV. */
function cacheEntryText(e) {
    if (typeof e === 'string')
        return e;
    const { type, ...rest } = e;
    return [type ? `type=${type}` : '', ...Object.entries(rest).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join(',');
}
/** `bake-images`: `target=image` lines, an image name per target that overrides the definition's. */
function parseImagesMapping(lines, input = 'bake-images') {
    const out = {};
    for (const l of lines) {
        const eq = l.indexOf('=');
        if (eq <= 0)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `"${l}" is not target=image`, 'map each target to its image: `api=registry/shop/api` (one per line)');
        out[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
    }
    return out;
}
/** buildx versions whose bake reads `network` (older ones only from a compose `build.network`). */
const BAKE_NETWORK_MIN = '0.14.0';
function bakeSupportsNetwork(version) {
    return (0,_common_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionAtLeast */ .z)(version, BAKE_NETWORK_MIN) ?? true;
}
/** The targets to build: the requested ones, else the default group, else every target; unknown names are input errors. */
function selectTargets(def, requested) {
    const all = Object.keys(def.target ?? {});
    if (all.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('bake', 'the definition has no target to build (a compose file needs services with a `build:` section; services with only `image:` are pulled, never built)', 'add a `build:` section to the services to build, or list a docker-bake.hcl');
    }
    if (requested.length === 0) {
        const group = def.group?.default?.targets ?? [];
        const names = group.filter((t) => all.includes(t));
        return names.length ? names : all;
    }
    const unknown = requested.filter((t) => !all.includes(t) && !(def.group?.[t]?.targets ?? []).length);
    if (unknown.length) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('targets', `unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`, `use one of ${all.join(', ')} (or leave \`targets\` empty for all)`);
    }
    const out = [];
    for (const r of requested)
        for (const t of all.includes(r) ? [r] : (def.group?.[r]?.targets ?? []))
            if (!out.includes(t) && all.includes(t))
                out.push(t);
    return out;
}
function imageOf(name, def, mapping) {
    const raw = mapping[name] ?? def.tags?.[0];
    if (!raw)
        return null;
    try {
        return (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(raw).name;
    }
    catch (e) {
        if (e instanceof _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .ImageRefError */ .z0)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(mapping[name] ? 'bake-images' : 'bake', `target "${name}": ${e.message}`, 'fix the image name');
        throw e;
    }
}
function planBake(def, o) {
    const warnings = [];
    const names = selectTargets(def, o.targets);
    const defined = def.target ?? {};
    for (const k of Object.keys(o.images)) {
        if (!defined[k])
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('bake-images', `"${k}" is not a target of the bake definition`, `map one of ${Object.keys(def.target ?? {}).join(', ')}`);
    }
    const skipped = names.filter((n) => o.skip?.[n]).map((n) => ({ name: n, reason: o.skip?.[n] }));
    const build = names.filter((n) => !o.skip?.[n]);
    const targets = [];
    for (const name of build) {
        const d = (def.target ?? {})[name];
        const image = imageOf(name, d, o.images);
        let tags = [];
        let labels = [];
        let tagsComputed = false;
        if (image) {
            const c = (0,_plan_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .computeTags */ .$o)([image], o.ctx, o.tagPrefix);
            tags = c.tags;
            tagsComputed = true;
            const own = new Set(Object.keys(d.labels ?? {}));
            labels = (0,_plan_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .ociLabels */ .TT)(o.ctx, c.version, o.now).filter((l) => !own.has(l.split('=')[0]));
        }
        else if (o.push) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('bake-images', `target "${name}" has no image to push to`, `give the service an \`image:\` (compose), \`tags\` (bake file), or map it in \`bake-images\`: ${name}=registry/name`);
        }
        const explicitFrom = (d['cache-from'] ?? []).map(cacheEntryText);
        const explicitTo = (d['cache-to'] ?? []).map(cacheEntryText);
        const platforms = d.platforms ?? [];
        let cache;
        try {
            cache = (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .planCache */ ._s)({
                backend: o.cache,
                explicitFrom,
                explicitTo,
                images: image ? [image] : [],
                tags,
                platforms,
                target: d.target ?? '',
                push: o.push,
                ctx: o.ctx,
                cacheRef: '',
                // without an image the target's name keeps the scopes apart
                cacheScope: image ? '' : (0,_common_slug_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .y)(`bake-${name}${d.target ? `-${d.target}` : ''}`, 100),
                writeOnPr: o.cacheWriteOnPr,
                cacheDir: o.cacheDir ? `${o.cacheDir.replace(/\/$/, '')}/${(0,_common_slug_js__WEBPACK_IMPORTED_MODULE_5__/* .slug */ .y)(name, 60)}` : '',
                tempDir: o.cacheRoot ?? o.tempDir,
                env: o.env
            });
        }
        catch (e) {
            if (e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(e.input, `target "${name}": ${e.problem}`, e.fix.replace(/\.$/, ''));
            throw e;
        }
        for (const w of cache.warnings)
            if (!warnings.includes(w))
                warnings.push(w);
        const sets = [];
        for (const t of tags)
            sets.push(`${name}.tags=${t}`);
        for (const l of labels) {
            const eq = l.indexOf('=');
            sets.push(`${name}.labels.${l.slice(0, eq)}=${l.slice(eq + 1)}`);
        }
        if (cache.backend !== 'explicit') {
            for (const c of cache.cacheFrom)
                sets.push(`${name}.cache-from=${c}`);
            for (const c of cache.cacheTo)
                sets.push(`${name}.cache-to=${c}`);
        }
        if (o.network && bakeSupportsNetwork(o.buildxVersion))
            sets.push(`${name}.network=${o.network}`);
        targets.push({
            name,
            image,
            tags,
            tagsComputed,
            labels,
            cache,
            context: d.context ?? '.',
            dockerfile: d.dockerfile ?? 'Dockerfile',
            stage: d.target ?? '',
            contexts: d.contexts ?? {},
            platforms,
            sets
        });
    }
    let overrideFile = null;
    if (o.network && !bakeSupportsNetwork(o.buildxVersion) && targets.length) {
        if (!o.files.every((f) => bakeFileKind(f) === 'compose')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('network', `buildx ${o.buildxVersion} cannot set the network of a bake file's targets (bake reads \`network\` from buildx ${BAKE_NETWORK_MIN})`, 'add docker/setup-buildx-action for a current buildx, or use compose files (their `build.network` works)');
        }
        const path = `${o.tempDir}/network.compose.yml`;
        const content = ['services:', ...targets.map((t) => `  ${JSON.stringify(t.name)}:\n    build:\n      network: ${JSON.stringify(o.network)}`)].join('\n') + '\n';
        overrideFile = { path, content };
    }
    const paths = { metadataFile: `${o.tempDir}/bake-metadata.json`, rawjsonFile: `${o.tempDir}/bake.rawjson` };
    const files = overrideFile ? [...o.files, overrideFile.path] : o.files;
    const argv = [
        'bake',
        ...(o.builder ? ['--builder', o.builder] : []),
        ...files.flatMap((f) => ['-f', f]),
        '--progress=rawjson',
        '--metadata-file',
        paths.metadataFile,
        ...(o.push ? ['--push'] : []),
        ...targets.flatMap((t) => t.sets.flatMap((s) => ['--set', s])),
        ...targets.map((t) => t.name)
    ];
    const registries = [];
    if (o.push)
        for (const t of targets)
            for (const tag of t.tags) {
                const r = (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(tag).registry;
                if (!registries.includes(r))
                    registries.push(r);
            }
    return { files: o.files, targets, skipped, push: o.push, argv, registries, warnings, overrideFile, paths };
}
/** The ECR registries of a plan's pushed tags (for the log); login uses registryAccess per target. */
function ecrRegistries(plan) {
    return plan.registries.filter((r) => ecrRegistryOf(r));
}
/** The `plan` output of a bake: per target, no secrets. */
function bakePlanJson(plan) {
    return {
        argv: ['docker', 'buildx', ...plan.argv],
        push: plan.push,
        targets: Object.fromEntries(plan.targets.map((t) => [t.name, { image: t.image, tags: t.tags, cacheBackend: t.cache.backend, cacheFrom: t.cache.cacheFrom, cacheTo: t.cache.cacheTo }])),
        skipped: plan.skipped,
        warnings: plan.warnings
    };
}


/***/ }),

/***/ 28921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ renderBakeMarkdown),
/* harmony export */   I: () => (/* binding */ renderBakeTerminal)
/* harmony export */ });
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56950);
/* harmony import */ var _timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40204);
/* harmony import */ var _timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71229);
// One report for a whole bake: every target in one place (job summary, terminal), the
// steps several targets shared shown once with the targets they served, and the targets
// change detection skipped with the reason. Pure.




const short = (d) => (d ? `<code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(d.slice(0, 19))}…</code>` : '');
function renderBakeMarkdown(x) {
    const out = [];
    const t = x.timing;
    const names = x.plan.targets.map((p) => p.name);
    const failed = Boolean(x.error) || (t ? Object.values(t.targets).some((r) => r.failed) : false);
    const head = t
        ? `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(t.durationMs)} · ${t.steps.distinct} distinct steps, ${t.steps.cached} cached, ${t.shared.length} shared by several targets`
        : 'no timing';
    out.push(`### ${failed ? '❌' : '✅'} Bake: ${names.length} target${names.length === 1 ? '' : 's'} in one build · ${head}`, '');
    if (x.error)
        out.push(`**Error:** ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(x.error, 500))}`, '');
    out.push('| target | image | digest | wall time | cache | shared steps |', '|---|---|---|--:|--:|--:|');
    for (const p of x.plan.targets) {
        const r = t?.targets[p.name];
        const c = r ? (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_0__.countCachedSteps)(r.steps) : null;
        const sharedN = t ? t.shared.filter((s) => s.targets.includes(p.name)).length : 0;
        out.push(`| <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(p.name)}</code> | ${p.tags[0] ? `<code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(p.tags[0])}</code>` : ''} | ${short(x.digests[p.name])} | ${r ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(r.durationMs) : ''} | ${c ? `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtRatio */ .lj)((0,_timing_model_js__WEBPACK_IMPORTED_MODULE_0__.cacheHitRatioOf)(c))} (${c.cached}/${c.steps})` : ''} | ${sharedN || ''} |`);
    }
    for (const s of x.plan.skipped)
        out.push(`| <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(s.name)}</code> | – | – | – | – | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(s.reason, 160))} |`);
    out.push('');
    if (t && t.shared.length) {
        const ran = t.shared.filter((s) => s.runs > 0);
        const saved = t.stepMs.perTargetSum - t.stepMs.once;
        out.push(`#### Shared steps (run once for several targets)`, '', `${t.shared.length} steps served more than one target; ${ran.length} of them ran${saved > 0 ? `, saving ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(saved)} of step time that separate builds would have spent again` : ''}.`, '', '| step | ran | time | targets |', '|---|:-:|--:|---|');
        for (const s of t.shared)
            out.push(`| <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(s.instruction, 100))}</code> | ${s.runs === 0 ? 'cached' : s.runs === 1 ? 'once' : `${s.runs}×`} | ${s.runs ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(s.durationMs) : ''} | ${s.targets.map((n) => `<code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(n)}</code>`).join(', ')} |`);
        out.push('');
    }
    if (t) {
        for (const p of x.plan.targets) {
            // one report per target of the plan (run.ts splits the stream by them); a lookup by name is checked all the same
            const r = t.targets[p.name];
            if (!r)
                continue;
            const md = (0,_timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__.renderTimingMarkdown)(r, { title: `${p.name}${p.tags[0] ? ` (${p.tags[0]})` : ''}`, lineUrl: x.lineUrl?.(p.name) }).replace(/^### /, '#### ');
            out.push(`<details${r.failed ? ' open' : ''}><summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .esc */ .UQ)(p.name)}: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(r.durationMs)}</summary>`, '', md, x.extra?.[p.name] ?? '', '</details>', '');
        }
    }
    return out.join('\n');
}
function renderBakeTerminal(x, opts) {
    const out = [];
    const t = x.timing;
    for (const p of x.plan.targets) {
        const r = t?.targets[p.name];
        out.push(`── ${p.name} ${'─'.repeat(Math.max(0, 60 - p.name.length))}`);
        if (r)
            out.push((0,_timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_2__.renderTimingTerminal)(r, { color: opts.color }));
        if (x.digests[p.name])
            out.push(`digest: ${x.digests[p.name]}`);
    }
    if (t) {
        out.push(`── bake: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(t.durationMs)} · ${t.steps.distinct} distinct steps (${t.steps.ran} ran, ${t.steps.cached} cached) · step time ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(t.stepMs.once)} run once vs ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(t.stepMs.perTargetSum)} summed over targets`);
        for (const s of t.shared)
            out.push(`  shared ${s.runs === 0 ? ' cached' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtMs */ .mq)(s.durationMs).padStart(7)} ${s.runs > 1 ? `(ran ${s.runs}×)` : ''} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(s.instruction, 70)}  [${s.targets.join(', ')}]`);
    }
    for (const s of x.plan.skipped)
        out.push(`skip ${s.name}: ${s.reason}`);
    return out.join('\n');
}


/***/ }),

/***/ 71098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lM: () => (/* binding */ executeBake),
  _U: () => (/* binding */ targetsOutput)
});

// UNUSED EXPORTS: SHARED_STEP_RACE, bakeDirOf, resolveDefinition, sharedStepRace

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
// EXTERNAL MODULE: ./src/engine/run-buildx.ts + 1 modules
var run_buildx = __webpack_require__(24744);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/plan/registry-access.ts
var registry_access = __webpack_require__(63679);
// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(24011);
;// CONCATENATED MODULE: ./src/bake/changed.ts
// `targets: changed`: which bake targets a change touches, as src/monorepo/changed.ts
// decides it for a matrix, but from what each target's build reads: its Dockerfile, the
// paths its COPY/ADD instructions take from the context (the whole context for `COPY . .`
// or a Dockerfile that cannot be read), the context's .dockerignore, and its additional
// local contexts. Pure: the shell passes the changed files (git diff) and the Dockerfiles.


const isRemote = (c) => /^(https?:\/\/|git@|git:\/\/|github\.com\/|docker-image:\/\/|target:|oci-layout:\/\/)/.test(c);
const under = (file, dir) => dir === '' || dir === '.' || file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);
/** The literal part of a COPY source before its first wildcard: `src/*.ts` → `src`. */
function literalPrefix(src) {
    const cut = src.search(/[*?[]/);
    const lit = cut < 0 ? src : src.slice(0, cut);
    return cut < 0 ? lit : external_node_path_.posix.dirname(`${lit}x`);
}
const norm = (p) => {
    const n = external_node_path_.posix.normalize(p).replace(/\/$/, '');
    return n === '.' ? '' : n.replace(/^\.\//, '');
};
/**
 * The inputs of one target, relative to the repository root. `bakeDir` is the directory
 * bake resolves contexts against, relative to the repository root.
 */
function targetInputs(def, bakeDir, dockerfileText) {
    const context = def.context ?? '.';
    if (isRemote(context))
        return [];
    const ctx = norm(external_node_path_.posix.join(bakeDir, context));
    const dockerfile = def.dockerfile ?? 'Dockerfile';
    const inputs = [];
    const add = (p) => {
        if (!inputs.includes(p))
            inputs.push(p);
    };
    add(norm(dockerfile.startsWith('/') ? dockerfile : external_node_path_.posix.join(ctx, dockerfile)));
    let sources = null;
    if (dockerfileText !== null) {
        try {
            sources = (0,model.parseDockerfileModel)(dockerfileText).flatMap((s) => s.instructions.flatMap(model/* copySources */.K1));
        }
        catch {
            sources = null;
        }
    }
    if (sources === null || sources.some((s) => model/* WHOLE_CONTEXT */.AT.has(s) || isRemote(s)))
        add(ctx);
    else {
        for (const s of sources)
            if (!/^\$/.test(s))
                add(norm(external_node_path_.posix.join(ctx, literalPrefix(s))));
        add(norm(external_node_path_.posix.join(ctx, '.dockerignore')));
    }
    for (const c of Object.values(def.contexts ?? {}))
        if (!isRemote(c))
            add(norm(external_node_path_.posix.join(bakeDir, c)));
    return inputs;
}
function decideTargets(names, inputsOf, changedFiles, baseRef) {
    return names.map((name) => {
        const inputs = inputsOf(name);
        // a remote context: nothing here says it did not change
        if (inputs.length === 0)
            return { name, build: true, reason: 'remote context: always built', inputs };
        const hits = changedFiles.filter((f) => inputs.some((i) => under(f, i)));
        return {
            name,
            build: hits.length > 0,
            reason: hits.length
                ? `changed: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}`
                : `skipped: nothing it builds from changed since ${baseRef} (${inputs.slice(0, 6).join(', ')}${inputs.length > 6 ? ', …' : ''})`,
            inputs
        };
    });
}

// EXTERNAL MODULE: ./src/bake/plan.ts
var bake_plan = __webpack_require__(45330);
// EXTERNAL MODULE: ./src/timing/model.ts
var timing_model = __webpack_require__(35519);
// EXTERNAL MODULE: ./src/timing/vertex.ts
var vertex = __webpack_require__(31450);
;// CONCATENATED MODULE: ./src/bake/split.ts
// One bake's rawjson stream → a timing report per target, and the steps several targets
// shared (BuildKit ran them once). Pure (no I/O).
//
// buildx prefixes every vertex name of a bake with its target: `[api deps 2/2] RUN npm ci`,
// `[api internal] load build context`, `[api] exporting to image`. A vertex several targets
// share (same digest: same base, same instructions, same inputs) is solved once and
// reported in each target's stream under that target's prefix. Events are routed by the
// prefix; statuses and logs (which carry only the digest) go to every target that owns it.
// One caveat from BuildKit: a shared vertex keeps the stage name of the Dockerfile that
// first asked for it, so a step shared across two Dockerfiles may show the other's stage.


/** `[api deps 2/2] RUN x` → { target: 'api', name: '[deps 2/2] RUN x' }; `[api] exporting` → 'exporting'. */
function splitTargetPrefix(name, targets) {
    const m = /^\[(\S+?)(?:\s+([^\]]*))?\](?:\s+([\s\S]*))?$/.exec(name);
    if (!m || !targets.has(m[1]))
        return null;
    const rest = m[3] ?? '';
    return { target: m[1], name: m[2] ? `[${m[2]}] ${rest}`.trimEnd() : rest };
}
/** A list of a status as a reader takes it: a cut or hand-edited stream may hold null in place of an entry (see SolveStatus). */
function unchecked(list) {
    return list ?? [];
}
class BakeSplitter {
    targets;
    notBefore;
    targetSet;
    accs = new Map();
    owners = new Map();
    whole = new timing_model.TimingAccumulator();
    /**
     * `notBefore`: when bake was started (ms). A vertex another build on the same engine had
     * already solved (a base image resolved minutes ago, still held by BuildKit's solver) is
     * reported with its first start; times before this bake are clipped to its start.
     */
    constructor(targets, notBefore = null) {
        this.targets = targets;
        this.notBefore = notBefore;
        this.targetSet = new Set(targets);
        for (const t of targets)
            this.accs.set(t, new timing_model.TimingAccumulator());
    }
    clip(v) {
        // a null in place of a vertex (a cut stream) is passed on as it came: readers check
        if (this.notBefore === null || !v)
            return v;
        const at = new Date(this.notBefore).toISOString();
        const early = (x) => x !== undefined && Date.parse(x) < this.notBefore;
        return early(v.started) || early(v.completed)
            ? { ...v, ...(early(v.started) ? { started: at } : {}), ...(early(v.completed) ? { completed: at } : {}) }
            : v;
    }
    add(raw) {
        const status = this.notBefore === null || !raw.vertexes ? raw : { ...raw, vertexes: raw.vertexes.map((v) => this.clip(v)) };
        this.whole.add(status);
        const per = new Map();
        const part = (t) => {
            let s = per.get(t);
            if (!s)
                per.set(t, (s = {}));
            return s;
        };
        for (const v of unchecked(status.vertexes)) {
            if (!v || typeof v.digest !== 'string')
                continue;
            const split = v.name ? splitTargetPrefix(v.name, this.targetSet) : null;
            if (split) {
                const owners = this.owners.get(v.digest) ?? [];
                if (!owners.includes(split.target))
                    this.owners.set(v.digest, [...owners, split.target]);
                const s = part(split.target);
                (s.vertexes ??= []).push({ ...v, name: split.name });
            }
            else {
                // an update without a name (or an unprefixed one) belongs to the targets that own the digest
                for (const t of this.owners.get(v.digest) ?? [])
                    (part(t).vertexes ??= []).push({ ...v, name: undefined });
            }
        }
        for (const key of ['statuses', 'logs', 'warnings']) {
            for (const x of unchecked(status[key])) {
                if (!x || typeof x.vertex !== 'string')
                    continue;
                for (const t of this.owners.get(x.vertex) ?? [])
                    (part(t)[key] ??= []).push(x);
            }
        }
        for (const [t, s] of per)
            this.accs.get(t)?.add(s);
    }
    /**
     * `buildKey` names a target's build (e.g. context + Dockerfile): the same step of the same
     * build is one step even when BuildKit gave it a digest per target (it does when each
     * target has its own context session) and solved it once, reporting it cached to the others.
     */
    finish(opts, buildKey) {
        const targets = {};
        for (const [t, acc] of this.accs)
            targets[t] = acc.finish(opts(t));
        const whole = this.whole.finish({});
        const byDigest = new Map();
        const byKey = new Map();
        for (const t of this.targets) {
            for (const s of targets[t].steps) {
                const key = buildKey ? `${buildKey(t)}\u0000${s.stage}\u0000${s.name}` : null;
                const e = byDigest.get(s.digest) ?? (key ? byKey.get(key) : undefined);
                // one vertex (digest) that ran is one run, however many targets it served
                const ran = !s.cached && s.startMs !== null;
                if (e) {
                    if (!e.targets.includes(t))
                        e.targets.push(t);
                    if (ran)
                        e.ran.add(s.digest);
                    if (s.durationMs > e.step.durationMs)
                        e.step = { ...e.step, durationMs: s.durationMs };
                    if (!s.cached && e.step.cached)
                        e.step = { ...e.step, cached: false, durationMs: Math.max(e.step.durationMs, s.durationMs) };
                    byDigest.set(s.digest, e);
                    if (key)
                        byKey.set(key, e);
                }
                else {
                    const g = { step: s, targets: [t], ran: new Set(ran ? [s.digest] : []) };
                    byDigest.set(s.digest, g);
                    if (key)
                        byKey.set(key, g);
                }
            }
        }
        const groups = [...new Set(byDigest.values())];
        const distinct = groups.map((e) => e.step);
        const counted = (0,timing_model.countCachedSteps)(distinct);
        const shared = groups
            .filter((e) => e.targets.length > 1 && (0,vertex/* classifyVertex */.vD)(e.step.name) === 'step' && (0,timing_model.countsForCache)(e.step))
            .map((e) => ({
            digest: e.step.digest,
            name: e.step.name,
            instruction: e.step.instruction,
            stage: e.step.stage,
            cached: e.step.cached,
            durationMs: e.step.durationMs,
            targets: e.targets,
            runs: e.ran.size
        }));
        const perTargetSum = this.targets.reduce((a, t) => a + targets[t].steps.reduce((b, s) => b + s.durationMs, 0), 0);
        const once = distinct.reduce((a, s) => a + s.durationMs, 0);
        return {
            durationMs: whole.durationMs,
            targets,
            shared,
            steps: {
                distinct: counted.steps,
                cached: counted.cached,
                ran: distinct.filter((s) => !s.cached && !/^FROM\s/i.test(s.instruction) && s.startMs !== null).length
            },
            stepMs: { once, perTargetSum }
        };
    }
}

;// CONCATENATED MODULE: ./src/bake/run.ts
// One `docker buildx bake` for many images, end to end (shell): resolve the definition
// with `bake --print` (buildx parses and merges compose/HCL/JSON), decide the targets
// (`changed`: git diff against the base ref), plan each target, prepare its registries,
// run bake once with rawjson progress and a metadata file, and split the stream into a
// timing report per target. Shared by the action and the CLI.











function run(cmd, args, cwd, env) {
    return new Promise((res) => {
        (0,external_node_child_process_.execFile)(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            const c = err ? err.code : 0;
            res({ code: typeof c === 'number' ? c : err ? 1 : 0, stdout, stderr });
        });
    });
}
/**
 * Where bake runs, so where relative contexts resolve: the directory of the first file, as
 * `cd <dir> && docker buildx bake` (for compose, its project directory, as docker compose
 * has it; a docker-bake.hcl at the repository root gives the root).
 */
function bakeDirOf(files, cwd) {
    const first = files[0];
    return first ? (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, first)) : cwd;
}
/** The error BuildKit gives when two targets share a step and one of the waiters is cancelled. */
const SHARED_STEP_RACE = 'failed to calculate checksum of ref …: context canceled';
/**
 * A bake that failed only on that race: its last ERROR line is the checksum of a ref
 * cancelled under it (a COPY of a missing file says "not found", never "context canceled").
 */
function sharedStepRace(errorTail) {
    const last = errorTail.filter((l) => /ERROR/.test(l)).pop() ?? '';
    return /failed to calculate checksum of ref \S+: context canceled/.test(last);
}
/** buildx's last error line, without the "ERROR: " prefix. */
function lastError(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const err = [...lines].reverse().find((l) => /^ERROR:|^error:/i.test(l)) ?? lines.pop() ?? 'unknown error';
    return err.replace(/^(ERROR|error):\s*/, '');
}
async function resolveDefinition(req) {
    if (req.files.length === 0)
        throw new errors/* InputError */.d('bake', 'no file given', 'list compose files and/or docker-bake.hcl files, one per line');
    const absFiles = req.files.map((f) => (0,external_node_path_.resolve)(req.cwd, f));
    absFiles.forEach((f, i) => {
        if (!(0,external_node_fs_.existsSync)(f))
            throw new errors/* InputError */.d('bake', `no file at ${req.files[i]} (resolved to ${f})`, 'fix the path (relative to the workspace)');
    });
    const bakeDir = bakeDirOf(req.files, req.cwd);
    const named = req.targets.filter((t) => t !== 'changed');
    const args = ['buildx', 'bake', ...(req.builder ? ['--builder', req.builder] : []), '--print', ...absFiles.flatMap((f) => ['-f', f]), ...named];
    const r = await run('docker', args, bakeDir, req.env);
    if (r.code !== 0) {
        const msg = lastError(r.stderr);
        const unknown = /failed to find target (\S+)/.exec(msg);
        if (unknown)
            throw new errors/* InputError */.d('targets', `unknown target "${unknown[1]}" in ${req.files.join(', ')}`, 'name services/targets of the definition, or leave `targets` empty for all');
        throw new errors/* InputError */.d('bake', `buildx could not read ${req.files.join(', ')}: ${msg}`, 'fix the file (`docker buildx bake --print -f FILE` shows the same error). Nothing was built');
    }
    let definition;
    try {
        definition = (0,bake_plan/* parseBakePrint */.GM)(r.stdout);
    }
    catch (e) {
        throw new errors/* InputError */.d('bake', `buildx printed no definition for ${req.files.join(', ')}: ${e.message}`, 'check the files with `docker buildx bake --print`');
    }
    return { definition, bakeDir, absFiles };
}
function gitChangedFiles(cwd, base, env) {
    return (async () => {
        const top = await run('git', ['rev-parse', '--show-toplevel'], cwd, env);
        if (top.code !== 0)
            throw new errors/* InputError */.d('targets', '`changed` needs a git checkout', 'run actions/checkout with fetch-depth: 0 first, or name the targets');
        const d = await run('git', ['diff', '--name-only', `${base}...HEAD`], cwd, env);
        if (d.code !== 0)
            throw new errors/* InputError */.d('targets', `\`changed\` could not diff against ${base}: ${lastError(d.stderr)}`, 'fetch the base ref (actions/checkout with fetch-depth: 0), or name the targets');
        return { top: top.stdout.trim(), files: d.stdout.split('\n').filter(Boolean) };
    })();
}
async function executeBake(req) {
    const t0 = Date.now();
    const { log } = req;
    (0,external_node_fs_.mkdirSync)(req.tempDir, { recursive: true });
    // the plan reads buildx's version only (a bad builder fails `bake --print`): asked beside it;
    // the driver, for the reports, while bake runs (unless probes started early asked it already)
    const needs = { builder: false, imageStore: false };
    const asking = (req.detect ?? ((b, n) => (0,buildx_info/* gatherFacts */.pc)(b, n, req.env)))(req.builder, needs);
    asking.catch(() => undefined); // the definition's error, if any, is the one to tell
    const { definition, bakeDir, absFiles } = await resolveDefinition(req);
    let facts = await asking;
    let decisions = null;
    const skip = {};
    const changedMode = req.targets.includes('changed');
    if (changedMode) {
        const base = req.baseRef || (req.ctx.baseRef ? `origin/${req.ctx.baseRef}` : null);
        if (!base)
            throw new errors/* InputError */.d('targets', '`changed` needs a base ref to compare with', 'run it on a pull request, or set the base (CLI: --base REF)');
        const { top, files } = await gitChangedFiles(bakeDir, base, req.env);
        const names = Object.keys(definition.target ?? {});
        const dir = (0,external_node_path_.relative)(top, bakeDir).split('\\').join('/');
        decisions = decideTargets(names, (n) => {
            const d = (definition.target ?? {})[n];
            const df = (0,external_node_path_.resolve)(bakeDir, d.context ?? '.', d.dockerfile ?? 'Dockerfile');
            const text = d['dockerfile-inline'] ?? ((0,external_node_fs_.existsSync)(df) ? (0,external_node_fs_.readFileSync)(df, 'utf8') : null);
            return targetInputs(d, dir, text);
        }, files, base);
        for (const d of decisions)
            if (!d.build)
                skip[d.name] = d.reason;
    }
    const plan = (0,bake_plan/* planBake */.Tm)(definition, {
        files: absFiles,
        targets: req.targets.filter((t) => t !== 'changed'),
        images: req.images,
        tagPrefix: req.tagPrefix,
        push: req.push,
        cache: req.cache,
        cacheWriteOnPr: req.cacheWriteOnPr,
        cacheDir: req.cacheDir,
        network: req.network,
        builder: req.builder,
        ctx: req.ctx,
        env: req.env,
        now: req.now ?? new Date(),
        tempDir: req.tempDir,
        cacheRoot: req.cacheRoot,
        buildxVersion: facts.version,
        skip
    });
    for (const w of plan.warnings)
        log.warning(w);
    for (const s of plan.skipped)
        log.info(`${s.name}: ${s.reason}`);
    const base = {
        plan,
        definition,
        decisions,
        dryRun: req.dryRun,
        exitCode: 0,
        error: null,
        results: {},
        timing: null,
        reportDir: null,
        buildMs: 0,
        overheadMs: 0,
        bakeDir
    };
    for (const t of plan.targets)
        base.results[t.name] = { digest: null, tags: t.tags, image: t.image, reportPath: null };
    if (req.dryRun || plan.targets.length === 0) {
        base.overheadMs = Date.now() - t0;
        return base;
    }
    if (plan.overrideFile)
        (0,external_node_fs_.writeFileSync)(plan.overrideFile.path, plan.overrideFile.content);
    if (req.prepareRegistries) {
        const access = [];
        for (const t of plan.targets) {
            for (const r of (0,registry_access/* registryAccess */.Yb)({ tags: t.tags, push: plan.push, cache: t.cache })) {
                const have = access.find((a) => a.registry === r.registry);
                if (!have)
                    access.push(r);
                else
                    for (const repo of r.repositories)
                        if (!have.repositories.some((x) => x.repository === repo.repository))
                            have.repositories.push(repo);
            }
        }
        await req.prepareRegistries(access, plan);
    }
    const t1 = Date.now();
    // set from buildx's callbacks while it runs: the split's first error, the builder facts asked once it started
    const during = { splitError: null, later: null };
    const attempt = async () => {
        // the stream, parsed once as it arrives, feeds the live log and the split into per-target reports
        // (1 s of slack: buildx's clock and ours are the same machine's, but the spawn is not instant)
        const splitter = new BakeSplitter(plan.targets.map((t) => t.name), Date.now() - 1000);
        during.splitError = null;
        const result = await log.group(`docker buildx bake ${plan.targets.map((t) => t.name).join(' ')}`, () => (0,run_buildx/* runBuildx */.A)({
            argv: plan.argv,
            rawjsonFile: plan.paths.rawjsonFile,
            rawjson: true,
            onStatus: (s) => {
                if (during.splitError)
                    return;
                try {
                    splitter.add(s);
                }
                catch (e) {
                    during.splitError = e;
                }
            },
            log: (l) => {
                log.info(l);
            },
            env: req.env,
            cwd: bakeDir,
            onSpawn: () => {
                during.later ??= req.detect || facts.driver !== null ? null : (0,buildx_info/* completeFacts */.tq)(facts, req.builder, { builder: true, imageStore: false }, req.env);
            }
        }));
        return { result, splitter };
    };
    let { result, splitter } = await attempt();
    if (result.exitCode !== 0 && !(0,cancel/* cancelRequested */.NK)() && sharedStepRace(result.errorTail)) {
        // BuildKit's race between targets that share a step (seen with the docker driver): the
        // same bake again takes every finished step from the cache, so once more is cheap
        log.warning(`buildx bake failed on BuildKit's shared-step race (${SHARED_STEP_RACE}); running it once more`);
        ({ result, splitter } = await attempt());
    }
    const t2 = Date.now();
    if (during.later)
        facts = await during.later;
    // the local backend exports to a fresh directory that replaces the old one (as for a single build)
    for (const t of plan.targets) {
        const local = t.cache.local;
        if (local && (0,external_node_fs_.existsSync)(local.exportDir)) {
            (0,external_node_fs_.rmSync)(local.dir, { recursive: true, force: true });
            (0,external_node_fs_.renameSync)(local.exportDir, local.dir);
        }
    }
    const out = { ...base, exitCode: result.exitCode, buildMs: t2 - t1 };
    if (result.exitCode !== 0) {
        const last = result.errorTail.filter((l) => /ERROR|error:/i.test(l)).pop() ?? result.errorTail.pop() ?? 'unknown error';
        out.error = `buildx bake failed with: ${last.trim()}`;
    }
    // buildx's file: a target may be missing from it
    let metadata = {};
    if ((0,external_node_fs_.existsSync)(plan.paths.metadataFile)) {
        try {
            metadata = JSON.parse((0,external_node_fs_.readFileSync)(plan.paths.metadataFile, 'utf8'));
        }
        catch {
            log.warning(`could not read the bake metadata file ${plan.paths.metadataFile}`);
        }
    }
    for (const t of plan.targets) {
        const m = metadata[t.name];
        const digest = typeof m?.['containerimage.digest'] === 'string' ? m['containerimage.digest'] : null;
        out.results[t.name] = { ...out.results[t.name], digest };
    }
    try {
        if (during.splitError)
            throw during.splitError;
        out.timing = splitter.finish((name) => {
            const t = plan.targets.find((x) => x.name === name);
            const d = (definition.target ?? {})[name] ?? {};
            const df = (0,external_node_path_.isAbsolute)(t?.dockerfile ?? '') ? t?.dockerfile : (0,external_node_path_.resolve)(bakeDir, t?.context ?? '.', t?.dockerfile ?? 'Dockerfile');
            const text = typeof d['dockerfile-inline'] === 'string' ? d['dockerfile-inline'] : (0,external_node_fs_.existsSync)(df) ? (0,external_node_fs_.readFileSync)(df, 'utf8') : undefined;
            return {
                dockerfileText: text,
                metadata: metadata[name],
                image: { digest: out.results[name].digest, tags: t?.tags ?? [], sizeBytes: null, layers: null },
                meta: {
                    target: name,
                    dockerfile: (0,external_node_path_.relative)(req.cwd, df) || 'Dockerfile',
                    context: t?.context ?? '.',
                    cacheBackend: t?.cache.backend ?? 'none',
                    buildxVersion: facts.version ?? 'unknown',
                    driver: facts.driver ?? 'unknown',
                    commit: req.ctx.sha,
                    bake: 'true'
                }
            };
        }, (name) => {
            const d = (definition.target ?? {})[name] ?? {};
            return JSON.stringify([
                d.context ?? '.',
                d.dockerfile ?? 'Dockerfile',
                d['dockerfile-inline'] ?? '',
                d.target ?? '',
                d.args ?? {},
                d.contexts ?? {},
                d.platforms ?? []
            ]);
        });
        out.reportDir = (0,external_node_path_.join)(req.tempDir, 'reports');
        (0,external_node_fs_.mkdirSync)(out.reportDir, { recursive: true });
        for (const [name, report] of Object.entries(out.timing.targets)) {
            const p = (0,external_node_path_.join)(out.reportDir, `${name}.json`);
            (0,external_node_fs_.writeFileSync)(p, JSON.stringify(report, null, 2));
            out.results[name] = { ...out.results[name], reportPath: p };
            for (const w of report.warnings)
                if (/^cache export failed/.test(w))
                    log.warning(`${name}: ${w}`);
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out.reportDir, 'bake-timing.json'), JSON.stringify({ ...out.timing, targets: undefined }, null, 2));
    }
    catch (e) {
        log.warning(`timing report skipped: ${e.message}`);
    }
    out.overheadMs = Date.now() - t0 - out.buildMs;
    return out;
}
/** The `targets` output: target → digest, tags (and why a target was skipped). */
function targetsOutput(o) {
    const out = {};
    for (const t of o.plan.targets)
        out[t.name] = { digest: o.results[t.name].digest, tags: t.tags };
    for (const s of o.plan.skipped)
        out[s.name] = { digest: null, tags: [], skipped: s.reason };
    return out;
}


/***/ }),

/***/ 56950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ signedMs),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   ZM: () => (/* binding */ escText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ec: () => (/* binding */ imageLabel),
/* harmony export */   jw: () => (/* binding */ shortInstruction),
/* harmony export */   lj: () => (/* binding */ fmtRatio),
/* harmony export */   mq: () => (/* binding */ fmtMs),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zi: () => (/* binding */ fmtBytes)
/* harmony export */ });
// Small shared formatters for the renderers. Pure.
function fmtMs(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '-';
    if (ms < 1000)
        return `${(ms / 1000).toFixed(ms < 100 ? 2 : 1)}s`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s === 60 ? `${m + 1}m00s` : `${m}m${String(s).padStart(2, '0')}s`;
}
function fmtBytes(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return 'unknown';
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MB`;
    return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
function fmtRatio(r) {
    return r === null ? 'n/a' : `${Math.round(r * 100)}%`;
}
/** Escapes text for HTML and Markdown table cells. */
function esc(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\r?\n/g, ' ');
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * esc() plus a zero-width joiner after every `@`. GitHub runs its autolinker over the
 * Markdown text between raw HTML tags, `<code>` included, so `yarn@1.22.22` in a table
 * cell becomes a mailto link and `@types` a mention; an invisible joiner right after the
 * `@` leaves no address or name to link.
 */
function escText(text) {
    return esc(text).replace(/@/g, '@&#8205;');
}
/** `<code>` of untrusted text, escaped and never autolinked. */
function code(text) {
    return `<code>${escText(text)}</code>`;
}
// RUN flags that say how a step runs, not what it does: left out of short labels
const NOISE_FLAGS = /^--(mount|network|security)\b/;
const FLAG = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/;
/**
 * A step's instruction as a short label: whitespace collapsed, RUN's `--mount`, `--network`
 * and `--security` flags dropped, a FROM's image without docker.io/library/ and its digest
 * (the full text stays in the folded table), cut at `max`.
 */
function shortInstruction(instruction, max = 70) {
    const text = instruction
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = /^(\S+)\s*(.*)$/.exec(text);
    if (!m)
        return truncate(text, max);
    let rest = m[2];
    const kept = [];
    for (let f = FLAG.exec(rest); f; f = FLAG.exec(rest)) {
        if (!NOISE_FLAGS.test(f[1]))
            kept.push(f[1]);
        rest = rest.slice(f[0].length);
    }
    // a base image: its name without the default registry and the pinned digest
    if (/^FROM$/i.test(m[1]))
        rest = rest.replace(/^docker\.io\/(library\/)?/, '').replace(/@sha256:[a-f0-9]{64}/i, '');
    return truncate([m[1], ...kept, rest].filter(Boolean).join(' '), max);
}
/** `127.0.0.1:5000/demo-medusa:cold` → `demo-medusa:cold`: the repository and tag, without the registry host. */
function imageLabel(ref) {
    const noDigest = ref.replace(/@sha256:[a-f0-9]+$/i, '');
    const parts = noDigest.split('/');
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        parts.shift();
    if (parts[0] === 'library' && parts.length > 1)
        parts.shift();
    return parts.join('/') || ref;
}
/** Δ seconds as text: `+51.2s`, `−3.0s`, `±0.00s`. */
function signedMs(ms) {
    return `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${fmtMs(Math.abs(ms))}`;
}


/***/ }),

/***/ 40204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ buildFacts),
/* harmony export */   renderTimingMarkdown: () => (/* binding */ renderTimingMarkdown)
/* harmony export */ });
/* unused harmony exports ganttAxis, renderGantt */
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56950);
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
    return url ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">${text}</a>` : text;
}
/** `runtime L27`, linked to the line. */
function whereCell(s, lineUrl) {
    return `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))}${s.line !== null ? ` ${lineLink(s.line, lineUrl)}` : ''}`;
}
/** The cache ref or scope a build read, from its cache-from entries (meta.cacheRef), shortened. */
function cacheText(meta) {
    const backend = meta.cacheBackend;
    if (!backend)
        return null;
    const ref = meta.cacheRef;
    if (!ref)
        return (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend);
    return `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(backend === 'registry' || backend === 'inline' ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(ref) : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(ref, 60))}`;
}
/** The facts and links under the headline: commit, digest, builder/driver, cache, build record. */
function buildFacts(report, links = {}, withCommit = true) {
    const m = report.meta;
    const parts = [];
    if (m.commit && withCommit) {
        const sha = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(m.commit.slice(0, 7));
        parts.push(`commit ${links.commitUrl ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.commitUrl)}"><code>${sha}</code></a>` : `<code>${sha}</code>`}`);
    }
    if (report.image.digest)
        parts.push(`digest <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(report.image.digest.replace(/^sha256:/, '').slice(0, 12))}</code>`);
    const builder = m.builder && m.builder !== 'unknown' ? m.builder : null;
    const driver = m.driver && m.driver !== 'unknown' ? m.driver : null;
    // (setup-buildx-action names its builders builder-<uuid>: the start says enough)
    if (builder || driver)
        parts.push(`builder ${builder ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(builder, 20)) : ''}${driver ? `${builder ? ' ' : ''}(${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(driver)} driver)` : ''}`);
    const cache = cacheText(m);
    if (cache)
        parts.push(`cache ${cache}`);
    if (links.buildRecordUrl)
        parts.push(`<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.buildRecordUrl)}">build record</a>`);
    return parts.length ? `<sub>${parts.join(' · ')}</sub>` : '';
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return ((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text
        .replace(/[:;#`"<>]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), 60) || 'step');
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
    const critical = new Set(report.criticalPath);
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
        tasks.push({ name: (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 60), id: `t${id++}`, a, b: a + s.durationMs, crit: critical.has(s.name) });
        bySection.set(key, tasks);
    }
    for (const [name, tasks] of bySection)
        if (tasks.length)
            sections.push([name, tasks]);
    const outside = [];
    const w = report.phaseWindows ?? {};
    for (const p of _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES) {
        const win = w[p.window];
        const ms = report.phases[p.key] ?? 0;
        if (!win || ms <= 0)
            continue;
        outside.push({ name: p.label, id: `e${id++}`, a: win.startMs, b: win.endMs, crit: false });
    }
    if (!Object.keys(w).length) {
        // a report without phase times (an earlier writer): the export phases end the build
        let cursor = Math.max(0, report.durationMs - report.phases.imageExportMs - report.phases.cacheExportMs - report.phases.pushMs);
        for (const [name, ms] of [
            ['image export', report.phases.imageExportMs],
            ['cache export', report.phases.cacheExportMs],
            ['push', report.phases.pushMs]
        ]) {
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
        return [`<i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(r.phase.label)}</i>`, '', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
    return [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction)), whereCell(r.step, lineUrl), (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
}
/** A stage's wall time, or `cached` when every counted step came back from cache (its FROM may have been resolved). */
function stageTime(s) {
    if (s.steps > 0 && s.cachedSteps === s.steps)
        return 'cached';
    return (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
}
function renderTimingMarkdown(report, opts = {}) {
    const out = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.countCachedSteps)(report.steps);
    const name = opts.title ?? (report.image.tags[0] ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])) : 'Build');
    out.push(`### ${report.failed ? '❌ failed:' : '✅'} ${name} — ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__.cacheHitRatioOf)(count))} (${count.cached}/${count.steps} steps) · image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    const facts = buildFacts(report, opts.links);
    if (facts)
        out.push('', facts);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const url = f.line !== null ? opts.lineUrl?.(f.line) : undefined;
        const where = f.line !== null ? ` (Dockerfile ${url ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.name, 200))}${where}`, '');
        out.push(`**Error:** ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
        }
    }
    const rows = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.slowestRows)(report, 5);
    if (rows.length) {
        out.push('#### Where the time went', '', '| | step or phase | stage | time | share |', '|--:|---|---|--:|--:|');
        rows.forEach((r, i) => out.push(`| ${i + 1} | ${timeRowCells(r, report.durationMs, opts.lineUrl).join(' | ')} |`));
        const p = report.phases;
        const outside = _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs').map((x) => `${x.label} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`);
        out.push('', `<sub>Outside the Dockerfile steps: ${outside.join(' · ')}. Share: of the ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} wall time; parts that overlap add up to more.</sub>`, '');
    }
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name), ...(multi ? [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.platform ?? '')] : []), stageTime(s), String(s.steps), String(s.cachedSteps)];
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
                return `<li>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction))} ${whereCell(s, opts.lineUrl)} · ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)}</li>`;
            const ph = phaseOf(n);
            return ph ? `<li><i>${ph[0]}</i> · ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ph[1])}</li>` : `<li><i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(n, 80))}</i></li>`;
        });
        const ms = report.criticalPathMs;
        out.push(`<details><summary>Critical path${ms !== undefined ? `: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ms)}` : ''}, ${report.criticalPath.length} vertexes (cached steps weigh nothing)</summary>`, '', `<ol>${items.join('')}</ol>`, '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, 300))}`), '');
    }
    const bases = report.steps.filter(_model_js__WEBPACK_IMPORTED_MODULE_0__.isFromStep).length;
    out.push(`<details><summary>All ${count.steps} steps${bases ? ` and ${bases} base image${bases > 1 ? 's' : ''} (FROM)` : ''}, in Dockerfile order</summary>`, '', '| line | stage | step | time |', '|--:|---|---|--:|');
    for (const s of report.steps) {
        const short = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 90);
        const full = s.instruction.replace(/\s+/g, ' ').trim();
        const shared = s.sharedWith?.length ? `<sub>also ${s.sharedWith.map((x) => `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(x.stage)} ${lineLink(x.line, opts.lineUrl)}`).join(', ')}</sub>` : '';
        // the full text, flags and all, one click away: a long command never makes a tall row
        const text = short === full
            ? `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(full)}${shared ? `<br>${shared}` : ''}`
            : `<details><summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(short)}${shared ? ` ${shared}` : ''}</summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(full, 2000))}</details>`;
        out.push(`| ${lineLink(s.line, opts.lineUrl)} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))} | ${text} | ${s.cached ? 'cached' : s.startMs === null ? '–' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} |`);
    }
    out.push('', '</details>', '');
    return out.join('\n');
}


/***/ }),

/***/ 71229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTimingTerminal: () => (/* binding */ renderTimingTerminal)
/* harmony export */ });
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56950);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → terminal text: aligned tables with duration bars; ANSI colour only
// when asked (the CLI asks when stdout is a TTY). Pure.


const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' };
function renderTimingTerminal(report, opts) {
    const c = (code, s) => (opts.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
    const width = Math.max(60, opts.width ?? 100);
    const barWidth = Math.min(30, width - 60);
    const bar = (ms, max) => {
        const n = max > 0 ? Math.round((ms / max) * barWidth) : 0;
        return '█'.repeat(n) + ' '.repeat(barWidth - n);
    };
    const lines = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.countCachedSteps)(report.steps);
    lines.push(c('bold', `${report.failed ? 'FAILED' : 'Build'}${report.image.tags[0] ? ` ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])} —` : ''} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)}`) +
        `  cache ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__.cacheHitRatioOf)(count))} (${count.cached}/${count.steps} steps)  image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    if (report.failed) {
        lines.push(c('red', `failed: ${report.failed.name}${report.failed.line !== null ? ` (Dockerfile line ${report.failed.line})` : ''}`));
        lines.push(c('red', `  ${report.failed.error}`));
        for (const l of report.failed.logTail.slice(-10))
            lines.push(c('dim', `  | ${l}`));
    }
    lines.push('');
    const stageName = (n, p) => (p ? `${n} (${p})` : n);
    const nameW = Math.min(34, Math.max(5, ...report.stages.map((s) => stageName(s.name, s.platform).length)));
    const maxStage = Math.max(0, ...report.stages.map((s) => s.durationMs));
    lines.push(`${'stage'.padEnd(nameW)}  ${'time'.padStart(7)}  ${' '.repeat(barWidth)}  steps  cached`);
    for (const s of report.stages) {
        const name = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(stageName(s.name, s.platform), nameW).padEnd(nameW);
        const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
        const time = s.steps > 0 && s.cachedSteps === s.steps ? 'cached' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
        lines.push(`${name}  ${time.padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
    }
    const p = report.phases;
    lines.push('');
    lines.push(c('dim', _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs')
        .map((x) => `${x.label} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`)
        .join(' · ')));
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.slowestRows)(report, 5);
    if (slow.length) {
        lines.push('', c('bold', 'where the time went (steps and phases)'));
        const maxStep = slow[0].durationMs;
        for (const r of slow) {
            const what = r.kind === 'phase'
                ? `(${r.phase.label})`
                : `${r.step.stage}${r.step.line !== null ? `:${r.step.line}` : ''} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction, width)}`;
            lines.push(`${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs).padStart(7)}  ${c('red', bar(r.durationMs, maxStep))}  ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(what, width - barWidth - 12)}`);
        }
    }
    for (const w of report.warnings)
        lines.push(c('yellow', `warning: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, width)}`));
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=490.index.js.map