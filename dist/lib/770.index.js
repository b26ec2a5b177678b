export const id = 770;
export const ids = [770];
export const modules = {

/***/ 82770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEcrRun: () => (/* binding */ readEcrRun),
/* harmony export */   runEcrLifecycleAction: () => (/* binding */ runEcrLifecycleAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28795);
/* harmony import */ var _ecr_apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24042);
/* harmony import */ var _ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90002);
/* harmony import */ var _ecr_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69090);
/* harmony import */ var _inputs_aws_region_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82245);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71922);
/* harmony import */ var _ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43073);
// The ECR lifecycle action (thin): validate, apply policies, and clean up on a schedule.








/**
 * Everything the action checks before its first API call: every input, the policy they
 * describe, and the region. Throws an InputError (one line) on the first problem.
 */
function readEcrRun(get, env, cwd) {
    const i = (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readEcrInputs */ .uy)(get);
    const policy = (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .policyFromInputs */ .uf)(i, cwd);
    if (i.mode === 'validate') {
        if (!policy)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('policy-file', 'nothing to validate', 'set policy-file, or keep/untagged-days/keep-any');
        return { i, policy, region: '' };
    }
    const region = i['aws-region'] || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (!region)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('aws-region', 'no region', 'set aws-region, or run aws-actions/configure-aws-credentials first');
    (0,_inputs_aws_region_js__WEBPACK_IMPORTED_MODULE_5__/* .checkAwsRegion */ .G)('AWS_REGION', region);
    if ((i.mode === 'apply' || i.mode === 'apply-and-cleanup') && !policy)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('keep', 'apply needs a policy', 'set policy-file, or keep/untagged-days/keep-any');
    return { i, policy, region };
}
async function runEcrLifecycleAction(env = process.env) {
    try {
        const { i, policy, region } = readEcrRun((name, opts) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, opts), env, env.GITHUB_WORKSPACE || process.cwd());
        if (i.mode === 'validate' && policy) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`policy is valid (${policy.rules.length} rules)`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('policy', JSON.stringify(policy));
            return;
        }
        const client = (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createEcrClient */ .yv)({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
        // throttling (ThrottlingException, 429, 5xx) is retried with full-jitter backoff: each retry is logged and counted
        const retries = [];
        (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_1__/* .observeRetries */ .hn)((e) => {
            retries.push(e);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms`);
        });
        let md = '';
        if (i.mode === 'apply' || i.mode === 'apply-and-cleanup') {
            if (!policy)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('keep', 'apply needs a policy', 'set policy-file, or keep/untagged-days/keep-any');
            const repos = i.repositories.length ? i.repositories : await (0,_ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .listRepositories */ .xW)(client, i.include, i.exclude);
            if (repos.length === 0)
                throw new Error('Input "repositories": no repository selected; set repositories or include');
            const results = [];
            for (const r of repos)
                results.push(await (0,_ecr_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .applyPolicy */ .VC)(client, r, policy, { create: i['create-repository'], dryRun: i['dry-run'] }));
            md += (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderApplyMarkdown */ .oY)(results);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', results
                .filter((r) => r.changed)
                .map((r) => r.repository)
                .join('\n'));
        }
        if (i.mode === 'cleanup' || i.mode === 'apply-and-cleanup') {
            const results = await (0,_ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .runCleanup */ .Kt)(client, (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanupOptions */ .r2)(i, policy, new Date()));
            md += (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderCleanupMarkdown */ .aJ)(results, i['price-per-gb-month']);
            const bytes = results.reduce((n, r) => n + r.bytes, 0);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('expired-count', String(results.reduce((n, r) => n + r.expiring.length, 0)));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('bytes-freed', String(bytes));
            const failures = results.flatMap((r) => r.failures.map((f) => `${r.repository} ${f.imageDigest}: ${f.failureCode}`));
            const errors = results.filter((r) => r.note?.startsWith('error:')).map((r) => `${r.repository}: ${r.note}`);
            if (failures.length || errors.length)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`cleanup finished with problems:\n${[...errors, ...failures].join('\n')}`);
        }
        if (retries.length) {
            const line = `ECR throttled or failed ${retries.length} call${retries.length === 1 ? '' : 's'}, retried with jittered backoff to completion (${(0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_1__/* .retryCounts */ .nf)(retries)})`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
            md += `\n${line}.\n`;
        }
        if (i.summary && md)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(md, true).write();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e.message);
    }
}


/***/ })

};

//# sourceMappingURL=770.index.js.map