export const id = 107;
export const ids = [107];
export const modules = {

/***/ 26107:
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45330);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28921);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71098);
// The build action with `bake` set (shell): many images in one `docker buildx bake`, ECR
// login and repository checks per registry the targets touch, outputs per target, one job
// summary for all targets, and the PR comparison target by target (a baseline per target,
// one PR comment with a section per target).












const logger = {
    info: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(l),
    warning: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(l),
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
        outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_11__/* .executeBake */ .lM)({
            files: inputs.bake,
            targets: inputs.targets,
            baseRef: changedBaseRef(ctx, env),
            images: (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .parseImagesMapping */ .CE)(inputs['bake-images']),
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
                    await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(462)]).then(__webpack_require__.bind(__webpack_require__, 462))).prepareEcr({ tags }, access, inputs, env);
                }
                if (plan.push)
                    for (const r of plan.registries)
                        await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .assertRegistryReachable */ .Hm)(r);
            }
        });
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e.message);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('plan', JSON.stringify((0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .bakePlanJson */ .VU)(outcome.plan)));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('targets', JSON.stringify((0,_run_js__WEBPACK_IMPORTED_MODULE_11__/* .targetsOutput */ ._U)(outcome)));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tags', outcome.plan.targets.flatMap((t) => t.tags).join('\n'));
    if (outcome.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(JSON.stringify((0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .bakePlanJson */ .VU)(outcome.plan), null, 2));
        return;
    }
    if (outcome.plan.targets.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('nothing to build: every target was skipped');
        if (inputs.summary)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_render_js__WEBPACK_IMPORTED_MODULE_10__/* .renderBakeMarkdown */ .H)({ plan: outcome.plan, timing: null, digests: {} }), true).write();
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
        const [owner, repo] = (ctx.repository ?? '/').split('/');
        const cache = (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .hasActionsCacheService */ .t7)(env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null;
        const octokit = inputs['github-token'] && ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(inputs['github-token']) : null;
        for (const t of outcome.plan.targets) {
            const report = outcome.timing.targets[t.name];
            if (!report || report.failed)
                continue;
            try {
                const r = await (0,_compare_pr_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .runPrTiming */ .i)({
                    report,
                    image: bakeBaselineImage(t),
                    context: { eventName: ctx.eventName, ref: ctx.ref, baseRef: ctx.baseRef, defaultBranch: ctx.defaultBranch, sha: ctx.sha, prNumber: ctx.prNumber, owner: owner || null, repo: repo || null },
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
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_render_js__WEBPACK_IMPORTED_MODULE_10__/* .renderBakeMarkdown */ .H)({ plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error, extra, lineUrl }), true).write();
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


/***/ })

};
