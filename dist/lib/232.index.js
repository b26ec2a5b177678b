export const id = 232;
export const ids = [232];
export const modules = {

/***/ 43232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedCommand: () => (/* binding */ changedCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/monorepo/changed.ts
// Which images of a monorepo must be rebuilt for a change: a service's inputs are its own
// directory, its Dockerfile, the workspace packages it depends on (transitively, from the
// package.json `workspace:` dependencies) and the root manifests and lockfile. Pure.
const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package-lock.json', 'yarn.lock', '.dockerignore'];
/** Workspace packages a directory's package depends on, transitively. */
function workspaceClosure(start, all) {
    const byName = new Map(all.map((p) => [p.name, p]));
    const seen = new Map();
    const stack = [...start.workspaceDeps];
    while (stack.length) {
        const n = stack.pop();
        const p = byName.get(n);
        if (!p || seen.has(n))
            continue;
        seen.set(n, p);
        stack.push(...p.workspaceDeps);
    }
    return [...seen.values()];
}
const under = (file, dir) => dir === '' || dir === '.' || file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);
function decideBuilds(services, packages, changedFiles, serviceDir) {
    return services.map((service) => {
        const dir = serviceDir(service);
        const own = packages.find((p) => p.dir === dir);
        const deps = own ? workspaceClosure(own, packages) : [];
        const inputs = [dir, service.file, ...deps.map((d) => d.dir), ...ROOT_INPUTS];
        const hits = changedFiles.filter((f) => inputs.some((i) => under(f, i)));
        return {
            service,
            build: hits.length > 0,
            reason: hits.length
                ? `changed: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}`
                : `skipped: none of its inputs changed (${inputs.slice(0, 3 + deps.length).join(', ')}, root manifests)`,
            inputs
        };
    });
}
/** The GitHub Actions matrix for the services to build. */
function buildMatrix(decisions) {
    return {
        include: decisions
            .filter((d) => d.build)
            .map((d) => ({
            name: d.service.name,
            context: d.service.context,
            file: d.service.file,
            image: d.service.image,
            ...(d.service.target ? { target: d.service.target } : {})
        }))
    };
}

// EXTERNAL MODULE: ./src/schemas/check.ts
var check = __webpack_require__(44936);
;// CONCATENATED MODULE: ./src/schemas/monorepo.ts

const path = { type: 'string', minLength: 1 };
const SERVICES_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'buildstage services file (monorepo images and where they are built from)',
    type: 'object',
    required: ['services'],
    properties: {
        services: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'context', 'file', 'image'],
                additionalProperties: false,
                properties: { name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }, context: path, file: path, image: path, target: path }
            }
        }
    }
};
function parseServices(data, source) {
    return (0,check/* checkJson */.Zs)(SERVICES_SCHEMA, data, source).services;
}
const deps = { type: 'object', additionalProperties: { type: 'string' } };
/** The parts of a workspace package.json the change detection reads (other keys are the package's own). */
const WORKSPACE_PACKAGE_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { name: { type: 'string' }, dependencies: deps, devDependencies: deps }
};
function parseWorkspacePackage(data, source) {
    return (0,check/* checkJson */.Zs)(WORKSPACE_PACKAGE_SCHEMA, data, source);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(16094);
// EXTERNAL MODULE: ./src/cli/json-file.ts
var json_file = __webpack_require__(97129);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/cli/changed-command.ts
// `node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]`:
// which monorepo images to build for the change between two refs, as a build matrix.









const USAGE = 'usage: node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]\n  FILE (default DIR/buildstage.services.json): {"services":[{"name","context","file","image","target"?}]}';
/** The workspace packages under apps/, packages/, services/ and libs/ (their package.json). */
function workspacePackages(io, root) {
    const out = [];
    for (const group of ['apps', 'packages', 'services', 'libs']) {
        const g = (0,external_node_path_.join)(root, group);
        if (!(0,external_node_fs_.existsSync)(g))
            continue;
        for (const d of (0,external_node_fs_.readdirSync)(g)) {
            const pj = (0,external_node_path_.join)(g, d, 'package.json');
            if (!(0,external_node_fs_.existsSync)(pj))
                continue;
            const pkg = (0,json_file/* readJsonFile */.J)(io, pj, { flag: 'workspace package', what: 'a package.json with name and dependencies', check: parseWorkspacePackage });
            const deps = { ...pkg.dependencies, ...pkg.devDependencies };
            out.push({
                name: pkg.name ?? d,
                dir: `${group}/${d}`,
                workspaceDeps: Object.entries(deps)
                    .filter(([, v]) => v.startsWith('workspace:'))
                    .map(([k]) => k)
            });
        }
    }
    return out;
}
const changedCommand = (0,command/* defineCommand */.N)({
    usage: USAGE,
    options: { root: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, services: { type: 'string' }, json: { type: 'boolean' } },
    run: (v, io) => {
        if (!v.base)
            throw new exit/* UsageError */.eb('--base is required (e.g. origin/main, or the PR base sha)');
        const root = (0,external_node_path_.resolve)(io.cwd, v.root ?? '.');
        const services = (0,json_file/* readJsonFile */.J)(io, v.services ?? (0,external_node_path_.join)(root, 'buildstage.services.json'), {
            flag: '--services',
            what: 'the services file: {"services":[{"name","context","file","image"}]}',
            check: parseServices
        });
        const changed = (0,git/* changedFilesSince */.OM)(root, v.base, v.head ?? 'HEAD');
        const decisions = decideBuilds(services, workspacePackages(io, root), changed, (s) => (0,external_node_path_.dirname)(s.file).replace(/^\.\//, ''));
        if (v.json) {
            const skipped = decisions.filter((d) => !d.build).map((d) => ({ name: d.service.name, reason: d.reason }));
            io.stdout(JSON.stringify({ matrix: buildMatrix(decisions), skipped, changedFiles: changed.length }) + '\n');
        }
        else
            io.stdout((0,render/* renderDecisionsText */.B7)(decisions));
        return exit/* EXIT */.dc.OK;
    }
});


/***/ }),

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

/***/ 44936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ checkJson),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qA: () => (/* binding */ validatorFor)
/* harmony export */ });
/* unused harmony exports describeError, problemsOf */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// JSON read from users (timing reports, DescribeImages output, lifecycle policies, services
// files, buildx metadata) is checked against a JSON Schema with ajv before anything uses it;
// a problem is one line naming the file and the JSON pointer of each field that is wrong.


const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap();
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/** One ajv error as a phrase: `/steps/3/durationMs must be a number`. */
function describeError(e) {
    const at = e.instancePath || '(top level)';
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${at} needs "${String(p.missingProperty)}"`;
        case 'additionalProperties':
            return `${at} has an unknown key "${String(p.additionalProperty)}"`;
        case 'enum':
            return `${at} must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${at} must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${at} must be ${String(p.type).replace(/,/g, ' or ')}`;
        default:
            return `${at} ${e.message ?? 'is not valid'}`;
    }
}
/** The errors of one validation, described, without repeats (a union reports each branch). */
function problemsOf(errors) {
    return [...new Set((errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map(describeError))];
}
/**
 * Returns `data` when it matches `schema` (the caller gives it the schema's type: `as T`);
 * throws a SchemaError naming `source` otherwise.
 */
function checkJson(schema, data, source) {
    const v = validatorFor(schema);
    if (!v(data))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A(source, problemsOf(v.errors));
    return data;
}
/** Parses JSON text; a syntax error names the source. */
function parseJsonText(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A(source, [`not JSON (${e.message})`]);
    }
}


/***/ })

};

//# sourceMappingURL=232.index.js.map