export const id = 691;
export const ids = [691,478];
export const modules = {

/***/ 50691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bakeBaselineImage: () => (/* binding */ bakeBaselineImage),
/* harmony export */   changedBaseRef: () => (/* binding */ changedBaseRef),
/* harmony export */   runBakeAction: () => (/* binding */ runBakeAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _compare_pr_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60478);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59399);
/* harmony import */ var _plan_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70769);
/* harmony import */ var _plan_git_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74725);
/* harmony import */ var _bake_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45330);
/* harmony import */ var _bake_render_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28921);
/* harmony import */ var _bake_run_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71098);
/* harmony import */ var _comparison_step_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(15386);
// The build action with `bake` set (shell; the bake itself is src/bake): many images in one
// `docker buildx bake`, ECR login and repository checks per registry the targets touch,
// outputs per target, one job summary for all targets, and the PR comparison target by
// target (a baseline per target, one PR comment with a section per target).













const logger = {
    info: (l) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(l);
    },
    warning: (l) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(l);
    },
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn)
};
/** The baseline key of a target: its image name (else bake:<target>), plus the Dockerfile stage. */
function bakeBaselineImage(t) {
    return `${t.image ?? `bake-${t.name}`}${t.stage ? `#${t.stage}` : ''}`;
}
/** The ref `targets: changed` compares with: the PR base branch, else the push's `before` commit. */
function changedBaseRef(ctx, env) {
    if (ctx.baseRef)
        return `origin/${ctx.baseRef}`;
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        const before = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')).before;
        return before && !/^0+$/.test(before) ? before : null;
    }
    catch {
        return null;
    }
}
async function runBakeAction(inputs, ctx, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const tempDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `buildstage-bake-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomUUID)().slice(0, 8)}`);
    const cacheRoot = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    let outcome;
    try {
        outcome = await (0,_bake_run_js__WEBPACK_IMPORTED_MODULE_11__/* .executeBake */ .lM)({
            files: inputs.bake,
            targets: inputs.targets,
            baseRef: changedBaseRef(ctx, env),
            images: (0,_bake_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .parseImagesMapping */ .CE)(inputs['bake-images']),
            tagPrefix: inputs['tag-prefix'],
            push: inputs.push,
            cache: inputs.cache,
            cacheWriteOnPr: inputs['cache-write-on-pr'],
            cacheDir: inputs['cache-dir'],
            network: inputs.network,
            builder: inputs.builder,
            dryRun: inputs['dry-run'],
            ctx,
            env,
            tempDir,
            cacheRoot,
            cwd: workspace,
            log: logger,
            prepareRegistries: async (access, plan) => {
                if (access.some((r) => r.ecr)) {
                    const tags = plan.targets.flatMap((t) => t.tags);
                    // prepareEcr reads only the tags of the plan (for the IMMUTABLE check)
                    await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 34812))).prepareEcr({ tags }, access, inputs, env);
                }
                await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .assertPushRegistriesReachable */ .Z5)(plan);
            }
        });
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e.message);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('plan', JSON.stringify((0,_bake_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .bakePlanJson */ .VU)(outcome.plan)));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('targets', JSON.stringify((0,_bake_run_js__WEBPACK_IMPORTED_MODULE_11__/* .targetsOutput */ ._U)(outcome)));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tags', outcome.plan.targets.flatMap((t) => t.tags).join('\n'));
    if (outcome.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(JSON.stringify((0,_bake_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .bakePlanJson */ .VU)(outcome.plan), null, 2));
        return;
    }
    if (outcome.plan.targets.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('nothing to build: every target was skipped');
        if (inputs.summary)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_bake_render_js__WEBPACK_IMPORTED_MODULE_10__/* .renderBakeMarkdown */ .H)({ plan: outcome.plan, timing: null, digests: {} }), true).write();
        return;
    }
    if (outcome.timing)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('duration-seconds', (outcome.timing.durationMs / 1000).toFixed(1));
    if (outcome.reportDir)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', outcome.reportDir);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`buildstage: bake ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);
    // the comparison, target by target: a baseline per target, one comment with a section each
    const extra = {};
    let regressed = false;
    if (outcome.timing) {
        const cache = (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .hasActionsCacheService */ .t7)(env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null;
        const octokit = inputs['github-token'] && ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(inputs['github-token']) : null;
        for (const t of outcome.plan.targets) {
            // one report per target of the plan (run.ts splits the stream by them); a lookup by name is checked all the same
            const report = outcome.timing.targets[t.name];
            if (!report || report.failed)
                continue;
            try {
                const r = await (0,_compare_pr_flow_js__WEBPACK_IMPORTED_MODULE_5__.runPrTiming)({
                    report,
                    image: bakeBaselineImage(t),
                    context: (0,_comparison_step_js__WEBPACK_IMPORTED_MODULE_12__/* .prFlowContext */ ._N)(ctx),
                    inputs: { comment: inputs.comment, regressionThreshold: inputs['regression-threshold'], baselineBranches: inputs['baseline-branches'] },
                    baselineRoot: cacheRoot,
                    cache,
                    octokit
                });
                if (r.markdown)
                    extra[t.name] = `\n##### ${t.name} against the base branch\n\n${r.markdown}\n`;
                regressed ||= r.regressed;
            }
            catch (e) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${t.name}: PR timing comparison skipped: ${e.message}`);
            }
        }
    }
    if (inputs.summary) {
        try {
            const repoUrl = (0,_plan_git_context_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryUrl */ .Ek)(ctx);
            const lineUrl = (name) => {
                const t = outcome.plan.targets.find((x) => x.name === name);
                const file = outcome.timing?.targets[name]?.meta.dockerfile;
                if (!repoUrl || !ctx.sha || !t || !file)
                    return undefined;
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, file)).split('\\').join('/');
                return rel.startsWith('..') ? undefined : (line) => `${repoUrl}/blob/${ctx.sha}/${rel}#L${line}`;
            };
            const digests = Object.fromEntries(Object.entries(outcome.results).map(([k, v]) => [k, v.digest]));
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addRaw((0,_bake_render_js__WEBPACK_IMPORTED_MODULE_10__/* .renderBakeMarkdown */ .H)({ plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error, extra, lineUrl }), true)
                .write();
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`job summary skipped: ${e.message}`);
        }
    }
    if (outcome.error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(outcome.error);
        return;
    }
    if (regressed && inputs['fail-on-regression'])
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1('a target regressed against its baseline (fail-on-regression: true); see the job summary');
}


/***/ }),

/***/ 15386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _N: () => (/* binding */ prFlowContext),
/* harmony export */   aB: () => (/* binding */ comparisonStep)
/* harmony export */ });
/* unused harmony export baselineImage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _plan_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70769);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68646);
// The comparison against the base branch's baseline (src/compare/pr-flow.ts): the
// baseline saved on the base branch, the PR comment on a pull request. Only warns when it fails.



/** The image a baseline belongs to: the first image name (or tag without its tag), plus the target. */
function baselineImage(inputs, tags) {
    const name = inputs.images[0] ?? (tags[0] ? (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(tags[0]).name : 'image');
    return inputs.target ? `${name}#${inputs.target}` : name;
}
/** The run's context as the comparison (runPrTiming, timingRole) reads it. */
function prFlowContext(ctx) {
    const [owner, repo] = (ctx.repository ?? '/').split('/');
    return {
        eventName: ctx.eventName,
        ref: ctx.ref,
        baseRef: ctx.baseRef,
        defaultBranch: ctx.defaultBranch,
        sha: ctx.sha,
        prNumber: ctx.prNumber,
        owner: owner || null,
        repo: repo || null
    };
}
/** Compares a successful build with its baseline (and comments on the PR). Never throws. */
async function comparisonStep(x) {
    const report = x.outcome.report;
    if (!report || report.failed)
        return { markdown: null, regressed: false };
    try {
        // the comparison (and the schema validator it reads baselines with) loads only for a report
        const { runPrTiming } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(986), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 60478));
        const result = await runPrTiming({
            report,
            image: baselineImage(x.inputs, x.outcome.plan.tags),
            context: prFlowContext(x.ctx),
            inputs: { comment: x.inputs.comment, regressionThreshold: x.inputs['regression-threshold'], baselineBranches: x.inputs['baseline-branches'] },
            baselineRoot: x.cacheRoot,
            // the cache client and Octokit load only when there is a cache service / a PR
            cache: (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .hasActionsCacheService */ .t7)(x.env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null,
            octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(x.inputs['github-token']) : null,
            links: { runUrl: x.links.runUrl, buildRecordUrl: x.links.buildRecordUrl, commitUrl: x.links.commitUrl }
        });
        return { markdown: result.markdown || null, regressed: result.regressed };
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`PR timing comparison skipped: ${e.message}`);
        return { markdown: null, regressed: false };
    }
}


/***/ }),

/***/ 60478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPrTiming: () => (/* binding */ runPrTiming)
});

// UNUSED EXPORTS: timingRole

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/slug.ts
var slug = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/schemas/timing-report.ts
var timing_report = __webpack_require__(66279);
;// CONCATENATED MODULE: ./src/compare/baseline-store.ts
// Baselines: the JSON timing report of a build on the default branch (or a listed
// branch), kept in the Actions cache under a key per image, branch and commit, and
// restored by prefix so the newest wins. No extra service.





function baselinePrefix(image, branch) {
    return `buildstage-timing-${(0,slug/* slug */.y)(image.replace(/[/:]/g, '-'), 80)}-${(0,slug/* slug */.y)(branch, 60)}-`;
}
function baselineDir(root, image) {
    return (0,external_node_path_.join)(root, 'buildstage-baseline', (0,slug/* slug */.y)(image.replace(/[/:]/g, '-'), 80));
}
async function saveBaseline(cache, root, image, branch, sha, report) {
    const dir = baselineDir(root, image);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'report.json'), JSON.stringify(report));
    const key = `${baselinePrefix(image, branch)}${sha}`;
    try {
        // @actions/cache answers -1 (and logs why) when it could not reserve or upload the entry
        const id = await cache.saveCache([dir], key);
        if (id === -1) {
            core/* warning */.$e(`timing baseline not saved (the Actions cache did not take ${key}; see the lines above); pull requests compare with the previous baseline`);
            return null;
        }
        return key;
    }
    catch (e) {
        core/* warning */.$e(`timing baseline not saved (${e.message}); pull requests will have nothing to compare with`);
        return null;
    }
}
async function restoreBaseline(cache, root, image, branch) {
    const dir = baselineDir(root, image);
    const prefix = baselinePrefix(image, branch);
    try {
        const hit = await cache.restoreCache([dir], prefix, [prefix]);
        if (!hit || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'report.json')))
            return null;
        // written by another version of the action: checked, and an earlier writer's missing fields filled in
        return (0,timing_report/* parseTimingReportText */.rm)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'report.json'), 'utf8'), `the ${branch} baseline (${hit})`);
    }
    catch (e) {
        core/* warning */.$e(`timing baseline not restored: ${e.message}`);
        return null;
    }
}

// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(66832);
// EXTERNAL MODULE: ./src/compare/render.ts
var render = __webpack_require__(52831);
;// CONCATENATED MODULE: ./src/compare/pr-comment.ts
// One PR comment, found by its hidden marker and updated in place; each image replaces
// only its own section. It never fails the build: without permission (a fork's token), with
// the rate limit spent, or with the API failing (5xx, retried twice), it warns with why and
// goes on; the job summary has the comparison either way.


const header = (e, name) => {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
};
/** The primary or secondary rate limit (403 with no requests left, 429, or GitHub's secondary-limit message). */
function isRateLimited(e) {
    return e.status === 429 || (e.status === 403 && (header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(e.message ?? '')));
}
const pr_comment_transient = (e) => e.status === undefined || e.status >= 500;
/** A call retried on 5xx and network errors (twice, 1 s then 2 s); other errors at once. */
async function withGithubRetry(fn, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), attempts = 3) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || isRateLimited(e) || !pr_comment_transient(e))
                throw e;
            await sleep(1000 * 2 ** (i - 1));
        }
    }
}
/** Why the comment was not written, in one line, for the warning. `thrown`: whatever was thrown (an ApiError, or any value). */
function commentFailure(thrown) {
    const e = typeof thrown === 'object' && thrown !== null ? thrown : {};
    // without a message, the thrown value's own text (a thrown string)
    const what = `${e.status ?? 'no answer'}: ${(e.message ?? String(thrown)).split('\n')[0]}`;
    if (isRateLimited(e)) {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0
            ? `; it resets at ${new Date(reset * 1000).toISOString().slice(11, 19)} UTC`
            : header(e, 'retry-after')
                ? `; retry after ${header(e, 'retry-after')} s`
                : '';
        return { result: 'rate-limited', why: `the GitHub API rate limit for this token is spent (${what})${when}` };
    }
    if (e.status === 403 || e.status === 404)
        return { result: 'no-permission', why: `${what}. A fork's token cannot write; grant "pull-requests: write" to comment` };
    if (pr_comment_transient(e))
        return { result: 'failed', why: `the GitHub API failed (${what}) on 3 attempts` };
    return { result: 'failed', why: `the GitHub API refused the request (${what})` };
}
async function upsertPrComment(octokit, p) {
    if (p.mode === 'never')
        return 'skipped';
    try {
        const comments = await withGithubRetry(() => octokit.paginate(octokit.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 }));
        const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(render/* COMMENT_MARKER */.JO));
        if (existing) {
            const body = (0,render/* mergeCommentSections */.e4)(existing.body ?? null, p.image, p.sectionMd);
            if (body === existing.body)
                return 'skipped';
            await withGithubRetry(() => octokit.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body }));
            return 'updated';
        }
        if (p.mode === 'on-change' && !p.changed)
            return 'skipped';
        await withGithubRetry(() => octokit.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body: (0,render/* mergeCommentSections */.e4)(null, p.image, p.sectionMd) }));
        return 'created';
    }
    catch (e) {
        const f = commentFailure(e);
        core/* warning */.$e(`PR comment not written: ${f.why}. The build is not failed by it; the job summary has the comparison.`);
        return f.result;
    }
}

;// CONCATENATED MODULE: ./src/compare/pr-flow.ts
// After a build (shell): on the default branch (or a listed one) keep the report as the
// baseline; on a pull request restore the base branch's baseline, compare, and update
// the PR comment. Returns the Markdown for the job summary and whether it regressed.






function timingRole(context, baselineBranches) {
    // a pull request build is compared, never kept: on pull_request_target GITHUB_REF is the
    // base branch itself, and keeping that build would replace the base branch's baseline
    const pullRequest = context.prNumber !== null || context.eventName.startsWith('pull_request') || context.ref.startsWith('refs/pull/');
    if (pullRequest) {
        return context.prNumber !== null && context.baseRef ? { kind: 'compare', baseBranch: context.baseRef, prNumber: context.prNumber } : { kind: 'none' };
    }
    const branch = context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : null;
    const keepBranches = baselineBranches.length ? baselineBranches : context.defaultBranch ? [context.defaultBranch] : [];
    return branch && keepBranches.includes(branch) ? { kind: 'save', branch } : { kind: 'none' };
}
async function runPrTiming(p) {
    const thresholds = (0,compare/* parseRegressionThreshold */.YJ)(p.inputs.regressionThreshold);
    const role = timingRole(p.context, p.inputs.baselineBranches);
    const result = { markdown: null, regressed: false, baselineSaved: null };
    if (!p.cache)
        return result;
    if (role.kind === 'save') {
        if (p.report.failed)
            return result;
        result.baselineSaved = await saveBaseline(p.cache, p.baselineRoot, p.image, role.branch, p.context.sha, p.report);
        if (result.baselineSaved)
            core/* info */.pq(`timing baseline saved: ${result.baselineSaved}`);
        return result;
    }
    if (role.kind !== 'compare')
        return result;
    const base = await restoreBaseline(p.cache, p.baselineRoot, p.image, role.baseBranch);
    if (!base) {
        result.markdown = `#### ${p.image}: no baseline yet\n\nNo timing report from \`${role.baseBranch}\` was found in the Actions cache; the next build on \`${role.baseBranch}\` will record one.\n`;
        return result;
    }
    const comparison = (0,compare/* compareReports */.ll)(base, p.report, thresholds);
    const section = (0,render/* renderComparisonMarkdown */.hm)(p.image, comparison, { baseLabel: role.baseBranch, ...p.links, facts: (0,render_markdown/* buildFacts */._x)(p.report, {}, false) });
    result.markdown = section;
    // builds that cannot be compared (another cache backend, driver, platform, a failed import) are no finding
    result.regressed = comparison.verdict === 'regressed' && comparison.comparable.ok;
    if (p.octokit && p.context.owner && p.context.repo) {
        try {
            const r = await upsertPrComment(p.octokit, {
                owner: p.context.owner,
                repo: p.context.repo,
                issueNumber: role.prNumber,
                image: p.image,
                sectionMd: section,
                mode: p.inputs.comment,
                changed: comparison.verdict !== 'unchanged' && comparison.comparable.ok
            });
            core/* info */.pq(`PR comment: ${r}`);
        }
        catch (e) {
            core/* warning */.$e(`PR comment failed: ${e.message}`);
        }
    }
    return result;
}


/***/ })

};

//# sourceMappingURL=691.index.js.map