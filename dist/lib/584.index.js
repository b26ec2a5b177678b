export const id = 584;
export const ids = [584];
export const modules = {

/***/ 62584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEcrCommand: () => (/* binding */ runEcrCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28795);
/* harmony import */ var _ecr_apply_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24042);
/* harmony import */ var _ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90002);
/* harmony import */ var _ecr_evaluate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16827);
/* harmony import */ var _ecr_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69090);
/* harmony import */ var _ecr_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46958);
/* harmony import */ var _schemas_ecr_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88150);
/* harmony import */ var _ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(43073);
/* harmony import */ var _ecr_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6282);
// `node dist/cli.js ecr validate|evaluate|apply|cleanup ...`












const USAGE = `usage: node dist/cli.js ecr <validate|evaluate|apply|cleanup> [options]
  validate --policy FILE
  evaluate --policy FILE --images FILE [--now ISO] [--protect-tags T,..] [--json]
           (FILE: \`aws ecr describe-images\` output or its imageDetails, with childDigests on image indexes)
  apply    --repository R (--policy FILE | --keep "v*:10,latest:1" [--untagged-days N] [--keep-any N]) [--create] [--dry-run]
  cleanup  (--repository R | --include PAT [--exclude PAT]) [--policy FILE | --keep ...] [--protect-tags T,..] [--dry-run]
  apply/cleanup take --region (or AWS_REGION) and --endpoint URL (e.g. moto's server).`;
function readJson(io, flag, path) {
    if (!path)
        throw new Error(`--${flag} is required`);
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        throw new Error(`--${flag} ${path}: no such file`);
    return (0,_ecr_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePolicyText */ .X)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'), `--${flag} ${path}`);
}
async function runEcrCommand(argv, io) {
    const [sub, ...rest] = argv;
    try {
        const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: rest,
            options: {
                policy: { type: 'string' },
                images: { type: 'string' },
                now: { type: 'string' },
                json: { type: 'boolean' },
                repository: { type: 'string', multiple: true },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                keep: { type: 'string' },
                'untagged-days': { type: 'string' },
                'keep-any': { type: 'string' },
                'protect-tags': { type: 'string' },
                'protect-digests': { type: 'string' },
                create: { type: 'boolean' },
                'dry-run': { type: 'boolean' },
                region: { type: 'string' },
                endpoint: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
        if (v.help || !sub || sub === '--help' || sub === '-h') {
            io.stdout(USAGE + '\n');
            return sub ? 0 : 2;
        }
        if (sub === 'validate') {
            const r = (0,_ecr_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validatePolicy */ .tE)(readJson(io, 'policy', v.policy));
            if (r.ok)
                io.stdout(`valid: ${r.policy?.rules.length} rules, ${r.text.length} characters\n`);
            else
                io.stderr(`invalid policy:\n${r.errors.map((e) => `  ${e}`).join('\n')}\n`);
            return r.ok ? 0 : 1;
        }
        if (sub === 'evaluate') {
            const r = (0,_ecr_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validatePolicy */ .tE)(readJson(io, 'policy', v.policy));
            if (!r.ok || !r.policy)
                throw new Error(`--policy: invalid policy:\n  ${r.errors.join('\n  ')}`);
            const images = (0,_schemas_ecr_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDescribeImages */ .n6)(readJson(io, 'images', v.images), `--images ${v.images}`);
            const now = v.now ? new Date(v.now) : new Date();
            if (Number.isNaN(now.getTime()))
                throw new Error(`--now ${v.now}: not an ISO date`);
            const ev = (0,_ecr_evaluate_js__WEBPACK_IMPORTED_MODULE_10__/* .evaluatePolicy */ .Uz)(r.policy, images, { now, protectTags: v['protect-tags']?.split(',').map((s) => s.trim()) ?? [] });
            if (v.json)
                io.stdout(JSON.stringify(ev, null, 2) + '\n');
            else
                io.stdout(`${ev.expired.length} of ${images.length} images expire (${ev.bytesFreed} bytes)\n${ev.expired.map((e) => `  ${e.imageDigest} ${e.imageTags.join(',') || '(untagged)'} rule ${e.rulePriority}`).join('\n')}\n`);
            return 0;
        }
        if (sub === 'apply' || sub === 'cleanup') {
            const inputs = (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readEcrInputs */ .uy)((name) => {
                const map = {
                    mode: sub,
                    repositories: (v.repository ?? []).join('\n'),
                    include: (v.include ?? []).join('\n'),
                    exclude: (v.exclude ?? []).join('\n'),
                    'policy-file': v.policy,
                    keep: v.keep,
                    'untagged-days': v['untagged-days'],
                    'keep-any': v['keep-any'],
                    'protect-tags': v['protect-tags'],
                    'protect-digests': v['protect-digests'],
                    'dry-run': v['dry-run'] ? 'true' : 'false',
                    'create-repository': v.create ? 'true' : 'false'
                };
                return map[name] ?? '';
            });
            const policy = (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .policyFromInputs */ .uf)(inputs, io.cwd);
            const region = v.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
            if (!region)
                throw new Error('--region is required (or AWS_REGION)');
            const client = (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createEcrClient */ .yv)({ region, endpoint: v.endpoint ?? io.env.BUILDSTAGE_ECR_ENDPOINT });
            let retried = 0;
            (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_3__/* .observeRetries */ .hn)((e) => {
                retried++;
                io.stderr(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms\n`);
            });
            if (sub === 'apply') {
                if (!policy)
                    throw new Error('--policy or --keep/--untagged-days/--keep-any is required');
                if (!inputs.repositories.length)
                    throw new Error('--repository is required');
                const results = [];
                for (const r of inputs.repositories)
                    results.push(await (0,_ecr_apply_js__WEBPACK_IMPORTED_MODULE_4__/* .applyPolicy */ .VC)(client, r, policy, { create: inputs['create-repository'], dryRun: inputs['dry-run'] }));
                io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .renderApplyMarkdown */ .oY)(results));
                return 0;
            }
            const results = await (0,_ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .runCleanup */ .Kt)(client, (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanupOptions */ .r2)(inputs, policy, v.now ? new Date(v.now) : new Date()));
            if (retried)
                io.stderr(`ECR: ${retried} calls retried with jittered backoff\n`);
            io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .renderCleanupMarkdown */ .aJ)(results));
            return results.some((r) => r.failures.length || r.note?.startsWith('error:')) ? 1 : 0;
        }
        throw new Error(`unknown ecr command "${sub}"`);
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${USAGE}\n`);
        return 2;
    }
}


/***/ })

};
