export const id = 233;
export const ids = [233];
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

/***/ 16094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   Vp: () => (/* binding */ originRepository),
/* harmony export */   hU: () => (/* binding */ commitDateOf),
/* harmony export */   p7: () => (/* binding */ localGitContext),
/* harmony export */   vv: () => (/* binding */ fullRef)
/* harmony export */ });
/* unused harmony exports packedRef, headFromFiles, repositoryOfRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
// What the CLI asks of the local checkout (shell): its context for tags and cache scopes (HEAD
// read from the checkout's files where the layout is plain, else from git), ref names, and the
// files changed since a base. The action reads the same facts
// from the GitHub environment instead (src/plan/git-context.ts); bake's `--targets changed`
// asks git in src/bake/run.ts.




/** git's trimmed output, or null when it fails or prints nothing. */
function git(cwd, args) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || null);
    }
    catch {
        return null;
    }
}
/** git's trimmed output, or null when it fails or prints nothing; without waiting on the others. */
function gitAsync(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd }, (err, stdout) => {
            resolve(err ? null : stdout.trim() || null);
        });
    });
}
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_NAMESPACE'];
const readText = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
};
/** A ref's object id from `packed-refs` text (pure): the `<id> <name>` line, peeled `^` lines and comments skipped. */
function packedRef(packedRefs, name) {
    for (const line of packedRefs.split('\n')) {
        if (line.startsWith('#') || line.startsWith('^'))
            continue;
        const sp = line.indexOf(' ');
        if (sp > 0 && line.slice(sp + 1).trimEnd() === name && OBJECT_ID.test(line.slice(0, sp)))
            return line.slice(0, sp);
    }
    return null;
}
/**
 * HEAD's facts read from the checkout's own files (.git/HEAD, the ref, packed-refs,
 * refs/remotes/origin/HEAD), without a git process: three git processes cost a build ~15 ms
 * of CPU before buildx starts. Only for the plain layout git has written for years (a .git
 * directory or a `gitdir:` file above the real directory on its file system, files-backend
 * refs, owned by this user, no GIT_* variables that change discovery, HEAD on a branch);
 * anything else is null, and git is asked.
 * Where git's `--short` would spell a branch `heads/x` (a tag of the same name), this gives `x`.
 */
function headFromFiles(dir, env = process.env) {
    try {
        return readHead(dir, env);
    }
    catch {
        // a file that is there but cannot be read or stat'ed: git says what it is
        return null;
    }
}
function readHead(dir, env) {
    if (GIT_ENV.some((k) => env[k] !== undefined))
        return null;
    const uid = process.getuid?.();
    if (uid === undefined || (uid === 0 && env.SUDO_UID))
        return null;
    // the worktree's top: the nearest directory up that holds .git, from the real directory (git
    // starts there: a symlink's own parents are not searched); git's own search is left to git where
    // it would differ: a bare repository on the way, or a file system boundary it does not cross
    let top = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir));
    const device = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(top).dev;
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.git'))) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'HEAD')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'objects')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, 'refs')))
            return null;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(top);
        if (up === top || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(up).dev !== device)
            return null;
        top = up;
    }
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.git');
    let gitDir = dotGit;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dotGit).isDirectory()) {
        const m = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '');
        if (!m)
            return null;
        gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(top, m[1].trim());
    }
    const commonText = readText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'commondir'));
    const commonDir = commonText ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(gitDir, commonText.trim()) : gitDir;
    // git refuses a repository another user owns (safe.directory): it decides then
    if ([top, dotGit, gitDir, commonDir].some((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).uid !== uid))
        return null;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'reftable')))
        return null;
    const head = /^ref: (refs\/heads\/.+)$/.exec((readText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'HEAD')) ?? '').trim());
    if (!head)
        return null;
    const ref = head[1];
    const loose = readText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, ref))?.trim();
    if (loose !== undefined && !OBJECT_ID.test(loose))
        return null;
    // not loose: packed, or an unborn branch (no commit yet: git rev-parse HEAD fails, '')
    const sha = loose ?? packedRef(readText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'packed-refs')) ?? '', ref) ?? '';
    const origin = readText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'refs/remotes/origin/HEAD'));
    const originRef = origin === null ? null : /^ref: refs\/remotes\/(.+)$/.exec(origin.trim());
    return { sha, branch: ref.slice('refs/heads/'.length), originHead: originRef ? originRef[1] : null };
}
/** The same facts from git (any layout git reads, a detached HEAD too): three processes in parallel. */
async function headFromGit(dir) {
    const [sha, branch, originHead] = await Promise.all([
        gitAsync(dir, ['rev-parse', 'HEAD']).then((s) => s ?? ''),
        gitAsync(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
        gitAsync(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'])
    ]);
    return { sha, branch, originHead };
}
/** The git context of a local checkout (CLI): branch, commit, default branch (from the files where plain, else from git). */
async function localGitContext(dir, env = process.env) {
    const { sha, branch, originHead } = headFromFiles(dir, env) ?? (await headFromGit(dir));
    // a branch names the ref; the tag is asked only for a detached HEAD (one git process less)
    const tag = branch ? null : await gitAsync(dir, ['describe', '--tags', '--exact-match', 'HEAD']);
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
/** A full ref for a name: a tag or branch of this repository; else a version-like name is a tag, anything else a branch. */
function fullRef(cwd, ref) {
    if (!ref || ref.startsWith('refs/'))
        return ref;
    const isTag = git(cwd, ['rev-parse', '-q', '--verify', `refs/tags/${ref}`]) !== null;
    const isBranch = git(cwd, ['rev-parse', '-q', '--verify', `refs/heads/${ref}`]) !== null;
    return isTag || (!isBranch && /^v?\d+(\.\d+)*([-+.].*)?$/.test(ref)) ? `refs/tags/${ref}` : `refs/heads/${ref}`;
}
/** The commit a ref points at, or null. */
function commitOf(cwd, ref) {
    return git(cwd, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
}
/** A commit's committer date (ISO 8601), or null. */
function commitDateOf(cwd, sha) {
    return sha ? git(cwd, ['log', '-1', '--format=%cI', sha]) : null;
}
/** owner/name of a GitHub remote URL (https or ssh), else null. */
function repositoryOfRemote(url) {
    const m = url ? /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
    return m ? m[1] : null;
}
/** owner/name of the checkout's origin when it is on GitHub, else null. */
function originRepository(cwd) {
    return repositoryOfRemote(git(cwd, ['remote', 'get-url', 'origin']));
}
/**
 * The files changed between `base` and `head` (merge-base diff, `base...head`) below `root`,
 * relative to `root`. A root outside a checkout or a ref git cannot diff is bad input.
 */
function changedFilesSince(root, base, head) {
    const top = git(root, ['rev-parse', '--show-toplevel']);
    if (!top)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--root', `${root} is not in a git checkout`, 'run it in a clone (with the history back to --base)');
    const range = `${base}...${head}`;
    let diff;
    try {
        diff = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['diff', '--name-only', range, '--', '.'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (e) {
        const why = (e.stderr ?? '').trim().split('\n').pop() || e.message;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--base', `git could not diff ${range}: ${why}`, 'name a ref this clone has (git fetch it, or fetch-depth: 0 in CI)');
    }
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, root);
    return diff
        .split('\n')
        .filter(Boolean)
        .map((f) => (prefix ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(prefix, f) : f));
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


/***/ }),

/***/ 62233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TAGS_USAGE: () => (/* binding */ TAGS_USAGE),
/* harmony export */   tagsCommand: () => (/* binding */ tagsCommand)
/* harmony export */ });
/* harmony import */ var _common_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82149);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75774);
/* harmony import */ var _plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9108);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47632);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16094);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94984);
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
/** Lines of repeated flags; each flag may hold several lines. `#` lines are comments. */
const lines = (values) => (values ?? []).flatMap((v) => (0,_common_list_js__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E)(v, { keepCommas: true, comment: true }));
const tagsCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .N)({
    usage: TAGS_USAGE,
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
        json: { type: 'boolean' }
    },
    run: async (args, io) => {
        const now = args.date ? new Date(args.date) : new Date();
        if (Number.isNaN(now.getTime()))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('--date', `"${args.date}" is not a date`, 'write an ISO date such as 2026-01-10T00:30:00Z');
        const local = await (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .localGitContext */ .p7)(io.cwd, io.env);
        const ref = (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .fullRef */ .vv)(io.cwd, args.ref ?? local.ref);
        const sha = args.sha ?? (args.ref ? ((0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .commitOf */ .D3)(io.cwd, ref) ?? local.sha) : local.sha);
        const pr = /^refs\/pull\/(\d+)\//.exec(ref);
        const commitDate = (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .commitDateOf */ .hU)(io.cwd, sha);
        const shortSha = io.env.DOCKER_METADATA_SHORT_SHA_LENGTH;
        if (shortSha && Number.isNaN(Number(shortSha))) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('DOCKER_METADATA_SHORT_SHA_LENGTH', `"${shortSha}" is not a number`, 'set it to how many characters a short sha has (default 7), or unset it');
        }
        const ctx = {
            ...local,
            eventName: args.event ?? (ref.startsWith('refs/pull/') ? 'pull_request' : 'push'),
            ref,
            sha,
            defaultBranch: args['default-branch'] ?? local.defaultBranch,
            prNumber: pr ? Number(pr[1]) : null,
            repository: args.repository ?? (0,_git_js__WEBPACK_IMPORTED_MODULE_6__/* .originRepository */ .Vp)(io.cwd),
            ...(commitDate ? { commitDate } : {}),
            ...(shortSha ? { shortShaLength: Number(shortSha) } : {})
        };
        const tagRules = lines(args['tag-rules']);
        const flavor = lines(args.flavor);
        // the same checks the action makes on its inputs, named by flag
        (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagRules */ .hh)(tagRules, '--tag-rules');
        (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlavorInput */ .MP)(flavor, '--flavor');
        const md = (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .computeMetadata */ .FT)({
            ctx,
            now,
            images: (0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .enabledImageNames */ .xA)((0,_plan_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImages */ .eb)(lines([...(args.images ?? []), ...(args.image ?? [])]), '--images')),
            tagRules,
            flavor,
            tagPrefix: args['tag-prefix'] ?? '',
            labels: args.label ?? [],
            annotations: args.annotation ?? [],
            annotationLevels: (0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationLevelsFromEnv */ .Kr)(io.env),
            names: { tagRules: '--tag-rules', flavor: '--flavor', tagPrefix: '--tag-prefix' }
        });
        for (const w of md.warnings)
            io.stderr(`warning: ${w}\n`);
        io.stdout(args.json ? JSON.stringify((0,_plan_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataJson */ .YE)(md), null, 2) + '\n' : (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .renderMetadataText */ .Fn)(ctx, md));
        return _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.OK;
    }
});


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


/***/ })

};

//# sourceMappingURL=233.index.js.map