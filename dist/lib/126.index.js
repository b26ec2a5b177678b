export const id = 126;
export const ids = [126];
export const modules = {

/***/ 72126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: actionLogger, loadGitContext

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build-runner/execute.ts + 3 modules
var execute = __webpack_require__(85881);
// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
// EXTERNAL MODULE: ./src/inputs/inputs.ts
var inputs_inputs = __webpack_require__(18028);
// EXTERNAL MODULE: ./src/inputs/validate.ts
var validate = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(29868);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/plan/cache.ts
var plan_cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/registry-access.ts
var registry_access = __webpack_require__(63679);
// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(59399);
;// CONCATENATED MODULE: ./src/actions/build/hooks.ts
// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.




function actionHooks(inputs, env) {
    return {
        prepareRegistries: async (plan) => {
            // every registry the build touches, pushing or not: a PR build reads the registry cache
            const access = (0,registry_access/* registryAccess */.Yb)(plan);
            // the AWS SDK loads only when the build touches ECR
            if (access.some((r) => r.ecr))
                await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 34812))).prepareEcr(plan, access, inputs, env);
            await (0,registry/* assertPushRegistriesReachable */.Z5)(plan);
        },
        restoreLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,plan_cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
                const hit = await cache.restoreCache([local.dir], local.key, local.restoreKeys);
                core/* info */.pq(hit ? `local cache restored from ${hit}` : 'local cache: no saved entry yet');
            }
            catch (e) {
                core/* warning */.$e(`local cache restore failed (the build goes on without it): ${e.message}`);
            }
        },
        saveLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,plan_cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
                await cache.saveCache([local.dir], local.key);
            }
            catch (e) {
                core/* warning */.$e(`local cache save failed: ${e.message}`);
            }
        },
        // RUN --mount=type=cache contents across runners; never fails the step
        cacheMounts: async (x) => {
            try {
                const { startCacheMounts } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 41201));
                const cache = (0,plan_cache/* hasActionsCacheService */.t7)(env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null;
                const save = await startCacheMounts({ ...x, inputs, env, cache });
                if (!save)
                    return null;
                return async (report, exitCode) => {
                    try {
                        return await save(report, exitCode);
                    }
                    catch (e) {
                        core/* warning */.$e(`cache mounts not saved: ${e.message}`);
                        return null;
                    }
                };
            }
            catch (e) {
                core/* warning */.$e(`cache mounts not restored (the build goes on without them): ${e.message}`);
                return null;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/actions/build/metadata-context.ts

async function octokitReads(token) {
    const octokit = (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(token);
    // labels are not worth a stuck step: each read gives up after 10 s
    const request = () => ({ signal: AbortSignal.timeout(10_000) });
    return {
        repo: async (owner, repo) => (await octokit.rest.repos.get({ owner, repo, request: request() })).data,
        commitDate: async (owner, repo, sha) => (await octokit.rest.repos.getCommit({ owner, repo, ref: sha, request: request() })).data.commit.committer?.date ?? null
    };
}
/** The facts to add to `ctx` (nothing when tags are given, or nothing is missing). */
async function metadataFacts(ctx, inputs, reads, warn) {
    if (inputs.tags.length > 0 || inputs.images.length === 0 || !ctx.repository || !inputs['github-token'])
        return {};
    const [owner, repo] = ctx.repository.split('/');
    const wantsCommitDate = !ctx.commitDate && [...inputs['tag-rules'], ...inputs.labels, ...inputs.annotations].some((l) => l.includes('commit_date'));
    if (ctx.repoMeta && !wantsCommitDate)
        return {};
    const out = {};
    try {
        const api = await reads();
        if (!ctx.repoMeta) {
            const meta = (0,git_context/* repoMetaFromApi */.yu)(await api.repo(owner, repo));
            if (meta)
                out.repoMeta = meta;
        }
        if (wantsCommitDate) {
            const date = await api.commitDate(owner, repo, ctx.tagSha ?? ctx.sha);
            if (date)
                out.commitDate = date;
        }
    }
    catch (e) {
        warn(`repository metadata for the labels not read from the GitHub API (${e.message}); the description and licenses labels stay empty${wantsCommitDate ? ' and {{commit_date}} is the current date' : ''}`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/plan/metadata.ts
var metadata = __webpack_require__(75774);
;// CONCATENATED MODULE: ./src/actions/build/metadata-outputs.ts

/** The outputs by name, as strings. */
function metadataOutputs(md, i) {
    return {
        version: md.version ?? '',
        tags: md.tags.join(i['sep-tags']),
        'tag-names': md.tagNames.join(i['sep-tags']),
        labels: md.labels.join(i['sep-labels']),
        annotations: md.annotations.join(i['sep-annotations']),
        json: JSON.stringify((0,metadata/* metadataJson */.YE)(md))
    };
}
/** metadata-action's DOCKER_METADATA_SET_OUTPUT_ENV: on unless a false boolean. */
function outputEnvEnabled(env) {
    const v = (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim();
    return !/^(false|0|no|off|f|n)$/i.test(v);
}
function setMetadataOutputs(md, computed, i, env, sink) {
    const exportEnv = computed && outputEnvEnabled(env);
    for (const [name, value] of Object.entries(metadataOutputs(md, i))) {
        sink.setOutput(name, value);
        if (exportEnv)
            sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, value);
    }
}

;// CONCATENATED MODULE: ./src/actions/build/main.ts
// The build action, top to bottom: read the inputs → plan, log in to ECR, build (one build
// end to end, src/build-runner, with the action's hooks) → outputs → the build record, the
// comparison with the base branch (and the PR comment), the advisor → the job summary,
// written once → the step's result. Input and build failures end in core.setFailed; the
// record, the comparison, the advisor and the summary only warn.














const actionLogger = {
    info: (l) => {
        core/* info */.pq(l);
    },
    warning: (l) => {
        core/* warning */.$e(l);
    },
    group: (name, fn) => core/* group */.Os(name, fn)
};
const warn = (line) => {
    core/* warning */.$e(line);
};
function loadGitContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            core/* debug */.Yz(`could not read the event payload at ${env.GITHUB_EVENT_PATH}`);
        }
    }
    return (0,git_context/* gitContextFromEnv */.Vc)(env, payload);
}
/** Every input read and checked before anything runs (no API call, no login, no build); null once the step has failed. */
function readActionInputs(ctx) {
    try {
        const inputs = (0,inputs_inputs/* readInputs */.Ko)((name, opts) => core/* getInput */.V4(name, opts), (0,git_context/* workflowRunUrl */.CX)(ctx));
        (0,validate/* checkInputs */.sw)(inputs);
        return inputs;
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return null;
    }
}
/** The token and the secret values, masked in every log line that follows. */
function maskSecrets(inputs, env) {
    if (inputs['github-token'])
        core/* setSecret */.Pq(inputs['github-token']);
    if (env.ACTIONS_RUNTIME_TOKEN)
        core/* setSecret */.Pq(env.ACTIONS_RUNTIME_TOKEN);
    for (const s of inputs.secrets) {
        const v = s.slice(s.indexOf('=') + 1);
        if (v)
            core/* setSecret */.Pq(v);
    }
}
function setOutputs(o, inputs, env) {
    core/* setOutput */.uH('plan', JSON.stringify((0,build_plan/* planJson */.iY)(o.plan)));
    if (o.pushedTags) {
        // a push that failed: no digest, and only the tags the registry confirmed
        core/* setOutput */.uH('tags', o.pushedTags.join('\n'));
        if (o.reportPath)
            core/* setOutput */.uH('report', o.reportPath);
        return;
    }
    // tags, tag-names, version, labels, annotations, json: docker/metadata-action's outputs
    setMetadataOutputs(o.plan.metadata, o.plan.tagsComputed, inputs, env, { setOutput: core/* setOutput */.uH, exportVariable: core/* exportVariable */.dN });
    if (o.imageId)
        core/* setOutput */.uH('imageid', o.imageId);
    if (o.digest)
        core/* setOutput */.uH('digest', o.digest);
    if (o.metadata)
        core/* setOutput */.uH('metadata', JSON.stringify(o.metadata, null, 2));
    if (o.report) {
        core/* setOutput */.uH('duration-seconds', (o.report.durationMs / 1000).toFixed(1));
        if (o.report.cacheHitRatio !== null)
            core/* setOutput */.uH('cache-hit-ratio', o.report.cacheHitRatio.toFixed(3));
    }
    if (o.reportPath)
        core/* setOutput */.uH('report', o.reportPath);
}
async function writeSummary(markdown) {
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (e) {
        core/* warning */.$e(`job summary skipped: ${e.message}`);
    }
}
async function run(env = process.env) {
    // 1. inputs, and the git context they are read in
    const ctx = loadGitContext(env);
    const inputs = readActionInputs(ctx);
    if (!inputs)
        return;
    maskSecrets(inputs, env);
    // the repository metadata and commit date metadata-action reads from the API, when the payload lacks them
    Object.assign(ctx, await metadataFacts(ctx, inputs, () => octokitReads(inputs['github-token']), warn));
    // `bake`: many images in one docker buildx bake, one report (src/bake)
    if (inputs.bake.length > 0)
        return (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(519), __webpack_require__.e(986), __webpack_require__.e(490), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 50691))).runBakeAction(inputs, ctx, env);
    // 2. plan, ECR login (the hooks' prepareRegistries), build
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const cacheRoot = env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const tempDir = (0,external_node_path_.join)(cacheRoot, `buildstage-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`);
    // a cancelled job: secret files removed and buildx stopped now; the post step (post.ts) removes the rest
    (0,cancel/* installCancelHandlers */.Jz)(warn);
    core/* saveState */.LZ('temp-dir', tempDir);
    const startedAt = new Date();
    // the report's parts (the advisor's Dockerfile parser, the renderers, the comparison) load
    // while buildx runs, not before the build (src/actions/build/report-parts.ts)
    // (a field: set in a callback, which TypeScript does not narrow to its first value)
    const later = { parts: null };
    let outcome;
    try {
        outcome = await (0,execute/* executeBuild */.S)({
            inputs,
            ctx,
            env,
            tempDir,
            cacheRoot,
            cwd: workspace,
            log: actionLogger,
            hooks: actionHooks(inputs, env),
            onBuildx: (child) => {
                core/* saveState */.LZ('buildx-pid', String(child.pid ?? ''));
                if (!later.parts) {
                    later.parts = Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(519), __webpack_require__.e(193), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 48391));
                    // a chunk that does not load is reported where the parts are used (step 4), not as an unhandled rejection now
                    later.parts.catch(() => undefined);
                }
            }
        });
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return;
    }
    // 3. outputs
    if (outcome.dryRun) {
        const planText = (0,build_plan/* renderPlanText */.$D)(outcome.plan);
        await core/* group */.Os('Plan (dry run: nothing was built or pushed)', () => {
            core/* info */.pq(planText);
            return Promise.resolve();
        });
    }
    setOutputs(outcome, inputs, env);
    if (outcome.dryRun)
        return;
    core/* info */.pq(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);
    // 4. the report's parts, each of which only warns: BuildKit's record of the build (failed ones
    // too; first, as the summary and the PR comment link to it), the comparison with the base
    // branch and the PR comment, the advisor's findings
    const { advisorStep, assembleSummary, buildRecordStep, comparisonStep, lineUrlFor, timingLinks } = await (later.parts ?? Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(519), __webpack_require__.e(193), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 48391)));
    const facts = outcome.facts?.builderName ? outcome.facts : null; // gathered by the build, not asked again
    const record = await buildRecordStep({ inputs, ctx, outcome, env, tempDir, startedAt, log: actionLogger, detect: facts ? () => Promise.resolve(facts) : undefined });
    const links = timingLinks(ctx, record.artifact);
    const comparison = await comparisonStep({ inputs, ctx, outcome, env, cacheRoot, links });
    const advisor = advisorStep({ inputs, outcome, workspace });
    // 5. the job summary, assembled from those parts and written once
    if (inputs.summary && (outcome.report || outcome.error)) {
        const lineUrl = lineUrlFor(ctx, outcome.dockerfilePath ? (0,external_node_path_.resolve)(outcome.dockerfilePath) : null, workspace);
        await writeSummary(assembleSummary({
            report: outcome.report,
            error: outcome.error,
            lineUrl,
            links: { commitUrl: links.commitUrl(ctx.sha), buildRecordUrl: links.summaryRecordUrl ?? undefined },
            comparison: comparison.markdown,
            advisor,
            buildRecord: record.view
        }));
    }
    // 6. the step's result
    if (outcome.error)
        core/* setFailed */.C1(outcome.error);
    else if (comparison.regressed && inputs['fail-on-regression'])
        core/* setFailed */.C1('the build regressed against its baseline (fail-on-regression: true); see the job summary');
}


/***/ }),

/***/ 63679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ registryAccess)
/* harmony export */ });
/* unused harmony exports cacheEntryFields, registryCacheRefs */
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68646);

/** Splits one cache entry (`type=registry,ref=...,mode=max`, CSV with optional quotes) into its fields. */
function cacheEntryFields(entry) {
    const fields = {};
    const parts = [];
    let cur = '';
    let quoted = false;
    for (const ch of entry) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === ',' && !quoted) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    parts.push(cur);
    for (const p of parts) {
        const s = p.trim();
        if (!s)
            continue;
        const eq = s.indexOf('=');
        // buildx reads a bare value (`user/app:cache`) as type=registry,ref=<value>
        if (eq < 0)
            fields.ref = s;
        else
            fields[s.slice(0, eq).trim().toLowerCase()] = s.slice(eq + 1).trim();
    }
    if (!fields.type && fields.ref)
        fields.type = 'registry';
    return fields;
}
/** The image refs of the registry-backed entries in a cache-from/cache-to list. */
function registryCacheRefs(entries) {
    const refs = [];
    for (const e of entries) {
        const f = cacheEntryFields(e);
        if (f.type === 'registry' && f.ref)
            refs.push(f.ref);
    }
    return refs;
}
function registryAccess(plan) {
    const out = [];
    const add = (ref, kind) => {
        let r;
        try {
            r = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref);
        }
        catch {
            return; // the planner has already refused bad tags; a bad hand-written cache ref is buildx's to report
        }
        let reg = out.find((x) => x.registry === r.registry);
        if (!reg)
            out.push((reg = { registry: r.registry, ecr: (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .ecrRegistryOf */ .Bv)(r.registry), repositories: [] }));
        let repo = reg.repositories.find((x) => x.repository === r.repository);
        if (!repo)
            reg.repositories.push((repo = { repository: r.repository, push: false, cacheRead: false, cacheWrite: false }));
        repo[kind] = true;
    };
    if (plan.push)
        for (const t of plan.tags)
            add(t, 'push');
    for (const ref of registryCacheRefs(plan.cache.cacheFrom))
        add(ref, 'cacheRead');
    for (const ref of registryCacheRefs(plan.cache.cacheTo))
        add(ref, 'cacheWrite');
    return out;
}


/***/ })

};

//# sourceMappingURL=126.index.js.map