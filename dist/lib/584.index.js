export const id = 584;
export const ids = [584];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47632);
// A CLI command: its usage, its flags and what it runs. `defineCommand` parses the flags
// (node:util parseArgs, strict) and answers --help; the command only runs. It returns
// EXIT.OK or EXIT.FAILED and throws for bad usage or input (src/cli/exit.ts); main.ts
// turns what it throws into a message and an exit code.


function defineCommand(spec) {
    const usage = `${spec.usage}\n  ${_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CODES_HELP */ .cU}`;
    return {
        usage,
        run: async (argv, io) => {
            const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args: argv,
                options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
                allowPositionals: Boolean(spec.positionals)
            });
            if (values.help) {
                io.stdout(usage + '\n');
                return _exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK;
            }
            return await spec.run(values, io, positionals);
        }
    };
}


/***/ }),

/***/ 62584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecrCommand: () => (/* binding */ ecrCommand)
/* harmony export */ });
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28795);
/* harmony import */ var _ecr_apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24042);
/* harmony import */ var _ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90002);
/* harmony import */ var _ecr_evaluate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16827);
/* harmony import */ var _ecr_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69090);
/* harmony import */ var _ecr_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46958);
/* harmony import */ var _schemas_ecr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88150);
/* harmony import */ var _ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(43073);
/* harmony import */ var _ecr_validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6282);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47632);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97129);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(94984);
// `node dist/cli.js ecr validate|evaluate|apply|cleanup ...`













const USAGE = `usage: node dist/cli.js ecr <validate|evaluate|apply|cleanup> [options]
  validate --policy FILE
  evaluate --policy FILE --images FILE [--now ISO] [--protect-tags T,..] [--json]
           (FILE: \`aws ecr describe-images\` output or its imageDetails, with childDigests on image indexes)
  apply    --repository R (--policy FILE | --keep "v*:10,latest:1" [--untagged-days N] [--keep-any N]) [--create] [--dry-run]
  cleanup  (--repository R | --include PAT [--exclude PAT]) [--policy FILE | --keep ...] [--protect-tags T,..] [--dry-run]
  apply/cleanup take --region (or AWS_REGION) and --endpoint URL (e.g. moto's server).`;
const POLICY = 'an ECR lifecycle policy (JSON or YAML)';
const readPolicy = (io, path) => (0,_json_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readJsonFile */ .J)(io, path, { flag: '--policy', what: POLICY, parseText: _ecr_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyText */ .X });
/** --policy read and valid (`ecr validate` lists what is wrong; the other commands stop at it). */
function loadPolicy(io, path) {
    const r = (0,_ecr_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validatePolicy */ .tE)(readPolicy(io, path));
    if (!r.ok || !r.policy)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .BadInputError */ .Ys(`--policy ${path}: invalid policy (${r.errors.join('; ')}); fix the rules listed (ecr validate --policy FILE lists them)`);
    return r.policy;
}
const ecrCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .defineCommand */ .N)({
    usage: USAGE,
    positionals: true,
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
        endpoint: { type: 'string' }
    },
    run: async (v, io, positionals) => {
        const [sub, ...extra] = positionals;
        if (!sub)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('name what to do: validate, evaluate, apply or cleanup');
        if (extra.length)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unexpected argument "${extra[0]}"`);
        const now = v.now ? new Date(v.now) : new Date();
        if (Number.isNaN(now.getTime()))
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--now ${v.now}: not an ISO date`);
        if (sub === 'validate') {
            const r = (0,_ecr_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validatePolicy */ .tE)(readPolicy(io, v.policy));
            if (r.ok)
                io.stdout(`valid: ${r.policy?.rules.length} rules, ${r.text.length} characters\n`);
            else
                io.stderr(`invalid policy:\n${r.errors.map((e) => `  ${e}`).join('\n')}\n`);
            return r.ok ? _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.OK : _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.FAILED;
        }
        if (sub === 'evaluate') {
            const policy = loadPolicy(io, v.policy);
            const images = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readJsonFile */ .J)(io, v.images, {
                flag: '--images',
                what: '`aws ecr describe-images` output (or its imageDetails)',
                check: _schemas_ecr_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDescribeImages */ .n6
            });
            const ev = (0,_ecr_evaluate_js__WEBPACK_IMPORTED_MODULE_10__/* .evaluatePolicy */ .Uz)(policy, images, { now, protectTags: v['protect-tags']?.split(',').map((s) => s.trim()) ?? [] });
            io.stdout(v.json ? JSON.stringify(ev, null, 2) + '\n' : (0,_render_js__WEBPACK_IMPORTED_MODULE_11__/* .renderEvaluationText */ .CU)(ev, images.length));
            return _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.OK;
        }
        if (sub !== 'apply' && sub !== 'cleanup')
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unknown ecr command "${sub}": write validate, evaluate, apply or cleanup`);
        const inputs = (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readEcrInputs */ .uy)((name) => {
            const map = {
                mode: sub,
                repositories: (v.repository ?? []).join('\n'),
                include: (v.include ?? []).join('\n'),
                exclude: (v.exclude ?? []).join('\n'),
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
        // a policy file is read here, the same as evaluate's; policyFromInputs builds one from --keep and friends
        const policy = v.policy ? loadPolicy(io, v.policy) : (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .policyFromInputs */ .uf)(inputs, io.cwd);
        const region = v.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
        if (!region)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--region is required (or AWS_REGION)');
        const client = (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createEcrClient */ .yv)({ region, endpoint: v.endpoint ?? io.env.BUILDSTAGE_ECR_ENDPOINT });
        let retried = 0;
        (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .observeRetries */ .hn)((e) => {
            retried++;
            io.stderr(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms\n`);
        });
        if (sub === 'apply') {
            if (!policy)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--policy or --keep/--untagged-days/--keep-any is required');
            if (!inputs.repositories.length)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--repository is required');
            const results = [];
            for (const r of inputs.repositories)
                results.push(await (0,_ecr_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .applyPolicy */ .VC)(client, r, policy, { create: inputs['create-repository'], dryRun: inputs['dry-run'] }));
            io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .renderApplyMarkdown */ .oY)(results));
            return _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.OK;
        }
        const results = await (0,_ecr_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .runCleanup */ .Kt)(client, (0,_ecr_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanupOptions */ .r2)(inputs, policy, now));
        if (retried)
            io.stderr(`ECR: ${retried} calls retried with jittered backoff\n`);
        io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : (0,_ecr_render_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .renderCleanupMarkdown */ .aJ)(results));
        return results.some((r) => r.failures.length || r.note?.startsWith('error:')) ? _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.FAILED : _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.OK;
    }
});


/***/ }),

/***/ 97129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   _: () => (/* binding */ existingFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schemas_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44936);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47632);
// The one way a CLI command reads a JSON file the user names with a flag: the path resolved
// against the working directory, then read, parsed and (optionally) checked against its
// schema (src/schemas/). Every problem is bad input (exit 2) in one line that names the flag,
// the file and the fix.




/** The absolute path of a file flag that must name an existing file. */
function existingFile(io, flag, path, what) {
    if (!path)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${flag} is required: ${what}`);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { throwIfNoEntry: false });
    if (!stat)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${flag} ${path}: no such file${abs === path ? '' : ` (resolved to ${abs})`}; pass ${what}`);
    if (!stat.isFile())
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${flag} ${path}: not a file; pass ${what}`);
    return abs;
}
/** Reads, parses and checks the file a flag names (see JsonFileSpec). */
function readJsonFile(io, path, spec) {
    const abs = existingFile(io, spec.flag, path, spec.what);
    const source = `${spec.flag} ${path}`;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${source}: cannot be read (${e.message}); pass ${spec.what}`);
    }
    let data;
    try {
        data = (spec.parseText ?? _schemas_check_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(text, source);
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${prefixed(source, e)}; pass ${spec.what}`);
    }
    if (!spec.check)
        return data;
    try {
        return spec.check(data, source);
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(prefixed(source, e));
    }
}
/** The message of a parse or check error on one line, starting with the source once. */
function prefixed(source, e) {
    const m = (0,_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(e).replace(/\s*\n\s*/g, ' ');
    return m.startsWith(source) ? m : `${source}: ${m}`;
}


/***/ }),

/***/ 94984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ renderDecisionsText),
/* harmony export */   CU: () => (/* binding */ renderEvaluationText),
/* harmony export */   Fn: () => (/* binding */ renderMetadataText),
/* harmony export */   Lc: () => (/* binding */ renderComparisonText),
/* harmony export */   bj: () => (/* binding */ renderNothingToBuild),
/* harmony export */   cg: () => (/* binding */ renderBuildResult)
/* harmony export */ });
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);

/** `compare`: totals, cache hits and image size, then each stage and phase (`*` past the threshold), then the five steps that moved most. */
function renderComparisonText(c) {
    const delta = (label, d) => `  ${label.padEnd(28)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(d.baseMs ?? 0).padStart(7)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(d.headMs ?? 0).padStart(7)}${d.flagged ? '  *' : ''}`;
    return [
        `build ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}  (${c.comparable.ok ? c.verdict : `not comparable: ${c.comparable.reasons.join('; ')}`})`,
        `cache hits ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)}   image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}`,
        '',
        ...c.stages.map((s) => delta(s.platform ? `${s.name} (${s.platform})` : s.name, s.delta)),
        ...c.phases.map((p) => delta(`(${p.label})`, p.delta)),
        '',
        ...c.steps
            .slice(0, 5)
            .map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
    ].join('\n');
}
/** `tags`: the context, the version, then tags, labels and annotations, one a line. */
function renderMetadataText(ctx, md) {
    const section = (title, items) => `${title}:${items.length ? '' : ' (none)'}\n${items.map((t) => `  ${t}\n`).join('')}`;
    return (`context: ${ctx.eventName} ${ctx.ref || '(no ref)'} ${ctx.sha ? ctx.sha.slice(0, 12) : '(no commit)'}${ctx.defaultBranch ? ` (default branch ${ctx.defaultBranch})` : ''}\n` +
        `version: ${md.version ?? '(none)'}\n` +
        section('tags', md.tags) +
        section('labels', md.labels) +
        section('annotations', md.annotations));
}
/** `changed`: a line a service, build or skip, with the reason. */
function renderDecisionsText(decisions) {
    return decisions.map((d) => `${d.build ? 'build' : 'skip '} ${d.service.name}: ${d.reason}`).join('\n') + '\n';
}
/** `ecr evaluate`: how many images expire, then each with its tags and the rule that expires it. */
function renderEvaluationText(ev, imageCount) {
    return `${ev.expired.length} of ${imageCount} images expire (${ev.bytesFreed} bytes)\n${ev.expired.map((e) => `  ${e.imageDigest} ${e.imageTags.join(',') || '(untagged)'} rule ${e.rulePriority}`).join('\n')}\n`;
}
/** `bake` when no target is left to build: each skipped target with its reason. */
function renderNothingToBuild(skipped) {
    return `nothing to build:\n${skipped.map((s) => `  ${s.name}: ${s.reason}`).join('\n')}\n`;
}
/** `build` after the breakdown: the digest pushed and the tags. */
function renderBuildResult(digest, tags) {
    return (digest ? `digest: ${digest}\n` : '') + (tags.length ? `tags:\n${tags.map((t) => `  ${t}`).join('\n')}\n` : '');
}


/***/ })

};

//# sourceMappingURL=584.index.js.map