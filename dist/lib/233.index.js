export const id = 233;
export const ids = [233,990];
export const modules = {

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

/***/ 62233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TAGS_USAGE: () => (/* binding */ TAGS_USAGE),
/* harmony export */   repositoryOfRemote: () => (/* binding */ repositoryOfRemote),
/* harmony export */   runTagsCommand: () => (/* binding */ runTagsCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34233);
/* harmony import */ var _plan_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75774);
/* harmony import */ var _plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9108);
/* harmony import */ var _build_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11990);
// `node dist/cli.js tags`: the tags, labels and annotations the action computes for a git
// context (the checkout's, or one given with --ref/--sha/--event), so tag-rules and flavor
// can be tried locally. `--json` prints docker/metadata-action's json output. Only wiring:
// the computation is src/plan/metadata.ts.






const TAGS_USAGE = `usage: node dist/cli.js tags [--images NAME]... [--tag-rules RULE]... [--flavor F]... [--tag-prefix P]
       [--ref REF] [--sha SHA] [--event NAME] [--default-branch B] [--repository OWNER/NAME]
       [--label K=V]... [--annotation K=V]... [--date ISO] [--json]
  Prints the tags, labels and annotations computed for the checkout's git context (branch or
  tag, commit, origin's default branch), or for the one given (--ref takes a full ref, or a
  name: a tag or branch here, else v1.2.3-like names are tags). --tag-rules and --flavor take
  docker/metadata-action's tags and flavor syntax (one entry per flag or per line); without
  --tag-rules, the default set. --images takes names or name=...,enable=... entries.
  DOCKER_METADATA_SHORT_SHA_LENGTH and DOCKER_METADATA_ANNOTATIONS_LEVELS are read as the
  action reads them.
  --json prints metadata-action's json output: {"tags", "tag-names", "labels", "annotations"}.`;
function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
    }
    catch {
        return null;
    }
}
/** owner/name of a GitHub remote URL (https or ssh), else null. */
function repositoryOfRemote(url) {
    const m = url ? /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
    return m ? m[1] : null;
}
/** Lines of repeated flags; each flag may hold several lines. `#` lines are comments. */
const lines = (values) => (values ?? []).flatMap((v) => (0,_inputs_list_js__WEBPACK_IMPORTED_MODULE_2__/* .parseList */ .E1)(v, { keepCommas: true, comment: true }));
async function runTagsCommand(argv, io) {
    let args;
    try {
        args = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                images: { type: 'string', multiple: true },
                image: { type: 'string', multiple: true },
                'tag-rules': { type: 'string', multiple: true },
                flavor: { type: 'string', multiple: true },
                'tag-prefix': { type: 'string' },
                ref: { type: 'string' },
                sha: { type: 'string' },
                event: { type: 'string' },
                'default-branch': { type: 'string' },
                repository: { type: 'string' },
                label: { type: 'string', multiple: true },
                annotation: { type: 'string', multiple: true },
                date: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            allowPositionals: false
        }).values;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${TAGS_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(TAGS_USAGE + '\n');
        return 0;
    }
    try {
        const now = args.date ? new Date(args.date) : new Date();
        if (Number.isNaN(now.getTime()))
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--date', `"${args.date}" is not a date`, 'write an ISO date such as 2026-01-10T00:30:00Z');
        const local = (0,_build_command_js__WEBPACK_IMPORTED_MODULE_5__.localGitContext)(io.cwd);
        let ref = args.ref ?? local.ref;
        if (ref && !ref.startsWith('refs/')) {
            // a bare name: a tag or branch of this repository; else a version-like name is a tag, anything else a branch
            const isTag = git(io.cwd, ['rev-parse', '-q', '--verify', `refs/tags/${ref}`]) !== null;
            const isBranch = git(io.cwd, ['rev-parse', '-q', '--verify', `refs/heads/${ref}`]) !== null;
            ref = isTag || (!isBranch && /^v?\d+(\.\d+)*([-+.].*)?$/.test(ref)) ? `refs/tags/${ref}` : `refs/heads/${ref}`;
        }
        const sha = args.sha ?? (args.ref ? (git(io.cwd, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]) ?? local.sha) : local.sha);
        const event = args.event ?? (ref.startsWith('refs/pull/') ? 'pull_request' : 'push');
        const pr = /^refs\/pull\/(\d+)\//.exec(ref);
        const repository = args.repository ?? repositoryOfRemote(git(io.cwd, ['remote', 'get-url', 'origin']));
        const commitDate = sha ? git(io.cwd, ['log', '-1', '--format=%cI', sha]) : null;
        const shortSha = io.env.DOCKER_METADATA_SHORT_SHA_LENGTH;
        if (shortSha && Number.isNaN(Number(shortSha))) {
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('DOCKER_METADATA_SHORT_SHA_LENGTH', `"${shortSha}" is not a number`, 'set it to how many characters a short sha has (default 7), or unset it');
        }
        const ctx = {
            ...local,
            eventName: event,
            ref,
            sha,
            defaultBranch: args['default-branch'] ?? local.defaultBranch,
            prNumber: pr ? Number(pr[1]) : null,
            repository,
            ...(commitDate ? { commitDate } : {}),
            ...(shortSha ? { shortShaLength: Number(shortSha) } : {})
        };
        const tagRules = lines(args['tag-rules']);
        const flavor = lines(args.flavor);
        // the same checks the action makes on its inputs, named by flag
        (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTagRules */ .hh)(tagRules, '--tag-rules');
        (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlavorInput */ .MP)(flavor, '--flavor');
        const md = (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .computeMetadata */ .FT)({
            ctx,
            now,
            images: (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .enabledImageNames */ .xA)((0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImages */ .eb)(lines([...(args.images ?? []), ...(args.image ?? [])]), '--images')),
            tagRules,
            flavor,
            tagPrefix: args['tag-prefix'] ?? '',
            labels: args.label ?? [],
            annotations: args.annotation ?? [],
            annotationLevels: (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationLevelsFromEnv */ .Kr)(io.env),
            names: { tagRules: '--tag-rules', flavor: '--flavor', tagPrefix: '--tag-prefix' }
        });
        for (const w of md.warnings)
            io.stderr(`warning: ${w}\n`);
        if (args.json) {
            io.stdout(JSON.stringify((0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataJson */ .YE)(md), null, 2) + '\n');
            return 0;
        }
        const section = (title, items) => `${title}:${items.length ? '' : ' (none)'}\n${items.map((t) => `  ${t}\n`).join('')}`;
        io.stdout(`context: ${event} ${ref || '(no ref)'} ${sha ? sha.slice(0, 12) : '(no commit)'}${ctx.defaultBranch ? ` (default branch ${ctx.defaultBranch})` : ''}\n` +
            `version: ${md.version ?? '(none)'}\n` +
            section('tags', md.tags) +
            section('labels', md.labels) +
            section('annotations', md.annotations));
        return 0;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n`);
        return e instanceof _inputs_list_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? 2 : 1;
    }
}


/***/ }),

/***/ 71229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ renderTimingTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92887);
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
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countCachedSteps */ .BI)(report.steps);
    lines.push(c('bold', `${report.failed ? 'FAILED' : 'Build'}${report.image.tags[0] ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])} —` : ''} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)}`) +
        `  cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheHitRatioOf */ .iY)(count))} (${count.cached}/${count.steps} steps)  image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
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
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(stageName(s.name, s.platform), nameW).padEnd(nameW);
        const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
        const time = s.steps > 0 && s.cachedSteps === s.steps ? 'cached' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
        lines.push(`${name}  ${time.padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
    }
    const p = report.phases;
    lines.push('');
    lines.push(c('dim', _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PHASES */ .ZG.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs').map((x) => `${x.label} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`).join(' · ')));
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestRows */ .Pf)(report, 5);
    if (slow.length) {
        lines.push('', c('bold', 'where the time went (steps and phases)'));
        const maxStep = slow[0].durationMs;
        for (const r of slow) {
            const what = r.kind === 'phase' ? `(${r.phase.label})` : `${r.step.stage}${r.step.line !== null ? `:${r.step.line}` : ''} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction, width)}`;
            lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs).padStart(7)}  ${c('red', bar(r.durationMs, maxStep))}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(what, width - barWidth - 12)}`);
        }
    }
    for (const w of report.warnings)
        lines.push(c('yellow', `warning: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, width)}`));
    return lines.join('\n');
}


/***/ })

};
