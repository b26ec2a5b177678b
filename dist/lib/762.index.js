export const id = 762;
export const ids = [762,873];
export const modules = {

/***/ 47632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Ys: () => (/* binding */ BadInputError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cU: () => (/* binding */ EXIT_CODES_HELP),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mD: () => (/* binding */ isUsageError)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// The CLI's exit codes, the same for every command (stated in `--help` and the README):
//   0  it ran and did its job
//   1  it ran and the job failed (a build, a bake, a cleanup; advise --fail-on's finding)
//   2  bad usage or input: an unknown or missing flag, a bad value, a file that is missing
//      or is not what the flag takes. Nothing ran.
// Commands return OK or FAILED and throw for bad usage or input; src/cli/main.ts maps what
// they throw to a code (exitCodeOf) in one place.


const EXIT = { OK: 0, FAILED: 1, USAGE: 2 };
const EXIT_CODES_HELP = 'exit codes: 0 ok, 1 the job failed (build, bake, cleanup, advise --fail-on), 2 bad usage or input (nothing ran)';
/** Bad usage (an unknown, missing or malformed flag): exit 2, with the command's usage. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** Input given to the CLI that cannot be used (a missing or malformed file): exit 2, one line. */
class BadInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadInputError';
    }
}
/** node:util parseArgs' own errors (unknown option, missing value, positional), told by their code (Node's errors may come from another realm). */
function isParseArgsError(e) {
    const code = e && typeof e === 'object' ? e.code : undefined;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
/** What an error says: its message (an Error from any realm), else the value as text. */
function messageOf(e) {
    const m = e && typeof e === 'object' ? e.message : undefined;
    return typeof m === 'string' ? m : String(e);
}
/** True for an error that is the user's usage (print the usage with it). */
function isUsageError(e) {
    return e instanceof UsageError || isParseArgsError(e);
}
/** The exit code of what a command threw: bad usage or input is 2, anything else (the job failed) 1. */
function exitCodeOf(e) {
    return isUsageError(e) || e instanceof BadInputError || e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d || e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A ? EXIT.USAGE : EXIT.FAILED;
}


/***/ }),

/***/ 40381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: runCli, usage

// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/cli/io.ts
// What a CLI command may touch: its argv, its output streams and its environment.
// Commands (src/cli/command.ts) and runCli (src/cli/main.ts) take an io, so tests run
// them in-process with captured output.

function processIO() {
    return {
        stdout: (t) => void process.stdout.write(t),
        stderr: (t) => void process.stderr.write(t),
        isTTY: (0,external_node_tty_.isatty)(1),
        cwd: process.cwd(),
        env: process.env
    };
}
/** Captures output, for tests. */
function memoryIO(overrides = {}) {
    const out = [];
    const err = [];
    return {
        stdout: (t) => void out.push(t),
        stderr: (t) => void err.push(t),
        isTTY: false,
        cwd: process.cwd(),
        env: {},
        ...overrides,
        out,
        err
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// `node dist/cli.js <command>`: the local CLI on the same core as the actions.
// runCli(argv, io) is the whole CLI and returns its exit code (tests run it in-process);
// main() is the entry dist/cli.js calls. What a command throws becomes its message and
// exit code here, and only here (src/cli/exit.ts has the contract).



// Each command's modules load only when it runs (the ECR command needs the AWS SDK; build does not).
const COMMANDS = {
    build: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(716), __webpack_require__.e(965), __webpack_require__.e(426), __webpack_require__.e(881), __webpack_require__.e(990)]).then(__webpack_require__.bind(__webpack_require__, 11990))).buildCommand, about: 'build (and push) an image with buildx and print the timing breakdown' },
    report: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(519), __webpack_require__.e(350)]).then(__webpack_require__.bind(__webpack_require__, 8149))).reportCommand, about: 'timing report from a saved rawjson stream' },
    compare: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(519), __webpack_require__.e(986), __webpack_require__.e(740)]).then(__webpack_require__.bind(__webpack_require__, 72797))).compareCommand, about: 'compare two timing reports (base vs head)' },
    advise: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(519), __webpack_require__.e(193), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 75680))).adviseCommand,
        about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost'
    },
    ecr: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(175), __webpack_require__.e(249), __webpack_require__.e(815), __webpack_require__.e(501), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584))).ecrCommand, about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
    tags: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(716), __webpack_require__.e(965), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 62233))).tagsCommand,
        about: 'tags, labels and annotations for a git context (tag-rules and flavor in docker/metadata-action syntax)'
    },
    changed: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 43232))).changedCommand,
        about: 'monorepo: which images changed since a git ref (a build matrix)'
    },
    bake: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(175), __webpack_require__.e(716), __webpack_require__.e(519), __webpack_require__.e(965), __webpack_require__.e(426), __webpack_require__.e(490), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 20081))).bakeCommand,
        about: 'many images in one buildx bake (compose / docker-bake files), one report split per target'
    }
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    return [
        'usage: node dist/cli.js <command> [options]   (<command> --help for its options)',
        '',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`),
        '',
        exit/* EXIT_CODES_HELP */.cU
    ].join('\n');
}
/** Runs one command line; returns the exit code (0 ok, 1 the job failed, 2 bad usage or input). */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage() + '\n');
        return exit/* EXIT */.dc.OK;
    }
    const entry = name ? COMMANDS[name] : undefined;
    if (!entry) {
        io.stderr(`error: ${name ? `unknown command "${name}"` : 'no command given'}\n${usage()}\n`);
        return exit/* EXIT */.dc.USAGE;
    }
    // build and bake ask buildx and the engine first thing: asked now, the answers come while
    // the command's modules load and its inputs are checked (src/engine/buildx-info.ts)
    if (EARLY_FACTS.has(name) && !rest.some((a) => a === '--help' || a === '-h' || a.startsWith('--builder')))
        (0,buildx_info.startFactsEarly)('', buildx_info.EARLY_PROBES, io.env);
    try {
        const command = await entry.load();
        try {
            return await command.run(rest, io);
        }
        catch (e) {
            // bad usage gets the command's usage; bad input (a file, a value) and a failed job one line
            io.stderr(`error: ${(0,exit/* messageOf */.bD)(e)}\n${(0,exit/* isUsageError */.mD)(e) ? `${command.usage}\n` : ''}`);
            return (0,exit/* exitCodeOf */.FO)(e);
        }
    }
    finally {
        (0,buildx_info.dropEarlyFacts)();
    }
}
const EARLY_FACTS = new Set(['build', 'bake']);
/**
 * Entry used by dist/cli.js. The command is done when runCli returns: its output is handed to
 * the OS, then the process ends with the code. Left to end by itself, Node would tear its heap
 * down first (~10-15 ms after a build, measured) and wait for probes nobody took.
 */
async function main() {
    const code = await runCli(process.argv.slice(2), processIO());
    await Promise.all([written(process.stdout), written(process.stderr)]);
    process.exit(code);
}
/** Resolves once what was written before is handed to the OS (a pipe may still be writing it). */
const written = (stream) => new Promise((resolve) => {
    stream.write('', () => {
        resolve();
    });
});


/***/ }),

/***/ 71922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SchemaError),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
// The errors every part of buildstage throws for a user to act on. Light on purpose: no
// schema validator, no Dockerfile parser (the CLI's exit codes read these on every run).
/** An error a user can act on: which input, what was wrong, what to write instead. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`Input "${input}": ${problem}; ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** A JSON document that does not have the shape it must have (src/schemas/check.ts). */
class SchemaError extends Error {
    source;
    problems;
    constructor(source, problems) {
        const shown = problems.slice(0, 4).join('; ');
        super(`${source}: ${shown}${problems.length > 4 ? ` (and ${problems.length - 4} more)` : ''}`);
        this.source = source;
        this.problems = problems;
        this.name = 'SchemaError';
    }
}


/***/ }),

/***/ 30873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BuildxMissingError: () => (/* binding */ BuildxMissingError),
/* harmony export */   EARLY_PROBES: () => (/* binding */ EARLY_PROBES),
/* harmony export */   NO_FACTS: () => (/* binding */ NO_FACTS),
/* harmony export */   buildxPlugin: () => (/* binding */ buildxPlugin),
/* harmony export */   completeFacts: () => (/* binding */ completeFacts),
/* harmony export */   dropEarlyFacts: () => (/* binding */ dropEarlyFacts),
/* harmony export */   factsFrom: () => (/* binding */ factsFrom),
/* harmony export */   gatherFacts: () => (/* binding */ gatherFacts),
/* harmony export */   parseBuilderInspect: () => (/* binding */ parseBuilderInspect),
/* harmony export */   parseBuildxVersion: () => (/* binding */ parseBuildxVersion),
/* harmony export */   startFactsEarly: () => (/* binding */ startFactsEarly)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71343);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51293);
// What buildx and the builder can do, asked before the build (shell), and the parsing
// of their answers (pure).



/** `github.com/docker/buildx v0.13.1 abc` or `github.com/docker/buildx 0.13.1+ds1 ...` → 0.13.1 */
function parseBuildxVersion(text) {
    const m = /\bv?(\d+\.\d+\.\d+)(?:[-+][\w.]+)?/.exec(text);
    return m ? m[1] : null;
}
/** Parses `docker buildx inspect` text output. */
function parseBuilderInspect(text) {
    const field = (label) => {
        const m = new RegExp(`^${label}:\\s*(.*)$`, 'm').exec(text);
        return m ? m[1].trim() : null;
    };
    const platforms = (field('Platforms') ?? '')
        .split(',')
        .map((s) => s.replace(/\*$/, '').trim())
        .filter(Boolean);
    return { name: field('Name'), driver: field('Driver'), buildkit: field('BuildKit version') ?? field('Buildkit'), platforms };
}
class BuildxMissingError extends Error {
}
/**
 * What the entry points ask before their inputs are read (startFactsEarly): buildx's version
 * (always read) and the builder (most runs read it: provenance, the gha cache, the docker
 * driver's limits). Not the image store: the engine's `GET /info` costs dockerd 20-40 ms of CPU
 * on the cores the probes and Node share, for a fact only a cache export on the docker driver
 * reads; gatherFacts asks it then.
 */
const EARLY_PROBES = { builder: true, imageStore: false };
/** Facts nobody asked for yet: unknown (null), as every reader already takes them. */
const NO_FACTS = { version: null, buildkitVersion: null, driver: null, builderName: null, containerdStore: false, platforms: [] };
function buildxMissing(stderr, code) {
    const why = /not found|No such file|ENOENT/i.test(stderr) || code === 127 ? 'docker is not installed' : stderr.trim().split('\n').pop();
    return new BuildxMissingError(`docker buildx is not available (${why}). Add docker/setup-buildx-action before this step, or install the docker-buildx plugin (on Debian: apt-get install docker-buildx; locally: scripts/engine-up.sh)`);
}
function builderUnusable(builder, stderr) {
    return new BuildxMissingError(`the builder${builder ? ` "${builder}"` : ''} is not usable: ${stderr.trim().split('\n').pop()}. ${builder ? 'Check the "builder" input' : 'Is the Docker engine running?'}`);
}
// docker's own search order for CLI plugins on Linux (docker/cli cli-plugins/manager), after
// the config directory's cli-plugins
const SYSTEM_PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins'
];
/**
 * The docker-buildx plugin that `docker buildx` runs, to ask it directly: `docker buildx X`
 * starts the docker CLI, which runs the plugin once for its metadata and once more for X
 * (~80 ms more per probe); the plugin alone answers the same (standalone mode reads the same
 * config, contexts and builders). Only where docker's search is plain: Linux, `docker` on PATH
 * is the docker CLI binary (a wrapper script, e.g. podman's, or a test's fake, may do other
 * things), no extra plugin directories; else null and the probes go through docker.
 */
function buildxPlugin(env = process.env, platform = process.platform) {
    if (platform !== 'linux' || env.DOCKER_CLI_PLUGIN_EXTRA_DIRS)
        return null;
    const c = (0,_engine_api_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfig */ .p1)(env);
    if (!c)
        return null;
    const extra = c.config.cliPluginsExtraDirs;
    if (Array.isArray(extra) && extra.length > 0)
        return null;
    if (!(0,_engine_api_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerIsBinary */ .Km)(env))
        return null;
    for (const dir of [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(c.dir, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS]) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'docker-buildx');
        if ((0,_engine_api_js__WEBPACK_IMPORTED_MODULE_1__/* .executable */ .FC)(p))
            return p;
    }
    return null;
}
/**
 * `docker info --format '{{json .DriverStatus}}'`: from the engine's API directly where docker
 * would ask the local socket (engineSocket; the docker CLI costs ~50 ms of CPU more, while
 * buildx runs on the same cores), else, or when that fails, through docker.
 */
async function driverStatus(env) {
    const socket = (0,_engine_api_js__WEBPACK_IMPORTED_MODULE_1__/* .engineSocket */ .I6)(env ?? process.env);
    if (socket) {
        const info = await (0,_engine_api_js__WEBPACK_IMPORTED_MODULE_1__/* .engineGet */ .dA)(socket, '/info');
        if (info && typeof info === 'object' && 'DriverStatus' in info)
            return { code: 0, stdout: JSON.stringify(info.DriverStatus) + '\n', stderr: '' };
    }
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCapture */ .W)('docker', ['info', '--format', '{{json .DriverStatus}}'], env);
}
/**
 * `docker buildx <args>` for one set of probes: asked of the plugin directly when docker would run
 * that one (buildxPlugin, looked up once for the set: it reads docker's config and PATH).
 */
function buildxProbe(env) {
    const plugin = buildxPlugin(env ?? process.env);
    return (args) => (plugin ? (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCapture */ .W)(plugin, args, env) : (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCapture */ .W)('docker', ['buildx', ...args], env));
}
/**
 * The environment's facts, gathered once per run (shell): buildx's version and, when
 * needed, the builder and the image store, all at once (each costs a process start, and
 * `buildx inspect` a round trip to the builder). Throws BuildxMissingError with the fix
 * when buildx or an asked-for builder is not usable. Early probes (startFactsEarly) the run
 * does not need are taken when they have answered, never waited for: completeFacts takes
 * them later (on a docker-container builder `buildx inspect` takes ~120 ms, a build that does
 * not read it starts without it).
 */
async function gatherFacts(builder, needs, env) {
    const pre = takeEarly(builder, env ?? process.env);
    // the plugin is looked up only for what the early probes did not ask
    const buildx = pre ? (args) => buildxProbe(env)(args) : buildxProbe(env);
    const [v, needed, neededInfo] = await Promise.all([
        pre?.version ?? buildx(['version']),
        needs.builder ? (pre?.inspect ?? buildx(['inspect', ...(builder ? [builder] : [])])) : null,
        needs.imageStore ? (pre?.info ?? driverStatus(env)) : null
    ]);
    if (v.code !== 0)
        throw buildxMissing(v.stderr, v.code);
    if (needs.builder && needed && needed.code !== 0)
        throw builderUnusable(builder, needed.stderr);
    const inspect = needs.builder ? needed : await ifAnswered(pre?.inspect);
    const di = needs.imageStore ? neededInfo : await ifAnswered(pre?.info);
    left = pre ? { key: pre.key, inspect: needs.builder ? null : pre.inspect, info: needs.imageStore ? null : pre.info } : null;
    // an early probe nobody needed counts only when it answered
    const answered = (c) => (c?.code === 0 ? c.stdout : null);
    return factsFrom(v.stdout, answered(inspect), answered(di));
}
const PENDING = Symbol('pending');
/** A probe's answer if it has come by now, else null (not waited for). */
async function ifAnswered(p) {
    if (!p)
        return null;
    // both settled: race takes the first of the two, the probe
    const r = await Promise.race([p, Promise.resolve(PENDING)]);
    return r === PENDING ? null : r;
}
let early = null;
/** The early probes gatherFacts did not need (answered or not), for completeFacts. */
let left = null;
// what decides which buildx, builder and engine the probes reach
const PROBE_ENV = ['PATH', 'HOME', 'DOCKER_CONFIG', 'DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CLI_PLUGIN_EXTRA_DIRS', 'BUILDX_BUILDER', 'BUILDX_CONFIG'];
const probeKey = (builder, env) => JSON.stringify([builder, ...PROBE_ENV.map((k) => env[k] ?? null)]);
/**
 * Starts the probes now, before the code that reads them has loaded (the CLI's `build`, the
 * action), so that they run while Node loads and checks the inputs: the first gatherFacts for
 * the same builder in the same environment takes them, the rest only what is missing.
 */
function startFactsEarly(builder, needs, env = process.env) {
    const buildx = buildxProbe(env);
    // the longest first: `buildx inspect` (a round trip to the builder; on docker-container a docker exec)
    const inspect = needs.builder ? buildx(['inspect', ...(builder ? [builder] : [])]) : null;
    early = { key: probeKey(builder, env), version: buildx(['version']), inspect, info: needs.imageStore ? driverStatus(env) : null };
}
/** Forgets early probes nobody took (a command that stopped before its build). */
function dropEarlyFacts() {
    early = null;
    left = null;
}
function takeEarly(builder, env) {
    const pre = early?.key === probeKey(builder, env) ? early : null;
    if (pre)
        early = null;
    return pre;
}
/**
 * The facts a run did not need before the build (the report's driver and builder, the image
 * store for the image size), asked while the build runs so that they cost no wait: `ask`
 * names the probes to run now. Never throws: what cannot be asked stays unknown.
 */
async function completeFacts(facts, builder, ask, env) {
    if (!ask.builder && !ask.imageStore)
        return facts;
    // what the early probes asked and gatherFacts left is taken, not asked again
    const pre = left?.key === probeKey(builder, env ?? process.env) ? left : null;
    left = null;
    const [inspect, di] = await Promise.all([
        ask.builder ? (pre?.inspect ?? buildxProbe(env)(['inspect', ...(builder ? [builder] : [])])) : null,
        ask.imageStore ? (pre?.info ?? driverStatus(env)) : null
    ]);
    const more = factsFrom('', inspect?.code === 0 ? inspect.stdout : null, di?.code === 0 ? di.stdout : null);
    if (!ask.builder)
        return { ...facts, containerdStore: more.containerdStore && facts.driver === 'docker' };
    return { ...more, version: facts.version, containerdStore: ask.imageStore ? more.containerdStore : facts.containerdStore && more.driver === 'docker' };
}
/** The answers of `buildx version`, `buildx inspect` and `docker info` (null: not asked) → the facts. Pure. */
function factsFrom(versionText, inspectText, driverStatus) {
    const version = parseBuildxVersion(versionText);
    const info = inspectText === null ? null : parseBuilderInspect(inspectText);
    // the image store matters for the docker driver only; with the driver unknown, what the engine says
    const containerdStore = driverStatus !== null && (!info || info.driver === 'docker') && /io\.containerd\.snapshotter/.test(driverStatus);
    return {
        version,
        buildkitVersion: info?.buildkit ?? null,
        driver: info?.driver ?? null,
        builderName: info?.name ?? null,
        containerdStore,
        platforms: info?.platforms ?? []
    };
}


/***/ }),

/***/ 71343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ executable),
/* harmony export */   I6: () => (/* binding */ engineSocket),
/* harmony export */   Km: () => (/* binding */ dockerIsBinary),
/* harmony export */   dA: () => (/* binding */ engineGet),
/* harmony export */   p1: () => (/* binding */ dockerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);
// The local Docker engine as the docker CLI would reach it, asked without the CLI where that
// is the same thing (shell): docker's config, whether `docker` is the CLI binary, the engine's
// socket, and a GET of its API on that socket (~3 ms, where `docker` costs ~30-50 ms).




const executable = (p) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
};
/** The first `docker` on PATH is an ELF binary (the docker CLI itself, not a wrapper script). */
function dockerIsBinary(env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir || '.', 'docker');
        if (!executable(p))
            continue;
        const head = Buffer.alloc(4);
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(p, 'r');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 4, 0);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
        catch {
            return false;
        }
        return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
    }
    return false;
}
/**
 * The docker CLI's config (`$DOCKER_CONFIG/config.json` or ~/.docker's): {} when absent (docker's
 * defaults), null when it cannot be read as docker would (then everything goes through docker).
 */
function dockerConfig(env) {
    const dir = env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), 'utf8');
    }
    catch (e) {
        return e.code === 'ENOENT' ? { dir, config: {} } : null;
    }
    try {
        const config = JSON.parse(text);
        return config && typeof config === 'object' && !Array.isArray(config) ? { dir, config: config } : null;
    }
    catch {
        return null;
    }
}
/**
 * The engine's socket when docker would talk to the local engine over it: Linux, the docker CLI
 * binary, no context other than the default (DOCKER_CONTEXT, config.json's currentContext) and
 * DOCKER_HOST unset or a unix socket. Else null (ask through docker).
 */
function engineSocket(env = process.env, platform = process.platform) {
    if (platform !== 'linux')
        return null;
    if (env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== 'default')
        return null;
    const c = dockerConfig(env);
    const current = c?.config.currentContext;
    if (!c || (current !== undefined && current !== '' && current !== 'default'))
        return null;
    const host = env.DOCKER_HOST ?? '';
    if (host && !host.startsWith('unix://'))
        return null;
    if (!dockerIsBinary(env))
        return null;
    return host ? host.slice('unix://'.length) : '/var/run/docker.sock';
}
/**
 * GET `path` of the engine's API over its unix socket: the JSON body, or null (any failure).
 * A bare HTTP/1.0 exchange on a socket (the engine answers in full and closes; the request side
 * stays open, a half-closed one is taken for a client gone and answered with null): node's http
 * client costs ~10 ms of start-up, spent while buildx runs on the same cores.
 */
function engineGet(socketPath, path) {
    return new Promise((resolve) => {
        const chunks = [];
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_3__.createConnection)(socketPath, () => {
            socket.write(`GET ${path} HTTP/1.0\r\nHost: docker\r\n\r\n`);
        });
        socket.setTimeout(10_000, () => socket.destroy());
        socket.on('data', (d) => chunks.push(d));
        socket.on('error', () => {
            resolve(null);
        });
        socket.on('close', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const split = text.indexOf('\r\n\r\n');
            const head = split < 0 ? '' : text.slice(0, split);
            if (!/^HTTP\/1\.[01] 200 /.test(head) || /^transfer-encoding:\s*chunked/im.test(head)) {
                resolve(null);
                return;
            }
            try {
                resolve(JSON.parse(text.slice(split + 4)));
            }
            catch {
                resolve(null);
            }
        });
    });
}


/***/ }),

/***/ 51293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ execCapture)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs a command and captures its output (shell). Never throws: a missing program is exit
// code 127, a failed one its own code (1 when unknown).

function execCapture(cmd, args, env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(cmd, args, { env: env ?? process.env, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
            let code = 0;
            if (err) {
                const c = err.code;
                code = typeof c === 'number' && c !== 0 ? c : c === 'ENOENT' ? 127 : 1;
            }
            resolve({ code, stdout, stderr });
        });
    });
}


/***/ })

};

//# sourceMappingURL=762.index.js.map