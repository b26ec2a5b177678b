export const id = 127;
export const ids = [127];
export const modules = {

/***/ 20081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BAKE_USAGE: () => (/* binding */ BAKE_USAGE),
/* harmony export */   runBakeCommand: () => (/* binding */ runBakeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bake_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45330);
/* harmony import */ var _bake_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28921);
/* harmony import */ var _bake_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71098);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59399);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18028);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(34233);
/* harmony import */ var _build_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11990);
// `node dist/cli.js bake`: many images in one `docker buildx bake` (compose files and/or
// docker-bake.hcl/.json), each with its own tags and cache, one report split per target.











const BAKE_USAGE = `usage: node dist/cli.js bake --file F [--file F]... [--targets a,b | --targets changed --base REF]
       [--image target=NAME]... [--push] [--cache auto|registry|local|inline|none] [--cache-dir DIR]
       [--network host|none] [--builder NAME] [--report-json DIR] [--summary-md FILE] [--dry-run] [--json]
  Files are compose files and/or docker-bake.hcl/.json, merged in order by buildx.
  Targets default to every service/target with a build section; tags are computed from the
  git context for each target's image (compose \`image:\`, bake \`tags\`, or --image).`;
async function runBakeCommand(argv, io) {
    let args;
    try {
        args = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args: argv,
            options: {
                file: { type: 'string', short: 'f', multiple: true },
                targets: { type: 'string' },
                base: { type: 'string' },
                image: { type: 'string', multiple: true },
                push: { type: 'boolean' },
                cache: { type: 'string' },
                'cache-dir': { type: 'string' },
                network: { type: 'string' },
                builder: { type: 'string' },
                'report-json': { type: 'string' },
                'summary-md': { type: 'string' },
                'dry-run': { type: 'boolean' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            allowPositionals: false
        }).values;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${BAKE_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(BAKE_USAGE + '\n');
        return 0;
    }
    try {
        const files = args.file ?? [];
        if (files.length === 0)
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz('--file', 'missing', 'pass --file compose.yml (or docker-bake.hcl), several allowed');
        const cache = (args.cache ?? 'auto');
        if (!_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .CACHE_BACKENDS */ .bK.includes(cache))
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz('--cache', `unknown cache type "${args.cache}"`, `write one of ${_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .CACHE_BACKENDS */ .bK.join(', ')}`);
        const targets = (args.targets ?? '').split(/[,\s]+/).filter(Boolean);
        const log = {
            info: (l) => io.stderr(l + '\n'),
            warning: (l) => io.stderr(`warning: ${l}\n`),
            group: async (name, fn) => {
                io.stderr(`== ${name}\n`);
                return fn();
            }
        };
        const outcome = await (0,_bake_run_js__WEBPACK_IMPORTED_MODULE_6__/* .executeBake */ .lM)({
            files,
            targets,
            baseRef: args.base ?? null,
            images: (0,_bake_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImagesMapping */ .CE)(args.image ?? [], '--image'),
            tagPrefix: '',
            push: Boolean(args.push),
            cache,
            cacheWriteOnPr: false,
            cacheDir: args['cache-dir'] ?? '',
            network: args.network ?? '',
            builder: args.builder ?? '',
            dryRun: Boolean(args['dry-run']),
            ctx: (0,_build_command_js__WEBPACK_IMPORTED_MODULE_10__.localGitContext)(io.cwd),
            env: io.env,
            tempDir: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'buildstage-bake-')),
            cacheRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(io.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'buildstage'),
            cwd: io.cwd,
            log,
            prepareRegistries: async (_access, plan) => {
                if (plan.push)
                    for (const r of plan.registries)
                        await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRegistryReachable */ .Hm)(r);
            }
        });
        if (outcome.dryRun) {
            io.stdout(JSON.stringify((0,_bake_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .bakePlanJson */ .VU)(outcome.plan), null, 2) + '\n');
            return 0;
        }
        if (outcome.plan.targets.length === 0) {
            io.stdout(`nothing to build:\n${outcome.plan.skipped.map((s) => `  ${s.name}: ${s.reason}`).join('\n')}\n`);
            if (args.json)
                io.stdout(JSON.stringify({ targets: (0,_bake_run_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsOutput */ ._U)(outcome) }) + '\n');
            return 0;
        }
        io.stderr(`buildstage: bake ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
        const digests = Object.fromEntries(Object.entries(outcome.results).map(([k, v]) => [k, v.digest]));
        const render = { plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error };
        io.stdout((0,_bake_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderBakeTerminal */ .I)(render, { color: io.isTTY }) + '\n');
        if (args['report-json'] && outcome.timing) {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, args['report-json']);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            for (const [name, r] of Object.entries(outcome.timing.targets))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name}.json`), JSON.stringify(r, null, 2));
            const { targets: _t, ...rest } = outcome.timing;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'bake-timing.json'), JSON.stringify({ ...rest, results: (0,_bake_run_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsOutput */ ._U)(outcome) }, null, 2));
        }
        if (args['summary-md'])
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, args['summary-md']), (0,_bake_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderBakeMarkdown */ .H)(render));
        if (args.json)
            io.stdout(JSON.stringify({ targets: (0,_bake_run_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsOutput */ ._U)(outcome) }) + '\n');
        if (outcome.error) {
            io.stderr(`error: ${outcome.error}\n`);
            return 1;
        }
        return outcome.exitCode === 0 ? 0 : 1;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n`);
        return 1;
    }
}


/***/ }),

/***/ 11990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_USAGE: () => (/* binding */ BUILD_USAGE),
/* harmony export */   localGitContext: () => (/* binding */ localGitContext),
/* harmony export */   runBuildCommand: () => (/* binding */ runBuildCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _build_execute_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99002);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18028);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34233);
/* harmony import */ var _plan_build_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29868);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(68646);
/* harmony import */ var _engine_registry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59399);
/* harmony import */ var _timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(40204);
/* harmony import */ var _timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71229);
// `node dist/cli.js build`: the build action's core, run locally against the engine and
// the registry (127.0.0.1:5000 by default), with the timing breakdown in the terminal.













const BUILD_USAGE = `usage: node dist/cli.js build --context DIR [--file F] [--target T] [--tag REF]... [--image NAME]
       [--push] [--load] [--cache auto|registry|local|inline|none] [--cache-ref REF] [--cache-dir DIR]
       [--network host|none] [--build-arg K=V]... [--platform P] [--no-cache]
       [--report-json FILE] [--summary-md FILE] [--dry-run] [--json]
  Without --tag, tags are computed from the git context for --image
  (default: $BUILDSTAGE_REGISTRY or 127.0.0.1:5000, then the context directory name).`;
function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
    }
    catch {
        return null;
    }
}
/** The git context of a local checkout (CLI): branch, commit, default branch. */
function localGitContext(dir) {
    const sha = git(dir, ['rev-parse', 'HEAD']) ?? '';
    const branch = git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']);
    const tag = git(dir, ['describe', '--tags', '--exact-match', 'HEAD']);
    const originHead = git(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD']);
    const defaultBranch = originHead ? originHead.replace(/^origin\//, '') : branch === 'main' || branch === 'master' ? branch : null;
    return {
        eventName: 'local',
        ref: branch ? `refs/heads/${branch}` : tag ? `refs/tags/${tag}` : '',
        sha,
        defaultBranch,
        baseRef: null,
        headRef: null,
        prNumber: null,
        serverUrl: 'https://github.com',
        repository: null,
        runId: null,
        runAttempt: null,
        repoPrivate: false
    };
}
async function runBuildCommand(argv, io) {
    let args;
    try {
        args = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
            args: argv,
            options: {
                context: { type: 'string' },
                file: { type: 'string' },
                target: { type: 'string' },
                tag: { type: 'string', multiple: true },
                image: { type: 'string' },
                push: { type: 'boolean' },
                load: { type: 'boolean' },
                cache: { type: 'string' },
                'cache-ref': { type: 'string' },
                'cache-dir': { type: 'string' },
                network: { type: 'string' },
                'build-arg': { type: 'string', multiple: true },
                platform: { type: 'string', multiple: true },
                'no-cache': { type: 'boolean' },
                'report-json': { type: 'string' },
                'summary-md': { type: 'string' },
                'dry-run': { type: 'boolean' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            allowPositionals: false
        }).values;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${BUILD_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(BUILD_USAGE + '\n');
        return 0;
    }
    try {
        if (!args.context)
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('--context', 'missing', 'pass --context DIR (the directory to build)');
        const cache = (args.cache ?? 'auto');
        if (!_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .CACHE_BACKENDS */ .bK.includes(cache)) {
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('--cache', `unknown cache type "${args.cache}"`, `write one of ${_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .CACHE_BACKENDS */ .bK.join(', ')}`);
        }
        if (args.network && !['host', 'none', 'default'].includes(args.network)) {
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('--network', `"${args.network}" is not available here`, 'write host or none');
        }
        const contextDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args.context);
        const registry = io.env.BUILDSTAGE_REGISTRY || '127.0.0.1:5000';
        const tags = args.tag ?? [];
        const image = args.image ?? (tags.length === 0 ? `${registry}/${(0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_12__/* .slug */ .yR)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(contextDir).toLowerCase())}` : '');
        const inputs = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultInputs */ .jG)({
            context: contextDir,
            file: args.file ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args.file) : '',
            target: args.target ?? '',
            tags,
            images: image ? [image] : [],
            push: Boolean(args.push),
            load: Boolean(args.load),
            cache,
            'cache-ref': args['cache-ref'] ?? '',
            'cache-dir': args['cache-dir'] ?? '',
            network: args.network ?? '',
            'build-args': args['build-arg'] ?? [],
            platforms: args.platform ?? [],
            'no-cache': Boolean(args['no-cache']),
            'dry-run': Boolean(args['dry-run'])
        });
        const tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'buildstage-'));
        const log = {
            info: (l) => io.stderr(l + '\n'),
            warning: (l) => io.stderr(`warning: ${l}\n`),
            group: async (name, fn) => {
                io.stderr(`== ${name}\n`);
                return fn();
            }
        };
        const outcome = await (0,_build_execute_js__WEBPACK_IMPORTED_MODULE_5__/* .executeBuild */ .S)({
            inputs,
            ctx: localGitContext(contextDir),
            env: io.env,
            tempDir,
            cacheRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(io.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'buildstage'),
            cwd: io.cwd,
            log,
            hooks: {
                prepareRegistries: async (plan) => {
                    if (plan.push)
                        for (const r of plan.registries)
                            await (0,_engine_registry_js__WEBPACK_IMPORTED_MODULE_9__/* .assertRegistryReachable */ .Hm)(r);
                }
            }
        });
        if (outcome.dryRun) {
            io.stdout(args.json ? JSON.stringify((0,_plan_build_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planJson */ .iY)(outcome.plan), null, 2) + '\n' : (0,_plan_build_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .renderPlanText */ .$D)(outcome.plan) + '\n');
            return 0;
        }
        io.stderr(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
        if (outcome.report) {
            io.stdout((0,_timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_11__/* .renderTimingTerminal */ .N)(outcome.report, { color: io.isTTY }) + '\n');
            if (args['report-json'])
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args['report-json']), JSON.stringify(outcome.report, null, 2));
            if (args['summary-md'])
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args['summary-md']), (0,_timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .renderTimingMarkdown */ .Eu)(outcome.report, {}));
        }
        if (outcome.digest)
            io.stdout(`digest: ${outcome.digest}\n`);
        if (outcome.plan.tags.length)
            io.stdout(`tags:\n${outcome.plan.tags.map((t) => `  ${t}`).join('\n')}\n`);
        if (outcome.error) {
            io.stderr(`error: ${outcome.error}\n`);
            return 1;
        }
        return outcome.exitCode === 0 ? 0 : 1;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n`);
        return 1;
    }
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
