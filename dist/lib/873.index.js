export const id = 873;
export const ids = [873];
export const modules = {

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

//# sourceMappingURL=873.index.js.map